//! `#/kijk-terug/<reply>` as plain state and steps: the code typed, what the
//! opened reply turned out to be, and the label typed for it. What a decoded
//! reply means for the candidate (shown, refused, wrong code) is decided here,
//! so the page only sends steps and renders; the browser's part (decrypting)
//! stays in `services::delen`.

use std::rc::Rc;

use yew::Reducible;

use crate::content::delen as d;
use crate::content::kijk as k;
use crate::content::modules::MODULES;
use crate::domain::deelpakket;
use crate::domain::kijk::{self, KijkAntwoord, KijkBron, KijkFout, KijkInhoud, Spiegelset, Weigering};
use crate::domain::tekst::Tekst;
use crate::services::crypto::CryptoFout;

#[derive(Clone, Debug, PartialEq)]
pub enum Stand {
    Invoer {
        fout: Option<Tekst>,
    },
    Bezig,
    /// Readable and for this candidate: shown, not kept yet.
    Voorbeeld(Rc<KijkInhoud>),
    /// Readable, but refused; nothing changed.
    Geweigerd(Tekst),
    Klaar(Tekst),
}

impl Stand {
    /// Where the keyboard focus goes once the page shows this: the person
    /// hears the new state instead of staying on a button that is gone.
    pub fn focus(&self) -> &'static str {
        match self {
            Stand::Invoer { .. } | Stand::Bezig => "kijk-code",
            Stand::Voorbeeld(_) => "kijk-voorbeeld-kop",
            Stand::Geweigerd(_) | Stand::Klaar(_) => "kijk-status",
        }
    }
}

/// What a reply's damage is called (the link or the decrypted content).
pub fn kijk_fout(f: KijkFout) -> Tekst {
    match f {
        KijkFout::Beschadigd => k::ANTWOORD_KAPOT,
        KijkFout::TeGroot => k::ANTWOORD_TE_GROOT,
        KijkFout::NieuwereVersie => k::ANTWOORD_NIEUWER,
    }
}

fn weigering(w: Weigering) -> Tekst {
    match w {
        Weigering::AlToegevoegd => k::AL_TOEGEVOEGD,
        Weigering::AndereUitnodiging => k::ANDERE_UITNODIGING,
    }
}

/// What the decryption gave, as what the person sees: a wrong code or a
/// browser problem keeps the code field; a readable reply is shown when it is
/// for this candidate and refused (with why) when not.
pub fn gelezen(uitkomst: Result<Vec<u8>, CryptoFout>, dokument: &impl KijkBron) -> Stand {
    match uitkomst {
        Ok(bytes) => match kijk::lees_antwoord(&bytes, &Spiegelset::uit(&MODULES)) {
            Ok(inhoud) => match kijk::beoordeel(&inhoud, dokument) {
                Ok(()) => Stand::Voorbeeld(Rc::new(inhoud)),
                Err(w) => Stand::Geweigerd(weigering(w)),
            },
            Err(f) => Stand::Geweigerd(kijk_fout(f)),
        },
        Err(CryptoFout::Ontsleutelen) => Stand::Invoer { fout: Some(k::CODE_FOUT) },
        Err(CryptoFout::NietBeschikbaar) => Stand::Invoer { fout: Some(d::GEEN_CRYPTO) },
        Err(CryptoFout::Mislukt) => Stand::Invoer { fout: Some(d::CRYPTO_MISLUKT) },
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stap {
    Code(String),
    Label(String),
    /// The typed code is not a code; nothing was tried.
    CodeFout(Tekst),
    Bezig,
    Gelezen(Stand),
    Geweigerd(Tekst),
    Toegevoegd,
    Weggegooid,
}

/// The page: what is typed and where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Terug {
    pub stand: Stand,
    pub code: String,
    pub label: String,
}

impl Default for Terug {
    fn default() -> Self {
        Terug { stand: Stand::Invoer { fout: None }, code: String::new(), label: String::new() }
    }
}

/// The message at the end of the page: a problem (an alert) or done.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    pub fout: bool,
    pub tekst: Tekst,
}

impl Terug {
    pub fn na(&self, stap: Stap) -> Terug {
        let mut n = self.clone();
        match stap {
            Stap::Code(c) => n.code = c,
            Stap::Label(l) => n.label = l,
            Stap::CodeFout(t) => n.stand = Stand::Invoer { fout: Some(t) },
            Stap::Bezig => n.stand = Stand::Bezig,
            Stap::Gelezen(stand) => {
                // The trusted person's name is the likely label; the candidate can change it.
                if let Stand::Voorbeeld(inhoud) = &stand {
                    n.label = inhoud.van.clone().unwrap_or_default();
                }
                n.stand = stand;
            }
            Stap::Geweigerd(t) => n.stand = Stand::Geweigerd(t),
            Stap::Toegevoegd => n.stand = Stand::Klaar(k::TOEGEVOEGD),
            Stap::Weggegooid => n.stand = Stand::Klaar(k::WEGGEGOOID),
        }
        n
    }

    /// The typed code, cleaned, or what is wrong with its form.
    pub fn code(&self) -> Result<String, Tekst> {
        deelpakket::normaliseer_code(&self.code).map_err(d::code_vorm_fout)
    }

    pub fn bezig(&self) -> bool {
        self.stand == Stand::Bezig
    }

    /// The problem under the code field, if any.
    pub fn code_fout(&self) -> Option<Tekst> {
        match &self.stand {
            Stand::Invoer { fout } => *fout,
            _ => None,
        }
    }

    /// The shown reply as kept, or why not: checked again, since another tab
    /// may have added it after it was opened here. `None`: nothing is shown.
    pub fn voeg_toe(
        &self,
        dokument: &impl KijkBron,
        standaard: &str,
        nu_ms: f64,
    ) -> Option<Result<KijkAntwoord, Tekst>> {
        let Stand::Voorbeeld(inhoud) = &self.stand else { return None };
        Some(
            kijk::beoordeel(inhoud, dokument)
                .map_err(weigering)
                .map(|()| kijk::bewaar(inhoud, dokument, &self.label, standaard, nu_ms)),
        )
    }

    /// The one line that ends the page: an unreadable link, a refusal or done.
    pub fn slot(&self, link: Result<(), KijkFout>) -> Option<Slot> {
        match (link, &self.stand) {
            (Err(f), _) => Some(Slot { fout: true, tekst: kijk_fout(f) }),
            (Ok(()), Stand::Geweigerd(t)) => Some(Slot { fout: true, tekst: *t }),
            (Ok(()), Stand::Klaar(t)) => Some(Slot { fout: false, tekst: *t }),
            _ => None,
        }
    }
}

impl Reducible for Terug {
    type Action = Stap;
    fn reduce(self: Rc<Self>, stap: Stap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
