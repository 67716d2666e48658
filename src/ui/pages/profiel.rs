//! `#/profiel`: everything the person filled in, brought together as starting
//! points for a conversation, plus a one-page printable conversation sheet.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::modules::{beroepen::THEMAS, stappen, wat_kan_ik, wat_wil_ik, wie_ben_ik, zorgen, MODULES};
use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::profiel::{self, ThemaScore};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Module, Soort};
use crate::ui::components::pagina::Pagina;
use crate::ui::components::vragen::antwoord_tekst;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// Answered questions of one part as (question, answer) texts.
fn beantwoord(module: &'static Module, stand: &ModuleStand, deel: &str, taal: Taal) -> Vec<(&'static str, String)> {
    module
        .delen
        .iter()
        .filter(|d| d.id == deel)
        .flat_map(|d| d.vragen.iter())
        .filter(|v| !matches!(v.soort, Soort::KiesEnOrden { .. }))
        .filter_map(|v| {
            let a = stand.antwoorden.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg())?;
            Some((v.tekst.in_taal(taal), antwoord_tekst(v, a, taal)))
        })
        .collect()
}

fn lijst(rijen: &[(&'static str, String)]) -> Html {
    html! {
        <dl class="samenvatting">
            { for rijen.iter().map(|(v, a)| html! { <div><dt>{ *v }</dt><dd>{ a.clone() }</dd></div> }) }
        </dl>
    }
}

/// Parts of a module, each with its answered questions under the part title.
fn delen(module: &'static Module, stand: &ModuleStand, ids: &[&str], taal: Taal) -> Html {
    html! {
        { for module.delen.iter().filter(|d| ids.contains(&d.id)).map(|d| {
            let rijen = beantwoord(module, stand, d.id, taal);
            if rijen.is_empty() { return html! {}; }
            html! { <><h3>{ d.titel.in_taal(taal) }</h3>{ lijst(&rijen) }</> }
        }) }
    }
}

#[component]
pub fn Profiel() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    // Props compare by content, so a fresh Rc re-renders only when answers changed.
    let modules = Rc::new(winkel.dokument.modules.clone());
    html! {
        <Pagina titel={t.profiel_titel}>
            <ProfielInhoud {modules} taal={winkel.taal()} eigen={true} />
        </Pagina>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProfielProps {
    pub modules: Rc<BTreeMap<String, ModuleStand>>,
    pub taal: Taal,
    /// The person's own profile (with links to fill in more); `false` for a
    /// shared, read-only copy opened by a coach.
    pub eigen: bool,
}

/// The profile and the conversation sheet for any set of answers: the person's
/// own, or a shared copy. It reads nothing from the store.
#[component]
pub fn ProfielInhoud(props: &ProfielProps) -> Html {
    let taal = props.taal;
    let t = crate::content::teksten::teksten(taal);
    let eigen = props.eigen;
    // Borrowed, not cloned: this is looked up for every module several times per render.
    let geen_antwoorden = ModuleStand::default();
    let stand = |m: &Module| props.modules.get(m.id).unwrap_or(&geen_antwoorden);
    let wbi = stand(&wie_ben_ik::MODULE);
    let wki = stand(&wat_kan_ik::MODULE);
    let wwi = stand(&wat_wil_ik::MODULE);
    let zor = stand(&zorgen::MODULE);
    let sta = stand(&stappen::MODULE);

    // A shared copy holds only the modules the person chose to share: count those.
    let meegenomen = |m: &&&'static Module| eigen || props.modules.contains_key(m.id);
    let (beantwoord_totaal, vragen_totaal) = MODULES.iter().filter(meegenomen).fold((0, 0), |(b, v), m| {
        let (x, y) = profiel::volledigheid(m, &stand(m));
        (b + x, v + y)
    });

    let waarden = profiel::kaartsortering(&wie_ben_ik::MODULE, &wbi);
    let sterk = profiel::met_keuze(&wat_kan_ik::MODULE, &wki, "goed");
    let scores = profiel::interesses(&wat_wil_ik::MODULE, &wwi);
    let top = profiel::top_themas(&scores, 3);
    let zorg_vraag = zorgen::MODULE.delen.iter().flat_map(|d| d.vragen.iter()).find(|v| v.id == "zor.gedachten");
    let zorgen_gekozen = zorg_vraag
        .and_then(|v| zor.antwoorden.get(v.id).filter(|a| a.past_bij(v)).map(|a| profiel::gekozen(v, a)))
        .unwrap_or_default();
    let stappen_status: Vec<(&'static str, Option<String>, Option<String>)> = stappen::MODULE
        .delen
        .iter()
        .flat_map(|d| d.vragen.iter())
        .filter(|v| matches!(v.soort, Soort::EenKeuze { .. }))
        .map(|v| {
            let status = sta.antwoorden.get(v.id).filter(|a| a.past_bij(v)).map(|a| antwoord_tekst(v, a, taal));
            let notitie = match sta.antwoorden.get(&format!("{}.notitie", v.id)) {
                Some(Antwoord::Tekst(s)) if !s.trim().is_empty() => Some(s.clone()),
                _ => None,
            };
            (v.tekst.in_taal(taal), status, notitie)
        })
        .collect();
    let bespreken: Vec<String> = ["zor.gesprek", "zor.nodig"]
        .iter()
        .filter_map(|id| match zor.antwoorden.get(*id) {
            Some(Antwoord::Tekst(s)) if !s.trim().is_empty() => Some(s.clone()),
            _ => None,
        })
        .collect();

    let afdrukken = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let per_module = MODULES.iter().filter(meegenomen).map(|m| {
        let (b, v) = profiel::volledigheid(m, &stand(m));
        let href = Route::van_module(m.id).map(|r| r.href()).unwrap_or_default();
        // The coach's own app has no business opening the candidate's modules.
        let titel = if eigen {
            html! { <a href={href}>{ m.titel.in_taal(taal) }</a> }
        } else {
            html! { { m.titel.in_taal(taal) } }
        };
        html! {
            <li>
                { titel }{ ": " }
                { vul(t.profiel_gebaseerd, &[&b.to_string(), &v.to_string()]) }
            </li>
        }
    });

    let leeg = |t: &'static Teksten, m: &'static Module, taal: Taal| leeg(t, m, taal, eigen);
    html! {
        <>
            <div class="alleen-scherm">
                <p class="intro">{ t.profiel_reflectie }</p>
                <p><strong>{ vul(t.profiel_gebaseerd, &[&beantwoord_totaal.to_string(), &vragen_totaal.to_string()]) }</strong>{ " " }
                    { if beantwoord_totaal == 0 { t.profiel_leeg } else if beantwoord_totaal < vragen_totaal { t.profiel_onvolledig } else { "" } }
                </p>
                <details class="per-module">
                    <summary>{ t.profiel_per_module }</summary>
                    <ul>{ for per_module }</ul>
                </details>

                <section class="gespreksblad-knop" aria-labelledby="blad-knop-kop">
                    <h2 id="blad-knop-kop">{ t.profiel_gespreksblad }</h2>
                    <p>{ t.profiel_gespreksblad_uitleg }</p>
                    <button type="button" class="knop" onclick={afdrukken}>{ t.profiel_afdrukken }</button>
                </section>

                <section aria-labelledby="p-waarden">
                    <h2 id="p-waarden">{ t.profiel_waarden }</h2>
                    { match &waarden {
                        Some((top3, rest)) => html! {
                            <>
                                <ol class="waarden">{ for top3.iter().map(|o| html! { <li>{ o.tekst.in_taal(taal) }</li> }) }</ol>
                                if !rest.is_empty() {
                                    <p>{ t.profiel_waarden_ook }{ " " }{ rest.iter().map(|o| o.tekst.in_taal(taal)).collect::<Vec<_>>().join(", ") }</p>
                                }
                            </>
                        },
                        None => leeg(t, &wie_ben_ik::MODULE, taal),
                    } }
                    { delen(&wie_ben_ik::MODULE, &wbi, &["waarden", "energie", "kwaliteiten", "verhaal"], taal) }
                </section>

                <section aria-labelledby="p-sterk">
                    <h2 id="p-sterk">{ t.profiel_sterk }</h2>
                    if sterk.is_empty() {
                        { leeg(t, &wat_kan_ik::MODULE, taal) }
                    } else {
                        <ul class="kolommen">{ for sterk.iter().map(|v| html! { <li>{ v.tekst.in_taal(taal) }</li> }) }</ul>
                    }
                    { delen(&wat_kan_ik::MODULE, &wki, &["ervaring"], taal) }
                </section>

                <section aria-labelledby="p-nu">
                    <h2 id="p-nu">{ t.profiel_omstandigheden }</h2>
                    <p class="hint">{ t.profiel_omstandigheden_uitleg }</p>
                    { match beantwoord_delen(&wat_kan_ik::MODULE, &wki, &["nu-tijd", "nu-werkplek"], taal) {
                        rijen if rijen.is_empty() => leeg(t, &wat_kan_ik::MODULE, taal),
                        rijen => lijst(&rijen),
                    } }
                </section>

                <section aria-labelledby="p-interesses">
                    <h2 id="p-interesses">{ t.profiel_interesses }</h2>
                    <p>{ t.profiel_interesses_uitleg }</p>
                    <Grafiek scores={scores.clone()} {taal} />
                    if top.is_empty() {
                        <p class="hint">{ t.profiel_geen_themas }</p>
                    } else {
                        <p class="hint">{ t.profiel_beroepen_uitleg }</p>
                        { for top.iter().filter_map(|id| THEMAS.iter().find(|th| th.id == *id)).map(|thema| html! {
                            <div class="thema">
                                <h3>{ vul(t.profiel_beroepen, &[thema.naam.in_taal(taal)]) }</h3>
                                <p>{ thema.uitleg.in_taal(taal) }</p>
                                <ul class="beroepen">
                                    { for thema.beroepen.iter().map(|b| html! {
                                        <li>
                                            <strong>{ b.naam.in_taal(taal) }</strong>
                                            if !b.let_op.is_empty() {
                                                <span class="let-op">{ vul(t.profiel_let_op, &[&b.let_op.iter().map(|l| l.in_taal(taal)).collect::<Vec<_>>().join(", ")]) }</span>
                                            }
                                        </li>
                                    }) }
                                </ul>
                            </div>
                        }) }
                    }
                    { delen(&wat_wil_ik::MODULE, &wwi, &["omgeving", "elders", "drempels"], taal) }
                </section>

                <section aria-labelledby="p-energie">
                    <h2 id="p-energie">{ crate::content::modules::energie::MODULE.titel.in_taal(taal) }</h2>
                    { match stand(&crate::content::modules::energie::MODULE) {
                        s if s.aantal_beantwoord(&crate::content::modules::energie::MODULE) == 0 => leeg(t, &crate::content::modules::energie::MODULE, taal),
                        s => delen(&crate::content::modules::energie::MODULE, &s, &["verdeling", "proberen"], taal),
                    } }
                </section>

                <section aria-labelledby="p-zorgen">
                    <h2 id="p-zorgen">{ t.profiel_zorgen }</h2>
                    if zorgen_gekozen.is_empty() {
                        { leeg(t, &zorgen::MODULE, taal) }
                    }
                    { for zorgen_gekozen.iter().map(|o| html! {
                        <article class="reactie">
                            <h3>{ o.tekst.in_taal(taal) }</h3>
                            if let Some(r) = o.reactie { <p>{ r.in_taal(taal) }</p> }
                            if let Some(s) = o.stap { <p class="stap"><strong>{ t.zorg_stap }{ ": " }</strong>{ s.in_taal(taal) }</p> }
                        </article>
                    }) }
                    { delen(&zorgen::MODULE, &zor, &["gesprek"], taal) }
                </section>

                <section aria-labelledby="p-stappen">
                    <h2 id="p-stappen">{ t.profiel_stappen }</h2>
                    <ol class="stappen">
                        { for stappen_status.iter().map(|(stap, status, notitie)| html! {
                            <li>
                                <span class="stap-naam">{ *stap }</span>{ " — " }
                                <span class="stap-status">{ status.clone().unwrap_or_else(|| t.blad_niets.to_string()) }</span>
                                if let Some(n) = notitie { <p class="notitie">{ n.clone() }</p> }
                            </li>
                        }) }
                    </ol>
                </section>
            </div>

            // The one-page sheet: hidden on screen, the only thing printed.
            <section class="gespreksblad" aria-label={t.blad_titel}>
                <h2>{ t.blad_titel }</h2>
                <p class="klein">{ vul(t.blad_datum, &[&crate::services::pagina::tijdstip(crate::services::pagina::nu_ms(), taal.code(), false)]) }{ " " }{ t.profiel_reflectie }</p>
                <div class="blad-raster">
                    <div>
                        <h3>{ t.profiel_waarden }</h3>
                        { match &waarden {
                            Some((top3, _)) => html! { <ol>{ for top3.iter().map(|o| html! { <li>{ o.tekst.in_taal(taal) }</li> }) }</ol> },
                            None => html! { <p>{ t.blad_niets }</p> },
                        } }
                        <h3>{ t.profiel_sterk }</h3>
                        if sterk.is_empty() { <p>{ t.blad_niets }</p> } else {
                            <ul>{ for sterk.iter().take(8).map(|v| html! { <li>{ v.tekst.in_taal(taal) }</li> }) }</ul>
                        }
                        <h3>{ t.blad_interesses }</h3>
                        if top.is_empty() { <p>{ t.blad_niets }</p> } else {
                            <ul>{ for top.iter().filter_map(|id| THEMAS.iter().find(|th| th.id == *id)).map(|th| html! { <li>{ th.naam.in_taal(taal) }</li> }) }</ul>
                        }
                    </div>
                    <div>
                        <h3>{ t.profiel_omstandigheden }</h3>
                        { match beantwoord_delen(&wat_kan_ik::MODULE, &wki, &["nu-tijd"], taal) {
                            rijen if rijen.is_empty() => html! { <p>{ t.blad_niets }</p> },
                            rijen => html! { <ul>{ for rijen.iter().map(|(v, a)| html! { <li>{ format!("{v} {a}") }</li> }) }</ul> },
                        } }
                        <h3>{ t.blad_zorgen }</h3>
                        if zorgen_gekozen.is_empty() { <p>{ t.blad_niets }</p> } else {
                            <ul>{ for zorgen_gekozen.iter().map(|o| html! { <li>{ o.tekst.in_taal(taal) }</li> }) }</ul>
                        }
                        <h3>{ t.profiel_stappen }</h3>
                        <ul>{ for stappen_status.iter().map(|(stap, status, _)| html! {
                            <li>{ format!("{stap}: {}", status.clone().unwrap_or_else(|| "—".into())) }</li>
                        }) }</ul>
                    </div>
                </div>
                <h3>{ t.blad_bespreken }</h3>
                if bespreken.is_empty() { <p class="lijnen" aria-hidden="true"></p> } else {
                    { for bespreken.iter().map(|b| html! { <p class="bespreken">{ b.clone() }</p> }) }
                }
                <h3>{ t.blad_aantekeningen }</h3>
                <p class="lijnen" aria-hidden="true"></p>
            </section>
        </>
    }
}

fn beantwoord_delen(
    module: &'static Module,
    stand: &ModuleStand,
    ids: &[&str],
    taal: Taal,
) -> Vec<(&'static str, String)> {
    ids.iter().flat_map(|d| beantwoord(module, stand, d, taal)).collect()
}

fn leeg(t: &'static Teksten, module: &'static Module, taal: Taal, eigen: bool) -> Html {
    let href = Route::van_module(module.id).map(|r| r.href()).unwrap_or_default();
    if !eigen {
        return html! { <p class="hint">{ t.profiel_nog_leeg }</p> };
    }
    html! {
        <p class="hint">{ t.profiel_nog_leeg }{ " " }<a {href}>{ format!("{} {}", t.profiel_vul_in, module.titel.in_taal(taal)) }</a></p>
    }
}

#[derive(Properties, PartialEq)]
struct GrafiekProps {
    scores: Vec<ThemaScore>,
    taal: Taal,
}

/// Horizontal bars drawn with SVG attributes only (no inline styles, so a
/// strict Content-Security-Policy allows it), with the same data as a table.
#[component]
fn Grafiek(props: &GrafiekProps) -> Html {
    let t = crate::content::teksten::teksten(props.taal);
    let taal = props.taal;
    let naam = |id: &'static str| THEMAS.iter().find(|th| th.id == id).map(|th| th.naam.in_taal(taal)).unwrap_or(id);
    let rij_hoogte = 34;
    let hoogte = rij_hoogte * props.scores.len() as i32 + 10;
    let getal = |g: Option<f32>| g.map(|g| format!("{g:.1}")).unwrap_or_else(|| "—".into());
    html! {
        <>
        <figure class="grafiek">
            <svg viewBox={format!("0 0 600 {hoogte}")} role="img" aria-labelledby="grafiek-titel grafiek-uitleg" width="100%" preserveAspectRatio="xMinYMin meet">
                <title id="grafiek-titel">{ t.profiel_grafiek_titel }</title>
                <desc id="grafiek-uitleg">{ t.profiel_grafiek_beschrijving }</desc>
                { for props.scores.iter().enumerate().map(|(i, s)| {
                    let y = i as i32 * rij_hoogte + 5;
                    let breedte = s.gemiddelde.map(|g| (g / 5.0 * 380.0) as i32).unwrap_or(0);
                    html! {
                        <g>
                            <text x="0" y={(y + 21).to_string()} font-size="16" fill="#1f2328">{ naam(s.thema) }</text>
                            <rect x="170" y={(y + 4).to_string()} width="380" height="22" rx="4" fill="#e3f0f0" />
                            <rect x="170" y={(y + 4).to_string()} width={breedte.to_string()} height="22" rx="4" fill="#0b5d63" />
                            <text x={(176 + breedte.max(0)).to_string()} y={(y + 21).to_string()} font-size="15" fill="#1f2328">{ getal(s.gemiddelde) }</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="sr-only">{ t.profiel_grafiek_titel }</figcaption>
        </figure>
        <div class="tabel-rol">
            <table>
                <caption>{ t.profiel_grafiek_titel }</caption>
                <thead><tr>
                    <th scope="col">{ t.profiel_tabel_thema }</th>
                    <th scope="col">{ t.profiel_tabel_gemiddelde }</th>
                    <th scope="col">{ t.profiel_tabel_beantwoord }</th>
                </tr></thead>
                <tbody>
                    { for props.scores.iter().map(|s| html! {
                        <tr>
                            <th scope="row">{ naam(s.thema) }</th>
                            <td>{ getal(s.gemiddelde) }</td>
                            <td>{ format!("{} / {}", s.beantwoord, s.totaal) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        </>
    }
}
