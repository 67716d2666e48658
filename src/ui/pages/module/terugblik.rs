//! The review: "Klaar" first, every answer folded per part below it.

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::domain::antwoorden::ModuleStand;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Module;
use crate::ui::components::vragen::antwoord_tekst;
use crate::ui::route::Stap;

pub(super) fn terugblik(
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
