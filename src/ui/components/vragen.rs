//! One question, rendered with native form controls by its kind.
//!
//! Each field shows the stored answer and reports a new one through
//! `onantwoord`; `None` means "no answer" (cleared or skipped). Nothing here is
//! required, nothing turns red, and every control works by keyboard.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::{concept_als_item, Antwoord, LijstConcept, MAX_LIJST_ITEM, MAX_TEKST};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Optie, Schaal, Soort, Vraag};
use crate::services::invoer;
use crate::ui::vast::Vast;

/// A plain function, not a component: it holds no state, and each component
/// costs Yew code of its own in the wasm (issue 14).
pub struct VraagProps {
    pub vraag: Vast<Vraag>,
    pub antwoord: Option<Antwoord>,
    pub taal: Taal,
    pub onantwoord: Callback<Option<Antwoord>>,
    /// Extra content under the options, e.g. replies to ticked worries.
    pub children: Html,
    /// A single choice tapped or clicked (never chosen with the keyboard's
    /// arrows or space): the page may move on by itself.
    pub onvanzelf: Option<Callback<Antwoord>>,
}

/// A click with a pointer (`detail` counts clicks; a choice made with the
/// keyboard fires a click with 0) hands its answer to `onvanzelf`.
fn bij_tik(onvanzelf: &Option<Callback<Antwoord>>, antwoord: Antwoord) -> Option<Callback<MouseEvent>> {
    onvanzelf.clone().map(|cb| {
        Callback::from(move |e: MouseEvent| {
            if e.detail() > 0 {
                cb.emit(antwoord.clone())
            }
        })
    })
}

/// An id safe for HTML ids and `for` attributes (question ids contain dots).
pub fn veld_id(vraag_id: &str) -> String {
    format!("v-{}", vraag_id.replace('.', "-"))
}

fn teksten(taal: Taal) -> &'static Teksten {
    crate::content::teksten::teksten(taal)
}

fn schaal_labels(schaal: Schaal, t: &'static Teksten) -> [&'static str; 5] {
    match schaal {
        Schaal::Mate => [t.schaal_mate_1, t.schaal_mate_2, t.schaal_mate_3, t.schaal_mate_4, t.schaal_mate_5],
        Schaal::HoeVaak => [t.schaal_vaak_1, t.schaal_vaak_2, t.schaal_vaak_3, t.schaal_vaak_4, t.schaal_vaak_5],
        Schaal::Plezier => {
            [t.schaal_plezier_1, t.schaal_plezier_2, t.schaal_plezier_3, t.schaal_plezier_4, t.schaal_plezier_5]
        }
    }
}

/// The label a stored answer shows in summaries (review page, profile).
pub fn antwoord_tekst(vraag: &'static Vraag, antwoord: &Antwoord, taal: Taal) -> String {
    let t = teksten(taal);
    match (&vraag.soort, antwoord) {
        (Soort::Stelling { schaal, .. }, Antwoord::Schaal(n)) => {
            schaal_labels(*schaal, t).get(usize::from(n.saturating_sub(1))).copied().unwrap_or("").to_string()
        }
        (_, Antwoord::WeetNiet) => t.weet_ik_niet.to_string(),
        // Before the choices: hours are stored as a choice ("2.5") and read as "2½ uur per dag".
        (Soort::Uren { max, eenheid }, a) => a
            .halve_uren(*max)
            .map(|h| format!("{} {}", crate::domain::uren::tekst(h), eenheid.in_taal(taal)))
            .unwrap_or_default(),
        (_, Antwoord::Keuze(_) | Antwoord::Keuzes(_) | Antwoord::Volgorde(_)) => {
            crate::domain::profiel::gekozen(vraag, antwoord)
                .iter()
                .map(|o| o.tekst.in_taal(taal))
                .collect::<Vec<_>>()
                .join(", ")
        }
        (_, Antwoord::Tekst(s)) => s.clone(),
        (Soort::Getal { eenheid, .. }, Antwoord::Getal(n)) => format!("{n} {}", eenheid.in_taal(taal)),
        (_, Antwoord::Lijst(items)) => items.join(", "),
        (Soort::Verdeling { gebieden }, Antwoord::Verdeling(kaart)) => {
            super::balans::samenvatting(gebieden, kaart, taal)
        }
        _ => String::new(),
    }
}

