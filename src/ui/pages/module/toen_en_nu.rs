//! Then and now: two dated rounds of the same module side by side. A
//! component, as it keeps which two rounds are chosen.

use yew::prelude::*;

use crate::domain::antwoorden::Antwoord;
use crate::domain::voortgang;
use crate::domain::vragenlijst::Module;
use crate::services::klok;
use crate::ui::components::vragen::antwoord_tekst;
use crate::ui::vast::Vast;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub(super) struct ToenProps {
    pub module: Vast<Module>,
}

/// Then and now: two dated rounds of the same module side by side.
#[component]
pub(super) fn ToenEnNu(props: &ToenProps) -> Html {
    let module = props.module.0;
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let stand = winkel.dokument.modules.get(module.id).cloned().unwrap_or_default();
    // Choices: each snapshot by index, and "now" (the current answers) as the last.
    let n = stand.momentopnames.len();
    let links = use_state(|| 0usize);
    let rechts = use_state(move || n);
    let kies = |s: UseStateHandle<usize>| {
        Callback::from(move |e: Event| {
            if let Some(waarde) = crate::services::invoer::waarde(&e) {
                s.set(waarde.parse().unwrap_or(0));
            }
        })
    };
    let label = |i: usize| -> String {
        match stand.momentopnames.get(i) {
            Some(m) => klok::tijdstip(m.op_ms, taal.code(), false),
            None => t.module_nu.to_string(),
        }
    };
    let (a, b) = (voortgang::ronde(&stand, *links), voortgang::ronde(&stand, *rechts));
    let opties = |gekozen: usize| {
        html! {
            { for (0..=n).map(|i| html! { <option value={i.to_string()} selected={i == gekozen}>{ label(i) }</option> }) }
        }
    };
    // Only what changed, as cards: the question, then and now (issue 24).
    let kaarten: Vec<Html> = voortgang::veranderd(module, a, b)
        .into_iter()
        .map(|(v, x, y)| {
            let tekst = |x: Option<&Antwoord>| x.map(|x| antwoord_tekst(v, x, taal)).unwrap_or_else(|| "—".into());
            html! {
                <li class="verschil">
                    <p class="verschil-vraag">{ v.tekst.in_taal(taal) }</p>
                    <p><span class="verschil-wanneer">{ label(*links) }{ ": " }</span>{ tekst(x) }</p>
                    <p><span class="verschil-wanneer">{ label(*rechts) }{ ": " }</span><strong>{ tekst(y) }</strong></p>
                </li>
            }
        })
        .collect();
    html! {
        <section class="toen-en-nu" aria-labelledby="toen-kop">
            <h2 id="toen-kop">{ t.module_eerdere_rondes }</h2>
            <p>{ t.module_toen_uitleg }</p>
            <div class="kiezers">
                <label>{ t.module_toen }{ " " }<select onchange={kies(links.clone())}>{ opties(*links) }</select></label>
                <label>{ t.module_nu_kolom }{ " " }<select onchange={kies(rechts.clone())}>{ opties(*rechts) }</select></label>
            </div>
            if kaarten.is_empty() {
                <p class="hint">{ t.module_geen_verschil }</p>
            } else {
                <ul class="verschillen">{ for kaarten }</ul>
            }
        </section>
    }
}
