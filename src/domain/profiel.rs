//! Turning answers into a profile: gentle, gap-tolerant summaries. Nothing here
//! judges a person; scores only order themes *within* one person's answers.

use super::antwoorden::{Antwoord, ModuleStand};
use super::vragenlijst::{Module, Optie, Soort, Vraag};

pub mod stappen;

pub const RIASEC: [&str; 6] = ["R", "I", "A", "S", "E", "C"];

#[derive(Debug, Clone, PartialEq)]
pub struct ThemaScore {
    pub thema: &'static str,
    /// Mean of the answered statements on 1..=5; `None` if none answered.
    /// "Weet ik niet" and skipped statements are left out, not counted as low.
    pub gemiddelde: Option<f32>,
    pub beantwoord: usize,
    pub totaal: usize,
}

/// Interest per RIASEC theme, in the fixed order R, I, A, S, E, C.
pub fn interesses(module: &'static Module, stand: &ModuleStand) -> Vec<ThemaScore> {
    RIASEC
        .iter()
        .map(|thema| {
            let vragen: Vec<&Vraag> = alle_vragen(module)
                .filter(|v| matches!(v.soort, Soort::Stelling { thema: Some(t), .. } if t == *thema))
                .collect();
            let waarden: Vec<u8> = vragen
                .iter()
                .filter_map(|v| match stand.antwoorden.get(v.id) {
                    Some(a @ Antwoord::Schaal(n)) if a.past_bij(v) => Some(*n),
                    _ => None,
                })
                .collect();
            let gemiddelde = (!waarden.is_empty())
                .then(|| waarden.iter().map(|n| f32::from(*n)).sum::<f32>() / waarden.len() as f32);
            ThemaScore { thema, gemiddelde, beantwoord: waarden.len(), totaal: vragen.len() }
        })
        .collect()
}

/// Themes worth exploring: the highest means, only themes with at least two
/// answers and a mean above the middle of the scale, at most `n`.
pub fn top_themas(scores: &[ThemaScore], n: usize) -> Vec<&'static str> {
    let mut kandidaten: Vec<&ThemaScore> =
        scores.iter().filter(|s| s.beantwoord >= 2 && s.gemiddelde.is_some_and(|g| g > 3.0)).collect();
    // Stable sort keeps R-I-A-S-E-C order for ties.
    kandidaten.sort_by(|a, b| b.gemiddelde.unwrap_or(0.0).total_cmp(&a.gemiddelde.unwrap_or(0.0)));
    kandidaten.into_iter().take(n).map(|s| s.thema).collect()
}

