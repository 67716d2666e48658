//! Where to turn when it weighs too much (issue 23): the help page `#/hulp`,
//! the quiet link to it in every footer, and the short block that stands on
//! that page, under the worries that can signal despair and in the module
//! about loss. The facts (who, which numbers, when) are in
//! `../shared/reference/hulp.md`; the words are Spoorwijzer's own.
//!
//! Every number is a `tel:` link and the chat a plain link: the app only
//! links, it never sends or fetches anything. Each sentence also reads well as
//! plain text (offline, printed, or before the app runs).

use crate::domain::tekst::{t, Tekst};

/// A number to call or a site to visit: what the person reads and where the link goes.
#[derive(Debug, PartialEq, Eq)]
pub struct Nummer {
    pub tekst: &'static str,
    pub href: &'static str,
}

/// 113 Zelfmoordpreventie, day and night; calling 113 is free since October 2025.
pub const BEL_113: Nummer = Nummer { tekst: "113", href: "tel:113" };
/// The same line's free 0800 number.
pub const BEL_0800_0113: Nummer = Nummer { tekst: "0800-0113", href: "tel:08000113" };
/// The chat of 113, on its own website.
pub const CHAT_113: Nummer = Nummer { tekst: "113.nl", href: "https://www.113.nl" };
/// The emergency number, when a life is in danger now.
pub const BEL_112: Nummer = Nummer { tekst: "112", href: "tel:112" };

/// The page's heading, and the footer link's text.
pub static TITEL: Tekst = t("Hulp als het te zwaar is", "Help if it gets too much");

pub static INTRO: Tekst = t(
    "Soms is alles even te veel. Dat mag. Je hoeft het niet alleen te dragen.",
    "Sometimes everything is just too much. That is allowed. You don't have to carry it alone.",
);

/// The block's heading, wherever it stands.
pub static BLOK_KOP: Tekst = t("Als het te zwaar wordt", "If it gets too heavy");

static MENSEN: Tekst = t(
    "Praat erover met je coach of met je huisarts. 's Avonds en in het weekend kun je de huisartsenpost bellen.",
    "Talk about it with your coach or your huisarts (family doctor). In the evening and at the weekend you can call the huisartsenpost (out-of-hours GP service).",
);

static ZELFDODING: Tekst = t(
    "Denk je aan zelfdoding? Praat erover met 113 Zelfmoordpreventie. Dat kan dag en nacht, gratis en anoniem.",
    "Are you thinking about suicide? Talk about it with 113 Zelfmoordpreventie (suicide prevention). You can do so day and night, free of charge and anonymously.",
);

/// On a line of its own, so the numbers are easy to find.
static BEL: Tekst = t("Bel {} of {}, of chat op {}.", "Call {} or {}, or chat on {}.");

static GEVAAR: Tekst = t("Is je leven nu in gevaar? Bel {}.", "Is your life in danger right now? Call {}.");

/// The block: each paragraph a text with `{}` where its links go, in order.
pub static BLOK: [(&Tekst, &[Nummer]); 4] =
    [(&MENSEN, &[]), (&ZELFDODING, &[]), (&BEL, &[BEL_113, BEL_0800_0113, CHAT_113]), (&GEVAAR, &[BEL_112])];

/// Only on the help page, under the block.
pub static ANDER: Tekst = t(
    "Maak je je zorgen om iemand anders? Ook dan kun je 113 bellen of chatten.",
    "Are you worried about someone else? You can call or chat with 113 about that too.",
);

pub static NIETS_VERSTUURD: Tekst = t(
    "Spoorwijzer stuurt niets door, ook niet dat je deze pagina hebt geopend.",
    "Spoorwijzer sends nothing anywhere, not even that you opened this page.",
);

