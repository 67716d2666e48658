//! ESCO's occupations (issue 27): the index the app loads on `#/beroepen`
//! (`pwa/beroepen/index.nl.txt`, written by `scripts/esco.mjs`), the search over
//! it, browsing by interest theme, and the "let op" notes beside the person's
//! own answers. Plain Rust: tested natively against the committed files.

mod gekozen;
mod zoeken;

pub use gekozen::{schone_notitie, GekozenBeroep, MAX_GEKOZEN, MAX_NOTITIE};
pub use zoeken::{normaliseer, Treffer, Zoeker};

use std::collections::{BTreeMap, HashMap};

use crate::content::beroepsgroepen::{self, Beroepsgroep};
use crate::content::modules::wat_kan_ik;
use crate::domain::antwoorden::{Antwoord, ModuleStand};
use crate::domain::taal::Taal;

/// One ESCO occupation as the index holds it. Titles are Dutch in both languages
/// (the Dutch labour market); the page says so once.
#[derive(Debug, Clone, PartialEq)]
pub struct Beroep {
    /// ESCO's code: the ISCO-08 unit group, a dot, ESCO's own suffix ("2221.1").
    pub code: String,
    pub titel: String,
    pub synoniemen: Vec<String>,
    /// ESCO's hidden labels: found by a search, never shown.
    pub zoektermen: Vec<String>,
}

impl Beroep {
    /// The ISCO-08 unit group (4 digits).
    pub fn isco(&self) -> &str {
        isco(&self.code)
    }

    /// Its group of Spoorwijzer's own mapping (`content::beroepsgroepen`).
    pub fn groep(&self) -> Option<&'static Beroepsgroep> {
        beroepsgroepen::groep(self.isco())
    }
}

/// A name as shown: ESCO writes both forms as one word with a slash
/// ("medewerker groenvoorziening/medewerkster groenvoorziening"), which a phone
/// can only break inside a word; spaced, it wraps between the two. The search
/// reads a slash as a space either way.
fn leesbaar(naam: &str) -> String {
    naam.split('/').map(str::trim).collect::<Vec<_>>().join(" / ")
}

/// A title shown as a name on its own (a heading, an item of a list): ESCO writes
/// each title as in running text ("inspiciënt"), and a heading in lower case reads
/// as a slip. The first letter a capital, Dutch "ij" both ("IJker"); acronyms
/// ("ICT-technicus") stay as they are. What is stored stays ESCO's own.
/// ASCII only: every ESCO title starts with an ASCII letter or digit (the test
/// holds all 3,007 to that), and `char::to_uppercase` would add Unicode's case
/// tables to the wasm (6 KB gzipped, measured).
pub fn als_naam(titel: &str) -> String {
    let mut naam = titel.to_string();
    if let Some(eerste) = naam.get_mut(..1) {
        let ij = eerste == "i" && titel[1..].starts_with('j');
        eerste.make_ascii_uppercase();
        if ij {
            naam.replace_range(1..2, "J");
        }
    }
    naam
}

/// The unit group of a code ("2221.1" → "2221").
pub fn isco(code: &str) -> &str {
    code.split('.').next().unwrap_or("")
}

/// Whether `code` has the form of an ESCO code ("2221.1", "7543.10.3"): an address is untrusted.
pub fn is_code(code: &str) -> bool {
    let mut delen = code.split('.');
    let eerste = delen.next().unwrap_or("");
    eerste.len() == 4
        && code.len() <= 24
        && eerste.bytes().all(|b| b.is_ascii_digit())
        && delen.clone().count() >= 1
        && delen.all(|d| !d.is_empty() && d.len() <= 3 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// The description file an occupation's text is in: `omschrijving-<d>.nl.txt`,
/// by the first digit of its group.
pub fn omschrijving_deel(code: &str) -> Option<u8> {
    code.bytes().next().filter(u8::is_ascii_digit).map(|b| b - b'0')
}

/// The description of `code` in one description file (`code<TAB>text` a line).
pub fn omschrijving<'a>(bestand: &'a str, code: &str) -> Option<&'a str> {
    bestand.lines().find_map(|r| r.split_once('\t').filter(|(c, _)| *c == code).map(|(_, o)| o))
}

/// The whole index, with what the search needs prepared once.
#[derive(Debug, Default)]
pub struct Beroepen {
    pub lijst: Vec<Beroep>,
    zoek: zoeken::Zoekdata,
}

