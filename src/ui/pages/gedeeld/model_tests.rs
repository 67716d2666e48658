use super::*;
use crate::domain::deelpakket::{Deelkeuze, IV, SALT, TAG};
use crate::domain::dokument::Dokument;
use crate::domain::taal::Taal;
use miniz_oxide::deflate::compress_to_vec_zlib;

/// What the person shared: nothing but their first name.
fn pakket(naam: &str) -> DeelInhoud {
    let keuze = Deelkeuze { naam: naam.into(), ..Deelkeuze::default() };
    deelpakket::maak(&Dokument::default(), &keuze, &MODULES, Taal::En, 5.0)
}

/// The bytes the browser's decryption gives for a package.
fn ontsleuteld(inhoud: &DeelInhoud) -> Result<Vec<u8>, CryptoFout> {
    Ok(compress_to_vec_zlib(&deelpakket::json(inhoud), 9))
}

/// A share link's payload (its frame; the content is not read here).
fn link() -> String {
    deelpakket::kader(&Kader { salt: [7; SALT], iv: [9; IV], geheim: vec![1; 40 + TAG] })
}

fn kept(op: f64, label: &str) -> OntvangenPakket {
    OntvangenPakket {
        bewaard_op: op,
        label: label.into(),
        gemaakt_op: 3.0,
        taal: Taal::Nl,
        modules: Default::default(),
        kijk: Vec::new(),
        beroepen: Vec::new(),
    }
}

#[test]
fn een_link_vraagt_de_code_en_zonder_link_een_bestand() {
    let met = Gedeeld::nieuw(&link());
    assert_eq!(met.invoerdeel(), Invoerdeel::Code { fout: None, bezig: false });
    assert!(met.te_openen().is_some());
    assert!(!met.bestand_kiezen(&[]), "a readable link needs no file");
    let zonder = Gedeeld::nieuw(deelpakket::GEEN_LINK);
    assert_eq!(zonder.invoerdeel(), Invoerdeel::GeenLink);
    assert!(zonder.bestand_kiezen(&[]));
    assert!(zonder.te_openen().is_none(), "no code is tried without a frame");
}

#[test]
fn een_kapotte_link_zegt_wat_er_mis_is_en_biedt_een_bestand() {
    let s = Gedeeld::nieuw("abc");
    assert_eq!(s.invoerdeel(), Invoerdeel::Fout(d::LINK_BESCHADIGD));
    assert!(s.bestand_kiezen(&[]));
    assert!(s.te_openen().is_none());
}

#[test]
fn de_juiste_code_opent_het_pakket_met_de_naam_als_label() {
    let s = Gedeeld::nieuw(&link()).na(Stap::Code("abcd-efgh-jk".into())).na(Stap::Bezig);
    assert_eq!(s.invoerdeel(), Invoerdeel::Code { fout: None, bezig: true }, "the button waits");
    let s = s.na(Stap::Gelezen(gelezen(ontsleuteld(&pakket("Sam")))));
    let (inhoud, kopie) = s.bekeken(&[]).expect("the package is shown");
    assert_eq!((inhoud.naam.as_deref(), kopie), (Some("Sam"), None));
    assert_eq!(s.label, "Sam", "the shared name is the suggested label");
    assert_eq!(s.stand.focus(), "gedeeld-kop");
    assert_eq!(s.invoerdeel(), Invoerdeel::Niets);
    assert!(!s.bestand_kiezen(&[]));
}

#[test]
fn een_verkeerde_of_slecht_getypte_code_houdt_het_codeveld_met_de_reden() {
    let s = Gedeeld::nieuw(&link());
    let fout = s.na(Stap::Code("12".into())).code().expect_err("not a code");
    assert_eq!(s.na(Stap::CodeFout(fout)).invoerdeel(), Invoerdeel::Code { fout: Some(fout), bezig: false });
    let verkeerd = s.na(Stap::Bezig).na(Stap::Gelezen(gelezen(Err(CryptoFout::Ontsleutelen))));
    assert_eq!(verkeerd.invoerdeel(), Invoerdeel::Code { fout: Some(d::CODE_FOUT), bezig: false });
    assert_eq!(verkeerd.stand.focus(), "code", "focus back on the field to type it again");
    assert_eq!(gelezen(Err(CryptoFout::NietBeschikbaar)), Stand::Invoer { fout: Some(d::GEEN_CRYPTO) });
    assert_eq!(gelezen(Err(CryptoFout::Mislukt)), Stand::Invoer { fout: Some(d::CRYPTO_MISLUKT) });
    // Decrypted but not a package this app can read.
    assert_eq!(gelezen(Ok(b"rommel".to_vec())), Stand::Invoer { fout: Some(d::LINK_BESCHADIGD) });
    let nieuwer = DeelInhoud { versie: deelpakket::INHOUD_VERSIE + 1, ..pakket("") };
    assert_eq!(gelezen(ontsleuteld(&nieuwer)), Stand::Invoer { fout: Some(d::LINK_NIEUWER) });
}

