//! The browser side of coach links: reading `?coach=` from the page's own
//! address, putting the accent colour on the page, and the clipboard.
//!
//! The accent is set as CSS custom properties through the CSSOM
//! (`element.style.setProperty`), never as a `style=` attribute or a generated
//! `<style>`: a strict Content-Security-Policy (`style-src 'self'`) blocks
//! those, but not CSSOM calls from the app's own script.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::coach::{self, CoachFout, CoachInstellingen, Palet, Rgb};

/// The coach settings in the page's own query string, if there are any.
/// `bekend`: the module ids this build has (`content::modules::ids()`).
pub fn uit_adres(bekend: &[&str]) -> Option<Result<CoachInstellingen, CoachFout>> {
    coach::uit_query(&super::pagina::query(), bekend)
}

/// [`zet_palet`] on an element a component holds (a `NodeRef`'s node).
pub fn zet_palet_op(knoop: Option<web_sys::Node>, palet: Option<Palet>) {
    if let Some(el) = knoop.and_then(|k| k.dyn_into::<web_sys::Element>().ok()) {
        zet_palet(&el, palet);
    }
}

#[wasm_bindgen]
extern "C" {
    /// A `CSSStyleDeclaration`, declared here so no extra web-sys feature is needed.
    type Stijl;
    #[wasm_bindgen(method, js_name = setProperty)]
    fn set_property(this: &Stijl, naam: &str, waarde: &str);
    #[wasm_bindgen(method, js_name = removeProperty)]
    fn remove_property(this: &Stijl, naam: &str) -> JsValue;
}

const EIGENSCHAPPEN: [&str; 3] = ["--accent", "--accent-donker", "--accent-licht"];

/// Set the three accent tokens on `el` (or remove them with `None`, so the
/// stylesheet's own colours apply again).
pub fn zet_palet(el: &web_sys::Element, palet: Option<Palet>) {
    let Ok(stijl) = js_sys::Reflect::get(el, &JsValue::from_str("style")) else { return };
    if !stijl.is_object() {
        return;
    }
    let stijl: Stijl = stijl.unchecked_into();
    match palet {
        Some(p) => {
            for (naam, kleur) in EIGENSCHAPPEN.iter().zip([p.accent, p.donker, p.licht]) {
                stijl.set_property(naam, &kleur.hex());
            }
        }
        None => {
            for naam in EIGENSCHAPPEN {
                let _ = stijl.remove_property(naam);
            }
        }
    }
}

/// The coach's accent on the whole page (`<html>`), or back to the app's own.
pub fn zet_accent_op_pagina(accent: Option<&str>) {
    let Some(html) = super::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    zet_palet(&html, accent.and_then(Rgb::uit_hex).map(Palet::van));
}

/// The app's folder without query or fragment, e.g. `https://p.nl/spoorwijzer/`:
/// the candidate's address, from whichever entry (`index.html`, `coach.html`) is open.
pub fn app_basis() -> String {
    let Some(window) = super::window() else { return String::new() };
    let l = window.location();
    let pad = l.pathname().unwrap_or_default();
    let map = pad.rfind('/').map_or("/", |i| &pad[..=i]);
    format!("{}{}", l.origin().unwrap_or_default(), map)
}

/// The address of `embed.js`: in the same folder as the app.
pub fn embed_script_adres() -> String {
    let basis = app_basis();
    match basis.rfind('/') {
        Some(i) => format!("{}embed.js", &basis[..=i]),
        None => "embed.js".to_string(),
    }
}

/// Copy text with the Clipboard API. `false` when the API is missing or refuses
/// (no permission, not a secure context): the caller then selects the text.
pub async fn kopieer(tekst: &str) -> bool {
    let Some(window) = super::window() else { return false };
    let Ok(klembord) = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")) else {
        return false;
    };
    if !klembord.is_object() {
        return false;
    }
    let Ok(schrijf) = js_sys::Reflect::get(&klembord, &JsValue::from_str("writeText")) else { return false };
    let Some(schrijf) = schrijf.dyn_ref::<js_sys::Function>() else { return false };
    let Ok(belofte) = schrijf.call1(&klembord, &JsValue::from_str(tekst)) else { return false };
    let Ok(belofte) = belofte.dyn_into::<js_sys::Promise>() else { return false };
    wasm_bindgen_futures::JsFuture::from(belofte).await.is_ok()
}

/// Focus a read-only text field and select all of it, for copying by hand.
pub fn selecteer(id: &str) {
    let Some(d) = super::window().and_then(|w| w.document()) else { return };
    if let Some(veld) = d.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        let _ = veld.focus();
        veld.select();
    }
}
