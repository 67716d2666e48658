use yew::prelude::*;

use crate::domain::dokument::Actie;
use crate::domain::taal::{Taal, Tekstgrootte};
use crate::ui::route::Route;
use crate::ui::winkel::{use_winkel, Bericht};

#[derive(Properties, PartialEq)]
pub struct KopProps {
    pub route: Route,
}

/// Skip link, name, language and text-size controls, and the main menu.
#[component]
pub fn Kop(props: &KopProps) -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let grootte = winkel.dokument.instellingen.tekstgrootte;
    // Inside another website: no name and no menu, only a way home and the settings.
    let embed = crate::services::embed::actief();

    // A plain `href="#inhoud"` would be read as a route by the hash router.
    let naar_inhoud = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::services::pagina::focus_op("inhoud");
    });

    let taalknop = |doel: Taal, naam: &'static str| {
        let winkel = winkel.clone();
        let onclick = Callback::from(move |_| {
            winkel.dispatch(Bericht::Wijzig(Actie::ZetTaal(doel)));
            crate::services::pagina::verwijder_taal_uit_adres();
        });
        html! {
            <button type="button" class="schakel" lang={doel.code()} aria-pressed={(taal == doel).to_string()} {onclick}>{ naam }</button>
        }
    };
    let grootteknop = |doel: Tekstgrootte, label: &'static str, teken: &'static str| {
        let winkel = winkel.clone();
        let onclick = Callback::from(move |_| winkel.dispatch(Bericht::Wijzig(Actie::ZetTekstgrootte(doel))));
        html! {
            <button type="button" class={classes!("schakel", "grootte", doel.klasse())} aria-label={label} title={label}
                aria-pressed={(grootte == doel).to_string()} {onclick}>{ teken }</button>
        }
    };

    let menu = [
        (Route::Home, t.nav_home),
        (Route::WieBenIk, t.nav_wie_ben_ik),
        (Route::WatKanIk, t.nav_wat_kan_ik),
        (Route::WatWilIk, t.nav_wat_wil_ik),
        (Route::Tijdlijn, t.nav_tijdlijn),
        (Route::Profiel, t.nav_profiel),
        (Route::Delen, t.nav_delen),
        (Route::Privacy, t.nav_privacy),
    ];

    html! {
        <header class={classes!("kop", embed.then_some("kop-ingebed"))}>
            <a class="naar-inhoud" href="#inhoud" onclick={naar_inhoud}>{ t.naar_inhoud }</a>
            <div class="kop-balk">
                if embed {
                    <a href={Route::Home.href()} class="ingebed-start">{ t.nav_home }</a>
                } else {
                    <a href={Route::Home.href()} class="merk">
                        <span class="merk-naam">{ t.app_naam }</span>
                        <span class="merk-sub">{ t.app_ondertitel }</span>
                    </a>
                }
                <div class="instellingen" role="group" aria-label={t.instellingen_label}>
                    <div class="knoppenrij" role="group" aria-label={t.taal_label}>
                        { taalknop(Taal::Nl, t.taal_naam_nl) }
                        { taalknop(Taal::En, t.taal_naam_en) }
                    </div>
                    <div class="knoppenrij" role="group" aria-label={t.tekstgrootte_label}>
                        { grootteknop(Tekstgrootte::Normaal, t.tekstgrootte_normaal, "A") }
                        { grootteknop(Tekstgrootte::Groot, t.tekstgrootte_groot, "A") }
                        { grootteknop(Tekstgrootte::Groter, t.tekstgrootte_groter, "A") }
                    </div>
                </div>
            </div>
            if !embed {
                <nav aria-label={t.menu_label}>
                    <ul class="menu">
                        { for menu.iter().map(|(route, naam)| {
                            let huidig = props.route == *route;
                            html! {
                                <li>
                                    <a href={route.href()} aria-current={huidig.then_some("page")}>{ *naam }</a>
                                </li>
                            }
                        }) }
                    </ul>
                </nav>
            }
        </header>
    }
}
