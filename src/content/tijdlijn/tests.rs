//! Tests of the timeline's texts (`content::tijdlijn`).

use super::*;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{MijlpaalId, Reden, Spoor, Zekerheid};
use crate::domain::tijdlijn::formulier::{Probleem, Veld};

const CHECK_NL: &str = "Controleer dit bij je casemanager of UWV.";
const CHECK_EN: &str = "Check this with your casemanager or UWV.";

/// Positie in `ALLE`, via een match zonder wildcard: een nieuwe variant breekt de build.
fn positie(s: MijlpaalId) -> usize {
    use MijlpaalId::*;
    match s {
        Ziekmelding => 0,
        ArbodienstGemeld => 1,
        VervroegdeIvaVanaf => 2,
        Probleemanalyse => 3,
        PlanVanAanpak => 4,
        Evaluatie(_) => 5,
        WeekmeldingUwv => 6,
        EerstejaarsevaluatieVenster => 7,
        Eerstejaarsevaluatie => 8,
        UitersteStartTweedeSpoor => 9,
        VervroegdeIvaTot => 10,
        VervroegdeIvaStart => 11,
        WiaBrief => 12,
        Eindevaluatie => 13,
        WiaAanvraagUiterlijk => 14,
        EindeWachttijd => 15,
        WiaStart => 16,
        LoonsanctieEinde => 17,
        VerlengingEinde => 18,
        EindeDienstverband => 19,
    }
}

/// Alle teksten van de tijdlijn, met hun bestand als label: uit de bronscan
/// (`tekstbestanden::tijdlijn_teksten`), de enige verzamelaar van teksten.
fn alle_teksten() -> Vec<(String, Tekst)> {
    crate::content::tekstbestanden::tijdlijn_teksten()
}

#[test]
fn schermteksten_compleet_en_uniek() {
    assert!(scherm::ALLE.len() > 100);
    for (naam, tk) in scherm::ALLE {
        assert!(tk.is_compleet(), "lege schermtekst: {naam}");
        // Een plek voor een waarde staat in beide talen even vaak.
        assert_eq!(tk.nl.matches("{}").count(), tk.en.matches("{}").count(), "{naam}: aantal {{}} verschilt");
    }
    let mut namen: Vec<&str> = scherm::ALLE.iter().map(|(n, _)| *n).collect();
    namen.sort_unstable();
    namen.dedup();
    assert_eq!(namen.len(), scherm::ALLE.len());
    for tk in [scherm::ONZEKER_HERSTEL, scherm::ONZEKER_ALGEMEEN, scherm::VRAAG_IVA] {
        assert!(tk.nl.ends_with(CHECK_NL) && tk.en.ends_with(CHECK_EN));
    }
}

#[test]
fn datum_voluit_in_beide_talen() {
    use crate::domain::taal::Taal;
    let d = |s: &str| Datum::parse_iso(s).expect("testdatum");
    assert_eq!(datum_voluit(d("2026-10-26"), Taal::Nl), "maandag 26 oktober 2026");
    assert_eq!(datum_voluit(d("2026-10-26"), Taal::En), "Monday 26 October 2026");
    assert_eq!(datum_voluit(d("2026-01-05"), Taal::Nl), "maandag 5 januari 2026");
    assert_eq!(datum_voluit(d("2028-02-29"), Taal::Nl), "dinsdag 29 februari 2028");
    assert_eq!(datum_voluit(d("2027-10-17"), Taal::En), "Sunday 17 October 2027");
    assert_eq!(datum_voluit(d("2026-12-25"), Taal::Nl), "vrijdag 25 december 2026");
    // Elke weekdag en maand komt voor, en nooit een lege naam.
    let mut x = d("2026-01-01");
    for _ in 0..400 {
        for taal in Taal::ALLE {
            let s = datum_voluit(x, taal);
            assert_eq!(s.split(' ').count(), 4, "{s}");
            assert!(s.split(' ').all(|w| !w.is_empty()), "{s}");
        }
        x = x.plus_dagen(1);
    }
    assert_eq!(datum_voluit(Datum::MIN, Taal::Nl), "maandag 1 januari 1");
}

