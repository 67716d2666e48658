//! The rules for keeping the document: never lose work, never overwrite newer work.
//!
//! The rules are written against [`Sleutelopslag`], a small key–value trait, so
//! they are tested natively with an in-memory store (including one that throws
//! and one that is full). The browser adapter in `services::opslag` implements
//! the same trait over `localStorage` and is tested in a real browser.

use super::dokument::{Actie, Dokument, LeesFout, Schrijver};

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

/// This tab's own changes, kept until a copy written by another tab shows it
/// holds them. Two tabs can write at the same moment, each before it sees the
/// other's write (localStorage reaches other tabs a little later); the storage
/// event then shows a copy without this tab's change, and the change is applied
/// again on top of it and written. So both changes are kept, in every browser,
/// without a lock.
#[derive(Debug, Clone, Default)]
pub struct Tabblad {
    pub id: String,
    nummer: u64,
    wachtend: Vec<(u64, Actie)>,
}

/// Enough for minutes of typing; a tab that never hears from another tab would
/// otherwise keep every keystroke.
const MAX_WACHTEND: usize = 512;
/// Tabs come and go with every visit; only the most recent few are remembered.
const MAX_SCHRIJVERS: usize = 8;

impl Tabblad {
    pub fn nieuw(id: impl Into<String>) -> Tabblad {
        Tabblad { id: id.into(), nummer: 0, wachtend: Vec::new() }
    }

    /// How many of this tab's changes `doc` holds.
    fn opgenomen(&self, doc: &Dokument) -> u64 {
        doc.schrijvers.get(&self.id).map_or(0, |s| s.nr)
    }

    fn onthoud(&mut self, actie: &Actie) {
        self.nummer += 1;
        self.wachtend.push((self.nummer, actie.clone()));
        if self.wachtend.len() > MAX_WACHTEND {
            self.wachtend.remove(0);
        }
    }

    /// Apply again, on top of `doc`, this tab's changes that `doc` does not hold.
    /// Returns whether there were any.
    fn zet_terug(&self, doc: &mut Dokument, nu_ms: f64) -> bool {
        let al = self.opgenomen(doc);
        let mut iets = false;
        for (_, actie) in self.wachtend.iter().filter(|(nr, _)| *nr > al) {
            doc.pas_toe(actie);
            iets = true;
        }
        if iets {
            self.stempel(doc, nu_ms);
        }
        iets
    }

    /// Mark `doc` as holding all of this tab's changes so far.
    fn stempel(&self, doc: &mut Dokument, nu_ms: f64) {
        doc.schrijvers.insert(self.id.clone(), Schrijver { nr: self.nummer, op_ms: nu_ms });
        while doc.schrijvers.len() > MAX_SCHRIJVERS {
            let oudste = doc
                .schrijvers
                .iter()
                .filter(|(id, _)| **id != self.id)
                .min_by(|a, b| a.1.op_ms.total_cmp(&b.1.op_ms))
                .map(|(id, _)| id.clone());
            match oudste {
                Some(id) => doc.schrijvers.remove(&id),
                None => break,
            };
        }
    }
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
    tabblad: &mut Tabblad,
) -> Wijziging {
    let (mut dokument, gezien, teruggezet) = match stand {
        Bewaarstand::Normaal => match nieuwer_opgeslagen(opslag, huidig) {
            Some(mut nieuwer) => {
                let teruggezet = tabblad.zet_terug(&mut nieuwer, nu_ms);
                let r = nieuwer.revisie.max(huidig.revisie);
                (nieuwer, r, teruggezet)
            }
            None => (huidig.clone(), opgeslagen_revisie(opslag).unwrap_or(0), false),
        },
        Bewaarstand::AlleenGeheugen => (huidig.clone(), 0, false),
    };
    let veranderd = dokument.pas_toe(actie);
    if veranderd {
        tabblad.onthoud(actie);
        tabblad.stempel(&mut dokument, nu_ms);
    }
    if !veranderd && !teruggezet {
        return Wijziging { dokument, bewaard: None };
    }
    dokument.nieuwe_revisie(gezien, nu_ms);
    let bewaard = match stand {
        Bewaarstand::AlleenGeheugen => None,
        Bewaarstand::Normaal => Some(schrijf_dokument(opslag, &dokument)),
    };
    Wijziging { dokument, bewaard }
}

/// What another tab's write means for this tab.
#[derive(Debug, Clone, PartialEq)]
pub enum Elders {
    /// Nothing to do: the stored copy is ours or older, or unreadable.
    Niets,
    /// Everything was deleted in the other tab.
    Gewist,
    /// Take this document; `bewaard` is set when this tab had to write its own
    /// changes again on top of the other tab's copy.
    Nieuw(Box<Wijziging>),
}

