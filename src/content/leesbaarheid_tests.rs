//! Plain words, measured: every Dutch text the person reads, per set.
//!
//! - **Sentences.** A text is split after `.`, `?` and `!` when a space, a line
//!   break or the end follows (so "7:629" or "0800-0113" stay whole), and at
//!   line breaks. A label without end punctuation counts as one sentence.
//! - **Words.** Runs of letters and digits (with `'` and `-` inside a word);
//!   `{}` placeholders are not words.
//! - **Syllables.** Groups of vowels (a, e, i, o, u, y and their accented forms):
//!   "werk|ge|ver" has 3. A word without vowels (a number such as "104", an
//!   abbreviation such as "UWV") counts as 1. This is rough: "ui", "eeu" and
//!   "ij" count once, as they should; a few loan words are off by one.
//! - **Flesch–Douma** per set = 206.84 − 0.77 × syllables per 100 words
//!   − 0.93 × average words per sentence. Higher is easier; 60–70 is plain,
//!   80 and up is easy.
//!
//! The sets, all from the one gatherer of texts, the source scan
//! (`tekstbestanden::gescand`, one-word texts included): the modules (the files under
//! `src/content/modules/`), the timeline (the exact list its page loads, milestone
//! cards included) and the interface (every other content file, and the crash screen).
//!
//! The floors: no sentence over 20 words, and a score of at least 80 for the
//! interface and for the modules, and at least 75 for the timeline (its legal
//! terms are long words even when glossed). Run `cargo test leesbaarheid --
//! --nocapture` to see the figures.

use crate::content::tekstbestanden::{gescand, tijdlijn_teksten as gescande_tijdlijn};

/// The highest number of words in one sentence.
const MAX_WOORDEN: usize = 20;
/// The lowest Flesch–Douma score for the interface and the modules.
const MIN_SCORE: f64 = 80.0;

/// The lowest Flesch–Douma score for the timeline texts.
const MIN_SCORE_TIJDLIJN: f64 = 75.0;

/// Sentences of a text (see the module documentation).
pub(crate) fn zinnen(tekst: &str) -> Vec<String> {
    let mut uit = Vec::new();
    let mut huidig = String::new();
    let mut tekens = tekst.chars().peekable();
    while let Some(c) = tekens.next() {
        if c == '\n' {
            uit.push(std::mem::take(&mut huidig));
            continue;
        }
        huidig.push(c);
        if matches!(c, '.' | '?' | '!') && tekens.peek().is_none_or(|n| n.is_whitespace()) {
            uit.push(std::mem::take(&mut huidig));
        }
    }
    uit.push(huidig);
    uit.into_iter().filter(|z| !woorden(z).is_empty()).collect()
}

pub(crate) fn woorden(zin: &str) -> Vec<String> {
    zin.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_lowercase)
        .collect()
}

pub(crate) fn lettergrepen(woord: &str) -> usize {
    let klinker = |c: char| "aeiouyáéíóúàèëïöüâêîôû".contains(c);
    let mut n = 0;
    let mut vorige = false;
    for c in woord.chars() {
        let k = klinker(c);
        if k && !vorige {
            n += 1;
        }
        vorige = k;
    }
    n.max(1)
}

/// Sentences, words and syllables of one set, and its too-long sentences.
#[derive(Default)]
struct Telling {
    zinnen: usize,
    woorden: usize,
    grepen: usize,
    lang: Vec<String>,
}

impl Telling {
    fn tel(&mut self, waar: &str, tekst: &str) {
        for z in zinnen(tekst) {
            let w = woorden(&z);
            self.zinnen += 1;
            self.woorden += w.len();
            self.grepen += w.iter().map(|w| lettergrepen(w)).sum::<usize>();
            if w.len() > MAX_WOORDEN {
                self.lang.push(format!("{waar}: {} words: {}", w.len(), z.trim()));
            }
        }
    }
    fn score(&self) -> f64 {
        let per_zin = self.woorden as f64 / self.zinnen.max(1) as f64;
        let per_100 = self.grepen as f64 / self.woorden.max(1) as f64 * 100.0;
        206.84 - 0.77 * per_100 - 0.93 * per_zin
    }
    fn regel(&self, naam: &str) -> String {
        format!(
            "{naam:<10} Flesch–Douma {:>5.1}  {:>5} sentences  {:>4.1} words/sentence  {:>5.1} syllables/100 words  {} over {MAX_WOORDEN} words",
            self.score(),
            self.zinnen,
            self.woorden as f64 / self.zinnen.max(1) as f64,
            self.grepen as f64 / self.woorden.max(1) as f64 * 100.0,
            self.lang.len()
        )
    }
}

