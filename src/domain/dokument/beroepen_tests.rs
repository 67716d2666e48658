//! The kept occupations in the document (issue 27, schema 5).

use super::*;

fn beroep(code: &str, op: f64) -> GekozenBeroep {
    GekozenBeroep::nieuw(code, &format!("beroep {code}"), op)
}

#[test]
fn up_to_five_occupations_are_kept_each_with_a_note_and_read_back() {
    let mut doc = Dokument::default();
    for i in 0..5 {
        assert!(doc.pas_toe(&Actie::KiesBeroep(Box::new(beroep(&format!("2221.{i}"), f64::from(i))))));
    }
    assert!(!doc.pas_toe(&Actie::KiesBeroep(Box::new(beroep("6113.1", 9.0)))), "a sixth is not kept");
    assert!(!doc.pas_toe(&Actie::KiesBeroep(Box::new(beroep("2221.0", 9.0)))), "the same one twice is no change");
    assert!(doc.pas_toe(&Actie::ZetBeroepNotitie { code: "2221.1".into(), notitie: "Vraag Sanne".into() }));
    assert!(!doc.pas_toe(&Actie::ZetBeroepNotitie { code: "9999.1".into(), notitie: "x".into() }));
    let lang = "x".repeat(5000);
    doc.pas_toe(&Actie::ZetBeroepNotitie { code: "2221.2".into(), notitie: lang });
    assert_eq!(doc.beroepen[2].notitie.chars().count(), crate::domain::beroepen::MAX_NOTITIE, "a note is capped");
    let terug = Dokument::uit_json(&doc.naar_json()).unwrap();
    assert_eq!(terug.beroepen, doc.beroepen);
    assert_eq!(terug.beroepen[1].notitie, "Vraag Sanne");
    assert!(doc.pas_toe(&Actie::LaatBeroep { code: "2221.1".into() }));
    assert_eq!(doc.beroepen.len(), 4);
    assert!(doc.pas_toe(&Actie::KiesBeroep(Box::new(beroep("6113.1", 9.0)))), "room again");
    assert!(!Dokument::default().naar_json().contains("beroepen"), "nothing written when none are kept");
}

#[test]
fn kept_occupations_merge_between_tabs_and_a_removal_stays_removed() {
    let mut a = Dokument::default();
    a.doe(&Actie::KiesBeroep(Box::new(beroep("2221.1", 1.0))), "a", 10.0);
    let mut b = a.clone();
    b.doe(&Actie::KiesBeroep(Box::new(beroep("6113.1", 2.0))), "b", 20.0);
    a.doe(&Actie::ZetBeroepNotitie { code: "2221.1".into(), notitie: "uitzoeken".into() }, "a", 30.0);
    let samen = crate::domain::versie::voeg_samen(&a, &b);
    let codes: Vec<&str> = samen.beroepen.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(codes, ["2221.1", "6113.1"]);
    assert_eq!(samen.beroepen[0].notitie, "uitzoeken");
    assert_eq!(crate::domain::versie::voeg_samen(&b, &a).beroepen, samen.beroepen, "in either order");
    let mut weg = samen.clone();
    weg.doe(&Actie::LaatBeroep { code: "6113.1".into() }, "a", 40.0);
    assert_eq!(crate::domain::versie::voeg_samen(&weg, &b).beroepen.len(), 1, "an older copy does not bring it back");
}

#[test]
fn a_schema_4_document_reads_with_no_kept_occupations_and_a_schema_4_app_would_set_schema_5_aside() {
    let doc = Dokument::uit_json(r#"{"schema":4,"revisie":3,"modules":{}}"#).expect("schema 4 reads");
    assert_eq!(doc.schema, SCHEMA);
    assert!(doc.beroepen.is_empty());
    let mut d = doc.clone();
    d.pas_toe(&Actie::KiesBeroep(Box::new(beroep("2221.1", 1.0))));
    let json = d.naar_json();
    assert!(json.contains(r#""schema":5"#) && json.contains(r#""beroepen":[{"code":"2221.1""#), "{json}");
    // An app of schema 4 refuses a schema above its own (as this one does above 5), so it keeps the
    // document aside instead of dropping the occupations on its next write.
    assert_eq!(Dokument::uit_json(&json.replace(r#""schema":5"#, r#""schema":6"#)), Err(LeesFout::NieuwereVersie(6)));
    // A damaged kept occupation sets nothing else aside wrongly: the whole document is refused, as for answers.
    assert!(Dokument::uit_json(&json.replace(r#""code":"2221.1""#, r#""code":7"#)).is_err());
}
