//! Writes and checks the text files the app loads, by key: `pwa/teksten.<taal>.txt`
//! (the catalogue, the modules, the share, coach and trusted-person pages) and
//! `pwa/teksten-tijdlijn.<taal>.txt` (the timeline's texts, loaded only on
//! `#/tijdlijn`). The wasm holds only the
//! keys, so a text missing here would be an empty place in the app.
//!
//! After changing a text: `make teksten` (or `SPOORWIJZER_SCHRIJF=1 cargo test tekstbestanden`).
//!
//! The texts are gathered in one way only: a scan of the content sources for
//! the forms a text is written in (`paren_in`: `t("nl", "en")`, `t!(..)`, the
//! content macros' `NAAM: "nl", "en";`), one-word texts included; the
//! timeline's source files make the timeline's part. A second, looser look at
//! the sources (every sentence-like literal next to another) must find nothing
//! the scan missed, so a text written in a new form is caught with its file name.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::content::teksten;
use crate::domain::taal::Taal;
use crate::domain::tekst::{t, Tekst};
use crate::domain::tekstbestand::{self, Deel};

/// Which text file a content source's texts go into (`bron` relative to
/// `src/content`). Each part but the basis is loaded only by the pages that
/// need it, never by the candidate's first load:
/// - the timeline (`tijdlijn.rs`, `tijdlijn/`), used only by `ui::pages::tijdlijn`;
/// - the coach's side: the workspace (`werkplek.rs`), the words about the
///   candidate in a shared view (`over_kandidaat.rs`, also loaded by the share
///   preview on `#/delen`) and the coach's help (`voor_coaches.rs`);
/// - "Beroepen verkennen" (`beroepen.rs`, `beroepsgroepen.rs`, `beroepen/`; not
///   `modules/beroepen.rs`, the themes the profile shows), issue 27.
fn deel_van(bron: &str) -> Deel {
    match bron {
        "tijdlijn.rs" => Deel::Tijdlijn,
        b if b.starts_with("tijdlijn/") => Deel::Tijdlijn,
        // The coach's pages and the sharing pages (delen.html): texts the candidate's entry never shows.
        "werkplek.rs" | "over_kandidaat.rs" | "voor_coaches.rs" | "coach_bouwer.rs" | "delen_eigen.rs"
        | "kijk_eigen.rs" => Deel::Werkplek,
        "beroepen.rs" | "beroepsgroepen.rs" => Deel::Beroepen,
        b if b.starts_with("beroepen/") => Deel::Beroepen,
        _ => Deel::Basis,
    }
}

/// The texts written in the sources of one part, with their file.
fn uit_bronnen_van(deel: Deel) -> Vec<(String, Tekst)> {
    gescand().into_iter().filter(|(bron, _)| deel_van(bron) == deel).collect()
}

/// The texts every page may need, with the file they are written in.
fn basis() -> Vec<(String, Tekst)> {
    uit_bronnen_van(Deel::Basis)
}

/// The timeline's texts (`content::tijdlijn`, used only by `ui::pages::tijdlijn`).
pub(crate) fn tijdlijn_teksten() -> Vec<(String, Tekst)> {
    uit_bronnen_van(Deel::Tijdlijn)
}

/// The content sources the texts are gathered from: `src/content` without the
/// crash screen's texts (compiled in, `nood.rs`), the tests, and these checks.
fn inhoudsbronnen() -> Vec<PathBuf> {
    let mut paden = Vec::new();
    bronbestanden(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content"), &mut paden);
    let eigen = ["nood.rs", "tekstbestanden.rs", "voorscherm.rs"];
    paden.retain(|p| !eigen.iter().any(|e| p.ends_with(e)));
    paden.sort();
    paden
}

/// Every text of the content sources with its file (relative to `src/content`),
/// by the source scan, in the order of the files and in each file's order. The
/// one gatherer of texts: the text files, the readability, gloss and
/// both-languages tests all read it.
pub(crate) fn gescand() -> Vec<(String, Tekst)> {
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let mut v = Vec::new();
    for pad in inhoudsbronnen() {
        let naam = pad.strip_prefix(&wortel).unwrap().display().to_string();
        for (nl, en) in paren_in(&pad) {
            let tk = t(Box::leak(nl.into_boxed_str()), Box::leak(en.into_boxed_str()));
            v.push((naam.clone(), tk));
        }
    }
    v
}

fn alle() -> Vec<(String, Tekst)> {
    gescand()
}

/// The texts of a part; a text of another part that is also a basis text stays in the basis.
fn van_deel(deel: Deel) -> Vec<(String, Tekst)> {
    if deel == Deel::Basis {
        return basis();
    }
    let in_basis: HashSet<u32> = basis().iter().map(|(_, tk)| tk.sleutel()).collect();
    uit_bronnen_van(deel).into_iter().filter(|(_, tk)| !in_basis.contains(&tk.sleutel())).collect()
}

/// The start of a part's file name (`teksten`, `teksten-tijdlijn`); also in
/// `pwa/ingangen.json`, where the build reads it.
pub(crate) fn stam(deel: Deel) -> String {
    match deel {
        Deel::Basis => "teksten".to_string(),
        d => format!("teksten-{}", d.code()),
    }
}

fn bestand(taal: Taal, deel: Deel) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("pwa/{}.{}.txt", stam(deel), taal.code()))
}

