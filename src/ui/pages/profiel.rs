//! `#/profiel`: a picture of the person in a few phone screens — values,
//! energy, qualities, interests, what they can manage now, worries and steps,
//! and one next small step — with every answer behind "Alle antwoorden", and a
//! one-page printable conversation sheet. The same view shows a shared copy to
//! a coach, limited to what was shared.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::modules::{
    beroepen::THEMAS, energie, stappen, verlies, wat_kan_ik, wat_wil_ik, wie_ben_ik, zorgen, MODULES,
};
use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::profiel::stappen::{self as stapregels, Volgende};
use crate::domain::profiel::{self, Interessebeeld, ThemaScore};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Module, Optie, Soort, Vraag};
use crate::ui::components::iconen;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::vragen::antwoord_tekst;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

#[component]
pub fn Profiel() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    // Props compare by content, so a fresh Rc re-renders only when answers changed.
    let modules = Rc::new(winkel.dokument.modules.clone());
    let anderen = Rc::new(winkel.dokument.kijk.clone());
    html! {
        <Pagina titel={t.profiel_titel}>
            <ProfielInhoud {modules} taal={winkel.taal()} eigen={true} {anderen} />
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
}

/// Everything the view functions need, borrowed once per render.
struct Bron<'a> {
    modules: &'a BTreeMap<String, ModuleStand>,
    taal: Taal,
    t: &'static Teksten,
    eigen: bool,
    leeg: ModuleStand,
}

