//! The occupations a person keeps to explore ("wil ik verkennen"), each with
//! their own note. Stored in the document (`Dokument::beroepen`), one versioned
//! field per occupation, so two tabs merge them like answers.

use crate::domain::json::json_velden;

/// At most five: a short list to talk about, not a wish list.
pub const MAX_GEKOZEN: usize = 5;
/// A note is a few sentences; a paste of a whole document is cut off.
pub const MAX_NOTITIE: usize = 1000;

#[derive(Debug, Clone, PartialEq)]
pub struct GekozenBeroep {
    /// ESCO's code ("2221.1"): the occupation's id in the index and the address.
    pub code: String,
    /// Its Dutch title when kept, so the profile, the sheet and a coach can show
    /// it without loading the index.
    pub titel: String,
    /// The person's own words: why, what to find out, who to ask.
    pub notitie: String,
    /// When it was kept, ms since 1970: the list's order.
    pub gekozen_op: f64,
}

json_velden! {
    GekozenBeroep {
        code: moet,
        titel: moet,
        notitie: als_gevuld,
        gekozen_op: standaard,
    }
}

impl GekozenBeroep {
    pub fn nieuw(code: &str, titel: &str, op_ms: f64) -> GekozenBeroep {
        GekozenBeroep {
            code: code.chars().take(24).collect(),
            titel: titel.chars().take(200).collect(),
            notitie: String::new(),
            gekozen_op: op_ms,
        }
    }
}

/// A note as it is kept: capped at [`MAX_NOTITIE`] characters.
pub fn schone_notitie(s: &str) -> String {
    s.chars().take(MAX_NOTITIE).collect()
}
