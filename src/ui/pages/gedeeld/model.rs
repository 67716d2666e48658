//! `#/gedeeld/<payload>` as plain state and steps: the link's (or a picked
//! file's) frame, the code typed, what was opened, and the label for a kept
//! copy. What a decoded package or a picked file means for the coach is
//! decided here; the page only sends steps, renders, and leaves decrypting
//! and reading files to `services`.

use std::rc::Rc;

use yew::Reducible;

use crate::content::delen as d;
use crate::content::modules::MODULES;
use crate::domain::deelpakket::{self, DeelFout, DeelInhoud, Kader};
use crate::domain::dokument::OntvangenPakket;
use crate::domain::opschonen::schone_regel;
use crate::domain::tekst::Tekst;
use crate::services::crypto::CryptoFout;
use crate::ui::pages::delen::model::crypto_fout;

/// A shared file is a few lines of text: anything larger is not one.
pub const MAX_DEELBESTAND: usize = deelpakket::MAX_TEKENS + 4096;

/// What a damaged link or package is called.
pub fn deel_fout(f: DeelFout) -> Tekst {
    match f {
        DeelFout::Beschadigd => d::LINK_BESCHADIGD,
        DeelFout::TeGroot => d::LINK_TE_GROOT,
        DeelFout::NieuwereVersie(_) => d::LINK_NIEUWER,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stand {
    /// Waiting for the code (or, without a link, for a file).
    Invoer {
        fout: Option<Tekst>,
    },
    Bezig,
    Open {
        inhoud: Rc<DeelInhoud>,
        bewaard: bool,
    },
    /// A copy kept earlier, by the moment it was kept.
    Kopie {
        bewaard_op: f64,
    },
}

impl Stand {
    /// Where focus goes once this shows: the opened result's heading, or
    /// the code field with what went wrong.
    pub fn focus(&self) -> &'static str {
        match self {
            Stand::Open { .. } | Stand::Kopie { .. } => "gedeeld-kop",
            Stand::Invoer { .. } | Stand::Bezig => "code",
        }
    }
}

/// What the decryption gave, as what the coach sees: the package, or the
/// code field again with what went wrong.
pub fn gelezen(uitkomst: Result<Vec<u8>, CryptoFout>) -> Stand {
    let fout = match uitkomst {
        Ok(bytes) => match deelpakket::lees_klaartekst(&bytes, &MODULES) {
            Ok(inhoud) => return Stand::Open { inhoud: Rc::new(inhoud), bewaard: false },
            Err(f) => deel_fout(f),
        },
        Err(CryptoFout::Ontsleutelen) => d::CODE_FOUT,
        Err(f) => crypto_fout(f),
    };
    Stand::Invoer { fout: Some(fout) }
}

/// A picked file: the frame of the shared link it holds, or not a shared file.
#[derive(Clone, Debug, PartialEq)]
pub enum Bestand {
    Kader(Result<Rc<Kader>, DeelFout>),
    GeenDeelbestand,
}

impl Bestand {
    /// A file's text (`None`: it could not be read, or was too large).
    pub fn uit(tekst: Option<String>) -> Bestand {
        match tekst {
            Some(t) if t.contains(deelpakket::PAD) => Bestand::Kader(deelpakket::ontkader(&t).map(Rc::new)),
            _ => Bestand::GeenDeelbestand,
        }
    }

    /// Where focus goes: the code field for a readable file, else the
    /// message that says it is not one.
    pub fn focus(&self) -> &'static str {
        match self {
            Bestand::Kader(Ok(_)) => "code",
            _ => "bestand-fout",
        }
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
    Bestand(Bestand),
    Bewaard,
    /// Look at the copy kept at this moment.
    Bekijk(f64),
    /// The copy kept at this moment was deleted.
    Verwijderd(f64),
}

/// What the top of the page asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Invoerdeel {
    /// Something is shown: nothing to ask.
    Niets,
    /// Opened without a link: pick a file (or look at a kept copy).
    GeenLink,
    /// The link or file is not a shared package.
    Fout(Tekst),
    /// The code for a readable frame, with a problem under it, busy or not.
    Code {
        fout: Option<Tekst>,
        bezig: bool,
    },
    Bezig,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gedeeld {
    /// The frame read from the link, or later from a picked file; `None`
    /// when the page was opened without a link.
    pub kader: Option<Result<Rc<Kader>, DeelFout>>,
    pub stand: Stand,
    pub code: String,
    pub label: String,
}

impl Gedeeld {
    pub fn nieuw(payload: &str) -> Gedeeld {
        let kader =
            if payload == deelpakket::GEEN_LINK { None } else { Some(deelpakket::ontkader(payload).map(Rc::new)) };
        Gedeeld { kader, stand: Stand::Invoer { fout: None }, code: String::new(), label: String::new() }
    }

    pub fn na(&self, stap: Stap) -> Gedeeld {
        let mut n = self.clone();
        match stap {
            Stap::Code(c) => n.code = c,
            Stap::Label(l) => n.label = l,
            Stap::CodeFout(t) => n.stand = Stand::Invoer { fout: Some(t) },
            Stap::Bezig => n.stand = Stand::Bezig,
            Stap::Gelezen(stand) => {
                // The shared name is the likely label for a kept copy; the coach can change it.
                if let Stand::Open { inhoud, .. } = &stand {
                    if let Some(naam) = &inhoud.naam {
                        n.label = naam.clone();
                    }
                }
                n.stand = stand;
            }
            Stap::Bestand(Bestand::Kader(k)) => {
                n.kader = Some(k);
                n.stand = Stand::Invoer { fout: None };
            }
            Stap::Bestand(Bestand::GeenDeelbestand) => {
                n.kader = Some(Err(DeelFout::Beschadigd));
                n.stand = Stand::Invoer { fout: Some(d::DEELBESTAND_FOUT) };
            }
            Stap::Bewaard => {
                if let Stand::Open { inhoud, .. } = &self.stand {
                    n.stand = Stand::Open { inhoud: inhoud.clone(), bewaard: true };
                }
            }
            Stap::Bekijk(op) => n.stand = Stand::Kopie { bewaard_op: op },
            Stap::Verwijderd(op) => {
                if self.stand == (Stand::Kopie { bewaard_op: op }) {
                    n.stand = Stand::Invoer { fout: None };
                }
            }
        }
        n
    }

    /// The typed code, cleaned, or what is wrong with its form.
    pub fn code(&self) -> Result<String, Tekst> {
        deelpakket::normaliseer_code(&self.code).map_err(d::code_vorm_fout)
    }

    /// The frame to open with the code, when there is a readable one.
    pub fn te_openen(&self) -> Option<Rc<Kader>> {
        match &self.kader {
            Some(Ok(k)) => Some(k.clone()),
            _ => None,
        }
    }

    pub fn invoerdeel(&self) -> Invoerdeel {
        match (&self.kader, &self.stand) {
            (_, Stand::Open { .. } | Stand::Kopie { .. }) => Invoerdeel::Niets,
            (None, Stand::Invoer { .. }) => Invoerdeel::GeenLink,
            (Some(Err(f)), Stand::Invoer { fout }) => Invoerdeel::Fout(fout.unwrap_or(deel_fout(*f))),
            (Some(Ok(_)), Stand::Invoer { fout }) => Invoerdeel::Code { fout: *fout, bezig: false },
            (Some(Ok(_)), Stand::Bezig) => Invoerdeel::Code { fout: None, bezig: true },
            (_, Stand::Bezig) => Invoerdeel::Bezig,
        }
    }

    /// What is shown read-only: the opened package, or a kept copy with its
    /// label (`None` when that copy is gone, e.g. deleted in another tab).
    pub fn bekeken(&self, ontvangen: &[OntvangenPakket]) -> Option<(Rc<DeelInhoud>, Option<String>)> {
        match &self.stand {
            Stand::Open { inhoud, .. } => Some((inhoud.clone(), None)),
            Stand::Kopie { bewaard_op } => ontvangen.iter().find(|p| p.bewaard_op == *bewaard_op).map(|p| {
                let inhoud = DeelInhoud {
                    versie: u32::from(deelpakket::VERSIE),
                    gemaakt_op: p.gemaakt_op,
                    taal: p.taal,
                    modules: p.modules.clone(),
                    coach: None,
                    naam: None,
                    kijk: p.kijk.clone(),
                    kandidaat: None,
                    week: None,
                    beroepen: p.beroepen.clone(),
                };
                (Rc::new(inhoud), Some(p.label.clone()))
            }),
            _ => None,
        }
    }

    /// The file picker shows when there is no readable link and nothing is shown.
    pub fn bestand_kiezen(&self, ontvangen: &[OntvangenPakket]) -> bool {
        !matches!(self.kader, Some(Ok(_))) && self.bekeken(ontvangen).is_none()
    }

    pub fn bewaard(&self) -> bool {
        matches!(self.stand, Stand::Open { bewaard: true, .. })
    }

    /// The opened package as a kept copy, with the coach's label (cleaned)
    /// or `standaard`; `None` when nothing is open.
    pub fn kopie(&self, standaard: &str, nu_ms: f64) -> Option<OntvangenPakket> {
        let Stand::Open { inhoud, .. } = &self.stand else { return None };
        Some(OntvangenPakket {
            bewaard_op: nu_ms,
            label: schone_regel(&self.label, deelpakket::MAX_KOPIE_LABEL).unwrap_or_else(|| standaard.to_string()),
            gemaakt_op: inhoud.gemaakt_op,
            taal: inhoud.taal,
            modules: inhoud.modules.clone(),
            kijk: inhoud.kijk.clone(),
            beroepen: inhoud.beroepen.clone(),
        })
    }
}

impl Reducible for Gedeeld {
    type Action = Stap;
    fn reduce(self: Rc<Self>, stap: Stap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
