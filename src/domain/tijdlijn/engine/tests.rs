//! Tests of the timeline engine (`domain::tijdlijn::engine`).

use super::*;
use proptest::prelude::*;

fn d(s: &str) -> Datum {
    Datum::parse_iso(s).expect("testdatum")
}

fn invoer(d0: &str) -> Invoer {
    Invoer::vanaf(d(d0))
}

fn vandaag() -> Datum {
    d("2026-06-01")
}

fn ok(i: &Invoer) -> Tijdlijn {
    match bereken(i, vandaag()) {
        Ok(t) => t,
        Err(f) => panic!("onverwachte fouten: {f:?}"),
    }
}

fn fouten(i: &Invoer) -> Vec<InvoerFout> {
    bereken(i, vandaag()).err().unwrap_or_default()
}

fn datum(t: &Tijdlijn, id: MijlpaalId) -> String {
    t.mijlpaal(id).map(|m| m.datum.iso()).unwrap_or_else(|| format!("ontbreekt: {id:?}"))
}

fn tot(t: &Tijdlijn, id: MijlpaalId) -> String {
    t.mijlpaal(id).and_then(|m| m.tot).map(|x| x.iso()).unwrap_or_default()
}

use MijlpaalId as M;

#[test]
fn casus_2_3_alle_datums() {
    let t = ok(&invoer("2026-01-05"));
    assert_eq!(t.begin_keten.iso(), "2026-01-05");
    assert!(t.keten_herstart.is_none());
    assert_eq!(datum(&t, M::Ziekmelding), "2026-01-05");
    assert_eq!(datum(&t, M::ArbodienstGemeld), "2026-01-11");
    assert_eq!(datum(&t, M::VervroegdeIvaVanaf), "2026-01-26");
    assert_eq!(datum(&t, M::Probleemanalyse), "2026-02-15");
    assert_eq!(datum(&t, M::PlanVanAanpak), "2026-03-01");
    let evaluaties = [
        "2026-04-12",
        "2026-05-24",
        "2026-07-05",
        "2026-08-16",
        "2026-09-27",
        "2026-11-08",
        "2026-12-20",
        "2027-01-31",
        "2027-03-14",
        "2027-04-25",
        "2027-06-06",
        "2027-07-18",
        "2027-08-29",
        "2027-10-10",
        "2027-11-21",
    ];
    for (n, e) in evaluaties.iter().enumerate() {
        assert_eq!(datum(&t, M::Evaluatie(n as u8 + 1)), *e);
    }
    assert!(t.mijlpaal(M::Evaluatie(16)).is_none());
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2026-10-26");
    assert_eq!(datum(&t, M::EerstejaarsevaluatieVenster), "2026-11-16");
    assert_eq!(tot(&t, M::EerstejaarsevaluatieVenster), "2027-01-03");
    assert_eq!(datum(&t, M::UitersteStartTweedeSpoor), "2026-12-28"); // D0+357
    assert_eq!(tot(&t, M::UitersteStartTweedeSpoor), "2027-02-14"); // D0+405
    assert_eq!(datum(&t, M::VervroegdeIvaTot), "2027-04-25");
    assert_eq!(datum(&t, M::WiaBrief), "2027-09-13");
    assert_eq!(datum(&t, M::Eindevaluatie), "2027-10-03");
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2027-10-17");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-01-02");
    assert_eq!(datum(&t, M::WiaStart), "2028-01-03");
    assert!(t.mijlpaal(M::Eerstejaarsevaluatie).is_none());
    assert!(t.mijlpaal(M::VervroegdeIvaStart).is_none());
    assert!(t.mijlpaal(M::LoonsanctieEinde).is_none());
    assert!(t.uit_dienst.is_none());
    // Weeknummers.
    let w = |id| t.mijlpaal(id).map(|m| m.week);
    assert_eq!(w(M::Ziekmelding), Some(1));
    assert_eq!(w(M::Probleemanalyse), Some(6));
    assert_eq!(w(M::PlanVanAanpak), Some(8));
    assert_eq!(w(M::WeekmeldingUwv), Some(43));
    assert_eq!(w(M::WiaAanvraagUiterlijk), Some(93));
    assert_eq!(w(M::EindeWachttijd), Some(104));
    assert_eq!(w(M::WiaStart), Some(105));
    // 15 evaluaties + 14 andere vaste mijlpalen.
    assert_eq!(t.mijlpalen.len(), 29);
}

#[test]
fn casus_2_3_spoor2_met_eje() {
    let mut i = invoer("2026-01-05");
    i.eerstejaarsevaluatie = Some(d("2026-11-22"));
    let t = ok(&i);
    assert_eq!(datum(&t, M::Eerstejaarsevaluatie), "2026-11-22");
    assert_eq!(datum(&t, M::UitersteStartTweedeSpoor), "2027-01-03");
    assert_eq!(t.mijlpaal(M::UitersteStartTweedeSpoor).and_then(|m| m.tot), None);
    i.eerstejaarsevaluatie = Some(d("2027-01-03"));
    let t = bereken(&i, d("2026-12-01")).expect("geldig");
    assert_eq!(datum(&t, M::UitersteStartTweedeSpoor), "2027-02-14");
}

#[test]
fn casus_2_3_loonsanctie_52_weken() {
    let mut i = invoer("2026-01-05");
    i.loonsanctie_weken = Some(52);
    let t = ok(&i);
    assert_eq!(datum(&t, M::LoonsanctieEinde), "2028-12-31");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-12-31");
    assert_eq!(datum(&t, M::WiaStart), "2029-01-01");
    // WIA-aanvraag verschuift niet door een loonsanctie.
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2027-10-17");
    // Schrikkeldag 2028-02-29 valt in de sanctieperiode: 364 dagen, geen "1 jaar".
    assert_eq!(d("2028-01-03").dagen_tot(d("2028-12-31")), 363);
}

#[test]
fn loonsanctie_korter() {
    let mut i = invoer("2026-01-05");
    i.loonsanctie_weken = Some(10);
    let t = ok(&i);
    // Extra loon D0+728 … D0+728+70−1; WIA vanaf D0+798.
    assert_eq!(datum(&t, M::LoonsanctieEinde), "2028-03-12");
    assert_eq!(datum(&t, M::WiaStart), "2028-03-13");
}

