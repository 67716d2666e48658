//! The personal poortwachter timeline (#/tijdlijn): the short form, then a picture of
//! the whole period, where you are now, the next three steps, what you can ask or do
//! now, and "Alle stappen" on request; the explanation below.
//!
//! The form is stored as typed (`Winkel::zet_tijdlijn`); the timeline is computed
//! from it on every change and never shown while a field has a message. A coach's
//! link `#/tijdlijn?start=YYYY-MM-DD` fills in an empty first sick day, and asks
//! before it replaces one that was filled in (`link.rs`); the address is then
//! cleaned so a reload keeps what the person typed afterwards.

mod alle;
mod beeld;
mod invullen;
mod lijst;
mod link;
mod uitleg;
mod veld;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::teksten::vul;
use crate::content::tijdlijn::{datum_voluit, scherm as s};
use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::linkvoorstel::{start_uit_link, StartUitLink};
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::formulier::{self, Melding, Probleem, Veld};
use crate::services::{bestand, klok};
use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// A first sick day from the link that differs from the stored one.
#[derive(Clone, PartialEq)]
enum LinkStand {
    Geen,
    /// Asked, not answered yet: the link's date.
    Vraag(String),
    /// What happened, said once (after an answer, or when the link's date could not be read).
    Antwoord(AttrValue),
}

const ANTWOORD_ID: &str = "tl-link-antwoord";

