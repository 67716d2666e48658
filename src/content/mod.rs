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
pub mod voorlezen;
pub mod wachtwoordwoorden;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod glossen_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod leesbaarheid_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tekstbestanden;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod voorscherm;
