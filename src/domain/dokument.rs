//! The one stored document: everything Spoorwijzer keeps on the person's device.
//!
//! It is versioned (`schema`) so an older copy found in storage can be migrated
//! step by step, and a copy we do not understand (corrupt, or written by a newer
//! app) is refused instead of guessed at: the caller keeps it aside untouched.

use super::json::{Json, NaarJson};

use std::collections::BTreeMap;

use super::antwoorden::{Antwoord, ModuleStand};
use super::beroepen::{schone_notitie, GekozenBeroep, MAX_GEKOZEN};
use super::coach::CoachInstellingen;
use super::kijk::{KijkAntwoord, Uitnodiging};
use super::sessie::{Energie, Sessies};
use super::taal::{Taal, Tekstgrootte, Thema};
use super::veld::{Veld, Versie};

/// The schema this build writes. Bump it together with a new step in [`migreer`].
///
/// 3 added `uitnodigingen` and `kijk` ("Kijk van een ander"). Those fields are
/// optional, but an app of schema 2 would read such a document and drop them on
/// its next write, so the schema goes up and an older app keeps the document
/// aside instead of losing the replies.
///
/// 4 replaced the tabs' marks (`schrijvers`) with a version per field
/// (`versies`) and a generation that a wipe renews (`generatie`), see
/// `domain::versie` and `domain::bewaren`.
///
/// 5 added `beroepen`, the occupations the person keeps to explore (issue 27):
/// an app of schema 4 would drop them on its next write, so it keeps a schema-5
/// document aside instead.
pub const SCHEMA: u32 = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct Dokument {
    pub schema: u32,
    /// The version clock of the last write (see `domain::versie`): never lower
    /// than any field's version.
    pub revisie: u64,
    /// When this document was last written, in milliseconds since 1970 (browser clock).
    pub bewaard_op: Option<f64>,
    pub instellingen: Instellingen,
    /// Answers and progress per module id ("wie-ben-ik", ...).
    pub modules: BTreeMap<String, ModuleStand>,
    /// The timeline form exactly as typed, so a half-typed or wrong date is
    /// kept and shown with its message instead of being thrown away.
    pub tijdlijn: TijdlijnInvoer,
    /// The coach's prepared welcome, when the person opened a coach link.
    pub coach: Option<CoachInstellingen>,
    /// Shared results a coach chose to keep on this device (newest last).
    pub ontvangen: Vec<OntvangenPakket>,
    /// Invitations the person sent for "Kijk van een ander" (newest last): a
    /// reply is only taken in for one of these.
    pub uitnodigingen: Vec<Uitnodiging>,
    /// Replies the person kept: how others see them (newest last).
    pub kijk: Vec<KijkAntwoord>,
    /// The module the person last worked in, for "carry on where you were".
    pub laatste_module: Option<String>,
    /// Which wipe this copy belongs to: empty until the first "Wis alles", then
    /// a new random id each time. Nothing of an older generation is merged or
    /// written again (see `domain::bewaren`).
    pub generatie: String,
    /// A random id made once on this device when the person first shares with
    /// a coach, sent with every share so the coach's workspace can keep one
    /// place per person (issue 28). Not derived from anything the person
    /// typed; "Wis al mijn gegevens" forgets it, so a wiped person is new.
    pub kandidaat: Option<String>,
    /// The version of each field, removed ones included (see `domain::versie`).
    pub versies: BTreeMap<Veld, Versie>,
    /// Occupations the person keeps to explore, with their notes, in the order
    /// kept (at most [`MAX_GEKOZEN`] by the person's own acts).
    pub beroepen: Vec<GekozenBeroep>,
    /// Today's energy and session, and the days a piece was done (`domain::sessie`).
    /// Added after schema 4 without a new schema: an older app drops it on its
    /// next write, which only means the question comes again and the count
    /// starts over; keeping the whole document aside would be worse.
    pub sessies: Sessies,
}

impl super::kijk::KijkBron for Dokument {
    fn uitnodigingen(&self) -> &[Uitnodiging] {
        &self.uitnodigingen
    }

    fn bewaarde_antwoorden(&self) -> &[KijkAntwoord] {
        &self.kijk
    }
}

/// A shared result kept by the coach: answers only, as they were shared.
#[derive(Debug, Clone, PartialEq)]
pub struct OntvangenPakket {
    /// When the coach kept it, ms since 1970; also its identity in the list.
    pub bewaard_op: f64,
    /// The coach's own label, e.g. a first name.
    pub label: String,
    /// When the person made the package.
    pub gemaakt_op: f64,
    pub taal: Taal,
    pub modules: BTreeMap<String, BTreeMap<String, Antwoord>>,
    /// "Hoe anderen mij zien", when the person shared it.
    pub kijk: Vec<KijkAntwoord>,
    /// The occupations the person shared (schema 5, issue 27).
    pub beroepen: Vec<GekozenBeroep>,
}

/// How a save file is taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Importmanier {
    /// Keep everything here; add only what is missing.
    Samenvoegen,
    /// The file replaces everything here.
    Vervangen,
}

