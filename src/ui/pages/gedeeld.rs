use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub struct GedeeldProps {
    pub payload: String,
}

/// A shared result opened by the coach (being built).
#[component]
pub fn Gedeeld(_props: &GedeeldProps) -> Html {
    let t = use_winkel().t();
    html! { <Pagina titel={t.gedeeld_titel} intro={Some(AttrValue::from(t.gedeeld_intro))} /> }
}
