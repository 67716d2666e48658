//! The rules for keeping the document: never lose work, never bring back what
//! was wiped, never write over newer work.
//!
//! The model (issue 22): every field of the document carries its own version
//! (`domain::versie`), and two copies merge field by field, the higher version
//! winning, removals included. Before every write a tab reads what is stored
//! (cheaply: a stamp tells whether anything changed since it last looked) and
//! merges; when another tab writes, its storage event does the same and writes
//! back what the stored copy lacks. A wipe starts a new *generation*: a random
//! id in its own key, written before anything is removed. A tab holding an
//! older generation takes what is stored and drops its own copy and its
//! pending change, so nothing wiped is written again. A document written by a
//! newer version of the app is never written over: the tab stops writing.
//!
//! The rules are written against [`Sleutelopslag`], a small key–value trait, so
//! they are tested natively with an in-memory store (including one that throws
//! and one that is full, and a model of several tabs in `model_tests`). The
//! browser adapter in `services::opslag` implements the same trait over
//! `localStorage` and is tested in a real browser.

use super::dokument::{Actie, Dokument, Importmanier, LeesFout};
use super::versie;

mod dagboek;
pub use dagboek::VOORVOEGSEL_TABBLAD;

/// Every key this app writes starts with this, so "delete everything" removes
/// exactly ours and nothing of other apps on the same site.
pub const VOORVOEGSEL: &str = "spoorwijzer.";
pub const SLEUTEL_DOKUMENT: &str = "spoorwijzer.document";
/// A short fingerprint of the stored document, written after it, so a tab can
/// see that nothing changed since it last looked without parsing the document.
pub const SLEUTEL_STEMPEL: &str = "spoorwijzer.stempel";
/// The generation of the stored data: renewed by every wipe, absent before the first.
pub const SLEUTEL_GENERATIE: &str = "spoorwijzer.generatie";
/// Written after the document by builds before schema 4. This build removes
/// it, so its presence means an older build wrote since.
pub const SLEUTEL_REVISIE_OUD: &str = "spoorwijzer.revisie";
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
    /// A newer version of the app wrote the stored document: this (older) one
    /// writes nothing over it until the page is reloaded.
    NieuwereVersie,
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
    /// The stored document is of a newer version: left in place, nothing written.
    NieuwereVersie,
}

/// This tab, as far as keeping goes.
#[derive(Debug, Clone, Default)]
pub struct Tabblad {
    /// Written into the versions of the fields this tab changes.
    pub id: String,
    /// The stamp of the stored copy this tab's document holds.
    gezien: Option<String>,
    /// Whether this tab read or wrote a stored document (so an empty storage
    /// later means it was emptied, not that nothing was ever kept).
    bewaard: bool,
    /// Versions of fields this tab keeps in its journal for tabs whose
    /// journals it took over at start (`dagboek`). A list, not a set: a set
    /// of versions costs wasm bytes, and it is only searched when writing.
    overgenomen: Vec<versie::Versie>,
}

impl Tabblad {
    pub fn nieuw(id: impl Into<String>) -> Tabblad {
        Tabblad { id: id.into(), gezien: None, bewaard: false, overgenomen: Vec::new() }
    }
}

#[derive(Debug, Clone)]
pub struct Opstart {
    pub dokument: Dokument,
    pub stand: Bewaarstand,
    pub melding: Option<Startmelding>,
    pub tabblad: Tabblad,
}

/// A fingerprint of a stored text (FNV-1a, 64 bits): not for secrecy, only
/// to notice a change.
fn stempel_van(ruw: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in ruw.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}{:x}", ruw.len())
}

/// Read the document at start, with what other tabs' journals hold that it
/// lacks (`dagboek`). Never throws work away: anything unreadable is kept
/// aside, byte for byte, before the app starts without it.
pub fn opstarten(opslag: &dyn Sleutelopslag, nu_ms: f64, tabblad: Tabblad) -> Opstart {
    let mut start = lees_bij_start(opslag, nu_ms, tabblad);
    if start.melding != Some(Startmelding::Geblokkeerd) && start.stand != Bewaarstand::NieuwereVersie {
        let oud_schreef = opslag.lees(SLEUTEL_REVISIE_OUD).ok().flatten().is_some();
        start.dokument = dagboek::voeg_in(opslag, start.dokument, &mut start.tabblad, oud_schreef, true);
    }
    start
}

