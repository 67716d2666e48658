//! Small helpers for form fields that several pages share.

use yew::prelude::*;

use crate::services::{invoer, klembord};

/// An `oninput` that keeps a text field's (or text area's) value in `staat`.
pub fn bij_invoer(staat: &UseStateHandle<String>) -> Callback<InputEvent> {
    let staat = staat.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(waarde) = invoer::waarde(&e) {
            staat.set(waarde);
        }
    })
}

/// Copy `tekst` (selecting the field `veld` where the clipboard is not
/// allowed), then show `goed` or `fout` in the page's own `status`.
pub fn kopieer_en_meld<S: 'static>(tekst: String, veld: &'static str, status: UseStateHandle<S>, goed: S, fout: S) {
    klembord::kopieer_dan(tekst, veld, move |ok| status.set(if ok { goed } else { fout }));
}
