//! The picture: the whole period as an inline SVG drawn by the app. Horizontal on a wide
//! screen, vertical on a phone (both are drawn; CSS shows one). Week 0 to 104 (and beyond
//! with a loonsanctie or extension), each step a dot that opens its explanation, the two
//! tracks as bands from when each starts, the evaluations as small ticks, and "je bent
//! hier" as a line at today's week. Under it, the same in words.
//!
//! Only SVG attributes, never a style attribute (the CSP forbids inline styles).

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::content::tijdlijn::{in_beeld, mijlpaal_kort, scherm as s, status_van};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{Mijlpaal, MijlpaalId, Status, Tijdlijn};

use super::lijst::{naar, titel, volgende, wanneer};

/// The steps the picture shows as dots: every step of the list except the evaluations
/// (ticks) and the early-IVA options.
pub fn stippen(tl: &Tijdlijn) -> Vec<&Mijlpaal> {
    tl.mijlpalen.iter().filter(|m| in_beeld(m.id)).collect()
}

/// Weeks (as a fraction) from the start of the chain to `d`.
fn weken_tot(tl: &Tijdlijn, d: Datum) -> f64 {
    f64::from(tl.begin_keten.dagen_tot(d).max(0)) / 7.0
}

/// How far the picture runs, in weeks: at least 104, and on to the last dot.
fn lengte(tl: &Tijdlijn) -> f64 {
    let laatste = tl.mijlpalen.iter().map(|m| weken_tot(tl, m.einde())).fold(104.0, f64::max);
    laatste.ceil() + 1.0
}

fn f(x: f64) -> String {
    format!("{x:.1}")
}

/// Put each dot in the first lane where it keeps `afstand` from the previous dot.
fn banen(posities: &[f64], afstand: f64, max: usize) -> Vec<usize> {
    let mut laatste: Vec<f64> = Vec::new();
    posities
        .iter()
        .map(|&p| {
            let baan = laatste.iter().position(|&l| p - l >= afstand);
            match baan {
                Some(b) => {
                    laatste[b] = p;
                    b
                }
                None if laatste.len() < max => {
                    laatste.push(p);
                    laatste.len() - 1
                }
                None => {
                    // All lanes busy: the one that is free soonest.
                    let (b, _) = laatste
                        .iter()
                        .enumerate()
                        .fold((0, f64::MAX), |acc, (i, &l)| if l < acc.1 { (i, l) } else { acc });
                    laatste[b] = p;
                    b
                }
            }
        })
        .collect()
}

fn status_klasse(m: &Mijlpaal, vandaag: Datum, volgende: Option<MijlpaalId>) -> &'static str {
    if Some(m.id) == volgende {
        return "volgende";
    }
    match m.status(vandaag) {
        Status::Voorbij => "voorbij",
        Status::Nu => "nu",
        Status::Komt => "komt",
    }
}

/// The accessible name of a dot: its name, when, and whether it is past or next.
fn stip_naam(tl: &Tijdlijn, m: &Mijlpaal, vandaag: Datum, volgende: Option<MijlpaalId>, taal: Taal) -> String {
    let wat = format!("{}, {}", titel(tl, m.id, taal), vul(s::WEEK.in_taal(taal), &[&m.week.to_string()]));
    vul(s::BEELD_STIP.in_taal(taal), &[&wat, status_van(m, vandaag, volgende).in_taal(taal)])
}

struct Maat {
    /// Position along the time axis per week.
    per_week: f64,
    begin: f64,
}

impl Maat {
    fn op(&self, weken: f64) -> f64 {
        self.begin + weken * self.per_week
    }
}

