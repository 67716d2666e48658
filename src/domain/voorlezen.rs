//! Reading aloud (issue 29), the plain parts: which voice may speak, and where
//! a text's sentences begin. The browser side is `services::spraak`.
//!
//! One sentence at a time: some engines stop a long utterance after about 15
//! seconds, and the sentence being read is highlighted.

use super::taal::Taal;

/// Words that end in a full stop without ending the sentence ("bijv. een
/// reïntegratiebedrijf"), lower case, without their last full stop.
const AFKORTINGEN: [&str; 27] = [
    "bijv", "bv", "o.a", "d.w.z", "m.a.w", "enz", "etc", "ca", "nr", "mr", "dr", "mevr", "dhr", "zgn", "incl", "excl",
    "evt", "t.o.v", "i.p.v", "art", "blz", "e.g", "i.e", "vs", "no", "z.s.m", "a.s",
];

/// The text cut into its sentences. The pieces follow each other without a gap
/// and together are the whole text (each keeps the spaces after it), so the page
/// can show each in its own span and read the same text as before.
pub fn zinnen(tekst: &str) -> Vec<&str> {
    let mut uit = Vec::new();
    let mut begin = 0;
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let mut i = 0;
    while i < tekens.len() {
        let (plek, c) = tekens[i];
        let einde = matches!(c, '.' | '!' | '?' | '…');
        if !einde && c != '\n' {
            i += 1;
            continue;
        }
        // Closing quotes and brackets belong to the sentence they end.
        let mut j = i + 1;
        while einde && j < tekens.len() && matches!(tekens[j].1, '"' | '\'' | ')' | '”' | '’' | '»' | ']') {
            j += 1;
        }
        let na_teken = tekens.get(j).map(|t| t.1);
        if (einde && !na_teken.is_none_or(char::is_whitespace)) || (c == '.' && afkorting(&tekst[begin..plek])) {
            i += 1;
            continue;
        }
        // The spaces after it are part of this piece.
        while j < tekens.len() && tekens[j].1.is_whitespace() {
            j += 1;
        }
        // A lower-case word after a full stop goes on the same sentence ("o.a. de").
        if c != '\n' && tekens.get(j).is_some_and(|t| t.1.is_lowercase()) {
            i = j;
            continue;
        }
        let tot = tekens.get(j).map_or(tekst.len(), |t| t.0);
        if !tekst[begin..tot].trim().is_empty() {
            uit.push(&tekst[begin..tot]);
            begin = tot;
        }
        i = j;
    }
    if begin < tekst.len() {
        match uit.pop() {
            // Only spaces left: they go with the last sentence.
            Some(laatste) if tekst[begin..].trim().is_empty() => uit.push(&tekst[begin - laatste.len()..]),
            vorige => {
                uit.extend(vorige);
                uit.push(&tekst[begin..]);
            }
        }
    }
    uit
}

/// Whether the text before a full stop ends in an abbreviation or an initial ("A.").
fn afkorting(voor: &str) -> bool {
    let woord = voor.rsplit(char::is_whitespace).next().unwrap_or("");
    let woord = woord.trim_start_matches(['(', '"', '\'', '“', '‘']);
    let mut letters = woord.chars();
    if let (Some(l), None) = (letters.next(), letters.next()) {
        return l.is_uppercase();
    }
    let klein = woord.to_lowercase();
    AFKORTINGEN.contains(&klein.as_str())
}

/// A voice as the browser lists it: its language tag, whether it runs on the
/// device (`localService`), its name.
pub type Stem<'a> = (&'a str, bool, &'a str);

