use super::*;
use crate::domain::antwoorden::Antwoord;

fn set() -> Spiegelset {
    Spiegelset::uit(&MODULES)
}

fn kept(label: &str, spiegel: Spiegel) -> KijkAntwoord {
    KijkAntwoord {
        id: format!("id-{label}"),
        uitnodiging: "u".into(),
        label: label.into(),
        gemaakt_op: 1.0,
        bewaard_op: 2.0,
        spiegel,
    }
}

/// A reply that names the first quality of the candidate's own list.
fn noemt_eerste_kwaliteit() -> KijkAntwoord {
    kept("Zus", Spiegel { kwaliteiten: vec![set().kwaliteiten[0].id.into()], ..Spiegel::default() })
}

fn eigen(kwaliteiten: &[&str]) -> ModuleStand {
    let mut m = ModuleStand::default();
    m.antwoorden
        .insert(kijk::EIGEN_KWALITEITEN.into(), Antwoord::Keuzes(kwaliteiten.iter().map(|k| k.to_string()).collect()));
    m
}

#[test]
fn zonder_antwoorden_niets_bij_de_coach_en_een_regel_om_te_vragen_in_het_eigen_profiel() {
    assert_eq!(profielblok(None, &[], false), Profielblok::Niets);
    assert_eq!(profielblok(None, &[], true), Profielblok::VraagHet);
    assert!(matches!(profielblok(None, &[noemt_eerste_kwaliteit()], false), Profielblok::Beeld { .. }));
}

#[test]
fn de_hint_over_eigen_kwaliteiten_alleen_in_het_eigen_profiel_als_je_er_zelf_geen_koos() {
    let a = [noemt_eerste_kwaliteit()];
    let leeg = |b: Profielblok| matches!(b, Profielblok::Beeld { eigen_leeg: true, .. });
    assert!(leeg(profielblok(None, &a, true)));
    assert!(!leeg(profielblok(None, &a, false)), "a coach's copy has no hint for the person");
    let zelf = eigen(&[set().kwaliteiten[1].id]);
    assert!(!leeg(profielblok(Some(&zelf), &a, true)), "own qualities chosen: no hint");
}

#[test]
fn een_vergelijking_krijgt_een_kop_als_anderen_er_iets_in_noemden() {
    let zelf = eigen(&[set().kwaliteiten[1].id]);
    let Profielblok::Beeld { beeld, .. } = profielblok(Some(&zelf), &[noemt_eerste_kwaliteit()], true) else {
        panic!("replies give a picture")
    };
    assert!(iets_van_anderen(&beeld.kwaliteiten));
    assert!(!iets_van_anderen(&beeld.energie), "nobody named an energy giver");
    let alleen_ik = Vergelijking { alleen_ik: vec![Item::Woord("x".into())], ..Vergelijking::default() };
    assert!(!iets_van_anderen(&alleen_ik), "only the candidate's own words is no news from others");
}

#[test]
fn een_optie_heet_naar_de_lijst_en_eigen_woorden_blijven_zoals_getypt() {
    let k0 = &set().kwaliteiten[0];
    assert_eq!(naam(&Item::Optie(k0.id.into()), Lijst::Kwaliteiten, Taal::Nl), k0.tekst.in_taal(Taal::Nl));
    let e0 = &set().energie[0];
    assert_eq!(naam(&Item::Optie(e0.id.into()), Lijst::Energie, Taal::En), e0.tekst.in_taal(Taal::En));
    assert_eq!(naam(&Item::Woord("<b>warm</b>".into()), Lijst::Kwaliteiten, Taal::Nl), "<b>warm</b>");
    assert_eq!(naam(&Item::Optie("bestaat-niet".into()), Lijst::Kwaliteiten, Taal::Nl), "", "never the raw id");
}

#[test]
fn een_antwoord_toont_gekozen_en_eigen_kwaliteiten_en_laat_onbekende_weg() {
    let k0 = &set().kwaliteiten[0];
    let e0 = &set().energie[0];
    let s = Spiegel {
        kwaliteiten: vec![k0.id.into(), "bestaat-niet".into()],
        kwaliteiten_woorden: vec!["Warm".into()],
        goed_in: vec!["Plannen".into()],
        energie: vec![e0.id.into()],
        boodschap: "Zet door.".into(),
    };
    let inhoud = antwoordinhoud(&s).unwrap();
    assert_eq!(inhoud.kwaliteiten, [Naam::Optie(k0.tekst), Naam::Woord("Warm".into())]);
    assert_eq!(inhoud.energie, [Naam::Optie(e0.tekst)]);
    assert_eq!((inhoud.goed_in, inhoud.boodschap.as_str()), (vec!["Plannen".to_string()], "Zet door."));
    assert_eq!(antwoordinhoud(&Spiegel::default()), None, "all skipped: the page says the reply is empty");
}

#[test]
fn alleen_de_modules_die_de_spiegel_volgt_krijgen_de_vraaglink() {
    assert!(vraag_link_bij("wie-ben-ik") && vraag_link_bij("wat-kan-ik"));
    assert!(!vraag_link_bij("energie") && !vraag_link_bij(""));
}
