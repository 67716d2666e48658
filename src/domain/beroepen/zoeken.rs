//! Search as you type over ESCO's titles and synonyms: forgiving of case,
//! accents and small typos, best matches first.
//!
//! Ranking, one level per kind of match (lower is better), then the shorter
//! matched name, then ESCO's order:
//! 0. the title starts with what was typed ("verpleeg" → "verpleegkundige");
//! 1. every typed word starts a word of the title;
//! 2. the same for a synonym (or a search-only term);
//! 3. every typed word is inside the title or a synonym ("verpleeg" → "wijkverpleegkundige");
//! 4. a small typo: every typed word of 4 letters or more is one edit (two from
//!    9 letters) from the start of a word of the occupation ("hovener" → "hovenier").
//!
//! So a keystroke stays well under 50 ms on a slow phone, the search does as
//! little as gives the same answer:
//! - an occupation's names are one string, read byte by byte without allocating;
//!   only occupations holding every typed word somewhere are looked at closer;
//! - typing on narrows: a `Zoeker` keeps, per query typed so far, the occupations
//!   holding every typed word. A query that extends an earlier one ("verp" →
//!   "verpl") can only match among those; after a backspace the shorter query's
//!   set is still there;
//! - level 3 is only worked out when levels 0–2 do not fill the results: an
//!   occupation where some typed word starts no word at all can only be level 3;
//! - the typo level only runs when the others leave room, and only against words
//!   that share a first or second letter.
//!
//! The tests hold the old, plain search as the reference: this one returns
//! exactly what it returns, for every prefix typed, deleted or typed anew.

use std::collections::HashMap;

use super::Beroep;

/// One match: the occupation (index in the list), how it matched, and the
/// synonym that matched when it was not the title.
#[derive(Debug, Clone, PartialEq)]
pub struct Treffer {
    pub index: usize,
    pub niveau: u8,
    pub via: Option<String>,
}

/// Lower case, accents off (é → e, ĳ → ij), anything but letters and digits a
/// single space.
pub fn normaliseer(s: &str) -> String {
    let mut uit = String::with_capacity(s.len());
    let mut spatie = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        let vervangen: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'æ' => "ae",
            'ç' | 'č' | 'ć' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ĳ' => "ij",
            'ñ' | 'ń' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
            'œ' => "oe",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            'š' => "s",
            'ž' => "z",
            c if c.is_alphanumeric() => {
                uit.push(c);
                spatie = false;
                continue;
            }
            _ => {
                if !spatie {
                    uit.push(' ');
                    spatie = true;
                }
                continue;
            }
        };
        uit.push_str(vervangen);
        spatie = false;
    }
    if uit.ends_with(' ') {
        uit.pop();
    }
    uit
}

/// What the search prepares once, when the index is read.
#[derive(Debug, Default)]
pub(super) struct Zoekdata {
    /// Per occupation: its normalised names on one string, a line each: the
    /// title, then each synonym, then each search-only term.
    namen: Vec<String>,
    /// Per occupation: how many synonyms it has (the names after them are search-only).
    synoniemen: Vec<usize>,
    /// Per occupation: the length of its title (the first line of its names).
    titels: Vec<usize>,
    /// Every occupation's number, 0 to n − 1: where a search without a query before starts.
    alle: Vec<u16>,
    /// Every word of every name once, with the occupations it occurs in.
    woorden: Vec<(String, Vec<u16>)>,
}

