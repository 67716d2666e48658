//! What a form field says: the value of the input, text area or list an event
//! came from, read here so pages and components never name browser types.

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement};

/// The value of the field `e` came from (`input`, `change`). Read as an
/// input's `value`, which text areas and choice lists have just the same:
/// no type check, so no extra import per field type in the wasm.
pub fn waarde(e: &Event) -> Option<String> {
    e.target().map(|doel| doel.unchecked_into::<HtmlInputElement>().value())
}
