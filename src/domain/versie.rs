//! Versions per field, so two copies of the document merge without losing or
//! resurrecting anything.
//!
//! The document is seen as a set of fields ([`Veld`]): each answer, each
//! setting, each kept reply is one. Every change stamps the fields it touched
//! with a [`Versie`]: a clock that never goes back (the higher of the wall clock
//! and one past the highest version seen) plus the id of the writing tab. Two
//! copies merge field by field; the higher version wins. A removed field keeps
//! its version (a tombstone), so a copy that still has it cannot bring it back.
//! The merge is commutative, associative and idempotent: tabs that have seen
//! the same writes hold the same document, in whatever order the writes came.
//!
//! Why not a queue of changes to replay (the model before issue 22): a queue
//! has to be cut somewhere, and a tab that wakes after the cut cannot tell
//! which of its changes are stored, so it replays them over newer work.
//!
//! The field and version types themselves live in [`super::veld`] (the document
//! holds them; this module works on the document), re-exported here.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use super::antwoorden::{Antwoord, Momentopname};
use super::beroepen::GekozenBeroep;
use super::coach::CoachInstellingen;
use super::dokument::{Dokument, OntvangenPakket, TijdlijnInvoer};
use super::json::{Json, NaarJson, VanJson};
use super::kijk::{KijkAntwoord, Uitnodiging};
use super::taal::{Taal, Tekstgrootte};
pub use super::veld::{Veld, Versie};

/// A time as JSON writes it, so the same snapshot gets the same key everywhere.
fn tijd(ms: f64) -> String {
    ms.naar().schrijf()
}

/// Every field the document holds, with its value. A field that is absent or
/// at its default is not listed: absent and default are the same to a person.
pub fn velden(d: &Dokument) -> BTreeMap<Veld, Json> {
    let mut v = BTreeMap::new();
    if let Some(t) = d.instellingen.taal {
        v.insert(Veld::Taal, t.naar());
    }
    if d.instellingen.tekstgrootte != Tekstgrootte::default() {
        v.insert(Veld::Tekstgrootte, d.instellingen.tekstgrootte.naar());
    }
    if d.instellingen.vanzelf_uit {
        v.insert(Veld::VanzelfUit, Json::Bool(true));
    }
    if let Some(t) = d.instellingen.thema {
        v.insert(Veld::Thema, t.naar());
    }
    if d.instellingen.ruim {
        v.insert(Veld::Ruim, Json::Bool(true));
    }
    if let Some(m) = &d.laatste_module {
        v.insert(Veld::LaatsteModule, m.naar());
    }
    if let Some(k) = &d.kandidaat {
        v.insert(Veld::Kandidaat, k.naar());
    }
    if d.tijdlijn != TijdlijnInvoer::default() {
        v.insert(Veld::Tijdlijn, d.tijdlijn.naar());
    }
    if let Some(c) = &d.coach {
        v.insert(Veld::Coach, c.naar());
    }
    for (m, stand) in &d.modules {
        for (vraag, a) in &stand.antwoorden {
            v.insert(Veld::Antwoord(m.clone(), vraag.clone()), a.naar());
        }
        if let Some(p) = &stand.positie {
            v.insert(Veld::Positie(m.clone()), p.naar());
        }
        for deel in &stand.delen_klaar {
            v.insert(Veld::DeelKlaar(m.clone(), deel.clone()), Json::Bool(true));
        }
        if let Some(op) = stand.afgerond_op {
            v.insert(Veld::Afgerond(m.clone()), op.naar());
        }
        for s in &stand.momentopnames {
            v.insert(Veld::Momentopname(m.clone(), tijd(s.op_ms)), s.naar());
        }
    }
    for p in &d.ontvangen {
        v.insert(Veld::Ontvangen(tijd(p.bewaard_op)), p.naar());
    }
    for u in &d.uitnodigingen {
        v.insert(Veld::Uitnodiging(u.id.clone()), u.naar());
    }
    for k in &d.kijk {
        v.insert(Veld::Kijk(k.id.clone()), k.naar());
    }
    for b in &d.beroepen {
        v.insert(Veld::Beroep(b.code.clone()), b.naar());
    }
    if d.sessies != Default::default() {
        v.insert(Veld::Sessies, d.sessies.naar());
    }
    v
}