#[test]
fn casus_2_3_verlenging_13_weken() {
    let mut i = invoer("2026-01-05");
    i.verlenging_weken = Some(13);
    let t = ok(&i);
    assert_eq!(datum(&t, M::VerlengingEinde), "2028-04-02");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-04-02");
    assert_eq!(datum(&t, M::WiaStart), "2028-04-03");
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2028-01-16"); // D0+741
    assert_eq!(datum(&t, M::Eindevaluatie), "2028-01-02");
    // Verlenging + loonsanctie: sanctie na de verlengde periode.
    i.loonsanctie_weken = Some(2);
    let t = ok(&i);
    assert_eq!(datum(&t, M::LoonsanctieEinde), "2028-04-16");
    assert_eq!(datum(&t, M::WiaStart), "2028-04-17");
}

#[test]
fn variant_a_samengeteld() {
    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![(d("2026-03-16"), d("2026-04-05"))];
    let t = ok(&i);
    assert_eq!(t.begin_keten.iso(), "2026-01-05");
    assert!(t.keten_herstart.is_none());
    // In periode 1: ongewijzigd.
    assert_eq!(datum(&t, M::Probleemanalyse), "2026-02-15");
    assert_eq!(datum(&t, M::PlanVanAanpak), "2026-03-01");
    // Later: +21.
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2026-11-16");
    assert_eq!(tot(&t, M::EerstejaarsevaluatieVenster), "2027-01-24");
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2027-11-07");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-01-23");
    assert_eq!(datum(&t, M::WiaStart), "2028-01-24");
    // Zekerheid: samentellen bevestigd voor 42e week en 104 weken, niet voor EJE.
    let z = |id| t.mijlpaal(id).map(|m| m.zekerheid);
    assert_eq!(z(M::Probleemanalyse), Some(Zekerheid::Wet));
    assert_eq!(z(M::WeekmeldingUwv), Some(Zekerheid::Wet));
    assert_eq!(z(M::EindeWachttijd), Some(Zekerheid::Wet));
    assert_eq!(z(M::EerstejaarsevaluatieVenster), Some(Zekerheid::Onbevestigd));
    assert_eq!(z(M::Evaluatie(1)), Some(Zekerheid::Onbevestigd));
    // Week loopt niet door tijdens herstel.
    assert_eq!(t.week_van(d("2026-03-15")), Some(10));
    assert_eq!(t.week_van(d("2026-04-01")), Some(10));
    assert_eq!(t.week_van(d("2026-04-06")), Some(11));
    assert!(t.in_herstel(d("2026-04-01")));
}

#[test]
fn variant_b_nieuwe_keten() {
    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![(d("2026-03-16"), d("2026-04-12"))];
    let t = ok(&i);
    assert_eq!(t.begin_keten.iso(), "2026-04-13");
    assert_eq!(t.eerste_ziektedag_invoer.iso(), "2026-01-05");
    let h = t.keten_herstart.expect("herstart");
    assert_eq!(h.fitte_dagen, 28);
    assert_eq!(h.oorspronkelijke_eerste_ziektedag.iso(), "2026-01-05");
    assert!(t.herstel_in_keten.is_empty());
    assert_eq!(datum(&t, M::Ziekmelding), "2026-04-13");
    assert_eq!(datum(&t, M::Probleemanalyse), "2026-05-24");
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2027-02-01");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-04-09");
    assert_eq!(datum(&t, M::WiaStart), "2028-04-10");
    assert_eq!(t.week_van(d("2026-04-01")), None);
}

#[test]
fn variant_c_drie_periodes() {
    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![
        (d("2026-06-01"), d("2026-06-19")), // 19 dagen, volgorde maakt niet uit
        (d("2026-02-02"), d("2026-02-15")), // 14 dagen
    ];
    let t = bereken(&i, d("2026-07-01")).expect("geldig");
    assert_eq!(t.herstel_in_keten.len(), 2);
    // Tussen de twee herstelperiodes: alleen het eerste telt.
    assert_eq!(datum(&t, M::Probleemanalyse), "2026-03-01");
    assert_eq!(t.datum_op_ziektedag(294).iso(), "2026-11-28"); // za
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2026-11-30");
    assert_eq!(datum(&t, M::WiaStart), "2028-02-05");
    // Vóór het eerste herstel ongewijzigd.
    assert_eq!(datum(&t, M::ArbodienstGemeld), "2026-01-11");
    assert_eq!(datum(&t, M::VervroegdeIvaVanaf), "2026-01-26");
}

#[test]
fn zevenentwintig_tegen_achtentwintig_fitte_dagen() {
    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![(d("2026-03-16"), d("2026-04-11"))]; // 27
    let t = ok(&i);
    assert_eq!(t.begin_keten.iso(), "2026-01-05");
    assert_eq!(datum(&t, M::EindeWachttijd), d("2028-01-02").plus_dagen(27).iso());
    i.herstelperiodes = vec![(d("2026-03-16"), d("2026-04-12"))]; // 28
    assert_eq!(ok(&i).begin_keten.iso(), "2026-04-13");
    // Aansluitende periodes van 14 + 14 zijn samen 28 fitte dagen: nieuwe keten.
    i.herstelperiodes = vec![(d("2026-03-30"), d("2026-04-12")), (d("2026-03-16"), d("2026-03-29"))];
    let t = ok(&i);
    assert_eq!(t.begin_keten.iso(), "2026-04-13");
    assert_eq!(t.keten_herstart.map(|h| h.herstel.0.iso()), Some("2026-03-16".into()));
}

#[test]
fn herstart_daarna_weer_samentellen() {
    // Lang herstel, daarna een kort herstel in de nieuwe keten.
    let mut i = invoer("2025-01-06");
    i.herstelperiodes = vec![(d("2025-02-01"), d("2025-03-31")), (d("2025-05-01"), d("2025-05-10"))];
    let t = ok(&i);
    assert_eq!(t.begin_keten.iso(), "2025-04-01");
    assert_eq!(t.herstel_in_keten, vec![(d("2025-05-01"), d("2025-05-10"))]);
    // Einde week 6 in de nieuwe keten: 2025-04-01 + 41 + 10.
    assert_eq!(datum(&t, M::Probleemanalyse), "2025-05-22");
}

