//! Sessions sized to today's energy (issue 29): "Hoeveel energie heb je
//! vandaag?" once a calendar day, then a plan of whole parts that fits about
//! 3, 5 or 10 minutes, starting where the person is.
//!
//! The time of a part is the content's own estimate (`Deel::minuten`, the
//! number each part shows and each module's intro adds up): this module only
//! adds those up, it never guesses a time of its own.
//!
//! What is kept is small on purpose: the day the question was asked (a local
//! calendar day, `YYYY-MM-DD`), the answer, the part the session ends with,
//! and how many days the person did a piece of work. No history of times: a
//! missed day leaves no trace that could be held against anyone.

use std::collections::BTreeMap;

use super::antwoorden::ModuleStand;
use super::json::{json_velden, Leeg};
use super::voortgang;
use super::vragenlijst::{Deel, Module};

/// The answer to "Hoeveel energie heb je vandaag?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Energie {
    Weinig,
    Wat,
    Veel,
}

impl Energie {
    pub const ALLE: [Energie; 3] = [Energie::Weinig, Energie::Wat, Energie::Veel];

    /// About how long a session of this energy takes, in minutes.
    pub fn minuten(self) -> u32 {
        match self {
            Energie::Weinig => 3,
            Energie::Wat => 5,
            Energie::Veel => 10,
        }
    }

    /// As stored: `weinig`, `wat`, `veel`.
    pub fn code(self) -> &'static str {
        match self {
            Energie::Weinig => "weinig",
            Energie::Wat => "wat",
            Energie::Veel => "veel",
        }
    }
}

/// Everything sessions keep, as one field of the document (`Dokument::sessies`).
/// Plain text, flag and number fields only: each kind of stored value costs
/// wasm, and these are read and written everywhere the document is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sessies {
    /// The local calendar day the question was last asked, `YYYY-MM-DD`.
    pub dag: String,
    /// That day's answer ([`Energie::code`]); empty: skipped.
    pub energie: String,
    /// That day's session ends with this part (module id, part id); empty when skipped.
    pub tot_module: String,
    pub tot_deel: String,
    /// The session's last part is done: "Klaar voor vandaag".
    pub klaar: bool,
    /// On how many days the person finished at least one part (counted once a day).
    pub keer: u64,
    /// The last of those days, so one day is counted once.
    pub laatste_dag: String,
}

json_velden! {
    Sessies {
        dag: als_gevuld,
        energie: als_gevuld,
        tot_module: als_gevuld,
        tot_deel: als_gevuld,
        klaar: als_gevuld,
        keer: standaard,
        laatste_dag: als_gevuld,
    }
}

impl Leeg for Sessies {
    fn is_leeg(&self) -> bool {
        *self == Sessies::default()
    }
}

impl Sessies {
    /// Whether the question was asked (answered or skipped) on `dag`.
    pub fn gevraagd(&self, dag: &str) -> bool {
        self.dag == dag
    }

    /// Today's session's last part, while it is not done yet.
    pub fn einde(&self, dag: &str) -> Option<(&str, &str)> {
        (self.gevraagd(dag) && !self.klaar && !self.tot_module.is_empty())
            .then_some((self.tot_module.as_str(), self.tot_deel.as_str()))
    }

    /// Today's session reached its end.
    pub fn klaar_op(&self, dag: &str) -> bool {
        self.gevraagd(dag) && self.klaar
    }

    /// The answer (or a skip) of `dag`, with the session's last part.
    pub fn zet(&mut self, dag: &str, energie: Option<Energie>, tot: Option<(&str, &str)>) -> bool {
        let (m, d) = tot.unwrap_or_default();
        let nieuw = Sessies {
            dag: dag.into(),
            energie: energie.map_or("", Energie::code).into(),
            tot_module: m.into(),
            tot_deel: d.into(),
            klaar: false,
            keer: self.keer,
            laatste_dag: std::mem::take(&mut self.laatste_dag),
        };
        let anders = *self != nieuw;
        *self = nieuw;
        anders
    }