/// Put one field's value in place (`None` removes it). Lists of dated items
/// keep a fixed order (by time, then id), so copies merged in any order are the same.
pub fn zet(d: &mut Dokument, veld: &Veld, waarde: Option<&Json>) {
    fn lees<T: VanJson>(w: Option<&Json>) -> Option<T> {
        w.and_then(|w| T::van(w.clone()))
    }
    match veld {
        Veld::Taal => d.instellingen.taal = lees::<Taal>(waarde),
        Veld::Tekstgrootte => d.instellingen.tekstgrootte = lees(waarde).unwrap_or_default(),
        Veld::VanzelfUit => d.instellingen.vanzelf_uit = lees(waarde).unwrap_or_default(),
        Veld::Thema => d.instellingen.thema = lees(waarde),
        Veld::Ruim => d.instellingen.ruim = lees(waarde).unwrap_or_default(),
        Veld::LaatsteModule => d.laatste_module = lees(waarde),
        Veld::Kandidaat => d.kandidaat = lees(waarde),
        Veld::Tijdlijn => d.tijdlijn = lees(waarde).unwrap_or_default(),
        Veld::Coach => d.coach = lees::<CoachInstellingen>(waarde),
        Veld::Antwoord(m, vraag) => {
            let antwoorden = &mut d.modules.entry(m.clone()).or_default().antwoorden;
            match lees::<Antwoord>(waarde) {
                Some(a) => antwoorden.insert(vraag.clone(), a),
                None => antwoorden.remove(vraag),
            };
        }
        Veld::Positie(m) => d.modules.entry(m.clone()).or_default().positie = lees(waarde),
        Veld::DeelKlaar(m, deel) => {
            // In the order the parts were finished (merged copies may differ in
            // order only; `zelfde_inhoud` compares fields, not order).
            let klaar = &mut d.modules.entry(m.clone()).or_default().delen_klaar;
            if waarde.is_none() {
                klaar.retain(|k| k != deel);
            } else if !klaar.contains(deel) {
                klaar.push(deel.clone());
            }
        }
        Veld::Afgerond(m) => d.modules.entry(m.clone()).or_default().afgerond_op = lees(waarde),
        Veld::Momentopname(m, t) => {
            let lijst = &mut d.modules.entry(m.clone()).or_default().momentopnames;
            lijst.retain(|s| tijd(s.op_ms) != *t);
            if let Some(s) = lees::<Momentopname>(waarde) {
                voeg_in(lijst, s, |a, b| a.op_ms < b.op_ms);
            }
        }
        Veld::Ontvangen(t) => {
            d.ontvangen.retain(|p| tijd(p.bewaard_op) != *t);
            if let Some(p) = lees::<OntvangenPakket>(waarde) {
                voeg_in(&mut d.ontvangen, p, |a, b| a.bewaard_op < b.bewaard_op);
            }
        }
        Veld::Uitnodiging(id) => {
            d.uitnodigingen.retain(|u| u.id != *id);
            if let Some(u) = lees::<Uitnodiging>(waarde) {
                voeg_in(&mut d.uitnodigingen, u, |a, b| (a.gemaakt_op, &a.id) < (b.gemaakt_op, &b.id));
            }
        }
        Veld::Sessies => d.sessies = lees(waarde).unwrap_or_default(),
        Veld::Kijk(id) => {
            d.kijk.retain(|k| k.id != *id);
            if let Some(k) = lees::<KijkAntwoord>(waarde) {
                voeg_in(&mut d.kijk, k, |a, b| (a.bewaard_op, &a.id) < (b.bewaard_op, &b.id));
            }
        }
        Veld::Beroep(code) => {
            d.beroepen.retain(|b| b.code != *code);
            if let Some(b) = lees::<GekozenBeroep>(waarde) {
                voeg_in(&mut d.beroepen, b, |a, b| (a.gekozen_op, &a.code) < (b.gekozen_op, &b.code));
            }
        }
    }
}

/// The keys of several maps once each. Inserted one by one: `collect` into a
/// set sorts first, and a sort routine costs kilobytes of wasm.
fn verzameling<'a>(sleutels: impl Iterator<Item = &'a Veld>) -> BTreeSet<&'a Veld> {
    let mut uit = BTreeSet::new();
    for k in sleutels {
        uit.insert(k);
    }
    uit
}

