//! Pick-and-order cards (the values card sort), for `vragen::vraag_veld`.

use yew::prelude::*;

use super::teksten;
use crate::content::teksten::vul;
use crate::domain::antwoorden::Antwoord;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Optie;

#[derive(Properties, PartialEq)]
pub(super) struct KaartProps {
    pub(super) kaarten: &'static [Optie],
    pub(super) kies: u8,
    pub(super) orden: u8,
    pub(super) gekozen: Vec<String>,
    pub(super) taal: Taal,
    pub(super) naam: String,
    pub(super) onantwoord: Callback<Option<Antwoord>>,
}

/// Pick-and-order: tick cards, then move the chosen ones with buttons (never drag-only).
#[component]
pub(super) fn Kaartsortering(props: &KaartProps) -> Html {
    let t = teksten(props.taal);
    let taal = props.taal;
    let melding = use_state(String::new);
    let vol = props.gekozen.len() >= props.kies as usize;
    let naam_van = |id: &str| props.kaarten.iter().find(|k| k.id == id).map(|k| k.tekst.in_taal(taal)).unwrap_or("");
    let zet = {
        let on = props.onantwoord.clone();
        move |nieuw: Vec<String>| on.emit((!nieuw.is_empty()).then_some(Antwoord::Volgorde(nieuw)))
    };

    let kaarten = props.kaarten.iter().map(|k| {
        let aan = props.gekozen.iter().any(|g| g == k.id);
        let huidig = props.gekozen.clone();
        let on = props.onantwoord.clone();
        let kid = k.id;
        let onchange = Callback::from(move |_| {
            let mut nieuw = huidig.clone();
            if let Some(i) = nieuw.iter().position(|g| g == kid) {
                nieuw.remove(i);
            } else {
                nieuw.push(kid.to_string());
            }
            on.emit((!nieuw.is_empty()).then_some(Antwoord::Volgorde(nieuw)));
        });
        html! {
            // A compact chip with the name only, so all cards fit on a phone.
            <label class={classes!("optie", "kaartje", (vol && !aan).then_some("uit"))}>
                <input type="checkbox" name={props.naam.clone()} value={k.id} checked={aan} disabled={vol && !aan} {onchange} />
                <span>{ k.tekst.in_taal(taal) }</span>
            </label>
        }
    });

    let n = props.gekozen.len();
    let volgorde = props.gekozen.iter().enumerate().map(|(i, id)| {
        let naam = naam_van(id).to_string();
        let verschuif = |richting: isize| {
            let huidig = props.gekozen.clone();
            let melding = melding.clone();
            let naam = naam.clone();
            let zet = zet.clone();
            let t_verplaatst = t.kaarten_verplaatst;
            Callback::from(move |_| {
                let doel = i as isize + richting;
                if doel < 0 || doel as usize >= huidig.len() {
                    return;
                }
                let mut nieuw = huidig.clone();
                nieuw.swap(i, doel as usize);
                melding.set(vul(t_verplaatst, &[&naam, &(doel + 1).to_string()]));
                zet(nieuw);
            })
        };
        html! {
            <li class={classes!((i < props.orden as usize).then_some("top"))}>
                <span class="plek" aria-hidden="true">{ i + 1 }</span>
                <span class="kaart-naam">{ naam.clone() }</span>
                <span class="verschuif">
                    <button type="button" class="knop stil klein" disabled={i == 0} aria-label={vul(t.kaarten_hoger, &[&naam])} onclick={verschuif(-1)}>{ "↑" }</button>
                    <button type="button" class="knop stil klein" disabled={i + 1 == n} aria-label={vul(t.kaarten_lager, &[&naam])} onclick={verschuif(1)}>{ "↓" }</button>
                </span>
            </li>
        }
    });

    html! {
        <div class="kaartsortering">
            <h3 class="stap">{ vul(t.kaarten_kies, &[&props.kies.to_string()]) }</h3>
            <p class="hint">{ vul(t.kies_gekozen, &[&n.to_string(), &props.kies.to_string()]) }</p>
            <div class="opties kaartjes">{ for kaarten }</div>
            <h3 class="stap">{ vul(t.kaarten_orden, &[&props.orden.to_string()]) }</h3>
            if props.gekozen.is_empty() {
                <p class="hint">{ t.kaarten_orden_leeg }</p>
            } else {
                <ol class="volgorde">{ for volgorde }</ol>
            }
            <p class="sr-only" aria-live="polite">{ (*melding).clone() }</p>
        </div>
    }
}
