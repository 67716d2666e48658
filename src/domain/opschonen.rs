//! Cleaning short text that someone else wrote or that will be shown to
//! someone else: names and labels (an invitation's first name, the trusted
//! person's name, a reply's label, a coach's label for a kept copy, a practice
//! name, words in a reply) and the few longer messages that travel in a link
//! (a coach's welcome and contact, a trusted person's message), and a single
//! value read from a link (the timeline's start date, [`zonder_onzichtbare`]).
//! The one place for cleaning such text: sharing, Kijk, the coach link and the
//! timeline all use these functions.
//!
//! Everything is shown as text, never as markup; this is about what cannot be
//! seen. Control characters and Unicode *format* characters (general category
//! Cf: zero-width spaces and joiners, direction marks and overrides, the soft
//! hyphen, invisible operators, tag characters) make a text look different
//! from what it holds: a name that reads "Sanne" but is not equal to "Sanne",
//! text that reads backwards, a hidden tail. Names and labels keep none of
//! them. Longer messages keep two: the zero-width joiner and non-joiner
//! (U+200D, U+200C), which form emoji sequences and spell Persian and Indic
//! words and cannot reorder or hide text.
//!
//! The person's own answers in the modules are not cleaned here: they are
//! theirs, stay on their device and are shown to them as typed.

/// Unicode general category Cf (Format), as ranges of code points.
///
/// Source: the Unicode Character Database 16.0.0,
/// `extracted/DerivedGeneralCategory.txt` (<https://www.unicode.org/Public/16.0.0/ucd/extracted/DerivedGeneralCategory.txt>),
/// the lines marked `Cf` ("Total code points: 170"); the same as in 15.0 and
/// 15.1. A test holds this table against the Cf table of `regex-syntax` (a
/// test-only dependency), so a later Unicode version that adds one shows up.
pub const OPMAAKTEKENS: [(char, char); 21] = [
    ('\u{00AD}', '\u{00AD}'),   // soft hyphen
    ('\u{0600}', '\u{0605}'),   // Arabic number signs
    ('\u{061C}', '\u{061C}'),   // Arabic letter mark
    ('\u{06DD}', '\u{06DD}'),   // Arabic end of ayah
    ('\u{070F}', '\u{070F}'),   // Syriac abbreviation mark
    ('\u{0890}', '\u{0891}'),   // Arabic pound and piastre marks above
    ('\u{08E2}', '\u{08E2}'),   // Arabic disputed end of ayah
    ('\u{180E}', '\u{180E}'),   // Mongolian vowel separator
    ('\u{200B}', '\u{200F}'),   // zero-width space, non-joiner, joiner; LRM, RLM
    ('\u{202A}', '\u{202E}'),   // bidi embeddings and overrides
    ('\u{2060}', '\u{2064}'),   // word joiner, invisible operators
    ('\u{2066}', '\u{206F}'),   // bidi isolates, deprecated format characters
    ('\u{FEFF}', '\u{FEFF}'),   // zero-width no-break space (byte-order mark)
    ('\u{FFF9}', '\u{FFFB}'),   // interlinear annotation
    ('\u{110BD}', '\u{110BD}'), // Kaithi number sign
    ('\u{110CD}', '\u{110CD}'), // Kaithi number sign above
    ('\u{13430}', '\u{1343F}'), // Egyptian hieroglyph format controls
    ('\u{1BCA0}', '\u{1BCA3}'), // shorthand format controls
    ('\u{1D173}', '\u{1D17A}'), // musical symbol beams and phrases
    ('\u{E0001}', '\u{E0001}'), // language tag
    ('\u{E0020}', '\u{E007F}'), // tag characters
];

