//! The static first screens, rendered by the app's own components.
//!
//! Before the wasm runs, a person sees the screen the app itself would draw
//! first: this test renders (natively, yew's server renderer, through
//! `ui::weergave_tests`) the app's whole frame (`ui::app::Schil`: header, page,
//! footer) for every address a person can land on, for a person with nothing
//! stored yet, in Dutch and English, and writes them per entry and language as
//! `pwa/voorscherm/<binary>.<taal>.json`. The build (scripts/na-build.mjs) puts
//! the entry's own first page in Dutch into the entry's HTML and copies the
//! files; `pwa/voorscherm.js` only picks the page for the address, language and
//! text size (a class on `<html>`, so one HTML serves every size). The app's
//! first render draws the same markup in the same place: no jump.
//!
//! A page is kept as a tree, not as HTML (the page requires Trusted Types, so a
//! script may not write markup): a text is a string, an element is
//! `[name, {attributes}, ...children]`.
//! `make teksten` (`SPOORWIJZER_SCHRIJF=1 cargo test voorscherm`) rewrites them;
//! this test fails while a committed file is stale.

use serde_json::{json, Map, Value};

use super::modules::MODULES;
use super::teksten::teksten;
use crate::domain::taal::Taal;
use crate::ui::route::{Ingang, Route, Stap};
use crate::ui::weergave_tests::{render_los, Weergave};
use yew_router::Routable;

const MAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/pwa/voorscherm");

/// The sample invitation whose page the sharing entry carries (no name, every part asked).
fn voorbeeld_uitnodiging(taal: Taal) -> Route {
    use crate::domain::kijk::{uitnodiging_payload, Uitnodiging, DELEN};
    let u = Uitnodiging {
        id: "voorbeeld".into(),
        naam: None,
        delen: DELEN.iter().map(|d| d.to_string()).collect(),
        taal,
        gemaakt_op: 1_700_000_000_000.0,
    };
    Route::KijkVraag { payload: uitnodiging_payload(&u) }
}

/// Every address a person can land on, in the entry that shows it: home; each
/// module's introduction and first question step; every page without a
/// parameter; Kijk's invitation page for a sample (no name, every part asked),
/// which stands for every invitation until the app reads the real one.
pub(crate) fn landingsadressen(taal: Taal) -> Vec<Route> {
    let mut routes = vec![Route::Home];
    for m in MODULES {
        routes.push(Route::recognize(&format!("/{}", m.id)).expect("a module's address"));
        routes.push(Stap::Vraag { deel: 0, vraag: 0 }.route(m.id));
    }
    for patroon in Route::routes() {
        if !patroon.contains(':') && patroon != "/" {
            routes.push(Route::recognize(patroon).expect("an address"));
        }
    }
    routes.push(voorbeeld_uitnodiging(taal));
    routes
}

