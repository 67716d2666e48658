//! What the coach has chosen in the link builder, as plain state and changes
//! (a pure `reduce`): modules and their order, language, texts and colour.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::coach::{pas_accent_aan, CoachInstellingen, Rgb};
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

/// What the line under the colour field says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KleurStand {
    /// Nothing typed: the app's own colour, no line.
    Geen,
    /// Not a colour the builder can read.
    Onbekend,
    /// Readable, but made darker so text on it stays readable: this colour is used.
    Aangepast(Rgb),
    /// Readable and used as it is.
    Goed,
}

/// After a move button was pressed on the module at `plek` of `n` chosen ones:
/// its new place, and which of its two buttons keeps focus ("hoger" or "lager").
/// At the top or the bottom the pressed button turns off: focus goes to its partner.
pub fn na_verschuiving(plek: usize, richting: isize, n: usize) -> (usize, &'static str) {
    let j = (plek as isize + richting).clamp(0, n as isize - 1) as usize;
    let doel = match (richting < 0, j) {
        (true, 0) => "lager",
        (false, j) if j + 1 == n => "hoger",
        (true, _) => "hoger",
        (false, _) => "lager",
    };
    (j, doel)
}

impl Bouwer {
    /// The module rows in the builder: the chosen ones first, in the coach's
    /// order, with their place; then the others in the app's order (`alle`).
    pub fn rijen<'a>(&'a self, alle: &'a [&'static str]) -> impl Iterator<Item = (&'static str, Option<usize>)> + 'a {
        let gekozen = self.gekozen.iter().copied();
        gekozen
            .chain(alle.iter().copied().filter(|id| !self.gekozen.contains(id)))
            .filter(|id| alle.contains(id))
            .map(|id| (id, self.plek(id)))
    }

    fn plek(&self, id: &str) -> Option<usize> {
        self.gekozen.iter().position(|g| *g == id)
    }

    /// The line under the colour field.
    pub fn kleur_stand(&self) -> KleurStand {
        if self.kleur.trim().is_empty() {
            return KleurStand::Geen;
        }
        match Rgb::uit_invoer(&self.kleur).map(pas_accent_aan) {
            None => KleurStand::Onbekend,
            Some(a) if a.aangepast => KleurStand::Aangepast(a.kleur),
            Some(_) => KleurStand::Goed,
        }
    }

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

    #[test]
    fn de_rijen_tonen_eerst_wat_gekozen_is_daarna_de_rest_in_app_volgorde() {
        let alle = ["a", "b", "c", "d"];
        let mut b = (*leeg()).clone();
        let rijen = |b: &Bouwer| b.rijen(&alle).collect::<Vec<_>>();
        assert_eq!(rijen(&b), [("a", None), ("b", None), ("c", None), ("d", None)]);
        b.gekozen = vec!["c", "a"];
        assert_eq!(rijen(&b), [("c", Some(0)), ("a", Some(1)), ("b", None), ("d", None)]);
        b.gekozen = vec!["weg", "b"];
        assert_eq!(rijen(&b), [("b", Some(1)), ("a", None), ("c", None), ("d", None)], "an unknown id has no row");
    }

    #[test]
    fn na_een_verschuiving_houdt_de_knop_die_nog_werkt_de_focus() {
        assert_eq!(na_verschuiving(2, -1, 4), (1, "hoger"), "up, not at the top: the same button");
        assert_eq!(na_verschuiving(1, -1, 4), (0, "lager"), "now at the top: up turns off");
        assert_eq!(na_verschuiving(1, 1, 4), (2, "lager"));
        assert_eq!(na_verschuiving(2, 1, 4), (3, "hoger"), "now at the bottom: down turns off");
        assert_eq!(na_verschuiving(0, -1, 1), (0, "lager"));
    }

    #[test]
    fn de_kleurregel_zegt_of_de_kleur_gelezen_en_aangepast_is() {
        let mut b = (*leeg()).clone();
        assert_eq!(b.kleur_stand(), KleurStand::Geen);
        b.kleur = "  ".into();
        assert_eq!(b.kleur_stand(), KleurStand::Geen);
        b.kleur = "geen kleur".into();
        assert_eq!(b.kleur_stand(), KleurStand::Onbekend);
        b.kleur = "#1d4ed8".into();
        assert_eq!(b.kleur_stand(), KleurStand::Goed);
        b.kleur = "#ffff00".into();
        assert!(matches!(b.kleur_stand(), KleurStand::Aangepast(k) if k.hex() != "#ffff00"), "too light: made darker");
    }
}
