//! One component per address.

mod anderen;
mod coach;
mod delen;
mod gedeeld;
mod home;
mod hulp;
pub mod kijk_profiel;
mod kijk_terug;
mod kijk_vraag;
pub mod module;
mod niet_gevonden;
mod over_vragen;
mod privacy;
mod profiel;
mod tijdlijn;

use yew::prelude::*;

use crate::content::modules;
use crate::ui::route::Route;

/// Keyed by module, so moving between modules starts each one fresh, while
/// moving between the steps of one module keeps its state (such as undo).
fn module_pagina(route: &Route) -> Html {
    let module = route.module_id().and_then(|id| modules::MODULES.iter().copied().find(|m| m.id == id));
    match (module, route.stap()) {
        (Some(module), Some(stap)) => html! {
            <module::ModulePagina key={module.id} module={crate::ui::vast::Vast(module)} {stap} />
        },
        _ => html! { <niet_gevonden::NietGevonden /> },
    }
}

/// The pages every entry shows itself (`Route::in_elke_ingang`): help when it
/// weighs too much is one tap away everywhere, the coach's side included.
pub fn toon_overal(route: Route) -> Html {
    match route {
        Route::Hulp => html! { <hulp::Hulp /> },
        _ => html! { <niet_gevonden::NietGevonden /> },
    }
}

/// The candidate's entry (`index.html`): the start, the modules, the profile.
/// Pages of the other entries are not referenced from here, so they are not
/// in this binary: their addresses load that entry's file.
pub fn toon(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::OverDeVragen => html! { <over_vragen::OverVragen /> },
        Route::Profiel => html! { <profiel::Profiel /> },
        Route::WieBenIk
        | Route::WatKanIk
        | Route::WatWilIk
        | Route::Energie
        | Route::Zorgen
        | Route::Stappen
        | Route::VerliesEnBetekenis
        | Route::ModuleStap { .. }
        | Route::ModuleVraag { .. } => module_pagina(&route),
        Route::NietGevonden => html! { <niet_gevonden::NietGevonden /> },
        _ => html! { <NaarIngang {route} /> },
    }
}

/// The timeline's entry (`tijdlijn.html`, `src/bin/tijdlijn.rs`).
pub fn toon_tijdlijn(route: Route) -> Html {
    match route {
        Route::Tijdlijn => html! { <tijdlijn::Tijdlijn /> },
        _ => html! { <NaarIngang {route} /> },
    }
}

/// The sharing entry (`delen.html`, `src/bin/delen.rs`): the coach and the
/// save file, and "Kijk van een ander" (asking, answering, receiving).
pub fn toon_delen(route: Route) -> Html {
    match route {
        Route::Delen => html! { <delen::Delen /> },
        Route::Anderen => html! { <anderen::Anderen /> },
        Route::KijkVraag { payload } => {
            html! { <kijk_vraag::KijkVraag key={payload.as_str()} payload={payload.clone()} /> }
        }
        Route::KijkTerug { payload } => {
            html! { <kijk_terug::KijkTerug key={payload.as_str()} payload={payload.clone()} /> }
        }
        _ => html! { <NaarIngang {route} /> },
    }
}

/// The coach's entry (`coach.html`, `src/bin/coach.rs`): the link builder and
/// the shared view.
pub fn toon_coach(route: Route) -> Html {
    match route {
        Route::Coach => html! { <coach::Coach /> },
        Route::Gedeeld { payload } => html! { <gedeeld::Gedeeld {payload} /> },
        _ => html! { <NaarIngang {route} /> },
    }
}

#[derive(Properties, PartialEq)]
struct NaarIngangProps {
    route: Route,
}

/// An address of the other entry, reached inside this one (a pasted link that
/// only changed the fragment, a link followed inside the app): load that entry
/// in place, with every parameter of the address (`Route::adres`: the page's
/// query string and the fragment's own, such as `#/tijdlijn?start=…`).
/// `replace`, so Back does not return to this stop. `pwa/voorscherm.js` does
/// the same before any wasm loads.
#[component]
fn NaarIngang(props: &NaarIngangProps) -> Html {
    let t = crate::ui::winkel::use_winkel().t();
    let hash_query = yew_router::hooks::use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    use_effect_with((props.route.clone(), hash_query), |(route, hash_query)| {
        let adres = route.adres(crate::ui::route::ingang(), &crate::services::pagina::query(), hash_query);
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&adres);
        }
    });
    html! { <p class="laden" role="status">{ t.voorscherm_laden }</p> }
}
