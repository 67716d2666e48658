//! The candidate's side of a coach link: the coach's welcome at the top of the
//! start page, and the coach's accent colour on every page.
//!
//! Anyone can make a coach link, so a link only proposes (issue 22, item 5): its
//! welcome is shown first as a preview with "Bewaren" and "Niet bewaren", inside
//! a frame that says the words are the link's, not Spoorwijzer's; its colour is
//! not used and nothing is written until the person keeps it. The link stays in
//! the address until then, so a reload asks again; the answer is kept in memory
//! for this visit only (with the settings kept before, for "Zet de vorige terug").
//!
//! Everything the coach wrote is untrusted text from a URL. It is rendered as
//! text nodes only (never as markup) and was cleaned and length-checked by
//! `domain::coach::decodeer`.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::coach as c;
use crate::content::modules::MODULES;
use crate::domain::coach::{CoachFout, CoachInstellingen, Palet, Rgb};
use crate::domain::linkvoorstel::{coach_bewaard, coach_vraagt};
use crate::domain::taal::Taal;
use crate::services;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// What the person did with this visit's coach link. Memory only: nothing of
/// it is stored, so closing the tab without an answer keeps nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Linkstand {
    /// Not answered yet: the preview shows while the link differs from what is stored.
    Open,
    /// Kept; `vorige` is what was stored before, for "Zet de vorige terug".
    Bewaard {
        vorige: Option<CoachInstellingen>,
    },
    NietBewaard,
    /// After "Bewaren", the previous settings were put back.
    Teruggezet,
}

/// This visit's coach link and the person's answer, shared from the app's frame
/// with the start page (the frame lives for the whole page load, the start page
/// only while it shows).
#[derive(Clone, PartialEq)]
pub struct CoachLink {
    /// The page's `?coach=`, read once per page load.
    link: Rc<Option<Result<CoachInstellingen, CoachFout>>>,
    stand: UseStateHandle<Linkstand>,
}

/// Read this page load's `?coach=` link, and keep the page's accent colour in
/// step with the *stored* coach settings (a link's colour waits for the person's
/// yes). Used once, in the app's frame, which provides the result as a context.
#[hook]
pub fn use_coach_link() -> CoachLink {
    let winkel = use_winkel();
    let link = use_memo((), |_| services::coach::uit_adres(&crate::content::modules::ids()));
    let stand = use_state(|| Linkstand::Open);
    let accent = winkel.dokument.coach.as_ref().and_then(|c| c.accent.clone());
    use_effect_with(accent, |accent| services::coach::zet_accent_op_pagina(accent.as_deref()));
    CoachLink { link, stand }
}

const KNOP_ID: &str = "coach-welkom-knop";
const ANTWOORD_ID: &str = "coach-antwoord";

