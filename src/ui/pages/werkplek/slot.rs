//! The lock: a new workspace's passphrase (after saying plainly what a
//! forgotten one means), or the passphrase to open it. Also loading an
//! encrypted copy, here on a new device and under the list.

use yew::prelude::*;

use crate::content::delen as d;
use crate::content::teksten::vul;
use crate::content::werkplek as w;
use crate::domain::werkplek::kluis::{keur_wachtwoord, Wachtwoordstand};
use crate::services::crypto::CryptoFout;
use crate::services::werkplek::{self as dienst, ImportFout, Melding, OpenFout, Stand};
use crate::services::{bestand, venster};
use crate::ui::components::veld::bij_invoer;
use crate::ui::pages::delen::model::crypto_fout;
use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub(super) struct SlotProps {
    pub stand: Stand,
    pub melding: Option<Melding>,
}

#[component]
pub(super) fn Slot(props: &SlotProps) -> Html {
    let taal = use_winkel().taal();
    match &props.stand {
        Stand::Geen => html! {
            <>
                <p class="intro">{ w::INTRO.in_taal(taal) }</p>
                <Nieuw />
                <Terugzetten />
            </>
        },
        Stand::Kapot(_) => html! { <Kapot /> },
        Stand::Onbekend => html! { <p class="intro">{ w::INTRO.in_taal(taal) }</p> },
        _ => html! { <Openen melding={props.melding} /> },
    }
}

/// A stored workspace this version cannot read: said plainly; deleting it
/// (only its own key) is the way on, after a confirmation.
#[component]
fn Kapot() -> Html {
    let taal = use_winkel().taal();
    let zeker = use_state(|| false);
    let vraag = {
        let zeker = zeker.clone();
        Callback::from(move |_: MouseEvent| zeker.set(true))
    };
    let nee = {
        let zeker = zeker.clone();
        Callback::from(move |_: MouseEvent| zeker.set(false))
    };
    html! {
        <section class="delen-blok" aria-labelledby="wis-kop">
            <p class="melding" role="alert">{ w::KAPOT.in_taal(taal) }</p>
            <h2 id="wis-kop">{ w::WIS_KOP.in_taal(taal) }</h2>
            <p>{ w::WIS_UITLEG.in_taal(taal) }</p>
            if *zeker {
                <p role="alert"><strong>{ w::ZEKER.in_taal(taal) }</strong></p>
                <div class="knoppen">
                    <button type="button" class="knop" onclick={Callback::from(|_: MouseEvent| dienst::wis())}>{ w::JA_WIS.in_taal(taal) }</button>
                    <button type="button" class="knop stil" onclick={nee}>{ w::NEE.in_taal(taal) }</button>
                </div>
            } else {
                <div class="knoppen"><button type="button" class="knop stil" onclick={vraag}>{ w::WIS.in_taal(taal) }</button></div>
            }
        </section>
    }
}

