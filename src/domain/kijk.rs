//! "Kijk van een ander": how a trusted person sees the candidate.
//!
//! The candidate makes an **invitation** ([`Uitnodiging`]): an id, the parts of
//! the mirror set to ask, a first name to show and a language. It travels in a
//! link (`#/kijk/<payload>`) and holds no answers of the candidate, so it is
//! not encrypted: `[versie u8 = 1][JSON][adler32 4]`, base64url.
//!
//! The trusted person answers in their own browser and gets back a **reply**
//! ([`KijkInhoud`]), encrypted exactly like a share link: zlib of the JSON,
//! AES-GCM with a code shown once, the same envelope ([`super::envelop`]): frame with its checksum
//! (`#/kijk-terug/<payload>`). The invitation id is inside the encrypted part,
//! so a reply is only taken in by the candidate who made that invitation, and a
//! reply id lets the candidate's app see a reply it already holds.
//!
//! Every text from a link is untrusted: names and words are cleaned to plain
//! text (shown as text, never as markup), option ids must be known, lengths are
//! capped. All JSON of these payloads goes through [`naar_json`] and
//! [`uit_json`].

use super::json::{json_velden, Json, NaarJson, VanJson};

use super::antwoorden::{vraag_in, Antwoord, ModuleStand};
use super::base64url;
pub use super::envelop::haal_payload;
use super::envelop::{self, controle, Fout as DeelFout, Kader};
use super::opschonen::{afgekapt, schone_naam, schone_regel, schoon as schone_tekst};
use super::taal::Taal;
use super::vragenlijst::{Module, Optie, Soort};

/// The address part before an invitation.
pub const UITNODIGING_PAD: &str = "#/kijk/";
/// The address part before a reply.
pub const ANTWOORD_PAD: &str = "#/kijk-terug/";
/// The frame version of an invitation (the first byte).
pub const UITNODIGING_VERSIE: u8 = 1;
/// The version of a reply's JSON (`KijkInhoud::versie`).
pub const ANTWOORD_VERSIE: u32 = 1;
/// An invitation link is short; anything longer is not one.
pub const MAX_UITNODIGING: usize = 2048;
/// A reply link or file is a few kilobytes at most.
pub const MAX_ANTWOORD: usize = 64 * 1024;
/// The unpacked JSON of a reply may be at most this large.
pub const MAX_KLAAR: usize = 64 * 1024;
/// Random bytes in an id (22 characters of base64url).
pub const ID_BYTES: usize = 16;
/// How many qualities or energy givers the trusted person can tick.
pub const MAX_KEUZES: usize = 5;
/// How many items of their own words per list.
pub const MAX_WOORDEN: usize = 5;
/// The longest item in a list of words, in characters.
pub const MAX_WOORD: usize = 60;
/// The longest message ("one thing I would like you to know").
pub const MAX_BOODSCHAP: usize = 600;
/// The longest label the candidate gives a reply.
pub const MAX_LABEL: usize = 40;

/// The parts of the mirror set, by id, in the order they are asked.
pub const DELEN: [&str; 4] = ["kwaliteiten", "goed-in", "energie", "boodschap"];

/// The candidate's own questions the mirror set is compared with.
pub const EIGEN_KWALITEITEN: &str = "wbi.kwaliteiten";
pub const EIGEN_KWALITEITEN_WOORDEN: &str = "wbi.kwaliteiten.eigen";
pub const EIGEN_ENERGIE: &str = "wbi.gevers.keuze";
pub const EIGEN_ENERGIE_WOORDEN: &str = "wbi.gevers";
const WIE_BEN_IK: &str = "wie-ben-ik";

/// An invitation: in the link, and kept by the candidate to recognise replies.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitnodiging {
    pub id: String,
    /// The candidate's first name for "Sanne vraagt hoe jij haar ziet".
    pub naam: Option<String>,
    /// Which parts of the mirror set ([`DELEN`]) are asked.
    pub delen: Vec<String>,
    pub taal: Taal,
    /// When the candidate made it, ms since 1970.
    pub gemaakt_op: f64,
}

