//! The timeline as a list in words: which milestones the full list shows, what runs
//! now, how the recurring evaluations stand, how far a sanction or an extension moves
//! the end, and the calendar's text for each step. Plain functions of the timeline and
//! today; the page (`ui/pages/tijdlijn/lijst.rs`) only lays them out.
//!
//! Dates are said as honestly as the reference allows (issue 11): a deadline reads
//! "uiterlijk maandag 2 maart 2026", a window "tussen 16 november 2026 en 3 januari 2027",
//! an estimate "rond week 52, ongeveer februari 2027". Only fixed days and deadlines get a
//! weekday.

use crate::content::teksten::vul;
use crate::content::tijdlijn::{
    datum_kort, datum_voluit, maand_jaar, noemt_sanctie, scherm as s, titel_van, MijlpaalTekst,
};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{Aard, Mijlpaal, MijlpaalId, Status, Tijdlijn, Zekerheid, K_LAATSTE_DAG};
use crate::domain::tijdlijn::ics;

/// The texts of a milestone in this person's situation (loonsanctie, extension).
pub fn tekst_van(tl: &Tijdlijn, id: MijlpaalId) -> MijlpaalTekst {
    crate::content::tijdlijn::tekst_van(tl, id)
}

/// The title of a milestone; the evaluations are one recurring item.
pub fn titel(tl: &Tijdlijn, id: MijlpaalId, taal: Taal) -> String {
    titel_van(tl, id).in_taal(taal).to_string()
}

/// When a milestone is, said as honestly as its nature allows.
pub fn wanneer(m: &Mijlpaal, taal: Taal) -> String {
    match m.aard() {
        Aard::Vast => datum_voluit(m.datum, taal),
        Aard::Termijn => vul(s::UITERLIJK.in_taal(taal), &[&datum_voluit(m.datum, taal)]),
        Aard::Venster => vul(s::TUSSEN.in_taal(taal), &[&datum_kort(m.datum, taal), &datum_kort(m.einde(), taal)]),
        Aard::Schatting => vul(s::ROND_WEEK.in_taal(taal), &[&m.week.to_string(), &maand_jaar(m.datum, taal)]),
    }
}

/// The words for how sure a date is by its nature.
pub fn aard_uitleg(a: Aard) -> Tekst {
    match a {
        Aard::Vast => s::AARD_VAST,
        Aard::Termijn => s::AARD_TERMIJN,
        Aard::Venster => s::AARD_VENSTER,
        Aard::Schatting => s::AARD_SCHATTING,
    }
}

/// "week 46" or "week 46 tot 52".
pub fn weken(tl: &Tijdlijn, m: &Mijlpaal, taal: Taal) -> String {
    let tot_week = m.tot.and_then(|tot| tl.week_van(tot)).filter(|w| *w != m.week);
    match tot_week {
        Some(w) => vul(s::WEKEN_VAN_TOT.in_taal(taal), &[&m.week.to_string(), &w.to_string()]),
        None => vul(s::WEEK.in_taal(taal), &[&m.week.to_string()]),
    }
}

/// How many weeks the end of the sick pay lies later than usual (the engine's last
/// day, [`K_LAATSTE_DAG`]): first by the extension, then by the sanction after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Later {
    pub verlenging_weken: Option<i32>,
    pub loonsanctie_weken: Option<i32>,
}

/// [`Later`] for the end of the sick pay and the start of the WIA; `None` for other
/// steps and when nothing moved the end.
pub fn later(tl: &Tijdlijn, id: MijlpaalId) -> Option<Later> {
    if !matches!(id, MijlpaalId::EindeWachttijd | MijlpaalId::WiaStart) {
        return None;
    }
    let standaard = tl.datum_op_ziektedag(K_LAATSTE_DAG);
    let verlenging = tl.mijlpaal(MijlpaalId::VerlengingEinde);
    let verlenging_weken = verlenging.map(|v| standaard.dagen_tot(v.datum) / 7);
    let loonsanctie_weken = tl.mijlpaal(MijlpaalId::LoonsanctieEinde).map(|l| {
        let basis = verlenging.map_or(standaard, |v| v.datum);
        basis.dagen_tot(l.datum) / 7
    });
    (verlenging_weken.is_some() || loonsanctie_weken.is_some()).then_some(Later { verlenging_weken, loonsanctie_weken })
}

/// Why the end of the sick pay is later than usual: the sanction or the extension, in weeks.
pub fn reden_later(tl: &Tijdlijn, id: MijlpaalId, taal: Taal) -> Option<String> {
    let l = later(tl, id)?;
    let mut delen = Vec::new();
    if let Some(w) = l.verlenging_weken {
        let w = w.to_string();
        delen.push(vul(s::REDEN_VERLENGING.in_taal(taal), &[&w, &w]));
    }
    if let Some(w) = l.loonsanctie_weken {
        let w = w.to_string();
        delen.push(vul(s::REDEN_LOONSANCTIE.in_taal(taal), &[&w, &w]));
    }
    Some(delen.join(" "))
}

/// The next step: the first step (not an evaluation, not an option) on or after today.
pub fn volgende(tl: &Tijdlijn, vandaag: Datum) -> Option<&Mijlpaal> {
    tl.volgende_stappen(vandaag, 1).into_iter().next()
}

