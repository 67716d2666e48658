//! The coach's workspace ("Mijn kandidaten", issue 28): per candidate the
//! shares kept, a private note, a short contact log and a "bewaren tot" date.
//! Plain Rust with native tests; it is kept only encrypted
//! ([`kluis`], `services::werkplek`), under a key of its own, apart from the
//! candidate's document.
//!
//! A share carries a random candidate id (`DeelInhoud::kandidaat`) when the
//! person's app sent one: a later share with the same id is offered for the
//! same place ([`Werkplek::plek_voor`]), and kept there only with the coach's
//! yes. A share without an id gets a place of its own, or the coach attaches
//! it to a candidate.

use super::deelpakket::DeelInhoud;
use super::dokument::OntvangenPakket;
use super::tijdlijn::datum::Datum;

mod json;
pub mod kluis;
pub mod voorbereiding;

pub use json::{lees, schrijf, LeesFout, SCHEMA};

/// Longest label, note line, contact field the workspace keeps.
pub const MAX_LABEL: usize = 80;
pub const MAX_NOTITIE: usize = 4000;
pub const MAX_VELD: usize = 300;
/// Months a candidate is kept after their last share, unless the coach sets a date.
pub const MAANDEN_BEWAREN: u32 = 3;

/// One share as kept: what was opened, when it was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Gedeeld {
    /// When the coach kept it, ms since 1970.
    pub ontvangen_op: f64,
    pub inhoud: DeelInhoud,
}

/// A line of the contact log, as coaches keep it for the re-integration file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contactregel {
    /// `YYYY-MM-DD`.
    pub datum: String,
    pub met_wie: String,
    pub afspraak: String,
    pub volgende_stap: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Kandidaat {
    /// The place's own id in this workspace (its address `#/kandidaten/<id>`):
    /// random, made when the place is made.
    pub id: String,
    /// The id the person's app sends with each share, when known.
    pub kandidaat_id: Option<String>,
    /// The coach's own label, e.g. a first name.
    pub label: String,
    /// In date order (`gemaakt_op`), oldest first.
    pub delen: Vec<Gedeeld>,
    /// Private; never sent anywhere.
    pub notitie: String,
    pub contact: Vec<Contactregel>,
    /// A date the coach chose (`YYYY-MM-DD`); empty: three months after the last share.
    pub bewaren_tot: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Werkplek {
    /// Raised by every write; tells a tab that another tab wrote since.
    pub revisie: u64,
    pub kandidaten: Vec<Kandidaat>,
}

/// Where a newly opened share would go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plek {
    /// Exactly this share is kept already (same person, same moment).
    AlBewaard(String),
    /// A candidate with the same candidate id: offered, the coach says yes.
    Voorstel(String),
    /// No place yet: a new one, or one the coach picks.
    Nieuw,
}

/// A change to the workspace. Applied by [`Werkplek::pas_toe`]; the
/// service writes after each.
#[derive(Debug, Clone, PartialEq)]
pub enum Actie {
    /// Keep a share at candidate `id`; a new place when no candidate has that id.
    Bewaar {
        id: String,
        label: String,
        gedeeld: Box<Gedeeld>,
    },
    Label {
        id: String,
        label: String,
    },
    Notitie {
        id: String,
        tekst: String,
    },
    Contact {
        id: String,
        regel: Contactregel,
    },
    ContactWeg {
        id: String,
        index: usize,
    },
    BewarenTot {
        id: String,
        datum: String,
    },
    /// The candidate and everything of theirs.
    Verwijder {
        id: String,
    },
    /// Another workspace (an imported file): what is missing here is added.
    VoegSamen(Box<Werkplek>),
}

/// A text kept as the coach typed it, within a length, without control characters.
fn schoon(tekst: &str, max: usize) -> String {
    let t: String = tekst.chars().filter(|c| !c.is_control() || *c == '\n').take(max).collect();
    t.trim().to_string()
}

impl Kandidaat {
    pub fn nieuw(id: &str, label: &str) -> Kandidaat {
        Kandidaat {
            id: id.into(),
            kandidaat_id: None,
            label: schoon(label, MAX_LABEL),
            delen: Vec::new(),
            notitie: String::new(),
            contact: Vec::new(),
            bewaren_tot: String::new(),
        }
    }

