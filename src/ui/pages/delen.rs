use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

/// Share on purpose: save file and coach link (being built).
#[component]
pub fn Delen() -> Html {
    let t = use_winkel().t();
    html! { <Pagina titel={t.delen_titel} intro={Some(AttrValue::from(t.delen_intro))} /> }
}
