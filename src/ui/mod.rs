//! The interface: pages render state and send actions; no rules live here.

pub mod app;
pub mod components;
pub mod pages;
pub mod route;
pub mod vast;
pub mod winkel;

use crate::content::nood;

/// Start the candidate's app (`index.html`): the start, the modules, the profile.
pub fn start() {
    start_met(route::Ingang::Kandidaat, pages::toon, geen_voorlopige_taal);
}

/// Start the timeline's entry (`tijdlijn.html`).
pub fn start_tijdlijn() {
    start_met(route::Ingang::Tijdlijn, pages::toon_tijdlijn, geen_voorlopige_taal);
}

/// Start the sharing entry (`delen.html`): the coach, the save file, "Kijk van een ander".
pub fn start_delen() {
    // Only this entry opens invitations (`#/kijk/…`): only its binary carries the reader.
    start_met(route::Ingang::Delen, pages::toon_delen, crate::domain::kijk::taal_van_uitnodiging);
}

/// Start the coach's app (`coach.html`): the link builder and the shared view.
pub fn start_coach() {
    start_met(route::Ingang::Coach, pages::toon_coach, geen_voorlopige_taal);
}

/// Start an entry's app in `<body>`, with a friendly screen instead of a dead
/// page if anything ever panics. `paginas` is the entry's own page table: only
/// the pages it names are linked into that binary.
fn geen_voorlopige_taal(_: &str) -> Option<crate::domain::taal::Taal> {
    None
}

/// `voorlopige_taal` reads a language for this visit from the address (see
/// `winkel::Staat::zet_voorlopige_taal`).
fn start_met(
    ingang: route::Ingang,
    paginas: fn(route::Route) -> yew::Html,
    voorlopige_taal: fn(&str) -> Option<crate::domain::taal::Taal>,
) {
    route::zet_ingang(ingang);
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        crate::services::pagina::toon_foutscherm(
            nood::FOUT_TITEL.nl,
            nood::FOUT_TEKST.nl,
            nood::FOUT_TITEL.en,
            nood::FOUT_TEKST.en,
            nood::NAAR_START.nl,
            nood::NAAR_START.en,
        );
    }));
    // Storage is read once, here: its language decides which texts to load
    // before the first render, and the store starts from the same state.
    let mut staat = winkel::Staat::start();
    staat.zet_voorlopige_taal(voorlopige_taal(&crate::services::pagina::hash()));
    let taal = staat.gewenste_taal();
    wasm_bindgen_futures::spawn_local(async move {
        use crate::domain::taal::Taal;
        use crate::{services::teksten::meld_mislukt, ui::winkel::laad_teksten as laad};
        let anders = if taal == Taal::Nl { Taal::En } else { Taal::Nl };
        // The other language with a notice rather than no app; when neither
        // loads, the static first screen stays and says so in plain words.
        let geladen = match laad(taal).await {
            Ok(()) => Ok(()),
            Err(fout) => match laad(anders).await {
                Ok(()) => {
                    staat.taal_mislukt(taal);
                    Ok(())
                }
                Err(_) => Err(fout),
            },
        };
        match geladen {
            Ok(()) => {
                winkel::zet_startstaat(staat);
                yew::Renderer::<app::App>::with_props(app::AppProps { paginas }).render();
            }
            Err(fout) => meld_mislukt(&fout),
        }
    });
}
