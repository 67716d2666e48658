use super::*;
use crate::domain::bewaarbestand::Versleuteld;
use crate::domain::deelpakket;
use crate::domain::dokument::{Dokument, Importmanier};
use crate::services::bestand::LeesFout;

fn link() -> Link {
    Link { link: "https://x.nl/coach.html#/gedeeld/abc".into(), code: "ABCDEFGHJK".into() }
}

#[test]
fn vinkjes_zetten_de_keuze() {
    let s = Delen::default()
        .na(Deelstap::Vink(Vinkje::Module("wie-ben-ik"), true))
        .na(Deelstap::Vink(Vinkje::EigenWoorden, true))
        .na(Deelstap::Vink(Vinkje::EigenBeeld, true))
        .na(Deelstap::Vink(Vinkje::Kijk, true))
        .na(Deelstap::Vink(Vinkje::Coach, true))
        .na(Deelstap::Vink(Vinkje::Gevoelig(("v", "o")), true))
        .na(Deelstap::Vink(Vinkje::Gevoelig(("v", "o")), true))
        .na(Deelstap::Naam("Sam".into()));
    let k = &s.keuze;
    assert!(k.modules.contains("wie-ben-ik"));
    assert!(k.eigen_woorden && k.eigen_beeld && k.kijk && k.coach);
    assert_eq!(k.gevoelig, vec![("v", "o")], "ticked twice is still one");
    assert_eq!(k.naam, "Sam");
    let uit = s
        .na(Deelstap::Vink(Vinkje::Module("wie-ben-ik"), false))
        .na(Deelstap::Vink(Vinkje::Gevoelig(("v", "o")), false))
        .na(Deelstap::Vink(Vinkje::Coach, false));
    assert!(uit.keuze.modules.is_empty() && uit.keuze.gevoelig.is_empty() && !uit.keuze.coach);
}

#[test]
fn een_andere_keuze_neemt_de_link_weg_en_zegt_het() {
    let klaar = Delen::default().na(Deelstap::Bezig).na(Deelstap::Klaar(link()));
    assert_eq!(klaar.link.as_deref(), Some(&link()));
    assert_eq!(klaar.status, Status::Geen);
    assert!(!klaar.gewijzigd);

    let anders = klaar.na(Deelstap::Vink(Vinkje::EigenWoorden, true));
    assert_eq!(anders.link, None);
    assert!(anders.gewijzigd);
    let naam = klaar.na(Deelstap::Naam("S".into()));
    assert!(naam.link.is_none() && naam.gewijzigd);

    // Without a link there is nothing to take away: no message.
    let zonder = Delen::default().na(Deelstap::Vink(Vinkje::EigenWoorden, true));
    assert!(!zonder.gewijzigd);
    // A new link clears the message.
    assert!(!anders.na(Deelstap::Klaar(link())).gewijzigd);
}

#[test]
fn bezig_wist_de_kopieermeldingen_en_een_keuze_wist_de_fout() {
    let s = Delen::default()
        .na(Deelstap::Klaar(link()))
        .na(Deelstap::Kopie(Status::Gelukt(d::GEKOPIEERD)))
        .na(Deelstap::CodeKopie(Status::Fout(d::CODE_NIET_GEKOPIEERD)))
        .na(Deelstap::Bezig);
    assert_eq!((s.status.clone(), s.kopie.clone(), s.code_kopie.clone()), (Status::Bezig, Status::Geen, Status::Geen));
    let fout = Delen::default().na(Deelstap::Fout(d::KIES_IETS));
    assert_eq!(fout.status, Status::Fout(d::KIES_IETS));
    assert_eq!(fout.na(Deelstap::Vink(Vinkje::Coach, true)).status, Status::Geen);
}

#[test]
fn bewaren_met_een_bedacht_wachtwoord() {
    let s = Bewaren::default().na(Bewaarstap::MetWachtwoord(true));
    assert!(s.met_ww);
    assert_eq!(s.stand(), Wachtwoordstand::Leeg);
    assert_eq!(Bewaren::veld_voor(s.stand()), "ww-1");
    let s = s
        .na(Bewaarstap::Status(Status::Fout(d::DOWNLOAD_MISLUKT)))
        .na(Bewaarstap::Kopie(Status::Fout(d::NIET_GEKOPIEERD)));
    let bedacht = s.na(Bewaarstap::Bedacht("appel peer".into()));
    assert_eq!(bedacht.stand(), Wachtwoordstand::Goed, "a made passphrase needs no fields");
    assert_eq!(bedacht.wachtwoord(), "appel peer");
    assert_eq!((bedacht.status.clone(), bedacht.kopie.clone()), (Status::Geen, Status::Geen));
    let zelf = bedacht.na(Bewaarstap::ZelfKiezen).na(Bewaarstap::Wachtwoord1("een lang wachtwoord".into()));
    assert_eq!(zelf.wachtwoord(), "een lang wachtwoord");
    assert_eq!(zelf.stand(), bewaarbestand::keur_wachtwoord("een lang wachtwoord", ""));
    assert_eq!(Bewaren::veld_voor(Wachtwoordstand::Herhalen), "ww-2");
    assert_eq!(Bewaren::veld_voor(Wachtwoordstand::Anders), "ww-2");
    // Turning the passphrase off or on clears the message under the button.
    assert_eq!(s.na(Bewaarstap::MetWachtwoord(false)).status, Status::Geen);
    assert!(s.na(Bewaarstap::Toon(true)).toon);
}

