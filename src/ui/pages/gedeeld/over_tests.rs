//! Issue 28: a shared view is written about the candidate, never to them.
//! The shared view of a sample package (every module, every kind of answer,
//! the sensitive and free-text parts, a trusted person's reply) is rendered
//! natively as the coach's page renders it, and read as text.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::modules::{energie, wie_ben_ik, zorgen, MODULES};
use crate::content::{kijk as k, over_kandidaat as o};
use crate::domain::antwoorden::Antwoord;
use crate::domain::deelpakket::{self, DeelInhoud, Deelkeuze};
use crate::domain::dokument::Dokument;
use crate::domain::kijk::{KijkAntwoord, Spiegel};
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Soort;
use crate::ui::components::over_kandidaat::woorden;
use crate::ui::pages::profiel::ProfielInhoud;
use crate::ui::weergave_tests::{render_los, tekst_uit, Lezen};

/// A person who answered every question, ticked every option of every
/// multiple choice (every worry too), set every energy area to "heel veel"
/// and kept a reply of a trusted person.
fn alles_ingevuld() -> Dokument {
    let mut d = Dokument::default();
    for m in MODULES {
        for v in m.delen.iter().flat_map(|d| d.vragen) {
            let a = match &v.soort {
                Soort::Stelling { .. } => Antwoord::Schaal(4),
                Soort::EenKeuze { opties } => Antwoord::Keuze(opties[0].id.into()),
                Soort::MeerKeuze { opties, .. } => Antwoord::Keuzes(opties.iter().map(|o| o.id.into()).collect()),
                Soort::KiesEnOrden { kaarten, kies, .. } => {
                    Antwoord::Volgorde(kaarten.iter().take(*kies as usize).map(|o| o.id.into()).collect())
                }
                Soort::VrijeTekst { .. } => Antwoord::Tekst("Ik wil praten over mijn uren.".into()),
                Soort::Getal { min, .. } => Antwoord::Getal(*min),
                Soort::Uren { .. } => Antwoord::Getal(4),
                Soort::EigenLijst { .. } => Antwoord::Lijst(vec!["Tuinieren".into()]),
                Soort::Verdeling { gebieden } => {
                    Antwoord::Verdeling(gebieden.iter().map(|g| (g.id.into(), 3)).collect())
                }
            };
            d.modules.entry(m.id.into()).or_default().antwoorden.insert(v.id.into(), a);
        }
    }
    let opties = |vraag: &str| -> Vec<String> {
        let m = if vraag.starts_with("wbi") { &wie_ben_ik::MODULE } else { &energie::MODULE };
        m.delen
            .iter()
            .flat_map(|d| d.vragen)
            .find(|v| v.id == vraag)
            .unwrap()
            .soort
            .opties()
            .iter()
            .map(|o| o.id.to_string())
            .collect()
    };
    let kwaliteiten = opties("wbi.kwaliteiten");
    let gevers = opties("wbi.gevers.keuze");
    d.kijk.push(KijkAntwoord {
        id: "r1".into(),
        uitnodiging: "u1".into(),
        label: "Ilse".into(),
        gemaakt_op: 1.0,
        bewaard_op: 2.0,
        spiegel: Spiegel {
            kwaliteiten: vec![kwaliteiten[0].clone(), kwaliteiten[kwaliteiten.len() - 1].clone()],
            kwaliteiten_woorden: vec!["Geduldig".into()],
            goed_in: vec!["Plannen".into()],
            energie: vec![gevers[0].clone()],
            boodschap: "Je bent sterker dan je denkt.".into(),
        },
    });
    d
}

/// Everything shared: every module, own words, own picture, every sensitive thought, the reply.
fn pakket(naam: &str) -> DeelInhoud {
    let d = alles_ingevuld();
    let keuze = Deelkeuze {
        modules: MODULES.iter().map(|m| m.id.to_string()).collect(),
        eigen_woorden: true,
        eigen_beeld: true,
        gevoelig: deelpakket::gevoelige_keuzes(&d, &MODULES).into_iter().map(|(v, o)| (v.id, o.id)).collect(),
        kijk: true,
        naam: naam.into(),
        ..Deelkeuze::default()
    };
    deelpakket::maak(&d, &keuze, &MODULES, Taal::Nl, 0.0)
}

thread_local! {
    static TE_TONEN: RefCell<Option<(DeelInhoud, Taal)>> = const { RefCell::new(None) };
}

/// The shared view as the coach's page renders it (`gedeeld.rs`), read as text units.
fn gedeeld(inhoud: DeelInhoud, taal: Taal) -> Vec<String> {
    TE_TONEN.with(|t| *t.borrow_mut() = Some((inhoud, taal)));
    // The printed sheet reads the clock: natively it is set.
    crate::services::klok::zet_nu_ms(Some(1_780_000_000_000.0));
    fn beeld() -> Html {
        let (inhoud, taal) = TE_TONEN.with(|t| t.borrow().clone()).unwrap();
        let modules = Rc::new(inhoud.als_modules());
        let anderen = Rc::new(inhoud.kijk.clone());
        html! {
            <ProfielInhoud {modules} {taal} eigen={false} {anderen}
                over={Some(woorden(inhoud.naam.as_deref(), taal))} />
        }
    }
    tekst_uit(&render_los(beeld), Lezen::Zicht, &[])
}

