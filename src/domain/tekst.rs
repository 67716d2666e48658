//! A text in both languages, the unit all content is written in.
//!
//! Content files write `t("Ja", "Yes")`. In the native build (tests, the build
//! step that writes the text files) a [`Tekst`] holds both strings. In the wasm
//! it holds only a 4-byte key: `t` is a `const fn`, the key is computed while
//! compiling, and the strings themselves never reach the binary. The app loads
//! the texts of the person's language from a file on its own origin
//! (`pwa/teksten.<taal>.txt`, written from these same sources by a test, see
//! [`super::tekstbestand`]) and looks the key up there.

use super::fnv::{meng, BEGIN, PRIEM};
use super::taal::Taal;

/// FNV-1a over the Dutch text, a separator and the English text. Both languages
/// count, so the same Dutch with another English is another text. A test over
/// all texts checks that no two different texts share a key.
pub const fn sleutel(nl: &str, en: &str) -> u32 {
    let mut h = meng(BEGIN, nl.as_bytes());
    h ^= 0x1f;
    h = h.wrapping_mul(PRIEM);
    meng(h, en.as_bytes())
}

/// One text in both languages. Dutch at B1 level first, English second.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tekst {
    pub nl: &'static str,
    pub en: &'static str,
}

/// One text, by its key; the words are in the loaded text file.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tekst {
    sleutel: u32,
}

/// Short constructor so content files stay readable: `t("Ja", "Yes")`.
/// Always with two string literals: the test that writes the text files finds
/// the texts by reading the sources.
#[cfg(not(target_arch = "wasm32"))]
pub const fn t(nl: &'static str, en: &'static str) -> Tekst {
    Tekst { nl, en }
}

#[cfg(target_arch = "wasm32")]
pub const fn t(nl: &'static str, en: &'static str) -> Tekst {
    Tekst { sleutel: sleutel(nl, en) }
}

/// `t!("Ja", "Yes")`: the same as [`t`], for texts inside a function body.
/// There `t(..)` would run at runtime and keep both strings in the wasm; this
/// forces the key to be computed while compiling.
#[macro_export]
macro_rules! t {
    ($nl:literal, $en:literal $(,)?) => {
        const { $crate::domain::tekst::t($nl, $en) }
    };
}
pub use crate::t;

impl Tekst {
    #[cfg(not(target_arch = "wasm32"))]
    pub fn in_taal(&self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }

    /// The text from the loaded file; the other language's if this one is not
    /// loaded (yet), and empty only if the file lacks it (a test prevents that).
    #[cfg(target_arch = "wasm32")]
    pub fn in_taal(&self, taal: Taal) -> &'static str {
        super::tekstbestand::zoek(taal, self.sleutel).unwrap_or("")
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn sleutel(&self) -> u32 {
        sleutel(self.nl, self.en)
    }

    #[cfg(target_arch = "wasm32")]
    pub fn sleutel(&self) -> u32 {
        self.sleutel
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn is_compleet(&self) -> bool {
        !self.nl.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// A text that must be there even when no text file could load (the crash
/// screen): compiled in, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VasteTekst {
    pub nl: &'static str,
    pub en: &'static str,
}

impl VasteTekst {
    pub fn in_taal(&self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_depends_on_both_languages_and_is_stable() {
        assert_eq!(sleutel("Ja", "Yes"), sleutel("Ja", "Yes"));
        assert_ne!(sleutel("Ja", "Yes"), sleutel("Ja", "Yeah"));
        assert_ne!(sleutel("Ja", "Yes"), sleutel("Jay", "es"), "the separator keeps the languages apart");
        assert_eq!(t("Ja", "Yes").sleutel(), sleutel("Ja", "Yes"));
    }
}
