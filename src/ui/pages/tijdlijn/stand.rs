//! What the timeline page shows besides the timeline itself, as plain Rust: a
//! first sick day a link proposes (asked, answered, or unreadable), whether the
//! field says the date came from a link, the step tapped in the picture, a
//! calendar file that could not be made, and the line under the form. The page
//! holds one [`Stand`], calls its methods on an event and carries out the
//! [`Gevolg`] they return (store a date, clean the address, move focus).
//!
//! A link may propose, never impose: an empty first sick day is filled in from
//! `?start=` (nothing of the person's is replaced), another stored date only
//! after "Vervangen" (`domain::linkvoorstel::start_uit_link`).

use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::linkvoorstel::{start_uit_link, StartUitLink};
use crate::domain::tijdlijn::engine::MijlpaalId;
use crate::domain::tijdlijn::formulier::{start_uit_query, Melding, Probleem, Veld};

/// The page's own state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stand {
    link: Link,
    /// The first sick day a link filled in or replaced: while it is the stored
    /// one, the field says where it came from.
    link_waarde: Option<String>,
    /// The step tapped in the picture, explained in place.
    pub gekozen: Option<MijlpaalId>,
    /// The calendar file could not be offered.
    pub ics_mislukt: bool,
}

/// A first sick day from the link that differs from the stored one.
#[derive(Clone, Debug, Default, PartialEq)]
enum Link {
    #[default]
    Geen,
    /// Asked, not answered yet: the link's date.
    Vraag(String),
    /// What happened, said once.
    Antwoord(LinkAntwoord),
}

/// What the line after the link's question says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkAntwoord {
    /// The link's date could not be read; the stored one stays.
    Onleesbaar,
    /// The stored date was replaced by the link's (this one).
    Vervangen(String),
    /// The stored date (this one) stays.
    Blijft(String),
}

/// What the page does after a step of [`Stand`].
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Gevolg {
    /// Store this as the first sick day.
    pub bewaar: Option<String>,
    /// Take `?start=` off the address: settled, so a reload keeps what the person types next.
    pub adres_schoon: bool,
    /// Move focus to the line that says what happened.
    pub focus_antwoord: bool,
}

impl Stand {
    /// The page's address query was read (`?start=…`), with the stored first sick day.
    pub fn lees_adres(&mut self, query: &str, bewaard: &str) -> Gevolg {
        let Some(start) = start_uit_query(query) else { return Gevolg::default() };
        match start_uit_link(&start, bewaard) {
            StartUitLink::AlBewaard => {
                self.link_waarde = Some(start);
                Gevolg { adres_schoon: true, ..Gevolg::default() }
            }
            StartUitLink::Invullen => {
                self.link_waarde = Some(start.clone());
                Gevolg { bewaar: Some(start), adres_schoon: true, ..Gevolg::default() }
            }
            // Until answered, a reload asks again and nothing is written.
            StartUitLink::Vragen => {
                self.link = Link::Vraag(start);
                Gevolg::default()
            }
            StartUitLink::Onleesbaar => {
                self.link = Link::Antwoord(LinkAntwoord::Onleesbaar);
                Gevolg { adres_schoon: true, ..Gevolg::default() }
            }
        }
    }

    /// The question about the link's date, while it is open: the link's date.
    /// Only while the dates differ: the person may have typed the link's date meanwhile.
    pub fn vraag(&self, bewaard: &str) -> Option<&str> {
        match &self.link {
            Link::Vraag(start) if start_uit_link(start, bewaard) == StartUitLink::Vragen => Some(start),
            _ => None,
        }
    }

    /// The person answered the question: replace the stored date with the link's, or keep it.
    pub fn beantwoord(&mut self, vervang: bool, bewaard: &str) -> Gevolg {
        let Link::Vraag(start) = &self.link else { return Gevolg::default() };
        let start = start.clone();
        let (antwoord, bewaar) = if vervang {
            self.link_waarde = Some(start.clone());
            (LinkAntwoord::Vervangen(start.clone()), Some(start))
        } else {
            (LinkAntwoord::Blijft(bewaard.to_string()), None)
        };
        self.link = Link::Antwoord(antwoord);
        Gevolg { bewaar, adres_schoon: true, focus_antwoord: true }
    }

    /// What happened with the link's date, to say once it is settled.
    pub fn antwoord(&self) -> Option<&LinkAntwoord> {
        match &self.link {
            Link::Antwoord(a) => Some(a),
            _ => None,
        }
    }

    /// Whether the stored first sick day is the one a link brought in.
    pub fn uit_link(&self, bewaard: &str) -> bool {
        self.link_waarde.as_deref() == Some(bewaard)
    }

    /// A step in the picture was tapped: explain it, or fold it again when it was open.
    pub fn kies(&mut self, id: MijlpaalId) {
        self.gekozen = if self.gekozen == Some(id) { None } else { Some(id) };
    }
}

/// The line under the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regel {
    /// The timeline is shown.
    Klaar,
    /// Nothing filled in yet: only the first sick day is missing.
    Leeg,
    /// A field has a message; no timeline is shown.
    Fout,
}

/// The line under the form, from the form's messages (`None`: the timeline was computed).
pub fn regel(meldingen: Option<&[Melding]>) -> Regel {
    match meldingen {
        None => Regel::Klaar,
        Some(m) if m.iter().all(|m| m.veld == Veld::EersteZiektedag && m.probleem == Probleem::Leeg) => Regel::Leeg,
        Some(_) => Regel::Fout,
    }
}

