//! The occupation groups: every group of the ESCO data is there once, every
//! theme leads somewhere, every condition names a real "Wat kan ik?" question,
//! and the texts are plain.

use std::collections::HashSet;

use super::beroepsgroepen::{groep, Beroepsgroep, GROEPEN};
use crate::content::leesbaarheid_tests::{lettergrepen, woorden, zinnen};
use crate::content::modules::beroepen::THEMAS;
use crate::content::modules::wat_kan_ik::{self, OMSTANDIGHEDEN};
use crate::content::tekstbestanden::gescand;
use crate::domain::vragenlijst::Tekst;

/// The first two digits of every `iscoGroup` in ESCO v1.1's `occupations_nl.csv`
/// (3,007 occupations, 426 unit groups), derived once in `../shared/data/esco` with
/// `python3 -c "import csv; print(sorted({r['iscoGroup'][:2] for r in csv.DictReader(open('occupations_nl.csv', encoding='utf-8'))}))"`.
/// Written out here because the tests cannot read that folder. ISCO-08's
/// group 63 (subsistence work) has no occupation in it.
const CODES_IN_ESCO: [&str; 42] = [
    "01", "02", "03", "11", "12", "13", "14", "21", "22", "23", "24", "25", "26", "31", "32", "33", "34", "35", "41",
    "42", "43", "44", "51", "52", "53", "54", "61", "62", "71", "72", "73", "74", "75", "81", "82", "83", "91", "92",
    "93", "94", "95", "96",
];

/// ISCO-08's sub-major groups that the ESCO data does not use.
const CODES_NIET_IN_ESCO: [&str; 1] = ["63"];

fn codes() -> Vec<&'static str> {
    GROEPEN.iter().map(|g| g.code).collect()
}

#[test]
fn every_isco_group_of_the_esco_data_has_exactly_one_occupation_group() {
    for code in CODES_IN_ESCO {
        let n = GROEPEN.iter().filter(|g| g.code == code).count();
        assert_eq!(n, 1, "group {code} of the ESCO data: {n} occupation groups");
    }
    // And nothing beyond ISCO-08's 43 sub-major groups.
    let mut alle: Vec<&str> = CODES_IN_ESCO.iter().chain(&CODES_NIET_IN_ESCO).copied().collect();
    alle.sort();
    assert_eq!(codes(), alle);
}

#[test]
fn codes_are_two_digits_sorted_and_unique() {
    for g in GROEPEN {
        assert!(g.code.len() == 2 && g.code.chars().all(|c| c.is_ascii_digit()), "{:?}", g.code);
    }
    assert!(codes().windows(2).all(|w| w[0] < w[1]), "{:?}", codes());
}

#[test]
fn an_occupation_finds_its_group_by_the_first_two_digits_of_its_isco_code() {
    assert_eq!(groep("2221").map(|g| g.code), Some("22"));
    assert_eq!(groep("0110").map(|g| g.code), Some("01"));
    assert_eq!(groep("9629").map(|g| g.code), Some("96"));
    for code in CODES_IN_ESCO {
        assert_eq!(groep(&format!("{code}11")).map(|g| g.code), Some(code));
    }
    // No such group, or too short to tell.
    for fout in ["", "2", "99", "0", "1011", "é1"] {
        assert!(groep(fout).is_none(), "{fout:?}");
    }
}

#[test]
fn every_theme_leads_to_several_groups() {
    for thema in &THEMAS {
        let n = GROEPEN.iter().filter(|g| g.themas.contains(&thema.id)).count();
        assert!(n >= 3, "theme {} reaches only {n} groups", thema.id);
    }
}

#[test]
fn the_themes_of_a_group_are_one_to_three_known_ones() {
    let ids: Vec<&str> = THEMAS.iter().map(|t| t.id).collect();
    for g in GROEPEN {
        assert!(g.themas.len() <= 3, "{}", g.code);
        for (i, id) in g.themas.iter().enumerate() {
            assert!(ids.contains(id), "group {}: unknown theme {id}", g.code);
            assert!(!g.themas[..i].contains(id), "group {}: theme {id} twice", g.code);
        }
    }
}

#[test]
fn a_group_out_of_every_themes_reach_says_why_and_only_such_a_group() {
    let mut buiten = Vec::new();
    for g in GROEPEN {
        assert_eq!(g.themas.is_empty(), g.buiten_bereik.is_some(), "group {}", g.code);
        if let Some(reden) = g.buiten_bereik {
            assert!(!reden.nl.trim().is_empty() && !reden.en.trim().is_empty(), "group {}", g.code);
            buiten.push(g.code);
        }
    }
    // The armed forces (sorted by rank) and subsistence work; every other group has a theme.
    assert_eq!(buiten, ["01", "02", "03", "63"]);
}

/// The ids of the "Wat kan ik?" questions about what the person can manage now.
fn vragen_over_nu() -> Vec<&'static str> {
    wat_kan_ik::MODULE
        .delen
        .iter()
        .filter(|d| OMSTANDIGHEDEN.contains(&d.id))
        .flat_map(|d| d.vragen.iter().map(|v| v.id))
        .collect()
}