fn lees_bij_start(opslag: &dyn Sleutelopslag, nu_ms: f64, mut tabblad: Tabblad) -> Opstart {
    let geblokkeerd = |tabblad| Opstart {
        dokument: Dokument::default(),
        stand: Bewaarstand::AlleenGeheugen,
        melding: Some(Startmelding::Geblokkeerd),
        tabblad,
    };
    let generatie = match opslag.lees(SLEUTEL_GENERATIE) {
        Ok(g) => g.unwrap_or_default(),
        Err(_) => return geblokkeerd(tabblad),
    };
    let leeg = Dokument { generatie: generatie.clone(), ..Dokument::default() };
    let ruw = match opslag.lees(SLEUTEL_DOKUMENT) {
        Ok(Some(ruw)) => ruw,
        Ok(None) => return Opstart { dokument: leeg, stand: Bewaarstand::Normaal, melding: None, tabblad },
        Err(_) => return geblokkeerd(tabblad),
    };
    let reden = match Dokument::uit_json(&ruw) {
        Ok(dokument) if dokument.generatie == generatie => {
            tabblad.gezien = Some(stempel_van(&ruw));
            tabblad.bewaard = true;
            return Opstart { dokument, stand: Bewaarstand::Normaal, melding: None, tabblad };
        }
        Ok(_) => {
            // Written after a wipe by a tab that had not heard of it: what it
            // holds was wiped, so it is removed, never read.
            ruim_gewiste_reserves_op(opslag, &generatie);
            let _ = opslag.verwijder(SLEUTEL_DOKUMENT);
            let _ = opslag.verwijder(SLEUTEL_STEMPEL);
            return Opstart { dokument: leeg, stand: Bewaarstand::Normaal, melding: None, tabblad };
        }
        Err(LeesFout::NieuwereVersie(_)) => {
            return Opstart {
                dokument: leeg,
                stand: Bewaarstand::NieuwereVersie,
                melding: Some(Startmelding::NieuwereVersie),
                tabblad,
            }
        }
        Err(reden) => reden,
    };
    match zet_apart(opslag, &generatie, &ruw, nu_ms) {
        Some(sleutel) => {
            let _ = opslag.verwijder(SLEUTEL_DOKUMENT);
            let _ = opslag.verwijder(SLEUTEL_STEMPEL);
            Opstart {
                dokument: leeg,
                stand: Bewaarstand::Normaal,
                melding: Some(Startmelding::Reservekopie { sleutel, ruw, reden }),
                tabblad,
            }
        }
        None => Opstart {
            dokument: leeg,
            stand: Bewaarstand::AlleenGeheugen,
            melding: Some(Startmelding::ReservekopieMislukt { ruw, reden }),
            tabblad,
        },
    }
}

/// A backup's key holds its generation (none before the first wipe) and time:
/// `spoorwijzer.reservekopie.<generatie>.<ms>`, so a backup made by a tab that
/// had missed a wipe is known as wiped without reading it.
fn reserve_sleutel(generatie: &str, ms: u64) -> String {
    if generatie.is_empty() {
        format!("{VOORVOEGSEL_RESERVE}{ms}")
    } else {
        format!("{VOORVOEGSEL_RESERVE}{generatie}.{ms}")
    }
}

/// (generation, time) of a backup key.
fn lees_reserve_sleutel(sleutel: &str) -> Option<(&str, Option<f64>)> {
    let rest = sleutel.strip_prefix(VOORVOEGSEL_RESERVE)?;
    let (generatie, tijd) = rest.rsplit_once('.').unwrap_or(("", rest));
    let ms = tijd.split('-').next().and_then(|t| t.parse::<u64>().ok()).map(|t| t as f64);
    Some((generatie, ms))
}

/// Remove backups and journals of another generation than `generatie`: made
/// before a wipe by a tab that had not heard of it. (Journals are removed here
/// too, not only when they are read: a newer app's document stops the reading.)
fn ruim_gewiste_reserves_op(opslag: &dyn Sleutelopslag, generatie: &str) {
    for sleutel in opslag.sleutels().unwrap_or_default() {
        let reserve = lees_reserve_sleutel(&sleutel).is_some_and(|(g, _)| g != generatie);
        if reserve || dagboek::van_andere_generatie(&sleutel, generatie) {
            let _ = opslag.verwijder(&sleutel);
        }
    }
}

/// Copy `ruw` aside as a backup; the key when the copy is safely there.
fn zet_apart(opslag: &dyn Sleutelopslag, generatie: &str, ruw: &str, nu_ms: f64) -> Option<String> {
    let basis = reserve_sleutel(generatie, nu_ms.max(0.0) as u64);
    let bestaand = opslag.sleutels().ok()?;
    let sleutel =
        (0..).map(|n| if n == 0 { basis.clone() } else { format!("{basis}-{n}") }).find(|s| !bestaand.contains(s))?;
    // Only once the copy reads back the same may the original be replaced.
    let gelukt = opslag.schrijf(&sleutel, ruw).is_ok() && opslag.lees(&sleutel).ok().flatten().as_deref() == Some(ruw);
    gelukt.then_some(sleutel)
}

/// Something the person must hear about after a change or another tab's write.
#[derive(Debug, Clone, PartialEq)]
pub enum Gebeurd {
    /// Everything was wiped in another tab: this tab now shows what is stored.
    EldersGewist,
    /// An unreadable stored document was kept aside under `sleutel`.
    Reservekopie { sleutel: String, ruw: String },
}

