//! The computed timeline laid out: where you are now, what comes next (three steps and
//! the recurring evaluations as one item), what you can ask or do now, and "Alle stappen"
//! grouped by year, opened on request. The rules and words come from
//! `domain::tijdlijn::lijst`; this file only renders them.

use yew::prelude::*;

use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::content::tijdlijn::{datum_voluit, maand_jaar, scherm as s};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{
    Aard, Mijlpaal, MijlpaalId, RivBijUitDienst, Spoor, Tijdlijn, UitDienstPad, ZwBeoordeling,
};
pub use crate::domain::tijdlijn::lijst::{kalender, tekst_van, titel, volgende, wanneer, weken};
use crate::domain::tijdlijn::lijst::{lopend, reden_later, stappen};
use crate::services::pagina;
use crate::ui::route::Route;

/// The id of the folded full list.
pub const ALLE_ID: &str = "tl-alle";
/// The id of the one calm explanation of sanctions.
pub const SANCTIES_ID: &str = "tl-sancties";
/// The id of "Als je contract eindigt" (shown when a contract end is filled in).
pub const UITDIENST_ID: &str = "tl-uitdienst";
/// The form's field for the last day of the contract.
pub const EINDE_VELD_ID: &str = "tl-einde";

/// Open the timeline at its contract part (the money reply's link,
/// `#/tijdlijn?naar=contract`): "Als je contract eindigt" if it is shown, else the
/// form's field for the last day of the contract, whose hint explains it.
pub fn open_contract() {
    if pagina::bestaat(UITDIENST_ID) {
        pagina::focus_op(UITDIENST_ID);
        return;
    }
    pagina::open_eerste("details.tl-meer");
    pagina::focus_op(EINDE_VELD_ID);
}

/// The element id of a milestone in the full list; the evaluations share one item.
pub fn element_id(id: MijlpaalId) -> String {
    match id {
        MijlpaalId::Evaluatie(_) => "mijlpaal-evaluatie".to_string(),
        _ => format!("mijlpaal-{}", id.sleutel()),
    }
}

/// A callback that opens the full list at this milestone.
pub fn naar(id: MijlpaalId) -> Callback<MouseEvent> {
    let doel = element_id(id);
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        pagina::open_en_focus(ALLE_ID, &doel);
    })
}

pub fn spoor_klasse(spoor: Spoor) -> &'static str {
    match spoor {
        Spoor::Een => "spoor-1",
        Spoor::Twee => "spoor-2",
        Spoor::Beide => "spoor-beide",
        Spoor::Geen => "spoor-algemeen",
    }
}

pub fn module_link(id: &str, taal: Taal) -> Html {
    let Some(route) = Route::van_module(id) else { return Html::default() };
    let naam = MODULES.iter().find(|m| m.id == id).map_or(id, |m| m.titel.in_taal(taal));
    html! {
        <p class="tl-module"><a href={route.href()}>{ vul(s::MODULE_LINK.in_taal(taal), &[naam]) }</a></p>
    }
}

/// A link to the one explanation of sanctions, folded under the timeline (a hash route
/// would leave the page, so it opens the fold and moves focus instead of following an anchor).
pub fn sanctie_link(taal: Taal) -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        pagina::open_en_focus(SANCTIES_ID, SANCTIES_ID);
    });
    html! {
        <p class="tl-sanctielink"><a href="#/tijdlijn" {onclick}>{ s::SANCTIES_LINK.in_taal(taal) }</a></p>
    }
}

/// "Where you are now": the week, what runs now and the next step.
pub fn nu_kaart(tl: &Tijdlijn, vandaag: Datum, taal: Taal, heeft_verlof: bool) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let week = tl.week_van(vandaag);
    let stand = match week {
        None => tk(s::NU_VOOR_START).to_string(),
        Some(w) if w > 104 => vul(tk(s::NU_NA_104), &[&w.to_string()]),
        Some(w) => vul(tk(s::NU_WEEK), &[&w.to_string()]),
    };
    let lopend = lopend(tl, vandaag);
    html! {
        <section class="tl-nu" aria-labelledby="tl-nu-kop">
            <h2 id="tl-nu-kop">{ tk(s::NU_KOP) }</h2>
            <p class="tl-nu-week"><strong>{ stand }</strong>{ " " }{ vul(tk(s::NU_VANDAAG), &[&datum_voluit(vandaag, taal)]) }</p>
            if tl.in_herstel(vandaag) {
                <p>{ tk(s::NU_HERSTEL) }</p>
            }
            { for lopend.iter().map(|m| html! {
                <p class="tl-lopend">
                    <strong>{ tk(s::NU_LOOPT) }{ ": " }</strong>
                    { titel(tl, m.id, taal) }{ " — " }{ wanneer(m, taal) }
                </p>
            }) }
            { komt(tl, vandaag, taal) }
            if let Some(h) = tl.keten_herstart {
                <p class="tl-notitie">
                    { vul(tk(s::KETEN_HERSTART), &[
                        &h.fitte_dagen.to_string(),
                        &datum_voluit(h.herstel.0, taal),
                        &datum_voluit(h.herstel.1, taal),
                        &datum_voluit(tl.begin_keten, taal),
                    ]) }
                </p>
            }
            if !tl.herstel_in_keten.is_empty() {
                <p class="tl-notitie">{ tk(s::KETEN_SAMENGETELD) }</p>
            }
            if heeft_verlof {
                <p class="tl-notitie">{ tk(s::KETEN_VERLOF) }</p>
            }
        </section>
    }
}