/// The timeline form as typed. Dates are ISO strings (`YYYY-MM-DD`) or empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TijdlijnInvoer {
    pub eerste_ziektedag: String,
    /// Periods of full recovery in between: (first fit day, last fit day).
    pub herstel: Vec<(String, String)>,
    pub eerstejaarsevaluatie: String,
    pub vervroegde_iva: String,
    pub einde_dienstverband: String,
    pub loonsanctie_weken: String,
    pub verlenging_weken: String,
    /// Pregnancy or maternity leave inside recovery period `n` (same index as `herstel`):
    /// (first leave day, last leave day), or two empty strings. Added after schema 1;
    /// older documents have none (every field may be missing).
    pub verlof: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Instellingen {
    /// `None` until the person (or a link) chose a language.
    pub taal: Option<Taal>,
    pub tekstgrootte: Tekstgrootte,
    /// The person turned "Ga vanzelf verder" off: a tap on a choice then waits
    /// for "Volgende". Stored as "off" so the default (on) is the absent value.
    pub vanzelf_uit: bool,
    /// The colours the person chose; `None`: follow the system (issue 29).
    pub thema: Option<Thema>,
    /// Extra line, letter and word spacing (WCAG 1.4.12's values; issue 29).
    pub ruim: bool,
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
            ontvangen: Vec::new(),
            uitnodigingen: Vec::new(),
            kijk: Vec::new(),
            laatste_module: None,
            generatie: String::new(),
            kandidaat: None,
            versies: BTreeMap::new(),
            beroepen: Vec::new(),
            sessies: Sessies::default(),
        }
    }
}

/// A change the person makes. Every change goes through [`Dokument::pas_toe`], so a
/// change can be replayed on top of a newer copy written by another tab.
#[derive(Debug, Clone, PartialEq)]
pub enum Actie {
    ZetTaal(Taal),
    ZetTekstgrootte(Tekstgrootte),
    /// "Ga vanzelf verder" on (`true`) or off.
    ZetVanzelfVerder(bool),
    ZetThema(Thema),
    /// Extra spacing on (`true`) or off.
    ZetRuim(bool),
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
    /// Finish a module: a snapshot of its answers, and no place to carry on from
    /// (one change, so another tab never sees one half of it).
    RondAf {
        module: String,
        op_ms: f64,
    },
    ZetTijdlijn(TijdlijnInvoer),
    /// `None` removes the coach's welcome.
    ZetCoach(Option<CoachInstellingen>),
    /// Take in a save file, after the person saw the preview and confirmed.
    Importeer {
        dokument: Box<Dokument>,
        manier: Importmanier,
    },
    /// The coach keeps a copy of a shared result.
    BewaarOntvangen(Box<OntvangenPakket>),
    VerwijderOntvangen {
        bewaard_op: f64,
    },
    /// The person invited someone to say how they see them.
    Nodig(Box<Uitnodiging>),
    /// Stop an invitation: a reply to it is no longer taken in.
    StopUitnodiging {
        id: String,
    },
    /// Keep a reply the person saw and named.
    BewaarKijk(Box<KijkAntwoord>),
    VerwijderKijk {
        id: String,
    },
    /// The random candidate id, made once before the first share; an id that
    /// is already there is kept (another tab may have made one first).
    ZetKandidaat(String),
    /// Keep an occupation to explore ("wil ik verkennen"); not when five are kept.
    KiesBeroep(Box<GekozenBeroep>),
    /// The person's note with a kept occupation.
    ZetBeroepNotitie {
        code: String,
        notitie: String,
    },
    /// No longer keep an occupation (its note goes with it).
    LaatBeroep {
        code: String,
    },
    /// "Hoeveel energie heb je vandaag?" answered (`None`: skipped) on local
    /// day `dag`, with the part today's session ends with.
    ZetEnergie {
        dag: String,
        energie: Option<Energie>,
        tot: Option<(&'static str, &'static str)>,
    },
    /// [`Actie::DeelKlaar`] on local day `dag`: also counts the day and ends
    /// today's session at its last part, in the same change.
    DeelKlaarOp {
        module: String,
        deel: String,
        dag: String,
    },
}

