//! The coach's workspace in the browser (issue 28): kept only encrypted, under
//! a key of its own ([`SLEUTEL`]), never mixed with the candidate's document.
//! The key does not start with `spoorwijzer.`, the prefix the candidate's
//! "Wis al mijn gegevens" removes (`domain::bewaren::wis_alles`), so that wipe
//! leaves the workspace; deleting the workspace removes only this key.
//!
//! Unlocked per visit: the AES-GCM key, made by WebCrypto from the passphrase
//! (PBKDF2-SHA-256, 600,000 rounds, `services::crypto::sleutel`, not
//! extractable), and the decrypted workspace live only in this tab's memory.
//! The passphrase itself is not kept. After 15 minutes without use, or on
//! request, both are dropped. Every write uses a fresh random iv.
//!
//! Two tabs: each write first reads the stored frame. When another tab wrote
//! since this one looked (its `revisie`), this tab decrypts that, applies its
//! own change on top, and says so; nothing is dropped silently. A storage
//! event from another tab brings this tab up to date the same way.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use web_sys::CryptoKey;

use crate::domain::bewaren::Sleutelopslag;
use crate::domain::envelop::{IV, SALT};
use crate::domain::werkplek::kluis::{self, Kluis, KluisFout};
use crate::domain::werkplek::{Actie, Contactregel, Gedeeld, Werkplek};
use crate::services::crypto::{self, CryptoFout};
use crate::services::opslag::LokaleOpslag;

/// The workspace's own storage key.
pub const SLEUTEL: &str = "spoorwijzer-werkplek";
/// Locked after this long without use.
pub const VERGRENDEL_NA_MS: f64 = 15.0 * 60_000.0;
/// How often the lock checks the time.
const KIJK_ELKE_MS: u32 = 5_000;

/// What the page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Stand {
    /// No browser to ask (a page rendered natively, the first screen before the app runs).
    Onbekend,
    /// No workspace on this device yet.
    Geen,
    /// Locked: the passphrase is asked.
    Dicht,
    /// Stored, but not readable by this version (damaged, or newer).
    Kapot(KluisFout),
    Open(Rc<Werkplek>),
}

/// Something to tell the coach once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Melding {
    /// Locked after 15 minutes without use.
    NaTijd,
    /// Another tab changed it too: both changes kept.
    AnderTabblad,
    /// Another tab replaced or deleted it: locked, the last change not kept.
    AnderTabbladSlot,
    /// A write failed: nothing changed.
    Mislukt,
}

#[derive(Clone)]
struct Sessie {
    sleutel: CryptoKey,
    salt: [u8; SALT],
    iteraties: u32,
    werkplek: Rc<Werkplek>,
}

/// Who is told of changes: an id (for [`stop`]) and what to call.
type Luisteraars = Vec<(u32, Rc<dyn Fn()>)>;

thread_local! {
    static SESSIE: RefCell<Option<Sessie>> = const { RefCell::new(None) };
    static LAATST: Cell<f64> = const { Cell::new(0.0) };
    static MELDING: Cell<Option<Melding>> = const { Cell::new(None) };
    static LUISTERAARS: RefCell<Luisteraars> = const { RefCell::new(Vec::new()) };
    static VOLGNUMMER: Cell<u32> = const { Cell::new(0) };
    static WACHTRIJ: RefCell<VecDeque<Actie>> = const { RefCell::new(VecDeque::new()) };
    static BEZIG: Cell<bool> = const { Cell::new(false) };
    static DOORGEGEVEN: RefCell<Option<crate::domain::deelpakket::DeelInhoud>> = const { RefCell::new(None) };
}

/// A share opened on the shared view, handed to "Mijn kandidaten" to keep
/// (in memory only, within this tab and visit).
pub fn geef_door(inhoud: crate::domain::deelpakket::DeelInhoud) {
    DOORGEGEVEN.with(|d| *d.borrow_mut() = Some(inhoud));
}

pub fn neem_doorgegeven() -> Option<crate::domain::deelpakket::DeelInhoud> {
    DOORGEGEVEN.with(|d| d.borrow_mut().take())
}

fn nu() -> f64 {
    crate::services::klok::nu_ms()
}

fn seintje() {
    let alle: Vec<Rc<dyn Fn()>> = LUISTERAARS.with(|l| l.borrow().iter().map(|(_, f)| f.clone()).collect());
    for f in alle {
        f();
    }
}

