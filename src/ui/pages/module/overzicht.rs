//! A module's overview: what it is about, how far the person is, its parts,
//! and then-and-now once there are rounds to compare.

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::domain::antwoorden::ModuleStand;
use crate::domain::navigatie;
use crate::domain::taal::Taal;
use crate::domain::voortgang;
use crate::domain::vragenlijst::Module;
use crate::services::klok;
use crate::ui::components::iconen;
use crate::ui::route::{Route, Stap};
use crate::ui::vast::Vast;

use super::hulp_bij;
use super::toen_en_nu::ToenEnNu;

pub(super) fn overzicht(
    module: &'static Module,
    stand: &ModuleStand,
    taal: Taal,
    ga_naar: &Callback<Stap>,
    vanzelf: (bool, Callback<bool>),
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let o = navigatie::overzicht(module, stand);
    let (klaar, n, beantwoord, totaal) = (o.delen_klaar, o.delen, o.beantwoord, o.vragen);
    let (begonnen, alles_klaar) = (o.begonnen, o.alles_klaar);
    // A link, not a button: before the app runs (pwa/voorscherm.js) a tap on it
    // already shows the first question's static screen, where answers are kept.
    let start_href = o.start.route(module.id).href();
    let start = {
        let ga_naar = ga_naar.clone();
        let doel = o.start;
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ga_naar.emit(doel)
        })
    };
    let bekijk = {
        let g = ga_naar.clone();
        Callback::from(move |_| g.emit(Stap::Terugblik))
    };
    let status = if alles_klaar {
        t.module_klaar_kort.to_string()
    } else {
        vul(t.module_tijd_over, &[&o.minuten_over.to_string()])
    };
    html! {
        <>
            <div class="voorlees-blok" data-voorlees="">
                <div class="module-start">
                    <span class="module-icoon">{ iconen::van(module.id) }</span>
                    <p class="intro">{ module.intro.in_taal(taal) }</p>
                </div>
                { crate::ui::components::voorlezen::voorlees_knop(t) }
            </div>
            { voortgang_balk(klaar, n, t) }
            <p class="voortgang-tekst">
                { vul(t.module_beantwoord, &[&beantwoord.to_string(), &totaal.to_string()]) }{ " · " }{ status }
            </p>
            <div class="knoppen">
                if alles_klaar {
                    <button type="button" class="knop groot" onclick={bekijk}>{ t.module_bekijk }</button>
                } else {
                    <a class="knop groot" href={start_href} onclick={start}>
                        { if begonnen { t.module_ga_verder } else { t.module_begin } }
                    </a>
                    if begonnen {
                        <button type="button" class="knop stil" onclick={bekijk}>{ t.module_bekijk }</button>
                    }
                }
            </div>
            <p class="hint">{ t.module_overslaan_uitleg }</p>
            { vanzelf_schakel(vanzelf, t) }
            // After the opening text and the start button: on a phone the way
            // in stays in the first screen, the help right under it.
            { hulp_bij(module, taal, 2) }
            <h2>{ t.module_delen_titel }</h2>
            <ol class="delen">
                { for module.delen.iter().enumerate().map(|(i, d)| {
                    let is_klaar = voortgang::is_klaar(module, stand, i);
                    let g = ga_naar.clone();
                    let open = Callback::from(move |_| g.emit(Stap::Vraag { deel: i, vraag: 0 }));
                    html! {
                        <li class={classes!(is_klaar.then_some("klaar"))}>
                            <button type="button" class="deel-knop" onclick={open}>
                                <span class="deel-titel">{ d.titel.in_taal(taal) }</span>
                                <span class="deel-info">
                                    { vul(t.module_tijd_deel, &[&d.minuten.to_string()]) }{ " · " }
                                    <span class="status">{ if is_klaar { t.module_deel_klaar } else { t.module_deel_open } }</span>
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if let Some(afgerond) = stand.afgerond_op {
                <p class="hint">{ vul(t.module_afgerond, &[&klok::tijdstip(afgerond, taal.code(), false)]) }</p>
            }
            if voortgang::toen_en_nu_zinvol(module, stand) {
                <ToenEnNu module={Vast(module)} />
            }
            { crate::ui::pages::kijk_profiel::module_link(module.id, taal) }
            <p class="klein over-vragen"><a href={Route::OverDeVragen.href()}>{ t.module_over_vragen }</a></p>
        </>
    }
}

/// The setting "Ga vanzelf verder na een keuze", where a module starts.
fn vanzelf_schakel((aan, zet): (bool, Callback<bool>), t: &'static crate::content::teksten::Teksten) -> Html {
    html! {
        <label class="vanzelf-keuze">
            // An id, so a tap before the app runs is handed to it (`pwa/voorscherm.js`).
            <input type="checkbox" id="vanzelf-verder" checked={aan} onchange={zet.reform(move |_: Event| !aan)} />
            { t.vanzelf_instelling }
        </label>
    }
}

/// A visible progress bar with its words, e.g. "2 van 4 delen klaar".
pub fn voortgang_balk(klaar: usize, totaal: usize, t: &'static crate::content::teksten::Teksten) -> Html {
    let tekst = vul(t.module_voortgang, &[&klaar.to_string(), &totaal.to_string()]);
    html! {
        <div class="voortgang-blok">
            <progress class="voortgang" max={totaal.max(1).to_string()} value={klaar.to_string()} aria-label={tekst.clone()}></progress>
            <span class="voortgang-label" aria-hidden="true">{ tekst }</span>
        </div>
    }
}