impl Beroepen {
    /// Read the index file; a line that cannot be read is skipped (a later file
    /// with an extra column still reads).
    pub fn lees(tekst: &str) -> Beroepen {
        let mut lijst = Vec::new();
        for regel in tekst.lines() {
            let mut kol = regel.split('\t');
            let (Some(code), Some(titel)) = (kol.next(), kol.next()) else { continue };
            if !is_code(code) || titel.trim().is_empty() {
                continue;
            }
            let lijst_uit = |k: Option<&str>| -> Vec<String> {
                k.unwrap_or("").split('|').filter(|s| !s.is_empty()).map(str::to_string).collect()
            };
            let synoniemen = lijst_uit(kol.next()).iter().map(|s| leesbaar(s)).collect();
            let zoektermen = lijst_uit(kol.next());
            lijst.push(Beroep { code: code.to_string(), titel: leesbaar(titel), synoniemen, zoektermen });
        }
        let zoek = zoeken::Zoekdata::maak(&lijst);
        Beroepen { lijst, zoek }
    }

    pub fn met_code(&self, code: &str) -> Option<&Beroep> {
        self.lijst.iter().find(|b| b.code == code)
    }

    /// The best matches for what the person typed, best first, at most `max`.
    pub fn zoek(&self, vraag: &str, max: usize) -> Vec<Treffer> {
        self.zoek_verder(&mut Zoeker::default(), vraag, max)
    }

    /// The same, as the person types on: `zoeker` remembers the queries before
    /// (one `Zoeker` per index), so a longer query only looks among what the
    /// shorter one found.
    pub fn zoek_verder(&self, zoeker: &mut Zoeker, vraag: &str, max: usize) -> Vec<Treffer> {
        zoeken::zoek(&self.lijst, &self.zoek, zoeker, vraag, max)
    }

    /// The occupations of one ISCO sub-major group (2 digits), in code order.
    pub fn in_groep<'a>(&'a self, groep: &'a str) -> impl Iterator<Item = &'a Beroep> + 'a {
        self.lijst.iter().filter(move |b| b.code.starts_with(groep))
    }

    /// How many occupations each ISCO sub-major group has.
    pub fn aantal_per_groep(&self) -> HashMap<&str, usize> {
        let mut uit = HashMap::new();
        for b in &self.lijst {
            *uit.entry(b.code.get(..2).unwrap_or("")).or_insert(0) += 1;
        }
        uit
    }
}

/// The groups that fit a theme, those it leads in first (Spoorwijzer's own
/// mapping, `content::beroepsgroepen`).
pub fn groepen_bij_thema(thema: &str) -> Vec<&'static Beroepsgroep> {
    let sterk = beroepsgroepen::GROEPEN.iter().filter(|g| g.themas.first() == Some(&thema));
    let ook = beroepsgroepen::GROEPEN.iter().filter(|g| g.themas.iter().skip(1).any(|t| *t == thema));
    sterk.chain(ook).collect()
}

/// A "let op" of a group, with what the person said in wat-kan-ik about it (the
/// answered option's own words), or `None` when they did not answer that
/// question or it has none. Annotates; never filters an occupation out.
#[derive(Debug, Clone, PartialEq)]
pub struct Aantekening {
    /// The condition, in plain words.
    pub tekst: crate::domain::tekst::Tekst,
    /// The wat-kan-ik question it relates to.
    pub vraag: Option<&'static str>,
    pub eigen: Option<String>,
}

/// The "let op" of a group beside the person's wat-kan-ik answers.
pub fn aantekeningen(groep: &'static Beroepsgroep, wki: Option<&ModuleStand>, taal: Taal) -> Vec<Aantekening> {
    let leeg = BTreeMap::new();
    let antwoorden: &BTreeMap<String, Antwoord> = wki.map_or(&leeg, |s| &s.antwoorden);
    groep
        .let_op
        .iter()
        .map(|l| {
            let eigen = l.vraag.and_then(|id| {
                let vraag = crate::domain::antwoorden::vraag_in(&wat_kan_ik::MODULE, id)?;
                let a = antwoorden.get(id).filter(|a| a.past_bij(vraag) && !a.is_leeg())?;
                // A number ("4 uur per dag", "30 minuten"), as the person's review shows it.
                match (&vraag.soort, a) {
                    (crate::domain::vragenlijst::Soort::Uren { max, eenheid }, _) => {
                        let h = a.halve_uren(*max)?;
                        return Some(format!("{} {}", crate::domain::uren::tekst(h), eenheid.in_taal(taal)));
                    }
                    (crate::domain::vragenlijst::Soort::Getal { eenheid, .. }, Antwoord::Getal(n)) => {
                        return Some(format!("{n} {}", eenheid.in_taal(taal)));
                    }
                    _ => {}
                }
                let opties = crate::domain::profiel::gekozen(vraag, a);
                (!opties.is_empty())
                    .then(|| opties.iter().map(|o| o.tekst.in_taal(taal)).collect::<Vec<_>>().join(", "))
            });
            Aantekening { tekst: l.tekst, vraag: l.vraag, eigen }
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
