//! What a form field says: the value of the input, text area or list an event
//! came from, read here so pages and components never name browser types.

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The value of the field `e` came from (`input`, `change`), or `None` when it
/// did not come from a text field, a text area or a choice list.
pub fn waarde(e: &Event) -> Option<String> {
    let doel = e.target()?;
    if let Some(vak) = doel.dyn_ref::<HtmlTextAreaElement>() {
        return Some(vak.value());
    }
    if let Some(veld) = doel.dyn_ref::<HtmlInputElement>() {
        return Some(veld.value());
    }
    doel.dyn_ref::<HtmlSelectElement>().map(|lijst| lijst.value())
}
