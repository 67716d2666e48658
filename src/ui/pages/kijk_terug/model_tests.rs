use super::*;
use crate::domain::dokument::Dokument;
use crate::domain::kijk::{id_uit, Spiegel, Uitnodiging, DELEN, ID_BYTES};
use crate::domain::taal::Taal;
use miniz_oxide::deflate::compress_to_vec_zlib;

fn id(n: u8) -> String {
    id_uit(&[n; ID_BYTES])
}

/// A candidate who invited someone (invitation 1).
fn kandidaat() -> Dokument {
    let mut doc = Dokument::default();
    doc.uitnodigingen.push(Uitnodiging {
        id: id(1),
        naam: None,
        delen: DELEN.iter().map(|d| d.to_string()).collect(),
        taal: Taal::Nl,
        gemaakt_op: 1.0,
    });
    doc
}

fn antwoord(uitnodiging: u8, van: Option<&str>) -> KijkInhoud {
    KijkInhoud {
        versie: kijk::ANTWOORD_VERSIE,
        uitnodiging: id(uitnodiging),
        id: id(2),
        gemaakt_op: 5.0,
        taal: Taal::Nl,
        van: van.map(String::from),
        spiegel: Spiegel { boodschap: "Je kunt goed luisteren.".into(), ..Spiegel::default() },
    }
}

/// The bytes the browser's decryption gives for a reply.
fn ontsleuteld(inhoud: &KijkInhoud) -> Result<Vec<u8>, CryptoFout> {
    Ok(compress_to_vec_zlib(&kijk::antwoord_json(inhoud), 9))
}

#[test]
fn een_leesbaar_antwoord_voor_mij_wordt_getoond_met_de_naam_als_label() {
    let doc = kandidaat();
    let s = Terug::default().na(Stap::Code("abcd efgh jk".into())).na(Stap::Bezig);
    assert!(s.bezig(), "the button waits while the reply is opened");
    let s = s.na(Stap::Gelezen(gelezen(ontsleuteld(&antwoord(1, Some("Ahmed"))), &doc)));
    assert!(matches!(&s.stand, Stand::Voorbeeld(i) if i.spiegel.boodschap == "Je kunt goed luisteren."));
    assert_eq!(s.label, "Ahmed", "the name they gave is the suggested label");
    assert_eq!(s.stand.focus(), "kijk-voorbeeld-kop");
    assert_eq!(s.slot(Ok(())), None, "nothing is said yet: the reply is shown");
    // Without a name the label stays empty (the default label is used on adding).
    let zonder = Terug::default().na(Stap::Gelezen(gelezen(ontsleuteld(&antwoord(1, None)), &doc)));
    assert_eq!(zonder.label, "");
}

#[test]
fn een_verkeerde_code_laat_het_codeveld_staan_met_wat_er_mis_is() {
    let doc = kandidaat();
    let s = Terug::default().na(Stap::Bezig).na(Stap::Gelezen(gelezen(Err(CryptoFout::Ontsleutelen), &doc)));
    assert_eq!(s.code_fout(), Some(k::CODE_FOUT));
    assert!(!s.bezig(), "the person can try again");
    assert_eq!(s.stand.focus(), "kijk-code");
    let geen = gelezen(Err(CryptoFout::NietBeschikbaar), &doc);
    assert_eq!(geen, Stand::Invoer { fout: Some(d::GEEN_CRYPTO) });
    assert_eq!(gelezen(Err(CryptoFout::Mislukt), &doc), Stand::Invoer { fout: Some(d::CRYPTO_MISLUKT) });
}

#[test]
fn een_code_van_de_verkeerde_vorm_wordt_niet_geprobeerd() {
    let s = Terug::default().na(Stap::Code("12".into()));
    let fout = s.code().expect_err("too short is not a code");
    assert_eq!(s.na(Stap::CodeFout(fout)).code_fout(), Some(fout));
    let goed = Terug::default().na(Stap::Code(" abcd-efgh-jk ".into()));
    assert_eq!(goed.code(), deelpakket::normaliseer_code("ABCDEFGHJK").map_err(d::code_vorm_fout));
}

#[test]
fn een_antwoord_op_een_andere_uitnodiging_beschadigd_of_al_bewaard_wordt_geweigerd() {
    let mut doc = kandidaat();
    let vreemd = gelezen(ontsleuteld(&antwoord(9, None)), &doc);
    assert_eq!(vreemd, Stand::Geweigerd(k::ANDERE_UITNODIGING));
    assert_eq!(gelezen(Ok(b"geen zlib".to_vec()), &doc), Stand::Geweigerd(k::ANTWOORD_KAPOT));
    let nieuwer = KijkInhoud { versie: kijk::ANTWOORD_VERSIE + 1, ..antwoord(1, None) };
    assert_eq!(gelezen(ontsleuteld(&nieuwer), &doc), Stand::Geweigerd(k::ANTWOORD_NIEUWER));
    doc.kijk.push(kijk::bewaar(&antwoord(1, None), &doc, "Zus", "x", 1.0));
    let s = Terug::default().na(Stap::Gelezen(gelezen(ontsleuteld(&antwoord(1, None)), &doc)));
    assert_eq!(s.slot(Ok(())), Some(Slot { fout: true, tekst: k::AL_TOEGEVOEGD }), "an alert, and nothing kept");
    assert_eq!(s.stand.focus(), "kijk-status");
}

#[test]
fn toevoegen_bewaart_met_het_label_en_weigert_wat_een_ander_tabblad_al_bewaarde() {
    let mut doc = kandidaat();
    let s = Terug::default()
        .na(Stap::Gelezen(gelezen(ontsleuteld(&antwoord(1, Some("Ahmed"))), &doc)))
        .na(Stap::Label("Mijn buurman".into()));
    let bewaard = s.voeg_toe(&doc, "Iemand", 7.0).unwrap().unwrap();
    assert_eq!((bewaard.label.as_str(), bewaard.bewaard_op), ("Mijn buurman", 7.0));
    let leeg = s.na(Stap::Label("  ".into())).voeg_toe(&doc, "Iemand", 7.0).unwrap().unwrap();
    assert_eq!(leeg.label, "Iemand", "an empty label becomes the default one");
    let klaar = s.na(Stap::Toegevoegd);
    assert_eq!(klaar.slot(Ok(())), Some(Slot { fout: false, tekst: k::TOEGEVOEGD }));

    doc.kijk.push(bewaard);
    assert_eq!(s.voeg_toe(&doc, "Iemand", 8.0), Some(Err(k::AL_TOEGEVOEGD)));
    assert_eq!(Terug::default().voeg_toe(&doc, "Iemand", 8.0), None, "nothing shown, nothing to add");
}

#[test]
fn weggooien_bewaart_niets_en_zegt_het() {
    let doc = kandidaat();
    let s = Terug::default().na(Stap::Gelezen(gelezen(ontsleuteld(&antwoord(1, None)), &doc))).na(Stap::Weggegooid);
    assert_eq!(s.slot(Ok(())), Some(Slot { fout: false, tekst: k::WEGGEGOOID }));
    assert!(doc.kijk.is_empty());
}

#[test]
fn een_kapotte_link_zegt_dat_meteen() {
    let s = Terug::default();
    assert_eq!(s.slot(Err(KijkFout::Beschadigd)), Some(Slot { fout: true, tekst: k::ANTWOORD_KAPOT }));
    assert_eq!(s.slot(Err(KijkFout::TeGroot)), Some(Slot { fout: true, tekst: k::ANTWOORD_TE_GROOT }));
    assert_eq!(s.slot(Ok(())), None, "a readable link asks for the code");
}
