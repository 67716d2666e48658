//! `#/kijk/<invitation>` as plain state and steps: which screen the trusted
//! person is on, what they typed, and the reply once made. The answers live
//! only here (nothing is written to storage). The page sends steps and
//! renders; making the encrypted link is `services::delen`'s work.

use std::rc::Rc;

use yew::Reducible;

use crate::content::delen as d;
use crate::content::kijk as k;
use crate::domain::delen::Link;
use crate::domain::kijk::{KijkFout, Spiegel, MAX_KEUZES};
use crate::domain::tekst::Tekst;
use crate::services::crypto::CryptoFout;
use crate::services::delen::AntwoordFout;
use crate::ui::pages::delen::model::crypto_fout;

/// What an unreadable invitation link says: made by a newer Spoorwijzer (so
/// updating helps), or damaged (so asking for the link again helps).
pub fn uitnodiging_fout(f: KijkFout) -> Tekst {
    match f {
        KijkFout::NieuwereVersie => k::UITNODIGING_NIEUWER,
        KijkFout::Beschadigd | KijkFout::TeGroot => k::UITNODIGING_KAPOT,
    }
}

/// What the trusted person typed, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Invoer {
    pub kwaliteiten: Vec<String>,
    pub kwaliteiten_woorden: String,
    pub goed_in: String,
    pub energie: Vec<String>,
    pub boodschap: String,
    pub van: String,
}

/// A list typed with commas or on separate lines.
fn woorden(tekst: &str) -> Vec<String> {
    tekst.split([',', '\n', ';']).map(str::trim).filter(|w| !w.is_empty()).map(String::from).collect()
}

impl Invoer {
    pub fn spiegel(&self) -> Spiegel {
        Spiegel {
            kwaliteiten: self.kwaliteiten.clone(),
            kwaliteiten_woorden: woorden(&self.kwaliteiten_woorden),
            goed_in: woorden(&self.goed_in),
            energie: self.energie.clone(),
            boodschap: self.boodschap.clone(),
        }
    }

    /// Tick or untick `id` in a list of at most [`MAX_KEUZES`].
    pub fn wissel(lijst: &mut Vec<String>, id: String, aan: bool) {
        lijst.retain(|x| *x != id);
        if aan && lijst.len() < MAX_KEUZES {
            lijst.push(id);
        }
    }

    /// A list is full: the other boxes are off and a hint says so.
    pub fn vol(lijst: &[String]) -> bool {
        lijst.len() >= MAX_KEUZES
    }
}

/// A message under a button.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Geen,
    Bezig,
    Goed(Tekst),
    Fout(Tekst),
}

/// A typed field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Veld {
    KwaliteitenWoorden,
    GoedIn,
    Boodschap,
    Van,
}

/// A list of tick boxes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lijst {
    Kwaliteiten,
    Energie,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stap {
    /// To screen `n`: 0 is the welcome, then one per question, then sending.
    Ga(usize),
    Typ(Veld, String),
    Vink(Lijst, String, bool),
    /// The reply could not be started.
    KanNiet(AntwoordFout),
    Bezig,
    Klaar(Link),
    Mislukt(CryptoFout),
    Kopie(Status),
    /// Back from the reply to the questions; the answers stay.
    Terug,
}

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scherm {
    Welkom,
    /// Question `n` of the invitation's parts, from 1.
    Vraag(usize),
    /// The name and the button that makes the reply.
    Versturen,
    /// The reply with its code.
    Antwoord,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Vragen {
    pub stap: usize,
    pub invoer: Invoer,
    pub uitkomst: Option<Rc<Link>>,
    pub status: Status,
    pub kopie: Status,
}

impl Default for Vragen {
    fn default() -> Self {
        Vragen { stap: 0, invoer: Invoer::default(), uitkomst: None, status: Status::Geen, kopie: Status::Geen }
    }
}

impl Vragen {
    pub fn na(&self, stap: Stap) -> Vragen {
        let mut n = self.clone();
        match stap {
            Stap::Ga(naar) => {
                n.status = Status::Geen;
                n.stap = naar;
            }
            Stap::Typ(veld, w) => {
                let i = &mut n.invoer;
                *match veld {
                    Veld::KwaliteitenWoorden => &mut i.kwaliteiten_woorden,
                    Veld::GoedIn => &mut i.goed_in,
                    Veld::Boodschap => &mut i.boodschap,
                    Veld::Van => &mut i.van,
                } = w;
            }
            Stap::Vink(lijst, id, aan) => {
                let i = &mut n.invoer;
                Invoer::wissel(
                    match lijst {
                        Lijst::Kwaliteiten => &mut i.kwaliteiten,
                        Lijst::Energie => &mut i.energie,
                    },
                    id,
                    aan,
                );
            }
            Stap::KanNiet(f) => {
                n.status = Status::Fout(match f {
                    AntwoordFout::Leeg => k::NIETS_INGEVULD,
                    AntwoordFout::GeenCrypto => d::GEEN_CRYPTO,
                })
            }
            Stap::Bezig => {
                n.status = Status::Bezig;
                n.kopie = Status::Geen;
            }
            Stap::Klaar(link) => {
                n.status = Status::Geen;
                n.uitkomst = Some(Rc::new(link));
            }
            Stap::Mislukt(f) => n.status = Status::Fout(crypto_fout(f)),
            Stap::Kopie(s) => n.kopie = s,
            Stap::Terug => n.uitkomst = None,
        }
        n
    }

    /// The screen for an invitation that asks `delen` questions.
    pub fn scherm(&self, delen: usize) -> Scherm {
        match self.stap {
            _ if self.uitkomst.is_some() => Scherm::Antwoord,
            0 => Scherm::Welkom,
            n if n <= delen => Scherm::Vraag(n),
            _ => Scherm::Versturen,
        }
    }

    /// "Maak mijn antwoord klaar" waits while a reply is being made, so one
    /// press makes one reply.
    pub fn kan_maken(&self) -> bool {
        self.status != Status::Bezig
    }
}

/// Where focus goes when the reply could not be started: to the message when
/// nothing was filled in, so the person hears why.
pub fn focus_bij(f: AntwoordFout) -> Option<&'static str> {
    (f == AntwoordFout::Leeg).then_some("antwoord-status")
}

impl Reducible for Vragen {
    type Action = Stap;
    fn reduce(self: Rc<Self>, stap: Stap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