fn voorbeeld() -> Terughalen {
    Terughalen::default().na(Importstap::Nieuw(Import::Voorbeeld {
        dokument: Rc::new(Dokument::default()),
        gemaakt_op: "".into(),
        bevestig: false,
    }))
}

#[test]
fn vervangen_pas_na_bevestigen_samenvoegen_meteen() {
    let s = voorbeeld();
    assert!(s.toe_te_passen(Importmanier::Samenvoegen).is_some());
    assert!(s.toe_te_passen(Importmanier::Vervangen).is_none());
    let zeker = s.na(Importstap::Vervang);
    assert!(matches!(zeker.stand, Import::Voorbeeld { bevestig: true, .. }));
    assert!(zeker.toe_te_passen(Importmanier::Vervangen).is_some());
    let terug = zeker.na(Importstap::Terug);
    assert!(terug.toe_te_passen(Importmanier::Vervangen).is_none());
    assert_eq!(terug.na(Importstap::Annuleer).stand, Import::Niets);
    // Nothing to apply without a preview.
    assert!(Terughalen::default().toe_te_passen(Importmanier::Samenvoegen).is_none());
    assert_eq!(klaar_tekst(Importmanier::Vervangen, false), d::VERVANGEN_KLAAR);
    assert_eq!(klaar_tekst(Importmanier::Samenvoegen, true), d::SAMENGEVOEGD);
    assert_eq!(klaar_tekst(Importmanier::Samenvoegen, false), d::NIETS_NIEUWS);
}

fn versleuteld() -> Import {
    Import::Wachtwoord {
        versleuteld: Rc::new(Versleuteld { salt: [0; 16], iv: [0; 12], data: vec![], iteraties: 1 }),
        gemaakt_op: "".into(),
        fout: None,
    }
}

#[test]
fn openen_vraagt_eerst_een_wachtwoord() {
    let s = Terughalen::default().na(Importstap::Nieuw(versleuteld()));
    assert_eq!(s.stand.focus(), "import-ww");
    assert!(s.te_openen().is_none());
    let leeg = s.na(Importstap::Open);
    assert!(matches!(leeg.stand, Import::Wachtwoord { fout: Some(f), .. } if f == d::WACHTWOORD_NODIG));
    let getypt = s.na(Importstap::Wachtwoord("geheim".into()));
    assert_eq!(getypt.te_openen().map(|(_, _, ww)| ww), Some("geheim".to_string()));
    assert_eq!(getypt.na(Importstap::Open).stand, Import::Bezig);
    // Open does nothing outside the passphrase step.
    assert_eq!(voorbeeld().na(Importstap::Open), voorbeeld());
}

#[test]
fn wat_een_bestand_of_wachtwoord_oplevert() {
    assert_eq!(na_lezen(Err(LeesFout::TeGroot)), Import::Fout(d::FOUT_TE_GROOT));
    assert_eq!(na_lezen(Err(LeesFout::Onleesbaar)), Import::Fout(d::FOUT_ONLEESBAAR));
    assert_eq!(na_lezen(Ok("geen json".into())).focus(), "import-status");
    let open = bewaarbestand::maak_open(&Dokument::default(), "1.0.0", "2026-12-05T10:00:00.000Z");
    let gelezen = na_lezen(Ok(open));
    assert!(
        matches!(&gelezen, Import::Voorbeeld { bevestig: false, gemaakt_op, .. } if &**gemaakt_op == "2026-12-05T10:00:00.000Z")
    );
    assert_eq!(gelezen.focus(), "import-voorbeeld");
    // A file meant for a coach, picked here by mistake.
    let kader = deelpakket::Kader { salt: [1; 16], iv: [2; 12], geheim: vec![3; 20] };
    let deelbestand = deelpakket::bestandstekst(
        "Voor je coach",
        &format!("https://x.nl/coach.html#/gedeeld/{}", deelpakket::kader(&kader)),
    );
    assert_eq!(na_lezen(Ok(deelbestand)), Import::Fout(d::DEELBESTAND_HIER));

    let Import::Wachtwoord { versleuteld: v, gemaakt_op: g, .. } = versleuteld() else { unreachable!() };
    let fout = na_ontsleutelen(Err(CryptoFout::Ontsleutelen), v.clone(), g.clone());
    assert!(matches!(fout, Import::Wachtwoord { fout: Some(f), .. } if f == d::WACHTWOORD_FOUT));
    assert_eq!(na_ontsleutelen(Err(CryptoFout::NietBeschikbaar), v.clone(), g.clone()), Import::Fout(d::GEEN_CRYPTO));
    assert_eq!(na_ontsleutelen(Err(CryptoFout::Mislukt), v.clone(), g.clone()), Import::Fout(d::CRYPTO_MISLUKT));
    let dok = bewaarbestand::klaartekst(&Dokument::default());
    assert!(matches!(na_ontsleutelen(Ok(dok), v.clone(), g.clone()), Import::Voorbeeld { .. }));
    assert_eq!(na_ontsleutelen(Ok(b"{".to_vec()), v, g).focus(), "import-status");
}
