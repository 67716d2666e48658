//! The app's addresses. Hash URLs (`#/tijdlijn`) work on any static host
//! without rewrite rules, and inside an iframe on a practice's website.

use std::cell::Cell;

use yew_router::prelude::*;

/// The entries of the build, each its own HTML file and wasm binary. Yew 0.23
/// and Trunk 0.21 cannot split one binary, so the pages a candidate does not
/// need to start (the timeline, sharing, the coach's side) are entries of their
/// own, and the first load carries only the start, the modules and the
/// profile (issue 14).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ingang {
    /// `index.html` (the folder's own address): the start, the modules, the profile.
    Kandidaat,
    /// `tijdlijn.html`: the timeline.
    Tijdlijn,
    /// `delen.html`: sharing with a coach, the save file, and "Kijk van een ander".
    Delen,
    /// `coach.html`: the link builder and the shared view.
    Coach,
}

impl Ingang {
    pub const ALLE: [Ingang; 4] = [Ingang::Kandidaat, Ingang::Tijdlijn, Ingang::Delen, Ingang::Coach];

    /// The entry's file, relative to the app's folder. The candidate's is the
    /// folder itself (`./`), the address people already have.
    pub fn bestand(self) -> &'static str {
        match self {
            Ingang::Kandidaat => "./",
            Ingang::Tijdlijn => "tijdlijn.html",
            Ingang::Delen => "delen.html",
            Ingang::Coach => "coach.html",
        }
    }
}

thread_local! {
    /// The entry this binary is; set once at start (`ui::start_met`).
    static HUIDIGE_INGANG: Cell<Ingang> = const { Cell::new(Ingang::Kandidaat) };
}

/// Set which entry is running, before the first render.
pub fn zet_ingang(ingang: Ingang) {
    HUIDIGE_INGANG.with(|h| h.set(ingang));
}

/// The entry that is running.
pub fn ingang() -> Ingang {
    HUIDIGE_INGANG.with(Cell::get)
}

#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/wie-ben-ik")]
    WieBenIk,
    #[at("/wat-kan-ik")]
    WatKanIk,
    #[at("/wat-wil-ik")]
    WatWilIk,
    #[at("/energie")]
    Energie,
    #[at("/zorgen")]
    Zorgen,
    #[at("/stappen")]
    Stappen,
    #[at("/verlies-en-betekenis")]
    VerliesEnBetekenis,
    #[at("/tijdlijn")]
    Tijdlijn,
    #[at("/profiel")]
    Profiel,
    #[at("/delen")]
    Delen,
    #[at("/coach")]
    Coach,
    #[at("/privacy")]
    Privacy,
    /// Where to turn when it weighs too much: shown by every entry itself (issue 23).
    #[at("/hulp")]
    Hulp,
    /// Where the questions come from, with every module's licence note.
    #[at("/over-de-vragen")]
    OverDeVragen,
    /// "Kijk van een ander": the candidate invites someone and keeps their replies.
    #[at("/anderen")]
    Anderen,
    /// An invitation, opened by the trusted person: only an id, the questions and a name.
    #[at("/kijk/:payload")]
    KijkVraag { payload: String },
    /// A trusted person's encrypted reply, opened by the candidate.
    #[at("/kijk-terug/:payload")]
    KijkTerug { payload: String },
    /// A shared result, opened by the coach: the data lives only in this fragment.
    #[at("/gedeeld/:payload")]
    Gedeeld { payload: String },
    /// A step of a module with one segment: `#/wie-ben-ik/terugblik`, `#/wie-ben-ik/klaar`
    /// or `#/wie-ben-ik/2` (the first question of part 2).
    #[at("/:module/:deel")]
    ModuleStap { module: String, deel: String },
    /// One question of a module: `#/wie-ben-ik/2/3` is part 2, question 3 (counted from 1,
    /// as people count), so the browser's Back and a reload keep the person's place.
    #[at("/:module/:deel/:vraag")]
    ModuleVraag { module: String, deel: String, vraag: String },
    #[not_found]
    #[at("/niet-gevonden")]
    NietGevonden,
}

