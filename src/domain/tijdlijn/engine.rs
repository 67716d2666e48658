//! Poortwachter-tijdlijn: van invoer (eerste ziektedag, herstelperiodes, ...) naar
//! gedateerde mijlpalen.
//!
//! Rekenregels volgen `poortwachter.md` §2.1–2.3:
//! * dag k (0-based, opgeteld over ziekteperiodes) → [`Tijdlijn::datum_op_ziektedag`];
//!   "einde week N" = k = 7N − 1; "na N weken" = k = 7N.
//! * Samentellen: herstel van < 28 volledig fitte dagen telt niet mee (latere mijlpalen
//!   schuiven alleen op met herstel dat *vóór* de mijlpaal ligt); ≥ 28 dagen start een
//!   nieuwe keten met een nieuwe D0. We rekenen altijd voor de laatste keten.
//! * Alleen de 42e-weeksmelding schuift naar de volgende werkdag.
//!
//! Keuzes waar de bron open is (zie ook de doc van de betreffende items):
//! * Samentellen voor probleemanalyse/PvA/EJE e.d. is ONBEVESTIGD (§2.2); we schuiven ze
//!   toch (veilige, gangbare aanpak), maar zetten hun zekerheid op `Onbevestigd` zodra
//!   herstel ze daadwerkelijk verschuift.
//! * Termijnen ná een opgegeven datum (EJE + 42, IVA-aanvraag + 70, verlenging,
//!   loonsanctie) zijn kalenderdagen: het zijn vaste periodes uit een besluit/afspraak.
//! * WIA-aanvraag zonder verlenging = einde week 93 in ziektedagen (k = 650); dat is
//!   nooit later dan "laatste dag − 77" en dus de veilige lezing.

use super::datum::Datum;
use super::feestdagen::{volgende_werkdag, vorige_werkdag};

/// Herstel van minstens zoveel fitte dagen start een nieuwe ziekteperiode.
pub const NIEUWE_KETEN_NA_FITTE_DAGEN: i32 = 28;
/// Loonsanctie duurt hooguit 52 weken (bron §1B #17).
pub const MAX_LOONSANCTIE_WEKEN: u16 = 52;
/// Vrijwillige verlenging is minimaal 13 weken (bron §1B #18).
pub const MIN_VERLENGING_WEKEN: u16 = 13;
/// De wet kent geen maximum voor vrijwillige verlenging; 104 weken is een
/// redelijkheidsgrens zodat een tikfout geen absurde datums oplevert.
pub const MAX_VERLENGING_WEKEN: u16 = 104;
/// Datums verder dan dit aantal dagen na `vandaag` worden geweigerd.
pub const MAX_DAGEN_VOORUIT: i32 = 365;

// Ziektedagen (0-based) uit §2.1.
const K_ARBODIENST: u32 = 6; // einde week 1
const K_IVA_VANAF: u32 = 21; // na 3 weken
const K_PROBLEEMANALYSE: u32 = 41; // einde week 6
const K_PLAN_VAN_AANPAK: u32 = 55; // einde week 8
const K_WEEKMELDING: u32 = 294; // na 42 weken
const K_EJE_VAN: u32 = 315; // begin week 46
const K_EJE_TOT: u32 = 363; // einde week 52
const K_SPOOR2_VAN: u32 = 357; // EJE-venster + 42
const K_SPOOR2_TOT: u32 = 405;
const K_WEEK44_EINDE: u32 = 307; // Ziektewet-beoordeling rond week 44
const K_IVA_TOT: u32 = 475; // vóór 68 weken vol
const K_WIA_BRIEF: u32 = 616; // na 88 weken
const K_EINDEVALUATIE: u32 = 636; // einde week 91
const K_WIA_AANVRAAG: u32 = 650; // einde week 93
pub const K_LAATSTE_DAG: u32 = 727; // einde week 104
const EVALUATIES: u8 = 15; // einde week 14, 20, ..., 98

// De invoer- en uitkomsttypen staan in `engine/typen.rs`; hier onder hun oude pad.
mod typen;
pub use typen::*;