fn alle_vragen(module: &'static Module) -> impl Iterator<Item = &'static Vraag> {
    module.delen.iter().flat_map(|d| d.vragen.iter())
}

/// The options an answer refers to, in the answer's order (unknown ids dropped).
pub fn gekozen(vraag: &'static Vraag, antwoord: &Antwoord) -> Vec<&'static Optie> {
    let opties = vraag.soort.opties();
    let ids: Vec<&str> = match antwoord {
        Antwoord::Keuze(id) => vec![id.as_str()],
        Antwoord::Keuzes(ids) | Antwoord::Volgorde(ids) => ids.iter().map(String::as_str).collect(),
        _ => return Vec::new(),
    };
    ids.into_iter().filter_map(|id| opties.iter().find(|o| o.id == id)).collect()
}

/// The card-sort result: the ordered top and the rest of the chosen cards.
pub fn kaartsortering(
    module: &'static Module,
    stand: &ModuleStand,
) -> Option<(Vec<&'static Optie>, Vec<&'static Optie>)> {
    alle_vragen(module).find_map(|v| match v.soort {
        Soort::KiesEnOrden { orden, .. } => {
            let antwoord = stand.antwoorden.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg())?;
            let mut kaarten = gekozen(v, antwoord);
            let rest = kaarten.split_off(kaarten.len().min(orden as usize));
            Some((kaarten, rest))
        }
        _ => None,
    })
}

/// Questions answered with option `optie_id` (e.g. every skill marked "goed").
pub fn met_keuze(module: &'static Module, stand: &ModuleStand, optie_id: &str) -> Vec<&'static Vraag> {
    alle_vragen(module)
        .filter(
            |v| matches!(stand.antwoorden.get(v.id), Some(a @ Antwoord::Keuze(id)) if id == optie_id && a.past_bij(v)),
        )
        .collect()
}

/// Single-choice answers in `module` grouped by the option chosen, in the
/// options' own order: "Gaat me goed af: …", "Gaat redelijk: …". Every answered
/// question lands in a group, so nothing the person did is left out.
pub fn per_keuze(
    module: &'static Module,
    stand: &ModuleStand,
    opties: &'static [Optie],
) -> Vec<(&'static Optie, Vec<&'static Vraag>)> {
    opties.iter().map(|o| (o, met_keuze(module, stand, o.id))).filter(|(_, vragen)| !vragen.is_empty()).collect()
}

/// What the interest answers say, in words a person can use.
#[derive(Debug, Clone, PartialEq)]
pub enum Interessebeeld {
    /// No interest statement answered with a scale point yet.
    NietsIngevuld,
    /// These themes stand out (highest first).
    Uitschieters(Vec<&'static str>),
    /// Answered, but no theme stands out: the interests lie close together.
    DichtBijElkaar,
}

pub fn interessebeeld(scores: &[ThemaScore]) -> Interessebeeld {
    let gemiddelden: Vec<f32> = scores.iter().filter_map(|s| s.gemiddelde).collect();
    if gemiddelden.is_empty() {
        return Interessebeeld::NietsIngevuld;
    }
    // All themes about equally liked (high or low): nothing stands out, whatever the level.
    let spreiding =
        gemiddelden.iter().copied().fold(f32::MIN, f32::max) - gemiddelden.iter().copied().fold(f32::MAX, f32::min);
    if gemiddelden.len() > 1 && spreiding < 0.5 {
        return Interessebeeld::DichtBijElkaar;
    }
    let hoogste = gemiddelden.iter().copied().fold(f32::MIN, f32::max);
    // Only themes close to the highest stand out; a theme a full point lower does not.
    let dichtbij =
        |id: &&str| scores.iter().any(|s| s.thema == *id && s.gemiddelde.is_some_and(|g| g >= hoogste - 0.5));
    match top_themas(scores, 3).into_iter().filter(dichtbij).collect::<Vec<_>>() {
        top if top.is_empty() => Interessebeeld::DichtBijElkaar,
        top => Interessebeeld::Uitschieters(top),
    }
}

/// Themes with an answer, highest mean first (ties keep R-I-A-S-E-C order);
/// themes without answers last.
pub fn gesorteerd(scores: &[ThemaScore]) -> Vec<ThemaScore> {
    let mut uit = scores.to_vec();
    uit.sort_by(|a, b| b.gemiddelde.unwrap_or(-1.0).total_cmp(&a.gemiddelde.unwrap_or(-1.0)));
    uit
}

/// A mean on the 1–5 scale written with one decimal, with the decimal comma in Dutch.
pub fn getal_tekst(waarde: f32, komma: bool) -> String {
    let s = format!("{waarde:.1}");
    if komma {
        s.replace('.', ",")
    } else {
        s
    }
}

/// "Based on 18 of 24 questions".
pub fn volledigheid(module: &'static Module, stand: &ModuleStand) -> (usize, usize) {
    (stand.aantal_beantwoord(module), super::voortgang::totaal_vragen(module))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::modules::{wat_kan_ik, wat_wil_ik, wie_ben_ik};

    fn stellingen(thema: &str) -> Vec<&'static str> {
        alle_vragen(&wat_wil_ik::MODULE)
            .filter(|v| matches!(v.soort, Soort::Stelling { thema: Some(t), .. } if t == thema))
            .map(|v| v.id)
            .collect()
    }

    #[test]
    fn skipped_and_unsure_statements_do_not_lower_a_theme() {
        let mut stand = ModuleStand::default();
        let s = stellingen("S");
        stand.antwoorden.insert(s[0].into(), Antwoord::Schaal(5));
        stand.antwoorden.insert(s[1].into(), Antwoord::Schaal(4));
        stand.antwoorden.insert(s[2].into(), Antwoord::WeetNiet);
        let scores = interesses(&wat_wil_ik::MODULE, &stand);
        let sociaal = scores.iter().find(|x| x.thema == "S").unwrap();
        assert_eq!(sociaal.gemiddelde, Some(4.5));
        assert_eq!(sociaal.beantwoord, 2);
        assert_eq!(sociaal.totaal, s.len());
        let realistisch = scores.iter().find(|x| x.thema == "R").unwrap();
        assert_eq!(realistisch.gemiddelde, None);
    }

    #[test]
    fn top_themes_need_enough_answers_and_real_interest() {
        let mut stand = ModuleStand::default();
        for id in stellingen("A") {
            stand.antwoorden.insert(id.into(), Antwoord::Schaal(4));
        }
        for id in stellingen("C").into_iter().take(2) {
            stand.antwoorden.insert(id.into(), Antwoord::Schaal(5));
        }
        // One very high answer is not enough to call it a theme.
        stand.antwoorden.insert(stellingen("E")[0].into(), Antwoord::Schaal(5));
        // A low theme never becomes a suggestion.
        for id in stellingen("R") {
            stand.antwoorden.insert(id.into(), Antwoord::Schaal(2));
        }
        let scores = interesses(&wat_wil_ik::MODULE, &stand);
        assert_eq!(top_themas(&scores, 3), vec!["C", "A"]);
    }

    #[test]
    fn an_empty_module_gives_no_themes_and_says_how_little_it_is_based_on() {
        let stand = ModuleStand::default();
        assert!(top_themas(&interesses(&wat_wil_ik::MODULE, &stand), 3).is_empty());
        let (beantwoord, totaal) = volledigheid(&wat_wil_ik::MODULE, &stand);
        assert_eq!(beantwoord, 0);
        assert!(totaal >= 36);
    }

    #[test]
    fn the_card_sort_gives_the_ordered_top_then_the_rest() {
        let vraag = alle_vragen(&wie_ben_ik::MODULE).find(|v| matches!(v.soort, Soort::KiesEnOrden { .. })).unwrap();
        let Soort::KiesEnOrden { kaarten, .. } = vraag.soort else { unreachable!() };
        let ids: Vec<String> = kaarten.iter().take(5).rev().map(|k| k.id.to_string()).collect();
        let mut stand = ModuleStand::default();
        stand.antwoorden.insert(vraag.id.into(), Antwoord::Volgorde(ids.clone()));
        let (top, rest) = kaartsortering(&wie_ben_ik::MODULE, &stand).unwrap();
        assert_eq!(
            top.iter().map(|o| o.id).collect::<Vec<_>>(),
            ids[..3].iter().map(String::as_str).collect::<Vec<_>>()
        );
        assert_eq!(rest.len(), 2);
    }

    #[test]
    fn every_answered_skill_is_named_in_its_own_group_also_when_all_are_fair() {
        let vragen: Vec<&Vraag> = alle_vragen(&wat_kan_ik::MODULE)
            .filter(|v| matches!(v.soort, Soort::EenKeuze { opties } if opties.iter().any(|o| o.id == "goed")))
            .collect();
        let Soort::EenKeuze { opties } = vragen[0].soort else { unreachable!() };
        let mut stand = ModuleStand::default();
        for v in &vragen {
            stand.antwoorden.insert(v.id.into(), Antwoord::Keuze("redelijk".into()));
        }
        let groepen = per_keuze(&wat_kan_ik::MODULE, &stand, opties);
        assert_eq!(groepen.len(), 1);
        assert_eq!(groepen[0].0.id, "redelijk");
        assert_eq!(groepen[0].1.len(), vragen.len());
        stand.antwoorden.insert(vragen[3].id.into(), Antwoord::Keuze("goed".into()));
        let groepen = per_keuze(&wat_kan_ik::MODULE, &stand, opties);
        assert_eq!(
            groepen.iter().map(|(o, v)| (o.id, v.len())).collect::<Vec<_>>(),
            vec![("goed", 1), ("redelijk", vragen.len() - 1)]
        );
        assert!(per_keuze(&wat_kan_ik::MODULE, &ModuleStand::default(), opties).is_empty());
    }

    #[test]
    fn neutral_interests_are_named_as_close_together_not_as_missing() {
        let mut stand = ModuleStand::default();
        assert_eq!(interessebeeld(&interesses(&wat_wil_ik::MODULE, &stand)), Interessebeeld::NietsIngevuld);
        for thema in RIASEC {
            for id in stellingen(thema) {
                stand.antwoorden.insert(id.into(), Antwoord::Schaal(3));
            }
        }
        assert_eq!(interessebeeld(&interesses(&wat_wil_ik::MODULE, &stand)), Interessebeeld::DichtBijElkaar);
        // Liking everything equally much is not "these stand out" either.
        for thema in RIASEC {
            for id in stellingen(thema) {
                stand.antwoorden.insert(id.into(), Antwoord::Schaal(4));
            }
        }
        assert_eq!(interessebeeld(&interesses(&wat_wil_ik::MODULE, &stand)), Interessebeeld::DichtBijElkaar);
        for id in stellingen("I") {
            stand.antwoorden.insert(id.into(), Antwoord::Schaal(5));
        }
        assert_eq!(interessebeeld(&interesses(&wat_wil_ik::MODULE, &stand)), Interessebeeld::Uitschieters(vec!["I"]));
    }

    #[test]
    fn the_chart_order_is_highest_first_and_dutch_uses_a_decimal_comma() {
        let mut stand = ModuleStand::default();
        let a = stellingen("A");
        stand.antwoorden.insert(a[0].into(), Antwoord::Schaal(4));
        stand.antwoorden.insert(a[1].into(), Antwoord::Schaal(3));
        stand.antwoorden.insert(stellingen("E")[0].into(), Antwoord::Schaal(5));
        stand.antwoorden.insert(stellingen("R")[0].into(), Antwoord::Schaal(1));
        let volgorde: Vec<&str> =
            gesorteerd(&interesses(&wat_wil_ik::MODULE, &stand)).iter().map(|s| s.thema).collect();
        assert_eq!(&volgorde[..3], &["E", "A", "R"]);
        assert_eq!(getal_tekst(3.5, true), "3,5");
        assert_eq!(getal_tekst(10.0 / 3.0, true), "3,3");
        assert_eq!(getal_tekst(10.0 / 3.0, false), "3.3");
    }

    #[test]
    fn strongest_skills_are_the_ones_marked_good() {
        let vragen: Vec<&Vraag> = alle_vragen(&wat_kan_ik::MODULE)
            .filter(|v| matches!(v.soort, Soort::EenKeuze { opties } if opties.iter().any(|o| o.id == "goed")))
            .take(3)
            .collect();
        let mut stand = ModuleStand::default();
        stand.antwoorden.insert(vragen[0].id.into(), Antwoord::Keuze("goed".into()));
        stand.antwoorden.insert(vragen[1].id.into(), Antwoord::Keuze("liever-niet".into()));
        stand.antwoorden.insert(vragen[2].id.into(), Antwoord::Keuze("goed".into()));
        let sterk: Vec<&str> = met_keuze(&wat_kan_ik::MODULE, &stand, "goed").iter().map(|v| v.id).collect();
        assert_eq!(sterk, vec![vragen[0].id, vragen[2].id]);
    }
}
