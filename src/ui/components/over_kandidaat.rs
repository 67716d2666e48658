//! A shared view speaks to the coach about the candidate, never to the
//! candidate (issue 28): "De balans van Sanne", "Wat Sanne wil bespreken",
//! "de kandidaat" without a name. [`woorden`] gives the profile's texts in
//! that voice, the name filled in; the profile (`pages::profiel`) shows them
//! instead of the candidate's own wording when it gets them. Only the coach's
//! pages and the share preview call [`woorden`], so the candidate's first load
//! carries none of it.
//!
//! The name is untrusted text (from a package): it is only ever rendered as
//! text, never as markup. A name in another script is wrapped in Unicode
//! isolates, as `<bdi>` would, so it cannot reorder the words around it.

use std::cell::RefCell;

use yew::prelude::*;

use crate::content::over_kandidaat as o;
use crate::content::teksten::{teksten, vul, Teksten};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;

/// The profile's texts about the candidate: the catalogue's profile texts
/// rewritten, and the texts of the balance and of "Hoe anderen mij zien".
pub struct Woorden {
    pub t: Teksten,
    /// The balance's caption, "all at none" and "a lot at once" (`BALANS_*`).
    pub balans: [&'static str; 3],
    /// "Hoe anderen mij zien", by the places `KIJK_*` (indexes, so the
    /// candidate's own profile reads them with one small function).
    pub kijk: [&'static str; 10],
}

pub const BALANS_TITEL: usize = 0;
pub const BALANS_NIETS: usize = 1;
pub const BALANS_VEEL: usize = 2;
pub const KIJK_KOP: usize = 0;
pub const KIJK_UITLEG: usize = 1;
pub const KIJK_ENERGIE: usize = 2;
pub const KIJK_GOED_IN: usize = 3;
pub const KIJK_BOODSCHAP: usize = 4;
pub const KIJK_ALLEBEI: usize = 5;
pub const KIJK_ALLEEN_ANDEREN_UITLEG: usize = 6;
pub const KIJK_ALLEEN_ZELF: usize = 7;
pub const KIJK_ZELF: usize = 8;
pub const KIJK_EIGEN_NIET_GEDEELD: usize = 9;

/// The candidate's own text, or in a coach's view the coach's at `plek` of `lijst`.
pub fn of_over(zelf: Tekst, taal: Taal, over: Option<&'static [&'static str]>, plek: usize) -> &'static str {
    match over {
        Some(lijst) => lijst[plek],
        None => zelf.in_taal(taal),
    }
}

