//! `#/kandidaten/<id>`: one candidate. The shares in date order, what changed
//! since the previous one, the latest profile (the shared view's own
//! rendering), the coach's note and contact log, until when it is kept,
//! deleting, and a one-page preparation sheet for print.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::content::werkplek as w;
use crate::domain::antwoorden::Antwoord;
use crate::domain::taal::Taal;
use crate::domain::werkplek::voorbereiding::{suggesties, vergelijk, wil_bespreken, Vergelijking};
use crate::domain::werkplek::{Contactregel, Kandidaat as Plek, Werkplek};
use crate::services::werkplek::{self as dienst, Melding};
use crate::services::{klok, pagina};
use crate::ui::components::veld::bij_invoer;
use crate::ui::components::vragen::antwoord_tekst;
use crate::ui::pages::profiel::ProfielInhoud;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

use super::lijst::datum_tekst;

#[derive(Properties, PartialEq)]
pub(super) struct KandidaatProps {
    pub werkplek: Rc<Werkplek>,
    pub melding: Option<Melding>,
    pub id: String,
}

/// At most this many changed answers on the printed sheet (it stays one page).
const BLAD_VERSCHILLEN: usize = 8;

fn verschillen(v: &Vergelijking, taal: Taal, max: usize) -> Html {
    let kaarten = v.modules.iter().flat_map(|(_, lijst)| lijst.iter()).take(max).map(|(vraag, toen, nu)| {
        let tekst = |x: &Option<&Antwoord>| x.map(|x| antwoord_tekst(vraag, x, taal)).unwrap_or_else(|| "—".into());
        html! {
            <li class="verschil">
                <p class="verschil-vraag">{ vraag.tekst.in_taal(taal) }</p>
                <p><span class="verschil-wanneer">{ w::VORIGE.in_taal(taal) }{ ": " }</span>{ tekst(toen) }</p>
                <p><span class="verschil-wanneer">{ w::NU.in_taal(taal) }{ ": " }</span><strong>{ tekst(nu) }</strong></p>
            </li>
        }
    });
    let niet_beide = (!v.niet_beide.is_empty()).then(|| {
        let namen: Vec<&str> = v.niet_beide.iter().map(|m| m.titel.in_taal(taal)).collect();
        html! { <p class="hint">{ vul(w::NIET_BEIDE.in_taal(taal), &[&namen.join(", ")]) }</p> }
    });
    html! {
        <>
            if v.niets_anders() {
                <p>{ w::GEEN_VERSCHIL.in_taal(taal) }</p>
            } else {
                <ul class="verschillen">{ for kaarten }</ul>
            }
            { for niet_beide }
        </>
    }
}

#[component]
pub(super) fn Kandidaat(props: &KandidaatProps) -> Html {
    let taal = use_winkel().taal();
    let Some(k) = props.werkplek.kandidaat(&props.id).cloned() else {
        return html! {
            <>
                <p>{ w::NIET_GEVONDEN.in_taal(taal) }</p>
                <p><a href={Route::Kandidaten.href()}>{ w::TERUG.in_taal(taal) }</a></p>
            </>
        };
    };
    html! { <Inhoud k={Rc::new(k)} melding={props.melding} /> }
}

#[derive(Properties, PartialEq)]
struct InhoudProps {
    k: Rc<Plek>,
    melding: Option<Melding>,
}

