//! What the profile's views read: the person's (or a shared copy's) answers,
//! per module, and small shared pieces of view.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::modules::{beroepen::THEMAS, stappen, wat_kan_ik, zorgen};
use crate::content::teksten::Teksten;
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::profiel;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Module, Optie, Soort, Vraag};
use crate::ui::components::iconen;
use crate::ui::components::vragen::antwoord_tekst;
use crate::ui::route::Route;

/// Everything the view functions need, borrowed once per render.
pub(super) struct Bron<'a> {
    pub(super) modules: &'a BTreeMap<String, ModuleStand>,
    pub(super) taal: Taal,
    pub(super) t: &'static Teksten,
    pub(super) eigen: bool,
    /// A coach's view in words about the candidate; `t` is then its catalogue.
    pub(super) over: Option<&'static crate::ui::components::over_kandidaat::Woorden>,
    pub(super) leeg: ModuleStand,
    /// The kept occupations with their notes (issue 27).
    pub(super) beroepen: &'a [crate::domain::beroepen::GekozenBeroep],
}

impl<'a> Bron<'a> {
    pub(super) fn stand(&self, m: &Module) -> &ModuleStand {
        self.modules.get(m.id).unwrap_or(&self.leeg)
    }
    /// Whether the module belongs in this view: always in one's own profile,
    /// in a shared copy only when it was shared.
    pub(super) fn toont(&self, m: &Module) -> bool {
        self.eigen || self.modules.contains_key(m.id)
    }
    pub(super) fn antwoord(&self, m: &'static Module, id: &str) -> Option<(&'static Vraag, &Antwoord)> {
        let v = m.delen.iter().flat_map(|d| d.vragen.iter()).find(|v| v.id == id)?;
        let a = self.stand(m).antwoorden.get(id).filter(|a| a.past_bij(v) && !a.is_leeg())?;
        Some((v, a))
    }
    pub(super) fn tekst(&self, m: &'static Module, id: &str) -> Option<String> {
        self.antwoord(m, id).map(|(v, a)| antwoord_tekst(v, a, self.taal))
    }
    /// Ticked options and own list items of a question pair, e.g. energy givers.
    pub(super) fn keuzes_en_lijst(&self, m: &'static Module, keuze: &str, lijst: &str) -> Vec<String> {
        let mut uit: Vec<String> = self
            .antwoord(m, keuze)
            .map(|(v, a)| profiel::gekozen(v, a).iter().map(|o| o.tekst.in_taal(self.taal).to_string()).collect())
            .unwrap_or_default();
        if let Some((_, Antwoord::Lijst(items))) = self.antwoord(m, lijst) {
            uit.extend(items.iter().cloned());
        }
        uit
    }
    /// For a section with nothing to show: "nothing filled in yet" when nothing
    /// of the module was answered; `None` (leave the section out) when the
    /// person did answer in that module, so work done is never called missing.
    pub(super) fn leeg(&self, m: &'static Module) -> Option<Html> {
        (self.stand(m).aantal_beantwoord(m) == 0).then(|| self.niets(m))
    }
    /// "Nothing filled in yet", with a way to fill it in for the person, and
    /// without one for a coach.
    pub(super) fn niets(&self, m: &'static Module) -> Html {
        let t = self.t;
        if !self.eigen {
            return html! { <p class="hint">{ t.profiel_nog_leeg }</p> };
        }
        let href = Route::van_module(m.id).map(|r| r.href()).unwrap_or_default();
        html! {
            <p class="hint">{ t.profiel_nog_leeg }{ " " }<a {href}>{ format!("{} {}", t.profiel_vul_in, m.titel.in_taal(self.taal)) }</a></p>
        }
    }
}

pub(super) fn chips(items: &[String]) -> Html {
    html! { <ul class="chips">{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> }
}

pub(super) fn blok(id: &'static str, icoon: &'static str, titel: &str, inhoud: Html) -> Html {
    html! {
        <section class="blok" aria-labelledby={id}>
            <h2 {id}><span class="blok-icoon">{ iconen::van(icoon) }</span>{ titel.to_string() }</h2>
            { inhoud }
        </section>
    }
}

/// The part of a module's own words for a sub-heading and its items.
pub(super) fn rij(kop: &str, items: &[String]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! { <><h3>{ kop.to_string() }</h3>{ chips(items) }</> }
}

pub(super) fn vraag_antwoord(rijen: &[(&'static str, String)]) -> Html {
    if rijen.is_empty() {
        return html! {};
    }
    html! {
        <dl class="samenvatting">
            { for rijen.iter().map(|(v, a)| html! { <div><dt>{ *v }</dt><dd>{ a.clone() }</dd></div> }) }
        </dl>
    }
}

/// The skill answer set (goed / redelijk / liever niet), from the content.
pub(super) fn vaardigheid_opties() -> Option<&'static [Optie]> {
    wat_kan_ik::MODULE.delen.iter().flat_map(|d| d.vragen.iter()).find_map(|v| match v.soort {
        Soort::EenKeuze { opties } if opties.iter().any(|o| o.id == "goed") => Some(opties),
        _ => None,
    })
}

pub(super) fn thema_naam(id: &'static str, taal: Taal) -> &'static str {
    THEMAS.iter().find(|th| th.id == id).map(|th| th.naam.in_taal(taal)).unwrap_or(id)
}

/// The person's own estimate of what they can manage now, question beside answer.
pub(super) fn aankan_rijen(b: &Bron) -> Vec<(&'static str, String)> {
    let m = &wat_kan_ik::MODULE;
    m.delen
        .iter()
        .filter(|d| wat_kan_ik::OMSTANDIGHEDEN.contains(&d.id))
        .flat_map(|d| d.vragen.iter())
        .filter_map(|v| b.antwoord(m, v.id).map(|(v, a)| (v.tekst.in_taal(b.taal), antwoord_tekst(v, a, b.taal))))
        .collect()
}

pub(super) fn gekozen_zorgen(b: &Bron) -> Vec<&'static Optie> {
    b.antwoord(&zorgen::MODULE, "zor.gedachten").map(|(v, a)| profiel::gekozen(v, a)).unwrap_or_default()
}

/// Each of the seven steps with its status (`None`: not answered). Notes are
/// under "Alle antwoorden".
pub(super) fn stappen_status(b: &Bron) -> Vec<(&'static str, Option<String>)> {
    let sta = b.stand(&stappen::MODULE);
    stappen::MODULE
        .delen
        .iter()
        .flat_map(|d| d.vragen.iter())
        .filter(|v| matches!(v.soort, Soort::EenKeuze { .. }))
        .map(|v| {
            let status = sta.antwoorden.get(v.id).filter(|a| a.past_bij(v)).map(|a| antwoord_tekst(v, a, b.taal));
            (v.tekst.in_taal(b.taal), status)
        })
        .collect()
}
