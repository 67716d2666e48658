//! `#/anderen`: "Kijk van een ander" for the candidate. Invite someone with a
//! link that holds no answers (copy, share sheet, QR), open a reply that came
//! back, and see or delete the replies kept.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::use_navigator;

use crate::content::kijk as k;
use crate::content::teksten::vul;
use crate::domain::coach::qr;
use crate::domain::delen;
use crate::domain::kijk::DELEN;
use crate::domain::taal::Taal;
use crate::services::coach::app_basis;
use crate::services::{bestand, deelblad, klok, venster};
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::veld::bij_tekst;
use crate::ui::pages::kijk_profiel::bij_enter;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

// The page's state, what a pasted reply must hold and which message each
// outcome gives, in plain Rust with native tests.
mod model;

use model::{deel_naam, Melding, Stap};

fn melding_html(m: &Melding, taal: Taal, id: &'static str) -> Html {
    let (klasse, rol, tekst) = match m {
        Melding::Geen => ("delen-status", "status", String::new()),
        Melding::Goed(t) => ("delen-status gelukt", "status", t.in_taal(taal).to_string()),
        Melding::Verwijderd(label) => ("delen-status gelukt", "status", vul(k::VERWIJDERD.in_taal(taal), &[label])),
        Melding::Fout(t) => ("kijk-melding", "alert", t.in_taal(taal).to_string()),
    };
    html! { <p {id} class={klasse} role={rol} tabindex="-1">{ tekst }</p> }
}

#[component]
pub fn Anderen() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let navigator = use_navigator();
    let s = use_reducer(model::Anderen::default);
    let focus_na = use_focus_na();

    let vink = |i: usize| {
        let s = s.dispatcher();
        Callback::from(move |e: Event| s.dispatch(Stap::Vink(i, venster::aangevinkt(&e))))
    };
    let typ = |stap: fn(String) -> Stap| bij_tekst(&s.dispatcher(), stap);
    let maak = {
        let (s, winkel, focus_na) = (s.clone(), winkel.clone(), focus_na.clone());
        Callback::from(move |()| {
            let u = match s.uitnodiging(deelblad::nieuw_id(), taal, klok::nu_ms()) {
                Ok(u) => u,
                Err(f) => {
                    if let Some(id) = model::focus_bij(f) {
                        *focus_na.borrow_mut() = Some(id);
                    }
                    return s.dispatch(Stap::KanNiet(f));
                }
            };
            let adres = delen::uitnodiging_link(&app_basis(), &u);
            winkel.nodig_uit(u);
            *focus_na.borrow_mut() = Some("uitnodiging-kop");
            s.dispatch(Stap::Gemaakt(adres));
        })
    };
    let kopieer = {
        let (link, s) = (s.link.clone(), s.dispatcher());
        Callback::from(move |_: MouseEvent| {
            let Some(l) = link.clone() else { return };
            let s = s.clone();
            venster::kopieer(l.to_string(), "uitnodiging-link", Box::new(move |ok| s.dispatch(Stap::Gekopieerd(ok))));
        })
    };
    let deel = {
        let link = s.link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(l) = link.clone() else { return };
            venster::start(async move {
                deelblad::deel(k::VRAAG_TITEL.in_taal(taal), &l).await;
            });
        })
    };

    // Opening a reply: only its address changes; the reply page reads it.
    let ga_naar_antwoord = {
        let (navigator, s, focus_na) = (navigator.clone(), s.dispatcher(), focus_na.clone());
        Rc::new(move |tekst: &str| match model::antwoord_payload(tekst) {
            Some(payload) => {
                if let Some(n) = &navigator {
                    n.push(&Route::KijkTerug { payload });
                }
            }
            None => {
                *focus_na.borrow_mut() = Some("open-status");
                s.dispatch(Stap::GeenAntwoord);
            }
        })
    };
    let open = {
        let (plak, ga) = (s.plak.clone(), ga_naar_antwoord.clone());
        Callback::from(move |_: MouseEvent| ga(&plak))
    };
    let kies_bestand = {
        let ga = ga_naar_antwoord.clone();
        Callback::from(move |e: Event| {
            let Some(gekozen) = venster::gekozen_bestand(&e) else { return };
            let ga = ga.clone();
            venster::start(async move {
                // An unreadable file says the same as a file without a reply link.
                let tekst = bestand::lees_tekst(&gekozen, model::MAX_BESTAND).await.unwrap_or_default();
                ga(&tekst);
            });
        })
    };

    let vinkjes = DELEN.iter().enumerate().map(|(i, d)| {
        html! {
            <label class="optie">
                <input type="checkbox" name="kijk-deel" value={*d} checked={s.gekozen[i]} onchange={vink(i)} />
                <span>{ deel_naam(d).in_taal(taal) }</span>
            </label>
        }
    });

    let resultaat = match &s.link {
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
                    { melding_html(&s.kopie, taal, "uitnodiging-kopie") }
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
            let (winkel, s, focus_na, id, label) =
                (winkel.clone(), s.dispatcher(), focus_na.clone(), a.id.clone(), a.label.clone());
            Callback::from(move |_: MouseEvent| {
                winkel.verwijder_kijk(&id);
                *focus_na.borrow_mut() = Some("bewaard-status");
                s.dispatch(Stap::Verwijderd(label.clone()));
            })
        };
        html! {
            <li>
                <span><strong>{ a.label.clone() }</strong>{ " — " }{ vul(k::BEWAARD_REGEL.in_taal(taal), &[&klok::tijdstip(a.bewaard_op, taal.code(), false)]) }</span>
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
                            value={s.naam.clone()} oninput={typ(Stap::Naam)} onkeydown={bij_enter(&maak)} aria-describedby="kijk-naam-uitleg" />
                    </div>
                    <div class="knoppen">
                        <button type="button" id="kijk-maak" class="knop" onclick={maak.reform(|_: MouseEvent| ())}>{ k::MAAK.in_taal(taal) }</button>
                    </div>
                    { melding_html(&s.status, taal, "uitnodiging-status") }
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
                            value={s.plak.clone()} oninput={typ(Stap::Plak)} />
                    </div>
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={open}>{ k::OPEN_KNOP.in_taal(taal) }</button>
                    </div>
                </div>
                <div class="veld">
                    <label for="antwoord-bestand">{ k::KIES_BESTAND.in_taal(taal) }</label>
                    <input id="antwoord-bestand" type="file" accept=".spoorwijzer,.txt,text/plain" onchange={kies_bestand} />
                </div>
                { melding_html(&s.open_status, taal, "open-status") }
            </section>

            if s.toon_bewaard(kept.len()) {
                <section class="delen-blok" aria-labelledby="bewaard-kop">
                    <h2 id="bewaard-kop">{ k::BEWAARD_KOP.in_taal(taal) }</h2>
                    { melding_html(&s.lijst_status, taal, "bewaard-status") }
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
