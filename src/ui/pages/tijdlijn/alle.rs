//! "Alle stappen": the full list, folded, grouped by first year, second year and
//! after, with the "you are here" marker and the legend of the words it uses.

use yew::prelude::*;

use super::lijst::{
    element_id, module_link, sanctie_link, spoor_klasse, tekst_van, titel, volgende, wanneer, weken, ALLE_ID,
};
use crate::content::teksten::vul;
use crate::content::tijdlijn::{datum_voluit, maand_jaar, scherm as s, spoor_tekst, zekerheid_tekst};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{Aard, Deel, Mijlpaal, MijlpaalId, Spoor, Status, Tijdlijn};
use crate::domain::tijdlijn::lijst::{
    aard_uitleg, na_contract, notities, reden_later, stappen, status_in_lijst, toont_sanctie,
};

/// One step in the full list.
fn mijlpaal_item(tl: &Tijdlijn, m: &Mijlpaal, vandaag: Datum, volgende: bool, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let tekst = tekst_van(tl, m.id);
    let evaluatie = matches!(m.id, MijlpaalId::Evaluatie(_));
    let status = status_in_lijst(tl, m, vandaag);
    let (status_klasse, status_label) = match status {
        Status::Voorbij => ("voorbij", s::STATUS_VOORBIJ),
        Status::Nu if volgende => ("volgende", s::VOLGENDE),
        Status::Nu => ("nu", s::NU_LOOPT),
        Status::Komt if volgende => ("volgende", s::VOLGENDE),
        Status::Komt => ("komt", s::STATUS_KOMT),
    };
    let kort = status == Status::Voorbij;

    let wanneer_tekst = if evaluatie {
        match tl.volgende_evaluatie(vandaag) {
            Some(e) => vul(tk(s::EVALUATIE_VOLGENDE), &[&e.week.to_string(), &maand_jaar(e.datum, taal)]),
            None => wanneer(m, taal),
        }
    } else {
        wanneer(m, taal)
    };

    let notities = notities(tl, m, taal);
    let na_contract = na_contract(tl, m.id);
    let sanctie = toont_sanctie(tl, m.id);

    let details = html! {
        <>
            <dl class="tl-info">
                <dt>{ tk(s::WIE_LABEL) }</dt><dd>{ tk(tekst.wie) }</dd>
                <dt>{ tk(s::WAT_LABEL) }</dt><dd>{ tk(tekst.wat) }</dd>
                <dt>{ tk(s::JIJ_LABEL) }</dt><dd>{ tk(tekst.jij) }</dd>
                <dt>{ tk(s::GEMIST_LABEL) }</dt><dd>{ tk(tekst.gemist) }</dd>
            </dl>
            if sanctie {
                { sanctie_link(taal) }
            }
            { for notities.iter().map(|n| html! {
                <p class="tl-onzeker"><strong>{ tk(s::ZEKER_ONBEVESTIGD) }{ ": " }</strong>{ *n }</p>
            }) }
            if na_contract {
                <p class="tl-notitie">{ tk(s::NA_CONTRACT) }</p>
            }
            if let Some(module) = tekst.module {
                { module_link(module, taal) }
            }
        </>
    };

    html! {
        <li
            id={element_id(m.id)}
            class={classes!("tl-mijlpaal", status_klasse, spoor_klasse(m.spoor), kort.then_some("kort"))}
            tabindex="-1"
            aria-current={volgende.then_some("step")}
            data-aard={format!("{:?}", m.aard()).to_lowercase()}
            data-voorlees=""
        >
            <h4 class="tl-titel">{ titel(tl, m.id, taal) }</h4>
            // Each step's explanation can be read aloud (issue 29), the button shown only with a voice on the device.
            { crate::ui::components::voorlezen::voorlees_knop(crate::content::teksten::teksten(taal)) }
            <p class="tl-wanneer">
                <span class={classes!("tl-status", status_klasse)}>{ tk(status_label) }</span>
                <time datetime={m.datum.iso()}>{ wanneer_tekst }</time>
                if m.aard() != Aard::Schatting {
                    <span class="tl-week">{ weken(tl, m, taal) }</span>
                }
            </p>
            if let Some(r) = reden_later(tl, m.id, taal) {
                <p class="tl-reden">{ r }</p>
            }
            <p class="tl-kenmerken">
                { tk(spoor_tekst(m.spoor)) }{ " · " }{ tk(aard_uitleg(m.aard())) }{ " " }{ tk(zekerheid_tekst(m.zekerheid)) }{ "." }
            </p>
            if kort {
                <details class="tl-meer-stap">
                    <summary>{ tk(s::MEER_OVER_STAP) }</summary>
                    { details }
                </details>
            } else {
                { details }
            }
        </li>
    }
}

