//! Tests of the share package (`domain::deelpakket`); the envelope's own are in `envelop`.

use super::*;
use crate::content::modules::{energie, stappen, wie_ben_ik, zorgen, MODULES};
use crate::domain::antwoorden::vraag_in;
use crate::domain::base64url;
use crate::domain::dokument::Actie;
use crate::domain::envelop::{controle, CONTROLE};
use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;
use proptest::prelude::*;
use serde_json::Value;

/// What the browser's `CompressionStream("deflate")` makes: zlib.
fn klaartekst(inhoud: &DeelInhoud) -> Vec<u8> {
    compress_to_vec_zlib(&json(inhoud), 9)
}

fn eerste_van<'a>(
    m: &'static Module,
    soort: impl Fn(&Antwoord) -> bool + 'a,
    kandidaten: &[Antwoord],
) -> (String, Antwoord) {
    for v in m.delen.iter().flat_map(|d| d.vragen.iter()) {
        for a in kandidaten {
            if soort(a) && a.past_bij(v) {
                return (v.id.to_string(), a.clone());
            }
        }
    }
    panic!("no fitting question in {}", m.id)
}

/// A person who answered a statement, a choice and a free-text question.
fn dokument() -> (Dokument, String, String) {
    let mut doc = Dokument::default();
    let (schaal_id, schaal) = eerste_van(&energie::MODULE, |_| true, &[Antwoord::Schaal(4)]);
    let (tekst_id, tekst) =
        eerste_van(&zorgen::MODULE, |_| true, &[Antwoord::Tekst("<img src=x onerror=alert(1)> mijn woorden".into())]);
    for (m, v, a) in [("energie", &schaal_id, schaal), ("zorgen", &tekst_id, tekst)] {
        doc.pas_toe(&Actie::Beantwoord { module: m.into(), vraag: v.clone(), antwoord: Some(a) });
    }
    let (s2, a2) = eerste_van(&zorgen::MODULE, |a| matches!(a, Antwoord::Keuzes(_)), &keuzes(&zorgen::MODULE));
    doc.pas_toe(&Actie::Beantwoord { module: "zorgen".into(), vraag: s2, antwoord: Some(a2) });
    doc.pas_toe(&Actie::RondAf { module: "zorgen".into(), op_ms: 5.0 });
    (doc, schaal_id, tekst_id)
}

fn keuzes(m: &'static Module) -> Vec<Antwoord> {
    use crate::domain::vragenlijst::Soort;
    m.delen
        .iter()
        .flat_map(|d| d.vragen.iter())
        .filter_map(|v| match v.soort {
            Soort::MeerKeuze { opties, .. } => Some(Antwoord::Keuzes(vec![opties[0].id.to_string()])),
            _ => None,
        })
        .collect()
}

fn alles() -> Deelkeuze {
    Deelkeuze { modules: MODULES.iter().map(|m| m.id.to_string()).collect(), ..Deelkeuze::default() }
}

/// Stand-in for AES-GCM in native tests: the browser part is tested end to end.
fn doe_alsof_versleuteld(inhoud: &DeelInhoud) -> String {
    let mut geheim = klaartekst(inhoud);
    geheim.extend_from_slice(&[0u8; TAG]);
    kader(&Kader { salt: [7; SALT], iv: [9; IV], geheim })
}

fn open_alsof(payload: &str) -> Result<DeelInhoud, DeelFout> {
    let k = ontkader(payload)?;
    lees_klaartekst(&k.geheim[..k.geheim.len() - TAG], &MODULES)
}

#[test]
fn free_text_stays_out_unless_ticked() {
    let (doc, schaal_id, tekst_id) = dokument();
    let zonder = maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0);
    assert_eq!(zonder.modules["energie"][&schaal_id], Antwoord::Schaal(4));
    assert!(!zonder.modules["zorgen"].contains_key(&tekst_id));
    let met = maak(&doc, &Deelkeuze { eigen_woorden: true, ..alles() }, &MODULES, Taal::Nl, 1.0);
    assert!(matches!(&met.modules["zorgen"][&tekst_id], Antwoord::Tekst(s) if s.contains("mijn woorden")));
}

