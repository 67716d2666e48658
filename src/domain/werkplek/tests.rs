use std::collections::BTreeMap;

use super::kluis::{self, Kluis, KluisFout};
use super::voorbereiding::{suggesties, vergelijk, wil_bespreken};
use super::*;
use crate::domain::antwoorden::Antwoord;
use crate::domain::base64url;
use crate::domain::dokument::OntvangenPakket;
use crate::domain::taal::Taal;

const DAG: f64 = 86_400_000.0;
/// 2026-12-01 00:00 UTC.
const DEC_1: f64 = 1_796_083_200_000.0;

fn antwoorden(paren: &[(&str, Antwoord)]) -> BTreeMap<String, Antwoord> {
    paren.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

fn zorgen(keuzes: &[&str], gesprek: &str) -> BTreeMap<String, Antwoord> {
    antwoorden(&[
        ("zor.gedachten", Antwoord::Keuzes(keuzes.iter().map(|s| s.to_string()).collect())),
        ("zor.gesprek", Antwoord::Tekst(gesprek.into())),
    ])
}

fn energie(niveaus: &[(&str, u8)]) -> BTreeMap<String, Antwoord> {
    antwoorden(&[("ene.verdeling", Antwoord::Verdeling(niveaus.iter().map(|(k, v)| (k.to_string(), *v)).collect()))])
}

fn deel(op: f64, kandidaat: Option<&str>, modules: &[(&str, BTreeMap<String, Antwoord>)]) -> DeelInhoud {
    DeelInhoud {
        versie: crate::domain::deelpakket::INHOUD_VERSIE,
        gemaakt_op: op,
        taal: Taal::Nl,
        modules: modules.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
        coach: None,
        naam: None,
        kijk: Vec::new(),
        kandidaat: kandidaat.map(str::to_string),
        week: Some(61),
        beroepen: Vec::new(),
    }
}

fn bewaar(w: &mut Werkplek, id: &str, label: &str, inhoud: DeelInhoud) -> bool {
    w.pas_toe(&Actie::Bewaar {
        id: id.into(),
        label: label.into(),
        gedeeld: Box::new(Gedeeld { ontvangen_op: inhoud.gemaakt_op + 1.0, inhoud }),
    })
}

#[test]
fn a_later_share_with_the_same_candidate_id_is_offered_for_the_same_place_and_kept_in_date_order() {
    let mut w = Werkplek::default();
    let eerste = deel(DEC_1, Some("kand-AAAA-1111"), &[("zorgen", zorgen(&["geld"], "Mijn uren"))]);
    assert_eq!(w.plek_voor(&eerste), Plek::Nieuw);
    assert!(bewaar(&mut w, "p1", "Sam", eerste.clone()));
    assert_eq!(w.plek_voor(&eerste), Plek::AlBewaard("p1".into()), "the same share is recognised");
    let later = deel(DEC_1 + 14.0 * DAG, Some("kand-AAAA-1111"), &[("zorgen", zorgen(&[], "Mijn uren"))]);
    assert_eq!(w.plek_voor(&later), Plek::Voorstel("p1".into()), "offered, not kept by itself");
    assert_eq!(w.kandidaat("p1").unwrap().delen.len(), 1);
    // Another person's share is never offered for Sam's place.
    let ander = deel(DEC_1 + DAG, Some("kand-BBBB-2222"), &[]);
    assert_eq!(w.plek_voor(&ander), Plek::Nieuw);
    // Without an id: only the exact share is recognised.
    let zonder = deel(DEC_1 + 2.0 * DAG, None, &[]);
    assert_eq!(w.plek_voor(&zonder), Plek::Nieuw);
    // The coach says yes; an older share kept afterwards lands in date order.
    assert!(bewaar(&mut w, "p1", "", later.clone()));
    let tussen = deel(DEC_1 + 7.0 * DAG, Some("kand-AAAA-1111"), &[]);
    assert!(bewaar(&mut w, "p1", "", tussen));
    let k = w.kandidaat("p1").unwrap();
    let data: Vec<f64> = k.delen.iter().map(|d| d.inhoud.gemaakt_op).collect();
    assert_eq!(data, vec![DEC_1, DEC_1 + 7.0 * DAG, DEC_1 + 14.0 * DAG]);
    assert_eq!(k.label, "Sam", "a later share does not rename the place");
    assert!(!bewaar(&mut w, "p1", "", later), "the same share twice is kept once");
}

#[test]
fn retention_defaults_to_three_months_after_the_last_share_and_then_proposes_deletion() {
    let mut w = Werkplek::default();
    bewaar(&mut w, "p1", "Sam", deel(DEC_1, None, &[]));
    let k = w.kandidaat("p1").unwrap();
    assert_eq!(k.bewaren_tot().unwrap().iso(), "2027-03-01");
    assert!(!k.verlopen(Datum::parse_iso("2027-03-01").unwrap()));
    assert!(k.verlopen(Datum::parse_iso("2027-03-02").unwrap()));
    assert_eq!(w.te_verwijderen(Datum::parse_iso("2027-03-02").unwrap()).len(), 1);
    // The coach's own date counts; a date that is no date is not kept.
    assert!(w.pas_toe(&Actie::BewarenTot { id: "p1".into(), datum: "2027-06-30".into() }));
    assert!(w.te_verwijderen(Datum::parse_iso("2027-03-02").unwrap()).is_empty());
    assert!(w.pas_toe(&Actie::BewarenTot { id: "p1".into(), datum: "morgen".into() }));
    assert_eq!(w.kandidaat("p1").unwrap().bewaren_tot, "");
    // The end of a month: 30 November plus three months is the last day of February.
    assert_eq!(plus_maanden(Datum::parse_iso("2026-11-30").unwrap(), 3).iso(), "2027-02-28");
}

#[test]
fn notes_contact_lines_labels_and_deleting_one_candidate_with_everything_of_theirs() {
    let mut w = Werkplek::default();
    bewaar(&mut w, "p1", "Sam", deel(DEC_1, None, &[]));
    bewaar(&mut w, "p2", "Alex", deel(DEC_1 + DAG, None, &[]));
    assert!(w.pas_toe(&Actie::Notitie { id: "p1".into(), tekst: "  Vraag naar de uren. \u{7}".into() }));
    assert_eq!(w.kandidaat("p1").unwrap().notitie, "Vraag naar de uren.");
    let regel = Contactregel {
        datum: "2026-12-03".into(),
        met_wie: "Sam en werkgever".into(),
        afspraak: "Proefplaats zoeken".into(),
        volgende_stap: "Bellen op maandag".into(),
    };
    assert!(w.pas_toe(&Actie::Contact { id: "p1".into(), regel: regel.clone() }));
    assert!(
        !w.pas_toe(&Actie::Contact { id: "p1".into(), regel: Contactregel::default() }),
        "an empty line is not kept"
    );
    assert_eq!(w.kandidaat("p1").unwrap().contact, vec![regel]);
    assert!(w.pas_toe(&Actie::Label { id: "p1".into(), label: "Sam B.".into() }));
    assert!(!w.pas_toe(&Actie::Label { id: "p1".into(), label: "   ".into() }), "an empty label is not kept");
    assert_eq!(w.op_label().iter().map(|k| k.label.as_str()).collect::<Vec<_>>(), ["Alex", "Sam B."]);
    assert!(w.pas_toe(&Actie::Verwijder { id: "p1".into() }));
    assert!(w.kandidaat("p1").is_none());
    assert_eq!(w.kandidaten.len(), 1);
    assert!(!w.pas_toe(&Actie::ContactWeg { id: "p2".into(), index: 0 }), "no line to delete");
}

#[test]
fn the_comparison_shows_only_what_changed_and_does_not_compare_a_module_shared_once() {
    let toen =
        deel(DEC_1, None, &[("zorgen", zorgen(&["geld"], "Mijn uren")), ("energie", energie(&[("herstel", 3)]))]);
    let nu = deel(DEC_1 + DAG, None, &[("zorgen", zorgen(&["geld", "wachten"], "Mijn uren"))]);
    let v = vergelijk(&toen, &nu);
    assert_eq!(v.modules.len(), 1);
    let (m, verschillen) = &v.modules[0];
    assert_eq!(m.id, "zorgen");
    assert_eq!(
        verschillen.iter().map(|(q, _, _)| q.id).collect::<Vec<_>>(),
        ["zor.gedachten"],
        "the unchanged wish is not listed"
    );
    assert_eq!(v.niet_beide.iter().map(|m| m.id).collect::<Vec<_>>(), ["energie"], "shared once: not read as a change");
    assert!(!v.niets_anders());
    assert!(vergelijk(&toen, &toen).niets_anders());
}

#[test]
fn suggested_questions_come_from_a_ticked_worry_and_an_energy_area_at_heel_veel_only() {
    let inhoud = deel(
        DEC_1,
        None,
        &[("zorgen", zorgen(&["geld"], "Mijn uren")), ("energie", energie(&[("herstel", 3), ("thuis", 2)]))],
    );
    let s = suggesties(&inhoud);
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].sjabloon, crate::content::werkplek::VRAAG_ZORG);
    assert_eq!(s[0].invulling.nl, "Ik maak me zorgen over geld.");
    assert_eq!(s[1].sjabloon, crate::content::werkplek::VRAAG_ENERGIE);
    assert_eq!(s[1].invulling.nl, "Herstel en behandeling");
    assert_eq!(wil_bespreken(&inhoud), Some("Mijn uren"));
    assert!(suggesties(&deel(DEC_1, None, &[])).is_empty(), "nothing shared, nothing suggested");
}

