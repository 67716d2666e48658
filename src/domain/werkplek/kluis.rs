//! The locked workspace (kluis): the frame the coach's workspace is kept in,
//! in storage and as an exported file. The same text serves both, so an
//! export is exactly what is stored, and an import is read like storage.
//!
//! `{"formaat": "spoorwijzer-werkplek", "versie": 1, "revisie": N,
//! "iteraties": 600000, "salt": "…", "iv": "…", "data": "…"}` (base64url).
//! `data` is the workspace's JSON ([`super::schrijf`]), encrypted with
//! AES-GCM-256 (the tag at its end) under a key from the passphrase by
//! PBKDF2-SHA-256 with `salt` and `iteraties`; both done by the browser's
//! WebCrypto (`services::crypto`), never here. The salt is random for each
//! passphrase set (a new workspace, an import); the iv is random for every
//! write. `revisie` is a plain copy of the workspace's own, only so that a tab
//! sees another tab wrote without decrypting; the one inside counts.

use crate::domain::base64url;
use crate::domain::bewaarbestand::MAX_ITERATIES;
use crate::domain::envelop::{IV, SALT, TAG};
use crate::domain::json::{Json, Velden};

pub const FORMAAT: &str = "spoorwijzer-werkplek";
pub const VERSIE: u32 = 1;
/// PBKDF2-SHA-256 rounds this version writes (OWASP's advice for 2023 on).
pub const ITERATIES: u32 = 600_000;
/// Fewer rounds in a frame are refused: a frame with fewer was changed.
pub const MIN_ITERATIES: u32 = ITERATIES;
/// A larger text is not read (a workspace of dozens of candidates is far below).
pub const MAX_TEKENS: usize = 8 * 1024 * 1024;
/// The passphrase's fewest characters (as for a save file).
pub const MIN_WACHTWOORD: usize = crate::domain::bewaarbestand::MIN_WACHTWOORD;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kluis {
    pub revisie: u64,
    pub iteraties: u32,
    pub salt: [u8; SALT],
    pub iv: [u8; IV],
    /// Ciphertext followed by the AES-GCM tag.
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KluisFout {
    /// Not a locked workspace (another file, or nothing readable).
    GeenKluis,
    TeGroot,
    /// Made by a newer Spoorwijzer.
    NieuwereVersie,
    /// A workspace frame, but changed or cut off.
    Beschadigd,
}

/// The frame's text.
pub fn maak(k: &Kluis) -> String {
    // base64url needs no escaping inside a JSON string.
    format!(
        "{{\"formaat\":\"{FORMAAT}\",\"versie\":{VERSIE},\"revisie\":{},\"iteraties\":{},\"salt\":\"{}\",\"iv\":\"{}\",\"data\":\"{}\"}}",
        k.revisie,
        k.iteraties,
        base64url::codeer(&k.salt),
        base64url::codeer(&k.iv),
        base64url::codeer(&k.data)
    )
}

fn vast<const N: usize>(tekst: &str) -> Result<[u8; N], KluisFout> {
    base64url::decodeer(tekst).ok().and_then(|b| <[u8; N]>::try_from(b).ok()).ok_or(KluisFout::Beschadigd)
}

/// Read a frame from storage or a file. Nothing is decrypted here.
pub fn lees(tekst: &str) -> Result<Kluis, KluisFout> {
    if tekst.len() > MAX_TEKENS {
        return Err(KluisFout::TeGroot);
    }
    let waarde = Json::lees(tekst.trim_start_matches('\u{feff}')).ok_or(KluisFout::GeenKluis)?;
    if waarde.get("formaat").and_then(Json::as_str) != Some(FORMAAT) {
        return Err(KluisFout::GeenKluis);
    }
    let mut v = Velden::van(waarde).ok_or(KluisFout::GeenKluis)?;
    let versie: u64 = v.moet("versie").ok_or(KluisFout::Beschadigd)?;
    if versie > u64::from(VERSIE) {
        return Err(KluisFout::NieuwereVersie);
    }
    if versie == 0 {
        return Err(KluisFout::Beschadigd);
    }
    let revisie = v.moet("revisie").ok_or(KluisFout::Beschadigd)?;
    let iteraties: u32 = v.moet("iteraties").ok_or(KluisFout::Beschadigd)?;
    if !(MIN_ITERATIES..=MAX_ITERATIES).contains(&iteraties) {
        return Err(KluisFout::Beschadigd);
    }
    let mut tekst = |k: &str| v.moet::<String>(k).ok_or(KluisFout::Beschadigd);
    let (salt, iv, data) = (tekst("salt")?, tekst("iv")?, tekst("data")?);
    let data = base64url::decodeer(&data).map_err(|_| KluisFout::Beschadigd)?;
    if data.len() < TAG {
        return Err(KluisFout::Beschadigd);
    }
    Ok(Kluis { revisie, iteraties, salt: vast(&salt)?, iv: vast(&iv)?, data })
}

/// The bytes that get encrypted.
pub fn klaartekst(w: &super::Werkplek) -> Vec<u8> {
    super::schrijf(w).into_bytes()
}

/// The workspace inside decrypted bytes.
pub fn lees_klaartekst(bytes: &[u8]) -> Result<super::Werkplek, super::LeesFout> {
    let tekst = std::str::from_utf8(bytes).map_err(|_| super::LeesFout::Beschadigd)?;
    super::lees(tekst)
}

/// Whether a passphrase may be set for a new workspace (as for a save file:
/// long enough, typed the same twice).
pub use crate::domain::bewaarbestand::{keur_wachtwoord, Wachtwoordstand};
