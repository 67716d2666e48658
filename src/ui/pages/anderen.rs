//! `#/anderen`: "Kijk van een ander" for the candidate. Invite someone with a
//! link that holds no answers (copy, share sheet, QR), open a reply that came
//! back, and see or delete the replies kept.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::use_navigator;

use crate::content::kijk as k;
use crate::content::teksten::vul;
use crate::domain::coach::qr;
use crate::domain::delen::{self, UitnodigingFout};
use crate::domain::kijk::{self, DELEN};
use crate::domain::tekst::Tekst;
use crate::services::coach::app_basis;
use crate::services::{bestand, deelblad, invoer, pagina, venster};
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::veld::bij_invoer;
use crate::ui::pages::kijk_profiel::bij_enter;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// A reply file is a few lines of text: anything larger is not one.
const MAX_BESTAND: usize = kijk::MAX_ANTWOORD + 4096;

/// The short name of each part of the mirror set, as the candidate chooses them.
pub fn deel_naam(id: &str) -> Tekst {
    match id {
        "kwaliteiten" => k::DEEL_KWALITEITEN,
        "goed-in" => k::DEEL_GOED_IN,
        "energie" => k::DEEL_ENERGIE,
        _ => k::DEEL_BOODSCHAP,
    }
}

#[derive(Clone, PartialEq)]
enum Melding {
    Geen,
    Goed(String),
    Fout(Tekst),
}

fn melding_html(m: &Melding, taal: crate::domain::taal::Taal, id: &'static str) -> Html {
    let (klasse, rol, tekst) = match m {
        Melding::Geen => ("delen-status", "status", ""),
        Melding::Goed(s) => ("delen-status gelukt", "status", s.as_str()),
        Melding::Fout(t) => ("kijk-melding", "alert", t.in_taal(taal)),
    };
    html! { <p {id} class={klasse} role={rol} tabindex="-1">{ tekst.to_string() }</p> }
}

