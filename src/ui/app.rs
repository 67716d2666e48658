use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::tekstbestand::{self, Deel};
use crate::ui::components::coach_welkom::{use_coach_link, CoachLink};
use crate::ui::components::embed_melding::EmbedMelding;
use crate::ui::components::kop::Kop;
use crate::ui::components::meldingen::Meldingen;
use crate::ui::components::voet::Voet;
use crate::ui::route::Route;
use crate::ui::winkel::WinkelProvider;

#[derive(Properties)]
pub struct AppProps {
    /// The entry's page table (`pages::tabel`): each binary passes its own,
    /// so the others' pages are not linked in.
    pub paginas: crate::ui::pages::Tabel,
}

/// Set once when the root renders and never changed, so there is nothing to
/// compare (function pointers do not compare reliably anyway).
impl PartialEq for AppProps {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // A page of every entry (the help page) first; then the entry's own table.
    let paginas = props.paginas;
    let pagina = Callback::from(move |route: Route| crate::ui::pages::toon(paginas, route));
    html! {
        <HashRouter>
            <WinkelProvider>
                <Schil pagina={pagina} />
            </WinkelProvider>
        </HashRouter>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct SchilProps {
    /// The entry's pages, passed in so each binary holds only its own.
    pub pagina: Callback<Route, Html>,
}

/// The frame around every page: skip link, header, notices, content, footer.
/// Also rendered natively for the static first screens (`content::voorscherm`).
#[component]
pub(crate) fn Schil(props: &SchilProps) -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NietGevonden);
    // A deliberate crash, so an end-to-end test can prove a panic in the real
    // app shows the crash screen. Only a script of the page itself (a test's
    // init script) can set this flag; a link or an embedding site cannot.
    if crate::services::pagina::vlag("__spoorwijzerTestCrash") {
        panic!("deliberate crash for the crash-screen test");
    }
    let eerste = use_mut_ref(|| true);
    let winkel = crate::ui::winkel::use_winkel();
    let t = winkel.t();
    // The texts of an entry's own part (the timeline's) are a file of their own, fetched with its page.
    let deel_mist =
        Some(route.deel()).filter(|d| *d != Deel::Basis && tekstbestand::deel_geladen(winkel.taal(), *d).is_none());
    let deel_mislukt = use_state(|| false);
    {
        let (winkel, deel_mislukt) = (winkel.clone(), deel_mislukt.clone());
        use_effect_with((deel_mist, winkel.taal()), move |(mist, taal)| {
            if let Some(deel) = *mist {
                let taal = *taal;
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::services::teksten::laad_deel(taal, deel).await {
                        Ok(()) => winkel.deel_geladen(),
                        Err(_) => deel_mislukt.set(true),
                    }
                });
            }
        });
    }
    // While a newly chosen language or a page's texts load (a moment), the page says it is busy.
    let laadt = winkel.laadt_taal() || (deel_mist.is_some() && !*deel_mislukt);
    let embed = crate::services::embed::actief();
    let coach_link = use_coach_link();
    // A text this page asked for but no loaded file holds shows as an empty place:
    // say so in the console, where the browser tests look for errors.
    use_effect(|| {
        for sleutel in tekstbestand::neem_gemist() {
            web_sys::console::error_1(&format!("Spoorwijzer: text {sleutel:08x} is missing on this page").into());
        }
    });
    use_effect_with((), |_| crate::services::embed::start());
    use_effect_with(route.clone(), move |route| {
        // A new page stops reading aloud (pwa/voorlezen.js listens).
        crate::services::pagina::meld("voorlezen-stop");
        // Not on the first load: there the browser's own start is right.
        if !std::mem::replace(&mut *eerste.borrow_mut(), false) {
            crate::services::pagina::scroll_naar_boven();
            // A module step puts focus on its own heading (the part), not on the page title.
            if !matches!(route.stap(), Some(s) if s != crate::ui::route::Stap::Overzicht) {
                crate::services::pagina::focus_op_kop();
            }
        }
    });
    html! {
        <ContextProvider<CoachLink> context={coach_link}>
            <Kop route={route} />
            <main id="inhoud" tabindex="-1" aria-busy={laadt.then_some("true")}>
                if embed {
                    <EmbedMelding />
                }
                <Meldingen />
                if deel_mist.is_none() {
                    <Switch<Route> render={props.pagina.clone()} />
                } else {
                    <p class="laden" role="status">
                        { if *deel_mislukt { t.voorscherm_mislukt } else { t.voorscherm_laden } }
                    </p>
                }
            </main>
            <Voet />
        </ContextProvider<CoachLink>>
    }
}
