//! The energy balance (`Soort::Verdeling`): per area a level from 0 ("niets")
//! to [`MAX_NIVEAU`] ("heel veel"), tapped in one go, with no total to reach.
//!
//! Before document schema 2 (and share package content version 2) the same
//! answer held percentages that were meant to add up to 100. [`niveau_uit_procent`]
//! turns such an old value into a level; the migrations use it.

use std::collections::BTreeMap;

use super::json::{NaarJson, Object};

/// The highest level: 0 niets, 1 een beetje, 2 best veel, 3 heel veel.
pub const MAX_NIVEAU: u8 = 3;

/// An old percentage as a level: 0 → 0, 1–15 → 1, 16–35 → 2, more → 3.
///
/// Five areas sharing 100% evenly is 20% each: that lands on "best veel", and
/// one area with most of the energy (over a third) on "heel veel".
pub fn niveau_uit_procent(procent: u64) -> u8 {
    match procent {
        0 => 0,
        1..=15 => 1,
        16..=35 => 2,
        _ => MAX_NIVEAU,
    }
}

/// An old percentage answer (area → percent, as JSON) as levels. Values that
/// are not whole numbers are left out: the area then counts as skipped.
pub fn niveaus_uit_procenten(oud: &Object) -> Object {
    let mut uit = Object::new();
    for (gebied, waarde) in oud.iter() {
        if let Some(p) = waarde.as_u64() {
            uit.insert(gebied, niveau_uit_procent(p).naar());
        }
    }
    uit
}

/// How big one area's share of all chosen energy is, in everyday words.
/// The picture draws the exact share; this is what it shows, said in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aandeel {
    /// Level 0, or nothing chosen anywhere.
    Niets,
    KleinDeel,
    Vijfde,
    Kwart,
    Derde,
    Helft,
    GrootsteDeel,
    Alles,
}

/// The share of `niveau` in `totaal` (the sum of all levels), rounded to the
/// nearest everyday fraction.
pub fn aandeel(niveau: u8, totaal: u32) -> Aandeel {
    let niveau = u32::from(niveau);
    if niveau == 0 || totaal == 0 {
        return Aandeel::Niets;
    }
    if niveau >= totaal {
        return Aandeel::Alles;
    }
    // Compare niveau / totaal with the boundaries in hundredths, without floats.
    let honderd = niveau * 100;
    let boven = |grens: u32| honderd >= grens * totaal;
    if boven(58) {
        Aandeel::GrootsteDeel
    } else if boven(42) {
        Aandeel::Helft
    } else if boven(29) {
        Aandeel::Derde
    } else if boven(23) {
        Aandeel::Kwart
    } else if boven(17) {
        Aandeel::Vijfde
    } else {
        Aandeel::KleinDeel
    }
}

/// The sum of all levels.
pub fn totaal(kaart: &BTreeMap<String, u8>) -> u32 {
    kaart.values().map(|v| u32::from(*v)).sum()
}

/// The share of one level in thousandths of the whole (0 when nothing was chosen),
/// for drawing: the bars of all areas together fill exactly the whole width.
pub fn promille(niveau: u8, totaal: u32) -> u32 {
    (u32::from(niveau) * 1000 + totaal / 2).checked_div(totaal).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::Json;

    #[test]
    fn old_percentages_become_levels_at_the_documented_boundaries() {
        let paren = [(0, 0), (1, 1), (15, 1), (16, 2), (20, 2), (35, 2), (36, 3), (100, 3), (255, 3), (u64::MAX, 3)];
        for (procent, niveau) in paren {
            assert_eq!(niveau_uit_procent(procent), niveau, "{procent}%");
        }
    }

    #[test]
    fn an_old_answer_keeps_its_areas_and_drops_what_is_not_a_number() {
        let oud = Json::lees(r#"{"herstel": 50, "thuis": 10, "spoor1": 0, "spoor2": "veel", "overig": 12.5}"#).unwrap();
        let nieuw = niveaus_uit_procenten(oud.as_object().unwrap());
        assert_eq!(Json::Object(nieuw), Json::lees(r#"{"herstel": 3, "thuis": 1, "spoor1": 0}"#).unwrap());
    }

    #[test]
    fn shares_are_named_by_the_nearest_everyday_fraction() {
        assert_eq!(aandeel(0, 6), Aandeel::Niets);
        assert_eq!(aandeel(3, 0), Aandeel::Niets, "no total: nothing to share");
        assert_eq!(aandeel(2, 2), Aandeel::Alles);
        assert_eq!(aandeel(3, 4), Aandeel::GrootsteDeel);
        assert_eq!(aandeel(3, 6), Aandeel::Helft);
        assert_eq!(aandeel(3, 7), Aandeel::Helft);
        assert_eq!(aandeel(1, 3), Aandeel::Derde);
        assert_eq!(aandeel(2, 5), Aandeel::Derde);
        assert_eq!(aandeel(1, 4), Aandeel::Kwart);
        assert_eq!(aandeel(3, 15), Aandeel::Vijfde, "five times heel veel: a fifth each");
        assert_eq!(aandeel(1, 7), Aandeel::KleinDeel);
        assert_eq!(aandeel(1, 13), Aandeel::KleinDeel);
    }

    #[test]
    fn drawn_shares_fill_the_whole_bar() {
        let kaart: BTreeMap<String, u8> =
            [("a", 3u8), ("b", 1), ("c", 2), ("d", 0)].into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let t = totaal(&kaart);
        assert_eq!(t, 6);
        assert_eq!(promille(3, t), 500);
        assert_eq!(promille(1, t), 167);
        assert_eq!(promille(0, t), 0);
        assert_eq!(promille(2, 0), 0);
        let som: u32 = kaart.values().map(|v| promille(*v, t)).sum();
        assert!((999..=1001).contains(&som), "{som}");
    }
}
