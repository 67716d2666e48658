//! Every answer under "Alle antwoorden", and the one-page printed sheet.

use yew::prelude::*;

use crate::content::modules::{stappen, wat_kan_ik, wie_ben_ik, zorgen, MODULES};
use crate::content::teksten::vul;
use crate::domain::profiel::stappen as stapregels;
use crate::domain::profiel::{self, Interessebeeld, ThemaScore};
use crate::ui::components::vragen::antwoord_tekst;

use super::bron::*;
use super::interesses::grafiek;

/// The full log: every answered question of every (shared) module, per part.
pub(super) fn alle_antwoorden(b: &Bron) -> Html {
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

/// The first `n` characters of a note, with "…" when cut: the sheet stays one page.
fn kort(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>().trim_end())
    }
}

/// The one-page sheet: hidden on screen, the only thing printed.
pub(super) fn gespreksblad(b: &Bron, scores: &[ThemaScore]) -> Html {
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
            <p class="klein">{ vul(t.blad_datum, &[&crate::services::klok::tijdstip(crate::services::klok::nu_ms(), taal.code(), false)]) }{ " " }{ t.profiel_reflectie }</p>
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
                    if !b.beroepen.is_empty() {
                        <h3>{ t.beroepen_gekozen_titel }</h3>
                        <ul>{ for b.beroepen.iter().take(crate::domain::beroepen::MAX_GEKOZEN).map(|g| html! {
                            <li><strong>{ crate::domain::beroepen::als_naam(&g.titel) }</strong>
                                if !g.notitie.is_empty() { { format!(": {}", kort(&g.notitie, 90)) } }</li>
                        }) }</ul>
                    }
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
                                <p class="klein eigen-beeld">{ if b.over.is_some() { t.profiel_omstandigheden_uitleg } else { wat_kan_ik::EIGEN_BEELD.in_taal(taal) } }</p>
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
