//! Sharing and save files, the browser's parts: a fresh code, compressing and
//! encrypting by WebCrypto, and trying a passphrase on a save file. The plain
//! parts (what goes in, the link, the file names) are `domain::delen` and
//! `domain::bewaarbestand`.

use std::future::Future;

use crate::domain::bewaarbestand::{self, Versleuteld};
use crate::domain::deelpakket::{self, Deelkeuze, Kader};
use crate::domain::delen::{self as plan, Link};
use crate::domain::dokument::Dokument;
use crate::domain::kijk::{Spiegel, Uitnodiging};
use crate::domain::taal::Taal;
use crate::services::crypto::{self, CryptoFout};

const APP_VERSIE: &str = env!("CARGO_PKG_VERSION");

/// Why no link could be started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartFout {
    /// Nothing chosen holds anything to share.
    Leeg,
    Crypto(CryptoFout),
}

/// Start making a link for what is chosen, to be opened at `app` (the coach's
/// entry). Says at once when there is nothing to share or no code; else gives
/// the work (compress, encrypt, frame) to await.
pub fn maak_link(
    dokument: &Dokument,
    keuze: &Deelkeuze,
    taal: Taal,
    app: String,
) -> Result<impl Future<Output = Result<Link, CryptoFout>>, StartFout> {
    let tekst = plan::klaartekst(dokument, keuze, taal, crate::services::klok::nu_ms()).ok_or(StartFout::Leeg)?;
    let code = crypto::nieuwe_code().map_err(StartFout::Crypto)?;
    Ok(versleutel(tekst, code, app, plan::link))
}

/// Start making the reply link to a trusted person's invitation. Says at once
/// when nothing was filled in or no id or code can be made; else gives the work.
pub fn maak_antwoordlink(
    uitnodiging: &Uitnodiging,
    van: &str,
    spiegel: &Spiegel,
    taal: Taal,
) -> Result<impl Future<Output = Result<Link, CryptoFout>>, AntwoordFout> {
    let id = crate::services::deelblad::nieuw_id().ok_or(AntwoordFout::GeenCrypto)?;
    let nu = crate::services::klok::nu_ms();
    let tekst = plan::antwoord_klaartekst(uitnodiging, id, van, spiegel, taal, nu).ok_or(AntwoordFout::Leeg)?;
    let code = crypto::nieuwe_code().map_err(|_| AntwoordFout::GeenCrypto)?;
    let app = crate::services::coach::app_basis();
    Ok(versleutel(tekst, code, app, plan::antwoord_link))
}

/// Why no reply link could be started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AntwoordFout {
    /// Nothing was filled in.
    Leeg,
    /// No random id or code here.
    GeenCrypto,
}

/// Compress, encrypt with `code`, frame and make the link at `app`: the shared
/// end of both links (one function, so the wasm holds it once).
async fn versleutel(
    tekst: Vec<u8>,
    code: String,
    app: String,
    link: fn(&str, &Kader, String) -> Link,
) -> Result<Link, CryptoFout> {
    let klaar = crypto::comprimeer(&tekst).await;
    let (salt, iv, geheim) = crypto::versleutel_met(&code, deelpakket::ITERATIES, &klaar).await?;
    Ok(link(&app, &Kader { salt, iv, geheim }, code))
}

/// A save file without a passphrase, made now.
pub fn open_bewaarbestand(dokument: &Dokument) -> String {
    bewaarbestand::maak_open(dokument, APP_VERSIE, &crate::services::klok::nu_iso())
}

/// A save file locked with a passphrase, made now.
pub async fn versleuteld_bewaarbestand(dokument: &Dokument, wachtwoord: &str) -> Result<String, CryptoFout> {
    let klaar = bewaarbestand::klaartekst(dokument);
    let (salt, iv, data) = crypto::versleutel_met(wachtwoord, bewaarbestand::ITERATIES, &klaar).await?;
    let v = Versleuteld { salt, iv, data, iteraties: bewaarbestand::ITERATIES };
    Ok(bewaarbestand::maak_versleuteld(&v, APP_VERSIE, &crate::services::klok::nu_iso()))
}

/// Open a locked save file, trying the passphrase as typed and its tidied forms
/// (`bewaarbestand::wachtwoordvormen`); a wrong passphrase gives `Ontsleutelen`.
pub async fn ontsleutel_bewaarbestand(v: &Versleuteld, wachtwoord: &str) -> Result<Vec<u8>, CryptoFout> {
    let mut geopend = Err(CryptoFout::Ontsleutelen);
    for vorm in bewaarbestand::wachtwoordvormen(wachtwoord) {
        geopend = crypto::ontsleutel_met(&vorm, v.iteraties, &v.salt, &v.iv, &v.data).await;
        if !matches!(geopend, Err(CryptoFout::Ontsleutelen)) {
            break;
        }
    }
    geopend
}

/// Open a shared package or a reply with the code given apart.
pub fn open_met_code<'a>(kader: &'a Kader, code: &'a str) -> impl Future<Output = Result<Vec<u8>, CryptoFout>> + 'a {
    crypto::ontsleutel_met(code, deelpakket::ITERATIES, &kader.salt, &kader.iv, &kader.geheim)
}
