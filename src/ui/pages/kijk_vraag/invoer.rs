//! The small views the questions on `#/kijk/<invitation>` share (tick boxes,
//! a status line). What is typed lives in `model`.

use yew::prelude::*;

use crate::content::delen as d;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Optie;
use crate::services::venster;

use super::model::{Invoer, Status};

pub fn status_html(s: &Status, taal: Taal, id: &'static str) -> Html {
    let (klasse, rol, tekst) = match s {
        Status::Geen => ("delen-status", "status", ""),
        Status::Bezig => ("delen-status", "status", d::EVEN_GEDULD.in_taal(taal)),
        Status::Goed(t) => ("delen-status gelukt", "status", t.in_taal(taal)),
        Status::Fout(t) => ("kijk-melding", "alert", t.in_taal(taal)),
    };
    let fout = matches!(s, Status::Fout(_));
    html! { <p {id} class={klasse} role={rol} tabindex={fout.then_some("-1")}>{ tekst }</p> }
}

/// Tick boxes for a list of options, at most [`crate::domain::kijk::MAX_KEUZES`].
pub fn vinkjes(
    naam: &'static str,
    opties: &'static [Optie],
    gekozen: &[String],
    taal: Taal,
    wissel: Callback<(String, bool)>,
) -> Html {
    let vol = Invoer::vol(gekozen);
    html! {
        <div class="opties kijk-opties">
            { for opties.iter().map(|o| {
                let aan = gekozen.iter().any(|g| g == o.id);
                let wissel = wissel.clone();
                let id = o.id.to_string();
                let onchange = Callback::from(move |e: Event| {
                    wissel.emit((id.clone(), venster::aangevinkt(&e)))
                });
                html! {
                    <label class={classes!("optie", (vol && !aan).then_some("uit"))}>
                        <input type="checkbox" name={naam} value={o.id} checked={aan} disabled={vol && !aan} {onchange} />
                        <span>{ o.tekst.in_taal(taal) }</span>
                    </label>
                }
            }) }
        </div>
    }
}
