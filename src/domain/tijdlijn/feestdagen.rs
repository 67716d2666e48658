//! Nederlandse feestdagen en de werkdagverschuiving.
//!
//! Keuze (de bron markeert de lijst als ONBEVESTIGD): een termijn die naar de
//! *volgende* werkdag schuift, komt later te liggen voor elke dag die we als
//! feestdag tellen. Twijfelgevallen als feestdag tellen geeft dus een latere,
//! minder veilige datum. Daarom schuiven we alleen over het weekend en de
//! algemeen als vrije dag erkende feestdagen (zie [`VERSCHUIVENDE_FEESTDAGEN`]),
//! en NIET over Goede Vrijdag en 5 mei (niet overal een vrije dag).
//! De UI kan deze lijst tonen met de vermelding dat hij onbevestigd is.
//!
//! NB: de Algemene termijnenwet (art. 3, volgens openbare bronnen) rekent Goede Vrijdag,
//! 5 mei en bij besluit gelijkgestelde brugdagen wél mee voor wettelijke termijnen. Als
//! die wet hier geldt, kan de uiterste datum een werkdag later liggen dan wij tonen;
//! onze datum is dan de vroegste (veilige) lezing.

use super::datum::{Datum, Weekdag};

/// Herkenbare feestdag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeestdagId {
    Nieuwjaarsdag,
    GoedeVrijdag,
    EerstePaasdag,
    TweedePaasdag,
    /// Koningsdag 27 april (26 april als de 27e een zondag is); tot en met
    /// 2013 Koninginnedag 30 april (29 april als de 30e een zondag is).
    Koningsdag,
    /// 5 mei. Sinds 1990 jaarlijks nationale feestdag; vrij volgens cao.
    Bevrijdingsdag,
    Hemelvaartsdag,
    EerstePinksterdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
}

/// Feestdagen waarover een termijn naar de volgende werkdag schuift.
/// Goede Vrijdag en Bevrijdingsdag ontbreken bewust (zie moduledoc).
/// Eerste Paas- en Pinksterdag vallen altijd op zondag en staan er voor de volledigheid.
pub const VERSCHUIVENDE_FEESTDAGEN: &[FeestdagId] = &[
    FeestdagId::Nieuwjaarsdag,
    FeestdagId::EerstePaasdag,
    FeestdagId::TweedePaasdag,
    FeestdagId::Koningsdag,
    FeestdagId::Hemelvaartsdag,
    FeestdagId::EerstePinksterdag,
    FeestdagId::TweedePinksterdag,
    FeestdagId::EersteKerstdag,
    FeestdagId::TweedeKerstdag,
];

/// De lijst is niet tegen een bron geverifieerd; de UI moet dat vermelden.
pub const LIJST_ONBEVESTIGD: bool = true;

/// Telt deze feestdag mee voor de verschuiving naar de volgende werkdag?
pub fn telt_als_vrije_dag(id: FeestdagId) -> bool {
    VERSCHUIVENDE_FEESTDAGEN.contains(&id)
}

/// Eerste Paasdag (Gregoriaans, anonieme/Meeus-computus).
/// `None` buiten de jaren 1583..=9999 (vóór 1583 gold de Gregoriaanse kalender niet).
pub fn pasen(jaar: i32) -> Option<Datum> {
    if !(1583..=9999).contains(&jaar) {
        return None;
    }
    let a = jaar % 19;
    let b = jaar / 100;
    let c = jaar % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let maand = (h + l - 7 * m + 114) / 31;
    let dag = (h + l - 7 * m + 114) % 31 + 1;
    Datum::new(jaar, maand as u32, dag as u32).ok()
}

/// Alle feestdagen van een jaar, op datum gesorteerd. Leeg buiten 1583..=9999.
/// Koningsdag is pas vanaf 1980 juist (daarvoor gold een andere regel);
/// de engine accepteert toch alleen datums vanaf 1990.
pub fn feestdagen(jaar: i32) -> Vec<(Datum, FeestdagId)> {
    let Some(p) = pasen(jaar) else {
        return Vec::new();
    };
    let vast = |m: u32, d: u32| Datum::new(jaar, m, d).ok();
    let koningsdag = if jaar >= 2014 {
        vast(4, 27).map(|k| if k.weekdag() == Weekdag::Zondag { k.plus_dagen(-1) } else { k })
    } else {
        vast(4, 30).map(|k| if k.weekdag() == Weekdag::Zondag { k.plus_dagen(-1) } else { k })
    };
    let mut lijst: Vec<(Datum, FeestdagId)> = [
        (vast(1, 1), FeestdagId::Nieuwjaarsdag),
        (Some(p.plus_dagen(-2)), FeestdagId::GoedeVrijdag),
        (Some(p), FeestdagId::EerstePaasdag),
        (Some(p.plus_dagen(1)), FeestdagId::TweedePaasdag),
        (koningsdag, FeestdagId::Koningsdag),
        (vast(5, 5), FeestdagId::Bevrijdingsdag),
        (Some(p.plus_dagen(39)), FeestdagId::Hemelvaartsdag),
        (Some(p.plus_dagen(49)), FeestdagId::EerstePinksterdag),
        (Some(p.plus_dagen(50)), FeestdagId::TweedePinksterdag),
        (vast(12, 25), FeestdagId::EersteKerstdag),
        (vast(12, 26), FeestdagId::TweedeKerstdag),
    ]
    .into_iter()
    .filter_map(|(d, id)| d.map(|d| (d, id)))
    .collect();
    lijst.sort();
    lijst
}

