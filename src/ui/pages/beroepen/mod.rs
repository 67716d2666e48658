//! `#/beroepen` and `#/beroepen/<code>`: "Beroepen verkennen" (issue 27), in its
//! own entry (`beroepen.html`). The index of ESCO's occupations is fetched when
//! the page opens (`services::beroepen`); the page renders from the plain models
//! of `model.rs`: a search as you type, the groups at the person's strongest
//! interests (or the six themes to choose from), the kept list, and one
//! occupation with its "let op" beside the person's own answers.

mod beroep;
mod model;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::beroepen as k;
use crate::content::modules::beroepen::THEMAS;
use crate::content::teksten::vul;
use crate::domain::beroepen::{als_naam, Beroepen, Zoeker, MAX_GEKOZEN};
use crate::domain::taal::Taal;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::veld::bij_invoer;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[derive(Clone)]
enum Laden {
    Bezig,
    Klaar(Rc<Beroepen>),
    Mislukt,
}

impl PartialEq for Laden {
    fn eq(&self, ander: &Self) -> bool {
        match (self, ander) {
            (Laden::Klaar(a), Laden::Klaar(b)) => Rc::ptr_eq(a, b),
            (Laden::Bezig, Laden::Bezig) | (Laden::Mislukt, Laden::Mislukt) => true,
            _ => false,
        }
    }
}

/// The index, fetched once per visit (kept by `services::beroepen`).
#[hook]
fn use_index() -> Laden {
    let staat = use_state(|| crate::services::beroepen::index_nu().map_or(Laden::Bezig, Laden::Klaar));
    {
        let staat = staat.clone();
        use_effect_with((), move |_| {
            if *staat == Laden::Bezig {
                crate::services::venster::start(async move {
                    staat.set(crate::services::beroepen::index().await.map_or(Laden::Mislukt, Laden::Klaar));
                });
            }
        });
    }
    (*staat).clone()
}

#[derive(Properties, PartialEq)]
pub struct BeroepenProps {
    /// `None`: the overview; `Some`: one occupation's page.
    #[prop_or_default]
    pub code: Option<String>,
}

#[component]
pub fn BeroepenPagina(props: &BeroepenProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let index = use_index();
    let bron = html! {
        <footer class="bron">
            <p class="hint">{ k::BRON.in_taal(taal) }</p>
            <p class="hint">{ k::EIGEN_WERK.in_taal(taal) }</p>
        </footer>
    };
    let inhoud = match (&index, &props.code) {
        (Laden::Bezig, _) => html! { <p class="laden" role="status">{ k::LADEN.in_taal(taal) }</p> },
        (Laden::Mislukt, _) => html! { <p role="alert">{ k::MISLUKT.in_taal(taal) }</p> },
        (Laden::Klaar(i), None) => html! { <Overzicht index={i.clone()} /> },
        (Laden::Klaar(i), Some(code)) => {
            html! { <beroep::BeroepView key={code.clone()} index={i.clone()} code={code.clone()} /> }
        }
    };
    if props.code.is_some() {
        return html! { <>{ inhoud }{ bron }</> };
    }
    html! {
        <Pagina titel={k::TITEL.in_taal(taal)} intro={Some(AttrValue::from(k::INTRO.in_taal(taal)))}>
            if taal == Taal::En {
                <p class="hint">{ k::NAMEN_NL.in_taal(taal) }</p>
            }
            { inhoud }
            { bron }
        </Pagina>
    }
}

#[derive(Properties)]
struct OverzichtProps {
    index: Rc<Beroepen>,
}

impl PartialEq for OverzichtProps {
    fn eq(&self, ander: &Self) -> bool {
        Rc::ptr_eq(&self.index, &ander.index)
    }
}

/// The search field and its results: its own component, so a keystroke draws
/// only these again, not the themes' groups below.
#[component]
fn Zoeken(props: &OverzichtProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let tk = |x: crate::domain::tekst::Tekst| x.in_taal(taal);
    let vraag = use_state(String::new);
    // What was found for the letters typed so far: typing on only looks among those.
    let zoeker = use_mut_ref(Zoeker::default);
    let treffers = {
        let index = props.index.clone();
        use_memo((*vraag).clone(), move |v| model::zoek(&index, &mut zoeker.borrow_mut(), v))
    };

    // aria-controls names the results only while they are on the page (axe: aria-valid-attr-value).
    let zoeken = html! {
        <div class="veld" role="search">
            <label for="beroep-zoek">{ tk(k::ZOEK_LABEL) }</label>
            <p id="beroep-zoek-hint" class="hint">{ tk(k::ZOEK_HINT) }</p>
            <input id="beroep-zoek" type="text" autocomplete="off" spellcheck="false" enterkeyhint="search"
                aria-describedby="beroep-zoek-hint" aria-controls={(!vraag.trim().is_empty()).then_some("beroep-treffers")}
                value={(*vraag).clone()} oninput={bij_invoer(&vraag)} />
        </div>
    };
    let resultaten = if vraag.trim().is_empty() {
        html! {}
    } else if treffers.is_empty() {
        html! { <p id="beroep-treffers" role="status">{ tk(k::GEEN) }</p> }
    } else {
        let aantal = if treffers.len() >= model::MAX_TREFFERS {
            vul(tk(k::MEER_DAN), &[&treffers.len().to_string()])
        } else {
            vul(tk(k::GEVONDEN), &[&treffers.len().to_string()])
        };
        html! {
            <section id="beroep-treffers" aria-labelledby="beroep-treffers-kop">
                <p id="beroep-treffers-kop" role="status" class="hint">{ aantal }</p>
                <ul class="beroepen-lijst">
                    { for treffers.iter().map(|r| html! {
                        <li>
                            <a href={Route::Beroep { code: r.code.clone() }.href()}>{ als_naam(&r.titel) }</a>
                            if let Some(via) = &r.via {
                                { " " }<span class="hint">{ vul(tk(k::OOK), &[via]) }</span>
                            }
                        </li>
                    }) }
                </ul>
            </section>
        }
    };
    html! { <>{ zoeken }{ resultaten }</> }
}

