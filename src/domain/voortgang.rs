//! Where the person is in a module: parts done, honest time left, where to resume.

use std::collections::BTreeMap;

use super::antwoorden::{Antwoord, ModuleStand};
use super::vragenlijst::{Module, Vraag};

pub fn totaal_vragen(module: &Module) -> usize {
    module.delen.iter().map(|d| d.vragen.len()).sum()
}

/// The part that holds question `vraag`.
pub fn deel_van(module: &Module, vraag: &str) -> Option<usize> {
    module.delen.iter().position(|d| d.vragen.iter().any(|v| v.id == vraag))
}

pub fn is_klaar(module: &Module, stand: &ModuleStand, deel: usize) -> bool {
    module.delen.get(deel).is_some_and(|d| stand.delen_klaar.iter().any(|k| k == d.id))
}

pub fn delen_klaar(module: &Module, stand: &ModuleStand) -> usize {
    (0..module.delen.len()).filter(|i| is_klaar(module, stand, *i)).count()
}

/// Minutes of the parts not yet done: the same honest estimate each part shows.
pub fn minuten_over(module: &Module, stand: &ModuleStand) -> u32 {
    module
        .delen
        .iter()
        .enumerate()
        .filter(|(i, _)| !is_klaar(module, stand, *i))
        .map(|(_, d)| u32::from(d.minuten))
        .sum()
}

/// Where reopening the module continues: the stored question's part, else the
/// first part not done yet, else `None` (all done: show the overview).
pub fn hervat_bij(module: &Module, stand: &ModuleStand) -> Option<usize> {
    stand
        .positie
        .as_deref()
        .and_then(|v| deel_van(module, v))
        .or_else(|| (0..module.delen.len()).find(|i| !is_klaar(module, stand, *i)))
}

/// How long ago something was, in the words people use: "just now", "3 hours ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Geleden {
    Net,
    Minuten(u64),
    Uren(u64),
    Dagen(u64),
}

/// From two browser clock readings in ms. A clock that went back counts as "just now".
pub fn geleden(toen_ms: f64, nu_ms: f64) -> Geleden {
    let minuten = ((nu_ms - toen_ms) / 60_000.0).max(0.0) as u64;
    match minuten {
        0..=1 => Geleden::Net,
        2..=59 => Geleden::Minuten(minuten),
        60..=1439 => Geleden::Uren(minuten / 60),
        _ => Geleden::Dagen(minuten / 1440),
    }
}

/// The answers of round `i` of a module for "Toen en nu": each dated snapshot
/// by its index, and "now" (the current answers) as the last choice, index
/// `momentopnames.len()`; a larger index also means now.
pub fn ronde(stand: &ModuleStand, i: usize) -> &BTreeMap<String, Antwoord> {
    stand.momentopnames.get(i).map(|m| &m.antwoorden).unwrap_or(&stand.antwoorden)
}

/// The questions whose answer differs between two rounds (a dated snapshot, or
/// the answers now), in the module's order: what "Toen en nu" shows. Only
/// answers that fit the question and are not empty count.
pub fn veranderd<'a>(
    module: &'static Module,
    toen: &'a BTreeMap<String, Antwoord>,
    nu: &'a BTreeMap<String, Antwoord>,
) -> Vec<(&'static Vraag, Option<&'a Antwoord>, Option<&'a Antwoord>)> {
    let geldig = |m: &'a BTreeMap<String, Antwoord>, v: &Vraag| m.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg());
    module
        .delen
        .iter()
        .flat_map(|d| d.vragen.iter())
        .map(|v| (v, geldig(toen, v), geldig(nu, v)))
        .filter(|(_, a, b)| a != b)
        .collect()
}

/// Whether "Toen en nu" has anything to show: two of the rounds (the snapshots
/// and the answers now) differ. A module finished once, or redone with the same
/// answers, has nothing to compare.
pub fn toen_en_nu_zinvol(module: &'static Module, stand: &ModuleStand) -> bool {
    let rondes: Vec<&BTreeMap<String, Antwoord>> =
        stand.momentopnames.iter().map(|m| &m.antwoorden).chain(std::iter::once(&stand.antwoorden)).collect();
    rondes.iter().enumerate().any(|(i, a)| rondes[i + 1..].iter().any(|b| !veranderd(module, a, b).is_empty()))
}

