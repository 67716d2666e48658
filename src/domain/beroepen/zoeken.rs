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
//!    8 letters) from the start of a word of the occupation ("hovener" → "hovenier").
//!
//! The typo level only runs when the others leave room, and only against words
//! that share a first or second letter, so a keystroke stays well under 50 ms on a slow phone.

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
    /// Per occupation: the normalised title, then each synonym and search-only term.
    namen: Vec<Vec<String>>,
    /// Every word of every name once, with the occupations it occurs in.
    woorden: Vec<(String, Vec<u16>)>,
}

impl Zoekdata {
    pub(super) fn maak(lijst: &[Beroep]) -> Zoekdata {
        let namen: Vec<Vec<String>> = lijst
            .iter()
            .map(|b| {
                std::iter::once(&b.titel).chain(&b.synoniemen).chain(&b.zoektermen).map(|n| normaliseer(n)).collect()
            })
            .collect();
        let mut plek: HashMap<&str, usize> = HashMap::new();
        let mut woorden: Vec<(String, Vec<u16>)> = Vec::new();
        for (i, n) in namen.iter().enumerate() {
            for w in n.iter().flat_map(|n| n.split(' ')).filter(|w| w.len() >= 3) {
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
        Zoekdata { namen, woorden }
    }
}

/// The level a name matches at (0 starts with, 1 every word starts a word,
/// 2 every word inside), if any.
fn in_naam(naam: &str, vraag: &str, woorden: &[&str]) -> Option<u8> {
    if naam.starts_with(vraag) {
        Some(0)
    } else if woorden.iter().all(|w| naam.split(' ').any(|nw| nw.starts_with(w))) {
        Some(1)
    } else if woorden.iter().all(|w| naam.contains(w)) {
        Some(2)
    } else {
        None
    }
}

/// Edits to turn `a` into some start of `b` (so a half-typed word counts), or
/// `None` when more than `max`. Two swapped letters count as one edit.
fn afstand_tot_begin(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len() > b.len() + max {
        return None;
    }
    // rij[j]: edits from the first i bytes of a to the first j bytes of b.
    let mut twee_terug: Vec<usize> = vec![0; b.len() + 1];
    let mut vorige: Vec<usize> = (0..=b.len()).collect();
    let mut rij = vec![0; b.len() + 1];
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

pub(super) fn zoek(lijst: &[Beroep], data: &Zoekdata, vraag: &str, max: usize) -> Vec<Treffer> {
    let vraag = normaliseer(vraag);
    let woorden: Vec<&str> = vraag.split(' ').filter(|w| !w.is_empty()).collect();
    if woorden.is_empty() || max == 0 {
        return Vec::new();
    }
    // (level, length of the matched name, index, the synonym that matched)
    let mut gevonden: Vec<(u8, usize, usize, Option<usize>)> = Vec::new();
    for (i, namen) in data.namen.iter().enumerate() {
        let titel = in_naam(&namen[0], &vraag, &woorden).map(|n| if n == 2 { 3 } else { n });
        let beste = match titel {
            Some(n) if n < 2 => Some((n, namen[0].len(), None)),
            _ => {
                let syn = namen
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter_map(|(s, n)| {
                        // A hidden label is never shown, so its match comes after those the
                        // person can see the reason for (the title or an "ook:" synonym).
                        let verborgen = s > lijst[i].synoniemen.len();
                        in_naam(n, &vraag, &woorden).map(|lvl| (if lvl == 2 || verborgen { 3 } else { 2 }, n.len(), Some(s)))
                    })
                    .min();
                match (titel, syn) {
                    (Some(t), Some(s)) if s.0 < t => Some(s),
                    (Some(t), _) => Some((t, namen[0].len(), None)),
                    (None, s) => s,
                }
            }
        };
        if let Some((niveau, lengte, via)) = beste {
            gevonden.push((niveau, lengte, i, via));
        }
    }
    // Only when hardly anything matched as typed: a typo level beside good matches is noise.
    if gevonden.len() < 3 {
        tikfouten(data, &woorden, &mut gevonden);
    }
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
        let titel = &data.namen[i][0];
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
