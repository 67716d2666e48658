//! The money worry's reply in parts (issue 23, item 3): the acknowledgement, the four
//! facts with the one that applies to this person first (`domain::tijdlijn::geld`, from
//! the timeline form on this device if there is one), one small step, then where to
//! turn. The contract part links to the timeline's "Als je contract eindigt".

use yew::prelude::*;

use crate::content::modules::zorgen::{
    geld_deel, GELD_CONTRACT_LINK, GELD_ERKENNING, GELD_MEER, GELD_STAP, GELD_WAAR, GELD_WAAR_KOP,
};
use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::taal::Taal;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::geld::{GeldDeel, Geldstand, NAAR_CONTRACT, STANDAARD};
use crate::ui::route::{ingang, Route};

/// A view, not a component (each component costs kilobytes in the first load): the
/// reply it sits in passes the timeline form it read from the store.
pub fn geld_reactie(
    taal: Taal,
    tijdlijn: &TijdlijnInvoer,
    reactie_label: &'static str,
    stap_label: &'static str,
) -> Html {
    // Today as the UTC day: only the order of the parts depends on it, so a day's
    // difference around midnight does no harm, and the candidate's pages stay
    // without the time-zone code of `services::klok` (first-load size).
    let vandaag =
        Datum::uit_dagen((crate::services::klok::nu_ms() / 86_400_000.0).floor() as i32).unwrap_or(Datum::MIN);
    let stand = Geldstand::uit_invoer(tijdlijn, vandaag);
    let delen = stand.map_or(STANDAARD, |s| s.volgorde());
    let contract = Route::Tijdlijn.adres(ingang(), &crate::services::pagina::query(), NAAR_CONTRACT);
    let deel = |d: GeldDeel| {
        html! {
            <p class="geld-deel" data-deel={d.naam()}>
                { geld_deel(d).in_taal(taal) }
                if d == GeldDeel::ContractEindigt {
                    { " " }<a href={contract.clone()}>{ GELD_CONTRACT_LINK.in_taal(taal) }</a>
                }
            </p>
        }
    };
    html! {
        <>
            <p><span class="sr-only">{ reactie_label }{ ": " }</span>{ GELD_ERKENNING.in_taal(taal) }</p>
            // The part that applies first; the others folded, named in the summary.
            { for delen.iter().take(1).map(|d| deel(*d)) }
            <details class="geld-meer">
                <summary>{ GELD_MEER.in_taal(taal) }</summary>
                { for delen.iter().skip(1).map(|d| deel(*d)) }
            </details>
            <p class="stap"><strong>{ stap_label }{ ": " }</strong>{ GELD_STAP.in_taal(taal) }</p>
            <p class="geld-waar"><strong>{ GELD_WAAR_KOP.in_taal(taal) }</strong>{ " " }{ GELD_WAAR.in_taal(taal) }</p>
        </>
    }
}
