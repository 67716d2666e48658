//! The domain: everything a coach could explain on paper. Plain Rust, no browser
//! types, so it is tested natively with `cargo test`.

pub mod antwoorden;
pub mod balans;
pub mod base64url;
pub mod beroepen;
pub mod bewaarbestand;
pub mod bewaren;
pub mod coach;
pub mod deelpakket;
pub mod delen;
pub mod dokument;
pub mod envelop;
pub mod fnv;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod formaat;
pub mod json;
pub mod kijk;
#[cfg(test)]
mod kringen_tests;
pub mod linkvoorstel;
pub mod navigatie;
pub mod opschonen;
pub mod profiel;
pub mod schermen;
pub mod sessie;
pub mod taal;
pub mod tekst;
pub mod tekstbestand;
pub mod tijdlijn;
pub mod uren;
pub mod veld;
pub mod versie;
pub mod voortgang;
pub mod vragenlijst;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod kandidaat_tests;
pub mod werkplek;
