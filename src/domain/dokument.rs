//! The one stored document: everything Spoorwijzer keeps on the person's device.
//!
//! It is versioned (`schema`) so an older copy found in storage can be migrated
//! step by step, and a copy we do not understand (corrupt, or written by a newer
//! app) is refused instead of guessed at: the caller keeps it aside untouched.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use std::collections::BTreeMap;

use super::antwoorden::{Antwoord, ModuleStand};
use super::coach::CoachInstellingen;
use super::taal::{Taal, Tekstgrootte};

/// The schema this build writes. Bump it together with a new step in [`migreer`].
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dokument {
    pub schema: u32,
    /// Grows by one with every change, across tabs: the higher one is the newer one.
    pub revisie: u64,
    /// When this document was last written, in milliseconds since 1970 (browser clock).
    #[serde(default)]
    pub bewaard_op: Option<f64>,
    #[serde(default)]
    pub instellingen: Instellingen,
    /// Answers and progress per module id ("wie-ben-ik", ...).
    #[serde(default)]
    pub modules: BTreeMap<String, ModuleStand>,
    /// The timeline form exactly as typed, so a half-typed or wrong date is
    /// kept and shown with its message instead of being thrown away.
    #[serde(default)]
    pub tijdlijn: TijdlijnInvoer,
    /// The coach's prepared welcome, when the person opened a coach link.
    #[serde(default)]
    pub coach: Option<CoachInstellingen>,
}

/// The timeline form as typed. Dates are ISO strings (`YYYY-MM-DD`) or empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TijdlijnInvoer {
    pub eerste_ziektedag: String,
    /// Periods of full recovery in between: (first fit day, last fit day).
    pub herstel: Vec<(String, String)>,
    pub eerstejaarsevaluatie: String,
    pub vervroegde_iva: String,
    pub einde_dienstverband: String,
    pub loonsanctie_weken: String,
    pub verlenging_weken: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Instellingen {
    /// `None` until the person (or a link) chose a language.
    #[serde(default)]
    pub taal: Option<Taal>,
    #[serde(default)]
    pub tekstgrootte: Tekstgrootte,
}

impl Default for Dokument {
    fn default() -> Self {
        Dokument {
            schema: SCHEMA,
            revisie: 0,
            bewaard_op: None,
            instellingen: Instellingen::default(),
            modules: BTreeMap::new(),
            tijdlijn: TijdlijnInvoer::default(),
            coach: None,
        }
    }
}

/// A change the person makes. Every change goes through [`Dokument::pas_toe`], so a
/// change can be replayed on top of a newer copy written by another tab.
#[derive(Debug, Clone, PartialEq)]
pub enum Actie {
    ZetTaal(Taal),
    ZetTekstgrootte(Tekstgrootte),
    /// `None` clears the answer (skip, or undo of a first answer).
    Beantwoord {
        module: String,
        vraag: String,
        antwoord: Option<Antwoord>,
    },
    /// Where the person is in a module, so reopening continues there.
    ZetPositie {
        module: String,
        vraag: Option<String>,
    },
    DeelKlaar {
        module: String,
        deel: String,
    },
    RondAf {
        module: String,
        op_ms: f64,
    },
    ZetTijdlijn(TijdlijnInvoer),
    /// `None` removes the coach's welcome.
    ZetCoach(Option<CoachInstellingen>),
}

impl Dokument {
    /// Apply a change. Returns whether anything changed, so no-op clicks cost no write.
    pub fn pas_toe(&mut self, actie: &Actie) -> bool {
        match actie {
            Actie::ZetTaal(t) => vervang(&mut self.instellingen.taal, Some(*t)),
            Actie::ZetTekstgrootte(g) => vervang(&mut self.instellingen.tekstgrootte, *g),
            Actie::Beantwoord { module, vraag, antwoord } => {
                let stand = self.modules.entry(module.clone()).or_default();
                // Answering is also where the person is: one write for both.
                stand.positie = Some(vraag.clone());
                match antwoord {
                    Some(a) => stand.antwoorden.insert(vraag.clone(), a.clone()).as_ref() != Some(a),
                    None => stand.antwoorden.remove(vraag).is_some(),
                }
            }
            Actie::ZetPositie { module, vraag } => {
                vervang(&mut self.modules.entry(module.clone()).or_default().positie, vraag.clone())
            }
            Actie::DeelKlaar { module, deel } => {
                let klaar = &mut self.modules.entry(module.clone()).or_default().delen_klaar;
                if klaar.contains(deel) {
                    false
                } else {
                    klaar.push(deel.clone());
                    true
                }
            }
            Actie::RondAf { module, op_ms } => {
                self.modules.entry(module.clone()).or_default().rond_af(*op_ms);
                true
            }
            Actie::ZetTijdlijn(invoer) => vervang(&mut self.tijdlijn, invoer.clone()),
            Actie::ZetCoach(c) => vervang(&mut self.coach, c.clone()),
        }
    }

    /// Mark a new revision after a change; `basis` is the highest revision seen anywhere.
    pub fn nieuwe_revisie(&mut self, basis: u64, nu_ms: f64) {
        self.revisie = basis.max(self.revisie) + 1;
        self.bewaard_op = Some(nu_ms);
    }

