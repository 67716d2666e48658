use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

/// The coach link builder (being built).
#[component]
pub fn Coach() -> Html {
    let t = use_winkel().t();
    html! { <Pagina titel={t.coach_titel} intro={Some(AttrValue::from(t.coach_intro))} /> }
}
