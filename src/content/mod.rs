//! Content: every text the person reads, in Dutch and English, as data apart
//! from the engine and the UI.

pub mod beroepen;
pub mod beroepsgroepen;
pub mod coach;
pub mod coach_bouwer;
pub mod delen;
pub mod delen_eigen;
pub mod hulp;
pub mod kijk;
pub mod kijk_eigen;
pub mod modules;
pub mod nood;
pub mod over_kandidaat;
pub mod teksten;
pub mod tijdlijn;
pub mod voor_coaches;
pub mod voorlezen;
pub mod wachtwoordwoorden;
pub mod werkplek;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod beroepsgroepen_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod glossen_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod leesbaarheid_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tekstbestanden;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod voorscherm;