/// What the trusted person answered. Every part may be empty (skipped).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Spiegel {
    /// Qualities ticked, as option ids of the candidate's own quality question.
    pub kwaliteiten: Vec<String>,
    /// Qualities in the trusted person's own words.
    pub kwaliteiten_woorden: Vec<String>,
    /// What the candidate is good at, in the trusted person's words.
    pub goed_in: Vec<String>,
    /// Energy givers ticked, as option ids of the candidate's own energy question.
    pub energie: Vec<String>,
    /// One thing the trusted person would like the candidate to know.
    pub boodschap: String,
}

impl Spiegel {
    pub fn is_leeg(&self) -> bool {
        self.kwaliteiten.is_empty()
            && self.kwaliteiten_woorden.is_empty()
            && self.goed_in.is_empty()
            && self.energie.is_empty()
            && self.boodschap.is_empty()
    }
}

/// The encrypted reply.
#[derive(Debug, Clone, PartialEq)]
pub struct KijkInhoud {
    pub versie: u32,
    /// The invitation this answers.
    pub uitnodiging: String,
    /// This reply's own id, to recognise it when it is opened again.
    pub id: String,
    pub gemaakt_op: f64,
    pub taal: Taal,
    /// The trusted person's name, if they gave one (a suggestion for the label).
    pub van: Option<String>,
    pub spiegel: Spiegel,
}

/// A reply the candidate kept, with their own label for it ("Mijn zus").
#[derive(Debug, Clone, PartialEq)]
pub struct KijkAntwoord {
    pub id: String,
    pub uitnodiging: String,
    pub label: String,
    /// When the trusted person made it.
    pub gemaakt_op: f64,
    /// When the candidate added it.
    pub bewaard_op: f64,
    pub spiegel: Spiegel,
}

json_velden! {
    Uitnodiging {
        id: moet,
        naam: als_gevuld,
        delen: moet,
        taal: moet,
        gemaakt_op: standaard,
    }
}

// Every part may be missing (then empty); an empty part is not written.
json_velden! {
    Spiegel {
        kwaliteiten: als_gevuld,
        kwaliteiten_woorden: als_gevuld,
        goed_in: als_gevuld,
        energie: als_gevuld,
        boodschap: als_gevuld,
    }
}

json_velden! {
    KijkInhoud {
        versie: moet,
        uitnodiging: moet,
        id: moet,
        gemaakt_op: moet,
        taal: moet,
        van: als_gevuld,
        spiegel: moet,
    }
}