#[test]
fn schrikkeldag_in_venster() {
    let t = ok(&invoer("2026-03-05"));
    // 104 weken = 728 dagen, niet "2 jaar": 2028-02-29 zit ertussen.
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-03-01");
    assert_eq!(datum(&t, M::WiaStart), "2028-03-02");
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2027-12-15");
}

#[test]
fn d0_in_weekend() {
    let t = ok(&invoer("2026-01-10")); // zaterdag
    assert_eq!(datum(&t, M::Probleemanalyse), "2026-02-20");
    // D0+294 is weer een zaterdag → maandag.
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2026-11-02");
    assert_eq!(datum(&t, M::EindeWachttijd), d("2026-01-10").plus_dagen(727).iso());
}

#[test]
fn feestdag_verschuift_weekmelding() {
    let t = ok(&invoer("2026-03-06"));
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2026-12-28");
    assert_eq!(t.mijlpaal(M::WeekmeldingUwv).map(|m| m.week), Some(43));
}

#[test]
fn vervroegde_iva() {
    let mut i = invoer("2026-01-05");
    i.vervroegde_iva_aanvraag = Some(d("2026-03-02"));
    let t = ok(&i);
    assert_eq!(datum(&t, M::VervroegdeIvaStart), "2026-05-11");
    i.vervroegde_iva_aanvraag = Some(d("2026-01-25"));
    assert_eq!(fouten(&i), vec![InvoerFout { veld: Veld::VervroegdeIvaAanvraag, reden: Reden::IvaAanvraagTeVroeg }]);
    i.vervroegde_iva_aanvraag = Some(d("2026-01-26"));
    assert!(bereken(&i, vandaag()).is_ok());
    i.vervroegde_iva_aanvraag = Some(d("2027-04-25"));
    assert!(bereken(&i, vandaag()).is_ok());
    i.vervroegde_iva_aanvraag = Some(d("2027-04-26"));
    assert_eq!(fouten(&i), vec![InvoerFout { veld: Veld::VervroegdeIvaAanvraag, reden: Reden::IvaAanvraagTeLaat }]);
}

#[test]
fn validatie() {
    let f = |veld, reden| InvoerFout { veld, reden };
    assert_eq!(fouten(&invoer("1989-12-31")), vec![f(Veld::EersteZiektedag, Reden::VoorNegentienNegentig)]);
    assert_eq!(fouten(&invoer("2027-06-02")), vec![f(Veld::EersteZiektedag, Reden::MeerDanJaarVooruit)]);
    assert!(bereken(&invoer("2027-06-01"), vandaag()).is_ok());

    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![
        (d("2026-02-10"), d("2026-02-01")),
        (d("2026-01-05"), d("2026-01-10")),
        (d("2026-07-01"), d("2026-07-02")),
        (d("2026-03-01"), d("2026-03-10")),
        (d("2026-03-10"), d("2026-03-12")),
    ];
    i.eerstejaarsevaluatie = Some(d("1980-01-01"));
    i.loonsanctie_weken = Some(53);
    i.verlenging_weken = Some(12);
    let mut got = fouten(&i);
    got.sort_by_key(|x| format!("{x:?}"));
    let mut want = vec![
        f(Veld::Herstelperiode(0), Reden::HerstelEindeVoorBegin),
        f(Veld::Herstelperiode(1), Reden::HerstelVoorStart),
        f(Veld::Herstelperiode(2), Reden::HerstelInToekomst),
        f(Veld::Herstelperiode(4), Reden::HerstelOverlapt),
        f(Veld::Eerstejaarsevaluatie, Reden::VoorNegentienNegentig),
        f(Veld::LoonsanctieWeken, Reden::LoonsanctieTeLang),
        f(Veld::VerlengingWeken, Reden::VerlengingTeKort),
    ];
    want.sort_by_key(|x| format!("{x:?}"));
    assert_eq!(got, want);

    let mut i = invoer("2026-01-05");
    i.loonsanctie_weken = Some(0);
    i.verlenging_weken = Some(105);
    i.einde_dienstverband = Some(d("2027-06-02"));
    assert_eq!(
        fouten(&i),
        vec![
            f(Veld::EindeDienstverband, Reden::MeerDanJaarVooruit),
            f(Veld::LoonsanctieWeken, Reden::LoonsanctieNul),
            f(Veld::VerlengingWeken, Reden::VerlengingTeLang),
        ]
    );

    // Toetsen tegen de keten: EJE en einde dienstverband vóór de nieuwe D0.
    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![(d("2026-02-01"), d("2026-03-31"))];
    i.eerstejaarsevaluatie = Some(d("2026-03-01"));
    i.einde_dienstverband = Some(d("2026-02-15"));
    assert_eq!(
        fouten(&i),
        vec![
            f(Veld::Eerstejaarsevaluatie, Reden::EjeVoorStart),
            f(Veld::EindeDienstverband, Reden::EindeDienstverbandVoorStart),
        ]
    );

    // Verlenging kan niet bij uit dienst vóór einde wachttijd.
    let mut i = invoer("2026-01-05");
    i.verlenging_weken = Some(13);
    i.einde_dienstverband = Some(d("2026-12-31"));
    assert_eq!(fouten(&i), vec![f(Veld::VerlengingWeken, Reden::VerlengingNaUitDienst)]);
}

