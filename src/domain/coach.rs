//! Settings a coach puts in a prepared link: practice name, welcome, contact,
//! modules to highlight, language and accent colour. All of it is untrusted
//! text from a URL: parsed with limits and only ever shown as text.

use serde::{Deserialize, Serialize};

use super::taal::Taal;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoachInstellingen {
    pub praktijk: String,
    pub welkom: String,
    pub contact: String,
    /// Module ids in the coach's chosen order.
    pub modules: Vec<String>,
    pub taal: Option<Taal>,
    /// `#rrggbb`, already adjusted to enough contrast.
    pub accent: Option<String>,
}