#[test]
fn only_ticked_modules_and_only_answers_are_shared() {
    let (doc, _, _) = dokument();
    let keuze = Deelkeuze { modules: ["energie".to_string()].into(), ..Deelkeuze::default() };
    let inhoud = maak(&doc, &keuze, &MODULES, Taal::En, 1.0);
    assert_eq!(inhoud.modules.keys().collect::<Vec<_>>(), ["energie"]);
    let json = String::from_utf8(json(&inhoud)).unwrap();
    assert!(!json.contains("momentopnames") && !json.contains("positie"), "{json}");
    assert_eq!(deelbaar_alles(&doc, &wie_ben_ik::MODULE), 0);
    assert_eq!(deelbaar(&doc, &zorgen::MODULE, &Deelkeuze::default()), 1);
    assert_eq!(deelbaar(&doc, &zorgen::MODULE, &Deelkeuze { eigen_woorden: true, ..Deelkeuze::default() }), 2);
}

#[test]
fn capacity_answers_stay_out_unless_ticked() {
    use crate::content::modules::wat_kan_ik;
    let mut doc = Dokument::default();
    let stand = doc.modules.entry("wat-kan-ik".into()).or_default();
    stand.antwoorden.insert("wki.nu.uren".into(), Antwoord::Getal(4));
    stand.antwoorden.insert("wki.mensen.uitleggen".into(), Antwoord::Keuze("goed".into()));
    let zonder = maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0);
    assert_eq!(zonder.modules["wat-kan-ik"].keys().collect::<Vec<_>>(), ["wki.mensen.uitleggen"]);
    assert!(!Deelkeuze::default().eigen_beeld, "not ticked by default");
    let met = maak(&doc, &Deelkeuze { eigen_beeld: true, ..alles() }, &MODULES, Taal::Nl, 1.0);
    assert_eq!(met.modules["wat-kan-ik"]["wki.nu.uren"], Antwoord::Getal(4));
    assert_eq!(deelbaar(&doc, &wat_kan_ik::MODULE, &Deelkeuze::default()), 1);
    assert_eq!(deelbaar(&doc, &wat_kan_ik::MODULE, &Deelkeuze { eigen_beeld: true, ..Deelkeuze::default() }), 2);
    assert_eq!(aantal_eigen_beeld(&doc, &MODULES), 1);
    // Exactly the two "Wat past nu" parts hold capacity questions.
    for d in wat_kan_ik::MODULE.delen {
        let nu = d.id.starts_with("nu-");
        assert!(d.vragen.iter().all(|v| is_eigen_beeld(v.id) == nu), "{}", d.id);
    }
}

/// A person who recognised these worries.
fn met_gedachten(gekozen: &[&str]) -> Dokument {
    let mut doc = Dokument::default();
    let antwoord = Some(Antwoord::Keuzes(gekozen.iter().map(|s| s.to_string()).collect()));
    doc.pas_toe(&Actie::Beantwoord { module: "zorgen".into(), vraag: zorgen::GEDACHTEN.into(), antwoord });
    doc
}

fn gedachten(inhoud: &DeelInhoud) -> Option<&Antwoord> {
    inhoud.modules.get(zorgen::MODULE.id).and_then(|m| m.get(zorgen::GEDACHTEN))
}

#[test]
fn only_the_three_worries_are_sensitive() {
    use crate::domain::vragenlijst::Soort;
    let mut gevonden = Vec::new();
    for m in MODULES.iter() {
        for v in m.delen.iter().flat_map(|d| d.vragen.iter()) {
            for o in v.soort.opties().iter().filter(|o| is_gevoelig(v.id, o.id)) {
                // The filter takes choices out of a list: a single choice would slip through.
                assert!(matches!(v.soort, Soort::MeerKeuze { .. }), "{}", v.id);
                gevonden.push((m.id, v.id, o.id, o.tekst.nl));
            }
        }
    }
    let ids: Vec<_> = gevonden.iter().map(|g| (g.0, g.1, g.2)).collect();
    let verwacht: Vec<_> = GEVOELIGE_ZORGEN.iter().map(|o| ("zorgen", zorgen::GEDACHTEN, *o)).collect();
    assert_eq!(ids, verwacht, "exactly these worries, each an option of 'Welke gedachten herken je?'");
    // And they are the worries about resistance, anger and being sent away.
    let teksten: Vec<_> = gevonden.iter().map(|g| g.3).collect();
    for (tekst, kern) in teksten.iter().zip(["niet aan spoor 2", "boos", "van me af"]) {
        assert!(tekst.contains(kern), "{tekst}");
    }
}

