//! Kalenderdatum zonder tijd of tijdzone.
//!
//! Poortwachter-termijnen zijn pure dagrekenkunde; door alleen datums op te slaan
//! (geen datetimes) bestaat er geen zomertijd- of tijdzone-fout van één dag.

use std::fmt;

/// Kleinste ondersteunde datum (0001-01-01) als dagen sinds 1970-01-01.
const MIN_DAGEN: i32 = -719_162;
/// Grootste ondersteunde datum (9999-12-31) als dagen sinds 1970-01-01.
const MAX_DAGEN: i32 = 2_932_896;

/// Gregoriaanse kalenderdatum, jaren 1..=9999.
///
/// Intern opgeslagen als dagen sinds 1970-01-01, zodat `Ord`/`Hash` en het
/// optellen van dagen triviaal en snel zijn.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    dagen: i32,
}

/// Waarom een datum niet geldig is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatumFout {
    /// Niet van de vorm `JJJJ-MM-DD` (tekst, verkeerde lengte, andere scheidingstekens).
    Formaat,
    /// Maand buiten 1..=12.
    OngeldigeMaand,
    /// Dag bestaat niet in die maand (bijv. 2026-02-30).
    OngeldigeDag,
    /// Jaar buiten 1..=9999.
    BuitenBereik,
}

impl fmt::Display for DatumFout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = match self {
            DatumFout::Formaat => "verwacht een datum als JJJJ-MM-DD",
            DatumFout::OngeldigeMaand => "maand bestaat niet",
            DatumFout::OngeldigeDag => "dag bestaat niet in deze maand",
            DatumFout::BuitenBereik => "jaar buiten bereik",
        };
        f.write_str(t)
    }
}

impl std::error::Error for DatumFout {}

/// Dag van de week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekdag {
    Maandag,
    Dinsdag,
    Woensdag,
    Donderdag,
    Vrijdag,
    Zaterdag,
    Zondag,
}

impl Weekdag {
    /// Zaterdag of zondag.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekdag::Zaterdag | Weekdag::Zondag)
    }
}

