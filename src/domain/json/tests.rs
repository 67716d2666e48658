//! The reader and writer held against serde_json, the library the app used before.

use super::*;
use proptest::prelude::*;
use serde_json::Value;

fn lees_serde(tekst: &str) -> Option<Value> {
    serde_json::from_str(tekst).ok()
}

fn als_serde(w: &Json) -> Value {
    match w {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Getal(Getal::Positief(n)) => Value::from(*n),
        Json::Getal(Getal::Negatief(n)) => Value::from(*n),
        Json::Getal(Getal::Komma(f)) => Value::from(*f),
        Json::Tekst(s) => Value::String(s.clone()),
        Json::Lijst(l) => Value::Array(l.iter().map(als_serde).collect()),
        Json::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), als_serde(v))).collect()),
    }
}

/// Any JSON value serde_json can hold, strings with every kind of character.
fn willekeurig() -> impl Strategy<Value = Value> {
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[\\x00-\\x1f\"\\\\/ a\u{e9}\u{1f642}\u{2028}]{0,8}".prop_map(Value::String),
    ];
    blad.prop_recursive(5, 64, 6, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z\"\\\\\n]{0,4}", binnen, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Short texts made of JSON's own pieces, mostly invalid in some small way.
fn bijna_json() -> impl Strategy<Value = String> {
    let stukjes = prop_oneof![
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just(","),
        Just(":"),
        Just("\""),
        Just("\\"),
        Just("\\u"),
        Just("d83d"),
        Just("\\ude42"),
        Just("0"),
        Just("1"),
        Just("-"),
        Just("."),
        Just("e"),
        Just("E+"),
        Just("true"),
        Just("nul"),
        Just("null"),
        Just(" "),
        Just("\n"),
        Just("\u{1}"),
        Just("\u{1f}"),
        Just("a"),
        Just("\"k\":"),
        Just("1e999"),
        Just("é"),
        Just("\u{feff}"),
    ];
    prop::collection::vec(stukjes, 0..14).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// What serde_json wrote reads back, and what we write serde_json reads as the same value.
    #[test]
    fn reads_and_writes_what_serde_json_does(waarde in willekeurig()) {
        let tekst = serde_json::to_string(&waarde).unwrap();
        let gelezen = Json::lees(&tekst).expect("serde_json's output must read");
        prop_assert_eq!(als_serde(&gelezen), waarde.clone());
        let geschreven = gelezen.schrijf();
        prop_assert_eq!(Json::lees(&geschreven), Some(gelezen.clone()));
        // serde_json's own float reading may be one unit off in the last place, so
        // only the shape is compared there; the exact value is checked just above.
        prop_assert!(lees_serde(&geschreven).is_some());
        let mooi = serde_json::to_string_pretty(&waarde).unwrap();
        prop_assert_eq!(Json::lees(&mooi), Some(gelezen));
    }

    /// The same texts are refused: a damaged file or link is never half-read.
    #[test]
    fn refuses_exactly_what_serde_json_refuses(tekst in bijna_json()) {
        prop_assert_eq!(Json::lees(&tekst).is_some(), lees_serde(&tekst).is_some(), "{:?}", tekst);
    }
}

#[test]
fn edge_cases_match_serde_json() {
    for tekst in [
        "",
        " ",
        "01",
        "-0",
        "-",
        "1.",
        ".5",
        "+1",
        "1e",
        "1e+",
        "1E-2",
        "-0.0e0",
        "[1,]",
        "{,}",
        "{\"a\"}",
        "{\"a\":1,}",
        "[1 2]",
        "\"\\ud83d\"",
        "\"\\ude42\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ud83d\\ude42\"",
        "\"\\u00e9\\u0000\"",
        "\"\\x\"",
        "\"\t\"",
        "nulll",
        "truefalse",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1e308",
        "1e309",
        "-1e400",
        "\u{feff}{}",
        "{} ",
        " [ ] ",
        "\"\u{7f}\"",
        "\"\u{1f}\"",
    ] {
        assert_eq!(Json::lees(tekst).is_some(), lees_serde(tekst).is_some(), "{tekst:?}");
        if let (Some(a), Some(b)) = (Json::lees(tekst), lees_serde(tekst)) {
            assert_eq!(als_serde(&a), b, "{tekst:?}");
        }
    }
}

#[test]
fn deep_nesting_is_refused_like_serde_json_and_never_overflows_the_stack() {
    for diepte in [126, 127, 128, 129, 100_000] {
        let tekst = "[".repeat(diepte) + &"]".repeat(diepte);
        assert_eq!(Json::lees(&tekst).is_some(), lees_serde(&tekst).is_some(), "depth {diepte}");
    }
    assert!(Json::lees(&"[".repeat(1_000_000)).is_none());
}

#[test]
fn a_repeated_key_counts_once_and_the_last_wins() {
    let w = Json::lees(r#"{"a":1,"b":2,"a":3}"#).unwrap();
    assert_eq!(w.get("a").and_then(Json::as_u64), Some(3));
    let kaart = BTreeMap::<String, u8>::van(w).unwrap();
    assert_eq!(kaart.len(), 2);
    assert_eq!(kaart["a"], 3);
}

#[test]
fn numbers_keep_their_kind_like_serde() {
    assert_eq!(u8::van(Json::lees("200").unwrap()), Some(200));
    assert_eq!(u8::van(Json::lees("256").unwrap()), None);
    assert_eq!(u8::van(Json::lees("3.0").unwrap()), None, "serde read no fraction as a whole number");
    assert_eq!(u32::van(Json::lees("-1").unwrap()), None);
    assert_eq!(f64::van(Json::lees("7").unwrap()), Some(7.0));
    assert_eq!(1_733_000_000_000.0f64.naar().schrijf(), "1733000000000.0");
    assert_eq!(0.25f64.naar().schrijf(), "0.25");
    assert_eq!(f64::NAN.naar().schrijf(), "null");
}

#[test]
fn missing_fields_take_their_default_and_present_ones_must_fit() {
    let mut v = Velden::van(Json::lees(r#"{"n":5,"s":"x","leeg":null}"#).unwrap()).unwrap();
    assert_eq!(v.moet::<u8>("n"), Some(5));
    assert_eq!(v.of_standaard::<Vec<String>>("weg"), Some(Vec::new()));
    assert_eq!(v.of_standaard::<Option<String>>("leeg"), Some(None));
    assert_eq!(v.of_standaard::<u8>("s"), None, "a text where a number belongs is refused");
    assert_eq!(v.moet::<String>("nergens"), None);
}
