pub mod balans;
pub mod coach_welkom;
pub mod embed_melding;
pub mod kop;
pub mod meldingen;
pub mod pagina;
pub mod voet;
pub mod vragen;
