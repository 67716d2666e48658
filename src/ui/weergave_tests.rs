//! The app's real pages, rendered natively (yew's server renderer, test-only):
//! "the page for route X, with this document, in this language" gives its HTML
//! and the text a person reads on it, in order. The text tests read pages from
//! here instead of a hand-kept copy of each page's order (`content::glossen_tests`).
//!
//! A page is rendered as the app shows it: the entry's page table
//! (`pages::toon(pages::tabel(ingang), route)`) inside the router and the store,
//! under the header (`Kop`), as `ui::app::Schil` puts it. The store starts from a
//! plain [`Dokument`] (`Staat::met_dokument`), not from storage; effects do not run
//! in a server render, so nothing is written and no browser API is touched. The
//! router is a memory history at the route's path (with `query`, if given).
//!
//! **Text.** Tags are stripped and entities decoded. Block elements (headings,
//! paragraphs, list items, labels, legends, summaries, buttons, cells…) end a
//! unit, so a heading or a button is a unit of its own; units are then split
//! into sentences by the readability rules (`leesbaarheid_tests::zinnen`).
//! A definition list's term and its definition are one unit, "term: definition"
//! (unless the term ends a sentence itself, as a question does).
//! Folded parts (`<details>`) count as open: their content is in the HTML.
//! How it is read ([`Lezen`]) decides which hidden parts count.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;
use yew_router::Routable;

use crate::domain::dokument::Dokument;
use crate::domain::taal::Taal;
use crate::domain::tijdlijn::datum::Datum;
use crate::ui::components::kop::Kop;
use crate::ui::pages;
use crate::ui::route::{Ingang, Route};
use crate::ui::winkel::{self, Staat, WinkelProvider};

/// One page to render.
#[derive(Clone)]
pub(crate) struct Weergave {
    pub route: Route,
    pub dokument: Dokument,
    pub taal: Taal,
    /// The address's own query after the route (`?start=…`), without `?`.
    pub query: String,
    /// With the header above the page (the subtitle and the menu), as in the app.
    pub met_kop: bool,
    /// Today, for every page that reads the clock (noon of this day, for a moment).
    pub vandaag: Datum,
    /// The entry it runs in; `None`: the one that shows the route (a page of
    /// every entry, the help page, then runs in the candidate's).
    pub ingang: Option<Ingang>,
}

impl Weergave {
    /// `route` for a person who has nothing stored yet, in Dutch, with the header.
    pub fn nieuw(route: Route) -> Weergave {
        Weergave {
            route,
            dokument: Dokument::default(),
            taal: Taal::Nl,
            query: String::new(),
            met_kop: true,
            vandaag: vaste_dag(),
            ingang: None,
        }
    }
    /// Rendered in `ingang` (each entry has its own header, issue 28).
    pub fn in_ingang(mut self, ingang: Ingang) -> Weergave {
        self.ingang = Some(ingang);
        self
    }
    pub fn met(mut self, dokument: Dokument) -> Weergave {
        self.dokument = dokument;
        self
    }
    pub fn in_taal(mut self, taal: Taal) -> Weergave {
        self.taal = taal;
        self
    }
    pub fn zonder_kop(mut self) -> Weergave {
        self.met_kop = false;
        self
    }

    /// The entry that shows this route (`Route::woont_in`), as the app would load it.
    fn ingang(&self) -> Ingang {
        if let Some(i) = self.ingang {
            return i;
        }
        Ingang::ALLE.into_iter().find(|i| self.route.woont_in(*i)).unwrap_or(Ingang::Kandidaat)
    }

    /// The page's HTML, rendered by the app's own components.
    pub fn html(&self) -> String {
        self.render(false)
    }

