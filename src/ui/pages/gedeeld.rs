//! `#/gedeeld/<payload>`: a shared result, opened by the coach with the code
//! they were told. The data lives only in the link's fragment (or in a shared
//! file picked here); it is shown read-only and printable, and stored on this
//! device only when the coach presses "Bewaar een kopie".
//!
//! `#/gedeeld/bestand` opens the page without a link: to pick a shared file,
//! or to look at copies kept earlier.

use std::rc::Rc;

use yew::prelude::*;

use crate::services::venster;
use crate::ui::components::focus::use_focus_na;

use crate::content::delen as d;
use crate::content::teksten::vul;
use crate::domain::deelpakket::{self, Kader};
use crate::domain::taal::Taal;
use crate::services::pagina;
use crate::services::{bestand, delen, klok};
use crate::ui::components::pagina::Pagina;
use crate::ui::components::veld::bij_tekst;
use crate::ui::pages::profiel::ProfielInhoud;
use crate::ui::winkel::use_winkel;

// The page's state and what a decoded package or picked file means, in plain
// Rust with native tests.
mod model;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod over_tests;

use model::{Bestand, Gedeeld as Model, Invoerdeel, Stap};

#[derive(Properties, PartialEq)]
pub struct GedeeldProps {
    pub payload: String,
}

#[component]
pub fn Gedeeld(props: &GedeeldProps) -> Html {
    let taal = use_winkel().taal();
    html! {
        <Pagina titel={d::GEDEELD_TITEL.in_taal(taal)}>
            // A new address starts fresh: no code or result carries over.
            <GedeeldInhoud key={props.payload.clone()} payload={props.payload.clone()} />
        </Pagina>
    }
}

/// The heading for the coach: who shared, never "you" for the person. The name
/// is text in a `<bdi>`, so a name in a right-to-left script cannot reorder
/// the words around it.
fn gedeeld_door(naam: Option<&str>, taal: Taal) -> Html {
    let Some(naam) = naam else { return html! { d::GEDEELD_NEUTRAAL.in_taal(taal) } };
    let (voor, na) = d::GEDEELD_DOOR.in_taal(taal).split_once("{}").unwrap_or(("", ""));
    html! { <>{ voor }<bdi>{ naam.to_string() }</bdi>{ na }</> }
}

