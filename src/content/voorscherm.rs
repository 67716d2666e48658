//! The first screen of every page as data, for before the wasm has loaded.
//!
//! `pwa/voorschermen.json` holds each page's heading and opening text in both
//! languages, taken from the same catalogue the app uses. The build writes the
//! home page from it into index.html as static HTML, and `pwa/voorscherm.js`
//! shows the page the address asks for, in the person's language, until the
//! app takes over. This test keeps the file in step with the catalogue:
//! run `SPOORWIJZER_SCHRIJF=1 cargo test voorscherm` after changing a text.

use serde_json::{json, Map, Value};

use super::delen as d;
use super::hulp;
use super::modules::MODULES;
use super::teksten::{teksten, vul};
use crate::domain::taal::Taal;
use crate::ui::route::Stap;
use yew_router::Routable;

const BESTAND: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/pwa/voorschermen.json");

fn pagina(h1: &str, intro: Option<&str>) -> Value {
    match intro {
        Some(intro) => json!({ "h1": h1, "intro": intro }),
        None => json!({ "h1": h1 }),
    }
}

/// Every page's first screen in one language, by the first segment of its address.
fn in_taal(taal: Taal) -> Value {
    let t = teksten(taal);
    let mut paginas = Map::new();
    let eerste = &MODULES[0];
    let mut home = pagina(t.home_titel, Some(t.home_intro_1));
    home["knop"] = json!({
        "tekst": vul(t.home_begin_met, &[eerste.titel.in_taal(taal)]),
        "href": format!("#{}", Stap::Vraag { deel: 0, vraag: 0 }.route(eerste.id).to_path()),
    });
    paginas.insert(String::new(), home);
    for m in MODULES {
        paginas.insert(m.id.into(), pagina(m.titel.in_taal(taal), Some(m.intro.in_taal(taal))));
    }
    let vast: [(&str, &str, Option<&str>); 12] = [
        ("tijdlijn", t.tijdlijn_titel, Some(t.tijdlijn_intro_kort)),
        ("profiel", t.profiel_titel, None),
        ("delen", d::TITEL.in_taal(taal), Some(d::INTRO.in_taal(taal))),
        ("gedeeld", d::GEDEELD_TITEL.in_taal(taal), None),
        ("anderen", super::kijk::TITEL.in_taal(taal), Some(super::kijk::INTRO.in_taal(taal))),
        ("kijk", super::kijk::VRAAG_TITEL.in_taal(taal), None),
        ("kijk-terug", super::kijk::TERUG_TITEL.in_taal(taal), None),
        ("coach", t.coach_titel, Some(t.coach_intro)),
        ("privacy", t.privacy_titel, Some(t.privacy_intro)),
        ("over-de-vragen", t.over_vragen_titel, Some(t.over_vragen_intro)),
        ("niet-gevonden", t.niet_gevonden_titel, Some(t.niet_gevonden_tekst)),
        ("hulp", hulp::TITEL.in_taal(taal), Some(hulp::INTRO.in_taal(taal))),
    ];
    for (sleutel, h1, intro) in vast {
        paginas.insert(sleutel.into(), pagina(h1, intro));
    }
    json!({
        "naam": t.app_naam,
        "sub": t.app_ondertitel,
        "menu": t.menu_knop,
        "menuSluit": t.menu_sluit,
        "laden": t.voorscherm_laden,
        "menuLabel": t.menu_label,
        "nav": crate::ui::components::kop::menu(t)
            .iter()
            // As the candidate's entry links them (another entry's pages by file).
            .map(|(route, naam)| match route.ingang() {
                crate::ui::route::Ingang::Kandidaat => json!([format!("#{}", route.to_path()), naam]),
                _ => json!([route.href_vanuit_ander(""), naam]),
            })
            .collect::<Vec<_>>(),
        "mislukt": t.voorscherm_mislukt,
        "paginas": paginas,
        "hulpLink": hulp::TITEL.in_taal(taal),
        "hulp": hulp_blok(taal),
    })
}

