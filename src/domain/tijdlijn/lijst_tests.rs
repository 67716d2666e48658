use super::*;
use crate::domain::tijdlijn::engine::{bereken, Invoer};

fn d(s: &str) -> Datum {
    Datum::parse_iso(s).expect("testdatum")
}

fn tijdlijn(pas_aan: impl FnOnce(&mut Invoer)) -> Tijdlijn {
    let mut invoer = Invoer::vanaf(d("2026-01-10"));
    pas_aan(&mut invoer);
    bereken(&invoer, d("2026-06-01")).expect("geldige invoer")
}

#[test]
fn de_lijst_toont_de_evaluaties_een_keer_en_geen_iva_mogelijkheid() {
    let tl = tijdlijn(|_| {});
    let evaluaties = tl.mijlpalen.iter().filter(|m| matches!(m.id, MijlpaalId::Evaluatie(_))).count();
    assert!(evaluaties > 1);
    assert!(tl.mijlpalen.iter().any(|m| m.id.is_mogelijkheid()));
    let lijst = stappen(&tl);
    let in_lijst: Vec<MijlpaalId> =
        lijst.iter().filter(|m| matches!(m.id, MijlpaalId::Evaluatie(_))).map(|m| m.id).collect();
    assert_eq!(in_lijst, vec![MijlpaalId::Evaluatie(1)], "one recurring item, at the first evaluation");
    assert!(lijst.iter().all(|m| !m.id.is_mogelijkheid()));
    // Everything else stays, in date order.
    assert_eq!(
        lijst.len(),
        tl.mijlpalen.len() - (evaluaties - 1) - tl.mijlpalen.iter().filter(|m| m.id.is_mogelijkheid()).count()
    );
}

#[test]
fn de_evaluaties_lopen_van_de_eerste_tot_de_laatste() {
    let tl = tijdlijn(|_| {});
    let eerste = *tl.mijlpaal(MijlpaalId::Evaluatie(1)).expect("eerste evaluatie");
    let laatste = *tl.mijlpalen.iter().rev().find(|m| matches!(m.id, MijlpaalId::Evaluatie(_))).expect("laatste");
    assert_eq!(status_in_lijst(&tl, &eerste, eerste.datum.plus_dagen(-1)), Status::Komt);
    // Past the first evaluation's own day, the item still runs.
    assert_eq!(eerste.status(eerste.datum.plus_dagen(30)), Status::Voorbij);
    assert_eq!(status_in_lijst(&tl, &eerste, eerste.datum.plus_dagen(30)), Status::Nu);
    assert_eq!(status_in_lijst(&tl, &eerste, laatste.datum.plus_dagen(1)), Status::Voorbij);
    // Other steps keep their own status.
    let pva = *tl.mijlpaal(MijlpaalId::PlanVanAanpak).expect("plan van aanpak");
    assert_eq!(status_in_lijst(&tl, &pva, pva.datum.plus_dagen(1)), Status::Voorbij);
}

#[test]
fn lopend_is_een_periode_die_voor_vandaag_begon_en_nog_niet_voorbij_is() {
    let tl = tijdlijn(|_| {});
    let venster = *tl.mijlpaal(MijlpaalId::EerstejaarsevaluatieVenster).expect("venster");
    let ids = |vandaag| lopend(&tl, vandaag).iter().map(|m| m.id).collect::<Vec<_>>();
    assert!(!ids(venster.datum).contains(&venster.id), "on its first day it is the next step, not running");
    assert!(ids(venster.datum.plus_dagen(1)).contains(&venster.id));
    assert!(ids(venster.einde()).contains(&venster.id));
    assert!(!ids(venster.einde().plus_dagen(1)).contains(&venster.id));
    // The early-IVA window never shows as running.
    let iva = *tl.mijlpaal(MijlpaalId::VervroegdeIvaVanaf).expect("iva");
    assert!(lopend(&tl, iva.datum.plus_dagen(1)).iter().all(|m| !m.id.is_mogelijkheid()));
}

