//! Loads the words of one language from the app's own origin: the wasm holds
//! only keys (see `domain::tekst`). The loader written by `scripts/na-build.mjs`
//! names this build's files (`window.__spoorwijzerTekstbestanden`) and starts
//! fetching the person's language while the wasm still downloads
//! (`window.__spoorwijzerTekstenVooraf`). The service worker keeps both
//! languages, so they load offline after one visit.

use std::future::Future;

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::taal::Taal;
use crate::domain::tekstbestand::{self, deel_geladen, Deel};

#[derive(Debug, Clone, PartialEq)]
pub enum LaadFout {
    /// No answer, or not a good one (offline before the first visit, blocked).
    Netwerk,
    /// The file came but is not whole or not this build's.
    Bestand,
}

fn venster_waarde(naam: &str) -> Option<JsValue> {
    let w = web_sys::window()?;
    Reflect::get(&w, &JsValue::from_str(naam)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// The name of a part's file in the loader's lists: `nl`, `tijdlijn-nl`.
fn naam(taal: Taal, deel: Deel) -> String {
    match deel {
        Deel::Basis => taal.code().to_string(),
        d => format!("{}-{}", d.code(), taal.code()),
    }
}

/// This build's file; without the loader's list (a test page), the plain name.
fn adres(taal: Taal, deel: Deel) -> String {
    venster_waarde("__spoorwijzerTekstbestanden")
        .and_then(|b| Reflect::get(&b, &JsValue::from_str(&naam(taal, deel))).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("teksten-{}.txt", naam(taal, deel)))
}

/// The fetch the loader began for this file, if it did.
async fn vooraf(taal: Taal, deel: Deel) -> Option<String> {
    let v = venster_waarde("__spoorwijzerTekstenVooraf")?;
    let belofte = Reflect::get(&v, &JsValue::from_str(&naam(taal, deel))).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(belofte).await.ok()?.as_string()
}

async fn haal(taal: Taal, deel: Deel) -> Result<String, LaadFout> {
    let w = web_sys::window().ok_or(LaadFout::Netwerk)?;
    let antwoord = JsFuture::from(w.fetch_with_str(&adres(taal, deel))).await.map_err(|_| LaadFout::Netwerk)?;
    let antwoord: web_sys::Response = antwoord.dyn_into().map_err(|_| LaadFout::Netwerk)?;
    if !antwoord.ok() {
        return Err(LaadFout::Netwerk);
    }
    let tekst = antwoord.text().map_err(|_| LaadFout::Netwerk)?;
    JsFuture::from(tekst).await.map_err(|_| LaadFout::Netwerk)?.as_string().ok_or(LaadFout::Bestand)
}

/// Make `taal`'s basis texts available; does nothing when they already are.
/// `nodig`: the keys of every interface text (`content::teksten::SLEUTELS`);
/// a file without one of them (another build's) would leave empty places, so
/// it is refused whole.
pub fn laad(taal: Taal, nodig: &'static [u32]) -> impl Future<Output = Result<(), LaadFout>> {
    laad_met(taal, Deel::Basis, nodig)
}

/// [`laad`] in the background, then `klaar(gelukt)`.
pub fn laad_dan(taal: Taal, nodig: &'static [u32], klaar: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        klaar(laad_met(taal, Deel::Basis, nodig).await.is_ok());
    });
}

/// Make one further part of `taal`'s texts available (the timeline's); does
/// nothing when it already is.
pub fn laad_deel(taal: Taal, deel: Deel) -> impl Future<Output = Result<(), LaadFout>> {
    laad_met(taal, deel, &[])
}

async fn laad_met(taal: Taal, deel: Deel, nodig: &'static [u32]) -> Result<(), LaadFout> {
    if deel_geladen(taal, deel).is_some() {
        return Ok(());
    }
    let inhoud = match vooraf(taal, deel).await {
        Some(t) => t,
        None => haal(taal, deel).await?,
    };
    let tabel = tekstbestand::lees(&inhoud, taal, deel).map_err(|_| LaadFout::Bestand)?;
    // A file of another build would leave empty places: refuse it whole.
    if !nodig.iter().all(|k| tabel.zoek(*k).is_some()) {
        return Err(LaadFout::Bestand);
    }
    tekstbestand::zet(tabel);
    Ok(())
}

/// Tell the static first screen (pwa/voorscherm.js) that the app cannot
/// start, so it says so in plain words in the person's language.
pub fn meld_mislukt(fout: &LaadFout) {
    web_sys::console::error_1(&format!("Spoorwijzer: texts could not load ({fout:?})").into());
    if let Some(w) = web_sys::window() {
        if let Ok(e) = web_sys::Event::new("spoorwijzer:laden-mislukt") {
            let _ = w.dispatch_event(&e);
        }
    }
}