#[test]
fn sensitive_worries_are_not_ticked_by_default_and_stay_out_of_the_package() {
    let doc = met_gedachten(&["te-ziek", zorgen::WEERSTAND, zorgen::BOOS, zorgen::WEG_WILLEN]);
    assert!(Deelkeuze::default().gevoelig.is_empty(), "nothing sensitive ticked by default");
    let standaard = maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0);
    assert_eq!(gedachten(&standaard), Some(&Antwoord::Keuzes(vec!["te-ziek".into()])));
    let json = String::from_utf8(json(&standaard)).unwrap();
    for o in GEVOELIGE_ZORGEN {
        assert!(!json.contains(&format!("\"{o}\"")), "{o} in {json}");
    }
    // The link as the coach opens it holds no more than that either.
    assert_eq!(gedachten(&open_alsof(&doe_alsof_versleuteld(&standaard)).unwrap()), gedachten(&standaard));
    assert_eq!(deelbaar(&doc, &zorgen::MODULE, &alles()), 1);
    assert_eq!(deelbaar_alles(&doc, &zorgen::MODULE), 1, "one answer, the list");

    // Offered one by one, in the order of the options.
    let aangeboden: Vec<_> = gevoelige_keuzes(&doc, &MODULES).iter().map(|(v, o)| (v.id, o.id)).collect();
    let verwacht: Vec<_> = GEVOELIGE_ZORGEN.iter().map(|o| (zorgen::GEDACHTEN, *o)).collect();
    assert_eq!(aangeboden, verwacht);
    assert!(gevoelige_keuzes(&Dokument::default(), &MODULES).is_empty());

    // Ticking one shares that one, and it survives opening.
    let keuze = Deelkeuze { gevoelig: vec![(zorgen::GEDACHTEN, zorgen::BOOS)], ..alles() };
    let met = maak(&doc, &keuze, &MODULES, Taal::Nl, 1.0);
    let twee = Antwoord::Keuzes(vec!["te-ziek".into(), zorgen::BOOS.into()]);
    assert_eq!(gedachten(&met), Some(&twee));
    assert_eq!(gedachten(&open_alsof(&doe_alsof_versleuteld(&met)).unwrap()), Some(&twee));
}

#[test]
fn only_sensitive_worries_chosen_means_nothing_of_that_question_is_shared() {
    let doc = met_gedachten(&[zorgen::WEG_WILLEN]);
    let inhoud = maak(&doc, &alles(), &MODULES, Taal::En, 1.0);
    assert!(inhoud.is_leeg(), "{inhoud:?}");
    assert_eq!(deelbaar(&doc, &zorgen::MODULE, &alles()), 0);
    // The module can still be ticked: there is something to share once the worry is ticked.
    assert_eq!(deelbaar_alles(&doc, &zorgen::MODULE), 1);
    let keuze = Deelkeuze { gevoelig: vec![(zorgen::GEDACHTEN, zorgen::WEG_WILLEN)], ..alles() };
    assert_eq!(deelbaar(&doc, &zorgen::MODULE, &keuze), 1);
}

#[test]
fn coach_settings_only_when_ticked() {
    let (mut doc, _, _) = dokument();
    doc.coach = Some(CoachInstellingen { praktijk: "Praktijk".into(), ..CoachInstellingen::default() });
    assert_eq!(maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0).coach, None);
    let met = maak(&doc, &Deelkeuze { coach: true, ..alles() }, &MODULES, Taal::Nl, 1.0);
    assert_eq!(met.coach.unwrap().praktijk, "Praktijk");
}

#[test]
fn a_package_round_trips_through_the_payload() {
    let (doc, _, _) = dokument();
    let inhoud = maak(&doc, &Deelkeuze { eigen_woorden: true, ..alles() }, &MODULES, Taal::En, 1_700_000_000_000.0);
    let payload = doe_alsof_versleuteld(&inhoud);
    assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(open_alsof(&payload), Ok(inhoud.clone()));
    // The whole link, or the link with a line break pasted after it, works too.
    assert_eq!(open_alsof(&format!("https://x.nl/app/#/gedeeld/{payload}\n")), Ok(inhoud.clone()));
    let bestand = bestandstekst("Open deze link:", &format!("https://x.nl/#/gedeeld/{payload}"));
    assert_eq!(open_alsof(&bestand), Ok(inhoud));
    let k = ontkader(&payload).unwrap();
    assert_eq!((k.salt, k.iv), ([7; SALT], [9; IV]));
}