#[test]
fn later_telt_weken_vanaf_het_gewone_einde_van_de_motor() {
    // The engine's own last day is the list's "usual end".
    let gewoon = tijdlijn(|_| {});
    let einde = gewoon.mijlpaal(MijlpaalId::EindeWachttijd).expect("einde").datum;
    assert_eq!(gewoon.datum_op_ziektedag(K_LAATSTE_DAG), einde);
    assert_eq!(later(&gewoon, MijlpaalId::EindeWachttijd), None);
    assert_eq!(reden_later(&gewoon, MijlpaalId::EindeWachttijd, Taal::Nl), None);

    let verlengd = tijdlijn(|i| i.verlenging_weken = Some(13));
    let l = Some(Later { verlenging_weken: Some(13), loonsanctie_weken: None });
    assert_eq!(later(&verlengd, MijlpaalId::EindeWachttijd), l);
    assert_eq!(later(&verlengd, MijlpaalId::WiaStart), l);
    assert_eq!(later(&verlengd, MijlpaalId::PlanVanAanpak), None);

    // A sanction counts from the end of the extension.
    let beide = tijdlijn(|i| {
        i.verlenging_weken = Some(13);
        i.loonsanctie_weken = Some(26);
    });
    assert_eq!(
        later(&beide, MijlpaalId::EindeWachttijd),
        Some(Later { verlenging_weken: Some(13), loonsanctie_weken: Some(26) })
    );
    let sanctie = tijdlijn(|i| i.loonsanctie_weken = Some(8));
    assert_eq!(
        later(&sanctie, MijlpaalId::WiaStart),
        Some(Later { verlenging_weken: None, loonsanctie_weken: Some(8) })
    );
    let reden = reden_later(&beide, MijlpaalId::EindeWachttijd, Taal::Nl).expect("reden");
    assert!(reden.contains("13") && reden.contains("26"), "{reden}");
}

#[test]
fn de_kalender_zegt_eerst_waarom_later_dan_wanneer_wie_wat_jij() {
    let taal = Taal::Nl;
    let tl = tijdlijn(|i| i.verlenging_weken = Some(13));
    let id = MijlpaalId::EindeWachttijd;
    let m = tl.mijlpaal(id).expect("einde");
    let tekst = tekst_van(&tl, id);
    let b = kalender_beschrijving(&tl, id, taal);
    let reden = reden_later(&tl, id, taal).expect("reden");
    let verwacht = format!(
        "{reden}\n\n{}\n\n{}: {}\n\n{}: {}\n\n{}: {}",
        wanneer(m, taal),
        s::WIE_LABEL.in_taal(taal),
        tekst.wie.in_taal(taal),
        s::WAT_LABEL.in_taal(taal),
        tekst.wat.in_taal(taal),
        s::JIJ_LABEL.in_taal(taal),
        tekst.jij.in_taal(taal)
    );
    assert!(b.starts_with(&verwacht), "{b}");

    // Without a reason it starts with when; an unconfirmed step ends with what is unconfirmed.
    let gewoon = tijdlijn(|_| {});
    let onzeker = gewoon
        .mijlpalen
        .iter()
        .find(|m| tekst_van(&gewoon, m.id).onbevestigd.is_some())
        .expect("a step with an unconfirmed note");
    let b = kalender_beschrijving(&gewoon, onzeker.id, taal);
    assert!(b.starts_with(&format!("{}\n\n", wanneer(onzeker, taal))), "{b}");
    let o = tekst_van(&gewoon, onzeker.id).onbevestigd.expect("note");
    assert!(b.ends_with(&format!("\n\n{}: {}", s::ZEKER_ONBEVESTIGD.in_taal(taal), o.in_taal(taal))), "{b}");

    // The file carries the descriptions.
    let ics = kalender(&tl, taal, "20260601T120000Z");
    assert!(ics.contains("BEGIN:VEVENT"));
}

#[test]
fn sanctie_uitleg_bij_het_einde_alleen_met_een_loonsanctie() {
    let gewoon = tijdlijn(|_| {});
    let sanctie = tijdlijn(|i| i.loonsanctie_weken = Some(8));
    let id = MijlpaalId::EindeWachttijd;
    assert_eq!(toont_sanctie(&gewoon, id), noemt_sanctie(id));
    assert!(toont_sanctie(&sanctie, id));
}
