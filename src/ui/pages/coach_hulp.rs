//! `#/coach-hulp`: help for coaches (issue 28): what a share holds, who may
//! read it, and that nothing goes to a server. Written to the coach.

use yew::prelude::*;

use crate::content::voor_coaches as c;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

#[component]
pub fn CoachHulp() -> Html {
    let taal = use_winkel().taal();
    let tx = |t: crate::domain::tekst::Tekst| t.in_taal(taal);
    html! {
        <Pagina titel={tx(c::HULP_TITEL)} intro={Some(AttrValue::from(tx(c::HULP_INTRO)))}>
            <section class="blok" aria-labelledby="ch-wat">
                <h2 id="ch-wat">{ tx(c::HULP_WAT_KOP) }</h2>
                <p>{ tx(c::HULP_WAT) }</p>
                <p>{ tx(c::HULP_WAT_APART) }</p>
                <p>{ tx(c::HULP_WAT_WEEK) }</p>
                <p>{ tx(c::HULP_NUMMER) }</p>
            </section>
            <section class="blok" aria-labelledby="ch-wie">
                <h2 id="ch-wie">{ tx(c::HULP_WIE_KOP) }</h2>
                <p>{ tx(c::HULP_WIE) }</p>
                <p>{ tx(c::HULP_VERSLAG) }</p>
            </section>
            <section class="blok" aria-labelledby="ch-waar">
                <h2 id="ch-waar">{ tx(c::HULP_WAAR_KOP) }</h2>
                <p>{ tx(c::HULP_WAAR) }</p>
                <p>{ tx(c::HULP_BEWAREN) }</p>
            </section>
        </Pagina>
    }
}
