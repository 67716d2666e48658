//! The system share sheet (`navigator.share`), where the browser has one
//! (mostly phones). Reached through `Reflect`, so web-sys needs no extra
//! features; every call is fallible.

use wasm_bindgen::{JsCast, JsValue};

fn deel_functie() -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let f = js_sys::Reflect::get(&navigator, &"share".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    Some((navigator, f))
}

/// Whether this browser offers a share sheet.
pub fn beschikbaar() -> bool {
    deel_functie().is_some()
}

/// Open the share sheet with `tekst` and `url`. `false` when it is not there,
/// or the person closed it.
pub async fn deel(tekst: &str, url: &str) -> bool {
    let Some((navigator, f)) = deel_functie() else { return false };
    let gegevens = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&gegevens, &"text".into(), &JsValue::from_str(tekst));
    let _ = js_sys::Reflect::set(&gegevens, &"url".into(), &JsValue::from_str(url));
    let Ok(belofte) = f.call1(&navigator, &gegevens) else { return false };
    let Ok(belofte) = belofte.dyn_into::<js_sys::Promise>() else { return false };
    wasm_bindgen_futures::JsFuture::from(belofte).await.is_ok()
}

/// A new random id for an invitation or reply (16 bytes from the browser's
/// cryptographic generator).
pub fn nieuw_id() -> Option<String> {
    let bytes = crate::services::crypto::willekeurig(crate::domain::kijk::ID_BYTES).ok()?;
    let mut id = [0u8; crate::domain::kijk::ID_BYTES];
    id.copy_from_slice(&bytes);
    Some(crate::domain::kijk::id_uit(&id))
}
