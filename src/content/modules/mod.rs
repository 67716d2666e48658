//! All Spoorwijzer questionnaire modules, in the order they are offered.

use crate::domain::vragenlijst::*;

pub mod beroepen;
pub mod energie;
pub mod stappen;
pub mod verlies;
pub mod wat_kan_ik;
pub mod wat_wil_ik;
pub mod wie_ben_ik;
pub mod zorgen;

/// The seven modules in app order.
pub static MODULES: [&Module; 7] = [
    &wie_ben_ik::MODULE,
    &wat_kan_ik::MODULE,
    &wat_wil_ik::MODULE,
    &energie::MODULE,
    &zorgen::MODULE,
    &stappen::MODULE,
    &verlies::MODULE,
];

/// The ids of the modules this build has, e.g. the ones a coach link may name.
pub fn ids() -> Vec<&'static str> {
    MODULES.iter().map(|m| m.id).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