    fn render(&self, schil: bool) -> String {
        let mut dokument = self.dokument.clone();
        dokument.instellingen.taal = Some(self.taal);
        let ingang = self.ingang();
        crate::ui::route::zet_ingang(ingang);
        crate::ui::components::kop::zet_eigen_kop(crate::ui::components::kop::kop_van(ingang));
        let pad = match self.query.as_str() {
            "" => self.route.to_path(),
            q => format!("{}?{q}", self.route.to_path()),
        };
        let props = ProefProps { route: self.route.clone(), pad, ingang, met_kop: self.met_kop, schil };
        // The store's start state is taken by `WinkelProvider` on its first render, on this thread.
        winkel::zet_startstaat(Staat::met_dokument(dokument));
        crate::services::klok::zet_vandaag(Some(self.vandaag));
        crate::services::klok::zet_nu_ms(Some(
            f64::from(self.vandaag.dagen_sinds_epoch()) * 86_400_000.0 + 12.0 * 3_600_000.0,
        ));
        let html = RUNTIME.with(|rt| {
            tokio::task::LocalSet::new()
                .block_on(rt, yew::LocalServerRenderer::<Proef>::with_props(props).hydratable(false).render())
        });
        assert!(!html.contains("class=\"laden\""), "{:?} rendered no page, only “loading”: {html}", self.route);
        html
    }

    /// The whole screen as the app's first render draws it into `<body>`: the
    /// app's own frame (`ui::app::Schil`: header, page, footer) around the page.
    /// The static first screen is this HTML (`content::voorscherm`).
    pub fn scherm_html(&self) -> String {
        // The frame waits for a part's texts (the timeline's) as the app does: here they are read from the files.
        use crate::domain::tekstbestand::{self, Deel};
        for deel in Deel::ALLE {
            if tekstbestand::deel_geladen(self.taal, deel).is_none() {
                let naam = match deel {
                    Deel::Basis => format!("pwa/teksten.{}.txt", self.taal.code()),
                    d => format!("pwa/teksten-{}.{}.txt", d.code(), self.taal.code()),
                };
                let inhoud = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(naam))
                    .expect("a text file");
                tekstbestand::zet(tekstbestand::lees(&inhoud, self.taal, deel).expect("a sound text file"));
            }
        }
        self.render(true)
    }

    /// The text units of the page as read in `lezen`, in document order.
    pub fn tekst(&self, lezen: Lezen) -> Vec<String> {
        tekst_uit(&self.html(), lezen, &[])
    }

    /// The same, without the elements of the classes in `weglaten`.
    pub fn tekst_zonder(&self, lezen: Lezen, weglaten: &[&str]) -> Vec<String> {
        tekst_uit(&self.html(), lezen, weglaten)
    }
}

thread_local! {
    /// One runtime per test thread for every render on it.
    static RUNTIME: tokio::runtime::Runtime =
        tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
}

/// Render a piece of markup on its own (an icon), natively.
pub(crate) fn render_los(maak: fn() -> Html) -> String {
    #[derive(Properties)]
    struct LosProps {
        maak: fn() -> Html,
    }
    /// Rendered once: nothing to compare (function pointers do not compare reliably anyway).
    impl PartialEq for LosProps {
        fn eq(&self, _: &Self) -> bool {
            true
        }
    }
    #[component]
    fn Los(props: &LosProps) -> Html {
        (props.maak)()
    }
    RUNTIME.with(|rt| {
        tokio::task::LocalSet::new()
            .block_on(rt, yew::LocalServerRenderer::<Los>::with_props(LosProps { maak }).hydratable(false).render())
    })
}

/// The fixed today of the rendered pages, unless a test gives its own.
pub(crate) fn vaste_dag() -> Datum {
    Datum::new(2026, 3, 2).expect("a date")
}

#[derive(Properties, PartialEq)]
struct ProefProps {
    route: Route,
    pad: String,
    ingang: Ingang,
    met_kop: bool,
    /// The app's whole frame (`Schil`) instead of the header and the page.
    schil: bool,
}

