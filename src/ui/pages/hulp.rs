//! `#/hulp`: where to turn when it weighs too much. Every entry shows it itself
//! (`Route::in_elke_ingang`), so it is one tap from every footer, the coach's
//! side included, and its words are on the first screen before the app runs.

use yew::prelude::*;

use crate::content::hulp;
use crate::ui::components::hulp::hulp_blok;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

#[component]
pub fn Hulp() -> Html {
    let taal = use_winkel().taal();
    html! {
        <Pagina titel={hulp::TITEL.in_taal(taal)} intro={Some(AttrValue::from(hulp::INTRO.in_taal(taal)))}>
            { hulp_blok(taal, 2) }
            <p>{ hulp::ANDER.in_taal(taal) }</p>
            <p class="hint">{ hulp::NIETS_VERSTUURD.in_taal(taal) }</p>
        </Pagina>
    }
}
