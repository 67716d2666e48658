//! Where to turn when it weighs too much (issue 23): one block, the same on the
//! help page `#/hulp`, under the worries that can signal despair and in the
//! module about loss. Every number is a `tel:` link, the chat a plain link to
//! 113's own site; the app sends nothing, it only links.

use yew::prelude::*;

use crate::content::hulp::{self, Nummer, Stuk};
use crate::domain::taal::Taal;

/// One link of the block. The chat opens in a new tab, so the person's place
/// in Spoorwijzer stays where it was (also in an embedded frame).
fn link(n: &'static Nummer) -> Html {
    if n.href.starts_with("tel:") {
        html! { <a class="hulp-nummer" href={n.href}>{ n.tekst }</a> }
    } else {
        html! { <a href={n.href} target="_blank" rel="noopener">{ n.tekst }</a> }
    }
}

/// The block, under a heading of level `niveau` (2 or 3, to fit the page's outline).
pub fn hulp_blok(taal: Taal, niveau: u8) -> Html {
    let kop = if niveau <= 2 { "h2" } else { "h3" };
    html! {
        <aside class="hulp" role="note">
            <@{kop} class="hulp-kop">{ hulp::BLOK_KOP.in_taal(taal) }</@>
            { for hulp::BLOK.iter().map(|(tekst, links)| html! {
                <p>
                    { for hulp::stukken(tekst.in_taal(taal), links).into_iter().map(|s| match s {
                        Stuk::Tekst(w) => html! { { w } },
                        Stuk::Link(n) => link(n),
                    }) }
                </p>
            }) }
        </aside>
    }
}