#[test]
fn the_workspace_round_trips_through_its_json_and_a_newer_schema_is_refused() {
    let mut w = Werkplek { revisie: 7, ..Werkplek::default() };
    bewaar(&mut w, "p1", "Sam", deel(DEC_1, Some("kand-AAAA-1111"), &[("zorgen", zorgen(&["geld"], "Mijn uren"))]));
    w.pas_toe(&Actie::Notitie { id: "p1".into(), tekst: "Notitie".into() });
    let tekst = schrijf(&w);
    assert!(tekst.contains(&format!("\"schema\":{SCHEMA}")), "{tekst}");
    assert_eq!(lees(&tekst), Ok(w.clone()));
    let nieuwer = tekst.replace(&format!("\"schema\":{SCHEMA}"), "\"schema\":99");
    assert_eq!(lees(&nieuwer), Err(LeesFout::NieuwereVersie(99)));
    assert_eq!(lees("{\"revisie\":1}"), Err(LeesFout::Beschadigd));
    assert_eq!(lees("geen json"), Err(LeesFout::Beschadigd));
    // Written by hand (or by an older build of this schema): missing lists are empty,
    // shares come in date order, and one place id is kept once.
    let hand = r#"{"schema":1,"revisie":2,"kandidaten":[
        {"id":"p1","label":"Sam","delen":[
            {"ontvangen_op":5,"inhoud":{"versie":2,"gemaakt_op":20,"taal":"nl","modules":{}}},
            {"ontvangen_op":4,"inhoud":{"versie":2,"gemaakt_op":10,"taal":"nl","modules":{}}}]},
        {"id":"p1","label":"Dubbel"}]}"#;
    let gelezen = lees(hand).unwrap();
    assert_eq!(gelezen.kandidaten.len(), 1);
    let k = &gelezen.kandidaten[0];
    assert_eq!(k.delen.iter().map(|d| d.inhoud.gemaakt_op).collect::<Vec<_>>(), [10.0, 20.0]);
    assert!(k.contact.is_empty() && k.notitie.is_empty() && k.kandidaat_id.is_none());
}