impl Zoekdata {
    pub(super) fn maak(lijst: &[Beroep]) -> Zoekdata {
        let namen: Vec<String> = lijst
            .iter()
            .map(|b| {
                let mut regels = String::new();
                for n in std::iter::once(&b.titel).chain(&b.synoniemen).chain(&b.zoektermen) {
                    if !regels.is_empty() {
                        regels.push('\n');
                    }
                    regels.push_str(&normaliseer(n));
                }
                regels
            })
            .collect();
        let mut plek: HashMap<&str, usize> = HashMap::new();
        let mut woorden: Vec<(String, Vec<u16>)> = Vec::new();
        for (i, n) in namen.iter().enumerate() {
            for w in n.split(['\n', ' ']).filter(|w| w.len() >= 3) {
                let nr = *plek.entry(w).or_insert_with(|| {
                    woorden.push((w.to_string(), Vec::new()));
                    woorden.len() - 1
                });
                let bij = &mut woorden[nr].1;
                if bij.last() != Some(&(i as u16)) {
                    bij.push(i as u16);
                }
            }
        }
        Zoekdata {
            synoniemen: lijst.iter().map(|b| b.synoniemen.len()).collect(),
            titels: namen.iter().map(|n| n.find('\n').unwrap_or(n.len())).collect(),
            alle: (0..namen.len() as u16).collect(),
            namen,
            woorden,
        }
    }

    fn titel(&self, i: usize) -> &str {
        &self.namen[i][..self.titels[i]]
    }
}

/// Remembers, per query typed so far, the occupations that hold each of its
/// words somewhere in their names: a query that extends it can only match among
/// those. For one index only (`Beroepen::zoek_verder`).
#[derive(Debug, Default)]
pub struct Zoeker {
    /// Normalised queries, each extending the one before, with their occupations.
    eerder: Vec<(String, Vec<u16>)>,
}

/// Where a typed word is in a text: `Some(true)` at the start of a word,
/// `Some(false)` only inside one, `None` not at all. Words end at a space or a
/// line break.
fn plek(tekst: &[u8], woord: &[u8]) -> Option<bool> {
    let (&eerste, rest) = woord.split_first()?;
    let mut binnen = false;
    let mut i = 0;
    while i + woord.len() <= tekst.len() {
        if tekst[i] == eerste && tekst[i + 1..i + woord.len()] == *rest {
            if i == 0 || matches!(tekst[i - 1], b' ' | b'\n') {
                return Some(true);
            }
            binnen = true;
        }
        i += 1;
    }
    binnen.then_some(false)
}

/// The level a name matches at (0 starts with, 1 every word starts a word,
/// 2 every word inside), if any.
fn in_naam(naam: &[u8], vraag: &[u8], woorden: &[&[u8]]) -> Option<u8> {
    if naam.starts_with(vraag) {
        return Some(0);
    }
    let mut niveau = 1;
    for w in woorden {
        if !plek(naam, w)? {
            niveau = 2;
        }
    }
    Some(niveau)
}

/// How an occupation matches: (level, length of the matched name, the name's
/// number when not the title), the best of its names.
fn in_beroep(namen: &str, synoniemen: usize, vraag: &[u8], woorden: &[&[u8]]) -> Option<(u8, usize, Option<usize>)> {
    let mut regels = namen.split('\n');
    let titel = regels.next().unwrap_or("");
    let in_titel = in_naam(titel.as_bytes(), vraag, woorden).map(|n| if n == 2 { 3 } else { n });
    if let Some(n) = in_titel.filter(|n| *n < 2) {
        return Some((n, titel.len(), None));
    }
    let mut syn: Option<(u8, usize, Option<usize>)> = None;
    for (s, naam) in regels.enumerate().map(|(s, n)| (s + 1, n)) {
        // A hidden label is never shown, so its match comes after those the
        // person can see the reason for (the title or an "ook:" synonym).
        let verborgen = s > synoniemen;
        if let Some(lvl) = in_naam(naam.as_bytes(), vraag, woorden) {
            let hier = (if lvl == 2 || verborgen { 3 } else { 2 }, naam.len(), Some(s));
            if syn.is_none_or(|b| hier < b) {
                syn = Some(hier);
            }
        }
    }
    match (in_titel, syn) {
        (Some(t), Some(s)) if s.0 < t => Some(s),
        (Some(t), _) => Some((t, titel.len(), None)),
        (None, s) => s,
    }
}

