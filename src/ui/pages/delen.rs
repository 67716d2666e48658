//! `#/delen`: share chosen parts with a coach as a link with a code, a file or
//! a printed sheet; keep everything safe in a save file, and load one back
//! (with a preview and a choice between merging and replacing).
//!
//! Sharing comes first: it is what most people open this page for, and on a
//! phone the save-file parts above it pushed it many screens down.
//!
//! Nothing changes in storage until the person confirms an import. The share
//! preview and the link are built by the same `deelpakket::maak`, so what the
//! preview shows is exactly what the coach will see.
//!
//! Each part is a component with its own reducer; their states and steps are
//! plain Rust in `delen/model.rs`, with native tests.

use yew::prelude::*;

use crate::content::delen as d;
use crate::domain::taal::Taal;
use crate::services::venster;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

// Making a save file, with the passphrase step.
mod bewaren;
// Sharing with a coach.
mod met_coach;
// The parts' states and steps.
mod model;
// Loading a save file back.
mod terughalen;

use model::Status;

#[component]
pub fn Delen() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    // In-page jumps are buttons: a `#id` link would be read as a route by the hash router.
    let sprong = |id: &'static str| Callback::from(move |_: MouseEvent| venster::spring_naar(id));
    html! {
        <Pagina titel={d::TITEL.in_taal(taal)} intro={Some(AttrValue::from(d::INTRO.in_taal(taal)))}>
            <nav class="niet-printen delen-keuze" aria-label={d::WAT_DOEN.in_taal(taal)}>
                <button type="button" class="sprong hoofd" onclick={sprong("deel-kop")}>
                    <span class="sprong-titel">{ d::NAAR_DELEN.in_taal(taal) }</span>
                    <span class="sprong-uitleg">{ d::NAAR_DELEN_UITLEG.in_taal(taal) }</span>
                </button>
                <button type="button" class="sprong" onclick={sprong("bewaar-kop")}>
                    <span class="sprong-titel">{ d::NAAR_BEWAREN.in_taal(taal) }</span>
                    <span class="sprong-uitleg">{ d::NAAR_BEWAREN_UITLEG.in_taal(taal) }</span>
                </button>
            </nav>
            <met_coach::DeelMetCoach />
            <div class="niet-printen delen-pagina">
                <section class="delen-blok" aria-labelledby="bewaar-kop">
                    <h2 id="bewaar-kop" tabindex="-1">{ d::BEWAAR_KOP.in_taal(taal) }</h2>
                    <p>{ d::BEWAAR_UITLEG.in_taal(taal) }</p>
                    <bewaren::Exporteer />
                    <terughalen::Importeer />
                </section>
            </div>
        </Pagina>
    }
}

fn status_html(status: &Status, taal: Taal, id: &'static str) -> Html {
    let (klasse, rol, tekst) = match status {
        Status::Geen => ("delen-status", "status", ""),
        Status::Bezig => ("delen-status", "status", d::EVEN_GEDULD.in_taal(taal)),
        Status::Gelukt(t) => ("delen-status gelukt", "status", t.in_taal(taal)),
        Status::Fout(t) => ("delen-status delen-fout", "alert", t.in_taal(taal)),
    };
    html! { <p {id} class={klasse} role={rol}>{ tekst }</p> }
}

/// "Show the passphrase": a tick that turns the passphrase fields into plain text fields.
fn toon_vinkje(toon: bool, id: &'static str, onchange: Callback<Event>, taal: Taal) -> Html {
    html! {
        <label class="optie ww-toon">
            <input type="checkbox" {id} checked={toon} {onchange} />
            <span>{ d::TOON_WACHTWOORD.in_taal(taal) }</span>
        </label>
    }
}
