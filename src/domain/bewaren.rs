//! The rules for keeping the document: never lose work, never overwrite newer work.
//!
//! The rules are written against [`Sleutelopslag`], a small key–value trait, so
//! they are tested natively with an in-memory store (including one that throws
//! and one that is full). The browser adapter in `services::opslag` implements
//! the same trait over `localStorage` and is tested in a real browser.

use super::dokument::{Actie, Dokument, LeesFout};

/// Every key this app writes starts with this, so "delete everything" removes
/// exactly ours and nothing of other apps on the same site.
pub const VOORVOEGSEL: &str = "spoorwijzer.";
pub const SLEUTEL_DOKUMENT: &str = "spoorwijzer.document";
/// A tiny copy of the document's revision, so a write can check for a newer
/// copy from another tab without parsing the whole document.
pub const SLEUTEL_REVISIE: &str = "spoorwijzer.revisie";
pub const VOORVOEGSEL_RESERVE: &str = "spoorwijzer.reservekopie.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpslagFout {
    /// Storage is not there or throws (private mode, blocked cookies, sandbox).
    Geblokkeerd,
    /// The quota is used up.
    Vol,
}

pub trait Sleutelopslag {
    fn lees(&self, sleutel: &str) -> Result<Option<String>, OpslagFout>;
    fn schrijf(&self, sleutel: &str, waarde: &str) -> Result<(), OpslagFout>;
    fn verwijder(&self, sleutel: &str) -> Result<(), OpslagFout>;
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout>;
}

/// How keeping works during this visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bewaarstand {
    /// Every change is written to the device.
    Normaal,
    /// Nothing can be written; work lives in memory only.
    AlleenGeheugen,
}

/// What the person must be told at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Startmelding {
    /// Storage throws: the app works, but nothing is kept.
    Geblokkeerd,
    /// Unreadable data was moved aside under `sleutel`; the app starts clean.
    Reservekopie { sleutel: String, ruw: String, reden: LeesFout },
    /// Unreadable data could not be copied aside, so it was left in place and
    /// nothing new is written over it.
    ReservekopieMislukt { ruw: String, reden: LeesFout },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Opstart {
    pub dokument: Dokument,
    pub stand: Bewaarstand,
    pub melding: Option<Startmelding>,
}

/// Read the document at start. Never throws work away: anything unreadable is
/// kept aside, byte for byte, before the app starts clean.
pub fn opstarten(opslag: &dyn Sleutelopslag, nu_ms: f64) -> Opstart {
    let ruw = match opslag.lees(SLEUTEL_DOKUMENT) {
        Ok(Some(ruw)) => ruw,
        Ok(None) => return Opstart { dokument: Dokument::default(), stand: Bewaarstand::Normaal, melding: None },
        Err(_) => {
            return Opstart {
                dokument: Dokument::default(),
                stand: Bewaarstand::AlleenGeheugen,
                melding: Some(Startmelding::Geblokkeerd),
            }
        }
    };
    let reden = match Dokument::uit_json(&ruw) {
        Ok(dokument) => return Opstart { dokument, stand: Bewaarstand::Normaal, melding: None },
        Err(reden) => reden,
    };
    let sleutel = format!("{VOORVOEGSEL_RESERVE}{}", nu_ms.max(0.0) as u64);
    // Only once the copy is safely written may the original key be reused.
    let gekopieerd =
        opslag.schrijf(&sleutel, &ruw).is_ok() && opslag.lees(&sleutel).ok().flatten().as_deref() == Some(ruw.as_str());
    if gekopieerd {
        let _ = opslag.verwijder(SLEUTEL_DOKUMENT);
        let _ = opslag.verwijder(SLEUTEL_REVISIE);
        Opstart {
            dokument: Dokument::default(),
            stand: Bewaarstand::Normaal,
            melding: Some(Startmelding::Reservekopie { sleutel, ruw, reden }),
        }
    } else {
        Opstart {
            dokument: Dokument::default(),
            stand: Bewaarstand::AlleenGeheugen,
            melding: Some(Startmelding::ReservekopieMislukt { ruw, reden }),
        }
    }
}

/// The result of one change.
#[derive(Debug, Clone, PartialEq)]
pub struct Wijziging {
    pub dokument: Dokument,
    /// `None` when nothing needed writing (no change, or memory-only).
    pub bewaard: Option<Result<(), OpslagFout>>,
}

fn opgeslagen_revisie(opslag: &dyn Sleutelopslag) -> Option<u64> {
    opslag.lees(SLEUTEL_REVISIE).ok().flatten().and_then(|r| r.trim().parse().ok())
}

/// The stored document if another tab wrote a newer one than `huidig`.
pub fn nieuwer_opgeslagen(opslag: &dyn Sleutelopslag, huidig: &Dokument) -> Option<Dokument> {
    let revisie = opgeslagen_revisie(opslag)?;
    if revisie <= huidig.revisie {
        return None;
    }
    let ruw = opslag.lees(SLEUTEL_DOKUMENT).ok().flatten()?;
    Dokument::uit_json(&ruw).ok().filter(|d| d.revisie > huidig.revisie)
}

