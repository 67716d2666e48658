//! A journal per tab: the fields a tab keeps itself, under a key only that
//! tab writes (`spoorwijzer.tabblad.<generatie>.<id>`).
//!
//! Why: a tab woken from a freeze by a tap may write before its copy of
//! storage has heard what other tabs wrote meanwhile. Its document then stands
//! over work it never saw. As long as one live tab knows that work, it writes
//! it back when it hears the stale write; but when the tab that did the work
//! was frozen too and is then reloaded unheard, nobody knows it any more. With
//! a journal, the work is still in its own key: no tab writes another tab's
//! key, so a stale write cannot take it away, and every full read of storage
//! merges the journals in (field by field, the higher version winning,
//! removals included, so nothing removed comes back).
//!
//! A tab keeps the fields whose current version it wrote, and those it took
//! over at start: a starting tab merges every other journal into its own and
//! removes them, so there is one journal per open tab, plus one. A field
//! another tab changed since leaves the journal when its tab hears of it or
//! writes next, so a removed answer's words do not linger in it. The generation is in the key,
//! so a journal written before a wipe is known without reading it and removed
//! on sight.

use super::{versie, Dokument, OpslagFout, Sleutelopslag, Tabblad};

pub const VOORVOEGSEL_TABBLAD: &str = "spoorwijzer.tabblad.";

pub fn sleutel(generatie: &str, tab: &str) -> String {
    format!("{VOORVOEGSEL_TABBLAD}{generatie}.{tab}")
}

/// (generation, tab) of a journal's key. Neither holds a dot: tab ids and
/// generations are letters, digits and `-`.
fn lees_sleutel(sleutel: &str) -> Option<(&str, &str)> {
    sleutel.strip_prefix(VOORVOEGSEL_TABBLAD)?.rsplit_once('.')
}

/// Whether `sleutel` is a journal written in another generation than `generatie`.
pub fn van_andere_generatie(sleutel: &str, generatie: &str) -> bool {
    lees_sleutel(sleutel).is_some_and(|(g, _)| g != generatie)
}

/// The fields of `d` this tab keeps: those whose current version it wrote or
/// took over, each with its version (a removal too: its version keeps the
/// removed value from coming back).
pub fn eigen_deel(d: &Dokument, tab: &Tabblad) -> Dokument {
    let velden = versie::velden(d);
    let mut uit = Dokument { generatie: d.generatie.clone(), ..Dokument::default() };
    for (veld, v) in d.versies.iter().filter(|(_, v)| v.tab == tab.id || tab.overgenomen.contains(v)) {
        versie::zet(&mut uit, veld, velden.get(veld));
        uit.versies.insert(veld.clone(), v.clone());
    }
    uit
}

/// Write this tab's journal; when it keeps nothing (any more), remove it.
pub fn schrijf(opslag: &dyn Sleutelopslag, d: &Dokument, tab: &Tabblad) -> Result<(), OpslagFout> {
    let eigen = eigen_deel(d, tab);
    let sleutel = sleutel(&d.generatie, &tab.id);
    if eigen.versies.is_empty() {
        return opslag.verwijder(&sleutel);
    }
    opslag.schrijf(&sleutel, &eigen.naar_json())
}

/// This tab heard other tabs' writes (`nu` is `voor` with them merged in) and
/// wrote nothing itself: what they changed leaves its journal, so a removed
/// answer's words do not linger there.
pub fn na_horen(opslag: &dyn Sleutelopslag, geschreven: bool, nu: &Dokument, voor: &Dokument, tab: &Tabblad) {
    if !geschreven && nu.versies != voor.versies {
        let _ = schrijf(opslag, nu, tab);
    }
}