#[component]
fn Overzicht(props: &OverzichtProps) -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let tk = |x: crate::domain::tekst::Tekst| x.in_taal(taal);
    let gekozen_thema = use_state(|| None::<&'static str>);
    let sterkste = model::sterkste_themas(&winkel.dokument);
    let lijst = &winkel.dokument.beroepen;

    let mijn_lijst = html! {
        <section class="blok" aria-labelledby="beroep-lijst-kop">
            <h2 id="beroep-lijst-kop">{ tk(k::LIJST_TITEL) }{ " " }<span class="hint">{ vul(tk(k::LIJST_AANTAL), &[&lijst.len().min(MAX_GEKOZEN).to_string()]) }</span></h2>
            if lijst.is_empty() {
                <p class="hint">{ tk(k::LIJST_LEEG) }</p>
            } else {
                <ul class="beroepen-lijst">
                    { for lijst.iter().map(|b| html! {
                        <li>
                            <a href={Route::Beroep { code: b.code.clone() }.href()}>{ als_naam(&b.titel) }</a>
                            if !b.notitie.is_empty() { <p class="hint">{ b.notitie.clone() }</p> }
                        </li>
                    }) }
                </ul>
            }
        </section>
    };

    // The groups of one theme, each folded, its occupations inside.
    let thema_blok = |thema: &'static crate::domain::vragenlijst::Thema| {
        let rijen = model::groepen(thema.id, &props.index);
        html! {
            <section class="thema" aria-label={vul(tk(k::GROEPEN_BIJ), &[tk(thema.naam)])}>
                <h3>{ tk(thema.naam) }</h3>
                <p class="hint">{ tk(thema.uitleg) }</p>
                { for rijen.iter().map(|r| html! {
                    <details class="groep">
                        <summary>{ tk(r.groep.naam) }{ " " }<span class="hint">{ vul(tk(k::GROEP_AANTAL), &[&r.aantal.to_string()]) }</span></summary>
                        <ul class="beroepen-lijst">
                            { for props.index.in_groep(r.groep.code).map(|b| html! {
                                <li><a href={Route::Beroep { code: b.code.clone() }.href()}>{ als_naam(&b.titel) }</a></li>
                            }) }
                        </ul>
                    </details>
                }) }
            </section>
        }
    };
    let kies = |id: &'static str| {
        let gekozen_thema = gekozen_thema.clone();
        Callback::from(move |_: MouseEvent| gekozen_thema.set(Some(id)))
    };
    let interesses = if !sterkste.is_empty() {
        html! {
            <section aria-labelledby="beroep-bij-jou">
                <h2 id="beroep-bij-jou">{ tk(k::BIJ_JOU_TITEL) }</h2>
                <p class="hint">{ tk(k::BIJ_JOU_UITLEG) }</p>
                { for sterkste.iter().map(|t| thema_blok(t)) }
            </section>
        }
    } else {
        html! {
            <section aria-labelledby="beroep-kies-thema">
                <h2 id="beroep-kies-thema">{ tk(k::KIES_THEMA_TITEL) }</h2>
                <p class="hint">{ tk(k::KIES_THEMA_UITLEG) }</p>
                <div class="knoppen">
                    { for THEMAS.iter().map(|t| html! {
                        <button type="button" class={classes!("knop", (*gekozen_thema != Some(t.id)).then_some("stil"))}
                            aria-pressed={(*gekozen_thema == Some(t.id)).to_string()} onclick={kies(t.id)}>
                            { tk(t.naam) }
                        </button>
                    }) }
                </div>
                if let Some(id) = *gekozen_thema {
                    { for THEMAS.iter().filter(|t| t.id == id).map(&thema_blok) }
                }
            </section>
        }
    };
    html! {
        <>
            <Zoeken index={props.index.clone()} />
            { mijn_lijst }
            { interesses }
        </>
    }
}