fn geschreven(taal: Taal, deel: Deel) -> String {
    let paren = van_deel(deel).into_iter().map(|(_, tk)| (tk.sleutel(), tk.in_taal(taal).to_string()));
    tekstbestand::schrijf(taal, deel, paren)
        .unwrap_or_else(|(k, a, b)| panic!("two texts share key {k:08x}: {a:?} and {b:?}"))
}

#[test]
fn the_text_files_hold_every_text_of_this_build() {
    for taal in Taal::ALLE {
        for deel in Deel::ALLE {
            let nu = geschreven(taal, deel);
            if std::env::var_os("SPOORWIJZER_SCHRIJF").is_some() {
                std::fs::write(bestand(taal, deel), &nu).unwrap();
            }
            let vastgelegd = std::fs::read_to_string(bestand(taal, deel)).unwrap_or_default();
            assert!(
                vastgelegd == nu,
                "{} is out of date: run `SPOORWIJZER_SCHRIJF=1 cargo test tekstbestanden` and commit it",
                bestand(taal, deel).display()
            );
        }
        let basistabel =
            tekstbestand::lees(&std::fs::read_to_string(bestand(taal, Deel::Basis)).unwrap(), taal, Deel::Basis)
                .unwrap();
        assert!(teksten::is_compleet(&basistabel), "every interface text is in the {} file", taal.code());
        for (waar, tk) in basis() {
            assert_eq!(basistabel.zoek(tk.sleutel()), Some(tk.in_taal(taal)), "{waar}");
        }
        // A page of another part has that part and the basis.
        for deel in Deel::ALLE.into_iter().filter(|d| *d != Deel::Basis) {
            let tabel = tekstbestand::lees(&std::fs::read_to_string(bestand(taal, deel)).unwrap(), taal, deel).unwrap();
            for (waar, tk) in uit_bronnen_van(deel) {
                let gevonden = tabel.zoek(tk.sleutel()).or_else(|| basistabel.zoek(tk.sleutel()));
                assert_eq!(gevonden, Some(tk.in_taal(taal)), "{waar}");
            }
        }
    }
}

/// Every text of the content sources, as the scan finds it (one-word texts too), is filled
/// in in both languages, with as many `{}` places in each.
#[test]
fn every_text_is_filled_in_in_both_languages_with_the_same_places() {
    let alle = gescand();
    assert!(alle.len() > 1500, "the content sources were read ({} texts)", alle.len());
    for (waar, tk) in alle {
        assert!(tk.is_compleet(), "{waar}: {tk:?} is empty in a language");
        assert_eq!(tk.nl.matches("{}").count(), tk.en.matches("{}").count(), "{waar}: {tk:?} has other places");
    }
}

/// The scan reads texts of one word (`t("Bekijk", "View")`) as well as sentences, in each
/// form a text is written in: the one gatherer misses none.
#[test]
fn the_scan_reads_one_word_texts() {
    let alle: Vec<Tekst> = gescand().into_iter().map(|(_, tk)| tk).collect();
    for tk in [
        crate::content::delen::BEKIJK,
        crate::content::delen::VERWIJDER,
        crate::content::coach::INGEBED_EIGEN_TABBLAD,
        crate::content::hulp::TITEL,
    ] {
        assert!(alle.contains(&tk), "{tk:?} is not in the scan");
    }
    assert!(alle.iter().filter(|tk| !tk.nl.contains(' ')).count() > 50, "one-word texts are read");
}

#[test]
fn only_the_timeline_pages_use_the_timeline_texts() {
    // The app loads the timeline's file on `#/tijdlijn` only (src/ui/app.rs).
    let mut paden = Vec::new();
    bronbestanden(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut paden);
    for pad in paden {
        let bron = std::fs::read_to_string(&pad).unwrap();
        if bron.contains("content::tijdlijn") {
            assert!(
                pad.to_string_lossy().contains("/ui/pages/tijdlijn/"),
                "{} uses the timeline's texts",
                pad.display()
            );
        }
    }
}

