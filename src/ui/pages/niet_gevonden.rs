use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[component]
pub fn NietGevonden() -> Html {
    let t = use_winkel().t();
    html! {
        <Pagina titel={t.niet_gevonden_titel} intro={Some(AttrValue::from(t.niet_gevonden_tekst))}>
            <p><a class="knop" href={Route::Home.href()}>{ t.niet_gevonden_link }</a></p>
        </Pagina>
    }
}
