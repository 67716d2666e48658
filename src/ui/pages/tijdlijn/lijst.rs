//! The computed timeline: the "where you are now" card, the two tracks side by
//! side, the ordered list of milestones with a "you are here" marker, and what
//! changes when the contract ends. Plain functions of the timeline and today.

use yew::prelude::*;

use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::content::tijdlijn::{
    datum_voluit, mijlpaal_tekst, scherm as s, spoor_tekst, zekerheid_tekst, FEESTDAGEN_UITLEG,
};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{
    Mijlpaal, MijlpaalId, RivBijUitDienst, Spoor, Status, Tijdlijn, UitDienstPad, Zekerheid, ZwBeoordeling,
};
use crate::domain::tijdlijn::ics;
use crate::ui::route::Route;

/// The element id of a milestone in the list (focus target of "read more").
pub fn element_id(id: MijlpaalId) -> String {
    format!("mijlpaal-{}", id.sleutel())
}

fn aantal_evaluaties(tl: &Tijdlijn) -> usize {
    tl.mijlpalen.iter().filter(|m| matches!(m.id, MijlpaalId::Evaluatie(_))).count()
}

/// The title of a milestone; evaluations get their number.
pub fn titel(tl: &Tijdlijn, id: MijlpaalId, taal: Taal) -> String {
    let basis = mijlpaal_tekst(id).titel.in_taal(taal);
    match id {
        MijlpaalId::Evaluatie(n) => {
            vul(s::EVALUATIE_NUMMER.in_taal(taal), &[basis, &n.to_string(), &aantal_evaluaties(tl).to_string()])
        }
        _ => basis.to_string(),
    }
}

/// When a milestone is: a date, a window, or "around" a date.
fn wanneer(m: &Mijlpaal, taal: Taal) -> String {
    let d = datum_voluit(m.datum, taal);
    match m.tot {
        Some(tot) => vul(s::VAN_TOT.in_taal(taal), &[&d, &datum_voluit(tot, taal)]),
        None if m.zekerheid == Zekerheid::Ongeveer => vul(s::ONGEVEER_DATUM.in_taal(taal), &[&d]),
        None => d,
    }
}

fn weken(tl: &Tijdlijn, m: &Mijlpaal, taal: Taal) -> String {
    let tot_week = m.tot.and_then(|tot| tl.week_van(tot)).filter(|w| *w != m.week);
    match tot_week {
        Some(w) => vul(s::WEKEN_VAN_TOT.in_taal(taal), &[&m.week.to_string(), &w.to_string()]),
        None => vul(s::WEEK.in_taal(taal), &[&m.week.to_string()]),
    }
}

/// "today", "tomorrow", "in 12 days".
fn over(vandaag: Datum, d: Datum, taal: Taal) -> String {
    match vandaag.dagen_tot(d) {
        ..=0 => s::WANNEER_VANDAAG.in_taal(taal).to_string(),
        1 => s::WANNEER_MORGEN.in_taal(taal).to_string(),
        n => vul(s::WANNEER_DAGEN.in_taal(taal), &[&n.to_string()]),
    }
}

fn spoor_klasse(spoor: Spoor) -> &'static str {
    match spoor {
        Spoor::Een => "spoor-1",
        Spoor::Twee => "spoor-2",
        Spoor::Beide => "spoor-beide",
        Spoor::Geen => "spoor-algemeen",
    }
}

fn zekerheid_klasse(z: Zekerheid) -> &'static str {
    match z {
        Zekerheid::Wet => "zeker-wet",
        Zekerheid::Uwv => "zeker-uwv",
        Zekerheid::Praktijk => "zeker-praktijk",
        Zekerheid::Ongeveer => "zeker-ongeveer",
        Zekerheid::Onbevestigd => "zeker-onbevestigd",
    }
}

pub fn module_link(id: &str, taal: Taal) -> Html {
    let Some(route) = Route::van_module(id) else { return Html::default() };
    let naam = MODULES.iter().find(|m| m.id == id).map_or(id, |m| m.titel.in_taal(taal));
    html! {
        <p class="tl-module"><a href={route.href()}>{ vul(s::MODULE_LINK.in_taal(taal), &[naam]) }</a></p>
    }
}

/// Does recovery inside the chain lie before this date (and so may have moved it)?
fn verschoven_door_herstel(tl: &Tijdlijn, m: &Mijlpaal) -> bool {
    tl.herstel_in_keten.first().is_some_and(|&(b, _)| b <= m.datum)
}