#[component]
fn GedeeldInhoud(props: &GedeeldProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let s = {
        let payload = props.payload.clone();
        use_reducer(move || Model::nieuw(&payload))
    };
    let focus_na = use_focus_na();
    let navigator = yew_router::hooks::use_navigator();

    let open = {
        let (s, focus_na) = (s.clone(), focus_na.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(k) = s.te_openen() else { return };
            let code = match s.code() {
                Ok(c) => c,
                Err(fout) => {
                    *focus_na.borrow_mut() = Some("code");
                    return s.dispatch(Stap::CodeFout(fout));
                }
            };
            s.dispatch(Stap::Bezig);
            let (s, focus_na) = (s.dispatcher(), focus_na.clone());
            venster::start(async move {
                let k: &Kader = &k;
                let nieuw = model::gelezen(delen::open_met_code(k, &code).await);
                *focus_na.borrow_mut() = Some(nieuw.focus());
                s.dispatch(Stap::Gelezen(nieuw));
            });
        })
    };
    let typ = |stap: fn(String) -> Stap| bij_tekst(&s.dispatcher(), stap);
    let kies_bestand = {
        let (s, focus_na) = (s.dispatcher(), focus_na.clone());
        Callback::from(move |e: Event| {
            let Some(gekozen) = venster::gekozen_bestand(&e) else { return };
            let (s, focus_na) = (s.clone(), focus_na.clone());
            venster::start(async move {
                let gelezen = Bestand::uit(bestand::lees_tekst(&gekozen, model::MAX_DEELBESTAND).await.ok());
                *focus_na.borrow_mut() = Some(gelezen.focus());
                s.dispatch(Stap::Bestand(gelezen));
            });
        })
    };
    let bewaar = {
        let (s, winkel) = (s.clone(), winkel.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(pakket) = s.kopie(d::KOPIE_STANDAARD.in_taal(taal), klok::nu_ms()) else { return };
            winkel.bewaar_ontvangen(pakket);
            s.dispatch(Stap::Bewaard);
        })
    };

    let datum = |ms: f64| klok::tijdstip(ms, taal.code(), false);
    // Into the coach's encrypted workspace, without typing the code again.
    let naar_werkplek = |inhoud: Rc<deelpakket::DeelInhoud>| {
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            crate::services::werkplek::geef_door((*inhoud).clone());
            if let Some(n) = &navigator {
                n.push(&crate::ui::route::Route::Kandidaten);
            }
        })
    };

    // ---- What is shown.
    let bekeken = s.bekeken(&winkel.dokument.ontvangen);

    let bovenaan = match s.invoerdeel() {
        Invoerdeel::Niets => html! {},
        Invoerdeel::GeenLink => html! { <p class="intro">{ d::GEEN_LINK.in_taal(taal) }</p> },
        Invoerdeel::Fout(fout) => html! {
            <p id="bestand-fout" class="melding delen-fout" role="alert" tabindex="-1">{ fout.in_taal(taal) }</p>
        },
        Invoerdeel::Code { fout, bezig } => {
            let beschreven = if fout.is_some() { "code-hint code-fout" } else { "code-hint" };
            html! {
                <>
                    <p class="intro">{ d::GEDEELD_INTRO.in_taal(taal) }</p>
                    <form class="delen-kader code-formulier" onsubmit={open}>
                        <div class="veld">
                            <label for="code">{ d::CODE_INVOER.in_taal(taal) }</label>
                            <p id="code-hint" class="hint">{ d::CODE_HINT.in_taal(taal) }</p>
                            <input id="code" class="code-invoer" type="text" inputmode="text" autocomplete="off"
                                autocapitalize="characters" spellcheck="false" maxlength="40"
                                value={s.code.clone()} oninput={typ(Stap::Code)} aria-describedby={beschreven}
                                aria-invalid={fout.map(|_| "true")} />
                        </div>
                        if let Some(f) = fout {
                            <p id="code-fout" class="delen-fout" role="alert">{ f.in_taal(taal) }</p>
                        }
                        <div class="knoppen">
                            <button type="submit" class="knop" disabled={bezig}>{ d::OPEN.in_taal(taal) }</button>
                        </div>
                        <p class="delen-status" role="status">{ if bezig { d::EVEN_GEDULD.in_taal(taal) } else { "" } }</p>
                    </form>
                </>
            }
        }
        Invoerdeel::Bezig => html! { <p class="delen-status" role="status">{ d::EVEN_GEDULD.in_taal(taal) }</p> },
    };

    let resultaat = match &bekeken {
        None => html! {},
        Some((inhoud, kopie)) => {
            let modules = Rc::new(inhoud.als_modules());
            let anderen = Rc::new(inhoud.kijk.clone());
            let beroepen = Rc::new(inhoud.beroepen.clone());
            let bewaard = s.bewaard();
            html! {
                <>
                    <section class="niet-printen gedeeld-info" aria-labelledby="gedeeld-kop">
                        <h2 id="gedeeld-kop" tabindex="-1">
                            { match kopie {
                                Some(l) => html! { vul(d::KOPIE_GEOPEND.in_taal(taal), &[l]) },
                                None => gedeeld_door(inhoud.naam.as_deref(), taal),
                            } }
                        </h2>
                        <p>{ vul(d::GEDEELD_OP.in_taal(taal), &[&datum(inhoud.gemaakt_op)]) }</p>
                        { crate::ui::components::over_kandidaat::week_regel(inhoud.week, taal) }
                        <p>{ d::ALLEEN_LEZEN.in_taal(taal) }</p>
                        if let Some(c) = &inhoud.coach {
                            if !c.praktijk.trim().is_empty() {
                                <p>{ vul(d::VIA_PRAKTIJK.in_taal(taal), &[&c.praktijk]) }</p>
                            }
                        }
                    </section>
                    <div class="voorbeeld-kader">
                        // Written about the candidate, by name when they gave one (issue 28).
                        <ProfielInhoud {modules} {taal} eigen={false} {anderen} {beroepen}
                            over={Some(crate::ui::components::over_kandidaat::woorden(inhoud.naam.as_deref(), taal))} />
                    </div>
                    if kopie.is_none() {
                        <section class="niet-printen delen-blok" aria-labelledby="werkplek-kop">
                            <h2 id="werkplek-kop">{ crate::content::werkplek::NAAR_WERKPLEK.in_taal(taal) }</h2>
                            <p class="hint">{ crate::content::werkplek::NAAR_WERKPLEK_UITLEG.in_taal(taal) }</p>
                            <div class="knoppen">
                                <button type="button" class="knop" onclick={naar_werkplek(inhoud.clone())}>{ crate::content::werkplek::NAAR_WERKPLEK.in_taal(taal) }</button>
                            </div>
                        </section>
                        <section class="niet-printen delen-blok" aria-labelledby="kopie-kop">
                            <h2 id="kopie-kop">{ d::BEWAAR_KOPIE.in_taal(taal) }</h2>
                            if bewaard {
                                <p class="gelukt" role="status">{ d::KOPIE_BEWAARD.in_taal(taal) }</p>
                            } else {
                                <form onsubmit={bewaar}>
                                    <div class="veld">
                                        <label for="kopie-label">{ d::KOPIE_LABEL.in_taal(taal) }</label>
                                        <p id="kopie-hint" class="hint">{ d::KOPIE_HINT.in_taal(taal) }</p>
                                        <input id="kopie-label" type="text" autocomplete="off" maxlength={deelpakket::MAX_KOPIE_LABEL.to_string()}
                                            value={s.label.clone()} oninput={typ(Stap::Label)} aria-describedby="kopie-hint" />
                                    </div>
                                    <div class="knoppen">
                                        <button type="submit" class="knop stil">{ d::BEWAAR_KOPIE.in_taal(taal) }</button>
                                    </div>
                                </form>
                            }
                        </section>
                    }
                </>
            }
        }
    };

    // A shared file, when there is no link (or the link did not work).
    let bestand_kiezen = match s.bestand_kiezen(&winkel.dokument.ontvangen) {
        false => html! {},
        true => html! {
            <div class="niet-printen delen-blok veld">
                <label for="deelbestand">{ d::KIES_DEELBESTAND.in_taal(taal) }</label>
                <input id="deelbestand" type="file" accept=".spoorwijzer,.txt,text/plain" onchange={kies_bestand} />
            </div>
        },
    };

    let kopieen = &winkel.dokument.ontvangen;
    let lijst = if kopieen.is_empty() {
        html! {}
    } else {
        let rijen = kopieen.iter().rev().map(|p| {
            let bekijk = {
                let (s, focus_na, op) = (s.dispatcher(), focus_na.clone(), p.bewaard_op);
                Callback::from(move |_: MouseEvent| {
                    *focus_na.borrow_mut() = Some("gedeeld-kop");
                    s.dispatch(Stap::Bekijk(op));
                    pagina::scroll_naar_boven();
                })
            };
            let verwijder = {
                let (s, winkel, focus_na, op) = (s.dispatcher(), winkel.clone(), focus_na.clone(), p.bewaard_op);
                Callback::from(move |_: MouseEvent| {
                    s.dispatch(Stap::Verwijderd(op));
                    *focus_na.borrow_mut() = Some("kopieen-kop");
                    winkel.verwijder_ontvangen(op);
                })
            };
            html! {
                <li>
                    <span><strong>{ p.label.clone() }</strong>{ " — " }{ vul(d::KOPIE_REGEL.in_taal(taal), &[&datum(p.bewaard_op)]) }</span>
                    <span class="knoppen">
                        <button type="button" class="knop klein stil" onclick={bekijk}
                            aria-label={vul(d::BEKIJK_NAAM.in_taal(taal), &[&p.label])}>{ d::BEKIJK.in_taal(taal) }</button>
                        <button type="button" class="knop klein stil" onclick={verwijder}
                            aria-label={vul(d::VERWIJDER_NAAM.in_taal(taal), &[&p.label])}>{ d::VERWIJDER.in_taal(taal) }</button>
                    </span>
                </li>
            }
        });
        html! {
            <section class="niet-printen delen-blok" aria-labelledby="kopieen-kop">
                <h2 id="kopieen-kop" tabindex="-1">{ d::KOPIEEN_KOP.in_taal(taal) }</h2>
                <p class="hint">{ d::KOPIEEN_UITLEG.in_taal(taal) }</p>
                <ul class="kopieen">{ for rijen }</ul>
            </section>
        }
    };

    html! {
        <>
            <div class="niet-printen">{ bovenaan }</div>
            { resultaat }
            { bestand_kiezen }
            { lijst }
        </>
    }
}