/// Edits to turn `a` into some start of `b` (so a half-typed word counts), or
/// `None` when more than `max`. Two swapped letters count as one edit.
fn afstand_tot_begin(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len() > b.len() + max {
        return None;
    }
    // Only the first a.len() + max bytes of b are in reach: a longer start is more edits away.
    let b = &b[..b.len().min(a.len() + max)];
    // Three rows, on the stack for a typed word of normal length.
    let breed = b.len() + 1;
    let mut stapel = [0usize; 96];
    let mut los = Vec::new();
    let rijen: &mut [usize] = if 3 * breed <= stapel.len() {
        &mut stapel[..3 * breed]
    } else {
        los.resize(3 * breed, 0);
        &mut los
    };
    // rij[j]: edits from the first i bytes of a to the first j bytes of b.
    let (mut twee_terug, rest) = rijen.split_at_mut(breed);
    let (mut vorige, mut rij) = rest.split_at_mut(breed);
    for (j, v) in vorige.iter_mut().enumerate() {
        *v = j;
    }
    for (i, ca) in a.iter().enumerate() {
        rij[0] = i + 1;
        let mut kleinste = rij[0];
        for (j, cb) in b.iter().enumerate() {
            let kost = usize::from(ca != cb);
            let mut d = (vorige[j] + kost).min(vorige[j + 1] + 1).min(rij[j] + 1);
            if i > 0 && j > 0 && *ca == b[j - 1] && a[i - 1] == *cb {
                d = d.min(twee_terug[j - 1] + 1);
            }
            rij[j + 1] = d;
            kleinste = kleinste.min(d);
        }
        if kleinste > max {
            return None;
        }
        std::mem::swap(&mut twee_terug, &mut vorige);
        std::mem::swap(&mut vorige, &mut rij);
    }
    vorige.iter().copied().min().filter(|d| *d <= max)
}

pub(super) fn zoek(lijst: &[Beroep], data: &Zoekdata, zoeker: &mut Zoeker, vraag: &str, max: usize) -> Vec<Treffer> {
    let vraag = normaliseer(vraag);
    // What was typed before and is not the start of this query any more (a backspace, a new word).
    while zoeker.eerder.last().is_some_and(|(v, _)| !vraag.starts_with(v.as_str())) {
        zoeker.eerder.pop();
    }
    let woorden: Vec<&[u8]> = vraag.split(' ').filter(|w| !w.is_empty()).map(str::as_bytes).collect();
    if woorden.is_empty() || max == 0 {
        return Vec::new();
    }
    // (level, length of the matched name, index, the synonym that matched)
    let mut gevonden: Vec<(u8, usize, usize, Option<usize>)> = Vec::new();
    // Levels 0 and 1 are in the title alone: when titles fill the results, the
    // other names (level 2 at best) need not be read. Nothing is remembered then:
    // the next letter looks among what the letters before found.
    let kandidaten: &[u16] = match zoeker.eerder.last() {
        Some((_, eerder)) => eerder,
        None => &data.alle,
    };
    for i in kandidaten.iter().map(|i| usize::from(*i)) {
        let titel = data.titel(i);
        if let Some(n) = in_naam(titel.as_bytes(), vraag.as_bytes(), &woorden).filter(|n| *n < 2) {
            gevonden.push((n, titel.len(), i, None));
        }
    }
    if gevonden.len() >= max {
        return treffers(lijst, gevonden, max);
    }
    gevonden.clear();
    // Every occupation holding each typed word: the start of a word in each (`begin`;
    // levels 0–2 are only there) or inside a word only for some (`binnen`, level 3 at best).
    // `alle`: both, in index order, for the next query.
    let (mut begin, mut binnen, mut alle) = (Vec::new(), Vec::new(), Vec::new());
    let mut bekijk = |i: usize| {
        let mut overal_begin = true;
        for w in &woorden {
            match plek(data.namen[i].as_bytes(), w) {
                None => return,
                Some(b) => overal_begin &= b,
            }
        }
        if overal_begin {
            begin.push(i as u16)
        } else {
            binnen.push(i as u16)
        }
        alle.push(i as u16);
    };
    kandidaten.iter().for_each(|i| bekijk(usize::from(*i)));
    let erbij = |kandidaten: &[u16], gevonden: &mut Vec<_>| {
        for i in kandidaten.iter().map(|i| usize::from(*i)) {
            if let Some((niveau, lengte, via)) =
                in_beroep(&data.namen[i], data.synoniemen[i], vraag.as_bytes(), &woorden)
            {
                gevonden.push((niveau, lengte, i, via));
            }
        }
    };
    // The titles did not fill the results, so every name is read.
    erbij(&begin, &mut gevonden);
    // When levels 0–2 fill the results, those holding a word only inside (level 3) would come after.
    if gevonden.iter().filter(|g| g.0 <= 2).count() < max {
        erbij(&binnen, &mut gevonden);
        // Only when hardly anything matched as typed: a typo level beside good matches is noise.
        if gevonden.len() < 3 {
            let woorden: Vec<&str> = vraag.split(' ').filter(|w| !w.is_empty()).collect();
            tikfouten(data, &woorden, &mut gevonden);
        }
    }
    if zoeker.eerder.last().is_none_or(|(v, _)| *v != vraag) {
        zoeker.eerder.push((vraag, alle));
    }
    treffers(lijst, gevonden, max)
}

