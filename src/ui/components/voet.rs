use yew::prelude::*;

use crate::content::teksten::vul;
use crate::domain::bewaren::Bewaarstand;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// When work was last saved, and the promise that everything stays here.
#[component]
pub fn Voet() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    // The trusted person's answers are never stored: the usual "kept at …" would be untrue.
    let route = yew_router::prelude::use_route::<Route>();
    let voor_een_ander = matches!(route, Some(Route::KijkVraag { .. }));
    let bewaard = if voor_een_ander {
        html! { { crate::content::kijk::VOET_NIET_BEWAARD.in_taal(winkel.taal()) } }
    } else if winkel.stand == Bewaarstand::AlleenGeheugen || winkel.laatste_fout.is_some() {
        html! { <strong>{ t.niet_bewaard_kort }</strong> }
    } else {
        match winkel.dokument.bewaard_op {
            Some(ms) => {
                html! { { vul(t.bewaard_om, &[&crate::services::klok::tijdstip(ms, winkel.taal().code(), true)]) } }
            }
            None => html! { { t.nog_niets_bewaard } },
        }
    };
    html! {
        <footer class="voet">
            <p class="bewaard" id="bewaard">{ bewaard }</p>
            <p class="voet-reflectie">{ t.voet_reflectie }</p>
            <p class="voet-links">
                <a href={Route::Hulp.href()} class="voet-hulp">{ crate::content::hulp::TITEL.in_taal(winkel.taal()) }</a>
                <a href={Route::Privacy.href()}>{ t.voet_privacy }</a>
                <a href={Route::Coach.href()}>{ t.nav_coach }</a>
            </p>
        </footer>
    }
}
