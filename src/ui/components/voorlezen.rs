//! Reading aloud (issue 29): a text in sentence pieces, and the one button
//! that reads the pieces of the block it stands in (`services::spraak`).

use yew::prelude::*;

use crate::ui::winkel::use_winkel;

/// `tekst` as its sentences, each in a `span.zin`: the same text for a screen
/// reader, and a piece the reader can highlight while it reads it.
pub fn zinnen(tekst: &str) -> Html {
    crate::domain::voorlezen::zinnen(tekst).into_iter().map(|z| html! { <span class="zin">{ z.to_string() }</span> }).collect()
}

#[derive(Properties, PartialEq)]
pub struct VoorleesProps {
    /// What is on screen (a page, a step): when it changes, reading stops.
    #[prop_or_default]
    pub sleutel: AttrValue,
}

/// "Lees voor": reads the sentences of the nearest element around it with
/// `data-voorlees`. Not shown until a voice on this device speaks the page's
/// language (some browsers list their voices late; none at all: no button).
/// A normal button whose words say what it does: "Stop met voorlezen" while reading.
#[component]
pub fn Voorlees(props: &VoorleesProps) -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let kan = use_state(|| false);
    let leest = use_state(|| false);
    // Whether this button started the reading now going on.
    let mijn = use_mut_ref(|| false);
    {
        let kan = kan.clone();
        use_effect_with(taal, move |taal| {
            let taal = *taal;
            kan.set(crate::services::spraak::stem(taal).is_some());
            let luisteraar = crate::services::spraak::bij_stemmen(move || kan.set(crate::services::spraak::stem(taal).is_some()));
            move || drop(luisteraar)
        });
    }
    {
        let mijn = mijn.clone();
        use_effect_with((props.sleutel.clone(), taal), move |_| {
            move || {
                if *mijn.borrow() {
                    crate::services::spraak::stop();
                }
            }
        });
    }
    if !*kan {
        return html! {};
    }
    let onclick = {
        let leest = leest.clone();
        Callback::from(move |e: MouseEvent| {
            if *leest {
                crate::services::spraak::stop();
                return;
            }
            let blok = e.target_dyn_into::<web_sys::Element>().and_then(|k| k.closest("[data-voorlees]").ok().flatten());
            if let Some(blok) = blok {
                leest.set(true);
                *mijn.borrow_mut() = true;
                let (leest, mijn) = (leest.clone(), mijn.clone());
                crate::services::spraak::lees(&blok, taal, move || {
                    *mijn.borrow_mut() = false;
                    leest.set(false);
                });
            }
        })
    };
    html! {
        <button type="button" class="knop stil klein voorlees" {onclick}>
            <span aria-hidden="true">{ if *leest { "■ " } else { "▶ " } }</span>
            { if *leest { t.voorlees_stop } else { t.voorlees_knop } }
        </button>
    }
}
