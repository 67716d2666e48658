//! Offering text as a file download, without any server.

use wasm_bindgen::JsCast;

/// Start a download of `inhoud` as `naam`. Returns false when the browser
/// refused (then the UI offers the text to copy instead).
pub fn download(naam: &str, mime: &str, inhoud: &str) -> bool {
    let poging = || -> Option<()> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let delen = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(inhoud));
        let opties = web_sys::BlobPropertyBag::new();
        opties.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&delen, &opties).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(naam);
        a.set_attribute("hidden", "").ok()?;
        let body = document.body()?;
        body.append_child(&a).ok()?;
        a.click();
        body.remove_child(&a).ok()?;
        // Revoke later: some engines read the URL after click() returns.
        let url_later = url.clone();
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url_later);
        })
        .forget();
        Some(())
    };
    poging().is_some()
}

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeesFout {
    /// Larger than the limit: refused before reading a single byte.
    TeGroot,
    Onleesbaar,
}

/// The file picked in an `<input type="file">`, if any.
pub fn gekozen_bestand(invoer: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    invoer.files().and_then(|lijst| lijst.get(0))
}

/// Read a picked file as text (UTF-8), refusing files over `max` bytes unread.
pub async fn lees_tekst(bestand: &web_sys::File, max: usize) -> Result<String, LeesFout> {
    if bestand.size() > max as f64 {
        return Err(LeesFout::TeGroot);
    }
    let tekst = wasm_bindgen_futures::JsFuture::from(bestand.text()).await.map_err(|_| LeesFout::Onleesbaar)?;
    tekst.as_string().ok_or(LeesFout::Onleesbaar)
}
