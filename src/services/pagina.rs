//! The document and its address: the query string and the fragment, `<html>`
//! attributes and the title, focus, folds and scrolling, printing, the crash
//! screen, the page coming back or being replaced, and the page's own flags.
//! Timers, background work and the clipboard are `services::venster`; now,
//! today's date and moments written out are `services::klok`.

use wasm_bindgen::JsCast;

/// A name for this tab, different from any other tab's: only used to tell tabs
/// apart in the stored document, never as a secret.
pub fn nieuw_id() -> String {
    format!("{:x}{:08x}", super::klok::nu_ms() as u64, (js_sys::Math::random() * f64::from(u32::MAX)) as u32)
}

/// The query string of the page itself (before the `#`), e.g. `?lang=en`.
pub fn query() -> String {
    super::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Remove `?lang=` from the address once the language is stored, so a later
/// switch is not undone by a reload of the same address.
pub fn verwijder_taal_uit_adres() {
    verwijder_uit_adres("lang");
}

/// Remove one parameter of the page's query string from the address, without
/// loading anything (`history.replaceState`): once a link's value was answered,
/// a reload or a move to another entry does not bring the question back.
pub fn verwijder_uit_adres(naam: &str) {
    let Some(window) = super::window() else { return };
    let location = window.location();
    let Ok(search) = location.search() else { return };
    if crate::domain::taal::query_waarde(&search, naam).is_none() {
        return;
    }
    let nieuw_search = crate::domain::taal::zonder_parameter(&search, naam);
    let pad = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{pad}{nieuw_search}{hash}")),
        );
    }
}

/// Keep `<html lang>` and the text-size class in step with the settings.
pub fn zet_html(taal: &str, klasse: &str, alle_klassen: &[&str]) {
    let Some(html) = super::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let _ = html.set_attribute("lang", taal);
    let lijst = html.class_list();
    for k in alle_klassen {
        let _ = lijst.remove_1(k);
    }
    let _ = lijst.add_1(klasse);
}

/// The reading comfort on `<html>` (issue 29): `data-thema` when the person chose
/// colours (none: the stylesheet follows the system), the class `ruim` for extra
/// spacing. pwa/voorscherm.js sets the same before the first paint.
pub fn zet_leescomfort(thema: Option<&str>, ruim: bool) {
    let Some(html) = super::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let _ = match thema {
        Some(t) => html.set_attribute("data-thema", t),
        None => html.remove_attribute("data-thema"),
    };
    let _ = html.class_list().toggle_with_force("ruim", ruim);
}

/// Dispatch the event `naam` on the document, for the page's own scripts.
pub fn meld(naam: &str) {
    if let (Some(d), Ok(e)) = (super::window().and_then(|w| w.document()), web_sys::Event::new(naam)) {
        let _ = d.dispatch_event(&e);
    }
}

/// The address's fragment (`#/…`), empty when there is none.
pub fn hash() -> String {
    super::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Whether the person opened the static first screen's menu before the app
/// ran (`pwa/voorscherm.js` marks `<html data-menu-open>`); asked once.
pub fn neem_menu_open() -> bool {
    let Some(html) = super::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return false;
    };
    let open = html.has_attribute("data-menu-open");
    let _ = html.remove_attribute("data-menu-open");
    open
}

pub fn zet_titel(titel: &str) {
    if let Some(d) = super::window().and_then(|w| w.document()) {
        d.set_title(titel);
    }
}

/// Move focus to the page's heading, so keyboard and screen-reader users
/// start reading at the new page instead of at the link they pressed.
pub fn focus_op_kop() {
    let Some(d) = super::window().and_then(|w| w.document()) else { return };
    if let Some(kop) =
        d.query_selector("main h1").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = kop.focus();
    }
}

