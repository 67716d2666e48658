//! Copying to the clipboard, with the fallbacks older or stricter browsers need.

use wasm_bindgen::JsCast;

/// Copy text: the Clipboard API where allowed, else select the field and use
/// the older copy command. `false` when neither worked: the person copies by hand.
pub async fn kopieer_tekst(tekst: &str, veld_id: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let klembord = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok().filter(|k| !k.is_undefined());
    if let Some(klembord) = klembord {
        let schrijf = js_sys::Reflect::get(&klembord, &"writeText".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(schrijf) = schrijf {
            if let Ok(p) = schrijf.call1(&klembord, &tekst.into()) {
                if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                    if wasm_bindgen_futures::JsFuture::from(p).await.is_ok() {
                        return true;
                    }
                }
            }
        }
    }
    let Some(document) = window.document() else { return false };
    let Some(element) = document.get_element_by_id(veld_id) else { return false };
    match element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(veld) => {
            let _ = veld.focus();
            veld.select();
        }
        // Plain text (the code): select it, so it is also ready to copy by hand.
        None => selecteer_inhoud(&window, &element),
    }
    document.dyn_into::<web_sys::HtmlDocument>().ok().and_then(|h| h.exec_command("copy").ok()).unwrap_or(false)
}

/// `getSelection().selectAllChildren(element)`, through `Reflect` so web-sys
/// needs no extra features for this one fallback.
fn selecteer_inhoud(window: &web_sys::Window, element: &web_sys::Element) {
    let functie = |doel: &wasm_bindgen::JsValue, naam: &str| {
        js_sys::Reflect::get(doel, &naam.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    let Some(selectie) = functie(window, "getSelection").and_then(|f| f.call0(window).ok()) else { return };
    if selectie.is_null() || selectie.is_undefined() {
        return;
    }
    if let Some(kies) = functie(&selectie, "selectAllChildren") {
        let _ = kies.call1(&selectie, element);
    }
}
