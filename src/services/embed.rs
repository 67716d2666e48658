//! Embed mode (`?embed=1`): Spoorwijzer inside an iframe on a practice's website.
//!
//! The only thing the app ever tells the host page is its content height, so
//! `embed.js` can size the iframe and the person never sees an inner
//! scrollbar. No answer, setting or address goes out.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::taal::query_waarde;

/// The message type `embed.js` listens for.
pub const BERICHT_TYPE: &str = "spoorwijzer:hoogte";

/// Whether the page was opened as `…?embed=1`.
pub fn actief() -> bool {
    #[cfg(all(test, not(target_arch = "wasm32")))]
    if PROEF_INGEBED.with(Cell::get) {
        return true;
    }
    query_waarde(&super::pagina::query(), "embed") == Some("1")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
thread_local! {
    /// Native renders have no address: the first screens' render of embed mode
    /// (`content::voorscherm`) sets this instead of `?embed=1`.
    static PROEF_INGEBED: Cell<bool> = const { Cell::new(false) };
}

/// Embed mode for native renders on this thread, until the guard is dropped
/// (also when the render panics, so no later render inherits it).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn proef_ingebed() -> impl Drop {
    struct Uit;
    impl Drop for Uit {
        fn drop(&mut self) {
            PROEF_INGEBED.with(|p| p.set(false));
        }
    }
    PROEF_INGEBED.with(|p| p.set(true));
    Uit
}

/// A query string without `embed=…`: `?embed=1&lang=nl` becomes `?lang=nl`.
pub fn zonder_embed(search: &str) -> String {
    let rest: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && *p != "embed" && !p.starts_with("embed="))
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    }
}

/// The same page outside the frame, for "open in een eigen tabblad".
pub fn adres_zonder_embed() -> String {
    let Some(window) = super::window() else { return String::new() };
    let l = window.location();
    format!(
        "{}{}{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default(),
        zonder_embed(&l.search().unwrap_or_default()),
        l.hash().unwrap_or_default()
    )
}

#[wasm_bindgen]
extern "C" {
    /// Declared here so no extra web-sys feature is needed.
    type ResizeObserver;
    #[wasm_bindgen(constructor, catch)]
    fn new(terugroep: &js_sys::Function) -> Result<ResizeObserver, JsValue>;
    #[wasm_bindgen(method)]
    fn observe(this: &ResizeObserver, doel: &web_sys::Element);
}

thread_local! {
    static VORIGE: Cell<f64> = const { Cell::new(-1.0) };
}

/// Start embed mode: mark `<html>` (the stylesheet hides the header and menu)
/// and report the height now and whenever it changes. Does nothing outside embed mode.
pub fn start() {
    if !actief() {
        return;
    }
    let Some(window) = super::window() else { return };
    let Some(document) = window.document() else { return };
    if let Some(html) = document.document_element() {
        let _ = html.class_list().add_1("embed");
    }
    meld_hoogte();
    let heeft_observer = js_sys::Reflect::has(&window, &JsValue::from_str("ResizeObserver")).unwrap_or(false);
    if let (true, Some(body)) = (heeft_observer, document.body()) {
        // Lives as long as the page: the closure is handed to the browser for good.
        let terugroep = Closure::<dyn FnMut()>::new(meld_hoogte);
        if let Ok(observer) = ResizeObserver::new(terugroep.as_ref().unchecked_ref()) {
            observer.observe(&body);
            terugroep.forget();
            return;
        }
    }
    // Older browsers: look twice a second (cheap: one measurement, no message if unchanged).
    gloo::timers::callback::Interval::new(500, meld_hoogte).forget();
}

/// The height of the content: `body` with margin 0. Not
/// `documentElement.scrollHeight`, which never drops below the frame's own
/// height, so the frame could grow but never shrink.
fn lichaam_hoogte(body: &web_sys::HtmlElement) -> Option<f64> {
    let meet = js_sys::Reflect::get(body, &JsValue::from_str("getBoundingClientRect")).ok()?;
    let rechthoek = meet.dyn_ref::<js_sys::Function>()?.call0(body).ok()?;
    js_sys::Reflect::get(&rechthoek, &JsValue::from_str("height")).ok()?.as_f64()
}

/// Post `{type: "spoorwijzer:hoogte", hoogte: <number>}` to the parent when the height changed.
pub fn meld_hoogte() {
    let Some(window) = super::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let Some(hoogte) = lichaam_hoogte(&body).map(f64::ceil) else { return };
    if !hoogte.is_finite() || VORIGE.with(|v| v.replace(hoogte)) == hoogte {
        return;
    }
    let Ok(Some(ouder)) = window.parent() else { return };
    if js_sys::Object::is(&ouder, &window) {
        return; // Not in a frame: nobody to tell.
    }
    let bericht = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&bericht, &JsValue::from_str("type"), &JsValue::from_str(BERICHT_TYPE));
    let _ = js_sys::Reflect::set(&bericht, &JsValue::from_str("hoogte"), &JsValue::from_f64(hoogte));
    // Target origin "*": the app cannot know which website embeds it (any
    // practice may paste the snippet), and `document.referrer` is not reliable.
    // That is acceptable only because the message holds one number, the
    // height, and nothing about the person. Never add anything else here.
    // The receiving side (embed.js) checks the sender's origin and window.
    let _ = ouder.post_message(&bericht, "*");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_own_tab_address_drops_only_the_embed_flag() {
        assert_eq!(zonder_embed("?embed=1&lang=nl&coach=abc"), "?lang=nl&coach=abc");
        assert_eq!(zonder_embed("?lang=en&embed=1"), "?lang=en");
        assert_eq!(zonder_embed("?embed=1"), "");
        assert_eq!(zonder_embed("?embed"), "");
        assert_eq!(zonder_embed(""), "");
        assert_eq!(zonder_embed("?embedded=ja"), "?embedded=ja");
    }
}