pub fn vraag_veld(props: VraagProps) -> Html {
    let props = &props;
    let vraag = props.vraag.0;
    let taal = props.taal;
    let t = teksten(taal);
    let id = veld_id(vraag.id);
    let uitleg_id = format!("{id}-uitleg");
    let uitleg = vraag.uitleg.map(|u| html! { <p class="uitleg" id={uitleg_id.clone()}>{ u.in_taal(taal) }</p> });
    let beschreven = vraag.uitleg.map(|_| uitleg_id.clone());
    let antwoord = props.antwoord.clone().filter(|a| a.past_bij(vraag));
    let wis = {
        let on = props.onantwoord.clone();
        let zichtbaar = antwoord.as_ref().is_some_and(|a| !a.is_leeg());
        // Always in the layout, only hidden: a button appearing after the first
        // answer would shift the next question while the person clicks it.
        html! {
            <button type="button" class="wis" hidden={!zichtbaar} onclick={Callback::from(move |_| on.emit(None))}>{ t.antwoord_wissen }</button>
        }
    };

    let inhoud = match &vraag.soort {
        Soort::Stelling { schaal, .. } => {
            let labels = schaal_labels(*schaal, t);
            let gekozen = match antwoord {
                Some(Antwoord::Schaal(n)) => Some(n),
                Some(Antwoord::WeetNiet) => Some(0),
                _ => None,
            };
            let opties =
                (1..=5u8).map(|n| (n, labels[usize::from(n - 1)])).chain(std::iter::once((0u8, t.weet_ik_niet)));
            html! {
                <div class="opties schaal">
                    { for opties.map(|(n, label)| {
                        let on = props.onantwoord.clone();
                        let a = if n == 0 { Antwoord::WeetNiet } else { Antwoord::Schaal(n) };
                        let onclick = bij_tik(&props.onvanzelf, a.clone());
                        let onchange = Callback::from(move |_| on.emit(Some(a.clone())));
                        html! {
                            <label class={classes!("optie", (n == 0).then_some("weet-niet"))} {onclick}>
                                <input type="radio" name={id.clone()} value={n.to_string()} checked={gekozen == Some(n)} {onchange} />
                                <span>{ label }</span>
                            </label>
                        }
                    }) }
                </div>
            }
        }
        Soort::EenKeuze { opties } => {
            let gekozen = match &antwoord {
                Some(Antwoord::Keuze(k)) => Some(k.clone()),
                _ => None,
            };
            html! {
                <div class="opties">
                    { for opties.iter().map(|o| {
                        let on = props.onantwoord.clone();
                        let waarde = o.id.to_string();
                        let onclick = bij_tik(&props.onvanzelf, Antwoord::Keuze(waarde.clone()));
                        let onchange = Callback::from(move |_| on.emit(Some(Antwoord::Keuze(waarde.clone()))));
                        html! {
                            <label class="optie" {onclick}>
                                <input type="radio" name={id.clone()} value={o.id} checked={gekozen.as_deref() == Some(o.id)} {onchange} />
                                <span>{ o.tekst.in_taal(taal) }{ optie_uitleg(o, taal) }</span>
                            </label>
                        }
                    }) }
                </div>
            }
        }
        Soort::MeerKeuze { opties, max } => {
            let gekozen: Vec<String> = match &antwoord {
                Some(Antwoord::Keuzes(k)) => k.clone(),
                _ => Vec::new(),
            };
            let vol = max.is_some_and(|m| gekozen.len() >= m as usize);
            html! {
                <>
                    if let Some(m) = max {
                        <p class="hint" aria-live="polite">
                            { vul(t.kies_maximaal, &[&m.to_string()]) }{ " " }
                            { vul(t.kies_gekozen, &[&gekozen.len().to_string(), &m.to_string()]) }
                        </p>
                    }
                    <div class="opties vinkjes">
                        { for opties.iter().map(|o| {
                            let aan = gekozen.iter().any(|g| g == o.id);
                            let on = props.onantwoord.clone();
                            let huidig = gekozen.clone();
                            let oid = o.id;
                            let onchange = Callback::from(move |_| {
                                let mut nieuw = huidig.clone();
                                if let Some(i) = nieuw.iter().position(|g| g == oid) { nieuw.remove(i); } else { nieuw.push(oid.to_string()); }
                                on.emit((!nieuw.is_empty()).then_some(Antwoord::Keuzes(nieuw)));
                            });
                            html! {
                                <div class="optie-met-reactie">
                                    <label class={classes!("optie", (vol && !aan).then_some("uit"))}>
                                        <input type="checkbox" name={id.clone()} value={o.id} checked={aan} disabled={vol && !aan} {onchange} />
                                        <span>{ o.tekst.in_taal(taal) }{ optie_uitleg(o, taal) }</span>
                                    </label>
                                    if o.reactie.is_some() {
                                        // Right under the ticked option, so the reply is in view; a
                                        // polite live region announces it without taking focus.
                                        <div class="reactie-plek" aria-live="polite">
                                            if aan { <Reactie optie={Vast(o)} {taal} /> }
                                        </div>
                                    }
                                </div>
                            }
                        }) }
                    </div>
                </>
            }
        }
        Soort::KiesEnOrden { kaarten, kies, orden } => {
            let gekozen: Vec<String> = match &antwoord {
                Some(Antwoord::Volgorde(k)) => k.clone(),
                _ => Vec::new(),
            };
            html! { <Kaartsortering {kaarten} kies={*kies} orden={*orden} {gekozen} {taal} naam={id.clone()} onantwoord={props.onantwoord.clone()} /> }
        }
        Soort::VrijeTekst { hint } => {
            let tekst = match &antwoord {
                Some(Antwoord::Tekst(s)) => s.clone(),
                _ => String::new(),
            };
            html! { <VrijeTekstVeld key={id.clone()} id={id.clone()} {tekst} hint={*hint} {taal} beschreven={beschreven.clone()} onantwoord={props.onantwoord.clone()} /> }
        }
        Soort::Getal { min, max, stap, eenheid } => {
            let waarde = match antwoord {
                Some(Antwoord::Getal(n)) => n.to_string(),
                _ => String::new(),
            };
            let on = props.onantwoord.clone();
            let (min, max) = (*min, *max);
            let onchange = Callback::from(move |e: Event| {
                let Some(ruw) = invoer::waarde(&e) else { return };
                // Out-of-range or half-typed numbers are kept out quietly, never shown as an error.
                match ruw.trim().parse::<u16>() {
                    Ok(n) if (min..=max).contains(&n) => on.emit(Some(Antwoord::Getal(n))),
                    _ if ruw.trim().is_empty() => on.emit(None),
                    _ => {}
                }
            });
            html! {
                <div class="getal">
                    <input type="number" id={format!("{id}-invoer")} inputmode="numeric" min={min.to_string()} max={max.to_string()}
                        step={stap.to_string()} value={waarde} {onchange} aria-describedby={beschreven.clone()} />
                    <label for={format!("{id}-invoer")} class="eenheid">{ eenheid.in_taal(taal) }</label>
                </div>
            }
        }
        Soort::Uren { max, eenheid } => {
            let halve = antwoord.as_ref().and_then(|a| a.halve_uren(*max));
            html! { <UrenVeld key={id.clone()} id={id.clone()} {halve} max={*max} eenheid={eenheid.in_taal(taal)} {taal} onantwoord={props.onantwoord.clone()} /> }
        }
        Soort::EigenLijst { max } => {
            let items: Vec<String> = match &antwoord {
                Some(Antwoord::Lijst(k)) => k.clone(),
                _ => Vec::new(),
            };
            html! { <EigenLijstVeld key={id.clone()} id={id.clone()} {items} max={*max} {taal} onantwoord={props.onantwoord.clone()} /> }
        }
        Soort::Verdeling { gebieden } => {
            let kaart = match &antwoord {
                Some(Antwoord::Verdeling(k)) => k.clone(),
                _ => Default::default(),
            };
            super::balans::balans_veld(super::balans::BalansProps {
                id: id.clone(),
                gebieden,
                kaart,
                taal,
                onantwoord: props.onantwoord.clone(),
            })
        }
    };

    // Free text and numbers label their own control; choices use fieldset + legend.
    let gegroepeerd = !matches!(vraag.soort, Soort::VrijeTekst { .. } | Soort::Getal { .. });
    if gegroepeerd {
        html! {
            <fieldset class="vraag" id={id.clone()} aria-describedby={beschreven}>
                <legend>{ vraag.tekst.in_taal(taal) }</legend>
                { for uitleg }
                { inhoud }
                { props.children.clone() }
                { wis }
            </fieldset>
        }
    } else {
        let invoer =
            if matches!(vraag.soort, Soort::Getal { .. }) { format!("{id}-invoer") } else { format!("{id}-tekst") };
        html! {
            <div class="vraag" id={id.clone()}>
                <label class="vraag-label" for={invoer}>{ vraag.tekst.in_taal(taal) }</label>
                { for uitleg }
                { inhoud }
                { wis }
            </div>
        }
    }
}

