//! Issue 28: the random candidate id. Made once on the device, kept in the
//! person's document so every later share carries it, kept through a reload,
//! another tab and a save file, and forgotten by "Wis al mijn gegevens".

use super::bewaren::{self, geheugen::Geheugen, Bewaarstand, Tabblad};
use super::deelpakket::{self, Deelkeuze};
use super::dokument::{Actie, Dokument, Importmanier};
use super::taal::Taal;
use super::versie;
use crate::content::modules::MODULES;

const ID: &str = "k7Qx2-Lm_90aZbC1dE2fGg";

fn met_antwoord() -> Dokument {
    let mut d = Dokument::default();
    d.pas_toe(&Actie::Beantwoord {
        module: "wie-ben-ik".into(),
        vraag: "wbi.kwaliteiten.eigen".into(),
        antwoord: Some(crate::domain::antwoorden::Antwoord::Lijst(vec!["Geduld".into()])),
    });
    d
}

fn deel(d: &Dokument, week: Option<u32>) -> deelpakket::DeelInhoud {
    let keuze =
        Deelkeuze { modules: ["wie-ben-ik".to_string()].into(), eigen_woorden: true, week, ..Deelkeuze::default() };
    deelpakket::maak(d, &keuze, &MODULES, Taal::Nl, 1.0)
}

#[test]
fn the_id_is_made_once_and_every_share_carries_the_same() {
    let mut d = met_antwoord();
    assert_eq!(deel(&d, None).kandidaat, None, "no id before the first share");
    assert!(d.pas_toe(&Actie::ZetKandidaat(ID.into())));
    // A second id (another tab that made one at the same moment) does not replace it.
    assert!(!d.pas_toe(&Actie::ZetKandidaat("ander-id-0123456789".into())));
    assert_eq!(d.kandidaat.as_deref(), Some(ID));
    let (een, twee) = (deel(&d, None), deel(&d, Some(61)));
    assert_eq!(een.kandidaat.as_deref(), Some(ID));
    assert_eq!(twee.kandidaat, een.kandidaat, "the same id in every share");
}

#[test]
fn the_id_survives_a_reload_another_tab_and_a_save_file() {
    let mut d = met_antwoord();
    d.doe(&Actie::ZetKandidaat(ID.into()), "tab-a", 10.0);
    let terug = Dokument::uit_json(&d.naar_json()).expect("the document reads back");
    assert_eq!(terug.kandidaat.as_deref(), Some(ID));
    // Another tab that never saw it merges it in, field by field.
    let ander = met_antwoord();
    assert_eq!(versie::voeg_samen(&ander, &d).kandidaat.as_deref(), Some(ID));
    assert_eq!(versie::voeg_samen(&d, &ander).kandidaat.as_deref(), Some(ID));
    // A save file: merged into an empty device, or replacing one, it brings the id along;
    // an older file without one keeps the id of this device.
    let mut nieuw = Dokument::default();
    nieuw.pas_toe(&Actie::Importeer { dokument: Box::new(d.clone()), manier: Importmanier::Samenvoegen });
    assert_eq!(nieuw.kandidaat.as_deref(), Some(ID));
    let mut hier = d.clone();
    hier.pas_toe(&Actie::Importeer { dokument: Box::new(met_antwoord()), manier: Importmanier::Vervangen });
    assert_eq!(hier.kandidaat.as_deref(), Some(ID));
}

#[test]
fn wiping_everything_forgets_the_id_so_a_wiped_person_is_new() {
    let opslag = Geheugen::default();
    let mut tab = Tabblad::nieuw("tab-a");
    let start = bewaren::opstarten(&opslag, 1.0, tab.clone()).dokument;
    let w = bewaren::wijzig(&opslag, Bewaarstand::Normaal, &start, &Actie::ZetKandidaat(ID.into()), 2.0, &mut tab);
    assert_eq!(w.dokument.kandidaat.as_deref(), Some(ID));
    let herladen = bewaren::opstarten(&opslag, 3.0, Tabblad::nieuw("tab-b")).dokument;
    assert_eq!(herladen.kandidaat.as_deref(), Some(ID), "kept on the device");
    let gewist = bewaren::wis_alles(&opslag, "generatie-2", &mut tab).expect("wiped");
    assert_eq!(gewist.kandidaat, None);
    let daarna = bewaren::opstarten(&opslag, 4.0, Tabblad::nieuw("tab-c")).dokument;
    assert_eq!(daarna.kandidaat, None, "nothing of the id is left in storage");
    assert!(!opslag.kaart.borrow().values().any(|w| w.contains(ID)), "{:?}", opslag.kaart.borrow());
}

/// The week goes along only when ticked, as a number; the first sick day never does.
#[test]
fn the_week_goes_along_only_when_ticked_and_never_the_date() {
    let mut d = met_antwoord();
    d.tijdlijn.eerste_ziektedag = "2026-01-05".into();
    assert_eq!(deel(&d, None).week, None, "unticked by default: no week");
    let met = deel(&d, Some(61));
    assert_eq!(met.week, Some(61));
    let json = String::from_utf8(deelpakket::json(&met)).unwrap();
    assert!(json.contains("\"week\":61"), "{json}");
    for datum in ["2026-01-05", "2026", "tijdlijn", "eerste_ziektedag"] {
        assert!(!json.contains(datum), "the share holds {datum}: {json}");
    }
    // A week alone is something to share; a nonsense week is not.
    let alleen_week = deelpakket::maak(
        &Dokument::default(),
        &Deelkeuze { week: Some(61), ..Deelkeuze::default() },
        &MODULES,
        Taal::Nl,
        1.0,
    );
    assert!(!alleen_week.is_leeg());
    assert_eq!(deel(&d, Some(0)).week, None);
    assert_eq!(deel(&d, Some(100_000)).week, None);
}