/// Be told of every change (a write, a lock, another tab). Returns an id for [`stop`].
pub fn luister(f: impl Fn() + 'static) -> u32 {
    let id = VOLGNUMMER.with(|v| {
        v.set(v.get() + 1);
        v.get()
    });
    LUISTERAARS.with(|l| l.borrow_mut().push((id, Rc::new(f))));
    id
}

pub fn stop(id: u32) {
    LUISTERAARS.with(|l| l.borrow_mut().retain(|(i, _)| *i != id));
}

/// The notice to show, taken once.
pub fn neem_melding() -> Option<Melding> {
    MELDING.with(Cell::take)
}

fn meld(m: Melding) {
    MELDING.with(|c| c.set(Some(m)));
}

fn opgeslagen_tekst() -> Option<String> {
    crate::services::window()?;
    LokaleOpslag::open().lees(SLEUTEL).ok().flatten()
}

fn opgeslagen() -> Option<Result<Kluis, KluisFout>> {
    opgeslagen_tekst().map(|t| kluis::lees(&t))
}

/// Note use (a key or a tap), which puts the lock off.
pub fn gebruikt() {
    LAATST.with(|l| l.set(nu()));
}

fn verlopen() -> bool {
    nu() - LAATST.with(Cell::get) >= VERGRENDEL_NA_MS
}

/// Lock: drop the key and the workspace from memory.
pub fn vergrendel() {
    let was_open = SESSIE.with(|s| s.borrow_mut().take()).is_some();
    WACHTRIJ.with(|w| w.borrow_mut().clear());
    if was_open {
        seintje();
    }
}

/// Where the workspace is now. Locks first when 15 minutes passed unseen.
pub fn stand() -> Stand {
    if crate::services::window().is_none() {
        return Stand::Onbekend;
    }
    if SESSIE.with(|s| s.borrow().is_some()) && verlopen() {
        vergrendel();
        meld(Melding::NaTijd);
    }
    if let Some(s) = SESSIE.with(|s| s.borrow().clone()) {
        return Stand::Open(s.werkplek);
    }
    match opgeslagen() {
        None => Stand::Geen,
        Some(Ok(_)) => Stand::Dicht,
        Some(Err(f)) => Stand::Kapot(f),
    }
}

async fn versleutel(sessie: &Sessie, w: &Werkplek) -> Result<String, CryptoFout> {
    let iv_bytes = crypto::willekeurig(IV)?;
    let mut iv = [0u8; IV];
    iv.copy_from_slice(&iv_bytes);
    let data = crypto::versleutel(&sessie.sleutel, &iv, &kluis::klaartekst(w)).await?;
    Ok(kluis::maak(&Kluis { revisie: w.revisie, iteraties: sessie.iteraties, salt: sessie.salt, iv, data }))
}

async fn ontsleutel(sleutel: &CryptoKey, k: &Kluis) -> Result<Werkplek, CryptoFout> {
    let klaar = crypto::ontsleutel(sleutel, &k.iv, &k.data).await?;
    kluis::lees_klaartekst(&klaar).map_err(|_| CryptoFout::Ontsleutelen)
}

fn schrijf(tekst: &str) -> Result<(), CryptoFout> {
    LokaleOpslag::open().schrijf(SLEUTEL, tekst).map_err(|_| CryptoFout::Mislukt)
}

/// Make a new, empty workspace locked with `wachtwoord`, and open it.
pub async fn maak(wachtwoord: &str) -> Result<(), CryptoFout> {
    let (salt, _) = crypto::willekeurige_salt_en_iv()?;
    let sleutel = crypto::sleutel(wachtwoord, &salt, kluis::ITERATIES).await?;
    let sessie = Sessie { sleutel, salt, iteraties: kluis::ITERATIES, werkplek: Rc::new(Werkplek::default()) };
    schrijf(&versleutel(&sessie, &sessie.werkplek).await?)?;
    gebruikt();
    SESSIE.with(|s| *s.borrow_mut() = Some(sessie));
    seintje();
    Ok(())
}

/// Why opening did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenFout {
    /// The passphrase does not fit: nothing changed.
    Wachtwoord,
    Kapot(KluisFout),
    Crypto(CryptoFout),
}

async fn sessie_uit(k: &Kluis, wachtwoord: &str) -> Result<Sessie, OpenFout> {
    let sleutel = crypto::sleutel(wachtwoord, &k.salt, k.iteraties).await.map_err(OpenFout::Crypto)?;
    let werkplek = ontsleutel(&sleutel, k).await.map_err(|f| match f {
        CryptoFout::Ontsleutelen => OpenFout::Wachtwoord,
        f => OpenFout::Crypto(f),
    })?;
    Ok(Sessie { sleutel, salt: k.salt, iteraties: k.iteraties, werkplek: Rc::new(werkplek) })
}

