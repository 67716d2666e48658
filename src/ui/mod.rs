//! The interface: pages render state and send actions; no rules live here.

pub mod app;
pub mod components;
pub mod pages;
pub mod route;
pub mod vast;
pub mod winkel;

use crate::content::teksten::{EN, NL};

/// Start the candidate's app (`index.html`).
pub fn start() {
    start_met::<app::App>(route::Ingang::Kandidaat);
}

/// Start the coach's app (`coach.html`): the link builder and the shared view.
pub fn start_coach() {
    start_met::<app::CoachApp>(route::Ingang::Coach);
}

/// Start an entry's app in `<body>`, with a friendly screen instead of a dead
/// page if anything ever panics.
fn start_met<A>(ingang: route::Ingang)
where
    A: yew::BaseComponent,
    A::Properties: Default,
{
    route::zet_ingang(ingang);
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        crate::services::pagina::toon_foutscherm(
            NL.fout_titel,
            NL.fout_tekst,
            EN.fout_titel,
            EN.fout_tekst,
            NL.niet_gevonden_link,
            EN.niet_gevonden_link,
        );
    }));
    yew::Renderer::<A>::new().render();
}
