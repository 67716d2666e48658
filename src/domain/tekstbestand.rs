//! The text file of one language: every text of the app by its key
//! ([`super::tekst::sleutel`]), so the wasm carries keys and the person's
//! device loads only the words of the language they read.
//!
//! The format is plain lines, cheap to read without a JSON parser:
//!
//! ```text
//! spoorwijzer-teksten 1 nl basis 1873 9a3c0f12
//! 0001a2b3 Ja
//! 0002c4d5 Eerste regel\nTweede regel
//! ```
//!
//! The first line names the format version, the language, the part (see
//! [`Deel`]), the number of texts
//! and a checksum (FNV-1a over everything after the first line), so a file that
//! was cut off, changed or is not a text file at all (a host's error page) is
//! refused with a clear message instead of showing empty places. Keys come in
//! ascending order. In a text, `\` is written `\\` and a line break `\n`.

use std::cell::RefCell;

use super::fnv::{meng, BEGIN};
use super::taal::Taal;

const KOP: &str = "spoorwijzer-teksten";
const VERSIE: u32 = 1;

/// Which texts a file holds. The timeline's long texts are only needed on
/// `#/tijdlijn`, so a candidate who starts with a module never loads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deel {
    /// Everything else: the frame, the modules, sharing, the coach's pages.
    Basis,
    Tijdlijn,
    /// The coach's side (issue 28): the workspace, "Mijn kandidaten"
    /// (`content::werkplek`), and the shared view's words about the candidate
    /// (`content::over_kandidaat`, also loaded by the share preview).
    Werkplek,
    /// "Beroepen verkennen" (issue 27): its page and the groups' texts.
    Beroepen,
}

impl Deel {
    pub const ALLE: [Deel; 4] = [Deel::Basis, Deel::Tijdlijn, Deel::Werkplek, Deel::Beroepen];

    pub fn code(self) -> &'static str {
        match self {
            Deel::Basis => "basis",
            Deel::Tijdlijn => "tijdlijn",
            Deel::Werkplek => "werkplek",
            Deel::Beroepen => "beroepen",
        }
    }

    fn uit_code(code: &str) -> Option<Deel> {
        Deel::ALLE.into_iter().find(|d| d.code() == code)
    }
}

/// The texts of one part in one language, sorted by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tabel {
    pub taal: Taal,
    pub deel: Deel,
    teksten: Vec<(u32, Box<str>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fout {
    /// Not a Spoorwijzer text file (for example an HTML error page).
    GeenTekstbestand,
    /// Made for another format version.
    AndereVersie,
    /// The file is for the other language or another part.
    AndereTaal,
    /// Cut off, changed or damaged on the way.
    Beschadigd,
}

impl Tabel {
    pub fn zoek(&self, sleutel: u32) -> Option<&str> {
        self.teksten.binary_search_by_key(&sleutel, |(k, _)| *k).ok().map(|i| &*self.teksten[i].1)
    }

    pub fn len(&self) -> usize {
        self.teksten.len()
    }

    pub fn is_empty(&self) -> bool {
        self.teksten.is_empty()
    }
}

fn controle(romp: &str) -> u32 {
    meng(BEGIN, romp.as_bytes())
}

/// Write the file for `taal` and `deel` from (key, text) pairs; the same key
/// twice must carry the same text (it is the same text: the key is its hash).
pub fn schrijf(
    taal: Taal,
    deel: Deel,
    teksten: impl IntoIterator<Item = (u32, String)>,
) -> Result<String, (u32, String, String)> {
    let mut lijst: Vec<(u32, String)> = teksten.into_iter().collect();
    lijst.sort();
    lijst.dedup();
    if let Some(w) = lijst.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err((w[0].0, w[0].1.clone(), w[1].1.clone()));
    }
    let mut romp = String::new();
    for (k, tekst) in &lijst {
        romp.push_str(&format!("{k:08x} "));
        for c in tekst.chars() {
            match c {
                '\\' => romp.push_str("\\\\"),
                '\n' => romp.push_str("\\n"),
                c => romp.push(c),
            }
        }
        romp.push('\n');
    }
    Ok(format!("{KOP} {VERSIE} {} {} {} {:08x}\n{romp}", taal.code(), deel.code(), lijst.len(), controle(&romp)))
}

