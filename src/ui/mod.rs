//! The interface: pages render state and send actions; no rules live here.

pub mod app;
pub mod components;
pub mod pages;
pub mod route;
pub mod vast;
pub mod winkel;

/// Native renders of the pages for the text tests (yew's `ssr`, a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod weergave_tests;

use crate::content::nood;

/// Start an entry's app: `src/main.rs` and `src/bin/*.rs` each call this with
/// their own entry as a constant, so only that entry's pages (`pages::tabel`)
/// are linked into the binary.
#[inline(always)]
pub fn start(ingang: route::Ingang) {
    // Only the sharing entry opens invitations (`#/kijk/…`): only its binary carries the reader.
    let voorlopige_taal = match ingang {
        route::Ingang::Delen => crate::domain::kijk::taal_van_uitnodiging,
        _ => geen_voorlopige_taal,
    };
    // The coach's pages have their own header: only the coach's binary holds it.
    components::kop::zet_eigen_kop(components::kop::kop_van(ingang));
    start_met(ingang, pages::tabel(ingang), voorlopige_taal);
}

/// No language for this visit from the address (every entry but sharing).
fn geen_voorlopige_taal(_: &str) -> Option<crate::domain::taal::Taal> {
    None
}

/// Start an entry's app in `<body>`, with a friendly screen instead of a dead
/// page if anything ever panics. `paginas` is the entry's own page table: only
/// the pages it names are linked into that binary.
/// `voorlopige_taal` reads a language for this visit from the address (see
/// `winkel::Staat::zet_voorlopige_taal`).
fn start_met(
    ingang: route::Ingang,
    paginas: pages::Tabel,
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
        // The start in three tasks, so a tap on the first screen waits for one at most:
        // instantiating and storage above, the texts here, the first render below.
        crate::services::venster::geef_beurt().await;
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
                crate::services::venster::geef_beurt().await;
                yew::Renderer::<app::App>::with_props(app::AppProps { paginas }).render();
            }
            Err(fout) => meld_mislukt(&fout),
        }
    });
}