/// The decoded value of an attribute or a text.
fn ontcijfer(tekst: &str) -> String {
    tekst
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

const LEEG: &[&str] = &["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"];

/// A start tag's name and attributes (`p class="a" hidden`).
fn start_tag(tag: &str) -> (String, Map<String, Value>) {
    let tag = tag.trim_end_matches('/');
    let naam_eind = tag.find(char::is_whitespace).unwrap_or(tag.len());
    let naam = tag[..naam_eind].to_ascii_lowercase();
    let mut attrs = Map::new();
    let mut rest = tag[naam_eind..].trim_start();
    while !rest.is_empty() {
        let eind = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let sleutel = rest[..eind].to_string();
        rest = &rest[eind..];
        if let Some(na) = rest.strip_prefix("=\"") {
            let e = na.find('"').expect("a closed attribute value");
            attrs.insert(sleutel, Value::String(ontcijfer(&na[..e])));
            rest = na[e + 1..].trim_start();
        } else {
            attrs.insert(sleutel, Value::String(String::new()));
            rest = rest.trim_start();
        }
    }
    (naam, attrs)
}

/// The renderer's HTML as a tree (see the module documentation).
pub(crate) fn boom(html: &str) -> Vec<Value> {
    // Open elements, each as its name, attributes and children so far.
    let mut stapel: Vec<(String, Map<String, Value>, Vec<Value>)> = vec![(String::new(), Map::new(), Vec::new())];
    let mut rest = html;
    while !rest.is_empty() {
        let p = rest.find('<').unwrap_or(rest.len());
        if p > 0 {
            stapel.last_mut().expect("the root").2.push(Value::String(ontcijfer(&rest[..p])));
        }
        rest = &rest[p..];
        if rest.is_empty() {
            break;
        }
        if let Some(na) = rest.strip_prefix("<!--") {
            rest = na.find("-->").map_or("", |e| &na[e + 3..]);
            continue;
        }
        let eind = rest.find('>').expect("a closed tag");
        let tag = &rest[1..eind];
        rest = &rest[eind + 1..];
        if let Some(naam) = tag.strip_prefix('/') {
            let naam = naam.trim().to_ascii_lowercase();
            let (n, attrs, kinderen) = stapel.pop().expect("an open element");
            assert_eq!(n, naam, "the renderer closes what it opened");
            let mut el = vec![Value::String(n), Value::Object(attrs)];
            el.extend(kinderen);
            stapel.last_mut().expect("the root").2.push(Value::Array(el));
            continue;
        }
        let (naam, attrs) = start_tag(tag);
        if LEEG.contains(&naam.as_str()) || tag.ends_with('/') {
            stapel.last_mut().expect("the root").2.push(json!([naam, attrs]));
        } else {
            stapel.push((naam, attrs, Vec::new()));
        }
    }
    assert_eq!(stapel.len(), 1, "every element closed");
    stapel.pop().expect("the root").2
}

/// The screen without its page: the header and the footer around an empty `<main>`,
/// for an address the first screens do not carry (a later step, a payload).
fn zonder_pagina(scherm: &[Value]) -> Vec<Value> {
    scherm
        .iter()
        .map(|el| match el {
            Value::Array(a) if a.first() == Some(&json!("main")) => Value::Array(a[..2].to_vec()),
            ander => ander.clone(),
        })
        .collect()
}

/// The screen with only the heading of its page (`<main><article><h1>`).
fn alleen_kop(scherm: &[Value]) -> Vec<Value> {
    scherm
        .iter()
        .map(|el| match el {
            Value::Array(main) if main.first() == Some(&json!("main")) => {
                let mut m = main[..2].to_vec();
                for kind in &main[2..] {
                    if let Value::Array(article) = kind {
                        let mut a = article[..2].to_vec();
                        a.extend(article[2..].iter().filter(|k| k.get(0) == Some(&json!("h1"))).cloned());
                        m.push(Value::Array(a));
                    }
                }
                Value::Array(m)
            }
            ander => ander.clone(),
        })
        .collect()
}

/// One entry's first screens in one language.
fn bestand(ingang: Ingang, taal: Taal) -> Value {
    let t = teksten(taal);
    let mut paginas = Map::new();
    // The pages that show what a person stored (a returning person's home, profile,
    // a module's progress): for someone with anything stored, `pwa/voorscherm.js`
    // shows only their heading in the frame until the app draws the page with
    // their own data, not a new person's page that the app then replaces.
    let mut persoonlijk = Vec::new();
    let mut routes = landingsadressen(taal);
    routes.push(Route::NietGevonden);
    for route in routes.into_iter().filter(|r| r.woont_in(ingang) || *r == Route::NietGevonden) {
        // In this entry: the help page shows under the entry's own header. "Not found"
        // is the candidate's page (every entry moves there).
        let mut weergave = Weergave::nieuw(route.clone()).in_taal(taal);
        if route != Route::NietGevonden {
            weergave = weergave.in_ingang(ingang);
        }
        let html = weergave.scherm_html();
        // The sample invitation stands for every invitation (`pwa/voorscherm.js`).
        let pad = match route {
            Route::KijkVraag { .. } => "/kijk/*".to_string(),
            _ => route.to_path(),
        };
        let scherm = boom(&html);
        // Its page, that is: the footer's "saved" line has its own rule there.
        if hoofd(&boom(&weergave.met(terugkerend()).scherm_html())) != hoofd(&scherm) {
            persoonlijk.push(pad.clone());
        }
        paginas.insert(pad, Value::Array(scherm));
    }
    // A later step of a module: its frame and heading (the first step's, without the step) until the app draws it.
    if ingang == Ingang::Kandidaat {
        for m in MODULES {
            let eerste = paginas[&format!("/{}/1/1", m.id)].as_array().expect("a first step").clone();
            paginas.insert(format!("/{}/*", m.id), Value::Array(alleen_kop(&eerste)));
        }
    }
    // A share or a reply: its frame and heading until the app reads the payload.
    for route in [Route::Gedeeld { payload: "x".into() }, Route::KijkTerug { payload: "x".into() }] {
        if route.woont_in(ingang) {
            let html = Weergave::nieuw(route.clone()).in_taal(taal).scherm_html();
            let eerste = route.to_path().split('/').nth(1).expect("a first segment").to_string();
            paginas.insert(format!("/{eerste}/*"), Value::Array(alleen_kop(&boom(&html))));
        }
    }
    let eigen = if ingang == Ingang::Kandidaat { "/" } else { ingang_pad(ingang) };
    let leeg = zonder_pagina(paginas[eigen].as_array().expect("the entry's own page"));
    let ingebed = ingebed(ingang, taal);
    json!({
        "eigen": eigen,
        "teksten": { "naam": t.app_naam, "laden": t.voorscherm_laden, "mislukt": t.voorscherm_mislukt,
                      "menu": t.menu_knop, "menuSluit": t.menu_sluit, "nietBewaard": t.voorscherm_niet_bewaard },
        "icoon": {
            "open": boom(&render_los(|| crate::ui::components::iconen::menu(true))),
            "dicht": boom(&render_los(|| crate::ui::components::iconen::menu(false))),
        },
        "leeg": leeg,
        "ingebed": ingebed,
        "persoonlijk": persoonlijk,
        "paginas": paginas,
    })
}

/// Embed mode (`?embed=1`, inside a practice's website): the app draws its own
/// header (no menu of pages, "Start" for the brand) and a note on where the
/// answers are kept above every page. Both are the same on every page of an
/// entry, so they are rendered once; `pwa/voorscherm.js` puts them in place of
/// the header and above the page.
fn ingebed(ingang: Ingang, taal: Taal) -> Value {
    let scherm = {
        let _ingebed = crate::services::embed::proef_ingebed();
        boom(&Weergave::nieuw(Route::Hulp).in_taal(taal).in_ingang(ingang).scherm_html())
    };
    let kop = scherm.iter().find(|el| el.get(0) == Some(&json!("header"))).expect("the header").clone();
    let melding = hoofd(&scherm)
        .and_then(|main| main.as_array())
        .and_then(|main| main[2..].iter().find(|el| el[1]["class"] == json!("ingebed")))
        .expect("the note above the page")
        .clone();
    json!({ "kop": kop, "melding": melding })
}

/// A screen's `<main>`.
fn hoofd(scherm: &[Value]) -> Option<&Value> {
    scherm.iter().find(|el| el.get(0) == Some(&json!("main")))
}

/// A person who has been here before: answers in a module, a timeline, a coach's link
/// (the settings as a new person's, so only what they stored differs).
fn terugkerend() -> crate::domain::dokument::Dokument {
    let mut d = crate::domain::formaat::vol_dokument();
    d.instellingen = Default::default();
    // Every module under way, and an occupation kept (issue 27).
    let stand = d.modules["wie-ben-ik"].clone();
    for m in MODULES {
        d.modules.insert(m.id.to_string(), stand.clone());
    }
    d.beroepen.push(crate::domain::beroepen::GekozenBeroep {
        code: "2221.1".into(),
        titel: "verpleegkundige".into(),
        notitie: "Vragen wie dit werk doet.".into(),
        gekozen_op: 1_733_000_000_000.0,
    });
    d
}

/// The address of an entry's own page (`tijdlijn.html` alone is `#/tijdlijn`).
fn ingang_pad(ingang: Ingang) -> &'static str {
    match ingang {
        Ingang::Kandidaat => "/",
        Ingang::Tijdlijn => "/tijdlijn",
        Ingang::Delen => "/delen",
        Ingang::Coach => "/coach",
        Ingang::Beroepen => "/beroepen",
    }
}

