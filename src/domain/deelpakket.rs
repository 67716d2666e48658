//! The share package (deelpakket): what a person chose to show their coach,
//! packed into the fragment of a link (`#/gedeeld/<payload>`) or a small file.
//!
//! Pipeline, sharing: [`maak`] (the ticked modules, answers only) → [`klaartekst`]
//! (zlib of the JSON) → AES-GCM in the browser (`services::crypto`) → [`kader`].
//! Opening: [`ontkader`] → AES-GCM → [`lees_klaartekst`] (which validates every
//! answer again). The same [`maak`] feeds the on-screen preview, so the preview
//! shows exactly what the coach will see.
//!
//! The frame, its checksum and the zlib unpacking are the envelope
//! ([`super::envelop`]), shared with the trusted person's reply (`kijk`); its
//! names are re-exported here so callers keep their paths.
//!
//! The JSON inside has its own `versie` ([`INHOUD_VERSIE`]). A field added
//! later is optional, like `naam`: an older package simply lacks it, and an
//! older app ignores it. Raising the version would make a coach whose browser
//! still runs a cached older app see "made with a newer version" for a field it
//! can safely skip, so the version only goes up for a change an old app would
//! misread (as the energy levels of version 2).

use super::beroepen::{schone_notitie, GekozenBeroep, MAX_GEKOZEN};
use std::collections::{BTreeMap, BTreeSet};

use super::json::{Bouwer, Json, NaarJson, VanJson, Velden};

use super::antwoorden::{Antwoord, ModuleStand};
use super::coach::CoachInstellingen;
use super::dokument::Dokument;
use super::envelop;
pub use super::envelop::{
    kader, ontkader, zlib_opgeslagen, Fout as DeelFout, Kader, ITERATIES, IV, MAX_TEKENS, PAD, SALT, TAG, VERSIE,
};
use super::kijk::{KijkAntwoord, Spiegelset};
pub use super::opschonen::{schone_naam, MAX_NAAM};
use super::taal::Taal;
use super::vragenlijst::{Module, Optie, Vraag};
use crate::content::modules::zorgen;

/// The version of the JSON inside (`DeelInhoud::versie`). 2: the energy
/// balance holds levels 0..=3; version 1 held percentages, which are converted
/// on opening. An older app refuses a version-2 package as "made with a newer
/// version" instead of showing levels as percentages.
pub const INHOUD_VERSIE: u32 = 2;
/// The unpacked JSON may be at most this large (a zip bomb stops here).
pub const MAX_KLAAR: usize = 256 * 1024;
/// `#/gedeeld/bestand`: the coach's page without a link, to open a shared
/// file or a kept copy. A real payload is never this short.
pub const GEEN_LINK: &str = "bestand";
/// Longest label a coach gives a kept copy.
pub const MAX_KOPIE_LABEL: usize = 80;

/// Which parts the person ticked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deelkeuze {
    pub modules: BTreeSet<String>,
    /// Free-text answers ("ook mijn eigen woorden delen"): off unless ticked.
    pub eigen_woorden: bool,
    /// The person's own picture of what they can manage now (hours, lifting and
    /// the like: see [`is_eigen_beeld`]). Health-related and possibly used in
    /// reports to the employer, so off unless ticked.
    pub eigen_beeld: bool,
    /// The possibly sensitive choices (see [`is_gevoelig`]) the person ticked
    /// one by one to share. Empty by default: a coach may report to the
    /// employer, so these never go along unless the person chooses so.
    pub gevoelig: Vec<GevoeligeKeuze>,
    /// The coach's welcome settings, only when ticked.
    pub coach: bool,
    /// The person's first name as typed, for the coach's heading; empty: none.
    pub naam: String,
    /// "Hoe anderen mij zien": the replies of trusted people. Off unless ticked.
    pub kijk: bool,
    /// The week of the 104 the person chose to share, as computed on the day
    /// (`tijdlijn::deelweek`); `None`: not ticked, the default. Only the
    /// number goes along, never the first sick day.
    pub week: Option<u32>,
    /// The occupations the person keeps to explore, with their notes (issue 27). Off unless ticked.
    pub beroepen: bool,
}

