//! Small helpers for form fields that several pages share.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::services::klembord::kopieer_tekst;

/// An `oninput` that keeps a text field's (or text area's) value in `staat`.
pub fn bij_invoer(staat: &UseStateHandle<String>) -> Callback<InputEvent> {
    let staat = staat.clone();
    Callback::from(move |e: InputEvent| {
        let Some(doel) = e.target() else { return };
        let waarde = match doel.dyn_ref::<HtmlTextAreaElement>() {
            Some(vak) => vak.value(),
            None => doel.unchecked_into::<HtmlInputElement>().value(),
        };
        staat.set(waarde);
    })
}

/// Copy `tekst` (selecting the field `veld` where the clipboard is not
/// allowed), then show `goed` or `fout` in the page's own `status`.
pub fn kopieer_en_meld<S: 'static>(tekst: String, veld: &'static str, status: UseStateHandle<S>, goed: S, fout: S) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = kopieer_tekst(&tekst, veld).await;
        status.set(if ok { goed } else { fout });
    });
}
