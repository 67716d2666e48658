//! Loading a save file back on `#/delen`: pick it, type its passphrase if it
//! has one, see per part what is here and what is in the file, then merge or
//! (after confirming) replace. Nothing changes in storage before that.
//! State and steps: `model::Terughalen`.

use yew::prelude::*;

use super::model::{klaar_tekst, na_lezen, na_ontsleutelen, Import, Importstap, Status, Terughalen};
use super::{status_regel, toon_vinkje};
use crate::content::delen as d;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::bewaarbestand;
use crate::domain::dokument::{Dokument, Importmanier, TijdlijnInvoer};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Module;
use crate::services::{bestand, delen, invoer, venster};
use crate::ui::components::focus::use_focus_na;
use crate::ui::winkel::use_winkel;

fn antwoorden(n: usize, taal: Taal) -> String {
    if n == 1 {
        d::EEN_ANTWOORD.in_taal(taal).to_string()
    } else {
        vul(d::ANTWOORDEN.in_taal(taal), &[&n.to_string()])
    }
}

fn taalnaam(t: Option<Taal>, taal: Taal) -> &'static str {
    match t {
        Some(Taal::Nl) => d::NEDERLANDS.in_taal(taal),
        Some(Taal::En) => d::ENGELS.in_taal(taal),
        None => d::NIET_GEKOZEN.in_taal(taal),
    }
}

/// Per part: what is here now and what is in the file.
fn vergelijking(nu: &Dokument, bestand: &Dokument, taal: Taal) -> Html {
    let rij = |naam: &str, a: String, b: String| {
        html! {
            <li><strong>{ naam.to_string() }</strong>{ ": " }{ vul(d::VOORBEELD_RIJ.in_taal(taal), &[&a, &b]) }</li>
        }
    };
    let aantal =
        |doc: &Dokument, m: &'static Module| doc.modules.get(m.id).map(|s| s.aantal_beantwoord(m)).unwrap_or(0);
    let tijdlijn = |doc: &Dokument| {
        if doc.tijdlijn == TijdlijnInvoer::default() { d::LEEG } else { d::INGEVULD }.in_taal(taal).to_string()
    };
    let jn = |b: bool| if b { d::JA } else { d::NEE }.in_taal(taal).to_string();
    html! {
        <ul class="vergelijking">
            // Parts empty on both sides say nothing: left out.
            { for MODULES.iter().filter(|m| aantal(nu, m) + aantal(bestand, m) > 0).map(|m| {
                rij(m.titel.in_taal(taal), antwoorden(aantal(nu, m), taal), antwoorden(aantal(bestand, m), taal))
            }) }
            { rij(d::TIJDLIJN.in_taal(taal), tijdlijn(nu), tijdlijn(bestand)) }
            { rij(d::TAAL.in_taal(taal), taalnaam(nu.instellingen.taal, taal).into(), taalnaam(bestand.instellingen.taal, taal).into()) }
            { rij(d::WELKOM_COACH.in_taal(taal), jn(nu.coach.is_some()), jn(bestand.coach.is_some())) }
            if !nu.ontvangen.is_empty() || !bestand.ontvangen.is_empty() {
                { rij(d::KOPIEEN.in_taal(taal), nu.ontvangen.len().to_string(), bestand.ontvangen.len().to_string()) }
            }
        </ul>
    }
}

/// When the file was made, in the reader's words; nothing when it does not say.
fn gemaakt(g: &str, taal: Taal) -> Html {
    if g.is_empty() {
        return html! {};
    }
    let ms = crate::services::klok::ms_van(g);
    let datum = if ms.is_finite() { crate::services::klok::tijdstip(ms, taal.code(), false) } else { g.to_string() };
    html! { <p>{ vul(d::VOORBEELD_GEMAAKT.in_taal(taal), &[&datum]) }</p> }
}