fn naam(ingang: Ingang, taal: Taal) -> String {
    format!("{MAP}/{}.{}.json", ingang.binary(), taal.code())
}

fn tekst(v: &Value) -> String {
    let mut s = serde_json::to_string(v).expect("plain data serialises");
    s.push('\n');
    s
}

#[test]
fn the_first_screens_are_the_apps_own_render_and_up_to_date() {
    let schrijf = std::env::var_os("SPOORWIJZER_SCHRIJF").is_some();
    let mut oud = Vec::new();
    for ingang in Ingang::ALLE {
        for taal in Taal::ALLE {
            let nu = tekst(&bestand(ingang, taal));
            let pad = naam(ingang, taal);
            if schrijf {
                std::fs::create_dir_all(MAP).expect("the folder");
                std::fs::write(&pad, &nu).expect("write a first-screen file");
            }
            if std::fs::read_to_string(&pad).unwrap_or_default() != nu {
                oud.push(pad);
            }
        }
    }
    assert!(oud.is_empty(), "{oud:?} out of date with the app: run `make teksten`");
}

/// The candidate's first screens: every landing address, with its heading, in both languages.
#[test]
fn every_landing_address_has_a_first_screen_with_its_heading() {
    for taal in Taal::ALLE {
        let mut gezien = 0;
        for ingang in Ingang::ALLE {
            let v = bestand(ingang, taal);
            let paginas = v["paginas"].as_object().unwrap();
            assert!(paginas.contains_key(v["eigen"].as_str().unwrap()), "{ingang:?}: its own page");
            assert!(paginas.contains_key("/hulp") && paginas.contains_key("/niet-gevonden"), "{ingang:?}");
            for (pad, p) in paginas {
                let s = p.to_string();
                assert!(s.contains("[\"h1\""), "{ingang:?} {taal:?} {pad}: a heading");
                assert!(s.contains("\"id\":\"inhoud\""), "{ingang:?} {pad}: the app's <main>");
            }
            gezien += paginas.len();
        }
        for m in MODULES {
            for stap in [format!("/{}", m.id), format!("/{}/1/1", m.id)] {
                let v = bestand(Ingang::Kandidaat, taal);
                assert!(v["paginas"].get(&stap).is_some(), "{stap}");
            }
        }
        assert!(gezien >= 2 * MODULES.len() + 12, "{gezien}");
        // A returning person's home and profile are theirs; the privacy page is everyone's.
        let persoonlijk = bestand(Ingang::Kandidaat, taal)["persoonlijk"].clone();
        let persoonlijk: Vec<&str> = persoonlijk.as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
        for pad in ["/", "/profiel", "/wie-ben-ik"] {
            assert!(persoonlijk.contains(&pad), "{taal:?} {pad}: shows what the person stored ({persoonlijk:?})");
        }
        assert!(!persoonlijk.contains(&"/privacy") && !persoonlijk.contains(&"/hulp"), "{persoonlijk:?}");
    }
}