#[test]
fn every_evaluation_shares_one_text() {
    assert_eq!(mijlpaal_tekst(MijlpaalId::Evaluatie(15)), mijlpaal_tekst(MijlpaalId::Evaluatie(1)));
}

#[test]
fn elke_melding_heeft_tekst() {
    use crate::domain::tijdlijn::datum::DatumFout;
    let redenen = [
        Reden::VoorNegentienNegentig,
        Reden::MeerDanJaarVooruit,
        Reden::HerstelEindeVoorBegin,
        Reden::HerstelVoorStart,
        Reden::HerstelInToekomst,
        Reden::HerstelOverlapt,
        Reden::EjeVoorStart,
        Reden::IvaAanvraagTeVroeg,
        Reden::IvaAanvraagTeLaat,
        Reden::EindeDienstverbandVoorStart,
        Reden::LoonsanctieNul,
        Reden::LoonsanctieTeLang,
        Reden::VerlengingTeKort,
        Reden::VerlengingTeLang,
        Reden::VerlengingNaUitDienst,
        Reden::VerlofEindeVoorBegin,
        Reden::VerlofBuitenHerstel,
    ];
    let mut problemen: Vec<Probleem> = redenen.into_iter().map(Probleem::Reden).collect();
    problemen.extend(
        [DatumFout::Formaat, DatumFout::OngeldigeMaand, DatumFout::OngeldigeDag, DatumFout::BuitenBereik]
            .map(Probleem::Datum),
    );
    problemen.extend([Probleem::Leeg, Probleem::GeenGetal]);
    let mut gezien = Vec::new();
    for p in problemen {
        for veld in [
            Veld::EersteZiektedag,
            Veld::HerstelVan(0),
            Veld::HerstelTot(0),
            Veld::VerlofVan(0),
            Veld::VerlofTot(0),
            Veld::LoonsanctieWeken,
        ] {
            let tk = melding_tekst(veld, p);
            assert!(tk.is_compleet(), "{veld:?} {p:?}");
            if !gezien.contains(&tk.nl) {
                gezien.push(tk.nl);
            }
        }
    }
    // Elke reden en elk leesprobleem heeft een eigen tekst (Leeg: 5 varianten).
    assert_eq!(gezien.len(), 17 + 4 + 5 + 1);
    for s in [Spoor::Een, Spoor::Twee, Spoor::Beide, Spoor::Geen] {
        assert!(spoor_tekst(s).is_compleet());
    }
    for z in [
        Zekerheid::Wet,
        Zekerheid::Uwv,
        Zekerheid::Praktijk,
        Zekerheid::Ongeveer,
        Zekerheid::Onbevestigd,
        Zekerheid::Ritme,
        Zekerheid::Ingevuld,
    ] {
        assert!(zekerheid_tekst(z).is_compleet());
    }
}

#[test]
fn alle_is_volledig_en_uniek() {
    assert_eq!(ALLE_MIJLPALEN.len(), 20);
    for (i, s) in ALLE_MIJLPALEN.iter().enumerate() {
        assert_eq!(positie(*s), i, "{s:?} staat niet op plek {i} in ALLE");
    }
}

#[test]
fn elke_mijlpaal_heeft_tekst() {
    for s in ALLE_MIJLPALEN {
        let m = mijlpaal_tekst(s);
        assert!(!m.titel.nl.trim().is_empty(), "{s:?}");
    }
}

#[test]
fn geen_lege_teksten() {
    for (label, tk) in alle_teksten() {
        assert!(!tk.nl.trim().is_empty(), "lege NL-tekst: {label}");
        assert!(!tk.en.trim().is_empty(), "lege EN-tekst: {label}");
    }
    for b in BEGRIPPEN {
        assert!(!b.term.trim().is_empty());
    }
}

