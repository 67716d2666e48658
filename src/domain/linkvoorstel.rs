//! What a link may change in the app, and when it must ask first (issue 22, item 5).
//!
//! Anyone can make a link: a coach, but also someone pretending to be one. So a
//! link proposes and the person decides. A coach link's welcome is shown as a
//! preview until the person keeps it; a `?start=` date does not replace a first
//! sick day that was filled in without asking. These are the rules; the pages
//! only show them.

use super::coach::CoachInstellingen;
use super::tijdlijn::formulier::lees_datum;

/// Whether a coach link must be shown as a preview (with "Bewaren" and "Niet
/// bewaren") before anything of it is used: it carries something, and it is
/// not what is stored already. The same link again, after it was kept, is not
/// asked again (also when the person hid the welcome since).
pub fn coach_vraagt(link: &CoachInstellingen, opgeslagen: Option<&CoachInstellingen>) -> bool {
    !link.is_leeg() && !opgeslagen.is_some_and(|o| o.zelfde_link(link))
}

/// The settings kept when the person says yes: the link's, with its welcome
/// shown (a new link from the coach is worth seeing, even if an older one was hidden).
pub fn coach_bewaard(link: &CoachInstellingen) -> CoachInstellingen {
    CoachInstellingen { verborgen: false, ..link.clone() }
}

/// What a `?start=` date from a link does with the first sick day that is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartUitLink {
    /// The link's date is the stored one: nothing to do or ask.
    AlBewaard,
    /// Nothing is stored: the link's date is filled in. Nothing the person wrote
    /// is replaced, and the field says where the date came from, so it is not asked.
    Invullen,
    /// Another date is stored and the link's can be read: ask before replacing.
    Vragen,
    /// Another date is stored and the link's cannot be read as a date: keep the
    /// stored one (replacing a date with something unreadable helps nobody) and say so.
    Onleesbaar,
}

/// Decide what a link's first sick day does. Dates are compared as dates, so
/// `5-1-2026` typed earlier is the same day as `2026-01-05` in a link.
pub fn start_uit_link(link: &str, opgeslagen: &str) -> StartUitLink {
    let (link, opgeslagen) = (link.trim(), opgeslagen.trim());
    if opgeslagen.is_empty() {
        return StartUitLink::Invullen;
    }
    match (lees_datum(link), lees_datum(opgeslagen)) {
        (Ok(a), Ok(b)) if a == b => StartUitLink::AlBewaard,
        (Ok(_), _) => StartUitLink::Vragen,
        (Err(_), _) if link == opgeslagen => StartUitLink::AlBewaard,
        (Err(_), _) => StartUitLink::Onleesbaar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coach(praktijk: &str) -> CoachInstellingen {
        CoachInstellingen { praktijk: praktijk.into(), welkom: "Welkom".into(), ..CoachInstellingen::default() }
    }

    #[test]
    fn a_coach_link_asks_unless_it_is_what_is_kept() {
        let link = coach("Praktijk De Brug");
        // Nothing stored yet: ask.
        assert!(coach_vraagt(&link, None));
        // Other settings stored: ask.
        assert!(coach_vraagt(&link, Some(&coach("Een andere praktijk"))));
        let mut ander_accent = link.clone();
        ander_accent.accent = Some("#5b2e91".into());
        assert!(coach_vraagt(&ander_accent, Some(&link)), "a different colour is a different link");
        // The same link again, also after the person hid the welcome: do not ask.
        assert!(!coach_vraagt(&link, Some(&link)));
        assert!(!coach_vraagt(&link, Some(&CoachInstellingen { verborgen: true, ..link.clone() })));
        // A link that carries nothing asks nothing.
        assert!(!coach_vraagt(&CoachInstellingen::default(), None));
        assert!(!coach_vraagt(
            &CoachInstellingen { taal: Some(crate::domain::taal::Taal::En), ..Default::default() },
            None
        ));
    }

    #[test]
    fn kept_settings_show_the_welcome() {
        let link = CoachInstellingen { verborgen: true, ..coach("P") };
        let bewaard = coach_bewaard(&link);
        assert!(!bewaard.verborgen);
        assert!(bewaard.zelfde_link(&link));
        assert!(!coach_vraagt(&link, Some(&bewaard)));
    }

    #[test]
    fn a_start_date_from_a_link_only_fills_an_empty_field_without_asking() {
        use StartUitLink::*;
        assert_eq!(start_uit_link("2026-01-05", ""), Invullen);
        assert_eq!(start_uit_link("2026-01-05", "  "), Invullen);
        // An unreadable date in an empty field is filled in too: the field says what is wrong.
        assert_eq!(start_uit_link("morgen", ""), Invullen);
        assert_eq!(start_uit_link("2026-01-05", "2026-01-05"), AlBewaard);
        assert_eq!(start_uit_link("2026-01-05", " 5-1-2026 "), AlBewaard, "the same day, typed another way");
        assert_eq!(start_uit_link("2026-01-05", "2025-12-01"), Vragen);
        // What was typed but cannot be read is still the person's: ask before replacing it.
        assert_eq!(start_uit_link("2026-01-05", "vorige week"), Vragen);
        assert_eq!(start_uit_link("morgen", "2025-12-01"), Onleesbaar);
        assert_eq!(start_uit_link("2026-02-30", "2025-12-01"), Onleesbaar);
        assert_eq!(start_uit_link("morgen", "morgen"), AlBewaard);
    }
}
