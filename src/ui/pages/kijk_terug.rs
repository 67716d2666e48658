//! `#/kijk-terug/<reply>`: the candidate opens a trusted person's reply with
//! its code, sees what it holds, and then adds it (with a name) or throws it
//! away. Nothing is stored before "Voeg toe"; a damaged, wrong-code, foreign
//! or already-kept reply gets its own message and changes nothing.

use std::rc::Rc;

use yew::prelude::*;

use crate::services::venster;
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::veld::bij_invoer;

use crate::content::delen as d;
use crate::content::kijk as k;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::deelpakket::{self, Kader};
use crate::domain::kijk::{self, KijkFout, KijkInhoud, Spiegelset, Weigering};
use crate::domain::tekst::Tekst;
use crate::services::crypto::CryptoFout;
use crate::services::delen;
use crate::services::pagina;
use crate::ui::components::pagina::Pagina;
use crate::ui::pages::kijk_profiel::{bij_enter, spiegel_html};
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub struct KijkTerugProps {
    pub payload: String,
}

#[derive(Clone, PartialEq)]
enum Stand {
    Invoer {
        fout: Option<Tekst>,
    },
    Bezig,
    /// Readable and for this candidate: shown, not kept yet.
    Voorbeeld(Rc<KijkInhoud>),
    /// Readable, but refused; nothing changed.
    Geweigerd(Tekst),
    Klaar(Tekst),
}

fn kijk_fout(f: KijkFout) -> Tekst {
    match f {
        KijkFout::Beschadigd => k::ANTWOORD_KAPOT,
        KijkFout::TeGroot => k::ANTWOORD_TE_GROOT,
        KijkFout::NieuwereVersie => k::ANTWOORD_NIEUWER,
    }
}

