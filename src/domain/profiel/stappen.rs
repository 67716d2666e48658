//! The seven steps of the second track as the profile reads them (issue 23,
//! item 5): which steps are done or under way (named, never counted: issue 24),
//! and the one next small step, which follows what
//! success means for the person. "Eerst rust en herstel" gives a rest step,
//! never a step of the job search.
//!
//! A step's status is stored as a plain choice (`{"soort":"keuze","waarde":"past-niet"}`),
//! like the other three, so the document's schema stays the same: an older app
//! reads the value, keeps it and writes it back; it only shows the step as not
//! answered yet (its `past_bij` does not know the option). See the tests.

use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::vragenlijst::{Module, Optie, Soort, Tekst, Vraag};

/// The status ids of a step, as stored.
pub const NOG_NIET: &str = "nog-niet";
pub const BEZIG: &str = "bezig";
pub const GEDAAN: &str = "gedaan";
/// "Past nu niet bij mij": the step is never
/// suggested as the next step.
pub const PAST_NIET: &str = "past-niet";

/// The question "Wat is succes voor jou?" and the success that comes first.
pub const SUCCES_VRAAG: &str = "sta.succes";
pub const HERSTEL: &str = "herstel";

/// The status questions: single choices with "gedaan" among their options.
fn statusvragen(module: &'static Module) -> impl Iterator<Item = &'static Vraag> {
    module
        .delen
        .iter()
        .flat_map(|d| d.vragen.iter())
        .filter(|v| matches!(v.soort, Soort::EenKeuze { opties } if opties.iter().any(|o| o.id == GEDAAN)))
}

/// The valid status of a step, if it was answered.
fn status<'a>(v: &'static Vraag, stand: &'a ModuleStand) -> Option<&'a str> {
    match stand.antwoorden.get(v.id) {
        Some(a @ Antwoord::Keuze(id)) if a.past_bij(v) => Some(id.as_str()),
        _ => None,
    }
}

/// The steps marked `status` (`GEDAAN`, `BEZIG`), in their own order. The
/// profile shows them as chips by name (issue 24): what was done, never a
/// count like "2 of 7", which reads as a score.
pub fn met_status(module: &'static Module, stand: &ModuleStand, status_id: &str) -> Vec<&'static Vraag> {
    statusvragen(module).filter(|v| status(v, stand) == Some(status_id)).collect()
}

/// Every step marked "Past nu niet bij mij": none of the seven fits now.
pub fn geen_past(module: &'static Module, stand: &ModuleStand) -> bool {
    statusvragen(module).all(|v| status(v, stand) == Some(PAST_NIET))
}

/// A step's name without its number ("Stap 1: Zelf aan het stuur…" gives
/// "Zelf aan het stuur…"), for a chip.
pub fn korte_naam(tekst: &str) -> &str {
    tekst.split_once(": ").map_or(tekst, |(_, naam)| naam)
}

/// The one next small step the profile shows.
#[derive(Debug, Clone, Copy)]
pub enum Volgende<'a> {
    /// What the person wrote as their first step (module Energie).
    EigenWoorden(&'a str),
    /// The small step of a worry they ticked.
    Zorg { zorg: &'static Optie, stap: Tekst },
    /// The small step that belongs to a success they chose.
    Succes { succes: &'static Optie, stap: Tekst },
    /// A step of the seven that they marked "nog niet" or "bezig".
    Stap(&'static Vraag),
}

/// The next small step, in this order:
/// 1. the person's own words;
/// 2. a worry that can signal despair (its step points to help);
/// 3. rest, when they chose "Eerst rust en herstel": rest first, so nothing
///    else comes before it and no step of the job search is suggested at all;
/// 4. another worry's step;
/// 5. the step of a success they chose, in the order of the options; a success
///    without a step of its own (a new job elsewhere) takes the first open step
///    of the seven;
/// 6. without a chosen success: the first open step of the seven.
///
/// An open step is one marked "nog niet" or "bezig"; "gedaan" and "past nu niet
/// bij mij" are never suggested.
pub fn volgende<'a>(
    eigen: Option<&'a str>,
    zorgen: &[&'static Optie],
    module: &'static Module,
    stand: &ModuleStand,
) -> Option<Volgende<'a>> {
    if let Some(e) = eigen.map(str::trim).filter(|e| !e.is_empty()) {
        return Some(Volgende::EigenWoorden(e));
    }
    let zorg = |hulp: bool| {
        zorgen.iter().filter(|z| z.hulp == hulp).find_map(|z| z.stap.map(|stap| Volgende::Zorg { zorg: z, stap }))
    };
    if let Some(v) = zorg(true) {
        return Some(v);
    }
    let gekozen = gekozen_succes(module, stand);
    if let Some(rust) = gekozen.iter().find(|o| o.id == HERSTEL) {
        // A content test makes sure rest has its own step; without it, still nothing of the seven.
        return rust.stap.map(|stap| Volgende::Succes { succes: rust, stap }).or_else(|| zorg(false));
    }
    if let Some(v) = zorg(false) {
        return Some(v);
    }
    let open = || statusvragen(module).find(|v| matches!(status(v, stand), Some(NOG_NIET | BEZIG))).map(Volgende::Stap);
    if gekozen.is_empty() {
        return open();
    }
    gekozen.iter().find_map(|o| match o.stap {
        Some(stap) => Some(Volgende::Succes { succes: o, stap }),
        None => open(),
    })
}

/// The successes the person chose, in the order of the options.
pub fn gekozen_succes(module: &'static Module, stand: &ModuleStand) -> Vec<&'static Optie> {
    let Some(vraag) = module.delen.iter().flat_map(|d| d.vragen.iter()).find(|v| v.id == SUCCES_VRAAG) else {
        return Vec::new();
    };
    match stand.antwoorden.get(vraag.id) {
        Some(Antwoord::Keuzes(ids)) => {
            vraag.soort.opties().iter().filter(|o| ids.iter().any(|id| id == o.id)).collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::modules::{stappen, zorgen};
    use crate::domain::dokument::Dokument;
    use crate::domain::json::{NaarJson, VanJson};

    const M: &Module = &stappen::MODULE;

    fn stand(paren: &[(&str, &str)], succes: &[&str]) -> ModuleStand {
        let mut s = ModuleStand::default();
        for (id, k) in paren {
            s.antwoorden.insert(id.to_string(), Antwoord::Keuze(k.to_string()));
        }
        if !succes.is_empty() {
            s.antwoorden.insert(SUCCES_VRAAG.into(), Antwoord::Keuzes(succes.iter().map(|x| x.to_string()).collect()));
        }
        s
    }

    fn zorg(id: &str) -> &'static Optie {
        zorgen::MODULE
            .delen
            .iter()
            .flat_map(|d| d.vragen.iter())
            .flat_map(|v| v.soort.opties().iter())
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("worry {id}"))
    }

    fn stap_id(v: Option<Volgende>) -> Option<&'static str> {
        match v {
            Some(Volgende::Stap(v)) => Some(v.id),
            _ => None,
        }
    }

    #[test]
    fn the_content_uses_these_status_ids_and_every_step_can_be_marked_not_fitting() {
        let ids: Vec<&str> = stappen::STATUS.iter().map(|o| o.id).collect();
        assert_eq!(ids, [NOG_NIET, BEZIG, GEDAAN, PAST_NIET]);
        assert_eq!(statusvragen(M).count(), 7);
        assert!(statusvragen(M).all(|v| Antwoord::Keuze(PAST_NIET.into()).past_bij(v)));
    }

    #[test]
    fn the_profile_names_the_steps_done_and_in_progress_without_counting() {
        let naam = |v: Vec<&'static Vraag>| v.iter().map(|v| v.id).collect::<Vec<_>>();
        assert!(met_status(M, &ModuleStand::default(), GEDAAN).is_empty());
        let s = stand(&[("sta.3", GEDAAN), ("sta.1", GEDAAN), ("sta.2", BEZIG), ("sta.5", PAST_NIET)], &[]);
        assert_eq!(naam(met_status(M, &s, GEDAAN)), ["sta.1", "sta.3"], "in the steps' own order");
        assert_eq!(naam(met_status(M, &s, BEZIG)), ["sta.2"]);
        assert!(!geen_past(M, &s));
        // A status a step does not know, or on a note, is nothing.
        let raar = stand(&[("sta.1", "bestaat-niet"), ("sta.1.notitie", GEDAAN)], &[]);
        assert!(met_status(M, &raar, GEDAAN).is_empty());
        assert!(!geen_past(M, &ModuleStand::default()), "nothing answered is not 'none fits'");
        let mut niets = ModuleStand::default();
        for n in 1..=7 {
            niets.antwoorden.insert(format!("sta.{n}"), Antwoord::Keuze(PAST_NIET.into()));
        }
        assert!(geen_past(M, &niets));
        assert_eq!(korte_naam("Stap 1: Zelf aan het stuur van je loopbaan"), "Zelf aan het stuur van je loopbaan");
        assert_eq!(korte_naam("Solliciteren"), "Solliciteren");
        for taal in [crate::domain::taal::Taal::Nl, crate::domain::taal::Taal::En] {
            assert!(statusvragen(M).all(|v| korte_naam(v.tekst.in_taal(taal)).len() < v.tekst.in_taal(taal).len()));
        }
    }

    #[test]
    fn rest_first_gives_a_rest_step_never_a_step_of_the_job_search() {
        // Steps 1 to 4 done, 5 (Solliciteren) not yet: without a success, that is the next step.
        let paren = [("sta.1", GEDAAN), ("sta.2", GEDAAN), ("sta.3", GEDAAN), ("sta.4", GEDAAN), ("sta.5", NOG_NIET)];
        assert_eq!(stap_id(volgende(None, &[], M, &stand(&paren, &[]))), Some("sta.5"));
        for succes in [&[HERSTEL][..], &["nieuw-werk", HERSTEL], &[HERSTEL, "nieuw-werk", "energie"]] {
            let v = volgende(None, &[], M, &stand(&paren, succes));
            let Some(Volgende::Succes { succes: o, stap }) = v else { panic!("{succes:?}: {v:?}") };
            assert_eq!(o.id, HERSTEL);
            assert!(stap.nl.contains("rust") && stap.en.contains("rest"), "{stap:?}");
        }
        // Rest also comes before another worry's step, but not before the person's own words
        // or a worry that points to help.
        let geld = zorg("geld");
        assert!(matches!(
            volgende(None, &[geld], M, &stand(&paren, &[HERSTEL])),
            Some(Volgende::Succes { succes: Optie { id: HERSTEL, .. }, .. })
        ));
        assert!(matches!(volgende(None, &[geld], M, &stand(&paren, &[])), Some(Volgende::Zorg { .. })));
        assert!(matches!(
            volgende(None, &[geld, zorg("niet-zitten")], M, &stand(&paren, &[HERSTEL])),
            Some(Volgende::Zorg { zorg: Optie { id: "niet-zitten", .. }, .. })
        ));
        assert!(matches!(
            volgende(Some(" Elke dag een half uur wandelen "), &[], M, &stand(&paren, &[HERSTEL])),
            Some(Volgende::EigenWoorden("Elke dag een half uur wandelen"))
        ));
        assert!(matches!(volgende(Some("  "), &[], M, &stand(&paren, &[HERSTEL])), Some(Volgende::Succes { .. })));
    }

    #[test]
    fn the_next_step_follows_the_chosen_success() {
        let paren = [("sta.1", GEDAAN), ("sta.5", BEZIG)];
        let succes_id = |s: &[&str]| match volgende(None, &[], M, &stand(&paren, s)) {
            Some(Volgende::Succes { succes, .. }) => Some(succes.id),
            _ => None,
        };
        // Each success other than a new job elsewhere brings its own small step.
        for o in stappen::SUCCES.iter().filter(|o| o.id != "nieuw-werk") {
            assert_eq!(succes_id(&[o.id]), Some(o.id), "{}", o.id);
        }
        // A new job elsewhere: the first open step of the seven.
        assert_eq!(stap_id(volgende(None, &[], M, &stand(&paren, &["nieuw-werk"]))), Some("sta.5"));
        // Several: the order of the options, not the order of ticking.
        assert_eq!(succes_id(&["energie", "eigen-werk"]), Some("eigen-werk"));
        // A step that does not fit now is never suggested; with nothing open, no step at all.
        let niet = [("sta.1", PAST_NIET), ("sta.2", GEDAAN), ("sta.5", PAST_NIET)];
        assert!(volgende(None, &[], M, &stand(&niet, &["nieuw-werk"])).is_none());
        assert!(volgende(None, &[], M, &stand(&niet, &[])).is_none());
        assert_eq!(
            stap_id(volgende(None, &[], M, &stand(&[("sta.1", PAST_NIET), ("sta.3", NOG_NIET)], &[]))),
            Some("sta.3")
        );
        assert!(volgende(None, &[], M, &ModuleStand::default()).is_none());
    }

    #[test]
    fn the_new_status_is_kept_through_storage_and_an_older_app_reads_the_document() {
        // As stored today: a plain choice. The document's reader does not check option
        // ids, so a build that knows only three statuses reads and writes it unchanged.
        let json = r#"{"schema":4,"revisie":2,"instellingen":{"taal":"nl"},"modules":{"stappen":{"antwoorden":{
            "sta.1":{"soort":"keuze","waarde":"past-niet"},
            "sta.2":{"soort":"keuze","waarde":"gedaan"},
            "sta.succes":{"soort":"keuzes","waarde":["herstel","vertrouwen","lotgenoten"]}}}}}"#;
        let doc = Dokument::uit_json(json).expect("a document with the new status reads");
        let s = &doc.modules["stappen"];
        assert_eq!(s.antwoorden["sta.1"], Antwoord::Keuze(PAST_NIET.into()));
        let terug = Dokument::uit_json(&doc.naar_json()).unwrap();
        assert_eq!(terug, doc, "written back unchanged");
        // One answer alone, as an older build stores it.
        let a = Antwoord::Keuze(PAST_NIET.into());
        assert_eq!(Antwoord::van(a.naar()), Some(a));
        // An older build's step question (three statuses) ignores the value instead of
        // misreading it: the step shows as not answered there, and the value stays stored.
        let stap1 = statusvragen(M).next().unwrap();
        let oude_vraag = Vraag {
            id: stap1.id,
            tekst: stap1.tekst,
            uitleg: None,
            soort: Soort::EenKeuze { opties: &stappen::STATUS[..3] },
        };
        assert!(!s.antwoorden["sta.1"].past_bij(&oude_vraag));
        assert_eq!(met_status(M, s, GEDAAN).len(), 1);
        assert!(met_status(M, s, PAST_NIET).iter().any(|v| v.id == "sta.1"));
    }
}