/// Form controls on a first screen without a `name` or `id`: a tap on one
/// before the app runs cannot be handed to the app (`pwa/voorscherm.js` finds
/// the app's control by either), so the browser would show a choice the app
/// then draws away.
fn naamloze_invoer(boom: &Value, uit: &mut Vec<String>) {
    let Some(el) = boom.as_array() else { return };
    if let (Some(Value::String(tag)), Some(Value::Object(attrs))) = (el.first(), el.get(1)) {
        let heeft = |k: &str| attrs.get(k).and_then(Value::as_str).is_some_and(|v| !v.is_empty());
        let knop = attrs.get("type").and_then(Value::as_str).is_some_and(|t| t == "submit" || t == "button");
        if matches!(tag.as_str(), "input" | "textarea" | "select") && !knop && !heeft("name") && !heeft("id") {
            uit.push(format!("<{tag} {}>", Value::Object(attrs.clone())));
        }
    }
    for kind in el {
        naamloze_invoer(kind, uit);
    }
}

#[test]
fn every_form_control_on_a_first_screen_can_be_handed_to_the_app() {
    for taal in Taal::ALLE {
        for ingang in Ingang::ALLE {
            let v = bestand(ingang, taal);
            for (pad, p) in v["paginas"].as_object().unwrap() {
                let mut naamloos = Vec::new();
                naamloze_invoer(p, &mut naamloos);
                assert!(naamloos.is_empty(), "{ingang:?} {taal:?} {pad}: controls without a name or id: {naamloos:?}");
            }
        }
    }
}

#[test]
fn the_tree_keeps_every_element_attribute_and_text() {
    let html = "<div class=\"a b\" hidden><p>Een &amp; <b>twee</b></p><input type=\"radio\" checked><br></div>";
    assert_eq!(
        boom(html),
        [
            json!(["div", {"class": "a b", "hidden": ""}, ["p", {}, "Een & ", ["b", {}, "twee"]], ["input", {"type": "radio", "checked": ""}], ["br", {}]])
        ]
    );
}

/// `pwa/voorscherm.js` moves an address to its entry before any wasm runs,
/// from the table the build writes into it (`eersteSegment` of the generated
/// pwa/ingangen.json): it must say what `Route::ingang` says, for every
/// address the app knows (a page missing there would open in the wrong entry
/// and only move after its wasm had loaded).
#[test]
fn the_first_screen_sends_every_address_to_the_entry_the_app_names() {
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
