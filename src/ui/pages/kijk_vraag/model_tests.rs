use super::*;

fn link() -> Link {
    Link { link: "https://x.nl/#/kijk-terug/abc".into(), code: "ABCDEFGHJK".into() }
}

#[test]
fn woorden_met_komma_puntkomma_of_op_een_regel() {
    let s = Vragen::default()
        .na(Stap::Typ(Veld::GoedIn, " plannen, luisteren;\n\n rust ,".into()))
        .na(Stap::Typ(Veld::KwaliteitenWoorden, "eerlijk".into()));
    let spiegel = s.invoer.spiegel();
    assert_eq!(spiegel.goed_in, ["plannen", "luisteren", "rust"]);
    assert_eq!(spiegel.kwaliteiten_woorden, ["eerlijk"]);
}

#[test]
fn hoogstens_max_keuzes_aangevinkt() {
    let mut s = Vragen::default();
    for i in 0..MAX_KEUZES + 2 {
        s = s.na(Stap::Vink(Lijst::Kwaliteiten, format!("o{i}"), true));
    }
    assert_eq!(s.invoer.kwaliteiten.len(), MAX_KEUZES);
    assert!(Invoer::vol(&s.invoer.kwaliteiten), "the other boxes are off");
    assert!(s.invoer.energie.is_empty(), "each list on its own");
    s = s.na(Stap::Vink(Lijst::Kwaliteiten, "o0".into(), true));
    assert_eq!(s.invoer.kwaliteiten.iter().filter(|x| *x == "o0").count(), 1, "ticked twice is still one");
    s = s.na(Stap::Vink(Lijst::Kwaliteiten, "o0".into(), false));
    assert!(!s.invoer.kwaliteiten.contains(&"o0".to_string()));
    assert!(!Invoer::vol(&s.invoer.kwaliteiten), "one off: the boxes are on again");
    let e = Vragen::default().na(Stap::Vink(Lijst::Energie, "buiten".into(), true));
    assert_eq!(e.invoer.spiegel().energie, ["buiten"]);
}

#[test]
fn eerst_welkom_dan_elke_vraag_dan_versturen() {
    let s = Vragen::default();
    assert_eq!(s.scherm(3), Scherm::Welkom);
    assert_eq!(s.na(Stap::Ga(1)).scherm(3), Scherm::Vraag(1));
    assert_eq!(s.na(Stap::Ga(3)).scherm(3), Scherm::Vraag(3));
    assert_eq!(s.na(Stap::Ga(4)).scherm(3), Scherm::Versturen);
    // An invitation with one question: the second screen is sending.
    assert_eq!(s.na(Stap::Ga(2)).scherm(1), Scherm::Versturen);
}

#[test]
fn verder_of_terug_houdt_de_antwoorden_en_wist_de_melding() {
    let s = Vragen::default()
        .na(Stap::Ga(1))
        .na(Stap::Typ(Veld::Boodschap, "Je kunt het.".into()))
        .na(Stap::Ga(2))
        .na(Stap::KanNiet(AntwoordFout::Leeg));
    assert_eq!(s.status, Status::Fout(k::NIETS_INGEVULD));
    let terug = s.na(Stap::Ga(1));
    assert_eq!(terug.status, Status::Geen, "a new screen starts without the old message");
    assert_eq!(terug.invoer.boodschap, "Je kunt het.", "what was typed stays");
}

#[test]
fn niets_ingevuld_of_geen_crypto_zegt_waarom_en_alleen_leeg_krijgt_de_focus() {
    let s = Vragen::default().na(Stap::Ga(5));
    assert_eq!(s.na(Stap::KanNiet(AntwoordFout::Leeg)).status, Status::Fout(k::NIETS_INGEVULD));
    assert_eq!(s.na(Stap::KanNiet(AntwoordFout::GeenCrypto)).status, Status::Fout(d::GEEN_CRYPTO));
    assert_eq!(focus_bij(AntwoordFout::Leeg), Some("antwoord-status"));
    assert_eq!(focus_bij(AntwoordFout::GeenCrypto), None);
}

#[test]
fn de_knop_wacht_tot_het_antwoord_klaar_is_of_mislukt() {
    let s = Vragen::default().na(Stap::Ga(5)).na(Stap::Kopie(Status::Goed(k::GEKOPIEERD)));
    assert!(s.kan_maken());
    let bezig = s.na(Stap::Bezig);
    assert!(!bezig.kan_maken(), "one press makes one reply");
    assert_eq!(bezig.kopie, Status::Geen, "an old copy message goes");
    let mislukt = bezig.na(Stap::Mislukt(CryptoFout::Mislukt));
    assert!(mislukt.kan_maken());
    assert_eq!(mislukt.status, Status::Fout(d::CRYPTO_MISLUKT));
    assert_eq!(bezig.na(Stap::Mislukt(CryptoFout::NietBeschikbaar)).status, Status::Fout(d::GEEN_CRYPTO));
    assert_eq!(mislukt.scherm(4), Scherm::Versturen, "the person stays where they can try again");
}

#[test]
fn het_antwoord_toont_de_link_en_terug_houdt_de_antwoorden() {
    let s = Vragen::default()
        .na(Stap::Ga(5))
        .na(Stap::Typ(Veld::Van, "Ahmed".into()))
        .na(Stap::Bezig)
        .na(Stap::Klaar(link()));
    assert_eq!(s.scherm(4), Scherm::Antwoord);
    assert_eq!(s.uitkomst.as_deref(), Some(&link()));
    assert!(s.kan_maken() && s.status == Status::Geen);
    let kopie = s.na(Stap::Kopie(Status::Fout(k::NIET_GEKOPIEERD)));
    assert_eq!(kopie.kopie, Status::Fout(k::NIET_GEKOPIEERD));
    let terug = kopie.na(Stap::Terug);
    assert_eq!(terug.scherm(4), Scherm::Versturen, "back to the last screen, not the start");
    assert_eq!(terug.invoer.van, "Ahmed");
}

#[test]
fn een_onleesbare_uitnodiging_zegt_of_bijwerken_of_een_nieuwe_link_helpt() {
    assert_eq!(uitnodiging_fout(KijkFout::NieuwereVersie), k::UITNODIGING_NIEUWER);
    assert_eq!(uitnodiging_fout(KijkFout::Beschadigd), k::UITNODIGING_KAPOT);
    assert_eq!(uitnodiging_fout(KijkFout::TeGroot), k::UITNODIGING_KAPOT);
    // A link cut off in a chat app is damaged, not newer.
    let kapot = crate::domain::kijk::lees_uitnodiging("https://x.nl/#/kijk/abc").unwrap_err();
    assert_eq!(uitnodiging_fout(kapot), k::UITNODIGING_KAPOT);
}