/// What runs now: periods (with an end) that began before today and have not ended,
/// without the early-IVA options.
pub fn lopend(tl: &Tijdlijn, vandaag: Datum) -> Vec<&Mijlpaal> {
    tl.mijlpalen
        .iter()
        .filter(|m| m.tot.is_some() && m.status(vandaag) == Status::Nu && m.datum < vandaag && !m.id.is_mogelijkheid())
        .collect()
}

/// The steps of the full list: one item per milestone, the evaluations once (at the
/// first), and no early-IVA options.
pub fn stappen(tl: &Tijdlijn) -> Vec<&Mijlpaal> {
    let mut gezien_evaluatie = false;
    tl.mijlpalen
        .iter()
        .filter(|m| !m.id.is_mogelijkheid())
        .filter(|m| {
            if matches!(m.id, MijlpaalId::Evaluatie(_)) {
                let eerste = !gezien_evaluatie;
                gezien_evaluatie = true;
                eerste
            } else {
                true
            }
        })
        .collect()
}

/// A step's status in the full list: the recurring evaluations run from the first to
/// the last one.
pub fn status_in_lijst(tl: &Tijdlijn, m: &Mijlpaal, vandaag: Datum) -> Status {
    if !matches!(m.id, MijlpaalId::Evaluatie(_)) {
        return m.status(vandaag);
    }
    let laatste =
        tl.mijlpalen.iter().rev().find(|x| matches!(x.id, MijlpaalId::Evaluatie(_))).map_or(m.datum, |x| x.datum);
    if laatste < vandaag {
        Status::Voorbij
    } else if m.datum <= vandaag {
        Status::Nu
    } else {
        Status::Komt
    }
}

/// Does recovery inside the chain lie before this date (and so may have moved it)?
pub fn verschoven_door_herstel(tl: &Tijdlijn, m: &Mijlpaal) -> bool {
    tl.herstel_in_keten.first().is_some_and(|&(b, _)| b <= m.datum)
}

/// The notes under a step: what is unconfirmed, the holidays for the week-42 report, a
/// late first-year review.
pub fn notities(tl: &Tijdlijn, m: &Mijlpaal, taal: Taal) -> Vec<&'static str> {
    let tk = |x: Tekst| x.in_taal(taal);
    let mut notities = Vec::new();
    if let Some(o) = tekst_van(tl, m.id).onbevestigd {
        notities.push(tk(o));
    }
    if m.zekerheid == Zekerheid::Onbevestigd {
        if verschoven_door_herstel(tl, m) {
            notities.push(tk(s::ONZEKER_HERSTEL));
        } else if notities.is_empty() {
            notities.push(tk(s::ONZEKER_ALGEMEEN));
        }
    }
    if m.id == MijlpaalId::WeekmeldingUwv {
        notities.push(tk(crate::content::tijdlijn::FEESTDAGEN_UITLEG));
    }
    // A late first-year review moves the latest start of spoor 2: said in a word.
    if m.id == MijlpaalId::UitersteStartTweedeSpoor && tl.eje_na_week_52() {
        notities.insert(0, tk(s::EJE_LAAT));
    }
    notities
}

/// Does this step point to the one explanation of sanctions?
pub fn toont_sanctie(tl: &Tijdlijn, id: MijlpaalId) -> bool {
    noemt_sanctie(id) || (id == MijlpaalId::EindeWachttijd && tl.mijlpaal(MijlpaalId::LoonsanctieEinde).is_some())
}

/// Is this one of the employer's tasks that still run after the contract ended?
pub fn na_contract(tl: &Tijdlijn, id: MijlpaalId) -> bool {
    tl.uit_dienst.as_ref().is_some_and(|u| u.werkgeverstaken_na_einde.contains(&id))
}

/// A calendar event's description: why the end is later (if so), when, who, what,
/// what you can do, and what is unconfirmed.
pub fn kalender_beschrijving(tl: &Tijdlijn, id: MijlpaalId, taal: Taal) -> String {
    let tk = |x: Tekst| x.in_taal(taal);
    let tekst = tekst_van(tl, id);
    let wanneer_tekst = tl.mijlpaal(id).map(|m| wanneer(m, taal)).unwrap_or_default();
    let mut beschrijving = format!(
        "{}\n\n{}: {}\n\n{}: {}\n\n{}: {}",
        wanneer_tekst,
        tk(s::WIE_LABEL),
        tk(tekst.wie),
        tk(s::WAT_LABEL),
        tk(tekst.wat),
        tk(s::JIJ_LABEL),
        tk(tekst.jij)
    );
    if let Some(r) = reden_later(tl, id, taal) {
        beschrijving = format!("{r}\n\n{beschrijving}");
    }
    if let Some(o) = tekst.onbevestigd {
        beschrijving.push_str(&format!("\n\n{}: {}", tk(s::ZEKER_ONBEVESTIGD), tk(o)));
    }
    beschrijving
}

/// The calendar file: all-day events for fixed days, deadlines and windows only (no
/// estimates, no invented meetings), in the reader's language.
pub fn kalender(tl: &Tijdlijn, taal: Taal, stempel: &str) -> String {
    ics::kalender(tl, |id| (titel(tl, id, taal), kalender_beschrijving(tl, id, taal)), stempel)
}

#[cfg(test)]
#[path = "lijst_tests.rs"]
mod tests;