/// Unlock with the passphrase. A wrong one changes nothing.
pub async fn open(wachtwoord: &str) -> Result<(), OpenFout> {
    let k = match opgeslagen() {
        Some(Ok(k)) => k,
        Some(Err(f)) => return Err(OpenFout::Kapot(f)),
        None => return Err(OpenFout::Kapot(KluisFout::GeenKluis)),
    };
    let sessie = sessie_uit(&k, wachtwoord).await?;
    gebruikt();
    SESSIE.with(|s| *s.borrow_mut() = Some(sessie));
    seintje();
    Ok(())
}

/// Change the workspace: applied and written in turn, one at a time.
// Named changes, so the pages never build a workspace action themselves (tests/lagen.rs).
pub fn bewaar(id: String, label: String, gedeeld: Gedeeld) {
    wijzig(Actie::Bewaar { id, label, gedeeld: Box::new(gedeeld) });
}
pub fn zet_label(id: String, label: String) {
    wijzig(Actie::Label { id, label });
}
pub fn zet_notitie(id: String, tekst: String) {
    wijzig(Actie::Notitie { id, tekst });
}
pub fn voeg_contact_toe(id: String, regel: Contactregel) {
    wijzig(Actie::Contact { id, regel });
}
pub fn haal_contact_weg(id: String, index: usize) {
    wijzig(Actie::ContactWeg { id, index });
}
pub fn zet_bewaren_tot(id: String, datum: String) {
    wijzig(Actie::BewarenTot { id, datum });
}
pub fn verwijder(id: String) {
    wijzig(Actie::Verwijder { id });
}

pub fn wijzig(actie: Actie) {
    gebruikt();
    WACHTRIJ.with(|w| w.borrow_mut().push_back(actie));
    if BEZIG.with(|b| b.replace(true)) {
        return;
    }
    crate::services::venster::start(async {
        while let Some(actie) = WACHTRIJ.with(|w| w.borrow_mut().pop_front()) {
            if let Err(m) = schrijf_actie(&actie).await {
                meld(m);
            }
            seintje();
        }
        BEZIG.with(|b| b.set(false));
    });
}

/// Bring this tab's copy up to what is stored, when another tab wrote since.
/// `Ok(true)`: it did.
async fn bij(sessie: &mut Sessie) -> Result<bool, Melding> {
    let k = match opgeslagen() {
        Some(Ok(k)) => k,
        // Deleted or replaced by something unreadable in another tab.
        _ => return Err(Melding::AnderTabbladSlot),
    };
    if k.revisie == sessie.werkplek.revisie {
        return Ok(false);
    }
    if k.salt != sessie.salt || k.iteraties != sessie.iteraties {
        return Err(Melding::AnderTabbladSlot);
    }
    let w = ontsleutel(&sessie.sleutel, &k).await.map_err(|_| Melding::AnderTabbladSlot)?;
    sessie.werkplek = Rc::new(w);
    Ok(true)
}

fn sluit_met(m: Melding) -> Melding {
    vergrendel();
    m
}

async fn schrijf_actie(actie: &Actie) -> Result<(), Melding> {
    let Some(mut sessie) = SESSIE.with(|s| s.borrow().clone()) else { return Ok(()) };
    // A few tries, in case another tab writes while this one encrypts.
    for _ in 0..3 {
        let ander = bij(&mut sessie).await.map_err(sluit_met)?;
        let mut w = (*sessie.werkplek).clone();
        let veranderd = w.pas_toe(actie);
        if !veranderd {
            if ander {
                SESSIE.with(|s| *s.borrow_mut() = Some(sessie.clone()));
            }
            return Ok(());
        }
        w.revisie += 1;
        let tekst = versleutel(&sessie, &w).await.map_err(|_| Melding::Mislukt)?;
        // Still what this tab read? Then write; else read again and retry.
        let nog = opgeslagen().and_then(Result::ok).map(|k| k.revisie);
        if nog != Some(sessie.werkplek.revisie) {
            continue;
        }
        schrijf(&tekst).map_err(|_| Melding::Mislukt)?;
        sessie.werkplek = Rc::new(w);
        SESSIE.with(|s| {
            if s.borrow().is_some() {
                *s.borrow_mut() = Some(sessie.clone());
            }
        });
        if ander {
            meld(Melding::AnderTabblad);
        }
        return Ok(());
    }
    Err(Melding::Mislukt)
}

/// The stored frame as it is: the encrypted copy to download.
pub fn kopie() -> Option<String> {
    opgeslagen_tekst().filter(|t| kluis::lees(t).is_ok())
}