#[test]
fn labels_zeggen_wat_voor_datum_het_is() {
    // Issue 23 / review F12: the contract end is the person's own date, not a deadline
    // from the law; the evaluations are a rhythm ("minstens elke 6 weken"), not a habit.
    let mut i = invoer("2026-01-05");
    i.einde_dienstverband = Some(d("2026-12-31"));
    i.eerstejaarsevaluatie = Some(d("2026-11-30"));
    let t = ok(&i);
    let z = |id| t.mijlpaal(id).map(|m| m.zekerheid);
    assert_eq!(z(MijlpaalId::EindeDienstverband), Some(Zekerheid::Ingevuld));
    assert_eq!(z(MijlpaalId::Eerstejaarsevaluatie), Some(Zekerheid::Ingevuld));
    for n in 1..=EVALUATIES {
        assert_eq!(z(MijlpaalId::Evaluatie(n)), Some(Zekerheid::Ritme), "evaluatie {n}");
    }
    // An EJE inside weeks 46–52 is on time: the latest start of spoor 2 is UWV's rule.
    assert!(!t.eje_na_week_52());
    assert_eq!(z(MijlpaalId::UitersteStartTweedeSpoor), Some(Zekerheid::Uwv));
}

#[test]
fn een_late_eje_schuift_de_start_van_spoor_2_en_zegt_het() {
    // End of week 52 = D0 + 363 = 2027-01-03. An EJE on that day is on time; a day later is late.
    let mut i = invoer("2026-01-05");
    i.eerstejaarsevaluatie = Some(d("2027-01-03"));
    let t = bereken(&i, d("2026-12-01")).unwrap();
    assert!(!t.eje_na_week_52());
    i.eerstejaarsevaluatie = Some(d("2027-01-04"));
    let t = bereken(&i, d("2026-12-01")).unwrap();
    assert!(t.eje_na_week_52());
    let start = t.mijlpaal(MijlpaalId::UitersteStartTweedeSpoor).unwrap();
    assert_eq!(start.datum.iso(), "2027-02-15", "EJE + 6 weeks still computed");
    assert_eq!(start.zekerheid, Zekerheid::Onbevestigd, "but not said as certain");
}

#[test]
fn vervroegde_iva_is_open_van_week_3_tot_68_en_niet_na_een_aanvraag() {
    // Reference §1A #7: from D0 + 21 until before 68 weeks (≤ D0 + 475).
    let t = ok(&invoer("2026-01-05"));
    assert!(t.vervroegde_iva_open(d("2026-01-25")).is_none());
    assert!(t.vervroegde_iva_open(d("2026-01-26")).is_some());
    assert_eq!(t.vervroegde_iva_open(d("2027-04-25")).map(|m| m.datum.iso()), Some("2027-04-25".to_string()));
    assert!(t.vervroegde_iva_open(d("2027-04-26")).is_none());
    let mut i = invoer("2026-01-05");
    i.vervroegde_iva_aanvraag = Some(d("2026-03-02"));
    assert!(ok(&i).vervroegde_iva_open(d("2026-04-01")).is_none());
}

#[test]
fn uit_dienst_paden() {
    let mut i = invoer("2026-01-05");
    let pad = |i: &Invoer| bereken(i, d("2027-06-01")).expect("geldig").uit_dienst.expect("uit dienst");

    i.einde_dienstverband = Some(d("2026-02-08")); // zondag, 5 weken
    let u = pad(&i);
    assert_eq!(u.pad, UitDienstPad::VoorWeekmelding);
    assert_eq!(u.riv, RivBijUitDienst::Geen);
    assert_eq!(u.melding_ziek_uit_dienst.iso(), "2026-02-06"); // laatste werkdag
    assert_eq!(u.zw_beoordeling, Some(ZwBeoordeling::RondWeek44(d("2026-11-08"))));
    assert!(u.werkgeverstaken_na_einde.contains(&M::WeekmeldingUwv));
    assert!(u.werkgeverstaken_na_einde.contains(&M::Probleemanalyse));

    i.einde_dienstverband = Some(d("2026-02-15")); // precies 6 weken
    assert_eq!(pad(&i).riv, RivBijUitDienst::Beknopt);
    i.einde_dienstverband = Some(d("2026-03-15")); // 10 weken
    assert_eq!(pad(&i).riv, RivBijUitDienst::Volledig);

    i.einde_dienstverband = Some(d("2026-10-30")); // na melding 10-26, vóór einde wk 44
    let u = pad(&i);
    assert_eq!(u.pad, UitDienstPad::TotEindeWeek44);
    assert!(!u.werkgeverstaken_na_einde.contains(&M::WeekmeldingUwv));

    i.einde_dienstverband = Some(d("2026-12-31"));
    let u = pad(&i);
    assert_eq!(u.pad, UitDienstPad::NaWeek44);
    assert_eq!(u.week, 52);
    assert_eq!(u.zw_beoordeling, Some(ZwBeoordeling::BinnenVierWeken { uiterlijk: d("2027-01-28") }));

    let t = bereken(&i, d("2026-12-31")).expect("geldig");
    // Wachttijd loopt door: datums onveranderd.
    assert_eq!(datum(&t, M::WiaStart), "2028-01-03");
    assert_eq!(datum(&t, M::EindeDienstverband), "2026-12-31");

    i.einde_dienstverband = Some(d("2028-01-03"));
    assert_eq!(pad(&i).pad, UitDienstPad::NaWachttijd);
    assert_eq!(pad(&i).zw_beoordeling, None);
}

#[test]
fn status_volgende_week() {
    let t = ok(&invoer("2026-01-05"));
    assert_eq!(t.week_van(d("2026-01-04")), None);
    assert_eq!(t.week_van(d("2026-01-05")), Some(1));
    assert_eq!(t.week_van(d("2026-01-11")), Some(1));
    assert_eq!(t.week_van(d("2026-01-12")), Some(2));
    assert_eq!(t.week_van(d("2028-01-02")), Some(104));

    let vandaag = d("2026-12-01");
    let s = t.status(vandaag);
    assert_eq!(s.len(), t.mijlpalen.len());
    let st = |id| s.iter().find(|(m, _)| m.id == id).map(|(_, s)| *s);
    assert_eq!(st(M::WeekmeldingUwv), Some(Status::Voorbij));
    assert_eq!(st(M::EerstejaarsevaluatieVenster), Some(Status::Nu));
    assert_eq!(st(M::WiaStart), Some(Status::Komt));
    assert_eq!(t.volgende(vandaag).map(|m| m.id), Some(M::Evaluatie(7)));
    // Een termijn die vandaag afloopt is "Nu" en nog de volgende.
    let vandaag = d("2026-10-26");
    assert_eq!(st_op(&t, vandaag, M::WeekmeldingUwv), Status::Nu);
    assert_eq!(t.volgende(vandaag).map(|m| m.id), Some(M::WeekmeldingUwv));
    assert_eq!(t.volgende(d("2040-01-01")), None);
}