impl Dokument {
    /// Apply a change. Returns whether anything changed, so no-op clicks cost no write.
    pub fn pas_toe(&mut self, actie: &Actie) -> bool {
        match actie {
            Actie::ZetTaal(t) => vervang(&mut self.instellingen.taal, Some(*t)),
            Actie::ZetTekstgrootte(g) => vervang(&mut self.instellingen.tekstgrootte, *g),
            Actie::ZetVanzelfVerder(aan) => vervang(&mut self.instellingen.vanzelf_uit, !aan),
            Actie::ZetThema(t) => vervang(&mut self.instellingen.thema, Some(*t)),
            Actie::ZetRuim(aan) => vervang(&mut self.instellingen.ruim, *aan),
            Actie::Beantwoord { module, vraag, antwoord } => {
                self.laatste_module = Some(module.clone());
                let stand = self.modules.entry(module.clone()).or_default();
                // Answering is also where the person is: one write for both.
                stand.positie = Some(vraag.clone());
                match antwoord {
                    Some(a) => stand.antwoorden.insert(vraag.clone(), a.clone()).as_ref() != Some(a),
                    None => stand.antwoorden.remove(vraag).is_some(),
                }
            }
            Actie::ZetPositie { module, vraag } => {
                let plek = vervang(&mut self.modules.entry(module.clone()).or_default().positie, vraag.clone());
                let laatste = vraag.is_some() && vervang(&mut self.laatste_module, Some(module.clone()));
                plek || laatste
            }
            Actie::DeelKlaar { module, deel } => deel_klaar(&mut self.modules, module, deel),
            Actie::RondAf { module, op_ms } => {
                let stand = self.modules.entry(module.clone()).or_default();
                stand.rond_af(*op_ms);
                stand.positie = None;
                true
            }
            Actie::ZetTijdlijn(invoer) => vervang(&mut self.tijdlijn, invoer.clone()),
            Actie::ZetCoach(c) => vervang(&mut self.coach, c.clone()),
            Actie::Importeer { dokument, manier: Importmanier::Samenvoegen } => self.voeg_samen(dokument),
            Actie::Importeer { dokument, manier: Importmanier::Vervangen } => {
                let mut nieuw = (**dokument).clone();
                // Versions and generation belong to this device, not to the file:
                // the replacement is one new act here (see `Dokument::doe`).
                nieuw.schema = SCHEMA;
                nieuw.revisie = self.revisie;
                nieuw.bewaard_op = self.bewaard_op;
                nieuw.generatie = self.generatie.clone();
                nieuw.versies = self.versies.clone();
                // An older file without a candidate id keeps this device's: the same person.
                if nieuw.kandidaat.is_none() {
                    nieuw.kandidaat = self.kandidaat.clone();
                }
                vervang(self, nieuw)
            }
            Actie::BewaarOntvangen(pakket) => {
                if self.ontvangen.iter().any(|p| p.bewaard_op == pakket.bewaard_op) {
                    false
                } else {
                    self.ontvangen.push((**pakket).clone());
                    true
                }
            }
            Actie::VerwijderOntvangen { bewaard_op } => {
                let voor = self.ontvangen.len();
                self.ontvangen.retain(|p| p.bewaard_op != *bewaard_op);
                self.ontvangen.len() != voor
            }
            // Added and removed by id, so applying one again (another tab, a
            // save file) changes nothing.
            Actie::Nodig(u) => voeg_toe_als_nieuw(&mut self.uitnodigingen, u.as_ref(), |a, b| a.id == b.id),
            Actie::StopUitnodiging { id } => verwijder_waar(&mut self.uitnodigingen, |u| u.id == *id),
            Actie::BewaarKijk(k) => voeg_toe_als_nieuw(&mut self.kijk, k.as_ref(), |a, b| a.id == b.id),
            Actie::VerwijderKijk { id } => verwijder_waar(&mut self.kijk, |k| k.id == *id),
            Actie::ZetKandidaat(id) => self.kandidaat.is_none() && vervang(&mut self.kandidaat, Some(id.clone())),
            Actie::KiesBeroep(b) if self.beroepen.len() < MAX_GEKOZEN => {
                let mut b = (**b).clone();
                b.notitie = schone_notitie(&b.notitie);
                voeg_toe_als_nieuw(&mut self.beroepen, &b, |a, b| a.code == b.code)
            }
            Actie::KiesBeroep(_) => false,
            Actie::ZetBeroepNotitie { code, notitie } => match self.beroepen.iter_mut().find(|b| b.code == *code) {
                Some(b) => vervang(&mut b.notitie, schone_notitie(notitie)),
                None => false,
            },
            Actie::LaatBeroep { code } => verwijder_waar(&mut self.beroepen, |b| b.code == *code),
            Actie::ZetEnergie { dag, energie, tot } => self.sessies.zet(dag, *energie, *tot),
            Actie::DeelKlaarOp { module, deel, dag } => {
                deel_klaar(&mut self.modules, module, deel) | self.sessies.deel_klaar(module, deel, dag)
            }
        }
    }

    /// Merge a save file into this document without losing anything here:
    /// answers the person does not have yet are added, snapshots that are not
    /// here yet are added (in date order), finished parts are combined, and
    /// the timeline, settings and coach welcome are only filled when empty.
    pub fn voeg_samen(&mut self, ander: &Dokument) -> bool {
        let voor = self.clone();
        for (id, stand) in &ander.modules {
            let hier = self.modules.entry(id.clone()).or_default();
            for (vraag, antwoord) in &stand.antwoorden {
                hier.antwoorden.entry(vraag.clone()).or_insert_with(|| antwoord.clone());
            }
            for m in &stand.momentopnames {
                if !hier.momentopnames.contains(m) {
                    // In date order, without pulling a whole sort routine into the wasm.
                    let plek = hier.momentopnames.iter().position(|x| x.op_ms > m.op_ms);
                    hier.momentopnames.insert(plek.unwrap_or(hier.momentopnames.len()), m.clone());
                }
            }
            for deel in &stand.delen_klaar {
                if !hier.delen_klaar.contains(deel) {
                    hier.delen_klaar.push(deel.clone());
                }
            }
            if hier.afgerond_op.is_none() {
                hier.afgerond_op = stand.afgerond_op;
            }
            if hier.positie.is_none() {
                hier.positie = stand.positie.clone();
            }
        }
        if self.tijdlijn == TijdlijnInvoer::default() {
            self.tijdlijn = ander.tijdlijn.clone();
        }
        if self.instellingen.taal.is_none() {
            self.instellingen.taal = ander.instellingen.taal;
        }
        if self.coach.is_none() {
            self.coach = ander.coach.clone();
        }
        if self.kandidaat.is_none() {
            self.kandidaat = ander.kandidaat.clone();
        }
        if self.sessies == Sessies::default() {
            self.sessies = ander.sessies.clone();
        }
        for p in &ander.ontvangen {
            if !self.ontvangen.iter().any(|q| q.bewaard_op == p.bewaard_op) {
                self.ontvangen.push(p.clone());
            }
        }
        for u in &ander.uitnodigingen {
            voeg_toe_als_nieuw(&mut self.uitnodigingen, u, |a, b| a.id == b.id);
        }
        for k in &ander.kijk {
            voeg_toe_als_nieuw(&mut self.kijk, k, |a, b| a.id == b.id);
        }
        // Kept occupations the file has and this copy lacks, while there is room.
        for b in &ander.beroepen {
            if self.beroepen.len() < MAX_GEKOZEN {
                voeg_toe_als_nieuw(&mut self.beroepen, b, |a, b| a.code == b.code);
            }
        }
        *self != voor
    }

