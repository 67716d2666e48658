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
//! Each part has its own reducer: sharing in the page component itself
//! (`met_coach.rs`), the save file in `Exporteer` and `Importeer`; their states
//! and steps are plain Rust in `delen/model.rs`, with native tests.

use yew::prelude::*;

use crate::content::delen as d;
use crate::domain::taal::Taal;

// Making a save file, with the passphrase step.
mod bewaren;
// The page itself: sharing with a coach first.
mod met_coach;
// The parts' states and steps.
pub(crate) mod model;
// Loading a save file back.
mod terughalen;

use model::Status;

/// The page: sharing first (its state is the page's own), then the save-file parts.
pub use met_coach::Delen;

fn status_html(status: &Status, taal: Taal, id: &'static str) -> Html {
    status_regel(status, taal, id, false)
}

/// A status line; `focusbaar` lets focus go to it (`tabindex="-1"`).
fn status_regel(status: &Status, taal: Taal, id: &'static str, focusbaar: bool) -> Html {
    let (klasse, rol, tekst) = match status {
        Status::Geen => ("delen-status", "status", ""),
        Status::Bezig => ("delen-status", "status", d::EVEN_GEDULD.in_taal(taal)),
        Status::Gelukt(t) => ("delen-status gelukt", "status", t.in_taal(taal)),
        Status::Fout(t) => ("delen-status delen-fout", "alert", t.in_taal(taal)),
    };
    html! { <p {id} class={klasse} role={rol} tabindex={focusbaar.then_some("-1")}>{ tekst }</p> }
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
