//! `#/profiel`: a picture of the person in a few phone screens — values,
//! energy, qualities, interests, what they can manage now, worries and steps,
//! and one next small step — with every answer behind "Alle antwoorden", and a
//! one-page printable conversation sheet. The same view shows a shared copy to
//! a coach, limited to what was shared.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::modules::{wat_wil_ik, wie_ben_ik, MODULES};
use crate::domain::antwoorden::ModuleStand;
use crate::domain::profiel;
use crate::domain::taal::Taal;
use crate::ui::components::iconen;
use crate::ui::components::pagina::Pagina;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

mod blad;
mod bron;
mod interesses;
mod nu;
mod wie;

use blad::{alle_antwoorden, gespreksblad};
use bron::Bron;
use interesses::{gekozen_beroepen, interesses};
use nu::{aankan, stappen_blok, verlies_blok, zorgen_blok};
use wie::{energie_blok, kwaliteiten, volgende_stap, waarden};

#[component]
pub fn Profiel() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    // Props compare by content, so a fresh Rc re-renders only when answers changed.
    let modules = Rc::new(winkel.dokument.modules.clone());
    let anderen = Rc::new(winkel.dokument.kijk.clone());
    let beroepen = Rc::new(winkel.dokument.beroepen.clone());
    html! {
        <Pagina titel={t.profiel_titel}>
            <ProfielInhoud {modules} taal={winkel.taal()} eigen={true} {anderen} {beroepen} />
        </Pagina>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProfielProps {
    pub modules: Rc<BTreeMap<String, ModuleStand>>,
    pub taal: Taal,
    /// The person's own profile (with links to fill in more); `false` for a
    /// shared, read-only copy opened by a coach: then only shared modules show.
    pub eigen: bool,
    /// "Hoe anderen mij zien": replies of trusted people (kept, or shared).
    #[prop_or_default]
    pub anderen: Rc<Vec<crate::domain::kijk::KijkAntwoord>>,
    /// A coach's view (issue 28): the texts written about the candidate
    /// (`components::over_kandidaat::woorden`), never to them.
    #[prop_or_default]
    pub over: Option<crate::ui::components::over_kandidaat::OverKandidaat>,
    /// The occupations the person keeps to explore (kept, or shared; issue 27).
    #[prop_or_default]
    pub beroepen: Rc<Vec<crate::domain::beroepen::GekozenBeroep>>,
}

#[component]
pub fn ProfielInhoud(props: &ProfielProps) -> Html {
    let taal = props.taal;
    let over = props.over.map(|o| o.0);
    let t = over.map_or_else(|| crate::content::teksten::teksten(taal), |w| &w.t);
    let b = Bron {
        modules: &props.modules,
        taal,
        t,
        eigen: props.eigen,
        over,
        leeg: ModuleStand::default(),
        beroepen: &props.beroepen,
    };
    let scores = profiel::interesses(&wat_wil_ik::MODULE, b.stand(&wat_wil_ik::MODULE));

    let afdrukken = Callback::from(|_| crate::services::pagina::druk_af());
    // No "based on 6 of 147 questions" (issue 24): the profile never counts the person.
    let niets_ingevuld = MODULES.iter().all(|m| b.stand(m).aantal_beantwoord(m) == 0);

    html! {
        <>
            <div class="alleen-scherm profiel">
                <p class="klein">{ t.profiel_reflectie_kort }</p>
                if b.eigen {
                    <div class="profiel-acties">
                        <a class="knop" href={Route::Delen.href()}>{ iconen::van("delen") }{ t.profiel_deel_coach }</a>
                        <button type="button" class="knop stil" onclick={afdrukken}>{ t.profiel_print }</button>
                    </div>
                    if niets_ingevuld { <p>{ t.profiel_leeg }</p> }
                }
                { volgende_stap(&b) }
                { waarden(&b) }
                { energie_blok(&b) }
                { kwaliteiten(&b) }
                { super::kijk_profiel::blok(b.modules.get(wie_ben_ik::MODULE.id), &props.anderen, taal, b.eigen, over) }
                { interesses(&b, &scores) }
                { gekozen_beroepen(&b) }
                { aankan(&b) }
                { zorgen_blok(&b) }
                { verlies_blok(&b) }
                { stappen_blok(&b) }
                { alle_antwoorden(&b) }
            </div>
            { gespreksblad(&b, &scores) }
        </>
    }
}