#[test]
fn only_the_occupations_page_uses_its_texts() {
    // The app loads that file on `#/beroepen` only (src/ui/app.rs).
    let mut paden = Vec::new();
    bronbestanden(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut paden);
    for pad in paden {
        let bron = std::fs::read_to_string(&pad).unwrap();
        if bron.contains("content::beroepen") || bron.contains("content::beroepsgroepen") {
            assert!(
                pad.to_string_lossy().contains("/ui/pages/beroepen/"),
                "{} uses the occupations' texts",
                pad.display()
            );
        }
    }
}

#[test]
fn no_two_different_texts_share_a_key() {
    let mut gezien: BTreeMap<u32, Tekst> = BTreeMap::new();
    for (waar, tk) in alle() {
        if let Some(ander) = gezien.insert(tk.sleutel(), tk) {
            assert_eq!(ander, tk, "{waar}: key {:08x} is taken; change a word in one of the two", tk.sleutel());
        }
    }
}

/// A source file's tokens up to its tests (`crate::bronscan::code_voor_tests`).
fn code_zonder_tests(pad: &Path) -> TokenStream {
    let bron = std::fs::read_to_string(pad).unwrap();
    crate::bronscan::code_voor_tests(&bron).parse().unwrap_or_else(|e| panic!("{}: {e:?}", pad.display()))
}

