//! Making a save file on `#/delen`, open or with a passphrase.
//!
//! The passphrase step is for a tired person on a phone: it says before
//! anything else that a forgotten passphrase cannot be recovered, offers to
//! make one (five ordinary words to write down, with a copy button), and
//! says calmly, right above the download button, what is still needed
//! (`bewaarbestand::keur_wachtwoord`), instead of a red error after a click.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{crypto_fout, nu_iso, status_html, vandaag, Status, APP_VERSIE};
use crate::content::delen as d;
use crate::content::teksten::vul;
use crate::content::wachtwoordwoorden;
use crate::domain::bewaarbestand::{self, Versleuteld, Wachtwoordstand};
use crate::domain::taal::Taal;
use crate::services::bestand;
use crate::services::crypto;
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::veld::{bij_invoer, kopieer_en_meld};
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

/// "Show the passphrase": a tick that turns the passphrase fields into plain text fields.
pub(super) fn toon_vinkje(toon: &UseStateHandle<bool>, id: &'static str, taal: Taal) -> Html {
    let wissel = {
        let toon = toon.clone();
        Callback::from(move |e: Event| toon.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    html! {
        <label class="optie ww-toon">
            <input type="checkbox" {id} checked={**toon} onchange={wissel} />
            <span>{ d::TOON_WACHTWOORD.in_taal(taal) }</span>
        </label>
    }
}

/// The field to go to when the download still needs something there.
fn veld_voor(stand: Wachtwoordstand) -> &'static str {
    match stand {
        Wachtwoordstand::Herhalen | Wachtwoordstand::Anders => "ww-2",
        _ => "ww-1",
    }
}

#[hook]
pub(super) fn use_exporteer() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let met_ww = use_state(|| false);
    let ww1 = use_state(String::new);
    let ww2 = use_state(String::new);
    // A passphrase the app made, shown to write down: used instead of the two fields.
    let bedacht = use_state(|| None::<Rc<str>>);
    // What is typed shows as text: twelve characters typed blind go wrong easily.
    let toon = use_state(|| false);
    let kopie = use_state(|| Status::Geen);
    let status = use_state(|| Status::Geen);
    let focus_na = use_focus_na();

    let soort = if *toon { "text" } else { "password" };
    let stand = if bedacht.is_some() { Wachtwoordstand::Goed } else { bewaarbestand::keur_wachtwoord(&ww1, &ww2) };
    let nodig = if *met_ww { nog_nodig(stand, taal) } else { None };

    let wissel = {
        let (met_ww, status) = (met_ww.clone(), status.clone());
        Callback::from(move |e: Event| {
            status.set(Status::Geen);
            met_ww.set(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let maak_wachtwoord = {
        let (bedacht, kopie, status, focus_na) = (bedacht.clone(), kopie.clone(), status.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| match crypto::nieuw_wachtwoord(wachtwoordwoorden::voor(taal)) {
            Ok(ww) => {
                kopie.set(Status::Geen);
                status.set(Status::Geen);
                *focus_na.borrow_mut() = Some("ww-bedacht-kop");
                bedacht.set(Some(ww.into()));
            }
            Err(f) => status.set(Status::Fout(crypto_fout(f))),
        })
    };
    let zelf_kiezen = {
        let (bedacht, focus_na) = (bedacht.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_na.borrow_mut() = Some("ww-1");
            bedacht.set(None);
        })
    };
    let kopieer = {
        let (bedacht, kopie) = (bedacht.clone(), kopie.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(ww) = (*bedacht).clone() else { return };
            let (goed, fout) = (Status::Gelukt(d::WACHTWOORD_GEKOPIEERD), Status::Fout(d::WACHTWOORD_NIET_GEKOPIEERD));
            kopieer_en_meld(ww.to_string(), "ww-bedacht", kopie.clone(), goed, fout);
        })
    };
    let download = {
        let dok = winkel.dokument.clone();
        let (met_ww, ww1, bedacht, status) = (*met_ww, (*ww1).clone(), (*bedacht).clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let naam = format!("spoorwijzer-bewaarbestand-{}.json", vandaag());
            if !met_ww {
                let tekst = bewaarbestand::maak_open(&dok, APP_VERSIE, &nu_iso());
                let ok = bestand::download(&naam, "application/json", &tekst);
                status.set(if ok { Status::Gelukt(d::BEWAAR_GELUKT) } else { Status::Fout(d::DOWNLOAD_MISLUKT) });
                return;
            }
            // Not ready: the line above the button says what is missing; go to its field.
            if stand != Wachtwoordstand::Goed {
                crate::services::pagina::focus_op(veld_voor(stand));
                return;
            }
            let ww = bedacht.as_deref().map(str::to_string).unwrap_or_else(|| ww1.clone());
            status.set(Status::Bezig);
            let (dok, status) = (dok.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let klaar = bewaarbestand::klaartekst(&dok);
                match crypto::versleutel_met(&ww, bewaarbestand::ITERATIES, &klaar).await {
                    Ok((salt, iv, data)) => {
                        let v = Versleuteld { salt, iv, data, iteraties: bewaarbestand::ITERATIES };
                        let tekst = bewaarbestand::maak_versleuteld(&v, APP_VERSIE, &nu_iso());
                        let ok = bestand::download(&naam, "application/json", &tekst);
                        status.set(if ok {
                            Status::Gelukt(d::BEWAAR_GELUKT)
                        } else {
                            Status::Fout(d::DOWNLOAD_MISLUKT)
                        });
                    }
                    Err(f) => status.set(Status::Fout(crypto_fout(f))),
                }
            });
        })
    };

    let wachtwoord = match &*bedacht {
        Some(ww) => html! {
            <section class="ww-bedacht" aria-labelledby="ww-bedacht-kop">
                <h4 id="ww-bedacht-kop" tabindex="-1">{ d::BEDACHT_KOP.in_taal(taal) }</h4>
                <p id="ww-bedacht" class="ww-woorden" translate="no" spellcheck="false">{ ww.to_string() }</p>
                <p id="ww-bedacht-uitleg">{ d::BEDACHT_UITLEG.in_taal(taal) }</p>
                <div class="knoppen">
                    <button type="button" class="knop" onclick={kopieer}>{ d::KOPIEER_WACHTWOORD.in_taal(taal) }</button>
                    <button type="button" class="knop stil" onclick={maak_wachtwoord}>{ d::ANDER_WACHTWOORD.in_taal(taal) }</button>
                </div>
                { status_html(&kopie, taal, "ww-kopie-status") }
                <div class="knoppen">
                    <button type="button" class="knop stil" onclick={zelf_kiezen}>{ d::ZELF_KIEZEN.in_taal(taal) }</button>
                </div>
            </section>
        },
        None => html! {
            <>
                <div class="veld">
                    <label for="ww-1">{ d::WACHTWOORD.in_taal(taal) }</label>
                    <p id="ww-1-hint" class="hint">{ d::WACHTWOORD_HINT.in_taal(taal) }</p>
                    <input id="ww-1" type={soort} autocomplete="new-password" autocapitalize="none" autocorrect="off"
                        spellcheck="false" value={(*ww1).clone()} oninput={bij_invoer(&ww1)}
                        aria-describedby={if nodig.is_some() { "ww-1-hint ww-nodig" } else { "ww-1-hint" }} />
                </div>
                <div class="veld">
                    <label for="ww-2">{ d::WACHTWOORD_HERHAAL.in_taal(taal) }</label>
                    <input id="ww-2" type={soort} autocomplete="new-password" autocapitalize="none" autocorrect="off"
                        spellcheck="false" value={(*ww2).clone()} oninput={bij_invoer(&ww2)}
                        aria-describedby={nodig.is_some().then_some("ww-nodig")} />
                </div>
                { toon_vinkje(&toon, "ww-toon", taal) }
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
                <input type="checkbox" id="bewaar-met-ww" checked={*met_ww} onchange={wissel} aria-describedby="ww-uitleg" />
                <span>{ d::MET_WACHTWOORD.in_taal(taal) }</span>
            </label>
            <p id="ww-uitleg" class="hint">{ d::WACHTWOORD_UITLEG.in_taal(taal) }</p>
            if *met_ww {
                <div class="ww-stap">
                    <p class="ww-kwijt">{ d::WACHTWOORD_KWIJT.in_taal(taal) }</p>
                    { wachtwoord }
                </div>
            }
            if let Some(n) = &nodig {
                <p id="ww-nodig" class="ww-nodig">{ n.clone() }</p>
            }
            <div class="knoppen">
                <button type="button" id="bewaar-download" class="knop" onclick={download} disabled={*status == Status::Bezig}
                    aria-describedby={nodig.is_some().then_some("ww-nodig")}>
                    { d::DOWNLOAD_BEWAAR.in_taal(taal) }
                </button>
            </div>
            { status_html(&status, taal, "bewaar-status") }
        </div>
    }
}
