//! `#/delen`: share chosen parts with a coach as a link with a code, a file or
//! a printed sheet; keep everything safe in a save file, and load one back
//! (with a preview and a choice between merging and replacing).
//!
//! Sharing comes first: it is what most people open this page for, and on a
//! phone the save-file parts above it pushed it many screens down.
//!
//! Nothing changes in storage until the person confirms an import. The share
//! preview and the link are built by the same `deelpakket::maak`, so what the
//! preview shows is exactly what the coach will see.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::delen as d;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::bewaarbestand::{self, BestandFout, Inhoud, Versleuteld};
use crate::domain::deelpakket::{self, Deelkeuze};
use crate::domain::dokument::{Dokument, Importmanier, TijdlijnInvoer};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::services::bestand;
use crate::services::crypto::{self, CryptoFout};
use crate::services::deelblad;
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::veld::{bij_invoer, kopieer_en_meld};
use crate::ui::pages::profiel::ProfielInhoud;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

// Making a save file, with the passphrase step.
mod bewaren;
use bewaren::{toon_vinkje, use_exporteer};

const APP_VERSIE: &str = env!("CARGO_PKG_VERSION");
/// Links longer than this get a hint that some programs cut them short.
const LANGE_LINK: usize = 2000;

/// How one checkbox changes the choice.
type Keuzewijziging = Rc<dyn Fn(&mut Deelkeuze, bool)>;

fn crypto_fout(f: CryptoFout) -> Tekst {
    match f {
        CryptoFout::NietBeschikbaar => d::GEEN_CRYPTO,
        _ => d::CRYPTO_MISLUKT,
    }
}

fn nu_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

fn vandaag() -> String {
    nu_iso().chars().take(10).collect()
}

/// The coach's entry without query or fragment (`https://p.nl/app/coach.html`):
/// a share link opens the coach's side directly, and never carries `?embed=1`
/// or a coach's settings along.
fn app_adres() -> String {
    format!("{}{}", crate::services::coach::app_basis(), crate::ui::route::Ingang::Coach.bestand())
}

#[component]
pub fn Delen() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    // The parts are hooks that return markup, not components of their own:
    // every component type costs wasm for yew's lifecycle code.
    let exporteer = use_exporteer();
    let importeer = use_importeer();
    let deel = use_deel_met_coach();
    // In-page jumps are buttons: a `#id` link would be read as a route by the hash router.
    let sprong = |id: &'static str| Callback::from(move |_: MouseEvent| spring_naar(id));
    html! {
        <Pagina titel={d::TITEL.in_taal(taal)} intro={Some(AttrValue::from(d::INTRO.in_taal(taal)))}>
            <nav class="niet-printen delen-keuze" aria-label={d::WAT_DOEN.in_taal(taal)}>
                <button type="button" class="sprong hoofd" onclick={sprong("deel-kop")}>
                    <span class="sprong-titel">{ d::NAAR_DELEN.in_taal(taal) }</span>
                    <span class="sprong-uitleg">{ d::NAAR_DELEN_UITLEG.in_taal(taal) }</span>
                </button>
                <button type="button" class="sprong" onclick={sprong("bewaar-kop")}>
                    <span class="sprong-titel">{ d::NAAR_BEWAREN.in_taal(taal) }</span>
                    <span class="sprong-uitleg">{ d::NAAR_BEWAREN_UITLEG.in_taal(taal) }</span>
                </button>
            </nav>
            { deel }
            <div class="niet-printen delen-pagina">
                <section class="delen-blok" aria-labelledby="bewaar-kop">
                    <h2 id="bewaar-kop" tabindex="-1">{ d::BEWAAR_KOP.in_taal(taal) }</h2>
                    <p>{ d::BEWAAR_UITLEG.in_taal(taal) }</p>
                    { exporteer }
                    { importeer }
                </section>
            </div>
        </Pagina>
    }
}

/// Bring a section's heading to the top of the screen and give it focus, so a
/// screen reader continues there too.
fn spring_naar(id: &str) {
    crate::services::pagina::focus_op(id);
    if let Some(kop) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        kop.scroll_into_view_with_bool(true);
    }
}

