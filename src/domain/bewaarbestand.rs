//! The save file (bewaarbestand): everything on this device as one JSON file,
//! to keep somewhere safe and to load back, here or on another device.
//!
//! Open: `{"formaat": "spoorwijzer-bewaarbestand", "versie": 1, "app_versie",
//! "gemaakt_op", "dokument": {...}}`. With a passphrase the document is
//! replaced by `"versleuteld": {"salt", "iv", "data", "iteraties"}` (base64url;
//! AES-GCM with a key from PBKDF2-SHA-256, done by `services::crypto`). The
//! inner document always goes through [`Dokument::uit_json`], so an older
//! schema is migrated and a newer one refused.

use super::json::{Json, NaarJson, Velden};

use super::base64url;
use super::deelpakket::{IV, SALT, TAG};
use super::dokument::{Dokument, LeesFout};

pub const FORMAAT: &str = "spoorwijzer-bewaarbestand";
pub const VERSIE: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// PBKDF2 rounds this version writes (the same as for a share code).
pub const ITERATIES: u32 = super::deelpakket::ITERATIES;
/// Rounds read from a file are used only within this range: fewer would make
/// guessing cheap, more would freeze the page.
pub const MIN_ITERATIES: u32 = 100_000;
pub const MAX_ITERATIES: u32 = 2_000_000;

/// The fewest characters of a passphrase for a new file. Only for making one:
/// a file made with a shorter passphrase (8 was the minimum before) still
/// opens with it.
pub const MIN_WACHTWOORD: usize = 12;
/// Words in a passphrase the app makes: with 512 words a list, 45 bits, about
/// as hard to guess as a share code (10 characters of 31, 49 bits), and a
/// phrase a person can write down without a mistake.
pub const WOORDEN_PER_WACHTWOORD: usize = 5;

/// How far a new passphrase is, as the person types it twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wachtwoordstand {
    /// Nothing typed yet.
    Leeg,
    /// This many characters more and it is long enough.
    TeKort {
        nog: usize,
    },
    /// Long enough; not typed the second time yet.
    Herhalen,
    /// The second time differs.
    Anders,
    Goed,
}

/// The rule for a new file's passphrase: at least [`MIN_WACHTWOORD`]
/// characters (as typed: a letter with an accent or an emoji is one), typed
/// the same twice.
pub fn keur_wachtwoord(wachtwoord: &str, herhaald: &str) -> Wachtwoordstand {
    let lengte = wachtwoord.chars().count();
    if lengte == 0 {
        Wachtwoordstand::Leeg
    } else if lengte < MIN_WACHTWOORD {
        Wachtwoordstand::TeKort { nog: MIN_WACHTWOORD - lengte }
    } else if herhaald.is_empty() {
        Wachtwoordstand::Herhalen
    } else if herhaald != wachtwoord {
        Wachtwoordstand::Anders
    } else {
        Wachtwoordstand::Goed
    }
}

/// A passphrase of [`WOORDEN_PER_WACHTWOORD`] different words from `lijst`
/// (words separated by spaces), with a space between them: written down the
/// way people write words, and on a screen it wraps between words, never at a
/// character that might or might not belong to it (see [`wachtwoordvormen`]
/// for a stray space when it is typed back). Two random bytes pick a word; a
/// value that would make some words likelier is skipped, and so is a word
/// already picked (a word twice looks like a mistake; with 512 words this
/// costs less than 0.1 bit). `None` when there were not enough usable bytes:
/// ask for more.
pub fn wachtwoord_uit(lijst: &str, willekeur: &[u8]) -> Option<String> {
    let woorden: Vec<&str> = lijst.split_whitespace().collect();
    let n = u32::try_from(woorden.len()).ok().filter(|n| (1..=65536).contains(n))?;
    // The largest multiple of n up to 65536: values from there on are skipped.
    let grens = 65536 - 65536 % n;
    let mut gekozen: Vec<&str> = Vec::with_capacity(WOORDEN_PER_WACHTWOORD);
    for b in willekeur.chunks_exact(2) {
        let v = u32::from(u16::from_be_bytes([b[0], b[1]]));
        let woord = woorden[(v % n) as usize];
        if v < grens && !gekozen.contains(&woord) {
            gekozen.push(woord);
            if gekozen.len() == WOORDEN_PER_WACHTWOORD {
                return Some(gekozen.join(" "));
            }
        }
    }
    None
}