    /// Mark a new revision after a change; `basis` is the highest revision seen anywhere.
    pub fn nieuwe_revisie(&mut self, basis: u64, nu_ms: f64) {
        self.revisie = basis.max(self.revisie) + 1;
        self.bewaard_op = Some(nu_ms);
    }

    pub fn naar_json(&self) -> String {
        self.naar().schrijf()
    }

    /// Read a stored document, migrating older schemas.
    pub fn uit_json(tekst: &str) -> Result<Dokument, LeesFout> {
        migreer(Json::lees(tekst).ok_or(LeesFout::GeenJson)?)
    }
}

/// Mark part `deel` of `module` done; whether it was not done before.
fn deel_klaar(modules: &mut BTreeMap<String, ModuleStand>, module: &str, deel: &str) -> bool {
    let klaar = &mut modules.entry(module.to_string()).or_default().delen_klaar;
    let nieuw = !klaar.iter().any(|k| k == deel);
    if nieuw {
        klaar.push(deel.to_string());
    }
    nieuw
}

/// Add `nieuw` unless an item the same by `zelfde` is there already.
fn voeg_toe_als_nieuw<T: Clone>(lijst: &mut Vec<T>, nieuw: &T, zelfde: impl Fn(&T, &T) -> bool) -> bool {
    if lijst.iter().any(|x| zelfde(x, nieuw)) {
        false
    } else {
        lijst.push(nieuw.clone());
        true
    }
}

