//! `#/kijk/<invitation>`: the trusted person answers the mirror set in their
//! own browser, one question per screen, every question skippable. Answers
//! live only in this component's state (`model`): nothing is written to storage. At
//! the end they get a reply link (or file) encrypted with a code shown once.

use yew::prelude::*;

use crate::content::delen as d;
use crate::content::kijk as k;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::deelpakket;
use crate::domain::kijk::{self, Spiegelset};
use crate::domain::tekst::Tekst;
use crate::services::delen::maak_antwoordlink;
use crate::services::venster;
use crate::services::{bestand, deelblad, pagina};
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::pagina::Pagina;
use crate::ui::pages::kijk_profiel::bij_enter;
use crate::ui::winkel::use_winkel;

// The small views the questions share.
mod invoer;
// The screens, what is typed and the reply, in plain Rust with native tests.
mod model;

use invoer::{status_html, vinkjes};
use model::{Invoer, Lijst, Scherm, Stap, Status, Veld, Vragen};

#[derive(Properties, PartialEq)]
pub struct KijkVraagProps {
    pub payload: String,
}

#[component]
pub fn KijkVraag(props: &KijkVraagProps) -> Html {
    let winkel = use_winkel();
    let uitnodiging = use_memo(props.payload.clone(), |p| kijk::lees_uitnodiging(p));
    // The invitation's language, unless this browser already chose one. Only
    // for this page: nothing is written.
    let taal = match &*uitnodiging {
        Ok(u) => winkel.dokument.instellingen.taal.unwrap_or(u.taal),
        Err(_) => winkel.taal(),
    };
    // The answers, one screen at a time (used with a readable invitation).
    let s = use_reducer(Vragen::default);
    let focus_na = use_focus_na();
    let u = match &*uitnodiging {
        Ok(u) => u,
        Err(f) => {
            let tekst = model::uitnodiging_fout(*f);
            return html! {
                <div lang={taal.code()}>
                    <Pagina titel={k::VRAAG_TITEL.in_taal(taal)}>
                        <p class="kijk-melding" role="alert">{ tekst.in_taal(taal) }</p>
                    </Pagina>
                </div>
            };
        }
    };
    let set = Spiegelset::uit(&MODULES);
    let n = u.delen.len();
    let naam = u.naam.clone();
    let titel = match &naam {
        Some(nm) => vul(k::VRAAG_TITEL_NAAM.in_taal(taal), &[nm]),
        None => k::VRAAG_TITEL.in_taal(taal).to_string(),
    };

    let ga = |naar: usize| {
        let (s, focus_na) = (s.dispatcher(), focus_na.clone());
        Callback::from(move |_: MouseEvent| {
            if naar == 0 {
                pagina::focus_op_kop();
            } else {
                *focus_na.borrow_mut() = Some("vraag-kop");
            }
            s.dispatch(Stap::Ga(naar));
            pagina::scroll_naar_boven();
        })
    };
    let zet = |veld: Veld| {
        let s = s.dispatcher();
        Callback::from(move |e: InputEvent| {
            s.dispatch(Stap::Typ(veld, crate::services::invoer::waarde(&e).unwrap_or_default()));
        })
    };
    let wissel = |lijst: Lijst| {
        let s = s.dispatcher();
        Callback::from(move |(id, aan): (String, bool)| s.dispatch(Stap::Vink(lijst, id, aan)))
    };

    let maak = {
        let (u, s, focus_na) = (u.clone(), s.clone(), focus_na.clone());
        Callback::from(move |()| {
            let taak = match maak_antwoordlink(&u, &s.invoer.van, &s.invoer.spiegel(), taal) {
                Ok(taak) => taak,
                Err(f) => {
                    if let Some(id) = model::focus_bij(f) {
                        *focus_na.borrow_mut() = Some(id);
                    }
                    return s.dispatch(Stap::KanNiet(f));
                }
            };
            s.dispatch(Stap::Bezig);
            let (s, focus_na) = (s.dispatcher(), focus_na.clone());
            venster::start(async move {
                match taak.await {
                    Ok(link) => {
                        *focus_na.borrow_mut() = Some("antwoord-kop");
                        s.dispatch(Stap::Klaar(link));
                        pagina::scroll_naar_boven();
                    }
                    Err(f) => s.dispatch(Stap::Mislukt(f)),
                }
            });
        })
    };

    // ---- The reply, once made: the code is shown here and nowhere else.
    if let (Scherm::Antwoord, Some(uit)) = (s.scherm(n), &s.uitkomst) {
        let kopieer = |tekst: String, veld: &'static str, goed: Tekst, fout: Tekst| {
            let s = s.dispatcher();
            Callback::from(move |_: MouseEvent| {
                let s = s.clone();
                let meld = move |ok| s.dispatch(Stap::Kopie(if ok { Status::Goed(goed) } else { Status::Fout(fout) }));
                venster::kopieer(tekst.clone(), veld, Box::new(meld));
            })
        };
        let deel = {
            let link = uit.link.clone();
            Callback::from(move |_: MouseEvent| {
                let link = link.clone();
                venster::start(async move {
                    deelblad::deel(k::TERUG_TITEL.in_taal(taal), &link).await;
                });
            })
        };
        let als_bestand = {
            let (link, s) = (uit.link.clone(), s.dispatcher());
            Callback::from(move |_: MouseEvent| {
                let tekst = deelpakket::bestandstekst(k::BESTAND_KOPREGEL.in_taal(taal), &link);
                if !bestand::download("spoorwijzer-antwoord.spoorwijzer", "text/plain", &tekst) {
                    s.dispatch(Stap::Kopie(Status::Fout(d::DOWNLOAD_MISLUKT)));
                }
            })
        };
        let terug = {
            let (s, focus_na) = (s.dispatcher(), focus_na.clone());
            Callback::from(move |_: MouseEvent| {
                *focus_na.borrow_mut() = Some("vraag-kop");
                s.dispatch(Stap::Terug);
            })
        };
        let stuur = match &naam {
            Some(nm) => vul(k::ANTWOORD_STUUR_NAAM.in_taal(taal), &[nm]),
            None => k::ANTWOORD_STUUR.in_taal(taal).to_string(),
        };
        return html! {
            <div lang={taal.code()}>
            <Pagina titel={titel}>
                <section class="delen-kader" aria-labelledby="antwoord-kop">
                    <h2 id="antwoord-kop" tabindex="-1">{ k::ANTWOORD_KOP.in_taal(taal) }</h2>
                    <h3>{ k::CODE_LABEL.in_taal(taal) }</h3>
                    <div class="code-rij">
                        <p id="antwoord-code" class="deel-code" aria-describedby="antwoord-code-uitleg">{ deelpakket::toon_code(&uit.code) }</p>
                        <button type="button" class="knop stil"
                            onclick={kopieer(deelpakket::toon_code(&uit.code), "antwoord-code", k::CODE_GEKOPIEERD, k::NIET_GEKOPIEERD)}>
                            { k::KOPIEER_CODE.in_taal(taal) }
                        </button>
                    </div>
                    <p id="antwoord-code-uitleg">{ k::CODE_EENMAAL.in_taal(taal) }</p>
                    <div class="veld">
                        <label for="antwoord-link">{ k::ANTWOORD_LINK_LABEL.in_taal(taal) }</label>
                        <p class="hint">{ stuur }</p>
                        <textarea id="antwoord-link" class="deel-link" readonly=true rows="3" value={uit.link.clone()} />
                    </div>
                    <div class="knoppen">
                        <button type="button" class="knop" onclick={kopieer(uit.link.clone(), "antwoord-link", k::GEKOPIEERD, k::NIET_GEKOPIEERD)}>
                            { k::KOPIEER.in_taal(taal) }
                        </button>
                        if deelblad::beschikbaar() {
                            <button type="button" class="knop stil" onclick={deel}>{ k::DEEL.in_taal(taal) }</button>
                        }
                        <button type="button" class="knop stil" onclick={als_bestand} aria-describedby="antwoord-bestand-uitleg">
                            { k::ALS_BESTAND.in_taal(taal) }
                        </button>
                    </div>
                    <p id="antwoord-bestand-uitleg" class="hint">{ k::ALS_BESTAND_UITLEG.in_taal(taal) }</p>
                    { status_html(&s.kopie, taal, "antwoord-kopie") }
                    <p class="gelukt">{ k::NIETS_BEWAARD.in_taal(taal) }</p>
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={terug}>{ k::TERUG_NAAR_VRAGEN.in_taal(taal) }</button>
                    </div>
                </section>
            </Pagina>
            </div>
        };
    }

    // ---- One screen at a time: the welcome, each question, then sending.
    let scherm = match s.scherm(n) {
        Scherm::Welkom | Scherm::Antwoord => {
            let intro = match &naam {
                Some(nm) => vul(k::VRAAG_INTRO_NAAM.in_taal(taal), &[nm]),
                None => k::VRAAG_INTRO.in_taal(taal).to_string(),
            };
            html! {
                <section class="kijk-stap" aria-labelledby="vraag-kop">
                    <p class="intro">{ intro }</p>
                    <p>{ vul(k::VRAAG_HOE.in_taal(taal), &[&n.to_string()]) }</p>
                    <p>{ k::VRAAG_PRIVACY.in_taal(taal) }</p>
                    <div class="stap-nav kijk-nav-een">
                        <button type="button" class="knop" onclick={ga(1)}>{ k::BEGIN.in_taal(taal) }<span aria-hidden="true">{ " ›" }</span></button>
                    </div>
                </section>
            }
        }
        Scherm::Vraag(nu) => {
            let deel = u.delen[nu - 1].as_str();
            let vraag = match deel {
                "kwaliteiten" => html! {
                    <>
                        <h2 id="vraag-kop" tabindex="-1">{ k::VRAAG_KWALITEITEN.in_taal(taal) }</h2>
                        <fieldset class="vraag" aria-labelledby="vraag-kop" aria-describedby="vraag-uitleg">
                            <p id="vraag-uitleg" class="hint">{ k::UITLEG_KWALITEITEN.in_taal(taal) }</p>
                            { vinkjes("kijk-kwaliteit", set.kwaliteiten, &s.invoer.kwaliteiten, taal, wissel(Lijst::Kwaliteiten)) }
                        </fieldset>
                        if Invoer::vol(&s.invoer.kwaliteiten) {
                            <p class="hint" role="status">{ k::GENOEG_GEKOZEN.in_taal(taal) }</p>
                        }
                        <div class="veld">
                            <label for="kijk-woorden">{ k::KWALITEITEN_WOORDEN.in_taal(taal) }</label>
                            <p id="kijk-woorden-hint" class="hint">{ k::KOMMA_HINT.in_taal(taal) }</p>
                            <input id="kijk-woorden" type="text" autocomplete="off" maxlength="200" aria-describedby="kijk-woorden-hint"
                                value={s.invoer.kwaliteiten_woorden.clone()} oninput={zet(Veld::KwaliteitenWoorden)} />
                        </div>
                    </>
                },
                "goed-in" => html! {
                    <>
                        <h2 id="vraag-kop" tabindex="-1"><label for="kijk-goed-in">{ k::VRAAG_GOED_IN.in_taal(taal) }</label></h2>
                        <p id="kijk-goed-in-hint" class="hint">{ k::UITLEG_GOED_IN.in_taal(taal) }{ " " }{ k::KOMMA_HINT.in_taal(taal) }</p>
                        <textarea id="kijk-goed-in" rows="4" maxlength="400" aria-describedby="kijk-goed-in-hint"
                            value={s.invoer.goed_in.clone()} oninput={zet(Veld::GoedIn)} />
                    </>
                },
                "energie" => html! {
                    <>
                        <h2 id="vraag-kop" tabindex="-1">{ k::VRAAG_ENERGIE.in_taal(taal) }</h2>
                        <fieldset class="vraag" aria-labelledby="vraag-kop" aria-describedby="vraag-uitleg">
                            <p id="vraag-uitleg" class="hint">{ k::UITLEG_KWALITEITEN.in_taal(taal) }</p>
                            { vinkjes("kijk-energie", set.energie, &s.invoer.energie, taal, wissel(Lijst::Energie)) }
                        </fieldset>
                        if Invoer::vol(&s.invoer.energie) {
                            <p class="hint" role="status">{ k::GENOEG_GEKOZEN.in_taal(taal) }</p>
                        }
                    </>
                },
                _ => html! {
                    <>
                        <h2 id="vraag-kop" tabindex="-1"><label for="kijk-boodschap">{ k::VRAAG_BOODSCHAP.in_taal(taal) }</label></h2>
                        <p id="kijk-boodschap-hint" class="hint">{ k::UITLEG_BOODSCHAP.in_taal(taal) }</p>
                        <textarea id="kijk-boodschap" rows="5" maxlength={kijk::MAX_BOODSCHAP.to_string()} aria-describedby="kijk-boodschap-hint"
                            value={s.invoer.boodschap.clone()} oninput={zet(Veld::Boodschap)} />
                    </>
                },
            };
            html! {
                <section class="kijk-stap">
                    <p class="stap-plaats"><span>{ vul(k::PLAATS.in_taal(taal), &[&nu.to_string(), &n.to_string()]) }</span></p>
                    { vraag }
                    <p class="hint">{ k::OVERSLAAN.in_taal(taal) }</p>
                    <div class="stap-nav">
                        <button type="button" class="knop stil" onclick={ga(nu - 1)}><span aria-hidden="true">{ "‹ " }</span>{ k::VORIGE.in_taal(taal) }</button>
                        <button type="button" class="knop" onclick={ga(nu + 1)}>{ k::VOLGENDE.in_taal(taal) }<span aria-hidden="true">{ " ›" }</span></button>
                    </div>
                </section>
            }
        }
        Scherm::Versturen => html! {
            <section class="kijk-stap">
                <h2 id="vraag-kop" tabindex="-1">{ k::KLAAR_KOP.in_taal(taal) }</h2>
                <div>
                    <div class="veld">
                        <label for="kijk-van">{ k::VAN_LABEL.in_taal(taal) }</label>
                        <p id="kijk-van-hint" class="hint">{ k::VAN_HINT.in_taal(taal) }</p>
                        <input id="kijk-van" type="text" autocomplete="off" maxlength={deelpakket::MAX_NAAM.to_string()}
                            aria-describedby="kijk-van-hint" value={s.invoer.van.clone()} oninput={zet(Veld::Van)}
                            onkeydown={bij_enter(&maak)} />
                    </div>
                    { status_html(&s.status, taal, "antwoord-status") }
                    <div class="stap-nav">
                        <button type="button" class="knop stil" onclick={ga(n)}><span aria-hidden="true">{ "‹ " }</span>{ k::VORIGE.in_taal(taal) }</button>
                        <button type="button" id="kijk-maak-antwoord" class="knop" disabled={!s.kan_maken()}
                            onclick={maak.reform(|_: MouseEvent| ())}>{ k::MAAK_ANTWOORD.in_taal(taal) }</button>
                    </div>
                </div>
            </section>
        },
    };

    html! {
        <div lang={taal.code()}>
            <Pagina titel={titel}>
                { scherm }
            </Pagina>
        </div>
    }
}
