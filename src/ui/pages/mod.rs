//! One component per address.

mod home;
mod info;
mod niet_gevonden;
mod privacy;
mod tijdlijn;

use yew::prelude::*;

use crate::ui::route::Route;

pub fn toon(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::Tijdlijn => html! { <tijdlijn::Tijdlijn /> },
        Route::NietGevonden => html! { <niet_gevonden::NietGevonden /> },
        andere => html! { <info::Info route={andere} /> },
    }
}
