//! Small helpers for form fields that several pages share.

use yew::prelude::*;

use crate::services::invoer;

/// An `oninput` that keeps a text field's (or text area's) value in `staat`.
pub fn bij_invoer(staat: &UseStateHandle<String>) -> Callback<InputEvent> {
    let staat = staat.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(waarde) = invoer::waarde(&e) {
            staat.set(waarde);
        }
    })
}

/// An `oninput` that sends a text field's (or text area's) value to a page's
/// reducer as `stap(value)`.
pub fn bij_tekst<R: Reducible + 'static>(
    s: &UseReducerDispatcher<R>,
    stap: fn(String) -> R::Action,
) -> Callback<InputEvent> {
    let s = s.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(waarde) = invoer::waarde(&e) {
            s.dispatch(stap(waarde));
        }
    })
}