#[component]
fn Inhoud(props: &InhoudProps) -> Html {
    let taal = use_winkel().taal();
    let k = &props.k;
    let id = k.id.clone();
    let label = use_state(|| k.label.clone());
    let notitie = use_state(|| k.notitie.clone());
    let notitie_bewaard = use_state(|| false);
    let bewaren_tot = use_state(|| k.bewaren_tot.clone());
    let regel = use_state(|| Contactregel { datum: klok::vandaag_iso(), ..Contactregel::default() });
    let zeker = use_state(|| false);

    let bewaar_label = {
        let (id, label) = (id.clone(), label.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dienst::zet_label(id.clone(), (*label).clone());
        })
    };
    let bewaar_notitie = {
        let (id, notitie, klaar) = (id.clone(), notitie.clone(), notitie_bewaard.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dienst::zet_notitie(id.clone(), (*notitie).clone());
            klaar.set(true);
        })
    };
    let typ_notitie = {
        let (notitie, klaar) = (notitie.clone(), notitie_bewaard.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(v) = crate::services::invoer::waarde(&e) {
                notitie.set(v);
                klaar.set(false);
            }
        })
    };
    let veld = |zet: fn(&mut Contactregel, String)| {
        let regel = regel.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = crate::services::invoer::waarde(&e) {
                let mut r = (*regel).clone();
                zet(&mut r, v);
                regel.set(r);
            }
        })
    };
    let voeg_toe = {
        let (id, regel) = (id.clone(), regel.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dienst::voeg_contact_toe(id.clone(), (*regel).clone());
            regel.set(Contactregel { datum: klok::vandaag_iso(), ..Contactregel::default() });
        })
    };
    let bewaar_tot = {
        let (id, bewaren_tot) = (id.clone(), bewaren_tot.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dienst::zet_bewaren_tot(id.clone(), (*bewaren_tot).clone());
        })
    };
    let verwijder = {
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            dienst::verwijder(id.clone());
            pagina::vervang_adres(&Route::Kandidaten.href());
        })
    };
    let print = Callback::from(|_: MouseEvent| pagina::druk_af());

    let datum = |ms: f64| klok::tijdstip(ms, taal.code(), false);
    let laatste = k.laatste().map(|g| Rc::new(g.inhoud.clone()));
    let twee = k.laatste_twee();
    let vergelijking = twee.map(|(a, b)| vergelijk(&a.inhoud, &b.inhoud));
    let vandaag = klok::vandaag();

    let delen = k.delen.iter().rev().map(|g| {
        html! {
            <li>
                { vul(w::GEOPEND.in_taal(taal), &[&datum(g.inhoud.gemaakt_op)]) }
                if let Some(week) = g.inhoud.week {
                    { " · " }{ vul(w::WEEK.in_taal(taal), &[&week.to_string()]) }
                }
            </li>
        }
    });
    let contact = k.contact.iter().enumerate().map(|(i, r)| {
        let weg = {
            let id = id.clone();
            Callback::from(move |_: MouseEvent| dienst::haal_contact_weg(id.clone(), i))
        };
        html! {
            <li class="contactregel">
                <span><strong>{ r.datum.clone() }</strong>{ " · " }{ r.met_wie.clone() }</span>
                <span>{ w::AFSPRAAK.in_taal(taal) }{ ": " }{ r.afspraak.clone() }</span>
                <span>{ w::VOLGENDE.in_taal(taal) }{ ": " }{ r.volgende_stap.clone() }</span>
                <button type="button" class="knop klein stil niet-printen" onclick={weg}
                    aria-label={vul(w::REGEL_WEG.in_taal(taal), &[&r.datum])}>{ crate::content::delen::VERWIJDER.in_taal(taal) }</button>
            </li>
        }
    });

    html! {
        <>
            <div class="niet-printen">
                <p><a href={Route::Kandidaten.href()}>{ w::TERUG.in_taal(taal) }</a></p>
                { super::melding_html(props.melding, taal) }
                <div class="knoppen">
                    <button type="button" class="knop" onclick={print}>{ w::PRINT.in_taal(taal) }</button>
                </div>
                if k.verlopen(vandaag) {
                    <p class="melding" role="status">{ w::VERLOPEN.in_taal(taal) }</p>
                }
                <section aria-labelledby="delen-kop">
                    <h2 id="delen-kop">{ w::DELEN_KOP.in_taal(taal) }</h2>
                    <ul>{ for delen }</ul>
                </section>
                <section aria-labelledby="verschil-kop">
                    <h2 id="verschil-kop">{ w::VERSCHIL_KOP.in_taal(taal) }</h2>
                    { match &vergelijking {
                        Some(v) => html! { <><p class="hint">{ w::VERSCHIL_UITLEG.in_taal(taal) }</p>{ verschillen(v, taal, usize::MAX) }</> },
                        None => html! { <p>{ w::EEN_DEEL.in_taal(taal) }</p> },
                    } }
                </section>
                <section class="delen-blok" aria-labelledby="notitie-kop">
                    <h2 id="notitie-kop">{ w::NOTITIE_KOP.in_taal(taal) }</h2>
                    <form onsubmit={bewaar_notitie}>
                        <div class="veld">
                            <label for="notitie">{ w::NOTITIE_KOP.in_taal(taal) }</label>
                            <p id="notitie-hint" class="hint">{ w::NOTITIE_HINT.in_taal(taal) }</p>
                            <textarea id="notitie" rows="4" maxlength="4000" aria-describedby="notitie-hint"
                                value={(*notitie).clone()} oninput={typ_notitie} />
                        </div>
                        <div class="knoppen"><button type="submit" class="knop stil">{ w::BEWAAR.in_taal(taal) }</button></div>
                        <p role="status" class="gelukt">{ if *notitie_bewaard { w::BEWAARD.in_taal(taal) } else { "" } }</p>
                    </form>
                </section>
                <section class="delen-blok" aria-labelledby="contact-kop">
                    <h2 id="contact-kop">{ w::CONTACT_KOP.in_taal(taal) }</h2>
                    if k.contact.is_empty() {
                        <p>{ w::GEEN_CONTACT.in_taal(taal) }</p>
                    } else {
                        <ul class="contactregels">{ for contact }</ul>
                    }
                    <form class="contact-formulier" onsubmit={voeg_toe}>
                        <div class="veld">
                            <label for="contact-datum">{ w::DATUM.in_taal(taal) }</label>
                            <input id="contact-datum" type="date" value={regel.datum.clone()} oninput={veld(|r, v| r.datum = v)} />
                        </div>
                        <div class="veld">
                            <label for="contact-wie">{ w::MET_WIE.in_taal(taal) }</label>
                            <input id="contact-wie" type="text" maxlength="300" autocomplete="off" value={regel.met_wie.clone()} oninput={veld(|r, v| r.met_wie = v)} />
                        </div>
                        <div class="veld">
                            <label for="contact-afspraak">{ w::AFSPRAAK.in_taal(taal) }</label>
                            <input id="contact-afspraak" type="text" maxlength="300" autocomplete="off" value={regel.afspraak.clone()} oninput={veld(|r, v| r.afspraak = v)} />
                        </div>
                        <div class="veld">
                            <label for="contact-volgende">{ w::VOLGENDE.in_taal(taal) }</label>
                            <input id="contact-volgende" type="text" maxlength="300" autocomplete="off" value={regel.volgende_stap.clone()} oninput={veld(|r, v| r.volgende_stap = v)} />
                        </div>
                        <div class="knoppen"><button type="submit" class="knop stil">{ w::VOEG_TOE.in_taal(taal) }</button></div>
                    </form>
                </section>
                if let Some(inhoud) = &laatste {
                    <section aria-labelledby="profiel-kop">
                        <h2 id="profiel-kop">{ w::PROFIEL_KOP.in_taal(taal) }</h2>
                        <div class="voorbeeld-kader">
                            <ProfielInhoud modules={Rc::new(inhoud.als_modules())} taal={inhoud.taal} eigen={false} anderen={Rc::new(inhoud.kijk.clone())} />
                        </div>
                    </section>
                }
                <section class="delen-blok" aria-labelledby="label-kop">
                    <h2 id="label-kop">{ w::LABEL_KOP.in_taal(taal) }</h2>
                    <form onsubmit={bewaar_label}>
                        <div class="veld">
                            <label for="kandidaat-label">{ w::PLEK_LABEL.in_taal(taal) }</label>
                            <input id="kandidaat-label" type="text" maxlength="80" autocomplete="off" value={(*label).clone()} oninput={bij_invoer(&label)} />
                        </div>
                        <div class="knoppen"><button type="submit" class="knop stil">{ w::BEWAAR.in_taal(taal) }</button></div>
                    </form>
                </section>
                <section class="delen-blok" aria-labelledby="bewaren-kop">
                    <h2 id="bewaren-kop">{ w::BEWAREN_KOP.in_taal(taal) }</h2>
                    if let Some(tot) = k.bewaren_tot() {
                        <p>{ vul(w::BEWAREN_TOT.in_taal(taal), &[&datum_tekst(tot, taal)]) }</p>
                    }
                    <form onsubmit={bewaar_tot}>
                        <div class="veld">
                            <label for="bewaren-tot">{ w::BEWAREN_KOP.in_taal(taal) }</label>
                            <p id="bewaren-hint" class="hint">{ w::BEWAREN_UITLEG.in_taal(taal) }</p>
                            <input id="bewaren-tot" type="date" aria-describedby="bewaren-hint" value={(*bewaren_tot).clone()} oninput={bij_invoer(&bewaren_tot)} />
                        </div>
                        <div class="knoppen"><button type="submit" class="knop stil">{ w::BEWAAR.in_taal(taal) }</button></div>
                    </form>
                </section>
                <section class="delen-blok" aria-labelledby="verwijder-kop">
                    <h2 id="verwijder-kop">{ w::VERWIJDER_KOP.in_taal(taal) }</h2>
                    <p>{ w::VERWIJDER_UITLEG.in_taal(taal) }</p>
                    if *zeker {
                        <p role="alert"><strong>{ w::ZEKER.in_taal(taal) }</strong></p>
                        <div class="knoppen">
                            <button type="button" class="knop" onclick={verwijder}>{ w::JA_WIS.in_taal(taal) }</button>
                            <button type="button" class="knop stil" onclick={{ let z = zeker.clone(); Callback::from(move |_: MouseEvent| z.set(false)) }}>{ w::NEE.in_taal(taal) }</button>
                        </div>
                    } else {
                        <div class="knoppen">
                            <button type="button" class="knop stil" onclick={{ let z = zeker.clone(); Callback::from(move |_: MouseEvent| z.set(true)) }}>
                                { vul(w::VERWIJDER.in_taal(taal), &[&k.label]) }
                            </button>
                        </div>
                    }
                </section>
            </div>
            { blad(k, vergelijking.as_ref(), taal) }
        </>
    }
}