    pub fn naar_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read a stored document, migrating older schemas.
    pub fn uit_json(tekst: &str) -> Result<Dokument, LeesFout> {
        let waarde: Value = serde_json::from_str(tekst).map_err(|_| LeesFout::GeenJson)?;
        migreer(waarde)
    }
}

fn vervang<T: PartialEq>(plek: &mut T, nieuw: T) -> bool {
    if *plek == nieuw {
        false
    } else {
        *plek = nieuw;
        true
    }
}

/// Why a stored document could not be read. The UI words each one for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeesFout {
    GeenJson,
    GeenDokument,
    /// Written by a newer version of the app: we must not guess at it.
    NieuwereVersie(u32),
    Beschadigd,
}

/// Bring a stored value up to [`SCHEMA`], one step at a time.
///
/// Each step takes the JSON of schema N and returns schema N+1, so every earlier
/// version has a tested path to today. Steps work on `Value`, not on today's
/// types, because old shapes must stay readable after the types move on.
pub fn migreer(mut waarde: Value) -> Result<Dokument, LeesFout> {
    let obj = waarde.as_object().ok_or(LeesFout::GeenDokument)?;
    let mut versie = match obj.get("schema") {
        Some(Value::Number(n)) => n.as_u64().and_then(|v| u32::try_from(v).ok()).ok_or(LeesFout::Beschadigd)?,
        // The very first development builds wrote `{"taal": ..}` without a schema.
        None if obj.contains_key("taal") => 0,
        None => return Err(LeesFout::GeenDokument),
        Some(_) => return Err(LeesFout::Beschadigd),
    };
    if versie > SCHEMA {
        return Err(LeesFout::NieuwereVersie(versie));
    }
    while versie < SCHEMA {
        waarde = match versie {
            0 => van_0_naar_1(waarde),
            _ => return Err(LeesFout::Beschadigd),
        };
        versie += 1;
    }
    serde_json::from_value(waarde).map_err(|_| LeesFout::Beschadigd)
}

/// Schema 0 kept the language at the top level; schema 1 groups settings.
fn van_0_naar_1(oud: Value) -> Value {
    let taal = oud.get("taal").cloned().unwrap_or(Value::Null);
    serde_json::json!({
        "schema": 1,
        "revisie": oud.get("revisie").cloned().unwrap_or(Value::from(0)),
        "instellingen": { "taal": taal },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_document_reads_back_the_same() {
        let mut doc = Dokument::default();
        doc.pas_toe(&Actie::ZetTaal(Taal::En));
        doc.pas_toe(&Actie::ZetTekstgrootte(Tekstgrootte::Groter));
        doc.nieuwe_revisie(0, 1_700_000_000_000.0);
        assert_eq!(Dokument::uit_json(&doc.naar_json()), Ok(doc));
    }

    #[test]
    fn schema_0_is_migrated_keeping_the_language() {
        let doc = Dokument::uit_json(r#"{"taal":"en","revisie":7}"#).expect("schema 0 must migrate");
        assert_eq!(doc.schema, SCHEMA);
        assert_eq!(doc.instellingen.taal, Some(Taal::En));
        assert_eq!(doc.revisie, 7);
    }

    #[test]
    fn schema_1_as_written_by_this_version_is_read() {
        let doc = Dokument::uit_json(
            r#"{"schema":1,"revisie":3,"bewaard_op":12.5,"instellingen":{"taal":"nl","tekstgrootte":"groot"}}"#,
        )
        .expect("schema 1 must read");
        assert_eq!(doc.instellingen.tekstgrootte, Tekstgrootte::Groot);
        assert_eq!(doc.bewaard_op, Some(12.5));
    }

    #[test]
    fn a_newer_schema_is_refused_not_guessed() {
        assert_eq!(Dokument::uit_json(r#"{"schema":99,"revisie":1}"#), Err(LeesFout::NieuwereVersie(99)));
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        assert_eq!(Dokument::uit_json("{niet json"), Err(LeesFout::GeenJson));
        assert_eq!(Dokument::uit_json("[1,2]"), Err(LeesFout::GeenDokument));
        assert_eq!(Dokument::uit_json(r#"{"iets":"anders"}"#), Err(LeesFout::GeenDokument));
        assert_eq!(Dokument::uit_json(r#"{"schema":"een"}"#), Err(LeesFout::Beschadigd));
        assert_eq!(Dokument::uit_json(r#"{"schema":1,"revisie":"veel"}"#), Err(LeesFout::Beschadigd));
    }

    #[test]
    fn an_unchanged_setting_is_not_a_change() {
        let mut doc = Dokument::default();
        assert!(doc.pas_toe(&Actie::ZetTaal(Taal::Nl)));
        assert!(!doc.pas_toe(&Actie::ZetTaal(Taal::Nl)));
    }

    #[test]
    fn a_new_revision_is_higher_than_any_seen_in_another_tab() {
        let mut doc = Dokument { revisie: 4, ..Dokument::default() };
        doc.nieuwe_revisie(10, 1.0);
        assert_eq!(doc.revisie, 11);
        doc.nieuwe_revisie(2, 2.0);
        assert_eq!(doc.revisie, 12);
    }
}
