//! `#/kandidaten`: a placeholder until the coach's workspace (issue 28, items
//! 2–6) is merged; the lead drops this file then.

use yew::prelude::*;

use crate::content::coach as c;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

#[component]
pub fn Kandidaten() -> Html {
    let taal = use_winkel().taal();
    html! {
        <Pagina titel={c::KANDIDATEN_TITEL.in_taal(taal)}>
            <p>{ c::KANDIDATEN_KOMT.in_taal(taal) }</p>
        </Pagina>
    }
}
