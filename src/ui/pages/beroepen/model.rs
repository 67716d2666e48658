//! The plain models the occupations' pages render from: no browser, no yew.

use crate::content::beroepsgroepen::{self, Beroepsgroep};
use crate::content::modules::{beroepen::THEMAS, wat_wil_ik};
use crate::domain::beroepen::{self, Aantekening, Beroepen, GekozenBeroep, Zoeker, MAX_GEKOZEN};
use crate::domain::dokument::Dokument;
use crate::domain::profiel;
use crate::domain::taal::Taal;
use crate::domain::vragenlijst::Thema;

/// At most this many search results on screen: the best ones; typing more narrows.
pub const MAX_TREFFERS: usize = 30;

/// The person's two strongest themes from wat-wil-ik (as the profile finds
/// them, `profiel::top_themas`); empty without a result.
pub fn sterkste_themas(d: &Dokument) -> Vec<&'static Thema> {
    let Some(stand) = d.modules.get(wat_wil_ik::MODULE.id) else { return Vec::new() };
    let scores = profiel::interesses(&wat_wil_ik::MODULE, stand);
    profiel::top_themas(&scores, 2).into_iter().filter_map(|id| THEMAS.iter().find(|t| t.id == id)).collect()
}

/// One group of a theme, with how many of ESCO's occupations it holds.
pub struct GroepRij {
    pub groep: &'static Beroepsgroep,
    pub aantal: usize,
}

/// The groups a theme leads to, each with its number of occupations; groups
/// without any left out.
pub fn groepen(thema: &str, index: &Beroepen) -> Vec<GroepRij> {
    let per = index.aantal_per_groep();
    beroepen::groepen_bij_thema(thema)
        .into_iter()
        .filter_map(|groep| per.get(groep.code).map(|aantal| GroepRij { groep, aantal: *aantal }))
        .collect()
}

/// A search result as shown: its code, title, and the synonym that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Rij {
    pub code: String,
    pub titel: String,
    pub via: Option<String>,
}

/// The results for what was typed, best first; `zoeker` remembers what the
/// letters before found.
pub fn zoek(index: &Beroepen, zoeker: &mut Zoeker, vraag: &str) -> Vec<Rij> {
    index
        .zoek_verder(zoeker, vraag, MAX_TREFFERS)
        .into_iter()
        .map(|t| {
            let b = &index.lijst[t.index];
            Rij { code: b.code.clone(), titel: b.titel.clone(), via: t.via }
        })
        .collect()
}

/// One occupation's page.
pub struct BeroepModel {
    pub code: String,
    pub titel: String,
    pub synoniemen: Vec<String>,
    pub groep: Option<&'static Beroepsgroep>,
    pub aantekeningen: Vec<Aantekening>,
    /// The person keeps it: their entry, with the note.
    pub gekozen: Option<GekozenBeroep>,
    /// Five are kept: another cannot be added.
    pub vol: bool,
}

pub fn beroep(index: &Beroepen, code: &str, d: &Dokument, taal: Taal) -> Option<BeroepModel> {
    let b = index.met_code(code)?;
    let groep = beroepsgroepen::groep(b.isco());
    let wki = d.modules.get(crate::content::modules::wat_kan_ik::MODULE.id);
    Some(BeroepModel {
        code: b.code.clone(),
        titel: b.titel.clone(),
        synoniemen: b.synoniemen.clone(),
        groep,
        aantekeningen: groep.map(|g| beroepen::aantekeningen(g, wki, taal)).unwrap_or_default(),
        gekozen: d.beroepen.iter().find(|g| g.code == b.code).cloned(),
        vol: d.beroepen.len() >= MAX_GEKOZEN,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::antwoorden::Antwoord;

    #[test]
    fn the_two_strongest_themes_come_from_wat_wil_ik_and_none_without_it() {
        let mut d = Dokument::default();
        assert!(sterkste_themas(&d).is_empty());
        for v in wat_wil_ik::MODULE.delen.iter().flat_map(|d| d.vragen.iter()) {
            if let crate::domain::vragenlijst::Soort::Stelling { thema: Some(t), .. } = v.soort {
                let n = match t {
                    "S" => 5,
                    "C" => 4,
                    _ => 2,
                };
                d.modules
                    .entry(wat_wil_ik::MODULE.id.into())
                    .or_default()
                    .antwoorden
                    .insert(v.id.into(), Antwoord::Schaal(n));
            }
        }
        let ids: Vec<&str> = sterkste_themas(&d).iter().map(|t| t.id).collect();
        assert_eq!(ids, ["S", "C"]);
    }
}