#[test]
fn modules_zijn_toegestaan() {
    let mut gebruikt: Vec<&str> = Vec::new();
    for s in ALLE_MIJLPALEN {
        gebruikt.extend(mijlpaal_tekst(s).module);
    }
    gebruikt.extend(FASEN.iter().filter_map(|f| f.module));
    for m in gebruikt {
        assert!(MODULES.contains(&m), "onbekende module: {m}");
    }
}

#[test]
fn fasen_aantal() {
    assert!((4..=5).contains(&FASEN.len()));
}

#[test]
fn begrippen_uniek_en_gesorteerd() {
    for w in BEGRIPPEN.windows(2) {
        let (a, b) = (w[0].term.to_lowercase(), w[1].term.to_lowercase());
        assert!(a < b, "niet gesorteerd of dubbel: {:?} voor {:?}", w[0].term, w[1].term);
    }
}

#[test]
fn verplichte_begrippen_aanwezig() {
    let verplicht = [
        "eerste spoor",
        "tweede spoor",
        "tweesporentraject",
        "passende arbeid",
        "belastbaarheid",
        "FML",
        "re-integratieverslag",
        "loonsanctie",
        "WIA",
        "WGA",
        "IVA",
        "arbeidsdeskundige",
        "casemanager",
        "re-integratiebedrijf",
        "werkervaringsplaats",
        "proefplaatsing",
        "detachering",
        "bedrijfsarts",
        "verzekeringsarts",
        "deskundigenoordeel",
        "second opinion",
        "wachttijd",
        "opzegverbod",
        "vangnetter",
        "eigenrisicodrager",
        "probleemanalyse",
        "plan van aanpak",
        "eerstejaarsevaluatie",
        "42e-weeksmelding",
        "eindevaluatie",
        "samentellen",
        "vrijwillige verlenging",
        "vervroegde IVA",
    ];
    for v in verplicht {
        assert!(
            BEGRIPPEN.iter().any(|b| b.term == v || b.term.starts_with(&format!("{v} ("))),
            "begrip ontbreekt: {v}"
        );
    }
}

#[test]
fn onbevestigd_verwijst_naar_casemanager_en_uwv() {
    for s in ALLE_MIJLPALEN {
        if let Some(o) = mijlpaal_tekst(s).onbevestigd {
            for txt in [o.nl, o.en] {
                assert!(txt.contains("casemanager") && txt.contains("UWV"), "{s:?}: {txt}");
            }
            assert!(o.nl.ends_with(CHECK_NL), "{s:?}");
            assert!(o.en.ends_with(CHECK_EN), "{s:?}");
        }
    }
    assert!(FEESTDAGEN_UITLEG.nl.ends_with(CHECK_NL));
    assert!(FEESTDAGEN_UITLEG.en.ends_with(CHECK_EN));
}

#[test]
fn onbevestigde_punten_elders_hebben_controlezin() {
    // Eigen bijdrage deskundigenoordeel, proefplaatsing, passende arbeid (wettekst).
    let dosk = TWEEDE_SPOOR.iter().flat_map(|s| s.alineas.iter()).find(|a| a.nl.contains("€400")).unwrap();
    assert!(dosk.nl.contains(CHECK_NL) && dosk.en.contains(CHECK_EN));
    let proef = TWEEDE_SPOOR.iter().flat_map(|s| s.punten.iter()).find(|p| p.nl.starts_with("Proefplaatsing")).unwrap();
    assert!(proef.nl.contains(CHECK_NL) && proef.en.contains(CHECK_EN));
    for term in ["passende arbeid", "proefplaatsing"] {
        let b = BEGRIPPEN.iter().find(|b| b.term == term).unwrap();
        assert!(b.uitleg.nl.ends_with(CHECK_NL) && b.uitleg.en.ends_with(CHECK_EN), "{term}");
    }
}

