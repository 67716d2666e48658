use yew::prelude::*;

use crate::content::modules;
use crate::content::teksten::Teksten;
use crate::domain::taal::{Taal, Tekstgrootte, Thema};
use crate::ui::components::iconen;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// The main menu; also written into the static first screen (content::voorscherm).
pub fn menu(t: &Teksten) -> [(Route, &'static str); 8] {
    [
        (Route::Home, t.nav_home),
        (Route::module(&modules::wie_ben_ik::MODULE), t.nav_wie_ben_ik),
        (Route::module(&modules::wat_kan_ik::MODULE), t.nav_wat_kan_ik),
        (Route::module(&modules::wat_wil_ik::MODULE), t.nav_wat_wil_ik),
        (Route::Tijdlijn, t.nav_tijdlijn),
        (Route::Profiel, t.nav_profiel),
        (Route::Delen, t.nav_delen),
        (Route::Privacy, t.nav_privacy),
    ]
}

#[derive(Properties, PartialEq)]
pub struct KopProps {
    pub route: Route,
}

/// Skip link, name, and one "Menu" button that opens the menu, language and
/// text size: on a phone the header stays one slim bar. Wide screens show the
/// panel's contents inline (CSS), so the button is only there on a phone.
#[component]
pub fn Kop(props: &KopProps) -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let grootte = winkel.dokument.instellingen.tekstgrootte;
    // Inside another website: no name and no menu, only a way home and the settings.
    let embed = crate::services::embed::actief();
    // Open when the person opened the static first screen's menu before the app ran.
    let open = use_state(crate::services::pagina::neem_menu_open);

    // A new page closes the menu (not the first render: that is no new page).
    {
        let open = open.clone();
        let vorige = use_mut_ref(|| props.route.clone());
        use_effect_with(props.route.clone(), move |route| {
            if *vorige.borrow() != *route {
                *vorige.borrow_mut() = route.clone();
                open.set(false);
            }
        });
    }

    // A plain `href="#inhoud"` would be read as a route by the hash router.
    let naar_inhoud = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::services::pagina::focus_op("inhoud");
    });

    let wissel = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // Escape closes the open menu and gives focus back to its button, as a disclosure should.
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                open.set(false);
                crate::services::pagina::focus_op("menu-knop");
            }
        })
    };

    let taalknop = |doel: Taal, naam: &'static str| {
        let winkel = winkel.clone();
        let onclick = Callback::from(move |_| {
            winkel.zet_taal(doel);
            crate::services::pagina::verwijder_taal_uit_adres();
        });
        html! {
            <button type="button" class="schakel" lang={doel.code()} aria-pressed={(taal == doel).to_string()} {onclick}>{ naam }</button>
        }
    };
    let grootteknop = |doel: Tekstgrootte, label: &'static str, teken: &'static str| {
        let winkel = winkel.clone();
        let onclick = Callback::from(move |_| winkel.zet_tekstgrootte(doel));
        html! {
            <button type="button" class={classes!("schakel", "grootte", doel.klasse())} aria-label={label} title={label}
                aria-pressed={(grootte == doel).to_string()} {onclick}>{ teken }</button>
        }
    };

    let instellingen = &winkel.dokument.instellingen;
    let themaknop = |doel: Thema, label: &'static str| {
        let winkel = winkel.clone();
        let onclick = Callback::from(move |_| winkel.zet_thema(doel));
        html! {
            <button type="button" class="schakel" aria-pressed={(instellingen.thema == Some(doel)).to_string()} {onclick}>{ label }</button>
        }
    };
    let ruimknop = {
        let winkel = winkel.clone();
        let aan = instellingen.ruim;
        let onclick = Callback::from(move |_| winkel.zet_ruim(!aan));
        html! {
            <button type="button" class="schakel" aria-pressed={aan.to_string()} {onclick}>{ t.ruimte_knop }</button>
        }
    };

    let menu = menu(t);
    let huidige_module = props.route.module_id();

    html! {
        <header class={classes!("kop", embed.then_some("kop-ingebed"), open.then_some("open"))} {onkeydown}>
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
                <button type="button" id="menu-knop" class="menu-knop" aria-expanded={open.to_string()}
                    aria-controls="kop-paneel" onclick={wissel}>
                    { iconen::menu(*open) }
                    <span>{ if *open { t.menu_sluit } else { t.menu_knop } }</span>
                </button>
                <div id="kop-paneel" class="kop-paneel" hidden={!*open}>
                    if !embed {
                        <nav aria-label={t.menu_label}>
                            <ul class="menu">
                                { for menu.iter().map(|(route, naam)| {
                                    let huidig = props.route == *route
                                        || (huidige_module.is_some() && huidige_module == route.module_id());
                                    html! {
                                        <li>
                                            <a href={route.href()} aria-current={huidig.then_some("page")}>{ *naam }</a>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </nav>
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
                            { ruimknop }
                        </div>
                        <div class="knoppenrij" role="group" aria-label={t.thema_label}>
                            { themaknop(Thema::Standaard, t.thema_standaard) }
                            { themaknop(Thema::Contrast, t.thema_contrast) }
                            { themaknop(Thema::Rustig, t.thema_rustig) }
                        </div>
                        { voorlees_uitleg(taal) }
                    </div>
                </div>
            </div>
        </header>
    }
}

/// Whether this device can read aloud in the page's language, and if not, why
/// and how to add a voice (issue 29). Folded: it takes no room until asked.
/// Both answers are in the page; the stylesheet shows the one that holds
/// (`html.kan-voorlezen`, set by pwa/voorscherm.js).
fn voorlees_uitleg(taal: Taal) -> Html {
    use crate::content::voorlezen as v;
    html! {
        <details class="voorlees-uitleg">
            <summary>{ v::KOP.in_taal(taal) }</summary>
            <p class="met-stem">{ v::WEL.in_taal(taal) }</p>
            <div class="zonder-stem">
                { for [&v::NIET, &v::WAAROM, &v::HOE].into_iter().map(|x| html! { <p>{ x.in_taal(taal) }</p> }) }
                <ul>{ for v::STAPPEN.iter().map(|s| html! { <li>{ s.in_taal(taal) }</li> }) }</ul>
            </div>
        </details>
    }
}
