//! `localStorage` behind the [`Sleutelopslag`] trait.
//!
//! Not `gloo_storage`: it panics when storage is blocked, which would leave a
//! visitor in a private window with a dead page.

use wasm_bindgen::JsValue;

use crate::domain::bewaren::{OpslagFout, Sleutelopslag};

pub struct LokaleOpslag {
    storage: Option<web_sys::Storage>,
}

impl LokaleOpslag {
    /// The browser's `localStorage`, or an empty handle when it is not there or
    /// throws on access (some private modes, blocked site data, sandboxed frames).
    pub fn open() -> LokaleOpslag {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LokaleOpslag { storage }
    }

    /// No storage at all, as when it is blocked; touches no browser API (for
    /// the native page renders in tests, `ui::winkel::Staat::met_dokument`).
    #[cfg(test)]
    pub fn zonder() -> LokaleOpslag {
        LokaleOpslag { storage: None }
    }

    fn storage(&self) -> Result<&web_sys::Storage, OpslagFout> {
        self.storage.as_ref().ok_or(OpslagFout::Geblokkeerd)
    }
}

/// Browsers name a full quota differently; all other errors mean "blocked".
fn soort_fout(fout: &JsValue) -> OpslagFout {
    let naam =
        js_sys::Reflect::get(fout, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_default();
    let code = js_sys::Reflect::get(fout, &JsValue::from_str("code")).ok().and_then(|c| c.as_f64());
    if naam == "QuotaExceededError" || naam == "NS_ERROR_DOM_QUOTA_REACHED" || code == Some(22.0) {
        OpslagFout::Vol
    } else {
        OpslagFout::Geblokkeerd
    }
}

impl Sleutelopslag for LokaleOpslag {
    fn lees(&self, sleutel: &str) -> Result<Option<String>, OpslagFout> {
        self.storage()?.get_item(sleutel).map_err(|e| soort_fout(&e))
    }

    fn schrijf(&self, sleutel: &str, waarde: &str) -> Result<(), OpslagFout> {
        self.storage()?.set_item(sleutel, waarde).map_err(|e| soort_fout(&e))
    }

    fn verwijder(&self, sleutel: &str) -> Result<(), OpslagFout> {
        self.storage()?.remove_item(sleutel).map_err(|e| soort_fout(&e))
    }

    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        let storage = self.storage()?;
        let aantal = storage.length().map_err(|e| soort_fout(&e))?;
        Ok((0..aantal).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}

/// Ask the browser to keep our storage when space runs low (Safari and others
/// may otherwise clear it). The answer does not change what the app does.
pub fn vraag_blijvende_opslag() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let heeft = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    if !heeft {
        return;
    }
    if let Ok(belofte) = navigator.storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
        });
    }
}

/// Call `f` when another tab or window changes this origin's storage, with the
/// key it changed (`None`: it cleared storage entirely). Keep the listener.
pub fn bij_wijziging_elders(f: impl Fn(Option<String>) + 'static) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let w = web_sys::window()?;
    Some(gloo::events::EventListener::new(&w, "storage", move |e| {
        f(e.dyn_ref::<web_sys::StorageEvent>().map(|s| s.key()).unwrap_or(None))
    }))
}
