//! Preparing the conversation: what changed between the two latest shares of
//! a candidate, and questions to ask drawn from their answers. The same
//! honest comparison as the person's own "toen en nu"
//! (`voortgang::veranderd`): only answers that fit and are not empty count,
//! and a module is compared only when it was shared both times — a module
//! left out of one share is said to be so, never read as "changed".

use std::collections::BTreeMap;

use crate::content::modules::{zorgen, MODULES};
use crate::content::werkplek as w;
use crate::domain::antwoorden::Antwoord;
use crate::domain::deelpakket::DeelInhoud;
use crate::domain::tekst::Tekst;
use crate::domain::voortgang;
use crate::domain::vragenlijst::{Module, Vraag};

/// One changed answer: the question, then and now (`None`: not answered).
pub type Verschil<'a> = (&'static Vraag, Option<&'a Antwoord>, Option<&'a Antwoord>);

#[derive(Debug, Default)]
pub struct Vergelijking<'a> {
    /// Per module shared both times: what differs (an empty list: nothing).
    pub modules: Vec<(&'static Module, Vec<Verschil<'a>>)>,
    /// Modules in only one of the two shares: not compared.
    pub niet_beide: Vec<&'static Module>,
}

impl Vergelijking<'_> {
    /// Nothing differs in what was shared both times.
    pub fn niets_anders(&self) -> bool {
        self.modules.iter().all(|(_, v)| v.is_empty())
    }
}

/// What changed from `toen` to `nu`, in the app's module order.
pub fn vergelijk<'a>(toen: &'a DeelInhoud, nu: &'a DeelInhoud) -> Vergelijking<'a> {
    let mut uit = Vergelijking::default();
    for m in MODULES.iter().copied() {
        match (toen.modules.get(m.id), nu.modules.get(m.id)) {
            (Some(a), Some(b)) => uit.modules.push((m, voortgang::veranderd(m, a, b))),
            (None, None) => {}
            _ => uit.niet_beide.push(m),
        }
    }
    uit
}

/// A question to consider asking: a template with `{}` and what fills it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestie {
    pub sjabloon: Tekst,
    pub invulling: Tekst,
}

fn antwoorden<'a>(inhoud: &'a DeelInhoud, module: &str) -> Option<&'a BTreeMap<String, Antwoord>> {
    inhoud.modules.get(module)
}

fn vraag(module: &str, id: &str) -> Option<&'static Vraag> {
    MODULES.iter().find(|m| m.id == module)?.delen.iter().flat_map(|d| d.vragen.iter()).find(|v| v.id == id)
}

/// Questions drawn from the answers of a share, in a fixed order: each
/// thought ticked in "Zorgen en gedachten", then each area of the energy
/// balance at "heel veel" (level 3). Only what the person shared; never more
/// than [`w::MAX_SUGGESTIES`].
pub fn suggesties(inhoud: &DeelInhoud) -> Vec<Suggestie> {
    let mut uit = Vec::new();
    if let (Some(a), Some(v)) = (antwoorden(inhoud, w::ZORGEN), vraag(w::ZORGEN, zorgen::GEDACHTEN)) {
        if let Some(Antwoord::Keuzes(ids)) = a.get(v.id) {
            for o in v.soort.opties().iter().filter(|o| ids.iter().any(|i| i == o.id)) {
                uit.push(Suggestie { sjabloon: w::VRAAG_ZORG, invulling: o.tekst });
            }
        }
    }
    if let (Some(a), Some(v)) = (antwoorden(inhoud, w::ENERGIE), vraag(w::ENERGIE, w::ENERGIE_VERDELING)) {
        if let Some(Antwoord::Verdeling(kaart)) = a.get(v.id) {
            for g in v.soort.opties().iter().filter(|g| kaart.get(g.id) == Some(&w::HEEL_VEEL)) {
                uit.push(Suggestie { sjabloon: w::VRAAG_ENERGIE, invulling: g.tekst });
            }
        }
    }
    uit.truncate(w::MAX_SUGGESTIES);
    uit
}

/// The person's own "what I want to discuss with my coach", when shared.
pub fn wil_bespreken(inhoud: &DeelInhoud) -> Option<&str> {
    match antwoorden(inhoud, w::ZORGEN)?.get(w::ZORGEN_GESPREK)? {
        Antwoord::Tekst(t) if !t.trim().is_empty() => Some(t),
        _ => None,
    }
}
