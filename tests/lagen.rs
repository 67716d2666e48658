//! Pages and components only render and pass events on (issue 25, item 1): a
//! browser call belongs in `src/services/`, a change of the stored document is
//! a named method of `ui::winkel::Winkel`. This reads the source of every file
//! under `src/ui/pages` and `src/ui/components` and fails when one names a
//! browser crate or builds a domain action or a store message by hand.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Words a page or component must not contain (also not in a comment).
const VERBODEN: [&str; 6] = ["web_sys", "gloo", "js_sys", "wasm_bindgen", "Actie::", "Bericht::"];

/// Files (or folders, ending in `/`) under `src/ui/pages` allowed to break the
/// rule for a while, during a move. Empty since issue 25's merge: keep it so.
/// Once a listed file is clean, the second test below asks for its entry to go.
const NOG_TE_DOEN: &[&str] = &[];

fn bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    let mut lijst: Vec<PathBuf> = std::fs::read_dir(map).expect("read src/ui").map(|e| e.unwrap().path()).collect();
    lijst.sort();
    for pad in lijst {
        if pad.is_dir() {
            bestanden(&pad, uit);
        } else if pad.extension().is_some_and(|e| e == "rs") {
            uit.push(pad);
        }
    }
}

/// Every page and component file: its path under `src/ui` ("pages/home.rs")
/// and what it names of [`VERBODEN`].
fn overtredingen() -> Vec<(String, Vec<&'static str>)> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut paden = Vec::new();
    bestanden(&ui.join("pages"), &mut paden);
    bestanden(&ui.join("components"), &mut paden);
    assert!(paden.len() > 10, "the scan found the pages and components");
    paden
        .iter()
        .map(|pad| {
            let tekst = std::fs::read_to_string(pad).unwrap();
            let naam = pad.strip_prefix(&ui).unwrap().to_string_lossy().replace('\\', "/");
            (naam, VERBODEN.iter().copied().filter(|w| tekst.contains(w)).collect())
        })
        .collect()
}

fn nog_te_doen(naam: &str) -> Option<&'static str> {
    let pagina = naam.strip_prefix("pages/")?;
    NOG_TE_DOEN.iter().copied().find(|n| if n.ends_with('/') { pagina.starts_with(n) } else { pagina == *n })
}

#[test]
fn pages_and_components_call_no_browser_api_and_build_no_domain_action() {
    let fout: Vec<String> = overtredingen()
        .into_iter()
        .filter(|(naam, woorden)| !woorden.is_empty() && nog_te_doen(naam).is_none())
        .map(|(naam, woorden)| format!("src/ui/{naam}: {}", woorden.join(", ")))
        .collect();
    assert!(
        fout.is_empty(),
        "a page or component names a browser crate or builds a domain action; \
         move the call into src/services/ or add a named method to ui::winkel::Winkel:\n{}",
        fout.join("\n")
    );
}

#[test]
fn the_list_still_to_do_names_only_files_that_still_need_it() {
    let alles = overtredingen();
    for n in NOG_TE_DOEN {
        let vuil = alles.iter().any(|(naam, woorden)| nog_te_doen(naam) == Some(*n) && !woorden.is_empty());
        assert!(vuil, "pages/{n} is clean now: remove it from NOG_TE_DOEN in tests/lagen.rs");
    }
}

/// The other way round: browser code knows the domain, never the texts or the
/// modules (`content`), so the same service serves every entry and language.
/// What a service needs from content, its caller passes in.
#[test]
fn services_read_no_content() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/services");
    let mut paden = Vec::new();
    bestanden(&map, &mut paden);
    assert!(paden.len() > 5, "the scan found the services");
    let fout: Vec<String> = paden
        .iter()
        .filter(|pad| {
            let tekst = std::fs::read_to_string(pad).unwrap();
            // Code lines only: a doc comment may say where the caller's data comes from.
            tekst.lines().any(|r| !r.trim_start().starts_with("//") && r.contains("content::"))
        })
        .map(|pad| pad.display().to_string())
        .collect();
    assert!(fout.is_empty(), "services that read content (pass it in from ui instead):\n{}", fout.join("\n"));
}
