//! The poortwachter date engine: a person's own timeline from the first sick
//! day to week 104 (and beyond), following shared/reference/poortwachter.md.

pub mod datum;
pub mod deelweek;
pub mod engine;
pub mod feestdagen;
pub mod formulier;
pub mod geld;
pub mod ics;
pub mod lijst;