/// The coach's welcome, practice name, contact and chosen modules in the chosen
/// order; or, for a link not kept yet, its preview.
#[component]
pub fn CoachWelkom() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let coach_link = use_context::<CoachLink>();
    // After a button that disappears, focus goes to what replaced it.
    let focus_naar = use_mut_ref(|| None::<&'static str>);
    {
        let focus_naar = focus_naar.clone();
        use_effect(move || {
            if let Some(id) = focus_naar.borrow_mut().take() {
                services::pagina::focus_op(id);
            }
        });
    }
    let Some(CoachLink { link, stand }) = coach_link else { return html! {} };
    let opgeslagen = winkel.dokument.coach.clone().filter(|c| !c.is_leeg());

    // A link not answered yet, and not what is stored: the preview, and nothing else.
    if let (Some(Ok(nieuw)), Linkstand::Open) = (link.as_ref(), &*stand) {
        if coach_vraagt(nieuw, winkel.dokument.coach.as_ref()) {
            let bewaar = {
                let (winkel, stand, focus_naar, nieuw) =
                    (winkel.clone(), stand.clone(), focus_naar.clone(), nieuw.clone());
                Callback::from(move |_: MouseEvent| {
                    stand.set(Linkstand::Bewaard { vorige: winkel.dokument.coach.clone() });
                    winkel.zet_coach(Some(coach_bewaard(&nieuw)));
                    services::pagina::verwijder_uit_adres("coach");
                    *focus_naar.borrow_mut() = Some(ANTWOORD_ID);
                })
            };
            let niet = {
                let (stand, focus_naar) = (stand.clone(), focus_naar.clone());
                Callback::from(move |_: MouseEvent| {
                    stand.set(Linkstand::NietBewaard);
                    services::pagina::verwijder_uit_adres("coach");
                    *focus_naar.borrow_mut() = Some(ANTWOORD_ID);
                })
            };
            return html! { <Voorstel coach={nieuw.clone()} vervangt={opgeslagen.is_some()} {taal} {bewaar} {niet} /> };
        }
    }

    // What the person just answered, said once, with the way back after "Bewaren".
    let antwoord = match &*stand {
        Linkstand::Open => None,
        Linkstand::NietBewaard => Some(html! { <p>{ c::ANTWOORD_NIET_BEWAARD.in_taal(taal) }</p> }),
        Linkstand::Teruggezet => Some(html! {
            <p>{ if opgeslagen.is_some() { c::ANTWOORD_TERUGGEZET } else { c::ANTWOORD_WEGGEHAALD }.in_taal(taal) }</p>
        }),
        Linkstand::Bewaard { vorige } => {
            let vorige = vorige.clone().filter(|c| !c.is_leeg());
            let knop = if vorige.is_some() { c::ANTWOORD_TERUG } else { c::ANTWOORD_TOCH_NIET };
            let terug = {
                let (winkel, stand, focus_naar) = (winkel.clone(), stand.clone(), focus_naar.clone());
                let vorige = vorige.clone();
                Callback::from(move |_: MouseEvent| {
                    stand.set(Linkstand::Teruggezet);
                    winkel.zet_coach(vorige.clone());
                    *focus_naar.borrow_mut() = Some(ANTWOORD_ID);
                })
            };
            Some(html! {
                <>
                    <p>{ c::ANTWOORD_BEWAARD.in_taal(taal) }</p>
                    <button type="button" class="knop stil klein" onclick={terug}>{ knop.in_taal(taal) }</button>
                </>
            })
        }
    };
    let antwoord = antwoord.map(|inhoud| {
        html! { <div id={ANTWOORD_ID} class="coach-antwoord" role="status" tabindex="-1">{ inhoud }</div> }
    });

    let Some(coach) = opgeslagen else {
        if matches!(link.as_ref(), Some(Err(_))) {
            return html! { <p class="coach-link-fout">{ c::WELKOM_LINK_FOUT.in_taal(taal) }</p> };
        }
        return antwoord.unwrap_or_default();
    };

    let wissel = {
        let winkel = winkel.clone();
        let coach = coach.clone();
        Callback::from(move |_| {
            *focus_naar.borrow_mut() = Some(KNOP_ID);
            let nieuw = CoachInstellingen { verborgen: !coach.verborgen, ..coach.clone() };
            winkel.zet_coach(Some(nieuw));
        })
    };

    if coach.verborgen {
        return html! {
            <>
                { antwoord }
                <p class="coach-welkom-toon">
                    <button type="button" id={KNOP_ID} class="knop stil klein" onclick={wissel}>
                        { c::WELKOM_TOON.in_taal(taal) }
                    </button>
                </p>
            </>
        };
    }

    let modules = coach.modules.iter().filter_map(|id| {
        let module = MODULES.iter().find(|m| m.id == id)?;
        let route = Route::van_module(id)?;
        Some(html! {
            <li><a href={route.href()}>{ module.titel.in_taal(taal) }</a></li>
        })
    });
    let heeft_modules = coach.modules.iter().any(|id| Route::van_module(id).is_some());

    html! {
        <>
            { antwoord }
            <section class="coach-welkom" aria-labelledby="coach-welkom-titel">
                <h2 id="coach-welkom-titel">{ c::WELKOM_VAN_JE_COACH.in_taal(taal) }</h2>
                { uit_de_link(&coach, taal) }
                if heeft_modules {
                    <p class="coach-modules-kop">{ c::WELKOM_MODULES.in_taal(taal) }</p>
                    <ol class="coach-modules">{ for modules }</ol>
                }
                <p class="hint">{ c::WELKOM_PRIVACY.in_taal(taal) }</p>
                <button type="button" id={KNOP_ID} class="knop stil klein" onclick={wissel}>
                    { c::WELKOM_VERBERG.in_taal(taal) }
                </button>
            </section>
        </>
    }
}

