//! A self-reflection module: overview, short parts with a stopping point, a
//! review of every answer, finishing with a dated snapshot, and then-and-now.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::modules::energie::SUGGESTIES;
use crate::content::modules::{verlies, wat_kan_ik, zorgen};
use crate::content::teksten::vul;
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::{Module, Soort, Vraag};
use crate::domain::navigatie::{self, vraag_bij, Vorige};
use crate::domain::voortgang;
use crate::services::pagina;
use crate::ui::components::iconen;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::vragen::{antwoord_tekst, veld_id, vraag_veld, VraagProps};
use crate::ui::route::{Route, Stap};
use crate::ui::vast::Vast;
use crate::ui::winkel::use_winkel;
use yew_router::prelude::use_navigator;

#[derive(Properties, PartialEq)]
pub struct ModuleProps {
    pub module: Vast<Module>,
    /// Which step the address shows; every step has its own address.
    pub stap: Stap,
}

/// How long a tapped choice shows as chosen before the next question comes.
const VANZELF_MS: u32 = 400;

#[component]
pub fn ModulePagina(props: &ModuleProps) -> Html {
    let module = props.module.0;
    let stap = props.stap;
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let leeg = ModuleStand::default();
    let stand = winkel.dokument.modules.get(module.id).unwrap_or(&leeg);
    let navigator = use_navigator();
    let vorige = use_state(|| None::<Vorige>);
    let ongedaan = use_state(|| false);
    // Moving on by itself waits a moment; any step change since makes it stale
    // (the person went Back, or on). A count instead of a kept timer: a timer
    // dropped while it runs its own callback would break.
    let vanzelf_tik = use_mut_ref(|| 0u32);
    let vanzelf_aan = !winkel.dokument.instellingen.vanzelf_uit;
    let zet_vanzelf = {
        let winkel = winkel.clone();
        Callback::from(move |aan: bool| winkel.zet_vanzelf_verder(aan))
    };

    let ga_naar = {
        let navigator = navigator.clone();
        let ongedaan = ongedaan.clone();
        Callback::from(move |doel: Stap| {
            ongedaan.set(false);
            if let Some(n) = &navigator {
                n.push(&doel.route(module.id));
            }
        })
    };

    // A question on screen is where the person is, also before they answer it:
    // "carry on where you were" and a reload both come back here.
    {
        let winkel = winkel.clone();
        let vanzelf_tik = vanzelf_tik.clone();
        use_effect_with(stap, move |stap| {
            *vanzelf_tik.borrow_mut() += 1;
            if let Some(v) = vraag_bij(module, *stap) {
                winkel.sta_bij(module.id, v.id);
            }
            if *stap != Stap::Overzicht {
                pagina::focus_op("module-kop");
            }
        });
    }

    let beantwoord = {
        let winkel = winkel.clone();
        let vorige = vorige.clone();
        let ongedaan = ongedaan.clone();
        let huidige = stand.antwoorden.clone();
        Callback::from(move |(vraag, antwoord): (&'static str, Option<Antwoord>)| {
            if let Some(nieuw) =
                navigatie::onthoud_voor_ongedaan(vorige.as_ref(), vraag, huidige.get(vraag), antwoord.as_ref())
            {
                vorige.set(Some(nieuw));
            }
            ongedaan.set(false);
            winkel.beantwoord(module.id, vraag, antwoord);
        })
    };

    let maak_ongedaan = {
        let winkel = winkel.clone();
        let vorige = vorige.clone();
        let ongedaan = ongedaan.clone();
        Callback::from(move |_| {
            if let Some(v) = (*vorige).clone() {
                winkel.beantwoord(module.id, v.vraag, v.antwoord);
                vorige.set(None);
                ongedaan.set(true);
                pagina::focus_in(&veld_id(v.vraag));
            }
        })
    };

    let inhoud = match stap {
        Stap::Overzicht => overzicht(module, stand, taal, &ga_naar, (vanzelf_aan, zet_vanzelf.clone())),
        Stap::Vraag { deel, vraag } if vraag_bij(module, stap).is_some() => {
            // Leaving the last question of a part marks the part as done.
            let verder = {
                let winkel = winkel.clone();
                let ga_naar = ga_naar.clone();
                Callback::from(move |doel: Stap| {
                    if let Some(klaar) = navigatie::deel_klaar_bij(module, deel, doel) {
                        winkel.deel_klaar(module.id, klaar);
                    }
                    ga_naar.emit(doel);
                })
            };
            // A tapped single choice moves on by itself, after a moment to see it marked.
            let vanzelf = vanzelf_aan.then(|| {
                let verder = verder.clone();
                let tik = vanzelf_tik.clone();
                Callback::from(move |(i, a): (usize, Antwoord)| {
                    let Some(doel) = navigatie::vanzelf_naar(module, deel, i, &a) else { return };
                    let nu = {
                        let mut t = tik.borrow_mut();
                        *t += 1;
                        *t
                    };
                    let (verder, tik) = (verder.clone(), tik.clone());
                    pagina::na(VANZELF_MS, move || {
                        if *tik.borrow() == nu {
                            verder.emit(doel);
                        }
                    });
                })
            });
            let ongedaan_knop = html! {
                <div class="ongedaan" aria-live="polite">
                    if navigatie::ongedaan_hier(module, stap, vorige.as_ref()) {
                        <button type="button" class="knop stil klein" onclick={maak_ongedaan.clone()}>{ t.module_ongedaan }</button>
                    }
                    if *ongedaan {
                        <p class="hint">{ t.module_ongedaan_klaar }</p>
                    }
                </div>
            };
            let scherm = StapScherm { vanzelf, vanzelf_aan, zet_vanzelf: zet_vanzelf.clone() };
            vraag_stap(module, deel, vraag, stand, taal, &beantwoord, ongedaan_knop, &verder, &ga_naar, scherm)
        }
        Stap::Terugblik => {
            let rond_af = {
                let winkel = winkel.clone();
                let ga_naar = ga_naar.clone();
                Callback::from(move |_| {
                    winkel.rond_af(module.id);
                    ga_naar.emit(Stap::Klaar);
                })
            };
            terugblik(module, stand, taal, &ga_naar, rond_af)
        }
        Stap::Klaar => {
            let (titel, tekst) = crate::content::teksten::klaar_teksten(t, module.id);
            let verder =
                voortgang::volgende_module(&crate::content::modules::MODULES, module.id, &winkel.dokument.modules);
            html! {
            <section class="klaar" aria-labelledby="module-kop">
                <h2 id="module-kop" tabindex="-1">{ titel }</h2>
                <p>{ tekst }</p>
                // What was just added, named as the profile names it.
                if let Some(kop) = crate::content::teksten::profiel_kop(t, module.id) {
                    <p class="klaar-nieuw">{ t.module_klaar_nieuw }{ " " }<a href={Route::Profiel.href()}>{ kop }</a></p>
                }
                <p>{ t.module_klaar_rust_uitleg }</p>
                <div class="knoppen">
                    <a class="knop" href={Route::Home.href()}>{ t.module_klaar_rust }</a>
                    if let Some(m) = verder {
                        <a class="knop stil" href={Route::van_module(m.id).map(|r| r.href()).unwrap_or_default()}>
                            { vul(t.module_klaar_volgende, &[m.titel.in_taal(taal)]) }
                        </a>
                    }
                </div>
                { super::kijk_profiel::module_link(module.id, taal) }
            </section>
            }
        }
        // A question number past the end of a part.
        Stap::Vraag { .. } => html! {
            <section aria-labelledby="module-kop">
                <h2 id="module-kop" tabindex="-1">{ t.niet_gevonden_titel }</h2>
                <p><a href={Route::van_module(module.id).map(|r| r.href()).unwrap_or_default()}>{ t.module_naar_overzicht }</a></p>
            </section>
        },
    };

    html! {
        <Pagina titel={module.titel.in_taal(taal)} klasse={(stap != Stap::Overzicht).then_some("module-stap")}>
            { inhoud }
        </Pagina>
    }
}