json_velden! {
    KijkAntwoord {
        id: moet,
        uitnodiging: moet,
        label: moet,
        gemaakt_op: moet,
        bewaard_op: moet,
        spiegel: moet,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KijkFout {
    /// Not a payload, cut off, or changed on the way.
    Beschadigd,
    TeGroot,
    /// Made by a newer Spoorwijzer.
    NieuwereVersie,
}

impl From<DeelFout> for KijkFout {
    fn from(f: DeelFout) -> Self {
        match f {
            DeelFout::Beschadigd => KijkFout::Beschadigd,
            DeelFout::TeGroot => KijkFout::TeGroot,
            DeelFout::NieuwereVersie(_) => KijkFout::NieuwereVersie,
        }
    }
}

/// Why a readable reply is not taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weigering {
    /// It answers an invitation this candidate did not make (or stopped).
    AndereUitnodiging,
    /// This reply is already kept.
    AlToegevoegd,
}

// ----- JSON: the one place ---------------------------------------------------------------------

/// The JSON of an invitation or reply.
pub fn naar_json<T: NaarJson>(waarde: &T) -> Vec<u8> {
    waarde.naar().schrijf().into_bytes()
}

/// Read an invitation or reply from JSON; `None` when it is not one.
pub fn uit_json<T: VanJson>(bytes: &[u8]) -> Option<T> {
    Json::lees_als(bytes)
}

// ----- The options the mirror set uses ---------------------------------------------------------

/// The options of the candidate's own questions, so both sides use one list of ids.
#[derive(Debug, Clone, Copy)]
pub struct Spiegelset {
    pub kwaliteiten: &'static [Optie],
    pub energie: &'static [Optie],
}

fn opties_van(modules: &[&'static Module], vraag: &str) -> &'static [Optie] {
    modules
        .iter()
        .find(|m| m.id == WIE_BEN_IK)
        .and_then(|m| vraag_in(m, vraag))
        .map(|v| match v.soort {
            Soort::MeerKeuze { opties, .. } => opties,
            _ => &[],
        })
        .unwrap_or(&[])
}

impl Spiegelset {
    pub fn uit(modules: &[&'static Module]) -> Spiegelset {
        Spiegelset { kwaliteiten: opties_van(modules, EIGEN_KWALITEITEN), energie: opties_van(modules, EIGEN_ENERGIE) }
    }

    pub fn kwaliteit(&self, id: &str) -> Option<&'static Optie> {
        self.kwaliteiten.iter().find(|o| o.id == id)
    }

    pub fn energiegever(&self, id: &str) -> Option<&'static Optie> {
        self.energie.iter().find(|o| o.id == id)
    }
}

// ----- Cleaning untrusted input ----------------------------------------------------------------

/// One line of plain text, capped; empty when nothing is left.
pub fn schoon_woord(tekst: &str) -> String {
    schone_regel(tekst, MAX_WOORD).unwrap_or_default()
}

fn zelfde(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// Words cleaned, without empties or doubles, at most `max`.
fn schone_woorden(woorden: &[String], max: usize) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for w in woorden.iter().map(|w| schoon_woord(w)) {
        if !w.is_empty() && !uit.iter().any(|u| zelfde(u, &w)) && uit.len() < max {
            uit.push(w);
        }
    }
    uit
}

/// Known option ids only, each once, at most [`MAX_KEUZES`].
fn schone_ids(ids: &[String], opties: &[Optie]) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for id in ids {
        if opties.iter().any(|o| o.id == id) && !uit.contains(id) && uit.len() < MAX_KEUZES {
            uit.push(id.clone());
        }
    }
    uit
}

impl Spiegel {
    /// Keep only what fits: known ids, plain text, capped lengths.
    pub fn schoon(&self, set: &Spiegelset) -> Spiegel {
        Spiegel {
            kwaliteiten: schone_ids(&self.kwaliteiten, set.kwaliteiten),
            kwaliteiten_woorden: schone_woorden(&self.kwaliteiten_woorden, 3),
            goed_in: schone_woorden(&self.goed_in, MAX_WOORDEN),
            energie: schone_ids(&self.energie, set.energie),
            boodschap: afgekapt(&schone_tekst(&self.boodschap, true), MAX_BOODSCHAP),
        }
    }

    /// Leave out what the invitation did not ask.
    pub fn alleen(mut self, delen: &[String]) -> Spiegel {
        let gevraagd = |d: &str| delen.iter().any(|x| x == d);
        if !gevraagd(DELEN[0]) {
            self.kwaliteiten.clear();
            self.kwaliteiten_woorden.clear();
        }
        if !gevraagd(DELEN[1]) {
            self.goed_in.clear();
        }
        if !gevraagd(DELEN[2]) {
            self.energie.clear();
        }
        if !gevraagd(DELEN[3]) {
            self.boodschap.clear();
        }
        self
    }
}

/// An id as made by [`id_uit`]: 22 characters of base64url.
pub fn is_id(id: &str) -> bool {
    id.len() == 22 && base64url::decodeer(id).is_ok_and(|b| b.len() == ID_BYTES)
}

/// An id from random bytes (from the browser's cryptographic generator).
pub fn id_uit(willekeur: &[u8; ID_BYTES]) -> String {
    base64url::codeer(willekeur)
}

/// A label fit to show: one line, plain text, capped.
pub fn schoon_label(label: &str) -> Option<String> {
    schone_regel(label, MAX_LABEL)
}

impl KijkAntwoord {
    /// As kept by someone else (in a shared package): cleaned like a new reply.
    pub fn schoon(&self, set: &Spiegelset) -> Option<KijkAntwoord> {
        Some(KijkAntwoord {
            id: self.id.clone(),
            uitnodiging: self.uitnodiging.clone(),
            label: schoon_label(&self.label)?,
            gemaakt_op: if self.gemaakt_op.is_finite() { self.gemaakt_op } else { 0.0 },
            bewaard_op: if self.bewaard_op.is_finite() { self.bewaard_op } else { 0.0 },
            spiegel: self.spiegel.schoon(set),
        })
    }
}

// ----- Invitation link -------------------------------------------------------------------------

/// The payload of an invitation link.
pub fn uitnodiging_payload(u: &Uitnodiging) -> String {
    let mut bytes = vec![UITNODIGING_VERSIE];
    bytes.extend_from_slice(&naar_json(u));
    let c = controle(&bytes);
    bytes.extend_from_slice(&c);
    base64url::codeer(&bytes)
}

/// The language of the invitation an address opens (`#/kijk/<payload>`), for a
/// person who has not chosen one: they read the page in the language they were
/// asked in. `pwa/voorscherm.js` applies the same rule before the wasm runs.
pub fn taal_van_uitnodiging(hash: &str) -> Option<Taal> {
    let payload = hash.strip_prefix(UITNODIGING_PAD)?;
    lees_uitnodiging(payload).ok().map(|u| u.taal)
}

/// Read an invitation from a link or its payload. The name is cleaned, unknown
/// parts are left out; no known part, or a malformed id, is damage.
pub fn lees_uitnodiging(invoer: &str) -> Result<Uitnodiging, KijkFout> {
    let tekst = haal_payload(invoer, UITNODIGING_PAD);
    if tekst.len() > MAX_UITNODIGING {
        return Err(KijkFout::TeGroot);
    }
    let bytes = base64url::decodeer(tekst).map_err(|_| KijkFout::Beschadigd)?;
    if bytes.len() < 1 + 4 {
        return Err(KijkFout::Beschadigd);
    }
    let (inhoud, som) = bytes.split_at(bytes.len() - 4);
    if controle(inhoud) != som {
        return Err(KijkFout::Beschadigd);
    }
    if inhoud[0] != UITNODIGING_VERSIE {
        return Err(if inhoud[0] > UITNODIGING_VERSIE { KijkFout::NieuwereVersie } else { KijkFout::Beschadigd });
    }
    let u: Uitnodiging = uit_json(&inhoud[1..]).ok_or(KijkFout::Beschadigd)?;
    let delen: Vec<String> = DELEN.iter().filter(|d| u.delen.iter().any(|x| x == *d)).map(|d| d.to_string()).collect();
    if !is_id(&u.id) || delen.is_empty() {
        return Err(KijkFout::Beschadigd);
    }
    Ok(Uitnodiging {
        id: u.id,
        naam: u.naam.as_deref().and_then(schone_naam),
        delen,
        taal: u.taal,
        gemaakt_op: if u.gemaakt_op.is_finite() { u.gemaakt_op } else { 0.0 },
    })
}

// ----- Reply -----------------------------------------------------------------------------------

/// The reply for `uitnodiging`, with only what it asked, cleaned.
pub fn maak_antwoord(
    uitnodiging: &Uitnodiging,
    id: String,
    van: &str,
    spiegel: &Spiegel,
    set: &Spiegelset,
    taal: Taal,
    nu_ms: f64,
) -> KijkInhoud {
    KijkInhoud {
        versie: ANTWOORD_VERSIE,
        uitnodiging: uitnodiging.id.clone(),
        id,
        gemaakt_op: nu_ms,
        taal,
        van: schone_naam(van),
        spiegel: spiegel.schoon(set).alleen(&uitnodiging.delen),
    }
}

/// The reply as JSON; the browser compresses it to zlib and encrypts it.
pub fn antwoord_json(inhoud: &KijkInhoud) -> Vec<u8> {
    naar_json(inhoud)
}

/// The reply link's frame (the same as a share link's).
pub fn ontkader_antwoord(invoer: &str) -> Result<Kader, KijkFout> {
    let tekst = haal_payload(invoer, ANTWOORD_PAD);
    if tekst.len() > MAX_ANTWOORD {
        return Err(KijkFout::TeGroot);
    }
    Ok(envelop::ontkader(tekst)?)
}

/// Unpack a decrypted reply, refusing anything too large, unknown or damaged.
pub fn lees_antwoord(bytes: &[u8], set: &Spiegelset) -> Result<KijkInhoud, KijkFout> {
    let json = envelop::pak_uit(bytes, MAX_KLAAR)?;
    let inhoud: KijkInhoud = uit_json(&json).ok_or(KijkFout::Beschadigd)?;
    if inhoud.versie > ANTWOORD_VERSIE {
        return Err(KijkFout::NieuwereVersie);
    }
    if inhoud.versie == 0 || !is_id(&inhoud.uitnodiging) || !is_id(&inhoud.id) {
        return Err(KijkFout::Beschadigd);
    }
    Ok(KijkInhoud {
        gemaakt_op: if inhoud.gemaakt_op.is_finite() { inhoud.gemaakt_op } else { 0.0 },
        van: inhoud.van.as_deref().and_then(schone_naam),
        spiegel: inhoud.spiegel.schoon(set),
        ..inhoud
    })
}

/// What this module reads of the candidate's document: the invitations they
/// made and the replies they kept. The document (`dokument::Dokument`) holds
/// this module's types and gives these two lists, so `kijk` need not know the
/// document: no circle between the two.
pub trait KijkBron {
    fn uitnodigingen(&self) -> &[Uitnodiging];
    fn bewaarde_antwoorden(&self) -> &[KijkAntwoord];
}

/// Whether this candidate can take the reply in; nothing is changed here.
pub fn beoordeel(inhoud: &KijkInhoud, dokument: &impl KijkBron) -> Result<(), Weigering> {
    if dokument.bewaarde_antwoorden().iter().any(|k| k.id == inhoud.id) {
        return Err(Weigering::AlToegevoegd);
    }
    match dokument.uitnodigingen().iter().find(|u| u.id == inhoud.uitnodiging) {
        Some(_) => Ok(()),
        None => Err(Weigering::AndereUitnodiging),
    }
}

/// The reply as kept, with the candidate's label (or `standaard` when empty).
pub fn bewaar(inhoud: &KijkInhoud, dokument: &impl KijkBron, label: &str, standaard: &str, nu_ms: f64) -> KijkAntwoord {
    let gevraagd = dokument
        .uitnodigingen()
        .iter()
        .find(|u| u.id == inhoud.uitnodiging)
        .map(|u| u.delen.clone())
        .unwrap_or_default();
    KijkAntwoord {
        id: inhoud.id.clone(),
        uitnodiging: inhoud.uitnodiging.clone(),
        label: schoon_label(label).unwrap_or_else(|| standaard.to_string()),
        gemaakt_op: inhoud.gemaakt_op,
        bewaard_op: nu_ms,
        spiegel: inhoud.spiegel.clone().alleen(&gevraagd),
    }
}

// ----- "Hoe anderen mij zien" ------------------------------------------------------------------

/// A quality or energy giver: an option of the list, or someone's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Optie(String),
    Woord(String),
}