fn week_van_dag(k: u32) -> u16 {
    u16::try_from(k / 7 + 1).unwrap_or(u16::MAX)
}

fn ondergrens() -> Datum {
    // 1990-01-01 als dagen sinds 1970-01-01: vaste, geldige waarde.
    Datum::uit_dagen(7305).unwrap_or(Datum::MIN)
}

/// Valideert de invoer en berekent de tijdlijn van de huidige ziekteperiode.
///
/// Alle fouten worden verzameld (niet alleen de eerste), zodat de UI ze per veld
/// kan tonen. Paniekt nooit.
pub fn bereken(invoer: &Invoer, vandaag: Datum) -> Result<Tijdlijn, Vec<InvoerFout>> {
    let mut fouten: Vec<InvoerFout> = Vec::new();
    let min = ondergrens();
    let max = vandaag.plus_dagen(MAX_DAGEN_VOORUIT);
    let bereik = |d: Datum| -> Option<Reden> {
        if d < min {
            Some(Reden::VoorNegentienNegentig)
        } else if d > max {
            Some(Reden::MeerDanJaarVooruit)
        } else {
            None
        }
    };
    let d0 = invoer.eerste_ziektedag;
    if let Some(r) = bereik(d0) {
        voeg_toe(&mut fouten, Veld::EersteZiektedag, r);
    }

    // Herstelperiodes: eerst per periode, dan onderling.
    let mut goede: Vec<(Datum, Datum, usize)> = Vec::new();
    for (i, &(b, e)) in invoer.herstelperiodes.iter().enumerate() {
        let veld = Veld::Herstelperiode(i);
        let mut ok = true;
        for r in [bereik(b), bereik(e)].into_iter().flatten() {
            voeg_toe(&mut fouten, veld, r);
            ok = false;
        }
        if e < b {
            voeg_toe(&mut fouten, veld, Reden::HerstelEindeVoorBegin);
            ok = false;
        }
        if b <= d0 {
            voeg_toe(&mut fouten, veld, Reden::HerstelVoorStart);
            ok = false;
        }
        if b > vandaag {
            voeg_toe(&mut fouten, veld, Reden::HerstelInToekomst);
            ok = false;
        }
        if ok {
            goede.push((b, e, i));
        }
    }
    goede.sort();
    let mut verst: Option<Datum> = None;
    for &(b, e, i) in &goede {
        if verst.is_some_and(|v| b <= v) {
            voeg_toe(&mut fouten, Veld::Herstelperiode(i), Reden::HerstelOverlapt);
        }
        verst = Some(verst.map_or(e, |v| v.max(e)));
    }

    // Losse datums: alleen binnen bereik gaan ze mee naar de ketentoetsen.
    let mut los = |veld, d: Option<Datum>| -> Option<Datum> {
        let d = d?;
        match bereik(d) {
            Some(r) => {
                voeg_toe(&mut fouten, veld, r);
                None
            }
            None => Some(d),
        }
    };
    let eje = los(Veld::Eerstejaarsevaluatie, invoer.eerstejaarsevaluatie);
    let iva = los(Veld::VervroegdeIvaAanvraag, invoer.vervroegde_iva_aanvraag);
    let einde = los(Veld::EindeDienstverband, invoer.einde_dienstverband);

    let loonsanctie = match invoer.loonsanctie_weken {
        Some(0) => {
            voeg_toe(&mut fouten, Veld::LoonsanctieWeken, Reden::LoonsanctieNul);
            None
        }
        Some(w) if w > MAX_LOONSANCTIE_WEKEN => {
            voeg_toe(&mut fouten, Veld::LoonsanctieWeken, Reden::LoonsanctieTeLang);
            None
        }
        w => w,
    };
    let verlenging = match invoer.verlenging_weken {
        Some(v) if v < MIN_VERLENGING_WEKEN => {
            voeg_toe(&mut fouten, Veld::VerlengingWeken, Reden::VerlengingTeKort);
            None
        }
        Some(v) if v > MAX_VERLENGING_WEKEN => {
            voeg_toe(&mut fouten, Veld::VerlengingWeken, Reden::VerlengingTeLang);
            None
        }
        v => v,
    };

    // Verlof (zwangerschap, bevalling): alleen binnen een herstelperiode telt het.
    let mut verlof: Vec<(Datum, Datum)> = Vec::new();
    for (i, &(b, e)) in invoer.verlofperiodes.iter().enumerate() {
        let veld = Veld::Verlof(i);
        let mut ok = true;
        for r in [bereik(b), bereik(e)].into_iter().flatten() {
            voeg_toe(&mut fouten, veld, r);
            ok = false;
        }
        if e < b {
            voeg_toe(&mut fouten, veld, Reden::VerlofEindeVoorBegin);
            ok = false;
        } else if ok && !goede.iter().any(|&(hb, he, _)| hb <= b && e <= he) {
            voeg_toe(&mut fouten, veld, Reden::VerlofBuitenHerstel);
            ok = false;
        }
        if ok {
            verlof.push((b, e));
        }
    }

    // Zonder geldige ziektedag, herstel en verlof is er geen keten om verder tegen te toetsen.
    let basis_fout =
        |f: &InvoerFout| matches!(f.veld, Veld::EersteZiektedag | Veld::Herstelperiode(_) | Veld::Verlof(_));
    if fouten.iter().any(basis_fout) {
        return Err(fouten);
    }

    let mut t = keten(d0, goede.iter().map(|&(b, e, _)| (b, e)), &verlof);

    // Toetsen die de keten nodig hebben.
    if eje.is_some_and(|x| x < t.begin_keten) {
        voeg_toe(&mut fouten, Veld::Eerstejaarsevaluatie, Reden::EjeVoorStart);
    }
    if let Some(a) = iva {
        if a < t.datum_op_ziektedag(K_IVA_VANAF) {
            voeg_toe(&mut fouten, Veld::VervroegdeIvaAanvraag, Reden::IvaAanvraagTeVroeg);
        } else if a > t.datum_op_ziektedag(K_IVA_TOT) {
            voeg_toe(&mut fouten, Veld::VervroegdeIvaAanvraag, Reden::IvaAanvraagTeLaat);
        }
    }
    if einde.is_some_and(|x| x < t.begin_keten) {
        voeg_toe(&mut fouten, Veld::EindeDienstverband, Reden::EindeDienstverbandVoorStart);
    }
    if verlenging.is_some() && einde.is_some_and(|x| x <= t.datum_op_ziektedag(K_LAATSTE_DAG)) {
        voeg_toe(&mut fouten, Veld::VerlengingWeken, Reden::VerlengingNaUitDienst);
    }
    if !fouten.is_empty() {
        return Err(fouten);
    }

    t.mijlpalen = mijlpalen(&t, eje, iva, einde, loonsanctie, verlenging);
    t.mijlpalen.sort_by_key(|m| (m.datum, m.einde(), m.id.rang()));
    t.uit_dienst = einde.map(|x| uit_dienst(&t, x));
    Ok(t)
}

