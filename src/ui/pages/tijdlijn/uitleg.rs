//! The explanation under the timeline: the phases (each with its module), the
//! second track (folded), sanctions (once, calmly, folded), weekends and holidays, the
//! glossary (folded) and the disclaimer.

use yew::prelude::*;

use crate::content::tijdlijn::{scherm as s, BEGRIPPEN, DISCLAIMER, FASEN, FEESTDAGEN_UITLEG, SANCTIES, TWEEDE_SPOOR};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;

use super::lijst::{module_link, SANCTIES_ID};
use crate::ui::components::voorlezen::voorlees_knop;

pub fn uitleg(taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    html! {
        <>
            <section class="tl-uitleg tl-fasen" aria-labelledby="tl-fasen-kop" data-voorlees="">
                <h2 id="tl-fasen-kop">{ tk(s::FASEN_KOP) }</h2>
                { voorlees_knop(crate::content::teksten::teksten(taal)) }
                <p>{ tk(s::FASEN_INTRO) }</p>
                <ol class="tl-fasenlijst">
                    { for FASEN.iter().map(|f| html! {
                        <li>
                            <h3>{ tk(f.titel) }</h3>
                            <p>{ tk(f.uitleg) }</p>
                            if let Some(m) = f.module {
                                { module_link(m, taal) }
                            }
                        </li>
                    }) }
                </ol>
            </section>
            // Folded like the glossary: background to open when wanted. The page's
            // own job, the person's dates and phases, stays in view.
            <details class="tl-uitleg tl-begrippen-vouw" data-voorlees="">
                <summary><h2 id="tl-tweede-spoor-kop">{ tk(s::TWEEDE_SPOOR_KOP) }</h2></summary>
                { voorlees_knop(crate::content::teksten::teksten(taal)) }
                { for TWEEDE_SPOOR.iter().map(|sectie| html! {
                    <>
                        <h3>{ tk(sectie.titel) }</h3>
                        { for sectie.alineas.iter().map(|a| html! { <p>{ tk(*a) }</p> }) }
                        if !sectie.punten.is_empty() {
                            <ul>{ for sectie.punten.iter().map(|p| html! { <li>{ tk(*p) }</li> }) }</ul>
                        }
                    </>
                }) }
            </details>
            // Folded too (issue 24): read when wanted, not met on the way down. The cards'
            // "Lees over sancties" opens it.
            <details class="tl-uitleg tl-begrippen-vouw tl-sancties" id={SANCTIES_ID} tabindex="-1" data-voorlees="">
                <summary><h2 id="tl-sancties-kop">{ tk(s::SANCTIES_KOP) }</h2></summary>
                { voorlees_knop(crate::content::teksten::teksten(taal)) }
                { for SANCTIES.iter().map(|a| html! { <p>{ tk(*a) }</p> }) }
            </details>
            <section class="tl-uitleg" aria-labelledby="tl-feestdagen-kop" data-voorlees="">
                <h2 id="tl-feestdagen-kop">{ tk(s::FEESTDAGEN_KOP) }</h2>
                { voorlees_knop(crate::content::teksten::teksten(taal)) }
                <p>{ tk(FEESTDAGEN_UITLEG) }</p>
            </section>
            // Folded: about forty words to look up, not to read in one go. With the
            // second track's background, unfolded, the page was 21 phone screens long.
            <details class="tl-uitleg tl-begrippen-vouw" data-voorlees="">
                <summary><h2 id="tl-begrippen-kop">{ tk(s::BEGRIPPEN_KOP) }</h2></summary>
                { voorlees_knop(crate::content::teksten::teksten(taal)) }
                <p>{ tk(s::BEGRIPPEN_INTRO) }</p>
                <dl class="tl-begrippen">
                    { for BEGRIPPEN.iter().map(|b| html! {
                        <div class="tl-begrip">
                            <dt lang="nl">{ b.term }</dt>
                            <dd>{ tk(b.uitleg) }</dd>
                        </div>
                    }) }
                </dl>
            </details>
            <section class="tl-uitleg tl-disclaimer" aria-labelledby="tl-disclaimer-kop" data-voorlees="">
                <h2 id="tl-disclaimer-kop">{ tk(s::DISCLAIMER_KOP) }</h2>
                { voorlees_knop(crate::content::teksten::teksten(taal)) }
                <p>{ tk(DISCLAIMER) }</p>
            </section>
        </>
    }
}
