use super::*;
use crate::content::modules::MODULES;
use crate::domain::deelpakket::{self, Deelkeuze, IV, SALT, TAG};
use crate::domain::dokument::{Actie, Dokument};
use miniz_oxide::deflate::compress_to_vec_zlib;
use proptest::prelude::*;

fn set() -> Spiegelset {
    Spiegelset::uit(&MODULES)
}

fn id(n: u8) -> String {
    id_uit(&[n; ID_BYTES])
}

fn uitnodiging() -> Uitnodiging {
    Uitnodiging {
        id: id(1),
        naam: Some("Sanne".into()),
        delen: DELEN.iter().map(|d| d.to_string()).collect(),
        taal: Taal::Nl,
        gemaakt_op: 1_700_000_000_000.0,
    }
}

fn spiegel() -> Spiegel {
    Spiegel {
        kwaliteiten: vec!["geduldig".into(), "eerlijk".into()],
        kwaliteiten_woorden: vec!["Warm".into()],
        goed_in: vec!["Mensen op hun gemak stellen".into(), "Plannen".into()],
        energie: vec!["buiten".into()],
        boodschap: "Je bent sterker dan je denkt.".into(),
    }
}

/// Stand-in for AES-GCM in native tests (the browser part is tested end to end):
/// zlib of the JSON and an empty tag, in the share-link frame.
fn doe_alsof_versleuteld(inhoud: &KijkInhoud) -> String {
    let mut geheim = compress_to_vec_zlib(&antwoord_json(inhoud), 9);
    geheim.extend_from_slice(&[0u8; TAG]);
    deelpakket::kader(&Kader { salt: [7; SALT], iv: [9; IV], geheim })
}

fn open_alsof(link: &str) -> Result<KijkInhoud, KijkFout> {
    let k = ontkader_antwoord(link)?;
    lees_antwoord(&k.geheim[..k.geheim.len() - TAG], &set())
}

fn antwoord() -> KijkInhoud {
    maak_antwoord(&uitnodiging(), id(2), "Ahmed", &spiegel(), &set(), Taal::Nl, 5.0)
}

fn kandidaat() -> Dokument {
    let mut doc = Dokument::default();
    doc.pas_toe(&Actie::Beantwoord {
        module: "wie-ben-ik".into(),
        vraag: EIGEN_KWALITEITEN.into(),
        antwoord: Some(Antwoord::Keuzes(vec!["eerlijk".into(), "rustig".into()])),
    });
    doc.pas_toe(&Actie::Nodig(Box::new(uitnodiging())));
    doc
}

#[test]
fn the_mirror_set_uses_the_candidates_own_option_lists() {
    let s = set();
    assert!(s.kwaliteiten.len() >= 10 && s.energie.len() >= 10);
    assert!(s.kwaliteit("geduldig").is_some() && s.energiegever("buiten").is_some());
}

#[test]
fn an_invitation_round_trips_and_holds_no_answers() {
    let doc = kandidaat();
    let payload = uitnodiging_payload(&doc.uitnodigingen[0]);
    assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let link = format!("https://x.nl/app/{UITNODIGING_PAD}{payload}\n");
    assert_eq!(lees_uitnodiging(&link), Ok(uitnodiging()));
    assert_eq!(lees_uitnodiging(&payload), Ok(uitnodiging()));
    // The payload is the invitation only: none of the candidate's answers.
    let bytes = base64url::decodeer(&payload).unwrap();
    let json = String::from_utf8(bytes[1..bytes.len() - 4].to_vec()).unwrap();
    assert!(!json.contains("eerlijk") && !json.contains("antwoorden") && !json.contains("rustig"), "{json}");
}