/// Apply one change and write it. If another tab saved a newer document in the
/// meantime, the change is applied on top of that one, so neither tab
/// overwrites the other's newer work.
pub fn wijzig(
    opslag: &dyn Sleutelopslag,
    stand: Bewaarstand,
    huidig: &Dokument,
    actie: &Actie,
    nu_ms: f64,
) -> Wijziging {
    let (mut dokument, gezien) = match stand {
        Bewaarstand::Normaal => match nieuwer_opgeslagen(opslag, huidig) {
            Some(nieuwer) => {
                let r = nieuwer.revisie;
                (nieuwer, r)
            }
            None => (huidig.clone(), opgeslagen_revisie(opslag).unwrap_or(0)),
        },
        Bewaarstand::AlleenGeheugen => (huidig.clone(), 0),
    };
    if !dokument.pas_toe(actie) {
        return Wijziging { dokument, bewaard: None };
    }
    dokument.nieuwe_revisie(gezien, nu_ms);
    let bewaard = match stand {
        Bewaarstand::AlleenGeheugen => None,
        Bewaarstand::Normaal => Some(schrijf_dokument(opslag, &dokument)),
    };
    Wijziging { dokument, bewaard }
}

fn schrijf_dokument(opslag: &dyn Sleutelopslag, dokument: &Dokument) -> Result<(), OpslagFout> {
    opslag.schrijf(SLEUTEL_DOKUMENT, &dokument.naar_json())?;
    opslag.schrijf(SLEUTEL_REVISIE, &dokument.revisie.to_string())
}

/// Remove every key of this app (and only those).
pub fn wis_alles(opslag: &dyn Sleutelopslag) -> Result<(), OpslagFout> {
    for sleutel in opslag.sleutels()? {
        if sleutel.starts_with(VOORVOEGSEL) {
            opslag.verwijder(&sleutel)?;
        }
    }
    Ok(())
}

/// Backups kept aside earlier, newest first.
pub fn reservekopieen(opslag: &dyn Sleutelopslag) -> Vec<String> {
    let mut sleutels: Vec<String> =
        opslag.sleutels().unwrap_or_default().into_iter().filter(|s| s.starts_with(VOORVOEGSEL_RESERVE)).collect();
    sleutels.sort_by(|a, b| b.cmp(a));
    sleutels
}

#[cfg(test)]
pub mod geheugen {
    //! In-memory stores for tests: a normal one, one that throws, one that fills up.
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    #[derive(Default)]
    pub struct Geheugen {
        pub kaart: RefCell<BTreeMap<String, String>>,
        /// When set, writes beyond this many bytes in total fail with `Vol`.
        pub limiet: Option<usize>,
        pub kapot: bool,
    }

    impl Sleutelopslag for Geheugen {
        fn lees(&self, s: &str) -> Result<Option<String>, OpslagFout> {
            if self.kapot {
                return Err(OpslagFout::Geblokkeerd);
            }
            Ok(self.kaart.borrow().get(s).cloned())
        }
        fn schrijf(&self, s: &str, w: &str) -> Result<(), OpslagFout> {
            if self.kapot {
                return Err(OpslagFout::Geblokkeerd);
            }
            if let Some(limiet) = self.limiet {
                let totaal: usize =
                    self.kaart.borrow().iter().filter(|(k, _)| k.as_str() != s).map(|(k, v)| k.len() + v.len()).sum();
                if totaal + s.len() + w.len() > limiet {
                    return Err(OpslagFout::Vol);
                }
            }
            self.kaart.borrow_mut().insert(s.to_string(), w.to_string());
            Ok(())
        }
        fn verwijder(&self, s: &str) -> Result<(), OpslagFout> {
            if self.kapot {
                return Err(OpslagFout::Geblokkeerd);
            }
            self.kaart.borrow_mut().remove(s);
            Ok(())
        }
        fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
            if self.kapot {
                return Err(OpslagFout::Geblokkeerd);
            }
            Ok(self.kaart.borrow().keys().cloned().collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::geheugen::Geheugen;
    use super::*;
    use crate::domain::taal::{Taal, Tekstgrootte};

    #[test]
    fn a_change_is_written_and_read_back_at_the_next_start() {
        let opslag = Geheugen::default();
        let start = opstarten(&opslag, 1.0);
        assert_eq!(start.melding, None);
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2.0);
        assert_eq!(w.bewaard, Some(Ok(())));
        let opnieuw = opstarten(&opslag, 3.0);
        assert_eq!(opnieuw.dokument.instellingen.taal, Some(Taal::En));
        assert_eq!(opnieuw.dokument.bewaard_op, Some(2.0));
    }