/// The value of a string literal token (`"…"`, raw strings too), else `None`.
fn tekst(boom: &TokenTree) -> Option<String> {
    match boom {
        TokenTree::Literal(l) => match syn::parse_str::<syn::Lit>(&l.to_string()) {
            Ok(syn::Lit::Str(s)) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

/// The string literals of a source file that read like text (a space in them),
/// outside attributes (doc comments) and before its tests.
fn zinnen_in(pad: &Path) -> Vec<String> {
    let stroom = code_zonder_tests(pad);
    let mut uit = Vec::new();
    fn komma(boom: &TokenTree) -> bool {
        matches!(boom, TokenTree::Punct(p) if p.as_char() == ',')
    }
    fn zoek(stroom: TokenStream, uit: &mut Vec<String>) {
        let bomen: Vec<TokenTree> = stroom.into_iter().collect();
        for (i, boom) in bomen.iter().enumerate() {
            match boom {
                // `#[..]` and `#![..]`: attributes, such as doc comments.
                TokenTree::Group(g)
                    if g.delimiter() == Delimiter::Bracket
                        && i > 0
                        && matches!(&bomen[i - 1], TokenTree::Punct(p) if p.as_char() == '#' || p.as_char() == '!') => {
                }
                TokenTree::Group(g) => zoek(g.stream(), uit),
                _ => {
                    // A text is written as two string literals in a row ("nl", "en"):
                    // in `t(..)` and in every content macro. A lone literal is an id,
                    // a term or a format string.
                    let Some(s) = tekst(boom) else { continue };
                    let paar_na = bomen.get(i + 1).is_some_and(komma) && bomen.get(i + 2).and_then(tekst).is_some();
                    let paar_voor = i >= 2 && komma(&bomen[i - 1]) && tekst(&bomen[i - 2]).is_some();
                    if (paar_na || paar_voor) && s.contains(' ') {
                        uit.push(s);
                    }
                }
            }
        }
    }
    zoek(stroom, &mut uit);
    uit
}

/// The texts of a source file, as written: every `t("nl", "en")` and
/// `t!("nl", "en")`, every `NAAM: "nl", "en";` or `NAAM = "nl", "en";` of a
/// content macro (the catalogue, the coach's and the timeline's lists), and the
/// pairs after the id in a macro call of literals only (`stap!("id", "nl",
/// "en", "uitleg nl", "uitleg en")`). One-word texts (`t("Ja", "Yes")`) too.
/// Outside attributes and before the file's tests, as `zinnen_in`.
fn paren_in(pad: &Path) -> Vec<(String, String)> {
    let stroom = code_zonder_tests(pad);
    fn teken(boom: Option<&TokenTree>, c: char) -> bool {
        matches!(boom, Some(TokenTree::Punct(p)) if p.as_char() == c)
    }
    /// The literals of a group that holds only literals and commas (`"a", "b",`).
    fn alleen_literals(g: &proc_macro2::Group) -> Option<Vec<String>> {
        let bomen: Vec<TokenTree> = g.stream().into_iter().collect();
        let mut uit = Vec::new();
        for (i, b) in bomen.iter().enumerate() {
            if i % 2 == 0 {
                uit.push(tekst(b)?);
            } else if !teken(Some(b), ',') {
                return None;
            }
        }
        Some(uit)
    }
    fn zoek(stroom: TokenStream, uit: &mut Vec<(String, String)>) {
        let bomen: Vec<TokenTree> = stroom.into_iter().collect();
        for (i, boom) in bomen.iter().enumerate() {
            let vorige = |n: usize| i.checked_sub(n).map(|j| &bomen[j]);
            match boom {
                TokenTree::Group(g)
                    if g.delimiter() == Delimiter::Bracket && (teken(vorige(1), '#') || teken(vorige(1), '!')) => {}
                TokenTree::Group(g) => {
                    if g.delimiter() == Delimiter::Parenthesis {
                        let naam = |n: usize| match vorige(n) {
                            Some(TokenTree::Ident(id)) => Some(id.to_string()),
                            _ => None,
                        };
                        let macro_naam = if teken(vorige(1), '!') { naam(2) } else { None };
                        match (naam(1).as_deref(), macro_naam.as_deref(), alleen_literals(g)) {
                            // `t("nl", "en")`, `t!("nl", "en")`
                            (Some("t"), _, Some(l)) | (_, Some("t"), Some(l)) if l.len() == 2 => {
                                uit.push((l[0].clone(), l[1].clone()));
                            }
                            // `stap!("id", "nl", "en", …)`: an id, then pairs.
                            (_, Some(m), Some(l)) if m != "t" && l.len() >= 3 && l.len() % 2 == 1 => {
                                uit.extend(l[1..].chunks(2).map(|p| (p[0].clone(), p[1].clone())));
                            }
                            _ => {}
                        }
                    }
                    zoek(g.stream(), uit);
                }
                TokenTree::Punct(p) if p.as_char() == ':' || p.as_char() == '=' => {
                    // `NAAM: "nl", "en";` (not `::`, `==`, `=>`)
                    let (a, b) = (bomen.get(i + 1).and_then(tekst), bomen.get(i + 3).and_then(tekst));
                    if let (Some(a), Some(b)) = (a, b) {
                        if teken(bomen.get(i + 2), ',')
                            && teken(bomen.get(i + 4), ';')
                            && matches!(vorige(1), Some(TokenTree::Ident(_)))
                        {
                            uit.push((a, b));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut uit = Vec::new();
    zoek(stroom, &mut uit);
    uit
}

fn bronbestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(map).unwrap() {
        let pad = e.unwrap().path();
        if pad.is_dir() {
            bronbestanden(&pad, uit);
        } else if pad.extension().is_some_and(|x| x == "rs") && !pad.to_string_lossy().ends_with("tests.rs") {
            uit.push(pad);
        }
    }
}

#[test]
fn every_sentence_in_the_content_sources_is_in_the_text_files() {
    let bekend: HashSet<&'static str> = alle().into_iter().flat_map(|(_, tk)| [tk.nl, tk.en]).collect();
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let mut paden = Vec::new();
    bronbestanden(&wortel, &mut paden);
    // Texts that are not loaded: the crash screen's (compiled in) and this file's own.
    let eigen = ["nood.rs", "tekstbestanden.rs", "voorscherm.rs"];
    let mut gemist = Vec::new();
    for pad in paden.iter().filter(|p| !eigen.iter().any(|e| p.ends_with(e))) {
        for zin in zinnen_in(pad) {
            if !bekend.contains(zin.as_str()) {
                gemist.push(format!("{}: {zin:?}", pad.strip_prefix(&wortel).unwrap().display()));
            }
        }
    }
    assert!(
        gemist.is_empty(),
        "texts the scan does not read (write them as `t(\"nl\", \"en\")`, or teach `paren_in` the form):\n{}",
        gemist.join("\n")
    );
    assert!(paden.len() > 10, "the content sources were found");
}

#[test]
fn the_interface_code_writes_no_texts_of_its_own() {
    // A `t("..", "..")` in src/ui would be missed by the lists above.
    let mut paden = Vec::new();
    bronbestanden(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut paden);
    for pad in paden {
        let bron = std::fs::read_to_string(&pad).unwrap();
        // `t("` or `t!("` as a call of its own, not the end of `assert!("` or `.t(`,
        // also with the text on the next line.
        let eigen = ["t(", "t!("].iter().any(|v| {
            bron.match_indices(v).any(|(i, _)| {
                !bron[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.')
                    && bron[i + v.len()..].trim_start().starts_with('"')
            })
        });
        assert!(!eigen, "{}: put texts in src/content", pad.display());
    }
}
