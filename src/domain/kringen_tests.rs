//! No circles between the domain's modules (issue 25, item 3).
//!
//! A module may use another only if that one does not, directly or through
//! others, use it back: then each can be read, tested and moved on its own.
//! The graph is built from the source text: every `crate::domain::x` and, in a
//! file right under `src/domain/`, every `super::x` (in a file one folder down,
//! `super::super::x`), in code outside comments and before the file's first
//! `#[cfg(test)]`. Test files (`tests.rs`, `*_tests.rs`) are left out: a test
//! may use whatever it needs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Module name → the domain modules its code uses.
type Graaf = BTreeMap<String, BTreeSet<String>>;

fn bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(map).unwrap() {
        let pad = e.unwrap().path();
        if pad.is_dir() {
            bestanden(&pad, uit);
        } else if pad.extension().is_some_and(|x| x == "rs") {
            uit.push(pad);
        }
    }
}

fn is_test_bestand(pad: &Path) -> bool {
    let naam = pad.file_stem().unwrap().to_str().unwrap();
    naam == "tests" || naam.ends_with("_tests")
}

/// The names right after each `voorvoegsel` in `regel`: `x` in `voorvoegsel x::…`,
/// and each `x` in `voorvoegsel{x::…, y}`.
fn namen_na(regel: &str, voorvoegsel: &str) -> Vec<String> {
    let ident = |s: &str| -> String { s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    let mut uit = Vec::new();
    for (i, _) in regel.match_indices(voorvoegsel) {
        let rest = &regel[i + voorvoegsel.len()..];
        // `super::x` is neither the head nor the tail of `super::super::x`.
        if voorvoegsel == "super::" && (regel[..i].ends_with("super::") || rest.starts_with("super::")) {
            continue;
        }
        if let Some(groep) = rest.strip_prefix('{') {
            let mut diepte = 0;
            let mut begin = true;
            for (j, c) in groep.char_indices() {
                match c {
                    '{' => diepte += 1,
                    '}' if diepte == 0 => break,
                    '}' => diepte -= 1,
                    ',' if diepte == 0 => begin = true,
                    c if begin && !c.is_whitespace() => {
                        uit.push(ident(&groep[j..]));
                        begin = false;
                    }
                    _ => {}
                }
            }
        } else {
            uit.push(ident(rest));
        }
    }
    uit
}

fn graaf() -> Graaf {
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut alle = Vec::new();
    bestanden(&wortel, &mut alle);
    let mut graaf = Graaf::new();
    let mut gebruikt: Vec<(String, String)> = Vec::new();
    for pad in alle.iter().filter(|p| !is_test_bestand(p)) {
        let deel = pad.strip_prefix(&wortel).unwrap();
        let stukken: Vec<&str> = deel.iter().map(|s| s.to_str().unwrap()).collect();
        let module = stukken[0].trim_end_matches(".rs").to_string();
        if module == "mod" {
            continue; // only declares the modules
        }
        graaf.entry(module.clone()).or_default();
        let bron = std::fs::read_to_string(pad).unwrap();
        for regel in crate::bronscan::code_voor_tests(&bron).lines() {
            let code = regel.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let mut namen = namen_na(code, "crate::domain::");
            match stukken.len() {
                1 => namen.extend(namen_na(code, "super::")),
                2 => namen.extend(namen_na(code, "super::super::")),
                _ => {}
            }
            gebruikt.extend(namen.into_iter().map(|n| (module.clone(), n)));
        }
    }
    for (van, naar) in gebruikt {
        // Only domain modules count (not `super::Dokument` in a nested module, not itself).
        if graaf.contains_key(&naar) && naar != van {
            graaf.get_mut(&van).unwrap().insert(naar);
        }
    }
    graaf
}

/// A circle in the graph, as the modules along it (first = last), if there is one.
fn kring(graaf: &Graaf) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Stand {
        Nieuw,
        Onderweg,
        Klaar,
    }
    fn zoek<'a>(
        m: &'a str,
        graaf: &'a Graaf,
        stand: &mut BTreeMap<&'a str, Stand>,
        pad: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        stand.insert(m, Stand::Onderweg);
        pad.push(m);
        for n in &graaf[m] {
            match stand[n.as_str()] {
                Stand::Onderweg => {
                    let begin = pad.iter().position(|p| p == n).unwrap();
                    let mut kring: Vec<String> = pad[begin..].iter().map(|s| s.to_string()).collect();
                    kring.push(n.clone());
                    return Some(kring);
                }
                Stand::Nieuw => {
                    if let Some(k) = zoek(n, graaf, stand, pad) {
                        return Some(k);
                    }
                }
                Stand::Klaar => {}
            }
        }
        pad.pop();
        stand.insert(m, Stand::Klaar);
        None
    }
    let mut stand: BTreeMap<&str, Stand> = graaf.keys().map(|k| (k.as_str(), Stand::Nieuw)).collect();
    for m in graaf.keys() {
        if stand[m.as_str()] == Stand::Nieuw {
            if let Some(k) = zoek(m, graaf, &mut stand, &mut Vec::new()) {
                return Some(k);
            }
        }
    }
    None
}

#[test]
fn the_scan_sees_the_uses_it_should() {
    let g = graaf();
    // Known uses in three spellings: `use super::x`, `super::x::f(..)` in code,
    // `use crate::domain::x` one folder down.
    for (van, naar) in [
        ("deelpakket", "envelop"),
        ("kijk", "envelop"),
        ("dokument", "kijk"),
        ("tekst", "tekstbestand"),
        ("antwoorden", "uren"),
        ("tijdlijn", "dokument"),
        ("versie", "dokument"),
    ] {
        assert!(g[van].contains(naar), "{van} -> {naar} not found: {:?}", g[van]);
    }
    assert!(g.len() >= 25, "{} modules", g.len());
}

#[test]
fn the_domain_modules_use_each_other_without_a_circle() {
    let g = graaf();
    assert_eq!(kring(&g), None, "a circle between domain modules");
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let mut g = graaf();
    g.get_mut("envelop").unwrap().insert("kijk".into());
    let k = kring(&g).expect("kijk -> envelop -> kijk");
    assert_eq!(k.first(), k.last());
    assert!(k.contains(&"envelop".to_string()) && k.contains(&"kijk".to_string()), "{k:?}");
    assert_eq!(namen_na("use super::{json::Json, taal::Taal};", "super::"), ["json", "taal"]);
    assert_eq!(namen_na("super::super::datum::Datum", "super::"), Vec::<String>::new());
}
