//! The few texts that must show even when no text file could load: the crash
//! screen. Compiled into the wasm in both languages (all other texts are
//! loaded, see `domain::tekstbestand`).

use crate::domain::tekst::VasteTekst;

pub const FOUT_TITEL: VasteTekst = VasteTekst { nl: "Er ging iets mis", en: "Something went wrong" };
pub const FOUT_TEKST: VasteTekst = VasteTekst {
    nl: "Spoorwijzer liep vast. Dat ligt niet aan jou. Wat je had bewaard, staat nog veilig op dit apparaat. Laad de pagina opnieuw om verder te gaan.",
    en: "Spoorwijzer got stuck. That is not your fault. What you saved is still safe on this device. Reload the page to carry on.",
};
pub const NAAR_START: VasteTekst = VasteTekst { nl: "Ga naar de startpagina", en: "Go to the home page" };

/// For the readability and gloss checks, with the catalogue's texts.
#[cfg(test)]
pub const ALLE: [(&str, VasteTekst); 3] =
    [("fout_titel", FOUT_TITEL), ("fout_tekst", FOUT_TEKST), ("naar_start", NAAR_START)];