/// Read a text file, checking that it is whole and the expected language and part.
pub fn lees(inhoud: &str, verwacht: Taal, verwacht_deel: Deel) -> Result<Tabel, Fout> {
    let (kop, romp) = inhoud.split_once('\n').ok_or(Fout::GeenTekstbestand)?;
    let mut delen = kop.split(' ');
    if delen.next() != Some(KOP) {
        return Err(Fout::GeenTekstbestand);
    }
    let versie: u32 = delen.next().and_then(|v| v.parse().ok()).ok_or(Fout::GeenTekstbestand)?;
    if versie != VERSIE {
        return Err(Fout::AndereVersie);
    }
    let taal = delen.next().and_then(Taal::uit_code).ok_or(Fout::GeenTekstbestand)?;
    let deel = delen.next().and_then(Deel::uit_code).ok_or(Fout::GeenTekstbestand)?;
    if taal != verwacht || deel != verwacht_deel {
        return Err(Fout::AndereTaal);
    }
    let aantal: usize = delen.next().and_then(|v| v.parse().ok()).ok_or(Fout::Beschadigd)?;
    let som = delen.next().and_then(|v| u32::from_str_radix(v, 16).ok()).ok_or(Fout::Beschadigd)?;
    if delen.next().is_some() || controle(romp) != som {
        return Err(Fout::Beschadigd);
    }
    let mut teksten: Vec<(u32, Box<str>)> = Vec::with_capacity(aantal.min(romp.len() / 10 + 1));
    for regel in romp.lines() {
        let (k, rest) = regel.split_once(' ').ok_or(Fout::Beschadigd)?;
        let k = u32::from_str_radix(k, 16).map_err(|_| Fout::Beschadigd)?;
        if teksten.last().is_some_and(|(vorige, _)| *vorige >= k) {
            return Err(Fout::Beschadigd);
        }
        let mut tekst = String::with_capacity(rest.len());
        let mut tekens = rest.chars();
        while let Some(c) = tekens.next() {
            if c == '\\' {
                match tekens.next() {
                    Some('\\') => tekst.push('\\'),
                    Some('n') => tekst.push('\n'),
                    _ => return Err(Fout::Beschadigd),
                }
            } else {
                tekst.push(c);
            }
        }
        teksten.push((k, tekst.into_boxed_str()));
    }
    if teksten.len() != aantal {
        return Err(Fout::Beschadigd);
    }
    Ok(Tabel { taal, deel, teksten })
}