/// The app's frame for one page (`ui::app::App` and `Schil`, without what needs a
/// browser: the hash router, the loading of text files, focus and scroll).
#[component]
fn Proef(props: &ProefProps) -> Html {
    let history = use_memo(props.pad.clone(), |pad| AnyHistory::from(MemoryHistory::with_entries([pad.as_str()])));
    if props.schil {
        let tabel = pages::tabel(props.ingang);
        let pagina = Callback::from(move |route: Route| pages::toon(tabel, route));
        return html! {
            <Router history={Rc::unwrap_or_clone(history)}>
                <WinkelProvider>
                    <crate::ui::app::Schil pagina={pagina} />
                </WinkelProvider>
            </Router>
        };
    }
    let pagina = pages::toon(pages::tabel(props.ingang), props.route.clone());
    html! {
        <Router history={Rc::unwrap_or_clone(history)}>
            <WinkelProvider>
                if props.met_kop {
                    <Kop route={props.route.clone()} />
                }
                <main id="inhoud">{ pagina }</main>
            </WinkelProvider>
        </Router>
    }
}

/// How a page is read: which hidden parts count.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Lezen {
    /// With a screen reader: parts hidden from assistive technology (`aria-hidden`)
    /// left out, texts only for it (`sr-only`) in.
    Schermlezer,
    /// With the eyes: `sr-only` texts and what the screen's style hides
    /// ([`SCHERM_VERBORGEN`]) left out, `aria-hidden` ones in.
    Zicht,
    /// On paper: what the print style hides ([`PAPIER_VERBORGEN`]), hidden parts
    /// and folded parts (a closed `<details>`, which prints closed) left out.
    Papier,
}

/// Classes the screen's style never shows (`display: none` outside `@media`
/// in `styles/`): the print sheets.
const SCHERM_VERBORGEN: &[&str] = &["gespreksblad", "tl-printregel", "tl-printblad"];

/// Classes `@media print` hides (`styles/app.css`, `styles/tijdlijn.css`).
const PAPIER_VERBORGEN: &[&str] = &[
    "kop",
    "voet",
    "meldingen",
    "knop",
    "knoppen",
    "naar-inhoud",
    "niet-printen",
    "alleen-scherm",
    "tl-formulier",
    "tl-acties",
    "tl-legenda",
    "tl-stand",
    "tl-alle",
    "tl-uitleg",
    "tl-komt",
    "tl-beeld-uitleg",
    "tl-kaart",
    "tl-module",
    "tl-sanctielink",
];

/// Elements whose start and end end a unit of text.
const BLOK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "button",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "label",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "section",
    "select",
    "summary",
    "table",
    "td",
    "textarea",
    "th",
    "tr",
    "ul",
];

/// Elements that hold no text of their own.
const LEEG: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// Elements whose content is never read as text.
const NOOIT: &[&str] = &["script", "style", "svg", "template"];

/// The value of attribute `naam` in a start tag's inside (`p class="a b"`).
fn attribuut<'a>(tag: &'a str, naam: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(p) = rest.find(naam) {
        let voor = rest[..p].chars().next_back();
        let na = &rest[p + naam.len()..];
        if voor.is_some_and(char::is_whitespace) {
            if let Some(w) = na.strip_prefix("=\"") {
                return w.split('"').next();
            }
            if !na.starts_with('=') && !na.starts_with('-') {
                return Some("");
            }
        }
        rest = na;
    }
    None
}

/// Whether an element (its start tag's inside) is left out in this reading.
/// Parts hidden until a tap (`hidden`: the menu on a phone) count, as folded parts do.
fn verborgen(tag: &str, naam: &str, lezen: Lezen) -> bool {
    if NOOIT.contains(&naam) {
        return true;
    }
    let klasse =
        |lijst: &[&str]| attribuut(tag, "class").is_some_and(|c| c.split_whitespace().any(|k| lijst.contains(&k)));
    match lezen {
        Lezen::Schermlezer => attribuut(tag, "aria-hidden") == Some("true"),
        Lezen::Zicht => klasse(&["sr-only"]) || klasse(SCHERM_VERBORGEN),
        // A folded part prints folded: its content stays off paper.
        Lezen::Papier => {
            attribuut(tag, "hidden").is_some()
                || klasse(PAPIER_VERBORGEN)
                || (naam == "details" && attribuut(tag, "open").is_none())
        }
    }
}

