//! A self-reflection module: overview, short parts with a stopping point, a
//! review of every answer, finishing with a dated snapshot, and then-and-now.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::modules::energie::SUGGESTIES;
use crate::content::teksten::vul;
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::dokument::Actie;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Module, Soort, Vraag};
use crate::domain::{profiel, voortgang};
use crate::services::pagina;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::vragen::{antwoord_tekst, veld_id, VraagVeld};
use crate::ui::route::Route;
use crate::ui::vast::Vast;
use crate::ui::winkel::{use_winkel, Bericht};

#[derive(Properties, PartialEq)]
pub struct ModuleProps {
    pub module: Vast<Module>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Weergave {
    Overzicht,
    /// A part; the optional question gets focus (resume, or "change" from the review).
    Deel(usize),
    Terugblik,
    Klaar,
}

/// The last change, so it can be undone.
#[derive(Clone, PartialEq)]
struct Vorige {
    vraag: &'static str,
    antwoord: Option<Antwoord>,
}

#[component]
pub fn ModulePagina(props: &ModuleProps) -> Html {
    let module = props.module.0;
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let stand = winkel.dokument.modules.get(module.id).cloned().unwrap_or_default();

    // Reopening continues at the stored question; a fresh module starts at the overview.
    let weergave = {
        let stand = stand.clone();
        use_state(move || match stand.positie.as_deref() {
            Some(_) => voortgang::hervat_bij(module, &stand).map(Weergave::Deel).unwrap_or(Weergave::Overzicht),
            None => Weergave::Overzicht,
        })
    };
    // Where focus goes after the view changes: a question id, or the part heading.
    let focus = use_mut_ref(|| stand.positie.clone().map(|v| veld_id(&v)));
    let vorige = use_state(|| None::<Vorige>);
    let ongedaan = use_state(|| false);

    {
        let focus = focus.clone();
        use_effect_with(*weergave, move |w| {
            if let Some(doel) = focus.borrow_mut().take() {
                pagina::focus_in(&doel);
            } else if *w != Weergave::Overzicht {
                pagina::scroll_naar_boven();
                pagina::focus_op("module-kop");
            }
        });
    }

    let ga_naar = {
        let weergave = weergave.clone();
        let focus = focus.clone();
        let ongedaan = ongedaan.clone();
        Callback::from(move |(w, doel): (Weergave, Option<String>)| {
            *focus.borrow_mut() = doel;
            ongedaan.set(false);
            weergave.set(w);
        })
    };

    let beantwoord = {
        let winkel = winkel.clone();
        let vorige = vorige.clone();
        let ongedaan = ongedaan.clone();
        let huidige = stand.antwoorden.clone();
        Callback::from(move |(vraag, antwoord): (&'static str, Option<Antwoord>)| {
            vorige.set(Some(Vorige { vraag, antwoord: huidige.get(vraag).cloned() }));
            ongedaan.set(false);
            winkel.dispatch(Bericht::Wijzig(Actie::Beantwoord {
                module: module.id.to_string(),
                vraag: vraag.to_string(),
                antwoord,
            }));
        })
    };

    let maak_ongedaan = {
        let winkel = winkel.clone();
        let vorige = vorige.clone();
        let ongedaan = ongedaan.clone();
        Callback::from(move |_| {
            if let Some(v) = (*vorige).clone() {
                winkel.dispatch(Bericht::Wijzig(Actie::Beantwoord {
                    module: module.id.to_string(),
                    vraag: v.vraag.to_string(),
                    antwoord: v.antwoord,
                }));
                vorige.set(None);
                ongedaan.set(true);
                pagina::focus_in(&veld_id(v.vraag));
            }
        })
    };

    let inhoud = match *weergave {
        Weergave::Overzicht => overzicht(module, &stand, taal, &ga_naar),
        Weergave::Deel(i) => {
            let deel_klaar = {
                let winkel = winkel.clone();
                let ga_naar = ga_naar.clone();
                Callback::from(move |volgende: Weergave| {
                    if let Some(d) = module.delen.get(i) {
                        winkel.dispatch(Bericht::Wijzig(Actie::DeelKlaar {
                            module: module.id.to_string(),
                            deel: d.id.to_string(),
                        }));
                    }
                    if let Weergave::Deel(j) = volgende {
                        if let Some(eerste) = module.delen.get(j).and_then(|d| d.vragen.first()) {
                            winkel.dispatch(Bericht::Wijzig(Actie::ZetPositie {
                                module: module.id.to_string(),
                                vraag: Some(eerste.id.to_string()),
                            }));
                        }
                    }
                    ga_naar.emit((volgende, None));
                })
            };
            let ongedaan_knop = html! {
                <div class="ongedaan" aria-live="polite">
                    if vorige.is_some() {
                        <button type="button" class="knop stil" onclick={maak_ongedaan.clone()}>{ t.module_ongedaan }</button>
                    }
                    if *ongedaan {
                        <p class="hint">{ t.module_ongedaan_klaar }</p>
                    }
                </div>
            };
            deel(module, i, &stand, taal, &beantwoord, ongedaan_knop, &deel_klaar, &ga_naar)
        }
        Weergave::Terugblik => {
            let rond_af = {
                let winkel = winkel.clone();
                let ga_naar = ga_naar.clone();
                Callback::from(move |_| {
                    winkel.dispatch(Bericht::Wijzig(Actie::RondAf {
                        module: module.id.to_string(),
                        op_ms: pagina::nu_ms(),
                    }));
                    winkel.dispatch(Bericht::Wijzig(Actie::ZetPositie { module: module.id.to_string(), vraag: None }));
                    ga_naar.emit((Weergave::Klaar, None));
                })
            };
            terugblik(module, &stand, taal, &ga_naar, rond_af)
        }
        Weergave::Klaar => html! {
            <section class="klaar" aria-labelledby="module-kop">
                <h2 id="module-kop" tabindex="-1">{ t.module_klaar_titel }</h2>
                <p>{ t.module_klaar_tekst }</p>
                <div class="knoppen">
                    <a class="knop" href={Route::Profiel.href()}>{ t.module_naar_profiel }</a>
                    <a class="knop stil" href={Route::Home.href()}>{ t.nav_home }</a>
                </div>
            </section>
        },
    };

    html! {
        <Pagina titel={module.titel.in_taal(taal)}>
            { inhoud }
        </Pagina>
    }
}

fn overzicht(
    module: &'static Module,
    stand: &ModuleStand,
    taal: Taal,
    ga_naar: &Callback<(Weergave, Option<String>)>,
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let klaar = voortgang::delen_klaar(module, stand);
    let (beantwoord, totaal) = profiel::volledigheid(module, stand);
    let hervat = voortgang::hervat_bij(module, stand);
    let begonnen = beantwoord > 0 || klaar > 0;
    let start = {
        let ga_naar = ga_naar.clone();
        let doel = stand.positie.as_deref().map(veld_id);
        let deel = hervat.unwrap_or(0);
        Callback::from(move |_| ga_naar.emit((Weergave::Deel(deel), doel.clone())))
    };
    html! {
        <>
            <p class="intro">{ module.intro.in_taal(taal) }</p>
            <p class="hint">{ t.module_overslaan_uitleg }</p>
            <p class="voortgang-tekst">
                { vul(t.module_voortgang, &[&klaar.to_string(), &module.delen.len().to_string()]) }{ " · " }
                { vul(t.module_beantwoord, &[&beantwoord.to_string(), &totaal.to_string()]) }{ " · " }
                { vul(t.module_tijd_over, &[&voortgang::minuten_over(module, stand).to_string()]) }
            </p>
            <div class="knoppen">
                <button type="button" class="knop" onclick={start}>
                    { if begonnen { t.module_ga_verder } else { t.module_begin } }
                </button>
                if begonnen {
                    <button type="button" class="knop stil" onclick={ { let g = ga_naar.clone(); Callback::from(move |_| g.emit((Weergave::Terugblik, None))) } }>
                        { t.module_bekijk }
                    </button>
                }
            </div>
            <h2>{ t.module_delen_titel }</h2>
            <ol class="delen">
                { for module.delen.iter().enumerate().map(|(i, d)| {
                    let is_klaar = voortgang::is_klaar(module, stand, i);
                    let g = ga_naar.clone();
                    let open = Callback::from(move |_| g.emit((Weergave::Deel(i), None)));
                    let titel = d.titel.in_taal(taal);
                    html! {
                        <li class={classes!(is_klaar.then_some("klaar"))}>
                            <button type="button" class="deel-knop" onclick={open}>
                                <span class="deel-titel">{ titel }</span>
                                <span class="deel-info">
                                    { vul(t.module_tijd_deel, &[&d.minuten.to_string()]) }{ " · " }
                                    <span class="status">{ if is_klaar { t.module_deel_klaar } else { t.module_deel_open } }</span>
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if let Some(afgerond) = stand.afgerond_op {
                <p class="hint">{ vul(t.module_afgerond, &[&pagina::tijdstip(afgerond, taal.code(), false)]) }</p>
            }
            if !stand.momentopnames.is_empty() {
                <ToenEnNu module={Vast(module)} />
            }
            <details class="licentie">
                <summary>{ t.module_over_vragen }</summary>
                <p>{ module.licentie.in_taal(taal) }</p>
            </details>
        </>
    }
}

#[allow(clippy::too_many_arguments)]
fn deel(
    module: &'static Module,
    i: usize,
    stand: &ModuleStand,
    taal: Taal,
    beantwoord: &Callback<(&'static str, Option<Antwoord>)>,
    ongedaan_knop: Html,
    deel_klaar: &Callback<Weergave>,
    ga_naar: &Callback<(Weergave, Option<String>)>,
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let Some(d) = module.delen.get(i) else { return html! {} };
    let n = module.delen.len();
    let laatste = i + 1 == n;
    let vragen = d.vragen.iter().map(|v| {
        let antwoord = stand.antwoorden.get(v.id).cloned();
        let b = beantwoord.clone();
        let id = v.id;
        let onantwoord = Callback::from(move |a: Option<Antwoord>| b.emit((id, a)));
        let extra = extra_bij(v, antwoord.as_ref(), taal);
        html! {
            <VraagVeld vraag={Vast(v)} {antwoord} {taal} {onantwoord}>{ extra }</VraagVeld>
        }
    });
    let vorige = {
        let g = ga_naar.clone();
        Callback::from(move |_| g.emit((Weergave::Deel(i.saturating_sub(1)), None)))
    };
    let volgende = {
        let k = deel_klaar.clone();
        Callback::from(move |_| k.emit(if laatste { Weergave::Terugblik } else { Weergave::Deel(i + 1) }))
    };
    let overzicht = {
        let g = ga_naar.clone();
        Callback::from(move |_| g.emit((Weergave::Overzicht, None)))
    };
    html! {
        <section class="deel" aria-labelledby="module-kop">
            <p class="voortgang-tekst">
                { vul(t.module_deel_van, &[&(i + 1).to_string(), &n.to_string()]) }{ " · " }
                { vul(t.module_tijd_over, &[&voortgang::minuten_over(module, stand).to_string()]) }
            </p>
            <progress class="voortgang" max={n.to_string()} value={i.to_string()} aria-hidden="true"></progress>
            <h2 id="module-kop" tabindex="-1">{ d.titel.in_taal(taal) }</h2>
            <p>{ d.intro.in_taal(taal) }</p>
            <form class="vragen" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for vragen }
            </form>
            { ongedaan_knop }
            <aside class="pauze" aria-labelledby="pauze-kop">
                <h3 id="pauze-kop">{ t.module_pauze_titel }</h3>
                <p>{ t.module_pauze_tekst }</p>
            </aside>
            <div class="knoppen navigatie">
                if i > 0 {
                    <button type="button" class="knop stil" onclick={vorige}>{ t.module_vorige }</button>
                }
                <button type="button" class="knop" onclick={volgende}>
                    { if laatste { t.module_bekijk } else { t.module_volgende } }
                </button>
                <button type="button" class="knop stil" onclick={overzicht}>{ t.module_naar_overzicht }</button>
            </div>
        </section>
    }
}

/// Replies under ticked worries, and suggestions under the energy division.
fn extra_bij(vraag: &'static Vraag, antwoord: Option<&Antwoord>, taal: Taal) -> Html {
    let t = crate::content::teksten::teksten(taal);
    match (&vraag.soort, antwoord) {
        (Soort::MeerKeuze { .. }, Some(a)) => {
            let met_reactie: Vec<_> = profiel::gekozen(vraag, a).into_iter().filter(|o| o.reactie.is_some()).collect();
            html! {
                { for met_reactie.into_iter().map(|o| html! {
                    <article class="reactie">
                        <h3>{ o.tekst.in_taal(taal) }</h3>
                        if let Some(r) = o.reactie { <p><span class="sr-only">{ t.zorg_reactie }{ ": " }</span>{ r.in_taal(taal) }</p> }
                        if let Some(s) = o.stap { <p class="stap"><strong>{ t.zorg_stap }{ ": " }</strong>{ s.in_taal(taal) }</p> }
                    </article>
                }) }
            }
        }
        (Soort::Verdeling { .. }, _) => html! {
            <div class="suggesties">
                <h3>{ t.verdeling_suggesties }</h3>
                <ul>{ for SUGGESTIES.iter().map(|s| html! { <li>{ s.in_taal(taal) }</li> }) }</ul>
            </div>
        },
        _ => html! {},
    }
}

fn terugblik(
    module: &'static Module,
    stand: &ModuleStand,
    taal: Taal,
    ga_naar: &Callback<(Weergave, Option<String>)>,
    rond_af: Callback<MouseEvent>,
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    html! {
        <section aria-labelledby="module-kop">
            <h2 id="module-kop" tabindex="-1">{ t.module_terugblik_titel }</h2>
            <p>{ t.module_terugblik_intro }</p>
            { for module.delen.iter().enumerate().map(|(i, d)| html! {
                <>
                    <h3>{ d.titel.in_taal(taal) }</h3>
                    <dl class="antwoorden">
                        { for d.vragen.iter().map(|v| {
                            let antwoord = stand.antwoorden.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg());
                            let g = ga_naar.clone();
                            let doel = veld_id(v.id);
                            let wijzig = Callback::from(move |_| g.emit((Weergave::Deel(i), Some(doel.clone()))));
                            let vraagtekst = v.tekst.in_taal(taal);
                            html! {
                                <div class="antwoord">
                                    <dt>{ vraagtekst }</dt>
                                    <dd>
                                        { match antwoord {
                                            Some(a) => html! { <span class="gegeven">{ antwoord_tekst(v, a, taal) }</span> },
                                            None => html! { <span class="leeg">{ t.module_niet_beantwoord }</span> },
                                        } }
                                        <button type="button" class="knop stil klein" onclick={wijzig}
                                            aria-label={vul(t.module_wijzig_label, &[vraagtekst])}>{ t.module_wijzig }</button>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </>
            }) }
            <p>{ t.module_rond_af_uitleg }</p>
            <div class="knoppen">
                <button type="button" class="knop" onclick={rond_af}>{ t.module_rond_af }</button>
                <button type="button" class="knop stil" onclick={ { let g = ga_naar.clone(); Callback::from(move |_| g.emit((Weergave::Overzicht, None))) } }>
                    { t.module_naar_overzicht }
                </button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ToenProps {
    module: Vast<Module>,
}

/// Then and now: two dated rounds of the same module side by side.
#[component]
fn ToenEnNu(props: &ToenProps) -> Html {
    let module = props.module.0;
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let stand = winkel.dokument.modules.get(module.id).cloned().unwrap_or_default();
    // Choices: each snapshot by index, and "now" (the current answers) as the last.
    let n = stand.momentopnames.len();
    let links = use_state(|| 0usize);
    let rechts = use_state(move || n);
    let kies = |s: UseStateHandle<usize>| {
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(sel) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                s.set(sel.value().parse().unwrap_or(0));
            }
        })
    };
    let label = |i: usize| -> String {
        match stand.momentopnames.get(i) {
            Some(m) => pagina::tijdstip(m.op_ms, taal.code(), false),
            None => t.module_nu.to_string(),
        }
    };
    let antwoorden = |i: usize| -> BTreeMap<String, Antwoord> {
        stand.momentopnames.get(i).map(|m| m.antwoorden.clone()).unwrap_or_else(|| stand.antwoorden.clone())
    };
    let (a, b) = (antwoorden((*links).min(n)), antwoorden((*rechts).min(n)));
    let opties = |gekozen: usize| {
        html! {
            { for (0..=n).map(|i| html! { <option value={i.to_string()} selected={i == gekozen}>{ label(i) }</option> }) }
        }
    };
    let rijen: Vec<Html> = module
        .delen
        .iter()
        .flat_map(|d| d.vragen.iter())
        .filter_map(|v| {
            let tekst = |m: &BTreeMap<String, Antwoord>| {
                m.get(v.id).filter(|x| x.past_bij(v) && !x.is_leeg()).map(|x| antwoord_tekst(v, x, taal))
            };
            let (x, y) = (tekst(&a), tekst(&b));
            if x.is_none() && y.is_none() {
                return None;
            }
            let anders = x != y;
            Some(html! {
                <tr class={classes!(anders.then_some("anders"))}>
                    <th scope="row">{ v.tekst.in_taal(taal) }</th>
                    <td>{ x.unwrap_or_else(|| "—".into()) }</td>
                    <td>{ y.unwrap_or_else(|| "—".into()) }{ if anders { html! { <span class="sr-only">{ format!(" ({})", t.module_veranderd) }</span> } } else { html! {} } }</td>
                </tr>
            })
        })
        .collect();
    html! {
        <section class="toen-en-nu" aria-labelledby="toen-kop">
            <h2 id="toen-kop">{ t.module_eerdere_rondes }</h2>
            <p>{ t.module_toen_uitleg }</p>
            <div class="kiezers">
                <label>{ t.module_toen }{ " " }<select onchange={kies(links.clone())}>{ opties(*links) }</select></label>
                <label>{ t.module_nu_kolom }{ " " }<select onchange={kies(rechts.clone())}>{ opties(*rechts) }</select></label>
            </div>
            <div class="tabel-rol">
                <table>
                    <caption class="sr-only">{ t.module_eerdere_rondes }</caption>
                    <thead><tr><th scope="col">{ t.module_vraag }</th><th scope="col">{ label(*links) }</th><th scope="col">{ label(*rechts) }</th></tr></thead>
                    <tbody>{ for rijen }</tbody>
                </table>
            </div>
        </section>
    }
}
