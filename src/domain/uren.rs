//! Hours a day as people say them. Many people in re-integration work 1½ to
//! 2½ hours a day, so whole hours are not enough: the question offers taps for
//! the common amounts and a field that takes "2,5", "2.5" or "2½".
//!
//! Stored as a choice (`Antwoord::Keuze("2.5")`, hours with a point), a kind
//! every earlier version reads, so an older tab keeps the answer (it only does
//! not show it). Answers from before, whole hours as `Antwoord::Getal(2)`, are
//! read as they are ([`Antwoord::halve_uren`](super::antwoorden::Antwoord::halve_uren),
//! beside the other answer kinds, so this module needs no answers and the two
//! are not in a circle).

/// The taps offered, in half hours: ½, 1, 1½, 2, 3, 4, 6, 8.
pub const KEUZES: [u16; 8] = [1, 2, 3, 4, 6, 8, 12, 16];

/// Why a typed amount cannot be kept; the page says so calmly and keeps what was typed in the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrenFout {
    /// Not a number ("twee", "2-3").
    Onleesbaar,
    /// More precise than half hours ("2,3").
    GeenHalf,
    /// More than the question allows.
    TeVeel,
}

/// Reads a typed amount of hours into half hours: "2", "2,5", "2.5", "2½", "½",
/// " 1,0 ", "2 uur". `Ok(None)` for an empty field. At most `max_halve` half hours.
pub fn lees(tekst: &str, max_halve: u16) -> Result<Option<u16>, UrenFout> {
    let mut s = tekst.trim().to_ascii_lowercase();
    for eenheid in ["uur", "uren", "hours", "hour", "u", "h"] {
        if let Some(voor) = s.strip_suffix(eenheid) {
            s = voor.trim_end().to_string();
            break;
        }
    }
    if s.is_empty() {
        return Ok(None);
    }
    let (heel, half) = if let Some(voor) = s.strip_suffix('½') {
        (voor.trim_end(), true)
    } else if let Some((voor, na)) = s.split_once([',', '.']) {
        let na = na.trim_end_matches('0');
        match na {
            "" => (voor, false),
            "5" => (voor, true),
            n if n.chars().all(|c| c.is_ascii_digit()) => return Err(UrenFout::GeenHalf),
            _ => return Err(UrenFout::Onleesbaar),
        }
    } else {
        (s.as_str(), false)
    };
    let heel: u16 = if heel.is_empty() && half {
        0
    } else if !heel.is_empty() && heel.len() <= 3 && heel.chars().all(|c| c.is_ascii_digit()) {
        heel.parse().map_err(|_| UrenFout::Onleesbaar)?
    } else {
        return Err(UrenFout::Onleesbaar);
    };
    let halve = heel * 2 + u16::from(half);
    if halve > max_halve {
        return Err(UrenFout::TeVeel);
    }
    Ok(Some(halve))
}

/// How half hours are stored: "2.5", "2", "0.5".
pub fn opslag(halve: u16) -> String {
    if halve.is_multiple_of(2) {
        (halve / 2).to_string()
    } else {
        format!("{}.5", halve / 2)
    }
}

/// How half hours read: "2½", "2", "½".
pub fn tekst(halve: u16) -> String {
    match (halve / 2, halve % 2) {
        (0, 1) => "½".to_string(),
        (h, 1) => format!("{h}½"),
        (h, _) => h.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::antwoorden::Antwoord;

    #[test]
    fn hours_are_read_as_people_write_them() {
        for (typed, halve) in [
            ("2", 4),
            ("2,5", 5),
            ("2.5", 5),
            ("2½", 5),
            ("½", 1),
            (",5", 1),
            ("0,5", 1),
            (" 1,0 ", 2),
            ("3 uur", 6),
            ("1.50", 3),
            ("12", 24),
        ] {
            assert_eq!(lees(typed, 24), Ok(Some(halve)), "{typed:?}");
        }
        assert_eq!(lees("   ", 24), Ok(None));
        assert_eq!(lees("2,3", 24), Err(UrenFout::GeenHalf));
        assert_eq!(lees("2,25", 24), Err(UrenFout::GeenHalf));
        assert_eq!(lees("twee", 24), Err(UrenFout::Onleesbaar));
        assert_eq!(lees("2-3", 24), Err(UrenFout::Onleesbaar));
        assert_eq!(lees("-1", 24), Err(UrenFout::Onleesbaar));
        assert_eq!(lees("13", 24), Err(UrenFout::TeVeel));
        assert_eq!(lees("99999999", 24), Err(UrenFout::Onleesbaar));
    }

    #[test]
    fn stored_and_shown_forms_round_trip() {
        for h in 0..=24 {
            assert_eq!(lees(&opslag(h), 24), Ok(Some(h)));
            assert_eq!(Antwoord::Keuze(opslag(h)).halve_uren(24), Some(h));
        }
        assert_eq!(tekst(5), "2½");
        assert_eq!(tekst(1), "½");
        assert_eq!(tekst(4), "2");
        assert_eq!(opslag(5), "2.5");
        // Every tap offered is a stored form that reads back as itself.
        for k in KEUZES {
            assert_eq!(Antwoord::Keuze(opslag(k)).halve_uren(24), Some(k));
        }
    }

    #[test]
    fn whole_hours_stored_by_earlier_versions_still_read_and_tampered_values_do_not() {
        assert_eq!(Antwoord::Getal(4).halve_uren(24), Some(8));
        assert_eq!(Antwoord::Getal(13).halve_uren(24), None);
        assert_eq!(Antwoord::Keuze("2,5 uur".into()).halve_uren(24), None);
        assert_eq!(Antwoord::Keuze("13".into()).halve_uren(24), None);
        assert_eq!(Antwoord::Tekst("2".into()).halve_uren(24), None);
    }
}
