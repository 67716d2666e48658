//! The personal poortwachter timeline (#/tijdlijn): the short form, then a picture of
//! the whole period, where you are now, the next three steps, what you can ask or do
//! now, and "Alle stappen" on request; the explanation below.
//!
//! The form is stored as typed (`Actie::ZetTijdlijn`); the timeline is computed
//! from it on every change and never shown while a field has a message. A coach's
//! link `#/tijdlijn?start=YYYY-MM-DD` fills in the first sick day once; the
//! address is then cleaned so a reload keeps what the person typed afterwards.

mod beeld;
mod invullen;
mod lijst;
mod uitleg;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::content::teksten::vul;
use crate::content::tijdlijn::{datum_voluit, scherm as s};
use crate::domain::dokument::{Actie, TijdlijnInvoer};
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::formulier::{self, Melding, Probleem, Veld};
use crate::services::{bestand, klok};
use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::{use_winkel, Bericht};

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

    // `?start=` from a coach's link: fill it in once, then clean the address.
    let link_waarde = use_state(|| None::<String>);
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    {
        let winkel = winkel.clone();
        let link_waarde = link_waarde.clone();
        let navigator = use_navigator();
        use_effect_with(query, move |q| {
            if let Some(start) = formulier::start_uit_query(q) {
                let huidig = &winkel.dokument.tijdlijn;
                if huidig.eerste_ziektedag != start {
                    let nieuw = TijdlijnInvoer { eerste_ziektedag: start.clone(), ..huidig.clone() };
                    winkel.dispatch(Bericht::Wijzig(Actie::ZetTijdlijn(nieuw)));
                }
                link_waarde.set(Some(start));
                if let Some(nav) = navigator {
                    nav.replace(&Route::Tijdlijn);
                }
            }
        });
    }
    let uit_link = link_waarde.as_deref().is_some_and(|v| v == invoer.eerste_ziektedag);

    let onwijzig = {
        let winkel = winkel.clone();
        Callback::from(move |nieuw: TijdlijnInvoer| winkel.dispatch(Bericht::Wijzig(Actie::ZetTijdlijn(nieuw))))
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
            let afdrukken = Callback::from(|_: MouseEvent| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            });
            let heeft_verlof = invoer.verlof.iter().any(|(a, b)| !a.trim().is_empty() || !b.trim().is_empty());
            let iva_aangevraagd = !invoer.vervroegde_iva.trim().is_empty();
            html! {
                <>
                    <p class="tl-printregel">
                        { vul(tk(s::PRINT_REGEL), &[&datum_voluit(vandaag, taal), &datum_voluit(tl.eerste_ziektedag_invoer, taal)]) }
                    </p>
                    { beeld::beeld(tl, vandaag, taal) }
                    { lijst::nu_kaart(tl, vandaag, taal, heeft_verlof) }
                    { lijst::vragen(tl, vandaag, taal, iva_aangevraagd) }
                    { lijst::printblad(tl, vandaag, taal) }
                    { lijst::alle_stappen(tl, vandaag, taal) }
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