#[test]
fn een_gekozen_bestand_met_een_link_vraagt_de_code_en_een_ander_bestand_zegt_dat() {
    let zonder = Gedeeld::nieuw(deelpakket::GEEN_LINK);
    let goed = Bestand::uit(Some(format!("For my coach\nhttps://x.nl/coach.html{}{}\n", deelpakket::PAD, link())));
    assert_eq!(goed.focus(), "code");
    let s = zonder.na(Stap::Bestand(goed));
    assert_eq!(s.invoerdeel(), Invoerdeel::Code { fout: None, bezig: false });
    assert!(s.te_openen().is_some());

    for ander in [Bestand::uit(Some("boodschappenlijst".into())), Bestand::uit(None)] {
        assert_eq!(ander.focus(), "bestand-fout");
        let s = zonder.na(Stap::Bestand(ander));
        assert_eq!(s.invoerdeel(), Invoerdeel::Fout(d::DEELBESTAND_FOUT));
        assert!(s.bestand_kiezen(&[]), "another file can be picked");
    }
    // A file that names the path but holds a damaged link: the link's problem.
    let kapot = Bestand::uit(Some(format!("{}abc", deelpakket::PAD)));
    assert_eq!(zonder.na(Stap::Bestand(kapot)).invoerdeel(), Invoerdeel::Fout(d::LINK_BESCHADIGD));
}

#[test]
fn een_kopie_bewaren_neemt_het_label_of_het_standaardlabel() {
    let open = Gedeeld::nieuw(&link()).na(Stap::Gelezen(gelezen(ontsleuteld(&pakket("Sam")))));
    let k = open.na(Stap::Label("  Sam de Vries  ".into())).kopie("Shared result", 9.0).unwrap();
    assert_eq!((k.label.as_str(), k.bewaard_op, k.gemaakt_op, k.taal), ("Sam de Vries", 9.0, 5.0, Taal::En));
    let leeg = open.na(Stap::Label(" ".into())).kopie("Shared result", 9.0).unwrap();
    assert_eq!(leeg.label, "Shared result");
    assert_eq!(Gedeeld::nieuw(&link()).kopie("x", 1.0), None, "nothing open, nothing to keep");
    let bewaard = open.na(Stap::Bewaard);
    assert!(bewaard.bewaard() && !open.bewaard(), "the form makes way for 'kept'");
}

#[test]
fn een_bewaarde_kopie_bekijken_en_verwijderen() {
    let ontvangen = [kept(1.0, "Sam"), kept(2.0, "Noor")];
    let s = Gedeeld::nieuw(deelpakket::GEEN_LINK).na(Stap::Bekijk(2.0));
    let (inhoud, label) = s.bekeken(&ontvangen).expect("the kept copy is shown");
    assert_eq!((label.as_deref(), inhoud.gemaakt_op, inhoud.naam.clone()), (Some("Noor"), 3.0, None));
    assert!(!s.bestand_kiezen(&ontvangen));
    // Deleting another copy leaves this one shown; deleting this one goes back.
    assert_eq!(s.na(Stap::Verwijderd(1.0)).stand, Stand::Kopie { bewaard_op: 2.0 });
    let terug = s.na(Stap::Verwijderd(2.0));
    assert_eq!(terug.invoerdeel(), Invoerdeel::GeenLink);
    // Gone in another tab: nothing shown, the file picker returns.
    assert!(s.bekeken(&ontvangen[..1]).is_none());
    assert!(s.bestand_kiezen(&ontvangen[..1]));
}