#[test]
fn every_condition_names_a_question_about_now_of_wat_kan_ik() {
    let nu = vragen_over_nu();
    assert!(!nu.is_empty());
    for g in GROEPEN {
        for l in g.let_op {
            if let Some(id) = l.vraag {
                assert!(nu.contains(&id), "group {}, {:?}: no question {id} in Wat kan ik?", g.code, l.tekst.nl);
            }
        }
    }
}

/// Words that, in a condition, mean it is about what one question asks.
const WOORD_EN_VRAAG: [(&str, &str); 10] = [
    ("staan", "wki.nu.staan"),
    ("zitten", "wki.nu.zitten"),
    ("lopen", "wki.nu.lopen"),
    ("tillen", "wki.nu.tillen"),
    ("beeldschermwerk", "wki.nu.scherm"),
    ("contact", "wki.nu.contact"),
    ("tijdsdruk", "wki.nu.tempo"),
    ("diensten", "wki.nu.voorspelbaar"),
    ("werkdagen", "wki.nu.uren"),
    ("reizen", "wki.nu.reistijd"),
];

#[test]
fn a_condition_about_something_wat_kan_ik_asks_links_that_question() {
    for g in GROEPEN {
        for l in g.let_op {
            let w = woorden(l.tekst.nl);
            for (woord, vraag) in WOORD_EN_VRAAG {
                if w.iter().any(|x| x == woord) {
                    assert_eq!(l.vraag, Some(vraag), "{:?}", l.tekst.nl);
                }
            }
        }
    }
}

#[test]
fn every_group_has_two_to_five_different_conditions() {
    for g in GROEPEN {
        assert!((2..=5).contains(&g.let_op.len()), "group {}: {} conditions", g.code, g.let_op.len());
        let uniek: HashSet<&str> = g.let_op.iter().map(|l| l.tekst.nl).collect();
        assert_eq!(uniek.len(), g.let_op.len(), "group {}: a condition twice", g.code);
    }
}

fn teksten(g: &Beroepsgroep) -> Vec<Tekst> {
    let mut v = vec![g.naam];
    v.extend(g.buiten_bereik);
    v.extend(g.let_op.iter().map(|l| l.tekst));
    v
}

#[test]
fn every_text_is_in_both_languages_and_reaches_the_text_files() {
    // The text files are written from the source scan; a text it misses would be empty in the app.
    let gevonden: HashSet<(&str, &str)> =
        gescand().into_iter().filter(|(bron, _)| bron == "beroepsgroepen.rs").map(|(_, tk)| (tk.nl, tk.en)).collect();
    let mut namen = HashSet::new();
    for g in GROEPEN {
        assert!(namen.insert(g.naam.nl), "two groups named {:?}", g.naam.nl);
        for tk in teksten(g) {
            assert!(!tk.nl.trim().is_empty() && !tk.en.trim().is_empty(), "group {}: {tk:?}", g.code);
            assert!(gevonden.contains(&(tk.nl, tk.en)), "group {}: {tk:?} not found by the scan", g.code);
        }
    }
}

/// Flesch–Douma of a set of Dutch texts, counted as `leesbaarheid_tests` counts
/// (sentences, words, syllables as vowel groups); panics on a sentence over 20 words.
fn flesch_douma(teksten: &[&str]) -> f64 {
    let (mut n_zinnen, mut n_woorden, mut grepen) = (0usize, 0usize, 0usize);
    for tekst in teksten {
        for z in zinnen(tekst) {
            let w = woorden(&z);
            assert!(w.len() <= 20, "over 20 words: {z}");
            n_zinnen += 1;
            n_woorden += w.len();
            grepen += w.iter().map(|w| lettergrepen(w)).sum::<usize>();
        }
    }
    206.84
        - 0.77 * (grepen as f64 / n_woorden.max(1) as f64 * 100.0)
        - 0.93 * (n_woorden as f64 / n_zinnen.max(1) as f64)
}

#[test]
fn the_dutch_texts_are_plain() {
    // The reasons are sentences: the project's floor for a set (80, see
    // `leesbaarheid_tests`) holds for them alone. Names and conditions are short
    // labels; occupation names are long words, so they are measured with the
    // rest of the interface there, and here kept short.
    let mut redenen: Vec<&str> = GROEPEN.iter().filter_map(|g| g.buiten_bereik.map(|r| r.nl)).collect();
    redenen.dedup();
    let score = flesch_douma(&redenen);
    assert!(score >= 80.0, "reasons: Flesch–Douma {score:.1}");
    let mut labels = Vec::new();
    for g in GROEPEN {
        for tk in std::iter::once(g.naam).chain(g.let_op.iter().map(|l| l.tekst)) {
            assert!(woorden(tk.nl).len() <= 8, "a long label: {}", tk.nl);
            assert_eq!(zinnen(tk.nl).len(), 1, "a label is one phrase: {}", tk.nl);
            if !labels.contains(&tk.nl) {
                labels.push(tk.nl);
            }
        }
    }
    println!("beroepsgroepen: reasons {score:.1}, labels {:.1} (Flesch–Douma)", flesch_douma(&labels));
}