fn st_op(t: &Tijdlijn, v: Datum, id: MijlpaalId) -> Status {
    t.mijlpaal(id).map(|m| m.status(v)).unwrap_or(Status::Voorbij)
}

#[test]
fn sleutels_uniek() {
    let mut i = invoer("2026-01-05");
    i.eerstejaarsevaluatie = Some(d("2026-11-22"));
    i.vervroegde_iva_aanvraag = Some(d("2026-03-02"));
    i.einde_dienstverband = Some(d("2027-03-01"));
    i.loonsanctie_weken = Some(4);
    let t = bereken(&i, d("2026-12-31")).expect("geldig");
    let mut s: Vec<String> = t.mijlpalen.iter().map(|m| m.id.sleutel()).collect();
    let n = s.len();
    s.sort();
    s.dedup();
    assert_eq!(s.len(), n);
    assert_eq!(M::WeekmeldingUwv.sleutel(), "42e-weeksmelding");
    assert_eq!(M::Evaluatie(12).sleutel(), "evaluatie-12");
}

// ---------- property tests ----------

// ---- Issue 11: zwangerschaps- en bevallingsverlof in een herstelperiode (bron §2.2) ----
//
// Regel: verlofdagen tellen niet mee voor de onderbreking van 4 weken; zijn er minder
// dan 28 fitte dagen (zonder verlof), dan tellen de ziekteperiodes op. Verlofdagen zijn
// geen ziektedagen: latere mijlpalen schuiven dus wel op met de hele tussentijd.

fn met_verlof(herstel: (&str, &str), verlof: Option<(&str, &str)>) -> Invoer {
    let mut i = invoer("2026-01-05");
    i.herstelperiodes = vec![(d(herstel.0), d(herstel.1))];
    i.verlofperiodes = verlof.map(|(b, e)| vec![(d(b), d(e))]).unwrap_or_default();
    i
}

fn ok_op(i: &Invoer, v: &str) -> Tijdlijn {
    match bereken(i, d(v)) {
        Ok(t) => t,
        Err(f) => panic!("onverwachte fouten: {f:?}"),
    }
}

#[test]
fn verlof_telt_niet_mee_voor_de_4_weken() {
    // D0 = ma 5 jan 2026. Ziek t/m 15 mrt (70 ziektedagen, k = 0..=69).
    // Tussentijd 16 mrt t/m 31 mei = 77 dagen; daarin verlof 20 mrt t/m 28 mei = 70 dagen.
    // Fitte dagen = 77 − 70 = 7 < 28 → samentellen (§2.2). Weer ziek vanaf 1 jun.
    let i = met_verlof(("2026-03-16", "2026-05-31"), Some(("2026-03-20", "2026-05-28")));
    let t = ok_op(&i, "2026-12-01");
    assert!(t.keten_herstart.is_none(), "verlof mag de teller niet op nul zetten");
    assert_eq!(t.begin_keten.iso(), "2026-01-05");
    // Vóór de tussentijd verandert niets: probleemanalyse D0+41, plan van aanpak D0+55.
    assert_eq!(datum(&t, M::Probleemanalyse), "2026-02-15");
    assert_eq!(datum(&t, M::PlanVanAanpak), "2026-03-01");
    // Erna schuift alles 77 dagen (de hele tussentijd telt niet als ziektedag):
    // 42e-weeksmelding D0+294+77 = D0+371 = ma 11 jan 2027 (werkdag, geen feestdag).
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2027-01-11");
    // WIA-aanvraag uiterlijk D0+650+77 = D0+727 = zo 2 jan 2028.
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2028-01-02");
    // Laatste dag D0+727+77 = D0+804 = zo 19 mrt 2028; WIA vanaf D0+805 = ma 20 mrt 2028.
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-03-19");
    assert_eq!(datum(&t, M::WiaStart), "2028-03-20");
}

#[test]
fn zonder_verlof_begint_de_teller_opnieuw() {
    // Zelfde tussentijd zonder verlof: 77 fitte dagen ≥ 28 → nieuwe keten vanaf 1 jun 2026.
    // 42e-weeksmelding 1 jun + 294 = ma 22 mrt 2027; laatste dag 1 jun + 727 = zo 28 mei 2028.
    let i = met_verlof(("2026-03-16", "2026-05-31"), None);
    let t = ok_op(&i, "2026-12-01");
    assert_eq!(t.begin_keten.iso(), "2026-06-01");
    assert_eq!(t.keten_herstart.map(|h| h.fitte_dagen), Some(77));
    assert_eq!(datum(&t, M::WeekmeldingUwv), "2027-03-22");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-05-28");
}

#[test]
fn verlof_grens_27_tegen_28_fitte_dagen() {
    // Tussentijd 16 mrt t/m 30 apr 2026 = 46 dagen.
    // Verlof 20 mrt t/m 7 apr = 19 dagen → 27 fitte dagen → samentellen.
    let t = ok_op(&met_verlof(("2026-03-16", "2026-04-30"), Some(("2026-03-20", "2026-04-07"))), "2026-12-01");
    assert!(t.keten_herstart.is_none());
    // Verlof 20 mrt t/m 6 apr = 18 dagen → 28 fitte dagen → nieuwe keten vanaf 1 mei 2026.
    let t = ok_op(&met_verlof(("2026-03-16", "2026-04-30"), Some(("2026-03-20", "2026-04-06"))), "2026-12-01");
    assert_eq!(t.begin_keten.iso(), "2026-05-01");
    assert_eq!(t.keten_herstart.map(|h| h.fitte_dagen), Some(28));
}

