//! Loading a save file back, as plain state and steps: where it is (`Import`),
//! what a picked file or a passphrase gave, and which import may go ahead.

use std::rc::Rc;

use yew::Reducible;

use super::crypto_fout;
use crate::content::delen as d;
use crate::domain::bewaarbestand::{self, BestandFout, Inhoud, Versleuteld};
use crate::domain::deelpakket;
use crate::domain::dokument::{Dokument, Importmanier};
use crate::domain::tekst::Tekst;
use crate::services::bestand::LeesFout;
use crate::services::crypto::CryptoFout;

/// Where loading a save file is.
#[derive(Clone, Debug, PartialEq)]
pub enum Import {
    Niets,
    Bezig,
    Wachtwoord { versleuteld: Rc<Versleuteld>, gemaakt_op: Rc<str>, fout: Option<Tekst> },
    Voorbeeld { dokument: Rc<Dokument>, gemaakt_op: Rc<str>, bevestig: bool },
    Klaar(Tekst),
    Fout(Tekst),
}

impl Import {
    /// Where focus goes when this appears after waiting.
    pub fn focus(&self) -> &'static str {
        match self {
            Import::Wachtwoord { .. } => "import-ww",
            Import::Voorbeeld { .. } => "import-voorbeeld",
            _ => "import-status",
        }
    }
}

pub fn bestand_fout(f: BestandFout) -> Tekst {
    match f {
        BestandFout::TeGroot => d::FOUT_TE_GROOT,
        BestandFout::GeenJson => d::FOUT_GEEN_JSON,
        BestandFout::GeenBewaarbestand => d::FOUT_GEEN_BEWAARBESTAND,
        BestandFout::NieuwereVersie => d::FOUT_NIEUWER,
        BestandFout::Beschadigd => d::FOUT_BESCHADIGD,
    }
}

/// What a picked file means, without changing anything.
pub fn na_lezen(gelezen: Result<String, LeesFout>) -> Import {
    let tekst = match gelezen {
        Ok(t) => t,
        Err(LeesFout::TeGroot) => return Import::Fout(d::FOUT_TE_GROOT),
        Err(LeesFout::Onleesbaar) => return Import::Fout(d::FOUT_ONLEESBAAR),
    };
    match bewaarbestand::lees(&tekst) {
        Ok(g) => match g.inhoud {
            Inhoud::Open(dokument) => {
                Import::Voorbeeld { dokument: Rc::new(*dokument), gemaakt_op: g.gemaakt_op.into(), bevestig: false }
            }
            Inhoud::Versleuteld(v) => {
                Import::Wachtwoord { versleuteld: Rc::new(v), gemaakt_op: g.gemaakt_op.into(), fout: None }
            }
        },
        // A file meant for a coach, picked here by mistake.
        Err(BestandFout::GeenJson) if deelpakket::ontkader(&tekst).is_ok() => Import::Fout(d::DEELBESTAND_HIER),
        Err(f) => Import::Fout(bestand_fout(f)),
    }
}

/// What opening a locked file with the typed passphrase gave.
pub fn na_ontsleutelen(
    geopend: Result<Vec<u8>, CryptoFout>,
    versleuteld: Rc<Versleuteld>,
    gemaakt_op: Rc<str>,
) -> Import {
    match geopend {
        Ok(bytes) => match bewaarbestand::lees_klaartekst(&bytes) {
            Ok(dok) => Import::Voorbeeld { dokument: Rc::new(dok), gemaakt_op, bevestig: false },
            Err(f) => Import::Fout(bestand_fout(f)),
        },
        Err(CryptoFout::Ontsleutelen) => Import::Wachtwoord { versleuteld, gemaakt_op, fout: Some(d::WACHTWOORD_FOUT) },
        Err(f) => Import::Fout(crypto_fout(f)),
    }
}

/// What to say after an import.
pub fn klaar_tekst(manier: Importmanier, veranderd: bool) -> Tekst {
    match (manier, veranderd) {
        (Importmanier::Vervangen, _) => d::VERVANGEN_KLAAR,
        (Importmanier::Samenvoegen, true) => d::SAMENGEVOEGD,
        (Importmanier::Samenvoegen, false) => d::NIETS_NIEUWS,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Importstap {
    /// Reading or opening the file.
    Bezig,
    /// What reading or opening gave.
    Nieuw(Import),
    Wachtwoord(String),
    Toon(bool),
    /// Open a locked file with the passphrase as typed.
    Open,
    /// "Vervangen": ask to confirm first.
    Vervang,
    /// Not replacing after all.
    Terug,
    Annuleer,
}

/// The part that loads a save file back.
#[derive(Clone, Debug, PartialEq)]
pub struct Terughalen {
    pub stand: Import,
    pub ww: String,
    pub toon: bool,
}

impl Default for Terughalen {
    fn default() -> Self {
        Terughalen { stand: Import::Niets, ww: String::new(), toon: false }
    }
}

impl Terughalen {
    pub fn na(&self, stap: Importstap) -> Terughalen {
        let mut n = self.clone();
        match stap {
            Importstap::Bezig => n.stand = Import::Bezig,
            Importstap::Nieuw(i) => n.stand = i,
            Importstap::Wachtwoord(w) => n.ww = w,
            Importstap::Toon(aan) => n.toon = aan,
            Importstap::Open => {
                if let Import::Wachtwoord { fout, .. } = &mut n.stand {
                    if self.ww.is_empty() {
                        *fout = Some(d::WACHTWOORD_NODIG);
                    } else {
                        n.stand = Import::Bezig;
                    }
                }
            }
            Importstap::Vervang | Importstap::Terug => {
                if let Import::Voorbeeld { bevestig, .. } = &mut n.stand {
                    *bevestig = stap == Importstap::Vervang;
                }
            }
            Importstap::Annuleer => n.stand = Import::Niets,
        }
        n
    }

    /// The locked file and the passphrase to try, when there is one to try.
    pub fn te_openen(&self) -> Option<(Rc<Versleuteld>, Rc<str>, String)> {
        match &self.stand {
            Import::Wachtwoord { versleuteld, gemaakt_op, .. } if !self.ww.is_empty() => {
                Some((versleuteld.clone(), gemaakt_op.clone(), self.ww.clone()))
            }
            _ => None,
        }
    }

    /// The file's document, when it may be applied this way: replacing only
    /// after it was confirmed.
    pub fn toe_te_passen(&self, manier: Importmanier) -> Option<Rc<Dokument>> {
        match &self.stand {
            Import::Voorbeeld { dokument, bevestig, .. } if *bevestig || manier == Importmanier::Samenvoegen => {
                Some(dokument.clone())
            }
            _ => None,
        }
    }
}

impl Reducible for Terughalen {
    type Action = Importstap;
    fn reduce(self: Rc<Self>, stap: Importstap) -> Rc<Self> {
        Rc::new(self.na(stap))
    }
}