fn verwijder_waar<T>(lijst: &mut Vec<T>, weg: impl Fn(&T) -> bool) -> bool {
    let voor = lijst.len();
    lijst.retain(|x| !weg(x));
    lijst.len() != voor
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod beroepen_tests;
mod json;
mod migratie;

pub use migratie::migreer;
pub(crate) use migratie::verdelingen_naar_niveaus;

#[cfg(all(test, not(target_arch = "wasm32")))]
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
    fn finishing_a_module_keeps_a_snapshot_and_forgets_the_place_in_one_change() {
        let mut doc = Dokument::default();
        doc.pas_toe(&Actie::Beantwoord {
            module: "zorgen".into(),
            vraag: "zor.gesprek".into(),
            antwoord: Some(Antwoord::Tekst("geld".into())),
        });
        assert_eq!(doc.modules["zorgen"].positie.as_deref(), Some("zor.gesprek"));
        assert!(doc.pas_toe(&Actie::RondAf { module: "zorgen".into(), op_ms: 7.0 }));
        let stand = &doc.modules["zorgen"];
        // Reopening starts at the overview, not at the last question.
        assert_eq!(stand.positie, None);
        assert_eq!(stand.afgerond_op, Some(7.0));
        assert_eq!(stand.momentopnames.len(), 1);
    }

    #[test]
    fn moving_on_by_itself_is_on_until_turned_off_and_then_stays_off() {
        let mut doc = Dokument::default();
        assert!(!doc.instellingen.vanzelf_uit, "on for everyone who never chose");
        assert!(!doc.naar_json().contains("vanzelf"), "the default is not written");
        assert!(doc.pas_toe(&Actie::ZetVanzelfVerder(false)));
        let terug = Dokument::uit_json(&doc.naar_json()).expect("reads back");
        assert!(terug.instellingen.vanzelf_uit);
        let mut d = terug.clone();
        assert!(d.pas_toe(&Actie::ZetVanzelfVerder(true)));
        assert!(!Dokument::uit_json(&d.naar_json()).expect("reads").instellingen.vanzelf_uit);
        // Versioned like every setting: turning it off in one tab wins over an older copy.
        let mut a = Dokument::default();
        let b = a.clone();
        a.doe(&Actie::ZetVanzelfVerder(false), "a", 5.0);
        assert!(crate::domain::versie::voeg_samen(&b, &a).instellingen.vanzelf_uit);
    }

    #[test]
    fn reading_comfort_follows_the_system_until_chosen_and_a_damaged_value_is_the_default() {
        let mut doc = Dokument::default();
        assert_eq!(doc.instellingen.thema, None, "until the person chooses, the system's wish holds");
        assert!(!doc.instellingen.ruim);
        let leeg = doc.naar_json();
        assert!(!leeg.contains("thema") && !leeg.contains("ruim"), "defaults are not written: {leeg}");
        assert!(doc.pas_toe(&Actie::ZetThema(Thema::Rustig)));
        assert!(doc.pas_toe(&Actie::ZetRuim(true)));
        assert!(!doc.pas_toe(&Actie::ZetRuim(true)), "the same choice again writes nothing");
        let terug = Dokument::uit_json(&doc.naar_json()).expect("reads back");
        assert_eq!(terug.instellingen.thema, Some(Thema::Rustig));
        assert!(terug.instellingen.ruim);
        // An older app's document (no such fields) and a damaged value read as the default,
        // and the other settings stay.
        let oud = r#"{"schema":1,"revisie":3,"instellingen":{"taal":"en","tekstgrootte":"groot"}}"#;
        let d = Dokument::uit_json(oud).expect("older document");
        assert_eq!((d.instellingen.thema, d.instellingen.ruim), (None, false));
        let kapot = r#"{"schema":1,"revisie":3,"instellingen":{"taal":"en","tekstgrootte":"groot","thema":"paars","ruim":"ja"}}"#;
        let d = Dokument::uit_json(kapot).expect("damaged settings");
        assert_eq!((d.instellingen.thema, d.instellingen.ruim), (None, false));
        assert_eq!(d.instellingen.taal, Some(Taal::En));
        assert_eq!(d.instellingen.tekstgrootte, Tekstgrootte::Groot);
        // Versioned like every setting: the newer choice in another tab wins.
        let mut a = Dokument::default();
        let b = a.clone();
        a.doe(&Actie::ZetThema(Thema::Contrast), "a", 5.0);
        a.doe(&Actie::ZetRuim(true), "a", 6.0);
        let samen = crate::domain::versie::voeg_samen(&b, &a);
        assert_eq!(samen.instellingen.thema, Some(Thema::Contrast));
        assert!(samen.instellingen.ruim);
    }

    #[test]
    fn a_damaged_setting_is_read_as_its_default_and_the_answers_stay() {
        let mut doc = Dokument::default();
        doc.pas_toe(&Actie::Beantwoord {
            module: "zorgen".into(),
            vraag: "zor.gesprek".into(),
            antwoord: Some(Antwoord::Tekst("geld".into())),
        });
        doc.pas_toe(&Actie::ZetTekstgrootte(Tekstgrootte::Groter));
        let goed = doc.naar_json();
        let instellingen = format!("\"instellingen\":{}", {
            use crate::domain::json::NaarJson;
            doc.instellingen.naar().schrijf()
        });
        assert!(goed.contains(&instellingen), "{goed}");
        for kapot in [
            r#""instellingen":{"taal":"fr","tekstgrootte":"groot"}"#,
            r#""instellingen":{"taal":"en","tekstgrootte":17,"vanzelf_uit":"ja"}"#,
            r#""instellingen":"kapot""#,
        ] {
            let gelezen = Dokument::uit_json(&goed.replace(&instellingen, kapot)).expect(kapot);
            assert_eq!(gelezen.modules, doc.modules, "{kapot}: the answers are read");
            assert!(!gelezen.instellingen.vanzelf_uit, "{kapot}");
        }
        let half = goed.replace(&instellingen, r#""instellingen":{"taal":"en","tekstgrootte":17}"#);
        let gelezen = Dokument::uit_json(&half).unwrap();
        assert_eq!(gelezen.instellingen.taal, Some(Taal::En), "what can be read is kept");
        assert_eq!(gelezen.instellingen.tekstgrootte, Tekstgrootte::default());
        // Only settings are forgiving: a damaged answer still sets the document aside.
        assert!(Dokument::uit_json(&goed.replace("\"geld\"", "17")).is_err());
    }

    #[test]
    fn schema_0_is_migrated_keeping_the_language() {
        let doc = Dokument::uit_json(r#"{"taal":"en","revisie":7}"#).expect("schema 0 must migrate");
        assert_eq!(doc.schema, SCHEMA);
        assert_eq!(doc.instellingen.taal, Some(Taal::En));
        assert_eq!(doc.revisie, 7);
    }

    #[test]
    fn schema_1_as_written_by_an_earlier_version_is_read() {
        let doc = Dokument::uit_json(
            r#"{"schema":1,"revisie":3,"bewaard_op":12.5,"instellingen":{"taal":"nl","tekstgrootte":"groot"}}"#,
        )
        .expect("schema 1 must read");
        assert_eq!(doc.instellingen.tekstgrootte, Tekstgrootte::Groot);
        assert_eq!(doc.bewaard_op, Some(12.5));
    }

    fn balans(paren: &[(&str, u8)]) -> Antwoord {
        Antwoord::Verdeling(paren.iter().map(|(k, v)| (k.to_string(), *v)).collect())
    }

    /// A schema-1 document as the percentage version of the app wrote it.
    const SCHEMA_1_MET_PROCENTEN: &str = r#"{"schema":1,"revisie":4,"instellingen":{"taal":"nl"},
        "modules":{"energie":{
            "antwoorden":{
                "ene.verdeling":{"soort":"verdeling","waarde":{"spoor1":0,"spoor2":10,"herstel":50,"thuis":25,"overig":15}},
                "ene.gevoel":{"soort":"schaal","waarde":3}},
            "positie":"ene.gevoel","delen_klaar":["verdeling"],"afgerond_op":20.0,
            "momentopnames":[
                {"op_ms":10.0,"antwoorden":{"ene.verdeling":{"soort":"verdeling","waarde":{"herstel":100}}}},
                {"op_ms":20.0,"antwoorden":{"ene.verdeling":{"soort":"verdeling","waarde":{"thuis":16,"overig":35,"spoor1":36}}}}]}},
        "ontvangen":[{"bewaard_op":30.0,"label":"Sam","gemaakt_op":25.0,"taal":"en",
            "modules":{"energie":{"ene.verdeling":{"soort":"verdeling","waarde":{"spoor2":1,"herstel":99}}},
                       "zorgen":{"zor.gesprek":{"soort":"tekst","waarde":"40"}}}}]}"#;

    #[test]
    fn schema_1_percentages_read_back_as_levels_everywhere_answers_are_kept() {
        let doc = Dokument::uit_json(SCHEMA_1_MET_PROCENTEN).expect("a schema-1 document must migrate");
        assert_eq!(doc.schema, SCHEMA);
        assert_eq!(doc.revisie, 4);
        let ene = &doc.modules["energie"];
        assert_eq!(
            ene.antwoorden["ene.verdeling"],
            balans(&[("spoor1", 0), ("spoor2", 1), ("herstel", 3), ("thuis", 2), ("overig", 1)])
        );
        assert_eq!(ene.antwoorden["ene.gevoel"], Antwoord::Schaal(3), "other answers are untouched");
        assert_eq!(ene.positie.as_deref(), Some("ene.gevoel"));
        assert_eq!(ene.momentopnames[0].antwoorden["ene.verdeling"], balans(&[("herstel", 3)]));
        assert_eq!(
            ene.momentopnames[1].antwoorden["ene.verdeling"],
            balans(&[("thuis", 2), ("overig", 2), ("spoor1", 3)])
        );
        let ontvangen = &doc.ontvangen[0].modules;
        assert_eq!(ontvangen["energie"]["ene.verdeling"], balans(&[("spoor2", 1), ("herstel", 3)]));
        assert_eq!(ontvangen["zorgen"]["zor.gesprek"], Antwoord::Tekst("40".into()));
        // Every converted answer now fits the question as it is today.
        let vraag =
            crate::domain::antwoorden::vraag_in(&crate::content::modules::energie::MODULE, "ene.verdeling").unwrap();
        assert!(ene.antwoorden["ene.verdeling"].past_bij(vraag));
        assert!(ene.momentopnames.iter().all(|m| m.antwoorden["ene.verdeling"].past_bij(vraag)));
    }

    #[test]
    fn a_document_with_levels_round_trips_unchanged() {
        let mut doc = Dokument::default();
        met_antwoord(&mut doc, "energie", "ene.verdeling", balans(&[("herstel", 3), ("thuis", 1), ("spoor1", 0)]));
        doc.pas_toe(&Actie::RondAf { module: "energie".into(), op_ms: 5.0 });
        doc.nieuwe_revisie(0, 6.0);
        let json = doc.naar_json();
        assert!(json.contains(&format!(r#""schema":{SCHEMA}"#)), "{json}");
        let terug = Dokument::uit_json(&json).expect("the current schema must read");
        // Not converted a second time: level 3 would otherwise become 1 ("3 percent").
        assert_eq!(
            terug.modules["energie"].antwoorden["ene.verdeling"],
            balans(&[("herstel", 3), ("thuis", 1), ("spoor1", 0)])
        );
        assert_eq!(terug, doc);
    }

    #[test]
    fn a_level_out_of_range_is_kept_but_never_counted_or_shown() {
        use crate::content::modules::energie;
        let json = r#"{"schema":2,"revisie":1,"modules":{"energie":{"antwoorden":{
            "ene.verdeling":{"soort":"verdeling","waarde":{"herstel":7}}}}}}"#;
        let doc = Dokument::uit_json(json).expect("the document itself is readable");
        let stand = &doc.modules["energie"];
        assert_eq!(stand.antwoorden["ene.verdeling"], balans(&[("herstel", 7)]));
        assert_eq!(stand.aantal_beantwoord(&energie::MODULE), 0, "past_bij leaves it out");
    }

    proptest::proptest! {
        #[test]
        fn any_old_energy_value_migrates_to_a_level_or_is_left_out(
            waarde in r#"(-?(0|[1-9][0-9]{0,24})(\.[0-9])?|"[a-z0-9]{0,3}"|null|true|\[\]|\{\})"#,
            gebied in "spoor1|herstel|onbekend",
        ) {
            let json = format!(
                r#"{{"schema":1,"revisie":1,"modules":{{"energie":{{"antwoorden":{{"ene.verdeling":{{"soort":"verdeling","waarde":{{"{gebied}":{waarde}}}}}}}}}}}}}"#
            );
            let doc = Dokument::uit_json(&json).map_err(|f| proptest::test_runner::TestCaseError::fail(format!("{f:?} for {json}")))?;
            let Antwoord::Verdeling(kaart) = &doc.modules["energie"].antwoorden["ene.verdeling"] else {
                return Err(proptest::test_runner::TestCaseError::fail("not a balance"));
            };
            proptest::prop_assert!(kaart.values().all(|v| *v <= crate::domain::balans::MAX_NIVEAU));
        }
    }

    /// A schema-2 document exactly as the app wrote it before "Kijk van een ander".
    const SCHEMA_2: &str = r#"{"schema":2,"revisie":12,"bewaard_op":99.0,"instellingen":{"taal":"en","tekstgrootte":"groot"},
        "modules":{"wie-ben-ik":{"antwoorden":{"wbi.kwaliteiten":{"soort":"keuzes","waarde":["eerlijk"]}},
            "positie":"wbi.kwaliteiten","delen_klaar":[],"momentopnames":[]}},
        "tijdlijn":{"eerste_ziektedag":"2026-01-05"},"coach":null,
        "ontvangen":[{"bewaard_op":3.0,"label":"Sam","gemaakt_op":2.0,"taal":"nl","modules":{}}],
        "laatste_module":"wie-ben-ik","schrijvers":{"t1":{"nr":4,"op_ms":98.0}}}"#;

    #[test]
    fn a_schema_2_document_still_loads_with_no_invitations_or_replies() {
        let doc = Dokument::uit_json(SCHEMA_2).expect("a schema-2 document must migrate");
        assert_eq!(doc.schema, SCHEMA);
        assert_eq!((doc.revisie, doc.bewaard_op), (12, Some(99.0)));
        assert_eq!(doc.instellingen.taal, Some(Taal::En));
        assert_eq!(doc.modules["wie-ben-ik"].antwoorden["wbi.kwaliteiten"], Antwoord::Keuzes(vec!["eerlijk".into()]));
        assert_eq!(doc.tijdlijn.eerste_ziektedag, "2026-01-05");
        assert_eq!(doc.ontvangen[0].label, "Sam");
        assert!(doc.ontvangen[0].kijk.is_empty());
        assert_eq!(doc.laatste_module.as_deref(), Some("wie-ben-ik"));
        assert!(doc.uitnodigingen.is_empty() && doc.kijk.is_empty());
        // Written back as the current schema, which a schema-2 app keeps aside
        // instead of reading it and dropping the replies on its next write.
        let json = doc.naar_json();
        assert!(json.contains(&format!(r#""schema":{SCHEMA}"#)), "{json}");
        assert_eq!(Dokument::uit_json(&json), Ok(doc));
        // The older steps still lead all the way here.
        assert_eq!(Dokument::uit_json(r#"{"taal":"nl"}"#).unwrap().schema, SCHEMA);
        assert_eq!(Dokument::uit_json(SCHEMA_1_MET_PROCENTEN).unwrap().schema, SCHEMA);
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
    fn stored_answers_and_snapshots_read_back_from_schema_1_json() {
        let json = r#"{"schema":1,"revisie":9,"instellingen":{"taal":"nl"},
            "modules":{"wat-wil-ik":{"antwoorden":{"wwi.r.1":{"soort":"schaal","waarde":4},
            "wwi.team":{"soort":"keuze","waarde":"team"}},"positie":"wwi.team","delen_klaar":["interesse-1"],
            "momentopnames":[{"op_ms":5.0,"antwoorden":{"wwi.r.1":{"soort":"weet-niet"}}}]}}}"#;
        let doc = Dokument::uit_json(json).expect("answers as stored by schema 1 must read");
        let stand = &doc.modules["wat-wil-ik"];
        assert_eq!(stand.antwoorden["wwi.r.1"], Antwoord::Schaal(4));
        assert_eq!(stand.antwoorden["wwi.team"], Antwoord::Keuze("team".into()));
        assert_eq!(stand.positie.as_deref(), Some("wwi.team"));
        assert_eq!(stand.momentopnames[0].antwoorden["wwi.r.1"], Antwoord::WeetNiet);
        assert_eq!(Dokument::uit_json(&doc.naar_json()), Ok(doc));
    }

    #[test]
    fn answering_records_the_position_in_the_same_change() {
        let mut doc = Dokument::default();
        let actie = Actie::Beantwoord {
            module: "zorgen".into(),
            vraag: "zor.gesprek".into(),
            antwoord: Some(Antwoord::Tekst("x".into())),
        };
        assert!(doc.pas_toe(&actie));
        assert_eq!(doc.modules["zorgen"].positie.as_deref(), Some("zor.gesprek"));
        assert!(!doc.pas_toe(&actie), "the same answer again is no change");
    }

    #[test]
    fn the_module_last_worked_in_is_remembered_for_carrying_on() {
        let mut doc = Dokument::default();
        assert_eq!(doc.laatste_module, None);
        doc.pas_toe(&Actie::ZetPositie { module: "wat-wil-ik".into(), vraag: Some("wwi.r1".into()) });
        assert_eq!(doc.laatste_module.as_deref(), Some("wat-wil-ik"));
        doc.pas_toe(&Actie::Beantwoord { module: "energie".into(), vraag: "ene.x".into(), antwoord: None });
        assert_eq!(doc.laatste_module.as_deref(), Some("energie"));
        // Finishing a module clears its position, not the memory of where the person was.
        assert!(doc.pas_toe(&Actie::ZetPositie { module: "energie".into(), vraag: None }));
        assert_eq!(doc.laatste_module.as_deref(), Some("energie"));
        let terug = Dokument::uit_json(&doc.naar_json()).unwrap();
        assert_eq!(terug.laatste_module.as_deref(), Some("energie"));
    }

    #[test]
    fn an_unchanged_setting_is_not_a_change() {
        let mut doc = Dokument::default();
        assert!(doc.pas_toe(&Actie::ZetTaal(Taal::Nl)));
        assert!(!doc.pas_toe(&Actie::ZetTaal(Taal::Nl)));
    }

    fn met_antwoord(doc: &mut Dokument, module: &str, vraag: &str, a: Antwoord) {
        doc.pas_toe(&Actie::Beantwoord { module: module.into(), vraag: vraag.into(), antwoord: Some(a) });
    }

    fn hier_en_bestand() -> (Dokument, Dokument) {
        let mut hier = Dokument::default();
        met_antwoord(&mut hier, "wie-ben-ik", "a", Antwoord::Schaal(2));
        hier.pas_toe(&Actie::RondAf { module: "wie-ben-ik".into(), op_ms: 10.0 });
        hier.pas_toe(&Actie::DeelKlaar { module: "wie-ben-ik".into(), deel: "d1".into() });
        hier.pas_toe(&Actie::ZetTaal(Taal::Nl));
        hier.nieuwe_revisie(0, 50.0);
        let mut bestand = Dokument::default();
        met_antwoord(&mut bestand, "wie-ben-ik", "a", Antwoord::Schaal(5));
        met_antwoord(&mut bestand, "wie-ben-ik", "b", Antwoord::Tekst("nieuw".into()));
        bestand.pas_toe(&Actie::RondAf { module: "wie-ben-ik".into(), op_ms: 5.0 });
        bestand.pas_toe(&Actie::DeelKlaar { module: "wie-ben-ik".into(), deel: "d2".into() });
        met_antwoord(&mut bestand, "zorgen", "z", Antwoord::WeetNiet);
        bestand.pas_toe(&Actie::ZetTaal(Taal::En));
        bestand.tijdlijn.eerste_ziektedag = "2026-02-02".into();
        bestand.coach = Some(CoachInstellingen { praktijk: "P".into(), ..CoachInstellingen::default() });
        (hier, bestand)
    }

    #[test]
    fn merging_keeps_everything_here_and_adds_only_what_is_missing() {
        let (hier, bestand) = hier_en_bestand();
        let mut doc = hier.clone();
        let actie = Actie::Importeer { dokument: Box::new(bestand.clone()), manier: Importmanier::Samenvoegen };
        assert!(doc.pas_toe(&actie));
        let wbi = &doc.modules["wie-ben-ik"];
        assert_eq!(wbi.antwoorden["a"], Antwoord::Schaal(2), "the answer here wins");
        assert_eq!(wbi.antwoorden["b"], Antwoord::Tekst("nieuw".into()), "a missing answer is added");
        assert_eq!(doc.modules["zorgen"].antwoorden["z"], Antwoord::WeetNiet);
        let datums: Vec<f64> = wbi.momentopnames.iter().map(|m| m.op_ms).collect();
        assert_eq!(datums, vec![5.0, 10.0], "both snapshots, in date order");
        assert_eq!(wbi.delen_klaar, vec!["d1".to_string(), "d2".to_string()]);
        assert_eq!(wbi.afgerond_op, Some(10.0));
        assert_eq!(doc.instellingen.taal, Some(Taal::Nl), "settings here are kept");
        assert_eq!(doc.tijdlijn.eerste_ziektedag, "2026-02-02", "an empty timeline is filled");
        assert!(doc.coach.is_some());
        assert_eq!(doc.revisie, hier.revisie);
        // Nothing that was here is lost.
        for (id, stand) in &hier.modules {
            for (v, a) in &stand.antwoorden {
                assert_eq!(doc.modules[id].antwoorden.get(v), Some(a));
            }
            for m in &stand.momentopnames {
                assert!(doc.modules[id].momentopnames.contains(m));
            }
        }
        // Merging the same file again changes nothing.
        assert!(!doc.pas_toe(&actie));
    }

    #[test]
    fn merging_never_overwrites_a_filled_timeline() {
        let (mut hier, bestand) = hier_en_bestand();
        hier.tijdlijn.eerste_ziektedag = "2025-12-01".into();
        hier.voeg_samen(&bestand);
        assert_eq!(hier.tijdlijn.eerste_ziektedag, "2025-12-01");
    }

    #[test]
    fn replacing_takes_the_file_but_keeps_counting_revisions_here() {
        let (hier, bestand) = hier_en_bestand();
        let mut doc = hier.clone();
        assert!(doc.pas_toe(&Actie::Importeer { dokument: Box::new(bestand.clone()), manier: Importmanier::Vervangen }));
        assert_eq!(doc.modules, bestand.modules);
        assert_eq!(doc.instellingen.taal, Some(Taal::En));
        assert_eq!(doc.revisie, hier.revisie);
        doc.nieuwe_revisie(hier.revisie, 60.0);
        assert!(doc.revisie > hier.revisie, "another tab sees the replacement as newer");
    }

    #[test]
    fn kept_shared_results_can_be_added_once_and_removed() {
        let mut doc = Dokument::default();
        let pakket = OntvangenPakket {
            bewaard_op: 7.0,
            label: "Sam".into(),
            gemaakt_op: 3.0,
            taal: Taal::Nl,
            modules: BTreeMap::new(),
            kijk: Vec::new(),
            beroepen: Vec::new(),
        };
        assert!(doc.pas_toe(&Actie::BewaarOntvangen(Box::new(pakket.clone()))));
        assert!(!doc.pas_toe(&Actie::BewaarOntvangen(Box::new(pakket.clone()))));
        assert_eq!(Dokument::uit_json(&doc.naar_json()).unwrap().ontvangen, vec![pakket]);
        assert!(!doc.pas_toe(&Actie::VerwijderOntvangen { bewaard_op: 8.0 }));
        assert!(doc.pas_toe(&Actie::VerwijderOntvangen { bewaard_op: 7.0 }));
        assert!(doc.ontvangen.is_empty());
    }

    #[test]
    fn a_document_without_kept_results_still_reads() {
        let doc = Dokument::uit_json(r#"{"schema":1,"revisie":1}"#).unwrap();
        assert!(doc.ontvangen.is_empty());
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
