//! Language and text size: the person's reading settings.

use super::json::{Json, NaarJson, VanJson};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Taal {
    /// Dutch comes first: most candidates and all Dutch law texts use it.
    #[default]
    Nl,
    En,
}

impl Taal {
    pub const ALLE: [Taal; 2] = [Taal::Nl, Taal::En];

    /// The BCP 47 code, as used in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Taal::Nl => "nl",
            Taal::En => "en",
        }
    }

    pub fn uit_code(code: &str) -> Option<Taal> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" | "nl-nl" | "nl-be" => Some(Taal::Nl),
            "en" | "en-gb" | "en-us" => Some(Taal::En),
            _ => None,
        }
    }
}

/// The value of `name` in a query string such as `?lang=en&embed=1`.
/// Only plain values are expected here (language codes, flags), so no decoding.
pub fn query_waarde<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|paar| paar.split_once('=').or(Some((paar, ""))))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The query string without `name` (`?lang=nl&coach=…` without `coach` is
/// `?lang=nl`; nothing left is the empty string). Used to tidy the address once
/// a link's value was answered or kept, so a reload does not bring it back.
pub fn zonder_parameter(query: &str, name: &str) -> String {
    let rest: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|paar| !paar.is_empty() && paar.split_once('=').map_or(*paar, |(k, _)| k) != name)
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    }
}

/// Which language to show: a link's `?lang=` wins (a coach chose it), then what
/// the person chose before, then Dutch.
pub fn kies_taal(query: &str, opgeslagen: Option<Taal>) -> Taal {
    query_waarde(query, "lang").and_then(Taal::uit_code).or(opgeslagen).unwrap_or_default()
}

/// Three text sizes on top of the browser's own setting (WCAG 1.4.4 asks for 200%
/// through browser zoom; this control helps people who do not know about zoom).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tekstgrootte {
    #[default]
    Normaal,
    Groot,
    Groter,
}

/// Stored as its code, `"nl"` or `"en"`.
impl NaarJson for Taal {
    fn naar(&self) -> Json {
        self.code().naar()
    }
}

impl VanJson for Taal {
    fn van(w: Json) -> Option<Self> {
        match w.as_str()? {
            "nl" => Some(Taal::Nl),
            "en" => Some(Taal::En),
            _ => None,
        }
    }
}

const GROOTTES: [(Tekstgrootte, &str); 3] =
    [(Tekstgrootte::Normaal, "normaal"), (Tekstgrootte::Groot, "groot"), (Tekstgrootte::Groter, "groter")];

impl NaarJson for Tekstgrootte {
    fn naar(&self) -> Json {
        GROOTTES.iter().find(|(g, _)| g == self).map_or("normaal", |(_, n)| n).naar()
    }
}

impl VanJson for Tekstgrootte {
    fn van(w: Json) -> Option<Self> {
        GROOTTES.iter().find(|(_, n)| Some(*n) == w.as_str()).map(|(g, _)| *g)
    }
}

impl Tekstgrootte {
    pub const ALLE: [Tekstgrootte; 3] = [Tekstgrootte::Normaal, Tekstgrootte::Groot, Tekstgrootte::Groter];

    /// The class put on `<html>`; the stylesheet scales the root font size with it.
    pub fn klasse(self) -> &'static str {
        match self {
            Tekstgrootte::Normaal => "tekst-normaal",
            Tekstgrootte::Groot => "tekst-groot",
            Tekstgrootte::Groter => "tekst-groter",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_language_wins_over_the_stored_one() {
        assert_eq!(kies_taal("?lang=en", Some(Taal::Nl)), Taal::En);
        assert_eq!(kies_taal("?embed=1&lang=nl", Some(Taal::En)), Taal::Nl);
    }

    #[test]
    fn without_a_link_language_the_stored_one_is_kept() {
        assert_eq!(kies_taal("", Some(Taal::En)), Taal::En);
        assert_eq!(kies_taal("?lang=fr", Some(Taal::En)), Taal::En);
    }

    #[test]
    fn dutch_is_the_default() {
        assert_eq!(kies_taal("", None), Taal::Nl);
        assert_eq!(kies_taal("?lang=", None), Taal::Nl);
        assert_eq!(kies_taal("?lang", None), Taal::Nl);
    }

    #[test]
    fn a_parameter_leaves_the_query_and_the_rest_stays_in_order() {
        assert_eq!(zonder_parameter("?lang=nl&coach=abc", "coach"), "?lang=nl");
        assert_eq!(zonder_parameter("?coach=abc&embed=1&lang=en", "coach"), "?embed=1&lang=en");
        assert_eq!(zonder_parameter("?coach=abc", "coach"), "");
        assert_eq!(zonder_parameter("?coach", "coach"), "");
        assert_eq!(zonder_parameter("", "coach"), "");
        // Only that name: not one that starts the same way.
        assert_eq!(zonder_parameter("?coachx=1&lang=nl", "coach"), "?coachx=1&lang=nl");
        assert_eq!(zonder_parameter("?lang=nl&&embed=1", "lang"), "?embed=1");
    }

    #[test]
    fn language_codes_round_trip() {
        for t in Taal::ALLE {
            assert_eq!(Taal::uit_code(t.code()), Some(t));
        }
        assert_eq!(Taal::uit_code("EN"), Some(Taal::En));
    }
}

/// The colours the person chose (issue 29). `None` in the settings: follow the
/// system (`prefers-contrast: more`, `prefers-color-scheme: dark`; styles/app.css).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thema {
    Standaard,
    /// High contrast: black on white, strong lines.
    Contrast,
    /// Soft colours, no pure white.
    Rustig,
}

const THEMAS: [(Thema, &str); 3] =
    [(Thema::Standaard, "standaard"), (Thema::Contrast, "contrast"), (Thema::Rustig, "rustig")];

impl Thema {
    pub const ALLE: [Thema; 3] = [Thema::Standaard, Thema::Contrast, Thema::Rustig];

    /// Its code in JSON and in `<html data-thema>` (pwa/voorscherm.js sets it before the first paint).
    pub fn code(self) -> &'static str {
        THEMAS.iter().find(|(t, _)| *t == self).map_or("standaard", |(_, n)| n)
    }
}

impl NaarJson for Thema {
    fn naar(&self) -> Json {
        self.code().naar()
    }
}

impl VanJson for Thema {
    fn van(w: Json) -> Option<Self> {
        THEMAS.iter().find(|(_, n)| Some(*n) == w.as_str()).map(|(t, _)| *t)
    }
}
