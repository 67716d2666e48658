//! The first sections: one next small step, values, energy, qualities.

use yew::prelude::*;

use crate::content::modules::{energie, stappen, wat_kan_ik, wie_ben_ik, zorgen};
use crate::content::teksten::vul;
use crate::domain::antwoorden::Antwoord;
use crate::domain::profiel;
use crate::domain::profiel::stappen::{self as stapregels, Volgende};
use crate::domain::vragenlijst::Soort;
use crate::ui::components::iconen;

use super::bron::*;

/// One next small step: the person's own words where they gave them, else what
/// `domain::profiel::stappen::volgende` picks from their worries, the success
/// they chose (rest first gives a rest step) and the seven steps.
pub(super) fn volgende_stap(b: &Bron) -> Html {
    let t = b.t;
    let eigen = b.toont(&energie::MODULE).then(|| b.tekst(&energie::MODULE, "ene.eerste-stap")).flatten();
    let zorgen = if b.toont(&zorgen::MODULE) { gekozen_zorgen(b) } else { Vec::new() };
    let stand = if b.toont(&stappen::MODULE) { b.stand(&stappen::MODULE) } else { &b.leeg };
    let Some(volgende) = stapregels::volgende(eigen.as_deref(), &zorgen, &stappen::MODULE, stand) else {
        return html! {};
    };
    // The coach reads the candidate's own words only: a step Spoorwijzer suggests is written to the candidate.
    if b.over.is_some() && !matches!(volgende, Volgende::EigenWoorden(_)) {
        return html! {};
    }
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

pub(super) fn waarden(b: &Bron) -> Html {
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

pub(super) fn energie_blok(b: &Bron) -> Html {
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
            Some(crate::ui::components::balans::beeld("p-balans", gebieden, kaart, b.taal, true, b.over))
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

pub(super) fn kwaliteiten(b: &Bron) -> Html {
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
