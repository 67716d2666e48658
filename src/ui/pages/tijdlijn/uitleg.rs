//! The explanation under the timeline: the phases (each with its module), the
//! second track, sanctions (once, calmly), weekends and holidays, the glossary and the
//! disclaimer.

use yew::prelude::*;

use crate::content::tijdlijn::{scherm as s, BEGRIPPEN, DISCLAIMER, FASEN, FEESTDAGEN_UITLEG, SANCTIES, TWEEDE_SPOOR};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;

use super::lijst::{module_link, SANCTIES_ID};

pub fn uitleg(taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    html! {
        <>
            <section class="tl-uitleg tl-fasen" aria-labelledby="tl-fasen-kop">
                <h2 id="tl-fasen-kop">{ tk(s::FASEN_KOP) }</h2>
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
            <section class="tl-uitleg" aria-labelledby="tl-tweede-spoor-kop">
                <h2 id="tl-tweede-spoor-kop">{ tk(s::TWEEDE_SPOOR_KOP) }</h2>
                { for TWEEDE_SPOOR.iter().map(|sectie| html! {
                    <>
                        <h3>{ tk(sectie.titel) }</h3>
                        { for sectie.alineas.iter().map(|a| html! { <p>{ tk(*a) }</p> }) }
                        if !sectie.punten.is_empty() {
                            <ul>{ for sectie.punten.iter().map(|p| html! { <li>{ tk(*p) }</li> }) }</ul>
                        }
                    </>
                }) }
            </section>
            <section class="tl-uitleg tl-sancties" id={SANCTIES_ID} tabindex="-1" aria-labelledby="tl-sancties-kop">
                <h2 id="tl-sancties-kop">{ tk(s::SANCTIES_KOP) }</h2>
                { for SANCTIES.iter().map(|a| html! { <p>{ tk(*a) }</p> }) }
            </section>
            <section class="tl-uitleg" aria-labelledby="tl-feestdagen-kop">
                <h2 id="tl-feestdagen-kop">{ tk(s::FEESTDAGEN_KOP) }</h2>
                <p>{ tk(FEESTDAGEN_UITLEG) }</p>
            </section>
            <section class="tl-uitleg" aria-labelledby="tl-begrippen-kop">
                <h2 id="tl-begrippen-kop">{ tk(s::BEGRIPPEN_KOP) }</h2>
                <p>{ tk(s::BEGRIPPEN_INTRO) }</p>
                <dl class="tl-begrippen">
                    { for BEGRIPPEN.iter().map(|b| html! {
                        <div class="tl-begrip">
                            <dt lang="nl">{ b.term }</dt>
                            <dd>{ tk(b.uitleg) }</dd>
                        </div>
                    }) }
                </dl>
            </section>
            <section class="tl-uitleg tl-disclaimer" aria-labelledby="tl-disclaimer-kop">
                <h2 id="tl-disclaimer-kop">{ tk(s::DISCLAIMER_KOP) }</h2>
                <p>{ tk(DISCLAIMER) }</p>
            </section>
        </>
    }
}