/// Voegt een fout toe, zonder dubbele (zelfde veld + reden).
fn voeg_toe(fouten: &mut Vec<InvoerFout>, veld: Veld, reden: Reden) {
    let f = InvoerFout { veld, reden };
    if !fouten.contains(&f) {
        fouten.push(f);
    }
}

/// Bouwt de huidige keten uit gesorteerde, niet-overlappende herstelperiodes.
/// Fitte dagen van een herstelperiode voor de 4-wekenregel: de hele periode min de
/// dagen zwangerschaps- of bevallingsverlof erin (bron §2.2). De datums schuiven wel
/// met de hele periode op: ook verlofdagen zijn geen ziektedagen.
fn fitte_dagen(b: Datum, e: Datum, verlof: &[(Datum, Datum)]) -> i32 {
    let verlofdagen: i32 = verlof
        .iter()
        .map(|&(vb, ve)| {
            let (van, tot) = (vb.max(b), ve.min(e));
            if van <= tot {
                van.dagen_tot(tot) + 1
            } else {
                0
            }
        })
        .sum();
    (b.dagen_tot(e) + 1 - verlofdagen).max(0)
}

fn keten(d0: Datum, herstel: impl Iterator<Item = (Datum, Datum)>, verlof: &[(Datum, Datum)]) -> Tijdlijn {
    // Aansluitende periodes (einde + 1 == begin) zijn één ononderbroken herstel.
    let mut samengevoegd: Vec<(Datum, Datum)> = Vec::new();
    for (b, e) in herstel {
        match samengevoegd.last_mut() {
            Some(vorige) if vorige.1.plus_dagen(1) == b => vorige.1 = e,
            _ => samengevoegd.push((b, e)),
        }
    }
    let mut begin = d0;
    let mut herstart = None;
    let mut in_keten = Vec::new();
    for (b, e) in samengevoegd {
        let fit = fitte_dagen(b, e, verlof);
        if fit >= NIEUWE_KETEN_NA_FITTE_DAGEN {
            begin = e.plus_dagen(1);
            herstart = Some(KetenHerstart { herstel: (b, e), fitte_dagen: fit, oorspronkelijke_eerste_ziektedag: d0 });
            in_keten.clear();
        } else {
            in_keten.push((b, e));
        }
    }
    Tijdlijn {
        begin_keten: begin,
        eerste_ziektedag_invoer: d0,
        keten_herstart: herstart,
        herstel_in_keten: in_keten,
        mijlpalen: Vec::new(),
        uit_dienst: None,
    }
}

