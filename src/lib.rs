#![forbid(unsafe_code)]
//! Spoorwijzer: self-reflection and a personal poortwachter timeline for the
//! second track, running entirely in the browser.
//!
//! Layers: `domain` (plain Rust, tested natively), `content` (texts in both
//! languages), `services` (the only code that touches browser APIs) and `ui`
//! (Yew components that render state and send actions).

pub mod content;
pub mod domain;
pub mod services;
pub mod ui;

#[cfg(test)]
pub(crate) mod bronscan;