/// Leave was filled in (a start or an end): the "now" card mentions it.
pub fn heeft_verlof(invoer: &TijdlijnInvoer) -> bool {
    invoer.verlof.iter().any(|(a, b)| !a.trim().is_empty() || !b.trim().is_empty())
}

/// An early IVA application was filled in: the questions skip asking for it.
pub fn iva_aangevraagd(invoer: &TijdlijnInvoer) -> bool {
    !invoer.vervroegde_iva.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_fills_in_an_empty_first_sick_day_and_cleans_the_address() {
        let mut s = Stand::default();
        let g = s.lees_adres("?start=2026-01-05", "");
        assert_eq!(g, Gevolg { bewaar: Some("2026-01-05".into()), adres_schoon: true, focus_antwoord: false });
        assert!(s.uit_link("2026-01-05"), "the field says the date came from the link");
        assert!(!s.uit_link("2026-01-06"), "once the person types another date, it is theirs");
        assert_eq!(s.vraag("2026-01-05"), None);
        assert_eq!(s.antwoord(), None);
    }

    #[test]
    fn a_link_never_replaces_a_stored_date_without_asking() {
        let mut s = Stand::default();
        let g = s.lees_adres("?start=2026-01-05", "2025-12-01");
        assert_eq!(g, Gevolg::default(), "nothing stored, the address kept: a reload asks again");
        assert_eq!(s.vraag("2025-12-01"), Some("2026-01-05"));
        assert!(!s.uit_link("2025-12-01"));
        // Typing the link's date meanwhile settles the question.
        assert_eq!(s.vraag("5-1-2026"), None);
    }

    #[test]
    fn replacing_stores_the_links_date_and_says_so() {
        let mut s = Stand::default();
        s.lees_adres("?start=2026-01-05", "2025-12-01");
        let g = s.beantwoord(true, "2025-12-01");
        assert_eq!(g, Gevolg { bewaar: Some("2026-01-05".into()), adres_schoon: true, focus_antwoord: true });
        assert_eq!(s.antwoord(), Some(&LinkAntwoord::Vervangen("2026-01-05".into())));
        assert!(s.uit_link("2026-01-05"));
        assert_eq!(s.vraag("2026-01-05"), None);
    }

    #[test]
    fn keeping_stores_nothing_and_says_which_date_stays() {
        let mut s = Stand::default();
        s.lees_adres("?start=2026-01-05", "2025-12-01");
        let g = s.beantwoord(false, "2025-12-01");
        assert_eq!(g, Gevolg { bewaar: None, adres_schoon: true, focus_antwoord: true });
        assert_eq!(s.antwoord(), Some(&LinkAntwoord::Blijft("2025-12-01".into())));
        assert!(!s.uit_link("2025-12-01"));
        // Only one answer: a second tap changes nothing.
        assert_eq!(s.beantwoord(true, "2025-12-01"), Gevolg::default());
    }

    #[test]
    fn an_unreadable_or_known_date_is_settled_at_once() {
        let mut s = Stand::default();
        assert_eq!(s.lees_adres("?start=morgen", "2025-12-01"), Gevolg { adres_schoon: true, ..Gevolg::default() });
        assert_eq!(s.antwoord(), Some(&LinkAntwoord::Onleesbaar));
        assert_eq!(s.vraag("2025-12-01"), None);

        let mut s = Stand::default();
        assert_eq!(s.lees_adres("?start=2025-12-01", "1-12-2025"), Gevolg { adres_schoon: true, ..Gevolg::default() });
        assert_eq!(s.antwoord(), None, "the same day: nothing to ask or say");
        assert!(!s.uit_link("1-12-2025"), "typed by the person, as typed");

        let mut s = Stand::default();
        assert_eq!(s.lees_adres("", "2025-12-01"), Gevolg::default(), "no link, nothing happens");
        assert_eq!(s, Stand::default());
    }

    #[test]
    fn a_tapped_step_opens_and_a_second_tap_folds_it() {
        let mut s = Stand::default();
        let [a, b] = [MijlpaalId::Ziekmelding, MijlpaalId::Probleemanalyse];
        s.kies(a);
        assert_eq!(s.gekozen, Some(a));
        s.kies(b);
        assert_eq!(s.gekozen, Some(b));
        s.kies(b);
        assert_eq!(s.gekozen, None);
    }

    #[test]
    fn the_line_under_the_form_follows_the_messages() {
        let leeg = Melding { veld: Veld::EersteZiektedag, probleem: Probleem::Leeg };
        let fout = Melding { veld: Veld::HerstelVan(0), probleem: Probleem::Leeg };
        assert_eq!(regel(None), Regel::Klaar);
        assert_eq!(regel(Some(&[leeg])), Regel::Leeg);
        assert_eq!(regel(Some(&[leeg, fout])), Regel::Fout);
    }

    #[test]
    fn leave_and_an_early_iva_count_once_anything_is_typed() {
        let mut invoer = TijdlijnInvoer::default();
        assert!(!heeft_verlof(&invoer) && !iva_aangevraagd(&invoer));
        invoer.verlof = vec![(" ".into(), "".into())];
        invoer.vervroegde_iva = "  ".into();
        assert!(!heeft_verlof(&invoer) && !iva_aangevraagd(&invoer), "spaces are nothing");
        invoer.verlof = vec![("".into(), "1-3-2026".into())];
        invoer.vervroegde_iva = "1-3-2026".into();
        assert!(heeft_verlof(&invoer) && iva_aangevraagd(&invoer));
    }
}
