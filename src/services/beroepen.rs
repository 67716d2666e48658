//! Fetching ESCO's occupations for `#/beroepen` (issue 27): the index when the
//! page opens, one description file when an occupation opens. The build names
//! the files with a content hash and lists them for this entry's loader
//! (`window.__spoorwijzerBeroepen`, scripts/na-build.mjs), which also starts the
//! index's fetch early; the service worker keeps them for offline use. Each is
//! read once per visit and kept here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::beroepen::Beroepen;

thread_local! {
    static INDEX: RefCell<Option<Rc<Beroepen>>> = const { RefCell::new(None) };
    static OMSCHRIJVINGEN: RefCell<HashMap<u8, Rc<str>>> = RefCell::new(HashMap::new());
}

fn lijst(naam: &str) -> Option<JsValue> {
    let w = super::window()?;
    let b = Reflect::get(&w, &JsValue::from_str("__spoorwijzerBeroepen")).ok().filter(|v| v.is_object())?;
    Reflect::get(&b, &JsValue::from_str(naam)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// This build's file; without the loader's list (a test page), the plain name.
fn adres(naam: &str) -> String {
    lijst(naam).and_then(|v| v.as_string()).unwrap_or_else(|| format!("beroepen/{naam}.nl.txt"))
}

async fn haal(adres: &str) -> Option<String> {
    let w = super::window()?;
    let antwoord: web_sys::Response = JsFuture::from(w.fetch_with_str(adres)).await.ok()?.dyn_into().ok()?;
    if !antwoord.ok() {
        return None;
    }
    JsFuture::from(antwoord.text().ok()?).await.ok()?.as_string()
}

/// The index, read once; the loader's early fetch when there is one.
pub async fn index() -> Option<Rc<Beroepen>> {
    if let Some(i) = INDEX.with(|i| i.borrow().clone()) {
        return Some(i);
    }
    let vooraf = match lijst("vooraf").and_then(|v| v.dyn_into::<js_sys::Promise>().ok()) {
        Some(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
        None => None,
    };
    let tekst = match vooraf {
        Some(t) => t,
        None => haal(&adres("index")).await?,
    };
    let beroepen = Rc::new(Beroepen::lees(&tekst));
    if beroepen.lijst.is_empty() {
        return None;
    }
    INDEX.with(|i| *i.borrow_mut() = Some(beroepen.clone()));
    Some(beroepen)
}

/// The index when it is read already (no wait).
#[cfg(target_arch = "wasm32")]
pub fn index_nu() -> Option<Rc<Beroepen>> {
    INDEX.with(|i| i.borrow().clone())
}

/// Natively (the first screens and render tests, no browser) the committed file is the index.
#[cfg(not(target_arch = "wasm32"))]
pub fn index_nu() -> Option<Rc<Beroepen>> {
    if INDEX.with(|i| i.borrow().is_none()) {
        let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/pwa/beroepen/index.nl.txt");
        let tekst = std::fs::read_to_string(pad).ok()?;
        INDEX.with(|i| *i.borrow_mut() = Some(Rc::new(Beroepen::lees(&tekst))));
    }
    INDEX.with(|i| i.borrow().clone())
}

/// The description file `omschrijving-<deel>`, read once.
pub async fn omschrijvingen(deel: u8) -> Option<Rc<str>> {
    if let Some(t) = OMSCHRIJVINGEN.with(|o| o.borrow().get(&deel).cloned()) {
        return Some(t);
    }
    let tekst: Rc<str> = haal(&adres(&format!("omschrijving-{deel}"))).await?.into();
    OMSCHRIJVINGEN.with(|o| o.borrow_mut().insert(deel, tekst.clone()));
    Some(tekst)
}
