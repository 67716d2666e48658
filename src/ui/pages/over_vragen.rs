//! `#/over-de-vragen`: where the questions come from, and the licence note of
//! every module, kept off the module pages so they stay short and plain.

use yew::prelude::*;

use crate::content::modules::MODULES;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

#[component]
pub fn OverVragen() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    html! {
        <Pagina titel={t.over_vragen_titel} intro={Some(AttrValue::from(t.over_vragen_intro))}>
            <h2>{ t.over_vragen_per_module }</h2>
            { for MODULES.iter().map(|m| html! {
                <section class="licentie" aria-label={m.titel.in_taal(taal)}>
                    <h3>{ m.titel.in_taal(taal) }</h3>
                    <p>{ m.licentie.in_taal(taal) }</p>
                </section>
            }) }
            <h2>{ t.over_vragen_meer_titel }</h2>
            <p>{ t.over_vragen_riasec }</p>
            <p>{ t.over_vragen_ipip }</p>
            <p>{ t.over_vragen_norm }</p>
            <p>{ t.over_vragen_ideeen }</p>
            <h2>{ t.beroepen_link }</h2>
            <p>{ t.over_vragen_esco }</p>
        </Pagina>
    }
}
