//! Making a save file on `#/delen`, open or with a passphrase.
//!
//! The passphrase step is for a tired person on a phone: it says before
//! anything else that a forgotten passphrase cannot be recovered, offers to
//! make one (five ordinary words to write down, with a copy button), and
//! says calmly, right above the download button, what is still needed
//! (`bewaarbestand::keur_wachtwoord`), instead of a red error after a click.
//! State and steps: `model::Bewaren`.

use yew::prelude::*;

use super::model::{crypto_fout, Bewaarstap, Bewaren, Status};
use super::{status_html, toon_vinkje};
use crate::content::delen as d;
use crate::content::teksten::vul;
use crate::content::wachtwoordwoorden;
use crate::domain::bewaarbestand::Wachtwoordstand;
use crate::domain::delen::bewaarbestand_naam;
use crate::domain::taal::Taal;
use crate::services::{bestand, crypto, delen, invoer, venster};
use crate::ui::components::focus::use_focus_na;
use crate::ui::winkel::use_winkel;

/// What the download still needs, in words; `None` when nothing.
fn nog_nodig(stand: Wachtwoordstand, taal: Taal) -> Option<String> {
    let tekst = match stand {
        Wachtwoordstand::Goed => return None,
        Wachtwoordstand::Leeg => d::NODIG_WACHTWOORD,
        Wachtwoordstand::TeKort { nog: 1 } => d::NODIG_TEKEN,
        Wachtwoordstand::TeKort { nog } => return Some(vul(d::NODIG_TEKENS.in_taal(taal), &[&nog.to_string()])),
        Wachtwoordstand::Herhalen => d::NODIG_HERHAAL,
        Wachtwoordstand::Anders => d::NODIG_ANDERS,
    };
    Some(tekst.in_taal(taal).to_string())
}

fn bewaard(ok: bool) -> Bewaarstap {
    Bewaarstap::Status(Status::na(ok, d::BEWAAR_GELUKT, d::DOWNLOAD_MISLUKT))
}

