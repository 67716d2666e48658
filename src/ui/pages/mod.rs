//! One component per address.

mod anderen;
mod coach;
mod delen;
mod gedeeld;
mod home;
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

pub fn toon(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::OverDeVragen => html! { <over_vragen::OverVragen /> },
        Route::Tijdlijn => html! { <tijdlijn::Tijdlijn /> },
        Route::Profiel => html! { <profiel::Profiel /> },
        Route::Delen => html! { <delen::Delen /> },
        Route::Coach => html! { <coach::Coach /> },
        Route::Gedeeld { payload } => html! { <gedeeld::Gedeeld {payload} /> },
        Route::Anderen => html! { <anderen::Anderen /> },
        Route::KijkVraag { payload } => {
            html! { <kijk_vraag::KijkVraag key={payload.as_str()} payload={payload.clone()} /> }
        }
        Route::KijkTerug { payload } => {
            html! { <kijk_terug::KijkTerug key={payload.as_str()} payload={payload.clone()} /> }
        }
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
    }
}