/// What comes next: the next three steps (the first as "Volgende stap", with who acts),
/// and the evaluations as one recurring item with the next expected one.
pub fn komt(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let stappen = tl.volgende_stappen(vandaag, 3);
    let evaluatie = tl.volgende_evaluatie(vandaag);
    if stappen.is_empty() && evaluatie.is_none() {
        return html! { <p>{ tk(s::GEEN_VOLGENDE) }</p> };
    }
    html! {
        <div class="tl-komt">
            <h3 class="tl-komt-kop">{ tk(s::KOMT_KOP) }</h3>
            <ol class="tl-komt-lijst">
                { for stappen.iter().enumerate().map(|(i, m)| {
                    let eerste = i == 0;
                    html! {
                        <li class={classes!("tl-komt-stap", spoor_klasse(m.spoor), eerste.then_some("tl-volgende-kaart"))}>
                            <span>
                                if eerste {
                                    <span class="tl-volgende-label">{ tk(s::VOLGENDE) }{ ": " }</span>
                                }
                                <a class="tl-komt-titel" href="#/tijdlijn" onclick={naar(m.id)}>{ titel(tl, m.id, taal) }</a>
                            </span>
                            <span class="tl-komt-wanneer">
                                <time datetime={m.datum.iso()}>{ wanneer(m, taal) }</time>
                                if m.aard() != Aard::Schatting {
                                    { " · " }{ weken(tl, m, taal) }
                                }
                            </span>
                            if let Some(r) = reden_later(tl, m.id, taal) {
                                <span class="tl-reden">{ r }</span>
                            }
                            if eerste {
                                <button type="button" class="knop stil" onclick={naar(m.id)}>{ tk(s::NAAR_STAP) }</button>
                            }
                        </li>
                    }
                }) }
            </ol>
            if let Some(e) = evaluatie {
                <p class="tl-komt-evaluatie">
                    <a href="#/tijdlijn" onclick={naar(e.id)}>{ tk(s::EVALUATIE_TERUGKEREND) }</a>{ ". " }
                    { vul(tk(s::EVALUATIE_VOLGENDE), &[&e.week.to_string(), &maand_jaar(e.datum, taal)]) }
                </p>
            }
        </div>
    }
}

/// What you can ask or do now: for the next step and your rights. Early IVA is for few
/// people (fully and permanently unable to work), so while its window is open it is a
/// quiet, folded mention under the list, never a point in it (the rule:
/// `Tijdlijn::vervroegde_iva_open`).
pub fn vragen(tl: &Tijdlijn, vandaag: Datum, taal: Taal, iva_aangevraagd: bool) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let mut punten: Vec<Html> = Vec::new();
    if let Some(m) = volgende(tl, vandaag) {
        punten.push(html! {
            <li><strong>{ titel(tl, m.id, taal) }{ ": " }</strong>{ tk(tekst_van(tl, m.id).jij) }</li>
        });
    }
    punten.push(html! { <li>{ tk(s::VRAAG_KOPIE) }</li> });
    punten.push(html! { <li>{ tk(s::VRAAG_DESKUNDIGE) }</li> });
    let iva = tl.vervroegde_iva_open(vandaag).filter(|_| !iva_aangevraagd);
    html! {
        <section class="tl-vragen" aria-labelledby="tl-vragen-kop">
            <h2 id="tl-vragen-kop">{ tk(s::VRAGEN_KOP) }</h2>
            <ul>{ for punten }</ul>
            if let Some(tot) = iva {
                <details class="tl-mogelijkheid niet-printen">
                    <summary>{ tk(s::IVA_VOUW) }</summary>
                    <p>
                        <strong>{ tk(s::MOGELIJKHEID) }{ ": " }</strong>
                        { vul(tk(s::VRAAG_IVA), &[&maand_jaar(tot.datum, taal)]) }
                    </p>
                </details>
            }
        </section>
    }
}

