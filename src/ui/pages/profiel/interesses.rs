//! Interests: the themes as bars, what they point to, the table behind it.

use yew::prelude::*;

use crate::content::modules::wat_wil_ik;
use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::Antwoord;
use crate::domain::profiel::{self, Interessebeeld, ThemaScore};
use crate::domain::taal::Taal;
use crate::ui::components::vragen::antwoord_tekst;

use super::bron::*;

/// Bars in HTML (readable text at any width), each bar a tiny SVG drawn with
/// attributes only, so the strict CSP allows it. Highest first.
pub(super) fn grafiek(scores: &[ThemaScore], taal: Taal, t: &'static Teksten) -> Html {
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

pub(super) fn interesses(b: &Bron, scores: &[ThemaScore]) -> Html {
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
                            <p><a href={crate::ui::route::Route::Beroepen.href()}>{ t.beroepen_bij_interesses }</a></p>
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

/// The occupations the person keeps to explore, each with their note (issue 27);
/// in their own profile with a way to ESCO's occupations, also when none are kept.
pub(super) fn gekozen_beroepen(b: &Bron) -> Html {
    let t = b.t;
    if b.beroepen.is_empty() && !b.eigen {
        return html! {};
    }
    let inhoud = html! {
        <>
            if !b.beroepen.is_empty() {
                <ul class="gekozen-beroepen">
                    { for b.beroepen.iter().take(crate::domain::beroepen::MAX_GEKOZEN).map(|g| html! {
                        <li>
                            <strong>{ crate::domain::beroepen::als_naam(&g.titel) }</strong>
                            if !g.notitie.is_empty() { <p class="notitie">{ g.notitie.clone() }</p> }
                        </li>
                    }) }
                </ul>
            }
            if b.eigen {
                <p><a href={crate::ui::route::Route::Beroepen.href()}>{ t.beroepen_link }</a></p>
            }
        </>
    };
    blok("p-beroepen", "wat-wil-ik", t.beroepen_gekozen_titel, inhoud)
}
