//! A text in both languages, the unit all content is written in.

use super::taal::Taal;

/// One text in both languages. Dutch at B1 level first, English second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tekst {
    pub nl: &'static str,
    pub en: &'static str,
}

/// Short constructor so content files stay readable: `t("Ja", "Yes")`.
pub const fn t(nl: &'static str, en: &'static str) -> Tekst {
    Tekst { nl, en }
}

impl Tekst {
    pub fn in_taal(&self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }

    pub fn is_compleet(&self) -> bool {
        !self.nl.trim().is_empty() && !self.en.trim().is_empty()
    }
}
