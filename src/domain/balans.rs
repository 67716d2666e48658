//! The energy balance (`Soort::Verdeling`): per area a level from 0 ("niets")
//! to [`MAX_NIVEAU`] ("heel veel"), tapped in one go, with no total to reach.
//!
//! Before document schema 2 (and share package content version 2) the same
//! answer held percentages that were meant to add up to 100. [`niveau_uit_procent`]
//! turns such an old value into a level; the migrations use it.
//!
//! The picture draws each level as it is (a full bar for "heel veel"), never as
//! a share of all energy chosen: overload must show (issue 24).

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

/// How many areas at "heel veel" ([`MAX_NIVEAU`]) make the picture add one kind
/// line: a lot asks energy at the same time. The question asks where energy
/// goes (every area costs energy), so each area counts.
pub const VEEL_TEGELIJK: usize = 3;

/// One bar of the picture: the area, its level (`None`: left open) and how long
/// the bar is drawn, in thousandths of the full width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staaf<'a> {
    pub gebied: &'a str,
    pub niveau: Option<u8>,
    pub promille: u32,
}

/// The length of a bar for a level, in thousandths of the full width: the level
/// itself, not a share of a total. "Heel veel" is a full bar wherever the other
/// areas stand, so five times "heel veel" looks different from five times
/// "een beetje". 0 → 0, 1 → 333, 2 → 667, 3 → 1000.
pub fn lengte(niveau: u8) -> u32 {
    let max = u32::from(MAX_NIVEAU);
    (u32::from(niveau.min(MAX_NIVEAU)) * 1000 + max / 2) / max
}

/// The bars for `gebieden` (in the question's order) from the stored levels.
/// `alleen_gekozen` leaves out the areas left open (the profile's compact view).
pub fn staven<'a>(
    gebieden: impl IntoIterator<Item = &'a str>,
    kaart: &BTreeMap<String, u8>,
    alleen_gekozen: bool,
) -> Vec<Staaf<'a>> {
    gebieden
        .into_iter()
        .map(|gebied| {
            let niveau = kaart.get(gebied).copied();
            Staaf { gebied, niveau, promille: lengte(niveau.unwrap_or(0)) }
        })
        .filter(|s| !alleen_gekozen || s.niveau.is_some())
        .collect()
}

/// Whether [`VEEL_TEGELIJK`] or more areas stand at "heel veel".
pub fn veel_tegelijk(kaart: &BTreeMap<String, u8>) -> bool {
    kaart.values().filter(|v| **v >= MAX_NIVEAU).count() >= VEEL_TEGELIJK
}

/// The sum of all levels (0: nothing chosen, or everything at "niets").
pub fn totaal(kaart: &BTreeMap<String, u8>) -> u32 {
    kaart.values().map(|v| u32::from(*v)).sum()
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

    const GEBIEDEN: [&str; 5] = ["spoor1", "spoor2", "herstel", "thuis", "overig"];

    fn kaart(paren: &[(&str, u8)]) -> BTreeMap<String, u8> {
        paren.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    fn overal(niveau: u8) -> BTreeMap<String, u8> {
        GEBIEDEN.iter().map(|g| (g.to_string(), niveau)).collect()
    }

    #[test]
    fn a_bar_is_as_long_as_its_level_not_its_share() {
        assert_eq!([0, 1, 2, 3].map(lengte), [0, 333, 667, 1000]);
        assert_eq!(lengte(9), 1000, "a level out of range never draws past the end");
        let veel = staven(GEBIEDEN, &overal(3), false);
        let beetje = staven(GEBIEDEN, &overal(1), false);
        assert!(veel.iter().all(|s| s.promille == 1000 && s.niveau == Some(3)), "{veel:?}");
        assert!(beetje.iter().all(|s| s.promille == 333 && s.niveau == Some(1)), "{beetje:?}");
        assert_ne!(veel, beetje, "all 'heel veel' and all 'een beetje' look different");
    }

    #[test]
    fn an_area_keeps_its_length_whatever_the_others_are() {
        let alleen = staven(GEBIEDEN, &kaart(&[("herstel", 2)]), false);
        let met_meer = staven(GEBIEDEN, &kaart(&[("herstel", 2), ("thuis", 3), ("spoor1", 3)]), false);
        assert_eq!(alleen[2], Staaf { gebied: "herstel", niveau: Some(2), promille: 667 });
        assert_eq!(met_meer[2], alleen[2]);
    }

    #[test]
    fn bars_follow_the_question_order_and_the_compact_view_leaves_open_areas_out() {
        let k = kaart(&[("thuis", 1), ("herstel", 0), ("overig", 3)]);
        let alle = staven(GEBIEDEN, &k, false);
        assert_eq!(alle.iter().map(|s| s.gebied).collect::<Vec<_>>(), GEBIEDEN);
        assert_eq!(alle[0], Staaf { gebied: "spoor1", niveau: None, promille: 0 });
        let gekozen = staven(GEBIEDEN, &k, true);
        assert_eq!(
            gekozen,
            [
                Staaf { gebied: "herstel", niveau: Some(0), promille: 0 },
                Staaf { gebied: "thuis", niveau: Some(1), promille: 333 },
                Staaf { gebied: "overig", niveau: Some(3), promille: 1000 },
            ]
        );
    }

    #[test]
    fn three_or_more_areas_at_heel_veel_is_a_lot_at_once() {
        assert!(veel_tegelijk(&overal(3)));
        assert!(veel_tegelijk(&kaart(&[("spoor1", 3), ("herstel", 3), ("thuis", 3)])));
        assert!(veel_tegelijk(&kaart(&[("spoor1", 3), ("herstel", 3), ("thuis", 3), ("overig", 0)])));
        assert!(!veel_tegelijk(&kaart(&[("spoor1", 3), ("herstel", 3), ("thuis", 2), ("overig", 2)])), "two is not");
        assert!(!veel_tegelijk(&overal(2)), "'best veel' everywhere is not 'heel veel'");
        assert!(!veel_tegelijk(&overal(1)));
        assert!(!veel_tegelijk(&BTreeMap::new()));
    }

    #[test]
    fn the_total_tells_nothing_chosen_from_something_chosen() {
        assert_eq!(totaal(&BTreeMap::new()), 0);
        assert_eq!(totaal(&overal(0)), 0);
        assert_eq!(totaal(&kaart(&[("a", 3), ("b", 1)])), 4);
    }
}