impl Route {
    /// The page of a self-reflection module, by the module's id.
    pub fn van_module(id: &str) -> Option<Route> {
        match id {
            "wie-ben-ik" => Some(Route::WieBenIk),
            "wat-kan-ik" => Some(Route::WatKanIk),
            "wat-wil-ik" => Some(Route::WatWilIk),
            "energie" => Some(Route::Energie),
            "zorgen" => Some(Route::Zorgen),
            "stappen" => Some(Route::Stappen),
            "verlies-en-betekenis" => Some(Route::VerliesEnBetekenis),
            _ => None,
        }
    }

    /// The module this address belongs to (its overview or any of its steps).
    pub fn module_id(&self) -> Option<&str> {
        match self {
            Route::WieBenIk => Some("wie-ben-ik"),
            Route::WatKanIk => Some("wat-kan-ik"),
            Route::WatWilIk => Some("wat-wil-ik"),
            Route::Energie => Some("energie"),
            Route::Zorgen => Some("zorgen"),
            Route::Stappen => Some("stappen"),
            Route::VerliesEnBetekenis => Some("verlies-en-betekenis"),
            Route::ModuleStap { module, .. } | Route::ModuleVraag { module, .. } => Some(module),
            _ => None,
        }
    }

    /// Which step of a module this address shows; `None` for other pages and for
    /// a step that cannot be read (the page then says it does not exist).
    pub fn stap(&self) -> Option<Stap> {
        match self {
            Route::ModuleStap { deel, .. } => Stap::uit_pad(deel, None),
            Route::ModuleVraag { deel, vraag, .. } => Stap::uit_pad(deel, Some(vraag)),
            r if r.module_id().is_some() => Some(Stap::Overzicht),
            _ => None,
        }
    }

    /// A page every entry shows itself, so it is one tap away on every page
    /// (the help page, issue 23). Its link stays inside the running entry;
    /// `pwa/voorscherm.js` marks it `"*"` in its table and never moves it.
    pub fn in_elke_ingang(&self) -> bool {
        matches!(self, Route::Hulp)
    }

    /// Which entry shows this address. `pwa/voorscherm.js` holds the same
    /// table by first segment, to move before any wasm loads (a test compares).
    /// A page of every entry (`in_elke_ingang`) names the candidate's, for a
    /// link from outside the app.
    pub fn ingang(&self) -> Ingang {
        match self {
            Route::Coach | Route::Gedeeld { .. } => Ingang::Coach,
            Route::Tijdlijn => Ingang::Tijdlijn,
            Route::Delen | Route::Anderen | Route::KijkVraag { .. } | Route::KijkTerug { .. } => Ingang::Delen,
            _ => Ingang::Kandidaat,
        }
    }

    /// A relative link. Inside the running entry only the fragment (`#/tijdlijn`),
    /// which keeps the page's own query string; to the other entry its file
    /// with the same query string (`coach.html?embed=1#/coach`), so embed mode,
    /// language and coach settings travel along. Works from any folder.
    pub fn href(&self) -> String {
        // The page's query string is only read when it is needed (natively there is no page).
        let query = if self.woont_in(ingang()) { String::new() } else { crate::services::pagina::query() };
        self.adres(ingang(), &query, "")
    }

    /// Whether entry `ingang` shows this address itself.
    pub fn woont_in(&self, ingang: Ingang) -> bool {
        self.in_elke_ingang() || self.ingang() == ingang
    }

    /// The link from the other entry, given that page's query string (`?…` or empty).
    pub fn href_vanuit_ander(&self, query: &str) -> String {
        format!("{}{}#{}", self.ingang().bestand(), query, self.to_path())
    }

    /// The one rule for "this address, with its parameters, in the right entry",
    /// seen from the entry `vanuit`: the route's own parameters (in its path), the
    /// fragment's query (`#/tijdlijn?start=2026-01-05`) and the page's query
    /// string (`?coach=…`, `?lang=`, `?embed=1`) all travel along, so a coach's
    /// link reaches its page whole however it is opened. Inside the same entry
    /// only the fragment: the page's query string stays where it is.
    /// `pwa/voorscherm.js` does the same before any wasm runs (it keeps the
    /// whole search and fragment of the address as they are).
    pub fn adres(&self, vanuit: Ingang, pagina_query: &str, hash_query: &str) -> String {
        let hash_query = match hash_query {
            "" | "?" => String::new(),
            q if q.starts_with('?') => q.to_string(),
            q => format!("?{q}"),
        };
        let fragment = format!("#{}{hash_query}", self.to_path());
        if self.woont_in(vanuit) {
            fragment
        } else {
            let pagina_query = if pagina_query == "?" { "" } else { pagina_query };
            format!("{}{pagina_query}{fragment}", self.ingang().bestand())
        }
    }
}

