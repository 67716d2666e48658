//! Opening several shares at once: links pasted one per line, or several
//! files picked. Each share asks its own code, as the shared view does, and
//! is then offered a place: the candidate with the same candidate id (with
//! the coach's yes), a new place, or a candidate the coach picks.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::delen as d;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::content::werkplek as w;
use crate::domain::deelpakket::{self, DeelFout, DeelInhoud, Kader};
use crate::domain::tekst::Tekst;
use crate::domain::werkplek::{Gedeeld, Plek, Werkplek};
use crate::services::crypto::CryptoFout;
use crate::services::werkplek as dienst;
use crate::services::{bestand, delen, klok, pagina, venster};
use crate::ui::pages::delen::model::crypto_fout;
use crate::ui::winkel::use_winkel;

/// What is wrong with a link or package, in the shared view's words.
fn deel_fout(f: DeelFout) -> Tekst {
    match f {
        DeelFout::Beschadigd => d::LINK_BESCHADIGD,
        DeelFout::TeGroot => d::LINK_TE_GROOT,
        DeelFout::NieuwereVersie(_) => d::LINK_NIEUWER,
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Item {
    nr: usize,
    kader: Result<Rc<Kader>, DeelFout>,
    code: String,
    fout: Option<Tekst>,
    bezig: bool,
    inhoud: Option<Rc<DeelInhoud>>,
    label: String,
    gekozen: String,
    /// Kept with this label.
    bewaard: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
struct Lijst {
    items: Vec<Item>,
    volgende: usize,
}

enum Stap {
    Voeg(Vec<Result<Rc<Kader>, DeelFout>>),
    Code(usize, String),
    Label(usize, String),
    Kies(usize, String),
    Bezig(usize),
    Fout(usize, Tekst),
    Open(usize, Rc<DeelInhoud>),
    Bewaard(usize, String),
}

impl Reducible for Lijst {
    type Action = Stap;
    fn reduce(self: Rc<Self>, stap: Stap) -> Rc<Self> {
        let mut n = (*self).clone();
        match stap {
            Stap::Voeg(kaders) => {
                for kader in kaders {
                    n.volgende += 1;
                    n.items.push(Item {
                        nr: n.volgende,
                        kader,
                        code: String::new(),
                        fout: None,
                        bezig: false,
                        inhoud: None,
                        label: String::new(),
                        gekozen: String::new(),
                        bewaard: None,
                    });
                }
            }
            Stap::Code(nr, c) => n.bij(nr, |i| i.code = c),
            Stap::Label(nr, l) => n.bij(nr, |i| i.label = l),
            Stap::Kies(nr, k) => n.bij(nr, |i| i.gekozen = k),
            Stap::Bezig(nr) => n.bij(nr, |i| {
                i.bezig = true;
                i.fout = None;
            }),
            Stap::Fout(nr, f) => n.bij(nr, |i| {
                i.bezig = false;
                i.fout = Some(f);
            }),
            Stap::Open(nr, inhoud) => n.bij(nr, |i| {
                i.bezig = false;
                i.label = inhoud.naam.clone().unwrap_or_default();
                i.inhoud = Some(inhoud);
            }),
            Stap::Bewaard(nr, label) => n.bij(nr, |i| i.bewaard = Some(label)),
        }
        Rc::new(n)
    }
}

impl Lijst {
    fn bij(&mut self, nr: usize, f: impl FnOnce(&mut Item)) {
        if let Some(i) = self.items.iter_mut().find(|i| i.nr == nr) {
            f(i);
        }
    }
}

/// The frames in pasted text: one per link found, in order.
fn kaders_in(tekst: &str) -> Vec<Result<Rc<Kader>, DeelFout>> {
    tekst
        .split(|c: char| c.is_whitespace())
        .filter(|s| s.contains(deelpakket::PAD))
        .map(|s| deelpakket::ontkader(s).map(Rc::new))
        .collect()
}

fn gelezen(uitkomst: Result<Vec<u8>, CryptoFout>) -> Result<DeelInhoud, Tekst> {
    match uitkomst {
        Ok(bytes) => deelpakket::lees_klaartekst(&bytes, &MODULES).map_err(deel_fout),
        Err(CryptoFout::Ontsleutelen) => Err(d::CODE_FOUT),
        Err(f) => Err(crypto_fout(f)),
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct OpenenProps {
    pub werkplek: Rc<Werkplek>,
}

#[component]
pub(super) fn Openen(props: &OpenenProps) -> Html {
    let taal = use_winkel().taal();
    // A share opened on the shared view and handed over ("Bewaar bij Mijn kandidaten") is the first item.
    let lijst = use_reducer(|| {
        let mut l = Lijst::default();
        if let Some(inhoud) = dienst::neem_doorgegeven() {
            l = (*Rc::new(l).reduce(Stap::Voeg(vec![Err(DeelFout::Beschadigd)]))).clone();
            l = (*Rc::new(l).reduce(Stap::Open(1, Rc::new(inhoud)))).clone();
        }
        l
    });
    let links = use_state(String::new);
    let geen = use_state(|| false);

    let lees = {
        let (lijst, links, geen) = (lijst.dispatcher(), links.clone(), geen.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let kaders = kaders_in(&links);
            geen.set(kaders.is_empty());
            if !kaders.is_empty() {
                lijst.dispatch(Stap::Voeg(kaders));
                links.set(String::new());
            }
        })
    };
    let kies = {
        let (lijst, geen) = (lijst.dispatcher(), geen.clone());
        Callback::from(move |e: Event| {
            let bestanden = dienst::gekozen_bestanden(&e);
            let (lijst, geen) = (lijst.clone(), geen.clone());
            venster::start(async move {
                let mut kaders = Vec::new();
                for b in bestanden {
                    if let Ok(t) = bestand::lees_tekst(&b, deelpakket::MAX_TEKENS + 4096).await {
                        kaders.extend(kaders_in(&t));
                    }
                }
                geen.set(kaders.is_empty());
                if !kaders.is_empty() {
                    lijst.dispatch(Stap::Voeg(kaders));
                }
            });
        })
    };

    let items = lijst.items.iter().map(|item| {
        let nr = item.nr;
        let kop = vul(w::DEEL_N.in_taal(taal), &[&nr.to_string()]);
        let kop_id = format!("open-{nr}-kop");
        let inhoud = match (&item.kader, &item.inhoud, &item.bewaard) {
            (_, Some(_), Some(label)) => html! {
                <p class="gelukt" role="status">{ vul(w::BEWAARD_BIJ.in_taal(taal), &[label]) }</p>
            },
            (_, Some(inhoud), None) => plek_kiezen(item, inhoud, &props.werkplek, lijst.dispatcher(), taal),
            (Err(f), None, _) => html! { <p class="delen-fout">{ deel_fout(*f).in_taal(taal) }</p> },
            (Ok(kader), None, _) => {
                let open = {
                    let (lijst, kader, code) = (lijst.dispatcher(), kader.clone(), item.code.clone());
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        let code = match deelpakket::normaliseer_code(&code) {
                            Ok(c) => c,
                            Err(f) => return lijst.dispatch(Stap::Fout(nr, d::code_vorm_fout(f))),
                        };
                        lijst.dispatch(Stap::Bezig(nr));
                        let (lijst, kader) = (lijst.clone(), kader.clone());
                        venster::start(async move {
                            match gelezen(delen::open_met_code(&kader, &code).await) {
                                Ok(inhoud) => lijst.dispatch(Stap::Open(nr, Rc::new(inhoud))),
                                Err(f) => lijst.dispatch(Stap::Fout(nr, f)),
                            }
                        });
                    })
                };
                let typ = {
                    let lijst = lijst.dispatcher();
                    Callback::from(move |e: InputEvent| {
                        if let Some(v) = crate::services::invoer::waarde(&e) {
                            lijst.dispatch(Stap::Code(nr, v));
                        }
                    })
                };
                let veld = format!("open-{nr}-code");
                let fout_id = format!("open-{nr}-fout");
                html! {
                    <form class="code-formulier" onsubmit={open}>
                        <div class="veld">
                            <label for={veld.clone()}>{ d::CODE_INVOER.in_taal(taal) }</label>
                            <input id={veld} class="code-invoer" type="text" autocomplete="off" autocapitalize="characters"
                                spellcheck="false" maxlength="40" value={item.code.clone()} oninput={typ}
                                aria-invalid={item.fout.map(|_| "true")}
                                aria-describedby={item.fout.map(|_| fout_id.clone())} />
                        </div>
                        if let Some(f) = item.fout {
                            <p id={fout_id} class="delen-fout" role="alert">{ f.in_taal(taal) }</p>
                        }
                        <div class="knoppen">
                            <button type="submit" class="knop" disabled={item.bezig}>{ d::OPEN.in_taal(taal) }</button>
                        </div>
                        <p class="delen-status" role="status">{ if item.bezig { d::EVEN_GEDULD.in_taal(taal) } else { "" } }</p>
                    </form>
                }
            }
        };
        html! {
            <li class="open-deel" aria-labelledby={kop_id.clone()}>
                <h3 id={kop_id}>{ kop }</h3>
                { inhoud }
            </li>
        }
    });

    html! {
        <section class="delen-blok niet-printen" aria-labelledby="open-kop">
            <h2 id="open-kop">{ w::OPEN_KOP.in_taal(taal) }</h2>
            <p class="hint">{ w::OPEN_UITLEG.in_taal(taal) }</p>
            <form onsubmit={lees}>
                <div class="veld">
                    <label for="open-links">{ w::LINKS.in_taal(taal) }</label>
                    <textarea id="open-links" rows="4" spellcheck="false" autocomplete="off"
                        value={(*links).clone()} oninput={crate::ui::components::veld::bij_invoer(&links)} />
                </div>
                <div class="knoppen">
                    <button type="submit" class="knop stil">{ w::LEES_LINKS.in_taal(taal) }</button>
                </div>
            </form>
            <div class="veld">
                <label for="open-bestanden">{ w::BESTANDEN.in_taal(taal) }</label>
                <input id="open-bestanden" type="file" multiple=true accept=".spoorwijzer,.txt,text/plain" onchange={kies} />
            </div>
            if *geen {
                <p class="delen-fout" role="alert">{ w::GEEN_DELEN.in_taal(taal) }</p>
            }
            if !lijst.items.is_empty() {
                <ol class="open-delen">{ for items }</ol>
            }
        </section>
    }
}

/// An opened share: where it goes, with the coach's yes.
fn plek_kiezen(
    item: &Item,
    inhoud: &Rc<DeelInhoud>,
    werkplek: &Werkplek,
    lijst: UseReducerDispatcher<Lijst>,
    taal: crate::domain::taal::Taal,
) -> Html {
    let nr = item.nr;
    let label_van = |id: &str| werkplek.kandidaat(id).map(|k| k.label.clone()).unwrap_or_default();
    let bewaar = |id: String, label: String, nieuw: bool| {
        let (lijst, inhoud) = (lijst.clone(), inhoud.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let label = if nieuw && label.trim().is_empty() {
                w::STANDAARD_LABEL.in_taal(taal).to_string()
            } else {
                label.clone()
            };
            let id = if nieuw { dienst::nieuw_id().unwrap_or_else(pagina::nieuw_id) } else { id.clone() };
            if id.is_empty() {
                return;
            }
            dienst::bewaar(id, label.clone(), Gedeeld { ontvangen_op: klok::nu_ms(), inhoud: (*inhoud).clone() });
            lijst.dispatch(Stap::Bewaard(nr, label));
        })
    };
    let datum = klok::tijdstip(inhoud.gemaakt_op, taal.code(), false);
    let over = html! {
        <p>
            { vul(w::GEOPEND.in_taal(taal), &[&datum]) }
            if let Some(week) = inhoud.week {
                { " · " }{ vul(w::WEEK.in_taal(taal), &[&week.to_string()]) }
            }
            if let Some(naam) = &inhoud.naam {
                { " · " }<bdi>{ naam.clone() }</bdi>
            }
        </p>
    };
    let plek = werkplek.plek_voor(inhoud);
    if let Plek::AlBewaard(id) = &plek {
        return html! { <>{ over }<p role="status">{ vul(w::AL_BEWAARD.in_taal(taal), &[&label_van(id)]) }</p></> };
    }
    let voorstel = match &plek {
        Plek::Voorstel(id) => {
            let label = label_van(id);
            html! {
                <form class="open-voorstel" onsubmit={bewaar(id.clone(), label.clone(), false)}>
                    <p>{ vul(w::VOORSTEL.in_taal(taal), &[&label]) }</p>
                    <div class="knoppen"><button type="submit" class="knop">{ vul(w::BEWAAR_BIJ.in_taal(taal), &[&label]) }</button></div>
                </form>
            }
        }
        _ => html! {},
    };
    let label_veld = format!("open-{nr}-label");
    let typ_label = {
        let lijst = lijst.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = crate::services::invoer::waarde(&e) {
                lijst.dispatch(Stap::Label(nr, v));
            }
        })
    };
    let kies_veld = format!("open-{nr}-kies");
    let kies = {
        let lijst = lijst.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = crate::services::invoer::waarde(&e) {
                lijst.dispatch(Stap::Kies(nr, v));
            }
        })
    };
    let gekozen_label = label_van(&item.gekozen);
    html! {
        <>
            { over }
            { voorstel }
            <form class="open-nieuw" onsubmit={bewaar(String::new(), item.label.clone(), true)}>
                <div class="veld">
                    <label for={label_veld.clone()}>{ w::PLEK_LABEL.in_taal(taal) }</label>
                    <input id={label_veld} type="text" autocomplete="off" maxlength="80" value={item.label.clone()} oninput={typ_label} />
                </div>
                <div class="knoppen"><button type="submit" class="knop stil">{ w::BEWAAR_NIEUW.in_taal(taal) }</button></div>
            </form>
            if !werkplek.kandidaten.is_empty() {
                <form class="open-bij" onsubmit={bewaar(item.gekozen.clone(), gekozen_label.clone(), false)}>
                    <div class="veld">
                        <label for={kies_veld.clone()}>{ w::OF_BIJ.in_taal(taal) }</label>
                        <select id={kies_veld} onchange={kies}>
                            <option value="" selected={item.gekozen.is_empty()}>{ w::KIES_KANDIDAAT.in_taal(taal) }</option>
                            { for werkplek.op_label().into_iter().map(|k| html! {
                                <option value={k.id.clone()} selected={k.id == item.gekozen}>{ k.label.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="knoppen">
                        <button type="submit" class="knop stil" disabled={item.gekozen.is_empty()}>
                            { vul(w::BEWAAR_BIJ.in_taal(taal), &[&gekozen_label]) }
                        </button>
                    </div>
                </form>
            }
        </>
    }
}