#[test]
fn a_first_name_travels_cleaned_and_only_when_given() {
    let (doc, _, _) = dokument();
    let keuze = Deelkeuze { naam: "  Sanne\u{202E} de\tVries\n ".into(), ..alles() };
    let inhoud = maak(&doc, &keuze, &MODULES, Taal::Nl, 1.0);
    assert_eq!(inhoud.naam.as_deref(), Some("Sanne de Vries"));
    assert_eq!(open_alsof(&doe_alsof_versleuteld(&inhoud)).unwrap().naam.as_deref(), Some("Sanne de Vries"));
    // No name: the package has no name field at all, exactly as before names existed.
    for leeg in ["", "   ", "\u{202E}\n\u{7}"] {
        let zonder = maak(&doc, &Deelkeuze { naam: leeg.into(), ..alles() }, &MODULES, Taal::Nl, 1.0);
        assert_eq!(zonder.naam, None, "{leeg:?}");
        assert!(!String::from_utf8(json(&zonder)).unwrap().contains("naam"));
    }
    let lang = maak(&doc, &Deelkeuze { naam: "ë".repeat(500), ..alles() }, &MODULES, Taal::Nl, 1.0);
    assert_eq!(lang.naam.unwrap().chars().count(), MAX_NAAM);
}

#[test]
fn a_link_made_before_names_existed_still_opens() {
    // The exact JSON shape versions 1 and 2 wrote before the name was added.
    let (_, schaal_id, _) = dokument();
    for versie in [1, INHOUD_VERSIE] {
        let oud = format!(
            r#"{{"versie":{versie},"gemaakt_op":1700000000000.0,"taal":"nl","modules":{{"energie":{{"{schaal_id}":{{"soort":"schaal","waarde":4}}}}}}}}"#
        );
        let mut geheim = compress_to_vec_zlib(oud.as_bytes(), 6);
        geheim.extend_from_slice(&[0u8; TAG]);
        let payload = kader(&Kader { salt: [1; SALT], iv: [2; IV], geheim });
        let inhoud = open_alsof(&payload).unwrap();
        assert_eq!(inhoud.naam, None);
        assert_eq!(inhoud.modules["energie"][&schaal_id], Antwoord::Schaal(4), "version {versie}");
        assert_eq!(inhoud.gemaakt_op, 1_700_000_000_000.0);
    }
}

#[test]
fn a_tampered_name_is_capped_cleaned_or_dropped_but_the_rest_still_opens() {
    let (_, schaal_id, _) = dokument();
    let open_met = |naam: Value| {
        let json = serde_json::json!({
            "versie": 1, "gemaakt_op": 1.0, "taal": "en", "naam": naam,
            "modules": { "energie": { schaal_id.clone(): { "soort": "schaal", "waarde": 2 } } }
        });
        let inhoud = lees_klaartekst(&compress_to_vec_zlib(json.to_string().as_bytes(), 6), &MODULES).unwrap();
        assert_eq!(inhoud.modules["energie"].len(), 1, "the answers survive a bad name");
        inhoud.naam
    };
    let lang = open_met(Value::String(format!("<img src=x onerror=alert(1)>{}", "A".repeat(5000)))).unwrap();
    assert_eq!(lang.chars().count(), MAX_NAAM);
    assert!(lang.starts_with("<img src=x"), "kept as plain text, shown as text");
    assert_eq!(open_met(Value::String("Sam\u{2067}\u{0}\r\nmy".into())).as_deref(), Some("Sam my"));
    let niet_tekst = [serde_json::json!(5), serde_json::json!(["Sanne"]), serde_json::json!({"a": 1}), Value::Null];
    for niet_tekst in niet_tekst {
        assert_eq!(open_met(niet_tekst.clone()), None, "{niet_tekst}");
    }
    assert_eq!(open_met(Value::String(" \u{202E} ".into())), None);
}