/// Where a person is inside a module (the walk itself is `domain::navigatie`).
pub use crate::domain::navigatie::Stap;

impl Stap {
    /// Read the step from the address segments. Only plain numbers from 1 count,
    /// so `#/wie-ben-ik/0`, `/-1` or `/2x` show "not found" instead of a guess.
    pub fn uit_pad(deel: &str, vraag: Option<&str>) -> Option<Stap> {
        let nummer = |s: &str| -> Option<usize> {
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse::<usize>().ok().filter(|n| *n >= 1).map(|n| n - 1)
        };
        match (deel, vraag) {
            ("terugblik", None) => Some(Stap::Terugblik),
            ("klaar", None) => Some(Stap::Klaar),
            (d, None) => Some(Stap::Vraag { deel: nummer(d)?, vraag: 0 }),
            (d, Some(v)) => Some(Stap::Vraag { deel: nummer(d)?, vraag: nummer(v)? }),
        }
    }

    /// The address of this step in module `module`.
    pub fn route(self, module: &str) -> Route {
        let module_route =
            || Route::van_module(module).unwrap_or(Route::ModuleStap { module: module.into(), deel: String::new() });
        match self {
            Stap::Overzicht => module_route(),
            Stap::Terugblik => Route::ModuleStap { module: module.into(), deel: "terugblik".into() },
            Stap::Klaar => Route::ModuleStap { module: module.into(), deel: "klaar".into() },
            Stap::Vraag { deel, vraag } => Route::ModuleVraag {
                module: module.into(),
                deel: (deel + 1).to_string(),
                vraag: (vraag + 1).to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_own_address() {
        let paden = [
            ("/", Route::Home),
            ("/wie-ben-ik", Route::WieBenIk),
            ("/wat-kan-ik", Route::WatKanIk),
            ("/wat-wil-ik", Route::WatWilIk),
            ("/energie", Route::Energie),
            ("/zorgen", Route::Zorgen),
            ("/stappen", Route::Stappen),
            ("/verlies-en-betekenis", Route::VerliesEnBetekenis),
            ("/tijdlijn", Route::Tijdlijn),
            ("/profiel", Route::Profiel),
            ("/delen", Route::Delen),
            ("/coach", Route::Coach),
            ("/privacy", Route::Privacy),
            ("/over-de-vragen", Route::OverDeVragen),
            ("/anderen", Route::Anderen),
            ("/hulp", Route::Hulp),
        ];
        for (pad, route) in paden {
            assert_eq!(Route::recognize(pad), Some(route.clone()), "{pad}");
            assert_eq!(route.to_path(), pad);
        }
    }

    #[test]
    fn an_unknown_address_shows_not_found() {
        assert_eq!(Route::recognize("/bestaat-niet"), Some(Route::NietGevonden));
        // Deeper addresses are read as module steps; a step that cannot be read is not found.
        assert_eq!(Route::recognize("/wie-ben-ik/extra/deel").and_then(|r| r.stap()), None);
        assert_eq!(Route::recognize("/a/b/c/d"), Some(Route::NietGevonden));
    }

    #[test]
    fn every_step_of_a_module_has_its_own_address() {
        let vraag = Route::recognize("/wie-ben-ik/2/3").unwrap();
        assert_eq!(vraag.module_id(), Some("wie-ben-ik"));
        assert_eq!(vraag.stap(), Some(Stap::Vraag { deel: 1, vraag: 2 }));
        assert_eq!(Stap::Vraag { deel: 1, vraag: 2 }.route("wie-ben-ik").to_path(), "/wie-ben-ik/2/3");
        assert_eq!(Route::recognize("/energie/terugblik").unwrap().stap(), Some(Stap::Terugblik));
        assert_eq!(Route::recognize("/energie/klaar").unwrap().stap(), Some(Stap::Klaar));
        assert_eq!(Route::recognize("/zorgen/1").unwrap().stap(), Some(Stap::Vraag { deel: 0, vraag: 0 }));
        assert_eq!(Route::recognize("/zorgen").unwrap().stap(), Some(Stap::Overzicht));
        assert_eq!(Stap::Overzicht.route("zorgen"), Route::Zorgen);
        for stap in [Stap::Terugblik, Stap::Klaar, Stap::Vraag { deel: 3, vraag: 0 }] {
            assert_eq!(stap.route("stappen").stap(), Some(stap));
        }
    }

    #[test]
    fn a_step_address_that_makes_no_sense_is_not_guessed() {
        for pad in [
            "/wie-ben-ik/0",
            "/wie-ben-ik/2x",
            "/wie-ben-ik/1/0",
            "/wie-ben-ik/1/-1",
            "/wie-ben-ik/99999",
            "/wie-ben-ik/einde",
        ] {
            assert_eq!(Route::recognize(pad).and_then(|r| r.stap()), None, "{pad}");
        }
        assert_eq!(Route::Tijdlijn.stap(), None);
    }

    #[test]
    fn the_coach_pages_live_in_their_own_entry_and_links_keep_the_query() {
        assert_eq!(Route::Coach.ingang(), Ingang::Coach);
        assert_eq!(Route::Gedeeld { payload: "x".into() }.ingang(), Ingang::Coach);
        assert_eq!(Route::Tijdlijn.ingang(), Ingang::Tijdlijn);
        for r in [
            Route::Delen,
            Route::Anderen,
            Route::KijkVraag { payload: "x".into() },
            Route::KijkTerug { payload: "x".into() },
        ] {
            assert_eq!(r.ingang(), Ingang::Delen, "{r:?}");
        }
        for r in
            [Route::Home, Route::WieBenIk, Route::Profiel, Route::Privacy, Route::OverDeVragen, Route::NietGevonden]
        {
            assert_eq!(r.ingang(), Ingang::Kandidaat, "{r:?}");
        }
        assert_eq!(Route::Delen.href_vanuit_ander("?lang=en"), "delen.html?lang=en#/delen");
        assert_eq!(Route::Coach.href_vanuit_ander("?embed=1&lang=en"), "coach.html?embed=1&lang=en#/coach");
        assert_eq!(Route::Tijdlijn.href_vanuit_ander("?embed=1"), "tijdlijn.html?embed=1#/tijdlijn");
        assert_eq!(Route::Profiel.href_vanuit_ander("?embed=1"), "./?embed=1#/profiel");
        assert_eq!(Route::Home.href_vanuit_ander(""), "./#/");
        // Natively the candidate entry runs: its own pages are plain fragments.
        assert_eq!(Route::Privacy.href(), "#/privacy");
    }

    /// A concrete address for every pattern of the app, each parameter filled in.
    fn alle_adressen() -> Vec<(String, Route)> {
        Route::routes()
            .into_iter()
            .map(|patroon| {
                let pad: String = patroon
                    .split('/')
                    .map(|d| match d {
                        ":payload" => "AbC-_09",
                        ":module" => "wie-ben-ik",
                        ":deel" => "2",
                        ":vraag" => "3",
                        d => d,
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                let route = Route::recognize(&pad).unwrap_or_else(|| panic!("{pad} is an address of the app"));
                (pad, route)
            })
            .collect()
    }

    /// Issue 22, item 6: a link moved to another entry (a pasted link in a running
    /// tab, a link inside the app) keeps every parameter: the route's own, the
    /// fragment's query (`?start=`) and the page's query string (`?coach=`, `?lang=`).
    #[test]
    fn an_address_keeps_its_parameters_in_every_entry() {
        let hash_queries = ["", "?start=2026-01-05", "?start=2026-01-05&x=1"];
        let pagina_queries = ["", "?coach=eyJ2IjoxfQ", "?lang=en&coach=eyJ2IjoxfQ", "?embed=1&lang=en"];
        let mut gezien = 0;
        for (pad, route) in alle_adressen() {
            for vanuit in Ingang::ALLE {
                for hq in hash_queries {
                    for pq in pagina_queries {
                        let adres = route.adres(vanuit, pq, hq);
                        let (voor, fragment) = adres.split_once('#').expect("a fragment");
                        if route.woont_in(vanuit) {
                            assert_eq!(voor, "", "{adres}: inside the entry only the fragment");
                        } else {
                            assert_eq!(voor, format!("{}{pq}", route.ingang().bestand()), "{adres}");
                            assert_eq!(
                                crate::domain::taal::query_waarde(voor.split_once('?').map_or("", |(_, q)| q), "coach"),
                                crate::domain::taal::query_waarde(pq, "coach"),
                                "{adres}: the coach's settings travel along"
                            );
                        }
                        let (pad_terug, query_terug) = fragment.split_once('?').unwrap_or((fragment, ""));
                        assert_eq!(pad_terug, route.to_path(), "{adres}");
                        assert_eq!(Route::recognize(pad_terug).as_ref(), Some(&route), "{adres}: {pad}");
                        assert_eq!(format!("?{query_terug}").trim_end_matches('?'), hq, "{adres}");
                        if route == Route::Tijdlijn && !hq.is_empty() {
                            // The timeline reads the date where it arrives.
                            assert_eq!(
                                crate::domain::tijdlijn::formulier::start_uit_query(&format!("?{query_terug}")),
                                Some("2026-01-05".to_string()),
                                "{adres}"
                            );
                        }
                        gezien += 1;
                    }
                }
            }
        }
        assert!(gezien >= 20 * 4 * 3 * 4, "every route was tried ({gezien})");
        // The two forms of the links the app writes.
        assert_eq!(
            Route::Tijdlijn.adres(Ingang::Kandidaat, "?coach=abc", "?start=2026-01-05"),
            "tijdlijn.html?coach=abc#/tijdlijn?start=2026-01-05"
        );
        assert_eq!(
            Route::Tijdlijn.adres(Ingang::Tijdlijn, "?coach=abc", "start=2026-01-05"),
            "#/tijdlijn?start=2026-01-05"
        );
        assert_eq!(Route::Home.adres(Ingang::Tijdlijn, "?lang=en", ""), "./?lang=en#/");
        assert_eq!(Route::Delen.adres(Ingang::Kandidaat, "?", "?"), "delen.html#/delen");
    }

    /// Issue 23: help is one tap away in every entry, so its link never leaves the entry.
    #[test]
    fn the_help_page_is_shown_by_every_entry() {
        for vanuit in Ingang::ALLE {
            assert!(Route::Hulp.woont_in(vanuit), "{vanuit:?}");
            assert_eq!(Route::Hulp.adres(vanuit, "?lang=en&embed=1", ""), "#/hulp", "{vanuit:?}");
        }
        assert_eq!(Route::Hulp.href(), "#/hulp");
        let overal: Vec<_> = alle_adressen().into_iter().filter(|(_, r)| r.in_elke_ingang()).map(|(p, _)| p).collect();
        assert_eq!(overal, ["/hulp"], "only the help page is in every entry");
    }

    #[test]
    fn a_shared_result_carries_its_payload_in_the_address() {
        assert_eq!(Route::recognize("/gedeeld/AbC-_09"), Some(Route::Gedeeld { payload: "AbC-_09".into() }));
        // An invitation and a reply are not read as module steps.
        assert_eq!(Route::recognize("/kijk/AbC-_09"), Some(Route::KijkVraag { payload: "AbC-_09".into() }));
        assert_eq!(Route::recognize("/kijk-terug/AbC-_09"), Some(Route::KijkTerug { payload: "AbC-_09".into() }));
        // The links people send name the folder, not an entry's file, so they
        // keep working however the app is split; the first screen moves them.
        assert_eq!(
            format!("#{}", Route::KijkVraag { payload: "x".into() }.to_path()),
            format!("{}x", crate::domain::kijk::UITNODIGING_PAD)
        );
        assert_eq!(
            format!("#{}", Route::KijkTerug { payload: "x".into() }.to_path()),
            format!("{}x", crate::domain::kijk::ANTWOORD_PAD)
        );
    }
}
