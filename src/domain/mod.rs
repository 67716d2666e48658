//! The domain: everything a coach could explain on paper. Plain Rust, no browser
//! types, so it is tested natively with `cargo test`.

pub mod antwoorden;
pub mod balans;
pub mod base64url;
pub mod bewaarbestand;
pub mod bewaren;
pub mod coach;
pub mod deelpakket;
pub mod dokument;
#[cfg(test)]
mod formaat;
pub mod json;
pub mod kijk;
pub mod linkvoorstel;
pub mod navigatie;
pub mod opschonen;
pub mod profiel;
pub mod schermen;
pub mod taal;
pub mod tekst;
pub mod tekstbestand;
pub mod tijdlijn;
pub mod uren;
pub mod versie;
pub mod voortgang;
pub mod vragenlijst;