/// One piece of a paragraph: plain words, or a link.
#[derive(Debug, PartialEq, Eq)]
pub enum Stuk<'a> {
    Tekst(&'a str),
    Link(&'static Nummer),
}

/// A paragraph's text cut at its `{}`, with its links in between.
pub fn stukken<'a>(tekst: &'a str, links: &'static [Nummer]) -> Vec<Stuk<'a>> {
    let mut uit = Vec::new();
    for (i, deel) in tekst.split("{}").enumerate() {
        if i > 0 {
            if let Some(n) = links.get(i - 1) {
                uit.push(Stuk::Link(n));
            }
        }
        if !deel.is_empty() {
            uit.push(Stuk::Tekst(deel));
        }
    }
    uit
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::taal::Taal;

    #[test]
    fn every_number_is_a_real_link_and_every_place_has_its_link() {
        for (tekst, links) in BLOK.iter() {
            for taal in Taal::ALLE {
                let s = tekst.in_taal(taal);
                assert_eq!(s.matches("{}").count(), links.len(), "{s}");
                let gelinkt: Vec<_> = stukken(s, links)
                    .into_iter()
                    .filter_map(|x| match x {
                        Stuk::Link(n) => Some(n),
                        Stuk::Tekst(_) => None,
                    })
                    .collect();
                assert_eq!(gelinkt.len(), links.len(), "{s}");
            }
        }
        let alle: Vec<&Nummer> = BLOK.iter().flat_map(|(_, l)| l.iter()).collect();
        for n in &alle {
            if n.href.starts_with("tel:") {
                // The href dials what the text shows, digits only.
                let cijfers: String = n.tekst.chars().filter(char::is_ascii_digit).collect();
                assert_eq!(n.href, format!("tel:{cijfers}"));
            } else {
                assert_eq!(n.href, "https://www.113.nl", "a plain link to 113's own site");
            }
        }
        for (n, href) in [(&BEL_113, "tel:113"), (&BEL_0800_0113, "tel:08000113"), (&BEL_112, "tel:112")] {
            assert!(alle.contains(&n), "{href} is in the block");
            assert_eq!(n.href, href);
        }
        assert!(alle.contains(&&CHAT_113));
    }

    /// The current public facts (reference/hulp.md), said in both languages.
    #[test]
    fn the_block_says_who_when_and_how_in_both_languages() {
        let nl: String = BLOK.iter().map(|(tk, _)| tk.nl).collect::<Vec<_>>().join(" ");
        let en: String = BLOK.iter().map(|(tk, _)| tk.en).collect::<Vec<_>>().join(" ");
        for nodig in [
            "coach",
            "huisarts",
            "huisartsenpost",
            "113 Zelfmoordpreventie",
            "dag en nacht",
            "gratis",
            "anoniem",
            "chat",
        ] {
            assert!(nl.contains(nodig), "{nodig}: {nl}");
        }
        for nodig in
            ["coach", "huisarts", "113 Zelfmoordpreventie", "day and night", "free of charge", "anonymously", "chat"]
        {
            assert!(en.contains(nodig), "{nodig}: {en}");
        }
        // Calm: no alarm words, no capitals, no exclamation marks; never a question about a diagnosis.
        let alle = crate::content::tekstbestanden::gescand().into_iter().filter(|(bron, _)| bron == "hulp.rs");
        for (_, tk) in alle {
            for s in [tk.nl, tk.en] {
                assert!(!s.contains('!') && !s.contains("direct") && !s.contains("moet"), "{s}");
                assert!(!s.to_lowercase().contains("diagnose") && !s.to_lowercase().contains("diagnosis"), "{s}");
            }
        }
        // The line's own wording is not copied.
        assert!(!nl.contains("Bel dan 24/7 gratis en anoniem 113 of chat op 113.nl"));
    }

    #[test]
    fn a_paragraph_is_cut_at_its_places() {
        let s = stukken("Bel {} of {}.", &[BEL_113, BEL_0800_0113]);
        assert_eq!(
            s,
            [
                Stuk::Tekst("Bel "),
                Stuk::Link(&BEL_113),
                Stuk::Tekst(" of "),
                Stuk::Link(&BEL_0800_0113),
                Stuk::Tekst(".")
            ]
        );
    }
}