/// The module to offer after finishing `na`: the next one in the app's order
/// that was never finished, going round; `None` when all are finished.
pub fn volgende_module<'a>(
    alle: &[&'a Module],
    na: &str,
    standen: &std::collections::BTreeMap<String, ModuleStand>,
) -> Option<&'a Module> {
    let i = alle.iter().position(|m| m.id == na)?;
    (1..alle.len())
        .map(|k| alle[(i + k) % alle.len()])
        .find(|m| standen.get(m.id).is_none_or(|s| s.afgerond_op.is_none()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::modules::wie_ben_ik::MODULE;

    #[test]
    fn after_finishing_the_next_unfinished_module_is_offered_going_round() {
        use crate::content::modules::MODULES;
        let mut standen = std::collections::BTreeMap::new();
        assert_eq!(volgende_module(&MODULES, MODULES[0].id, &standen).map(|m| m.id), Some(MODULES[1].id));
        let klaar = ModuleStand { afgerond_op: Some(1.0), ..ModuleStand::default() };
        standen.insert(MODULES[1].id.to_string(), klaar.clone());
        assert_eq!(volgende_module(&MODULES, MODULES[0].id, &standen).map(|m| m.id), Some(MODULES[2].id));
        // From the last module it goes round to the first not finished.
        assert_eq!(volgende_module(&MODULES, MODULES[6].id, &standen).map(|m| m.id), Some(MODULES[0].id));
        for m in MODULES {
            standen.insert(m.id.to_string(), klaar.clone());
        }
        assert_eq!(volgende_module(&MODULES, MODULES[0].id, &standen).map(|m| m.id), None);
    }

    #[test]
    fn time_left_counts_only_parts_not_done() {
        let mut stand = ModuleStand::default();
        let alles: u32 = MODULE.delen.iter().map(|d| u32::from(d.minuten)).sum();
        assert_eq!(minuten_over(&MODULE, &stand), alles);
        stand.delen_klaar.push(MODULE.delen[0].id.to_string());
        assert_eq!(minuten_over(&MODULE, &stand), alles - u32::from(MODULE.delen[0].minuten));
        assert_eq!(delen_klaar(&MODULE, &stand), 1);
    }

    #[test]
    fn time_since_reads_as_people_say_it() {
        let nu = 1_800_000_000_000.0;
        assert_eq!(geleden(nu - 30_000.0, nu), Geleden::Net);
        assert_eq!(geleden(nu + 5_000_000.0, nu), Geleden::Net);
        assert_eq!(geleden(nu - 5.0 * 60_000.0, nu), Geleden::Minuten(5));
        assert_eq!(geleden(nu - 3.5 * 3_600_000.0, nu), Geleden::Uren(3));
        assert_eq!(geleden(nu - 2.0 * 86_400_000.0, nu), Geleden::Dagen(2));
    }

    #[test]
    fn reopening_continues_at_the_part_of_the_last_question() {
        let mut stand = ModuleStand::default();
        assert_eq!(hervat_bij(&MODULE, &stand), Some(0));
        let vraag = MODULE.delen[2].vragen[0].id;
        stand.positie = Some(vraag.to_string());
        assert_eq!(hervat_bij(&MODULE, &stand), Some(2));
        // An unknown stored position falls back to the first part not done.
        stand.positie = Some("bestaat.niet".into());
        stand.delen_klaar.push(MODULE.delen[0].id.to_string());
        assert_eq!(hervat_bij(&MODULE, &stand), Some(1));
    }

    #[test]
    fn then_and_now_shows_only_when_rounds_differ_and_only_what_changed() {
        use crate::content::modules::wat_kan_ik::MODULE as M;
        use crate::domain::antwoorden::Momentopname;
        let vraag = M.delen[0].vragen[0].id;
        let ander = M.delen[0].vragen[1].id;
        let met = |paren: &[(&str, &str)]| -> BTreeMap<String, Antwoord> {
            paren.iter().map(|(v, k)| (v.to_string(), Antwoord::Keuze(k.to_string()))).collect()
        };
        let eerst = met(&[(vraag, "goed"), (ander, "redelijk")]);
        let mut stand = ModuleStand { antwoorden: eerst.clone(), ..ModuleStand::default() };
        // Finished once: nothing to compare.
        assert!(!toen_en_nu_zinvol(&M, &stand));
        stand.momentopnames.push(Momentopname { op_ms: 1.0, antwoorden: eerst.clone() });
        assert!(!toen_en_nu_zinvol(&M, &stand), "the same answers again");
        // One answer changed since: shown, and only that one.
        stand.antwoorden = met(&[(vraag, "goed"), (ander, "liever-niet")]);
        assert!(toen_en_nu_zinvol(&M, &stand));
        let v = veranderd(&M, &stand.momentopnames[0].antwoorden, &stand.antwoorden);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0.id, ander);
        assert_eq!(v[0].1, Some(&Antwoord::Keuze("redelijk".into())));
        // An answer that does not fit the question does not count as a change.
        stand.antwoorden = met(&[(vraag, "goed"), (ander, "redelijk"), ("bestaat.niet", "x")]);
        assert!(!toen_en_nu_zinvol(&M, &stand));
    }

    #[test]
    fn a_round_is_a_snapshot_by_its_index_and_now_after_the_last() {
        use crate::domain::antwoorden::Momentopname;
        let antw = |tekst: &str| BTreeMap::from([("v".to_string(), Antwoord::Tekst(tekst.into()))]);
        let stand = ModuleStand {
            antwoorden: antw("nu"),
            momentopnames: vec![
                Momentopname { op_ms: 1.0, antwoorden: antw("eerst") },
                Momentopname { op_ms: 2.0, antwoorden: antw("later") },
            ],
            ..ModuleStand::default()
        };
        assert_eq!(ronde(&stand, 0), &antw("eerst"));
        assert_eq!(ronde(&stand, 1), &antw("later"));
        assert_eq!(ronde(&stand, 2), &antw("nu"), "the last choice is now");
        assert_eq!(ronde(&stand, 9), &antw("nu"));
    }
}