/// Another tab wrote (the storage event): take its copy, and write again any
/// change of this tab that its copy is missing.
pub fn na_ander_tabblad(opslag: &dyn Sleutelopslag, huidig: &Dokument, tabblad: &mut Tabblad, nu_ms: f64) -> Elders {
    let ruw = match opslag.lees(SLEUTEL_DOKUMENT) {
        Ok(Some(ruw)) => ruw,
        Ok(None) => {
            tabblad.wachtend.clear();
            return Elders::Gewist;
        }
        Err(_) => return Elders::Niets,
    };
    let Ok(mut opgeslagen) = Dokument::uit_json(&ruw) else { return Elders::Niets };
    let al = tabblad.opgenomen(&opgeslagen);
    tabblad.wachtend.retain(|(nr, _)| *nr > al);
    if tabblad.zet_terug(&mut opgeslagen, nu_ms) {
        opgeslagen.nieuwe_revisie(huidig.revisie, nu_ms);
        let bewaard = schrijf_dokument(opslag, &opgeslagen);
        return Elders::Nieuw(Box::new(Wijziging { dokument: opgeslagen, bewaard: Some(bewaard) }));
    }
    if opgeslagen.revisie >= huidig.revisie && opgeslagen != *huidig {
        Elders::Nieuw(Box::new(Wijziging { dokument: opgeslagen, bewaard: None }))
    } else {
        Elders::Niets
    }
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
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut Tabblad::nieuw("t"));
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
        wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2000.0, &mut Tabblad::nieuw("t"));
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
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut Tabblad::nieuw("t"));
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
        let w = wijzig(
            &opslag,
            start.stand,
            &start.dokument,
            &Actie::ZetTekstgrootte(Tekstgrootte::Groot),
            2.0,
            &mut Tabblad::nieuw("t"),
        );
        assert_eq!(w.dokument.instellingen.tekstgrootte, Tekstgrootte::Groot);
        assert_eq!(w.bewaard, None);
    }

    #[test]
    fn a_full_storage_is_reported_and_the_change_stays_in_memory() {
        let opslag = Geheugen { limiet: Some(10), ..Geheugen::default() };
        let start = opstarten(&opslag, 1.0);
        let w = wijzig(&opslag, start.stand, &start.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut Tabblad::nieuw("t"));
        assert_eq!(w.bewaard, Some(Err(OpslagFout::Vol)));
        assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
    }

    #[test]
    fn a_change_in_one_tab_does_not_overwrite_newer_work_from_another() {
        let opslag = Geheugen::default();
        let tab_a = opstarten(&opslag, 1.0).dokument;
        let tab_b = opstarten(&opslag, 1.0).dokument;
        // Tab A chooses English; tab B, still holding the old copy, enlarges the text.
        let a = wijzig(&opslag, Bewaarstand::Normaal, &tab_a, &Actie::ZetTaal(Taal::En), 2.0, &mut Tabblad::nieuw("a"));
        let b = wijzig(
            &opslag,
            Bewaarstand::Normaal,
            &tab_b,
            &Actie::ZetTekstgrootte(Tekstgrootte::Groter),
            3.0,
            &mut Tabblad::nieuw("b"),
        );
        assert!(b.dokument.revisie > a.dokument.revisie);
        let opgeslagen = opstarten(&opslag, 4.0).dokument;
        assert_eq!(opgeslagen.instellingen.taal, Some(Taal::En), "tab A's change survived");
        assert_eq!(opgeslagen.instellingen.tekstgrootte, Tekstgrootte::Groter);
    }

    #[test]
    fn another_tab_sees_a_newer_document_and_ignores_an_older_one() {
        let opslag = Geheugen::default();
        let oud = opstarten(&opslag, 1.0).dokument;
        let nieuw =
            wijzig(&opslag, Bewaarstand::Normaal, &oud, &Actie::ZetTaal(Taal::En), 2.0, &mut Tabblad::nieuw("t"))
                .dokument;
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

    /// Two tabs of one browser: each has its own copy of localStorage that
    /// hears of the other's writes only later, in the order the browser applied
    /// them (as Chromium's renderer caches do). Writes wait in `onderweg` until
    /// delivered; delivering one applies it to the browser's own copy
    /// (`centraal`), then to the other tab's copy, firing its storage event —
    /// unless that tab has its own write of the same key still on its way,
    /// which wins (Chromium ignores such a remote change).
    struct Browser {
        tabs: [(Geheugen, Dokument, Tabblad); 2],
        onderweg: Vec<(usize, String, String)>,
        centraal: BTreeMap<String, String>,
        klok: f64,
    }

    impl Browser {
        fn nieuw() -> Browser {
            Browser {
                tabs: [
                    (Geheugen::default(), Dokument::default(), Tabblad::nieuw("a")),
                    (Geheugen::default(), Dokument::default(), Tabblad::nieuw("b")),
                ],
                onderweg: Vec::new(),
                centraal: BTreeMap::new(),
                klok: 1.0,
            }
        }

        /// What tab `i` wrote to its own copy goes on its way to the other tab.
        fn verstuur(&mut self, i: usize, voor: &BTreeMap<String, String>) {
            for (k, v) in self.tabs[i].0.kaart.borrow().iter() {
                if voor.get(k) != Some(v) {
                    self.onderweg.push((i, k.clone(), v.clone()));
                }
            }
        }

        fn beantwoord(&mut self, i: usize, vraag: &str) {
            self.doe(
                i,
                Actie::Beantwoord {
                    module: "m".into(),
                    vraag: vraag.into(),
                    antwoord: Some(crate::domain::antwoorden::Antwoord::Tekst(vraag.into())),
                },
            );
        }

        fn doe(&mut self, i: usize, actie: Actie) {
            self.klok += 1.0;
            let voor = self.tabs[i].0.kaart.borrow().clone();
            let (opslag, doc, tab) = &mut self.tabs[i];
            *doc = wijzig(opslag, Bewaarstand::Normaal, doc, &actie, self.klok, tab).dokument;
            self.verstuur(i, &voor);
        }

        /// The ids of the kept "Kijk van een ander" replies in tab `i`'s storage.
        fn kijk(&self, i: usize) -> Vec<String> {
            let doc = Dokument::uit_json(self.tabs[i].0.kaart.borrow().get(SLEUTEL_DOKUMENT).unwrap()).unwrap();
            doc.kijk.iter().map(|k| k.id.clone()).collect()
        }

        /// Deliver the oldest write in flight; false when none is left.
        fn bezorg(&mut self) -> bool {
            if self.onderweg.is_empty() {
                return false;
            }
            let (van, k, v) = self.onderweg.remove(0);
            let naar = 1 - van;
            self.klok += 1.0;
            self.centraal.insert(k.clone(), v.clone());
            if self.onderweg.iter().any(|(w, sleutel, _)| *w == naar && *sleutel == k) {
                return true;
            }
            self.tabs[naar].0.kaart.borrow_mut().insert(k, v);
            let voor = self.tabs[naar].0.kaart.borrow().clone();
            let (opslag, doc, tab) = &mut self.tabs[naar];
            if let Elders::Nieuw(w) = na_ander_tabblad(opslag, doc, tab, self.klok) {
                *doc = w.dokument;
            }
            self.verstuur(naar, &voor);
            true
        }

        fn rustig(&mut self) {
            let mut n = 0;
            while self.bezorg() {
                n += 1;
                assert!(n < 1000, "the tabs keep writing over each other");
            }
        }

        /// Every copy of storage and both tabs' documents agree with the browser's.
        fn eens(&self) -> Result<(), String> {
            let doc = Dokument::uit_json(&self.centraal[SLEUTEL_DOKUMENT]).unwrap();
            for (i, (opslag, eigen, _)) in self.tabs.iter().enumerate() {
                if *opslag.kaart.borrow() != self.centraal {
                    return Err(format!("tab {i}'s copy of storage differs"));
                }
                if *eigen != doc {
                    return Err(format!("tab {i} shows {eigen:?}, stored is {doc:?}"));
                }
            }
            Ok(())
        }

        fn antwoorden(&self, i: usize) -> Vec<String> {
            let doc = Dokument::uit_json(self.tabs[i].0.kaart.borrow().get(SLEUTEL_DOKUMENT).unwrap()).unwrap();
            doc.modules.get("m").map(|m| m.antwoorden.keys().cloned().collect()).unwrap_or_default()
        }
    }

    use std::collections::BTreeMap;

    #[test]
    fn two_tabs_answering_at_the_same_moment_both_keep_their_answer() {
        // Both write before either hears of the other; the browser applies A's write first.
        let mut b = Browser::nieuw();
        b.beantwoord(0, "a1");
        b.beantwoord(1, "b1");
        b.rustig();
        assert_eq!(b.antwoorden(0), vec!["a1", "b1"]);
        assert_eq!(b.antwoorden(1), vec!["a1", "b1"]);
        b.eens().unwrap();
        // And with B's write applied first.
        let mut b = Browser::nieuw();
        b.beantwoord(1, "b1");
        b.beantwoord(0, "a1");
        b.rustig();
        assert_eq!(b.antwoorden(0), vec!["a1", "b1"]);
        b.eens().unwrap();
    }

    #[test]
    fn everything_deleted_in_another_tab_is_followed_not_rewritten() {
        let opslag = Geheugen::default();
        let mut tab = Tabblad::nieuw("a");
        let doc = wijzig(&opslag, Bewaarstand::Normaal, &Dokument::default(), &Actie::ZetTaal(Taal::En), 1.0, &mut tab)
            .dokument;
        wis_alles(&opslag).unwrap();
        assert_eq!(na_ander_tabblad(&opslag, &doc, &mut tab, 2.0), Elders::Gewist);
        // A later event must not bring the deleted change back.
        wijzig(
            &opslag,
            Bewaarstand::Normaal,
            &Dokument::default(),
            &Actie::ZetTekstgrootte(Tekstgrootte::Groot),
            3.0,
            &mut tab,
        );
        let opgeslagen = opstarten(&opslag, 4.0).dokument;
        assert_eq!(opgeslagen.instellingen.taal, None);
    }

    #[test]
    fn only_the_most_recent_tabs_are_remembered_in_the_document() {
        let opslag = Geheugen::default();
        let mut doc = Dokument::default();
        for i in 0..20 {
            let mut tab = Tabblad::nieuw(format!("tab{i}"));
            let actie = Actie::ZetTekstgrootte(if i % 2 == 0 { Tekstgrootte::Groot } else { Tekstgrootte::Groter });
            doc = wijzig(&opslag, Bewaarstand::Normaal, &doc, &actie, f64::from(i), &mut tab).dokument;
        }
        assert_eq!(doc.schrijvers.len(), MAX_SCHRIJVERS);
        assert!(doc.schrijvers.contains_key("tab19"));
        assert!(!doc.schrijvers.contains_key("tab0"));
    }

    fn reactie(id: &str) -> Actie {
        Actie::BewaarKijk(Box::new(crate::domain::kijk::KijkAntwoord {
            id: id.into(),
            uitnodiging: "u".into(),
            label: id.into(),
            gemaakt_op: 1.0,
            bewaard_op: 2.0,
            spiegel: crate::domain::kijk::Spiegel::default(),
        }))
    }

    #[test]
    fn two_tabs_keeping_a_reply_at_the_same_moment_both_keep_theirs() {
        for eerst in [0, 1] {
            let mut b = Browser::nieuw();
            b.doe(eerst, reactie(&format!("r{eerst}")));
            b.doe(1 - eerst, reactie(&format!("r{}", 1 - eerst)));
            b.rustig();
            let mut ids = b.kijk(0);
            ids.sort();
            assert_eq!(ids, ["r0", "r1"]);
            b.eens().unwrap();
        }
        // One tab deletes a reply while the other keeps a new one: the delete
        // holds and the new one is kept.
        let mut b = Browser::nieuw();
        b.doe(0, reactie("r0"));
        b.rustig();
        b.doe(1, Actie::VerwijderKijk { id: "r0".into() });
        b.doe(0, reactie("r2"));
        b.rustig();
        assert_eq!(b.kijk(0), ["r2"]);
        assert_eq!(b.kijk(1), ["r2"]);
        b.eens().unwrap();
    }

    mod eigenschappen {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any interleaving of answers in two tabs and deliveries between them
            /// ends with every answer kept, and both tabs showing the same.
            #[test]
            fn no_interleaving_loses_an_answer(stappen in proptest::collection::vec(0u8..3, 1..40)) {
                let mut b = Browser::nieuw();
                let mut gegeven = Vec::new();
                for (n, stap) in stappen.iter().enumerate() {
                    match stap {
                        0 | 1 => {
                            let vraag = format!("{}{n:02}", if *stap == 0 { "a" } else { "b" });
                            b.beantwoord(usize::from(*stap), &vraag);
                            gegeven.push(vraag);
                        }
                        _ => { b.bezorg(); }
                    }
                }
                b.rustig();
                gegeven.sort();
                if !gegeven.is_empty() {
                    prop_assert_eq!(b.antwoorden(0), gegeven.clone());
                    prop_assert_eq!(b.antwoorden(1), gegeven);
                    prop_assert_eq!(b.eens(), Ok(()));
                }
            }

            /// The same for kept replies: whatever the interleaving, every
            /// reply kept in either tab is there once, in both tabs.
            #[test]
            fn no_interleaving_loses_a_kept_reply(stappen in proptest::collection::vec(0u8..3, 1..30)) {
                let mut b = Browser::nieuw();
                let mut gegeven = Vec::new();
                for (n, stap) in stappen.iter().enumerate() {
                    match stap {
                        0 | 1 => {
                            let id = format!("r{n:02}");
                            b.doe(usize::from(*stap), reactie(&id));
                            gegeven.push(id);
                        }
                        _ => { b.bezorg(); }
                    }
                }
                b.rustig();
                gegeven.sort();
                if !gegeven.is_empty() {
                    for i in 0..2 {
                        let mut ids = b.kijk(i);
                        ids.sort();
                        prop_assert_eq!(ids, gegeven.clone());
                    }
                    prop_assert_eq!(b.eens(), Ok(()));
                }
            }
        }
    }
}