#[component]
fn Nieuw() -> Html {
    let taal = use_winkel().taal();
    let wachtwoord = use_state(String::new);
    let herhaald = use_state(String::new);
    let bezig = use_state(|| false);
    let fout = use_state(|| None::<CryptoFout>);
    let keuring = keur_wachtwoord(&wachtwoord, &herhaald);
    let maak = {
        let (wachtwoord, bezig, fout) = (wachtwoord.clone(), bezig.clone(), fout.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if keur_wachtwoord(&wachtwoord, &wachtwoord) != Wachtwoordstand::Goed || *bezig {
                return;
            }
            bezig.set(true);
            let (ww, bezig, fout) = ((*wachtwoord).clone(), bezig.clone(), fout.clone());
            venster::start(async move {
                if let Err(f) = dienst::maak(&ww).await {
                    fout.set(Some(f));
                    bezig.set(false);
                }
            });
        })
    };
    let status = match keuring {
        Wachtwoordstand::Leeg | Wachtwoordstand::Herhalen | Wachtwoordstand::Goed => String::new(),
        Wachtwoordstand::TeKort { nog } => vul(w::TE_KORT.in_taal(taal), &[&nog.to_string()]),
        Wachtwoordstand::Anders => w::ANDERS.in_taal(taal).to_string(),
    };
    html! {
        <section class="delen-blok" aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">{ w::NIEUW_KOP.in_taal(taal) }</h2>
            <p>{ w::NIEUW_UITLEG.in_taal(taal) }</p>
            <p class="melding werkplek-let-op"><strong>{ w::VERGETEN.in_taal(taal) }</strong></p>
            <p>{ w::EXPORT_ADVIES.in_taal(taal) }</p>
            <form onsubmit={maak}>
                <div class="veld">
                    <label for="werkplek-wachtwoord">{ w::WACHTWOORD.in_taal(taal) }</label>
                    <p id="werkplek-wachtwoord-hint" class="hint">{ w::WACHTWOORD_HINT.in_taal(taal) }</p>
                    <input id="werkplek-wachtwoord" type="password" autocomplete="new-password"
                        value={(*wachtwoord).clone()} oninput={bij_invoer(&wachtwoord)}
                        aria-describedby="werkplek-wachtwoord-hint werkplek-wachtwoord-status" />
                </div>
                <div class="veld">
                    <label for="werkplek-herhaal">{ w::HERHAAL.in_taal(taal) }</label>
                    <input id="werkplek-herhaal" type="password" autocomplete="new-password"
                        value={(*herhaald).clone()} oninput={bij_invoer(&herhaald)}
                        aria-describedby="werkplek-wachtwoord-status" />
                </div>
                <p id="werkplek-wachtwoord-status" class="hint" aria-live="polite">{ status }</p>
                if let Some(f) = *fout {
                    <p class="delen-fout" role="alert">{ crypto_fout(f).in_taal(taal) }</p>
                }
                <div class="knoppen">
                    <button type="submit" class="knop" disabled={keuring != Wachtwoordstand::Goed || *bezig}>
                        { w::MAAK.in_taal(taal) }
                    </button>
                </div>
                <p class="delen-status" role="status">{ if *bezig { d::EVEN_GEDULD.in_taal(taal) } else { "" } }</p>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OpenenProps {
    melding: Option<Melding>,
}

#[component]
fn Openen(props: &OpenenProps) -> Html {
    let taal = use_winkel().taal();
    let wachtwoord = use_state(String::new);
    let bezig = use_state(|| false);
    let fout = use_state(|| None::<OpenFout>);
    let open = {
        let (wachtwoord, bezig, fout) = (wachtwoord.clone(), bezig.clone(), fout.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if wachtwoord.is_empty() || *bezig {
                return;
            }
            bezig.set(true);
            fout.set(None);
            let (ww, bezig, fout, veld) = ((*wachtwoord).clone(), bezig.clone(), fout.clone(), wachtwoord.clone());
            venster::start(async move {
                if let Err(f) = dienst::open(&ww).await {
                    fout.set(Some(f));
                    bezig.set(false);
                    veld.set(String::new());
                    crate::services::pagina::focus_op("werkplek-open");
                }
            });
        })
    };
    let fouttekst = match *fout {
        None => None,
        Some(OpenFout::Wachtwoord) => Some(w::FOUT_WACHTWOORD),
        Some(OpenFout::Kapot(_)) => Some(w::KAPOT),
        Some(OpenFout::Crypto(c)) => Some(crypto_fout(c)),
    };
    html! {
        <section class="delen-blok" aria-labelledby="slot-kop">
            <h2 id="slot-kop">{ w::SLOT_KOP.in_taal(taal) }</h2>
            { super::melding_html(props.melding, taal) }
            <p>{ w::SLOT_UITLEG.in_taal(taal) }</p>
            <form onsubmit={open}>
                <div class="veld">
                    <label for="werkplek-open">{ w::WACHTWOORD.in_taal(taal) }</label>
                    <input id="werkplek-open" type="password" autocomplete="current-password"
                        value={(*wachtwoord).clone()} oninput={bij_invoer(&wachtwoord)}
                        aria-invalid={fouttekst.map(|_| "true")}
                        aria-describedby={fouttekst.map(|_| "werkplek-open-fout")} />
                </div>
                if let Some(f) = fouttekst {
                    <p id="werkplek-open-fout" class="delen-fout" role="alert">{ f.in_taal(taal) }</p>
                }
                <div class="knoppen">
                    <button type="submit" class="knop" disabled={*bezig}>{ w::ONTGRENDEL.in_taal(taal) }</button>
                </div>
                <p class="delen-status" role="status">{ if *bezig { d::EVEN_GEDULD.in_taal(taal) } else { "" } }</p>
            </form>
        </section>
    }
}

