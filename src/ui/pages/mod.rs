//! One component per address.

mod coach;
mod delen;
mod gedeeld;
mod home;
mod module;
mod niet_gevonden;
mod privacy;
mod profiel;
mod tijdlijn;

use yew::prelude::*;

use crate::content::modules;
use crate::domain::vragenlijst::Module;
use crate::ui::route::Route;

/// Keyed by module, so moving between modules starts each one fresh.
fn module_pagina(module: &'static Module) -> Html {
    html! { <module::ModulePagina key={module.id} module={crate::ui::vast::Vast(module)} /> }
}

pub fn toon(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::Tijdlijn => html! { <tijdlijn::Tijdlijn /> },
        Route::Profiel => html! { <profiel::Profiel /> },
        Route::Delen => html! { <delen::Delen /> },
        Route::Coach => html! { <coach::Coach /> },
        Route::Gedeeld { payload } => html! { <gedeeld::Gedeeld {payload} /> },
        Route::WieBenIk => module_pagina(&modules::wie_ben_ik::MODULE),
        Route::WatKanIk => module_pagina(&modules::wat_kan_ik::MODULE),
        Route::WatWilIk => module_pagina(&modules::wat_wil_ik::MODULE),
        Route::Energie => module_pagina(&modules::energie::MODULE),
        Route::Zorgen => module_pagina(&modules::zorgen::MODULE),
        Route::Stappen => module_pagina(&modules::stappen::MODULE),
        Route::NietGevonden => html! { <niet_gevonden::NietGevonden /> },
    }
}
