//! Shown only inside another website (`?embed=1`): where the answers are kept,
//! and two ways out of the frame's separate storage.

use yew::prelude::*;

use crate::content::coach as c;
use crate::services::embed;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// Browsers keep an embedded page's storage apart per website (storage
/// partitioning), so the person is told plainly, with "open in a tab of its
/// own" and the save file as the way to take answers along. Folded to its first
/// sentence: open, it took a third of a phone's first screen on every page.
#[component]
pub fn EmbedMelding() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    // Subscribed to the route, so the address below follows every page change.
    let _route = yew_router::prelude::use_route::<Route>();
    let eigen_tabblad = embed::adres_zonder_embed();
    html! {
        <details class="ingebed">
            <summary>{ c::INGEBED_KORT.in_taal(taal) }</summary>
            <p>{ c::INGEBED_TEKST.in_taal(taal) }</p>
            <p class="ingebed-links">
                <a href={eigen_tabblad} target="_blank" rel="noopener">
                    { c::INGEBED_EIGEN_TABBLAD.in_taal(taal) }
                    <span class="sr-only">{ " " }{ c::NIEUW_TABBLAD.in_taal(taal) }</span>
                </a>
                <a href={Route::Delen.href()}>{ c::INGEBED_BEWAARBESTAND.in_taal(taal) }</a>
            </p>
        </details>
    }
}
