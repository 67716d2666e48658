//! The field ([`Veld`]) and version ([`Versie`]) of the document's per-field
//! versions, and how they are written in JSON. The document holds them; the
//! merge that works on the document is `super::versie`. Apart so the document
//! and the merge do not need each other in a circle.

use std::collections::BTreeMap;

use super::json::{Bouwer, Json, NaarJson, VanJson};

/// One field of the document: the unit that is versioned and merged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Veld {
    Taal,
    Tekstgrootte,
    /// "Ga vanzelf verder" turned off.
    VanzelfUit,
    /// The chosen colours and the extra spacing (issue 29).
    Thema,
    Ruim,
    LaatsteModule,
    /// The timeline form is filled in as one whole.
    Tijdlijn,
    Coach,
    /// (module, question)
    Antwoord(String, String),
    Positie(String),
    /// (module, part)
    DeelKlaar(String, String),
    Afgerond(String),
    /// (module, the snapshot's time as written in JSON)
    Momentopname(String, String),
    /// A kept shared result, by the time it was kept (as written in JSON).
    Ontvangen(String),
    Uitnodiging(String),
    Kijk(String),
    /// The random candidate id sent with every share.
    Kandidaat,
    /// A kept occupation, by its ESCO code (issue 27).
    Beroep(String),
    /// Today's energy and session, and the count of days (`domain::sessie`).
    Sessies,
}

/// When a field was last written, and by which tab. Ordered by time, then tab.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Versie {
    pub t: u64,
    pub tab: String,
}

/// Parts of a key are joined with `/`; a `/` or `%` inside a part is escaped.
fn deel(s: &str) -> String {
    s.replace('%', "%25").replace('/', "%2F")
}

fn ontsnap(s: &str) -> String {
    s.replace("%2F", "/").replace("%25", "%")
}

impl Veld {
    pub fn sleutel(&self) -> String {
        match self {
            Veld::Taal => "taal".into(),
            Veld::Tekstgrootte => "tekstgrootte".into(),
            Veld::VanzelfUit => "vanzelf_uit".into(),
            Veld::Thema => "thema".into(),
            Veld::Ruim => "ruim".into(),
            Veld::LaatsteModule => "laatste_module".into(),
            Veld::Tijdlijn => "tijdlijn".into(),
            Veld::Coach => "coach".into(),
            Veld::Antwoord(m, v) => format!("a/{}/{}", deel(m), deel(v)),
            Veld::Positie(m) => format!("p/{}", deel(m)),
            Veld::DeelKlaar(m, d) => format!("k/{}/{}", deel(m), deel(d)),
            Veld::Afgerond(m) => format!("r/{}", deel(m)),
            Veld::Momentopname(m, t) => format!("s/{}/{}", deel(m), deel(t)),
            Veld::Ontvangen(t) => format!("o/{}", deel(t)),
            Veld::Uitnodiging(id) => format!("u/{}", deel(id)),
            Veld::Kijk(id) => format!("j/{}", deel(id)),
            Veld::Kandidaat => "kandidaat".into(),
            Veld::Beroep(code) => format!("b/{}", deel(code)),
            Veld::Sessies => "sessies".into(),
        }
    }

    pub fn uit_sleutel(s: &str) -> Option<Veld> {
        let delen: Vec<String> = s.split('/').map(ontsnap).collect();
        Some(match delen.as_slice() {
            [a] if a == "taal" => Veld::Taal,
            [a] if a == "tekstgrootte" => Veld::Tekstgrootte,
            [a] if a == "vanzelf_uit" => Veld::VanzelfUit,
            [a] if a == "thema" => Veld::Thema,
            [a] if a == "ruim" => Veld::Ruim,
            [a] if a == "laatste_module" => Veld::LaatsteModule,
            [a] if a == "tijdlijn" => Veld::Tijdlijn,
            [a] if a == "coach" => Veld::Coach,
            [a] if a == "kandidaat" => Veld::Kandidaat,
            [a, m, v] if a == "a" => Veld::Antwoord(m.clone(), v.clone()),
            [a, m] if a == "p" => Veld::Positie(m.clone()),
            [a, m, d] if a == "k" => Veld::DeelKlaar(m.clone(), d.clone()),
            [a, m] if a == "r" => Veld::Afgerond(m.clone()),
            [a, m, t] if a == "s" => Veld::Momentopname(m.clone(), t.clone()),
            [a, t] if a == "o" => Veld::Ontvangen(t.clone()),
            [a, id] if a == "u" => Veld::Uitnodiging(id.clone()),
            [a, id] if a == "j" => Veld::Kijk(id.clone()),
            [a, code] if a == "b" => Veld::Beroep(code.clone()),
            [a] if a == "sessies" => Veld::Sessies,
            _ => return None,
        })
    }
}

impl NaarJson for Versie {
    fn naar(&self) -> Json {
        Json::Lijst(vec![self.t.naar(), self.tab.naar()])
    }
}

impl VanJson for Versie {
    fn van(w: Json) -> Option<Self> {
        let (t, tab) = <(u64, String)>::van(w)?;
        Some(Versie { t, tab })
    }
}

/// Versions as a JSON object keyed by [`Veld::sleutel`].
impl NaarJson for BTreeMap<Veld, Versie> {
    fn naar(&self) -> Json {
        self.iter().fold(Bouwer::new(), |b, (k, v)| b.veld(&k.sleutel(), v)).klaar()
    }
}

/// Keys this build does not know (a newer build's fields) are left out.
impl VanJson for BTreeMap<Veld, Versie> {
    fn van(w: Json) -> Option<Self> {
        let Json::Object(object) = w else { return None };
        let mut uit = BTreeMap::new();
        for (k, v) in object {
            let versie = Versie::van(v)?;
            if let Some(veld) = Veld::uit_sleutel(&k) {
                uit.insert(veld, versie);
            }
        }
        Some(uit)
    }
}
