//! `#/anderen` as plain state and steps: the invitation being made (which
//! parts, the name, the link once made), the reply being opened, and the
//! messages of each part. What a typed or picked reply must hold, and which
//! message each outcome gives, is decided here; the page only sends steps,
//! renders, and leaves clipboard, files and navigation to `services` and the
//! router.

use std::rc::Rc;

use yew::Reducible;

use crate::content::delen as d;
use crate::content::kijk as k;
use crate::domain::delen::{self, UitnodigingFout};
use crate::domain::kijk::{self, Uitnodiging, DELEN};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;

/// A reply file is a few lines of text: anything larger is not one.
pub const MAX_BESTAND: usize = kijk::MAX_ANTWOORD + 4096;

/// The short name of each part of the mirror set, as the candidate chooses them.
pub fn deel_naam(id: &str) -> Tekst {
    match id {
        "kwaliteiten" => k::DEEL_KWALITEITEN,
        "goed-in" => k::DEEL_GOED_IN,
        "energie" => k::DEEL_ENERGIE,
        _ => k::DEEL_BOODSCHAP,
    }
}

/// The reply's payload in what was pasted or read from a file (a whole link,
/// a reply file or the bare payload), when it is a readable reply frame; the
/// reply page asks for the code. `None`: not a reply link.
pub fn antwoord_payload(tekst: &str) -> Option<String> {
    let payload = kijk::haal_payload(tekst, kijk::ANTWOORD_PAD);
    kijk::ontkader_antwoord(payload).ok().map(|_| payload.to_string())
}

/// A message under a part of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Melding {
    Geen,
    Goed(Tekst),
    /// A kept reply was deleted: its label is said.
    Verwijderd(String),
    Fout(Tekst),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stap {
    /// Tick or untick part `i` of [`DELEN`].
    Vink(usize, bool),
    Naam(String),
    /// The invitation is made and kept: its link.
    Gemaakt(String),
    KanNiet(UitnodigingFout),
    /// The link was copied (or not).
    Gekopieerd(bool),
    Plak(String),
    /// What was pasted or picked is not a reply link.
    GeenAntwoord,
    /// The kept reply with this label was deleted.
    Verwijderd(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Anderen {
    /// Which parts of [`DELEN`] are asked; all, until the candidate unticks one.
    pub gekozen: [bool; DELEN.len()],
    pub naam: String,
    /// The invitation link once made; gone when the choice changes.
    pub link: Option<Rc<str>>,
    pub status: Melding,
    pub kopie: Melding,
    pub plak: String,
    pub open_status: Melding,
    pub lijst_status: Melding,
}

impl Default for Anderen {
    fn default() -> Self {
        Anderen {
            gekozen: DELEN.map(|_| true),
            naam: String::new(),
            link: None,
            status: Melding::Geen,
            kopie: Melding::Geen,
            plak: String::new(),
            open_status: Melding::Geen,
            lijst_status: Melding::Geen,
        }
    }
}

impl Anderen {
    pub fn na(&self, stap: Stap) -> Anderen {
        let mut n = self.clone();
        match stap {
            Stap::Vink(i, aan) => {
                // A link made for other parts must not be sent by mistake.
                if let Some(g) = n.gekozen.get_mut(i) {
                    *g = aan;
                }
                n.link = None;
            }
            Stap::Naam(naam) => {
                n.naam = naam;
                n.link = None;
            }
            Stap::Gemaakt(link) => {
                n.status = Melding::Geen;
                n.kopie = Melding::Geen;
                n.link = Some(link.into());
            }
            Stap::KanNiet(f) => {
                n.status = Melding::Fout(match f {
                    UitnodigingFout::NietsGekozen => k::KIES_EEN,
                    UitnodigingFout::GeenId => d::GEEN_CRYPTO,
                })
            }
            Stap::Gekopieerd(ok) => {
                n.kopie = if ok { Melding::Goed(k::GEKOPIEERD) } else { Melding::Fout(k::NIET_GEKOPIEERD) }
            }
            Stap::Plak(t) => n.plak = t,
            Stap::GeenAntwoord => n.open_status = Melding::Fout(k::GEEN_ANTWOORDLINK),
            Stap::Verwijderd(label) => n.lijst_status = Melding::Verwijderd(label),
        }
        n
    }

    /// The invitation for what is ticked and typed, with a fresh `id`.
    pub fn uitnodiging(&self, id: Option<String>, taal: Taal, nu_ms: f64) -> Result<Uitnodiging, UitnodigingFout> {
        delen::uitnodiging(&self.gekozen, id, &self.naam, taal, nu_ms)
    }

    /// The part with the kept replies shows while there are any, and stays
    /// after the last is deleted so the person hears that it was.
    pub fn toon_bewaard(&self, aantal: usize) -> bool {
        aantal > 0 || self.lijst_status != Melding::Geen
    }
}

/// Where focus goes when no invitation could be made: to the message when
/// nothing was ticked, so the person hears why.
pub fn focus_bij(f: UitnodigingFout) -> Option<&'static str> {
    (f == UitnodigingFout::NietsGekozen).then_some("uitnodiging-status")
}

impl Reducible for Anderen {
    type Action = Stap;
    fn reduce(self: Rc<Self>, stap: Stap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