#[test]
fn verlof_buiten_herstel_of_omgedraaid_is_een_fout() {
    let i = met_verlof(("2026-03-16", "2026-04-30"), Some(("2026-03-10", "2026-04-07")));
    assert!(bereken(&i, d("2026-12-01"))
        .err()
        .unwrap_or_default()
        .contains(&InvoerFout { veld: Veld::Verlof(0), reden: Reden::VerlofBuitenHerstel }));
    let i = met_verlof(("2026-03-16", "2026-04-30"), Some(("2026-04-07", "2026-03-20")));
    assert!(bereken(&i, d("2026-12-01"))
        .err()
        .unwrap_or_default()
        .contains(&InvoerFout { veld: Veld::Verlof(0), reden: Reden::VerlofEindeVoorBegin }));
}

// ---- Issue 11: elke mijlpaal onder een loonsanctie en een verlenging (bron §2.1) ----

/// De datums van casus §2.3 (D0 = ma 5 jan 2026) die een loonsanctie of verlenging
/// niet raken: alles vóór het einde van de loondoorbetaling.
const VOOR_HET_EINDE: [(MijlpaalId, &str); 11] = [
    (M::Ziekmelding, "2026-01-05"),                 // D0
    (M::ArbodienstGemeld, "2026-01-11"),            // D0+6
    (M::VervroegdeIvaVanaf, "2026-01-26"),          // D0+21
    (M::Probleemanalyse, "2026-02-15"),             // D0+41
    (M::PlanVanAanpak, "2026-03-01"),               // D0+55
    (M::WeekmeldingUwv, "2026-10-26"),              // D0+294, maandag
    (M::EerstejaarsevaluatieVenster, "2026-11-16"), // D0+315
    (M::UitersteStartTweedeSpoor, "2026-12-28"),    // D0+357
    (M::VervroegdeIvaTot, "2027-04-25"),            // D0+475
    (M::WiaBrief, "2027-09-13"),                    // D0+616
    (M::Evaluatie(15), "2027-11-21"),               // einde week 98 = D0+685
];

#[test]
fn elke_mijlpaal_onder_een_loonsanctie_van_26_weken() {
    let mut i = invoer("2026-01-05");
    i.loonsanctie_weken = Some(26);
    let t = ok(&i);
    for (id, verwacht) in VOOR_HET_EINDE {
        assert_eq!(datum(&t, id), verwacht, "{id:?}");
    }
    // De aanvraag ligt al bij UWV: WIA-aanvraag D0+650 = zo 17 okt 2027 en eindevaluatie
    // D0+636 = zo 3 okt 2027 blijven staan.
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2027-10-17");
    assert_eq!(datum(&t, M::Eindevaluatie), "2027-10-03");
    // Extra loon van D0+728 t/m D0+727+7·26 = D0+909 = zo 2 jul 2028 (§2.1 "Loonsanctie of W weeks").
    assert_eq!(datum(&t, M::LoonsanctieEinde), "2028-07-02");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-07-02");
    // WIA vanaf D0+728+7·26 = D0+910 = ma 3 jul 2028.
    assert_eq!(datum(&t, M::WiaStart), "2028-07-03");
    // D0+909 ligt in week 909/7 + 1 = 130.
    assert_eq!(t.mijlpaal(M::EindeWachttijd).map(|m| m.week), Some(130));
    assert_eq!(t.mijlpaal(M::EindeWachttijd).map(|m| m.deel()), Some(Deel::Daarna));
    assert!(t.mijlpaal(M::VerlengingEinde).is_none());
}

#[test]
fn elke_mijlpaal_onder_een_verlenging_van_13_weken() {
    let mut i = invoer("2026-01-05");
    i.verlenging_weken = Some(13);
    let t = ok(&i);
    for (id, verwacht) in VOOR_HET_EINDE {
        assert_eq!(datum(&t, id), verwacht, "{id:?}");
    }
    // Nieuwe laatste dag L = D0+727+7·13 = D0+818 = zo 2 apr 2028 (§2.1 "Vrijwillige verlenging").
    assert_eq!(datum(&t, M::VerlengingEinde), "2028-04-02");
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-04-02");
    assert_eq!(datum(&t, M::WiaStart), "2028-04-03");
    // WIA-aanvraag uiterlijk L − 77 = D0+741 = zo 16 jan 2028 (casus §2.3).
    assert_eq!(datum(&t, M::WiaAanvraagUiterlijk), "2028-01-16");
    // Eindevaluatie 2 weken vóór die aanvraag (onze aanname, ONBEVESTIGD): zo 2 jan 2028.
    assert_eq!(datum(&t, M::Eindevaluatie), "2028-01-02");
    assert_eq!(t.mijlpaal(M::Eindevaluatie).map(|m| m.zekerheid), Some(Zekerheid::Onbevestigd));
    assert!(t.mijlpaal(M::LoonsanctieEinde).is_none());
}

#[test]
fn verlenging_en_loonsanctie_samen() {
    // Eerst de verlenging (L = D0+818), dan 26 weken sanctie: D0+818+182 = D0+1000 = zo 1 okt 2028.
    let mut i = invoer("2026-01-05");
    i.verlenging_weken = Some(13);
    i.loonsanctie_weken = Some(26);
    let t = ok(&i);
    assert_eq!(datum(&t, M::EindeWachttijd), "2028-10-01");
    assert_eq!(datum(&t, M::WiaStart), "2028-10-02");
}

#[test]
fn aard_van_elke_datum() {
    let t = ok(&invoer("2026-01-05"));
    let aard = |id| t.mijlpaal(id).map(|m| m.aard());
    // Termijnen uit wet of Werkwijzer.
    for id in [M::Probleemanalyse, M::PlanVanAanpak, M::WeekmeldingUwv, M::Eindevaluatie, M::WiaAanvraagUiterlijk] {
        assert_eq!(aard(id), Some(Aard::Termijn), "{id:?}");
    }
    // Vensters: EJE week 46–52 en spoor 2 zonder EJE-datum.
    assert_eq!(aard(M::EerstejaarsevaluatieVenster), Some(Aard::Venster));
    assert_eq!(aard(M::UitersteStartTweedeSpoor), Some(Aard::Venster));
    // Schattingen: nooit een dag die leest als een afspraak.
    for n in 1..=15 {
        assert_eq!(aard(M::Evaluatie(n)), Some(Aard::Schatting));
    }
    assert_eq!(aard(M::WiaBrief), Some(Aard::Schatting));
    assert_eq!(aard(M::ArbodienstGemeld), Some(Aard::Schatting));
    assert_eq!(aard(M::VervroegdeIvaTot), Some(Aard::Schatting));
    // Vaste dagen.
    assert_eq!(aard(M::Ziekmelding), Some(Aard::Vast));
    assert_eq!(aard(M::EindeWachttijd), Some(Aard::Vast));
    // Met een bekende EJE is spoor 2 een termijn: EJE + 6 weken.
    let mut i = invoer("2026-01-05");
    i.eerstejaarsevaluatie = Some(d("2026-11-30"));
    let t = ok(&i);
    assert_eq!(t.mijlpaal(M::UitersteStartTweedeSpoor).map(|m| m.aard()), Some(Aard::Termijn));
}

