//! The energy balance (`Soort::Verdeling`): per area one tap on a row of four
//! native radio buttons, styled as a segmented control (niets, een beetje,
//! best veel, heel veel). Under it, a picture of each area's level: a bar as
//! long as the level (a full bar is "heel veel", see `domain::balans::staven`),
//! drawn with SVG attributes only (the CSP forbids inline styles), with the
//! level in words beside each bar. When 3 or more areas are at "heel veel",
//! one kind line says that this is a lot at once. No total to reach, and any
//! area may stay open.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::modules::energie::{korte_naam, BEELD, NIVEAUS};
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
            { beeld(&props.id, props.gebieden, &props.kaart, taal, false, None) }
        </div>
    }
}

/// The picture: one bar per area, as long as its level (a full bar is
/// "heel veel"), each with its level said in words beside it, and one kind
/// line when 3 or more areas are at "heel veel". Shown under the question, in
/// the profile and in the coach's view (which renders the profile).
/// `alleen_gekozen` leaves out areas left open (the profile's compact view).
pub fn beeld(
    id: &str,
    gebieden: &'static [Optie],
    kaart: &BTreeMap<String, u8>,
    taal: Taal,
    alleen_gekozen: bool,
    over: Option<&'static crate::ui::components::over_kandidaat::Woorden>,
) -> Html {
    use crate::ui::components::over_kandidaat::{of_over, BALANS_NIETS, BALANS_TITEL, BALANS_VEEL};
    let over = over.map(|w| &w.balans[..]);
    let kop_id = format!("{id}-beeld");
    let inhoud = if kaart.is_empty() {
        html! { <p class="hint">{ BEELD.leeg.in_taal(taal) }</p> }
    } else if balans::totaal(kaart) == 0 {
        html! { <p class="hint">{ of_over(BEELD.alles_niets, taal, over, BALANS_NIETS) }</p> }
    } else {
        let staven = balans::staven(gebieden.iter().map(|g| g.id), kaart, alleen_gekozen);
        html! {
            <>
                if !alleen_gekozen { <p class="hint">{ BEELD.uitleg.in_taal(taal) }</p> }
                <ul class="balans-staven">
                    { for staven.iter().filter_map(|s| Some((s, gebieden.iter().find(|g| g.id == s.gebied)?))).map(|(s, g)| {
                        let woord = match s.niveau {
                            Some(n) => niveau_tekst(n, taal).unwrap_or_default(),
                            None => BEELD.open.in_taal(taal),
                        };
                        let breedte = format!("{}.{}%", s.promille / 10, s.promille % 10);
                        html! {
                            <li data-gebied={s.gebied} data-niveau={s.niveau.map(|n| n.to_string())}>
                                <span class="balans-naam">{ naam(g, taal) }{ ": " }</span>
                                <span class="balans-deel">{ woord }</span>
                                <svg class="balans-staaf" aria-hidden="true" focusable="false" width="100%" height="16">
                                    <rect class="baan" width="100%" height="100%" rx="4" fill="#e3f0f0" />
                                    <rect class="vulling" width={breedte} height="100%" rx="4" fill="#0b5d63" />
                                </svg>
                            </li>
                        }
                    }) }
                </ul>
                if balans::veel_tegelijk(kaart) {
                    <p class="balans-veel">{ of_over(BEELD.veel_tegelijk, taal, over, BALANS_VEEL) }</p>
                }
            </>
        }
    };
    html! {
        <figure class="balans-beeld" aria-labelledby={kop_id.clone()}>
            <figcaption id={kop_id}>{ of_over(BEELD.titel, taal, over, BALANS_TITEL) }</figcaption>
            { inhoud }
        </figure>
    }
}