/// The best `max` of what was found, best first.
fn treffers(lijst: &[Beroep], mut gevonden: Vec<(u8, usize, usize, Option<usize>)>, max: usize) -> Vec<Treffer> {
    gevonden.sort_unstable_by_key(|(n, l, i, _)| (*n, *l, *i));
    gevonden.truncate(max);
    gevonden
        .into_iter()
        .map(|(niveau, _, index, via)| Treffer {
            index,
            niveau,
            via: via.and_then(|s| {
                let b = &lijst[index];
                b.synoniemen.get(s - 1).cloned()
            }),
        })
        .collect()
}

/// Level 4: occupations where every typed word is a word of theirs or a small
/// typo away from the start of one; added to `gevonden` when not there yet.
/// Fewer edits first, then a match in the title, then the shorter title.
fn tikfouten(data: &Zoekdata, woorden: &[&str], gevonden: &mut Vec<(u8, usize, usize, Option<usize>)>) {
    if woorden.iter().all(|w| w.len() < 4) {
        return;
    }
    let n = data.namen.len();
    // Per occupation: the sum of the fewest edits per typed word (`None`: a word did not match).
    let mut som: Vec<Option<usize>> = vec![Some(0); n];
    for w in woorden {
        let mut hier: Vec<Option<usize>> = vec![None; n];
        let wb = w.as_bytes();
        for (woord, bij) in &data.woorden {
            let Some(d) = lijkt(wb, woord.as_bytes()) else { continue };
            for i in bij {
                let h = &mut hier[usize::from(*i)];
                *h = Some(h.map_or(d, |x| x.min(d)));
            }
        }
        for (s, h) in som.iter_mut().zip(hier) {
            *s = s.zip(h).map(|(a, b)| a + b);
        }
    }
    let al: std::collections::HashSet<usize> = gevonden.iter().map(|g| g.2).collect();
    for (i, d) in som.into_iter().enumerate() {
        let Some(d) = d else { continue };
        if al.contains(&i) {
            continue;
        }
        let titel = data.titel(i);
        let in_titel = woorden.iter().all(|w| titel.split(' ').any(|tw| lijkt(w.as_bytes(), tw.as_bytes()).is_some()));
        gevonden.push((4, d * 10_000 + usize::from(!in_titel) * 1000 + titel.len(), i, None));
    }
}

/// The edits from a typed word to the start of a word of a name: 0 when it is
/// the start as typed; words under 4 letters only as typed; one edit, two from 9 letters.
fn lijkt(getypt: &[u8], woord: &[u8]) -> Option<usize> {
    if woord.starts_with(getypt) {
        return Some(0);
    }
    if getypt.len() < 4 || woord.is_empty() || !(woord[0] == getypt[0] || (woord.len() > 1 && woord[1] == getypt[1])) {
        return None;
    }
    afstand_tot_begin(getypt, woord, if getypt.len() >= 9 { 2 } else { 1 })
}
