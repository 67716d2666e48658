use yew::prelude::*;

use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[component]
pub fn Home() -> Html {
    let t = use_winkel().t();
    let kaarten = [
        (Route::WieBenIk, t.wie_ben_ik_titel, t.wie_ben_ik_intro),
        (Route::WatKanIk, t.wat_kan_ik_titel, t.wat_kan_ik_intro),
        (Route::WatWilIk, t.wat_wil_ik_titel, t.wat_wil_ik_intro),
        (Route::Tijdlijn, t.tijdlijn_titel, t.home_tijdlijn_tekst),
        (Route::Profiel, t.profiel_titel, t.home_profiel_tekst),
    ];
    html! {
        <Pagina titel={t.home_titel}>
            <div class="welkom">
                <p class="intro">{ t.home_intro_1 }</p>
                <p>{ t.home_intro_2 }</p>
                <p>{ t.home_intro_3 }</p>
            </div>
            <h2>{ t.home_kies_titel }</h2>
            <p class="tip">{ t.home_tip }</p>
            <ul class="kaarten">
                { for kaarten.iter().map(|(route, titel, tekst)| html! {
                    <li class="kaart">
                        <a href={route.href()}>
                            <span class="kaart-titel">{ *titel }</span>
                            <span class="kaart-tekst">{ *tekst }</span>
                        </a>
                    </li>
                }) }
            </ul>
        </Pagina>
    }
}
