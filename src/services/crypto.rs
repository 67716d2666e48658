//! All cryptography goes through the browser's WebCrypto (`crypto.subtle`):
//! PBKDF2-SHA-256 to turn a code or passphrase into a key, AES-GCM-256 to
//! encrypt and to check that nothing was changed. Nothing here is hand-written
//! crypto. Every call is fallible and never panics: without `crypto.subtle`
//! (an insecure origin or a very old browser) the caller gets
//! [`CryptoFout::NietBeschikbaar`] to word plainly.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::domain::deelpakket::{IV, SALT};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CryptoFout {
    /// No WebCrypto here (not https, or a very old browser).
    NietBeschikbaar,
    /// Decryption failed: a wrong code or passphrase, or changed data.
    Ontsleutelen,
    /// Anything else the browser refused.
    Mislukt,
}

fn crypto() -> Result<web_sys::Crypto, CryptoFout> {
    web_sys::window().and_then(|w| w.crypto().ok()).ok_or(CryptoFout::NietBeschikbaar)
}

fn subtle() -> Result<SubtleCrypto, CryptoFout> {
    let c = crypto()?;
    // `crypto.subtle` is `undefined` outside a secure context; check before use.
    let s = Reflect::get(&c, &JsValue::from_str("subtle")).map_err(|_| CryptoFout::NietBeschikbaar)?;
    if s.is_undefined() || s.is_null() {
        return Err(CryptoFout::NietBeschikbaar);
    }
    Ok(s.unchecked_into())
}

/// Whether encryption can work in this browser at all.
pub fn beschikbaar() -> bool {
    subtle().is_ok()
}

/// `n` bytes from the browser's cryptographic random generator.
pub fn willekeurig(n: usize) -> Result<Vec<u8>, CryptoFout> {
    let mut bytes = vec![0u8; n];
    crypto()?.get_random_values_with_u8_array(&mut bytes).map_err(|_| CryptoFout::NietBeschikbaar)?;
    Ok(bytes)
}

pub fn willekeurige_salt_en_iv() -> Result<([u8; SALT], [u8; IV]), CryptoFout> {
    let bytes = willekeurig(SALT + IV)?;
    let mut salt = [0u8; SALT];
    let mut iv = [0u8; IV];
    salt.copy_from_slice(&bytes[..SALT]);
    iv.copy_from_slice(&bytes[SALT..]);
    Ok((salt, iv))
}

fn obj(paren: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in paren {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

async fn wacht(p: Result<js_sys::Promise, JsValue>, fout: CryptoFout) -> Result<JsValue, CryptoFout> {
    JsFuture::from(p.map_err(|_| fout)?).await.map_err(|_| fout)
}

/// Unicode NFC, so the same passphrase typed on two devices gives one key.
fn nfc(geheim: &str) -> String {
    js_sys::JsString::from(geheim).normalize("NFC").as_string().unwrap_or_else(|| geheim.into())
}

/// An AES-GCM-256 key from a code or passphrase: PBKDF2-SHA-256 with `salt`.
pub async fn sleutel(geheim: &str, salt: &[u8], iteraties: u32) -> Result<CryptoKey, CryptoFout> {
    let subtle = subtle()?;
    let ruw = Uint8Array::from(nfc(geheim).as_bytes());
    let gebruik = Array::of1(&JsValue::from_str("deriveKey"));
    let basis = wacht(subtle.import_key_with_str("raw", &ruw, "PBKDF2", false, &gebruik), CryptoFout::Mislukt).await?;
    let basis: CryptoKey = basis.dyn_into().map_err(|_| CryptoFout::Mislukt)?;
    let algoritme = obj(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("iterations", iteraties.into()),
        ("salt", Uint8Array::from(salt).into()),
    ]);
    let soort = obj(&[("name", "AES-GCM".into()), ("length", 256u32.into())]);
    let gebruik = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let sleutel = wacht(
        subtle.derive_key_with_object_and_object(&algoritme, &basis, &soort, false, &gebruik),
        CryptoFout::Mislukt,
    )
    .await?;
    sleutel.dyn_into().map_err(|_| CryptoFout::Mislukt)
}

fn gcm(iv: &[u8]) -> Object {
    obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(iv).into()), ("tagLength", 128u32.into())])
}

