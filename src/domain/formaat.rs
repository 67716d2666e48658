//! The stored and shared formats, held against copies written by earlier builds.
//!
//! The files in `formaat/` were written by the build that still used serde_json
//! (commit 92273b0), from the values below: a document with every field and
//! every kind of answer, a shared package, an invitation, a reply and a coach
//! link. Whatever writes and reads JSON in the app must read each of them back
//! to exactly these values, and write these values as JSON that means the same.
//! Never regenerate these files: they stand for what people already have.

use std::collections::BTreeMap;

use super::antwoorden::{Antwoord, ModuleStand, Momentopname};
use super::coach::CoachInstellingen;
use super::deelpakket::{self, DeelInhoud};
use super::dokument::{Dokument, Instellingen, OntvangenPakket, TijdlijnInvoer};
use super::json::Json;
use super::kijk::{self, KijkAntwoord, KijkInhoud, Spiegel, Uitnodiging};
use super::taal::{Taal, Tekstgrootte};
use super::versie::{Veld, Versie};

/// Text that needs every kind of escaping JSON has.
const LASTIG: &str = "Zeg \"ja\" \\ nee\n\ttab \u{1}\u{1f} é ✓ 🙂 </script> \u{2028}";

fn kaart<T: Clone>(paren: &[(&str, T)]) -> BTreeMap<String, T> {
    paren.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

fn alle_antwoorden() -> BTreeMap<String, Antwoord> {
    kaart(&[
        ("a.schaal", Antwoord::Schaal(4)),
        ("a.weetniet", Antwoord::WeetNiet),
        ("a.keuze", Antwoord::Keuze("optie-1".into())),
        ("a.keuzes", Antwoord::Keuzes(vec!["x".into(), "y".into()])),
        ("a.volgorde", Antwoord::Volgorde(vec!["k3".into(), "k1".into()])),
        ("a.tekst", Antwoord::Tekst(LASTIG.into())),
        ("a.getal", Antwoord::Getal(36)),
        ("a.lijst", Antwoord::Lijst(vec!["één".into(), String::new()])),
        ("a.verdeling", Antwoord::Verdeling(kaart(&[("herstel", 3u8), ("thuis", 0)]))),
        ("a.leeg", Antwoord::Keuzes(Vec::new())),
    ])
}

fn spiegel() -> Spiegel {
    Spiegel {
        kwaliteiten: vec!["geduldig".into()],
        kwaliteiten_woorden: vec!["rustig".into(), LASTIG.into()],
        goed_in: vec!["luisteren".into()],
        energie: vec!["buiten".into()],
        boodschap: "Je kunt meer dan je denkt.".into(),
    }
}

pub(crate) fn kijk_antwoord() -> KijkAntwoord {
    KijkAntwoord {
        id: "r-1".into(),
        uitnodiging: "u-1".into(),
        label: "Mijn zus".into(),
        gemaakt_op: 1_733_000_000_123.0,
        bewaard_op: 1_733_000_100_000.0,
        spiegel: spiegel(),
    }
}

fn coach() -> CoachInstellingen {
    CoachInstellingen {
        praktijk: "Praktijk De Brug".into(),
        welkom: "Welkom!\nFijn dat je er bent.".into(),
        contact: "06-12345678".into(),
        modules: vec!["wie-ben-ik".into(), "energie".into()],
        taal: Some(Taal::En),
        accent: Some("#1a5c7a".into()),
        verborgen: true,
    }
}

pub(crate) fn vol_dokument() -> Dokument {
    let stand = ModuleStand {
        antwoorden: alle_antwoorden(),
        positie: Some("a.tekst".into()),
        delen_klaar: vec!["deel-1".into()],
        afgerond_op: Some(1_732_000_000_000.0),
        momentopnames: vec![Momentopname { op_ms: 1_731_000_000_000.5, antwoorden: alle_antwoorden() }],
    };
    Dokument {
        schema: super::dokument::SCHEMA,
        revisie: 42,
        bewaard_op: Some(1_733_000_000_000.0),
        instellingen: Instellingen {
            taal: Some(Taal::En),
            tekstgrootte: Tekstgrootte::Groter,
            ..Instellingen::default()
        },
        modules: kaart(&[("wie-ben-ik", stand), ("leeg", ModuleStand::default())]),
        tijdlijn: TijdlijnInvoer {
            eerste_ziektedag: "2025-01-06".into(),
            herstel: vec![("2025-02-01".into(), "2025-02-10".into())],
            eerstejaarsevaluatie: "2025-12-01".into(),
            vervroegde_iva: String::new(),
            einde_dienstverband: "2026-13-45".into(),
            loonsanctie_weken: "12".into(),
            verlenging_weken: "abc".into(),
            verlof: vec![(String::new(), String::new())],
        },
        coach: Some(coach()),
        ontvangen: vec![OntvangenPakket {
            bewaard_op: 1_732_500_000_000.0,
            label: LASTIG.into(),
            gemaakt_op: 1_732_400_000_000.0,
            taal: Taal::Nl,
            modules: kaart(&[("energie", alle_antwoorden())]),
            kijk: vec![kijk_antwoord()],
            beroepen: Vec::new(),
        }],
        uitnodigingen: vec![uitnodiging()],
        kijk: vec![kijk_antwoord()],
        laatste_module: Some("wie-ben-ik".into()),
        // The copies of schema 3 also hold the tabs' marks of that model
        // (`schrijvers`), which schema 4 drops on reading.
        generatie: String::new(),
        kandidaat: None,
        versies: BTreeMap::new(),
        // Schema 5 (issue 27); no copy of an earlier build has them.
        beroepen: Vec::new(),
        // Sessions came after schema 4, in no copy written before them.
        sessies: Default::default(),
    }
}

/// The same as schema 4 writes it: with a generation and versions per field.
pub(crate) fn vol_dokument_4() -> Dokument {
    let versie = |t: u64, tab: &str| Versie { t, tab: tab.into() };
    Dokument {
        generatie: "18f2a9c4d1e-5b3c9a01".into(),
        versies: [
            (Veld::Taal, versie(1_733_000_000_001, "tab-a")),
            (Veld::Antwoord("wie-ben-ik".into(), "a.tekst".into()), versie(1_733_000_000_002, "tab-b")),
            // A removed answer: its version stays, its value is gone.
            (Veld::Antwoord("wie-ben-ik".into(), "a/weg".into()), versie(1_733_000_000_003, "tab-b")),
            (Veld::Kijk("r-1".into()), versie(1_733_000_000_004, "tab-a")),
        ]
        .into_iter()
        .collect(),
        ..vol_dokument()
    }
}

pub(crate) fn uitnodiging() -> Uitnodiging {
    Uitnodiging {
        id: "u-1".into(),
        naam: Some("Sanne".into()),
        delen: vec!["kwaliteiten".into(), "boodschap".into()],
        taal: Taal::Nl,
        gemaakt_op: 1_732_900_000_000.0,
    }
}

fn kijk_inhoud() -> KijkInhoud {
    KijkInhoud {
        versie: 1,
        uitnodiging: "u-1".into(),
        id: "r-1".into(),
        gemaakt_op: 1_733_000_000_123.0,
        taal: Taal::En,
        van: Some("Anna".into()),
        spiegel: spiegel(),
    }
}

fn deel_inhoud() -> DeelInhoud {
    DeelInhoud {
        versie: deelpakket::INHOUD_VERSIE,
        gemaakt_op: 1_733_000_000_000.0,
        taal: Taal::En,
        modules: kaart(&[("wie-ben-ik", alle_antwoorden())]),
        coach: Some(CoachInstellingen { verborgen: false, ..coach() }),
        naam: Some("Sanne".into()),
        kijk: vec![kijk_antwoord()],
        // Earlier builds wrote neither (they came with the coach's workspace).
        kandidaat: None,
        week: None,
        beroepen: Vec::new(),
    }
}

/// The same values with every optional part left out, as most people's data is.
fn kaal() -> (Dokument, DeelInhoud, Uitnodiging, KijkInhoud) {
    (
        Dokument::default(),
        DeelInhoud { coach: None, naam: None, kijk: Vec::new(), modules: BTreeMap::new(), ..deel_inhoud() },
        Uitnodiging { naam: None, ..uitnodiging() },
        KijkInhoud { van: None, spiegel: Spiegel::default(), ..kijk_inhoud() },
    )
}

fn bestand(naam: &str) -> String {
    let pad = format!("{}/src/domain/formaat/{naam}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&pad).unwrap_or_else(|_| panic!("{pad} is missing"))
}

/// Two JSON texts that mean the same (key order and spacing aside).
fn zelfde_json(a: &str, b: &str) -> bool {
    let lees = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
    lees(a) == lees(b)
}

const MODULES: [&str; 2] = ["wie-ben-ik", "energie"];

fn coach_json(code: &str) -> String {
    String::from_utf8(super::base64url::decodeer(code).expect("base64url")).expect("UTF-8")
}

#[test]
fn documents_written_by_earlier_builds_read_back_exactly() {
    let (kaal, ..) = kaal();
    for (naam, waarde) in [("dokument-vol.json", vol_dokument()), ("dokument-kaal.json", kaal)] {
        let oud = bestand(naam);
        assert_eq!(Dokument::uit_json(&oud), Ok(waarde.clone()), "{naam}");
    }
}

/// `dokument-4-*.json` were written by the first build of schema 4 (issue 22).
#[test]
fn documents_of_schema_4_read_back_exactly_and_are_written_the_same() {
    let (kaal, ..) = kaal();
    for (naam, waarde) in [("dokument-4-vol.json", vol_dokument_4()), ("dokument-4-kaal.json", kaal)] {
        let oud = bestand(naam);
        assert_eq!(Dokument::uit_json(&oud), Ok(waarde.clone()), "{naam}");
        // Written back the same but for the schema's number (5 since issue 27 added kept occupations).
        let oud = oud.replace("\"schema\":4", &format!("\"schema\":{}", super::dokument::SCHEMA));
        assert!(zelfde_json(&waarde.naar_json(), &oud), "{naam}: written differently:\n{}", waarde.naar_json());
    }
}

#[test]
fn shared_packages_invitations_and_replies_of_earlier_builds_read_back_exactly() {
    let (_, pakket, uitn, antw) = kaal();
    for (naam, waarde) in [("pakket-vol.json", deel_inhoud()), ("pakket-kaal.json", pakket)] {
        let oud = bestand(naam);
        assert_eq!(deelpakket::lees_inhoud(&oud), Ok(waarde.clone()), "{naam}");
        let nieuw = String::from_utf8(deelpakket::json(&waarde)).unwrap();
        assert!(zelfde_json(&nieuw, &oud), "{naam}: written differently:\n{nieuw}");
    }
    for (naam, waarde) in [("uitnodiging-vol.json", uitnodiging()), ("uitnodiging-kaal.json", uitn)] {
        let oud = bestand(naam);
        assert_eq!(kijk::uit_json::<Uitnodiging>(oud.as_bytes()), Some(waarde.clone()), "{naam}");
        assert!(zelfde_json(std::str::from_utf8(&kijk::naar_json(&waarde)).unwrap(), &oud), "{naam}");
    }
    for (naam, waarde) in [("antwoord-vol.json", kijk_inhoud()), ("antwoord-kaal.json", antw)] {
        let oud = bestand(naam);
        assert_eq!(kijk::uit_json::<KijkInhoud>(oud.as_bytes()), Some(waarde.clone()), "{naam}");
        assert!(zelfde_json(std::str::from_utf8(&kijk::naar_json(&waarde)).unwrap(), &oud), "{naam}");
    }
}

#[test]
fn coach_links_of_earlier_builds_open_with_the_same_settings() {
    let oud = bestand("coach-link.txt");
    let oud = oud.trim();
    let verwacht = coach().opgeschoond(&MODULES);
    assert_eq!(super::coach::decodeer(oud, &MODULES), Ok(verwacht));
    assert!(zelfde_json(&coach_json(&coach().codeer(&MODULES)), &coach_json(oud)));
}

/// Each object's keys in the order they were written, nested ones included.
/// `versies` is a map keyed by field, written in the field's order, which was
/// never the files' order: its own keys are left out.
fn sleutels_op_volgorde(w: &Json, pad: &str, uit: &mut Vec<String>) {
    match w {
        Json::Object(o) => {
            uit.push(format!("{pad}: {}", o.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(",")));
            for (k, v) in o.iter().filter(|(k, _)| *k != "versies") {
                sleutels_op_volgorde(v, &format!("{pad}/{k}"), uit);
            }
        }
        Json::Lijst(l) => {
            for (i, v) in l.iter().enumerate() {
                sleutels_op_volgorde(v, &format!("{pad}/{i}"), uit);
            }
        }
        _ => {}
    }
}

fn volgorde(tekst: &str) -> Vec<String> {
    let mut uit = Vec::new();
    sleutels_op_volgorde(&Json::lees(tekst.trim_end()).expect("JSON"), "", &mut uit);
    uit
}

/// Fields are written in the order earlier builds wrote them, so a coach link
/// made today is the same text as before (and a changed order is seen here;
/// the tests above compare meaning only).
#[test]
fn fields_are_written_in_the_order_earlier_builds_wrote_them() {
    let (kaal, pakket, uitn, antw) = kaal();
    let mut paren: Vec<(&str, String)> = Vec::new();
    paren.push(("dokument-4-vol.json", vol_dokument_4().naar_json()));
    paren.push(("dokument-4-kaal.json", kaal.naar_json()));
    for (naam, w) in [("pakket-vol.json", deel_inhoud()), ("pakket-kaal.json", pakket)] {
        paren.push((naam, String::from_utf8(deelpakket::json(&w)).unwrap()));
    }
    for (naam, w) in [("uitnodiging-vol.json", uitnodiging()), ("uitnodiging-kaal.json", uitn)] {
        paren.push((naam, String::from_utf8(kijk::naar_json(&w)).unwrap()));
    }
    for (naam, w) in [("antwoord-vol.json", kijk_inhoud()), ("antwoord-kaal.json", antw)] {
        paren.push((naam, String::from_utf8(kijk::naar_json(&w)).unwrap()));
    }
    for (naam, nieuw) in &paren {
        let (nieuw, oud) = (volgorde(nieuw), volgorde(&bestand(naam)));
        assert_eq!(nieuw.len(), oud.len(), "{naam}");
        let verschil = nieuw.iter().zip(&oud).find(|(n, o)| n != o);
        assert_eq!(verschil, None, "{naam}: (written now, written before)");
    }
    let oud = bestand("coach-link.txt");
    assert_eq!(coach().codeer(&MODULES), oud.trim(), "the coach link is the same text");
}