#[test]
fn stijl_en_verouderde_claims() {
    let verboden_overal = ["!", "€50 ", "€ 50", "week 87", "week 91 aanvragen", "13e week", "13th week"];
    let verboden_nl = ["snel", "direct", " u ", " uw "];
    for (label, tk) in alle_teksten() {
        for v in verboden_overal {
            assert!(!tk.nl.contains(v) && !tk.en.contains(v), "{label} bevat {v:?}");
        }
        let nl = format!(" {} ", tk.nl.to_lowercase());
        for v in verboden_nl {
            assert!(!nl.contains(v), "{label} bevat {v:?}");
        }
        assert!(!tk.nl.contains("  ") && !tk.en.contains("  "), "{label}: dubbele spatie");
        assert!(!tk.nl.to_lowercase().contains("diagnose"), "{label}");
    }
}

#[test]
fn kaarten_onder_loonsanctie_of_verlenging_zeggen_nooit_104_weken() {
    use crate::domain::tijdlijn::engine::{bereken, Invoer};
    let d0 = Datum::parse_iso("2026-01-05").expect("datum");
    let vandaag = Datum::parse_iso("2027-03-05").expect("datum");
    for (loonsanctie, verlenging) in [(Some(26), None), (None, Some(13)), (Some(52), Some(20))] {
        let mut i = Invoer::vanaf(d0);
        i.loonsanctie_weken = loonsanctie;
        i.verlenging_weken = verlenging;
        let tl = bereken(&i, vandaag).expect("tijdlijn");
        for m in &tl.mijlpalen {
            let k = mijlpaal_tekst_in(m.id, loonsanctie.is_some(), verlenging.is_some());
            for tk in [k.titel, k.wie, k.wat, k.jij, k.gemist] {
                for taal in [tk.nl, tk.en] {
                    // A card after week 104 never speaks of the 104 weeks as its own date.
                    if m.week > 104 {
                        assert!(!taal.contains("104"), "{:?}: {taal}", m.id);
                    }
                    assert!(!taal.contains("geen loonsanctie") && !taal.contains("no loonsanctie"), "{:?}", m.id);
                }
            }
        }
    }
    // Without a sanction or extension the normal card keeps its 104 weeks.
    assert!(mijlpaal_tekst_in(MijlpaalId::EindeWachttijd, false, false).titel.nl.contains("104 weken"));
}

#[test]
fn het_einde_van_de_loondoorbetaling_noemt_de_geldfeiten_en_waar_je_hulp_vindt() {
    // Reference §1: art. 7:629 BW, at least 70% for 104 weeks; the second track does not change it.
    let k = mijlpaal_tekst(MijlpaalId::EindeWachttijd);
    for tekst in [k.wie.nl, k.wie.en] {
        assert!(tekst.contains("70%"), "{tekst}");
        assert!(tekst.contains("Juridisch Loket"), "{tekst}");
    }
    assert!(k.wie.nl.contains("tweede spoor verandert daar niets aan"));
}