#[test]
fn kort_overzicht_na_14_maanden() {
    // D0 = 5 jan 2026, vandaag 22 nov 2026... en 14 maanden later: 5 mrt 2027 (week 61).
    let t = ok(&invoer("2026-01-05"));
    let v = d("2027-03-05");
    let stappen: Vec<MijlpaalId> = t.volgende_stappen(v, 3).iter().map(|m| m.id).collect();
    // Geen evaluaties en geen vervroegde IVA in de volgende stappen.
    assert_eq!(stappen, vec![M::WiaBrief, M::Eindevaluatie, M::WiaAanvraagUiterlijk]);
    // Volgende evaluatie: einde week 62 = D0+433 = zo 14 mrt 2027 (§2.3).
    assert_eq!(t.volgende_evaluatie(v).map(|m| m.datum.iso()), Some("2027-03-14".to_string()));
}

/// Kiest een datum in `van ..= tot` met `keuze`; `None` als het bereik leeg is.
fn binnen(van: Datum, tot: Datum, keuze: prop::sample::Index) -> Option<Datum> {
    let breedte = usize::try_from(van.dagen_tot(tot)).ok()?;
    Some(van.plus_dagen(i32::try_from(keuze.index(breedte + 1)).ok()?))
}

/// Een geldige invoer: korte en soms lange herstelperiodes na D0 (een lange, van 28
/// dagen of meer, laat de keten opnieuw beginnen), en de losse datums alleen binnen
/// wat [`bereken`] toestaat, gerekend op de keten die uit die periodes volgt. Zo test
/// elk gegenereerd geval de eigenschap, in plaats van dat ongeldige gevallen stil
/// worden overgeslagen; de tests eisen daarom ook dat `bereken` ze aanneemt.
fn geldige_invoer() -> impl Strategy<Value = (Invoer, Datum)> {
    let keuze = || prop::option::of(any::<prop::sample::Index>());
    (
        (0i32..14_000, prop::collection::vec((1i32..200, 1i32..40), 0..6), 0i32..900), // D0 tussen 1990 en ~2028
        (keuze(), keuze(), keuze()),
        prop::option::of(1u16..=MAX_LOONSANCTIE_WEKEN),
        prop::option::of(MIN_VERLENGING_WEKEN..=MAX_VERLENGING_WEKEN),
    )
        .prop_map(|((d0, periodes, extra), (eje, iva, einde), w, v)| {
            let d0 = Datum::uit_dagen(7305 + d0).unwrap_or(Datum::MIN);
            let mut herstel = Vec::new();
            let mut x = d0;
            for (ziek, fit) in periodes {
                let b = x.plus_dagen(ziek);
                let e = b.plus_dagen(fit - 1);
                herstel.push((b, e));
                x = e.plus_dagen(1);
            }
            let vandaag = x.plus_dagen(extra);
            let max = vandaag.plus_dagen(MAX_DAGEN_VOORUIT);
            let t = keten(d0, herstel.iter().copied(), &[]);
            let start = t.begin_keten;
            // Na de start van de keten; de EJE meestal rond week 46–52.
            let eje = eje.and_then(|k| binnen(start, max.min(start.plus_dagen(600)), k));
            let iva = iva
                .and_then(|k| binnen(t.datum_op_ziektedag(K_IVA_VANAF), t.datum_op_ziektedag(K_IVA_TOT).min(max), k));
            // Met een verlenging: uit dienst pas na de laatste dag van de wachttijd.
            let vroegst_uit_dienst =
                if v.is_some() { t.datum_op_ziektedag(K_LAATSTE_DAG).plus_dagen(1) } else { start };
            let einde = einde.and_then(|k| binnen(vroegst_uit_dienst, max, k));
            let i = Invoer {
                eerste_ziektedag: d0,
                herstelperiodes: herstel,
                eerstejaarsevaluatie: eje,
                vervroegde_iva_aanvraag: iva,
                einde_dienstverband: einde,
                loonsanctie_weken: w,
                verlenging_weken: v,
                verlofperiodes: Vec::new(),
            };
            (i, vandaag)
        })
}

/// `i` met één extra herstelperiode van `lengte` (< 28) dagen in een ziek stuk: vóór,
/// tussen of na de bestaande periodes, met minstens één ziektedag ertussen, zodat ze
/// niet samenvloeien tot een herstel dat de keten laat herstarten. De data die van de
/// telling van ziektedagen afhangen (IVA-aanvraag, einde dienstverband) vallen weg: die
/// mag extra herstel bewust buiten hun venster schuiven. Geeft ook de nieuwe "vandaag".
fn met_extra_herstel(
    i: &Invoer,
    vandaag: Datum,
    plek: prop::sample::Index,
    waar: prop::sample::Index,
    lengte: i32,
) -> (Invoer, Datum) {
    // Zieke stukken waarin de nieuwe periode past: (vroegste begin, laatste einde).
    let mut stukken = Vec::new();
    let mut van = i.eerste_ziektedag.plus_dagen(1);
    for &(b, e) in &i.herstelperiodes {
        if van <= b.plus_dagen(-2) {
            stukken.push((van, b.plus_dagen(-2)));
        }
        van = e.plus_dagen(2);
    }
    // Na de laatste periode: het begin tot uiterlijk een half jaar verder.
    stukken.push((van, van.plus_dagen(180 + lengte)));
    let (v, t) = stukken[plek.index(stukken.len())];
    let lengte = lengte.min(v.dagen_tot(t) + 1);
    let b = binnen(v, t.plus_dagen(1 - lengte), waar).unwrap_or(v);
    let mut j = i.clone();
    j.herstelperiodes.push((b, b.plus_dagen(lengte - 1)));
    j.herstelperiodes.sort();
    j.vervroegde_iva_aanvraag = None;
    j.einde_dienstverband = None;
    (j, vandaag.max(b))
}

