//! A copy button with the Clipboard API, and a fallback that selects the text
//! in its read-only field and says how to copy it by hand.

use yew::prelude::*;

use crate::content::coach as c;
use crate::services;
use crate::services::venster;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub struct KopieerProps {
    /// The id of the read-only field that holds the same text.
    pub doel: AttrValue,
    pub tekst: String,
    pub label: AttrValue,
    /// A `<details>` around the field, opened when the text must be copied by hand.
    #[prop_or_default]
    pub details: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kopieerstand {
    Niets,
    Gelukt,
    ZelfDoen,
}

/// A copy button with the Clipboard API, and a fallback that selects the text
/// in its read-only field and says how to copy it by hand.
#[component]
pub fn Kopieer(props: &KopieerProps) -> Html {
    let taal = use_winkel().taal();
    let stand = use_state(|| Kopieerstand::Niets);
    {
        // A changed text has not been copied yet.
        let stand = stand.clone();
        use_effect_with(props.tekst.clone(), move |_| stand.set(Kopieerstand::Niets));
    }
    let onclick = {
        let stand = stand.clone();
        let tekst = props.tekst.clone();
        let doel = props.doel.clone();
        let details = props.details.clone();
        Callback::from(move |_: MouseEvent| {
            let stand = stand.clone();
            let tekst = tekst.clone();
            let doel = doel.clone();
            let details = details.clone();
            venster::start(async move {
                if services::coach::kopieer(&tekst).await {
                    stand.set(Kopieerstand::Gelukt);
                } else {
                    if let Some(d) = details.as_deref() {
                        crate::services::pagina::open_vouw(d);
                    }
                    services::coach::selecteer(&doel);
                    stand.set(Kopieerstand::ZelfDoen);
                }
            });
        })
    };
    let melding = match *stand {
        Kopieerstand::Niets => "",
        Kopieerstand::Gelukt => c::GEKOPIEERD.in_taal(taal),
        Kopieerstand::ZelfDoen => c::KOPIEER_ZELF.in_taal(taal),
    };
    html! {
        <div class="coach-kopieer">
            <button type="button" class="knop" {onclick}>{ props.label.clone() }</button>
            <p class={classes!("coach-kopieer-status", (*stand == Kopieerstand::ZelfDoen).then_some("zelf"))}
                role="status">{ melding }</p>
        </div>
    }
}