#[test]
fn any_changed_or_missing_character_of_an_invitation_is_damage() {
    let payload = uitnodiging_payload(&uitnodiging());
    let tekens: Vec<char> = payload.chars().collect();
    for i in 0..tekens.len() {
        let mut anders = tekens.clone();
        anders[i] = if anders[i] == 'A' { 'B' } else { 'A' };
        let anders: String = anders.into_iter().collect();
        assert_eq!(lees_uitnodiging(&anders), Err(KijkFout::Beschadigd), "character {i} changed");
    }
    for lengte in 0..payload.len() {
        assert!(lees_uitnodiging(&payload[..lengte]).is_err(), "cut at {lengte}");
    }
    assert_eq!(lees_uitnodiging(&"A".repeat(MAX_UITNODIGING + 4)), Err(KijkFout::TeGroot));
}

fn als_uitnodiging(json: &str, versie: u8) -> String {
    let mut bytes = vec![versie];
    bytes.extend_from_slice(json.as_bytes());
    let c = controle(&bytes);
    bytes.extend_from_slice(&c);
    base64url::codeer(&bytes)
}

#[test]
fn a_hand_made_invitation_is_cleaned_or_refused() {
    let goed = id(3);
    let n = format!(
        r#"{{"id":"{goed}","naam":"<b>Sanne</b>\u202e{}","delen":["boodschap","onbekend","kwaliteiten"],"taal":"en"}}"#,
        "x".repeat(100)
    );
    let u = lees_uitnodiging(&als_uitnodiging(&n, 1)).unwrap();
    assert_eq!(u.delen, ["kwaliteiten", "boodschap"], "known parts only, in the set's order");
    let naam = u.naam.unwrap();
    assert!(naam.starts_with("<b>Sanne</b>x") && naam.chars().count() == deelpakket::MAX_NAAM, "{naam}");
    assert_eq!(u.gemaakt_op, 0.0);
    for fout in [
        format!(r#"{{"id":"{goed}","delen":["onbekend"],"taal":"nl"}}"#),
        r#"{"id":"kort","delen":["boodschap"],"taal":"nl"}"#.to_string(),
        format!(r#"{{"id":"{goed}","delen":"boodschap","taal":"nl"}}"#),
        "niet json".to_string(),
    ] {
        assert_eq!(lees_uitnodiging(&als_uitnodiging(&fout, 1)), Err(KijkFout::Beschadigd), "{fout}");
    }
    let ok = format!(r#"{{"id":"{goed}","delen":["boodschap"],"taal":"nl"}}"#);
    assert_eq!(lees_uitnodiging(&als_uitnodiging(&ok, 2)), Err(KijkFout::NieuwereVersie));
    assert_eq!(lees_uitnodiging(&als_uitnodiging(&ok, 0)), Err(KijkFout::Beschadigd));
}

#[test]
fn a_reply_round_trips_through_its_link() {
    let inhoud = antwoord();
    let payload = doe_alsof_versleuteld(&inhoud);
    assert_eq!(open_alsof(&payload), Ok(inhoud.clone()));
    assert_eq!(open_alsof(&format!("https://x.nl/{ANTWOORD_PAD}{payload}\n")), Ok(inhoud.clone()));
    assert_eq!(open_alsof(&format!("Open deze link:\nhttps://x.nl/{ANTWOORD_PAD}{payload}\n")), Ok(inhoud.clone()));
    assert_eq!(inhoud.uitnodiging, id(1), "the invitation id travels inside the encrypted part");
    assert_eq!(inhoud.van.as_deref(), Some("Ahmed"));
}

#[test]
fn any_changed_or_missing_character_of_a_reply_is_damage() {
    let payload = doe_alsof_versleuteld(&antwoord());
    let tekens: Vec<char> = payload.chars().collect();
    for i in 0..tekens.len() {
        let mut anders = tekens.clone();
        anders[i] = if anders[i] == 'A' { 'B' } else { 'A' };
        let anders: String = anders.into_iter().collect();
        assert_eq!(ontkader_antwoord(&anders), Err(KijkFout::Beschadigd), "character {i} changed");
    }
    for lengte in 0..payload.len() {
        assert_eq!(ontkader_antwoord(&payload[..lengte]), Err(KijkFout::Beschadigd), "cut at {lengte}");
    }
    assert_eq!(ontkader_antwoord(&"A".repeat(MAX_ANTWOORD + 4)), Err(KijkFout::TeGroot));
}

#[test]
fn only_what_the_invitation_asked_is_in_the_reply() {
    let mut u = uitnodiging();
    u.delen = vec!["goed-in".into()];
    let inhoud = maak_antwoord(&u, id(2), "", &spiegel(), &set(), Taal::En, 1.0);
    assert_eq!(inhoud.spiegel, Spiegel { goed_in: spiegel().goed_in, ..Spiegel::default() });
    assert_eq!(inhoud.van, None);
    // A hand-made reply with more than was asked: the candidate keeps only what was asked.
    let mut doc = kandidaat();
    doc.uitnodigingen[0].delen = vec!["boodschap".into()];
    let kept = bewaar(&antwoord(), &doc, "", "Iemand", 9.0);
    assert_eq!(kept.spiegel, Spiegel { boodschap: spiegel().boodschap, ..Spiegel::default() });
    assert_eq!(kept.label, "Iemand");
}

#[test]
fn names_and_labels_from_links_lose_invisible_format_characters() {
    // A zero-width space, a soft hyphen, a direction isolate, a joiner, a tag character.
    let u = Uitnodiging { naam: Some("\u{200B}San\u{00AD}ne\u{2069}".into()), ..uitnodiging() };
    let gelezen = lees_uitnodiging(&uitnodiging_payload(&u)).unwrap();
    assert_eq!(gelezen.naam.as_deref(), Some("Sanne"));
    let inhoud = maak_antwoord(&gelezen, id(2), "Ah\u{200D}med\u{E0041}", &spiegel(), &set(), Taal::Nl, 5.0);
    assert_eq!(inhoud.van.as_deref(), Some("Ahmed"));
    let mut json: serde_json::Value = serde_json::from_slice(&antwoord_json(&inhoud)).unwrap();
    json["van"] = "\u{2067}Ahmed\u{FEFF}".into();
    json["spiegel"]["goed_in"] = serde_json::json!(["Plan\u{200C}nen"]);
    let open = lees_antwoord(&compress_to_vec_zlib(json.to_string().as_bytes(), 6), &set()).unwrap();
    assert_eq!(open.van.as_deref(), Some("Ahmed"));
    assert_eq!(open.spiegel.goed_in, ["Plannen"]);
    let doc = kandidaat();
    assert_eq!(bewaar(&open, &doc, "Mijn\u{200B} zus\u{202E}", "Iemand", 6.0).label, "Mijn zus");
    assert_eq!(bewaar(&open, &doc, "\u{200B}\u{2066}", "Iemand", 6.0).label, "Iemand", "nothing visible: the default");
}

#[test]
fn markup_and_control_characters_stay_plain_text_and_unknown_options_are_dropped() {
    let vies = Spiegel {
        kwaliteiten: vec!["geduldig".into(), "bestaat-niet".into(), "geduldig".into(), "<script>".into()],
        kwaliteiten_woorden: vec![
            "  ".into(),
            "<img src=x onerror=alert(1)>".into(),
            "a".into(),
            "b".into(),
            "c".into(),
        ],
        goed_in: vec!["x\u{202E}y\n\tz".into(), "Lang ".repeat(40), "X".into(), "x".into()],
        energie: (0..20)
            .map(|i| ["buiten", "stilte", "leren", "lachen", "dieren", "ritme"][i % 6].to_string())
            .collect(),
        boodschap: format!("Regel 1\r\n\r\n\r\n\r\nRegel 2\u{0}{}", "w".repeat(2000)),
    };
    let s = vies.schoon(&set());
    assert_eq!(s.kwaliteiten, ["geduldig"]);
    assert_eq!(s.kwaliteiten_woorden, ["<img src=x onerror=alert(1)>", "a", "b"], "kept as text, at most 3");
    assert_eq!(s.goed_in[0], "xy  z", "one line: a break and a tab become spaces");
    assert_eq!(s.goed_in[1].chars().count(), MAX_WOORD - 1, "capped, trailing space trimmed");
    assert_eq!(s.goed_in.len(), 3, "'X' and 'x' are one");
    assert_eq!(s.energie.len(), MAX_KEUZES);
    assert!(s.boodschap.starts_with("Regel 1\n\nRegel 2w"), "{:?}", &s.boodschap[..20]);
    assert_eq!(s.boodschap.chars().count(), MAX_BOODSCHAP);
}

#[test]
fn a_reply_for_another_invitation_or_one_already_kept_is_refused() {
    let mut doc = kandidaat();
    let inhoud = antwoord();
    assert_eq!(beoordeel(&inhoud, &doc), Ok(()));
    let vreemd = KijkInhoud { uitnodiging: id(9), ..inhoud.clone() };
    assert_eq!(beoordeel(&vreemd, &doc), Err(Weigering::AndereUitnodiging));
    assert!(doc.pas_toe(&Actie::BewaarKijk(Box::new(bewaar(&inhoud, &doc, "Mijn zus", "x", 10.0)))));
    assert_eq!(beoordeel(&inhoud, &doc), Err(Weigering::AlToegevoegd), "opened again: a replay");
    // A second person can answer the same invitation.
    let tweede = KijkInhoud { id: id(4), ..inhoud.clone() };
    assert_eq!(beoordeel(&tweede, &doc), Ok(()));
    // A stopped invitation takes no new replies; kept ones stay.
    assert!(doc.pas_toe(&Actie::StopUitnodiging { id: id(1) }));
    assert_eq!(beoordeel(&tweede, &doc), Err(Weigering::AndereUitnodiging));
    assert_eq!(doc.kijk.len(), 1);
}

#[test]
fn a_reply_with_a_bad_id_version_or_shape_is_refused() {
    let goed: serde_json::Value = serde_json::from_slice(&naar_json(&antwoord())).unwrap();
    let met = |sleutel: &str, waarde: serde_json::Value| {
        let mut j = goed.clone();
        j[sleutel] = waarde;
        lees_antwoord(&compress_to_vec_zlib(j.to_string().as_bytes(), 6), &set())
    };
    assert_eq!(met("uitnodiging", "kort".into()), Err(KijkFout::Beschadigd));
    assert_eq!(met("id", serde_json::json!(5)), Err(KijkFout::Beschadigd));
    assert_eq!(met("versie", 2.into()), Err(KijkFout::NieuwereVersie));
    assert_eq!(met("versie", 0.into()), Err(KijkFout::Beschadigd));
    assert_eq!(met("spiegel", "x".into()), Err(KijkFout::Beschadigd));
    assert_eq!(met("van", "<i>Ahmed</i>\u{2067}".into()).unwrap().van.as_deref(), Some("<i>Ahmed</i>"));
    // A share package for a coach is not a reply.
    let deel = crate::domain::deelpakket::maak(&kandidaat(), &Deelkeuze::default(), &MODULES, Taal::Nl, 1.0);
    let bytes = compress_to_vec_zlib(&crate::domain::deelpakket::json(&deel), 6);
    assert_eq!(lees_antwoord(&bytes, &set()), Err(KijkFout::Beschadigd));
    let bom = compress_to_vec_zlib(&vec![b' '; MAX_KLAAR + 10], 9);
    assert_eq!(lees_antwoord(&bom, &set()), Err(KijkFout::TeGroot));
}

fn kept(n: u8, label: &str, spiegel: Spiegel) -> KijkAntwoord {
    KijkAntwoord { id: id(n), uitnodiging: id(1), label: label.into(), gemaakt_op: 1.0, bewaard_op: 2.0, spiegel }
}

#[test]
fn the_picture_shows_qualities_both_named_and_only_others_named_by_whom() {
    let mut doc = kandidaat();
    doc.pas_toe(&Actie::Beantwoord {
        module: "wie-ben-ik".into(),
        vraag: EIGEN_KWALITEITEN_WOORDEN.into(),
        antwoord: Some(Antwoord::Lijst(vec!["Warm".into()])),
    });
    let zus = kept(2, "Mijn zus", Spiegel { kwaliteiten: vec!["geduldig".into(), "eerlijk".into()], ..spiegel() });
    let ahmed = kept(
        3,
        "Ahmed",
        Spiegel {
            kwaliteiten: vec!["geduldig".into()],
            kwaliteiten_woorden: vec!["warm".into()],
            goed_in: vec!["plannen".into()],
            energie: vec![],
            boodschap: String::new(),
        },
    );
    let b = beeld(doc.modules.get("wie-ben-ik"), &[zus, ahmed]);
    let k = &b.kwaliteiten;
    assert_eq!(
        k.allebei,
        vec![
            Genoemd { item: Item::Optie("eerlijk".into()), door: vec!["Mijn zus".into()] },
            Genoemd { item: Item::Woord("Warm".into()), door: vec!["Mijn zus".into(), "Ahmed".into()] },
        ]
        .into_iter()
        .rev()
        .collect::<Vec<_>>(),
        "named by more people first; own words match whatever the case"
    );
    assert_eq!(
        k.alleen_anderen,
        vec![Genoemd { item: Item::Optie("geduldig".into()), door: vec!["Mijn zus".into(), "Ahmed".into()] }]
    );
    assert_eq!(k.alleen_ik, vec![Item::Optie("rustig".into())]);
    assert_eq!(
        b.goed_in[1],
        Genoemd { item: Item::Woord("Plannen".into()), door: vec!["Mijn zus".into(), "Ahmed".into()] }
    );
    assert_eq!(b.energie.alleen_anderen.len(), 1);
    assert_eq!(b.boodschappen, vec![("Mijn zus".to_string(), spiegel().boodschap)]);
    // Without replies there is nothing from others.
    let leeg = beeld(doc.modules.get("wie-ben-ik"), &[]);
    assert!(leeg.kwaliteiten.allebei.is_empty() && leeg.kwaliteiten.alleen_anderen.is_empty());
}

#[test]
fn replies_are_kept_once_each_deleted_on_their_own_and_saved() {
    let mut doc = kandidaat();
    let a = kept(2, "Mijn zus", spiegel());
    let b = kept(3, "Ahmed", Spiegel::default());
    assert!(doc.pas_toe(&Actie::BewaarKijk(Box::new(a.clone()))));
    assert!(!doc.pas_toe(&Actie::BewaarKijk(Box::new(a.clone()))), "the same reply again changes nothing");
    assert!(doc.pas_toe(&Actie::BewaarKijk(Box::new(b.clone()))));
    assert!(!doc.pas_toe(&Actie::Nodig(Box::new(uitnodiging()))));
    let terug = Dokument::uit_json(&doc.naar_json()).unwrap();
    assert_eq!(terug.kijk, vec![a.clone(), b.clone()]);
    assert_eq!(terug.uitnodigingen, vec![uitnodiging()]);
    assert!(doc.pas_toe(&Actie::VerwijderKijk { id: a.id.clone() }));
    assert!(!doc.pas_toe(&Actie::VerwijderKijk { id: a.id.clone() }));
    assert_eq!(doc.kijk, vec![b.clone()]);
    // Merging a save file adds what is missing and nothing twice.
    let ander = Dokument {
        kijk: vec![a.clone(), b.clone()],
        uitnodigingen: vec![uitnodiging(), Uitnodiging { id: id(7), ..uitnodiging() }],
        ..Dokument::default()
    };
    assert!(doc.voeg_samen(&ander));
    assert_eq!(doc.kijk, vec![b, a]);
    assert_eq!(doc.uitnodigingen.len(), 2);
    assert!(!doc.voeg_samen(&ander));
}

#[test]
fn replies_go_to_the_coach_only_when_ticked_and_arrive_cleaned() {
    let mut doc = kandidaat();
    doc.pas_toe(&Actie::BewaarKijk(Box::new(kept(2, "Mijn zus", spiegel()))));
    let zonder = crate::domain::deelpakket::maak(&doc, &Deelkeuze::default(), &MODULES, Taal::Nl, 1.0);
    assert!(zonder.kijk.is_empty() && zonder.is_leeg());
    assert!(!Deelkeuze::default().kijk, "not ticked by default");
    let keuze = Deelkeuze { kijk: true, ..Deelkeuze::default() };
    let met = crate::domain::deelpakket::maak(&doc, &keuze, &MODULES, Taal::Nl, 1.0);
    assert_eq!(met.kijk, doc.kijk);
    assert!(!met.is_leeg());
    let mut json: serde_json::Value = serde_json::from_slice(&crate::domain::deelpakket::json(&met)).unwrap();
    json["kijk"][0]["label"] = "<b>Zus</b>\u{202E}".into();
    json["kijk"][0]["spiegel"]["kwaliteiten"] = serde_json::json!(["geduldig", "nep"]);
    let bytes = compress_to_vec_zlib(json.to_string().as_bytes(), 6);
    let open = crate::domain::deelpakket::lees_klaartekst(&bytes, &MODULES).unwrap();
    assert_eq!(open.kijk[0].label, "<b>Zus</b>");
    assert_eq!(open.kijk[0].spiegel.kwaliteiten, ["geduldig"]);
}

proptest! {
    #[test]
    fn random_text_never_panics_the_invitation_or_reply_decoder(tekst in ".{0,400}") {
        let _ = lees_uitnodiging(&tekst);
        let _ = ontkader_antwoord(&tekst);
        let _ = lees_uitnodiging(&format!("{UITNODIGING_PAD}{tekst}"));
    }

    #[test]
    fn random_bytes_never_panic_any_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = lees_uitnodiging(&base64url::codeer(&bytes));
        let _ = ontkader_antwoord(&base64url::codeer(&bytes));
        let _ = lees_antwoord(&bytes, &set());
        let _ = lees_antwoord(&compress_to_vec_zlib(&bytes, 1), &set());
    }

    #[test]
    fn random_reply_json_never_panics(tekst in r#"\{"versie":[0-9]{1,3},"uitnodiging":"[A-Za-z0-9_-]{20,23}","id":"[A-Za-z0-9_-]{22}","gemaakt_op":[0-9e.-]{1,8},"taal":"(nl|en|x)"(,"van":.{0,10})?,"spiegel":\{("(kwaliteiten|goed_in|energie|boodschap)":(\[.{0,20}\]|".{0,10}"|[0-9]{1,3}))?\}\}"#) {
        let _ = lees_antwoord(&compress_to_vec_zlib(tekst.as_bytes(), 1), &set());
    }

    #[test]
    fn random_invitation_json_never_panics(tekst in r#"\{"id":"[A-Za-z0-9_-]{20,23}"(,"naam":.{0,12})?,"delen":\[("[a-z-]{0,12}",?){0,5}\],"taal":"(nl|en|x)"(,"gemaakt_op":[0-9e.-]{0,8})?\}"#) {
        let _ = lees_uitnodiging(&als_uitnodiging(&tekst, 1));
    }
}

#[test]
fn an_invitation_address_tells_its_language_and_anything_else_does_not() {
    for taal in [Taal::Nl, Taal::En] {
        let u = Uitnodiging { taal, ..uitnodiging() };
        assert_eq!(taal_van_uitnodiging(&format!("{UITNODIGING_PAD}{}", uitnodiging_payload(&u))), Some(taal));
    }
    let payload = uitnodiging_payload(&Uitnodiging { taal: Taal::En, ..uitnodiging() });
    let mut kapot = payload.clone().into_bytes();
    kapot[8] ^= 1;
    for adres in [
        format!("{UITNODIGING_PAD}{}", String::from_utf8(kapot).unwrap()),
        format!("{ANTWOORD_PAD}{payload}"),
        format!("#/wie-ben-ik/{payload}"),
        UITNODIGING_PAD.to_string(),
        String::new(),
    ] {
        assert_eq!(taal_van_uitnodiging(&adres), None, "{adres}");
    }
}
