//! The candidate's side of a coach link: the coach's welcome at the top of the
//! start page, and the coach's accent colour on every page.
//!
//! Everything the coach wrote is untrusted text from a URL. It is rendered as
//! text nodes only (never as markup) and was cleaned and length-checked by
//! `domain::coach::decodeer`.

use yew::prelude::*;

use crate::content::coach as c;
use crate::content::modules::MODULES;
use crate::domain::dokument::Actie;
use crate::services;
use crate::ui::route::Route;
use crate::ui::winkel::{use_winkel, Bericht};

/// Once per page load: store the settings of a `?coach=` link. And always:
/// keep the page's accent colour in step with the stored coach settings.
/// Used once, in the app's frame.
#[hook]
pub fn use_coach_link() {
    let winkel = use_winkel();
    {
        let winkel = winkel.clone();
        use_effect_with((), move |_| {
            if let Some(Ok(nieuw)) = services::coach::uit_adres() {
                // The same link again (a reload) keeps the candidate's "hide";
                // a new link from the coach shows its welcome again.
                let al_bekend = winkel.dokument.coach.as_ref().is_some_and(|oud| oud.zelfde_link(&nieuw));
                if !nieuw.is_leeg() && !al_bekend {
                    winkel.dispatch(Bericht::Wijzig(Actie::ZetCoach(Some(nieuw))));
                }
            }
        });
    }
    let accent = winkel.dokument.coach.as_ref().and_then(|c| c.accent.clone());
    use_effect_with(accent, |accent| services::coach::zet_accent_op_pagina(accent.as_deref()));
}

const KNOP_ID: &str = "coach-welkom-knop";

/// The coach's welcome, practice name, contact and chosen modules in the chosen order.
#[component]
pub fn CoachWelkom() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    // A link that could not be read: say so kindly, once per page load.
    let link_fout = use_memo((), |_| matches!(services::coach::uit_adres(), Some(Err(_))));
    let focus_na_wissel = use_mut_ref(|| false);
    {
        let focus_na_wissel = focus_na_wissel.clone();
        use_effect(move || {
            if std::mem::replace(&mut *focus_na_wissel.borrow_mut(), false) {
                services::pagina::focus_op(KNOP_ID);
            }
        });
    }

    let Some(coach) = winkel.dokument.coach.clone().filter(|c| !c.is_leeg()) else {
        if *link_fout {
            return html! { <p class="coach-link-fout">{ c::WELKOM_LINK_FOUT.in_taal(taal) }</p> };
        }
        return html! {};
    };

    let wissel = {
        let winkel = winkel.clone();
        let coach = coach.clone();
        Callback::from(move |_| {
            *focus_na_wissel.borrow_mut() = true;
            let nieuw = crate::domain::coach::CoachInstellingen { verborgen: !coach.verborgen, ..coach.clone() };
            winkel.dispatch(Bericht::Wijzig(Actie::ZetCoach(Some(nieuw))));
        })
    };

    if coach.verborgen {
        return html! {
            <p class="coach-welkom-toon">
                <button type="button" id={KNOP_ID} class="knop stil klein" onclick={wissel}>
                    { c::WELKOM_TOON.in_taal(taal) }
                </button>
            </p>
        };
    }

    let titel = if coach.praktijk.is_empty() {
        html! { { c::WELKOM_VAN_JE_COACH.in_taal(taal) } }
    } else {
        html! { <span dir="auto">{ coach.praktijk.clone() }</span> }
    };
    let modules = coach.modules.iter().filter_map(|id| {
        let module = MODULES.iter().find(|m| m.id == id)?;
        let route = Route::van_module(id)?;
        Some(html! {
            <li><a href={route.href()}>{ module.titel.in_taal(taal) }</a></li>
        })
    });
    let heeft_modules = coach.modules.iter().any(|id| Route::van_module(id).is_some());

    html! {
        <section class="coach-welkom" aria-labelledby="coach-welkom-titel">
            <h2 id="coach-welkom-titel">{ titel }</h2>
            if !coach.welkom.is_empty() {
                <p class="coach-tekst" dir="auto">{ coach.welkom.clone() }</p>
            }
            if !coach.contact.is_empty() {
                <p class="coach-contact">
                    <strong>{ c::WELKOM_CONTACT.in_taal(taal) }</strong>{ " " }
                    <span class="coach-tekst" dir="auto">{ coach.contact.clone() }</span>
                </p>
            }
            if heeft_modules {
                <p class="coach-modules-kop">{ c::WELKOM_MODULES.in_taal(taal) }</p>
                <ol class="coach-modules">{ for modules }</ol>
            }
            <p class="hint">{ c::WELKOM_PRIVACY.in_taal(taal) }</p>
            <button type="button" id={KNOP_ID} class="knop stil klein" onclick={wissel}>
                { c::WELKOM_VERBERG.in_taal(taal) }
            </button>
        </section>
    }
}
