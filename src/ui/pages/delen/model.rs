//! The three parts of `#/delen` as plain state and steps: sharing with a coach
//! (`Delen`), making a save file (`Bewaren`) and loading one back
//! (`Terughalen`). Each `na` is a pure function of the state and one step; the
//! components only send steps and do what the browser must (encrypting, files).

use std::rc::Rc;

use yew::Reducible;

use crate::content::delen as d;
use crate::domain::bewaarbestand::{self, Wachtwoordstand};
use crate::domain::deelpakket::{Deelkeuze, GevoeligeKeuze};
use crate::domain::delen::Link;
use crate::domain::tekst::Tekst;
use crate::services::crypto::CryptoFout;

/// A message under a button: nothing, busy, done or a problem.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Geen,
    Bezig,
    Gelukt(Tekst),
    Fout(Tekst),
}

impl Status {
    /// Done or a problem, by whether it worked.
    pub fn na(ok: bool, gelukt: Tekst, fout: Tekst) -> Status {
        if ok {
            Status::Gelukt(gelukt)
        } else {
            Status::Fout(fout)
        }
    }
}

/// A browser's crypto problem, in words; one wording for every page that encrypts or
/// opens (a wrong code is each page's own message, matched before this).
pub fn crypto_fout(f: CryptoFout) -> Tekst {
    match f {
        CryptoFout::NietBeschikbaar => d::GEEN_CRYPTO,
        _ => d::CRYPTO_MISLUKT,
    }
}

// ----- Sharing with a coach -----------------------------------------------------------------------

/// One tick in the choice of what to share.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Vinkje {
    Module(&'static str),
    EigenWoorden,
    EigenBeeld,
    Kijk,
    /// The kept occupations with their notes (issue 27).
    Beroepen,
    Coach,
    Gevoelig(GevoeligeKeuze),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Deelstap {
    Vink(Vinkje, bool),
    Naam(String),
    /// "Mijn week in het traject delen": the week as computed now, or `None` (not ticked).
    Week(Option<u32>),
    /// The link is being made.
    Bezig,
    Klaar(Link),
    Fout(Tekst),
    Kopie(Status),
    CodeKopie(Status),
}

/// What is chosen, the link made from it, and the messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Delen {
    pub keuze: Deelkeuze,
    pub link: Option<Rc<Link>>,
    /// The choice changed after a link was made: that link is gone.
    pub gewijzigd: bool,
    pub status: Status,
    pub kopie: Status,
    pub code_kopie: Status,
}

impl Default for Delen {
    fn default() -> Self {
        Delen {
            keuze: Deelkeuze::default(),
            link: None,
            gewijzigd: false,
            status: Status::Geen,
            kopie: Status::Geen,
            code_kopie: Status::Geen,
        }
    }
}

impl Delen {
    pub fn na(&self, stap: Deelstap) -> Delen {
        let mut n = self.clone();
        match stap {
            Deelstap::Vink(v, aan) => {
                let k = &mut n.keuze;
                match v {
                    Vinkje::Module(id) if aan => drop(k.modules.insert(id.to_string())),
                    Vinkje::Module(id) => drop(k.modules.remove(id)),
                    Vinkje::EigenWoorden => k.eigen_woorden = aan,
                    Vinkje::EigenBeeld => k.eigen_beeld = aan,
                    Vinkje::Kijk => k.kijk = aan,
                    Vinkje::Beroepen => k.beroepen = aan,
                    Vinkje::Coach => k.coach = aan,
                    Vinkje::Gevoelig(paar) => {
                        k.gevoelig.retain(|g| *g != paar);
                        if aan {
                            k.gevoelig.push(paar);
                        }
                    }
                }
                n.keuze_gewijzigd();
            }
            Deelstap::Naam(naam) => {
                n.keuze.naam = naam;
                n.keuze_gewijzigd();
            }
            Deelstap::Week(week) => {
                n.keuze.week = week;
                n.keuze_gewijzigd();
            }
            Deelstap::Bezig => {
                n.status = Status::Bezig;
                n.kopie = Status::Geen;
                n.code_kopie = Status::Geen;
            }
            Deelstap::Klaar(link) => {
                n.gewijzigd = false;
                n.status = Status::Geen;
                n.link = Some(Rc::new(link));
            }
            Deelstap::Fout(t) => n.status = Status::Fout(t),
            Deelstap::Kopie(s) => n.kopie = s,
            Deelstap::CodeKopie(s) => n.code_kopie = s,
        }
        n
    }

