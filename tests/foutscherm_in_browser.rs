//! The crash screen: a bug must never leave a dead page.
#![cfg(target_arch = "wasm32")]

use spoorwijzer::services::pagina::toon_foutscherm_in;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn a_crash_shows_a_friendly_screen_in_the_page_language_as_plain_text() {
    let html = document().document_element().unwrap();
    html.set_attribute("lang", "en").unwrap();
    // The runner reports through <body>, so the screen goes into an element of our own.
    let doel = document().create_element("div").unwrap();
    doel.append_child(&document().create_element("p").unwrap()).unwrap();
    document().body().unwrap().append_child(&doel).unwrap();
    toon_foutscherm_in(
        &doel,
        ["Er ging iets mis", "NL", "Start"],
        ["Something went wrong", "<b>stored work is safe</b>", "Home"],
    );
    assert_eq!(doel.child_element_count(), 1, "the crashed content is replaced");
    let main = doel.query_selector("main.foutscherm").unwrap().expect("the crash screen is shown");
    assert_eq!(main.query_selector("h1").unwrap().unwrap().text_content().as_deref(), Some("Something went wrong"));
    // Texts are inserted as text, never parsed as markup.
    assert!(main.query_selector("b").unwrap().is_none());
    assert!(main.text_content().unwrap().contains("<b>stored work is safe</b>"));
    let link = main.query_selector("a").unwrap().unwrap();
    assert!(link.get_attribute("href").is_some(), "a way back into the app");
}