    /// Part `deel` of `module` was finished on `dag`: count the day once, and
    /// mark today's session done when this was its last part.
    pub fn deel_klaar(&mut self, module: &str, deel: &str, dag: &str) -> bool {
        let mut anders = false;
        if self.laatste_dag != dag {
            self.keer += 1;
            self.laatste_dag = dag.into();
            anders = true;
        }
        if self.einde(dag) == Some((module, deel)) {
            self.klaar = true;
            anders = true;
        }
        anders
    }
}

/// One part of a module: what a session is made of. A part is never split.
#[derive(Debug, Clone, Copy)]
pub struct Stuk {
    pub module: &'static Module,
    pub deel: usize,
}

impl Stuk {
    pub fn deel(&self) -> &'static Deel {
        &self.module.delen[self.deel]
    }

    fn is(&self, module: &str, deel: &str) -> bool {
        self.module.id == module && self.deel().id == deel
    }
}

/// Every part not done yet, in the order the start page suggests: from where
/// the person is in the module they last worked in (`laatste`), on through
/// the modules after it in app order, going round.
pub fn open_delen(
    modules: &[&'static Module],
    standen: &BTreeMap<String, ModuleStand>,
    laatste: Option<&str>,
) -> Vec<Stuk> {
    let leeg = ModuleStand::default();
    let stand = |m: &Module| standen.get(m.id).unwrap_or(&leeg);
    let alle: Vec<Stuk> =
        modules.iter().flat_map(|&module| (0..module.delen.len()).map(move |deel| Stuk { module, deel })).collect();
    let begin = laatste
        .and_then(|id| modules.iter().find(|m| m.id == id))
        .and_then(|m| {
            let deel = voortgang::hervat_bij(m, stand(m)).unwrap_or(0);
            alle.iter().position(|s| s.module.id == m.id && s.deel == deel)
        })
        .unwrap_or(0);
    (0..alle.len())
        .map(|k| alle[(begin + k) % alle.len()])
        .filter(|s| !voortgang::is_klaar(s.module, stand(s.module), s.deel))
        .collect()
}

/// A session of about `minuten`: the first open parts whose estimates add up
/// to at most that, in order. Never empty while a part is open: when the first
/// part alone is longer, the session is that one part.
pub fn plan(open: &[Stuk], minuten: u32) -> Vec<Stuk> {
    let mut som = 0;
    let n = open
        .iter()
        .take_while(|s| {
            som += u32::from(s.deel().minuten);
            som <= minuten
        })
        .count();
    open[..n.max(1).min(open.len())].to_vec()
}

/// What is left of a session ending with `tot`: the open parts up to and
/// including it. Empty when that part is done or gone.
pub fn tot_en_met(open: &[Stuk], (module, deel): (&str, &str)) -> Vec<Stuk> {
    open.iter().position(|s| s.is(module, deel)).map_or(Vec::new(), |i| open[..=i].to_vec())
}

/// The minutes of some parts, by their own estimates.
pub fn minuten(stukken: &[Stuk]) -> u32 {
    stukken.iter().map(|s| u32::from(s.deel().minuten)).sum()
}

/// Whether to ask "Hoeveel energie heb je vandaag?" on the start page: the
/// person began something before (`begonnen`: never on a first visit, where
/// they first need to see what the app is), something is still open, and it
/// was not asked yet on `dag`.
pub fn vraag_vandaag(sessies: &Sessies, dag: &str, begonnen: bool, open: &[Stuk]) -> bool {
    begonnen && !open.is_empty() && !sessies.gevraagd(dag)
}

/// The session's last part, for an answer: `None` for a skip or when nothing is open.
pub fn einde(open: &[Stuk], energie: Option<Energie>) -> Option<(&'static str, &'static str)> {
    let e = energie?;
    plan(open, e.minuten()).last().map(|s| (s.module.id, s.deel().id))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