/// What the coach receives: answers only, no positions or snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct DeelInhoud {
    pub versie: u32,
    /// When the person made the package, ms since 1970.
    pub gemaakt_op: f64,
    pub taal: Taal,
    pub modules: BTreeMap<String, BTreeMap<String, Antwoord>>,
    pub coach: Option<CoachInstellingen>,
    /// The person's first name, only shown to the coach. Absent in links made
    /// before it existed. Untrusted on opening: see [`schone_naam`].
    pub naam: Option<String>,
    /// "Hoe anderen mij zien", only when ticked. Optional like `naam`: an
    /// older app skips it.
    pub kijk: Vec<KijkAntwoord>,
    /// A random id the person's app made once and sends with every share, so a
    /// coach's workspace can offer a later share for the same place. Not a
    /// name and not derived from anything typed. Optional like `naam`; on
    /// opening only a plain token is kept (see [`schone_kandidaat`]).
    pub kandidaat: Option<String>,
    /// The week of the second track on the day of sharing, only when the
    /// person ticked it; the first sick day itself never goes along with it.
    pub week: Option<u32>,
    /// The kept occupations with their notes, only when ticked (issue 27).
    /// Optional like `naam`: an older app skips it.
    pub beroepen: Vec<GekozenBeroep>,
}

/// Longest candidate id kept on opening.
pub const MAX_KANDIDAAT: usize = 64;
/// Highest week number kept on opening: 104 plus the longest extension the
/// timeline knows is far below this; anything above is a tampered package.
pub const MAX_WEEK: u32 = 260;

/// A candidate id from a package as it may be used: 8 to [`MAX_KANDIDAAT`]
/// letters, digits, `-` or `_`; anything else (a tampered package) is dropped.
pub fn schone_kandidaat(id: &str) -> Option<String> {
    let goed = (8..=MAX_KANDIDAAT).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    goed.then(|| id.to_string())
}

impl NaarJson for DeelInhoud {
    fn naar(&self) -> Json {
        Bouwer::new()
            .veld("versie", &self.versie)
            .veld("gemaakt_op", &self.gemaakt_op)
            .veld("taal", &self.taal)
            .veld("modules", &self.modules)
            .als(self.coach.is_some(), "coach", &self.coach)
            .als(self.naam.is_some(), "naam", &self.naam)
            .als(!self.kijk.is_empty(), "kijk", &self.kijk)
            .als(self.kandidaat.is_some(), "kandidaat", &self.kandidaat)
            .als(self.week.is_some(), "week", &self.week)
            .als(!self.beroepen.is_empty(), "beroepen", &self.beroepen)
            .klaar()
    }
}

impl VanJson for DeelInhoud {
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        Some(DeelInhoud {
            versie: v.moet("versie")?,
            gemaakt_op: v.moet("gemaakt_op")?,
            taal: v.moet("taal")?,
            modules: v.moet("modules")?,
            coach: v.of_standaard("coach")?,
            // A `naam` that is not text (only possible in a hand-made package) is left
            // out instead of refusing everything else that was shared.
            naam: match v.neem("naam") {
                Some(Json::Tekst(s)) => Some(s),
                _ => None,
            },
            kijk: v.of_standaard("kijk")?,
            // Like `naam`: a field of the wrong kind is left out, never a reason
            // to refuse what else was shared.
            kandidaat: match v.neem("kandidaat") {
                Some(Json::Tekst(s)) => schone_kandidaat(&s),
                _ => None,
            },
            week: v.of_standaard::<Option<u32>>("week").flatten().filter(|w| (1..=MAX_WEEK).contains(w)),
            // Damaged occupations (only possible by hand) are left out, not the rest.
            beroepen: v.neem("beroepen").and_then(Vec::<GekozenBeroep>::van).unwrap_or_default(),
        })
    }
}

/// Free text in the person's own words: shared only when they tick it.
pub fn is_eigen_woorden(antwoord: &Antwoord) -> bool {
    matches!(antwoord, Antwoord::Tekst(_) | Antwoord::Lijst(_))
}

/// Question ids of the capacity questions in "Wat kan ik?" (hours per day,
/// lifting, standing…): the person's own picture, not a medical judgement.
pub const EIGEN_BEELD_VOORVOEGSEL: &str = "wki.nu.";

/// Whether a question asks for the person's own picture of their capacity.
pub fn is_eigen_beeld(vraag_id: &str) -> bool {
    vraag_id.starts_with(EIGEN_BEELD_VOORVOEGSEL)
}

/// One possibly sensitive choice: the question's id and the option's id.
pub type GevoeligeKeuze = (&'static str, &'static str);

/// The worries that a report to the employer could turn against the person:
/// not wanting the second track ("weerstand"), anger, and "ze willen van me
/// af". A second-track coach often reports to the employer, and such an answer
/// can end up there as "unwilling". So they are marked possibly sensitive and
/// left out of a package unless ticked, like the capacity answers (issue 23).
pub const GEVOELIGE_ZORGEN: [&str; 3] = [zorgen::WEERSTAND, zorgen::BOOS, zorgen::WEG_WILLEN];