/// An item and who named it (labels of the replies, in the order kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Genoemd {
    pub item: Item,
    pub door: Vec<String>,
}

/// One comparison: named by the candidate and by others, only by others, only by the candidate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vergelijking {
    pub allebei: Vec<Genoemd>,
    pub alleen_anderen: Vec<Genoemd>,
    pub alleen_ik: Vec<Item>,
}

impl Vergelijking {
    pub fn is_leeg(&self) -> bool {
        self.allebei.is_empty() && self.alleen_anderen.is_empty() && self.alleen_ik.is_empty()
    }
}

/// The whole picture, in words. Never a score: who said what, nothing counted up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Beeld {
    pub kwaliteiten: Vergelijking,
    pub energie: Vergelijking,
    /// What others say the candidate is good at, and who said it.
    pub goed_in: Vec<Genoemd>,
    /// (label, message)
    pub boodschappen: Vec<(String, String)>,
}

fn item_gelijk(a: &Item, b: &Item) -> bool {
    match (a, b) {
        (Item::Optie(x), Item::Optie(y)) => x == y,
        (Item::Woord(x), Item::Woord(y)) => zelfde(x, y),
        _ => false,
    }
}

fn voeg_toe(lijst: &mut Vec<Genoemd>, item: Item, door: &str) {
    match lijst.iter_mut().find(|g| item_gelijk(&g.item, &item)) {
        Some(g) => {
            if !g.door.iter().any(|d| d == door) {
                g.door.push(door.to_string());
            }
        }
        None => lijst.push(Genoemd { item, door: vec![door.to_string()] }),
    }
}