#[component]
pub fn Anderen() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let navigator = use_navigator();
    let gekozen = use_state(|| DELEN.map(|_| true));
    let naam = use_state(String::new);
    let link = use_state(|| None::<Rc<str>>);
    let status = use_state(|| Melding::Geen);
    let kopie = use_state(|| Melding::Geen);
    let plak = use_state(String::new);
    let open_status = use_state(|| Melding::Geen);
    let lijst_status = use_state(|| Melding::Geen);
    let focus_na = use_focus_na();

    let vink = |i: usize| {
        let (gekozen, link) = (gekozen.clone(), link.clone());
        Callback::from(move |e: Event| {
            let mut g = *gekozen;
            g[i] = venster::aangevinkt(&e);
            link.set(None);
            gekozen.set(g);
        })
    };
    let zet_naam = {
        let (naam, link) = (naam.clone(), link.clone());
        Callback::from(move |e: InputEvent| {
            link.set(None);
            naam.set(invoer::waarde(&e).unwrap_or_default());
        })
    };
    let maak = {
        let (gekozen, naam, link, status, kopie, winkel, focus_na) = (
            gekozen.clone(),
            naam.clone(),
            link.clone(),
            status.clone(),
            kopie.clone(),
            winkel.clone(),
            focus_na.clone(),
        );
        Callback::from(move |()| {
            let u = match delen::uitnodiging(&*gekozen, deelblad::nieuw_id(), &naam, taal, pagina::nu_ms()) {
                Ok(u) => u,
                Err(UitnodigingFout::NietsGekozen) => {
                    *focus_na.borrow_mut() = Some("uitnodiging-status");
                    return status.set(Melding::Fout(k::KIES_EEN));
                }
                Err(UitnodigingFout::GeenId) => return status.set(Melding::Fout(crate::content::delen::GEEN_CRYPTO)),
            };
            let adres = delen::uitnodiging_link(&app_basis(), &u);
            winkel.nodig_uit(u);
            status.set(Melding::Geen);
            kopie.set(Melding::Geen);
            *focus_na.borrow_mut() = Some("uitnodiging-kop");
            link.set(Some(adres.into()));
        })
    };
    let kopieer = {
        let (link, kopie) = (link.clone(), kopie.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(l) = (*link).clone() else { return };
            let kopie = kopie.clone();
            venster::kopieer(
                l.to_string(),
                "uitnodiging-link",
                Box::new(move |ok| {
                    kopie.set(if ok {
                        Melding::Goed(k::GEKOPIEERD.in_taal(taal).into())
                    } else {
                        Melding::Fout(k::NIET_GEKOPIEERD)
                    })
                }),
            );
        })
    };
    let deel = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(l) = (*link).clone() else { return };
            venster::start(async move {
                deelblad::deel(k::VRAAG_TITEL.in_taal(taal), &l).await;
            });
        })
    };

    // Opening a reply: only its address changes; the reply page reads it.
    let ga_naar_antwoord = {
        let (navigator, open_status, focus_na) = (navigator.clone(), open_status.clone(), focus_na.clone());
        Rc::new(move |tekst: &str| {
            let payload = kijk::haal_payload(tekst, kijk::ANTWOORD_PAD);
            match kijk::ontkader_antwoord(payload) {
                Ok(_) => {
                    if let Some(n) = &navigator {
                        n.push(&Route::KijkTerug { payload: payload.to_string() });
                    }
                }
                Err(_) => {
                    *focus_na.borrow_mut() = Some("open-status");
                    open_status.set(Melding::Fout(k::GEEN_ANTWOORDLINK));
                }
            }
        })
    };
    let zet_plak = bij_invoer(&plak);
    let open = {
        let (plak, ga) = (plak.clone(), ga_naar_antwoord.clone());
        Callback::from(move |_: MouseEvent| ga(&plak))
    };
    let kies_bestand = {
        let (ga, open_status, focus_na) = (ga_naar_antwoord.clone(), open_status.clone(), focus_na.clone());
        Callback::from(move |e: Event| {
            let Some(gekozen) = venster::gekozen_bestand(&e) else { return };
            let (ga, open_status, focus_na) = (ga.clone(), open_status.clone(), focus_na.clone());
            venster::start(async move {
                match bestand::lees_tekst(&gekozen, MAX_BESTAND).await {
                    Ok(tekst) => ga(&tekst),
                    Err(_) => {
                        *focus_na.borrow_mut() = Some("open-status");
                        open_status.set(Melding::Fout(k::GEEN_ANTWOORDLINK));
                    }
                }
            });
        })
    };

    let vinkjes = DELEN.iter().enumerate().map(|(i, d)| {
        html! {
            <label class="optie">
                <input type="checkbox" name="kijk-deel" value={*d} checked={gekozen[i]} onchange={vink(i)} />
                <span>{ deel_naam(d).in_taal(taal) }</span>
            </label>
        }
    });

    let resultaat = match &*link {
        None => html! {},
        Some(l) => {
            let code = qr(l);
            html! {
                <section class="delen-kader" aria-labelledby="uitnodiging-kop">
                    <h3 id="uitnodiging-kop" tabindex="-1">{ k::LINK_KOP.in_taal(taal) }</h3>
                    <p>{ k::LINK_UITLEG.in_taal(taal) }</p>
                    <div class="veld">
                        <label for="uitnodiging-link">{ k::LINK_LABEL.in_taal(taal) }</label>
                        <textarea id="uitnodiging-link" class="deel-link" readonly=true rows="3" value={l.to_string()} />
                    </div>
                    <div class="knoppen">
                        <button type="button" class="knop" onclick={kopieer}>{ k::KOPIEER.in_taal(taal) }</button>
                        if deelblad::beschikbaar() {
                            <button type="button" class="knop stil" onclick={deel}>{ k::DEEL.in_taal(taal) }</button>
                        }
                    </div>
                    { melding_html(&kopie, taal, "uitnodiging-kopie") }
                    if let Some(q) = code {
                        <details class="kijk-qr">
                            <summary>{ k::QR_KOP.in_taal(taal) }</summary>
                            <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {0} {0}", q.grootte)}
                                role="img" aria-labelledby="kijk-qr-titel" shape-rendering="crispEdges">
                                <title id="kijk-qr-titel">{ k::QR_BESCHRIJVING.in_taal(taal) }</title>
                                <rect width={q.grootte.to_string()} height={q.grootte.to_string()} fill="#ffffff" />
                                <path d={q.pad.clone()} fill="#000000" />
                            </svg>
                        </details>
                    }
                </section>
            }
        }
    };

    let kept = &winkel.dokument.kijk;
    let rijen = kept.iter().rev().map(|a| {
        let verwijder = {
            let (winkel, lijst_status, focus_na, id, label) =
                (winkel.clone(), lijst_status.clone(), focus_na.clone(), a.id.clone(), a.label.clone());
            Callback::from(move |_: MouseEvent| {
                winkel.verwijder_kijk(&id);
                *focus_na.borrow_mut() = Some("bewaard-status");
                lijst_status.set(Melding::Goed(vul(k::VERWIJDERD.in_taal(taal), &[&label])));
            })
        };
        html! {
            <li>
                <span><strong>{ a.label.clone() }</strong>{ " — " }{ vul(k::BEWAARD_REGEL.in_taal(taal), &[&pagina::tijdstip(a.bewaard_op, taal.code(), false)]) }</span>
                <span class="knoppen">
                    <button type="button" class="knop klein stil" onclick={verwijder}
                        aria-label={vul(k::VERWIJDER_NAAM.in_taal(taal), &[&a.label])}>{ k::VERWIJDER.in_taal(taal) }</button>
                </span>
            </li>
        }
    });

    html! {
        <Pagina titel={k::TITEL.in_taal(taal)} intro={Some(AttrValue::from(k::INTRO.in_taal(taal)))}>
            <section class="delen-blok" aria-labelledby="nodig-kop">
                <h2 id="nodig-kop">{ k::NODIG_KOP.in_taal(taal) }</h2>
                <p>{ k::NODIG_UITLEG.in_taal(taal) }</p>
                <div>
                    <fieldset class="vraag deel-keuze">
                        <legend>{ k::WELKE_VRAGEN.in_taal(taal) }</legend>
                        <div class="opties">{ for vinkjes }</div>
                    </fieldset>
                    <div class="veld">
                        <label for="kijk-naam">{ k::NAAM_LABEL.in_taal(taal) }</label>
                        <p id="kijk-naam-uitleg" class="hint">{ k::NAAM_UITLEG.in_taal(taal) }</p>
                        <input id="kijk-naam" type="text" autocomplete="given-name"
                            maxlength={crate::domain::deelpakket::MAX_NAAM.to_string()}
                            value={(*naam).clone()} oninput={zet_naam} onkeydown={bij_enter(&maak)} aria-describedby="kijk-naam-uitleg" />
                    </div>
                    <div class="knoppen">
                        <button type="button" id="kijk-maak" class="knop" onclick={maak.reform(|_: MouseEvent| ())}>{ k::MAAK.in_taal(taal) }</button>
                    </div>
                    { melding_html(&status, taal, "uitnodiging-status") }
                </div>
                { resultaat }
            </section>

            <section class="delen-blok" aria-labelledby="open-kop">
                <h2 id="open-kop">{ k::OPEN_KOP.in_taal(taal) }</h2>
                <p>{ k::OPEN_UITLEG.in_taal(taal) }</p>
                <div>
                    <div class="veld">
                        <label for="antwoord-plak">{ k::PLAK_LABEL.in_taal(taal) }</label>
                        <textarea id="antwoord-plak" rows="2" spellcheck="false" autocomplete="off"
                            value={(*plak).clone()} oninput={zet_plak} />
                    </div>
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={open}>{ k::OPEN_KNOP.in_taal(taal) }</button>
                    </div>
                </div>
                <div class="veld">
                    <label for="antwoord-bestand">{ k::KIES_BESTAND.in_taal(taal) }</label>
                    <input id="antwoord-bestand" type="file" accept=".spoorwijzer,.txt,text/plain" onchange={kies_bestand} />
                </div>
                { melding_html(&open_status, taal, "open-status") }
            </section>

            if !kept.is_empty() || *lijst_status != Melding::Geen {
                <section class="delen-blok" aria-labelledby="bewaard-kop">
                    <h2 id="bewaard-kop">{ k::BEWAARD_KOP.in_taal(taal) }</h2>
                    { melding_html(&lijst_status, taal, "bewaard-status") }
                    if !kept.is_empty() {
                        <p class="hint">{ k::BEWAARD_UITLEG.in_taal(taal) }</p>
                        <ul class="kopieen">{ for rijen }</ul>
                    }
                    <p><a href={Route::Profiel.href()}>{ k::NAAR_PROFIEL.in_taal(taal) }</a></p>
                </section>
            }
        </Pagina>
    }
}