/// Whether `c` is a format character (general category Cf).
pub fn is_opmaakteken(c: char) -> bool {
    // The table is sorted and its ranges do not overlap (a test checks).
    OPMAAKTEKENS
        .binary_search_by(|&(van, tot)| {
            if tot < c {
                std::cmp::Ordering::Less
            } else if van > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Clean untrusted text: no control characters (newlines only where `regels`),
/// no format characters (see the module text: a longer text with `regels` keeps
/// the zero-width joiner and non-joiner), at most one empty line in a row, no
/// space at either end.
pub fn schoon(tekst: &str, regels: bool) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut enters = 0;
    let mut tekens = tekst.chars().peekable();
    while let Some(c) = tekens.next() {
        let c = match c {
            '\r' => {
                if tekens.peek() == Some(&'\n') {
                    tekens.next();
                }
                '\n'
            }
            '\t' => ' ',
            c => c,
        };
        if c == '\n' {
            if !regels {
                uit.push(' ');
                continue;
            }
            enters += 1;
            if enters <= 2 {
                uit.push('\n');
            }
            continue;
        }
        let verbinder = regels && matches!(c, '\u{200C}' | '\u{200D}');
        if c.is_control() || (is_opmaakteken(c) && !verbinder) {
            continue;
        }
        enters = 0;
        uit.push(c);
    }
    uit.trim().to_string()
}

/// At most `max` characters, without space at the end.
pub fn afgekapt(tekst: &str, max: usize) -> String {
    match tekst.char_indices().nth(max) {
        Some((i, _)) => tekst[..i].trim_end().to_string(),
        None => tekst.to_string(),
    }
}

/// A name or label fit to show: one line, cleaned, at most `max` characters;
/// `None` when nothing is left.
pub fn schone_regel(tekst: &str, max: usize) -> Option<String> {
    let regel = afgekapt(&schoon(tekst, false), max);
    (!regel.is_empty()).then_some(regel)
}

/// A single value from a link (a date typed by a coach, say): every control
/// and format character left out, nothing else changed. The value is shown in
/// a message when it cannot be read, so what it holds is what it shows.
pub fn zonder_onzichtbare(tekst: &str) -> String {
    tekst.chars().filter(|&c| !c.is_control() && !is_opmaakteken(c)).collect()
}

/// Longest first name (in a share package, an invitation or a reply), in characters.
pub const MAX_NAAM: usize = 40;

/// A first name fit to show: one line, no control or format characters, at
/// most [`MAX_NAAM`] characters; `None` when nothing is left.
pub fn schone_naam(naam: &str) -> Option<String> {
    schone_regel(naam, MAX_NAAM)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_table_is_sorted_without_overlaps_and_holds_170_code_points() {
        for paar in OPMAAKTEKENS.windows(2) {
            assert!(paar[0].1 < paar[1].0, "{paar:?}");
        }
        assert!(OPMAAKTEKENS.iter().all(|(van, tot)| van <= tot));
        let aantal: u32 = OPMAAKTEKENS.iter().map(|&(van, tot)| u32::from(tot) - u32::from(van) + 1).sum();
        assert_eq!(aantal, 170, "DerivedGeneralCategory.txt 16.0.0: Cf, Total code points: 170");
    }

    /// The Cf ranges of regex-syntax's tables (generated from the UCD by
    /// ucd-generate), the independent copy this table is checked against.
    fn cf_van_regex_syntax() -> Vec<(char, char)> {
        use regex_syntax::hir::{Class, HirKind};
        let hir = regex_syntax::Parser::new().parse(r"\p{Cf}").unwrap();
        let HirKind::Class(Class::Unicode(klasse)) = hir.kind() else { panic!("a Unicode class: {hir:?}") };
        klasse.ranges().iter().map(|r| (r.start(), r.end())).collect()
    }

    #[test]
    fn the_table_is_unicode_cf_exactly() {
        assert_eq!(OPMAAKTEKENS.to_vec(), cf_van_regex_syntax());
        // Every code point, both ways (1.1 million checks, a fraction of a second).
        let cf = cf_van_regex_syntax();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_opmaakteken(c), cf.iter().any(|&(a, b)| a <= c && c <= b), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn names_lose_every_format_character() {
        // Zero-width space, joiner and non-joiner; LRM and RLM; bidi embeddings,
        // overrides and isolates; BOM; soft hyphen; word joiner; tag characters.
        let vies = "\u{200B}S\u{200C}a\u{200D}n\u{200E}n\u{200F}e\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\
                    \u{2066}\u{2067}\u{2068}\u{2069}\u{FEFF}\u{00AD}\u{2060}\u{2064}\u{E0001}\u{E0020}\u{E007F}";
        assert_eq!(schoon(vies, false), "Sanne");
        assert_eq!(schone_regel(vies, 40).as_deref(), Some("Sanne"));
        // Nothing visible left: no name at all.
        assert_eq!(schone_regel("\u{200B}\u{2066} \u{FEFF}", 40), None);
        // "evil" reversed by an override would read as "live": the override goes.
        assert_eq!(schoon("\u{202E}live\u{202C}", false), "live");
        // An invisible character between spaces does not keep them apart from the end.
        assert_eq!(schoon(" \u{200B} Sanne \u{200B} ", false), "Sanne");
    }

    #[test]
    fn longer_messages_keep_only_the_joiners() {
        let gezin = "\u{1F469}\u{200D}\u{1F467}"; // woman, ZWJ, girl: one emoji
        let perzisch = "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}"; // "mikhaham", with ZWNJ
        assert_eq!(schoon(&format!("{gezin} {perzisch}"), true), format!("{gezin} {perzisch}"));
        assert_eq!(schoon("a\u{202E}b\u{200B}c\u{2066}d\u{E0041}e\u{00AD}f", true), "abcdef");
        // In a name they go too.
        assert_eq!(schoon(gezin, false), "\u{1F469}\u{1F467}");
    }

    #[test]
    fn control_characters_and_line_breaks_as_before() {
        assert_eq!(schoon("a\u{0}b\u{7}c\u{202E}d\u{2066}e", true), "abcde");
        assert_eq!(schoon("een\r\ntwee\rdrie", true), "een\ntwee\ndrie");
        assert_eq!(schoon("een\n\n\n\n\ntwee", true), "een\n\ntwee");
        assert_eq!(schoon("  naam\nregel\t ", false), "naam regel");
        assert_eq!(afgekapt("Sanne de Vries", 6), "Sanne");
        assert_eq!(schone_regel("  Sanne de Vries ", 40).as_deref(), Some("Sanne de Vries"));
    }

    #[test]
    fn a_value_from_a_link_loses_control_and_format_characters_only() {
        assert_eq!(zonder_onzichtbare("\u{202E}2026-01-05\u{202C}"), "2026-01-05");
        assert_eq!(zonder_onzichtbare("2026\u{200B}-01-\u{2066}05\u{FEFF}"), "2026-01-05");
        assert_eq!(zonder_onzichtbare("a\u{7}b\nc\td"), "abcd");
        // Spaces, letters and marks stay as they are (no trimming, no joining of lines).
        assert_eq!(zonder_onzichtbare(" 5 jan e\u{0301} "), " 5 jan e\u{0301} ");
    }

    /// Ordinary text without control or format characters: Dutch, Arabic
    /// (right to left), emoji, and a few other scripts.
    fn gewone_tekst() -> impl Strategy<Value = String> {
        let stukken = prop_oneof![
            prop::sample::select(vec![
                "Sanne",
                "Jeroen",
                "Ümit",
                "Zoë",
                "Anaïs",
                "Bruno's",
                "coördinatie",
                "ĳsberg",
                "één",
                "\u{0633}\u{0627}\u{0631}\u{0627}", // Sara, Arabic
                "\u{0645}\u{062D}\u{0645}\u{062F}", // Mohammed
                "\u{05E9}\u{05E8}\u{05D4}",         // Sarah, Hebrew
                "\u{1F600}",
                "\u{1F44D}\u{1F3FD}",
                "\u{2764}\u{FE0F}",
                "\u{1F1F3}\u{1F1F1}", // emoji, skin tone, flag
                "\u{4E2D}\u{6587}",
                "\u{0928}\u{092E}\u{0938}\u{094D}\u{0924}\u{0947}",
                "\u{0391}\u{03B8}\u{03AE}\u{03BD}\u{03B1}",
                "e\u{0301}", // e with a combining accent (a mark, not a format character)
            ])
            .prop_map(str::to_string),
            "[a-zA-Z0-9 .,'&()-]{1,8}",
        ];
        prop::collection::vec(stukken, 1..6).prop_map(|v| v.join(" "))
    }

    proptest! {
        #[test]
        fn no_format_or_control_character_survives(
            // Any text, and text dense with format, control, space and letter characters.
            tekst in prop_oneof![any::<String>(), "[\\p{Cf}\\p{Cc}\\p{Z}\\p{L}\\p{M}\\p{So} \n\r\t]{0,50}"],
            regels in any::<bool>(),
        ) {
            let uit = schoon(&tekst, regels);
            for c in uit.chars() {
                prop_assert!(!c.is_control() || (regels && c == '\n'), "U+{:04X}", u32::from(c));
                prop_assert!(!is_opmaakteken(c) || (regels && matches!(c, '\u{200C}' | '\u{200D}')), "U+{:04X}", u32::from(c));
            }
            if let Some(regel) = schone_regel(&tekst, 40) {
                prop_assert!(regel.chars().count() <= 40);
                prop_assert!(!regel.chars().any(|c| c.is_control() || is_opmaakteken(c)));
                prop_assert_eq!(regel.trim(), regel.as_str());
            }
        }

        #[test]
        fn format_characters_anywhere_in_a_name_are_simply_left_out(
            tekst in gewone_tekst(),
            invoegen in prop::collection::vec((any::<prop::sample::Index>(), "\\p{Cf}"), 0..8),
        ) {
            let mut tekens: Vec<String> = tekst.chars().map(String::from).collect();
            for (plek, c) in &invoegen {
                let i = plek.index(tekens.len() + 1);
                tekens.insert(i, c.clone());
            }
            prop_assert_eq!(schoon(&tekens.concat(), false), tekst.trim());
        }

        #[test]
        fn ordinary_text_is_unchanged(tekst in gewone_tekst(), regels in any::<bool>()) {
            let tekst = tekst.trim().to_string();
            prop_assert_eq!(schoon(&tekst, regels), tekst.clone());
            prop_assert_eq!(schone_regel(&tekst, 1000), Some(tekst).filter(|t| !t.is_empty()));
        }
    }
}