/// Own items: option ids of a multiple-choice answer, then own words.
fn eigen_items(stand: Option<&ModuleStand>, keuzes: &str, woorden: &str) -> Vec<Item> {
    let mut uit = Vec::new();
    if let Some(Antwoord::Keuzes(ids)) = stand.and_then(|s| s.antwoorden.get(keuzes)) {
        uit.extend(ids.iter().map(|i| Item::Optie(i.clone())));
    }
    if let Some(Antwoord::Lijst(l)) = stand.and_then(|s| s.antwoorden.get(woorden)) {
        uit.extend(l.iter().map(|w| schoon_woord(w)).filter(|w| !w.is_empty()).map(Item::Woord));
    }
    uit
}

fn vergelijk(eigen: Vec<Item>, anderen: Vec<Genoemd>) -> Vergelijking {
    let mut v = Vergelijking::default();
    for g in anderen {
        if eigen.iter().any(|e| item_gelijk(e, &g.item)) {
            v.allebei.push(g);
        } else {
            v.alleen_anderen.push(g);
        }
    }
    // Named by more people first; otherwise in the order they were named.
    v.alleen_anderen.sort_by_key(|g| std::cmp::Reverse(g.door.len()));
    v.allebei.sort_by_key(|g| std::cmp::Reverse(g.door.len()));
    v.alleen_ik = eigen.into_iter().filter(|e| !v.allebei.iter().any(|g| item_gelijk(&g.item, e))).collect();
    v
}

