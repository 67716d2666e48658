//! A first sick day from a link (`#/tijdlijn?start=…`) that differs from the one
//! the person filled in: asked, never replaced silently (issue 22, item 5). The
//! rule is `domain::linkvoorstel::start_uit_link`; this only shows the question.

use yew::prelude::*;

use crate::content::tijdlijn::{datum_voluit, scherm as s};
use crate::domain::taal::Taal;
use crate::domain::tijdlijn::formulier::lees_datum;

/// A date as a person reads it: written out when it can be read, else as typed.
pub fn als_tekst(waarde: &str, taal: Taal) -> String {
    match lees_datum(waarde) {
        Ok(d) => datum_voluit(d, taal),
        Err(_) => format!("\u{201c}{}\u{201d}", waarde.trim()),
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkVraagProps {
    /// The stored first sick day, as typed.
    pub eigen: String,
    /// The link's first sick day.
    pub link: String,
    pub taal: Taal,
    pub vervang: Callback<MouseEvent>,
    pub laat_staan: Callback<MouseEvent>,
}

/// Both dates side by side, written out, and the two answers.
#[component]
pub fn LinkVraag(props: &LinkVraagProps) -> Html {
    let taal = props.taal;
    let tk = |x: crate::domain::tekst::Tekst| x.in_taal(taal);
    html! {
        <section class="tl-link-vraag niet-printen" aria-labelledby="tl-link-vraag-kop">
            <h2 id="tl-link-vraag-kop">{ tk(s::LINK_VRAAG_KOP) }</h2>
            <p>{ tk(s::LINK_VRAAG_UITLEG) }</p>
            <dl class="tl-link-datums">
                <div>
                    <dt>{ tk(s::LINK_VRAAG_JOUW) }</dt>
                    <dd>{ als_tekst(&props.eigen, taal) }</dd>
                </div>
                <div>
                    <dt>{ tk(s::LINK_VRAAG_LINK) }</dt>
                    <dd>{ als_tekst(&props.link, taal) }</dd>
                </div>
            </dl>
            <div class="knoppen">
                <button type="button" class="knop" onclick={props.vervang.clone()}>{ tk(s::LINK_VERVANGEN) }</button>
                <button type="button" class="knop stil" onclick={props.laat_staan.clone()}>{ tk(s::LINK_LAAT_STAAN) }</button>
            </div>
        </section>
    }
}