/// Is `jaar` een schrikkeljaar (Gregoriaans)?
pub fn is_schrikkeljaar(jaar: i32) -> bool {
    (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0
}

/// Aantal dagen in een maand; 0 voor een niet-bestaande maand.
pub fn dagen_in_maand(jaar: i32, maand: u32) -> u32 {
    match maand {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_schrikkeljaar(jaar) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant, `days_from_civil`: dagen sinds 1970-01-01.
/// Alleen aangeroepen met een gevalideerde datum in 1..=9999, dus geen overloop in i32.
fn dagen_van_civiel(jaar: i32, maand: u32, dag: u32) -> i32 {
    let y = if maand <= 2 { jaar - 1 } else { jaar };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400; // [0, 399]
    let m = maand as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + dag as i32 - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant, `civil_from_days`: (jaar, maand, dag) bij dagen sinds 1970-01-01.
fn civiel_van_dagen(dagen: i32) -> (i32, u32, u32) {
    let z = dagen + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl Datum {
    /// Datum uit jaar, maand, dag; weigert niet-bestaande datums.
    pub fn new(jaar: i32, maand: u32, dag: u32) -> Result<Datum, DatumFout> {
        if !(1..=9999).contains(&jaar) {
            return Err(DatumFout::BuitenBereik);
        }
        if !(1..=12).contains(&maand) {
            return Err(DatumFout::OngeldigeMaand);
        }
        if dag == 0 || dag > dagen_in_maand(jaar, maand) {
            return Err(DatumFout::OngeldigeDag);
        }
        Ok(Datum { dagen: dagen_van_civiel(jaar, maand, dag) })
    }

    /// Datum uit dagen sinds 1970-01-01; `None` buiten 0001-01-01..=9999-12-31.
    pub fn uit_dagen(dagen: i32) -> Option<Datum> {
        (MIN_DAGEN..=MAX_DAGEN).contains(&dagen).then_some(Datum { dagen })
    }

    /// Dagen sinds 1970-01-01 (negatief ervoor).
    pub fn dagen_sinds_epoch(self) -> i32 {
        self.dagen
    }

    /// Vroegst ondersteunde datum.
    pub const MIN: Datum = Datum { dagen: MIN_DAGEN };
    /// Laatst ondersteunde datum.
    pub const MAX: Datum = Datum { dagen: MAX_DAGEN };

    /// Leest strikt `JJJJ-MM-DD` (precies 10 tekens, ASCII-cijfers).
    pub fn parse_iso(tekst: &str) -> Result<Datum, DatumFout> {
        let b = tekst.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DatumFout::Formaat);
        }
        let getal = |bereik: &[u8]| -> Result<u32, DatumFout> {
            bereik.iter().try_fold(0u32, |acc, &c| {
                if c.is_ascii_digit() {
                    // Hoogstens 4 cijfers: past ruim in u32.
                    Ok(acc * 10 + u32::from(c - b'0'))
                } else {
                    Err(DatumFout::Formaat)
                }
            })
        };
        let jaar = getal(&b[0..4])?;
        let maand = getal(&b[5..7])?;
        let dag = getal(&b[8..10])?;
        // jaar <= 9999, dus de conversie kan niet mislukken.
        Datum::new(jaar as i32, maand, dag)
    }

    /// `JJJJ-MM-DD`.
    pub fn iso(self) -> String {
        let (j, m, d) = civiel_van_dagen(self.dagen);
        format!("{j:04}-{m:02}-{d:02}")
    }

    /// `JJJJMMDD` (voor iCalendar).
    pub fn basis(self) -> String {
        let (j, m, d) = civiel_van_dagen(self.dagen);
        format!("{j:04}{m:02}{d:02}")
    }

    /// `n` dagen later (of eerder bij negatief `n`).
    ///
    /// Verzadigt op 0001-01-01 / 9999-12-31 in plaats van te panieken: invoer is
    /// elders begrensd, dus in de praktijk wordt deze grens nooit geraakt.
    pub fn plus_dagen(self, n: i32) -> Datum {
        let doel = self.dagen.saturating_add(n).clamp(MIN_DAGEN, MAX_DAGEN);
        Datum { dagen: doel }
    }

    /// Aantal dagen van `self` tot `ander` (positief als `ander` later is).
    /// Kan niet overlopen: het bereik is ruim kleiner dan i32.
    pub fn dagen_tot(self, ander: Datum) -> i32 {
        ander.dagen - self.dagen
    }

    /// Dag van de week.
    pub fn weekdag(self) -> Weekdag {
        // 1970-01-01 was een donderdag (index 3 met maandag = 0).
        match (self.dagen + 3).rem_euclid(7) {
            0 => Weekdag::Maandag,
            1 => Weekdag::Dinsdag,
            2 => Weekdag::Woensdag,
            3 => Weekdag::Donderdag,
            4 => Weekdag::Vrijdag,
            5 => Weekdag::Zaterdag,
            _ => Weekdag::Zondag,
        }
    }

    pub fn jaar(self) -> i32 {
        civiel_van_dagen(self.dagen).0
    }

    pub fn maand(self) -> u32 {
        civiel_van_dagen(self.dagen).1
    }

    pub fn dag(self) -> u32 {
        civiel_van_dagen(self.dagen).2
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl fmt::Debug for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl std::str::FromStr for Datum {
    type Err = DatumFout;
    fn from_str(s: &str) -> Result<Datum, DatumFout> {
        Datum::parse_iso(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Datum {
        Datum::parse_iso(s).expect("testdatum")
    }

    #[test]
    fn epoch_en_bekende_datums() {
        assert_eq!(d("1970-01-01").dagen_sinds_epoch(), 0);
        assert_eq!(d("2000-03-01").dagen_sinds_epoch(), 11_017);
        assert_eq!(d("1969-12-31").dagen_sinds_epoch(), -1);
        assert_eq!(Datum::MIN.iso(), "0001-01-01");
        assert_eq!(Datum::MAX.iso(), "9999-12-31");
    }

    #[test]
    fn schrikkeljaren() {
        assert!(Datum::parse_iso("2028-02-29").is_ok());
        assert!(Datum::parse_iso("2000-02-29").is_ok());
        assert_eq!(Datum::parse_iso("2100-02-29"), Err(DatumFout::OngeldigeDag));
        assert_eq!(Datum::parse_iso("2027-02-29"), Err(DatumFout::OngeldigeDag));
        assert_eq!(d("2028-02-28").plus_dagen(1).iso(), "2028-02-29");
        assert_eq!(d("2028-02-29").plus_dagen(1).iso(), "2028-03-01");
    }

    #[test]
    fn parse_weigert_onzin() {
        for s in [
            "",
            "abc",
            "2026-1-05",
            "2026/01/05",
            "2026-01-5",
            "20260105",
            "2026-01-05 ",
            " 2026-01-05",
            "2026-0a-05",
            "+026-01-05",
            "2026-01-0५",
            "2026-13-01",
            "2026-00-10",
            "2026-02-30",
            "2026-04-31",
            "0000-01-01",
            "2026-01-00",
            "2026-01-32",
            "２０２６-01-05",
        ] {
            assert!(Datum::parse_iso(s).is_err(), "zou fout moeten zijn: {s:?}");
        }
        assert_eq!(Datum::parse_iso("2026-13-01"), Err(DatumFout::OngeldigeMaand));
        assert_eq!(Datum::parse_iso("0000-01-01"), Err(DatumFout::BuitenBereik));
        assert_eq!(Datum::parse_iso("26-01-2026"), Err(DatumFout::Formaat));
    }

    #[test]
    fn rondreis_iso() {
        for s in ["0001-01-01", "1990-01-01", "2026-01-05", "2028-02-29", "9999-12-31"] {
            assert_eq!(d(s).iso(), s);
        }
        // Elke dag over een paar eeuwen: dagen -> civiel -> dagen is identiek.
        let mut x = d("1899-12-25");
        for _ in 0..100_000 {
            let terug = Datum::new(x.jaar(), x.maand(), x.dag()).expect("geldig");
            assert_eq!(terug, x);
            x = x.plus_dagen(1);
        }
    }

    #[test]
    fn rekenen_en_weekdag() {
        let a = d("2026-01-05");
        assert_eq!(a.weekdag(), Weekdag::Maandag);
        assert_eq!(a.plus_dagen(727).iso(), "2028-01-02");
        assert_eq!(a.dagen_tot(d("2028-01-03")), 728);
        assert_eq!(d("2028-01-03").dagen_tot(a), -728);
        assert_eq!(a.plus_dagen(-5).iso(), "2025-12-31");
        assert_eq!(d("1970-01-01").weekdag(), Weekdag::Donderdag);
        assert_eq!(d("2026-12-25").weekdag(), Weekdag::Vrijdag);
        assert_eq!(d("1969-12-28").weekdag(), Weekdag::Zondag);
        assert_eq!((a.jaar(), a.maand(), a.dag()), (2026, 1, 5));
        assert_eq!(format!("{a}"), "2026-01-05");
    }

    #[test]
    fn plus_dagen_verzadigt() {
        assert_eq!(Datum::MAX.plus_dagen(i32::MAX), Datum::MAX);
        assert_eq!(Datum::MIN.plus_dagen(i32::MIN), Datum::MIN);
        assert_eq!(Datum::uit_dagen(MAX_DAGEN + 1), None);
        assert_eq!(Datum::uit_dagen(0), Some(d("1970-01-01")));
    }
}
