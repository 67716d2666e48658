use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

/// The personal poortwachter timeline (being built).
#[component]
pub fn Tijdlijn() -> Html {
    let t = use_winkel().t();
    html! { <Pagina titel={t.tijdlijn_titel} intro={Some(AttrValue::from(t.tijdlijn_intro))} /> }
}