/// Load an encrypted copy: a file and its passphrase.
#[component]
pub(super) fn Terugzetten() -> Html {
    let taal = use_winkel().taal();
    let tekst = use_state(|| None::<String>);
    let wachtwoord = use_state(String::new);
    let bezig = use_state(|| false);
    let uitkomst = use_state(|| None::<Result<usize, ImportFout>>);
    let kies = {
        let (tekst, uitkomst) = (tekst.clone(), uitkomst.clone());
        Callback::from(move |e: Event| {
            let Some(gekozen) = venster::gekozen_bestand(&e) else { return };
            let (tekst, uitkomst) = (tekst.clone(), uitkomst.clone());
            venster::start(async move {
                let gelezen = bestand::lees_tekst(&gekozen, crate::domain::werkplek::kluis::MAX_TEKENS).await.ok();
                uitkomst.set(gelezen.is_none().then_some(Err(ImportFout::GeenKopie)));
                tekst.set(gelezen);
            });
        })
    };
    let zet_terug = {
        let (tekst, wachtwoord, bezig, uitkomst) = (tekst.clone(), wachtwoord.clone(), bezig.clone(), uitkomst.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(t) = (*tekst).clone() else { return };
            if *bezig {
                return;
            }
            bezig.set(true);
            let (ww, bezig, uitkomst, veld) =
                ((*wachtwoord).clone(), bezig.clone(), uitkomst.clone(), wachtwoord.clone());
            venster::start(async move {
                let u = dienst::importeer(&t, &ww).await;
                veld.set(String::new());
                bezig.set(false);
                uitkomst.set(Some(u));
            });
        })
    };
    let melding = match *uitkomst {
        None => html! {},
        Some(Ok(n)) => {
            html! { <p class="gelukt" role="status">{ vul(w::TERUGGEZET.in_taal(taal), &[&n.to_string()]) }</p> }
        }
        Some(Err(f)) => {
            let t = match f {
                ImportFout::GeenKopie => w::GEEN_KOPIE,
                ImportFout::Wachtwoord => w::FOUT_WACHTWOORD,
                ImportFout::Kapot => w::KAPOT,
                ImportFout::Crypto(c) => crypto_fout(c),
            };
            html! { <p id="terug-fout" class="delen-fout" role="alert">{ t.in_taal(taal) }</p> }
        }
    };
    html! {
        <section class="delen-blok niet-printen" aria-labelledby="terug-kop">
            <h2 id="terug-kop">{ w::TERUGZETTEN.in_taal(taal) }</h2>
            <form onsubmit={zet_terug}>
                <div class="veld">
                    <label for="terug-bestand">{ w::KOPIE_KOP.in_taal(taal) }</label>
                    <input id="terug-bestand" type="file" accept=".spoorwijzer,.json,application/json" onchange={kies} />
                </div>
                <div class="veld">
                    <label for="terug-wachtwoord">{ w::KOPIE_WACHTWOORD.in_taal(taal) }</label>
                    <input id="terug-wachtwoord" type="password" autocomplete="current-password"
                        value={(*wachtwoord).clone()} oninput={bij_invoer(&wachtwoord)} />
                </div>
                <div class="knoppen">
                    <button type="submit" class="knop stil" disabled={tekst.is_none() || *bezig}>{ w::ZET_TERUG.in_taal(taal) }</button>
                </div>
                <p class="delen-status" role="status">{ if *bezig { d::EVEN_GEDULD.in_taal(taal) } else { "" } }</p>
                { melding }
            </form>
        </section>
    }
}