#[derive(Properties, PartialEq)]
struct ReactieProps {
    optie: Vast<Optie>,
    taal: Taal,
}

/// The supportive reply and one small step for a ticked worry. A component
/// only so it can bring itself into view when it appears.
#[component]
fn Reactie(props: &ReactieProps) -> Html {
    let o = props.optie.0;
    let taal = props.taal;
    let t = teksten(taal);
    let plek = use_node_ref();
    let winkel = crate::ui::winkel::use_winkel();
    {
        let plek = plek.clone();
        use_effect_with((), move |_| {
            crate::services::pagina::laat_zien_knoop(plek.get());
        });
    }
    html! {
        <div class="reactie" ref={plek}>
            if o.id == crate::content::modules::zorgen::GELD_ID && o.reactie == Some(crate::content::modules::zorgen::GELD_ALGEMEEN) {
                // The money reply in parts, the part that applies first (issue 23).
                { super::geld::geld_reactie(taal, &winkel.dokument.tijdlijn, t.zorg_reactie, t.zorg_stap) }
            } else {
                if let Some(r) = o.reactie { <p><span class="sr-only">{ t.zorg_reactie }{ ": " }</span>{ r.in_taal(taal) }</p> }
                if let Some(s) = o.stap { <p class="stap"><strong>{ t.zorg_stap }{ ": " }</strong>{ s.in_taal(taal) }</p> }
            }
            if o.hulp { { super::hulp::hulp_blok(taal, 3) } }
        </div>
    }
}

