use yew::prelude::*;

use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::antwoorden::ModuleStand;
use crate::domain::voortgang;
use crate::ui::components::coach_welkom::CoachWelkom;
use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[component]
pub fn Home() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let kort = |id: &str| match id {
        "wie-ben-ik" => t.wie_ben_ik_intro,
        "wat-kan-ik" => t.wat_kan_ik_intro,
        "wat-wil-ik" => t.wat_wil_ik_intro,
        "energie" => t.energie_kort,
        "zorgen" => t.zorgen_kort,
        _ => t.stappen_kort,
    };
    let leeg = ModuleStand::default();
    let modules = MODULES.iter().filter_map(|m| {
        let route = Route::van_module(m.id)?;
        let stand = winkel.dokument.modules.get(m.id).unwrap_or(&leeg);
        let klaar = voortgang::delen_klaar(m, &stand);
        let voortgang = if klaar == 0 && stand.antwoorden.is_empty() {
            t.home_nog_niet.to_string()
        } else {
            vul(t.module_voortgang, &[&klaar.to_string(), &m.delen.len().to_string()])
        };
        Some(html! {
            <li class="kaart">
                <a href={route.href()}>
                    <span class="kaart-titel">{ m.titel.in_taal(taal) }</span>
                    <span class="kaart-tekst">{ kort(m.id) }</span>
                    <span class="kaart-voortgang">{ voortgang }</span>
                </a>
            </li>
        })
    });
    html! {
        <Pagina titel={t.home_titel}>
            <CoachWelkom />
            <div class="welkom">
                <p class="intro">{ t.home_intro_1 }</p>
                <p>{ t.home_intro_2 }</p>
                <p>{ t.home_intro_3 }</p>
            </div>
            <h2>{ t.home_kies_titel }</h2>
            <p class="tip">{ t.home_tip }</p>
            <ul class="kaarten">
                { for modules }
                <li class="kaart">
                    <a href={Route::Tijdlijn.href()}>
                        <span class="kaart-titel">{ t.tijdlijn_titel }</span>
                        <span class="kaart-tekst">{ t.home_tijdlijn_tekst }</span>
                    </a>
                </li>
                <li class="kaart">
                    <a href={Route::Profiel.href()}>
                        <span class="kaart-titel">{ t.profiel_titel }</span>
                        <span class="kaart-tekst">{ t.home_profiel_tekst }</span>
                    </a>
                </li>
            </ul>
        </Pagina>
    }
}