/// The voice to read `taal` with: only a voice that runs on the device (a
/// network voice sends the text to a cloud service, and nothing may leave the
/// device), in the page's language. The usual region first (nl-NL, en-GB), then
/// any other; otherwise the browser's order. `None`: no button.
pub fn kies_stem(stemmen: &[Stem], taal: Taal) -> Option<usize> {
    let voorkeur = match taal {
        Taal::Nl => "nl-nl",
        Taal::En => "en-gb",
    };
    let tag = |lang: &str| lang.trim().to_ascii_lowercase().replace('_', "-");
    let past = |lang: &str| {
        let t = tag(lang);
        t == taal.code() || t.strip_prefix(taal.code()).is_some_and(|r| r.starts_with('-'))
    };
    let bruikbaar = || stemmen.iter().enumerate().filter(|(_, s)| s.1 && past(s.0));
    bruikbaar().find(|(_, s)| tag(s.0) == voorkeur).or_else(|| bruikbaar().next()).map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delen(t: &str) -> Vec<&str> {
        zinnen(t).into_iter().map(str::trim).collect()
    }

    #[test]
    fn the_pieces_are_the_whole_text_so_the_page_reads_the_same() {
        for t in [
            "Een. Twee! Drie? Vier",
            "  Begin met spaties.  En eind ermee.  ",
            "Regel een\nRegel twee",
            "",
            "Zonder punt",
            "Bijv. dit. En \"dat.\" Klaar…",
        ] {
            assert_eq!(zinnen(t).concat(), t, "{t:?}");
            assert!(zinnen(t).iter().all(|z| !z.trim().is_empty() || t.trim().is_empty()), "{t:?}");
        }
    }

    #[test]
    fn sentences_end_at_a_stop_a_question_or_an_exclamation() {
        assert_eq!(delen("Dat is begrijpelijk. Wat helpt je? Neem rust!"), ["Dat is begrijpelijk.", "Wat helpt je?", "Neem rust!"]);
        assert_eq!(delen("Hij zei: \"Kom maar.\" Toen ging ik."), ["Hij zei: \"Kom maar.\"", "Toen ging ik."]);
        assert_eq!(delen("Eerste regel\nTweede regel"), ["Eerste regel", "Tweede regel"]);
    }

    #[test]
    fn abbreviations_numbers_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            delen("Denk bijv. aan je buurt. Je coach helpt o.a. bij je cv. Klaar."),
            ["Denk bijv. aan je buurt.", "Je coach helpt o.a. bij je cv.", "Klaar."]
        );
        assert_eq!(delen("Dat kost 1.000 euro. Meer niet."), ["Dat kost 1.000 euro.", "Meer niet."]);
        assert_eq!(delen("Bijv. De Vries. Of A. Jansen."), ["Bijv. De Vries.", "Of A. Jansen."]);
        assert_eq!(delen("Zie art. 7 van de wet. Klaar."), ["Zie art. 7 van de wet.", "Klaar."]);
        assert_eq!(delen("Dat doe je t.o.v. je werkgever, d.w.z. samen."), ["Dat doe je t.o.v. je werkgever, d.w.z. samen."]);
    }

    #[test]
    fn a_number_at_the_end_of_a_sentence_still_ends_it() {
        assert_eq!(delen("Dat is in week 42. Daarna volgt week 43."), ["Dat is in week 42.", "Daarna volgt week 43."]);
        assert_eq!(delen("Het duurt 2 jaar. 104 weken dus."), ["Het duurt 2 jaar.", "104 weken dus."]);
    }

    #[test]
    fn only_a_voice_on_the_device_in_the_pages_language_may_speak() {
        let stemmen: [Stem; 5] = [
            ("nl-NL", false, "Google Nederlands"),
            ("en-US", true, "Samantha"),
            ("nl-BE", true, "Ellen"),
            ("nl_NL", true, "Xander"),
            ("en-GB", false, "Google UK English"),
        ];
        assert_eq!(kies_stem(&stemmen, Taal::Nl), Some(3), "nl-NL on the device before nl-BE; never the network voice");
        assert_eq!(kies_stem(&stemmen, Taal::En), Some(1), "a local en-US rather than a network en-GB");
        assert_eq!(kies_stem(&stemmen[..3], Taal::Nl), Some(2));
        assert_eq!(kies_stem(&[("nl-NL", false, "Google Nederlands")], Taal::Nl), None, "only a network voice: no button");
        assert_eq!(kies_stem(&[], Taal::En), None, "some engines list no voices at first");
        assert_eq!(kies_stem(&[("nld", true, "?"), ("enx", true, "?")], Taal::Nl), None, "a look-alike tag is not Dutch");
        assert_eq!(kies_stem(&[("NL", true, "Claire")], Taal::Nl), Some(0));
    }
}