/// Insert `nieuw` before the first item it comes `eerder` than: the lists are
/// short and already in order, and a sort routine would cost kilobytes of wasm.
fn voeg_in<T>(lijst: &mut Vec<T>, nieuw: T, eerder: impl Fn(&T, &T) -> bool) {
    let plek = lijst.iter().position(|x| eerder(&nieuw, x)).unwrap_or(lijst.len());
    lijst.insert(plek, nieuw);
}

/// The version of a field in `d`; a field never stamped (read from a document
/// written before versions existed) has the lowest.
fn versie_van<'a>(d: &'a Dokument, veld: &Veld) -> &'a Versie {
    static NUL: Versie = Versie { t: 0, tab: String::new() };
    d.versies.get(veld).unwrap_or(&NUL)
}

/// Merge two copies of one generation, field by field: the higher version wins.
/// Equal versions with different values (only possible for fields never
/// stamped) are settled by the value itself, so both sides pick the same.
pub fn voeg_samen(hier: &Dokument, daar: &Dokument) -> Dokument {
    let vh = velden(hier);
    let vd = velden(daar);
    let alle = verzameling(vh.keys().chain(vd.keys()).chain(hier.versies.keys()).chain(daar.versies.keys()));
    let mut uit = hier.clone();
    for veld in alle {
        let (wh, wd) = (vh.get(veld), vd.get(veld));
        let (rh, rd) = (versie_van(hier, veld), versie_van(daar, veld));
        let daar_wint = match rd.cmp(rh) {
            Ordering::Greater => true,
            Ordering::Less => false,
            Ordering::Equal => wd.map(Json::schrijf) > wh.map(Json::schrijf),
        };
        if daar_wint {
            if wh != wd {
                zet(&mut uit, veld, wd);
            }
            if rd.t > 0 {
                uit.versies.insert(veld.clone(), rd.clone());
            }
        }
    }
    if daar.revisie > hier.revisie {
        uit.bewaard_op = daar.bewaard_op;
    }
    uit.revisie = hier.revisie.max(daar.revisie);
    uit
}

/// The same fields, values and versions: nothing to write for either side.
pub fn zelfde_inhoud(a: &Dokument, b: &Dokument) -> bool {
    a.versies == b.versies && velden(a) == velden(b)
}

/// What one change does, field by field: the new value of each field it
/// touched (`None`: removed).
pub type Effect = Vec<(Veld, Option<Json>)>;

impl Dokument {
    /// Apply a change made in tab `tab` and stamp every field it touched with
    /// one new version. Returns whether anything changed.
    pub fn doe(&mut self, actie: &super::dokument::Actie, tab: &str, nu_ms: f64) -> bool {
        let effect = self.effect(actie);
        self.pas_effect_toe(&effect, tab, nu_ms)
    }

    /// What `actie` changes in this copy, as the person saw it. A tab that was
    /// behind applies this to the merged copy: the person's act is what it
    /// changed in what they saw, so clearing a field that showed nothing
    /// removes nothing that another tab wrote meanwhile.
    pub fn effect(&self, actie: &super::dokument::Actie) -> Effect {
        let mut na = self.clone();
        if !na.pas_toe(actie) {
            return Vec::new();
        }
        let (voor, na) = (velden(self), velden(&na));
        let sleutels = verzameling(voor.keys().chain(na.keys()));
        sleutels
            .into_iter()
            .filter(|veld| voor.get(*veld) != na.get(*veld))
            .map(|veld| (veld.clone(), na.get(veld).cloned()))
            .collect()
    }

    /// Put each field of `effect` in place with one new version.
    pub fn pas_effect_toe(&mut self, effect: &Effect, tab: &str, nu_ms: f64) -> bool {
        if effect.is_empty() {
            return false;
        }
        let versie = self.tik(tab, nu_ms);
        for (veld, waarde) in effect {
            zet(self, veld, waarde.as_ref());
            self.versies.insert(veld.clone(), versie.clone());
        }
        true
    }

    /// A new version: later than every version in this copy, and than the clock.
    pub fn tik(&mut self, tab: &str, nu_ms: f64) -> Versie {
        let hoogste = self.versies.values().map(|v| v.t).max().unwrap_or(0).max(self.revisie);
        let t = (nu_ms.max(0.0) as u64).max(hoogste + 1);
        self.revisie = t;
        self.bewaard_op = Some(nu_ms);
        Versie { t, tab: tab.into() }
    }

    /// Whether the person has anything here at all.
    pub fn is_leeg(&self) -> bool {
        velden(self).is_empty()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
