//! Content: every text the person reads, in Dutch and English, as data apart
//! from the engine and the UI.

pub mod coach;
pub mod delen;
pub mod hulp;
pub mod kijk;
pub mod modules;
pub mod nood;
pub mod teksten;
pub mod tijdlijn;
pub mod wachtwoordwoorden;

#[cfg(test)]
mod glossen_tests;
#[cfg(test)]
mod leesbaarheid_tests;
#[cfg(test)]
pub(crate) mod tekstbestanden;
#[cfg(test)]
mod voorscherm;