/// The result of one change, or of hearing another tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Wijziging {
    pub dokument: Dokument,
    pub stand: Bewaarstand,
    /// `None` when nothing needed writing (no change, or not written).
    pub bewaard: Option<Result<(), OpslagFout>>,
    pub gebeurd: Option<Gebeurd>,
}

/// What storage holds, seen from this tab.
enum Bijgewerkt {
    /// The same generation: this tab's copy merged with the stored one;
    /// `schrijven` when the stored one lacks something this tab has.
    Eigen { dokument: Dokument, schrijven: bool, apart: Option<Gebeurd> },
    /// Wiped since this tab last looked: what is stored now.
    Gewist(Dokument),
    /// A newer version of the app wrote it. `gewist`: and a wipe happened
    /// since this tab last looked, so it must drop what it holds.
    Nieuwer { gewist: Option<Dokument> },
}

/// Read what is stored and bring this tab's copy up to date with it. With
/// `snel`, an unchanged stamp is taken to mean an unchanged document (before
/// each keystroke's write); without, the document itself is read (after
/// another tab's write). The contract for every later version: write the
/// document, then a new stamp. Builds before schema 4 wrote the old revision
/// key instead, which this build removes: when it is there, an older build
/// wrote since, and the document is read.
fn bijwerken(
    opslag: &dyn Sleutelopslag,
    huidig: &Dokument,
    tab: &mut Tabblad,
    nu_ms: f64,
    snel: bool,
) -> Result<Bijgewerkt, OpslagFout> {
    let sleutel_generatie = opslag.lees(SLEUTEL_GENERATIE)?;
    let generatie = sleutel_generatie.clone().unwrap_or_default();
    let stempel = opslag.lees(SLEUTEL_STEMPEL)?;
    let oud_schreef = opslag.lees(SLEUTEL_REVISIE_OUD)?.is_some();
    if snel && !oud_schreef && generatie == huidig.generatie && stempel.is_some() && stempel == tab.gezien {
        return Ok(Bijgewerkt::Eigen { dokument: huidig.clone(), schrijven: false, apart: None });
    }
    let ruw = opslag.lees(SLEUTEL_DOKUMENT)?;
    if sleutel_generatie.is_some() {
        ruim_gewiste_reserves_op(opslag, &generatie);
    }
    let mut apart = None;
    let opgeslagen = match &ruw {
        None => None,
        Some(ruw) => match Dokument::uit_json(ruw) {
            Ok(d) if d.generatie == generatie => Some(d),
            // From before a wipe (a tab that had missed it): never read; written over below.
            Ok(_) => None,
            Err(LeesFout::NieuwereVersie(_)) => {
                let gewist = (generatie != huidig.generatie).then(|| Dokument { generatie, ..Dokument::default() });
                return Ok(Bijgewerkt::Nieuwer { gewist });
            }
            Err(_) => {
                let sleutel = zet_apart(opslag, &generatie, ruw, nu_ms).ok_or(OpslagFout::Vol)?;
                apart = Some(Gebeurd::Reservekopie { sleutel, ruw: ruw.clone() });
                None
            }
        },
    };
    if generatie != huidig.generatie {
        tab.gezien = ruw.as_deref().filter(|_| opgeslagen.is_some()).map(stempel_van);
        tab.bewaard = true;
        return Ok(Bijgewerkt::Gewist(opgeslagen.unwrap_or(Dokument { generatie, ..Dokument::default() })));
    }
    if ruw.is_none() && sleutel_generatie.is_none() && tab.bewaard && !huidig.is_leeg() {
        // Emptied outside this app's wipe (an older version's, or the
        // browser's "clear site data"): follow it, and start a generation of
        // our own so that other tabs holding the old one follow too.
        let nieuw = Dokument { generatie: format!("{}-{}", tab.id, nu_ms.max(0.0) as u64), ..Dokument::default() };
        opslag.schrijf(SLEUTEL_GENERATIE, &nieuw.generatie)?;
        tab.gezien = None;
        return Ok(Bijgewerkt::Gewist(nieuw));
    }
    // What other tabs' journals hold comes in too: a tab that wrote before
    // hearing them may have written over it.
    let basis = opgeslagen.clone().unwrap_or(Dokument { generatie, ..Dokument::default() });
    let dokument = versie::voeg_samen(huidig, &dagboek::voeg_in(opslag, basis, tab, oud_schreef, false));
    Ok(match opgeslagen {
        Some(d) => {
            tab.gezien = ruw.as_deref().map(stempel_van);
            tab.bewaard = true;
            let schrijven = !versie::zelfde_inhoud(&dokument, &d);
            Bijgewerkt::Eigen { dokument, schrijven, apart }
        }
        // Nothing readable of this generation: write ours (over a wiped copy, if any).
        None => Bijgewerkt::Eigen { schrijven: ruw.is_some() || !dokument.is_leeg(), dokument, apart },
    })
}

