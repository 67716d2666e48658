//! The only code that talks to the browser. Every call here is fallible and
//! degrades quietly: a missing API must never take the app down.

pub mod bestand;
pub mod coach;
pub mod crypto;
pub mod deelblad;
pub mod delen;
pub mod embed;
pub mod invoer;
pub mod klembord;
pub mod klok;
pub mod opslag;
pub mod pagina;
pub mod teksten;
pub mod venster;
