//! One question, rendered with native form controls by its kind.
//!
//! Each field shows the stored answer and reports a new one through
//! `onantwoord`; `None` means "no answer" (cleared or skipped). Nothing here is
//! required, nothing turns red, and every control works by keyboard.

use yew::prelude::*;

use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::Antwoord;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Optie, Schaal, Soort, Vraag};
use crate::services::invoer;
use crate::ui::vast::Vast;

mod kaarten;
mod tekst;
mod uren;

use kaarten::Kaartsortering;
use tekst::{EigenLijstVeld, VrijeTekstVeld};
use uren::UrenVeld;

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
pub(super) fn bij_tik(onvanzelf: &Option<Callback<Antwoord>>, antwoord: Antwoord) -> Option<Callback<MouseEvent>> {
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

pub(super) fn schaal_labels(schaal: Schaal, t: &'static Teksten) -> [&'static str; 5] {
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