    #[test]
    fn corrupt_data_is_kept_aside_byte_for_byte_and_the_app_starts_clean() {
        let opslag = Geheugen::default();
        opslag.schrijf(SLEUTEL_DOKUMENT, "{kapot").unwrap();
        let start = opstarten(&opslag, 1234.0);
        let Some(Startmelding::Reservekopie { sleutel, ruw, reden }) = start.melding else {
            panic!("expected a backup notice, got {:?}", start.melding)
        };
        assert_eq!(reden, LeesFout::GeenJson);
        assert_eq!(ruw, "{kapot");
        assert_eq!(opslag.lees(&sleutel).unwrap().as_deref(), Some("{kapot"));
        assert_eq!(start.dokument, Dokument::default());
        assert_eq!(start.stand, Bewaarstand::Normaal);
        assert_eq!(reservekopieen(&opslag), vec![sleutel]);
        // The next change is written without touching the backup.
        wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2000.0);
        assert_eq!(reservekopieen(&opslag).len(), 1);
    }

    #[test]
    fn data_from_a_newer_app_is_kept_aside_too() {
        let opslag = Geheugen::default();
        opslag.schrijf(SLEUTEL_DOKUMENT, r#"{"schema":999}"#).unwrap();
        let start = opstarten(&opslag, 1.0);
        assert!(matches!(start.melding, Some(Startmelding::Reservekopie { reden: LeesFout::NieuwereVersie(999), .. })));
    }

    #[test]
    fn when_no_backup_can_be_made_the_original_is_never_overwritten() {
        // Room for the corrupt document, not for a second copy of it.
        let opslag = Geheugen { limiet: Some(60), ..Geheugen::default() };
        let ruw = "x".repeat(30);
        opslag.schrijf(SLEUTEL_DOKUMENT, &ruw).unwrap();
        let start = opstarten(&opslag, 1.0);
        assert!(matches!(start.melding, Some(Startmelding::ReservekopieMislukt { .. })));
        assert_eq!(start.stand, Bewaarstand::AlleenGeheugen);
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2.0);
        assert_eq!(w.bewaard, None);
        assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap(), Some(ruw));
    }

    #[test]
    fn storage_that_throws_leaves_a_working_app_in_memory() {
        let opslag = Geheugen { kapot: true, ..Geheugen::default() };
        let start = opstarten(&opslag, 1.0);
        assert_eq!(start.melding, Some(Startmelding::Geblokkeerd));
        assert_eq!(start.stand, Bewaarstand::AlleenGeheugen);
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTekstgrootte(Tekstgrootte::Groot), 2.0);
        assert_eq!(w.dokument.instellingen.tekstgrootte, Tekstgrootte::Groot);
        assert_eq!(w.bewaard, None);
    }

    #[test]
    fn a_full_storage_is_reported_and_the_change_stays_in_memory() {
        let opslag = Geheugen { limiet: Some(10), ..Geheugen::default() };
        let start = opstarten(&opslag, 1.0);
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2.0);
        assert_eq!(w.bewaard, Some(Err(OpslagFout::Vol)));
        assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
    }

    #[test]
    fn a_change_in_one_tab_does_not_overwrite_newer_work_from_another() {
        let opslag = Geheugen::default();
        let tab_a = opstarten(&opslag, 1.0).dokument;
        let tab_b = opstarten(&opslag, 1.0).dokument;
        // Tab A chooses English; tab B, still holding the old copy, enlarges the text.
        let a = wijzig(&opslag, Bewaarstand::Normaal, &tab_a, &Actie::ZetTaal(Taal::En), 2.0);
        let b = wijzig(&opslag, Bewaarstand::Normaal, &tab_b, &Actie::ZetTekstgrootte(Tekstgrootte::Groter), 3.0);
        assert!(b.dokument.revisie > a.dokument.revisie);
        let opgeslagen = opstarten(&opslag, 4.0).dokument;
        assert_eq!(opgeslagen.instellingen.taal, Some(Taal::En), "tab A's change survived");
        assert_eq!(opgeslagen.instellingen.tekstgrootte, Tekstgrootte::Groter);
    }

    #[test]
    fn another_tab_sees_a_newer_document_and_ignores_an_older_one() {
        let opslag = Geheugen::default();
        let oud = opstarten(&opslag, 1.0).dokument;
        let nieuw = wijzig(&opslag, Bewaarstand::Normaal, &oud, &Actie::ZetTaal(Taal::En), 2.0).dokument;
        assert_eq!(nieuwer_opgeslagen(&opslag, &oud), Some(nieuw.clone()));
        assert_eq!(nieuwer_opgeslagen(&opslag, &nieuw), None);
    }

    #[test]
    fn delete_everything_removes_only_this_apps_keys() {
        let opslag = Geheugen::default();
        opslag.schrijf("ander.app", "blijft").unwrap();
        opslag.schrijf(SLEUTEL_DOKUMENT, "{}").unwrap();
        opslag.schrijf(&format!("{VOORVOEGSEL_RESERVE}1"), "oud").unwrap();
        wis_alles(&opslag).unwrap();
        assert_eq!(opslag.sleutels().unwrap(), vec!["ander.app".to_string()]);
    }
}