/// The "you are here" marker between the past and the coming steps.
fn hier(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let mut tekst = vul(tk(s::HIER_TEKST), &[&datum_voluit(vandaag, taal)]);
    if let Some(w) = tl.week_van(vandaag) {
        tekst.push_str(", ");
        tekst.push_str(&vul(tk(s::WEEK), &[&w.to_string()]));
    }
    html! {
        <li class="tl-hier" id="tl-je-bent-hier">
            <p><strong class="tl-hier-label">{ tk(s::HIER_LABEL) }</strong></p>
            <p><time datetime={vandaag.iso()}>{ tekst }</time></p>
        </li>
    }
}

/// "Alle stappen": folded, grouped by first year, second year and after.
pub fn alle_stappen(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let volgende_id = volgende(tl, vandaag).map(|m| m.id);
    let alle = stappen(tl);
    let mut hier_gezet = false;
    let mut groepen: Vec<Html> = Vec::new();
    for (deel, kop) in [(Deel::EersteJaar, s::DEEL_1), (Deel::TweedeJaar, s::DEEL_2), (Deel::Daarna, s::DEEL_3)] {
        let mut items: Vec<Html> = Vec::new();
        for m in alle.iter().filter(|m| m.deel() == deel) {
            let telt = !matches!(m.id, MijlpaalId::Evaluatie(_));
            if !hier_gezet && telt && m.datum >= vandaag {
                items.push(hier(tl, vandaag, taal));
                hier_gezet = true;
            }
            items.push(mijlpaal_item(tl, m, vandaag, Some(m.id) == volgende_id, taal));
        }
        if items.is_empty() {
            continue;
        }
        groepen.push(html! {
            <section class="tl-deel">
                <h3>{ tk(kop) }</h3>
                <ol class="tl-lijst">{ for items }</ol>
            </section>
        });
    }
    if !hier_gezet {
        groepen.push(html! { <ol class="tl-lijst">{ hier(tl, vandaag, taal) }</ol> });
    }
    html! {
        <details class="tl-alle" id={ALLE_ID}>
            <summary><h2 class="tl-alle-kop">{ tk(s::ALLE_STAPPEN) }</h2></summary>
            <p>{ tk(s::ALLE_STAPPEN_INTRO) }</p>
            { legenda(taal) }
            { for groepen }
        </details>
    }
}

/// The legend of the track and date words, folded away.
pub fn legenda(taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let sporen = [
        (Spoor::Een, s::SPOOR_1_UITLEG),
        (Spoor::Twee, s::SPOOR_2_UITLEG),
        (Spoor::Beide, s::SPOOR_BEIDE_UITLEG),
        (Spoor::Geen, s::SPOOR_ALGEMEEN_UITLEG),
    ];
    html! {
        <details class="tl-legenda niet-printen">
            <summary>{ tk(s::LEGENDA) }</summary>
            <dl>
                { for sporen.iter().map(|(sp, uitleg)| html! {
                    <>
                        <dt>{ tk(spoor_tekst(*sp)) }</dt>
                        <dd>{ tk(*uitleg) }</dd>
                    </>
                }) }
                <dt>{ tk(s::STATUS_VOORBIJ) }</dt>
                <dd>{ tk(s::LEGENDA_VOORBIJ) }</dd>
            </dl>
            <p>{ tk(s::LEGENDA_ZEKERHEID) }</p>
            <ul>
                { for [Aard::Vast, Aard::Termijn, Aard::Venster, Aard::Schatting].iter().map(|a| html! {
                    <li>{ tk(aard_uitleg(*a)) }</li>
                }) }
            </ul>
        </details>
    }
}