/// AES-GCM: ciphertext with its 16-byte tag at the end.
pub async fn versleutel(sleutel: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoFout> {
    let subtle = subtle()?;
    let uit = wacht(subtle.encrypt_with_object_and_u8_array(&gcm(iv), sleutel, data), CryptoFout::Mislukt).await?;
    Ok(Uint8Array::new(&uit).to_vec())
}

/// The plaintext, or [`CryptoFout::Ontsleutelen`] when the key does not fit or
/// anything was changed (the tag does not match).
pub async fn ontsleutel(sleutel: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoFout> {
    let subtle = subtle()?;
    let uit = wacht(subtle.decrypt_with_object_and_u8_array(&gcm(iv), sleutel, data), CryptoFout::Ontsleutelen).await?;
    Ok(Uint8Array::new(&uit).to_vec())
}

/// Encrypt with a fresh salt and iv: `(salt, iv, ciphertext)`.
pub async fn versleutel_met(
    geheim: &str,
    iteraties: u32,
    data: &[u8],
) -> Result<([u8; SALT], [u8; IV], Vec<u8>), CryptoFout> {
    let (salt, iv) = willekeurige_salt_en_iv()?;
    let k = sleutel(geheim, &salt, iteraties).await?;
    Ok((salt, iv, versleutel(&k, &iv, data).await?))
}

pub async fn ontsleutel_met(
    geheim: &str,
    iteraties: u32,
    salt: &[u8],
    iv: &[u8],
    data: &[u8],
) -> Result<Vec<u8>, CryptoFout> {
    let k = sleutel(geheim, salt, iteraties).await?;
    ontsleutel(&k, iv, data).await
}

/// A new share code (10 characters, see `deelpakket::code_uit`).
pub fn nieuwe_code() -> Result<String, CryptoFout> {
    for _ in 0..4 {
        if let Some(code) = crate::domain::deelpakket::code_uit(&willekeurig(32)?) {
            return Ok(code);
        }
    }
    Err(CryptoFout::Mislukt)
}

/// A new passphrase for a save file: words of `lijst` (see
/// `bewaarbestand::wachtwoord_uit`) picked with the browser's random generator.
pub fn nieuw_wachtwoord(lijst: &str) -> Result<String, CryptoFout> {
    let nodig = 2 * crate::domain::bewaarbestand::WOORDEN_PER_WACHTWOORD;
    for _ in 0..4 {
        if let Some(ww) = crate::domain::bewaarbestand::wachtwoord_uit(lijst, &willekeurig(4 * nodig)?) {
            return Ok(ww);
        }
    }
    Err(CryptoFout::Mislukt)
}

/// zlib of `data` by the browser's `CompressionStream("deflate")`, so the wasm
/// needs no compressor. Without that API (older engines) the data is wrapped
/// uncompressed: still valid zlib, only longer.
pub async fn comprimeer(data: &[u8]) -> Vec<u8> {
    match comprimeer_in_browser(data).await {
        Ok(bytes) => bytes,
        Err(_) => crate::domain::deelpakket::zlib_opgeslagen(data),
    }
}

fn methode(doel: &JsValue, naam: &str) -> Result<js_sys::Function, JsValue> {
    Reflect::get(doel, &JsValue::from_str(naam))?.dyn_into::<js_sys::Function>()
}

async fn comprimeer_in_browser(data: &[u8]) -> Result<Vec<u8>, JsValue> {
    let global = js_sys::global();
    let maak = |naam: &str, arg: &JsValue| -> Result<JsValue, JsValue> {
        let klasse = methode(&global, naam)?;
        Reflect::construct(&klasse, &Array::of1(arg))
    };
    let comprimeerder = maak("CompressionStream", &JsValue::from_str("deflate"))?;
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(data)))?;
    let stroom = methode(&blob, "stream")?.call0(&blob)?;
    let gecomprimeerd = methode(&stroom, "pipeThrough")?.call1(&stroom, &comprimeerder)?;
    let antwoord = maak("Response", &gecomprimeerd)?;
    let buffer = methode(&antwoord, "arrayBuffer")?.call0(&antwoord)?;
    let buffer = JsFuture::from(buffer.dyn_into::<js_sys::Promise>()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