/// The candidate's own answers to "wie ben ik" (`eigen`, when known) beside the kept replies.
pub fn beeld(eigen: Option<&ModuleStand>, antwoorden: &[KijkAntwoord]) -> Beeld {
    let mut kwaliteiten = Vec::new();
    let mut energie = Vec::new();
    let mut goed_in = Vec::new();
    let mut boodschappen = Vec::new();
    for a in antwoorden {
        let s = &a.spiegel;
        for id in &s.kwaliteiten {
            voeg_toe(&mut kwaliteiten, Item::Optie(id.clone()), &a.label);
        }
        for w in &s.kwaliteiten_woorden {
            voeg_toe(&mut kwaliteiten, Item::Woord(w.clone()), &a.label);
        }
        for id in &s.energie {
            voeg_toe(&mut energie, Item::Optie(id.clone()), &a.label);
        }
        for w in &s.goed_in {
            voeg_toe(&mut goed_in, Item::Woord(w.clone()), &a.label);
        }
        if !s.boodschap.is_empty() {
            boodschappen.push((a.label.clone(), s.boodschap.clone()));
        }
    }
    Beeld {
        kwaliteiten: vergelijk(eigen_items(eigen, EIGEN_KWALITEITEN, EIGEN_KWALITEITEN_WOORDEN), kwaliteiten),
        energie: vergelijk(eigen_items(eigen, EIGEN_ENERGIE, EIGEN_ENERGIE_WOORDEN), energie),
        goed_in,
        boodschappen,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
