use super::*;
use crate::content::modules::{wat_wil_ik, wie_ben_ik, MODULES};
use crate::domain::dokument::{Actie, Dokument};

fn ids(stukken: &[Stuk]) -> Vec<(&'static str, &'static str)> {
    stukken.iter().map(|s| (s.module.id, s.deel().id)).collect()
}

fn doe_klaar(doc: &mut Dokument, module: &Module, tot: usize, dag: &str) {
    for d in &module.delen[..tot] {
        doc.pas_toe(&Actie::DeelKlaarOp { module: module.id.into(), deel: d.id.into(), dag: dag.into() });
    }
}

fn open(doc: &Dokument) -> Vec<Stuk> {
    open_delen(&MODULES, &doc.modules, doc.laatste_module.as_deref())
}

#[test]
fn every_plan_fits_its_minutes_and_is_made_of_whole_parts_in_order() {
    // From every place a person can be: each part of each module as the first open one.
    for m in MODULES {
        for begin in 0..m.delen.len() {
            let mut doc = Dokument::default();
            doe_klaar(&mut doc, m, begin, "2026-12-01");
            doc.pas_toe(&Actie::ZetPositie { module: m.id.into(), vraag: Some(m.delen[begin].vragen[0].id.into()) });
            let open = open(&doc);
            for e in Energie::ALLE {
                let p = plan(&open, e.minuten());
                assert!(!p.is_empty(), "{}/{begin}: never empty while something is open", m.id);
                assert_eq!(ids(&p), ids(&open[..p.len()]), "the first open parts, in order, none skipped");
                assert_eq!((p[0].module.id, p[0].deel), (m.id, begin), "starts where the person is");
                // Fits, unless the first part alone is longer: then it is that part only.
                assert!(minuten(&p) <= e.minuten() || p.len() == 1, "{}/{begin} {e:?}: {}", m.id, minuten(&p));
                // As much as fits: the next part would not.
                if let Some(volgende) = open.get(p.len()) {
                    assert!(minuten(&p) + u32::from(volgende.deel().minuten) > e.minuten());
                }
            }
        }
    }
}

#[test]
fn a_session_is_sized_from_the_parts_own_estimates() {
    // wat-wil-ik opens with six parts of 2 minutes each.
    let doc = Dokument { laatste_module: Some(wat_wil_ik::MODULE.id.into()), ..Dokument::default() };
    let open = open(&doc);
    assert!(wat_wil_ik::MODULE.delen[..6].iter().all(|d| d.minuten == 2));
    assert_eq!(plan(&open, Energie::Weinig.minuten()).len(), 1, "3 minutes: one part of 2");
    assert_eq!(plan(&open, Energie::Wat.minuten()).len(), 2, "5 minutes: two parts of 2");
    assert_eq!(plan(&open, Energie::Veel.minuten()).len(), 5, "10 minutes: five parts of 2");
    // wie-ben-ik's first part takes 5 minutes: with little energy it is still offered whole.
    let p = plan(&open_delen(&MODULES, &Dokument::default().modules, None), 3);
    assert_eq!(ids(&p), vec![(wie_ben_ik::MODULE.id, wie_ben_ik::MODULE.delen[0].id)]);
    assert_eq!(minuten(&p), 5);
}

#[test]
fn a_session_goes_on_into_the_next_module_going_round() {
    let m = &wie_ben_ik::MODULE;
    let laatste = m.delen.len() - 1;
    let mut doc = Dokument::default();
    doe_klaar(&mut doc, m, laatste, "2026-12-01");
    doc.pas_toe(&Actie::ZetPositie { module: m.id.into(), vraag: Some(m.delen[laatste].vragen[0].id.into()) });
    let p = plan(&open(&doc), 10);
    assert_eq!(ids(&p)[0], (m.id, m.delen[laatste].id));
    assert_eq!(p[1].module.id, MODULES[1].id, "after the last part, the next module in the start page's order");
    // Done modules are passed by; from the last module it goes round to the first open part.
    let verlies = MODULES[MODULES.len() - 1];
    let mut doc = Dokument { laatste_module: Some(verlies.id.into()), ..Dokument::default() };
    doe_klaar(&mut doc, verlies, verlies.delen.len(), "2026-12-01");
    doe_klaar(&mut doc, m, laatste, "2026-12-01");
    assert_eq!(ids(&open(&doc))[0], (m.id, m.delen[laatste].id));
}

#[test]
fn nothing_open_means_no_plan_and_no_question() {
    let mut doc = Dokument::default();
    for m in MODULES {
        doe_klaar(&mut doc, m, m.delen.len(), "2026-12-01");
    }
    let open = open(&doc);
    assert!(open.is_empty());
    assert!(plan(&open, 10).is_empty());
    assert_eq!(einde(&open, Some(Energie::Veel)), None);
    assert!(!vraag_vandaag(&doc.sessies, "2026-12-02", true, &open), "all done: nothing to size");
}

