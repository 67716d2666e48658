//! `#/`: one clear start for a first visit; for a returning person first
//! "carry on where you were", then every module with its own progress.

use yew::prelude::*;

use crate::content::modules::MODULES;
use crate::content::teksten::{vul, Teksten};
use crate::domain::antwoorden::ModuleStand;
use crate::domain::navigatie::{hervat_stap, ooit_begonnen, verder_met};
use crate::domain::sessie::{self, Energie, Stuk};
use crate::domain::voortgang::{self, Geleden};
use crate::ui::components::coach_welkom::CoachWelkom;
use crate::ui::components::iconen;
use crate::ui::components::pagina::Pagina;
use crate::ui::route::{Route, Stap};
use crate::ui::winkel::use_winkel;

pub fn geleden_tekst(t: &'static Teksten, toen_ms: f64, nu_ms: f64) -> String {
    match voortgang::geleden(toen_ms, nu_ms) {
        Geleden::Net => t.geleden_net.to_string(),
        Geleden::Minuten(n) => vul(t.geleden_minuten, &[&n.to_string()]),
        Geleden::Uren(n) => vul(t.geleden_uren, &[&n.to_string()]),
        Geleden::Dagen(n) => vul(t.geleden_dagen, &[&n.to_string()]),
    }
}

/// Where a part of a session starts: the kept place when it lies in that part.
fn stap_van(s: &Stuk, stand: &ModuleStand) -> Stap {
    match hervat_stap(s.module, stand) {
        Stap::Vraag { deel, vraag } if deel == s.deel => Stap::Vraag { deel, vraag },
        _ => Stap::Vraag { deel: s.deel, vraag: 0 },
    }
}

