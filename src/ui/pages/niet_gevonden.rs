use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[component]
pub fn NietGevonden() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    html! {
        <Pagina titel={t.niet_gevonden_titel} intro={Some(AttrValue::from(t.niet_gevonden_tekst))}>
            <p><a class="knop" href={Route::Home.href()}>{ crate::content::nood::NAAR_START.in_taal(winkel.taal()) }</a></p>
        </Pagina>
    }
}
