//! Small browser calls for the sharing and timeline pages: folds, jumps, printing,
//! the moment as ISO text, a checkbox's state, a chosen file, timers and
//! background work. Pages call these instead of `web_sys` themselves.

use std::future::Future;

use wasm_bindgen::JsCast;

use crate::services::bestand;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Is there an element with this id on the page?
pub fn bestaat(id: &str) -> bool {
    document().and_then(|d| d.get_element_by_id(id)).is_some()
}

/// Open the folded part (`<details>`) with this id.
pub fn open_vouw(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = el.set_attribute("open", "");
    }
}

/// Open the first folded part that matches `selector`.
pub fn open_eerste(selector: &str) {
    if let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        let _ = el.set_attribute("open", "");
    }
}

/// Open a folded part (`vouw`) and move focus to `id` in it.
pub fn open_en_focus(vouw: &str, id: &str) {
    open_vouw(vouw);
    crate::services::pagina::focus_op(id);
}

/// Bring a section's heading to the top of the screen and give it focus, so a
/// screen reader continues there too.
pub fn spring_naar(id: &str) {
    crate::services::pagina::focus_op(id);
    if let Some(kop) = document().and_then(|d| d.get_element_by_id(id)) {
        kop.scroll_into_view_with_bool(true);
    }
}

/// Bring the element with this id into view as far as needed.
pub fn laat_zien(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        crate::services::pagina::laat_zien(&el);
    }
}

/// Now, as ISO text (`2026-12-05T17:00:00.000Z`).
pub fn nu_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn vandaag_iso() -> String {
    nu_iso().chars().take(10).collect()
}

/// A moment written as ISO text, in milliseconds; not finite when unreadable.
pub fn ms_van(iso: &str) -> f64 {
    js_sys::Date::parse(iso)
}

/// Run `taak` in the background (a file read, a key derivation).
pub fn start(taak: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(taak);
}

/// Whether the checkbox an event came from is ticked.
pub fn aangevinkt(e: &web_sys::Event) -> bool {
    e.target().and_then(|d| d.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.checked())).unwrap_or(false)
}

/// The file picked in the file field this event came from (read it with
/// `bestand::lees_tekst`); `None` when nothing was picked. The field is emptied,
/// so the same file can be picked again after a fix.
pub fn gekozen_bestand(e: &web_sys::Event) -> Option<web_sys::File> {
    let invoer = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let gekozen = bestand::gekozen_bestand(&invoer);
    invoer.set_value("");
    gekozen
}

/// A timer that calls once after `ms`, unless dropped first.
pub struct Wekker(#[allow(dead_code)] gloo::timers::callback::Timeout);

impl Wekker {
    pub fn na(ms: u32, f: impl FnOnce() + 'static) -> Wekker {
        Wekker(gloo::timers::callback::Timeout::new(ms, f))
    }
}

/// Set the coach's accent on the element behind a node (the preview), or take it off.
pub fn zet_palet_op(knoop: Option<web_sys::Node>, palet: Option<crate::domain::coach::Palet>) {
    if let Some(el) = knoop.and_then(|k| k.dyn_into::<web_sys::Element>().ok()) {
        crate::services::coach::zet_palet(&el, palet);
    }
}

/// Copy `tekst` (selecting the field `veld` where the clipboard is not allowed),
/// then tell `meld` whether it worked. One function for every copy button, so
/// the wasm holds the waiting once.
pub fn kopieer(tekst: String, veld: &'static str, meld: Box<dyn FnOnce(bool)>) {
    start(async move { meld(crate::services::klembord::kopieer_tekst(&tekst, veld).await) });
}