// ----- Save file: messages --------------------------------------------------------------------------

#[derive(Clone, PartialEq)]
enum Status {
    Geen,
    Bezig,
    Gelukt(Tekst),
    Fout(Tekst),
}

fn status_html(status: &Status, taal: Taal, id: &'static str) -> Html {
    match status {
        Status::Geen => html! { <p id={id} class="delen-status" role="status"></p> },
        Status::Bezig => html! { <p id={id} class="delen-status" role="status">{ d::EVEN_GEDULD.in_taal(taal) }</p> },
        Status::Gelukt(t) => html! { <p id={id} class="delen-status gelukt" role="status">{ t.in_taal(taal) }</p> },
        Status::Fout(t) => html! { <p id={id} class="delen-status delen-fout" role="alert">{ t.in_taal(taal) }</p> },
    }
}

// ----- Save file: import --------------------------------------------------------------------------

#[derive(Clone, PartialEq)]
enum Import {
    Niets,
    Bezig,
    Wachtwoord { versleuteld: Rc<Versleuteld>, gemaakt_op: Rc<str>, fout: Option<Tekst> },
    Voorbeeld { dokument: Rc<Dokument>, gemaakt_op: Rc<str>, bevestig: bool },
    Klaar(Tekst),
    Fout(Tekst),
}

fn bestand_fout(f: BestandFout) -> Tekst {
    match f {
        BestandFout::TeGroot => d::FOUT_TE_GROOT,
        BestandFout::GeenJson => d::FOUT_GEEN_JSON,
        BestandFout::GeenBewaarbestand => d::FOUT_GEEN_BEWAARBESTAND,
        BestandFout::NieuwereVersie => d::FOUT_NIEUWER,
        BestandFout::Beschadigd => d::FOUT_BESCHADIGD,
    }
}

/// What a file's text means, without changing anything.
fn lees_bewaarbestand(tekst: &str) -> Import {
    match bewaarbestand::lees(tekst) {
        Ok(g) => match g.inhoud {
            Inhoud::Open(dokument) => {
                Import::Voorbeeld { dokument: Rc::new(*dokument), gemaakt_op: g.gemaakt_op.into(), bevestig: false }
            }
            Inhoud::Versleuteld(v) => {
                Import::Wachtwoord { versleuteld: Rc::new(v), gemaakt_op: g.gemaakt_op.into(), fout: None }
            }
        },
        // A file meant for a coach, picked here by mistake.
        Err(BestandFout::GeenJson) if deelpakket::ontkader(tekst).is_ok() => Import::Fout(d::DEELBESTAND_HIER),
        Err(f) => Import::Fout(bestand_fout(f)),
    }
}

fn antwoorden(n: usize, taal: Taal) -> String {
    if n == 1 {
        d::EEN_ANTWOORD.in_taal(taal).to_string()
    } else {
        vul(d::ANTWOORDEN.in_taal(taal), &[&n.to_string()])
    }
}