/// The "where you are now" card: week, what runs now, the next step.
pub fn nu_kaart(tl: &Tijdlijn, vandaag: Datum, taal: Taal, naar_stap: Callback<MouseEvent>) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let week = tl.week_van(vandaag);
    let stand = match week {
        None => tk(s::NU_VOOR_START).to_string(),
        Some(w) if w > 104 => vul(tk(s::NU_NA_104), &[&w.to_string()]),
        Some(w) => vul(tk(s::NU_WEEK), &[&w.to_string()]),
    };
    let lopend: Vec<&Mijlpaal> = tl
        .mijlpalen
        .iter()
        .filter(|m| m.tot.is_some() && m.status(vandaag) == Status::Nu && m.datum < vandaag)
        .collect();
    let volgende = tl.volgende(vandaag);
    let voortgang = week.map_or(0, |w| w.min(104));
    html! {
        <section class="tl-nu" aria-labelledby="tl-nu-kop">
            <h2 id="tl-nu-kop">{ tk(s::NU_KOP) }</h2>
            <p class="tl-nu-week">{ stand }</p>
            <div class="tl-voortgang" aria-hidden="true">
                <svg viewBox="0 0 104 4" preserveAspectRatio="none" focusable="false">
                    <rect class="tl-voortgang-bak" x="0" y="0" width="104" height="4" />
                    <rect class="tl-voortgang-vul" x="0" y="0" width={voortgang.to_string()} height="4" />
                </svg>
            </div>
            <p>{ vul(tk(s::NU_VANDAAG), &[&datum_voluit(vandaag, taal)]) }</p>
            if tl.in_herstel(vandaag) {
                <p>{ tk(s::NU_HERSTEL) }</p>
            }
            { for lopend.iter().map(|m| html! {
                <p class="tl-lopend">
                    <strong>{ tk(s::NU_LOOPT) }{ ": " }</strong>
                    { titel(tl, m.id, taal) }{ " — " }{ wanneer(m, taal) }
                </p>
            }) }
            { match volgende {
                Some(m) => {
                    let tekst = mijlpaal_tekst(m.id);
                    html! {
                        <div class="tl-volgende-kaart">
                            <p class="tl-volgende-label">{ tk(s::VOLGENDE) }</p>
                            <p class="tl-volgende-titel">{ titel(tl, m.id, taal) }</p>
                            <p class="tl-volgende-wanneer">
                                <time datetime={m.datum.iso()}>{ wanneer(m, taal) }</time>
                                { " (" }{ over(vandaag, m.datum, taal) }{ ", " }{ weken(tl, m, taal) }{ ")" }
                            </p>
                            <p><strong>{ tk(s::WIE_LABEL) }{ ": " }</strong>{ tk(tekst.wie) }</p>
                            <button type="button" class="knop stil" onclick={naar_stap}>{ tk(s::NAAR_STAP) }</button>
                        </div>
                    }
                }
                None => html! { <p>{ tk(s::GEEN_VOLGENDE) }</p> },
            } }
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
        </section>
    }
}

/// Position of a date on a bar of 1000 units from the start of the chain to `einde`.
fn x_op(tl: &Tijdlijn, einde: Datum, d: Datum) -> f64 {
    let totaal = f64::from(tl.begin_keten.dagen_tot(einde).max(1));
    (f64::from(tl.begin_keten.dagen_tot(d)) / totaal * 1000.0).clamp(0.0, 1000.0)
}

