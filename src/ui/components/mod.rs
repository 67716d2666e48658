pub mod coach_welkom;
pub mod embed_melding;
pub mod iconen;
pub mod kop;
pub mod meldingen;
pub mod pagina;
pub mod voet;
pub mod vragen;