/// Feestdag(en) op deze datum (kan er meer dan één zijn, bijv. Hemelvaart op 5 mei).
pub fn feestdagen_op(d: Datum) -> Vec<FeestdagId> {
    feestdagen(d.jaar()).into_iter().filter(|(f, _)| *f == d).map(|(_, id)| id).collect()
}

/// Werkdag = geen weekend en geen meetellende feestdag.
pub fn is_werkdag(d: Datum) -> bool {
    !d.weekdag().is_weekend() && !feestdagen_op(d).into_iter().any(telt_als_vrije_dag)
}

/// `d` zelf als dat een werkdag is, anders de eerstvolgende werkdag.
pub fn volgende_werkdag(d: Datum) -> Datum {
    stap_naar_werkdag(d, 1)
}

/// `d` zelf als dat een werkdag is, anders de laatste werkdag ervoor
/// (bijv. "ziek uit dienst" melden op de laatste werkdag).
pub fn vorige_werkdag(d: Datum) -> Datum {
    stap_naar_werkdag(d, -1)
}

fn stap_naar_werkdag(d: Datum, stap: i32) -> Datum {
    let mut x = d;
    // Hooguit een paar vrije dagen achter elkaar; de grens voorkomt een
    // eindeloze lus aan de rand van het datumbereik (plus_dagen verzadigt).
    for _ in 0..14 {
        if is_werkdag(x) {
            return x;
        }
        x = x.plus_dagen(stap);
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Datum {
        Datum::parse_iso(s).expect("testdatum")
    }

    #[test]
    fn paasdatums() {
        for (j, p) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2000, "2000-04-23"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(pasen(j), Some(d(p)), "Pasen {j}");
        }
        assert_eq!(pasen(1500), None);
        assert_eq!(pasen(10_000), None);
    }

    #[test]
    fn koningsdag() {
        let k = |j| feestdagen(j).into_iter().find(|(_, id)| *id == FeestdagId::Koningsdag).map(|(x, _)| x.iso());
        assert_eq!(k(2025).as_deref(), Some("2025-04-26")); // 27e is zondag
        assert_eq!(k(2026).as_deref(), Some("2026-04-27"));
        assert_eq!(k(2006).as_deref(), Some("2006-04-29")); // 30e was zondag
        assert_eq!(k(2013).as_deref(), Some("2013-04-30"));
    }

    #[test]
    fn lijst_2026() {
        let l: Vec<String> = feestdagen(2026).iter().map(|(x, _)| x.iso()).collect();
        assert_eq!(
            l,
            [
                "2026-01-01",
                "2026-04-03",
                "2026-04-05",
                "2026-04-06",
                "2026-04-27",
                "2026-05-05",
                "2026-05-14",
                "2026-05-24",
                "2026-05-25",
                "2026-12-25",
                "2026-12-26"
            ]
        );
        assert!(feestdagen(0).is_empty());
    }

    #[test]
    fn werkdagverschuiving() {
        // Kerstcasus uit de bron: D0 = vr 2026-03-06, D0+294 = vr 2026-12-25.
        let d0 = d("2026-03-06");
        assert_eq!(d0.plus_dagen(294).iso(), "2026-12-25");
        assert_eq!(volgende_werkdag(d0.plus_dagen(294)).iso(), "2026-12-28");
        assert_eq!(volgende_werkdag(d("2026-11-28")).iso(), "2026-11-30"); // za
        assert_eq!(volgende_werkdag(d("2026-10-26")).iso(), "2026-10-26"); // al werkdag
        assert_eq!(volgende_werkdag(d("2026-04-04")).iso(), "2026-04-07"); // za, zo Pasen, ma 2e Paasdag
        assert_eq!(volgende_werkdag(d("2026-05-14")).iso(), "2026-05-15"); // Hemelvaart
        assert_eq!(volgende_werkdag(d("2026-12-31")).iso(), "2026-12-31");
        assert_eq!(volgende_werkdag(d("2027-01-01")).iso(), "2027-01-04"); // vr Nieuwjaar + weekend
                                                                           // Bewuste keuze: geen verschuiving over Goede Vrijdag en 5 mei.
        assert_eq!(volgende_werkdag(d("2026-04-03")).iso(), "2026-04-03");
        assert_eq!(volgende_werkdag(d("2026-05-05")).iso(), "2026-05-05");
        assert!(!telt_als_vrije_dag(FeestdagId::GoedeVrijdag));
        assert!(!telt_als_vrije_dag(FeestdagId::Bevrijdingsdag));
        assert_eq!(vorige_werkdag(d("2026-12-27")).iso(), "2026-12-24");
        assert_eq!(vorige_werkdag(d("2026-12-24")).iso(), "2026-12-24");
    }

    #[test]
    fn rand_van_bereik_paniekt_niet() {
        assert_eq!(volgende_werkdag(Datum::MAX), Datum::MAX);
        let _ = vorige_werkdag(Datum::MIN);
    }
}