/// The help page's block (`content::hulp`), as the build writes it into every
/// entry's first screen (scripts/na-build.mjs): each paragraph as pieces of
/// plain text and links, so the numbers are real links before the app runs.
fn hulp_blok(taal: Taal) -> Value {
    let alineas: Vec<Value> = hulp::BLOK
        .iter()
        .map(|(tk, links)| {
            Value::Array(
                hulp::stukken(tk.in_taal(taal), links)
                    .into_iter()
                    .map(|s| match s {
                        hulp::Stuk::Tekst(w) => json!({ "tekst": w }),
                        hulp::Stuk::Link(n) => json!({ "tekst": n.tekst, "href": n.href }),
                    })
                    .collect(),
            )
        })
        .collect();
    json!({
        "kop": hulp::BLOK_KOP.in_taal(taal),
        "alineas": alineas,
        "na": [hulp::ANDER.in_taal(taal), hulp::NIETS_VERSTUURD.in_taal(taal)],
    })
}

fn alle() -> String {
    let mut tekst = serde_json::to_string_pretty(&json!({ "nl": in_taal(Taal::Nl), "en": in_taal(Taal::En) }))
        .expect("plain data serialises");
    tekst.push('\n');
    tekst
}

#[test]
fn the_first_screens_file_matches_the_catalogue() {
    let nu = alle();
    if std::env::var_os("SPOORWIJZER_SCHRIJF").is_some() {
        std::fs::write(BESTAND, &nu).expect("write pwa/voorschermen.json");
    }
    let bestand = std::fs::read_to_string(BESTAND).unwrap_or_default();
    assert!(
        bestand == nu,
        "pwa/voorschermen.json is out of date with the texts: run `SPOORWIJZER_SCHRIJF=1 cargo test voorscherm`"
    );
}

#[test]
fn every_page_of_the_app_has_a_first_screen_in_both_languages() {
    let v: Value = serde_json::from_str(&alle()).unwrap();
    for taal in ["nl", "en"] {
        let paginas = v[taal]["paginas"].as_object().unwrap();
        for m in MODULES {
            assert!(paginas.contains_key(m.id), "{taal}: {}", m.id);
        }
        for (sleutel, p) in paginas {
            assert!(!p["h1"].as_str().unwrap_or("").is_empty(), "{taal}: '{sleutel}' has a heading");
        }
        assert_eq!(v[taal]["paginas"][""]["knop"]["href"], "#/wie-ben-ik/1/1");
        // Issue 23: the help page reads before the app runs, its numbers as links.
        assert!(paginas.contains_key("hulp"), "{taal}: the help page");
        let links: Vec<&str> = v[taal]["hulp"]["alineas"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|a| a.as_array().unwrap())
            .filter_map(|s| s["href"].as_str())
            .collect();
        assert_eq!(links, ["tel:113", "tel:08000113", "https://www.113.nl", "tel:112"], "{taal}");
        assert!(!v[taal]["hulpLink"].as_str().unwrap_or("").is_empty());
    }
}

/// `pwa/voorscherm.js` moves an address to its entry before any wasm runs,
/// from the table the build writes into it (`eersteSegment` of the generated
/// pwa/ingangen.json): it must say what `Route::ingang` says, for every
/// address the app knows (a page missing there would open in the wrong entry
/// and only move after its wasm had loaded).
#[test]
fn the_first_screen_sends_every_address_to_the_entry_the_app_names() {
    use crate::ui::route::Route;
    let js = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/pwa/voorscherm.js")).unwrap();
    assert!(js.contains("var INGANGEN = __INGANGEN__;"), "voorscherm.js takes its table from the build");
    let data: Value =
        serde_json::from_str(&std::fs::read_to_string(crate::ui::route::bestand::PAD).unwrap()).expect("JSON");
    let tabel: Map<String, Value> = data["eersteSegment"].as_object().expect("the table").clone();
    let mut verwacht = Map::new();
    for patroon in Route::routes() {
        // A concrete address of this pattern: every parameter filled in.
        let pad: String =
            patroon.split('/').map(|d| if d.starts_with(':') { "x" } else { d }).collect::<Vec<_>>().join("/");
        let route = Route::recognize(&pad).unwrap_or_else(|| panic!("{pad} is an address of the app"));
        let eerste = patroon.trim_start_matches('/').split('/').next().unwrap_or("");
        let bestand = route.ingang().bestand();
        if route.in_elke_ingang() {
            // Shown by every entry itself: never moved.
            verwacht.insert(eerste.to_string(), json!("*"));
        } else if bestand != "./" {
            assert!(!eerste.starts_with(':'), "{patroon}: an entry of its own needs a fixed first segment");
            verwacht.insert(eerste.to_string(), json!(bestand));
        }
    }
    assert_eq!(tabel, verwacht, "pwa/voorscherm.js INGANGEN against Route::ingang");
}