/// Why a copy could not be loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFout {
    GeenKopie,
    Wachtwoord,
    Kapot,
    Crypto(CryptoFout),
}

/// Load an encrypted copy. Without a workspace here, it becomes this
/// device's workspace (with its own passphrase) and opens; with one open,
/// what it lacks is added. Returns how many candidates there are now.
pub async fn importeer(tekst: &str, wachtwoord: &str) -> Result<usize, ImportFout> {
    let k = kluis::lees(tekst).map_err(|f| match f {
        KluisFout::GeenKluis => ImportFout::GeenKopie,
        _ => ImportFout::Kapot,
    })?;
    let nieuw = sessie_uit(&k, wachtwoord).await.map_err(|f| match f {
        OpenFout::Wachtwoord => ImportFout::Wachtwoord,
        OpenFout::Crypto(c) => ImportFout::Crypto(c),
        OpenFout::Kapot(_) => ImportFout::Kapot,
    })?;
    gebruikt();
    if let Some(hier) = SESSIE.with(|s| s.borrow().as_ref().map(|s| s.werkplek.clone())) {
        let actie = Actie::VoegSamen(Box::new((*nieuw.werkplek).clone()));
        let mut samen = (*hier).clone();
        samen.pas_toe(&actie);
        wijzig(actie);
        return Ok(samen.kandidaten.len());
    }
    if opgeslagen().is_some() {
        // A locked workspace is here: never written over.
        return Err(ImportFout::Kapot);
    }
    schrijf(&kluis::maak(&k)).map_err(ImportFout::Crypto)?;
    let aantal = nieuw.werkplek.kandidaten.len();
    SESSIE.with(|s| *s.borrow_mut() = Some(nieuw));
    seintje();
    Ok(aantal)
}

/// Delete the whole workspace on this device (only its own key).
pub fn wis() {
    SESSIE.with(|s| s.borrow_mut().take());
    WACHTRIJ.with(|w| w.borrow_mut().clear());
    let _ = LokaleOpslag::open().verwijder(SLEUTEL);
    seintje();
}

/// While a page of the workspace shows: use puts the lock off, the lock
/// checks the time, and another tab's writes come in. Dropped: all stop.
pub struct Bewaking {
    _luisteraars: Vec<gloo::events::EventListener>,
    _klok: gloo::timers::callback::Interval,
}

pub fn bewaak() -> Option<Bewaking> {
    let w = crate::services::window()?;
    let mut luisteraars: Vec<gloo::events::EventListener> = ["keydown", "pointerdown", "input"]
        .into_iter()
        .map(|naam| gloo::events::EventListener::new(&w, naam, |_| gebruikt()))
        .collect();
    if let Some(l) = crate::services::opslag::bij_wijziging_elders(|sleutel| {
        if sleutel.is_none() || sleutel.as_deref() == Some(SLEUTEL) {
            van_elders();
        }
    }) {
        luisteraars.push(l);
    }
    let klok = gloo::timers::callback::Interval::new(KIJK_ELKE_MS, || {
        if SESSIE.with(|s| s.borrow().is_some()) && verlopen() {
            vergrendel();
            meld(Melding::NaTijd);
            seintje();
        }
    });
    Some(Bewaking { _luisteraars: luisteraars, _klok: klok })
}

/// Another tab wrote (or deleted) the workspace.
fn van_elders() {
    let Some(mut sessie) = SESSIE.with(|s| s.borrow().clone()) else {
        seintje();
        return;
    };
    if BEZIG.with(Cell::get) {
        // The write in progress reads the stored frame itself.
        return;
    }
    crate::services::venster::start(async move {
        match bij(&mut sessie).await {
            Ok(true) => SESSIE.with(|s| {
                if s.borrow().is_some() {
                    *s.borrow_mut() = Some(sessie);
                }
            }),
            Ok(false) => {}
            Err(m) => {
                vergrendel();
                meld(m);
            }
        }
        seintje();
    });
}

/// A fresh random id for a new place (`#/kandidaten/<id>`).
pub fn nieuw_id() -> Option<String> {
    crypto::willekeurig(9).ok().map(|b| format!("k-{}", crate::domain::base64url::codeer(&b)))
}

/// All files picked in a file field.
pub fn gekozen_bestanden(e: &web_sys::Event) -> Vec<web_sys::File> {
    use wasm_bindgen::JsCast;
    let Some(invoer) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let bestanden = invoer.files();
    let uit = bestanden.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default();
    invoer.set_value("");
    uit
}