#[component]
pub fn Home() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let doc = &winkel.dokument;
    let leeg = ModuleStand::default();
    let terugkeer = doc.modules.values().any(ooit_begonnen);

    // Sessions sized to today's energy (issue 29, `domain::sessie`). The
    // question only comes once the person began a module: on a first visit
    // they first see what the app is and try it (the welcome and its first
    // question, also the static first screen), before being asked anything
    // about themselves. From then on it comes at most once a calendar day.
    let dag = crate::services::klok::dag_hier();
    let open = sessie::open_delen(&MODULES, &doc.modules, doc.laatste_module.as_deref());
    let gestopt = use_state(|| false);
    let stand_van = |s: &Stuk| stap_van(s, doc.modules.get(s.module.id).unwrap_or(&leeg)).route(s.module.id).href();
    // Focus follows the block that comes in place of the one tapped, once it is drawn.
    let focus =
        || crate::services::venster::Wekker::na(0, || crate::services::pagina::focus_op("verder-kop")).laat_lopen();
    let rest = doc.sessies.einde(&dag).map(|tot| sessie::tot_en_met(&open, tot)).unwrap_or_default();
    let blok = if !terugkeer {
        None
    } else if sessie::vraag_vandaag(&doc.sessies, &dag, terugkeer, &open) {
        let kies = |e: Option<Energie>, naam: &'static str, klasse: &'static str| {
            let winkel = winkel.clone();
            let tot = sessie::einde(&open, e);
            let klik = Callback::from(move |_: MouseEvent| {
                winkel.zet_energie(e, tot);
                focus();
            });
            html! { <button type="button" class={klasse} onclick={klik}>{ naam }</button> }
        };
        Some(html! {
            <>
                <h2 id="verder-kop" tabindex="-1">{ t.sessie_vraag }</h2>
                <p class="hint">{ t.sessie_vraag_uitleg }</p>
                <div class="knoppen energie">
                    { kies(Some(Energie::Weinig), t.sessie_weinig, "knop") }
                    { kies(Some(Energie::Wat), t.sessie_wat, "knop") }
                    { kies(Some(Energie::Veel), t.sessie_veel, "knop") }
                </div>
                { kies(None, t.sessie_sla_over, "knop stil klein") }
            </>
        })
    } else if doc.sessies.klaar_op(&dag) {
        let stop = {
            let gestopt = gestopt.clone();
            Callback::from(move |_: MouseEvent| {
                gestopt.set(true);
                focus();
            })
        };
        let verder = open.first().map(stand_van).unwrap_or_else(|| Route::Profiel.href());
        Some(html! {
            <>
                <h2 id="verder-kop" tabindex="-1">{ t.sessie_klaar }</h2>
                if *gestopt {
                    <p>{ t.sessie_gestopt }</p>
                } else {
                    <p>{ t.sessie_klaar_tekst }</p>
                    <button type="button" class="knop groot" onclick={stop}>{ t.sessie_stop }</button>
                    <p><a href={verder}>{ t.sessie_toch_verder }</a></p>
                }
            </>
        })
    } else {
        rest.first().map(|eerste| {
            html! {
                <>
                    <h2 id="verder-kop" tabindex="-1">{ vul(t.sessie_aanbod, &[&sessie::minuten(&rest).to_string()]) }</h2>
                    <ol>
                        { for rest.iter().map(|s| html! {
                            <li>{ s.module.titel.in_taal(taal) }{ " – " }{ s.deel().titel.in_taal(taal) }</li>
                        }) }
                    </ol>
                    <p>{ t.sessie_tot }</p>
                    <a class="knop groot" href={stand_van(eerste)}>{ t.sessie_begin }</a>
                </>
            }
        })
    };
    let keer = match doc.sessies.keer {
        0 => None,
        1 => Some(t.sessie_keer_een.to_string()),
        n => Some(vul(t.sessie_keer, &[&n.to_string()])),
    };

    let kaarten = MODULES.iter().filter_map(|m| {
        let route = Route::van_module(m.id)?;
        let stand = doc.modules.get(m.id).unwrap_or(&leeg);
        let klaar = voortgang::delen_klaar(m, stand);
        let n = m.delen.len();
        let status = if klaar == n {
            t.home_klaar.to_string()
        } else if ooit_begonnen(stand) {
            vul(t.module_voortgang, &[&klaar.to_string(), &n.to_string()])
        } else {
            t.home_nog_niet.to_string()
        };
        Some(html! {
            <li class={classes!("kaart", (klaar == n).then_some("kaart-klaar"))}>
                <a href={route.href()}>
                    <span class="kaart-kop">
                        <span class="kaart-icoon">{ iconen::van(m.id) }</span>
                        <span class="kaart-titel">{ m.titel.in_taal(taal) }</span>
                        if klaar == n { <span class="kaart-vinkje">{ iconen::vinkje() }</span> }
                    </span>
                    <span class="kaart-tekst">{ m.kort.in_taal(taal) }</span>
                    <progress class="voortgang" max={n.to_string()} value={klaar.to_string()} aria-hidden="true"></progress>
                    <span class="kaart-voortgang">{ status }</span>
                </a>
            </li>
        })
    });

    let verder = verder_met(&MODULES, doc.laatste_module.as_deref(), &doc.modules).map(|(m, stand)| {
        let stap = hervat_stap(m, stand);
        let deel = match stap {
            Stap::Vraag { deel, .. } => {
                m.delen.get(deel).map(|d| vul(t.home_verder_deel, &[&(deel + 1).to_string(), d.titel.in_taal(taal)]))
            }
            _ => None,
        };
        let wanneer = doc.bewaard_op.map(|ms| geleden_tekst(t, ms, crate::services::klok::nu_ms()));
        html! {
            <section class="verder" aria-labelledby="verder-kop">
                <h2 id="verder-kop" tabindex="-1">{ t.home_verder_titel }</h2>
                <div class="verder-inhoud">
                    <span class="kaart-icoon">{ iconen::van(m.id) }</span>
                    <p>
                        <strong>{ m.titel.in_taal(taal) }</strong>
                        if let Some(d) = deel { <br />{ d } }
                        if let Some(w) = wanneer { <br /><span class="hint">{ w }</span> }
                    </p>
                </div>
                <a class="knop groot" href={stap.route(m.id).href()}>{ t.home_verder_knop }</a>
            </section>
        }
    });

    let eerste = &MODULES[0];
    html! {
        <Pagina titel={t.home_titel}>
            <CoachWelkom />
            if terugkeer {
                if let Some(blok) = blok {
                    <section class="verder sessie" aria-labelledby="verder-kop">{ blok }</section>
                } else if let Some(verder) = verder {
                    { verder }
                } else {
                    // Everything begun is finished: the profile is the next thing worth seeing.
                    <section class="verder" aria-labelledby="verder-kop">
                        <h2 id="verder-kop">{ t.home_alles_klaar }</h2>
                        <a class="knop groot" href={Route::Profiel.href()}>{ t.module_naar_profiel }</a>
                    </section>
                }
                // Encouragement, never a streak: only what was done counts.
                if let Some(k) = keer { <p class="hint">{ k }</p> }
            } else {
                <div class="welkom">
                    <p class="intro">{ t.home_intro_1 }</p>
                    <a class="knop groot" href={Stap::Vraag { deel: 0, vraag: 0 }.route(eerste.id).href()}>
                        { vul(t.home_begin_met, &[eerste.titel.in_taal(taal)]) }
                    </a>
                    <p class="hint">{ t.home_begin_uitleg }</p>
                    <p class="klein">{ t.home_intro_3 }</p>
                </div>
            }
            <h2>{ if terugkeer { t.home_alles_titel } else { t.home_kies_titel } }</h2>
            <p class="tip">{ t.home_tip }</p>
            <ul class="kaarten">
                { for kaarten }
                <li class="kaart">
                    <a href={Route::Tijdlijn.href()}>
                        <span class="kaart-kop">
                            <span class="kaart-icoon">{ iconen::van("tijdlijn") }</span>
                            <span class="kaart-titel">{ t.tijdlijn_titel }</span>
                        </span>
                        <span class="kaart-tekst">{ t.home_tijdlijn_tekst }</span>
                    </a>
                </li>
                <li class="kaart">
                    <a href={Route::Beroepen.href()}>
                        <span class="kaart-kop">
                            <span class="kaart-icoon">{ iconen::van("wat-wil-ik") }</span>
                            <span class="kaart-titel">{ t.beroepen_link }</span>
                        </span>
                        <span class="kaart-tekst">{ t.beroepen_link_tekst }</span>
                    </a>
                </li>
                <li class="kaart">
                    <a href={Route::Profiel.href()}>
                        <span class="kaart-kop">
                            <span class="kaart-icoon">{ iconen::van("profiel") }</span>
                            <span class="kaart-titel">{ t.profiel_titel }</span>
                        </span>
                        <span class="kaart-tekst">{ t.home_profiel_tekst }</span>
                    </a>
                </li>
            </ul>
            <details class="over">
                <summary>{ t.home_over }</summary>
                if terugkeer { <p>{ t.home_intro_1 }</p> }
                <p>{ t.home_intro_2 }</p>
                if terugkeer { <p>{ t.home_intro_3 }</p> }
            </details>
        </Pagina>
    }
}
