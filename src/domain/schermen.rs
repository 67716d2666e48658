//! How a module's questions are walked through, one screen at a time: which
//! questions share a screen, where "Volgende" and "Vorige" go, and when a tap
//! on a choice moves on by itself (issue 24: half the taps).
//!
//! A place is `(deel, vraag)`: the part's index and the question's index in it.

use super::antwoorden::Antwoord;
use super::vragenlijst::{Deel, Module, Soort, Vraag};

/// A free-text question whose id extends the one before it ("wwi.drempels" ->
/// "wwi.drempels.tekst") asks more about that answer: it stands on the same
/// screen, under it, so the person does not turn a page to add a few words.
pub fn is_vervolg(deel: &Deel, i: usize) -> bool {
    let (Some(v), Some(vorige)) = (deel.vragen.get(i), i.checked_sub(1).and_then(|j| deel.vragen.get(j))) else {
        return false;
    };
    matches!(v.soort, Soort::VrijeTekst { .. })
        && v.id.strip_prefix(vorige.id).is_some_and(|rest| rest.starts_with('.'))
}

/// A part that is a run of short statements on one scale (two or more, all
/// `Soort::Stelling` on the same `Schaal`) stands on one screen: a row of
/// points per statement, one tap each, instead of a screen and a "Volgende" per
/// statement (issue 24: half the taps).
pub fn is_reeks(deel: &Deel) -> bool {
    let mut schalen = deel.vragen.iter().map(|v| match v.soort {
        Soort::Stelling { schaal, .. } => Some(schaal),
        _ => None,
    });
    let Some(Some(eerste)) = schalen.next() else { return false };
    deel.vragen.len() >= 2 && schalen.all(|s| s == Some(eerste))
}

/// The first question of the screen that shows question `i`.
pub fn scherm_begin(deel: &Deel, i: usize) -> usize {
    if is_reeks(deel) {
        return 0;
    }
    let mut b = i;
    while b > 0 && is_vervolg(deel, b) {
        b -= 1;
    }
    b
}

/// One past the last question of the screen that starts at `begin`.
pub fn scherm_einde(deel: &Deel, begin: usize) -> usize {
    if is_reeks(deel) {
        return deel.vragen.len();
    }
    let mut e = begin + 1;
    while e < deel.vragen.len() && is_vervolg(deel, e) {
        e += 1;
    }
    e.min(deel.vragen.len().max(begin + 1))
}

/// The questions on the screen that shows question `i`.
pub fn scherm(deel: &Deel, i: usize) -> &[Vraag] {
    let b = scherm_begin(deel, i);
    deel.vragen.get(b..scherm_einde(deel, b).min(deel.vragen.len())).unwrap_or(&[])
}

/// The screen after the one showing `(deel, vraag)`; `None`: the review.
pub fn volgende(module: &Module, deel: usize, vraag: usize) -> Option<(usize, usize)> {
    let d = module.delen.get(deel)?;
    let einde = scherm_einde(d, scherm_begin(d, vraag));
    if einde < d.vragen.len() {
        Some((deel, einde))
    } else if deel + 1 < module.delen.len() {
        Some((deel + 1, 0))
    } else {
        None
    }
}

/// The screen before the one showing `(deel, vraag)`; `None`: the overview.
pub fn vorige(module: &Module, deel: usize, vraag: usize) -> Option<(usize, usize)> {
    let d = module.delen.get(deel)?;
    let begin = scherm_begin(d, vraag);
    if begin > 0 {
        Some((deel, scherm_begin(d, begin - 1)))
    } else if deel > 0 {
        let p = &module.delen[deel - 1];
        Some((deel - 1, scherm_begin(p, p.vragen.len().saturating_sub(1))))
    } else {
        None
    }
}

/// How many questions of this part come after the screen showing `vraag`:
/// "nog 3 vragen" says how far, without counting the person.
pub fn nog_in_deel(deel: &Deel, vraag: usize) -> usize {
    deel.vragen.len().saturating_sub(scherm_einde(deel, scherm_begin(deel, vraag)))
}