impl<'a> Bron<'a> {
    fn stand(&self, m: &Module) -> &ModuleStand {
        self.modules.get(m.id).unwrap_or(&self.leeg)
    }
    /// Whether the module belongs in this view: always in one's own profile,
    /// in a shared copy only when it was shared.
    fn toont(&self, m: &Module) -> bool {
        self.eigen || self.modules.contains_key(m.id)
    }
    fn antwoord(&self, m: &'static Module, id: &str) -> Option<(&'static Vraag, &Antwoord)> {
        let v = m.delen.iter().flat_map(|d| d.vragen.iter()).find(|v| v.id == id)?;
        let a = self.stand(m).antwoorden.get(id).filter(|a| a.past_bij(v) && !a.is_leeg())?;
        Some((v, a))
    }
    fn tekst(&self, m: &'static Module, id: &str) -> Option<String> {
        self.antwoord(m, id).map(|(v, a)| antwoord_tekst(v, a, self.taal))
    }
    /// Ticked options and own list items of a question pair, e.g. energy givers.
    fn keuzes_en_lijst(&self, m: &'static Module, keuze: &str, lijst: &str) -> Vec<String> {
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
    fn leeg(&self, m: &'static Module) -> Option<Html> {
        (self.stand(m).aantal_beantwoord(m) == 0).then(|| self.niets(m))
    }
    /// "Nothing filled in yet", with a way to fill it in for the person, and
    /// without one for a coach.
    fn niets(&self, m: &'static Module) -> Html {
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

fn chips(items: &[String]) -> Html {
    html! { <ul class="chips">{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> }
}

fn blok(id: &'static str, icoon: &'static str, titel: &str, inhoud: Html) -> Html {
    html! {
        <section class="blok" aria-labelledby={id}>
            <h2 {id}><span class="blok-icoon">{ iconen::van(icoon) }</span>{ titel.to_string() }</h2>
            { inhoud }
        </section>
    }
}

/// The part of a module's own words for a sub-heading and its items.
fn rij(kop: &str, items: &[String]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! { <><h3>{ kop.to_string() }</h3>{ chips(items) }</> }
}

#[component]
pub fn ProfielInhoud(props: &ProfielProps) -> Html {
    let taal = props.taal;
    let t = crate::content::teksten::teksten(taal);
    let b = Bron { modules: &props.modules, taal, t, eigen: props.eigen, leeg: ModuleStand::default() };
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
                { super::kijk_profiel::blok(b.modules.get(wie_ben_ik::MODULE.id), &props.anderen, taal, b.eigen) }
                { interesses(&b, &scores) }
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

/// One next small step: the person's own words where they gave them, else what
/// `domain::profiel::stappen::volgende` picks from their worries, the success
/// they chose (rest first gives a rest step) and the seven steps.
fn volgende_stap(b: &Bron) -> Html {
    let t = b.t;
    let eigen = b.toont(&energie::MODULE).then(|| b.tekst(&energie::MODULE, "ene.eerste-stap")).flatten();
    let zorgen = if b.toont(&zorgen::MODULE) { gekozen_zorgen(b) } else { Vec::new() };
    let stand = if b.toont(&stappen::MODULE) { b.stand(&stappen::MODULE) } else { &b.leeg };
    let Some(volgende) = stapregels::volgende(eigen.as_deref(), &zorgen, &stappen::MODULE, stand) else {
        return html! {};
    };
    let waar = |stap: &str, tekst: &str, bron: &str| format!("{stap} ({})", vul(tekst, &[bron]));
    let (stap, hulp) = match volgende {
        Volgende::EigenWoorden(s) => (s.to_string(), false),
        Volgende::Zorg { zorg, stap } => {
            (waar(stap.in_taal(b.taal), t.profiel_stap_uit_zorgen, zorg.tekst.in_taal(b.taal)), zorg.hulp)
        }
        Volgende::Succes { succes, stap } => {
            (waar(stap.in_taal(b.taal), t.profiel_stap_uit_succes, succes.tekst.in_taal(b.taal)), false)
        }
        Volgende::Stap(v) => (vul(t.profiel_stap_uit_stappen, &[v.tekst.in_taal(b.taal)]), false),
    };
    html! {
        <section class="volgende-stap" aria-labelledby="p-stap">
            <h2 id="p-stap">{ iconen::van("stappen") }{ t.profiel_volgende_stap }</h2>
            <p>{ stap }</p>
            // A worry that can signal despair: its step points to the help right here.
            if hulp && b.eigen { { crate::ui::components::hulp::hulp_blok(b.taal, 3) } }
        </section>
    }
}

fn waarden(b: &Bron) -> Html {
    let m = &wie_ben_ik::MODULE;
    if !b.toont(m) {
        return html! {};
    }
    let t = b.t;
    let stand = b.stand(m);
    let sortering = profiel::kaartsortering(m, stand);
    let eigen: Vec<String> = match b.antwoord(m, "wbi.waarden.eigen") {
        Some((_, Antwoord::Lijst(l))) => l.clone(),
        _ => Vec::new(),
    };
    // The person's explanation in their own words stays under "Alle antwoorden".
    let inhoud = if sortering.is_none() && eigen.is_empty() {
        match b.leeg(m) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        html! {
            <>
                if let Some((top, rest)) = &sortering {
                    <ol class="waarden">{ for top.iter().map(|o| html! { <li>{ o.tekst.in_taal(b.taal) }</li> }) }</ol>
                    if !rest.is_empty() {
                        <p>{ t.profiel_waarden_ook }{ " " }{ rest.iter().map(|o| o.tekst.in_taal(b.taal)).collect::<Vec<_>>().join(", ") }</p>
                    }
                }
                if !eigen.is_empty() { { chips(&eigen) } }
            </>
        }
    };
    blok("p-waarden", "wie-ben-ik", t.profiel_waarden, inhoud)
}

fn energie_blok(b: &Bron) -> Html {
    let (wbi, ene) = (&wie_ben_ik::MODULE, &energie::MODULE);
    if !b.toont(wbi) && !b.toont(ene) {
        return html! {};
    }
    let t = b.t;
    let geeft = b.keuzes_en_lijst(wbi, "wbi.gevers.keuze", "wbi.gevers");
    let kost = b.keuzes_en_lijst(wbi, "wbi.vreters.keuze", "wbi.vreters");
    // The same picture as in the exercise: each area's share of the energy.
    let nu = b.antwoord(ene, "ene.verdeling").and_then(|(v, a)| match (&v.soort, a) {
        (Soort::Verdeling { gebieden }, Antwoord::Verdeling(kaart)) => {
            Some(crate::ui::components::balans::beeld("p-balans", gebieden, kaart, b.taal, true))
        }
        _ => None,
    });
    // How the person feels about it stays in "Alle antwoorden"; a module with only
    // those answers still counts as filled in here.
    let verder_ingevuld = b.stand(ene).aantal_beantwoord(ene) > 0;
    let inhoud = if geeft.is_empty() && kost.is_empty() && nu.is_none() && !verder_ingevuld {
        // Named after the module this section is mostly about, if it is in view.
        match b.leeg(if b.toont(ene) { ene } else { wbi }) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        html! {
            <>
                <div class="twee">
                    <div>{ rij(t.profiel_energie_geeft, &geeft) }</div>
                    <div>{ rij(t.profiel_energie_kost, &kost) }</div>
                </div>
                { for nu }
            </>
        }
    };
    blok("p-energie", "energie", t.profiel_energie_titel, inhoud)
}

fn vraag_antwoord(rijen: &[(&'static str, String)]) -> Html {
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
fn vaardigheid_opties() -> Option<&'static [Optie]> {
    wat_kan_ik::MODULE.delen.iter().flat_map(|d| d.vragen.iter()).find_map(|v| match v.soort {
        Soort::EenKeuze { opties } if opties.iter().any(|o| o.id == "goed") => Some(opties),
        _ => None,
    })
}

fn kwaliteiten(b: &Bron) -> Html {
    let (wbi, wki) = (&wie_ben_ik::MODULE, &wat_kan_ik::MODULE);
    if !b.toont(wbi) && !b.toont(wki) {
        return html! {};
    }
    let t = b.t;
    let eigen = b.keuzes_en_lijst(wbi, "wbi.kwaliteiten", "wbi.kwaliteiten.eigen");
    let anderen: Vec<String> = match b.antwoord(wki, "wki.anderen-zeggen") {
        Some((_, Antwoord::Lijst(l))) => l.clone(),
        _ => Vec::new(),
    };
    let groepen = vaardigheid_opties().map(|o| profiel::per_keuze(wki, b.stand(wki), o)).unwrap_or_default();
    let inhoud = if eigen.is_empty() && anderen.is_empty() && groepen.is_empty() {
        // Named after the module this section is mostly about, if it is in view.
        match b.leeg(if b.toont(wki) { wki } else { wbi }) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        html! {
            <>
                { chips(&eigen) }
                { rij(t.profiel_anderen_zeggen, &anderen) }
                // Qualities show as chips under their answer, never behind a count (issue 24): a
                // group opens while fewer than 8 chips are open above it, so a modest answerer's
                // "Gaat redelijk" is in view and many strong skills still fit a few phone screens.
                // What the person would rather not do is no quality: it stays under "Alle antwoorden".
                { for groepen.iter().filter(|(o, _)| o.id != "liever-niet").scan(0, |open, (optie, vragen)| {
                    let namen: Vec<String> = vragen.iter().map(|v| v.tekst.in_taal(b.taal).to_string()).collect();
                    let kop = optie.tekst.in_taal(b.taal);
                    let dicht = *open >= 8;
                    *open += namen.len();
                    Some(if dicht {
                        html! { <details class="groep"><summary>{ kop }</summary>{ chips(&namen) }</details> }
                    } else {
                        rij(kop, &namen)
                    })
                }) }
            </>
        }
    };
    blok("p-sterk", "wat-kan-ik", t.profiel_kwaliteiten, inhoud)
}

fn thema_naam(id: &'static str, taal: Taal) -> &'static str {
    THEMAS.iter().find(|th| th.id == id).map(|th| th.naam.in_taal(taal)).unwrap_or(id)
}

/// Bars in HTML (readable text at any width), each bar a tiny SVG drawn with
/// attributes only, so the strict CSP allows it. Highest first.
fn grafiek(scores: &[ThemaScore], taal: Taal, t: &'static Teksten) -> Html {
    let komma = taal == Taal::Nl;
    let rijen = profiel::gesorteerd(scores);
    html! {
        <ul class="balken" aria-label={t.profiel_grafiek_titel}>
            { for rijen.iter().map(|s| {
                let breedte = s.gemiddelde.map(|g| g / 5.0 * 100.0).unwrap_or(0.0);
                let getal = s.gemiddelde.map(|g| profiel::getal_tekst(g, komma)).unwrap_or_else(|| "—".into());
                html! {
                    <li>
                        <span class="balk-naam">{ thema_naam(s.thema, taal) }</span>
                        <svg class="balk" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect width="100" height="10" rx="2" class="balk-achter" />
                            <rect width={format!("{breedte:.1}")} height="10" rx="2" class="balk-voor" />
                        </svg>
                        <span class="balk-getal">{ getal }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

fn interesses(b: &Bron, scores: &[ThemaScore]) -> Html {
    let m = &wat_wil_ik::MODULE;
    if !b.toont(m) {
        return html! {};
    }
    let t = b.t;
    let taal = b.taal;
    let komma = taal == Taal::Nl;
    let beeld = profiel::interessebeeld(scores);
    let omgeving: Vec<String> = m
        .delen
        .iter()
        .filter(|d| d.id == "omgeving")
        .flat_map(|d| d.vragen.iter())
        .filter_map(|v| match b.antwoord(m, v.id) {
            // "Een mix van allebei" and "weet ik niet" mean nothing without their question.
            Some((v, a @ Antwoord::Keuze(k))) if k != "weet-niet" && k != "allebei" => Some(antwoord_tekst(v, a, taal)),
            _ => None,
        })
        .collect();
    let inhoud = match &beeld {
        Interessebeeld::NietsIngevuld if omgeving.is_empty() => match b.leeg(m) {
            Some(h) => h,
            None => return html! {},
        },
        _ => html! {
            <>
                <p class="klein">{ t.profiel_interesses_uitleg }</p>
                if beeld != Interessebeeld::NietsIngevuld { { grafiek(scores, taal, t) } }
                { match &beeld {
                    Interessebeeld::DichtBijElkaar => html! { <p>{ t.profiel_dicht_bij_elkaar }</p> },
                    Interessebeeld::Uitschieters(top) => html! {
                        <>
                            <p>{ vul(t.profiel_uitschieters, &[&top.iter().map(|id| thema_naam(id, taal)).collect::<Vec<_>>().join(", ")]) }</p>
                            <details class="groep">
                                <summary>{ t.profiel_beroepen_toon }</summary>
                                <p class="hint">{ t.profiel_beroepen_uitleg }</p>
                                { for top.iter().filter_map(|id| THEMAS.iter().find(|th| th.id == *id)).map(|thema| html! {
                                    <div class="thema">
                                        <h3>{ vul(t.profiel_beroepen, &[thema.naam.in_taal(taal)]) }</h3>
                                        <p>{ thema.uitleg.in_taal(taal) }</p>
                                        <ul class="beroepen">
                                            { for thema.beroepen.iter().map(|beroep| html! {
                                                <li>
                                                    <strong>{ beroep.naam.in_taal(taal) }</strong>
                                                    if !beroep.let_op.is_empty() {
                                                        <span class="let-op">{ vul(t.profiel_let_op, &[&beroep.let_op.iter().map(|l| l.in_taal(taal)).collect::<Vec<_>>().join(", ")]) }</span>
                                                    }
                                                </li>
                                            }) }
                                        </ul>
                                    </div>
                                }) }
                            </details>
                        </>
                    },
                    Interessebeeld::NietsIngevuld => html! {},
                } }
                if beeld != Interessebeeld::NietsIngevuld {
                    <details class="groep">
                        <summary>{ t.profiel_tabel_toon }</summary>
                        <div class="tabel-rol" role="region" tabindex="0" aria-label={t.profiel_grafiek_titel}>
                            <table>
                                <caption>{ t.profiel_grafiek_titel }</caption>
                                <thead><tr>
                                    <th scope="col">{ t.profiel_tabel_thema }</th>
                                    <th scope="col">{ t.profiel_tabel_gemiddelde }</th>
                                    <th scope="col">{ t.profiel_tabel_beantwoord }</th>
                                </tr></thead>
                                <tbody>
                                    { for profiel::gesorteerd(scores).iter().map(|s| html! {
                                        <tr>
                                            <th scope="row">{ thema_naam(s.thema, taal) }</th>
                                            <td>{ s.gemiddelde.map(|g| profiel::getal_tekst(g, komma)).unwrap_or_else(|| "—".into()) }</td>
                                            <td>{ format!("{} / {}", s.beantwoord, s.totaal) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </details>
                }
                { rij(t.profiel_omgeving, &omgeving) }
            </>
        },
    };
    blok("p-interesses", "wat-wil-ik", t.profiel_interesses, inhoud)
}

/// The person's own estimate of what they can manage now, question beside answer.
fn aankan_rijen(b: &Bron) -> Vec<(&'static str, String)> {
    let m = &wat_kan_ik::MODULE;
    m.delen
        .iter()
        .filter(|d| wat_kan_ik::OMSTANDIGHEDEN.contains(&d.id))
        .flat_map(|d| d.vragen.iter())
        .filter_map(|v| b.antwoord(m, v.id).map(|(v, a)| (v.tekst.in_taal(b.taal), antwoord_tekst(v, a, b.taal))))
        .collect()
}

fn aankan(b: &Bron) -> Html {
    let m = &wat_kan_ik::MODULE;
    if !b.toont(m) {
        return html! {};
    }
    let rijen = aankan_rijen(b);
    // A coach's copy without these answers: the person chose not to share them
    // (see `Deelkeuze::eigen_beeld`), which is not "nothing filled in".
    if rijen.is_empty() && !b.eigen {
        return html! {};
    }
    let inhoud = if rijen.is_empty() {
        match b.leeg(m) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        // The answers read on their own ("4 uur per dag"); question beside answer is on
        // the printed sheet and under "Alle antwoorden".
        let antwoorden: Vec<String> = rijen.into_iter().map(|(_, a)| a).collect();
        let lijst = |items: &[String]| html! { <ul class="opsomming">{ for items.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul> };
        // Time and pace first; the rest folds, so the profile stays a few screens long.
        let (eerst, rest) = antwoorden.split_at(antwoorden.len().min(3));
        html! {
            <>
                <p class="hint">{ b.t.profiel_omstandigheden_uitleg }</p>
                { lijst(eerst) }
                if !rest.is_empty() {
                    <details class="groep"><summary>{ vul(b.t.profiel_meer, &[&rest.len().to_string()]) }</summary>{ lijst(rest) }</details>
                }
            </>
        }
    };
    blok("p-nu", "energie", b.t.profiel_omstandigheden, inhoud)
}

fn gekozen_zorgen(b: &Bron) -> Vec<&'static Optie> {
    b.antwoord(&zorgen::MODULE, "zor.gedachten").map(|(v, a)| profiel::gekozen(v, a)).unwrap_or_default()
}

fn zorgen_blok(b: &Bron) -> Html {
    let m = &zorgen::MODULE;
    if !b.toont(m) {
        return html! {};
    }
    let t = b.t;
    let gekozen = gekozen_zorgen(b);
    let eigen: Vec<String> = match b.antwoord(m, "zor.gedachten.eigen") {
        Some((_, Antwoord::Lijst(l))) => l.clone(),
        _ => Vec::new(),
    };
    // Short labels of the person's own, not the long questions: what they wrote is what matters.
    let gesprek: Vec<(&'static str, String)> = [("zor.gesprek", t.profiel_bespreken), ("zor.nodig", t.profiel_nodig)]
        .iter()
        .filter_map(|(id, label)| b.tekst(m, id).map(|a| (*label, a)))
        .collect();
    let inhoud = if gekozen.is_empty() && eigen.is_empty() && gesprek.is_empty() {
        match b.leeg(m) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        html! {
            <>
                <ul class="zorgen">
                    { for gekozen.iter().map(|o| html! {
                        <li>
                            <details>
                                <summary>{ o.tekst.in_taal(b.taal) }</summary>
                                <div class="reactie">
                                    if let Some(r) = o.reactie { <p>{ r.in_taal(b.taal) }</p> }
                                    if let Some(s) = o.stap { <p class="stap"><strong>{ t.zorg_stap }{ ": " }</strong>{ s.in_taal(b.taal) }</p> }
                                    // The person's own profile only: the coach's view shows what was shared.
                                    if o.hulp && b.eigen { { crate::ui::components::hulp::hulp_blok(b.taal, 3) } }
                                </div>
                            </details>
                        </li>
                    }) }
                    { for eigen.iter().map(|e| html! { <li class="eigen-zorg">{ e.clone() }</li> }) }
                </ul>
                { for gesprek.iter().map(|(label, a)| html! { <p><strong>{ format!("{label}: ") }</strong>{ a.clone() }</p> }) }
            </>
        }
    };
    blok("p-zorgen", "zorgen", t.profiel_zorgen, inhoud)
}

/// What stays, where the person matters, who sees them and what went well:
/// chips only; their own sentences stay under "Alle antwoorden".
fn verlies_blok(b: &Bron) -> Html {
    let m = &verlies::MODULE;
    if !b.toont(m) {
        return html! {};
    }
    let t = b.t;
    let blijft = b.keuzes_en_lijst(m, "vlb.blijft", "vlb.blijft.eigen");
    let ertoe = b.keuzes_en_lijst(m, "vlb.ertoe", "vlb.gezien");
    let goed: Vec<String> = match b.antwoord(m, "vlb.goed") {
        Some((_, Antwoord::Lijst(l))) => l.clone(),
        _ => Vec::new(),
    };
    let inhoud = if b.stand(m).aantal_beantwoord(m) == 0 {
        match b.leeg(m) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        html! {
            <>
                <div class="twee">
                    <div>{ rij(t.profiel_verlies_blijft, &blijft) }</div>
                    <div>{ rij(t.profiel_verlies_ertoe, &ertoe) }</div>
                </div>
                { rij(t.profiel_verlies_goed, &goed) }
            </>
        }
    };
    blok("p-verlies", m.id, t.profiel_verlies, inhoud)
}

/// Each of the seven steps with its status (`None`: not answered). Notes are
/// under "Alle antwoorden".
fn stappen_status(b: &Bron) -> Vec<(&'static str, Option<String>)> {
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

fn stappen_blok(b: &Bron) -> Html {
    let m = &stappen::MODULE;
    if !b.toont(m) {
        return html! {};
    }
    let t = b.t;
    let rijen = stappen_status(b);
    let inhoud = if b.stand(m).aantal_beantwoord(m) == 0 {
        match b.leeg(m) {
            Some(h) => h,
            None => return html! {},
        }
    } else {
        // No progress bar and no "5 of 7 steps done" (issue 24): a count reads as a score.
        // The steps done or under way show by name, as chips (`stap-chips` in app.css).
        let stand = b.stand(m);
        let succes = b.keuzes_en_lijst(m, stapregels::SUCCES_VRAAG, "");
        // Ticked for done, a half circle for under way, the status also in words.
        let status =
            |id: &str| stappen::STATUS.iter().find(|o| o.id == id).map(|o| o.tekst.in_taal(b.taal)).unwrap_or_default();
        let op_weg: Vec<(&str, &'static Vraag)> = [stapregels::GEDAAN, stapregels::BEZIG]
            .into_iter()
            .flat_map(|id| stapregels::met_status(m, stand, id).into_iter().map(move |v| (id, v)))
            .collect();
        html! {
            <>
                // Right under the section's heading, so a tick reads as a step done, not a success.
                if !op_weg.is_empty() {
                    <ul class="chips stap-chips">
                        { for op_weg.iter().map(|(id, v)| html! {
                            <li class={*id}>{ stapregels::korte_naam(v.tekst.in_taal(b.taal)) }<span class="sr-only">{ format!(" ({})", status(id)) }</span></li>
                        }) }
                    </ul>
                }
                if stapregels::geen_past(m, stand) { <p>{ t.profiel_stappen_geen }</p> }
                <details class="groep">
                    <summary>{ t.profiel_stappen_alle }</summary>
                    <ol class="stappen">
                        { for rijen.iter().map(|(stap, status)| html! {
                            <li>
                                <span class="stap-naam">{ *stap }</span>{ " " }
                                <span class="stap-status">{ status.clone().unwrap_or_else(|| "—".into()) }</span>
                            </li>
                        }) }
                    </ol>
                </details>
                <h3>{ t.profiel_succes }</h3>
                <p class="hint">{ t.profiel_succes_uitleg }</p>
                if !succes.is_empty() { { chips(&succes) } }
            </>
        }
    };
    blok("p-stappen", "stappen", t.profiel_stappen, inhoud)
}

/// The full log: every answered question of every (shared) module, per part.
fn alle_antwoorden(b: &Bron) -> Html {
    let t = b.t;
    html! {
        <details class="alle-antwoorden">
            <summary>{ t.profiel_alle_antwoorden }</summary>
            <p class="hint">{ t.profiel_alle_antwoorden_uitleg }</p>
            { for MODULES.iter().filter(|m| b.toont(m)).map(|m| {
                let stand = b.stand(m);
                let delen = m.delen.iter().filter_map(|d| {
                    let rijen: Vec<(&'static str, String)> = d.vragen.iter().filter_map(|v| {
                        let a = stand.antwoorden.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg())?;
                        Some((v.tekst.in_taal(b.taal), antwoord_tekst(v, a, b.taal)))
                    }).collect();
                    (!rijen.is_empty()).then(|| html! { <><h4>{ d.titel.in_taal(b.taal) }</h4>{ vraag_antwoord(&rijen) }</> })
                }).collect::<Vec<_>>();
                html! {
                    <section class="module-antwoorden">
                        <h3>{ m.titel.in_taal(b.taal) }</h3>
                        if delen.is_empty() { { b.niets(m) } } else { { for delen } }
                    </section>
                }
            }) }
        </details>
    }
}

/// The one-page sheet: hidden on screen, the only thing printed.
fn gespreksblad(b: &Bron, scores: &[ThemaScore]) -> Html {
    let t = b.t;
    let taal = b.taal;
    let niets = || html! { <p>{ t.blad_niets }</p> };
    let waarden = profiel::kaartsortering(&wie_ben_ik::MODULE, b.stand(&wie_ben_ik::MODULE));
    let kwaliteiten = b.keuzes_en_lijst(&wie_ben_ik::MODULE, "wbi.kwaliteiten", "wbi.kwaliteiten.eigen");
    let groepen = vaardigheid_opties()
        .map(|o| profiel::per_keuze(&wat_kan_ik::MODULE, b.stand(&wat_kan_ik::MODULE), o))
        .unwrap_or_default();
    let zorgen = gekozen_zorgen(b);
    let bespreken: Vec<String> =
        ["zor.gesprek", "zor.nodig"].iter().filter_map(|id| b.tekst(&zorgen::MODULE, id)).collect();
    let beeld = profiel::interessebeeld(scores);
    let lijnen = |n: usize| html! { <div class="lijnen" aria-hidden="true">{ for (0..n).map(|_| html! { <span class="lijn"></span> }) }</div> };
    html! {
        <section class="gespreksblad" aria-label={t.blad_titel}>
            <h2>{ t.blad_titel }</h2>
            <p class="klein">{ vul(t.blad_datum, &[&crate::services::pagina::tijdstip(crate::services::pagina::nu_ms(), taal.code(), false)]) }{ " " }{ t.profiel_reflectie }</p>
            <div class="blad-raster">
                <div>
                    <h3>{ t.profiel_waarden }</h3>
                    { match &waarden {
                        Some((top3, _)) => html! { <ol>{ for top3.iter().map(|o| html! { <li>{ o.tekst.in_taal(taal) }</li> }) }</ol> },
                        None => niets(),
                    } }
                    <h3>{ t.profiel_kwaliteiten }</h3>
                    if kwaliteiten.is_empty() && groepen.is_empty() { { niets() } }
                    if !kwaliteiten.is_empty() { <p>{ kwaliteiten.join(", ") }</p> }
                    { for groepen.iter().take(2).map(|(o, vragen)| html! {
                        <p><strong>{ o.tekst.in_taal(taal) }{ ": " }</strong>
                            { vragen.iter().take(8).map(|v| v.tekst.in_taal(taal)).collect::<Vec<_>>().join(", ") }
                            { if vragen.len() > 8 { " …" } else { "" } }</p>
                    }) }
                    <h3>{ t.blad_interesses }</h3>
                    { match &beeld {
                        Interessebeeld::NietsIngevuld => niets(),
                        Interessebeeld::DichtBijElkaar => html! { <>{ grafiek(scores, taal, t) }<p>{ t.profiel_dicht_bij_elkaar }</p></> },
                        Interessebeeld::Uitschieters(_) => grafiek(scores, taal, t),
                    } }
                    <h3>{ t.profiel_stappen }</h3>
                    { match b.keuzes_en_lijst(&stappen::MODULE, stapregels::SUCCES_VRAAG, "") {
                        succes if succes.is_empty() => html! {},
                        succes => html! { <p><strong>{ t.profiel_succes }{ ": " }</strong>{ succes.join(", ") }</p> },
                    } }
                    <ul>{ for stappen_status(b).iter().map(|(stap, status)| html! {
                        <li>{ format!("{stap}: ") }<strong>{ status.clone().unwrap_or_else(|| "—".into()) }</strong></li>
                    }) }</ul>
                </div>
                <div>
                    <h3>{ t.profiel_omstandigheden }</h3>
                    { match aankan_rijen(b) {
                        rijen if rijen.is_empty() => niets(),
                        // The caution travels with the answers, also on paper (review F11).
                        rijen => html! {
                            <>
                                <p class="klein eigen-beeld">{ wat_kan_ik::EIGEN_BEELD.in_taal(taal) }</p>
                                <ul>{ for rijen.iter().map(|(v, a)| html! { <li>{ format!("{v} ") }<strong>{ a.clone() }</strong></li> }) }</ul>
                            </>
                        },
                    } }
                    <h3>{ t.blad_zorgen }</h3>
                    if zorgen.is_empty() { { niets() } } else {
                        <ul>{ for zorgen.iter().map(|o| html! { <li>{ o.tekst.in_taal(taal) }</li> }) }</ul>
                    }
                </div>
            </div>
            <h3>{ t.blad_bespreken }</h3>
            if bespreken.is_empty() { { lijnen(3) } } else {
                { for bespreken.iter().map(|s| html! { <p class="bespreken">{ s.clone() }</p> }) }
            }
            <h3>{ t.blad_aantekeningen }</h3>
            { lijnen(4) }
        </section>
    }
}
