//! The energy balance (`Soort::Verdeling`): per area one tap on a row of four
//! native radio buttons, styled as a segmented control (niets, een beetje,
//! best veel, heel veel). Under it, a picture of each area's share of all the
//! energy chosen: bars drawn with SVG attributes only (the CSP forbids inline
//! styles), with the same in words beside each bar. No total to reach, and
//! any area may stay open.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::modules::energie::{aandeel_tekst, korte_naam, BEELD, NIVEAUS};
use crate::domain::antwoorden::Antwoord;
use crate::domain::balans::{self, MAX_NIVEAU};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Optie;

/// A plain function, not a component: it holds no state (issue 14).
pub struct BalansProps {
    /// The question's field id; each area's radio group is named `<id>-<area>`.
    pub id: String,
    pub gebieden: &'static [Optie],
    /// The stored levels (already checked to fit the question).
    pub kaart: BTreeMap<String, u8>,
    pub taal: Taal,
    pub onantwoord: Callback<Option<Antwoord>>,
}

/// The name an area goes by in the picture and in summaries.
fn naam(gebied: &Optie, taal: Taal) -> &'static str {
    korte_naam(gebied.id).unwrap_or(gebied.tekst).in_taal(taal)
}

fn niveau_tekst(niveau: u8, taal: Taal) -> Option<&'static str> {
    NIVEAUS.get(usize::from(niveau)).map(|n| n.in_taal(taal))
}

/// A stored balance in words, for the review page and the profile:
/// "Herstel: heel veel, Thuis: een beetje". Areas left open are left out.
pub fn samenvatting(gebieden: &'static [Optie], kaart: &BTreeMap<String, u8>, taal: Taal) -> String {
    gebieden
        .iter()
        .filter_map(|g| Some(format!("{}: {}", naam(g, taal), niveau_tekst(*kaart.get(g.id)?, taal)?)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn balans_veld(props: BalansProps) -> Html {
    let props = &props;
    let taal = props.taal;
    let rijen = props.gebieden.iter().map(|g| {
        let groep = format!("{}-{}", props.id, g.id);
        let uitleg_id = format!("{groep}-uitleg");
        let gekozen = props.kaart.get(g.id).copied();
        let knoppen = (0..=MAX_NIVEAU).map(|n| {
            let kaart = props.kaart.clone();
            let on = props.onantwoord.clone();
            let gebied = g.id;
            let onchange = Callback::from(move |_| {
                let mut nieuw = kaart.clone();
                nieuw.insert(gebied.to_string(), n);
                on.emit(Some(Antwoord::Verdeling(nieuw)));
            });
            html! {
                <label class="segment">
                    <input type="radio" name={groep.clone()} value={n.to_string()} checked={gekozen == Some(n)} {onchange} />
                    <span>{ niveau_tekst(n, taal).unwrap_or_default() }</span>
                </label>
            }
        });
        html! {
            <fieldset class="balans-gebied" aria-describedby={g.uitleg.map(|_| uitleg_id.clone())}>
                <legend>{ g.tekst.in_taal(taal) }</legend>
                if let Some(u) = g.uitleg {
                    <p class="optie-uitleg" id={uitleg_id.clone()}>{ u.in_taal(taal) }</p>
                }
                <div class="segmenten">{ for knoppen }</div>
            </fieldset>
        }
    });
    html! {
        <div class="balans">
            { for rijen }
            { beeld(&props.id, props.gebieden, &props.kaart, taal, false) }
        </div>
    }
}

/// The picture: one bar per area, as long as its share of all levels chosen
/// (level / sum of levels), each with its share said in words beside it.
/// `alleen_gekozen` leaves out areas left open (the profile's compact view).
pub fn beeld(
    id: &str,
    gebieden: &'static [Optie],
    kaart: &BTreeMap<String, u8>,
    taal: Taal,
    alleen_gekozen: bool,
) -> Html {
    let kop_id = format!("{id}-beeld");
    let totaal = balans::totaal(kaart);
    let inhoud = if kaart.is_empty() {
        html! { <p class="hint">{ BEELD.leeg.in_taal(taal) }</p> }
    } else if totaal == 0 {
        html! { <p class="hint">{ BEELD.alles_niets.in_taal(taal) }</p> }
    } else {
        html! {
            <>
                if !alleen_gekozen { <p class="hint">{ BEELD.uitleg.in_taal(taal) }</p> }
                <ul class="balans-staven">
                    { for gebieden.iter().filter(|g| !alleen_gekozen || kaart.contains_key(g.id)).map(|g| {
                        let niveau = kaart.get(g.id).copied();
                        let deel = match niveau {
                            Some(n) => aandeel_tekst(balans::aandeel(n, totaal)).in_taal(taal),
                            None => BEELD.open.in_taal(taal),
                        };
                        let p = balans::promille(niveau.unwrap_or(0), totaal);
                        let breedte = format!("{}.{}%", p / 10, p % 10);
                        html! {
                            <li data-gebied={g.id}>
                                <span class="balans-naam">{ naam(g, taal) }{ ": " }</span>
                                <span class="balans-deel">{ deel }</span>
                                <svg class="balans-staaf" aria-hidden="true" focusable="false" width="100%" height="16">
                                    <rect class="baan" width="100%" height="100%" rx="4" fill="#e3f0f0" />
                                    <rect class="vulling" width={breedte} height="100%" rx="4" fill="#0b5d63" />
                                </svg>
                            </li>
                        }
                    }) }
                </ul>
            </>
        }
    };
    html! {
        <figure class="balans-beeld" aria-labelledby={kop_id.clone()}>
            <figcaption id={kop_id}>{ BEELD.titel.in_taal(taal) }</figcaption>
            { inhoud }
        </figure>
    }
}