/// The journal first: once the document is written, other tabs may write over
/// it before they have heard it.
fn schrijf(opslag: &dyn Sleutelopslag, dokument: &Dokument, tab: &mut Tabblad) -> Result<(), OpslagFout> {
    dagboek::schrijf(opslag, dokument, tab)?;
    let json = dokument.naar_json();
    opslag.schrijf(SLEUTEL_DOKUMENT, &json)?;
    let stempel = stempel_van(&json);
    opslag.schrijf(SLEUTEL_STEMPEL, &stempel)?;
    opslag.verwijder(SLEUTEL_REVISIE_OUD)?;
    tab.gezien = Some(stempel);
    tab.bewaard = true;
    Ok(())
}

/// Apply one change and write it, merged with whatever another tab stored in
/// the meantime. A change made on a copy that was wiped since is dropped.
pub fn wijzig(
    opslag: &dyn Sleutelopslag,
    stand: Bewaarstand,
    huidig: &Dokument,
    actie: &Actie,
    nu_ms: f64,
    tab: &mut Tabblad,
) -> Wijziging {
    let id = tab.id.clone();
    let in_geheugen = |stand: Bewaarstand, bewaard: Option<Result<(), OpslagFout>>, gebeurd: Option<Gebeurd>| {
        let mut dokument = huidig.clone();
        let veranderd = dokument.doe(actie, &id, nu_ms);
        Wijziging { dokument, stand, bewaard: bewaard.filter(|_| veranderd), gebeurd }
    };
    if stand == Bewaarstand::AlleenGeheugen {
        return in_geheugen(stand, None, None);
    }
    // Stopped for a newer version: read the document itself each time; once
    // it is gone (wiped, or replaced by a copy this version reads) writing resumes.
    let snel = stand == Bewaarstand::Normaal;
    let stand = Bewaarstand::Normaal;
    let (mut dokument, schrijven, gebeurd) = match bijwerken(opslag, huidig, tab, nu_ms, snel) {
        Err(fout) => return in_geheugen(stand, Some(Err(fout)), None),
        Ok(Bijgewerkt::Nieuwer { gewist: None }) => return in_geheugen(Bewaarstand::NieuwereVersie, None, None),
        Ok(Bijgewerkt::Nieuwer { gewist: Some(dokument) }) => {
            let stand = Bewaarstand::NieuwereVersie;
            return Wijziging { dokument, stand, bewaard: None, gebeurd: Some(Gebeurd::EldersGewist) };
        }
        Ok(Bijgewerkt::Gewist(dokument)) => {
            return Wijziging { dokument, stand, bewaard: None, gebeurd: Some(Gebeurd::EldersGewist) }
        }
        Ok(Bijgewerkt::Eigen { dokument, schrijven, apart }) => (dokument, schrijven, apart),
    };
    if let Actie::Importeer { manier: Importmanier::Vervangen, .. } = actie {
        // What is replaced is kept aside first; without that copy, nothing is replaced.
        if !dokument.is_leeg() && zet_apart(opslag, &dokument.generatie, &dokument.naar_json(), nu_ms).is_none() {
            return Wijziging { dokument, stand, bewaard: Some(Err(OpslagFout::Vol)), gebeurd };
        }
    }
    // The change as the person saw it, applied to the merged copy.
    let veranderd = dokument.pas_effect_toe(&huidig.effect(actie), &tab.id, nu_ms);
    let bewaard = (veranderd || schrijven).then(|| schrijf(opslag, &dokument, tab));
    dagboek::na_horen(opslag, bewaard.is_some(), &dokument, huidig, tab);
    Wijziging { dokument, stand, bewaard, gebeurd }
}

/// Another tab wrote (the storage event), or this tab comes back (from the
/// back/forward cache, a freeze, hours in the background): take what is
/// stored, and write back what the stored copy lacks. `None`: nothing changed.
pub fn na_ander_tabblad(
    opslag: &dyn Sleutelopslag,
    stand: Bewaarstand,
    huidig: &Dokument,
    tab: &mut Tabblad,
    nu_ms: f64,
) -> Option<Wijziging> {
    if stand == Bewaarstand::AlleenGeheugen {
        return None;
    }
    match bijwerken(opslag, huidig, tab, nu_ms, false).ok()? {
        Bijgewerkt::Nieuwer { gewist: None } if stand == Bewaarstand::NieuwereVersie => None,
        Bijgewerkt::Nieuwer { gewist } => Some(Wijziging {
            gebeurd: gewist.as_ref().filter(|_| !huidig.is_leeg()).map(|_| Gebeurd::EldersGewist),
            dokument: gewist.unwrap_or_else(|| huidig.clone()),
            stand: Bewaarstand::NieuwereVersie,
            bewaard: None,
        }),
        Bijgewerkt::Gewist(dokument) => {
            let gebeurd = (!huidig.is_leeg()).then_some(Gebeurd::EldersGewist);
            Some(Wijziging { dokument, stand: Bewaarstand::Normaal, bewaard: None, gebeurd })
        }
        Bijgewerkt::Eigen { dokument, schrijven, apart } => {
            let bewaard = schrijven.then(|| schrijf(opslag, &dokument, tab));
            dagboek::na_horen(opslag, bewaard.is_some(), &dokument, huidig, tab);
            if dokument == *huidig && bewaard.is_none() && apart.is_none() && stand == Bewaarstand::Normaal {
                return None;
            }
            Some(Wijziging { dokument, stand: Bewaarstand::Normaal, bewaard, gebeurd: apart })
        }
    }
}