    /// A link made for another choice is taken away, and says so.
    fn keuze_gewijzigd(&mut self) {
        if self.link.take().is_some() {
            self.gewijzigd = true;
        }
        self.status = Status::Geen;
    }
}

impl Reducible for Delen {
    type Action = Deelstap;
    fn reduce(self: Rc<Self>, stap: Deelstap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}

// ----- Making a save file ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub enum Bewaarstap {
    MetWachtwoord(bool),
    Wachtwoord1(String),
    Wachtwoord2(String),
    /// The app made a passphrase to write down.
    Bedacht(Rc<str>),
    ZelfKiezen,
    Toon(bool),
    Kopie(Status),
    Status(Status),
}

/// The save-file part: with or without a passphrase, the two fields or the made one.
#[derive(Clone, Debug, PartialEq)]
pub struct Bewaren {
    pub met_ww: bool,
    pub ww1: String,
    pub ww2: String,
    /// A passphrase the app made, shown to write down: used instead of the two fields.
    pub bedacht: Option<Rc<str>>,
    /// What is typed shows as text: twelve characters typed blind go wrong easily.
    pub toon: bool,
    pub kopie: Status,
    pub status: Status,
}

impl Default for Bewaren {
    fn default() -> Self {
        Bewaren {
            met_ww: false,
            ww1: String::new(),
            ww2: String::new(),
            bedacht: None,
            toon: false,
            kopie: Status::Geen,
            status: Status::Geen,
        }
    }
}

impl Bewaren {
    pub fn na(&self, stap: Bewaarstap) -> Bewaren {
        let mut n = self.clone();
        match stap {
            Bewaarstap::MetWachtwoord(aan) => {
                n.status = Status::Geen;
                n.met_ww = aan;
            }
            Bewaarstap::Wachtwoord1(w) => n.ww1 = w,
            Bewaarstap::Wachtwoord2(w) => n.ww2 = w,
            Bewaarstap::Bedacht(w) => {
                n.kopie = Status::Geen;
                n.status = Status::Geen;
                n.bedacht = Some(w);
            }
            Bewaarstap::ZelfKiezen => n.bedacht = None,
            Bewaarstap::Toon(aan) => n.toon = aan,
            Bewaarstap::Kopie(s) => n.kopie = s,
            Bewaarstap::Status(s) => n.status = s,
        }
        n
    }

    /// How far the passphrase is: a made one is always good.
    pub fn stand(&self) -> Wachtwoordstand {
        if self.bedacht.is_some() {
            Wachtwoordstand::Goed
        } else {
            bewaarbestand::keur_wachtwoord(&self.ww1, &self.ww2)
        }
    }

    /// The passphrase the file is locked with.
    pub fn wachtwoord(&self) -> String {
        self.bedacht.as_deref().unwrap_or(&self.ww1).to_string()
    }

    /// The field to go to when the download still needs something there.
    pub fn veld_voor(stand: Wachtwoordstand) -> &'static str {
        match stand {
            Wachtwoordstand::Herhalen | Wachtwoordstand::Anders => "ww-2",
            _ => "ww-1",
        }
    }
}

impl Reducible for Bewaren {
    type Action = Bewaarstap;
    fn reduce(self: Rc<Self>, stap: Bewaarstap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}

// Loading a save file back.
mod terughalen;
pub use terughalen::*;

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
