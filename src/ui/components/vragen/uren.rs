//! Hours a day as taps or a field that takes "2,5", for `vragen::vraag_veld`.

use yew::prelude::*;

use super::teksten;
use crate::content::teksten::vul;
use crate::domain::antwoorden::Antwoord;
use crate::domain::taal::Taal;
use crate::services::invoer;

#[derive(Properties, PartialEq)]
pub(super) struct UrenProps {
    pub(super) id: String,
    /// The stored answer, in half hours.
    pub(super) halve: Option<u16>,
    pub(super) max: u16,
    pub(super) eenheid: &'static str,
    pub(super) taal: Taal,
    pub(super) onantwoord: Callback<Option<Antwoord>>,
}

/// Hours a day: a tap for the common amounts (½ to 8), or "Een ander aantal"
/// with a field that takes "2,5". What the field cannot take is said calmly,
/// stays in the field and is not stored: the stored answer never changes silently.
#[component]
pub(super) fn UrenVeld(props: &UrenProps) -> Html {
    use crate::domain::uren::{self, UrenFout, KEUZES};
    let t = teksten(props.taal);
    let id = &props.id;
    // The field opens by itself for an amount that is not one of the taps.
    let anders = use_state(|| props.halve.is_some_and(|h| !KEUZES.contains(&h)));
    let getypt = use_state(|| {
        props.halve.filter(|h| !KEUZES.contains(h)).map(|h| uren::opslag(h).replace('.', ",")).unwrap_or_default()
    });
    let fout = use_state(|| None::<UrenFout>);
    let invoer_id = format!("{id}-invoer");
    let fout_id = format!("{id}-fout");
    let anders_open = *anders;
    let keuzes = KEUZES.iter().map(|&h| {
        let on = props.onantwoord.clone();
        let (anders, fout) = (anders.clone(), fout.clone());
        let onchange = Callback::from(move |_| {
            anders.set(false);
            fout.set(None);
            on.emit(Some(Antwoord::Keuze(uren::opslag(h))));
        });
        html! {
            <label class="optie uren-keuze">
                <input type="radio" name={id.clone()} value={uren::opslag(h)} checked={!anders_open && props.halve == Some(h)} {onchange} />
                <span>{ uren::tekst(h) }</span>
            </label>
        }
    });
    let open_anders = {
        let anders = anders.clone();
        let invoer_id = invoer_id.clone();
        Callback::from(move |_| {
            anders.set(true);
            crate::services::pagina::focus_op(&invoer_id);
        })
    };
    let oninput = {
        let on = props.onantwoord.clone();
        let (getypt, fout) = (getypt.clone(), fout.clone());
        let max = props.max;
        Callback::from(move |e: InputEvent| {
            let Some(waarde) = invoer::waarde(&e) else { return };
            match uren::lees(&waarde, max) {
                Ok(h) => {
                    fout.set(None);
                    on.emit(h.map(|h| Antwoord::Keuze(uren::opslag(h))));
                }
                Err(f) => fout.set(Some(f)),
            }
            getypt.set(waarde);
        })
    };
    let melding = fout.map(|f| match f {
        UrenFout::Onleesbaar => t.uren_onleesbaar.to_string(),
        UrenFout::GeenHalf => t.uren_geen_half.to_string(),
        UrenFout::TeVeel => vul(t.uren_te_veel, &[&(props.max / 2).to_string()]),
    });
    html! {
        <>
            <div class="opties uren">
                { for keuzes }
                <label class="optie uren-keuze">
                    <input type="radio" name={id.clone()} value="anders" checked={*anders} onchange={open_anders} />
                    <span>{ t.uren_anders }</span>
                </label>
            </div>
            if *anders {
                <div class="uren-invoer">
                    <label for={invoer_id.clone()}>{ t.uren_invoer }</label>
                    <div class="getal">
                        <input type="text" id={invoer_id.clone()} inputmode="decimal" autocomplete="off" maxlength="12" size="6"
                            value={(*getypt).clone()} {oninput} aria-describedby={fout_id.clone()} />
                        <span class="eenheid">{ props.eenheid }</span>
                    </div>
                </div>
            }
            // Always in the page, so a screen reader hears the message when it appears.
            <p class="hint" id={fout_id} aria-live="polite">
                if let Some(m) = melding { { m }{ " " }{ t.uren_niet_bewaard } }
            </p>
        </>
    }
}
