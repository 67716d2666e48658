//! Reading aloud with the browser's speech synthesis (issue 29), only with a
//! voice that runs on the device (`domain::voorlezen::kies_stem`): a network
//! voice would send the text away. Nothing speaks unless the person pressed
//! "Lees voor"; it stops on a new page (the button's component) and when the
//! page is hidden.
//!
//! What is read: the `span.zin` pieces inside one element, in page order
//! (`ui::components::voorlezen::zinnen` writes them), one sentence per
//! utterance; the one being read carries the class `voorgelezen`.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::domain::taal::Taal;
use crate::domain::voorlezen::{kies_stem, Stem};

const KLASSE: &str = "voorgelezen";

#[derive(Default)]
struct Lezer {
    /// Raised by every start and stop: an old utterance's end does nothing.
    ronde: u32,
    zinnen: Vec<Element>,
    /// The utterance being spoken: some engines drop its events once nothing holds it.
    huidige: Option<SpeechSynthesisUtterance>,
    klaar: Option<Box<dyn Fn()>>,
    luistert: Option<[gloo::events::EventListener; 2]>,
}

thread_local! {
    static LEZER: RefCell<Lezer> = RefCell::default();
}

fn synth() -> Option<SpeechSynthesis> {
    super::window()?.speech_synthesis().ok()
}

/// The voice on this device for `taal`, if there is one. Some engines list
/// their voices only later: see [`bij_stemmen`].
pub fn stem(taal: Taal) -> Option<SpeechSynthesisVoice> {
    let stemmen: Vec<SpeechSynthesisVoice> =
        synth()?.get_voices().iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).collect();
    let gegevens: Vec<(String, bool, String)> = stemmen.iter().map(|v| (v.lang(), v.local_service(), v.name())).collect();
    let lijst: Vec<Stem> = gegevens.iter().map(|(l, lokaal, n)| (l.as_str(), *lokaal, n.as_str())).collect();
    kies_stem(&lijst, taal).map(|i| stemmen[i].clone())
}

/// Call `f` when the list of voices changes (`voiceschanged`). Keep the listener.
pub fn bij_stemmen(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let synth = synth()?;
    Some(gloo::events::EventListener::new(&synth, "voiceschanged", move |_| f()))
}

/// Read the sentences inside `doel` aloud in `taal`, one at a time; `klaar`
/// is called when the last one was read or reading stopped.
pub fn lees(doel: &Element, taal: Taal, klaar: impl Fn() + 'static) {
    stop();
    let (Some(_), Some(_)) = (synth(), stem(taal)) else {
        klaar();
        return;
    };
    let zinnen: Vec<Element> = match doel.query_selector_all(".zin") {
        Ok(lijst) => (0..lijst.length()).filter_map(|i| lijst.item(i)?.dyn_into::<Element>().ok()).collect(),
        Err(_) => Vec::new(),
    };
    let ronde = LEZER.with_borrow_mut(|l| {
        l.zinnen = zinnen;
        l.klaar = Some(Box::new(klaar));
        if l.luistert.is_none() {
            l.luistert = luister();
        }
        l.ronde
    });
    spreek(ronde, 0, taal);
}

/// A hidden page (another app, the phone locked) or a page being left stops reading.
fn luister() -> Option<[gloo::events::EventListener; 2]> {
    let venster = super::window()?;
    let document = venster.document()?;
    Some([
        gloo::events::EventListener::new(&document, "visibilitychange", {
            let document = document.clone();
            move |_| {
                if document.hidden() {
                    stop();
                }
            }
        }),
        gloo::events::EventListener::new(&venster, "pagehide", |_| stop()),
    ])
}

fn spreek(ronde: u32, i: usize, taal: Taal) {
    let volgende = LEZER.with_borrow(|l| {
        if l.ronde != ronde {
            return None;
        }
        if let Some(vorige) = i.checked_sub(1).and_then(|v| l.zinnen.get(v)) {
            let _ = vorige.class_list().remove_1(KLASSE);
        }
        l.zinnen.get(i).cloned()
    });
    let Some(zin) = volgende else {
        if LEZER.with_borrow(|l| l.ronde == ronde) {
            stop();
        }
        return;
    };
    let tekst = zin.text_content().unwrap_or_default();
    let (Some(synth), Some(stem), Ok(uiting)) =
        (synth(), stem(taal), SpeechSynthesisUtterance::new_with_text(tekst.trim()))
    else {
        stop();
        return;
    };
    if tekst.trim().is_empty() {
        return spreek(ronde, i + 1, taal);
    }
    let _ = zin.class_list().add_1(KLASSE);
    uiting.set_voice(Some(&stem));
    uiting.set_lang(&stem.lang());
    let verder = Closure::<dyn FnMut()>::new(move || spreek(ronde, i + 1, taal));
    uiting.set_onend(Some(verder.as_ref().unchecked_ref()));
    // An engine that fails stops reading, and says so by its button.
    let fout = Closure::<dyn FnMut()>::new(move || {
        if LEZER.with_borrow(|l| l.ronde == ronde) {
            stop();
        }
    });
    uiting.set_onerror(Some(fout.as_ref().unchecked_ref()));
    verder.forget();
    fout.forget();
    synth.speak(&uiting);
    LEZER.with_borrow_mut(|l| l.huidige = Some(uiting));
}

/// Stop reading, take the highlight away, and let the button know.
pub fn stop() {
    let (zinnen, klaar, huidige) = LEZER.with_borrow_mut(|l| {
        l.ronde = l.ronde.wrapping_add(1);
        (std::mem::take(&mut l.zinnen), l.klaar.take(), l.huidige.take())
    });
    if huidige.is_some() {
        if let Some(s) = synth() {
            s.cancel();
        }
    }
    for z in zinnen {
        let _ = z.class_list().remove_1(KLASSE);
    }
    if let Some(k) = klaar {
        k();
    }
}
