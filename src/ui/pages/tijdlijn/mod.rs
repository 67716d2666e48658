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
mod stand;
mod uitleg;
mod veld;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::teksten::vul;
use crate::content::tijdlijn::{datum_voluit, scherm as s};
use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::formulier::{self, Melding};
use crate::services::{bestand, klok};
use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::{use_winkel, Winkel};
use stand::{Gevolg, LinkAntwoord, Regel, Stand};

const ANTWOORD_ID: &str = "tl-link-antwoord";

/// Carry out what a step of the page's [`Stand`] asks: store the link's first
/// sick day, clean the address, and (after an answer) move focus to the line
/// that says what happened, once it is drawn.
fn voer_uit(gevolg: Gevolg, winkel: &Winkel, navigator: &Option<Navigator>, focus: &std::cell::RefCell<bool>) {
    if let Some(start) = gevolg.bewaar {
        winkel.zet_tijdlijn(TijdlijnInvoer { eerste_ziektedag: start, ..winkel.dokument.tijdlijn.clone() });
    }
    if gevolg.focus_antwoord {
        *focus.borrow_mut() = true;
    }
    if let (true, Some(nav)) = (gevolg.adres_schoon, navigator) {
        nav.replace(&Route::Tijdlijn);
    }
}

#[component]
pub fn Tijdlijn() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let t = winkel.t();
    let tk = |x: Tekst| x.in_taal(taal);

    let vandaag = *use_memo((), |_| klok::vandaag());
    let invoer = winkel.dokument.tijdlijn.clone();
    let uitkomst = use_memo((invoer.clone(), vandaag), |(i, v)| formulier::bereken(i, *v));
    // Everything the page keeps of its own (`stand.rs`).
    let stand = use_state(Stand::default);
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
    // `?start=` from a coach's link: `Stand::lees_adres` says what it does.
    {
        let (winkel, stand, navigator, focus) =
            (winkel.clone(), stand.clone(), navigator.clone(), focus_antwoord.clone());
        use_effect_with(query, move |q| {
            let mut nieuw = (*stand).clone();
            let gevolg = nieuw.lees_adres(q, &winkel.dokument.tijdlijn.eerste_ziektedag);
            if nieuw != *stand {
                stand.set(nieuw);
            }
            voer_uit(gevolg, &winkel, &navigator, &focus);
        });
    }

    let link_blok = match (stand.vraag(&invoer.eerste_ziektedag), stand.antwoord()) {
        (Some(start), _) => {
            let antwoord = |vervang: bool| {
                let (winkel, stand, navigator, focus) =
                    (winkel.clone(), stand.clone(), navigator.clone(), focus_antwoord.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut nieuw = (*stand).clone();
                    let gevolg = nieuw.beantwoord(vervang, &winkel.dokument.tijdlijn.eerste_ziektedag);
                    stand.set(nieuw);
                    voer_uit(gevolg, &winkel, &navigator, &focus);
                })
            };
            html! {
                <link::LinkVraag
                    eigen={invoer.eerste_ziektedag.clone()}
                    link={start.to_string()}
                    {taal}
                    vervang={antwoord(true)}
                    laat_staan={antwoord(false)}
                />
            }
        }
        (None, Some(antwoord)) => {
            let tekst = match antwoord {
                LinkAntwoord::Onleesbaar => tk(s::LINK_ONLEESBAAR).to_string(),
                LinkAntwoord::Vervangen(d) => vul(tk(s::LINK_VERVANGEN_KLAAR), &[&link::als_tekst(d, taal)]),
                LinkAntwoord::Blijft(d) => vul(tk(s::LINK_BLIJFT), &[&link::als_tekst(d, taal)]),
            };
            html! {
                <p id={ANTWOORD_ID} class="tl-link-antwoord niet-printen" role="status" tabindex="-1">{ tekst }</p>
            }
        }
        (None, None) => Html::default(),
    };
    let uit_link = stand.uit_link(&invoer.eerste_ziektedag);

    let onwijzig = {
        let winkel = winkel.clone();
        Callback::from(move |nieuw: TijdlijnInvoer| winkel.zet_tijdlijn(nieuw))
    };

    let meldingen: Rc<Vec<Melding>> = Rc::new(uitkomst.as_ref().as_ref().err().cloned().unwrap_or_default());
    let status = match stand::regel(uitkomst.as_ref().as_ref().err().map(Vec::as_slice)) {
        Regel::Klaar => tk(s::KLAAR),
        Regel::Leeg => tk(s::LEEG_UITLEG),
        Regel::Fout => tk(s::FOUT_UITLEG),
    };

    let resultaat = match uitkomst.as_ref() {
        Ok(tl) => {
            let download = {
                let (uitkomst, stand) = (uitkomst.clone(), stand.clone());
                Callback::from(move |_: MouseEvent| {
                    if let Ok(tl) = uitkomst.as_ref() {
                        let inhoud = lijst::kalender(tl, taal, &klok::utc_stempel());
                        let gelukt = bestand::download("spoorwijzer-tijdlijn.ics", "text/calendar", &inhoud);
                        let mut nieuw = (*stand).clone();
                        nieuw.ics_mislukt = !gelukt;
                        stand.set(nieuw);
                    }
                })
            };
            let afdrukken = Callback::from(|_: MouseEvent| crate::services::pagina::druk_af());
            let kies = {
                let stand = stand.clone();
                Callback::from(move |id| {
                    let mut nieuw = (*stand).clone();
                    nieuw.kies(id);
                    stand.set(nieuw);
                })
            };
            html! {
                <>
                    <p class="tl-printregel">
                        { vul(tk(s::PRINT_REGEL), &[&datum_voluit(vandaag, taal), &datum_voluit(tl.eerste_ziektedag_invoer, taal)]) }
                    </p>
                    { beeld::beeld(tl, vandaag, taal, stand.gekozen, &kies) }
                    { lijst::nu_kaart(tl, vandaag, taal, stand::heeft_verlof(&invoer)) }
                    { lijst::vragen(tl, vandaag, taal, stand::iva_aangevraagd(&invoer)) }
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
                        if stand.ics_mislukt {
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
