use yew::prelude::*;

use crate::content::modules;
use crate::content::teksten::Teksten;
use crate::domain::taal::{Taal, Tekstgrootte, Thema};
use crate::ui::components::iconen;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// The main menu; also written into the static first screen (content::voorscherm).
/// Help when it weighs too much is in it, so it is reached from the top of every
/// page, not only from the footer at its end (promise 4).
pub fn menu(t: &Teksten) -> [(Route, &'static str); 9] {
    [
        (Route::Home, t.nav_home),
        (Route::module(&modules::wie_ben_ik::MODULE), t.nav_wie_ben_ik),
        (Route::module(&modules::wat_kan_ik::MODULE), t.nav_wat_kan_ik),
        (Route::module(&modules::wat_wil_ik::MODULE), t.nav_wat_wil_ik),
        (Route::Tijdlijn, t.nav_tijdlijn),
        (Route::Profiel, t.nav_profiel),
        (Route::Delen, t.nav_delen),
        (Route::Privacy, t.nav_privacy),
        (Route::Hulp, t.nav_hulp),
    ]
}

/// The header of an entry that has its own (the coach's, issue 28): its menu,
/// where the name leads, the line under the name and the menu's name.
pub struct EigenKop {
    pub menu: Vec<(Route, &'static str)>,
    pub merk: Route,
    pub sub: &'static str,
    pub label: &'static str,
}

/// How an entry makes its own header, in a language.
pub type KopVan = fn(Taal) -> EigenKop;

thread_local! {
    /// The running entry's own header; `None`: the candidate's (set once at start).
    static EIGEN_KOP: std::cell::Cell<Option<KopVan>> = const { std::cell::Cell::new(None) };
}

/// The header of each entry: only the coach's pages have one of their own.
/// Called with a constant entry (`ui::start`), so the coach's header is only
/// in the coach's binary, never in the candidate's first load.
#[inline(always)]
pub fn kop_van(ingang: crate::ui::route::Ingang) -> Option<KopVan> {
    match ingang {
        crate::ui::route::Ingang::Coach => Some(coach_kop),
        _ => None,
    }
}

/// Set the running entry's own header, before the first render.
pub fn zet_eigen_kop(kop: Option<KopVan>) {
    EIGEN_KOP.with(|k| k.set(kop));
}

/// The coach's header and menu "Voor coaches" (issue 28): the pages of
/// `coach.html`, never the candidate's. Also in the coach's first screens.
pub fn coach_kop(taal: Taal) -> EigenKop {
    use crate::content::coach as c;
    EigenKop {
        menu: vec![
            (Route::Kandidaten, c::NAV_KANDIDATEN.in_taal(taal)),
            (Route::Coach, c::NAV_LINK.in_taal(taal)),
            (Route::Gedeeld { payload: crate::domain::deelpakket::GEEN_LINK.into() }, c::NAV_OPENEN.in_taal(taal)),
            (Route::CoachHulp, c::NAV_HULP.in_taal(taal)),
        ],
        merk: Route::Kandidaten,
        sub: crate::content::teksten::teksten(taal).nav_coach,
        label: c::MENU_LABEL.in_taal(taal),
    }
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
    // The coach's pages have a header and menu of their own: they speak to the coach.
    let eigen_kop = EIGEN_KOP.with(std::cell::Cell::get).map(|maak| maak(taal));
    let voor_coach = eigen_kop.is_some();
    let huidige_module = props.route.module_id();
    // In the coach's menu a page is the item of its kind: any opened share under
    // "Een deel openen", a candidate under "Mijn kandidaten" (see the items).
    let is_huidig = |route: &Route| {
        props.route == *route
            || (huidige_module.is_some() && huidige_module == route.module_id())
            || (voor_coach && std::mem::discriminant(&props.route) == std::mem::discriminant(route))
            || (voor_coach && matches!(props.route, Route::Kandidaat { .. }) && *route == Route::Kandidaten)
    };
    let (menu, merk_href, merk_sub, menu_label) = match eigen_kop {
        Some(k) => (k.menu, k.merk.href(), k.sub, k.label),
        None => (menu(t).to_vec(), Route::Home.href(), t.app_ondertitel, t.menu_label),
    };

    html! {
        <header class={classes!("kop", embed.then_some("kop-ingebed"), open.then_some("open"))} {onkeydown}>
            <a class="naar-inhoud" href="#inhoud" onclick={naar_inhoud}>{ t.naar_inhoud }</a>
            <div class="kop-balk">
                if embed {
                    <a href={Route::Home.href()} class="ingebed-start">{ t.nav_home }</a>
                } else {
                    <a href={merk_href} class="merk">
                        <span class="merk-naam">{ t.app_naam }</span>
                        <span class="merk-sub">{ merk_sub }</span>
                    </a>
                }
                <button type="button" id="menu-knop" class="menu-knop" aria-expanded={open.to_string()}
                    aria-controls="kop-paneel" onclick={wissel}>
                    { iconen::menu(*open) }
                    <span>{ if *open { t.menu_sluit } else { t.menu_knop } }</span>
                </button>
                <div id="kop-paneel" class="kop-paneel" hidden={!*open}>
                    if !embed {
                        <nav aria-label={menu_label}>
                            <ul class={classes!("menu", voor_coach.then_some("menu-coach"))}>
                                { for menu.iter().map(|(route, naam)| {
                                    let huidig = is_huidig(route);
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::domain::taal::Taal;
    use crate::ui::route::{Ingang, Route};
    use crate::ui::weergave_tests::Weergave;

    /// Issue 28: every page of coach.html (help included) has the coach's header and
    /// menu, in both languages; the candidate's pages keep theirs.
    #[test]
    fn the_coachs_pages_have_the_coachs_menu_and_no_other_page_has_it() {
        for taal in Taal::ALLE {
            let coach = super::coach_kop(taal);
            let kandidaat = super::menu(crate::content::teksten::teksten(taal));
            for route in [
                Route::Coach,
                Route::CoachHulp,
                Route::Kandidaten,
                Route::Gedeeld { payload: "bestand".into() },
                Route::Hulp,
            ] {
                let html = Weergave::nieuw(route.clone()).in_taal(taal).in_ingang(Ingang::Coach).scherm_html();
                assert!(html.contains(&format!("aria-label=\"{}\"", coach.label)), "{route:?} {taal:?}");
                for (r, naam) in &coach.menu {
                    assert!(
                        html.contains(&format!("href=\"{}\"", r.href())) && html.contains(naam),
                        "{route:?}: {naam}"
                    );
                }
                // Help is every entry's page (the coach's menu names its own help "Hulp" too).
                for (r, naam) in kandidaat.iter().filter(|(r, _)| !matches!(r, Route::Coach | Route::Hulp)) {
                    assert!(!html.contains(&format!(">{naam}</a>")), "{route:?}: the candidate's {r:?}");
                }
            }
            let thuis = Weergave::nieuw(Route::Home).in_taal(taal).scherm_html();
            assert!(!thuis.contains(coach.label), "the candidate's start has the candidate's menu");
            assert!(thuis.contains(kandidaat[5].1));
        }
    }
}
