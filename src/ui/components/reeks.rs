//! A run of short statements on one scale, on one screen (issue 24: half the
//! taps): per statement a row of the scale's points as round tap targets, the
//! scale's words at the two ends. One tap answers that statement; nothing moves
//! on per statement (see `domain::schermen::is_reeks`).
//!
//! Each row is a real radio group (fieldset and legend); each point's name is
//! the option's full text, so a screen reader says "Leuk, 4 van 5". Arrow keys
//! move within one statement as radios do, and never move on.

use yew::prelude::*;

use crate::domain::antwoorden::Antwoord;
use crate::domain::vragenlijst::Soort;

use super::vragen::{bij_tik, schaal_labels, veld_id, VraagProps};

/// One statement as a row of points. A plain function, as `vraag_veld`.
pub fn stelling_rij(props: VraagProps) -> Html {
    let vraag = props.vraag.0;
    let taal = props.taal;
    let t = crate::content::teksten::teksten(taal);
    let Soort::Stelling { schaal, .. } = vraag.soort else { return html! {} };
    let labels = schaal_labels(schaal, t);
    let id = veld_id(vraag.id);
    let gekozen = match props.antwoord {
        Some(Antwoord::Schaal(n)) => Some(n),
        _ => None,
    };
    let punten = (1..=5u8).map(|n| {
        let label = labels[usize::from(n - 1)];
        let on = props.onantwoord.clone();
        let a = Antwoord::Schaal(n);
        let onclick = bij_tik(&props.onvanzelf, a.clone());
        let onchange = Callback::from(move |_| on.emit(Some(a.clone())));
        html! {
            <label class="punt" title={label} {onclick}>
                <input type="radio" name={id.clone()} value={n.to_string()} checked={gekozen == Some(n)} {onchange} />
                <span class="sr-only">{ label }</span>
            </label>
        }
    });
    html! {
        <fieldset class="vraag rij" id={id.clone()}>
            <legend>{ vraag.tekst.in_taal(taal) }</legend>
            <div class="punten">{ for punten }</div>
            // The scale's two ends in words under the first and last point; each
            // point's own name says the rest to a screen reader.
            <div class="einden" aria-hidden="true">
                <span>{ labels[0] }</span>
                <span>{ labels[4] }</span>
            </div>
            if matches!(props.antwoord, Some(Antwoord::WeetNiet)) {
                // Answered "Weet ik niet" before the statements stood together: kept, and said.
                <p class="hint">{ t.weet_ik_niet }</p>
            }
        </fieldset>
    }
}