fn overzicht(
    module: &'static Module,
    stand: &ModuleStand,
    taal: Taal,
    ga_naar: &Callback<Stap>,
    vanzelf: (bool, Callback<bool>),
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let o = navigatie::overzicht(module, stand);
    let (klaar, n, beantwoord, totaal) = (o.delen_klaar, o.delen, o.beantwoord, o.vragen);
    let (begonnen, alles_klaar) = (o.begonnen, o.alles_klaar);
    let start = {
        let ga_naar = ga_naar.clone();
        let doel = o.start;
        Callback::from(move |_| ga_naar.emit(doel))
    };
    let bekijk = {
        let g = ga_naar.clone();
        Callback::from(move |_| g.emit(Stap::Terugblik))
    };
    let status = if alles_klaar {
        t.module_klaar_kort.to_string()
    } else {
        vul(t.module_tijd_over, &[&o.minuten_over.to_string()])
    };
    html! {
        <>
            <div class="module-start">
                <span class="module-icoon">{ iconen::van(module.id) }</span>
                <p class="intro">{ module.intro.in_taal(taal) }</p>
            </div>
            { voortgang_balk(klaar, n, t) }
            <p class="voortgang-tekst">
                { vul(t.module_beantwoord, &[&beantwoord.to_string(), &totaal.to_string()]) }{ " · " }{ status }
            </p>
            <div class="knoppen">
                if alles_klaar {
                    <button type="button" class="knop groot" onclick={bekijk}>{ t.module_bekijk }</button>
                } else {
                    <button type="button" class="knop groot" onclick={start}>
                        { if begonnen { t.module_ga_verder } else { t.module_begin } }
                    </button>
                    if begonnen {
                        <button type="button" class="knop stil" onclick={bekijk}>{ t.module_bekijk }</button>
                    }
                }
            </div>
            <p class="hint">{ t.module_overslaan_uitleg }</p>
            { vanzelf_schakel(vanzelf, t) }
            // After the opening text and the start button: on a phone the way
            // in stays in the first screen, the help right under it.
            { hulp_bij(module, taal, 2) }
            <h2>{ t.module_delen_titel }</h2>
            <ol class="delen">
                { for module.delen.iter().enumerate().map(|(i, d)| {
                    let is_klaar = voortgang::is_klaar(module, stand, i);
                    let g = ga_naar.clone();
                    let open = Callback::from(move |_| g.emit(Stap::Vraag { deel: i, vraag: 0 }));
                    html! {
                        <li class={classes!(is_klaar.then_some("klaar"))}>
                            <button type="button" class="deel-knop" onclick={open}>
                                <span class="deel-titel">{ d.titel.in_taal(taal) }</span>
                                <span class="deel-info">
                                    { vul(t.module_tijd_deel, &[&d.minuten.to_string()]) }{ " · " }
                                    <span class="status">{ if is_klaar { t.module_deel_klaar } else { t.module_deel_open } }</span>
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if let Some(afgerond) = stand.afgerond_op {
                <p class="hint">{ vul(t.module_afgerond, &[&pagina::tijdstip(afgerond, taal.code(), false)]) }</p>
            }
            if voortgang::toen_en_nu_zinvol(module, stand) {
                <ToenEnNu module={Vast(module)} />
            }
            { super::kijk_profiel::module_link(module.id, taal) }
            <p class="klein over-vragen"><a href={Route::OverDeVragen.href()}>{ t.module_over_vragen }</a></p>
        </>
    }
}

/// The setting "Ga vanzelf verder na een keuze", where a module starts.
fn vanzelf_schakel((aan, zet): (bool, Callback<bool>), t: &'static crate::content::teksten::Teksten) -> Html {
    html! {
        <label class="schakel">
            <input type="checkbox" checked={aan} onchange={zet.reform(move |_: Event| !aan)} />
            { t.vanzelf_instelling }
        </label>
    }
}

/// A visible progress bar with its words, e.g. "2 van 4 delen klaar".
pub fn voortgang_balk(klaar: usize, totaal: usize, t: &'static crate::content::teksten::Teksten) -> Html {
    let tekst = vul(t.module_voortgang, &[&klaar.to_string(), &totaal.to_string()]);
    html! {
        <div class="voortgang-blok">
            <progress class="voortgang" max={totaal.max(1).to_string()} value={klaar.to_string()} aria-label={tekst.clone()}></progress>
            <span class="voortgang-label" aria-hidden="true">{ tekst }</span>
        </div>
    }
}

/// What a question step needs of the setting "Ga vanzelf verder".
struct StapScherm {
    /// Set when the setting is on: a tapped choice, with its question's index.
    vanzelf: Option<Callback<(usize, Antwoord)>>,
    vanzelf_aan: bool,
    zet_vanzelf: Callback<bool>,
}

#[allow(clippy::too_many_arguments)]
fn vraag_stap(
    module: &'static Module,
    d: usize,
    i: usize,
    stand: &ModuleStand,
    taal: Taal,
    beantwoord: &Callback<(&'static str, Option<Antwoord>)>,
    ongedaan_knop: Html,
    verder: &Callback<Stap>,
    ga_naar: &Callback<Stap>,
    scherm: StapScherm,
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let Some(s) = navigatie::vraag_scherm(module, d, i) else { return html! {} };
    let (deel, n, i, vragen) = (s.deel, s.aantal_delen, s.begin, s.vragen);
    let (plek, totaal, laatste_van_deel, laatste) = (s.plek, s.totaal, s.laatste_van_deel, s.laatste);
    let v = &vragen[0];
    let extra = extra_bij(v, taal);
    let terug = {
        let g = ga_naar.clone();
        let doel = s.terug;
        Callback::from(move |_| g.emit(doel))
    };
    let volgende = {
        let k = verder.clone();
        let doel = s.verder;
        Callback::from(move |_| k.emit(doel))
    };
    // Where the person is, in parts and what is left of this one: no count of all questions.
    let nog = match s.nog {
        0 => t.module_laatste_vraag.to_string(),
        1 => t.module_nog_een.to_string(),
        k => vul(t.module_nog_vragen, &[&k.to_string()]),
    };
    let plaats = format!("{} · {nog}", vul(t.module_deel_van, &[&(d + 1).to_string(), &n.to_string()]));
    let velden = vragen.iter().enumerate().map(|(k, v)| {
        let onantwoord = {
            let b = beantwoord.clone();
            let id = v.id;
            Callback::from(move |a: Option<Antwoord>| b.emit((id, a)))
        };
        let onvanzelf = scherm.vanzelf.clone().map(|cb| cb.reform(move |a: Antwoord| (i + k, a)));
        let children = if k == 0 {
            extra.clone()
        } else {
            html! {}
        };
        vraag_veld(VraagProps {
            vraag: Vast(v),
            antwoord: stand.antwoorden.get(v.id).cloned(),
            taal,
            onantwoord,
            children,
            onvanzelf,
        })
    });
    html! {
        <section class="stap" aria-labelledby="module-kop">
            <div class="stap-kop">
                <p class="stap-plaats">{ plaats.clone() }</p>
                <progress class="voortgang" max={totaal.to_string()} value={plek.to_string()} aria-label={plaats}></progress>
            </div>
            <h2 id="module-kop" class="deel-kop" tabindex="-1">{ deel.titel.in_taal(taal) }</h2>
            // A part's intro on its first question; the card sort explains itself, and
            // needs the room to fit on a phone.
            if s.deel_intro {
                <p class="deel-intro">{ deel.intro.in_taal(taal) }</p>
            }
            // Capacity questions: the person's own picture, said before each one.
            if crate::domain::deelpakket::is_eigen_beeld(v.id) {
                <aside class="eigen-beeld" role="note"><p>{ wat_kan_ik::EIGEN_BEELD.in_taal(taal) }</p></aside>
            }
            // The part written for the coach: who may read it (issue 23).
            if module.id == zorgen::MODULE.id && deel.id == zorgen::VOOR_DE_COACH {
                <aside class="wie-leest" role="note"><p>{ crate::content::delen::WIE_LEEST.in_taal(taal) }</p></aside>
            }
            <form class="vragen" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for velden }
            </form>
            { ongedaan_knop }
            // Said once, where it first happens: a tap moves on, and how to stop that.
            // Under the options, so the first answer stays in the first screen.
            if s.zegt_vanzelf {
                { vanzelf_regel(&scherm, t) }
            }
            { hulp_bij(module, taal, 3) }
            if laatste_van_deel && !laatste {
                <aside class="pauze" aria-labelledby="pauze-kop">
                    <h3 id="pauze-kop">{ t.module_pauze_titel }</h3>
                    <p>{ t.module_pauze_tekst }</p>
                </aside>
            }
            <div class="stap-nav">
                <button type="button" class="knop stil" onclick={terug}>
                    <span aria-hidden="true">{ "‹ " }</span>{ t.module_vorige }
                </button>
                <button type="button" class="knop" onclick={volgende}>
                    { if laatste { t.module_bekijk_kort } else { t.module_volgende } }<span aria-hidden="true">{ " ›" }</span>
                </button>
            </div>
            <p class="naar-overzicht">
                <a href={Route::van_module(module.id).map(|r| r.href()).unwrap_or_default()}>{ t.module_naar_overzicht }</a>
            </p>
        </section>
    }
}

/// "A choice moves on by itself", with the switch to turn that off (or on again).
fn vanzelf_regel(scherm: &StapScherm, t: &'static crate::content::teksten::Teksten) -> Html {
    let aan = scherm.vanzelf_aan;
    let zet = scherm.zet_vanzelf.reform(move |_: MouseEvent| !aan);
    html! {
        <p class="hint vanzelf" aria-live="polite">
            { if aan { t.vanzelf_uitleg } else { t.vanzelf_is_uit } }{ " " }
            <button type="button" class="knop stil klein" onclick={zet}>
                { if aan { t.vanzelf_zet_uit } else { t.vanzelf_zet_aan } }
            </button>
        </p>
    }
}

/// Where to turn when it weighs too much ("Als het te zwaar wordt"), on every
/// page of the module about loss, after its opening text: the person may need
/// it at any question, not only at the start. `niveau`: its heading's level.
fn hulp_bij(module: &'static Module, taal: Taal, niveau: u8) -> Html {
    if module.id != verlies::MODULE.id {
        return html! {};
    }
    crate::ui::components::hulp::hulp_blok(taal, niveau)
}

/// Suggestions under the energy division. (Replies to ticked worries sit under
/// each option itself, inside the question.)
fn extra_bij(vraag: &'static Vraag, taal: Taal) -> Html {
    let t = crate::content::teksten::teksten(taal);
    match &vraag.soort {
        Soort::Verdeling { .. } => html! {
            <div class="suggesties">
                <h3>{ t.verdeling_suggesties }</h3>
                <ul>{ for SUGGESTIES.iter().map(|s| html! { <li>{ s.in_taal(taal) }</li> }) }</ul>
            </div>
        },
        _ => html! {},
    }
}

fn terugblik(
    module: &'static Module,
    stand: &ModuleStand,
    taal: Taal,
    ga_naar: &Callback<Stap>,
    rond_af: Callback<MouseEvent>,
) -> Html {
    let t = crate::content::teksten::teksten(taal);
    // "Klaar" first, in reach; the answers folded per part below it: everything is
    // already kept, the review is for looking, not a last hurdle.
    html! {
        <section class="terugblik" aria-labelledby="module-kop">
            <h2 id="module-kop" tabindex="-1">{ t.module_terugblik_titel }</h2>
            <p>{ t.module_terugblik_intro }</p>
            <div class="knoppen">
                <button type="button" class="knop" onclick={rond_af}>{ t.module_rond_af }</button>
                <button type="button" class="knop stil" onclick={ { let g = ga_naar.clone(); Callback::from(move |_| g.emit(Stap::Overzicht)) } }>
                    { t.module_naar_overzicht }
                </button>
            </div>
            <p class="hint">{ t.module_rond_af_uitleg }</p>
            { for module.delen.iter().enumerate().map(|(i, d)| html! {
                <details class="terugblik-deel">
                    <summary>{ d.titel.in_taal(taal) }</summary>
                    <dl class="antwoorden">
                        { for d.vragen.iter().enumerate().map(|(j, v)| {
                            let antwoord = stand.antwoorden.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg());
                            let g = ga_naar.clone();
                            let wijzig = Callback::from(move |_| g.emit(Stap::Vraag { deel: i, vraag: j }));
                            let vraagtekst = v.tekst.in_taal(taal);
                            html! {
                                <div class="antwoord">
                                    <dt>{ vraagtekst }</dt>
                                    <dd>
                                        { match antwoord {
                                            Some(a) => html! { <span class="gegeven">{ antwoord_tekst(v, a, taal) }</span> },
                                            None => html! { <span class="leeg">{ t.module_niet_beantwoord }</span> },
                                        } }
                                        <button type="button" class="knop stil klein" onclick={wijzig}
                                            aria-label={vul(t.module_wijzig_label, &[vraagtekst])}>{ t.module_wijzig }</button>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </details>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ToenProps {
    module: Vast<Module>,
}

/// Then and now: two dated rounds of the same module side by side.
#[component]
fn ToenEnNu(props: &ToenProps) -> Html {
    let module = props.module.0;
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let stand = winkel.dokument.modules.get(module.id).cloned().unwrap_or_default();
    // Choices: each snapshot by index, and "now" (the current answers) as the last.
    let n = stand.momentopnames.len();
    let links = use_state(|| 0usize);
    let rechts = use_state(move || n);
    let kies = |s: UseStateHandle<usize>| {
        Callback::from(move |e: Event| {
            if let Some(waarde) = crate::services::invoer::waarde(&e) {
                s.set(waarde.parse().unwrap_or(0));
            }
        })
    };
    let label = |i: usize| -> String {
        match stand.momentopnames.get(i) {
            Some(m) => pagina::tijdstip(m.op_ms, taal.code(), false),
            None => t.module_nu.to_string(),
        }
    };
    let antwoorden = |i: usize| -> BTreeMap<String, Antwoord> {
        stand.momentopnames.get(i).map(|m| m.antwoorden.clone()).unwrap_or_else(|| stand.antwoorden.clone())
    };
    let (a, b) = (antwoorden((*links).min(n)), antwoorden((*rechts).min(n)));
    let opties = |gekozen: usize| {
        html! {
            { for (0..=n).map(|i| html! { <option value={i.to_string()} selected={i == gekozen}>{ label(i) }</option> }) }
        }
    };
    // Only what changed, as cards: the question, then and now (issue 24).
    let kaarten: Vec<Html> = voortgang::veranderd(module, &a, &b)
        .into_iter()
        .map(|(v, x, y)| {
            let tekst = |x: Option<&Antwoord>| x.map(|x| antwoord_tekst(v, x, taal)).unwrap_or_else(|| "—".into());
            html! {
                <li class="verschil">
                    <p class="verschil-vraag">{ v.tekst.in_taal(taal) }</p>
                    <p><span class="verschil-wanneer">{ label(*links) }{ ": " }</span>{ tekst(x) }</p>
                    <p><span class="verschil-wanneer">{ label(*rechts) }{ ": " }</span><strong>{ tekst(y) }</strong></p>
                </li>
            }
        })
        .collect();
    html! {
        <section class="toen-en-nu" aria-labelledby="toen-kop">
            <h2 id="toen-kop">{ t.module_eerdere_rondes }</h2>
            <p>{ t.module_toen_uitleg }</p>
            <div class="kiezers">
                <label>{ t.module_toen }{ " " }<select onchange={kies(links.clone())}>{ opties(*links) }</select></label>
                <label>{ t.module_nu_kolom }{ " " }<select onchange={kies(rechts.clone())}>{ opties(*rechts) }</select></label>
            </div>
            if kaarten.is_empty() {
                <p class="hint">{ t.module_geen_verschil }</p>
            } else {
                <ul class="verschillen">{ for kaarten }</ul>
            }
        </section>
    }
}