#[test]
fn any_changed_or_missing_character_is_reported_as_damage() {
    let (doc, _, _) = dokument();
    let payload = doe_alsof_versleuteld(&maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0));
    let tekens: Vec<char> = payload.chars().collect();
    for i in 0..tekens.len() {
        let mut anders = tekens.clone();
        anders[i] = if anders[i] == 'A' { 'B' } else { 'A' };
        let anders: String = anders.into_iter().collect();
        assert_eq!(ontkader(&anders), Err(DeelFout::Beschadigd), "character {i} changed");
    }
    for lengte in [0, 1, 10, 40, payload.len() / 2, payload.len() - 1] {
        assert_eq!(ontkader(&payload[..lengte]), Err(DeelFout::Beschadigd), "cut at {lengte}");
    }
}

#[test]
fn a_newer_version_is_refused_with_its_own_reason() {
    let mut bytes =
        base64url::decodeer(&doe_alsof_versleuteld(&maak(&Dokument::default(), &alles(), &MODULES, Taal::Nl, 1.0)))
            .unwrap();
    bytes[0] = 2;
    let n = bytes.len() - CONTROLE;
    let c = controle(&bytes[..n]);
    bytes[n..].copy_from_slice(&c);
    assert_eq!(ontkader(&base64url::codeer(&bytes)), Err(DeelFout::NieuwereVersie(2)));
    // A newer inner version is refused the same way.
    let json = br#"{"versie":7,"gemaakt_op":1,"taal":"nl","modules":{}}"#;
    assert_eq!(lees_klaartekst(&compress_to_vec_zlib(json, 6), &MODULES), Err(DeelFout::NieuwereVersie(7)));
    let json = br#"{"versie":0,"gemaakt_op":1,"taal":"nl","modules":{}}"#;
    assert_eq!(lees_klaartekst(&compress_to_vec_zlib(json, 6), &MODULES), Err(DeelFout::Beschadigd));
}

fn open_json(json: &Value) -> Result<DeelInhoud, DeelFout> {
    lees_klaartekst(&compress_to_vec_zlib(json.to_string().as_bytes(), 6), &MODULES)
}

fn balans(paren: &[(&str, u8)]) -> Antwoord {
    Antwoord::Verdeling(paren.iter().map(|(k, v)| (k.to_string(), *v)).collect())
}

#[test]
fn a_link_from_the_percentage_version_opens_with_levels() {
    let oud = serde_json::json!({
        "versie": 1, "gemaakt_op": 1.0, "taal": "nl",
        "modules": { "energie": {
            "ene.verdeling": { "soort": "verdeling",
                "waarde": { "herstel": 50, "thuis": 10, "spoor1": 0, "spoor2": 300, "overig": "veel" } },
            "ene.gevoel": { "soort": "schaal", "waarde": 2 }
        } }
    });
    let inhoud = open_json(&oud).expect("an old link still opens");
    assert_eq!(inhoud.versie, INHOUD_VERSIE);
    let ene = &inhoud.modules["energie"];
    // 300 never fitted a percentage field, but it is still "most": no refusal, no panic.
    assert_eq!(ene["ene.verdeling"], balans(&[("herstel", 3), ("thuis", 1), ("spoor1", 0), ("spoor2", 3)]));
    assert_eq!(ene["ene.gevoel"], Antwoord::Schaal(2));
}

#[test]
fn a_new_link_keeps_its_levels_and_drops_a_value_out_of_range() {
    let (mut doc, _, _) = dokument();
    let niveaus = balans(&[("herstel", 3), ("thuis", 1)]);
    doc.pas_toe(&Actie::Beantwoord {
        module: "energie".into(),
        vraag: "ene.verdeling".into(),
        antwoord: Some(niveaus.clone()),
    });
    let inhoud = maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0);
    assert_eq!(inhoud.versie, 2);
    let geopend = open_alsof(&doe_alsof_versleuteld(&inhoud)).unwrap();
    assert_eq!(geopend.modules["energie"]["ene.verdeling"], niveaus, "levels are not converted again");
    let te_hoog = serde_json::json!({
        "versie": 2, "gemaakt_op": 1.0, "taal": "nl",
        "modules": { "energie": { "ene.verdeling": { "soort": "verdeling", "waarde": { "herstel": 50 } } } }
    });
    assert!(open_json(&te_hoog).unwrap().modules.is_empty(), "50 is no level: left out");
    let nieuwer = serde_json::json!({ "versie": 3, "gemaakt_op": 1.0, "taal": "nl", "modules": {} });
    assert_eq!(open_json(&nieuwer), Err(DeelFout::NieuwereVersie(3)));
}

