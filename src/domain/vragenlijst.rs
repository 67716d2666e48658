//! Questionnaire model: modules, parts and questions as plain data.
//!
//! Content lives in `src/content/modules/*.rs` as `const`/`static` values of these
//! types; the engine and UI only read them. Every visible text is a `Tekst`
//! holding both languages, so a missing translation is visible in review and a
//! test checks none is empty.

pub use super::tekst::{t, Tekst};

/// A self-reflection module, reachable at `#/<id>`.
#[derive(Debug)]
pub struct Module {
    /// Route id, e.g. "wie-ben-ik".
    pub id: &'static str,
    pub titel: Tekst,
    /// One or two sentences on the home page's card: what this module is about.
    pub kort: Tekst,
    /// Two or three warm sentences: what this module is for and how long it takes.
    pub intro: Tekst,
    pub delen: &'static [Deel],
    /// Licence / origin note for the item set(s) in this module.
    pub licentie: Tekst,
}

/// A short part of a module (about 3–5 minutes) ending at a natural stopping point.
#[derive(Debug)]
pub struct Deel {
    /// Unique within the module.
    pub id: &'static str,
    pub titel: Tekst,
    /// One or two sentences shown at the top of the part.
    pub intro: Tekst,
    /// Honest estimate in minutes.
    pub minuten: u8,
    pub vragen: &'static [Vraag],
}

#[derive(Debug)]
pub struct Vraag {
    /// Unique across ALL modules (prefix with a module abbreviation, e.g. "wbi.waarden").
    pub id: &'static str,
    /// The question or first-person statement, e.g. "Ik help graag anderen verder."
    pub tekst: Tekst,
    /// Optional short help text / example under the question.
    pub uitleg: Option<Tekst>,
    pub soort: Soort,
}

#[derive(Debug)]
pub enum Soort {
    /// A first-person statement on a 5-point scale plus "weet ik niet / sla over".
    /// `thema` ties it to a scoring group (e.g. RIASEC "R", "I", "A", "S", "E", "C").
    Stelling { schaal: Schaal, thema: Option<&'static str> },
    /// Choose one option (radio buttons).
    EenKeuze { opties: &'static [Optie] },
    /// Choose any number of options (checkboxes); `max` limits how many (None = no limit).
    MeerKeuze { opties: &'static [Optie], max: Option<u8> },
    /// Pick `kies` cards from the set, then put the top `orden` in order with buttons.
    KiesEnOrden { kaarten: &'static [Optie], kies: u8, orden: u8 },
    /// Free text; `hint` is a gentle length hint in characters (never enforced).
    VrijeTekst { hint: u16 },
    /// A number on a scale, e.g. days per week.
    Getal { min: u16, max: u16, stap: u16, eenheid: Tekst },
    /// Hours, in whole and half hours (see `domain::uren`): taps for the common
    /// amounts and a field that takes "2,5". `max` in half hours.
    Uren { max: u16, eenheid: Tekst },
    /// The person adds their own items (up to `max`).
    EigenLijst { max: u8 },
    /// A level per area (energy balance: niets .. heel veel).
    Verdeling { gebieden: &'static [Optie] },
}

impl Soort {
    /// The unit shown after a number ("uur per dag"), for the kinds that have one.
    pub fn eenheid(&self) -> Option<Tekst> {
        match self {
            Soort::Getal { eenheid, .. } | Soort::Uren { eenheid, .. } => Some(*eenheid),
            _ => None,
        }
    }

    /// The options, cards or areas of a question (empty for kinds without them).
    pub fn opties(&self) -> &'static [Optie] {
        match self {
            Soort::EenKeuze { opties } | Soort::MeerKeuze { opties, .. } => opties,
            Soort::KiesEnOrden { kaarten, .. } => kaarten,
            Soort::Verdeling { gebieden } => gebieden,
            _ => &[],
        }
    }
}

/// Answer scales for `Soort::Stelling`. Labels live in the UI catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schaal {
    /// helemaal niet / een beetje / redelijk / goed / helemaal
    Mate,
    /// heel weinig / weinig / soms / vaak / heel vaak
    HoeVaak,
    /// helemaal niet leuk / niet leuk / neutraal / leuk / heel leuk
    Plezier,
}

/// An option, card or area. `reactie` and `stap` are used by the worries module:
/// a supportive reply and one small next step shown when the option is ticked.
#[derive(Debug, PartialEq)]
pub struct Optie {
    /// Unique within its question.
    pub id: &'static str,
    pub tekst: Tekst,
    pub uitleg: Option<Tekst>,
    pub reactie: Option<Tekst>,
    pub stap: Option<Tekst>,
    /// A worry that can signal despair: its reply ends with where to find help
    /// when it weighs too much (`content::hulp`, issue 23).
    pub hulp: bool,
}

/// Short constructor for a plain option.
pub const fn optie(id: &'static str, tekst: Tekst) -> Optie {
    Optie { id, tekst, uitleg: None, reactie: None, stap: None, hulp: false }
}

/// One RIASEC interest theme with its description.
#[derive(Debug)]
pub struct Thema {
    /// "R", "I", "A", "S", "E" or "C" — matches `Soort::Stelling { thema }`.
    pub id: &'static str,
    pub naam: Tekst,
    /// One or two plain sentences on what people with this interest enjoy.
    pub uitleg: Tekst,
}
