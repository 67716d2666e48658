use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub struct InfoProps {
    pub route: Route,
}

/// Heading and a sentence on what the page holds.
#[component]
pub fn Info(props: &InfoProps) -> Html {
    let t = use_winkel().t();
    let (titel, intro) = match props.route {
        Route::WieBenIk => (t.wie_ben_ik_titel, t.wie_ben_ik_intro),
        Route::WatKanIk => (t.wat_kan_ik_titel, t.wat_kan_ik_intro),
        Route::WatWilIk => (t.wat_wil_ik_titel, t.wat_wil_ik_intro),
        Route::Tijdlijn => (t.tijdlijn_titel, t.tijdlijn_intro),
        Route::Profiel => (t.profiel_titel, t.profiel_intro),
        Route::Delen => (t.delen_titel, t.delen_intro),
        Route::Coach => (t.coach_titel, t.coach_intro),
        _ => (t.niet_gevonden_titel, t.niet_gevonden_tekst),
    };
    html! { <Pagina titel={titel} intro={Some(AttrValue::from(intro))} /> }
}