/// The horizontal picture (wide screens).
fn horizontaal(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    const B: f64 = 720.0;
    let totaal = lengte(tl);
    let maat = Maat { begin: 14.0, per_week: (B - 28.0) / totaal };
    let volgende_id = volgende(tl, vandaag).map(|m| m.id);
    let stippen = stippen(tl);
    let xs: Vec<f64> = stippen.iter().map(|m| maat.op(weken_tot(tl, m.datum))).collect();
    let baan = banen(&xs, 25.0, 3);
    let as_y = 96.0;
    let baan_y = |b: usize| as_y - 16.0 - 25.0 * b as f64;
    // Labels below the tracks, packed in rows.
    let label_boven = as_y + 84.0;
    let mut rijen: Vec<f64> = Vec::new();
    let mut labels: Vec<(f64, f64, String)> = Vec::new();
    for (m, &x) in stippen.iter().zip(&xs) {
        let tekst = mijlpaal_kort(m.id).in_taal(taal).to_string();
        let breed = tekst.chars().count() as f64 * 6.9 + 8.0;
        let lx = (x - 4.0).min(B - breed).max(0.0);
        let rij = rijen.iter().position(|&eind| lx > eind + 6.0).unwrap_or_else(|| {
            rijen.push(f64::MIN);
            rijen.len() - 1
        });
        rijen[rij] = lx + breed;
        labels.push((lx, label_boven + 16.0 + 18.0 * rij as f64, tekst));
    }
    let hoogte = label_boven + 22.0 + 18.0 * rijen.len() as f64;
    let einde_jaar = |w: f64| maat.op(w.min(totaal));
    let spoor2 = tl.mijlpaal(MijlpaalId::UitersteStartTweedeSpoor);
    let nu_week = tl.week_van(vandaag);
    let hier_x = (vandaag >= tl.begin_keten).then(|| maat.op(weken_tot(tl, vandaag).min(totaal)));
    let ticks = [1u16, 26, 52, 78, 104];

    html! {
        <svg class="tl-beeld-h" viewBox={format!("0 0 {B} {}", f(hoogte))} role="group"
            aria-labelledby="tl-beeld-titel-h" focusable="false">
            <title id="tl-beeld-titel-h">{ beeld_titel(tl, vandaag, taal) }</title>
            <g aria-hidden="true">
                // Year bands.
                <rect class="tl-jaar tl-jaar-1" x={f(maat.op(0.0))} y="22" width={f(einde_jaar(52.0) - maat.op(0.0))} height={f(as_y + 46.0 - 22.0)} />
                <rect class="tl-jaar tl-jaar-2" x={f(einde_jaar(52.0))} y="22" width={f(einde_jaar(104.0) - einde_jaar(52.0))} height={f(as_y + 46.0 - 22.0)} />
                <text class="tl-jaar-naam" x={f(maat.op(1.0))} y="16">{ tk(s::BEELD_JAAR_1) }</text>
                <text class="tl-jaar-naam" x={f(einde_jaar(53.0))} y="16">{ tk(s::BEELD_JAAR_2) }</text>
                if totaal > 110.0 {
                    <text class="tl-jaar-naam" x={f(einde_jaar(105.0))} y="16">{ tk(s::BEELD_DAARNA) }</text>
                }
                // Tracks as bands from when each starts.
                <rect class="tl-band spoor-1" x={f(maat.op(0.0))} y={f(as_y + 6.0)} width={f(maat.op(weken_tot(tl, tl.laatste_dag()) ) - maat.op(0.0))} height="16" />
                <text class="tl-band-naam" x={f(maat.op(1.0))} y={f(as_y + 18.0)}>{ tk(s::BEELD_SPOOR_1) }</text>
                if let Some(sp) = spoor2 {
                    if let Some(tot) = sp.tot {
                        <rect class="tl-band spoor-2 venster" x={f(maat.op(weken_tot(tl, sp.datum)))} y={f(as_y + 26.0)}
                            width={f(maat.op(weken_tot(tl, tot)) - maat.op(weken_tot(tl, sp.datum)))} height="16" />
                    }
                    <rect class="tl-band spoor-2" x={f(maat.op(weken_tot(tl, sp.einde())))} y={f(as_y + 26.0)}
                        width={f((maat.op(weken_tot(tl, tl.laatste_dag())) - maat.op(weken_tot(tl, sp.einde()))).max(0.0))} height="16" />
                    <text class="tl-band-naam" x={f((maat.op(weken_tot(tl, sp.datum)) - 4.0).min(B - 190.0))} y={f(as_y + 38.0)} text-anchor="end">{ tk(s::BEELD_SPOOR_2) }</text>
                }
                // Axis, week ticks and the evaluations.
                <line class="tl-as-lijn" x1={f(maat.op(0.0))} x2={f(maat.op(totaal))} y1={f(as_y)} y2={f(as_y)} />
                { for ticks.iter().map(|w| html! {
                    <text class="tl-week-label" x={f(maat.op(f64::from(*w) - 1.0))} y={f(as_y + 60.0)} text-anchor="middle">
                        { vul(tk(s::BEELD_WEEK_KORT), &[&w.to_string()]) }
                    </text>
                }) }
                { for tl.mijlpalen.iter().filter(|m| matches!(m.id, MijlpaalId::Evaluatie(_))).map(|m| {
                    let x = maat.op(weken_tot(tl, m.datum));
                    html! { <line class="tl-evaluatie-streep" x1={f(x)} x2={f(x)} y1={f(as_y - 5.0)} y2={f(as_y + 5.0)} /> }
                }) }
                // Leader lines from each dot to its label.
                { for labels.iter().zip(&xs).map(|((_, ly, _), &x)| html! {
                    <line class="tl-leider" x1={f(x)} x2={f(x)} y1={f(as_y)} y2={f(ly - 12.0)} />
                }) }
                { for labels.iter().map(|(lx, ly, t)| html! {
                    <text class="tl-stip-label" x={f(*lx)} y={f(*ly)}>{ t.clone() }</text>
                }) }
            </g>
            // Je bent hier.
            if let (Some(x), Some(w)) = (hier_x, nu_week) {
                <g class="tl-hier-lijn" data-week={w.to_string()} aria-hidden="true">
                    <line x1={f(x)} x2={f(x)} y1="22" y2={f(as_y + 64.0)} />
                    <text x={f((x - 40.0).clamp(2.0, B - 120.0))} y={f(as_y + 80.0)}
                        class="tl-hier-tekst">{ format!("{} · {}", tk(s::HIER_LABEL), vul(tk(s::WEEK), &[&w.to_string()])) }</text>
                </g>
            }
            // The dots, each a link to its explanation.
            { for stippen.iter().zip(xs.iter().zip(&baan)).map(|(m, (&x, &b))| {
                let y = baan_y(b);
                html! {
                    <a class={classes!("tl-stip", status_klasse(m, vandaag, volgende_id))} href="#/tijdlijn"
                        onclick={naar(m.id)} aria-label={stip_naam(tl, m, vandaag, volgende_id, taal)}
                        data-week={m.week.to_string()} data-sleutel={m.id.sleutel()}>
                        if b > 0 {
                            <line class="tl-leider" x1={f(x)} x2={f(x)} y1={f(y)} y2={f(as_y)} />
                        }
                        <circle cx={f(x)} cy={f(y)} r="11" />
                    </a>
                }
            }) }
        </svg>
    }
}

