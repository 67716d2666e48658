//! What the coach has chosen in the link builder, as plain state and changes
//! (a pure `reduce`): modules and their order, language, texts and colour.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::coach::{CoachInstellingen, Rgb};
use crate::domain::taal::Taal;

/// What the coach has chosen so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Bouwer {
    /// Chosen module ids, in the coach's order.
    pub gekozen: Vec<&'static str>,
    pub taal: Taal,
    pub praktijk: String,
    pub welkom: String,
    pub contact: String,
    /// The colour as typed; empty means the app's own colour.
    pub kleur: String,
}

pub enum Wijziging {
    Kies(&'static str, bool),
    Verschuif(&'static str, isize),
    Taal(Taal),
    Praktijk(String),
    Welkom(String),
    Contact(String),
    Kleur(String),
}

impl Reducible for Bouwer {
    type Action = Wijziging;

    fn reduce(self: Rc<Self>, w: Wijziging) -> Rc<Self> {
        let mut b = (*self).clone();
        match w {
            Wijziging::Kies(id, aan) => {
                b.gekozen.retain(|g| *g != id);
                if aan {
                    b.gekozen.push(id);
                }
            }
            Wijziging::Verschuif(id, richting) => {
                if let Some(i) = b.gekozen.iter().position(|g| *g == id) {
                    let j = i as isize + richting;
                    if j >= 0 && (j as usize) < b.gekozen.len() {
                        b.gekozen.swap(i, j as usize);
                    }
                }
            }
            Wijziging::Taal(t) => b.taal = t,
            Wijziging::Praktijk(s) => b.praktijk = s,
            Wijziging::Welkom(s) => b.welkom = s,
            Wijziging::Contact(s) => b.contact = s,
            Wijziging::Kleur(s) => b.kleur = s,
        }
        Rc::new(b)
    }
}

impl Bouwer {
    pub fn instellingen(&self) -> CoachInstellingen {
        CoachInstellingen {
            praktijk: self.praktijk.clone(),
            welkom: self.welkom.clone(),
            contact: self.contact.clone(),
            modules: self.gekozen.iter().map(|s| s.to_string()).collect(),
            taal: Some(self.taal),
            accent: Rgb::uit_invoer(&self.kleur).map(Rgb::hex),
            verborgen: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leeg() -> Rc<Bouwer> {
        Rc::new(Bouwer {
            gekozen: Vec::new(),
            taal: Taal::Nl,
            praktijk: String::new(),
            welkom: String::new(),
            contact: String::new(),
            kleur: String::new(),
        })
    }

    #[test]
    fn kiezen_en_verschuiven_houden_de_volgorde_van_de_coach() {
        let b = leeg()
            .reduce(Wijziging::Kies("a", true))
            .reduce(Wijziging::Kies("b", true))
            .reduce(Wijziging::Kies("c", true))
            .reduce(Wijziging::Kies("b", true));
        assert_eq!(b.gekozen, ["a", "c", "b"], "chosen again goes to the end, once");
        let b = b.reduce(Wijziging::Verschuif("b", -1));
        assert_eq!(b.gekozen, ["a", "b", "c"]);
        // Past either end nothing moves.
        assert_eq!(b.clone().reduce(Wijziging::Verschuif("a", -1)).gekozen, ["a", "b", "c"]);
        assert_eq!(b.clone().reduce(Wijziging::Verschuif("c", 1)).gekozen, ["a", "b", "c"]);
        assert_eq!(b.reduce(Wijziging::Kies("a", false)).gekozen, ["b", "c"]);
    }

    #[test]
    fn de_instellingen_dragen_wat_gekozen_is() {
        let b = leeg()
            .reduce(Wijziging::Kies("a", true))
            .reduce(Wijziging::Taal(Taal::En))
            .reduce(Wijziging::Praktijk("P".into()))
            .reduce(Wijziging::Welkom("W".into()))
            .reduce(Wijziging::Contact("C".into()))
            .reduce(Wijziging::Kleur("nonsense".into()));
        let i = b.instellingen();
        assert_eq!(i.modules, vec!["a".to_string()]);
        assert_eq!(
            (i.taal, i.praktijk.as_str(), i.welkom.as_str(), i.contact.as_str()),
            (Some(Taal::En), "P", "W", "C")
        );
        assert_eq!(i.accent, None, "an unreadable colour is the app's own");
        assert!(!i.verborgen);
    }
}
