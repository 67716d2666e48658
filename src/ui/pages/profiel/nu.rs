//! What the person can manage now, worries, loss and the seven steps.

use yew::prelude::*;

use crate::content::modules::{stappen, verlies, wat_kan_ik, zorgen};
use crate::content::teksten::vul;
use crate::domain::antwoorden::Antwoord;
use crate::domain::profiel::stappen as stapregels;
use crate::domain::vragenlijst::Vraag;

use super::bron::*;

pub(super) fn aankan(b: &Bron) -> Html {
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

pub(super) fn zorgen_blok(b: &Bron) -> Html {
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
                    // The coach sees the thoughts the candidate ticked; Spoorwijzer's reply and step were written to the candidate.
                    { for gekozen.iter().map(|o| if b.over.is_some() { html! { <li>{ o.tekst.in_taal(b.taal) }</li> } } else { html! {
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
                    } }) }
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
pub(super) fn verlies_blok(b: &Bron) -> Html {
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

pub(super) fn stappen_blok(b: &Bron) -> Html {
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