#[test]
fn size_limits_hold_before_and_after_unpacking() {
    assert_eq!(ontkader(&"A".repeat(MAX_TEKENS + 4)), Err(DeelFout::TeGroot));
    // A small zlib stream that unpacks to more than the limit (a "zip bomb").
    let bom = compress_to_vec_zlib(&vec![b' '; MAX_KLAAR + 10], 9);
    assert!(bom.len() < 2000);
    assert_eq!(lees_klaartekst(&bom, &MODULES), Err(DeelFout::TeGroot));
}

#[test]
fn unknown_modules_questions_and_unfitting_answers_are_dropped_on_opening() {
    let json = serde_json::json!({
        "versie": 1, "gemaakt_op": 1.0, "taal": "nl",
        "modules": {
            "bestaat-niet": { "x": { "soort": "schaal", "waarde": 3 } },
            "stappen": {
                "onbekend": { "soort": "schaal", "waarde": 3 },
                "sta.1.notitie": { "soort": "tekst", "waarde": "eigen notitie" },
                "sta.1": { "soort": "keuze", "waarde": "bestaat-niet" }
            }
        },
        "coach": { "praktijk": "P".repeat(5000), "accent": "red;x" }
    });
    let inhoud = lees_klaartekst(&compress_to_vec_zlib(json.to_string().as_bytes(), 6), &MODULES).unwrap();
    assert_eq!(inhoud.modules.len(), 1);
    assert!(vraag_in(&stappen::MODULE, "sta.1.notitie").is_some());
    assert_eq!(inhoud.modules["stappen"].keys().collect::<Vec<_>>(), ["sta.1.notitie"]);
    let coach = inhoud.coach.unwrap();
    assert_eq!(coach.praktijk.chars().count(), crate::domain::coach::MAX_PRAKTIJK);
    assert_eq!(coach.accent, None);
}

#[test]
fn the_uncompressed_fallback_is_valid_zlib() {
    let (doc, _, _) = dokument();
    let inhoud = maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0);
    assert_eq!(lees_klaartekst(&zlib_opgeslagen(&json(&inhoud)), &MODULES), Ok(inhoud));
    for n in [0, 1, 65535, 65536, 140_000] {
        let data: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
        assert_eq!(decompress_to_vec_zlib_with_limit(&zlib_opgeslagen(&data), 200_000).unwrap(), data, "{n}");
    }
}

#[test]
fn codes_are_ten_unambiguous_characters_shown_in_groups() {
    let code = code_uit(&(0u8..=255).collect::<Vec<_>>()).unwrap();
    assert_eq!(code.len(), CODE_LENGTE);
    assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
    assert_eq!(toon_code("ABCDEFGHJK"), "ABCD-EFGH-JK");
    assert_eq!(normaliseer_code(" abcd-efgh jk "), Ok("ABCDEFGHJK".into()));
    assert_eq!(normaliseer_code(&toon_code(&code)), Ok(code));
    assert_eq!(normaliseer_code("  "), Err(CodeFout::Leeg));
    assert_eq!(normaliseer_code("ABCD-EFGH-J"), Err(CodeFout::Vorm));
    assert_eq!(normaliseer_code("ABCD-EFGH-JO"), Err(CodeFout::Vorm));
    // Bytes at or above 248 are skipped, so every character is equally likely.
    assert_eq!(code_uit(&[255; 40]), None);
    assert_eq!(code_uit(&[0, 248, 30, 31, 61, 62, 247, 1, 2, 3, 4]).unwrap(), "2Z2Z2Z3456");
}

