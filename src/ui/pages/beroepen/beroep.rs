//! One occupation (`#/beroepen/<code>`): its Dutch title and synonyms, ESCO's
//! description (marked as ESCO's), the "let op" of its group beside the person's
//! own wat-kan-ik answers, keeping it with a note, and small next steps.

use std::rc::Rc;

use yew::prelude::*;

use super::model;
use crate::content::beroepen as k;
use crate::content::teksten::vul;
use crate::domain::beroepen::{self, Beroepen};
use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[derive(Properties)]
pub(super) struct BeroepProps {
    pub index: Rc<Beroepen>,
    pub code: String,
}

impl PartialEq for BeroepProps {
    fn eq(&self, ander: &Self) -> bool {
        Rc::ptr_eq(&self.index, &ander.index) && self.code == ander.code
    }
}

/// Names shown before "more names".
const EERSTE_NAMEN: usize = 6;

#[derive(Clone, PartialEq)]
enum Omschrijving {
    Laden,
    Er(String),
    Mist,
}

#[component]
pub(super) fn BeroepView(props: &BeroepProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let tk = |x: crate::domain::tekst::Tekst| x.in_taal(taal);
    let omschrijving = use_state(|| Omschrijving::Laden);
    {
        let (omschrijving, code) = (omschrijving.clone(), props.code.clone());
        use_effect_with(code, move |code| {
            let code = code.clone();
            crate::services::venster::start(async move {
                let tekst = match beroepen::omschrijving_deel(&code) {
                    Some(d) => crate::services::beroepen::omschrijvingen(d).await,
                    None => None,
                };
                omschrijving.set(
                    tekst
                        .and_then(|t| beroepen::omschrijving(&t, &code).map(str::to_string))
                        .map_or(Omschrijving::Mist, Omschrijving::Er),
                );
            });
        });
    }
    let terug = html! { <p><a href={Route::Beroepen.href()}>{ tk(k::TERUG) }</a></p> };
    let Some(m) = model::beroep(&props.index, &props.code, &winkel.dokument, taal) else {
        return html! {
            <Pagina titel={tk(k::ONBEKEND)}>
                { terug }
            </Pagina>
        };
    };
    let bewaar = {
        let (winkel, code, titel) = (winkel.clone(), m.code.clone(), m.titel.clone());
        Callback::from(move |_: MouseEvent| winkel.kies_beroep(&code, &titel))
    };
    let haal_weg = {
        let (winkel, code) = (winkel.clone(), m.code.clone());
        Callback::from(move |_: MouseEvent| winkel.laat_beroep(&code))
    };
    let notitie = {
        let (winkel, code) = (winkel.clone(), m.code.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(w) = crate::services::invoer::waarde(&e) {
                winkel.zet_beroep_notitie(&code, w);
            }
        })
    };
    html! {
        <Pagina titel={beroepen::als_naam(&m.titel)}>
            { terug }
            // A few names first; the rest folded, so keeping it stays near the top on a phone.
            if !m.synoniemen.is_empty() {
                <p><strong>{ tk(k::OOK_GENOEMD) }{ ": " }</strong>{ m.synoniemen.iter().take(EERSTE_NAMEN).cloned().collect::<Vec<_>>().join(", ") }</p>
            }
            if m.synoniemen.len() > EERSTE_NAMEN {
                <details class="groep">
                    <summary>{ vul(tk(k::MEER_NAMEN), &[&(m.synoniemen.len() - EERSTE_NAMEN).to_string()]) }</summary>
                    <p>{ m.synoniemen[EERSTE_NAMEN..].join(", ") }</p>
                </details>
            }
            if let Some(g) = m.groep {
                <p class="hint">{ vul(tk(k::GROEP), &[tk(g.naam)]) }</p>
            }
            <section class="blok" aria-labelledby="beroep-lijst-kop">
                <h2 id="beroep-lijst-kop">{ tk(k::LIJST_TITEL) }</h2>
                if let Some(b) = &m.gekozen {
                    <p>{ tk(k::IN_LIJST) }</p>
                    <div class="veld">
                        <label for="beroep-notitie">{ tk(k::NOTITIE_LABEL) }</label>
                        <p id="beroep-notitie-hint" class="hint">{ tk(k::NOTITIE_HINT) }</p>
                        <textarea id="beroep-notitie" rows="4" aria-describedby="beroep-notitie-hint"
                            maxlength={beroepen::MAX_NOTITIE.to_string()} value={b.notitie.clone()} oninput={notitie} />
                    </div>
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={haal_weg}>{ tk(k::HAAL_WEG) }</button>
                    </div>
                } else if m.vol {
                    <p>{ tk(k::VOL) }</p>
                } else {
                    <div class="knoppen">
                        <button type="button" class="knop" onclick={bewaar}>{ tk(k::BEWAAR) }</button>
                    </div>
                }
            </section>
            <section aria-labelledby="beroep-omschrijving-kop">
                <h2 id="beroep-omschrijving-kop">{ tk(k::OMSCHRIJVING_TITEL) }</h2>
                { match &*omschrijving {
                    Omschrijving::Laden => html! { <p class="hint" role="status">{ tk(k::OMSCHRIJVING_LADEN) }</p> },
                    Omschrijving::Mist => html! { <p>{ tk(k::OMSCHRIJVING_MIST) }</p> },
                    Omschrijving::Er(t) => html! {
                        <figure class="esco">
                            <blockquote lang="nl"><p>{ t.clone() }</p></blockquote>
                            <figcaption class="hint">{ tk(k::OMSCHRIJVING_BRON) }</figcaption>
                        </figure>
                    },
                } }
            </section>
            <section aria-labelledby="beroep-let-op-kop">
                <h2 id="beroep-let-op-kop">{ tk(k::LET_OP_TITEL) }</h2>
                if m.aantekeningen.is_empty() {
                    <p class="hint">{ tk(k::GEEN_LET_OP) }</p>
                } else {
                    <p class="hint">{ tk(k::LET_OP_UITLEG) }</p>
                    <ul class="let-op-lijst">
                        { for m.aantekeningen.iter().map(|a| html! {
                            <li>
                                { tk(a.tekst) }
                                if let Some(eigen) = &a.eigen {
                                    <br /><span class="hint">{ vul(tk(k::JIJ_GAF_AAN), &[eigen]) }</span>
                                }
                            </li>
                        }) }
                    </ul>
                    if m.aantekeningen.iter().any(|a| a.eigen.is_some()) {
                        <p>{ tk(k::EIGEN_BEELD) }</p>
                    }
                }
            </section>
            <section aria-labelledby="beroep-stap-kop">
                <h2 id="beroep-stap-kop">{ tk(k::STAPPEN_TITEL) }</h2>
                <ul>
                    <li>{ tk(k::STAP_PRATEN) }</li>
                    <li>{ tk(k::STAP_VACATURES) }</li>
                    <li>{ tk(k::STAP_PLEK) }</li>
                </ul>
            </section>
        </Pagina>
    }
}