/// Alle mijlpalen (ongesorteerd).
///
/// Verlenging V en loonsanctie W (bron §2.1):
/// * verlenging: laatste dag L = laatste dag + 7V; WIA-aanvraag uiterlijk L − 77;
///   eindevaluatie 2 weken vóór die aanvraagdatum (ONBEVESTIGD); `VerlengingEinde` = L.
/// * loonsanctie: extra loon van L + 1 t/m L + 7W (`LoonsanctieEinde`); de wachttijd
///   loopt mee, dus `EindeWachttijd` = L + 7W en `WiaStart` = L + 7W + 1. De
///   WIA-aanvraagdatum verschuift niet (de aanvraag ligt dan al bij UWV).
/// * beide: eerst de verlenging, dan de loonsanctie (volgorde van de procedure; ONBEVESTIGD).
fn mijlpalen(
    t: &Tijdlijn,
    eje: Option<Datum>,
    iva: Option<Datum>,
    einde: Option<Datum>,
    loonsanctie: Option<u16>,
    verlenging: Option<u16>,
) -> Vec<Mijlpaal> {
    let mut uit: Vec<Mijlpaal> = Vec::new();
    let punt =
        |id, datum, spoor, zekerheid| Mijlpaal { id, datum, tot: None, week: t.week_op(datum), spoor, zekerheid };
    // Mijlpaal op ziektedag k. `bevestigd`: samentellen is voor deze termijn door de
    // bron bevestigd; zo niet en herstel schuift hem, dan is de datum Onbevestigd.
    let op_dag = |id, k: u32, spoor, zekerheid, bevestigd: bool| {
        let datum = t.datum_op_ziektedag(k);
        let verschoven = datum != t.begin_keten.plus_dagen(i32::try_from(k).unwrap_or(i32::MAX));
        let zekerheid = if verschoven && !bevestigd { Zekerheid::Onbevestigd } else { zekerheid };
        punt(id, datum, spoor, zekerheid)
    };
    let venster = |id, van: u32, tot: u32, spoor, zekerheid| {
        let mut m = op_dag(id, van, spoor, zekerheid, false);
        let eind = t.datum_op_ziektedag(tot);
        if eind != t.begin_keten.plus_dagen(i32::try_from(tot).unwrap_or(i32::MAX)) {
            m.zekerheid = Zekerheid::Onbevestigd;
        }
        m.tot = Some(eind);
        m
    };

    uit.push(punt(MijlpaalId::Ziekmelding, t.begin_keten, Spoor::Geen, Zekerheid::Wet));
    uit.push(op_dag(MijlpaalId::ArbodienstGemeld, K_ARBODIENST, Spoor::Geen, Zekerheid::Praktijk, false));
    uit.push(op_dag(MijlpaalId::VervroegdeIvaVanaf, K_IVA_VANAF, Spoor::Geen, Zekerheid::Uwv, false));
    uit.push(op_dag(MijlpaalId::Probleemanalyse, K_PROBLEEMANALYSE, Spoor::Een, Zekerheid::Wet, false));
    uit.push(op_dag(MijlpaalId::PlanVanAanpak, K_PLAN_VAN_AANPAK, Spoor::Een, Zekerheid::Wet, false));
    for n in 1..=EVALUATIES {
        // Einde week 8 + 6n: k = 7 * (8 + 6n) − 1.
        let k = 7 * (8 + 6 * u32::from(n)) - 1;
        uit.push(op_dag(MijlpaalId::Evaluatie(n), k, Spoor::Beide, Zekerheid::Ritme, false));
    }

    // 42e-weeksmelding: eerste werkdag na 42 opgetelde weken (samentellen bevestigd).
    let mut melding = op_dag(MijlpaalId::WeekmeldingUwv, K_WEEKMELDING, Spoor::Geen, Zekerheid::Wet, true);
    melding.datum = volgende_werkdag(melding.datum);
    melding.week = t.week_op(melding.datum);
    uit.push(melding);

    uit.push(venster(MijlpaalId::EerstejaarsevaluatieVenster, K_EJE_VAN, K_EJE_TOT, Spoor::Beide, Zekerheid::Praktijk));
    match eje {
        Some(x) => {
            uit.push(punt(MijlpaalId::Eerstejaarsevaluatie, x, Spoor::Beide, Zekerheid::Ingevuld));
            // "Uiterlijk 6 weken na de EJE" (Werkwijzer Poortwachter). Na een EJE later dan
            // week 52 schuift die start mee; of dat mag, is ONBEVESTIGD (bron §1C).
            let laat = x > t.datum_op_ziektedag(K_EJE_TOT);
            let z = if laat { Zekerheid::Onbevestigd } else { Zekerheid::Uwv };
            uit.push(punt(MijlpaalId::UitersteStartTweedeSpoor, x.plus_dagen(42), Spoor::Twee, z));
        }
        None => uit.push(venster(
            MijlpaalId::UitersteStartTweedeSpoor,
            K_SPOOR2_VAN,
            K_SPOOR2_TOT,
            Spoor::Twee,
            Zekerheid::Uwv,
        )),
    }

    // Laatste dag van het vroege-IVA-venster is ONBEVESTIGD (bron §6 punt 11).
    uit.push(op_dag(MijlpaalId::VervroegdeIvaTot, K_IVA_TOT, Spoor::Geen, Zekerheid::Onbevestigd, false));
    if let Some(a) = iva {
        // Bij toekenning start de IVA 10 weken na de aanvraag.
        uit.push(punt(MijlpaalId::VervroegdeIvaStart, a.plus_dagen(70), Spoor::Geen, Zekerheid::Uwv));
    }
    uit.push(op_dag(MijlpaalId::WiaBrief, K_WIA_BRIEF, Spoor::Geen, Zekerheid::Ongeveer, false));

    let laatste_dag = t.datum_op_ziektedag(K_LAATSTE_DAG);
    let (laatste_dag, aanvraag, eindevaluatie) = match verlenging {
        Some(v) => {
            let l = laatste_dag.plus_dagen(7 * i32::from(v));
            uit.push(punt(MijlpaalId::VerlengingEinde, l, Spoor::Geen, Zekerheid::Uwv));
            let aanvraag = punt(MijlpaalId::WiaAanvraagUiterlijk, l.plus_dagen(-77), Spoor::Geen, Zekerheid::Uwv);
            let eindev =
                punt(MijlpaalId::Eindevaluatie, aanvraag.datum.plus_dagen(-14), Spoor::Beide, Zekerheid::Onbevestigd);
            (l, aanvraag, eindev)
        }
        None => (
            laatste_dag,
            op_dag(MijlpaalId::WiaAanvraagUiterlijk, K_WIA_AANVRAAG, Spoor::Geen, Zekerheid::Wet, true),
            op_dag(MijlpaalId::Eindevaluatie, K_EINDEVALUATIE, Spoor::Beide, Zekerheid::Praktijk, false),
        ),
    };
    uit.push(eindevaluatie);
    uit.push(aanvraag);

    let laatste_dag = match loonsanctie {
        Some(w) => {
            let l = laatste_dag.plus_dagen(7 * i32::from(w));
            // Gecombineerd met verlenging is de volgorde een aanname.
            let z = if verlenging.is_some() { Zekerheid::Onbevestigd } else { Zekerheid::Uwv };
            uit.push(punt(MijlpaalId::LoonsanctieEinde, l, Spoor::Geen, z));
            l
        }
        None => laatste_dag,
    };
    let z_einde = if verlenging.is_some() || loonsanctie.is_some() { Zekerheid::Uwv } else { Zekerheid::Wet };
    uit.push(punt(MijlpaalId::EindeWachttijd, laatste_dag, Spoor::Geen, z_einde));
    uit.push(punt(MijlpaalId::WiaStart, laatste_dag.plus_dagen(1), Spoor::Geen, z_einde));

    if let Some(x) = einde {
        uit.push(punt(MijlpaalId::EindeDienstverband, x, Spoor::Geen, Zekerheid::Ingevuld));
    }
    uit
}