/// The two tracks as two bars, with today's line; the words below say the same.
pub fn sporen(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let einde = tl.mijlpaal(MijlpaalId::EindeWachttijd).map_or(tl.begin_keten.plus_dagen(727), |m| m.datum);
    let Some(start2) = tl.mijlpaal(MijlpaalId::UitersteStartTweedeSpoor) else { return Html::default() };
    let x = |d: Datum| format!("{:.1}", x_op(tl, einde, d));
    let breedte = |a: Datum, b: Datum| format!("{:.1}", (x_op(tl, einde, b) - x_op(tl, einde, a)).max(0.0));
    let vast_vanaf = start2.einde();
    let nu_zichtbaar = vandaag >= tl.begin_keten && vandaag <= einde;
    let streep = || {
        if nu_zichtbaar {
            html! { <rect class="tl-streep" x={format!("{:.1}", (x_op(tl, einde, vandaag) - 4.0).max(0.0))} y="0" width="8" height="24" /> }
        } else {
            Html::default()
        }
    };
    let laatste_week = tl.week_van(einde).unwrap_or(104);
    let uitleg = match start2.tot {
        Some(tot) => vul(tk(s::SPOREN_VENSTER), &[&datum_voluit(start2.datum, taal), &datum_voluit(tot, taal)]),
        None => vul(tk(s::SPOREN_DATUM), &[&datum_voluit(start2.datum, taal)]),
    };
    html! {
        <figure class="tl-sporen">
            <figcaption class="tl-sporen-kop">{ tk(s::SPOREN_KOP) }</figcaption>
            <div class="tl-banen" aria-hidden="true">
                <div class="tl-baan spoor-1">
                    <span class="tl-baan-naam">{ tk(s::SPOOR_1_BAAN) }</span>
                    <svg class="tl-balk" viewBox="0 0 1000 24" preserveAspectRatio="none" focusable="false">
                        <rect class="tl-balk-bak" x="0" y="0" width="1000" height="24" />
                        <rect class="tl-balk-vul" x="0" y="0" width="1000" height="24" />
                        { streep() }
                    </svg>
                </div>
                <div class="tl-baan spoor-2">
                    <span class="tl-baan-naam">{ tk(s::SPOOR_2_BAAN) }</span>
                    <svg class="tl-balk" viewBox="0 0 1000 24" preserveAspectRatio="none" focusable="false">
                        <rect class="tl-balk-bak" x="0" y="0" width="1000" height="24" />
                        if start2.tot.is_some() {
                            <rect class="tl-balk-venster" x={x(start2.datum)} y="0" width={breedte(start2.datum, vast_vanaf)} height="24" />
                        }
                        <rect class="tl-balk-vul" x={x(vast_vanaf)} y="0" width={breedte(vast_vanaf, einde)} height="24" />
                        { streep() }
                    </svg>
                </div>
                <div class="tl-as">
                    <span>{ vul(tk(s::WEEK), &["1"]) }</span>
                    <span>{ vul(tk(s::WEEK), &[&laatste_week.to_string()]) }</span>
                </div>
            </div>
            <p class="tl-sporen-uitleg">{ uitleg }</p>
            <p class="tl-sporen-uitleg">
                { tk(s::SPOREN_EERDER) }
                if start2.tot.is_some() {
                    { " " }{ tk(s::SPOREN_ARCERING) }
                }
                if nu_zichtbaar {
                    { " " }{ tk(s::SPOREN_STREEP) }
                }
            </p>
        </figure>
    }
}

