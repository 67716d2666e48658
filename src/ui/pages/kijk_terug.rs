//! `#/kijk-terug/<reply>`: the candidate opens a trusted person's reply with
//! its code, sees what it holds, and then adds it (with a name) or throws it
//! away. Nothing is stored before "Voeg toe"; a damaged, wrong-code, foreign
//! or already-kept reply gets its own message and changes nothing.

use std::rc::Rc;

use yew::prelude::*;

use crate::services::venster;
use crate::ui::components::focus::use_focus_na;

use crate::content::delen as d;
use crate::content::kijk as k;
use crate::content::teksten::vul;
use crate::domain::deelpakket::Kader;
use crate::domain::kijk;
use crate::services::delen;
use crate::services::klok;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::veld::bij_tekst;
use crate::ui::pages::kijk_profiel::{bij_enter, spiegel_html};
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

// The page's state and what a decoded reply means, in plain Rust with native tests.
mod model;

use model::{Stand, Stap, Terug};

#[derive(Properties, PartialEq)]
pub struct KijkTerugProps {
    pub payload: String,
}

#[component]
pub fn KijkTerug(props: &KijkTerugProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let kader = use_memo(props.payload.clone(), |p| kijk::ontkader_antwoord(p).map(Rc::new));
    let s = use_reducer(Terug::default);
    let focus_na = use_focus_na();

    let open = {
        let (kader, s, focus_na, winkel) = (kader.clone(), s.clone(), focus_na.clone(), winkel.clone());
        Callback::from(move |()| {
            let Ok(kd) = (*kader).clone() else { return };
            let code = match s.code() {
                Ok(c) => c,
                Err(fout) => {
                    *focus_na.borrow_mut() = Some("kijk-code");
                    return s.dispatch(Stap::CodeFout(fout));
                }
            };
            s.dispatch(Stap::Bezig);
            let (s, focus_na, winkel) = (s.dispatcher(), focus_na.clone(), winkel.clone());
            venster::start(async move {
                let kd: &Kader = &kd;
                let nieuw = model::gelezen(delen::open_met_code(kd, &code).await, &winkel.dokument);
                *focus_na.borrow_mut() = Some(nieuw.focus());
                s.dispatch(Stap::Gelezen(nieuw));
            });
        })
    };
    let typ = |stap: fn(String) -> Stap| bij_tekst(&s.dispatcher(), stap);
    let voeg_toe = {
        let (s, winkel, focus_na) = (s.clone(), winkel.clone(), focus_na.clone());
        Callback::from(move |()| {
            let Some(uitkomst) = s.voeg_toe(&winkel.dokument, k::STANDAARD_LABEL.in_taal(taal), klok::nu_ms()) else {
                return;
            };
            *focus_na.borrow_mut() = Some("kijk-status");
            match uitkomst {
                Ok(bewaard) => {
                    winkel.bewaar_kijk(bewaard);
                    s.dispatch(Stap::Toegevoegd);
                }
                Err(t) => s.dispatch(Stap::Geweigerd(t)),
            }
        })
    };
    let gooi_weg = {
        let (s, focus_na) = (s.dispatcher(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_na.borrow_mut() = Some("kijk-status");
            s.dispatch(Stap::Weggegooid);
        })
    };

    let verder = html! {
        <p class="kijk-verder">
            <a href={Route::Profiel.href()}>{ k::NAAR_PROFIEL.in_taal(taal) }</a>
            <a href={Route::Anderen.href()}>{ k::NAAR_ANDEREN.in_taal(taal) }</a>
        </p>
    };

    // The end of the page: unreadable, refused or done, said in one line.
    let slot = s.slot(kader.as_ref().as_ref().map(|_| ()).map_err(|f| *f));
    let inhoud = match (slot, &s.stand) {
        (Some(slot), _) => html! {
            <>
                <p id="kijk-status" class={if slot.fout { "kijk-melding" } else { "delen-status gelukt" }}
                    role={if slot.fout { "alert" } else { "status" }} tabindex="-1">{ slot.tekst.in_taal(taal) }</p>
                { verder }
            </>
        },
        (None, Stand::Invoer { .. } | Stand::Bezig) => {
            let (fout, bezig) = (s.code_fout(), s.bezig());
            html! {
                <>
                    <p class="intro">{ k::TERUG_INTRO.in_taal(taal) }</p>
                    <div class="delen-kader code-formulier">
                        <div class="veld">
                            <label for="kijk-code">{ k::CODE_INVOER.in_taal(taal) }</label>
                            <p id="kijk-code-hint" class="hint">{ k::CODE_HINT.in_taal(taal) }</p>
                            <input id="kijk-code" class="code-invoer" type="text" autocomplete="off"
                                autocapitalize="characters" spellcheck="false" maxlength="40"
                                value={s.code.clone()} oninput={typ(Stap::Code)} onkeydown={bij_enter(&open)}
                                aria-describedby={if fout.is_some() { "kijk-code-hint kijk-code-fout" } else { "kijk-code-hint" }}
                                aria-invalid={fout.map(|_| "true")} />
                        </div>
                        if let Some(f) = fout {
                            <p id="kijk-code-fout" class="kijk-melding" role="alert">{ f.in_taal(taal) }</p>
                        }
                        <div class="knoppen">
                            <button type="button" class="knop" disabled={bezig} onclick={open.reform(|_: MouseEvent| ())}>{ k::BEKIJK.in_taal(taal) }</button>
                        </div>
                        <p class="delen-status" role="status">{ if bezig { d::EVEN_GEDULD.in_taal(taal) } else { "" } }</p>
                    </div>
                </>
            }
        }
        (None, Stand::Voorbeeld(inhoud)) => html! {
            <>
                <section class="delen-kader" aria-labelledby="kijk-voorbeeld-kop">
                    <h2 id="kijk-voorbeeld-kop" tabindex="-1">{ k::VOORBEELD_KOP.in_taal(taal) }</h2>
                    if let Some(van) = &inhoud.van {
                        <p>{ vul(k::VOORBEELD_VAN.in_taal(taal), &[van]) }</p>
                    }
                    <p>{ vul(d::GEDEELD_OP.in_taal(taal), &[&klok::tijdstip(inhoud.gemaakt_op, taal.code(), false)]) }</p>
                    { spiegel_html(&inhoud.spiegel, taal) }
                    <p class="hint">{ k::NOG_NIETS.in_taal(taal) }</p>
                </section>
                <div class="delen-blok">
                    <div class="veld">
                        <label for="kijk-label">{ k::LABEL.in_taal(taal) }</label>
                        <p id="kijk-label-hint" class="hint">{ k::LABEL_HINT.in_taal(taal) }</p>
                        <input id="kijk-label" type="text" autocomplete="off" maxlength={kijk::MAX_LABEL.to_string()}
                            value={s.label.clone()} oninput={typ(Stap::Label)} onkeydown={bij_enter(&voeg_toe)} aria-describedby="kijk-label-hint" />
                    </div>
                    <div class="knoppen">
                        <button type="button" id="kijk-voeg-toe" class="knop" onclick={voeg_toe.reform(|_: MouseEvent| ())}>{ k::VOEG_TOE.in_taal(taal) }</button>
                        <button type="button" class="knop stil" onclick={gooi_weg}>{ k::GOOI_WEG.in_taal(taal) }</button>
                    </div>
                </div>
            </>
        },
        (None, Stand::Geweigerd(_) | Stand::Klaar(_)) => Html::default(),
    };

    html! {
        <Pagina titel={k::TERUG_TITEL.in_taal(taal)}>
            { inhoud }
        </Pagina>
    }
}