#[test]
fn an_import_adds_what_is_missing_and_keeps_what_is_here() {
    let mut hier = Werkplek::default();
    bewaar(&mut hier, "p1", "Sam", deel(DEC_1, None, &[]));
    hier.pas_toe(&Actie::Notitie { id: "p1".into(), tekst: "Van hier".into() });
    let mut daar = hier.clone();
    bewaar(&mut daar, "p1", "", deel(DEC_1 + DAG, None, &[]));
    daar.pas_toe(&Actie::Notitie { id: "p1".into(), tekst: "Van daar".into() });
    bewaar(&mut daar, "p2", "Alex", deel(DEC_1, None, &[]));
    assert!(hier.pas_toe(&Actie::VoegSamen(Box::new(daar.clone()))));
    assert_eq!(hier.kandidaten.len(), 2);
    assert_eq!(hier.kandidaat("p1").unwrap().delen.len(), 2);
    assert_eq!(hier.kandidaat("p1").unwrap().notitie, "Van hier");
    assert!(!hier.pas_toe(&Actie::VoegSamen(Box::new(daar))), "twice changes nothing");
}

#[test]
fn a_copy_kept_the_old_way_becomes_a_place_with_its_label_and_its_share() {
    let kopie = OntvangenPakket {
        bewaard_op: DEC_1 + 5.0,
        label: "Sam".into(),
        gemaakt_op: DEC_1,
        taal: Taal::En,
        modules: [("zorgen".to_string(), zorgen(&["geld"], "x"))].into_iter().collect(),
        kijk: Vec::new(),
        beroepen: Vec::new(),
    };
    let mut w = Werkplek::default();
    assert!(w.pas_toe(&uit_kopie(&kopie, "p9")));
    let k = w.kandidaat("p9").unwrap();
    assert_eq!((k.label.as_str(), k.delen.len()), ("Sam", 1));
    assert_eq!(k.delen[0].inhoud.modules, kopie.modules);
    assert_eq!(k.delen[0].inhoud.taal, Taal::En);
}