/// One milestone in the list.
fn mijlpaal_item(tl: &Tijdlijn, m: &Mijlpaal, vandaag: Datum, volgende: bool, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let tekst = mijlpaal_tekst(m.id);
    let status = m.status(vandaag);
    let (status_klasse, status_label) = match status {
        Status::Voorbij => ("voorbij", s::STATUS_VOORBIJ),
        Status::Nu if volgende => ("volgende", s::VOLGENDE),
        Status::Nu => ("nu", s::NU_LOOPT),
        Status::Komt if volgende => ("volgende", s::VOLGENDE),
        Status::Komt => ("komt", s::STATUS_KOMT),
    };
    // Past steps and the repeated evaluations fold their details away.
    let kort = status == Status::Voorbij || (matches!(m.id, MijlpaalId::Evaluatie(_)) && !volgende);

    let mut notities: Vec<String> = Vec::new();
    if let Some(o) = tekst.onbevestigd {
        notities.push(tk(o).to_string());
    }
    if m.zekerheid == Zekerheid::Onbevestigd {
        if verschoven_door_herstel(tl, m) {
            notities.push(tk(s::ONZEKER_HERSTEL).to_string());
        } else if notities.is_empty() {
            notities.push(tk(s::ONZEKER_ALGEMEEN).to_string());
        }
    }
    if m.id == MijlpaalId::WeekmeldingUwv {
        notities.push(tk(FEESTDAGEN_UITLEG).to_string());
    }
    let na_contract = tl.uit_dienst.as_ref().is_some_and(|u| u.werkgeverstaken_na_einde.contains(&m.id));

    let details = html! {
        <>
            <dl class="tl-info">
                <dt>{ tk(s::WIE_LABEL) }</dt><dd>{ tk(tekst.wie) }</dd>
                <dt>{ tk(s::WAT_LABEL) }</dt><dd>{ tk(tekst.wat) }</dd>
                <dt>{ tk(s::JIJ_LABEL) }</dt><dd>{ tk(tekst.jij) }</dd>
                <dt>{ tk(s::GEMIST_LABEL) }</dt><dd>{ tk(tekst.gemist) }</dd>
            </dl>
            { for notities.iter().map(|n| html! {
                <p class="tl-onzeker"><strong>{ tk(s::ZEKER_ONBEVESTIGD) }{ ": " }</strong>{ n.clone() }</p>
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
        >
            <h3 class="tl-titel">{ titel(tl, m.id, taal) }</h3>
            <p class="tl-wanneer">
                <span class={classes!("tl-status", status_klasse)}>{ tk(status_label) }</span>
                <time datetime={m.datum.iso()}>{ wanneer(m, taal) }</time>
                <span class="tl-week">{ weken(tl, m, taal) }</span>
            </p>
            <p class="tl-labels">
                <span class={classes!("tl-label", spoor_klasse(m.spoor))}>{ tk(spoor_tekst(m.spoor)) }</span>
                <span class={classes!("tl-label", zekerheid_klasse(m.zekerheid))}>{ tk(zekerheid_tekst(m.zekerheid)) }</span>
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

/// The whole list, with the marker before the first step on or after today.
pub fn mijlpalen(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let volgende = tl.volgende(vandaag).map(|m| m.id);
    let mut items: Vec<Html> = Vec::with_capacity(tl.mijlpalen.len() + 1);
    let mut hier_gezet = false;
    for m in &tl.mijlpalen {
        if !hier_gezet && m.datum >= vandaag {
            items.push(hier(tl, vandaag, taal));
            hier_gezet = true;
        }
        items.push(mijlpaal_item(tl, m, vandaag, Some(m.id) == volgende, taal));
    }
    if !hier_gezet {
        items.push(hier(tl, vandaag, taal));
    }
    html! { <ol class="tl-lijst">{ for items }</ol> }
}

/// The legend of the labels, folded away.
pub fn legenda(taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let sporen = [
        (Spoor::Een, s::SPOOR_1_UITLEG),
        (Spoor::Twee, s::SPOOR_2_UITLEG),
        (Spoor::Beide, s::SPOOR_BEIDE_UITLEG),
        (Spoor::Geen, s::SPOOR_ALGEMEEN_UITLEG),
    ];
    let zekerheden = [Zekerheid::Wet, Zekerheid::Uwv, Zekerheid::Praktijk, Zekerheid::Ongeveer, Zekerheid::Onbevestigd];
    html! {
        <details class="tl-legenda niet-printen">
            <summary>{ tk(s::LEGENDA) }</summary>
            <dl>
                { for sporen.iter().map(|(sp, uitleg)| html! {
                    <>
                        <dt><span class={classes!("tl-label", spoor_klasse(*sp))}>{ tk(spoor_tekst(*sp)) }</span></dt>
                        <dd>{ tk(*uitleg) }</dd>
                    </>
                }) }
                <dt><span class="tl-status voorbij">{ tk(s::STATUS_VOORBIJ) }</span></dt>
                <dd>{ tk(s::LEGENDA_VOORBIJ) }</dd>
            </dl>
            <p>{ tk(s::LEGENDA_ZEKERHEID) }</p>
            <ul class="tl-zekerheden">
                { for zekerheden.iter().map(|z| html! {
                    <li><span class={classes!("tl-label", zekerheid_klasse(*z))}>{ tk(zekerheid_tekst(*z)) }</span></li>
                }) }
            </ul>
        </details>
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
            Some(ZwBeoordeling::RondWeek44(d)) => alineas.push(vul(tk(s::UITDIENST_ZW_44), &[&datum_voluit(d, taal)])),
            Some(ZwBeoordeling::BinnenVierWeken { uiterlijk }) => {
                alineas.push(vul(tk(s::UITDIENST_ZW_4WEKEN), &[&datum_voluit(uiterlijk, taal)]))
            }
            None => {}
        }
    }
    html! {
        <section class="tl-uitdienst" aria-labelledby="tl-uitdienst-kop">
            <h2 id="tl-uitdienst-kop">{ tk(s::UITDIENST_KOP) }</h2>
            { for alineas.into_iter().map(|a| html! { <p>{ a }</p> }) }
            if !u.werkgeverstaken_na_einde.is_empty() {
                <p>{ tk(s::UITDIENST_TAKEN) }</p>
                <ul>
                    { for u.werkgeverstaken_na_einde.iter().map(|id| html! { <li>{ titel(tl, *id, taal) }</li> }) }
                </ul>
                <p>{ tk(s::NA_CONTRACT) }</p>
            }
        </section>
    }
}

/// The calendar file: one all-day event per milestone, in the reader's language.
pub fn kalender(tl: &Tijdlijn, taal: Taal, stempel: &str) -> String {
    let tk = |x: Tekst| x.in_taal(taal);
    ics::kalender(
        tl,
        |id| {
            let tekst = mijlpaal_tekst(id);
            let mut beschrijving = format!(
                "{}: {}\n\n{}: {}\n\n{}: {}",
                tk(s::WIE_LABEL),
                tk(tekst.wie),
                tk(s::WAT_LABEL),
                tk(tekst.wat),
                tk(s::JIJ_LABEL),
                tk(tekst.jij)
            );
            if let Some(o) = tekst.onbevestigd {
                beschrijving.push_str(&format!("\n\n{}: {}", tk(s::ZEKER_ONBEVESTIGD), tk(o)));
            }
            (titel(tl, id, taal), beschrijving)
        },
        stempel,
    )
}
