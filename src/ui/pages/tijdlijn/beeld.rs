//! The picture: the whole period at a glance, per part of the time (year 1, year 2,
//! after), each step a button with its short name and week, "je bent hier" between the
//! past and the coming steps. Drawn in HTML, not SVG, so that each step is a tap target
//! of at least 44 × 44 px and its text grows with the text size setting (issue 24).
//! Where there is room the parts stand side by side; on a narrow screen or with large
//! text below each other (a container query in `styles/tijdlijn.css`), so steps close in
//! time never overlap.
//!
//! A tap shows a short explanation in place, and the page does not move: under the
//! picture when the parts stand side by side, right under the step when they stand
//! below each other (both are written; CSS shows the one that fits). "Meer hierover"
//! goes on to the step in "Alle stappen".

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::content::tijdlijn::{in_beeld, mijlpaal_kort, scherm as s, status_van};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{Deel, Mijlpaal, MijlpaalId, Status, Tijdlijn};

use super::lijst::{naar, spoor_klasse, tekst_van, titel, volgende, wanneer, weken};

fn status_klasse(m: &Mijlpaal, vandaag: Datum, volgende: Option<MijlpaalId>) -> &'static str {
    if Some(m.id) == volgende {
        return "volgende";
    }
    match m.status(vandaag) {
        Status::Voorbij => "voorbij",
        Status::Nu => "nu",
        Status::Komt => "komt",
    }
}

/// The week of a step, short: "week 46–52" for a period (the explanation says it in words).
fn week_kort(tl: &Tijdlijn, m: &Mijlpaal, taal: Taal) -> String {
    let tot = m.tot.and_then(|tot| tl.week_van(tot)).filter(|w| *w != m.week);
    match tot {
        Some(w) => vul(s::BEELD_WEKEN.in_taal(taal), &[&m.week.to_string(), &w.to_string()]),
        None => vul(s::WEEK.in_taal(taal), &[&m.week.to_string()]),
    }
}

/// "Je bent hier", with the week when the chain has started.
fn hier(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let week = tl.week_van(vandaag);
    html! {
        <li class="tl-hier-lijn" data-week={week.map(|w| w.to_string())}>
            { s::HIER_LABEL.in_taal(taal) }
            if let Some(w) = week {
                { " · " }{ vul(s::WEEK.in_taal(taal), &[&w.to_string()]) }
            }
        </li>
    }
}

/// The short explanation of one step: what it is, when for this person, and a way on.
fn kaart(tl: &Tijdlijn, m: &Mijlpaal, taal: Taal, plek: &'static str) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    html! {
        <div class={classes!("tl-kaart", plek, "niet-printen")}>
            <p class="tl-kaart-titel">{ titel(tl, m.id, taal) }</p>
            <p class="tl-kaart-wanneer"><time datetime={m.datum.iso()}>{ wanneer(m, taal) }</time>{ " · " }{ weken(tl, m, taal) }</p>
            <p>{ tk(tekst_van(tl, m.id).wat) }</p>
            <p><a href="#/tijdlijn" onclick={naar(m.id)}>{ tk(s::MEER_HIEROVER) }</a></p>
        </div>
    }
}

/// The picture, with the step that was tapped (`keuze`) explained; a tap on a step calls `kies`.
pub fn beeld(
    tl: &Tijdlijn,
    vandaag: Datum,
    taal: Taal,
    keuze: Option<MijlpaalId>,
    kies: &Callback<MijlpaalId>,
) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let volgende_id = volgende(tl, vandaag).map(|m| m.id);
    let spoor2 = tl.mijlpaal(MijlpaalId::UitersteStartTweedeSpoor).map(|m| m.datum);
    let mut hier_gezet = false;
    let mut delen: Vec<(&'static str, Tekst, Vec<Html>)> = Vec::new();
    for (deel, klasse, kop) in [
        (Deel::EersteJaar, "jaar-1", s::BEELD_JAAR_1),
        (Deel::TweedeJaar, "jaar-2", s::BEELD_JAAR_2),
        (Deel::Daarna, "daarna", s::BEELD_DAARNA),
    ] {
        let mut items: Vec<Html> = Vec::new();
        for m in tl.mijlpalen.iter().filter(|m| in_beeld(m.id) && m.deel() == deel) {
            if !hier_gezet && m.datum >= vandaag {
                items.push(hier(tl, vandaag, taal));
                hier_gezet = true;
            }
            let gekozen_nu = keuze == Some(m.id);
            let onclick = kies.reform({
                let id = m.id;
                move |_: MouseEvent| id
            });
            let met_spoor2 = spoor2.is_some_and(|d| m.datum >= d);
            items.push(html! {
                <li class={classes!("tl-stap", status_klasse(m, vandaag, volgende_id), spoor_klasse(m.spoor), met_spoor2.then_some("met-spoor-2"))}>
                    <button type="button" class="tl-stip" aria-pressed={gekozen_nu.to_string()} {onclick}
                        data-week={m.week.to_string()} data-sleutel={m.id.sleutel()}>
                        <span class="tl-punt" aria-hidden="true"></span>
                        <span class="tl-stip-label">{ tk(mijlpaal_kort(m.id)) }</span>
                        <span class="tl-stip-week">{ week_kort(tl, m, taal) }</span>
                        <span class="sr-only">{ ", " }{ tk(status_van(m, vandaag, volgende_id)) }</span>
                    </button>
                    if gekozen_nu {
                        { kaart(tl, m, taal, "tl-kaart-bij") }
                    }
                </li>
            });
        }
        if !items.is_empty() {
            delen.push((klasse, kop, items));
        }
    }
    // Today after the last step: "je bent hier" at the end.
    if let (false, Some((_, _, items))) = (hier_gezet, delen.last_mut()) {
        items.push(hier(tl, vandaag, taal));
    }
    html! {
        <figure class="tl-beeld" aria-labelledby="tl-beeld-kop">
            <h2 id="tl-beeld-kop">{ tk(s::BEELD_KOP) }</h2>
            <p class="tl-beeld-uitleg niet-printen">{ tk(s::BEELD_UITLEG) }</p>
            <p class="tl-beeld-legenda">
                <span class="tl-legenda-spoor-1">{ tk(s::BEELD_SPOOR_1) }</span>{ " " }
                <span class="tl-legenda-spoor-2">{ tk(s::BEELD_SPOOR_2) }</span>
            </p>
            <div class="tl-groepen">
                { for delen.into_iter().map(|(klasse, kop, items)| html! {
                    <div class={classes!("tl-groep", klasse)}>
                        <p class="tl-groep-kop">{ tk(kop) }</p>
                        <ol>{ for items }</ol>
                    </div>
                }) }
            </div>
            <div class="tl-kaart-vak" aria-live="polite">
                if let Some(m) = keuze.and_then(|id| tl.mijlpaal(id)) {
                    { kaart(tl, m, taal, "tl-kaart-onder") }
                }
            </div>
        </figure>
    }
}
