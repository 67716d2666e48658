//! Texts for the personal timeline (#/tijdlijn), Dutch (B1) and English.

// Teksten voor de persoonlijke tijdlijn (#/tijdlijn).
// Bron voor alle feiten: shared/reference/poortwachter.md. Inhoud bijgewerkt: november 2026.
// Punten die de bron als UNCONFIRMED markeert, staan in `onbevestigd` (of in de tekst zelf)
// en eindigen altijd met "Controleer dit bij je casemanager of UWV." /
// "Check this with your casemanager or UWV."

/// Routes van de zelfreflectie-modules waar een tekst naar mag verwijzen.
pub const MODULES: [&str; 7] =
    ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis"];

// Eén bestand per deel, genummerd zoals vroeger de kopjes in één bestand:
// 1. mijlpalen, 2. fasen, 3. tweede_spoor, 4. begrippen, 5./6. feestdagen
// (met de disclaimer), 7. pagina (de teksten van de pagina zelf). Alles staat
// ook hier, zodat `content::tijdlijn::X` blijft werken.
mod begrippen;
mod fasen;
mod feestdagen;
mod mijlpalen;
mod pagina;
mod tweede_spoor;

pub use begrippen::*;
pub use fasen::*;
pub use feestdagen::*;
pub use mijlpalen::*;
pub use pagina::*;
pub use tweede_spoor::*;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