/// `basis` with every other tab's journal of its generation merged in.
/// Journals of another generation (written before a wipe) are removed.
/// `bij_start`: this tab takes the others' journals over (into its own,
/// written before they are removed). `oud_schreef`: a build from before
/// versions per field (schema < 4) wrote since; it may have removed what the
/// journals hold without a trace, so its document stands and the journals go.
pub fn voeg_in(
    opslag: &dyn Sleutelopslag,
    basis: Dokument,
    tab: &mut Tabblad,
    oud_schreef: bool,
    bij_start: bool,
) -> Dokument {
    let mut uit = basis;
    let mut overgenomen = Vec::new();
    for s in opslag.sleutels().unwrap_or_default() {
        let Some((generatie, id)) = lees_sleutel(&s) else { continue };
        if generatie != uit.generatie || oud_schreef {
            let _ = opslag.verwijder(&s);
            continue;
        }
        let Some(dagboek) = (id != tab.id)
            .then(|| opslag.lees(&s).ok().flatten())
            .flatten()
            .and_then(|ruw| Dokument::uit_json(&ruw).ok())
            .filter(|d| d.generatie == generatie)
        else {
            // Unreadable (or a newer app's): left as it is, never read.
            continue;
        };
        uit = versie::voeg_samen(&uit, &dagboek);
        if bij_start {
            tab.overgenomen.extend(dagboek.versies.into_values());
            overgenomen.push(s);
        }
    }
    if !overgenomen.is_empty() && schrijf(opslag, &uit, tab).is_ok() {
        for s in overgenomen {
            let _ = opslag.verwijder(&s);
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::super::geheugen::Geheugen;
    use super::super::*;
    use super::*;
    use crate::domain::antwoorden::Antwoord;

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
    fn a_journal_holds_what_its_own_tab_changed_removals_included() {
        let opslag = Geheugen::default();
        let mut b = opstarten(&opslag, 0.5, Tabblad::nieuw("b"));
        tab_schrijft(&opslag, "a", "q1", Some("van a"), 1.0);
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
    fn a_starting_tab_takes_the_other_journals_over_and_keeps_what_is_still_current() {
        let opslag = Geheugen::default();
        tab_schrijft(&opslag, "a", "q1", Some("van a"), 1.0);
        tab_schrijft(&opslag, "b", "q1", Some("van b"), 2.0);
        // A journal holding what the stored document lacks (written over by a stale tab).
        let mut kwijt = Dokument::default();
        kwijt.doe(&antwoord("q3", Some("alleen hier")), "c", 3.0);
        opslag.schrijf(&sleutel("", "c"), &kwijt.naar_json()).unwrap();
        let start = opstarten(&opslag, 4.0, Tabblad::nieuw("d"));
        assert_eq!(dagboeken(&opslag), vec![sleutel("", "d")], "one journal, the starting tab's");
        let eigen = Dokument::uit_json(&opslag.lees(&sleutel("", "d")).unwrap().unwrap()).unwrap();
        assert_eq!(tekst(&eigen, "q1").as_deref(), Some("van b"), "a's answer was written over: not kept");
        assert_eq!(tekst(&eigen, "q3").as_deref(), Some("alleen hier"));
        assert_eq!(tekst(&start.dokument, "q3").as_deref(), Some("alleen hier"));
        // What d took over stays in its journal when d writes, until another tab changes it.
        let mut e = opstarten(&opslag, 4.5, Tabblad::nieuw("e"));
        let mut d = start.tabblad.clone();
        let w = wijzig(&opslag, start.stand, &start.dokument, &antwoord("q4", Some("van d")), 5.0, &mut d);
        let eigen = Dokument::uit_json(&opslag.lees(&sleutel("", "d")).unwrap().unwrap()).unwrap();
        assert_eq!(tekst(&eigen, "q3").as_deref(), Some("alleen hier"));
        let weg = wijzig(&opslag, e.stand, &e.dokument, &antwoord("q3", None), 6.0, &mut e.tabblad);
        assert_eq!(tekst(&weg.dokument, "q3"), None);
        // d hears it: the removed words leave d's journal; e's holds the removal.
        let gehoord = na_ander_tabblad(&opslag, w.stand, &w.dokument, &mut d, 7.0).expect("d hears e");
        assert_eq!(tekst(&gehoord.dokument, "q3"), None);
        let alles: String = opslag
            .kaart
            .borrow()
            .iter()
            .filter(|(k, _)| k.starts_with(VOORVOEGSEL_TABBLAD))
            .map(|(_, v)| v.clone())
            .collect();
        assert!(!alles.contains("alleen hier"), "the removed words are in no journal: {alles}");
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
