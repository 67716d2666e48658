//! The app's addresses. Hash URLs (`#/tijdlijn`) work on any static host
//! without rewrite rules, and inside an iframe on a practice's website.

use std::cell::Cell;

use yew_router::prelude::*;

use crate::domain::tekstbestand::Deel;

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
    /// `coach.html`: the coach's side: the link builder, the shared view, the
    /// coach's help and their workspace, under a header of its own (`Kop`).
    Coach,
    /// `beroepen.html`: "Beroepen verkennen" with ESCO's occupations (issue 27).
    Beroepen,
}

impl Ingang {
    pub const ALLE: [Ingang; 5] = [Ingang::Kandidaat, Ingang::Tijdlijn, Ingang::Delen, Ingang::Coach, Ingang::Beroepen];

    /// The entry's file, relative to the app's folder. The candidate's is the
    /// folder itself (`./`), the address people already have.
    pub fn bestand(self) -> &'static str {
        match self {
            Ingang::Kandidaat => "./",
            Ingang::Tijdlijn => "tijdlijn.html",
            Ingang::Delen => "delen.html",
            Ingang::Coach => "coach.html",
            Ingang::Beroepen => "beroepen.html",
        }
    }

    /// The entry's HTML file in the build (`dist/`).
    pub fn html(self) -> &'static str {
        match self {
            Ingang::Kandidaat => "index.html",
            other => other.bestand(),
        }
    }

    /// Its binary: a `[[bin]]` of Cargo.toml and a `data-bin` of index.html
    /// (a test compares both), started by `ui::start(Ingang::…)`.
    pub fn binary(self) -> &'static str {
        match self {
            Ingang::Kandidaat => "spoorwijzer",
            Ingang::Tijdlijn => "tijdlijn",
            Ingang::Delen => "delen",
            Ingang::Coach => "coach",
            Ingang::Beroepen => "beroepen",
        }
    }

    /// Style sheets (`styles/<name>.css`) only this entry (and others that
    /// name it too) uses: the build moves them out of index.html into these
    /// entries' files, in this order.
    pub fn eigen_css(self) -> &'static [&'static str] {
        match self {
            Ingang::Tijdlijn => &["tijdlijn"],
            // The sharing pages' styles: #/delen and #/anderen, and the coach's shared view.
            Ingang::Delen => &["delen"],
            Ingang::Coach => &["delen", "coach"],
            Ingang::Kandidaat | Ingang::Beroepen => &[],
        }
    }

    /// The texts its pages need besides the basis: loaded with its page
    /// (`ui::app`), and fetched early by the loader (scripts/na-build.mjs).
    pub fn deel(self) -> Deel {
        match self {
            Ingang::Tijdlijn => Deel::Tijdlijn,
            Ingang::Beroepen => Deel::Beroepen,
            Ingang::Kandidaat | Ingang::Delen | Ingang::Coach => Deel::Basis,
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

/// A module's id in an address (`#/wie-ben-ik`). Only the ids of
/// `content::modules::MODULES` read as one, so `#/bestaat-niet` is not found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ModuleId(&'static str);

impl ModuleId {
    /// The id of a module of the app: valid by construction.
    pub const fn van(module: &'static crate::domain::vragenlijst::Module) -> ModuleId {
        ModuleId(module.id)
    }

    pub fn id(self) -> &'static str {
        self.0
    }
}

impl std::str::FromStr for ModuleId {
    type Err = ();

    fn from_str(id: &str) -> Result<ModuleId, ()> {
        crate::content::modules::MODULES.iter().find(|m| m.id == id).map(|m| ModuleId(m.id)).ok_or(())
    }
}

impl std::fmt::Display for ModuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Every address of the app. yew-router prefers a fixed segment over a
/// parameter (`/profiel` over `/:module`), and an id that is no module's makes
/// `/:module` not match, so it shows "not found" (tests below).
#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    /// A module's overview, one route for all modules: `#/wie-ben-ik`, `#/energie`.
    #[at("/:module")]
    Module { module: ModuleId },
    #[at("/tijdlijn")]
    Tijdlijn,
    #[at("/profiel")]
    Profiel,
    #[at("/delen")]
    Delen,
    #[at("/coach")]
    Coach,
    /// Help for coaches: what a share holds, who may read it, where it is kept.
    #[at("/coach-hulp")]
    CoachHulp,
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
    /// The coach's workspace, "Mijn kandidaten": kept locked on the coach's device (issue 28).
    #[at("/kandidaten")]
    Kandidaten,
    /// One candidate in the coach's workspace, by the place's own random id.
    #[at("/kandidaten/:id")]
    Kandidaat { id: String },
    /// "Beroepen verkennen": search, browse by interest, the kept list (issue 27).
    #[at("/beroepen")]
    Beroepen,
    /// One occupation, by its ESCO code: `#/beroepen/2221.1`.
    #[at("/beroepen/:code")]
    Beroep { code: String },
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
    /// The overview of a module of the app.
    pub const fn module(module: &'static crate::domain::vragenlijst::Module) -> Route {
        Route::Module { module: ModuleId::van(module) }
    }

    /// The page of a self-reflection module, by the module's id.
    pub fn van_module(id: &str) -> Option<Route> {
        id.parse().ok().map(|module| Route::Module { module })
    }

    /// The module this address belongs to (its overview or any of its steps).
    pub fn module_id(&self) -> Option<&str> {
        match self {
            Route::Module { module } => Some(module.id()),
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

    /// The part of the texts this address needs: its entry's, except on a page
    /// every entry shows itself.
    pub fn deel(&self) -> Deel {
        if self.in_elke_ingang() {
            Deel::Basis
        } else if matches!(
            self,
            Route::Coach | Route::Kandidaten | Route::Kandidaat { .. } | Route::Gedeeld { .. } | Route::CoachHulp
        ) || self.ingang() == Ingang::Delen
        {
            // The coach's pages (the link builder, the workspace, the shared view in its words
            // about the candidate, the coach's help) and the sharing pages of delen.html.
            Deel::Werkplek
        } else {
            self.ingang().deel()
        }
    }

    /// Which entry shows this address. `pwa/voorscherm.js` holds the same
    /// table by first segment, to move before any wasm loads (a test compares).
    /// A page of every entry (`in_elke_ingang`) names the candidate's, for a
    /// link from outside the app.
    pub fn ingang(&self) -> Ingang {
        match self {
            Route::Coach | Route::CoachHulp | Route::Gedeeld { .. } | Route::Kandidaten | Route::Kandidaat { .. } => {
                Ingang::Coach
            }
            Route::Tijdlijn => Ingang::Tijdlijn,
            Route::Beroepen | Route::Beroep { .. } => Ingang::Beroepen,
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

/// A concrete address for every pattern of the app, each parameter filled in;
/// `/:module` with every module of the app. For the tests of every address
/// (here, `ui::pages`, and the generated `pwa/ingangen.json`).
#[cfg(test)]
pub(crate) fn alle_adressen() -> Vec<(String, Route)> {
    adressen_per_patroon().into_iter().flat_map(|(_, a)| a).collect()
}

#[cfg(test)]
fn adressen_per_patroon() -> Vec<(&'static str, Vec<(String, Route)>)> {
    Route::routes()
        .into_iter()
        .map(|patroon| {
            let ids: Vec<&str> = if patroon == "/:module" {
                crate::content::modules::MODULES.iter().map(|m| m.id).collect()
            } else {
                vec!["wie-ben-ik"]
            };
            let adressen = ids
                .into_iter()
                .map(|id| {
                    let pad: String = patroon
                        .split('/')
                        .map(|d| match d {
                            ":payload" => "AbC-_09",
                            ":id" => "k-0123456789",
                            ":code" => "2221.1",
                            ":module" => id,
                            ":deel" => "2",
                            ":vraag" => "3",
                            d => d,
                        })
                        .collect::<Vec<_>>()
                        .join("/");
                    let route = Route::recognize(&pad).unwrap_or_else(|| panic!("{pad} is an address of the app"));
                    (pad, route)
                })
                .collect();
            (patroon, adressen)
        })
        .collect()
}

/// `pwa/ingangen.json`: the entries and the addresses, written from `Ingang`
/// and `Route` for what cannot read Rust: the build (scripts/na-build.mjs,
/// which also writes the first-segment table into pwa/voorscherm.js) and the
/// end-to-end tests (every address). `make teksten` rewrites it.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod bestand {
    use super::*;
    use serde_json::{json, Map, Value};

    pub const PAD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/pwa/ingangen.json");

    /// The first segment of a pattern (`""` for `/`), or `None` for a parameter.
    fn eerste_segment(patroon: &str) -> Option<&str> {
        let eerste = patroon.trim_start_matches('/').split('/').next().unwrap_or("");
        (!eerste.starts_with(':')).then_some(eerste)
    }

    /// The key of the page's heading among the first screens (tests/e2e/hulp.mjs,
    /// `KOPPEN`): a module's id for its overview and steps.
    fn scherm(pad: &str, route: &Route) -> String {
        match route {
            Route::NietGevonden => "niet-gevonden".into(),
            r => r.module_id().map_or_else(|| eerste_segment(pad).unwrap_or("").to_string(), str::to_string),
        }
    }

    pub fn inhoud() -> String {
        let ingangen: Vec<Value> = Ingang::ALLE
            .iter()
            .map(|i| {
                json!({
                    "binary": i.binary(),
                    "html": i.html(),
                    "adres": i.bestand(),
                    "eigenCss": i.eigen_css(),
                    "deel": i.deel().code(),
                })
            })
            .collect();
        let tekstdelen: Map<String, Value> = Deel::ALLE
            .iter()
            .map(|d| (d.code().to_string(), json!(crate::content::tekstbestanden::stam(*d))))
            .collect();
        // pwa/voorscherm.js's table: where an address goes by its first segment
        // ("*": every entry shows it; an address not named is the candidate's).
        let mut eerste_segment_naar = Map::new();
        let mut deel_vooraf = Map::new();
        let mut routes = Vec::new();
        for (patroon, adressen) in adressen_per_patroon() {
            let route = &adressen[0].1;
            let naar = if route.in_elke_ingang() { "*" } else { route.ingang().bestand() };
            match eerste_segment(patroon) {
                Some(eerste) if naar != "./" => {
                    eerste_segment_naar.insert(eerste.to_string(), json!(naar));
                }
                None => assert_eq!(naar, "./", "{patroon}: an entry of its own needs a fixed first segment"),
                _ => {}
            }
            if route.deel() != Deel::Basis {
                let eerste = eerste_segment(patroon).expect("a part of its own needs a fixed first segment");
                deel_vooraf.insert(eerste.to_string(), json!(route.deel().code()));
            }
            routes.push(json!({
                "patroon": patroon,
                "ingang": naar,
                "adressen": adressen.iter().map(|(pad, r)| json!({
                    "adres": format!("#{pad}"),
                    "scherm": scherm(pad, r),
                })).collect::<Vec<_>>(),
            }));
        }
        let mut tekst = serde_json::to_string_pretty(&json!({
            "ingangen": ingangen,
            "tekstdelen": tekstdelen,
            "eersteSegment": eerste_segment_naar,
            "deelVooraf": deel_vooraf,
            "routes": routes,
        }))
        .expect("plain data serialises");
        tekst.push('\n');
        tekst
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::modules::{energie, stappen, verlies, wat_kan_ik, wat_wil_ik, wie_ben_ik, zorgen};

    #[test]
    fn every_page_has_its_own_address() {
        let paden = [
            ("/", Route::Home),
            ("/wie-ben-ik", Route::module(&wie_ben_ik::MODULE)),
            ("/wat-kan-ik", Route::module(&wat_kan_ik::MODULE)),
            ("/wat-wil-ik", Route::module(&wat_wil_ik::MODULE)),
            ("/energie", Route::module(&energie::MODULE)),
            ("/zorgen", Route::module(&zorgen::MODULE)),
            ("/stappen", Route::module(&stappen::MODULE)),
            ("/verlies-en-betekenis", Route::module(&verlies::MODULE)),
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

    /// One route for all modules (issue 25): every module's overview keeps its
    /// address, a fixed address is never read as a module, and an id that is
    /// no module's is not found.
    #[test]
    fn one_route_serves_every_module_and_fixed_addresses_come_first() {
        for m in crate::content::modules::MODULES {
            let pad = format!("/{}", m.id);
            let route = Route::recognize(&pad).unwrap();
            assert_eq!(route, Route::module(m), "{pad}");
            assert_eq!(route.to_path(), pad);
            assert_eq!(route.module_id(), Some(m.id));
            assert_eq!(route.stap(), Some(Stap::Overzicht));
            assert_eq!(Route::van_module(m.id), Some(route.clone()));
            assert_eq!(Stap::Overzicht.route(m.id), route);
        }
        assert_eq!(Route::recognize("/profiel"), Some(Route::Profiel));
        assert_eq!(Route::recognize("/profiel/"), Some(Route::Profiel));
        for patroon in Route::routes().into_iter().filter(|p| p.len() > 1 && !p.contains(':')) {
            let route = Route::recognize(patroon).unwrap();
            assert!(!matches!(route, Route::Module { .. }), "{patroon} is its own page, not a module");
            assert_eq!(route.to_path(), patroon);
        }
        for pad in ["/bestaat-niet", "/Wie-ben-ik", "/wie-ben-ik%20", "/constructor"] {
            assert_eq!(Route::recognize(pad), Some(Route::NietGevonden), "{pad}");
        }
        assert_eq!(Route::van_module("bestaat-niet"), None);
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
        assert_eq!(Stap::Overzicht.route("zorgen"), Route::module(&zorgen::MODULE));
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
        // The coach's help and workspace (issue 28) live in coach.html too, under its own header.
        assert_eq!(Route::recognize("/coach-hulp"), Some(Route::CoachHulp));
        assert_eq!(Route::recognize("/kandidaten"), Some(Route::Kandidaten));
        assert_eq!(Route::recognize("/kandidaten/k7Qx2"), Some(Route::Kandidaat { id: "k7Qx2".into() }));
        for r in [Route::CoachHulp, Route::Kandidaten, Route::Kandidaat { id: "x".into() }] {
            assert_eq!(r.ingang(), Ingang::Coach, "{r:?}");
        }
        assert_eq!(Route::Tijdlijn.ingang(), Ingang::Tijdlijn);
        for r in [
            Route::Delen,
            Route::Anderen,
            Route::KijkVraag { payload: "x".into() },
            Route::KijkTerug { payload: "x".into() },
        ] {
            assert_eq!(r.ingang(), Ingang::Delen, "{r:?}");
        }
        for r in [
            Route::Home,
            Route::module(&wie_ben_ik::MODULE),
            Route::Profiel,
            Route::Privacy,
            Route::OverDeVragen,
            Route::NietGevonden,
        ] {
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

    /// The generated `pwa/ingangen.json` says what `Ingang` and `Route` say.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_entries_file_is_written_from_the_entries_and_routes() {
        let nu = bestand::inhoud();
        if std::env::var_os("SPOORWIJZER_SCHRIJF").is_some() {
            std::fs::write(bestand::PAD, &nu).expect("write pwa/ingangen.json");
        }
        let vastgelegd = std::fs::read_to_string(bestand::PAD).unwrap_or_default();
        assert!(vastgelegd == nu, "pwa/ingangen.json is out of date: run `make teksten` and commit it");
        let v: serde_json::Value = serde_json::from_str(&nu).unwrap();
        assert_eq!(v["routes"].as_array().unwrap().len(), Route::routes().len(), "every pattern");
        assert_eq!(v["eersteSegment"]["hulp"], "*");
        assert_eq!(v["eersteSegment"]["gedeeld"], "coach.html");
        assert_eq!(
            v["deelVooraf"],
            serde_json::json!({
                "anderen": "werkplek",
                "coach": "werkplek",
                "coach-hulp": "werkplek",
                "delen": "werkplek",
                "kijk": "werkplek",
                "kijk-terug": "werkplek",
                "gedeeld": "werkplek",
                "kandidaten": "werkplek",
                "tijdlijn": "tijdlijn",
                "beroepen": "beroepen"
            })
        );
    }

    /// The places that cannot be generated name the same entries as `Ingang`:
    /// Cargo.toml's binaries, index.html's `data-bin` links and style sheets,
    /// and each binary's `main`, which starts its own entry.
    #[test]
    fn cargo_index_html_and_the_binaries_name_the_entries() {
        let wortel = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let lees = |p: &str| std::fs::read_to_string(wortel.join(p)).unwrap();
        let cargo = lees("Cargo.toml");
        let index = lees("index.html");
        let bins: Vec<&str> = cargo
            .split("[[bin]]")
            .skip(1)
            .filter_map(|b| b.lines().find_map(|r| r.trim().strip_prefix("name = \"")?.strip_suffix('"')))
            .collect();
        let data_bins: Vec<&str> = index.split("data-bin=\"").skip(1).filter_map(|r| r.split('"').next()).collect();
        let namen: Vec<&str> = Ingang::ALLE.iter().map(|i| i.binary()).collect();
        assert_eq!(bins, namen, "Cargo.toml's [[bin]]s");
        assert_eq!(data_bins, namen, "index.html's data-bin links");
        for ingang in Ingang::ALLE {
            let pad = cargo
                .split("[[bin]]")
                .skip(1)
                .find(|b| b.contains(&format!("name = \"{}\"", ingang.binary())))
                .and_then(|b| b.lines().find_map(|r| r.trim().strip_prefix("path = \"")?.strip_suffix('"')))
                .unwrap();
            assert!(lees(pad).contains(&format!("ui::start(spoorwijzer::ui::route::Ingang::{ingang:?})")), "{pad}");
            for css in ingang.eigen_css() {
                assert!(index.contains(&format!("href=\"styles/{css}.css\"")), "index.html has styles/{css}.css");
            }
        }
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