/// Whether a tap on this answer may move on by itself: one choice on one
/// screen, and nothing shown under the choice that the person should read
/// first (a reply or a step). Everything else waits for "Volgende".
///
/// On a run of statements (`is_reeks`) a tap answers its statement and stays;
/// the screen moves on only when this tap leaves every statement answered and
/// was the last still open, or is on the last row (coming back to change one
/// statement in the middle keeps the screen). `eerder`: whether a question of
/// the part had an answer before this tap.
pub fn gaat_vanzelf_verder(deel: &Deel, vraag: usize, antwoord: &Antwoord, eerder: impl Fn(&str) -> bool) -> bool {
    let Some(v) = deel.vragen.get(vraag) else { return false };
    if is_reeks(deel) {
        let rest_af = deel.vragen.iter().enumerate().all(|(i, w)| i == vraag || eerder(w.id));
        let gekozen = matches!(antwoord, Antwoord::Schaal(_) | Antwoord::WeetNiet);
        return gekozen && rest_af && (!eerder(v.id) || vraag + 1 == deel.vragen.len());
    }
    // A follow-up on the same screen still has to be seen.
    if scherm_einde(deel, scherm_begin(deel, vraag)) > vraag + 1 {
        return false;
    }
    match (&v.soort, antwoord) {
        (Soort::Stelling { .. }, Antwoord::Schaal(_) | Antwoord::WeetNiet) => true,
        (Soort::EenKeuze { opties }, Antwoord::Keuze(k)) => {
            opties.iter().find(|o| o.id == k).is_some_and(|o| o.reactie.is_none() && o.stap.is_none() && !o.hulp)
        }
        _ => false,
    }
}