pub fn focus_op(id: &str) {
    let Some(d) = super::window().and_then(|w| w.document()) else { return };
    if let Some(el) = d.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

pub fn scroll_naar_boven() {
    if let Some(w) = super::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Replace the page with a plain message after a crash. Built from text nodes
/// only, in the language `<html lang>` says, because the app itself is gone.
pub fn toon_foutscherm(titel_nl: &str, tekst_nl: &str, titel_en: &str, tekst_en: &str, link_nl: &str, link_en: &str) {
    if let Some(body) = super::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        toon_foutscherm_in(&body, [titel_nl, tekst_nl, link_nl], [titel_en, tekst_en, link_en]);
    }
}

/// The crash screen inside `doel` (the body in the app; a test's own element in tests).
pub fn toon_foutscherm_in(doel: &web_sys::Element, nl: [&str; 3], en: [&str; 3]) {
    let Some(d) = super::window().and_then(|w| w.document()) else { return };
    let engels = d.document_element().and_then(|h| h.get_attribute("lang")).as_deref() == Some("en");
    let [titel, tekst, link] = if engels { en } else { nl };
    let maak = || -> Option<()> {
        let main = d.create_element("main").ok()?;
        main.set_class_name("foutscherm");
        let h1 = d.create_element("h1").ok()?;
        h1.set_text_content(Some(titel));
        let p = d.create_element("p").ok()?;
        p.set_text_content(Some(tekst));
        let a = d.create_element("a").ok()?;
        let pad = super::window()?.location().pathname().ok()?;
        a.set_attribute("href", &pad).ok()?;
        a.set_text_content(Some(link));
        main.append_child(&h1).ok()?;
        main.append_child(&p).ok()?;
        main.append_child(&a).ok()?;
        doel.set_text_content(None);
        doel.append_child(&main).ok()?;
        Some(())
    };
    let _ = maak();
}

/// Focus the first form control inside the element with `id` and bring it into
/// view: reopening a module puts the person back at their question.
pub fn focus_in(id: &str) {
    let Some(d) = super::window().and_then(|w| w.document()) else { return };
    let Some(blok) = d.get_element_by_id(id) else { return };
    blok.scroll_into_view();
    if let Some(el) = blok
        .query_selector("input:checked, input:not([disabled]), textarea, button")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Bring an element into view only as far as needed (`block: "nearest"`), so a
/// reply that just appeared is not left under the sticky step buttons; the
/// page's `scroll-padding-bottom` keeps it clear of them.
/// [`laat_zien`] for an element a component holds (a `NodeRef`'s node).
pub fn laat_zien_knoop(knoop: Option<web_sys::Node>) {
    if let Some(el) = knoop.and_then(|k| k.dyn_into::<web_sys::Element>().ok()) {
        laat_zien(&el);
    }
}

fn document() -> Option<web_sys::Document> {
    super::window().and_then(|w| w.document())
}

/// Is there an element with this id on the page?
pub fn bestaat(id: &str) -> bool {
    document().and_then(|d| d.get_element_by_id(id)).is_some()
}

/// Open the folded part (`<details>`) with this id.
pub fn open_vouw(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = el.set_attribute("open", "");
    }
}

/// Open the first folded part that matches `selector`.
pub fn open_eerste(selector: &str) {
    if let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        let _ = el.set_attribute("open", "");
    }
}

/// Open a folded part (`vouw`) and move focus to `id` in it.
pub fn open_en_focus(vouw: &str, id: &str) {
    open_vouw(vouw);
    focus_op(id);
}

/// Bring a section's heading to the top of the screen and give it focus, so a
/// screen reader continues there too.
pub fn spring_naar(id: &str) {
    focus_op(id);
    if let Some(kop) = document().and_then(|d| d.get_element_by_id(id)) {
        kop.scroll_into_view_with_bool(true);
    }
}

/// Open the browser's print dialog (the profile's one-page sheet).
pub fn druk_af() {
    if let Some(w) = super::window() {
        let _ = w.print();
    }
}

/// Call `f` when a new version of the app is waiting (the service worker's
/// `spoorwijzer:nieuwe-versie`), and at once when the loader already saw one
/// before the app started. Keep the listener.
pub fn bij_nieuwe_versie(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let w = super::window()?;
    if vlag("__spoorwijzerNieuweVersie") {
        f();
    }
    Some(gloo::events::EventListener::new(&w, "spoorwijzer:nieuwe-versie", move |_| f()))
}

/// Bring an element into view only as far as needed (`block: "nearest"`).
pub fn laat_zien(el: &web_sys::Element) {
    let opties = web_sys::ScrollIntoViewOptions::new();
    opties.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opties);
}

/// The build's version, set by the loader (scripts/na-build.mjs); `None` in
/// test builds that have no loader.
pub fn versie() -> Option<String> {
    let window = super::window()?;
    js_sys::Reflect::get(&window, &"__spoorwijzerVersie".into()).ok()?.as_string()
}

/// Whether the page's own script set `window[naam]` to a true value.
pub fn vlag(naam: &str) -> bool {
    super::window().and_then(|w| js_sys::Reflect::get(&w, &naam.into()).ok()).is_some_and(|v| v.is_truthy())
}

/// Call `f` whenever this page comes back: restored from the back/forward
/// cache (`pageshow` with `persisted`), resumed after a freeze (`resume`), or
/// shown again after being hidden (`visibilitychange`). Keep the listeners.
pub fn bij_terugkomst(f: impl Fn() + 'static) -> Vec<gloo::events::EventListener> {
    let f = std::rc::Rc::new(f);
    let (Some(venster), Some(document)) = (super::window(), super::window().and_then(|w| w.document())) else {
        return Vec::new();
    };
    let (a, b, c) = (f.clone(), f.clone(), f);
    vec![
        gloo::events::EventListener::new(&venster, "pageshow", move |e| {
            // Read by name: the `PageTransitionEvent` type would be one more web-sys feature.
            let persisted = js_sys::Reflect::get(e, &"persisted".into()).ok().and_then(|v| v.as_bool());
            if persisted == Some(true) {
                a();
            }
        }),
        gloo::events::EventListener::new(&document, "resume", move |_| b()),
        gloo::events::EventListener::new(&document, "visibilitychange", {
            let document = document.clone();
            move |_| {
                if !document.hidden() {
                    c();
                }
            }
        }),
    ]
}

/// Load the page again (the newer version open elsewhere takes over).
/// Go to `adres` in place: Back does not return to the page left.
pub fn vervang_adres(adres: &str) {
    if let Some(window) = super::window() {
        let _ = window.location().replace(adres);
    }
}

pub fn herlaad() {
    if let Some(w) = super::window() {
        let _ = w.location().reload();
    }
}