/// Decode the entities the renderer writes (and numeric ones).
fn ontcijfer(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut rest = tekst;
    while let Some(p) = rest.find('&') {
        uit.push_str(&rest[..p]);
        rest = &rest[p..];
        let eind = rest.find(';').filter(|e| *e <= 10);
        let teken = eind.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            n if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32)
            }
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (teken, eind) {
            (Some(c), Some(e)) => {
                uit.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                uit.push('&');
                rest = &rest[1..];
            }
        }
    }
    uit.push_str(rest);
    uit
}

/// The text units of an HTML string, in order (see the module documentation).
/// Elements with a class in `weglaten` are left out too.
pub(crate) fn tekst_uit(html: &str, lezen: Lezen, weglaten: &[&str]) -> Vec<String> {
    let mut units = Vec::new();
    let mut huidig = String::new();
    // Open elements: name, and whether this one is left out.
    let mut open: Vec<(String, bool)> = Vec::new();
    let sluit_af = |huidig: &mut String, units: &mut Vec<String>| {
        let schoon = ontcijfer(huidig).split_whitespace().collect::<Vec<_>>().join(" ");
        if !schoon.is_empty() {
            units.push(schoon);
        }
        huidig.clear();
    };
    // A tag passed since the last text: two texts that meet there without a space,
    // a word or a sentence end against a word ("Wie ben ik?" and "Hier denk je…"
    // in two spans a style sets apart), are two units; "<strong>UWV</strong>: …" is one.
    let mut grens = false;
    let neem = |stuk: &str, huidig: &mut String, units: &mut Vec<String>, grens: &mut bool| {
        if stuk.is_empty() {
            return;
        }
        let los = huidig.chars().next_back().is_some_and(|c| !c.is_whitespace())
            && ontcijfer(stuk).chars().next().is_some_and(char::is_alphanumeric);
        if std::mem::take(grens) && los {
            sluit_af(huidig, units);
        }
        huidig.push_str(stuk);
    };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(p) = rest.find('<') else {
            if !open.iter().any(|(_, weg)| *weg) {
                neem(rest, &mut huidig, &mut units, &mut grens);
            }
            break;
        };
        if !open.iter().any(|(_, weg)| *weg) {
            neem(&rest[..p], &mut huidig, &mut units, &mut grens);
        }
        grens = true;
        rest = &rest[p..];
        if let Some(na) = rest.strip_prefix("<!--") {
            rest = na.find("-->").map_or("", |e| &na[e + 3..]);
            continue;
        }
        let eind = rest.find('>').expect("a closed tag");
        let tag = &rest[1..eind];
        rest = &rest[eind + 1..];
        if let Some(naam) = tag.strip_prefix('/') {
            let naam = naam.trim().to_ascii_lowercase();
            // A term of a definition list and its definition read as one: "term: definition".
            if naam == "dt"
                && rest.trim_start().starts_with("<dd")
                && !ontcijfer(&huidig).trim_end().ends_with(['.', '?', '!', ':'])
            {
                let term = huidig.trim_end().to_string();
                huidig = format!("{term}: ");
                open.pop();
                rest = &rest[rest.find('>').map_or(rest.len(), |e| e + 1)..];
                open.push(("dd".into(), false));
                grens = false;
                continue;
            }
            if BLOK.contains(&naam.as_str()) {
                sluit_af(&mut huidig, &mut units);
            }
            if let Some(i) = open.iter().rposition(|(n, _)| *n == naam) {
                open.truncate(i);
            }
            continue;
        }
        let naam: String =
            tag.trim_end_matches('/').split(|c: char| c.is_whitespace()).next().unwrap_or("").to_ascii_lowercase();
        if BLOK.contains(&naam.as_str()) {
            sluit_af(&mut huidig, &mut units);
        }
        if !LEEG.contains(&naam.as_str()) && !tag.ends_with('/') {
            let weg = verborgen(tag, &naam, lezen)
                || attribuut(tag, "class").is_some_and(|c| c.split_whitespace().any(|k| weglaten.contains(&k)));
            open.push((naam.clone(), weg));
        }
    }
    sluit_af(&mut huidig, &mut units);
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_read_in_units_with_hidden_parts_as_the_reading_says() {
        let html = "<h1>Kop</h1><p>Een <strong>vet</strong> woord &amp; meer.<br>Regel</p>\
                    <a><span>Wie ben ik?</span><span>Hier</span></a><p><b>UWV</b>: de dienst.</p>\
                    <span class=\"sr-only\">Voor de lezer</span><span aria-hidden=\"true\">·</span>\
                    <button>Ja</button><svg><title>icoon</title></svg><details><summary>Meer</summary><p>Open</p></details>\
                    <dl><dt>UWV</dt><dd>De dienst.</dd></dl>";
        assert_eq!(
            tekst_uit(html, Lezen::Zicht, &[]),
            [
                "Kop",
                "Een vet woord & meer.",
                "Regel",
                "Wie ben ik?",
                "Hier",
                "UWV: de dienst.",
                "·",
                "Ja",
                "Meer",
                "Open",
                "UWV: De dienst."
            ]
        );
        assert_eq!(
            tekst_uit(html, Lezen::Schermlezer, &[]),
            [
                "Kop",
                "Een vet woord & meer.",
                "Regel",
                "Wie ben ik?",
                "Hier",
                "UWV: de dienst.",
                "Voor de lezer",
                "Ja",
                "Meer",
                "Open",
                "UWV: De dienst."
            ]
        );
    }

    /// The classes each reading leaves out are hidden by the app's own style.
    #[test]
    fn the_hidden_classes_are_hidden_by_the_style() {
        let css: String = ["styles/app.css", "styles/tijdlijn.css"]
            .iter()
            .map(|f| std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(f)).unwrap())
            .collect();
        let papier = &css[css.find("@media print").unwrap()..];
        for (lijst, waar) in [(SCHERM_VERBORGEN, &css[..]), (PAPIER_VERBORGEN, papier)] {
            for k in lijst {
                let verborgen = waar.match_indices(&format!(".{k}")).any(|(i, _)| {
                    let rest = &waar[i + k.len() + 1..];
                    !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                        && rest.split('}').next().is_some_and(|r| r.contains("display: none"))
                });
                assert!(verborgen, ".{k} is not hidden by a `display: none` rule");
            }
        }
    }

    #[test]
    fn the_home_page_renders_natively_with_its_own_texts() {
        let tekst = Weergave::nieuw(Route::Home).tekst(Lezen::Zicht);
        let t = &crate::content::teksten::NL;
        for x in [t.home_titel, t.nav_home, t.home_kies_titel, t.app_ondertitel] {
            assert!(tekst.iter().any(|u| u == x), "{x} not on the home page: {tekst:#?}");
        }
    }
}

#[cfg(test)]
mod elke_pagina {
    use super::*;

    /// Every address of the app renders natively, in both languages, to a page with text:
    /// the harness reaches every page the text tests may read.
    #[test]
    fn every_address_renders_natively_in_both_languages() {
        for (pad, route) in crate::ui::route::alle_adressen() {
            for taal in Taal::ALLE {
                let w = Weergave::nieuw(route.clone()).in_taal(taal);
                let r = std::panic::catch_unwind(|| w.tekst(Lezen::Zicht));
                match r {
                    Ok(t) => assert!(t.len() > 5, "{pad} ({taal:?}) has almost no text: {t:?}"),
                    Err(_) => panic!("{pad} ({taal:?}) does not render natively"),
                }
            }
        }
    }
}