/// The coach's wording for one shared view, compared by identity (one per
/// name and language: see [`woorden`]).
#[derive(Clone, Copy)]
pub struct OverKandidaat(pub &'static Woorden);

impl PartialEq for OverKandidaat {
    fn eq(&self, ander: &Self) -> bool {
        std::ptr::eq(self.0, ander.0)
    }
}

/// The name as it is shown inside a sentence: isolated when it holds letters
/// of another script than Latin.
fn in_zin(naam: &str) -> String {
    if naam.chars().all(|c| c <= '\u{024F}') {
        naam.to_string()
    } else {
        format!("\u{2068}{naam}\u{2069}")
    }
}

/// `tekst` about `naam`: every `{}` is the name; a sentence that starts with
/// it starts with a capital.
pub fn over(tekst: &str, naam: &str) -> String {
    let gevuld = tekst.replace("{}", naam);
    let mut tekens = gevuld.chars();
    match tekens.next() {
        Some(eerste) if eerste.is_lowercase() => eerste.to_uppercase().chain(tekens).collect(),
        _ => gevuld,
    }
}

thread_local! {
    /// One set of words per name and language, made once: the texts are
    /// `&'static` like the catalogue's, so each is kept for the visit. A coach
    /// opens a handful of shares; the share preview one per name typed.
    static GEMAAKT: RefCell<Vec<(String, Taal, &'static Woorden)>> = const { RefCell::new(Vec::new()) };
}

/// The profile's texts about the candidate called `naam` (`None`: "de kandidaat").
pub fn woorden(naam: Option<&str>, taal: Taal) -> OverKandidaat {
    let naam = naam.map(str::trim).filter(|n| !n.is_empty()).map(in_zin);
    let naam = naam.unwrap_or_else(|| o::NAAMLOOS.in_taal(taal).to_string());
    if let Some(w) = GEMAAKT.with(|g| g.borrow().iter().find(|(n, t, _)| *n == naam && *t == taal).map(|(_, _, w)| *w))
    {
        return OverKandidaat(w);
    }
    let z = |tekst: Tekst| -> &'static str { Box::leak(over(tekst.in_taal(taal), &naam).into_boxed_str()) };
    let t = teksten(taal);
    let w: &'static Woorden = Box::leak(Box::new(Woorden {
        t: Teksten {
            profiel_reflectie: z(o::REFLECTIE),
            profiel_volgende_stap: z(o::VOLGENDE_STAP),
            profiel_waarden: z(o::WAARDEN),
            profiel_energie_titel: z(o::ENERGIE),
            profiel_energie_geeft: z(o::ENERGIE_GEEFT),
            profiel_energie_kost: z(o::ENERGIE_KOST),
            profiel_kwaliteiten: z(o::KWALITEITEN),
            profiel_anderen_zeggen: z(o::ANDEREN_ZEGGEN),
            profiel_interesses: z(o::INTERESSES),
            profiel_interesses_uitleg: z(o::INTERESSES_UITLEG),
            profiel_grafiek_titel: z(o::GRAFIEK),
            profiel_dicht_bij_elkaar: z(o::DICHT_BIJ_ELKAAR),
            profiel_omstandigheden: z(o::OMSTANDIGHEDEN),
            profiel_omstandigheden_uitleg: z(o::OMSTANDIGHEDEN_UITLEG),
            profiel_bespreken: z(o::BESPREKEN),
            profiel_nodig: z(o::NODIG),
            profiel_stappen_geen: z(o::STAPPEN_GEEN),
            profiel_zorgen: z(o::ZORGEN),
            profiel_verlies: z(o::VERLIES),
            profiel_verlies_blijft: z(o::VERLIES_BLIJFT),
            profiel_verlies_ertoe: z(o::VERLIES_ERTOE),
            profiel_succes: z(o::SUCCES),
            profiel_stappen: z(o::STAPPEN),
            profiel_omgeving: z(o::OMGEVING),
            profiel_alle_antwoorden_uitleg: z(o::ALLE_ANTWOORDEN_UITLEG),
            blad_titel: z(o::BLAD_TITEL),
            blad_bespreken: z(o::BESPREKEN),
            blad_zorgen: z(o::BLAD_ZORGEN),
            ..*t
        },
        balans: [z(o::BALANS), z(o::BALANS_NIETS), z(o::BALANS_VEEL)],
        kijk: [
            z(o::KIJK_KOP),
            z(o::KIJK_UITLEG),
            z(o::KIJK_ENERGIE),
            z(o::KIJK_GOED_IN),
            z(o::KIJK_BOODSCHAP),
            z(o::KIJK_ALLEBEI),
            z(o::KIJK_ALLEEN_ANDEREN_UITLEG),
            z(o::KIJK_ALLEEN_ZELF),
            z(o::KIJK_ZELF),
            z(o::KIJK_EIGEN_NIET_GEDEELD),
        ],
    }));
    // Kept only once its texts are there (in the app they are a part of their own, `Deel::Werkplek`).
    if !o::BALANS.in_taal(taal).is_empty() {
        GEMAAKT.with(|g| g.borrow_mut().push((naam, taal, w)));
    }
    OverKandidaat(w)
}

/// "Week 61 van 104 op de dag van delen.": the week the candidate chose to
/// share, as it was on the day they shared (issue 28). Nothing without one.
pub fn week_regel(week: Option<u32>, taal: Taal) -> Html {
    match week {
        Some(w) => html! {
            <p class="gedeeld-week"><strong>{ vul(crate::content::delen::WEEK_BIJ_DELEN.in_taal(taal), &[&w.to_string()]) }</strong></p>
        },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_fills_every_place_and_a_sentence_starts_with_a_capital() {
        assert_eq!(over("De balans van {}", "Sanne"), "De balans van Sanne");
        assert_eq!(over("{}'s balance", "the candidate"), "The candidate's balance");
        assert_eq!(over("Wat {} wil bespreken", "de kandidaat"), "Wat de kandidaat wil bespreken");
        // Text only: markup in a name stays text (the renderer escapes it).
        assert_eq!(over("Wat {} wil", "<b>x</b>"), "Wat <b>x</b> wil");
        assert_eq!(in_zin("Sanne"), "Sanne");
        assert_eq!(in_zin("Zoë"), "Zoë");
        assert_eq!(in_zin("سارا"), "\u{2068}سارا\u{2069}");
    }

    #[test]
    fn the_same_name_and_language_give_the_same_words() {
        let a = woorden(Some("Sanne"), Taal::Nl);
        assert!(a == woorden(Some(" Sanne "), Taal::Nl));
        assert!(a != woorden(Some("Sanne"), Taal::En));
        assert_eq!(a.0.balans[BALANS_TITEL], "De balans van Sanne");
        assert_eq!(a.0.kijk[KIJK_KOP], "Hoe anderen Sanne zien");
        assert_eq!(a.0.kijk[KIJK_ZELF], "Zelf");
        assert_eq!(woorden(None, Taal::Nl).0.t.profiel_bespreken, "Wat de kandidaat wil bespreken");
        assert_eq!(woorden(Some(""), Taal::En).0.balans[BALANS_TITEL], "The candidate's balance");
    }
}
