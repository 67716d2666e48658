//! A self-reflection module: overview, short parts with a stopping point, a
//! review of every answer, finishing with a dated snapshot, and then-and-now.
//!
//! This file holds the page's state (the undo point, the auto-advance count)
//! and passes events on; where each step goes is `domain::navigatie`, and each
//! step's view is a file of its own under `module/`.

use yew::prelude::*;

use crate::content::modules::verlies;
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::navigatie::{self, vraag_bij, Vorige};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Module;
use crate::services::pagina;
use crate::ui::components::pagina::Pagina;
use crate::ui::components::vragen::veld_id;
use crate::ui::route::{Route, Stap};
use crate::ui::vast::Vast;
use crate::ui::winkel::use_winkel;
use yew_router::prelude::use_navigator;

mod klaar;
mod overzicht;
mod terugblik;
mod toen_en_nu;
mod vraag;

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
    // Leaving the module (another module, a page of the menu) makes it stale too:
    // the page goes away, and a pending move must not bring the person back.
    {
        let tik = vanzelf_tik.clone();
        use_effect_with((), move |_| move || *tik.borrow_mut() += 1);
    }
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
        Stap::Overzicht => overzicht::overzicht(module, stand, taal, &ga_naar, (vanzelf_aan, zet_vanzelf.clone())),
        Stap::Vraag { deel, vraag } if vraag_bij(module, stap).is_some() => {
            // Leaving the last question of a part marks the part as done.
            // The last part of today's session ends there: the start page
            // says "Klaar voor vandaag" and offers to stop (`domain::sessie`).
            let einde = winkel.dokument.sessies.einde(&crate::services::klok::dag_hier());
            let einde = module.delen.iter().map(|d| d.id).find(|d| einde == Some((module.id, *d)));
            let verder = {
                let winkel = winkel.clone();
                let ga_naar = ga_naar.clone();
                let navigator = navigator.clone();
                Callback::from(move |doel: Stap| {
                    if let Some(klaar) = navigatie::deel_klaar_bij(module, deel, doel) {
                        winkel.deel_klaar(module.id, klaar);
                        if let (Some(n), true) = (&navigator, einde == Some(klaar)) {
                            // Carrying on later starts at the next question, not this part's last.
                            if let Some(v) = vraag_bij(module, doel) {
                                winkel.sta_bij(module.id, v.id);
                            }
                            n.push(&Route::Home);
                            return;
                        }
                    }
                    ga_naar.emit(doel);
                })
            };
            // A tapped single choice moves on by itself, after a moment to see it marked.
            let vanzelf = vanzelf_aan.then(|| {
                let verder = verder.clone();
                let tik = vanzelf_tik.clone();
                // The answers before this tap: a run of statements goes on once all are answered.
                let eerder = stand.antwoorden.clone();
                Callback::from(move |(i, a): (usize, Antwoord)| {
                    let beantwoord = |id: &str| eerder.get(id).is_some_and(|a| !a.is_leeg());
                    let Some(doel) = navigatie::vanzelf_naar(module, deel, i, &a, beantwoord) else { return };
                    let nu = {
                        let mut t = tik.borrow_mut();
                        *t += 1;
                        *t
                    };
                    let (verder, tik) = (verder.clone(), tik.clone());
                    crate::services::venster::Wekker::na(VANZELF_MS, move || {
                        if *tik.borrow() == nu {
                            verder.emit(doel);
                        }
                    })
                    .laat_lopen();
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
            let scherm = vraag::StapScherm { vanzelf, vanzelf_aan, zet_vanzelf: zet_vanzelf.clone() };
            vraag::vraag_stap(module, deel, vraag, stand, taal, &beantwoord, ongedaan_knop, &verder, &ga_naar, scherm)
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
            terugblik::terugblik(module, stand, taal, &ga_naar, rond_af)
        }
        Stap::Klaar => klaar::klaar(module, &winkel.dokument.modules, taal),
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

/// Where to turn when it weighs too much ("Als het te zwaar wordt"), on every
/// page of the module about loss, after its opening text: the person may need
/// it at any question, not only at the start. `niveau`: its heading's level.
pub(super) fn hulp_bij(module: &'static Module, taal: Taal, niveau: u8) -> Html {
    if module.id != verlies::MODULE.id {
        return html! {};
    }
    crate::ui::components::hulp::hulp_blok(taal, niveau)
}
