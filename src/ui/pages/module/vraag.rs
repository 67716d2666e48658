//! One question step: the place in the module, the questions of one screen,
//! undo, "a tap moves on", a pause at the end of a part, Back and Next.

use yew::prelude::*;

use crate::content::modules::energie::SUGGESTIES;
use crate::content::modules::{wat_kan_ik, zorgen};
use crate::content::teksten::vul;
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::navigatie;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Module, Soort, Vraag};
use crate::ui::components::reeks::stelling_rij;
use crate::ui::components::voorlezen::voorlees_knop;
use crate::ui::components::vragen::{vraag_veld, VraagProps};
use crate::ui::route::{Route, Stap};
use crate::ui::vast::Vast;

use super::hulp_bij;

/// What a question step needs of the setting "Ga vanzelf verder".
pub(super) struct StapScherm {
    /// Set when the setting is on: a tapped choice, with its question's index.
    pub vanzelf: Option<Callback<(usize, Antwoord)>>,
    pub vanzelf_aan: bool,
    pub zet_vanzelf: Callback<bool>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn vraag_stap(
    module: &'static Module,
    d: usize,
    i: usize,
    stand: &ModuleStand,
    taal: Taal,
    beantwoord: &Callback<(&'static str, Option<Antwoord>)>,
    ongedaan_knop: Html,
    verder: &Callback<Stap>,
    ga_naar: &Callback<Stap>,
    scherm: StapScherm,
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let Some(s) = navigatie::vraag_scherm(module, d, i) else { return html! {} };
    let (deel, n, i, vragen) = (s.deel, s.aantal_delen, s.begin, s.vragen);
    let (plek, totaal, laatste_van_deel, laatste) = (s.plek, s.totaal, s.laatste_van_deel, s.laatste);
    let v = &vragen[0];
    let extra = extra_bij(v, taal);
    let terug = {
        let g = ga_naar.clone();
        let doel = s.terug;
        Callback::from(move |_| g.emit(doel))
    };
    let volgende = {
        let k = verder.clone();
        let doel = s.verder;
        Callback::from(move |_| k.emit(doel))
    };
    // Where the person is, in parts and what is left of this one: no count of all questions.
    let nog = match s.nog {
        // A run of statements: how many stand on this screen, none after it.
        _ if s.reeks => vul(t.module_reeks_vragen, &[&vragen.len().to_string()]),
        0 => t.module_laatste_vraag.to_string(),
        1 => t.module_nog_een.to_string(),
        k => vul(t.module_nog_vragen, &[&k.to_string()]),
    };
    let plaats = format!("{} · {nog}", vul(t.module_deel_van, &[&(d + 1).to_string(), &n.to_string()]));
    let velden = vragen.iter().enumerate().map(|(k, v)| {
        let onantwoord = {
            let b = beantwoord.clone();
            let id = v.id;
            Callback::from(move |a: Option<Antwoord>| b.emit((id, a)))
        };
        let onvanzelf = scherm.vanzelf.clone().map(|cb| cb.reform(move |a: Antwoord| (i + k, a)));
        let children = if k == 0 {
            extra.clone()
        } else {
            html! {}
        };
        let props = VraagProps {
            vraag: Vast(v),
            antwoord: stand.antwoorden.get(v.id).cloned(),
            taal,
            onantwoord,
            children,
            onvanzelf,
        };
        if s.reeks {
            stelling_rij(props)
        } else {
            vraag_veld(props)
        }
    });
    html! {
        <section class="stap" aria-labelledby="module-kop" data-voorlees="">
            <div class="stap-kop">
                <p class="stap-plaats">{ plaats.clone() }</p>
                <progress class="voortgang" max={totaal.to_string()} value={plek.to_string()} aria-label={plaats}></progress>
            </div>
            <h2 id="module-kop" class="deel-kop" tabindex="-1">{ deel.titel.in_taal(taal) }</h2>
            { voorlees_knop(t) }
            // A part's intro on its first question; the card sort explains itself, and
            // needs the room to fit on a phone.
            if s.deel_intro {
                <p class="deel-intro">{ deel.intro.in_taal(taal) }</p>
            }
            // Capacity questions: the person's own picture, said before each one.
            if crate::domain::deelpakket::is_eigen_beeld(v.id) {
                <aside class="eigen-beeld" role="note"><p>{ wat_kan_ik::EIGEN_BEELD.in_taal(taal) }</p></aside>
            }
            // The part written for the coach: who may read it (issue 23).
            if module.id == zorgen::MODULE.id && deel.id == zorgen::VOOR_DE_COACH {
                <aside class="wie-leest" role="note"><p>{ crate::content::delen::WIE_LEEST.in_taal(taal) }</p></aside>
            }
            <form class={classes!("vragen", s.reeks.then_some("reeks"))} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for velden }
            </form>
            { ongedaan_knop }
            // Said once, where it first happens: a tap moves on, and how to stop that.
            // Under the options, so the first answer stays in the first screen.
            if s.zegt_vanzelf {
                { vanzelf_regel(&scherm, t, s.reeks) }
            }
            { hulp_bij(module, taal, 3) }
            if laatste_van_deel && !laatste {
                <aside class="pauze" aria-labelledby="pauze-kop">
                    <h3 id="pauze-kop">{ t.module_pauze_titel }</h3>
                    <p>{ t.module_pauze_tekst }</p>
                </aside>
            }
            <div class="stap-nav">
                <button type="button" class="knop stil" onclick={terug}>
                    <span aria-hidden="true">{ "‹ " }</span>{ t.module_vorige }
                </button>
                <button type="button" class="knop" onclick={volgende}>
                    { if laatste { t.module_bekijk_kort } else { t.module_volgende } }<span aria-hidden="true">{ " ›" }</span>
                </button>
            </div>
            <p class="naar-overzicht">
                <a href={Route::van_module(module.id).map(|r| r.href()).unwrap_or_default()}>{ t.module_naar_overzicht }</a>
            </p>
        </section>
    }
}

/// "A choice moves on by itself", with the switch to turn that off (or on again).
/// On a run of statements: after the last one.
fn vanzelf_regel(scherm: &StapScherm, t: &'static crate::content::teksten::Teksten, reeks: bool) -> Html {
    let aan = scherm.vanzelf_aan;
    let uitleg = if reeks { t.vanzelf_uitleg_reeks } else { t.vanzelf_uitleg };
    let zet = scherm.zet_vanzelf.reform(move |_: MouseEvent| !aan);
    html! {
        <p class="hint vanzelf" aria-live="polite">
            { if aan { uitleg } else { t.vanzelf_is_uit } }{ " " }
            <button type="button" class="knop stil klein" onclick={zet}>
                { if aan { t.vanzelf_zet_uit } else { t.vanzelf_zet_aan } }
            </button>
        </p>
    }
}

/// Suggestions under the energy division. (Replies to ticked worries sit under
/// each option itself, inside the question.)
fn extra_bij(vraag: &'static Vraag, taal: Taal) -> Html {
    let t = crate::content::teksten::teksten(taal);
    match &vraag.soort {
        Soort::Verdeling { .. } => html! {
            <div class="suggesties">
                <h3>{ t.verdeling_suggesties }</h3>
                <ul>{ for SUGGESTIES.iter().map(|s| html! { <li>{ s.in_taal(taal) }</li> }) }</ul>
            </div>
        },
        _ => html! {},
    }
}
