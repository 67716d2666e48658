//! The finish page of a module: well done, what was added to the profile, rest
//! or the next module.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::domain::antwoorden::ModuleStand;
use crate::domain::taal::Taal;
use crate::domain::voortgang;
use crate::domain::vragenlijst::Module;
use crate::ui::route::Route;

pub(super) fn klaar(module: &'static Module, modules: &BTreeMap<String, ModuleStand>, taal: Taal) -> Html {
    let t = crate::content::teksten::teksten(taal);
    let (titel, tekst) = crate::content::teksten::klaar_teksten(t, module.id);
    let verder = voortgang::volgende_module(&crate::content::modules::MODULES, module.id, modules);
    html! {
    <section class="klaar" aria-labelledby="module-kop">
        <h2 id="module-kop" tabindex="-1">{ titel }</h2>
        <p>{ tekst }</p>
        // What was just added, named as the profile names it.
        if let Some(kop) = crate::content::teksten::profiel_kop(t, module.id) {
            <p class="klaar-nieuw">{ t.module_klaar_nieuw }{ " " }<a href={Route::Profiel.href()}>{ kop }</a></p>
        }
        // From the interests to real occupations (issue 27).
        if module.id == crate::content::modules::wat_wil_ik::MODULE.id {
            <p><a href={Route::Beroepen.href()}>{ t.beroepen_bij_interesses }</a></p>
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
        { crate::ui::pages::kijk_profiel::module_link(module.id, taal) }
    </section>
    }
}
