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
use crate::ui::components::veld::bij_invoer;

use crate::content::delen as d;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::deelpakket::{self, DeelFout, DeelInhoud, Kader};
use crate::domain::dokument::OntvangenPakket;
use crate::domain::opschonen::schone_regel;
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::services::crypto::CryptoFout;
use crate::services::pagina;
use crate::services::{bestand, delen};
use crate::ui::components::pagina::Pagina;
use crate::ui::pages::profiel::ProfielInhoud;
use crate::ui::winkel::use_winkel;

/// A shared file is a few lines of text: anything larger is not one.
const MAX_DEELBESTAND: usize = deelpakket::MAX_TEKENS + 4096;

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

fn deel_fout(f: DeelFout) -> Tekst {
    match f {
        DeelFout::Beschadigd => d::LINK_BESCHADIGD,
        DeelFout::TeGroot => d::LINK_TE_GROOT,
        DeelFout::NieuwereVersie(_) => d::LINK_NIEUWER,
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

#[derive(Clone, PartialEq)]
enum Stand {
    /// Waiting for the code (or, without a link, for a file).
    Invoer {
        fout: Option<Tekst>,
    },
    Bezig,
    Open {
        inhoud: Rc<DeelInhoud>,
        bewaard: bool,
    },
    /// A copy kept earlier, by the moment it was kept.
    Kopie {
        bewaard_op: f64,
    },
}

#[component]
fn GedeeldInhoud(props: &GedeeldProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    // The frame read from the link, or later from a picked file.
    let kader = use_state(|| {
        if props.payload == deelpakket::GEEN_LINK {
            None
        } else {
            Some(deelpakket::ontkader(&props.payload).map(Rc::new))
        }
    });
    let stand = use_state(|| Stand::Invoer { fout: None });
    let code = use_state(String::new);
    let label = use_state(String::new);
    let focus_na = use_focus_na();

    let open = {
        let (kader, stand, code, label, focus_na) =
            (kader.clone(), stand.clone(), code.clone(), label.clone(), focus_na.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(Ok(k)) = (*kader).clone() else { return };
            let genormaliseerd = match deelpakket::normaliseer_code(&code) {
                Ok(c) => c,
                Err(f) => {
                    *focus_na.borrow_mut() = Some("code");
                    return stand.set(Stand::Invoer { fout: Some(d::code_vorm_fout(f)) });
                }
            };
            stand.set(Stand::Bezig);
            let (stand, label, focus_na) = (stand.clone(), label.clone(), focus_na.clone());
            venster::start(async move {
                let k: &Kader = &k;
                let uitkomst = delen::open_met_code(k, &genormaliseerd).await;
                let nieuw = match uitkomst {
                    Ok(bytes) => match deelpakket::lees_klaartekst(&bytes, &MODULES) {
                        Ok(inhoud) => Stand::Open { inhoud: Rc::new(inhoud), bewaard: false },
                        Err(f) => Stand::Invoer { fout: Some(deel_fout(f)) },
                    },
                    Err(CryptoFout::Ontsleutelen) => Stand::Invoer { fout: Some(d::CODE_FOUT) },
                    Err(CryptoFout::NietBeschikbaar) => Stand::Invoer { fout: Some(d::GEEN_CRYPTO) },
                    Err(CryptoFout::Mislukt) => Stand::Invoer { fout: Some(d::CRYPTO_MISLUKT) },
                };
                // The shared name is the likely label for a kept copy; the coach can change it.
                if let Stand::Open { inhoud, .. } = &nieuw {
                    if let Some(naam) = &inhoud.naam {
                        label.set(naam.clone());
                    }
                }
                *focus_na.borrow_mut() = Some(if matches!(nieuw, Stand::Open { .. }) { "gedeeld-kop" } else { "code" });
                stand.set(nieuw);
            });
        })
    };
    let zet_code = bij_invoer(&code);
    let kies_bestand = {
        let (kader, stand, focus_na) = (kader.clone(), stand.clone(), focus_na.clone());
        Callback::from(move |e: Event| {
            let Some(gekozen) = venster::gekozen_bestand(&e) else { return };
            let (kader, stand, focus_na) = (kader.clone(), stand.clone(), focus_na.clone());
            venster::start(async move {
                match bestand::lees_tekst(&gekozen, MAX_DEELBESTAND).await {
                    Ok(tekst) if tekst.contains(deelpakket::PAD) => {
                        let k = deelpakket::ontkader(&tekst).map(Rc::new);
                        *focus_na.borrow_mut() = Some(if k.is_ok() { "code" } else { "bestand-fout" });
                        kader.set(Some(k));
                        stand.set(Stand::Invoer { fout: None });
                    }
                    _ => {
                        *focus_na.borrow_mut() = Some("bestand-fout");
                        kader.set(Some(Err(DeelFout::Beschadigd)));
                        stand.set(Stand::Invoer { fout: Some(d::DEELBESTAND_FOUT) });
                    }
                }
            });
        })
    };
    let bewaar = {
        let (stand, label, winkel) = (stand.clone(), label.clone(), winkel.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Stand::Open { inhoud, .. } = (*stand).clone() else { return };
            let naam = schone_regel(&label, deelpakket::MAX_KOPIE_LABEL);
            let pakket = OntvangenPakket {
                bewaard_op: crate::services::pagina::nu_ms(),
                label: naam.unwrap_or_else(|| d::KOPIE_STANDAARD.in_taal(taal).to_string()),
                gemaakt_op: inhoud.gemaakt_op,
                taal: inhoud.taal,
                modules: inhoud.modules.clone(),
                kijk: inhoud.kijk.clone(),
            };
            winkel.bewaar_ontvangen(pakket);
            stand.set(Stand::Open { inhoud, bewaard: true });
        })
    };
    let zet_label = bij_invoer(&label);

    let datum = |ms: f64| pagina::tijdstip(ms, taal.code(), false);

    // ---- What is shown.
    let bekeken: Option<(Rc<DeelInhoud>, Option<String>)> = match &*stand {
        Stand::Open { inhoud, .. } => Some((inhoud.clone(), None)),
        Stand::Kopie { bewaard_op } => {
            winkel.dokument.ontvangen.iter().find(|p| p.bewaard_op == *bewaard_op).map(|p| {
                let inhoud = DeelInhoud {
                    versie: u32::from(deelpakket::VERSIE),
                    gemaakt_op: p.gemaakt_op,
                    taal: p.taal,
                    modules: p.modules.clone(),
                    coach: None,
                    naam: None,
                    kijk: p.kijk.clone(),
                };
                (Rc::new(inhoud), Some(p.label.clone()))
            })
        }
        _ => None,
    };

    let invoer = match (&*kader, &*stand) {
        (_, Stand::Open { .. } | Stand::Kopie { .. }) => html! {},
        (None, Stand::Invoer { .. }) => html! { <p class="intro">{ d::GEEN_LINK.in_taal(taal) }</p> },
        (Some(Err(f)), Stand::Invoer { fout }) => html! {
            <p id="bestand-fout" class="melding delen-fout" role="alert" tabindex="-1">{ fout.unwrap_or(deel_fout(*f)).in_taal(taal) }</p>
        },
        (Some(Ok(_)), stand_nu) => {
            let fout = match stand_nu {
                Stand::Invoer { fout } => *fout,
                _ => None,
            };
            let bezig = *stand_nu == Stand::Bezig;
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
                                value={(*code).clone()} oninput={zet_code} aria-describedby={beschreven}
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
        (_, Stand::Bezig) => html! { <p class="delen-status" role="status">{ d::EVEN_GEDULD.in_taal(taal) }</p> },
    };

    let resultaat = match &bekeken {
        None => html! {},
        Some((inhoud, kopie)) => {
            let modules = Rc::new(inhoud.als_modules());
            let anderen = Rc::new(inhoud.kijk.clone());
            let bewaard = matches!(&*stand, Stand::Open { bewaard: true, .. });
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
                        <p>{ d::ALLEEN_LEZEN.in_taal(taal) }</p>
                        if let Some(c) = &inhoud.coach {
                            if !c.praktijk.trim().is_empty() {
                                <p>{ vul(d::VIA_PRAKTIJK.in_taal(taal), &[&c.praktijk]) }</p>
                            }
                        }
                    </section>
                    <div class="voorbeeld-kader">
                        <ProfielInhoud {modules} {taal} eigen={false} {anderen} />
                    </div>
                    if kopie.is_none() {
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
                                            value={(*label).clone()} oninput={zet_label} aria-describedby="kopie-hint" />
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
    let bestand_kiezen = match &*kader {
        Some(Ok(_)) => html! {},
        _ if bekeken.is_some() => html! {},
        _ => html! {
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
                let (stand, focus_na, op) = (stand.clone(), focus_na.clone(), p.bewaard_op);
                Callback::from(move |_: MouseEvent| {
                    *focus_na.borrow_mut() = Some("gedeeld-kop");
                    stand.set(Stand::Kopie { bewaard_op: op });
                    pagina::scroll_naar_boven();
                })
            };
            let verwijder = {
                let (stand, winkel, focus_na, op) = (stand.clone(), winkel.clone(), focus_na.clone(), p.bewaard_op);
                Callback::from(move |_: MouseEvent| {
                    if *stand == (Stand::Kopie { bewaard_op: op }) {
                        stand.set(Stand::Invoer { fout: None });
                    }
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
            <div class="niet-printen">{ invoer }</div>
            { resultaat }
            { bestand_kiezen }
            { lijst }
        </>
    }
}