/// `bereken` moet een geldige invoer aannemen; zo niet, dan faalt de test met de fouten.
fn moet_lukken(i: &Invoer, vandaag: Datum) -> Result<Tijdlijn, TestCaseError> {
    bereken(i, vandaag)
        .map_err(|f| TestCaseError::fail(format!("geldige invoer afgewezen: {f:?} voor {i:?}, vandaag {vandaag}")))
}

fn willekeurige_datum() -> impl Strategy<Value = Datum> {
    prop_oneof![
        (-800_000i32..3_000_000).prop_map(|n| Datum::uit_dagen(n).unwrap_or(Datum::MAX)),
        (7000i32..25_000).prop_map(|n| Datum::uit_dagen(n).unwrap_or(Datum::MIN)),
        Just(Datum::MIN),
        Just(Datum::MAX),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn volgorde_klopt((i, vandaag) in geldige_invoer()) {
        let t = moet_lukken(&i, vandaag)?;
        for paar in t.mijlpalen.windows(2) {
            prop_assert!(paar[0].datum <= paar[1].datum);
        }
        for m in &t.mijlpalen {
            prop_assert!(m.tot.is_none_or(|x| x >= m.datum));
            prop_assert!(m.week >= 1);
        }
        let vast = [M::Probleemanalyse, M::PlanVanAanpak, M::WeekmeldingUwv, M::EindeWachttijd, M::WiaStart];
        let datums: Vec<Datum> = vast.iter().filter_map(|id| t.mijlpaal(*id).map(|m| m.datum)).collect();
        prop_assert_eq!(datums.len(), vast.len());
        for paar in datums.windows(2) {
            prop_assert!(paar[0] < paar[1], "{:?}", datums);
        }
        let aanvraag = t.mijlpaal(M::WiaAanvraagUiterlijk).map(|m| m.datum);
        let einde = t.mijlpaal(M::EindeWachttijd).map(|m| m.datum);
        prop_assert!(aanvraag < einde);
    }

    #[test]
    fn extra_herstel_vervroegt_nooit(
        (i, vandaag) in geldige_invoer(),
        plek in any::<prop::sample::Index>(),
        waar in any::<prop::sample::Index>(),
        lengte in 1i32..28,
    ) {
        let (j, later) = met_extra_herstel(&i, vandaag, plek, waar, lengte);
        let mut i = i;
        i.vervroegde_iva_aanvraag = None;
        i.einde_dienstverband = None;
        let voor = moet_lukken(&i, vandaag)?;
        let na = moet_lukken(&j, later)?;
        prop_assert_eq!(na.begin_keten, voor.begin_keten, "een korte, losse herstelperiode herstart de keten niet");
        for m in &voor.mijlpalen {
            if let Some(n) = na.mijlpaal(m.id) {
                prop_assert!(n.datum >= m.datum, "{:?}: {} -> {}", m.id, m.datum, n.datum);
                prop_assert!(n.einde() >= m.einde());
            }
        }
    }

    #[test]
    fn nooit_paniek(
        d0 in willekeurige_datum(),
        vandaag in willekeurige_datum(),
        herstel in prop::collection::vec((willekeurige_datum(), willekeurige_datum()), 0..5),
        eje in prop::option::of(willekeurige_datum()),
        iva in prop::option::of(willekeurige_datum()),
        einde in prop::option::of(willekeurige_datum()),
        w in prop::option::of(any::<u16>()),
        v in prop::option::of(any::<u16>()),
    ) {
        let i = Invoer {
            eerste_ziektedag: d0,
            herstelperiodes: herstel,
            eerstejaarsevaluatie: eje,
            vervroegde_iva_aanvraag: iva,
            einde_dienstverband: einde,
            loonsanctie_weken: w,
            verlenging_weken: v,
            verlofperiodes: Vec::new(),
        };
        match bereken(&i, vandaag) {
            Ok(t) => {
                let _ = t.status(vandaag);
                let _ = t.volgende(vandaag);
                let _ = t.week_van(vandaag);
                let _ = t.week_van(Datum::MAX);
                let _ = t.datum_op_ziektedag(u32::MAX);
            }
            Err(f) => prop_assert!(!f.is_empty()),
        }
    }

    #[test]
    fn nooit_paniek_dicht_bij_nu(
        d0 in 0i32..400,
        herstel in prop::collection::vec((0i32..500, -5i32..60), 0..6),
        eje in prop::option::of(-50i32..500),
        iva in prop::option::of(-50i32..600),
        einde in prop::option::of(-50i32..900),
        w in prop::option::of(0u16..60),
        v in prop::option::of(0u16..120),
    ) {
        // Realistische maar vaak ongeldige combinaties rond vandaag.
        let nu = d("2026-06-01");
        let d0d = nu.plus_dagen(-d0);
        let i = Invoer {
            eerste_ziektedag: d0d,
            herstelperiodes: herstel.iter().map(|&(b, l)| (d0d.plus_dagen(b), d0d.plus_dagen(b + l))).collect(),
            eerstejaarsevaluatie: eje.map(|k| d0d.plus_dagen(k)),
            vervroegde_iva_aanvraag: iva.map(|k| d0d.plus_dagen(k)),
            einde_dienstverband: einde.map(|k| d0d.plus_dagen(k)),
            loonsanctie_weken: w,
            verlenging_weken: v,
            verlofperiodes: Vec::new(),
        };
        if let Ok(t) = bereken(&i, nu) {
            for paar in t.mijlpalen.windows(2) {
                prop_assert!(paar[0].datum <= paar[1].datum);
            }
        }
    }
}
