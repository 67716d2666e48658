//! What "Hoe anderen mij zien" shows, decided in plain Rust: whether the
//! profile section shows at all, which comparisons have something to say,
//! how an option id or someone's own words is named, and what one reply
//! holds before it is added. The view functions next to this only render.

use crate::content::modules::MODULES;
use crate::domain::antwoorden::ModuleStand;
use crate::domain::kijk::{self, Beeld, Item, KijkAntwoord, Spiegel, Spiegelset, Vergelijking};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;

/// The option list an item's id belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lijst {
    Kwaliteiten,
    Energie,
}

/// A name on the page: an option of the candidate's own list (in the reader's
/// language), or words someone typed, shown as typed (as text, never markup).
#[derive(Clone, Debug, PartialEq)]
pub enum Naam {
    Optie(Tekst),
    Woord(String),
}

impl Naam {
    pub fn in_taal(&self, taal: Taal) -> &str {
        match self {
            Naam::Optie(t) => t.in_taal(taal),
            Naam::Woord(w) => w,
        }
    }
}

fn optie(lijst: Lijst, id: &str) -> Option<Tekst> {
    let set = Spiegelset::uit(&MODULES);
    match lijst {
        Lijst::Kwaliteiten => set.kwaliteit(id),
        Lijst::Energie => set.energiegever(id),
    }
    .map(|o| o.tekst)
}

/// An item by its name in `taal`; an option this version does not know is
/// named by nothing rather than by its id.
pub fn naam(item: &Item, lijst: Lijst, taal: Taal) -> String {
    match item {
        Item::Optie(id) => optie(lijst, id).map(|t| t.in_taal(taal).to_string()).unwrap_or_default(),
        Item::Woord(w) => w.clone(),
    }
}

/// What the profile section shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Profielblok {
    /// A coach's copy without replies: nothing at all.
    Niets,
    /// The candidate's own profile without replies: one line with the way to
    /// ask someone, so a full profile stays within five phone screens.
    VraagHet,
    Beeld {
        beeld: Beeld,
        /// The candidate named no qualities themselves: a hint says the
        /// comparison grows when they do (only in their own profile).
        eigen_leeg: bool,
    },
}

pub fn profielblok(wie_ben_ik: Option<&ModuleStand>, antwoorden: &[KijkAntwoord], eigen: bool) -> Profielblok {
    if antwoorden.is_empty() {
        return if eigen { Profielblok::VraagHet } else { Profielblok::Niets };
    }
    let beeld = kijk::beeld(wie_ben_ik, antwoorden);
    let eigen_leeg = eigen && beeld.kwaliteiten.alleen_ik.is_empty() && beeld.kwaliteiten.allebei.is_empty();
    Profielblok::Beeld { beeld, eigen_leeg }
}

/// A comparison gets its heading when others named something in it; what
/// only the candidate named is no news from others.
pub fn iets_van_anderen(v: &Vergelijking) -> bool {
    !v.allebei.is_empty() || !v.alleen_anderen.is_empty()
}

/// The modules whose answers the mirror set mirrors get a link to ask someone.
pub fn vraag_link_bij(module: &str) -> bool {
    module == "wie-ben-ik" || module == "wat-kan-ik"
}

/// One reply before it is added, as lists of names.
#[derive(Clone, Debug, PartialEq)]
pub struct Antwoordinhoud {
    /// Ticked qualities, then qualities in the trusted person's own words.
    pub kwaliteiten: Vec<Naam>,
    pub goed_in: Vec<String>,
    pub energie: Vec<Naam>,
    pub boodschap: String,
}

/// What a reply holds, or `None` when every part was skipped. Unknown option
/// ids are left out.
pub fn antwoordinhoud(s: &Spiegel) -> Option<Antwoordinhoud> {
    if s.is_leeg() {
        return None;
    }
    let opties =
        |ids: &[String], lijst| ids.iter().filter_map(|id| optie(lijst, id)).map(Naam::Optie).collect::<Vec<_>>();
    let mut kwaliteiten = opties(&s.kwaliteiten, Lijst::Kwaliteiten);
    kwaliteiten.extend(s.kwaliteiten_woorden.iter().cloned().map(Naam::Woord));
    Some(Antwoordinhoud {
        kwaliteiten,
        goed_in: s.goed_in.clone(),
        energie: opties(&s.energie, Lijst::Energie),
        boodschap: s.boodschap.clone(),
    })
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