    pub fn laatste(&self) -> Option<&Gedeeld> {
        self.delen.last()
    }

    /// The two latest shares (previous, latest), when there are two.
    pub fn laatste_twee(&self) -> Option<(&Gedeeld, &Gedeeld)> {
        let n = self.delen.len();
        (n >= 2).then(|| (&self.delen[n - 2], &self.delen[n - 1]))
    }

    /// Keep a share in date order; the same moment twice is kept once.
    fn voeg_toe(&mut self, g: &Gedeeld) -> bool {
        if self.delen.iter().any(|d| d.inhoud.gemaakt_op == g.inhoud.gemaakt_op) {
            return false;
        }
        let plek =
            self.delen.iter().position(|d| d.inhoud.gemaakt_op > g.inhoud.gemaakt_op).unwrap_or(self.delen.len());
        self.delen.insert(plek, g.clone());
        if self.kandidaat_id.is_none() {
            self.kandidaat_id = g.inhoud.kandidaat.clone();
        }
        true
    }

    /// Until when this candidate is kept: the coach's date, else three months
    /// after the last share (after the place was made when there is none).
    pub fn bewaren_tot(&self) -> Option<Datum> {
        if let Ok(d) = Datum::parse_iso(&self.bewaren_tot) {
            return Some(d);
        }
        let laatste = self.laatste()?;
        let ms = if laatste.inhoud.gemaakt_op > 0.0 { laatste.inhoud.gemaakt_op } else { laatste.ontvangen_op };
        Some(plus_maanden(datum_van_ms(ms)?, MAANDEN_BEWAREN))
    }

    /// The date has passed: the app proposes deleting.
    pub fn verlopen(&self, vandaag: Datum) -> bool {
        self.bewaren_tot().is_some_and(|d| d < vandaag)
    }
}

/// The day (UTC) of a moment in ms since 1970.
pub fn datum_van_ms(ms: f64) -> Option<Datum> {
    if !ms.is_finite() {
        return None;
    }
    Datum::uit_dagen((ms / 86_400_000.0).floor() as i32)
}

/// The same day `n` months later; the last day of the month when that day is not there.
pub fn plus_maanden(d: Datum, n: u32) -> Datum {
    let totaal = d.maand() - 1 + n;
    let jaar = d.jaar() + (totaal / 12) as i32;
    let maand = totaal % 12 + 1;
    let dag = d.dag().min(super::tijdlijn::datum::dagen_in_maand(jaar, maand));
    Datum::new(jaar, maand, dag).unwrap_or(d)
}

impl Werkplek {
    pub fn kandidaat(&self, id: &str) -> Option<&Kandidaat> {
        self.kandidaten.iter().find(|k| k.id == id)
    }

    fn kandidaat_mut(&mut self, id: &str) -> Option<&mut Kandidaat> {
        self.kandidaten.iter_mut().find(|k| k.id == id)
    }

    /// Where a share would go: never decided here, only offered.
    pub fn plek_voor(&self, inhoud: &DeelInhoud) -> Plek {
        let Some(kid) = &inhoud.kandidaat else {
            // Without an id, only the very same share is recognised.
            return self
                .kandidaten
                .iter()
                .find(|k| k.delen.iter().any(|d| d.inhoud == *inhoud))
                .map_or(Plek::Nieuw, |k| Plek::AlBewaard(k.id.clone()));
        };
        match self.kandidaten.iter().find(|k| k.kandidaat_id.as_deref() == Some(kid)) {
            Some(k) if k.delen.iter().any(|d| d.inhoud.gemaakt_op == inhoud.gemaakt_op) => {
                Plek::AlBewaard(k.id.clone())
            }
            Some(k) => Plek::Voorstel(k.id.clone()),
            None => Plek::Nieuw,
        }
    }

