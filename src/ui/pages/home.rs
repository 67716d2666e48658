//! `#/`: one clear start for a first visit; for a returning person first
//! "carry on where you were", then every module with its own progress.

use yew::prelude::*;

use crate::content::modules::MODULES;
use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::ModuleStand;
use crate::domain::navigatie::{hervat_stap, ooit_begonnen, verder_met};
use crate::domain::voortgang::{self, Geleden};
use crate::ui::components::coach_welkom::CoachWelkom;
use crate::ui::components::iconen;
use crate::ui::components::pagina::Pagina;
use crate::ui::route::{Route, Stap};
use crate::ui::winkel::use_winkel;

pub fn geleden_tekst(t: &'static Teksten, toen_ms: f64, nu_ms: f64) -> String {
    match voortgang::geleden(toen_ms, nu_ms) {
        Geleden::Net => t.geleden_net.to_string(),
        Geleden::Minuten(n) => vul(t.geleden_minuten, &[&n.to_string()]),
        Geleden::Uren(n) => vul(t.geleden_uren, &[&n.to_string()]),
        Geleden::Dagen(n) => vul(t.geleden_dagen, &[&n.to_string()]),
    }
}

#[component]
pub fn Home() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let doc = &winkel.dokument;
    let leeg = ModuleStand::default();
    let terugkeer = doc.modules.values().any(ooit_begonnen);

    let kaarten = MODULES.iter().filter_map(|m| {
        let route = Route::van_module(m.id)?;
        let stand = doc.modules.get(m.id).unwrap_or(&leeg);
        let klaar = voortgang::delen_klaar(m, stand);
        let n = m.delen.len();
        let status = if klaar == n {
            t.home_klaar.to_string()
        } else if ooit_begonnen(stand) {
            vul(t.module_voortgang, &[&klaar.to_string(), &n.to_string()])
        } else {
            t.home_nog_niet.to_string()
        };
        Some(html! {
            <li class={classes!("kaart", (klaar == n).then_some("kaart-klaar"))}>
                <a href={route.href()}>
                    <span class="kaart-kop">
                        <span class="kaart-icoon">{ iconen::van(m.id) }</span>
                        <span class="kaart-titel">{ m.titel.in_taal(taal) }</span>
                        if klaar == n { <span class="kaart-vinkje">{ iconen::vinkje() }</span> }
                    </span>
                    <span class="kaart-tekst">{ m.kort.in_taal(taal) }</span>
                    <progress class="voortgang" max={n.to_string()} value={klaar.to_string()} aria-hidden="true"></progress>
                    <span class="kaart-voortgang">{ status }</span>
                </a>
            </li>
        })
    });

    let verder = verder_met(&MODULES, doc.laatste_module.as_deref(), &doc.modules).map(|(m, stand)| {
        let stap = hervat_stap(m, stand);
        let deel = match stap {
            Stap::Vraag { deel, .. } => {
                m.delen.get(deel).map(|d| vul(t.home_verder_deel, &[&(deel + 1).to_string(), d.titel.in_taal(taal)]))
            }
            _ => None,
        };
        let wanneer = doc.bewaard_op.map(|ms| geleden_tekst(t, ms, crate::services::pagina::nu_ms()));
        html! {
            <section class="verder" aria-labelledby="verder-kop">
                <h2 id="verder-kop">{ t.home_verder_titel }</h2>
                <div class="verder-inhoud">
                    <span class="kaart-icoon">{ iconen::van(m.id) }</span>
                    <p>
                        <strong>{ m.titel.in_taal(taal) }</strong>
                        if let Some(d) = deel { <br />{ d } }
                        if let Some(w) = wanneer { <br /><span class="hint">{ w }</span> }
                    </p>
                </div>
                <a class="knop groot" href={stap.route(m.id).href()}>{ t.home_verder_knop }</a>
            </section>
        }
    });

    let eerste = &MODULES[0];
    html! {
        <Pagina titel={t.home_titel}>
            <CoachWelkom />
            if terugkeer {
                if let Some(verder) = verder {
                    { verder }
                } else {
                    // Everything begun is finished: the profile is the next thing worth seeing.
                    <section class="verder" aria-labelledby="verder-kop">
                        <h2 id="verder-kop">{ t.home_alles_klaar }</h2>
                        <a class="knop groot" href={Route::Profiel.href()}>{ t.module_naar_profiel }</a>
                    </section>
                }
            } else {
                <div class="welkom">
                    <p class="intro">{ t.home_intro_1 }</p>
                    <a class="knop groot" href={Stap::Vraag { deel: 0, vraag: 0 }.route(eerste.id).href()}>
                        { vul(t.home_begin_met, &[eerste.titel.in_taal(taal)]) }
                    </a>
                    <p class="hint">{ t.home_begin_uitleg }</p>
                    <p class="klein">{ t.home_intro_3 }</p>
                </div>
            }
            <h2>{ if terugkeer { t.home_alles_titel } else { t.home_kies_titel } }</h2>
            <p class="tip">{ t.home_tip }</p>
            <ul class="kaarten">
                { for kaarten }
                <li class="kaart">
                    <a href={Route::Tijdlijn.href()}>
                        <span class="kaart-kop">
                            <span class="kaart-icoon">{ iconen::van("tijdlijn") }</span>
                            <span class="kaart-titel">{ t.tijdlijn_titel }</span>
                        </span>
                        <span class="kaart-tekst">{ t.home_tijdlijn_tekst }</span>
                    </a>
                </li>
                <li class="kaart">
                    <a href={Route::Beroepen.href()}>
                        <span class="kaart-kop">
                            <span class="kaart-icoon">{ iconen::van("wat-wil-ik") }</span>
                            <span class="kaart-titel">{ t.beroepen_link }</span>
                        </span>
                        <span class="kaart-tekst">{ t.beroepen_link_tekst }</span>
                    </a>
                </li>
                <li class="kaart">
                    <a href={Route::Profiel.href()}>
                        <span class="kaart-kop">
                            <span class="kaart-icoon">{ iconen::van("profiel") }</span>
                            <span class="kaart-titel">{ t.profiel_titel }</span>
                        </span>
                        <span class="kaart-tekst">{ t.home_profiel_tekst }</span>
                    </a>
                </li>
            </ul>
            <details class="over">
                <summary>{ t.home_over }</summary>
                if terugkeer { <p>{ t.home_intro_1 }</p> }
                <p>{ t.home_intro_2 }</p>
                if terugkeer { <p>{ t.home_intro_3 }</p> }
            </details>
        </Pagina>
    }
}
