//! The week of the 104 on the day of sharing (issue 28): a person may share
//! "week 61 van 104" with their coach. Only the number goes along, never the
//! first sick day: the coach sees where the person is, not the dates.

use super::datum::Datum;
use super::formulier;
use crate::domain::dokument::TijdlijnInvoer;

/// The weeks of the waiting time (loondoorbetaling, 104 weeks): "week 61 van 104".
pub const WEKEN: u32 = 104;

/// The week on `vandaag`, counted as the timeline counts it (week 1 is the
/// first sick day and the six days after it; sick days of one chain only, so
/// a recovery of less than 4 weeks shifts the week, and one of 4 weeks or
/// more starts again: `engine::Tijdlijn::week_van`). `None` when the timeline
/// has no first sick day, cannot be computed (a message on the timeline
/// page), starts later, or is past week 104: then "van 104" would mislead.
pub fn week_om_te_delen(invoer: &TijdlijnInvoer, vandaag: Datum) -> Option<u32> {
    if invoer.eerste_ziektedag.trim().is_empty() {
        return None;
    }
    let tijdlijn = formulier::bereken(invoer, vandaag).ok()?;
    tijdlijn.week_van(vandaag).map(u32::from).filter(|w| (1..=WEKEN).contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dag(iso: &str) -> Datum {
        let d: Vec<u32> = iso.split('-').map(|x| x.parse().unwrap()).collect();
        Datum::new(d[0] as i32, d[1], d[2]).unwrap()
    }

    fn vanaf(d0: &str) -> TijdlijnInvoer {
        TijdlijnInvoer { eerste_ziektedag: d0.into(), ..TijdlijnInvoer::default() }
    }

    /// poortwachter.md §2.3, first sick day Monday 2026-01-05 (D0): day k
    /// (0-based) lies in week k / 7 + 1. Week 61 is D0+420 … D0+426, Monday
    /// 2027-03-01 to Sunday 2027-03-07; the table's "end of week 52 = D0+363 =
    /// 2027-01-03" and "last day D0+727 = 2028-01-02" (end of week 104).
    #[test]
    fn the_week_follows_the_worked_dates_of_the_reference() {
        let f = vanaf("2026-01-05");
        for (vandaag, week) in [
            ("2026-01-05", Some(1)),
            ("2026-01-11", Some(1)),
            ("2026-01-12", Some(2)),
            ("2027-01-03", Some(52)),
            ("2027-01-04", Some(53)),
            ("2027-03-01", Some(61)),
            ("2027-03-07", Some(61)),
            ("2027-03-08", Some(62)),
            ("2027-10-17", Some(93)),
            ("2028-01-02", Some(104)),
            // After the 104 weeks "van 104" would mislead: nothing to offer.
            ("2028-01-03", None),
        ] {
            assert_eq!(week_om_te_delen(&f, dag(vandaag)), week, "{vandaag}");
        }
    }

    /// Variant A of §2.3: sick 2026-01-05 … 2026-03-15, fit 2026-03-16 …
    /// 2026-04-05 (21 days, under 4 weeks), sick again from 2026-04-06: later
    /// dates shift by 21 days, "end of week 52 → 2027-01-24".
    #[test]
    fn a_short_recovery_shifts_the_week_as_the_timeline_does() {
        let f = TijdlijnInvoer { herstel: vec![("2026-03-16".into(), "2026-04-05".into())], ..vanaf("2026-01-05") };
        let vandaag = dag("2027-01-24");
        assert_eq!(week_om_te_delen(&f, vandaag), Some(52));
        assert_eq!(week_om_te_delen(&f, dag("2027-01-25")), Some(53));
        // Without the recovery the same day is 3 weeks further.
        assert_eq!(week_om_te_delen(&vanaf("2026-01-05"), vandaag), Some(55));
    }

    #[test]
    fn without_a_readable_first_sick_day_or_before_it_there_is_no_week() {
        let vandaag = dag("2027-03-01");
        assert_eq!(week_om_te_delen(&TijdlijnInvoer::default(), vandaag), None);
        assert_eq!(week_om_te_delen(&vanaf("  "), vandaag), None);
        assert_eq!(week_om_te_delen(&vanaf("05-01-2026x"), vandaag), None);
        // A first sick day still to come: no week yet.
        assert_eq!(week_om_te_delen(&vanaf("2027-03-10"), vandaag), None);
    }
}