    /// The candidates in the list: by label, then by id.
    pub fn op_label(&self) -> Vec<&Kandidaat> {
        let mut v: Vec<&Kandidaat> = self.kandidaten.iter().collect();
        v.sort_unstable_by(|a, b| a.label.to_lowercase().cmp(&b.label.to_lowercase()).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Candidates whose "bewaren tot" has passed.
    pub fn te_verwijderen(&self, vandaag: Datum) -> Vec<&Kandidaat> {
        self.kandidaten.iter().filter(|k| k.verlopen(vandaag)).collect()
    }

    /// Apply a change; `false` when nothing changed.
    pub fn pas_toe(&mut self, actie: &Actie) -> bool {
        match actie {
            Actie::Bewaar { id, label, gedeeld } => match self.kandidaat_mut(id) {
                Some(k) => k.voeg_toe(gedeeld),
                None => {
                    let mut k = Kandidaat::nieuw(id, label);
                    k.voeg_toe(gedeeld);
                    self.kandidaten.push(k);
                    true
                }
            },
            Actie::Label { id, label } => {
                let label = schoon(label, MAX_LABEL);
                match self.kandidaat_mut(id) {
                    Some(k) if !label.is_empty() && k.label != label => {
                        k.label = label;
                        true
                    }
                    _ => false,
                }
            }
            Actie::Notitie { id, tekst } => match self.kandidaat_mut(id) {
                Some(k) => {
                    let tekst = schoon(tekst, MAX_NOTITIE);
                    let anders = k.notitie != tekst;
                    k.notitie = tekst;
                    anders
                }
                None => false,
            },
            Actie::Contact { id, regel } => {
                let regel = Contactregel {
                    datum: Datum::parse_iso(&regel.datum).map(Datum::iso).unwrap_or_default(),
                    met_wie: schoon(&regel.met_wie, MAX_VELD),
                    afspraak: schoon(&regel.afspraak, MAX_VELD),
                    volgende_stap: schoon(&regel.volgende_stap, MAX_VELD),
                };
                let leeg = regel.met_wie.is_empty() && regel.afspraak.is_empty() && regel.volgende_stap.is_empty();
                match self.kandidaat_mut(id) {
                    Some(k) if !leeg => {
                        k.contact.push(regel);
                        true
                    }
                    _ => false,
                }
            }
            Actie::ContactWeg { id, index } => match self.kandidaat_mut(id) {
                Some(k) if *index < k.contact.len() => {
                    k.contact.remove(*index);
                    true
                }
                _ => false,
            },
            Actie::BewarenTot { id, datum } => {
                let datum = Datum::parse_iso(datum).map(Datum::iso).unwrap_or_default();
                match self.kandidaat_mut(id) {
                    Some(k) if k.bewaren_tot != datum => {
                        k.bewaren_tot = datum;
                        true
                    }
                    _ => false,
                }
            }
            Actie::Verwijder { id } => {
                let voor = self.kandidaten.len();
                self.kandidaten.retain(|k| k.id != *id);
                self.kandidaten.len() != voor
            }
            Actie::VoegSamen(ander) => self.voeg_samen(ander),
        }
    }

    /// Add what `ander` has and this one lacks: candidates by their place id,
    /// and of a candidate here its missing shares and contact lines. What is
    /// here (a label, a note) is kept; an empty note takes the other's.
    fn voeg_samen(&mut self, ander: &Werkplek) -> bool {
        let mut anders = false;
        for k in &ander.kandidaten {
            match self.kandidaat_mut(&k.id) {
                None => {
                    self.kandidaten.push(k.clone());
                    anders = true;
                }
                Some(hier) => {
                    for g in &k.delen {
                        anders |= hier.voeg_toe(g);
                    }
                    for r in &k.contact {
                        if !hier.contact.contains(r) {
                            hier.contact.push(r.clone());
                            anders = true;
                        }
                    }
                    if hier.notitie.is_empty() && !k.notitie.is_empty() {
                        hier.notitie = k.notitie.clone();
                        anders = true;
                    }
                }
            }
        }
        anders
    }
}

/// A copy kept the old way (`Dokument::ontvangen`, before the workspace) as
/// a place of its own, to move once: its label, its one share.
pub fn uit_kopie(kopie: &OntvangenPakket, id: &str) -> Actie {
    let inhoud = DeelInhoud {
        versie: super::deelpakket::INHOUD_VERSIE,
        gemaakt_op: kopie.gemaakt_op,
        taal: kopie.taal,
        modules: kopie.modules.clone(),
        coach: None,
        naam: None,
        kijk: kopie.kijk.clone(),
        kandidaat: None,
        week: None,
        beroepen: kopie.beroepen.clone(),
    };
    Actie::Bewaar {
        id: id.into(),
        label: kopie.label.clone(),
        gedeeld: Box::new(Gedeeld { ontvangen_op: kopie.bewaard_op, inhoud }),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