/// The interface: every text of the content sources that is neither a module's nor the
/// timeline's, from the source scan (one-word texts included), and the crash screen's
/// (compiled in, so not in the scan).
fn interface() -> Telling {
    let mut t = Telling::default();
    for (bron, tekst) in gescand() {
        if !bron.starts_with("modules/") && !bron.starts_with("tijdlijn") {
            t.tel(&bron, tekst.nl);
        }
    }
    for (naam, tekst) in super::nood::ALLE {
        t.tel(naam, tekst.nl);
    }
    t
}

/// The modules: every text of `src/content/modules/`, from the source scan.
fn modules() -> Telling {
    let mut t = Telling::default();
    for (bron, tekst) in gescand() {
        if bron.starts_with("modules/") {
            t.tel(&bron, tekst.nl);
        }
    }
    t
}

/// The Dutch timeline texts: exactly the texts the timeline page loads (the
/// same list that writes `pwa/teksten-tijdlijn.nl.txt`), each once. (Until
/// December 2026 this set was read from the source by `t(`, which skipped the
/// 133 texts written as `t!(` over several lines: the milestone cards.)
fn tijdlijn_teksten() -> Vec<&'static str> {
    let mut uit: Vec<&'static str> = Vec::new();
    for (_, tk) in gescande_tijdlijn() {
        if !uit.contains(&tk.nl) {
            uit.push(tk.nl);
        }
    }
    uit
}

fn tijdlijn() -> Telling {
    let mut t = Telling::default();
    for tekst in tijdlijn_teksten() {
        t.tel("tijdlijn", tekst);
    }
    t
}

#[test]
fn leesbaarheid_per_set() {
    let (i, m, tl) = (interface(), modules(), tijdlijn());
    println!("Dutch readability (syllables as vowel groups):");
    println!("{}", i.regel("interface"));
    println!("{}", m.regel("modules"));
    println!("{}", tl.regel("tijdlijn"));
    assert!(tl.zinnen > 500, "the timeline texts were not found ({} sentences)", tl.zinnen);
    let lang: Vec<_> = i.lang.iter().chain(&m.lang).chain(&tl.lang).collect();
    assert!(lang.is_empty(), "sentences over {MAX_WOORDEN} words: {lang:#?}");
    assert!(i.score() >= MIN_SCORE, "interface scores {:.1}, below {MIN_SCORE}", i.score());
    assert!(m.score() >= MIN_SCORE, "modules score {:.1}, below {MIN_SCORE}", m.score());
    assert!(tl.score() >= MIN_SCORE_TIJDLIJN, "timeline scores {:.1}, below {MIN_SCORE_TIJDLIJN}", tl.score());
}

#[test]
fn the_counting_rules_do_what_they_say() {
    assert_eq!(zinnen("Bel 113. Of gratis 0800-0113! Klaar"), ["Bel 113.", " Of gratis 0800-0113!", " Klaar"]);
    assert_eq!(zinnen("Artikel 7:629 geldt.").len(), 1);
    assert_eq!(zinnen("Kop\nTekst.").len(), 2);
    assert_eq!(woorden("{} van {} delen klaar"), ["van", "delen", "klaar"]);
    assert_eq!(lettergrepen("werkgever"), 3);
    assert_eq!(lettergrepen("ziektewet"), 3);
    assert_eq!(lettergrepen("UWV".to_lowercase().as_str()), 1);
    assert_eq!(lettergrepen("104"), 1);
    // 1 sentence, 4 words, 4 syllables: 206.84 - 0.77 * 100 - 0.93 * 4.
    let mut t = Telling::default();
    t.tel("x", "Ik ga naar huis.");
    assert!((t.score() - (206.84 - 77.0 - 3.72)).abs() < 1e-9);
}

#[test]
fn the_timeline_cards_written_over_several_lines_are_measured() {
    // A milestone card's text is written as `t!(` with its Dutch on the next line.
    let kaart = crate::content::tijdlijn::mijlpaal_tekst_in(
        crate::domain::tijdlijn::engine::MijlpaalId::WiaAanvraagUiterlijk,
        false,
        false,
    );
    let gemeten = tijdlijn_teksten();
    for tk in [kaart.titel, kaart.wat, kaart.jij] {
        assert!(gemeten.contains(&tk.nl), "not measured: {}", tk.nl);
    }
}