/// Remove every key of this app (and only those), and start a new generation
/// `generatie` (a fresh random id), so no tab that missed this writes the
/// old data back. Returns the empty document this tab goes on with.
pub fn wis_alles(opslag: &dyn Sleutelopslag, generatie: &str, tab: &mut Tabblad) -> Result<Dokument, OpslagFout> {
    // First the new generation: a tab that hears of the removals below has
    // heard of it already (storage events arrive in order).
    opslag.schrijf(SLEUTEL_GENERATIE, generatie)?;
    // The document and its stamp by name too: another tab's write may not be
    // in this tab's list of keys yet.
    let mut sleutels = opslag.sleutels()?;
    sleutels.extend([SLEUTEL_DOKUMENT.to_string(), SLEUTEL_STEMPEL.to_string()]);
    for sleutel in sleutels {
        if sleutel.starts_with(VOORVOEGSEL) && sleutel != SLEUTEL_GENERATIE {
            opslag.verwijder(&sleutel)?;
        }
    }
    tab.gezien = None;
    tab.bewaard = true;
    Ok(Dokument { generatie: generatie.into(), ..Dokument::default() })
}

/// A copy kept aside: an unreadable document, or one replaced by an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Reservekopie {
    pub sleutel: String,
    /// When it was kept aside, ms since 1970.
    pub op_ms: Option<f64>,
    /// The document in it, when this version can read it.
    pub dokument: Option<Dokument>,
}