/// The preparation sheet: hidden on screen, the only thing printed.
fn blad(k: &Plek, vergelijking: Option<&Vergelijking>, taal: Taal) -> Html {
    let laatste = k.laatste().map(|g| &g.inhoud);
    let datums: Vec<String> = k
        .delen
        .iter()
        .map(|g| {
            let d = klok::tijdstip(g.inhoud.gemaakt_op, taal.code(), false);
            match g.inhoud.week {
                Some(week) => format!("{d} ({})", vul(w::WEEK.in_taal(taal), &[&week.to_string()])),
                None => d,
            }
        })
        .collect();
    let modules: Vec<&str> = laatste
        .map(|i| {
            crate::content::modules::MODULES
                .iter()
                .filter(|m| i.modules.contains_key(m.id))
                .map(|m| m.titel.in_taal(taal))
                .collect()
        })
        .unwrap_or_default();
    let vragen = laatste.map(suggesties).unwrap_or_default();
    let bespreken = laatste.and_then(wil_bespreken);
    html! {
        <section class="gespreksblad werkplek-blad">
            <h2>{ vul(w::BLAD_KOP.in_taal(taal), &[&k.label]) }</h2>
            <div class="blad-raster">
                <div>
                    <h3>{ w::BLAD_GEDEELD.in_taal(taal) }</h3>
                    <p>{ datums.join(" · ") }</p>
                    if !modules.is_empty() {
                        <p class="klein">{ vul(w::BLAD_MODULES.in_taal(taal), &[&modules.join(", ")]) }</p>
                    }
                    <h3>{ w::BLAD_BESPREKEN.in_taal(taal) }</h3>
                    <p>{ bespreken.map_or_else(|| w::BLAD_GEEN.in_taal(taal).to_string(), str::to_string) }</p>
                    <h3>{ w::BLAD_VRAGEN.in_taal(taal) }</h3>
                    if vragen.is_empty() {
                        <p>{ w::BLAD_GEEN.in_taal(taal) }</p>
                    } else {
                        <ul>{ for vragen.iter().map(|s| html! { <li>{ vul(s.sjabloon.in_taal(taal), &[s.invulling.in_taal(taal)]) }</li> }) }</ul>
                    }
                </div>
                <div>
                    <h3>{ w::BLAD_ANDERS.in_taal(taal) }</h3>
                    { match vergelijking {
                        Some(v) => verschillen(v, taal, BLAD_VERSCHILLEN),
                        None => html! { <p>{ w::EEN_DEEL.in_taal(taal) }</p> },
                    } }
                    <h3>{ w::NOTITIE_KOP.in_taal(taal) }</h3>
                    <p class="blad-notitie">{ if k.notitie.is_empty() { "—".to_string() } else { k.notitie.clone() } }</p>
                    if let Some(r) = k.contact.last() {
                        <h3>{ w::CONTACT_KOP.in_taal(taal) }</h3>
                        <p class="klein">{ format!("{} · {} · {} · {}", r.datum, r.met_wie, r.afspraak, r.volgende_stap) }</p>
                    }
                </div>
            </div>
        </section>
    }
}
