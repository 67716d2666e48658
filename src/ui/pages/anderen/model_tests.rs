use super::*;
use crate::domain::deelpakket::{self, Kader, IV, SALT, TAG};

/// A reply link's payload (its frame; the content is not read here).
fn payload() -> String {
    deelpakket::kader(&Kader { salt: [7; SALT], iv: [9; IV], geheim: vec![1; 40 + TAG] })
}

#[test]
fn alle_delen_staan_aan_en_een_andere_keuze_of_naam_neemt_de_link_weg() {
    let s = Anderen::default();
    assert!(s.gekozen.iter().all(|g| *g), "every part is asked unless unticked");
    let gemaakt = s.na(Stap::Gemaakt("https://x.nl/#/kijk/abc".into()));
    assert_eq!(gemaakt.link.as_deref(), Some("https://x.nl/#/kijk/abc"));
    let anders = gemaakt.na(Stap::Vink(2, false));
    assert_eq!(anders.link, None, "a link for other parts is not sent by mistake");
    assert!(!anders.gekozen[2] && anders.gekozen[0]);
    assert_eq!(gemaakt.na(Stap::Naam("Sanne".into())).link, None);
}

#[test]
fn de_uitnodiging_vraagt_alleen_wat_aangevinkt_is_met_de_naam() {
    let s = Anderen::default().na(Stap::Vink(1, false)).na(Stap::Vink(3, false)).na(Stap::Naam(" Sanne ".into()));
    let u = s.uitnodiging(Some("id".into()), Taal::En, 4.0).unwrap();
    assert_eq!(u.delen, ["kwaliteiten", "energie"]);
    assert_eq!((u.naam.as_deref(), u.taal, u.gemaakt_op), (Some("Sanne"), Taal::En, 4.0));
}

#[test]
fn niets_aangevinkt_of_geen_id_zegt_waarom() {
    let mut s = Anderen::default();
    for i in 0..DELEN.len() {
        s = s.na(Stap::Vink(i, false));
    }
    let f = s.uitnodiging(Some("id".into()), Taal::Nl, 1.0).unwrap_err();
    assert_eq!(s.na(Stap::KanNiet(f)).status, Melding::Fout(k::KIES_EEN));
    assert_eq!(focus_bij(f), Some("uitnodiging-status"));
    let geen_id = Anderen::default().uitnodiging(None, Taal::Nl, 1.0).unwrap_err();
    assert_eq!(Anderen::default().na(Stap::KanNiet(geen_id)).status, Melding::Fout(d::GEEN_CRYPTO));
    assert_eq!(focus_bij(geen_id), None);
}

#[test]
fn een_nieuwe_link_wist_de_oude_meldingen() {
    let s = Anderen::default()
        .na(Stap::KanNiet(UitnodigingFout::NietsGekozen))
        .na(Stap::Gekopieerd(false))
        .na(Stap::Gemaakt("l".into()));
    assert_eq!((s.status.clone(), s.kopie.clone()), (Melding::Geen, Melding::Geen));
    assert_eq!(s.na(Stap::Gekopieerd(true)).kopie, Melding::Goed(k::GEKOPIEERD));
    assert_eq!(s.na(Stap::Gekopieerd(false)).kopie, Melding::Fout(k::NIET_GEKOPIEERD));
}

#[test]
fn een_antwoordlink_bestand_of_kale_payload_opent_het_antwoord_en_iets_anders_niet() {
    let p = payload();
    assert_eq!(antwoord_payload(&format!("https://x.nl/{}{p}", kijk::ANTWOORD_PAD)).as_deref(), Some(p.as_str()));
    assert_eq!(
        antwoord_payload(&format!("Antwoord\nhttps://x.nl/{}{p}\n", kijk::ANTWOORD_PAD)).as_deref(),
        Some(p.as_str())
    );
    assert_eq!(antwoord_payload(&p).as_deref(), Some(p.as_str()));
    assert_eq!(antwoord_payload("hallo"), None);
    assert_eq!(antwoord_payload(""), None);
    let s = Anderen::default().na(Stap::GeenAntwoord);
    assert_eq!(s.open_status, Melding::Fout(k::GEEN_ANTWOORDLINK));
}

#[test]
fn na_het_verwijderen_van_het_laatste_antwoord_blijft_de_melding_staan() {
    let s = Anderen::default();
    assert!(!s.toon_bewaard(0), "nothing kept, nothing to show");
    assert!(s.toon_bewaard(1));
    let weg = s.na(Stap::Verwijderd("Mijn zus".into()));
    assert_eq!(weg.lijst_status, Melding::Verwijderd("Mijn zus".into()));
    assert!(weg.toon_bewaard(0), "the person hears it was deleted");
}