#[test]
fn the_question_comes_once_a_day_never_on_a_first_visit_and_a_skip_counts_as_asked() {
    let mut doc = Dokument::default();
    let open = open(&doc);
    assert!(!vraag_vandaag(&doc.sessies, "2026-12-05", false, &open), "a first visit: not yet");
    assert!(vraag_vandaag(&doc.sessies, "2026-12-05", true, &open));
    assert!(doc.pas_toe(&Actie::ZetEnergie { dag: "2026-12-05".into(), energie: None, tot: None }));
    assert!(!vraag_vandaag(&doc.sessies, "2026-12-05", true, &open), "skipped: not asked again that day");
    assert!(vraag_vandaag(&doc.sessies, "2026-12-06", true, &open), "the next day it is asked again");
    // Only the day is kept, not a history.
    let tot = einde(&open, Some(Energie::Wat));
    doc.pas_toe(&Actie::ZetEnergie { dag: "2026-12-06".into(), energie: Some(Energie::Wat), tot });
    let s = &doc.sessies;
    assert_eq!((s.dag.as_str(), s.energie.as_str()), ("2026-12-06", "wat"));
    assert_eq!(s.einde("2026-12-06"), tot);
    assert_eq!(s.einde("2026-12-07"), None, "a session belongs to its day");
}

#[test]
fn a_session_ends_at_its_last_part_and_the_next_day_resumes_after_it() {
    let m = &wat_wil_ik::MODULE;
    let mut doc = Dokument { laatste_module: Some(m.id.into()), ..Dokument::default() };
    let dag = "2026-12-05";
    let tot = einde(&open(&doc), Some(Energie::Wat)).unwrap();
    assert_eq!(tot, (m.id, m.delen[1].id));
    doc.pas_toe(&Actie::ZetEnergie { dag: dag.into(), energie: Some(Energie::Wat), tot: Some(tot) });
    assert_eq!(ids(&tot_en_met(&open(&doc), tot)).len(), 2, "what is left of today: both parts");
    doe_klaar(&mut doc, m, 1, dag);
    assert!(!doc.sessies.klaar_op(dag), "one of two parts: not yet");
    assert_eq!(ids(&tot_en_met(&open(&doc), tot)), vec![(m.id, m.delen[1].id)]);
    assert_eq!(doc.sessies.keer, 1);
    // Where the person stands after the last part: its last question (the module page keeps it).
    doc.pas_toe(&Actie::ZetPositie { module: m.id.into(), vraag: Some(m.delen[1].vragen[0].id.into()) });
    assert!(doc.pas_toe(&Actie::DeelKlaarOp { module: m.id.into(), deel: m.delen[1].id.into(), dag: dag.into() }));
    assert!(doc.sessies.klaar_op(dag), "Klaar voor vandaag");
    assert_eq!(doc.sessies.einde(dag), None);
    assert!(tot_en_met(&open(&doc), tot).is_empty());
    assert_eq!(doc.sessies.keer, 1, "one day, counted once");
    // The next day: from the part after the one the session ended with.
    let volgende = plan(&open(&doc), Energie::Weinig.minuten());
    assert_eq!(ids(&volgende), vec![(m.id, m.delen[2].id)]);
    doe_klaar(&mut doc, m, 3, "2026-12-07");
    assert_eq!(doc.sessies.keer, 2, "a day with a piece done, however many days between");
    assert!(!doc.sessies.gevraagd("2026-12-07"), "not asked that day: no session, still counted");
    assert!(!doc.sessies.klaar_op("2026-12-07"));
}

#[test]
fn sessions_are_kept_merged_and_read_by_an_app_that_never_had_them() {
    let mut doc = Dokument::default();
    doc.doe(
        &Actie::ZetEnergie { dag: "2026-12-05".into(), energie: Some(Energie::Weinig), tot: Some(("a", "b")) },
        "t1",
        10.0,
    );
    doc.doe(&Actie::DeelKlaarOp { module: "a".into(), deel: "b".into(), dag: "2026-12-05".into() }, "t1", 20.0);
    assert!(doc.sessies.klaar_op("2026-12-05"));
    let json = doc.naar_json();
    assert!(
        json.contains(r#""sessies":{"dag":"2026-12-05","energie":"weinig","tot_module":"a","tot_deel":"b","klaar":true,"keer":1,"laatste_dag":"2026-12-05"}"#),
        "{json}"
    );
    assert_eq!(Dokument::uit_json(&json), Ok(doc.clone()));
    // Another tab's copy without it takes it in.
    let samen = crate::domain::versie::voeg_samen(&Dokument::default(), &doc);
    assert_eq!(samen.sessies, doc.sessies);
    // A document from before sessions reads as none.
    assert_eq!(Dokument::uit_json(r#"{"schema":4,"revisie":1}"#).unwrap().sessies, Sessies::default());
    // A damaged value reads as no sessions: the answers are never kept aside for it.
    let kapot = json.replace(r#""klaar":true"#, r#""klaar":"ja""#);
    let gelezen = Dokument::uit_json(&kapot).expect("the document itself is sound");
    assert_eq!(gelezen.sessies, Sessies::default());
    assert_eq!(gelezen.modules, doc.modules);
}