#[component]
pub fn KijkTerug(props: &KijkTerugProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let kader = use_memo(props.payload.clone(), |p| kijk::ontkader_antwoord(p).map(Rc::new));
    let stand = use_state(|| Stand::Invoer { fout: None });
    let code = use_state(String::new);
    let label = use_state(String::new);
    let focus_na = use_focus_na();

    let open = {
        let (kader, stand, code, label, focus_na, winkel) =
            (kader.clone(), stand.clone(), code.clone(), label.clone(), focus_na.clone(), winkel.clone());
        Callback::from(move |()| {
            let Ok(kd) = (*kader).clone() else { return };
            let genormaliseerd = match deelpakket::normaliseer_code(&code) {
                Ok(c) => c,
                Err(f) => {
                    *focus_na.borrow_mut() = Some("kijk-code");
                    return stand.set(Stand::Invoer { fout: Some(d::code_vorm_fout(f)) });
                }
            };
            stand.set(Stand::Bezig);
            let (stand, label, focus_na, winkel) = (stand.clone(), label.clone(), focus_na.clone(), winkel.clone());
            venster::start(async move {
                let kd: &Kader = &kd;
                let uitkomst = delen::open_met_code(kd, &genormaliseerd).await;
                let nieuw = match uitkomst {
                    Ok(bytes) => match kijk::lees_antwoord(&bytes, &Spiegelset::uit(&MODULES)) {
                        Ok(inhoud) => match kijk::beoordeel(&inhoud, &winkel.dokument) {
                            Ok(()) => {
                                label.set(inhoud.van.clone().unwrap_or_default());
                                Stand::Voorbeeld(Rc::new(inhoud))
                            }
                            Err(Weigering::AndereUitnodiging) => Stand::Geweigerd(k::ANDERE_UITNODIGING),
                            Err(Weigering::AlToegevoegd) => Stand::Geweigerd(k::AL_TOEGEVOEGD),
                        },
                        Err(f) => Stand::Geweigerd(kijk_fout(f)),
                    },
                    Err(CryptoFout::Ontsleutelen) => Stand::Invoer { fout: Some(k::CODE_FOUT) },
                    Err(CryptoFout::NietBeschikbaar) => Stand::Invoer { fout: Some(d::GEEN_CRYPTO) },
                    Err(CryptoFout::Mislukt) => Stand::Invoer { fout: Some(d::CRYPTO_MISLUKT) },
                };
                *focus_na.borrow_mut() = Some(match nieuw {
                    Stand::Voorbeeld(_) => "kijk-voorbeeld-kop",
                    Stand::Geweigerd(_) => "kijk-status",
                    _ => "kijk-code",
                });
                stand.set(nieuw);
            });
        })
    };
    let zet_code = bij_invoer(&code);
    let zet_label = bij_invoer(&label);
    let voeg_toe = {
        let (stand, label, winkel, focus_na) = (stand.clone(), label.clone(), winkel.clone(), focus_na.clone());
        Callback::from(move |()| {
            let Stand::Voorbeeld(inhoud) = (*stand).clone() else { return };
            // Checked again: another tab may have added it in the meantime.
            if let Err(w) = kijk::beoordeel(&inhoud, &winkel.dokument) {
                let t = if w == Weigering::AlToegevoegd { k::AL_TOEGEVOEGD } else { k::ANDERE_UITNODIGING };
                *focus_na.borrow_mut() = Some("kijk-status");
                return stand.set(Stand::Geweigerd(t));
            }
            let bewaard =
                kijk::bewaar(&inhoud, &winkel.dokument, &label, k::STANDAARD_LABEL.in_taal(taal), pagina::nu_ms());
            winkel.bewaar_kijk(bewaard);
            *focus_na.borrow_mut() = Some("kijk-status");
            stand.set(Stand::Klaar(k::TOEGEVOEGD));
        })
    };
    let gooi_weg = {
        let (stand, focus_na) = (stand.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_na.borrow_mut() = Some("kijk-status");
            stand.set(Stand::Klaar(k::WEGGEGOOID));
        })
    };

    let verder = html! {
        <p class="kijk-verder">
            <a href={Route::Profiel.href()}>{ k::NAAR_PROFIEL.in_taal(taal) }</a>
            <a href={Route::Anderen.href()}>{ k::NAAR_ANDEREN.in_taal(taal) }</a>
        </p>
    };

    // The end of the page: unreadable, refused or done, said in one line.
    let slot = match (&*kader, &*stand) {
        (Err(f), _) => Some(("kijk-melding", "alert", kijk_fout(*f))),
        (Ok(_), Stand::Geweigerd(t)) => Some(("kijk-melding", "alert", *t)),
        (Ok(_), Stand::Klaar(t)) => Some(("delen-status gelukt", "status", *t)),
        _ => None,
    };
    let inhoud = match (slot, &*stand) {
        (Some((klasse, rol, t)), _) => html! {
            <>
                <p id="kijk-status" class={klasse} role={rol} tabindex="-1">{ t.in_taal(taal) }</p>
                { verder }
            </>
        },
        (None, Stand::Invoer { .. } | Stand::Bezig) => {
            let fout = match &*stand {
                Stand::Invoer { fout } => *fout,
                _ => None,
            };
            let bezig = *stand == Stand::Bezig;
            html! {
                <>
                    <p class="intro">{ k::TERUG_INTRO.in_taal(taal) }</p>
                    <div class="delen-kader code-formulier">
                        <div class="veld">
                            <label for="kijk-code">{ k::CODE_INVOER.in_taal(taal) }</label>
                            <p id="kijk-code-hint" class="hint">{ k::CODE_HINT.in_taal(taal) }</p>
                            <input id="kijk-code" class="code-invoer" type="text" autocomplete="off"
                                autocapitalize="characters" spellcheck="false" maxlength="40"
                                value={(*code).clone()} oninput={zet_code} onkeydown={bij_enter(&open)}
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
                    <p>{ vul(d::GEDEELD_OP.in_taal(taal), &[&pagina::tijdstip(inhoud.gemaakt_op, taal.code(), false)]) }</p>
                    { spiegel_html(&inhoud.spiegel, taal) }
                    <p class="hint">{ k::NOG_NIETS.in_taal(taal) }</p>
                </section>
                <div class="delen-blok">
                    <div class="veld">
                        <label for="kijk-label">{ k::LABEL.in_taal(taal) }</label>
                        <p id="kijk-label-hint" class="hint">{ k::LABEL_HINT.in_taal(taal) }</p>
                        <input id="kijk-label" type="text" autocomplete="off" maxlength={kijk::MAX_LABEL.to_string()}
                            value={(*label).clone()} oninput={zet_label} onkeydown={bij_enter(&voeg_toe)} aria-describedby="kijk-label-hint" />
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
