//! Walking through a module, step by step: where each button goes, where
//! "carry on" resumes, when a part counts as done, when a tap moves on by
//! itself, and which change "Maak ongedaan" takes back. The module page only
//! renders what these say (see `ui::pages::module`).
//!
//! Which questions share a screen is `schermen`; this module turns screens into
//! steps (the overview, a question, the review, the finish page).

use super::antwoorden::{zelfde_typbeurt, Antwoord, ModuleStand};
use super::vragenlijst::{Deel, Module, Soort, Vraag};
use super::{profiel, schermen, voortgang};

/// Where a person is inside a module. Indices count from 0 here and from 1 in
/// the address (`ui::route`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stap {
    Overzicht,
    Vraag { deel: usize, vraag: usize },
    Terugblik,
    Klaar,
}

/// The question a step shows first (a follow-up's address shows its screen);
/// `None` for the other steps and for a question number past the end.
pub fn vraag_bij(module: &'static Module, stap: Stap) -> Option<&'static Vraag> {
    match stap {
        Stap::Vraag { deel, vraag } => {
            module.delen.get(deel).and_then(|d| d.vragen.get(vraag).and(d.vragen.get(schermen::scherm_begin(d, vraag))))
        }
        _ => None,
    }
}

/// The step after this screen: the next question, the next part, or the review.
pub fn volgende_stap(module: &Module, deel: usize, vraag: usize) -> Stap {
    schermen::volgende(module, deel, vraag).map_or(Stap::Terugblik, |(deel, vraag)| Stap::Vraag { deel, vraag })
}

/// The step before this screen, or the overview from the very first question.
pub fn vorige_stap(module: &Module, deel: usize, vraag: usize) -> Stap {
    schermen::vorige(module, deel, vraag).map_or(Stap::Overzicht, |(deel, vraag)| Stap::Vraag { deel, vraag })
}

/// Where "carry on" goes: the stored question, else the first part not done,
/// else the review (everything is done).
pub fn hervat_stap(module: &Module, stand: &ModuleStand) -> Stap {
    let opgeslagen = stand.positie.as_deref().and_then(|id| {
        module.delen.iter().enumerate().find_map(|(d, deel)| {
            deel.vragen.iter().position(|v| v.id == id).map(|v| Stap::Vraag { deel: d, vraag: v })
        })
    });
    opgeslagen
        .or_else(|| voortgang::hervat_bij(module, stand).map(|deel| Stap::Vraag { deel, vraag: 0 }))
        .unwrap_or(Stap::Terugblik)
}

/// Whether the person started this module: an answer, a part done, or a place kept.
pub fn begonnen(module: &'static Module, stand: &ModuleStand) -> bool {
    profiel::volledigheid(module, stand).0 > 0 || voortgang::delen_klaar(module, stand) > 0 || stand.positie.is_some()
}

/// Where the overview's big button goes: the first question, or where the person was.
pub fn start_stap(module: &'static Module, stand: &ModuleStand) -> Stap {
    if begonnen(module, stand) {
        hervat_stap(module, stand)
    } else {
        Stap::Vraag { deel: 0, vraag: 0 }
    }
}

/// Leaving part `deel` for `doel` (by "Volgende" or a tap): the part's id when
/// that leaves the part, so it is marked done; `None` within the part.
pub fn deel_klaar_bij(module: &'static Module, deel: usize, doel: Stap) -> Option<&'static str> {
    if matches!(doel, Stap::Vraag { deel: d, .. } if d == deel) {
        return None;
    }
    module.delen.get(deel).map(|d| d.id)
}

/// Where a tapped answer to question `vraag` of part `deel` moves on to by
/// itself (when the setting is on), or `None` when it waits for "Volgende".
/// `eerder`: whether a question had an answer before this tap (a run of
/// statements moves on only once all of them are answered).
pub fn vanzelf_naar(
    module: &Module,
    deel: usize,
    vraag: usize,
    antwoord: &Antwoord,
    eerder: impl Fn(&str) -> bool,
) -> Option<Stap> {
    let d = module.delen.get(deel)?;
    schermen::gaat_vanzelf_verder(d, vraag, antwoord, eerder).then(|| volgende_stap(module, deel, vraag))
}

/// The last change, so it can be undone: the question and its answer before.
#[derive(Clone, PartialEq, Debug)]
pub struct Vorige {
    pub vraag: &'static str,
    pub antwoord: Option<Antwoord>,
}

/// After answering `vraag` (from `huidig` to `nieuw`): the new point "Maak
/// ongedaan" goes back to, or `None` to keep the one there is. Text, also a
/// list's item being typed, is stored per keystroke: undo goes back to before
/// the typing, not one letter.
pub fn onthoud_voor_ongedaan(
    vorige: Option<&Vorige>,
    vraag: &'static str,
    huidig: Option<&Antwoord>,
    nieuw: Option<&Antwoord>,
) -> Option<Vorige> {
    let zelfde_beurt = vorige.is_some_and(|v| v.vraag == vraag) && zelfde_typbeurt(huidig, nieuw);
    (!zelfde_beurt).then(|| Vorige { vraag, antwoord: huidig.cloned() })
}

/// Whether "Maak ongedaan" shows on this step: the last change was to a
/// question on this screen (a follow-up, a statement of a run).
pub fn ongedaan_hier(module: &'static Module, stap: Stap, vorige: Option<&Vorige>) -> bool {
    let Stap::Vraag { deel, vraag } = stap else { return false };
    let Some(d) = module.delen.get(deel).filter(|d| vraag < d.vragen.len()) else { return false };
    vorige.is_some_and(|v| schermen::scherm(d, vraag).iter().any(|q| q.id == v.vraag))
}

/// Whether anything of a module was answered, finished or visited: the start
/// page then greets a returning person.
pub fn ooit_begonnen(stand: &ModuleStand) -> bool {
    !stand.antwoorden.is_empty() || !stand.delen_klaar.is_empty() || stand.positie.is_some()
}

/// The module the start page offers to carry on with: the last one worked in
/// (`laatste`), unless it is finished.
pub fn verder_met<'a>(
    modules: &[&'static Module],
    laatste: Option<&str>,
    standen: &'a std::collections::BTreeMap<String, ModuleStand>,
) -> Option<(&'static Module, &'a ModuleStand)> {
    let id = laatste?;
    let module = modules.iter().copied().find(|m| m.id == id)?;
    let stand = standen.get(id)?;
    (voortgang::delen_klaar(module, stand) < module.delen.len()).then_some((module, stand))
}

/// What the overview of a module shows.
#[derive(Clone, PartialEq, Debug)]
pub struct Overzicht {
    pub delen_klaar: usize,
    pub delen: usize,
    pub beantwoord: usize,
    pub vragen: usize,
    pub begonnen: bool,
    pub alles_klaar: bool,
    /// Where the big button goes ("Begin" or "Ga verder").
    pub start: Stap,
    pub minuten_over: u32,
}

pub fn overzicht(module: &'static Module, stand: &ModuleStand) -> Overzicht {
    let delen_klaar = voortgang::delen_klaar(module, stand);
    let (beantwoord, vragen) = profiel::volledigheid(module, stand);
    Overzicht {
        delen_klaar,
        delen: module.delen.len(),
        beantwoord,
        vragen,
        begonnen: begonnen(module, stand),
        alles_klaar: delen_klaar == module.delen.len(),
        start: start_stap(module, stand),
        minuten_over: voortgang::minuten_over(module, stand),
    }
}

/// What a question step shows: its questions, where it stands, where its
/// buttons go.
#[derive(Clone, Debug)]
pub struct VraagScherm {
    pub deel: &'static Deel,
    /// The part's index.
    pub deel_nr: usize,
    /// The index of the screen's first question in its part.
    pub begin: usize,
    /// The questions on this screen (a question and its follow-ups).
    pub vragen: &'static [Vraag],
    /// Questions up to and including this screen, for the progress bar.
    pub plek: usize,
    pub totaal: usize,
    pub aantal_delen: usize,
    /// Questions of this part after this screen.
    pub nog: usize,
    /// The last screen of its part: a pause is offered (unless it is the very last).
    pub laatste_van_deel: bool,
    /// The last screen of the module: "Volgende" says it goes to the review.
    pub laatste: bool,
    pub terug: Stap,
    pub verder: Stap,
    /// The part's intro shows on its first screen; the card sort explains
    /// itself and needs the room to fit on a phone.
    pub deel_intro: bool,
    /// Here the app says once that a tap moves on, and how to stop that.
    pub zegt_vanzelf: bool,
    /// A run of statements on one scale: a row of points each (`schermen::is_reeks`).
    pub reeks: bool,
}

/// The screen that shows question `vraag` of part `deel`; `None` past the end.
pub fn vraag_scherm(module: &'static Module, deel_nr: usize, vraag: usize) -> Option<VraagScherm> {
    let deel = module.delen.get(deel_nr)?;
    // A follow-up's own address shows the screen it stands on.
    let begin = schermen::scherm_begin(deel, vraag);
    let vragen = schermen::scherm(deel, begin);
    let eerste = vragen.first()?;
    let aantal_delen = module.delen.len();
    let laatste_van_deel = schermen::volgende(module, deel_nr, begin).is_none_or(|(d2, _)| d2 != deel_nr);
    Some(VraagScherm {
        deel,
        deel_nr,
        begin,
        vragen,
        plek: module.delen[..deel_nr].iter().map(|x| x.vragen.len()).sum::<usize>() + begin + vragen.len(),
        totaal: voortgang::totaal_vragen(module),
        aantal_delen,
        nog: schermen::nog_in_deel(deel, begin),
        laatste_van_deel,
        laatste: laatste_van_deel && deel_nr + 1 == aantal_delen,
        terug: vorige_stap(module, deel_nr, begin),
        verder: volgende_stap(module, deel_nr, begin),
        deel_intro: begin == 0 && !matches!(eerste.soort, Soort::KiesEnOrden { .. }),
        zegt_vanzelf: schermen::eerste_vanzelf(module) == Some(eerste.id),
        reeks: schermen::is_reeks(deel),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::modules::{self, wat_wil_ik, wie_ben_ik};
    use crate::domain::schermen::tests::plek;

    #[test]
    fn next_and_back_walk_from_the_overview_through_every_screen_to_the_review() {
        for m in modules::MODULES {
            assert_eq!(vorige_stap(m, 0, 0), Stap::Overzicht, "{}: back from the first question", m.id);
            let mut stap = Stap::Vraag { deel: 0, vraag: 0 };
            let mut schermen_gezien = 0;
            while let Stap::Vraag { deel, vraag } = stap {
                let s = vraag_scherm(m, deel, vraag).expect("a screen on the walk");
                assert_eq!(s.begin, vraag);
                if let Stap::Vraag { deel: d2, vraag: v2 } = s.verder {
                    assert_eq!(vraag_scherm(m, d2, v2).unwrap().terug, stap, "{}: back undoes next", m.id);
                }
                schermen_gezien += 1;
                stap = s.verder;
            }
            assert_eq!(stap, Stap::Terugblik, "{}: the last screen leads to the review", m.id);
            assert!(schermen_gezien > 0);
        }
    }

    #[test]
    fn a_follow_ups_own_address_shows_the_screen_it_stands_on() {
        let m = &wat_wil_ik::MODULE;
        let (d, i) = plek(m, "wwi.drempels");
        assert_eq!(vraag_bij(m, Stap::Vraag { deel: d, vraag: i + 1 }).map(|v| v.id), Some("wwi.drempels"));
        let s = vraag_scherm(m, d, i + 1).unwrap();
        assert_eq!((s.begin, s.vragen.len()), (i, 2));
        // Past the end of a part, and the other steps, show no question.
        assert!(vraag_bij(m, Stap::Vraag { deel: d, vraag: 999 }).is_none());
        assert!(vraag_scherm(m, 999, 0).is_none());
        assert!(vraag_bij(m, Stap::Terugblik).is_none());
    }

    #[test]
    fn the_screen_model_says_where_the_person_is_without_counting_them() {
        let m = &wat_wil_ik::MODULE;
        let eerste = vraag_scherm(m, 0, 0).unwrap();
        // Its first part is a run of statements: one screen, nothing left after it.
        assert_eq!((eerste.plek, eerste.nog, eerste.deel_nr), (m.delen[0].vragen.len(), 0, 0));
        assert!(eerste.deel_intro);
        assert!(!eerste.laatste);
        let d = m.delen.len() - 1;
        let laatste = vraag_scherm(m, d, m.delen[d].vragen.len() - 1).unwrap();
        assert!(laatste.laatste && laatste.laatste_van_deel);
        assert_eq!(laatste.plek, laatste.totaal);
        assert_eq!(laatste.verder, Stap::Terugblik);
        // The end of an earlier part offers a pause, not the review.
        let eind0 = vraag_scherm(m, 0, m.delen[0].vragen.len() - 1).unwrap();
        assert!(eind0.laatste_van_deel && !eind0.laatste);
        // "A tap moves on" is said once, on the first screen where it happens.
        let (d, i) = plek(m, "wwi.r1");
        assert!(vraag_scherm(m, d, i).unwrap().zegt_vanzelf);
        let zegt: usize = (0..m.delen.len())
            .flat_map(|d| (0..m.delen[d].vragen.len()).map(move |i| (d, i)))
            .filter(|&(d, i)| vraag_scherm(m, d, i).is_some_and(|s| s.begin == i && s.zegt_vanzelf))
            .count();
        assert_eq!(zegt, 1);
    }

    #[test]
    fn the_card_sort_opens_without_its_parts_intro() {
        for m in modules::MODULES {
            for (d, deel) in m.delen.iter().enumerate() {
                let s = vraag_scherm(m, d, 0).unwrap();
                let sortering = matches!(deel.vragen[0].soort, Soort::KiesEnOrden { .. });
                assert_eq!(s.deel_intro, !sortering, "{}/{}", m.id, deel.id);
            }
        }
    }

    #[test]
    fn carry_on_goes_to_the_kept_question_else_the_first_part_not_done_else_the_review() {
        let m = &wie_ben_ik::MODULE;
        let mut stand = ModuleStand::default();
        assert!(!begonnen(m, &stand));
        assert_eq!(start_stap(m, &stand), Stap::Vraag { deel: 0, vraag: 0 });
        // A kept place wins, also before the question was answered.
        let (d, i) = (1, 2);
        stand.positie = Some(m.delen[d].vragen[i].id.to_string());
        assert!(begonnen(m, &stand));
        assert_eq!(start_stap(m, &stand), Stap::Vraag { deel: d, vraag: i });
        // A place no longer in the module: the first part not done.
        stand.positie = Some("weg.vraag".into());
        stand.delen_klaar.push(m.delen[0].id.to_string());
        assert_eq!(hervat_stap(m, &stand), Stap::Vraag { deel: 1, vraag: 0 });
        // Everything done: the review.
        for deel in m.delen {
            stand.delen_klaar.push(deel.id.to_string());
        }
        assert_eq!(hervat_stap(m, &stand), Stap::Terugblik);
        let o = overzicht(m, &stand);
        assert!(o.alles_klaar && o.begonnen);
        assert_eq!((o.delen_klaar, o.delen), (m.delen.len(), m.delen.len()));
        // One answer is a start too.
        let mut een = ModuleStand::default();
        een.antwoorden.insert("wwi.r1".into(), Antwoord::Schaal(3));
        assert!(overzicht(&wat_wil_ik::MODULE, &een).begonnen);
        assert_eq!(overzicht(&wat_wil_ik::MODULE, &een).start, Stap::Vraag { deel: 0, vraag: 0 });
    }

    #[test]
    fn the_start_page_carries_on_with_the_last_module_until_it_is_finished() {
        let m = &wie_ben_ik::MODULE;
        let mut standen = std::collections::BTreeMap::new();
        assert!(verder_met(&modules::MODULES, Some(m.id), &standen).is_none(), "nothing kept");
        let mut stand = ModuleStand::default();
        assert!(!ooit_begonnen(&stand));
        stand.positie = Some(m.delen[0].vragen[0].id.into());
        assert!(ooit_begonnen(&stand));
        standen.insert(m.id.to_string(), stand.clone());
        assert_eq!(verder_met(&modules::MODULES, Some(m.id), &standen).map(|(m, _)| m.id), Some(m.id));
        assert!(verder_met(&modules::MODULES, None, &standen).is_none());
        assert!(verder_met(&modules::MODULES, Some("weg"), &standen).is_none());
        for deel in m.delen {
            stand.delen_klaar.push(deel.id.to_string());
        }
        standen.insert(m.id.to_string(), stand);
        assert!(verder_met(&modules::MODULES, Some(m.id), &standen).is_none(), "finished");
    }

    #[test]
    fn a_part_is_done_when_a_step_leaves_it() {
        let m = &wat_wil_ik::MODULE;
        assert_eq!(deel_klaar_bij(m, 0, Stap::Vraag { deel: 0, vraag: 1 }), None);
        assert_eq!(deel_klaar_bij(m, 0, Stap::Vraag { deel: 1, vraag: 0 }), Some(m.delen[0].id));
        let laatste = m.delen.len() - 1;
        assert_eq!(deel_klaar_bij(m, laatste, Stap::Terugblik), Some(m.delen[laatste].id));
        assert_eq!(deel_klaar_bij(m, 99, Stap::Terugblik), None);
    }

    #[test]
    fn a_plain_tap_moves_on_to_the_next_screen_and_anything_else_waits() {
        let m = &wat_wil_ik::MODULE;
        let (d, i) = plek(m, "wwi.open");
        let niets = |_: &str| false;
        assert_eq!(vanzelf_naar(m, d, i, &Antwoord::Keuze("elders".into()), niets), Some(volgende_stap(m, d, i)));
        let (d, i) = plek(m, "wwi.helpt");
        assert_eq!(vanzelf_naar(m, d, i, &Antwoord::Tekst("x".into()), niets), None);
        assert_eq!(vanzelf_naar(m, 99, 0, &Antwoord::Schaal(3), niets), None);
        // A run of statements: the tap that answers the last open one moves on to the next part.
        let (d, i) = plek(m, "wwi.c1");
        assert_eq!(vanzelf_naar(m, d, i, &Antwoord::Schaal(3), niets), None);
        let rest = |id: &str| id != "wwi.c1";
        assert_eq!(vanzelf_naar(m, d, i, &Antwoord::Schaal(3), rest), Some(Stap::Vraag { deel: d + 1, vraag: 0 }));
    }

    #[test]
    fn undo_takes_back_a_whole_typing_turn_and_each_choice_on_its_own() {
        let tekst = |s: &str| Some(Antwoord::Tekst(s.into()));
        // The first letter typed starts a turn: undo goes back to empty.
        let v = onthoud_voor_ongedaan(None, "q", None, tekst("a").as_ref()).unwrap();
        assert_eq!(v, Vorige { vraag: "q", antwoord: None });
        // More letters of the same question stay in that turn.
        assert_eq!(onthoud_voor_ongedaan(Some(&v), "q", tekst("a").as_ref(), tekst("ab").as_ref()), None);
        // Another question starts a new turn, keeping what that one had.
        let w = onthoud_voor_ongedaan(Some(&v), "r", tekst("oud").as_ref(), tekst("oudx").as_ref()).unwrap();
        assert_eq!(w, Vorige { vraag: "r", antwoord: tekst("oud") });
        // Each choice is a change of its own, also on the same question.
        let k = |s: &str| Some(Antwoord::Keuze(s.into()));
        let a = onthoud_voor_ongedaan(None, "c", None, k("x").as_ref()).unwrap();
        assert_eq!(
            onthoud_voor_ongedaan(Some(&a), "c", k("x").as_ref(), k("y").as_ref()),
            Some(Vorige { vraag: "c", antwoord: k("x") })
        );
    }

    #[test]
    fn undo_shows_only_on_the_screen_of_the_question_changed() {
        let m = &wat_wil_ik::MODULE;
        let (d, i) = plek(m, "wwi.drempels");
        let v = Vorige { vraag: "wwi.drempels", antwoord: None };
        assert!(ongedaan_hier(m, Stap::Vraag { deel: d, vraag: i }, Some(&v)));
        // Its follow-up's address is the same screen.
        assert!(ongedaan_hier(m, Stap::Vraag { deel: d, vraag: i + 1 }, Some(&v)));
        assert!(!ongedaan_hier(m, Stap::Vraag { deel: d, vraag: i + 2 }, Some(&v)));
        assert!(!ongedaan_hier(m, Stap::Overzicht, Some(&v)));
        assert!(!ongedaan_hier(m, Stap::Vraag { deel: d, vraag: i }, None));
        // Any statement of a run: they share one screen.
        let (d, i) = plek(m, "wwi.c1");
        let v = Vorige { vraag: "wwi.c1", antwoord: None };
        assert!(ongedaan_hier(m, Stap::Vraag { deel: d, vraag: 0 }, Some(&v)));
        assert!(ongedaan_hier(m, Stap::Vraag { deel: d, vraag: i }, Some(&v)));
        assert!(!ongedaan_hier(m, Stap::Vraag { deel: d + 1, vraag: 0 }, Some(&v)));
    }

    #[test]
    fn a_run_of_statements_is_one_step_with_one_address_and_resuming_lands_on_it() {
        let m = &wat_wil_ik::MODULE;
        let (d, i) = plek(m, "wwi.e1");
        let s = vraag_scherm(m, d, i).unwrap();
        assert!(s.reeks);
        assert_eq!((s.begin, s.vragen.len(), s.nog), (0, m.delen[d].vragen.len(), 0));
        assert_eq!(vraag_bij(m, Stap::Vraag { deel: d, vraag: i }).map(|v| v.id), Some(m.delen[d].vragen[0].id));
        // Next goes to the next part; back from there comes to the run's one address.
        assert_eq!(s.verder, Stap::Vraag { deel: d + 1, vraag: 0 });
        assert_eq!(vraag_scherm(m, d + 1, 0).unwrap().terug, Stap::Vraag { deel: d, vraag: 0 });
        // A place kept at any statement of the run resumes on the run's screen.
        let stand = ModuleStand { positie: Some("wwi.e1".into()), ..Default::default() };
        let Stap::Vraag { deel, vraag } = hervat_stap(m, &stand) else { panic!("a question step") };
        assert_eq!(vraag_scherm(m, deel, vraag).unwrap().begin, 0);
        // The part with the drop-downs and words is not a run.
        let (d, i) = plek(m, "wwi.drempels");
        assert!(!vraag_scherm(m, d, i).unwrap().reeks);
    }
}