proptest! {
    #[test]
    fn random_text_never_panics_the_link_decoder(tekst in ".{0,400}") {
        let _ = ontkader(&tekst);
    }

    #[test]
    fn random_bytes_never_panic_the_frame_or_content_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = ontkader(&base64url::codeer(&bytes));
        let _ = lees_klaartekst(&bytes, &MODULES);
        let _ = lees_klaartekst(&compress_to_vec_zlib(&bytes, 1), &MODULES);
    }

    #[test]
    fn random_json_never_panics_the_content_decoder(tekst in r#"\{"versie":1,"gemaakt_op":[0-9e.-]{0,8},"taal":"(nl|en|x)","modules":\{("[a-z-]{0,12}":\{("[a-z.0-9]{0,12}":\{"soort":"[a-z-]{0,9}","waarde":.{0,12}\})?\})?\}(,"naam":.{0,12})?\}"#) {
        let _ = lees_klaartekst(&compress_to_vec_zlib(tekst.as_bytes(), 1), &MODULES);
    }

    #[test]
    fn random_codes_never_panic(tekst in ".{0,30}") {
        if let Ok(code) = normaliseer_code(&tekst) {
            prop_assert_eq!(code.len(), CODE_LENGTE);
        }
    }
}

#[test]
fn candidate_id_and_week_go_along_and_a_tampered_one_is_dropped_not_the_package() {
    let (doc, schaal_id, _) = dokument();
    let mut inhoud = maak(&doc, &alles(), &MODULES, Taal::Nl, 1.0);
    assert_eq!((inhoud.kandidaat.as_deref(), inhoud.week), (None, None), "nothing unless the app sets it");
    inhoud.kandidaat = Some("k7Qx2-Lm_90aZ".into());
    inhoud.week = Some(61);
    let terug = open_alsof(&doe_alsof_versleuteld(&inhoud)).unwrap();
    assert_eq!((terug.kandidaat.as_deref(), terug.week), (Some("k7Qx2-Lm_90aZ"), Some(61)));
    for (kandidaat, week) in [
        (serde_json::json!("<script>x</script>"), serde_json::json!(0)),
        (serde_json::json!("kort"), serde_json::json!(100_000)),
        (serde_json::json!(12345678), serde_json::json!("61")),
    ] {
        let mut w: Value = serde_json::from_slice(&json(&inhoud)).unwrap();
        w["kandidaat"] = kandidaat;
        w["week"] = week;
        let bytes = compress_to_vec_zlib(w.to_string().as_bytes(), 9);
        let terug = lees_klaartekst(&bytes, &MODULES).unwrap();
        assert_eq!((terug.kandidaat, terug.week), (None, None), "{w}");
        assert_eq!(terug.modules["energie"][&schaal_id], Antwoord::Schaal(4), "the rest still opens");
    }
}

/// Issue 27: the kept occupations go along only when ticked, with their notes,
/// and a package without them reads as before.
#[test]
fn kept_occupations_are_shared_only_when_ticked_and_read_back() {
    use crate::domain::beroepen::GekozenBeroep;
    use crate::domain::dokument::Actie;
    let mut doc = Dokument::default();
    doc.pas_toe(&Actie::KiesBeroep(Box::new(GekozenBeroep::nieuw("6113.1", "hovenier", 1.0))));
    doc.pas_toe(&Actie::ZetBeroepNotitie { code: "6113.1".into(), notitie: "Vraag de buurman".into() });
    let uit = maak(&doc, &Deelkeuze::default(), &MODULES, Taal::Nl, 5.0);
    assert!(uit.beroepen.is_empty(), "off unless ticked");
    assert!(!String::from_utf8(json(&uit)).unwrap().contains("beroepen"), "not even the key");
    let aan = maak(&doc, &Deelkeuze { beroepen: true, ..Deelkeuze::default() }, &MODULES, Taal::Nl, 5.0);
    assert_eq!(aan.beroepen.len(), 1);
    assert_eq!(aan.beroepen[0].notitie, "Vraag de buurman");
    assert!(!aan.is_leeg(), "only occupations is something to share");
    let terug = lees_inhoud(std::str::from_utf8(&json(&aan)).unwrap()).unwrap();
    assert_eq!(terug.beroepen, aan.beroepen);
    // A damaged list (only by hand) is left out; the rest still opens.
    let kapot = String::from_utf8(json(&aan)).unwrap().replace(r#""code":"6113.1""#, r#""code":6"#);
    let gelezen = lees_inhoud(&kapot).expect("the package still opens");
    assert!(gelezen.beroepen.is_empty());
}