#[component]
pub fn Tijdlijn() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let t = winkel.t();
    let tk = |x: Tekst| x.in_taal(taal);

    let vandaag = *use_memo((), |_| klok::vandaag());
    let invoer = winkel.dokument.tijdlijn.clone();
    let uitkomst = use_memo((invoer.clone(), vandaag), |(i, v)| formulier::bereken(i, *v));
    let ics_mislukt = use_state(|| false);
    // The step tapped in the picture, explained in place (`beeld.rs`).
    let gekozen = use_state(|| None::<crate::domain::tijdlijn::engine::MijlpaalId>);

    // `?start=` from a coach's link (`domain::linkvoorstel::start_uit_link`): an
    // empty first sick day is filled in at once (nothing of the person's is
    // replaced, and the field says where the date came from); another stored date
    // is only replaced after "Vervangen". The address is cleaned once that is
    // settled, so a reload keeps what the person typed afterwards; until then a
    // reload asks again and nothing is written.
    let link_waarde = use_state(|| None::<String>);
    let link_stand = use_state(|| LinkStand::Geen);
    let navigator = use_navigator();
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    // `?naar=contract` from the money reply: open at "Als je contract eindigt" (or the
    // field for the contract's last day), then clean the address.
    {
        let navigator = navigator.clone();
        use_effect_with(query.clone(), move |q| {
            if crate::domain::tijdlijn::geld::naar_contract(q) {
                lijst::open_contract();
                if let Some(nav) = navigator {
                    nav.replace(&Route::Tijdlijn);
                }
            }
        });
    }
    {
        let winkel = winkel.clone();
        let (link_waarde, link_stand) = (link_waarde.clone(), link_stand.clone());
        let navigator = navigator.clone();
        use_effect_with(query, move |q| {
            if let Some(start) = formulier::start_uit_query(q) {
                let huidig = &winkel.dokument.tijdlijn;
                let klaar = match start_uit_link(&start, &huidig.eerste_ziektedag) {
                    StartUitLink::AlBewaard => {
                        link_waarde.set(Some(start));
                        true
                    }
                    StartUitLink::Invullen => {
                        let nieuw = TijdlijnInvoer { eerste_ziektedag: start.clone(), ..huidig.clone() };
                        winkel.zet_tijdlijn(nieuw);
                        link_waarde.set(Some(start));
                        true
                    }
                    StartUitLink::Vragen => {
                        link_stand.set(LinkStand::Vraag(start));
                        false
                    }
                    StartUitLink::Onleesbaar => {
                        link_stand.set(LinkStand::Antwoord(AttrValue::from(s::LINK_ONLEESBAAR.in_taal(taal))));
                        true
                    }
                };
                if let (true, Some(nav)) = (klaar, navigator) {
                    nav.replace(&Route::Tijdlijn);
                }
            }
        });
    }
    let uit_link = link_waarde.as_deref().is_some_and(|v| v == invoer.eerste_ziektedag);
    // After an answer, focus goes to the line that says what happened.
    let focus_antwoord = use_mut_ref(|| false);
    {
        let focus_antwoord = focus_antwoord.clone();
        use_effect(move || {
            if std::mem::replace(&mut *focus_antwoord.borrow_mut(), false) {
                crate::services::pagina::focus_op(ANTWOORD_ID);
            }
        });
    }
    let link_blok = match &*link_stand {
        LinkStand::Geen => Html::default(),
        LinkStand::Antwoord(tekst) => html! {
            <p id={ANTWOORD_ID} class="tl-link-antwoord niet-printen" role="status" tabindex="-1">{ tekst.clone() }</p>
        },
        // Still a question only while the dates differ (the person may have typed the link's date meanwhile).
        LinkStand::Vraag(start) if start_uit_link(start, &invoer.eerste_ziektedag) == StartUitLink::Vragen => {
            let antwoord = |vervang: bool| {
                let (winkel, start, invoer) = (winkel.clone(), start.clone(), invoer.clone());
                let (link_stand, link_waarde, navigator) = (link_stand.clone(), link_waarde.clone(), navigator.clone());
                let focus_antwoord = focus_antwoord.clone();
                Callback::from(move |_: MouseEvent| {
                    let tekst = if vervang {
                        let nieuw = TijdlijnInvoer { eerste_ziektedag: start.clone(), ..invoer.clone() };
                        winkel.zet_tijdlijn(nieuw);
                        link_waarde.set(Some(start.clone()));
                        vul(s::LINK_VERVANGEN_KLAAR.in_taal(taal), &[&link::als_tekst(&start, taal)])
                    } else {
                        vul(s::LINK_BLIJFT.in_taal(taal), &[&link::als_tekst(&invoer.eerste_ziektedag, taal)])
                    };
                    link_stand.set(LinkStand::Antwoord(AttrValue::from(tekst)));
                    *focus_antwoord.borrow_mut() = true;
                    if let Some(nav) = &navigator {
                        nav.replace(&Route::Tijdlijn);
                    }
                })
            };
            html! {
                <link::LinkVraag
                    eigen={invoer.eerste_ziektedag.clone()}
                    link={start.clone()}
                    {taal}
                    vervang={antwoord(true)}
                    laat_staan={antwoord(false)}
                />
            }
        }
        LinkStand::Vraag(_) => Html::default(),
    };

    let onwijzig = {
        let winkel = winkel.clone();
        Callback::from(move |nieuw: TijdlijnInvoer| winkel.zet_tijdlijn(nieuw))
    };

    let meldingen: Rc<Vec<Melding>> = Rc::new(uitkomst.as_ref().as_ref().err().cloned().unwrap_or_default());
    let alleen_leeg = meldingen.iter().all(|m| m.veld == Veld::EersteZiektedag && m.probleem == Probleem::Leeg);
    let status = match uitkomst.as_ref() {
        Ok(_) => tk(s::KLAAR),
        Err(_) if alleen_leeg => tk(s::LEEG_UITLEG),
        Err(_) => tk(s::FOUT_UITLEG),
    };

    let resultaat = match uitkomst.as_ref() {
        Ok(tl) => {
            let download = {
                let uitkomst = uitkomst.clone();
                let ics_mislukt = ics_mislukt.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Ok(tl) = uitkomst.as_ref() {
                        let inhoud = lijst::kalender(tl, taal, &klok::utc_stempel());
                        let gelukt = bestand::download("spoorwijzer-tijdlijn.ics", "text/calendar", &inhoud);
                        ics_mislukt.set(!gelukt);
                    }
                })
            };
            let afdrukken = Callback::from(|_: MouseEvent| crate::services::pagina::druk_af());
            let heeft_verlof = invoer.verlof.iter().any(|(a, b)| !a.trim().is_empty() || !b.trim().is_empty());
            let iva_aangevraagd = !invoer.vervroegde_iva.trim().is_empty();
            html! {
                <>
                    <p class="tl-printregel">
                        { vul(tk(s::PRINT_REGEL), &[&datum_voluit(vandaag, taal), &datum_voluit(tl.eerste_ziektedag_invoer, taal)]) }
                    </p>
                    { beeld::beeld(tl, vandaag, taal, &gekozen) }
                    { lijst::nu_kaart(tl, vandaag, taal, heeft_verlof) }
                    { lijst::vragen(tl, vandaag, taal, iva_aangevraagd) }
                    { lijst::printblad(tl, vandaag, taal) }
                    { alle::alle_stappen(tl, vandaag, taal) }
                    <div class="tl-acties niet-printen">
                        <div class="knoppen">
                            <button type="button" class="knop" onclick={download} aria-describedby="tl-ics-uitleg">
                                { tk(s::ICS_KNOP) }
                            </button>
                            <button type="button" class="knop stil" onclick={afdrukken}>{ tk(s::PRINT_KNOP) }</button>
                        </div>
                        <p id="tl-ics-uitleg" class="tl-hint">{ tk(s::ICS_UITLEG) }</p>
                        if *ics_mislukt {
                            <p class="melding" role="alert">{ tk(s::ICS_MISLUKT) }</p>
                        }
                    </div>
                    { lijst::uit_dienst(tl, taal) }
                </>
            }
        }
        Err(_) => Html::default(),
    };

    html! {
        <Pagina titel={t.tijdlijn_titel} intro={Some(AttrValue::from(t.tijdlijn_intro_kort))}>
            <div class="tijdlijn">
                { link_blok }
                <invullen::Invullen
                    invoer={invoer}
                    meldingen={meldingen.clone()}
                    vandaag={vandaag}
                    taal={taal}
                    uit_link={uit_link}
                    onwijzig={onwijzig}
                />
                <p class={classes!("tl-stand", if uitkomst.is_err() { "tl-stand-let-op" } else { "sr-only" })} role="status">
                    { status }
                </p>
                { resultaat }
                { uitleg::uitleg(taal) }
            </div>
        </Pagina>
    }
}
