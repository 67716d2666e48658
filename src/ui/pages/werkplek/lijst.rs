//! `#/kandidaten` once open: the candidates by label, opening shares, the
//! encrypted copy, moving copies kept the old way, deleting the workspace,
//! and what is kept where.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::content::werkplek as w;
use crate::domain::werkplek::{uit_kopie, Werkplek};
use crate::services::werkplek::{self as dienst, Melding};
use crate::services::{bestand, klok};
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub(super) struct LijstProps {
    pub werkplek: Rc<Werkplek>,
    pub melding: Option<Melding>,
}

/// A date as the coach reads it (`2027-03-01` → "1 maart 2027").
pub(super) fn datum_tekst(d: crate::domain::tijdlijn::datum::Datum, taal: crate::domain::taal::Taal) -> String {
    klok::tijdstip(f64::from(d.dagen_sinds_epoch()) * 86_400_000.0 + 43_200_000.0, taal.code(), false)
}

#[component]
pub(super) fn Lijst(props: &LijstProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let vandaag = klok::vandaag();
    let vergrendel = Callback::from(|_: MouseEvent| dienst::vergrendel());

    let rijen = props.werkplek.op_label().into_iter().map(|k| {
        let laatste = k.laatste();
        html! {
            <li class="kandidaat-rij">
                <a href={Route::Kandidaat { id: k.id.clone() }.href()} class="kandidaat-naam">{ k.label.clone() }</a>
                <span class="kandidaat-over">
                    if let Some(l) = laatste {
                        <span>{ vul(w::LAATST_GEDEELD.in_taal(taal), &[&klok::tijdstip(l.inhoud.gemaakt_op, taal.code(), false)]) }</span>
                        if let Some(week) = l.inhoud.week {
                            <span>{ vul(w::WEEK.in_taal(taal), &[&week.to_string()]) }</span>
                        }
                    }
                    if let Some(tot) = k.bewaren_tot() {
                        <span>{ vul(w::BEWAREN_TOT.in_taal(taal), &[&datum_tekst(tot, taal)]) }</span>
                    }
                </span>
                if k.verlopen(vandaag) {
                    <p class="kandidaat-verlopen">{ w::VERLOPEN.in_taal(taal) }</p>
                }
            </li>
        }
    });

    // Copies kept the old way, in the candidate-side document: offered to move once.
    let oude = winkel.dokument.ontvangen.clone();
    let zet_over = {
        let oude = oude.clone();
        Callback::from(move |_: MouseEvent| {
            for kopie in &oude {
                let Some(id) = dienst::nieuw_id() else { return };
                dienst::wijzig(uit_kopie(kopie, &id));
            }
        })
    };
    // A copy is removed from the old place only once it is kept, encrypted, in the workspace.
    {
        let (winkel, werkplek) = (winkel.clone(), props.werkplek.clone());
        use_effect_with((werkplek.revisie, oude.len()), move |_| {
            for kopie in &winkel.dokument.ontvangen {
                let bewaard = werkplek
                    .kandidaten
                    .iter()
                    .flat_map(|k| k.delen.iter())
                    .any(|g| g.ontvangen_op == kopie.bewaard_op && g.inhoud.gemaakt_op == kopie.gemaakt_op);
                if bewaard {
                    winkel.verwijder_ontvangen(kopie.bewaard_op);
                }
            }
        });
    }
    let download = Callback::from(|_: MouseEvent| {
        if let Some(tekst) = dienst::kopie() {
            let naam = format!("spoorwijzer-werkplek-{}.spoorwijzer", klok::vandaag_iso());
            bestand::download(&naam, "application/json", &tekst);
        }
    });
    let zeker = use_state(|| false);
    let wis_vraag = {
        let zeker = zeker.clone();
        Callback::from(move |_: MouseEvent| zeker.set(true))
    };
    let wis_nee = {
        let zeker = zeker.clone();
        Callback::from(move |_: MouseEvent| zeker.set(false))
    };
    let wis_ja = Callback::from(|_: MouseEvent| dienst::wis());

    html! {
        <>
            <div class="werkplek-balk niet-printen">
                <p class="hint">{ w::INTRO.in_taal(taal) }</p>
                <button type="button" class="knop stil klein" onclick={vergrendel}>{ w::VERGRENDEL.in_taal(taal) }</button>
            </div>
            { super::melding_html(props.melding, taal) }
            if !oude.is_empty() {
                <section class="delen-blok" aria-labelledby="oude-kop">
                    <h2 id="oude-kop">{ w::OUDE_KOP.in_taal(taal) }</h2>
                    <p>{ vul(w::OUDE_UITLEG.in_taal(taal), &[&oude.len().to_string()]) }</p>
                    <div class="knoppen"><button type="button" class="knop" onclick={zet_over}>{ w::ZET_OVER.in_taal(taal) }</button></div>
                </section>
            }
            <section aria-labelledby="lijst-kop">
                <h2 id="lijst-kop">{ w::LIJST_KOP.in_taal(taal) }</h2>
                if props.werkplek.kandidaten.is_empty() {
                    <p>{ w::LEEG.in_taal(taal) }</p>
                } else {
                    <ul class="kandidaten">{ for rijen }</ul>
                }
            </section>
            <super::openen::Openen werkplek={props.werkplek.clone()} />
            <section class="delen-blok" aria-labelledby="kopie-kop">
                <h2 id="kopie-kop">{ w::KOPIE_KOP.in_taal(taal) }</h2>
                <p>{ w::KOPIE_UITLEG.in_taal(taal) }</p>
                <p><strong>{ w::VERGETEN.in_taal(taal) }</strong></p>
                <div class="knoppen"><button type="button" class="knop stil" onclick={download}>{ w::KOPIE_MAAK.in_taal(taal) }</button></div>
            </section>
            <super::slot::Terugzetten />
            <section class="delen-blok" aria-labelledby="waar-kop">
                <h2 id="waar-kop">{ w::WAAR_KOP.in_taal(taal) }</h2>
                <ul>{ for w::WAAR_TEKSTEN.iter().map(|t| html! { <li>{ t.in_taal(taal) }</li> }) }</ul>
            </section>
            <section class="delen-blok" aria-labelledby="wis-kop">
                <h2 id="wis-kop">{ w::WIS_KOP.in_taal(taal) }</h2>
                <p>{ w::WIS_UITLEG.in_taal(taal) }</p>
                if *zeker {
                    <p role="alert"><strong>{ w::ZEKER.in_taal(taal) }</strong></p>
                    <div class="knoppen">
                        <button type="button" class="knop" onclick={wis_ja}>{ w::JA_WIS.in_taal(taal) }</button>
                        <button type="button" class="knop stil" onclick={wis_nee}>{ w::NEE.in_taal(taal) }</button>
                    </div>
                } else {
                    <div class="knoppen"><button type="button" class="knop stil" onclick={wis_vraag}>{ w::WIS.in_taal(taal) }</button></div>
                }
            </section>
        </>
    }
}