/// The coach's own words in a frame that says whose they are, so a link cannot
/// speak with the app's voice ("Je gegevens worden gewist…"). Text nodes only.
fn uit_de_link(coach: &CoachInstellingen, taal: Taal) -> Html {
    html! {
        <div class="coach-uit-link">
            <p class="coach-bron">{ c::VOORSTEL_BRON.in_taal(taal) }</p>
            if !coach.praktijk.is_empty() {
                <p class="coach-praktijk" dir="auto">{ coach.praktijk.clone() }</p>
            }
            if !coach.welkom.is_empty() {
                <p class="coach-tekst" dir="auto">{ coach.welkom.clone() }</p>
            }
            if !coach.contact.is_empty() {
                <p class="coach-contact">
                    <strong>{ c::WELKOM_CONTACT.in_taal(taal) }</strong>{ " " }
                    <span class="coach-tekst" dir="auto">{ coach.contact.clone() }</span>
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct VoorstelProps {
    coach: CoachInstellingen,
    /// Other settings are stored: keeping these replaces them.
    vervangt: bool,
    taal: Taal,
    bewaar: Callback<MouseEvent>,
    niet: Callback<MouseEvent>,
}

/// "Deze link wil dit welkom laten zien": the link's welcome as it would show,
/// with the modules it suggests as plain names and its colour as a small sample
/// (on that sample only), and the two answers.
#[component]
fn Voorstel(props: &VoorstelProps) -> Html {
    let taal = props.taal;
    let staal = use_node_ref();
    let palet = props.coach.accent.as_deref().and_then(Rgb::uit_hex).map(Palet::van);
    {
        let staal = staal.clone();
        use_effect_with(palet, move |palet| {
            services::coach::zet_palet_op(staal.get(), *palet);
        });
    }
    let modules: Vec<Html> = props
        .coach
        .modules
        .iter()
        .filter_map(|id| MODULES.iter().find(|m| m.id == id))
        .map(|m| html! { <li>{ m.titel.in_taal(taal) }</li> })
        .collect();
    html! {
        <section class="coach-welkom coach-voorstel" aria-labelledby="coach-voorstel-titel">
            <h2 id="coach-voorstel-titel">{ c::VOORSTEL_TITEL.in_taal(taal) }</h2>
            { uit_de_link(&props.coach, taal) }
            if !modules.is_empty() {
                <p class="coach-modules-kop">{ c::VOORSTEL_MODULES.in_taal(taal) }</p>
                <ul class="coach-voorstel-modules">{ for modules }</ul>
            }
            if palet.is_some() {
                <p class="coach-voorstel-kleur">
                    <span class="coach-kleurstaal" ref={staal} aria-hidden="true"></span>
                    { c::VOORSTEL_KLEUR.in_taal(taal) }
                </p>
            }
            // The question right above its answers, after what it is about.
            <p class="coach-voorstel-vraag">{ c::VOORSTEL_UITLEG.in_taal(taal) }</p>
            if props.vervangt {
                <p>{ c::VOORSTEL_VERVANGT.in_taal(taal) }</p>
            }
            <div class="knoppen">
                <button type="button" class="knop" onclick={props.bewaar.clone()}>{ c::VOORSTEL_BEWAREN.in_taal(taal) }</button>
                <button type="button" class="knop stil" onclick={props.niet.clone()}>{ c::VOORSTEL_NIET.in_taal(taal) }</button>
            </div>
        </section>
    }
}