/// Whether choosing `optie` in question `vraag_id` is possibly sensitive.
pub fn is_gevoelig(vraag_id: &str, optie: &str) -> bool {
    vraag_id == zorgen::GEDACHTEN && GEVOELIGE_ZORGEN.contains(&optie)
}

/// What goes along besides the plain answers.
#[derive(Clone, Copy)]
struct Mee<'a> {
    eigen_woorden: bool,
    eigen_beeld: bool,
    /// The sensitive choices ticked; `None`: all of them (opening a package,
    /// or counting what there is to share at all).
    gevoelig: Option<&'a [GevoeligeKeuze]>,
}

/// Everything valid: for opening, and for "is there anything here at all".
const ALLES: Mee<'static> = Mee { eigen_woorden: true, eigen_beeld: true, gevoelig: None };

impl Mee<'_> {
    fn van(keuze: &Deelkeuze) -> Mee<'_> {
        Mee { eigen_woorden: keuze.eigen_woorden, eigen_beeld: keuze.eigen_beeld, gevoelig: Some(&keuze.gevoelig) }
    }

    /// Whether choosing `optie` in `vraag` goes along.
    fn optie(&self, vraag: &str, optie: &str) -> bool {
        !is_gevoelig(vraag, optie) || self.gevoelig.is_none_or(|g| g.iter().any(|(v, o)| *v == vraag && *o == optie))
    }

    /// The answer as it may go along, sensitive choices not ticked taken out;
    /// `None` when nothing is left. (Sensitive options sit only in questions
    /// with several choices: see the test `only_the_three_worries_are_sensitive`.)
    fn antwoord(&self, vraag: &str, a: &Antwoord) -> Option<Antwoord> {
        let a = match a {
            Antwoord::Keuzes(ids) => Antwoord::Keuzes(ids.iter().filter(|o| self.optie(vraag, o)).cloned().collect()),
            _ => a.clone(),
        };
        (!a.is_leeg()).then_some(a)
    }
}

/// Valid, non-empty answers of one module, leaving out what `mee` does not
/// let through: free text, the capacity answers, sensitive choices.
fn geldige(module: &'static Module, antwoorden: &BTreeMap<String, Antwoord>, mee: Mee) -> BTreeMap<String, Antwoord> {
    // The same test as `ModuleStand::geldig`. Maps here are filled one by one:
    // `collect()` into a BTreeMap pulls a whole sort routine into the wasm.
    let mut uit = BTreeMap::new();
    for v in module.delen.iter().flat_map(|d| d.vragen.iter()) {
        if let Some(a) = antwoorden.get(v.id) {
            if a.past_bij(v)
                && (mee.eigen_woorden || !is_eigen_woorden(a))
                && (mee.eigen_beeld || !is_eigen_beeld(v.id))
            {
                if let Some(a) = mee.antwoord(v.id, a) {
                    uit.insert(v.id.to_string(), a);
                }
            }
        }
    }
    uit
}