#[component]
pub fn Exporteer() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let s = use_reducer(Bewaren::default);
    let stap = s.dispatcher();
    let focus_na = use_focus_na();

    let soort = if s.toon { "text" } else { "password" };
    let stand = s.stand();
    let nodig = if s.met_ww { nog_nodig(stand, taal) } else { None };
    let bij = |f: fn(String) -> Bewaarstap| {
        let stap = stap.clone();
        Callback::from(move |e: InputEvent| stap.dispatch(f(invoer::waarde(&e).unwrap_or_default())))
    };

    let wissel = {
        let stap = stap.clone();
        Callback::from(move |e: Event| stap.dispatch(Bewaarstap::MetWachtwoord(venster::aangevinkt(&e))))
    };
    let maak_wachtwoord = {
        let (stap, focus_na) = (stap.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| match crypto::nieuw_wachtwoord(wachtwoordwoorden::voor(taal)) {
            Ok(ww) => {
                *focus_na.borrow_mut() = Some("ww-bedacht-kop");
                stap.dispatch(Bewaarstap::Bedacht(ww.into()));
            }
            Err(f) => stap.dispatch(Bewaarstap::Status(Status::Fout(crypto_fout(f)))),
        })
    };
    let zelf_kiezen = {
        let (stap, focus_na) = (stap.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_na.borrow_mut() = Some("ww-1");
            stap.dispatch(Bewaarstap::ZelfKiezen);
        })
    };
    let download = {
        let (winkel, s, stap) = (winkel.clone(), s.clone(), stap.clone());
        Callback::from(move |_: MouseEvent| {
            let naam = bewaarbestand_naam(&crate::services::klok::vandaag_iso());
            if !s.met_ww {
                let tekst = delen::open_bewaarbestand(&winkel.dokument);
                stap.dispatch(bewaard(bestand::download(&naam, "application/json", &tekst)));
                return;
            }
            // Not ready: the line above the button says what is missing; go to its field.
            if stand != Wachtwoordstand::Goed {
                crate::services::pagina::focus_op(Bewaren::veld_voor(stand));
                return;
            }
            let ww = s.wachtwoord();
            stap.dispatch(Bewaarstap::Status(Status::Bezig));
            let (winkel, stap) = (winkel.clone(), stap.clone());
            venster::start(async move {
                match delen::versleuteld_bewaarbestand(&winkel.dokument, &ww).await {
                    Ok(tekst) => stap.dispatch(bewaard(bestand::download(&naam, "application/json", &tekst))),
                    Err(f) => stap.dispatch(Bewaarstap::Status(Status::Fout(crypto_fout(f)))),
                }
            });
        })
    };
    let toon = {
        let stap = stap.clone();
        Callback::from(move |e: Event| stap.dispatch(Bewaarstap::Toon(venster::aangevinkt(&e))))
    };

    let wachtwoord = match &s.bedacht {
        Some(ww) => {
            let kopieer = {
                let (ww, stap) = (ww.clone(), stap.clone());
                Callback::from(move |_: MouseEvent| {
                    let stap = stap.clone();
                    let meld = Box::new(move |ok| {
                        stap.dispatch(Bewaarstap::Kopie(Status::na(
                            ok,
                            d::WACHTWOORD_GEKOPIEERD,
                            d::WACHTWOORD_NIET_GEKOPIEERD,
                        )))
                    });
                    venster::kopieer(ww.to_string(), "ww-bedacht", meld);
                })
            };
            html! {
                <section class="ww-bedacht" aria-labelledby="ww-bedacht-kop">
                    <h4 id="ww-bedacht-kop" tabindex="-1">{ d::BEDACHT_KOP.in_taal(taal) }</h4>
                    <p id="ww-bedacht" class="ww-woorden" translate="no" spellcheck="false">{ ww.to_string() }</p>
                    <p id="ww-bedacht-uitleg">{ d::BEDACHT_UITLEG.in_taal(taal) }</p>
                    <div class="knoppen">
                        <button type="button" class="knop" onclick={kopieer}>{ d::KOPIEER_WACHTWOORD.in_taal(taal) }</button>
                        <button type="button" class="knop stil" onclick={maak_wachtwoord}>{ d::ANDER_WACHTWOORD.in_taal(taal) }</button>
                    </div>
                    { status_html(&s.kopie, taal, "ww-kopie-status") }
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={zelf_kiezen}>{ d::ZELF_KIEZEN.in_taal(taal) }</button>
                    </div>
                </section>
            }
        }
        None => html! {
            <>
                <div class="veld">
                    <label for="ww-1">{ d::WACHTWOORD.in_taal(taal) }</label>
                    <p id="ww-1-hint" class="hint">{ d::WACHTWOORD_HINT.in_taal(taal) }</p>
                    <input id="ww-1" type={soort} autocomplete="new-password" autocapitalize="none" autocorrect="off"
                        spellcheck="false" value={s.ww1.clone()} oninput={bij(Bewaarstap::Wachtwoord1)}
                        aria-describedby={if nodig.is_some() { "ww-1-hint ww-nodig" } else { "ww-1-hint" }} />
                </div>
                <div class="veld">
                    <label for="ww-2">{ d::WACHTWOORD_HERHAAL.in_taal(taal) }</label>
                    <input id="ww-2" type={soort} autocomplete="new-password" autocapitalize="none" autocorrect="off"
                        spellcheck="false" value={s.ww2.clone()} oninput={bij(Bewaarstap::Wachtwoord2)}
                        aria-describedby={nodig.is_some().then_some("ww-nodig")} />
                </div>
                { toon_vinkje(s.toon, "ww-toon", toon, taal) }
                <div class="knoppen">
                    <button type="button" id="ww-maak" class="knop stil" onclick={maak_wachtwoord}>{ d::MAAK_WACHTWOORD.in_taal(taal) }</button>
                </div>
            </>
        },
    };

    html! {
        <div class="delen-deel">
            <h3>{ d::MAAK_KOP.in_taal(taal) }</h3>
            <label class="optie">
                <input type="checkbox" id="bewaar-met-ww" checked={s.met_ww} onchange={wissel} aria-describedby="ww-uitleg" />
                <span>{ d::MET_WACHTWOORD.in_taal(taal) }</span>
            </label>
            <p id="ww-uitleg" class="hint">{ d::WACHTWOORD_UITLEG.in_taal(taal) }</p>
            if s.met_ww {
                <div class="ww-stap">
                    <p class="ww-kwijt">{ d::WACHTWOORD_KWIJT.in_taal(taal) }</p>
                    { wachtwoord }
                </div>
            }
            if let Some(n) = &nodig {
                <p id="ww-nodig" class="ww-nodig">{ n.clone() }</p>
            }
            <div class="knoppen">
                <button type="button" id="bewaar-download" class="knop" onclick={download} disabled={s.status == Status::Bezig}
                    aria-describedby={nodig.is_some().then_some("ww-nodig")}>
                    { d::DOWNLOAD_BEWAAR.in_taal(taal) }
                </button>
            </div>
            { status_html(&s.status, taal, "bewaar-status") }
        </div>
    }
}