/// The passphrases to try when a file is opened, in order: exactly as typed
/// (so every older file opens with what it was made with), then, if that is
/// different, without spaces at either end and with one space wherever there
/// were more: a tired person typing five words back may add a space.
pub fn wachtwoordvormen(getypt: &str) -> Vec<String> {
    let netjes = getypt.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut vormen = vec![getypt.to_string()];
    if netjes != getypt && !netjes.is_empty() {
        vormen.push(netjes);
    }
    vormen
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BestandFout {
    TeGroot,
    GeenJson,
    /// JSON, but not a Spoorwijzer save file.
    GeenBewaarbestand,
    /// Made by a newer Spoorwijzer: not guessed at.
    NieuwereVersie,
    /// Damaged or changed: fields missing or of the wrong kind.
    Beschadigd,
}

/// The encrypted document and what is needed to open it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versleuteld {
    pub salt: [u8; SALT],
    pub iv: [u8; IV],
    /// Ciphertext followed by the AES-GCM tag.
    pub data: Vec<u8>,
    pub iteraties: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inhoud {
    Open(Box<Dokument>),
    Versleuteld(Versleuteld),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Gelezen {
    pub app_versie: String,
    pub gemaakt_op: String,
    pub inhoud: Inhoud,
}

/// The file's JSON, written by hand around JSON made elsewhere: a second
/// serializer for the whole document would cost wasm for nothing.
fn envelop(app_versie: &str, gemaakt_op: &str, sleutel: &str, inhoud_json: &str) -> String {
    let s = |t: &str| t.naar().schrijf();
    format!(
        "{{\n  \"formaat\": {},\n  \"versie\": {VERSIE},\n  \"app_versie\": {},\n  \"gemaakt_op\": {},\n  \"{sleutel}\": {inhoud_json}\n}}\n",
        s(FORMAAT),
        s(app_versie),
        s(gemaakt_op)
    )
}

/// A readable file with the whole document.
pub fn maak_open(dokument: &Dokument, app_versie: &str, gemaakt_op: &str) -> String {
    envelop(app_versie, gemaakt_op, "dokument", &dokument.naar_json())
}

/// The bytes that get encrypted for a file with a passphrase.
pub fn klaartekst(dokument: &Dokument) -> Vec<u8> {
    dokument.naar_json().into_bytes()
}

pub fn maak_versleuteld(v: &Versleuteld, app_versie: &str, gemaakt_op: &str) -> String {
    // base64url needs no escaping inside a JSON string.
    let json = format!(
        "{{\"salt\": \"{}\", \"iv\": \"{}\", \"iteraties\": {}, \"data\": \"{}\"}}",
        base64url::codeer(&v.salt),
        base64url::codeer(&v.iv),
        v.iteraties,
        base64url::codeer(&v.data)
    );
    envelop(app_versie, gemaakt_op, "versleuteld", &json)
}

fn lees_fout(f: LeesFout) -> BestandFout {
    match f {
        LeesFout::NieuwereVersie(_) => BestandFout::NieuwereVersie,
        LeesFout::GeenJson | LeesFout::GeenDokument | LeesFout::Beschadigd => BestandFout::Beschadigd,
    }
}

fn vast<const N: usize>(tekst: &str) -> Result<[u8; N], BestandFout> {
    base64url::decodeer(tekst).ok().and_then(|b| <[u8; N]>::try_from(b).ok()).ok_or(BestandFout::Beschadigd)
}

/// Read a file's text. Nothing is changed here: the caller shows a preview first.
pub fn lees(tekst: &str) -> Result<Gelezen, BestandFout> {
    if tekst.len() > MAX_BYTES {
        return Err(BestandFout::TeGroot);
    }
    let tekst = tekst.trim_start_matches('\u{feff}');
    // Taken apart rather than borrowed: the document inside is handed on, not copied.
    let Json::Object(mut obj) = Json::lees(tekst).ok_or(BestandFout::GeenJson)? else {
        return Err(BestandFout::GeenBewaarbestand);
    };
    if obj.get("formaat").is_none() && obj.contains_key("schema") {
        // A backup downloaded from #/privacy or a notice: the bare stored document.
        let dokument = super::dokument::migreer(Json::Object(obj)).map_err(lees_fout)?;
        return Ok(Gelezen {
            app_versie: String::new(),
            gemaakt_op: String::new(),
            inhoud: Inhoud::Open(Box::new(dokument)),
        });
    }
    if obj.get("formaat").and_then(Json::as_str) != Some(FORMAAT) {
        return Err(BestandFout::GeenBewaarbestand);
    }
    let versie = obj.get("versie").and_then(Json::as_u64).ok_or(BestandFout::Beschadigd)?;
    if versie > u64::from(VERSIE) {
        return Err(BestandFout::NieuwereVersie);
    }
    if versie == 0 {
        return Err(BestandFout::Beschadigd);
    }
    let tekst_veld = |k: &str| obj.get(k).and_then(Json::as_str).unwrap_or_default().chars().take(40).collect();
    let app_versie = tekst_veld("app_versie");
    let gemaakt_op = tekst_veld("gemaakt_op");
    let inhoud = match (obj.neem("dokument"), obj.neem("versleuteld")) {
        (Some(dok), None) => Inhoud::Open(Box::new(super::dokument::migreer(dok).map_err(lees_fout)?)),
        (None, Some(v)) => {
            let mut v = Velden::van(v).ok_or(BestandFout::Beschadigd)?;
            let mut tekst = |k: &str| v.moet::<String>(k).ok_or(BestandFout::Beschadigd);
            let (salt, iv, data) = (tekst("salt")?, tekst("iv")?, tekst("data")?);
            let iteraties: u32 = v.moet("iteraties").ok_or(BestandFout::Beschadigd)?;
            if !(MIN_ITERATIES..=MAX_ITERATIES).contains(&iteraties) {
                return Err(BestandFout::Beschadigd);
            }
            let data = base64url::decodeer(&data).map_err(|_| BestandFout::Beschadigd)?;
            if data.len() < TAG {
                return Err(BestandFout::Beschadigd);
            }
            Inhoud::Versleuteld(Versleuteld { salt: vast(&salt)?, iv: vast(&iv)?, data, iteraties })
        }
        _ => return Err(BestandFout::Beschadigd),
    };
    Ok(Gelezen { app_versie, gemaakt_op, inhoud })
}

/// The document inside decrypted bytes.
pub fn lees_klaartekst(bytes: &[u8]) -> Result<Dokument, BestandFout> {
    let tekst = std::str::from_utf8(bytes).map_err(|_| BestandFout::Beschadigd)?;
    Dokument::uit_json(tekst).map_err(lees_fout)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_downloaded_backup_the_bare_stored_document_is_read_as_an_open_file() {
        let mut doc = dokument();
        doc.doe(&Actie::ZetTaal(Taal::Nl), "t", 5.0);
        let gelezen = lees(&doc.naar_json()).expect("a backup is a document");
        assert_eq!(gelezen.inhoud, Inhoud::Open(Box::new(doc)));
        assert_eq!(lees(r#"{"schema":999,"revisie":1}"#), Err(BestandFout::NieuwereVersie));
        assert_eq!(lees(r#"{"schema":"x","revisie":1}"#), Err(BestandFout::Beschadigd));
    }
    use crate::domain::antwoorden::Antwoord;
    use crate::domain::dokument::Actie;
    use crate::domain::taal::Taal;
    use proptest::prelude::*;
    use serde_json::Value;

    fn dokument() -> Dokument {
        let mut doc = Dokument::default();
        doc.pas_toe(&Actie::ZetTaal(Taal::En));
        doc.pas_toe(&Actie::Beantwoord {
            module: "zorgen".into(),
            vraag: "zor.gesprek".into(),
            antwoord: Some(Antwoord::Tekst("\"quotes\" <b>en</b> ü\n".into())),
        });
        doc.pas_toe(&Actie::RondAf { module: "zorgen".into(), op_ms: 12.0 });
        doc.tijdlijn.eerste_ziektedag = "2026-01-05".into();
        doc.nieuwe_revisie(3, 99.0);
        doc
    }

    #[test]
    fn an_open_file_round_trips_with_its_framing() {
        let doc = dokument();
        let tekst = maak_open(&doc, "0.1.0", "2026-11-23T10:00:00.000Z");
        let waarde: Value = serde_json::from_str(&tekst).unwrap();
        assert_eq!(waarde["formaat"], FORMAAT);
        assert_eq!(waarde["versie"], 1);
        assert_eq!(waarde["app_versie"], "0.1.0");
        let gelezen = lees(&tekst).unwrap();
        assert_eq!(gelezen.gemaakt_op, "2026-11-23T10:00:00.000Z");
        assert_eq!(gelezen.inhoud, Inhoud::Open(Box::new(doc)));
        // A byte-order mark from an editor does not matter.
        assert!(lees(&format!("\u{feff}{tekst}")).is_ok());
    }

    #[test]
    fn an_encrypted_file_keeps_salt_iv_data_and_rounds() {
        let v = Versleuteld { salt: [1; SALT], iv: [2; IV], data: vec![3; 40], iteraties: ITERATIES };
        let tekst = maak_versleuteld(&v, "0.1.0", "2026-11-23");
        assert!(!tekst.contains("dokument"));
        assert_eq!(lees(&tekst).unwrap().inhoud, Inhoud::Versleuteld(v));
        // What gets encrypted reads back as the same document.
        let doc = dokument();
        assert_eq!(lees_klaartekst(&klaartekst(&doc)), Ok(doc));
        assert_eq!(lees_klaartekst(&[0xff, 0xfe]), Err(BestandFout::Beschadigd));
    }

    fn met(veld: &str, waarde: Value) -> String {
        let mut w: Value = serde_json::from_str(&maak_open(&dokument(), "0.1.0", "x")).unwrap();
        w[veld] = waarde;
        w.to_string()
    }

    #[test]
    fn bad_files_are_refused_with_their_own_reason() {
        assert_eq!(lees("dit is geen json"), Err(BestandFout::GeenJson));
        assert_eq!(lees(""), Err(BestandFout::GeenJson));
        assert_eq!(lees("[1]"), Err(BestandFout::GeenBewaarbestand));
        assert_eq!(lees(&met("formaat", "iets-anders".into())), Err(BestandFout::GeenBewaarbestand));
        assert_eq!(lees(&met("versie", 2.into())), Err(BestandFout::NieuwereVersie));
        assert_eq!(lees(&met("versie", 0.into())), Err(BestandFout::Beschadigd));
        assert_eq!(lees(&met("versie", "een".into())), Err(BestandFout::Beschadigd));
        assert_eq!(lees(&met("dokument", serde_json::json!({"schema": 99}))), Err(BestandFout::NieuwereVersie));
        assert_eq!(
            lees(&met("dokument", serde_json::json!({"schema": 1, "revisie": "x"}))),
            Err(BestandFout::Beschadigd)
        );
        assert_eq!(lees(&met("dokument", Value::Null)), Err(BestandFout::Beschadigd));
    }

    #[test]
    fn a_changed_encrypted_frame_is_refused() {
        let goed = serde_json::json!({"salt": base64url::codeer(&[1; SALT]), "iv": base64url::codeer(&[2; IV]),
            "data": base64url::codeer(&[3; 40]), "iteraties": ITERATIES});
        let zet = |k: &str, w: Value| {
            let mut v = goed.clone();
            v[k] = w;
            let mut file: Value = serde_json::from_str(&met("versleuteld", v)).unwrap();
            file.as_object_mut().unwrap().remove("dokument");
            lees(&file.to_string())
        };
        assert!(zet("salt", goed["salt"].clone()).is_ok());
        assert_eq!(zet("salt", base64url::codeer(&[1; 15]).into()), Err(BestandFout::Beschadigd));
        assert_eq!(zet("iv", "!!".into()), Err(BestandFout::Beschadigd));
        assert_eq!(zet("data", base64url::codeer(&[3; 5]).into()), Err(BestandFout::Beschadigd));
        assert_eq!(zet("iteraties", 1000.into()), Err(BestandFout::Beschadigd));
        assert_eq!(zet("iteraties", 50_000_000.into()), Err(BestandFout::Beschadigd));
        // Both a document and an encrypted one: which one is meant is unclear.
        assert_eq!(lees(&met("versleuteld", goed.clone())), Err(BestandFout::Beschadigd));
    }

    #[test]
    fn an_older_save_file_with_energy_percentages_reads_as_levels() {
        let oud = serde_json::json!({"schema": 1, "revisie": 2, "modules": {"energie": {"antwoorden": {
            "ene.verdeling": {"soort": "verdeling", "waarde": {"herstel": 60, "thuis": 20, "overig": 5}}}}}});
        let niveaus = Antwoord::Verdeling(
            [("herstel", 3u8), ("thuis", 2), ("overig", 1)].map(|(k, v)| (k.to_string(), v)).into(),
        );
        let open =
            format!(r#"{{"formaat":"{FORMAAT}","versie":1,"app_versie":"0.1.0","gemaakt_op":"x","dokument":{oud}}}"#);
        let Inhoud::Open(doc) = lees(&open).unwrap().inhoud else { panic!("an open file") };
        assert_eq!(doc.schema, crate::domain::dokument::SCHEMA);
        assert_eq!(doc.modules["energie"].antwoorden["ene.verdeling"], niveaus);
        // The same inside a file with a passphrase, once decrypted.
        let doc = lees_klaartekst(oud.to_string().as_bytes()).unwrap();
        assert_eq!(doc.modules["energie"].antwoorden["ene.verdeling"], niveaus);
    }

    #[test]
    fn a_file_over_the_limit_is_refused_unread() {
        let groot = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_BYTES));
        assert_eq!(lees(&groot), Err(BestandFout::TeGroot));
    }

    #[test]
    fn flipped_bytes_in_an_open_file_never_panic_the_reader() {
        // An open file has no seal: a change either fails to read, or reads as
        // a valid document that the preview shows before anything is applied.
        let tekst = maak_open(&dokument(), "0.1.0", "x");
        for i in (0..tekst.len()).step_by(7) {
            let mut bytes = tekst.clone().into_bytes();
            bytes[i] ^= 0x20;
            if let Ok(t) = String::from_utf8(bytes) {
                let _ = lees(&t);
            }
        }
    }

    #[test]
    fn a_new_passphrase_needs_twelve_characters_typed_the_same_twice() {
        use Wachtwoordstand::*;
        assert_eq!(keur_wachtwoord("", ""), Leeg);
        assert_eq!(keur_wachtwoord("kort", ""), TeKort { nog: 8 });
        assert_eq!(keur_wachtwoord("paardbatter", "paardbatter"), TeKort { nog: 1 }, "11 is not enough");
        assert_eq!(keur_wachtwoord("paardbatteri", ""), Herhalen, "12 is");
        assert_eq!(keur_wachtwoord("paardbatteri", "paardbatter"), Anders);
        assert_eq!(keur_wachtwoord("paardbatteri", "paardbatteri"), Goed);
        // Characters, not bytes: eleven accented letters and an emoji are twelve.
        let ww = "ééééééééééé\u{1F600}";
        assert_eq!((ww.chars().count(), ww.len()), (12, 26));
        assert_eq!(keur_wachtwoord(ww, ww), Goed);
        assert_eq!(keur_wachtwoord(&ww[..ww.len() - 4], ""), TeKort { nog: 1 });
        // The old minimum of 8 is not enough for a new file.
        assert_eq!(keur_wachtwoord("acht8888", "acht8888"), TeKort { nog: 4 });
    }

    const LIJST: &str = "appel peer banaan druif kers";

    #[test]
    fn a_made_passphrase_is_five_words_of_the_list() {
        let ww = wachtwoord_uit(LIJST, &[0, 0, 0, 1, 0, 2, 0, 3, 0, 4]).unwrap();
        assert_eq!(ww, "appel peer banaan druif kers");
        // 65536 - 65536 % 5 = 65535: the one value that would favour a word (65535) is skipped.
        assert_eq!(wachtwoord_uit(LIJST, &[255, 255, 0, 0, 0, 0, 0, 0, 0, 0]), None, "not enough usable bytes");
        // A word already picked is skipped too: never the same word twice.
        assert_eq!(
            wachtwoord_uit(LIJST, &[255, 255, 0, 9, 0, 0, 0, 5, 0, 1, 0, 7, 0, 2, 0, 8]).unwrap(),
            "kers appel peer banaan druif"
        );
        assert_eq!(wachtwoord_uit(LIJST, &[0, 0, 0, 5, 0, 1, 0, 2, 0, 3, 0, 0]), None, "only four different words");
        assert_eq!(wachtwoord_uit("", &[0; 10]), None);
    }

    #[test]
    fn opening_tries_the_passphrase_as_typed_first_then_with_tidy_spaces() {
        assert_eq!(wachtwoordvormen("appel peer banaan"), ["appel peer banaan"]);
        assert_eq!(wachtwoordvormen(" appel  peer\tbanaan "), [" appel  peer\tbanaan ", "appel peer banaan"]);
        // An older file's passphrase is tried exactly as typed, first: short, odd spaces and all.
        assert_eq!(wachtwoordvormen("acht 888")[0], "acht 888");
        assert_eq!(wachtwoordvormen("   "), ["   "]);
    }

    proptest! {
        #[test]
        fn every_made_passphrase_passes_the_rule(
            taal in prop::sample::select(vec![crate::domain::taal::Taal::Nl, crate::domain::taal::Taal::En]),
            // Twice the bytes five words need: a picked word is skipped when it comes again.
            willekeur in proptest::collection::vec(any::<u8>(), 20..40),
        ) {
            let lijst = crate::content::wachtwoordwoorden::voor(taal);
            let ww = wachtwoord_uit(lijst, &willekeur).unwrap();
            prop_assert_eq!(keur_wachtwoord(&ww, &ww), Wachtwoordstand::Goed);
            let woorden: Vec<&str> = ww.split(' ').collect();
            prop_assert_eq!(woorden.len(), WOORDEN_PER_WACHTWOORD);
            prop_assert!(woorden.iter().all(|w| lijst.split_whitespace().any(|l| l == *w)));
            prop_assert_eq!(woorden.iter().collect::<std::collections::BTreeSet<_>>().len(), WOORDEN_PER_WACHTWOORD, "a word twice");
        }

        #[test]
        fn every_word_is_equally_likely(eerste in 0u16..=u16::MAX) {
            // With 512 words no value is skipped and each word is hit by exactly 128 values.
            let lijst = crate::content::wachtwoordwoorden::voor(crate::domain::taal::Taal::Nl);
            let woorden: Vec<&str> = lijst.split_whitespace().collect();
            let mut willekeur = eerste.to_be_bytes().to_vec();
            for k in 1..5u16 {
                willekeur.extend_from_slice(&((eerste % 512 + k) % 512).to_be_bytes());
            }
            let ww = wachtwoord_uit(lijst, &willekeur).unwrap();
            prop_assert_eq!(ww.split(' ').next().unwrap(), woorden[usize::from(eerste) % 512]);
        }

        #[test]
        fn random_text_never_panics_the_file_reader(tekst in ".{0,300}") {
            let _ = lees(&tekst);
        }

        #[test]
        fn random_bytes_never_panic_the_decrypted_reader(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = lees_klaartekst(&bytes);
        }

        #[test]
        fn random_envelopes_never_panic(
            versie in 0u64..4, iteraties in any::<u32>(), salt in "[A-Za-z0-9_-]{0,30}", data in ".{0,40}",
            dok in r#"(null|\{\}|\{"schema":[0-9]{1,3}\}|\{"taal":"en"\}|"x"|\[\])"#,
        ) {
            let a = format!(r#"{{"formaat":"{FORMAAT}","versie":{versie},"versleuteld":{{"salt":"{salt}","iv":"{salt}","data":{},"iteraties":{iteraties}}}}}"#, serde_json::to_string(&data).unwrap());
            let _ = lees(&a);
            let b = format!(r#"{{"formaat":"{FORMAAT}","versie":{versie},"dokument":{dok}}}"#);
            let _ = lees(&b);
        }
    }
}