/// Backups kept aside earlier, newest first (only those of the current generation).
pub fn reservekopieen(opslag: &dyn Sleutelopslag) -> Vec<Reservekopie> {
    let generatie = opslag.lees(SLEUTEL_GENERATIE).ok().flatten().unwrap_or_default();
    let mut lijst: Vec<Reservekopie> = Vec::new();
    for sleutel in opslag.sleutels().unwrap_or_default() {
        let Some((g, op_ms)) = lees_reserve_sleutel(&sleutel) else { continue };
        if g != generatie {
            continue;
        }
        let dokument = opslag.lees(&sleutel).ok().flatten().and_then(|ruw| Dokument::uit_json(&ruw).ok());
        // Newest first, placed as it comes: a sort routine would cost kilobytes of wasm.
        let nieuwer = |r: &Reservekopie| (op_ms.unwrap_or(0.0), &sleutel) > (r.op_ms.unwrap_or(0.0), &r.sleutel);
        let plek = lijst.iter().position(nieuwer).unwrap_or(lijst.len());
        lijst.insert(plek, Reservekopie { sleutel: sleutel.clone(), op_ms, dokument });
    }
    lijst
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
    use crate::domain::antwoorden::Antwoord;
    use crate::domain::taal::{Taal, Tekstgrootte};

    fn start(opslag: &dyn Sleutelopslag, id: &str) -> Opstart {
        opstarten(opslag, 1.0, Tabblad::nieuw(id))
    }

    fn antwoord(vraag: &str, tekst: &str) -> Actie {
        Actie::Beantwoord { module: "m".into(), vraag: vraag.into(), antwoord: Some(Antwoord::Tekst(tekst.into())) }
    }

    fn antwoorden(doc: &Dokument) -> Vec<(String, Antwoord)> {
        doc.modules.get("m").map(|m| m.antwoorden.clone().into_iter().collect()).unwrap_or_default()
    }

    #[test]
    fn a_change_is_written_and_read_back_at_the_next_start() {
        let opslag = Geheugen::default();
        let mut s = start(&opslag, "t");
        assert_eq!(s.melding, None);
        let w = wijzig(&opslag, s.stand, &s.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut s.tabblad);
        assert_eq!(w.bewaard, Some(Ok(())));
        let opnieuw = start(&opslag, "u");
        assert_eq!(opnieuw.dokument.instellingen.taal, Some(Taal::En));
        assert_eq!(opnieuw.dokument.bewaard_op, Some(2.0));
    }

    #[test]
    fn corrupt_data_is_kept_aside_byte_for_byte_and_the_app_starts_clean() {
        let opslag = Geheugen::default();
        opslag.schrijf(SLEUTEL_DOKUMENT, "{kapot").unwrap();
        let mut s = opstarten(&opslag, 1234.0, Tabblad::nieuw("t"));
        let Some(Startmelding::Reservekopie { sleutel, ruw, reden }) = s.melding.clone() else {
            panic!("expected a backup notice, got {:?}", s.melding)
        };
        assert_eq!(reden, LeesFout::GeenJson);
        assert_eq!(ruw, "{kapot");
        assert_eq!(opslag.lees(&sleutel).unwrap().as_deref(), Some("{kapot"));
        assert_eq!(s.dokument, Dokument::default());
        assert_eq!(s.stand, Bewaarstand::Normaal);
        let kopieen = reservekopieen(&opslag);
        assert_eq!(kopieen.len(), 1);
        assert_eq!((kopieen[0].op_ms, &kopieen[0].dokument), (Some(1234.0), &None));
        // The next change is written without touching the backup.
        wijzig(&opslag, s.stand, &s.dokument, &Actie::ZetTaal(Taal::En), 2000.0, &mut s.tabblad);
        assert_eq!(reservekopieen(&opslag).len(), 1);
    }

    #[test]
    fn data_from_a_newer_app_is_left_in_place_and_nothing_is_written_over_it() {
        let opslag = Geheugen::default();
        let nieuwer = r#"{"schema":999,"revisie":1}"#;
        opslag.schrijf(SLEUTEL_DOKUMENT, nieuwer).unwrap();
        let mut s = start(&opslag, "t");
        assert_eq!(s.melding, Some(Startmelding::NieuwereVersie));
        assert_eq!(s.stand, Bewaarstand::NieuwereVersie);
        let w = wijzig(&opslag, s.stand, &s.dokument, &antwoord("q", "hallo"), 2.0, &mut s.tabblad);
        assert_eq!(w.bewaard, None);
        assert_eq!(antwoorden(&w.dokument).len(), 1, "the person's work stays on screen");
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap().as_deref(), Some(nieuwer));
    }

    #[test]
    fn a_newer_app_writing_while_this_tab_is_open_stops_this_tab_writing() {
        let opslag = Geheugen::default();
        let mut s = start(&opslag, "t");
        let w = wijzig(&opslag, s.stand, &s.dokument, &antwoord("q", "een"), 2.0, &mut s.tabblad);
        let nieuwer = format!(r#"{{"schema":{},"revisie":9}}"#, crate::domain::dokument::SCHEMA + 1);
        let nieuwer = nieuwer.as_str();
        opslag.schrijf(SLEUTEL_DOKUMENT, nieuwer).unwrap();
        opslag.schrijf(SLEUTEL_STEMPEL, "anders").unwrap();
        let w = wijzig(&opslag, w.stand, &w.dokument, &antwoord("q", "twee"), 3.0, &mut s.tabblad);
        assert_eq!((w.stand, w.gebeurd, w.bewaard), (Bewaarstand::NieuwereVersie, None, None));
        let w = wijzig(&opslag, w.stand, &w.dokument, &antwoord("q", "drie"), 4.0, &mut s.tabblad);
        assert_eq!(w.bewaard, None);
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap().as_deref(), Some(nieuwer));
    }

    #[test]
    fn when_no_backup_can_be_made_the_original_is_never_overwritten() {
        // Room for the corrupt document, not for a second copy of it.
        let opslag = Geheugen { limiet: Some(60), ..Geheugen::default() };
        let ruw = "x".repeat(30);
        opslag.schrijf(SLEUTEL_DOKUMENT, &ruw).unwrap();
        let mut s = start(&opslag, "t");
        assert!(matches!(s.melding, Some(Startmelding::ReservekopieMislukt { .. })));
        assert_eq!(s.stand, Bewaarstand::AlleenGeheugen);
        let w = wijzig(&opslag, s.stand, &s.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut s.tabblad);
        assert_eq!(w.bewaard, None);
        assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap(), Some(ruw));
    }

    #[test]
    fn storage_that_throws_leaves_a_working_app_in_memory() {
        let opslag = Geheugen { kapot: true, ..Geheugen::default() };
        let mut s = start(&opslag, "t");
        assert_eq!(s.melding, Some(Startmelding::Geblokkeerd));
        assert_eq!(s.stand, Bewaarstand::AlleenGeheugen);
        let actie = Actie::ZetTekstgrootte(Tekstgrootte::Groot);
        let w = wijzig(&opslag, s.stand, &s.dokument, &actie, 2.0, &mut s.tabblad);
        assert_eq!(w.dokument.instellingen.tekstgrootte, Tekstgrootte::Groot);
        assert_eq!(w.bewaard, None);
    }

    #[test]
    fn a_full_storage_is_reported_and_the_change_stays_in_memory() {
        let opslag = Geheugen { limiet: Some(10), ..Geheugen::default() };
        let mut s = start(&opslag, "t");
        let w = wijzig(&opslag, s.stand, &s.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut s.tabblad);
        assert_eq!(w.bewaard, Some(Err(OpslagFout::Vol)));
        assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
    }

    #[test]
    fn a_change_in_one_tab_does_not_overwrite_newer_work_from_another() {
        let opslag = Geheugen::default();
        let mut a = start(&opslag, "a");
        let mut b = start(&opslag, "b");
        // Tab A chooses English; tab B, still holding the old copy, enlarges the text.
        wijzig(&opslag, a.stand, &a.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut a.tabblad);
        let actie = Actie::ZetTekstgrootte(Tekstgrootte::Groter);
        let w = wijzig(&opslag, b.stand, &b.dokument, &actie, 3.0, &mut b.tabblad);
        assert_eq!(w.dokument.instellingen.taal, Some(Taal::En), "tab B shows A's change");
        let opgeslagen = start(&opslag, "c").dokument;
        assert_eq!(opgeslagen.instellingen.taal, Some(Taal::En), "tab A's change survived");
        assert_eq!(opgeslagen.instellingen.tekstgrootte, Tekstgrootte::Groter);
    }

    #[test]
    fn another_tab_picks_up_a_newer_document_and_ignores_its_own_echo() {
        let opslag = Geheugen::default();
        let mut a = start(&opslag, "a");
        let mut b = start(&opslag, "b");
        let w = wijzig(&opslag, a.stand, &a.dokument, &Actie::ZetTaal(Taal::En), 2.0, &mut a.tabblad);
        let gehoord = na_ander_tabblad(&opslag, b.stand, &b.dokument, &mut b.tabblad, 3.0).expect("news");
        assert_eq!(gehoord.dokument, w.dokument);
        assert_eq!(gehoord.bewaard, None, "nothing to add, so nothing written");
        assert_eq!(na_ander_tabblad(&opslag, a.stand, &w.dokument, &mut a.tabblad, 4.0), None);
    }

    #[test]
    fn delete_everything_removes_only_this_apps_keys_and_starts_a_new_generation() {
        let opslag = Geheugen::default();
        opslag.schrijf("ander.app", "blijft").unwrap();
        opslag.schrijf(SLEUTEL_DOKUMENT, "{}").unwrap();
        opslag.schrijf(&format!("{VOORVOEGSEL_RESERVE}1"), "oud").unwrap();
        let doc = wis_alles(&opslag, "g2", &mut Tabblad::nieuw("t")).unwrap();
        assert_eq!(doc.generatie, "g2");
        assert_eq!(opslag.sleutels().unwrap(), vec!["ander.app".to_string(), SLEUTEL_GENERATIE.to_string()]);
        assert_eq!(opslag.lees(SLEUTEL_GENERATIE).unwrap().as_deref(), Some("g2"));
    }

    #[test]
    fn a_tab_that_missed_a_wipe_drops_its_change_and_shows_what_is_stored() {
        let opslag = Geheugen::default();
        let mut a = start(&opslag, "a");
        let mut b = start(&opslag, "b");
        let wa = wijzig(&opslag, a.stand, &a.dokument, &antwoord("q1", "geheim"), 2.0, &mut a.tabblad);
        let wb = na_ander_tabblad(&opslag, b.stand, &b.dokument, &mut b.tabblad, 3.0).unwrap();
        assert_eq!(antwoords_tekst(&wb.dokument, "q1"), Some("geheim"));
        wis_alles(&opslag, "g2", &mut a.tabblad).unwrap();
        drop(wa);
        // B never heard of the wipe (frozen) and the person types on.
        let w = wijzig(&opslag, b.stand, &wb.dokument, &antwoord("q1", "geheim!"), 4.0, &mut b.tabblad);
        assert_eq!(w.gebeurd, Some(Gebeurd::EldersGewist));
        assert_eq!(w.bewaard, None);
        assert!(w.dokument.is_leeg());
        assert_eq!(w.dokument.generatie, "g2");
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap(), None, "nothing old is written");
        // And from then on B writes normally, in the new generation.
        let w = wijzig(&opslag, w.stand, &w.dokument, &antwoord("q2", "nieuw"), 5.0, &mut b.tabblad);
        assert_eq!(w.bewaard, Some(Ok(())));
        assert_eq!(antwoorden(&start(&opslag, "c").dokument).len(), 1);
    }

    fn antwoords_tekst<'a>(doc: &'a Dokument, vraag: &str) -> Option<&'a str> {
        match doc.modules.get("m")?.antwoorden.get(vraag)? {
            Antwoord::Tekst(t) => Some(t),
            _ => None,
        }
    }

    #[test]
    fn a_document_written_by_a_tab_that_missed_a_wipe_is_never_read_and_is_removed() {
        let opslag = Geheugen::default();
        let mut a = start(&opslag, "a");
        wijzig(&opslag, a.stand, &a.dokument, &antwoord("q1", "geheim"), 2.0, &mut a.tabblad);
        let oud = opslag.lees(SLEUTEL_DOKUMENT).unwrap().unwrap();
        wis_alles(&opslag, "g2", &mut a.tabblad).unwrap();
        // Its write reached storage after the wipe.
        opslag.schrijf(SLEUTEL_DOKUMENT, &oud).unwrap();
        let s = start(&opslag, "c");
        assert!(s.dokument.is_leeg());
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap(), None);
    }

    #[test]
    fn storage_emptied_from_outside_is_followed_not_written_back() {
        let opslag = Geheugen::default();
        let mut a = start(&opslag, "a");
        let w = wijzig(&opslag, a.stand, &a.dokument, &antwoord("q1", "geheim"), 2.0, &mut a.tabblad);
        // An older version's wipe, or the browser's "clear site data".
        for k in opslag.sleutels().unwrap() {
            opslag.verwijder(&k).unwrap();
        }
        let w = wijzig(&opslag, w.stand, &w.dokument, &antwoord("q2", "x"), 3.0, &mut a.tabblad);
        assert_eq!(w.gebeurd, Some(Gebeurd::EldersGewist));
        assert!(w.dokument.is_leeg());
        assert_eq!(opslag.lees(SLEUTEL_DOKUMENT).unwrap(), None);
        assert!(opslag.lees(SLEUTEL_GENERATIE).unwrap().is_some(), "a new generation, for other tabs to follow");
    }

    #[test]
    fn replacing_by_an_import_keeps_the_replaced_document_as_a_readable_backup() {
        let opslag = Geheugen::default();
        let mut a = start(&opslag, "a");
        let w = wijzig(&opslag, a.stand, &a.dokument, &antwoord("q1", "van mij"), 2.0, &mut a.tabblad);
        let mut bestand = Dokument::default();
        bestand.pas_toe(&antwoord("q2", "uit het bestand"));
        let actie = Actie::Importeer { dokument: Box::new(bestand), manier: Importmanier::Vervangen };
        let w = wijzig(&opslag, w.stand, &w.dokument, &actie, 3.0, &mut a.tabblad);
        assert_eq!(antwoorden(&w.dokument), vec![("q2".into(), Antwoord::Tekst("uit het bestand".into()))]);
        let kopieen = reservekopieen(&opslag);
        assert_eq!(kopieen.len(), 1);
        let reserve = kopieen[0].dokument.as_ref().expect("a readable backup");
        assert_eq!(antwoords_tekst(reserve, "q1"), Some("van mij"));
        // Bringing it back is a replacement too, which keeps today's aside first.
        let terug = Actie::Importeer { dokument: Box::new(reserve.clone()), manier: Importmanier::Vervangen };
        let w = wijzig(&opslag, w.stand, &w.dokument, &terug, 4.0, &mut a.tabblad);
        assert_eq!(antwoords_tekst(&w.dokument, "q1"), Some("van mij"));
        assert_eq!(antwoords_tekst(&w.dokument, "q2"), None);
        assert_eq!(reservekopieen(&opslag).len(), 2);
    }

    #[test]
    fn a_replacement_without_room_for_the_backup_replaces_nothing() {
        // Room for the answer in the document and in the tab's journal, not for a third copy.
        let opslag = Geheugen { limiet: Some(2200), ..Geheugen::default() };
        let mut a = start(&opslag, "a");
        let w = wijzig(&opslag, a.stand, &a.dokument, &antwoord("q1", &"x".repeat(300)), 2.0, &mut a.tabblad);
        assert_eq!(w.bewaard, Some(Ok(())));
        let actie = Actie::Importeer { dokument: Box::new(Dokument::default()), manier: Importmanier::Vervangen };
        let w2 = wijzig(&opslag, w.stand, &w.dokument, &actie, 3.0, &mut a.tabblad);
        assert_eq!(w2.bewaard, Some(Err(OpslagFout::Vol)));
        assert_eq!(antwoorden(&w2.dokument), antwoorden(&w.dokument));
        assert_eq!(antwoorden(&start(&opslag, "c").dokument), antwoorden(&w.dokument));
    }

    #[test]
    fn a_schema_3_document_is_read_and_written_back_as_the_current_schema() {
        let opslag = Geheugen::default();
        let oud = r#"{"schema":3,"revisie":12,"instellingen":{"taal":"en"},"modules":{"m":{"antwoorden":{"q":{"soort":"tekst","waarde":"oud"}}}},"schrijvers":{"t1":{"nr":4,"op_ms":98.0}}}"#;
        opslag.schrijf(SLEUTEL_DOKUMENT, oud).unwrap();
        opslag.schrijf("spoorwijzer.revisie", "12").unwrap();
        let mut s = start(&opslag, "t");
        assert_eq!(antwoords_tekst(&s.dokument, "q"), Some("oud"));
        let w = wijzig(&opslag, s.stand, &s.dokument, &antwoord("q2", "nieuw"), 2.0e12, &mut s.tabblad);
        assert_eq!(w.bewaard, Some(Ok(())));
        let ruw = opslag.lees(SLEUTEL_DOKUMENT).unwrap().unwrap();
        let schema = format!(r#""schema":{}"#, crate::domain::dokument::SCHEMA);
        assert!(ruw.contains(&schema) && !ruw.contains("schrijvers"), "{ruw}");
        assert_eq!(antwoords_tekst(&start(&opslag, "c").dokument, "q"), Some("oud"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod model_tests;