/// For paper: every date in one table, and the questions for the next steps.
pub fn printblad(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let rijen = stappen(tl);
    let vragen: Vec<&Mijlpaal> = tl.volgende_stappen(vandaag, 3);
    html! {
        <section class="tl-printblad" aria-hidden="true">
            <h2>{ tk(s::PRINT_DATUMS_KOP) }</h2>
            <table class="tl-printtabel">
                <thead><tr><th>{ tk(s::PRINT_STAP) }</th><th>{ tk(s::PRINT_WANNEER) }</th></tr></thead>
                <tbody>
                    { for rijen.iter().map(|m| html! {
                        <tr class={classes!((m.einde() < vandaag).then_some("voorbij"))}>
                            <td>{ titel(tl, m.id, taal) }</td>
                            <td>
                                if matches!(m.id, MijlpaalId::Evaluatie(_)) {
                                    { tk(s::AARD_SCHATTING) }
                                } else if m.aard() == Aard::Schatting {
                                    { wanneer(m, taal) }
                                } else {
                                    { wanneer(m, taal) }{ " (" }{ weken(tl, m, taal) }{ ")" }
                                }
                                if let Some(r) = reden_later(tl, m.id, taal) {
                                    <br />{ r }
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <h2>{ tk(s::PRINT_VRAGEN_KOP) }</h2>
            <ul>
                { for vragen.iter().map(|m| html! {
                    <li><strong>{ titel(tl, m.id, taal) }{ ": " }</strong>{ tk(tekst_van(tl, m.id).jij) }</li>
                }) }
            </ul>
        </section>
    }
}

/// What changes when the contract ends during sickness.
pub fn uit_dienst(tl: &Tijdlijn, taal: Taal) -> Html {
    let Some(u) = &tl.uit_dienst else { return Html::default() };
    let tk = |x: Tekst| x.in_taal(taal);
    let mut alineas: Vec<String> =
        vec![vul(tk(s::UITDIENST_LAATSTE_DAG), &[&datum_voluit(u.laatste_dag, taal), &u.week.to_string()])];
    if u.pad == UitDienstPad::NaWachttijd {
        alineas.push(tk(s::UITDIENST_NA_WACHTTIJD).to_string());
    } else {
        alineas.push(vul(tk(s::UITDIENST_MELDING), &[&datum_voluit(u.melding_ziek_uit_dienst, taal)]));
        alineas.push(tk(s::UITDIENST_DATA_BLIJVEN).to_string());
        alineas.push(
            tk(match u.riv {
                RivBijUitDienst::Geen => s::UITDIENST_RIV_GEEN,
                RivBijUitDienst::Beknopt => s::UITDIENST_RIV_BEKNOPT,
                RivBijUitDienst::Volledig => s::UITDIENST_RIV_VOLLEDIG,
            })
            .to_string(),
        );
        if u.pad == UitDienstPad::VoorWeekmelding {
            alineas.push(tk(s::UITDIENST_VOOR_WEEKMELDING).to_string());
        }
        match u.zw_beoordeling {
            Some(ZwBeoordeling::RondWeek44(d)) => alineas.push(vul(tk(s::UITDIENST_ZW_44), &[&maand_jaar(d, taal)])),
            Some(ZwBeoordeling::BinnenVierWeken { uiterlijk }) => {
                alineas.push(vul(tk(s::UITDIENST_ZW_4WEKEN), &[&datum_voluit(uiterlijk, taal)]))
            }
            None => {}
        }
    }
    html! {
        <section class="tl-uitdienst" id={UITDIENST_ID} tabindex="-1" aria-labelledby="tl-uitdienst-kop">
            <h2 id="tl-uitdienst-kop">{ tk(s::UITDIENST_KOP) }</h2>
            { for alineas.into_iter().map(|a| html! { <p>{ a }</p> }) }
            if !u.werkgeverstaken_na_einde.is_empty() {
                <p>{ tk(s::UITDIENST_TAKEN) }</p>
                <ul>
                    { for stappen(tl).iter().filter(|m| u.werkgeverstaken_na_einde.contains(&m.id)).map(|m| html! {
                        <li>{ titel(tl, m.id, taal) }</li>
                    }) }
                </ul>
                <p>{ tk(s::NA_CONTRACT) }</p>
            }
        </section>
    }
}