thread_local! {
    /// The loaded parts per language, for the life of the page (a few hundred KB at most).
    static GELADEN: RefCell<[[Option<&'static Tabel>; 4]; 2]> = const { RefCell::new([[None; 4], [None; 4]]) };
    /// Keys asked for that no loaded table holds: an empty place on the page (a
    /// text of a part this page did not load, or a file of another build). The
    /// interface reports them (`ui::app`), so the browser tests see them.
    static GEMIST: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// The keys missed since the last call (each once, at most 32 kept).
pub fn neem_gemist() -> Vec<u32> {
    GEMIST.with(|g| std::mem::take(&mut *g.borrow_mut()))
}

fn plek(taal: Taal, deel: Deel) -> (usize, usize) {
    let t = match taal {
        Taal::Nl => 0,
        Taal::En => 1,
    };
    let d = match deel {
        Deel::Basis => 0,
        Deel::Tijdlijn => 1,
        Deel::Werkplek => 2,
        Deel::Beroepen => 3,
    };
    (t, d)
}

/// Make a read table the one its language's texts of that part come from.
pub fn zet(tabel: Tabel) {
    let (t, d) = plek(tabel.taal, tabel.deel);
    let tabel: &'static Tabel = Box::leak(Box::new(tabel));
    GELADEN.with(|g| g.borrow_mut()[t][d] = Some(tabel));
}

/// The basis texts of `taal`, when loaded: with them the app can start.
pub fn geladen(taal: Taal) -> Option<&'static Tabel> {
    deel_geladen(taal, Deel::Basis)
}

pub fn deel_geladen(taal: Taal, deel: Deel) -> Option<&'static Tabel> {
    let (t, d) = plek(taal, deel);
    GELADEN.with(|g| g.borrow()[t][d])
}

/// The text in `taal`; while that language is not loaded, the other's, so a
/// page never shows empty places during a switch of language.
pub fn zoek(taal: Taal, sleutel: u32) -> Option<&'static str> {
    let [eerst, dan] = match taal {
        Taal::Nl => [Taal::Nl, Taal::En],
        Taal::En => [Taal::En, Taal::Nl],
    };
    let taal = if geladen(eerst).is_some() || geladen(dan).is_none() { eerst } else { dan };
    let gevonden = Deel::ALLE.into_iter().filter_map(|d| deel_geladen(taal, d)).find_map(|t| t.zoek(sleutel));
    if gevonden.is_none() && geladen(taal).is_some() {
        GEMIST.with(|g| {
            let mut g = g.borrow_mut();
            if g.len() < 32 && !g.contains(&sleutel) {
                g.push(sleutel);
            }
        });
    }
    gevonden
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voorbeeld() -> String {
        schrijf(
            Taal::Nl,
            Deel::Basis,
            vec![
                (7, "Ja".to_string()),
                (3, "Twee regels\nmet een \\ erin".to_string()),
                (7, "Ja".to_string()),
                (0xffff_ffff, "€ 400 en ‘aanhalingstekens’".to_string()),
            ],
        )
        .unwrap()
    }

    #[test]
    fn a_written_file_reads_back_every_text_by_its_key() {
        let tabel = lees(&voorbeeld(), Taal::Nl, Deel::Basis).unwrap();
        assert_eq!(tabel.len(), 3, "the same text twice is written once");
        assert_eq!(tabel.zoek(7), Some("Ja"));
        assert_eq!(tabel.zoek(3), Some("Twee regels\nmet een \\ erin"));
        assert_eq!(tabel.zoek(0xffff_ffff), Some("€ 400 en ‘aanhalingstekens’"));
        assert_eq!(tabel.zoek(4), None);
    }

    #[test]
    fn two_different_texts_with_one_key_are_refused_when_writing() {
        assert!(schrijf(Taal::En, Deel::Basis, vec![(1, "a".into()), (1, "b".into())]).is_err());
    }

    #[test]
    fn a_wrong_file_is_named_for_what_is_wrong() {
        let goed = voorbeeld();
        assert_eq!(lees("<!doctype html><p>Not found</p>\n", Taal::Nl, Deel::Basis), Err(Fout::GeenTekstbestand));
        assert_eq!(lees("", Taal::Nl, Deel::Basis), Err(Fout::GeenTekstbestand));
        assert_eq!(lees(&goed, Taal::En, Deel::Basis), Err(Fout::AndereTaal));
        assert_eq!(lees(&goed, Taal::Nl, Deel::Tijdlijn), Err(Fout::AndereTaal), "another part");
        assert_eq!(lees(&goed.replacen(" 1 nl ", " 2 nl ", 1), Taal::Nl, Deel::Basis), Err(Fout::AndereVersie));
        // Cut off at every point after the header: never accepted.
        let kop = goed.find('\n').unwrap();
        for eind in kop + 1..goed.len() {
            if goed.is_char_boundary(eind) {
                assert!(lees(&goed[..eind], Taal::Nl, Deel::Basis).is_err(), "cut at {eind}");
            }
        }
    }

    #[test]
    fn every_changed_character_is_noticed() {
        let goed = voorbeeld();
        let tekens: Vec<char> = goed.chars().collect();
        for i in 0..tekens.len() {
            for vervanger in ['x', '0', '\n', '\\'] {
                if tekens[i] == vervanger {
                    continue;
                }
                let mut ander = tekens.clone();
                ander[i] = vervanger;
                let ander: String = ander.into_iter().collect();
                assert!(lees(&ander, Taal::Nl, Deel::Basis).is_err(), "changed at {i} to {vervanger:?}");
            }
        }
    }

    #[test]
    fn lookups_fall_back_to_the_loaded_language_while_the_other_loads() {
        // Each test runs on its own thread, so this thread's table starts empty.
        assert_eq!(zoek(Taal::En, 7), None);
        zet(lees(&voorbeeld(), Taal::Nl, Deel::Basis).unwrap());
        assert_eq!(zoek(Taal::En, 7), Some("Ja"), "Dutch while English is not there");
        let en = schrijf(Taal::En, Deel::Basis, vec![(7, "Yes".to_string())]).unwrap();
        zet(lees(&en, Taal::En, Deel::Basis).unwrap());
        assert_eq!(zoek(Taal::En, 7), Some("Yes"));
        assert_eq!(zoek(Taal::Nl, 7), Some("Ja"));
        assert_eq!(zoek(Taal::En, 3), None, "no mixing once a language is loaded");
        assert_eq!(zoek(Taal::En, 9), None);
        let tl = schrijf(Taal::En, Deel::Tijdlijn, vec![(9, "Week 104".to_string())]).unwrap();
        zet(lees(&tl, Taal::En, Deel::Tijdlijn).unwrap());
        assert_eq!(zoek(Taal::En, 9), Some("Week 104"), "a part's texts once it is loaded");
        assert_eq!(zoek(Taal::En, 7), Some("Yes"));
    }

    #[test]
    fn a_key_no_loaded_table_holds_is_noted_once_for_the_interface_to_report() {
        // Before anything is loaded the app does not draw: no miss to report.
        assert_eq!(zoek(Taal::Nl, 5), None);
        assert_eq!(neem_gemist(), Vec::<u32>::new());
        zet(lees(&voorbeeld(), Taal::Nl, Deel::Basis).unwrap());
        assert_eq!(zoek(Taal::Nl, 7), Some("Ja"));
        assert_eq!(neem_gemist(), Vec::<u32>::new(), "a text that is there is no miss");
        // A timeline text on a page that did not load the timeline's part.
        for _ in 0..3 {
            assert_eq!(zoek(Taal::Nl, 9), None);
        }
        assert_eq!(zoek(Taal::Nl, 5), None);
        assert_eq!(neem_gemist(), vec![9, 5], "each missing key once, in order");
        assert_eq!(neem_gemist(), Vec::<u32>::new(), "taken, not kept");
    }
}
