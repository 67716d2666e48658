//! The app's addresses. Hash URLs (`#/tijdlijn`) work on any static host
//! without rewrite rules, and inside an iframe on a practice's website.

use yew_router::prelude::*;

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
    /// A shared result, opened by the coach: the data lives only in this fragment.
    #[at("/gedeeld/:payload")]
    Gedeeld { payload: String },
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
            _ => None,
        }
    }

    /// A relative link (`#/tijdlijn`): it keeps the page's own query string,
    /// such as `?embed=1`, and works from any folder.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
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
            ("/tijdlijn", Route::Tijdlijn),
            ("/profiel", Route::Profiel),
            ("/delen", Route::Delen),
            ("/coach", Route::Coach),
            ("/privacy", Route::Privacy),
        ];
        for (pad, route) in paden {
            assert_eq!(Route::recognize(pad), Some(route.clone()), "{pad}");
            assert_eq!(route.to_path(), pad);
        }
    }

    #[test]
    fn an_unknown_address_shows_not_found() {
        assert_eq!(Route::recognize("/bestaat-niet"), Some(Route::NietGevonden));
        assert_eq!(Route::recognize("/wie-ben-ik/extra/deel"), Some(Route::NietGevonden));
    }

    #[test]
    fn a_shared_result_carries_its_payload_in_the_address() {
        assert_eq!(Route::recognize("/gedeeld/AbC-_09"), Some(Route::Gedeeld { payload: "AbC-_09".into() }));
    }
}