/// The first question in the module that moves on by itself: there the app
/// says once that it does, and how to turn it off.
pub fn eerste_vanzelf(module: &Module) -> Option<&'static str> {
    module.delen.iter().flat_map(|d| d.vragen.iter()).find_map(|v| match v.soort {
        Soort::Stelling { .. } | Soort::EenKeuze { .. } => Some(v.id),
        _ => None,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::modules::{self, wat_wil_ik, wie_ben_ik};

    /// Where question `id` stands in `module`: (part, question). Also for `domain::navigatie`'s tests.
    pub(crate) fn plek(module: &Module, id: &str) -> (usize, usize) {
        module
            .delen
            .iter()
            .enumerate()
            .find_map(|(d, deel)| deel.vragen.iter().position(|v| v.id == id).map(|v| (d, v)))
            .expect(id)
    }

    #[test]
    fn a_follow_up_in_words_stands_under_its_choice_on_one_screen() {
        let m = &wat_wil_ik::MODULE;
        let (d, i) = plek(m, "wwi.drempels");
        let ids: Vec<&str> = scherm(&m.delen[d], i).iter().map(|v| v.id).collect();
        assert_eq!(ids, ["wwi.drempels", "wwi.drempels.tekst"]);
        // Opened at the follow-up itself (a review's "Wijzig", a stored place): the same screen.
        assert_eq!(scherm_begin(&m.delen[d], i + 1), i);
        // The next screen is the question after both; Back from it comes to both again.
        assert_eq!(volgende(m, d, i), Some((d, i + 2)));
        assert_eq!(vorige(m, d, i + 2), Some((d, i)));
        // A free-text question of its own does not join the one before it.
        let (d, h) = plek(m, "wwi.helpt");
        assert_eq!(scherm(&m.delen[d], h).len(), 1);
        // Nor one that extends an earlier question but not the one right before it.
        let (d, w) = plek(&wie_ben_ik::MODULE, "wbi.waarden.toelichting");
        assert_eq!(scherm_begin(&wie_ben_ik::MODULE.delen[d], w), w);
    }

    #[test]
    fn every_question_is_on_exactly_one_screen_and_walking_reaches_each_once() {
        for m in modules::MODULES {
            let mut gezien = Vec::new();
            let mut plek = Some((0, 0));
            while let Some((d, i)) = plek {
                assert_eq!(scherm_begin(&m.delen[d], i), i, "{}: a walk lands on a screen's start", m.id);
                gezien.extend(scherm(&m.delen[d], i).iter().map(|v| v.id));
                let verder = volgende(m, d, i);
                // Back from the next screen comes here again.
                if let Some((d2, i2)) = verder {
                    assert_eq!(vorige(m, d2, i2), Some((d, i)), "{}: back from {d2}/{i2}", m.id);
                }
                plek = verder;
            }
            let alle: Vec<&str> = m.delen.iter().flat_map(|d| d.vragen.iter().map(|v| v.id)).collect();
            assert_eq!(gezien, alle, "{}: every question once, in order", m.id);
            assert_eq!(vorige(m, 0, 0), None);
        }
    }

    #[test]
    fn a_part_of_statements_on_one_scale_is_one_screen_and_no_other_part_is() {
        let mut reeksen = Vec::new();
        for m in modules::MODULES {
            for deel in m.delen {
                let schalen: Vec<_> = deel
                    .vragen
                    .iter()
                    .map(|v| match v.soort {
                        Soort::Stelling { schaal, .. } => Some(schaal),
                        _ => None,
                    })
                    .collect();
                let reeks = schalen.len() >= 2 && schalen[0].is_some() && schalen.iter().all(|s| *s == schalen[0]);
                assert_eq!(is_reeks(deel), reeks, "{}/{}", m.id, deel.id);
                if reeks {
                    reeksen.push(deel.id);
                    assert_eq!(scherm(deel, deel.vragen.len() - 1).len(), deel.vragen.len());
                    assert_eq!(nog_in_deel(deel, 2), 0);
                }
            }
        }
        // The six interest parts of "Wat wil ik?"; energy's two statements share a part with
        // other questions, on two scales, so they stay one to a screen.
        assert_eq!(reeksen, ["interesse-1", "interesse-2", "interesse-3", "interesse-4", "interesse-5", "interesse-6"]);
        let (d, i) = plek(&modules::energie::MODULE, "ene.gevoel");
        assert!(!is_reeks(&modules::energie::MODULE.delen[d]));
        assert_eq!(scherm(&modules::energie::MODULE.delen[d], i).len(), 1);
    }

    #[test]
    fn a_run_moves_on_after_the_tap_that_answers_its_last_open_statement() {
        let m = &wat_wil_ik::MODULE;
        let deel = &m.delen[0];
        let laatste = deel.vragen.len() - 1;
        let niets = |_: &str| false;
        let alle = |_: &str| true;
        // Each statement's tap stays while others are open, also the last row.
        assert!(!gaat_vanzelf_verder(deel, 0, &Antwoord::Schaal(4), niets));
        assert!(!gaat_vanzelf_verder(deel, laatste, &Antwoord::Schaal(4), niets));
        // The tap that closes the run moves on, in any order.
        let zonder = |open: &'static str| move |id: &str| id != open;
        assert!(gaat_vanzelf_verder(deel, laatste, &Antwoord::Schaal(4), zonder(deel.vragen[laatste].id)));
        assert!(gaat_vanzelf_verder(deel, 2, &Antwoord::Schaal(1), zonder(deel.vragen[2].id)));
        // Back to change one in the middle of a full run: it stays; the last row goes on.
        assert!(!gaat_vanzelf_verder(deel, 2, &Antwoord::Schaal(1), alle));
        assert!(gaat_vanzelf_verder(deel, laatste, &Antwoord::Schaal(1), alle));
    }

    #[test]
    fn only_a_plain_single_choice_moves_on_by_itself() {
        let m = &modules::energie::MODULE;
        let (d, i) = plek(m, "ene.gevoel");
        let niets = |_: &str| false;
        assert!(gaat_vanzelf_verder(&m.delen[d], i, &Antwoord::Schaal(3), niets));
        assert!(gaat_vanzelf_verder(&m.delen[d], i, &Antwoord::WeetNiet, niets));
        let m = &wat_wil_ik::MODULE;
        let (d, i) = plek(m, "wwi.open");
        assert!(gaat_vanzelf_verder(&m.delen[d], i, &Antwoord::Keuze("elders".into()), niets));
        // Ticks and words wait for "Volgende": the person may want more than one.
        let (d, i) = plek(m, "wwi.drempels");
        assert!(!gaat_vanzelf_verder(&m.delen[d], i, &Antwoord::Keuzes(vec!["geld".into()]), niets));
        let (d, i) = plek(m, "wwi.helpt");
        assert!(!gaat_vanzelf_verder(&m.delen[d], i, &Antwoord::Tekst("x".into()), niets));
        // A choice that brings a reply stays, so the reply can be read.
        for m in modules::MODULES {
            for deel in m.delen {
                for (i, v) in deel.vragen.iter().enumerate() {
                    for o in v.soort.opties() {
                        if o.reactie.is_some() && matches!(v.soort, Soort::EenKeuze { .. }) {
                            assert!(
                                !gaat_vanzelf_verder(deel, i, &Antwoord::Keuze(o.id.into()), |_| false),
                                "{}",
                                v.id
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_count_left_in_a_part_leaves_out_the_screen_itself() {
        let m = &wie_ben_ik::MODULE;
        let d = &m.delen[0];
        assert_eq!(nog_in_deel(d, 0), d.vragen.len() - 1);
        assert_eq!(nog_in_deel(d, d.vragen.len() - 1), 0);
        let m = &wat_wil_ik::MODULE;
        let (p, i) = plek(m, "wwi.drempels");
        assert_eq!(nog_in_deel(&m.delen[p], i), 1, "wwi.helpt is left after the screen with its follow-up");
        assert_eq!(eerste_vanzelf(m), Some("wwi.r1"));
    }
}