/// Gevolgen van einde dienstverband (bron §1B #19).
fn uit_dienst(t: &Tijdlijn, laatste_dag: Datum) -> UitDienst {
    let melding = vorige_werkdag(laatste_dag);
    let dag = t.ziektedag_op(laatste_dag).unwrap_or(0);
    // Aantal volle ziekteweken tot en met de laatste dag.
    let weken = dag.saturating_add(1) / 7;
    let riv = match weken {
        0..=5 => RivBijUitDienst::Geen,
        6..=9 => RivBijUitDienst::Beknopt,
        _ => RivBijUitDienst::Volledig,
    };
    let weekmelding = t.mijlpaal(MijlpaalId::WeekmeldingUwv).map_or(t.datum_op_ziektedag(K_WEEKMELDING), |m| m.datum);
    let week44 = t.datum_op_ziektedag(K_WEEK44_EINDE);
    // De Ziektewet dekt de rest van de oorspronkelijke 104 weken.
    let wachttijd = t.datum_op_ziektedag(K_LAATSTE_DAG);
    let pad = if laatste_dag > wachttijd {
        UitDienstPad::NaWachttijd
    } else if laatste_dag < weekmelding {
        UitDienstPad::VoorWeekmelding
    } else if laatste_dag <= week44 {
        UitDienstPad::TotEindeWeek44
    } else {
        UitDienstPad::NaWeek44
    };
    let zw_beoordeling = match pad {
        UitDienstPad::VoorWeekmelding | UitDienstPad::TotEindeWeek44 => Some(ZwBeoordeling::RondWeek44(week44)),
        UitDienstPad::NaWeek44 => Some(ZwBeoordeling::BinnenVierWeken { uiterlijk: melding.plus_dagen(28) }),
        UitDienstPad::NaWachttijd => None,
    };
    let werkgeverstaken_na_einde = t
        .mijlpalen
        .iter()
        .filter(|m| {
            matches!(
                m.id,
                MijlpaalId::ArbodienstGemeld
                    | MijlpaalId::Probleemanalyse
                    | MijlpaalId::PlanVanAanpak
                    | MijlpaalId::Evaluatie(_)
                    | MijlpaalId::WeekmeldingUwv
                    | MijlpaalId::EerstejaarsevaluatieVenster
                    | MijlpaalId::Eerstejaarsevaluatie
                    | MijlpaalId::UitersteStartTweedeSpoor
                    | MijlpaalId::Eindevaluatie
                    | MijlpaalId::LoonsanctieEinde
            ) && m.datum > laatste_dag
        })
        .map(|m| m.id)
        .collect();
    UitDienst {
        laatste_dag,
        melding_ziek_uit_dienst: melding,
        week: week_van_dag(dag),
        pad,
        riv,
        zw_beoordeling,
        werkgeverstaken_na_einde,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