/// The candidate's own wording of the profile: what the coach must never read.
fn stem_van_de_kandidaat(taal: Taal) -> Vec<&'static str> {
    let t = crate::content::teksten::teksten(taal);
    let mut uit = vec![
        t.profiel_reflectie,
        t.profiel_volgende_stap,
        t.profiel_waarden,
        t.profiel_energie_titel,
        t.profiel_energie_geeft,
        t.profiel_energie_kost,
        t.profiel_kwaliteiten,
        t.profiel_anderen_zeggen,
        t.profiel_interesses,
        t.profiel_interesses_uitleg,
        t.profiel_grafiek_titel,
        t.profiel_dicht_bij_elkaar,
        t.profiel_omstandigheden,
        t.profiel_omstandigheden_uitleg,
        t.profiel_bespreken,
        t.profiel_nodig,
        t.profiel_stappen_geen,
        t.profiel_zorgen,
        t.profiel_verlies,
        t.profiel_verlies_blijft,
        t.profiel_verlies_ertoe,
        t.profiel_succes,
        t.profiel_stappen,
        t.profiel_omgeving,
        t.profiel_alle_antwoorden_uitleg,
        t.blad_titel,
        t.blad_zorgen,
        t.zorg_stap,
        // The start of each suggested step's line ("Uit je zorgen: …").
        t.profiel_stap_uit_zorgen.split("{}").next().unwrap(),
        t.profiel_stap_uit_succes.split("{}").next().unwrap(),
        t.profiel_stap_uit_stappen.split("{}").next().unwrap(),
        energie::BEELD.titel.in_taal(taal),
        energie::BEELD.veel_tegelijk.in_taal(taal),
        crate::content::modules::wat_kan_ik::EIGEN_BEELD.in_taal(taal),
        k::PROFIEL_KOP.in_taal(taal),
        k::PROFIEL_UITLEG.in_taal(taal),
        k::KOP_ENERGIE.in_taal(taal),
        k::KOP_GOED_IN.in_taal(taal),
        k::KOP_BOODSCHAP.in_taal(taal),
        k::ALLEBEI.in_taal(taal),
        k::ALLEEN_ANDEREN_UITLEG.in_taal(taal),
        k::ALLEEN_JIJ.in_taal(taal),
        k::EIGEN_NOG_NIET.in_taal(taal),
    ];
    // Spoorwijzer's reply to each worry and its small step, written to the candidate.
    for o in zorgen::MODULE.delen.iter().flat_map(|d| d.vragen).flat_map(|v| v.soort.opties()) {
        uit.extend(o.reactie.map(|r| r.in_taal(taal)));
        uit.extend(o.stap.map(|s| s.in_taal(taal)));
    }
    uit
}

/// Whether a text unit is `zin`, starts with it (a heading before its answer,
/// a line's start such as "Uit je zorgen:"), or holds it as a long sentence.
/// A short heading inside a question ("What gives you energy?" under "Alle
/// antwoorden", the candidate's questions as asked) does not count.
fn gevonden(teksten: &[String], zin: &str) -> bool {
    let zin = zin.trim().trim_end_matches(':');
    teksten.iter().any(|t| {
        t == zin
            || t.starts_with(&format!("{zin}:"))
            || t.contains(&format!("({zin}:"))
            || (zin.len() > 40 && t.contains(zin))
    })
}

#[test]
fn the_shared_view_speaks_about_the_candidate_never_to_them() {
    for taal in Taal::ALLE {
        let teksten = gedeeld(pakket("Sanne"), taal);
        let alles = teksten.join("\n");
        for zin in stem_van_de_kandidaat(taal) {
            assert!(!gevonden(&teksten, zin), "{taal:?}: the coach reads the candidate's voice: {zin:?}\n{alles}");
        }
        let (balans, bespreken, kop) = match taal {
            Taal::Nl => ("De balans van Sanne", "Wat Sanne wil bespreken", "Hoe anderen Sanne zien"),
            Taal::En => ("Sanne's balance", "What Sanne wants to discuss", "How others see Sanne"),
        };
        for zin in [balans, bespreken, kop] {
            assert!(
                teksten.iter().any(|t| t == zin || t.starts_with(&format!("{zin}:"))),
                "{taal:?}: {zin:?} is shown\n{alles}"
            );
        }
        // What the candidate and the trusted person wrote is theirs, shown as written.
        assert!(gevonden(&teksten, "Ik wil praten over mijn uren."), "{alles}");
        assert!(gevonden(&teksten, "Je bent sterker dan je denkt."), "{alles}");
    }
}

#[test]
fn without_a_name_the_view_says_the_candidate() {
    let teksten = gedeeld(pakket(""), Taal::Nl);
    let alles = teksten.join("\n");
    assert!(teksten.iter().any(|t| t == "De balans van de kandidaat"), "{alles}");
    assert!(teksten.iter().any(|t| t.starts_with("Wat de kandidaat wil bespreken:")), "{alles}");
    let en = gedeeld(pakket(""), Taal::En);
    assert!(en.iter().any(|t| t == "The candidate's balance"), "{}", en.join("\n"));
}

/// A name is text: markup in it is shown as typed, never read as markup.
#[test]
fn a_name_is_never_markup() {
    let html = {
        TE_TONEN.with(|t| *t.borrow_mut() = Some((pakket("<img src=x onerror=alert(1)>"), Taal::Nl)));
        crate::services::klok::zet_nu_ms(Some(1_780_000_000_000.0));
        fn beeld() -> Html {
            let (inhoud, taal) = TE_TONEN.with(|t| t.borrow().clone()).unwrap();
            let modules = Rc::new(inhoud.als_modules());
            html! { <ProfielInhoud {modules} {taal} eigen={false} over={Some(woorden(inhoud.naam.as_deref(), taal))} /> }
        }
        render_los(beeld)
    };
    assert!(!html.contains("<img"), "the name became markup");
    assert!(html.contains("&lt;img") || html.contains("De balans van"), "{html}");
    // The coach's words exist in both languages, for every text.
    assert!(o::BALANS.en.contains("{}") && o::BALANS.nl.contains("{}"));
}
