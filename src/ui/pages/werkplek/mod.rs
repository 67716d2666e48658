//! "Mijn kandidaten" (`coach.html#/kandidaten`, issue 28): the coach's
//! workspace, locked at rest. Both pages show the lock first (a new
//! workspace's passphrase, or the passphrase to open it), then their content.
//! What is kept, and how, is `domain::werkplek`; the browser's part (storage,
//! WebCrypto, the lock) is `services::werkplek`.

use yew::prelude::*;

use crate::content::werkplek as w;
use crate::domain::taal::Taal;
use crate::services::werkplek::{self as dienst, Melding, Stand};
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

mod kandidaat;
mod lijst;
mod openen;
mod slot;

/// The workspace as it is now, re-rendered on every change; the lock's
/// watch runs while a page of the workspace shows.
#[hook]
fn use_werkplek() -> (Stand, Option<Melding>) {
    let teller = use_force_update();
    let melding = use_state(|| None::<Melding>);
    {
        let (teller, melding) = (teller.clone(), melding.clone());
        use_effect_with((), move |_| {
            let id = dienst::luister(move || {
                if let Some(m) = dienst::neem_melding() {
                    melding.set(Some(m));
                }
                teller.force_update();
            });
            let bewaking = dienst::bewaak();
            move || {
                dienst::stop(id);
                drop(bewaking);
            }
        });
    }
    let stand = dienst::stand();
    let nu = dienst::neem_melding().or(*melding);
    if nu != *melding {
        melding.set(nu);
    }
    (stand, nu)
}

fn melding_tekst(m: Melding) -> crate::domain::tekst::Tekst {
    match m {
        Melding::NaTijd => w::OP_SLOT_NA_TIJD,
        Melding::AnderTabblad => w::ANDER_TABBLAD,
        Melding::AnderTabbladSlot => w::ANDER_TABBLAD_SLOT,
        Melding::Mislukt => w::BEWAREN_MISLUKT,
    }
}

/// A notice, said by a screen reader as it appears.
fn melding_html(m: Option<Melding>, taal: Taal) -> Html {
    match m {
        Some(m) => html! { <p class="melding werkplek-melding" role="status">{ melding_tekst(m).in_taal(taal) }</p> },
        None => html! {},
    }
}

/// `#/kandidaten`: the list, opening shares, the encrypted copy.
#[component]
pub fn Kandidaten() -> Html {
    let taal = use_winkel().taal();
    let (stand, melding) = use_werkplek();
    html! {
        <Pagina titel={w::TITEL.in_taal(taal)} klasse="werkplek">
            { match stand {
                Stand::Open(werkplek) => html! { <lijst::Lijst {werkplek} {melding} /> },
                stand => html! { <slot::Slot {stand} {melding} /> },
            } }
        </Pagina>
    }
}

#[derive(Properties, PartialEq)]
pub struct KandidaatProps {
    pub id: String,
}

/// `#/kandidaten/<id>`: one candidate.
#[component]
pub fn KandidaatPagina(props: &KandidaatProps) -> Html {
    let taal = use_winkel().taal();
    let (stand, melding) = use_werkplek();
    let titel = match &stand {
        Stand::Open(werkplek) => {
            werkplek.kandidaat(&props.id).map_or_else(|| w::TITEL.in_taal(taal).to_string(), |k| k.label.clone())
        }
        _ => w::TITEL.in_taal(taal).to_string(),
    };
    html! {
        <Pagina {titel} klasse="werkplek">
            { match stand {
                Stand::Open(werkplek) => html! {
                    <kandidaat::Kandidaat key={props.id.clone()} {werkplek} {melding} id={props.id.clone()} />
                },
                stand => html! { <slot::Slot {stand} {melding} /> },
            } }
        </Pagina>
    }
}
