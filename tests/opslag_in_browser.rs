//! The storage adapter against the real `localStorage` of headless Chromium,
//! including storage that throws and storage that is full.
#![cfg(target_arch = "wasm32")]

use spoorwijzer::domain::bewaren::{self, Bewaarstand, OpslagFout, Sleutelopslag, Startmelding, Tabblad};
use spoorwijzer::domain::dokument::Actie;
use spoorwijzer::domain::taal::Taal;
use spoorwijzer::services::opslag::LokaleOpslag;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn leeg() -> LokaleOpslag {
    let opslag = LokaleOpslag::open();
    bewaren::wis_alles(&opslag, "test", &mut Tabblad::nieuw("t")).expect("storage works in the test browser");
    opslag
}

fn js(code: &str) {
    js_sys::Function::new_no_args(code).call0(&JsValue::NULL).expect("test script runs");
}

#[wasm_bindgen_test]
fn a_change_is_in_local_storage_and_survives_a_fresh_adapter() {
    let opslag = leeg();
    let start = bewaren::opstarten(&opslag, 1.0, Tabblad::nieuw("t"));
    let w = bewaren::wijzig(
        &opslag,
        start.stand,
        &start.dokument,
        &Actie::ZetTaal(Taal::En),
        2.0,
        &mut Tabblad::nieuw("t"),
    );
    assert_eq!(w.bewaard, Some(Ok(())));
    let ruw = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item(bewaren::SLEUTEL_DOKUMENT).unwrap();
    assert!(ruw.unwrap().contains("\"en\""));
    let opnieuw = bewaren::opstarten(&LokaleOpslag::open(), 3.0, Tabblad::nieuw("t"));
    assert_eq!(opnieuw.dokument.instellingen.taal, Some(Taal::En));
}

#[wasm_bindgen_test]
fn corrupt_storage_is_kept_aside_in_local_storage() {
    let opslag = leeg();
    opslag.schrijf(bewaren::SLEUTEL_DOKUMENT, "dit is geen json").unwrap();
    let start = bewaren::opstarten(&opslag, 5.0, Tabblad::nieuw("t"));
    assert!(matches!(start.melding, Some(Startmelding::Reservekopie { .. })));
    let kopieen = bewaren::reservekopieen(&opslag);
    assert_eq!(kopieen.len(), 1);
    assert_eq!(opslag.lees(&kopieen[0].sleutel).unwrap().as_deref(), Some("dit is geen json"));
}

#[wasm_bindgen_test]
fn a_full_storage_reports_full_and_keeps_the_change_in_memory() {
    let opslag = leeg();
    let start = bewaren::opstarten(&opslag, 1.0, Tabblad::nieuw("t"));
    // Fill the real quota with filler until the browser refuses.
    let brok = "x".repeat(512 * 1024);
    let mut i = 0;
    while opslag.schrijf(&format!("spoorwijzer.vulsel.{i}"), &brok).is_ok() {
        i += 1;
        assert!(i < 400, "quota never reached");
    }
    assert_eq!(opslag.schrijf("spoorwijzer.vulsel.laatste", &brok), Err(OpslagFout::Vol));
    let w = bewaren::wijzig(
        &opslag,
        start.stand,
        &start.dokument,
        &Actie::ZetTaal(Taal::En),
        2.0,
        &mut Tabblad::nieuw("t"),
    );
    // Either the small document still fits, or the failure is reported as "full".
    match w.bewaard {
        Some(Ok(())) | Some(Err(OpslagFout::Vol)) => {}
        anders => panic!("unexpected result {anders:?}"),
    }
    assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
    bewaren::wis_alles(&opslag, "test", &mut Tabblad::nieuw("t")).unwrap();
}

#[wasm_bindgen_test]
fn storage_that_throws_leaves_the_app_working_in_memory() {
    leeg();
    // As in some private modes: touching window.localStorage throws.
    // On the global object the attribute lives on `window` itself: keep it to restore.
    js("window.__echteOpslag = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
        Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });");
    let opslag = LokaleOpslag::open();
    let start = bewaren::opstarten(&opslag, 1.0, Tabblad::nieuw("t"));
    js("Object.defineProperty(window, 'localStorage', window.__echteOpslag);");
    assert_eq!(start.melding, Some(Startmelding::Geblokkeerd));
    assert_eq!(start.stand, Bewaarstand::AlleenGeheugen);
    assert_eq!(opslag.schrijf("spoorwijzer.x", "y"), Err(OpslagFout::Geblokkeerd));
    let w = bewaren::wijzig(
        &opslag,
        start.stand,
        &start.dokument,
        &Actie::ZetTaal(Taal::En),
        2.0,
        &mut Tabblad::nieuw("t"),
    );
    assert_eq!(w.dokument.instellingen.taal, Some(Taal::En));
}
