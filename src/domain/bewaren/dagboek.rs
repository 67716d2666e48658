//! A journal per tab: the fields a tab changed itself, under a key only that
//! tab writes (`spoorwijzer.tabblad.<generatie>.<id>`).
//!
//! Why: a tab woken from a freeze by a tap may write before its copy of
//! storage has heard what other tabs wrote meanwhile. Its document then stands
//! over work it never saw. As long as one live tab knows that work, it writes
//! it back when it hears the stale write; but when the tab that did the work
//! was frozen too and is then reloaded unheard, nobody knows it any more. With
//! a journal, the work is still in its own key: no tab ever writes another
//! tab's key, so a stale write cannot take it away, and every full read of
//! storage merges the journals in (field by field, the higher version winning,
//! removals included, so nothing removed comes back).
//!
//! A journal holds only what its tab changed during one page load, so it stays
//! small. Each page load starts a new one; at start, a tab removes journals
//! older than a day whose every field the stored document holds as new or
//! newer. Never sooner: a tab's copy of storage can be behind, and a journal
//! it sees as old may have been written to since. The generation is in the
//! key, so a journal written before a wipe is known without reading it and
//! removed on sight.

use super::{versie, Dokument, OpslagFout, Sleutelopslag};

pub const VOORVOEGSEL_TABBLAD: &str = "spoorwijzer.tabblad.";

/// How long a journal is kept at least after its tab's last change.
const BEWAARTIJD_MS: f64 = 24.0 * 3600.0 * 1000.0;

pub fn sleutel(generatie: &str, tab: &str) -> String {
    format!("{VOORVOEGSEL_TABBLAD}{generatie}.{tab}")
}

/// (generation, tab) of a journal's key. Neither holds a dot: tab ids and
/// generations are letters, digits and `-`.
fn lees_sleutel(sleutel: &str) -> Option<(&str, &str)> {
    sleutel.strip_prefix(VOORVOEGSEL_TABBLAD)?.rsplit_once('.')
}

/// The fields of `d` that tab `tab` changed itself, each with its version (a
/// removal too: its version keeps the removed value from coming back).
pub fn eigen_deel(d: &Dokument, tab: &str) -> Dokument {
    let velden = versie::velden(d);
    let mut uit = Dokument { generatie: d.generatie.clone(), ..Dokument::default() };
    for (veld, v) in d.versies.iter().filter(|(_, v)| v.tab == tab) {
        versie::zet(&mut uit, veld, velden.get(veld));
        uit.versies.insert(veld.clone(), v.clone());
        uit.revisie = uit.revisie.max(v.t);
    }
    uit
}

/// Write this tab's journal (nothing when it changed nothing itself).
pub fn schrijf(opslag: &dyn Sleutelopslag, d: &Dokument, tab: &str) -> Result<(), OpslagFout> {
    let eigen = eigen_deel(d, tab);
    if eigen.versies.is_empty() {
        return Ok(());
    }
    opslag.schrijf(&sleutel(&d.generatie, tab), &eigen.naar_json())
}