/// The one count beside each part (issue 24): how many answers would go
/// along with the choice as it is now. No "x of y".
fn om_te_delen(n: usize, taal: Taal) -> String {
    if n == 1 {
        d::EEN_OM_TE_DELEN.in_taal(taal).to_string()
    } else {
        vul(d::OM_TE_DELEN.in_taal(taal), &[&n.to_string()])
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
    let aantal = |doc: &Dokument, m: &'static crate::domain::vragenlijst::Module| {
        doc.modules.get(m.id).map(|s| s.aantal_beantwoord(m)).unwrap_or(0)
    };
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

#[hook]
fn use_importeer() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let stand = use_state(|| Import::Niets);
    let ww = use_state(String::new);
    let toon = use_state(|| false);
    let focus_na = use_focus_na();

    let kies = {
        let (stand, focus_na) = (stand.clone(), focus_na.clone());
        Callback::from(move |e: Event| {
            let invoer: HtmlInputElement = e.target_unchecked_into();
            let Some(gekozen) = bestand::gekozen_bestand(&invoer) else { return };
            stand.set(Import::Bezig);
            let (stand, focus_na) = (stand.clone(), focus_na.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let nieuw = match bestand::lees_tekst(&gekozen, bewaarbestand::MAX_BYTES).await {
                    Ok(tekst) => lees_bewaarbestand(&tekst),
                    Err(bestand::LeesFout::TeGroot) => Import::Fout(d::FOUT_TE_GROOT),
                    Err(bestand::LeesFout::Onleesbaar) => Import::Fout(d::FOUT_ONLEESBAAR),
                };
                *focus_na.borrow_mut() = Some(match nieuw {
                    Import::Wachtwoord { .. } => "import-ww",
                    Import::Voorbeeld { .. } => "import-voorbeeld",
                    _ => "import-status",
                });
                stand.set(nieuw);
            });
            // The same file can be picked again after a fix.
            invoer.set_value("");
        })
    };

    let open = {
        let (stand, ww, focus_na) = (stand.clone(), ww.clone(), focus_na.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Import::Wachtwoord { versleuteld, gemaakt_op, .. } = (*stand).clone() else { return };
            let wachtwoord = (*ww).clone();
            if wachtwoord.is_empty() {
                stand.set(Import::Wachtwoord { versleuteld, gemaakt_op, fout: Some(d::WACHTWOORD_NODIG) });
                return;
            }
            stand.set(Import::Bezig);
            let (stand, focus_na) = (stand.clone(), focus_na.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let v = &versleuteld;
                let mut geopend = Err(CryptoFout::Ontsleutelen);
                for vorm in bewaarbestand::wachtwoordvormen(&wachtwoord) {
                    geopend = crypto::ontsleutel_met(&vorm, v.iteraties, &v.salt, &v.iv, &v.data).await;
                    if !matches!(geopend, Err(CryptoFout::Ontsleutelen)) {
                        break;
                    }
                }
                let nieuw = match geopend {
                    Ok(bytes) => match bewaarbestand::lees_klaartekst(&bytes) {
                        Ok(dok) => Import::Voorbeeld { dokument: Rc::new(dok), gemaakt_op, bevestig: false },
                        Err(f) => Import::Fout(bestand_fout(f)),
                    },
                    Err(CryptoFout::Ontsleutelen) => Import::Wachtwoord {
                        versleuteld: versleuteld.clone(),
                        gemaakt_op,
                        fout: Some(d::WACHTWOORD_FOUT),
                    },
                    Err(f) => Import::Fout(crypto_fout(f)),
                };
                *focus_na.borrow_mut() = Some(match nieuw {
                    Import::Wachtwoord { .. } => "import-ww",
                    Import::Voorbeeld { .. } => "import-voorbeeld",
                    _ => "import-status",
                });
                stand.set(nieuw);
            });
        })
    };

    let pas_toe = |manier: Option<Importmanier>| {
        let (stand, winkel, focus_na) = (stand.clone(), winkel.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            let Import::Voorbeeld { dokument, gemaakt_op, bevestig } = (*stand).clone() else { return };
            match manier {
                None => {
                    *focus_na.borrow_mut() = Some("import-bevestig");
                    stand.set(Import::Voorbeeld { dokument, gemaakt_op, bevestig: true });
                }
                Some(Importmanier::Vervangen) if !bevestig => {}
                Some(manier) => {
                    let veranderd = winkel.importeer((*dokument).clone(), manier);
                    let klaar = match (manier, veranderd) {
                        (Importmanier::Vervangen, _) => d::VERVANGEN_KLAAR,
                        (Importmanier::Samenvoegen, true) => d::SAMENGEVOEGD,
                        (Importmanier::Samenvoegen, false) => d::NIETS_NIEUWS,
                    };
                    *focus_na.borrow_mut() = Some("import-status");
                    stand.set(Import::Klaar(klaar));
                }
            }
        })
    };
    let terug = {
        let (stand, focus_na) = (stand.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            if let Import::Voorbeeld { dokument, gemaakt_op, .. } = (*stand).clone() {
                *focus_na.borrow_mut() = Some("import-vervang");
                stand.set(Import::Voorbeeld { dokument, gemaakt_op, bevestig: false });
            }
        })
    };
    let annuleer = {
        let (stand, focus_na) = (stand.clone(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_na.borrow_mut() = Some("import-bestand");
            stand.set(Import::Niets);
        })
    };
    let zet_ww = bij_invoer(&ww);

    let gemaakt = |g: &str| {
        if g.is_empty() {
            html! {}
        } else {
            let ms = js_sys::Date::parse(g);
            let datum =
                if ms.is_finite() { crate::services::pagina::tijdstip(ms, taal.code(), false) } else { g.to_string() };
            html! { <p>{ vul(d::VOORBEELD_GEMAAKT.in_taal(taal), &[&datum]) }</p> }
        }
    };

    let inhoud = match &*stand {
        Import::Niets => html! { <p id="import-status" class="delen-status" role="status" tabindex="-1"></p> },
        Import::Bezig => html! {
            <p id="import-status" class="delen-status" role="status" tabindex="-1">{ d::EVEN_GEDULD.in_taal(taal) }</p>
        },
        Import::Klaar(t) => html! {
            <p id="import-status" class="delen-status gelukt" role="status" tabindex="-1">{ t.in_taal(taal) }</p>
        },
        Import::Fout(t) => html! {
            <p id="import-status" class="delen-status delen-fout" role="alert" tabindex="-1">{ t.in_taal(taal) }</p>
        },
        Import::Wachtwoord { fout, .. } => html! {
            <form class="delen-kader" onsubmit={open}>
                <p>{ d::BESTAND_VERSLEUTELD.in_taal(taal) }</p>
                <div class="veld">
                    <label for="import-ww">{ d::WACHTWOORD.in_taal(taal) }</label>
                    <input id="import-ww" type={if *toon { "text" } else { "password" }} autocomplete="off" autocapitalize="none"
                        autocorrect="off" spellcheck="false" value={(*ww).clone()} oninput={zet_ww}
                        aria-describedby={fout.map(|_| "import-ww-fout")} aria-invalid={fout.map(|_| "true")} />
                </div>
                { toon_vinkje(&toon, "import-ww-toon", taal) }
                if let Some(f) = fout {
                    <p id="import-ww-fout" class="delen-fout" role="alert">{ f.in_taal(taal) }</p>
                }
                <div class="knoppen">
                    <button type="submit" class="knop">{ d::OPEN_BESTAND.in_taal(taal) }</button>
                    <button type="button" class="knop stil" onclick={annuleer.clone()}>{ d::ANNULEREN.in_taal(taal) }</button>
                </div>
            </form>
        },
        Import::Voorbeeld { dokument, gemaakt_op, bevestig } => html! {
            <section class="delen-kader" aria-labelledby="import-voorbeeld">
                <h4 id="import-voorbeeld" tabindex="-1">{ d::VOORBEELD_KOP.in_taal(taal) }</h4>
                { gemaakt(gemaakt_op) }
                { vergelijking(&winkel.dokument, dokument, taal) }
                if *bevestig {
                    <div class="bevestig">
                        <p id="import-bevestig" tabindex="-1"><strong>{ d::VERVANG_ZEKER.in_taal(taal) }</strong></p>
                        <div class="knoppen">
                            <button type="button" class="knop gevaar" onclick={pas_toe(Some(Importmanier::Vervangen))}>
                                { d::VERVANG_JA.in_taal(taal) }
                            </button>
                            <button type="button" class="knop stil" onclick={terug}>{ d::VERVANG_NEE.in_taal(taal) }</button>
                        </div>
                    </div>
                } else {
                    <div class="keuzes">
                        <div>
                            <p>{ d::SAMENVOEGEN_UITLEG.in_taal(taal) }</p>
                            <button type="button" class="knop" onclick={pas_toe(Some(Importmanier::Samenvoegen))}>
                                { d::SAMENVOEGEN.in_taal(taal) }
                            </button>
                        </div>
                        <div>
                            <p>{ d::VERVANGEN_UITLEG.in_taal(taal) }</p>
                            <button type="button" id="import-vervang" class="knop stil" onclick={pas_toe(None)}>
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

// ----- Sharing with the coach ---------------------------------------------------------------------

#[derive(Clone, PartialEq)]
struct Link {
    link: String,
    code: String,
}

#[hook]
fn use_deel_met_coach() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let keuze = use_state(Deelkeuze::default);
    let link = use_state(|| None::<Rc<Link>>);
    let gewijzigd = use_state(|| false);
    let status = use_state(|| Status::Geen);
    let kopie = use_state(|| Status::Geen);
    let code_kopie = use_state(|| Status::Geen);
    let focus_na = use_focus_na();

    // The same function builds the preview and the link. The name is left out of
    // the preview's key: typing it must not rebuild the profile on every key.
    let voorbeeld = {
        let (dok, k) = (winkel.dokument.clone(), Deelkeuze { naam: String::new(), ..(*keuze).clone() });
        use_memo((dok, k, taal), |(dok, k, taal)| deelpakket::maak(dok, k, &MODULES, *taal, 0.0))
    };
    let modules: Rc<BTreeMap<_, _>> = use_memo(voorbeeld.clone(), |v| v.als_modules());
    let leeg = voorbeeld.is_leeg();
    let anderen = Rc::new(voorbeeld.kijk.clone());

    let wijzig = |f: Keuzewijziging| {
        let (keuze, link, gewijzigd, status) = (keuze.clone(), link.clone(), gewijzigd.clone(), status.clone());
        Callback::from(move |e: Event| {
            let aan = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut k = (*keuze).clone();
            f(&mut k, aan);
            if link.is_some() {
                gewijzigd.set(true);
                link.set(None);
            }
            status.set(Status::Geen);
            keuze.set(k);
        })
    };

    let zet_naam = {
        let (keuze, link, gewijzigd, status) = (keuze.clone(), link.clone(), gewijzigd.clone(), status.clone());
        Callback::from(move |e: InputEvent| {
            let naam = e.target_unchecked_into::<HtmlInputElement>().value();
            if link.is_some() {
                gewijzigd.set(true);
                link.set(None);
            }
            status.set(Status::Geen);
            keuze.set(Deelkeuze { naam, ..(*keuze).clone() });
        })
    };

    let maak = {
        let (dok, keuze, link, gewijzigd, status, kopie, code_kopie, focus_na) = (
            winkel.dokument.clone(),
            (*keuze).clone(),
            link.clone(),
            gewijzigd.clone(),
            status.clone(),
            kopie.clone(),
            code_kopie.clone(),
            focus_na.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let inhoud = deelpakket::maak(&dok, &keuze, &MODULES, taal, js_sys::Date::now());
            if inhoud.is_leeg() {
                status.set(Status::Fout(d::KIES_IETS));
                return;
            }
            let code = match crypto::nieuwe_code() {
                Ok(c) => c,
                Err(f) => return status.set(Status::Fout(crypto_fout(f))),
            };
            status.set(Status::Bezig);
            kopie.set(Status::Geen);
            code_kopie.set(Status::Geen);
            let (link, gewijzigd, status, focus_na) =
                (link.clone(), gewijzigd.clone(), status.clone(), focus_na.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let klaar = crypto::comprimeer(&deelpakket::json(&inhoud)).await;
                match crypto::versleutel_met(&code, deelpakket::ITERATIES, &klaar).await {
                    Ok((salt, iv, geheim)) => {
                        let payload = deelpakket::kader(&deelpakket::Kader { salt, iv, geheim });
                        let adres = format!("{}{}{}", app_adres(), deelpakket::PAD, payload);
                        gewijzigd.set(false);
                        status.set(Status::Geen);
                        *focus_na.borrow_mut() = Some("link-kop");
                        link.set(Some(Rc::new(Link { link: adres, code })));
                    }
                    Err(f) => status.set(Status::Fout(crypto_fout(f))),
                }
            });
        })
    };

    let kopieer = {
        let (link, kopie) = (link.clone(), kopie.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(l) = (*link).clone() else { return };
            let (goed, fout) = (Status::Gelukt(d::GEKOPIEERD), Status::Fout(d::NIET_GEKOPIEERD));
            kopieer_en_meld(l.link.clone(), "deel-link", kopie.clone(), goed, fout);
        })
    };
    // The phone's share sheet, with the link only: the code never goes in the
    // same message (it is given apart, see `d::DEEL_APART`).
    let deel_link = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(l) = (*link).clone() else { return };
            wasm_bindgen_futures::spawn_local(async move {
                deelblad::deel(d::DEEL_TITEL.in_taal(taal), &l.link).await;
            });
        })
    };
    let kopieer_code = {
        let (link, code_kopie) = (link.clone(), code_kopie.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(l) = (*link).clone() else { return };
            // The grouped form, as shown: the coach's field accepts it as is.
            let (goed, fout) = (Status::Gelukt(d::CODE_GEKOPIEERD), Status::Fout(d::CODE_NIET_GEKOPIEERD));
            kopieer_en_meld(deelpakket::toon_code(&l.code), "deel-code", code_kopie.clone(), goed, fout);
        })
    };
    let als_bestand = {
        let (link, kopie) = (link.clone(), kopie.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(l) = (*link).clone() else { return };
            let tekst = deelpakket::bestandstekst(d::BESTAND_KOPREGEL.in_taal(taal), &l.link);
            let naam = format!("spoorwijzer-gedeeld-{}.spoorwijzer", vandaag());
            if !bestand::download(&naam, "text/plain", &tekst) {
                kopie.set(Status::Fout(d::DOWNLOAD_MISLUKT));
            }
        })
    };
    let afdrukken = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let vinkjes = MODULES.iter().map(|m| {
        let aantal = deelpakket::deelbaar(&winkel.dokument, m, &keuze);
        let alle = deelpakket::deelbaar_alles(&winkel.dokument, m);
        let id = m.id;
        let onchange = wijzig(Rc::new(move |k: &mut Deelkeuze, aan| {
            if aan {
                k.modules.insert(id.to_string());
            } else {
                k.modules.remove(id);
            }
        }));
        let detail = if alle == 0 { d::NOG_NIETS.in_taal(taal).to_string() } else { om_te_delen(aantal, taal) };
        html! {
            <label class={classes!("optie", (alle == 0).then_some("uit"))}>
                <input type="checkbox" name="deel-module" value={m.id} disabled={alle == 0}
                    checked={alle > 0 && keuze.modules.contains(m.id)} {onchange} />
                <span>{ m.titel.in_taal(taal) }<span class="optie-uitleg">{ detail }</span></span>
            </label>
        }
    });
    let eigen = wijzig(Rc::new(|k: &mut Deelkeuze, aan| k.eigen_woorden = aan));
    let beeld = wijzig(Rc::new(|k: &mut Deelkeuze, aan| k.eigen_beeld = aan));
    let aantal_beeld = deelpakket::aantal_eigen_beeld(&winkel.dokument, &MODULES);
    let coach = wijzig(Rc::new(|k: &mut Deelkeuze, aan| k.coach = aan));
    // Possibly sensitive worries, one tick each, never ticked by default: see
    // `Deelkeuze::gevoelig`.
    let gevoelig = deelpakket::gevoelige_keuzes(&winkel.dokument, &MODULES);
    let gevoelig_leeg = gevoelig.is_empty();
    let gevoelig_vinkjes = gevoelig.into_iter().map(|(v, o)| {
        let paar = (v.id, o.id);
        let onchange = wijzig(Rc::new(move |k: &mut Deelkeuze, aan| {
            k.gevoelig.retain(|g| *g != paar);
            if aan {
                k.gevoelig.push(paar);
            }
        }));
        html! {
            <label class="optie gevoelig">
                <input type="checkbox" name="deel-gevoelig" value={o.id} checked={keuze.gevoelig.contains(&paar)} {onchange} />
                <span>{ o.tekst.in_taal(taal) }<span class="optie-uitleg">{ d::GEVOELIG.in_taal(taal) }</span></span>
            </label>
        }
    });

    let deelbaar = deelblad::beschikbaar();
    let resultaat = match &*link {
        None => html! {},
        Some(l) => html! {
            <section class="delen-kader link-resultaat" aria-labelledby="link-kop">
                <h3 id="link-kop" tabindex="-1">{ d::LINK_KOP.in_taal(taal) }</h3>
                // The action first, right under the heading that gets focus: the
                // phone's share sheet where there is one, else copying.
                <div class="knoppen">
                    if deelbaar {
                        <button type="button" id="deel-stuur" class="knop" onclick={deel_link} aria-describedby="deel-apart">
                            { d::DEEL_LINK.in_taal(taal) }
                        </button>
                        <button type="button" class="knop stil" onclick={kopieer}>{ d::KOPIEER.in_taal(taal) }</button>
                    } else {
                        <button type="button" id="deel-stuur" class="knop" onclick={kopieer}>{ d::KOPIEER.in_taal(taal) }</button>
                    }
                </div>
                if deelbaar {
                    <p id="deel-apart" class="hint">{ d::DEEL_APART.in_taal(taal) }</p>
                }
                { status_html(&kopie, taal, "kopie-status") }
                <div class="veld">
                    <label for="deel-link">{ d::LINK_LABEL.in_taal(taal) }</label>
                    <textarea id="deel-link" class="deel-link" readonly=true rows="3" value={l.link.clone()} />
                </div>
                if l.link.len() > LANGE_LINK {
                    <p class="hint">{ d::LANGE_LINK.in_taal(taal) }</p>
                }
                <h4 id="code-kop">{ d::CODE_LABEL.in_taal(taal) }</h4>
                <div class="code-rij">
                    <p id="deel-code" class="deel-code" aria-describedby="code-uitleg">{ deelpakket::toon_code(&l.code) }</p>
                    <button type="button" class="knop" onclick={kopieer_code}>{ d::KOPIEER_CODE.in_taal(taal) }</button>
                </div>
                { status_html(&code_kopie, taal, "code-kopie-status") }
                <p id="code-uitleg">{ d::CODE_UITLEG.in_taal(taal) }</p>
                <div class="knoppen">
                    <button type="button" class="knop stil" onclick={als_bestand} aria-describedby="bestand-uitleg">
                        { d::ALS_BESTAND.in_taal(taal) }
                    </button>
                </div>
                <p id="bestand-uitleg" class="hint">{ d::ALS_BESTAND_UITLEG.in_taal(taal) }</p>
            </section>
        },
    };

    html! {
        <>
            <section class="delen-blok niet-printen" aria-labelledby="deel-kop">
                <h2 id="deel-kop" tabindex="-1">{ d::DEEL_KOP.in_taal(taal) }</h2>
                <p>{ d::DEEL_UITLEG.in_taal(taal) }</p>
                // Who may read it, before anything is chosen (issue 23).
                <aside class="wie-leest" role="note"><p>{ d::WIE_LEEST.in_taal(taal) }</p></aside>
                <fieldset class="vraag deel-keuze">
                    <legend>{ d::WAT_DELEN.in_taal(taal) }</legend>
                    <div class="opties">{ for vinkjes }</div>
                </fieldset>
                if !gevoelig_leeg {
                    <fieldset class="vraag deel-gevoelig" aria-describedby="deel-gevoelig-uitleg">
                        <legend>{ d::GEVOELIG_KOP.in_taal(taal) }</legend>
                        <p id="deel-gevoelig-uitleg" class="hint">{ d::GEVOELIG_UITLEG.in_taal(taal) }</p>
                        <div class="opties">{ for gevoelig_vinkjes }</div>
                    </fieldset>
                }
                <div class="opties deel-extra">
                    <label class="optie">
                        <input type="checkbox" id="deel-eigen" checked={keuze.eigen_woorden} onchange={eigen} />
                        <span>{ d::EIGEN_WOORDEN.in_taal(taal) }<span class="optie-uitleg">{ d::EIGEN_WOORDEN_UITLEG.in_taal(taal) }</span></span>
                    </label>
                    // Never ticked by default: see `Deelkeuze::eigen_beeld`.
                    <label class={classes!("optie", "gevoelig", (aantal_beeld == 0).then_some("uit"))}>
                        <input type="checkbox" id="deel-eigen-beeld" checked={keuze.eigen_beeld && aantal_beeld > 0}
                            disabled={aantal_beeld == 0} onchange={beeld} />
                        // No second count here (issue 24): the count beside the part grows when this is
                        // ticked. With nothing to share, the long warning would only push the action down.
                        <span>{ d::EIGEN_BEELD.in_taal(taal) }if aantal_beeld == 0 { { format!(" ({})", d::NOG_NIETS.in_taal(taal)) } } else { <span class="optie-uitleg">{ d::EIGEN_BEELD_UITLEG.in_taal(taal) }</span> }</span>
                    </label>
                    { crate::ui::pages::kijk_profiel::deel_vinkje(winkel.dokument.kijk.len(), keuze.kijk, wijzig(Rc::new(|k: &mut Deelkeuze, aan| k.kijk = aan)), taal) }
                    if winkel.dokument.coach.is_some() {
                        <label class="optie">
                            <input type="checkbox" id="deel-coach" checked={keuze.coach} onchange={coach} />
                            <span>{ d::COACH_DELEN.in_taal(taal) }<span class="optie-uitleg">{ d::COACH_DELEN_UITLEG.in_taal(taal) }</span></span>
                        </label>
                    }
                </div>
                <div class="veld">
                    <label for="deel-naam">{ d::NAAM_LABEL.in_taal(taal) }</label>
                    <p id="deel-naam-uitleg" class="hint">{ d::NAAM_UITLEG.in_taal(taal) }</p>
                    <input id="deel-naam" type="text" autocomplete="given-name" maxlength={deelpakket::MAX_NAAM.to_string()}
                        value={keuze.naam.clone()} oninput={zet_naam} aria-describedby="deel-naam-uitleg" />
                </div>
            </section>

            // Right after the choice: the preview below can be many phone screens long.
            <section class="delen-blok niet-printen" aria-label={d::MAAK_LINK.in_taal(taal)}>
                if *gewijzigd {
                    <p class="delen-status" role="status">{ d::GEWIJZIGD.in_taal(taal) }</p>
                }
                <div class="knoppen">
                    <button type="button" id="deel-maak" class="knop" onclick={maak} disabled={*status == Status::Bezig}>
                        { if link.is_some() { d::NIEUWE_LINK } else { d::MAAK_LINK }.in_taal(taal) }
                    </button>
                </div>
                { status_html(&status, taal, "link-status") }
                { resultaat }
            </section>

            <section class="deel-voorbeeld" aria-labelledby="voorbeeld-kop">
                <h2 id="voorbeeld-kop" class="niet-printen">{ d::PREVIEW_KOP.in_taal(taal) }</h2>
                if leeg {
                    <p class="hint niet-printen">{ d::PREVIEW_LEEG.in_taal(taal) }</p>
                } else {
                    <div class="voorbeeld-kader">
                        if let Some(c) = &voorbeeld.coach {
                            if !c.praktijk.trim().is_empty() {
                                <p class="alleen-scherm">{ vul(d::VIA_PRAKTIJK.in_taal(taal), &[&c.praktijk]) }</p>
                            }
                        }
                        <ProfielInhoud modules={modules} {taal} eigen={false} {anderen} />
                    </div>
                }
            </section>

            <section class="delen-blok niet-printen" aria-labelledby="papier-kop">
                <h2 id="papier-kop">{ d::PAPIER_KOP.in_taal(taal) }</h2>
                <p>{ d::PAPIER_UITLEG.in_taal(taal) }</p>
                <div class="knoppen">
                    <button type="button" class="knop stil" onclick={afdrukken} disabled={leeg}>{ d::AFDRUKKEN.in_taal(taal) }</button>
                </div>
                <p><a href={Route::Profiel.href()}>{ d::HEEL_PROFIEL.in_taal(taal) }</a></p>
                if !winkel.dokument.ontvangen.is_empty() {
                    <p><a href={Route::Gedeeld { payload: deelpakket::GEEN_LINK.into() }.href()}>{ d::NAAR_KOPIEEN.in_taal(taal) }</a></p>
                }
            </section>
        </>
    }
}