#[test]
fn geld_en_wia_goed_voor_iedereen() {
    // Issue 23, item 3 / review F3, F7, F8.
    let jaar2 = FASEN.iter().find(|f| f.titel.nl == "Het tweede jaar").unwrap();
    assert!(jaar2.uitleg.nl.contains("minstens 70%") && jaar2.uitleg.nl.contains("cao"));
    assert!(jaar2.uitleg.en.contains("at least 70%") && jaar2.uitleg.en.contains("cao"));
    let mut alles: Vec<Tekst> = alle_teksten().into_iter().map(|(_, tk)| tk).collect();
    alles.extend(scherm::ALLE.iter().map(|(_, tk)| *tk));
    for tk in &alles {
        assert!(!tk.nl.contains("stopt je loon meestal"), "{}", tk.nl);
        assert!(!tk.nl.contains("65% of minder") && !tk.nl.contains("meer dan 65%"), "{}", tk.nl);
        assert!(!tk.nl.contains("zou hebben"), "{}", tk.nl);
        assert!(!tk.nl.contains("gratis advies"), "{}", tk.nl);
        assert!(!tk.en.contains("recovered"), "{}", tk.en);
    }
    let wia = mijlpaal_tekst(MijlpaalId::WiaStart).wat.nl;
    assert!(wia.contains("UWV kijkt wat je nog kunt verdienen. Is dat door ziekte minstens 35% minder dan vroeger?"));
    let begrip = BEGRIPPEN.iter().find(|b| b.term == "WIA").unwrap();
    assert!(begrip.uitleg.nl.contains("minstens 35% minder dan vroeger"));
    assert!(mijlpaal_tekst(MijlpaalId::EindeDienstverband).wat.nl.contains("Scheelt dat minder dan 35%"));
    let einde = mijlpaal_tekst(MijlpaalId::EindeWachttijd).wie.nl;
    assert!(einde.contains("Ben je lid van een vakbond") && einde.contains("gratis bij een laag inkomen"));
    let laatste = FASEN.last().unwrap().uitleg.nl;
    assert!(laatste.contains("Je contract stopt daardoor niet vanzelf"));
    // The grief module where the loss becomes real (review F7).
    assert_eq!(FASEN[2].module, Some("verlies-en-betekenis"));
    for id in [MijlpaalId::UitersteStartTweedeSpoor, MijlpaalId::EindeWachttijd] {
        assert_eq!(mijlpaal_tekst(id).module, Some("verlies-en-betekenis"), "{id:?}");
    }
}

#[test]
fn loon_stopt_zegt_precies_wat_stopt() {
    for (loonsanctie, verlenging) in [(false, false), (true, false), (false, true)] {
        let k = mijlpaal_tekst_in(MijlpaalId::EindeWachttijd, loonsanctie, verlenging);
        assert!(k.wat.nl.contains("Je contract stopt daardoor niet vanzelf"));
        assert!(k.wat.nl.contains("Loon voor werk dat je wel doet"));
        assert!(!k.wat.nl.contains("stopt je loon"));
    }
    // Week 44 as the reference says: within 4 weeks when the contract ends after week 44.
    let k = mijlpaal_tekst(MijlpaalId::EindeDienstverband);
    assert!(k.wat.nl.contains("Eindigt je contract na week 44? Dan doet UWV dat binnen 4 weken"));
}

#[test]
fn disclaimer_inhoud() {
    assert!(
        DISCLAIMER.nl.contains("de regels kunnen veranderen") || DISCLAIMER.nl.contains("De regels kunnen veranderen")
    );
    assert!(DISCLAIMER.nl.contains("november 2026"));
    assert!(DISCLAIMER.nl.contains("cao") && DISCLAIMER.nl.contains("verzuimprotocol"));
    assert!(DISCLAIMER.en.contains("November 2026"));
}

/// Zinslengte als ruwe B1-check. Druk de cijfers af met `cargo test -- --nocapture`.
#[test]
fn zinslengte_nl() {
    let mut zinnen = 0usize;
    let mut woorden = 0usize;
    let mut langste = (0usize, String::new());
    for (label, tk) in alle_teksten() {
        for zin in tk.nl.split(['.', '?']).map(str::trim).filter(|z| !z.is_empty()) {
            let n = zin.split_whitespace().count();
            // Losse woorden na een afkorting of getal tellen we niet als zin.
            if n == 0 {
                continue;
            }
            zinnen += 1;
            woorden += n;
            if n > langste.0 {
                langste = (n, format!("{label}: {zin}"));
            }
        }
    }
    let gem = woorden as f64 / zinnen as f64;
    println!("NL: {zinnen} zinnen, gemiddeld {gem:.1} woorden, langste {} woorden ({})", langste.0, langste.1);
    assert!(gem <= 12.0, "gemiddelde zinslengte {gem:.1} te hoog");
    assert!(langste.0 <= 22, "te lange zin: {}", langste.1);
}