fn optie_uitleg(o: &Optie, taal: Taal) -> Html {
    match o.uitleg {
        Some(u) => html! { <span class="optie-uitleg">{ u.in_taal(taal) }</span> },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct KaartProps {
    kaarten: &'static [Optie],
    kies: u8,
    orden: u8,
    gekozen: Vec<String>,
    taal: Taal,
    naam: String,
    onantwoord: Callback<Option<Antwoord>>,
}

/// Pick-and-order: tick cards, then move the chosen ones with buttons (never drag-only).
#[component]
fn Kaartsortering(props: &KaartProps) -> Html {
    let t = teksten(props.taal);
    let taal = props.taal;
    let melding = use_state(String::new);
    let vol = props.gekozen.len() >= props.kies as usize;
    let naam_van = |id: &str| props.kaarten.iter().find(|k| k.id == id).map(|k| k.tekst.in_taal(taal)).unwrap_or("");
    let zet = {
        let on = props.onantwoord.clone();
        move |nieuw: Vec<String>| on.emit((!nieuw.is_empty()).then_some(Antwoord::Volgorde(nieuw)))
    };

    let kaarten = props.kaarten.iter().map(|k| {
        let aan = props.gekozen.iter().any(|g| g == k.id);
        let huidig = props.gekozen.clone();
        let on = props.onantwoord.clone();
        let kid = k.id;
        let onchange = Callback::from(move |_| {
            let mut nieuw = huidig.clone();
            if let Some(i) = nieuw.iter().position(|g| g == kid) {
                nieuw.remove(i);
            } else {
                nieuw.push(kid.to_string());
            }
            on.emit((!nieuw.is_empty()).then_some(Antwoord::Volgorde(nieuw)));
        });
        html! {
            // A compact chip with the name only, so all cards fit on a phone.
            <label class={classes!("optie", "kaartje", (vol && !aan).then_some("uit"))}>
                <input type="checkbox" name={props.naam.clone()} value={k.id} checked={aan} disabled={vol && !aan} {onchange} />
                <span>{ k.tekst.in_taal(taal) }</span>
            </label>
        }
    });

    let n = props.gekozen.len();
    let volgorde = props.gekozen.iter().enumerate().map(|(i, id)| {
        let naam = naam_van(id).to_string();
        let verschuif = |richting: isize| {
            let huidig = props.gekozen.clone();
            let melding = melding.clone();
            let naam = naam.clone();
            let zet = zet.clone();
            let t_verplaatst = t.kaarten_verplaatst;
            Callback::from(move |_| {
                let doel = i as isize + richting;
                if doel < 0 || doel as usize >= huidig.len() {
                    return;
                }
                let mut nieuw = huidig.clone();
                nieuw.swap(i, doel as usize);
                melding.set(vul(t_verplaatst, &[&naam, &(doel + 1).to_string()]));
                zet(nieuw);
            })
        };
        html! {
            <li class={classes!((i < props.orden as usize).then_some("top"))}>
                <span class="plek" aria-hidden="true">{ i + 1 }</span>
                <span class="kaart-naam">{ naam.clone() }</span>
                <span class="verschuif">
                    <button type="button" class="knop stil klein" disabled={i == 0} aria-label={vul(t.kaarten_hoger, &[&naam])} onclick={verschuif(-1)}>{ "↑" }</button>
                    <button type="button" class="knop stil klein" disabled={i + 1 == n} aria-label={vul(t.kaarten_lager, &[&naam])} onclick={verschuif(1)}>{ "↓" }</button>
                </span>
            </li>
        }
    });

    html! {
        <div class="kaartsortering">
            <h3 class="stap">{ vul(t.kaarten_kies, &[&props.kies.to_string()]) }</h3>
            <p class="hint">{ vul(t.kies_gekozen, &[&n.to_string(), &props.kies.to_string()]) }</p>
            <div class="opties kaartjes">{ for kaarten }</div>
            <h3 class="stap">{ vul(t.kaarten_orden, &[&props.orden.to_string()]) }</h3>
            if props.gekozen.is_empty() {
                <p class="hint">{ t.kaarten_orden_leeg }</p>
            } else {
                <ol class="volgorde">{ for volgorde }</ol>
            }
            <p class="sr-only" aria-live="polite">{ (*melding).clone() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TekstProps {
    id: String,
    tekst: String,
    hint: u16,
    taal: Taal,
    beschreven: Option<String>,
    onantwoord: Callback<Option<Antwoord>>,
}

/// Free text. Every keystroke is stored at once, so a reload, a closed tab or
/// a phone that puts the browser away never loses what was typed. The field
/// keeps its own copy so the caret never jumps while the store catches up.
#[component]
fn VrijeTekstVeld(props: &TekstProps) -> Html {
    let t = teksten(props.taal);
    let tekst = use_state(|| props.tekst.clone());
    // What this field itself last stored: its echo from the store is not "a change from outside".
    let verstuurd = use_mut_ref(|| None::<String>);
    // A change from outside (undo, another tab, clear) replaces the local copy.
    {
        let tekst = tekst.clone();
        let verstuurd = verstuurd.clone();
        use_effect_with(props.tekst.clone(), move |nieuw| {
            let eigen_echo = verstuurd.borrow().as_deref() == Some(nieuw.as_str());
            if !eigen_echo && *tekst != *nieuw {
                tekst.set(nieuw.clone());
            }
        });
    }
    let oninput = {
        let tekst = tekst.clone();
        let on = props.onantwoord.clone();
        Callback::from(move |e: InputEvent| {
            let Some(waarde) = invoer::waarde(&e) else { return };
            let waarde: String = waarde.chars().take(MAX_TEKST).collect();
            let leeg = waarde.trim().is_empty();
            // The store keeps "" for a cleared answer.
            *verstuurd.borrow_mut() = Some(if leeg { String::new() } else { waarde.clone() });
            tekst.set(waarde.clone());
            on.emit((!leeg).then_some(Antwoord::Tekst(waarde)));
        })
    };
    let lengte = tekst.chars().count();
    let hint_id = format!("{}-hint", props.id);
    let beschreven = match &props.beschreven {
        Some(u) => format!("{u} {hint_id}"),
        None => hint_id.clone(),
    };
    html! {
        <>
            <textarea id={format!("{}-tekst", props.id)} rows="4" maxlength={MAX_TEKST.to_string()} value={(*tekst).clone()}
                {oninput} aria-describedby={beschreven} />
            <p class="hint" id={hint_id}>
                { t.tekst_hint }
                // No counter under the field ("0 tekens" feels like being measured): past
                // the gentle length hint, only a kind word.
                if lengte > usize::from(props.hint) && props.hint > 0 {
                    { " " }{ t.tekst_lang }
                }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LijstProps {
    id: String,
    items: Vec<String>,
    max: u8,
    taal: Taal,
    onantwoord: Callback<Option<Antwoord>>,
}

/// "My own list": add items one by one (Enter or the button), remove any. The
/// text in the field is stored as the list's last item from the first
/// keystroke (see `LijstConcept`): moving on without "Voeg toe" keeps it.
#[component]
fn EigenLijstVeld(props: &LijstProps) -> Html {
    let t = teksten(props.taal);
    let nieuw = use_state(String::new);
    // Whether the stored list's last item is the field's text, and the list this
    // field last stored (its echo from the store is not "a change from outside").
    let in_lijst = use_mut_ref(|| false);
    let verstuurd = use_mut_ref(|| None::<Vec<String>>);
    let concept = LijstConcept::lees(&props.items, &nieuw, *in_lijst.borrow());
    // Undo or another tab took the typed item away: the field follows, as a free-text field does.
    {
        let nieuw = nieuw.clone();
        let in_lijst = in_lijst.clone();
        let verstuurd = verstuurd.clone();
        use_effect_with(props.items.clone(), move |items| {
            let eigen_echo = verstuurd.borrow().as_ref() == Some(items);
            if *in_lijst.borrow() && !eigen_echo && !LijstConcept::lees(items, &nieuw, true).concept_opgeslagen {
                *in_lijst.borrow_mut() = false;
                nieuw.set(String::new());
            }
        });
    }
    // Store the list as it is with `tekst` in the field, from the items before it.
    let bewaar = {
        let nieuw = nieuw.clone();
        let in_lijst = in_lijst.clone();
        let on = props.onantwoord.clone();
        let max = props.max;
        Rc::new(move |voor: LijstConcept, tekst: String| {
            let (antwoord, erbij) = voor.antwoord(&tekst, max);
            *in_lijst.borrow_mut() = erbij;
            *verstuurd.borrow_mut() = Some(match &antwoord {
                Some(Antwoord::Lijst(l)) => l.clone(),
                _ => Vec::new(),
            });
            nieuw.set(tekst);
            on.emit(antwoord);
        })
    };
    let vol = concept.vast.len() >= props.max as usize;
    let invoer_id = format!("{}-nieuw", props.id);
    let voeg_toe = {
        let nieuw = nieuw.clone();
        let in_lijst = in_lijst.clone();
        let invoer_id = invoer_id.clone();
        // Already stored while typing: adding only empties the field for the next item.
        Rc::new(move || {
            if concept_als_item(&nieuw).is_empty() || !*in_lijst.borrow() {
                return;
            }
            *in_lijst.borrow_mut() = false;
            nieuw.set(String::new());
            crate::services::pagina::focus_op(&invoer_id);
        })
    };
    let onclick = {
        let voeg_toe = voeg_toe.clone();
        Callback::from(move |_| voeg_toe())
    };
    let onkeydown = {
        let voeg_toe = voeg_toe.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                voeg_toe();
            }
        })
    };
    let oninput = {
        let bewaar = bewaar.clone();
        let concept = concept.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(waarde) = invoer::waarde(&e) {
                bewaar(concept.clone(), waarde);
            }
        })
    };
    let items = concept.vast;
    html! {
        <div class="eigen-lijst">
            if items.is_empty() {
                // "Still empty" only while nothing is typed either: a typed item is kept already.
                if concept_als_item(&nieuw).is_empty() { <p class="hint">{ t.lijst_leeg }</p> }
            } else {
                <ul>
                    { for items.iter().enumerate().map(|(i, item)| {
                        // Removing an item keeps the one being typed, as the last.
                        let mut zonder = items.clone();
                        zonder.remove(i);
                        let rest = LijstConcept { vast: zonder, concept_opgeslagen: false };
                        let tekst = (*nieuw).clone();
                        let bewaar = bewaar.clone();
                        let weg = Callback::from(move |_| bewaar(rest.clone(), tekst.clone()));
                        html! {
                            <li>
                                <span>{ item.clone() }</span>
                                <button type="button" class="knop stil klein" aria-label={vul(t.lijst_verwijder, &[item])} onclick={weg}>{ "✕" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if vol {
                <p class="hint">{ t.lijst_vol }</p>
            } else {
                <div class="toevoegen">
                    <label for={invoer_id.clone()} class="sr-only">{ t.lijst_nieuw }</label>
                    <input type="text" id={invoer_id.clone()} maxlength={MAX_LIJST_ITEM.to_string()} value={(*nieuw).clone()}
                        placeholder={t.lijst_nieuw} {oninput} {onkeydown} />
                    <button type="button" class="knop stil" {onclick}>{ t.lijst_voeg_toe }</button>
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UrenProps {
    id: String,
    /// The stored answer, in half hours.
    halve: Option<u16>,
    max: u16,
    eenheid: &'static str,
    taal: Taal,
    onantwoord: Callback<Option<Antwoord>>,
}

/// Hours a day: a tap for the common amounts (½ to 8), or "Een ander aantal"
/// with a field that takes "2,5". What the field cannot take is said calmly,
/// stays in the field and is not stored: the stored answer never changes silently.
#[component]
fn UrenVeld(props: &UrenProps) -> Html {
    use crate::domain::uren::{self, UrenFout, KEUZES};
    let t = teksten(props.taal);
    let id = &props.id;
    // The field opens by itself for an amount that is not one of the taps.
    let anders = use_state(|| props.halve.is_some_and(|h| !KEUZES.contains(&h)));
    let getypt = use_state(|| {
        props.halve.filter(|h| !KEUZES.contains(h)).map(|h| uren::opslag(h).replace('.', ",")).unwrap_or_default()
    });
    let fout = use_state(|| None::<UrenFout>);
    let invoer_id = format!("{id}-invoer");
    let fout_id = format!("{id}-fout");
    let anders_open = *anders;
    let keuzes = KEUZES.iter().map(|&h| {
        let on = props.onantwoord.clone();
        let (anders, fout) = (anders.clone(), fout.clone());
        let onchange = Callback::from(move |_| {
            anders.set(false);
            fout.set(None);
            on.emit(Some(Antwoord::Keuze(uren::opslag(h))));
        });
        html! {
            <label class="optie uren-keuze">
                <input type="radio" name={id.clone()} value={uren::opslag(h)} checked={!anders_open && props.halve == Some(h)} {onchange} />
                <span>{ uren::tekst(h) }</span>
            </label>
        }
    });
    let open_anders = {
        let anders = anders.clone();
        let invoer_id = invoer_id.clone();
        Callback::from(move |_| {
            anders.set(true);
            crate::services::pagina::focus_op(&invoer_id);
        })
    };
    let oninput = {
        let on = props.onantwoord.clone();
        let (getypt, fout) = (getypt.clone(), fout.clone());
        let max = props.max;
        Callback::from(move |e: InputEvent| {
            let Some(waarde) = invoer::waarde(&e) else { return };
            match uren::lees(&waarde, max) {
                Ok(h) => {
                    fout.set(None);
                    on.emit(h.map(|h| Antwoord::Keuze(uren::opslag(h))));
                }
                Err(f) => fout.set(Some(f)),
            }
            getypt.set(waarde);
        })
    };
    let melding = fout.map(|f| match f {
        UrenFout::Onleesbaar => t.uren_onleesbaar.to_string(),
        UrenFout::GeenHalf => t.uren_geen_half.to_string(),
        UrenFout::TeVeel => vul(t.uren_te_veel, &[&(props.max / 2).to_string()]),
    });
    html! {
        <>
            <div class="opties uren">
                { for keuzes }
                <label class="optie uren-keuze">
                    <input type="radio" name={id.clone()} value="anders" checked={*anders} onchange={open_anders} />
                    <span>{ t.uren_anders }</span>
                </label>
            </div>
            if *anders {
                <div class="uren-invoer">
                    <label for={invoer_id.clone()}>{ t.uren_invoer }</label>
                    <div class="getal">
                        <input type="text" id={invoer_id.clone()} inputmode="decimal" autocomplete="off" maxlength="12" size="6"
                            value={(*getypt).clone()} {oninput} aria-describedby={fout_id.clone()} />
                        <span class="eenheid">{ props.eenheid }</span>
                    </div>
                </div>
            }
            // Always in the page, so a screen reader hears the message when it appears.
            <p class="hint" id={fout_id} aria-live="polite">
                if let Some(m) = melding { { m }{ " " }{ t.uren_niet_bewaard } }
            </p>
        </>
    }
}