/// Per module: its valid answers, leaving out modules with none.
fn per_module(
    modules: &[&'static Module],
    antwoorden: impl Fn(&'static Module) -> Option<BTreeMap<String, Antwoord>>,
) -> BTreeMap<String, BTreeMap<String, Antwoord>> {
    let mut uit = BTreeMap::new();
    for m in modules {
        if let Some(a) = antwoorden(m).filter(|a| !a.is_empty()) {
            uit.insert(m.id.to_string(), a);
        }
    }
    uit
}

/// The package for `keuze`: used for the preview and for the link alike.
pub fn maak(dokument: &Dokument, keuze: &Deelkeuze, modules: &[&'static Module], taal: Taal, nu_ms: f64) -> DeelInhoud {
    let gekozen = per_module(modules, |m| {
        let stand = dokument.modules.get(m.id).filter(|_| keuze.modules.contains(m.id))?;
        Some(geldige(m, &stand.antwoorden, Mee::van(keuze)))
    });
    let coach = if keuze.coach { dokument.coach.as_ref().map(|c| schone_coach(c, modules)) } else { None };
    let naam = schone_naam(&keuze.naam);
    let kijk = if keuze.kijk { dokument.kijk.clone() } else { Vec::new() };
    let beroepen = if keuze.beroepen { schone_beroepen(&dokument.beroepen) } else { Vec::new() };
    DeelInhoud {
        versie: INHOUD_VERSIE,
        gemaakt_op: nu_ms,
        taal,
        modules: gekozen,
        coach,
        naam,
        kijk,
        // Made once on the device (`Actie::ZetKandidaat`), the same in every share.
        kandidaat: dokument.kandidaat.as_deref().and_then(schone_kandidaat),
        week: keuze.week.filter(|w| (1..=MAX_WEEK).contains(w)),
        beroepen,
    }
}

/// Kept occupations as a package carries them: at most five, titles and notes capped.
fn schone_beroepen(lijst: &[GekozenBeroep]) -> Vec<GekozenBeroep> {
    lijst
        .iter()
        .take(MAX_GEKOZEN)
        .map(|b| GekozenBeroep {
            notitie: schone_notitie(&b.notitie),
            gekozen_op: if b.gekozen_op.is_finite() { b.gekozen_op } else { 0.0 },
            ..GekozenBeroep::nieuw(&b.code, &b.titel, 0.0)
        })
        .collect()
}

/// How many answers of a module would be shared with the ticks of `keuze`.
pub fn deelbaar(dokument: &Dokument, module: &'static Module, keuze: &Deelkeuze) -> usize {
    aantal(dokument, module, Mee::van(keuze))
}

/// How many answers of a module could be shared with everything ticked; a
/// module with none cannot be ticked.
pub fn deelbaar_alles(dokument: &Dokument, module: &'static Module) -> usize {
    aantal(dokument, module, ALLES)
}

fn aantal(dokument: &Dokument, module: &'static Module, mee: Mee) -> usize {
    dokument.modules.get(module.id).map(|s| geldige(module, &s.antwoorden, mee).len()).unwrap_or(0)
}

/// How many capacity answers the person has given (shown beside their tick).
pub fn aantal_eigen_beeld(dokument: &Dokument, modules: &[&'static Module]) -> usize {
    modules
        .iter()
        .filter_map(|m| dokument.modules.get(m.id).map(|s| (m, s)))
        .map(|(m, s)| geldige(m, &s.antwoorden, ALLES).keys().filter(|id| is_eigen_beeld(id)).count())
        .sum()
}

/// The possibly sensitive choices among the person's answers, in the order of
/// the modules and options: what the share page offers to tick one by one.
pub fn gevoelige_keuzes(dokument: &Dokument, modules: &[&'static Module]) -> Vec<(&'static Vraag, &'static Optie)> {
    let mut uit = Vec::new();
    for m in modules {
        let Some(stand) = dokument.modules.get(m.id) else { continue };
        for v in m.delen.iter().flat_map(|d| d.vragen.iter()) {
            let gekozen = |o: &str| match stand.antwoorden.get(v.id).filter(|a| a.past_bij(v)) {
                Some(Antwoord::Keuzes(ids)) => ids.iter().any(|i| i == o),
                _ => false,
            };
            uit.extend(v.soort.opties().iter().filter(|o| is_gevoelig(v.id, o.id) && gekozen(o.id)).map(|o| (v, o)));
        }
    }
    uit
}

/// Coach settings as the coach link's own decoder would accept them: texts
/// cleaned and capped, modules known, accent valid. Shown as text only.
fn schone_coach(c: &CoachInstellingen, modules: &[&'static Module]) -> CoachInstellingen {
    let ids: Vec<&str> = modules.iter().map(|m| m.id).collect();
    c.opgeschoond(&ids)
}

impl DeelInhoud {
    /// As module states, for the profile view.
    pub fn als_modules(&self) -> BTreeMap<String, ModuleStand> {
        let mut uit = BTreeMap::new();
        for (id, a) in &self.modules {
            uit.insert(id.clone(), ModuleStand { antwoorden: a.clone(), ..ModuleStand::default() });
        }
        uit
    }

    pub fn aantal_antwoorden(&self) -> usize {
        self.modules.values().map(BTreeMap::len).sum()
    }

    /// Nothing was chosen: no answers, no welcome, no replies, no week. (The
    /// candidate id alone is nothing to share: it only says who shared.)
    pub fn is_leeg(&self) -> bool {
        self.modules.is_empty()
            && self.coach.is_none()
            && self.kijk.is_empty()
            && self.week.is_none()
            && self.beroepen.is_empty()
    }

    /// Keep only what this version understands: known modules and questions,
    /// answers that fit. Free text stays only if the person included it.
    fn schoon(self, modules: &[&'static Module]) -> DeelInhoud {
        let gekozen = per_module(modules, |m| Some(geldige(m, self.modules.get(m.id)?, ALLES)));
        DeelInhoud {
            versie: self.versie,
            gemaakt_op: if self.gemaakt_op.is_finite() { self.gemaakt_op } else { 0.0 },
            taal: self.taal,
            modules: gekozen,
            coach: self.coach.as_ref().map(|c| schone_coach(c, modules)),
            naam: self.naam.as_deref().and_then(schone_naam),
            kijk: self.kijk.iter().filter_map(|k| k.schoon(&Spiegelset::uit(modules))).collect(),
            // Both were checked when read (`VanJson`).
            kandidaat: self.kandidaat,
            week: self.week,
            beroepen: schone_beroepen(&self.beroepen),
        }
    }
}

/// The package as JSON. Before encryption it is compressed to zlib (with its
/// own checksum) by the browser (`services::crypto::comprimeer`); the wasm
/// only carries the small inflater, not a compressor.
pub fn json(inhoud: &DeelInhoud) -> Vec<u8> {
    inhoud.naar().schrijf().into_bytes()
}

/// Unpack decrypted bytes, refusing anything too large, unknown or damaged.
pub fn lees_klaartekst(bytes: &[u8], modules: &[&'static Module]) -> Result<DeelInhoud, DeelFout> {
    let json = envelop::pak_uit(bytes, MAX_KLAAR)?;
    let tekst = std::str::from_utf8(&json).map_err(|_| DeelFout::Beschadigd)?;
    Ok(lees_inhoud(tekst)?.schoon(modules))
}

/// The package's JSON as it was written, older versions migrated; not yet
/// checked against the modules this build knows (see [`lees_klaartekst`]).
pub fn lees_inhoud(tekst: &str) -> Result<DeelInhoud, DeelFout> {
    let mut waarde = Json::lees(tekst).ok_or(DeelFout::Beschadigd)?;
    let versie = waarde.get("versie").and_then(Json::as_u64).ok_or(DeelFout::Beschadigd)?;
    if versie > u64::from(INHOUD_VERSIE) {
        return Err(DeelFout::NieuwereVersie(u32::try_from(versie).unwrap_or(u32::MAX)));
    }
    if versie == 0 {
        return Err(DeelFout::Beschadigd);
    }
    if versie == 1 {
        // Made before the energy balance had levels: its percentages become levels.
        for antwoorden in
            waarde.get_mut("modules").and_then(Json::as_object_mut).into_iter().flat_map(|m| m.values_mut())
        {
            super::dokument::verdelingen_naar_niveaus(antwoorden);
        }
        if let Some(o) = waarde.as_object_mut() {
            o.insert("versie", INHOUD_VERSIE.naar());
        }
    }
    DeelInhoud::van(waarde).ok_or(DeelFout::Beschadigd)
}

/// The payload inside whatever was pasted or stored: a whole link, a shared
/// file (some text, then the link), or the bare payload.
pub fn haal_payload(invoer: &str) -> &str {
    envelop::haal_payload(invoer, PAD)
}

/// The text of a shared file: a line for the coach, then the link.
pub fn bestandstekst(kopregel: &str, link: &str) -> String {
    format!("{kopregel}\n{link}\n")
}

/// The code alphabet: no 0, O, 1, I or L, so it can be read out by phone.
pub const CODE_ALFABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
pub const CODE_LENGTE: usize = 10;

/// A code from random bytes (rejection sampling keeps every character equally
/// likely). `None` when there were not enough usable bytes: ask for more.
pub fn code_uit(willekeur: &[u8]) -> Option<String> {
    let grens = (256 / CODE_ALFABET.len() * CODE_ALFABET.len()) as u8; // 248
    let code: String = willekeur
        .iter()
        .filter(|b| **b < grens)
        .take(CODE_LENGTE)
        .map(|b| char::from(CODE_ALFABET[usize::from(*b) % CODE_ALFABET.len()]))
        .collect();
    (code.len() == CODE_LENGTE).then_some(code)
}

/// `ABCDEFGHJK` as `ABCD-EFGH-JK`, easier to read out and type.
pub fn toon_code(code: &str) -> String {
    let tekens: Vec<char> = code.chars().collect();
    tekens.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeFout {
    Leeg,
    /// Not 10 characters, or a character that never occurs in a code.
    Vorm,
}

/// The code as typed, in the form the key is made from: capitals, without
/// dashes or spaces.
pub fn normaliseer_code(invoer: &str) -> Result<String, CodeFout> {
    let code: String =
        invoer.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).collect();
    if code.is_empty() {
        return Err(CodeFout::Leeg);
    }
    if code.chars().count() != CODE_LENGTE || !code.bytes().all(|b| CODE_ALFABET.contains(&b)) {
        return Err(CodeFout::Vorm);
    }
    Ok(code)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