/// The vertical picture (phones): time runs down, names beside the dots.
fn verticaal(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    const B: f64 = 360.0;
    let totaal = lengte(tl);
    let maat = Maat { begin: 30.0, per_week: 3.0 };
    let hoogte = maat.op(totaal) + 24.0;
    let volgende_id = volgende(tl, vandaag).map(|m| m.id);
    let stippen = stippen(tl);
    let ys: Vec<f64> = stippen.iter().map(|m| maat.op(weken_tot(tl, m.datum))).collect();
    let baan = banen(&ys, 25.0, 3);
    let as_x = 136.0;
    let baan_x = |b: usize| as_x + 24.0 * b as f64;
    let label_x = as_x + 24.0 * 2.0 + 18.0;
    let mut vorige = f64::MIN;
    let labels: Vec<f64> = ys
        .iter()
        .map(|&y| {
            let ly = (y + 4.0).max(vorige + 17.0);
            vorige = ly;
            ly
        })
        .collect();
    let hoogte = hoogte.max(vorige + 12.0);
    let spoor2 = tl.mijlpaal(MijlpaalId::UitersteStartTweedeSpoor);
    let nu_week = tl.week_van(vandaag);
    let hier_y = (vandaag >= tl.begin_keten).then(|| maat.op(weken_tot(tl, vandaag).min(totaal)));
    let eind = maat.op(weken_tot(tl, tl.laatste_dag()));
    let jaar = |w: f64| maat.op(w.min(totaal));
    let jaar_y: Vec<f64> = [0.0, 52.0, 104.0].iter().filter(|w| **w < totaal).map(|w| jaar(*w) + 14.0).collect();
    let hier_label_y = match hier_y {
        Some(y) if jaar_y.iter().any(|&j| j > y && j - y < 48.0) => y - 21.0,
        Some(y) => y + 16.0,
        None => 0.0,
    };
    // Week labels that would sit under the "je bent hier" label are left out.
    let ticks: Vec<u16> = [26u16, 78]
        .into_iter()
        .filter(|w| hier_y.is_none_or(|y| (maat.op(f64::from(*w) - 1.0) - y).abs() > 40.0))
        .collect();

    html! {
        <svg class="tl-beeld-v" viewBox={format!("0 0 {B} {}", f(hoogte))} role="group"
            aria-labelledby="tl-beeld-titel-v" focusable="false">
            <title id="tl-beeld-titel-v">{ beeld_titel(tl, vandaag, taal) }</title>
            <g aria-hidden="true">
                <rect class="tl-jaar tl-jaar-1" x="0" y={f(jaar(0.0))} width={f(B)} height={f(jaar(52.0) - jaar(0.0))} />
                <rect class="tl-jaar tl-jaar-2" x="0" y={f(jaar(52.0))} width={f(B)} height={f(jaar(104.0) - jaar(52.0))} />
                <text class="tl-jaar-naam" x="4" y={f(jaar(0.0) + 14.0)}>{ tk(s::BEELD_JAAR_1) }</text>
                <text class="tl-jaar-naam" x="4" y={f(jaar(52.0) + 14.0)}>{ tk(s::BEELD_JAAR_2) }</text>
                if totaal > 110.0 {
                    <text class="tl-jaar-naam" x="4" y={f(jaar(104.0) + 14.0)}>{ tk(s::BEELD_DAARNA) }</text>
                }
                { for ticks.iter().map(|w| html! {
                    <text class="tl-week-label" x="4" y={f(maat.op(f64::from(*w) - 1.0) + 4.0)}>
                        { vul(tk(s::BEELD_WEEK_KORT), &[&w.to_string()]) }
                    </text>
                }) }
                // Legend of the two bands, at the top.
                <rect class="tl-band spoor-1" x="4" y="4" width="12" height="12" />
                <text class="tl-band-naam" x="20" y="14">{ tk(s::BEELD_SPOOR_1) }</text>
                <rect class="tl-band spoor-2" x="178" y="4" width="12" height="12" />
                <text class="tl-band-naam" x="194" y="14">{ tk(s::BEELD_SPOOR_2) }</text>
                // Tracks as bands from when each starts.
                <rect class="tl-band spoor-1" x="92" y={f(maat.op(0.0))} width="12" height={f(eind - maat.op(0.0))} />
                if let Some(sp) = spoor2 {
                    if let Some(tot) = sp.tot {
                        <rect class="tl-band spoor-2 venster" x="108" y={f(maat.op(weken_tot(tl, sp.datum)))} width="12"
                            height={f(maat.op(weken_tot(tl, tot)) - maat.op(weken_tot(tl, sp.datum)))} />
                    }
                    <rect class="tl-band spoor-2" x="108" y={f(maat.op(weken_tot(tl, sp.einde())))} width="12"
                        height={f((eind - maat.op(weken_tot(tl, sp.einde()))).max(0.0))} />
                }
                <line class="tl-as-lijn" x1={f(as_x)} x2={f(as_x)} y1={f(maat.op(0.0))} y2={f(maat.op(totaal))} />
                { for tl.mijlpalen.iter().filter(|m| matches!(m.id, MijlpaalId::Evaluatie(_))).map(|m| {
                    let y = maat.op(weken_tot(tl, m.datum));
                    html! { <line class="tl-evaluatie-streep" x1={f(as_x - 5.0)} x2={f(as_x + 5.0)} y1={f(y)} y2={f(y)} /> }
                }) }
                { for stippen.iter().zip(ys.iter().zip(&labels)).zip(&baan).map(|((m, (&y, &ly)), &b)| html! {
                    <>
                        <line class="tl-leider" x1={f(baan_x(b) + 11.0)} x2={f(label_x - 3.0)} y1={f(y)} y2={f(ly - 4.0)} />
                        <text class="tl-stip-label" x={f(label_x)} y={f(ly)}>{ mijlpaal_kort(m.id).in_taal(taal) }</text>
                    </>
                }) }
            </g>
            if let (Some(y), Some(w)) = (hier_y, nu_week) {
                <g class="tl-hier-lijn" data-week={w.to_string()} aria-hidden="true">
                    <line x1="0" x2={f(B)} y1={f(y)} y2={f(y)} />
                    // The label goes below the line, unless a year name starts just below it.
                    <text x="4" y={f(hier_label_y)} class="tl-hier-tekst">{ tk(s::HIER_LABEL) }</text>
                    <text x="4" y={f(hier_label_y + 15.0)} class="tl-hier-tekst">{ vul(tk(s::WEEK), &[&w.to_string()]) }</text>
                </g>
            }
            { for stippen.iter().zip(ys.iter().zip(&baan)).map(|(m, (&y, &b))| {
                let x = baan_x(b);
                html! {
                    <a class={classes!("tl-stip", status_klasse(m, vandaag, volgende_id))} href="#/tijdlijn"
                        onclick={naar(m.id)} aria-label={stip_naam(tl, m, vandaag, volgende_id, taal)}
                        data-week={m.week.to_string()} data-sleutel={m.id.sleutel()}>
                        if b > 0 {
                            <line class="tl-leider" x1={f(as_x)} x2={f(x)} y1={f(y)} y2={f(y)} />
                        }
                        <circle cx={f(x)} cy={f(y)} r="11" />
                    </a>
                }
            }) }
        </svg>
    }
}