// ----- The locked frame (kluis) -----------------------------------------------------------------------

/// A stand-in for AES-GCM: the real one runs in the browser. XOR with the iv,
/// and a tag that is the sum of the bytes, so the frame's tests can see a
/// changed byte without WebCrypto.
fn stand_in(iv: &[u8], data: &[u8]) -> Vec<u8> {
    let mut uit: Vec<u8> = data.iter().enumerate().map(|(i, b)| b ^ iv[i % iv.len()]).collect();
    let som = data.iter().fold(0u8, |s, b| s.wrapping_add(*b));
    uit.extend(std::iter::repeat_n(som, crate::domain::envelop::TAG));
    uit
}

fn stand_in_terug(iv: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    let (geheim, tag) = data.split_at(data.len().checked_sub(crate::domain::envelop::TAG)?);
    let klaar: Vec<u8> = geheim.iter().enumerate().map(|(i, b)| b ^ iv[i % iv.len()]).collect();
    let som = klaar.iter().fold(0u8, |s, b| s.wrapping_add(*b));
    tag.iter().all(|t| *t == som).then_some(klaar)
}

fn voorbeeld_kluis(w: &Werkplek) -> Kluis {
    let iv = [3u8; 12];
    Kluis {
        revisie: w.revisie,
        iteraties: kluis::ITERATIES,
        salt: [9; 16],
        iv,
        data: stand_in(&iv, &kluis::klaartekst(w)),
    }
}

#[test]
fn the_locked_frame_round_trips_and_holds_no_readable_label_or_answer() {
    let mut w = Werkplek { revisie: 3, ..Werkplek::default() };
    bewaar(&mut w, "p1", "Sam Jansen", deel(DEC_1, None, &[("zorgen", zorgen(&["geld"], "Mijn uren"))]));
    let k = voorbeeld_kluis(&w);
    let tekst = kluis::maak(&k);
    assert!(!tekst.contains("Sam") && !tekst.contains("uren") && !tekst.contains("zorgen"), "{tekst}");
    const { assert!(kluis::ITERATIES >= 600_000) };
    let gelezen = kluis::lees(&tekst).unwrap();
    assert_eq!(gelezen, k);
    let klaar = stand_in_terug(&gelezen.iv, &gelezen.data).unwrap();
    assert_eq!(kluis::lees_klaartekst(&klaar), Ok(w));
}

#[test]
fn a_changed_frame_is_refused_and_only_a_workspace_frame_is_read() {
    let w = Werkplek::default();
    let k = voorbeeld_kluis(&w);
    let tekst = kluis::maak(&k);
    // A changed byte of the ciphertext: the tag no longer fits.
    let mut anders = k.clone();
    anders.data[0] ^= 1;
    let gelezen = kluis::lees(&kluis::maak(&anders)).unwrap();
    assert_eq!(stand_in_terug(&gelezen.iv, &gelezen.data), None);
    // Fewer rounds than this version writes: changed, not read.
    let zwak = tekst.replace("\"iteraties\":600000", "\"iteraties\":1000");
    assert_eq!(kluis::lees(&zwak), Err(KluisFout::Beschadigd));
    assert_eq!(kluis::lees(&tekst.replace("\"versie\":1", "\"versie\":2")), Err(KluisFout::NieuwereVersie));
    assert_eq!(kluis::lees(&tekst.replace("\"versie\":1", "\"versie\":0")), Err(KluisFout::Beschadigd));
    let kort_iv = tekst.replace(&base64url::codeer(&k.iv), &base64url::codeer(&[3u8; 8]));
    assert_eq!(kluis::lees(&kort_iv), Err(KluisFout::Beschadigd));
    assert_eq!(kluis::lees("{\"formaat\":\"spoorwijzer-bewaarbestand\"}"), Err(KluisFout::GeenKluis));
    assert_eq!(kluis::lees("niets"), Err(KluisFout::GeenKluis));
    assert_eq!(kluis::lees(&"x".repeat(kluis::MAX_TEKENS + 1)), Err(KluisFout::TeGroot));
}
