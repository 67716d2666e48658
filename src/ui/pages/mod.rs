//! One component per address.

mod home;
mod info;
mod niet_gevonden;
mod privacy;

use yew::prelude::*;

use crate::ui::route::Route;

pub fn toon(route: Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::NietGevonden => html! { <niet_gevonden::NietGevonden /> },
        andere => html! { <info::Info route={andere} /> },
    }
}