#[component]
pub fn Importeer() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let s = use_reducer(Terughalen::default);
    let stap = s.dispatcher();
    let focus_na = use_focus_na();

    // After waiting (reading, opening), focus goes to what appeared.
    let toon_na = {
        let (stap, focus_na) = (stap.clone(), focus_na.clone());
        move |nieuw: Import| {
            *focus_na.borrow_mut() = Some(nieuw.focus());
            stap.dispatch(Importstap::Nieuw(nieuw));
        }
    };

    let kies = {
        let (stap, toon_na) = (stap.clone(), toon_na.clone());
        Callback::from(move |e: Event| {
            let Some(gekozen) = venster::gekozen_bestand(&e) else { return };
            stap.dispatch(Importstap::Bezig);
            let toon_na = toon_na.clone();
            venster::start(
                async move { toon_na(na_lezen(bestand::lees_tekst(&gekozen, bewaarbestand::MAX_BYTES).await)) },
            );
        })
    };
    let open = {
        let (s, stap) = (s.clone(), stap.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let te_openen = s.te_openen();
            stap.dispatch(Importstap::Open);
            let Some((versleuteld, gemaakt_op, ww)) = te_openen else { return };
            let toon_na = toon_na.clone();
            venster::start(async move {
                let geopend = delen::ontsleutel_bewaarbestand(&versleuteld, &ww).await;
                toon_na(na_ontsleutelen(geopend, versleuteld, gemaakt_op));
            });
        })
    };
    let naar = |stap_: Importstap, focus: &'static str| {
        let (stap, focus_na) = (stap.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_na.borrow_mut() = Some(focus);
            stap.dispatch(stap_.clone());
        })
    };
    let pas_toe = |manier: Importmanier| {
        let (s, stap, winkel, focus_na) = (s.clone(), stap.clone(), winkel.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(dokument) = s.toe_te_passen(manier) else { return };
            let veranderd = winkel.importeer((*dokument).clone(), manier);
            *focus_na.borrow_mut() = Some("import-status");
            stap.dispatch(Importstap::Nieuw(Import::Klaar(klaar_tekst(manier, veranderd))));
        })
    };
    let zet_ww = {
        let stap = stap.clone();
        Callback::from(move |e: InputEvent| {
            stap.dispatch(Importstap::Wachtwoord(invoer::waarde(&e).unwrap_or_default()))
        })
    };
    let toon = {
        let stap = stap.clone();
        Callback::from(move |e: Event| stap.dispatch(Importstap::Toon(venster::aangevinkt(&e))))
    };
    let annuleer = naar(Importstap::Annuleer, "import-bestand");

    let inhoud = match &s.stand {
        Import::Niets => status_regel(&Status::Geen, taal, "import-status", true),
        Import::Bezig => status_regel(&Status::Bezig, taal, "import-status", true),
        Import::Klaar(t) => status_regel(&Status::Gelukt(*t), taal, "import-status", true),
        Import::Fout(t) => status_regel(&Status::Fout(*t), taal, "import-status", true),
        Import::Wachtwoord { fout, .. } => html! {
            <form class="delen-kader" onsubmit={open}>
                <p>{ d::BESTAND_VERSLEUTELD.in_taal(taal) }</p>
                <div class="veld">
                    <label for="import-ww">{ d::WACHTWOORD.in_taal(taal) }</label>
                    <input id="import-ww" type={if s.toon { "text" } else { "password" }} autocomplete="off" autocapitalize="none"
                        autocorrect="off" spellcheck="false" value={s.ww.clone()} oninput={zet_ww}
                        aria-describedby={fout.map(|_| "import-ww-fout")} aria-invalid={fout.map(|_| "true")} />
                </div>
                { toon_vinkje(s.toon, "import-ww-toon", toon, taal) }
                if let Some(f) = fout {
                    <p id="import-ww-fout" class="delen-fout" role="alert">{ f.in_taal(taal) }</p>
                }
                <div class="knoppen">
                    <button type="submit" class="knop">{ d::OPEN_BESTAND.in_taal(taal) }</button>
                    <button type="button" class="knop stil" onclick={annuleer}>{ d::ANNULEREN.in_taal(taal) }</button>
                </div>
            </form>
        },
        Import::Voorbeeld { dokument, gemaakt_op, bevestig } => html! {
            <section class="delen-kader" aria-labelledby="import-voorbeeld">
                <h4 id="import-voorbeeld" tabindex="-1">{ d::VOORBEELD_KOP.in_taal(taal) }</h4>
                { gemaakt(gemaakt_op, taal) }
                { vergelijking(&winkel.dokument, dokument, taal) }
                if *bevestig {
                    <div class="bevestig">
                        <p id="import-bevestig" tabindex="-1"><strong>{ d::VERVANG_ZEKER.in_taal(taal) }</strong></p>
                        <div class="knoppen">
                            <button type="button" class="knop gevaar" onclick={pas_toe(Importmanier::Vervangen)}>
                                { d::VERVANG_JA.in_taal(taal) }
                            </button>
                            <button type="button" class="knop stil" onclick={naar(Importstap::Terug, "import-vervang")}>
                                { d::VERVANG_NEE.in_taal(taal) }
                            </button>
                        </div>
                    </div>
                } else {
                    <div class="keuzes">
                        <div>
                            <p>{ d::SAMENVOEGEN_UITLEG.in_taal(taal) }</p>
                            <button type="button" class="knop" onclick={pas_toe(Importmanier::Samenvoegen)}>
                                { d::SAMENVOEGEN.in_taal(taal) }
                            </button>
                        </div>
                        <div>
                            <p>{ d::VERVANGEN_UITLEG.in_taal(taal) }</p>
                            <button type="button" id="import-vervang" class="knop stil" onclick={naar(Importstap::Vervang, "import-bevestig")}>
                                { d::VERVANGEN.in_taal(taal) }
                            </button>
                        </div>
                    </div>
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={annuleer}>{ d::ANNULEREN.in_taal(taal) }</button>
                    </div>
                }
            </section>
        },
    };

    html! {
        <div class="delen-deel">
            <h3>{ d::TERUG_KOP.in_taal(taal) }</h3>
            <div class="veld">
                <label for="import-bestand">{ d::KIES_BESTAND.in_taal(taal) }</label>
                <input id="import-bestand" type="file" accept=".json,application/json" onchange={kies}
                    aria-describedby="import-hint" />
                <p id="import-hint" class="hint">{ d::KIES_BESTAND_HINT.in_taal(taal) }</p>
            </div>
            { inhoud }
        </div>
    }
}