/// `basis` with every other tab's journal of its generation merged in.
/// Journals of another generation (written before a wipe) are removed.
/// `opruimen`: the time now, at a tab's start: journals older than a day
/// that add nothing to `basis` are removed too. `oud_schreef`: a build
/// without journals wrote since (and may have removed what they hold), so its
/// document stands and the journals go.
pub fn voeg_in(
    opslag: &dyn Sleutelopslag,
    basis: Dokument,
    eigen: &str,
    oud_schreef: bool,
    opruimen: Option<f64>,
) -> Dokument {
    let mut uit = basis.clone();
    for s in opslag.sleutels().unwrap_or_default() {
        let Some((generatie, tab)) = lees_sleutel(&s) else { continue };
        if generatie != basis.generatie || oud_schreef {
            let _ = opslag.verwijder(&s);
            continue;
        }
        let Some(dagboek) = (tab != eigen)
            .then(|| opslag.lees(&s).ok().flatten())
            .flatten()
            .and_then(|ruw| Dokument::uit_json(&ruw).ok())
            .filter(|d| d.generatie == generatie)
        else {
            // Unreadable (or a newer app's): left as it is, never read.
            continue;
        };
        let oud = opruimen.is_some_and(|nu| (dagboek.revisie as f64) < nu - BEWAARTIJD_MS);
        if oud && versie::zelfde_inhoud(&versie::voeg_samen(&basis, &dagboek), &basis) {
            let _ = opslag.verwijder(&s);
            continue;
        }
        uit = versie::voeg_samen(&uit, &dagboek);
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::super::geheugen::Geheugen;
    use super::super::*;
    use super::*;
    use crate::domain::antwoorden::Antwoord;

    const DAG: f64 = 24.0 * 3600.0 * 1000.0;

    fn antwoord(vraag: &str, tekst: Option<&str>) -> Actie {
        Actie::Beantwoord {
            module: "m".into(),
            vraag: vraag.into(),
            antwoord: tekst.map(|t| Antwoord::Tekst(t.into())),
        }
    }

    fn tekst(d: &Dokument, vraag: &str) -> Option<String> {
        match d.modules.get("m")?.antwoorden.get(vraag)? {
            Antwoord::Tekst(t) => Some(t.clone()),
            _ => None,
        }
    }

    fn dagboeken(opslag: &Geheugen) -> Vec<String> {
        opslag.kaart.borrow().keys().filter(|k| k.starts_with(VOORVOEGSEL_TABBLAD)).cloned().collect()
    }

    /// Tab `id` starts at `nu` and answers `vraag`.
    fn tab_schrijft(opslag: &Geheugen, id: &str, vraag: &str, woord: Option<&str>, nu: f64) -> Wijziging {
        let mut s = opstarten(opslag, nu, Tabblad::nieuw(id));
        wijzig(opslag, s.stand, &s.dokument, &antwoord(vraag, woord), nu, &mut s.tabblad)
    }

    #[test]
    fn a_journal_holds_only_what_its_own_tab_changed_removals_included() {
        let opslag = Geheugen::default();
        tab_schrijft(&opslag, "a", "q1", Some("van a"), 1.0);
        let mut b = opstarten(&opslag, 2.0, Tabblad::nieuw("b"));
        let w = wijzig(&opslag, b.stand, &b.dokument, &antwoord("q2", Some("van b")), 2.0, &mut b.tabblad);
        let w = wijzig(&opslag, w.stand, &w.dokument, &antwoord("q2", None), 3.0, &mut b.tabblad);
        assert_eq!(tekst(&w.dokument, "q1").as_deref(), Some("van a"));
        let ruw = opslag.lees(&sleutel("", "b")).unwrap().expect("b's journal");
        let eigen = Dokument::uit_json(&ruw).unwrap();
        assert_eq!((tekst(&eigen, "q1"), tekst(&eigen, "q2")), (None, None));
        let veld = versie::Veld::Antwoord("m".into(), "q2".into());
        assert_eq!(eigen.versies.get(&veld).map(|v| v.tab.as_str()), Some("b"), "the removal, with its version");
        assert!(eigen.versies.keys().all(|v| eigen.versies[v].tab == "b"));
    }

    /// The gap the journals close, without the model: a stale tab writes the
    /// whole document over another tab's answer it never heard of.
    #[test]
    fn an_answer_written_over_by_a_stale_tab_is_read_back_from_its_journal() {
        let opslag = Geheugen::default();
        let oud_doc = opstarten(&opslag, 1.0, Tabblad::nieuw("oud")).dokument;
        tab_schrijft(&opslag, "a", "q1", Some("van a"), 2.0);
        // The stale tab's write, as it would be from a copy of storage that
        // has not heard a's: its own document, and the stamp it knew.
        let mut stale = oud_doc.clone();
        stale.doe(&antwoord("q2", Some("van oud")), "oud", 3.0);
        opslag.schrijf(SLEUTEL_DOKUMENT, &stale.naar_json()).unwrap();
        let opnieuw = opstarten(&opslag, 4.0, Tabblad::nieuw("c"));
        assert_eq!(tekst(&opnieuw.dokument, "q1").as_deref(), Some("van a"));
        assert_eq!(tekst(&opnieuw.dokument, "q2").as_deref(), Some("van oud"));
    }

    #[test]
    fn at_start_only_journals_older_than_a_day_that_the_document_holds_are_removed() {
        let opslag = Geheugen::default();
        tab_schrijft(&opslag, "a", "q1", Some("van a"), 1.0);
        tab_schrijft(&opslag, "b", "q2", Some("van b"), 2.0 * DAG);
        // A journal holding what the stored document lacks (written over).
        let mut kwijt = Dokument::default();
        kwijt.doe(&antwoord("q3", Some("alleen hier")), "c", 3.0);
        opslag.schrijf(&sleutel("", "c"), &kwijt.naar_json()).unwrap();
        let start = opstarten(&opslag, 2.5 * DAG, Tabblad::nieuw("d"));
        assert_eq!(dagboeken(&opslag), vec![sleutel("", "b"), sleutel("", "c")], "a's is old and held; b's is young");
        assert_eq!(tekst(&start.dokument, "q1").as_deref(), Some("van a"));
        assert_eq!(tekst(&start.dokument, "q3").as_deref(), Some("alleen hier"));
        // Merging a journal during use never removes one.
        let mut t = start.tabblad.clone();
        let w = wijzig(&opslag, start.stand, &start.dokument, &antwoord("q4", Some("d")), 9.0 * DAG, &mut t);
        assert_eq!(w.bewaard, Some(Ok(())));
        assert_eq!(dagboeken(&opslag).len(), 3);
    }

    #[test]
    fn a_journal_from_before_a_wipe_is_never_read_and_is_removed() {
        let opslag = Geheugen::default();
        tab_schrijft(&opslag, "a", "q1", Some("gewist"), 1.0);
        let mut b = opstarten(&opslag, 2.0, Tabblad::nieuw("b"));
        wis_alles(&opslag, "g2", &mut b.tabblad).unwrap();
        // A tab that had not heard of the wipe writes its journal after it.
        let mut oud = Dokument::default();
        oud.doe(&antwoord("q1", Some("gewist")), "a", 3.0);
        opslag.schrijf(&sleutel("", "a"), &oud.naar_json()).unwrap();
        let start = opstarten(&opslag, 4.0, Tabblad::nieuw("c"));
        assert_eq!(tekst(&start.dokument, "q1"), None);
        assert!(dagboeken(&opslag).is_empty());
    }

    #[test]
    fn when_an_older_build_wrote_its_document_stands_and_the_journals_go() {
        let opslag = Geheugen::default();
        tab_schrijft(&opslag, "a", "q1", Some("weggehaald in de oude versie"), 1.0);
        // An older build removed the answer and wrote without versions.
        let oud = r#"{"schema":3,"revisie":9,"instellingen":{"taal":"en"}}"#;
        opslag.schrijf(SLEUTEL_DOKUMENT, oud).unwrap();
        opslag.schrijf(SLEUTEL_REVISIE_OUD, "9").unwrap();
        let start = opstarten(&opslag, 2.0, Tabblad::nieuw("b"));
        assert_eq!(tekst(&start.dokument, "q1"), None);
        assert!(dagboeken(&opslag).is_empty());
    }
}