fn beeld_titel(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> String {
    let tk = |x: Tekst| x.in_taal(taal);
    let einde = tl.week_van(tl.laatste_dag()).unwrap_or(104);
    let hier = match tl.week_van(vandaag) {
        Some(w) => vul(tk(s::WEEK), &[&w.to_string()]),
        None => tk(s::NU_VOOR_START).to_string(),
    };
    vul(tk(s::BEELD_TITEL), &[&einde.to_string(), &hier])
}

/// The picture with its text alternative.
pub fn beeld(tl: &Tijdlijn, vandaag: Datum, taal: Taal) -> Html {
    let tk = |x: Tekst| x.in_taal(taal);
    let volgende_id = volgende(tl, vandaag).map(|m| m.id);
    let sporen = match tl.mijlpaal(MijlpaalId::UitersteStartTweedeSpoor) {
        Some(m) => match m.tot {
            Some(tot) => vul(
                tk(s::SPOREN_VENSTER),
                &[
                    &crate::content::tijdlijn::datum_kort(m.datum, taal),
                    &crate::content::tijdlijn::datum_kort(tot, taal),
                ],
            ),
            None => vul(tk(s::SPOREN_DATUM), &[&crate::content::tijdlijn::datum_voluit(m.datum, taal)]),
        },
        None => String::new(),
    };
    html! {
        <figure class="tl-beeld" aria-labelledby="tl-beeld-kop">
            <h2 id="tl-beeld-kop">{ tk(s::BEELD_KOP) }</h2>
            <p class="tl-beeld-uitleg niet-printen">{ tk(s::BEELD_UITLEG) }</p>
            { horizontaal(tl, vandaag, taal) }
            { verticaal(tl, vandaag, taal) }
            <details class="tl-beeld-woorden niet-printen">
                <summary>{ tk(s::BEELD_WOORDEN) }</summary>
                <p>{ beeld_titel(tl, vandaag, taal) }</p>
                <p>{ sporen }{ " " }{ tk(s::SPOREN_EERDER) }</p>
                <ol>
                    { for stippen(tl).iter().map(|m| html! {
                        <li>
                            { titel(tl, m.id, taal) }{ ": " }{ wanneer(m, taal) }{ " (" }
                            { vul(tk(s::WEEK), &[&m.week.to_string()]) }{ ", " }
                            { status_van(m, vandaag, volgende_id).in_taal(taal).to_lowercase() }{ ")" }
                        </li>
                    }) }
                </ol>
                <p>{ tk(s::BEELD_STREEPJES) }</p>
            </details>
        </figure>
    }
}
