//! What runs beside the page rather than in it: timers, background work, the
//! clipboard, and what an input event hands over (a ticked box, a picked file).
//! The document itself (address, focus, folds, scrolling, printing) is
//! `services::pagina`; dates and moments are `services::klok`.

use std::future::Future;

use wasm_bindgen::JsCast;

use crate::services::bestand;

/// Run `taak` in the background (a file read, a key derivation).
pub fn start(taak: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(taak);
}

/// Give the browser a turn: the rest runs in a new task (a timer of 0 ms), so a
/// tap or a paint can come in between. The app's start is split this way: one
/// task of over 50 ms blocks a tap on the first screen for all of its length.
/// Not in a hidden tab: nobody taps there, and its timers wait a second or more.
pub async fn geef_beurt() {
    if web_sys::window().and_then(|w| w.document()).is_none_or(|d| d.hidden()) {
        return;
    }
    let beurt = js_sys::Promise::new(&mut |verder, _| {
        if let Some(w) = web_sys::window() {
            if w.set_timeout_with_callback(&verder).is_ok() {
                return;
            }
        }
        let _ = verder.call0(&wasm_bindgen::JsValue::UNDEFINED);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(beurt).await;
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

/// The one timer of the app: it calls `f` once after `ms`, unless dropped first
/// (a field's pause before it is stored), or, let go with [`Wekker::laat_lopen`],
/// in any case (a step taken by itself, where `f` checks whether it is still wanted).
pub struct Wekker(gloo::timers::callback::Timeout);

impl Wekker {
    pub fn na(ms: u32, f: impl FnOnce() + 'static) -> Wekker {
        Wekker(gloo::timers::callback::Timeout::new(ms, f))
    }

    /// Keep the timer running after this handle is gone: nothing cancels it then.
    pub fn laat_lopen(self) {
        self.0.forget();
    }
}

/// Copy `tekst` (selecting the field `veld` where the clipboard is not allowed),
/// then tell `meld` whether it worked. One function for every copy button, so
/// the wasm holds the waiting once.
pub fn kopieer(tekst: String, veld: &'static str, meld: Box<dyn FnOnce(bool)>) {
    start(async move { meld(crate::services::klembord::kopieer_tekst(&tekst, veld).await) });
}
