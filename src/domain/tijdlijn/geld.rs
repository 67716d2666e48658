//! The money worry's reply (issue 23, item 3): which of its parts comes first for
//! this person. Every part is right for everyone and is always shown; when the
//! person's own timeline is known, the part that applies to them leads.
//!
//! Rules from `poortwachter.md`:
//! * in sickness the employer pays at least 70% for 104 weeks (art. 7:629 BW); the cao
//!   may give more — [`GeldDeel::Loon`], the general lead;
//! * a contract that ends during the 104 weeks stops the pay; a Ziektewet benefit may
//!   follow for the rest of the 104 weeks (§1B #19) — [`GeldDeel::ContractEindigt`]
//!   leads when a contract end date before the end of the 104 weeks is known;
//! * the WIA is applied for by the end of week 93, D0 + 650 (§2.1); UWV's letter comes
//!   after about 88 weeks (D0 + 616) — [`GeldDeel::WiaAanvragen`] leads from then until
//!   the deadline;
//! * after the 104 weeks (last day D0 + 727) the employer no longer has to pay for
//!   sickness, and the contract does not end by itself (§1B #16) —
//!   [`GeldDeel::Na104Weken`] leads after the WIA deadline.
//!
//! [`Geldstand::uit_datums`] needs only the first sick day and a contract end, so it
//! runs where the timeline engine is not loaded (the candidate's pages). It gives no
//! stand when something moves the dates (recovery periods, a loonsanctie, an extension):
//! then the general order is the honest one. [`Geldstand::uit_tijdlijn`] reads the
//! engine's own dates; a test checks both agree.

use super::datum::Datum;
use super::engine::{MijlpaalId, Tijdlijn, UitDienstPad};
use super::formulier::lees_datum;
use crate::domain::dokument::TijdlijnInvoer;

/// One part of the money reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeldDeel {
    /// At least 70% by law; the cao may give more; the second track changes nothing.
    Loon,
    /// A contract that ends during sickness: pay stops, the Ziektewet may follow.
    ContractEindigt,
    /// Apply for the WIA yourself, by the end of week 93.
    WiaAanvragen,
    /// After 104 weeks no more pay for sickness; the contract does not end by itself.
    Na104Weken,
}

/// The fragment query that opens the timeline at "Als je contract eindigt"
/// (`#/tijdlijn?naar=contract`), the link under the contract part.
pub const NAAR_CONTRACT: &str = "naar=contract";

/// Whether a fragment query (`?naar=contract&…`) asks for the contract part.
pub fn naar_contract(query: &str) -> bool {
    query.trim_start_matches('?').split('&').any(|p| p == NAAR_CONTRACT)
}

impl GeldDeel {
    /// A stable name (the page's `data-deel`, for the browser tests).
    pub fn naam(self) -> &'static str {
        match self {
            GeldDeel::Loon => "Loon",
            GeldDeel::ContractEindigt => "ContractEindigt",
            GeldDeel::WiaAanvragen => "WiaAanvragen",
            GeldDeel::Na104Weken => "Na104Weken",
        }
    }
}

/// The general order: right for everyone, in the order things happen.
pub const STANDAARD: [GeldDeel; 4] =
    [GeldDeel::Loon, GeldDeel::ContractEindigt, GeldDeel::WiaAanvragen, GeldDeel::Na104Weken];

// Sick days (0-based, from the first sick day), as in `engine` and §2.1.
const K_WIA_BRIEF: i32 = 616;
const K_WIA_AANVRAAG: i32 = 650;
const K_LAATSTE_DAG: i32 = 727;

/// What the choice needs to know, as dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geldstand {
    pub vandaag: Datum,
    /// About 88 weeks: from here the WIA part leads.
    pub wia_brief: Datum,
    /// The last day to apply for the WIA.
    pub wia_uiterlijk: Datum,
    /// The last day the employer pays (end of the 104 weeks).
    pub laatste_loondag: Datum,
    /// The last day of the contract, if it ends within the 104 weeks.
    pub einde_contract: Option<Datum>,
    /// A loonsanctie or an extension keeps the pay going after the 104 weeks: then the
    /// after-104 part does not lead (it would say the pay stops).
    pub langer_loon: bool,
}

impl Geldstand {
    /// From the first sick day alone (one unbroken period of sickness, no loonsanctie,
    /// no extension), and the last day of the contract if it ends.
    pub fn uit_datums(eerste_ziektedag: Datum, einde_contract: Option<Datum>, vandaag: Datum) -> Geldstand {
        let dag = |k: i32| eerste_ziektedag.plus_dagen(k);
        Geldstand {
            vandaag,
            wia_brief: dag(K_WIA_BRIEF),
            wia_uiterlijk: dag(K_WIA_AANVRAAG),
            laatste_loondag: dag(K_LAATSTE_DAG),
            einde_contract: einde_contract.filter(|e| *e >= eerste_ziektedag && *e <= dag(K_LAATSTE_DAG)),
            langer_loon: false,
        }
    }

    /// From the timeline form as the person typed it, where the engine is not loaded.
    /// `None` (the general order) unless it is one plain period of sickness: a readable
    /// first sick day, no recovery period, no loonsanctie, no extension, and a contract
    /// end that is empty or readable. Those other fields move the dates.
    pub fn uit_invoer(invoer: &TijdlijnInvoer, vandaag: Datum) -> Option<Geldstand> {
        let leeg = |s: &str| s.trim().is_empty();
        let eenvoudig = invoer.herstel.iter().all(|(a, b)| leeg(a) && leeg(b))
            && leeg(&invoer.loonsanctie_weken)
            && leeg(&invoer.verlenging_weken);
        if !eenvoudig {
            return None;
        }
        let d0 = lees_datum(&invoer.eerste_ziektedag).ok()?;
        let einde = match invoer.einde_dienstverband.trim() {
            "" => None,
            e => Some(lees_datum(e).ok()?),
        };
        Some(Geldstand::uit_datums(d0, einde, vandaag))
    }

    /// From a computed timeline (recovery, sanction and extension taken into account).
    pub fn uit_tijdlijn(tl: &Tijdlijn, vandaag: Datum) -> Geldstand {
        let datum = |id, k: i32| tl.mijlpaal(id).map_or(tl.begin_keten.plus_dagen(k), |m| m.datum);
        Geldstand {
            vandaag,
            wia_brief: datum(MijlpaalId::WiaBrief, K_WIA_BRIEF),
            wia_uiterlijk: datum(MijlpaalId::WiaAanvraagUiterlijk, K_WIA_AANVRAAG),
            laatste_loondag: tl.laatste_dag(),
            einde_contract: tl
                .uit_dienst
                .as_ref()
                .filter(|u| u.pad != UitDienstPad::NaWachttijd)
                .map(|u| u.laatste_dag),
            langer_loon: tl.mijlpaal(MijlpaalId::LoonsanctieEinde).is_some()
                || tl.mijlpaal(MijlpaalId::VerlengingEinde).is_some(),
        }
    }

    /// The part that applies to this person first, if one does.
    pub fn voorop(&self) -> Option<GeldDeel> {
        // A contract that ends within the 104 weeks decides the income from then on.
        if self.einde_contract.is_some() {
            return Some(GeldDeel::ContractEindigt);
        }
        if self.vandaag > self.wia_uiterlijk && !self.langer_loon {
            return Some(GeldDeel::Na104Weken);
        }
        if (self.wia_brief..=self.wia_uiterlijk).contains(&self.vandaag) {
            return Some(GeldDeel::WiaAanvragen);
        }
        None
    }

    /// All parts, the one that applies first.
    pub fn volgorde(&self) -> [GeldDeel; 4] {
        volgorde(self.voorop())
    }
}

/// All four parts with `eerst` in front, the rest in the general order.
pub fn volgorde(eerst: Option<GeldDeel>) -> [GeldDeel; 4] {
    let Some(eerst) = eerst else { return STANDAARD };
    let mut uit = [eerst; 4];
    let mut i = 1;
    for d in STANDAARD {
        if d != eerst {
            uit[i] = d;
            i += 1;
        }
    }
    uit
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::modules::zorgen::{geld_deel, GELD_ALGEMEEN, GELD_ERKENNING, GELD_WAAR, GELD_WAAR_KOP};
    use crate::domain::tijdlijn::engine::{bereken, Invoer};

    fn d(s: &str) -> Datum {
        Datum::parse_iso(s).unwrap()
    }

    /// The reference's case study: first sick day Monday 2026-01-05.
    const D0: &str = "2026-01-05";

    fn eerste(stand: Geldstand) -> GeldDeel {
        stand.volgorde()[0]
    }

    fn nl(deel: GeldDeel) -> &'static str {
        geld_deel(deel).nl
    }

    #[test]
    fn every_part_says_the_references_rule() {
        // 70% by law, the cao may give more; never 100% asserted.
        assert!(nl(GeldDeel::Loon).contains("minstens 70%") && nl(GeldDeel::Loon).contains("cao"));
        assert!(geld_deel(GeldDeel::Loon).en.contains("at least 70%"));
        // Ziektewet when the contract ends during sickness, for the rest of the 104 weeks.
        assert!(nl(GeldDeel::ContractEindigt).contains("Ziektewet"));
        assert!(nl(GeldDeel::ContractEindigt).contains("tot het einde van de 104 weken"));
        // WIA by the end of week 93.
        assert!(nl(GeldDeel::WiaAanvragen).contains("uiterlijk aan het eind van week 93"));
        assert!(geld_deel(GeldDeel::WiaAanvragen).en.contains("by the end of week 93"));
        // After 104 weeks: no more pay for sickness, the contract does not end by itself.
        assert!(nl(GeldDeel::Na104Weken).contains("niet meer door te betalen omdat je ziek bent"));
        assert!(nl(GeldDeel::Na104Weken).contains("Je contract stopt daardoor niet vanzelf"));
        assert!(geld_deel(GeldDeel::Na104Weken).en.contains("does not end by itself"));
        for deel in STANDAARD {
            let tk = geld_deel(deel);
            for tekst in [tk.nl, tk.en] {
                assert!(!tekst.contains("100"), "never 100% asserted: {tekst}");
                assert!(!tekst.contains("7:629"), "no article numbers in a comfort reply: {tekst}");
            }
        }
        // The deskundigenoordeel only where it answers the question; Juridisch Loket not "free" for all.
        assert!(GELD_WAAR.nl.contains("loon in omdat je niet zou meewerken? Dan kun je UWV om een deskundigenoordeel"));
        assert!(GELD_WAAR.nl.contains("Persoonlijk advies is daar gratis als je weinig inkomen en spaargeld hebt"));
        assert!(GELD_WAAR.nl.contains("Ben je lid van een vakbond"));
    }

    #[test]
    fn the_general_reply_is_the_parts_in_the_general_order() {
        for (algemeen, taal_van) in [
            (GELD_ALGEMEEN.nl, (|t: crate::domain::tekst::Tekst| t.nl) as fn(_) -> &'static str),
            (GELD_ALGEMEEN.en, |t: crate::domain::tekst::Tekst| t.en),
        ] {
            let mut delen = vec![taal_van(GELD_ERKENNING)];
            delen.extend(STANDAARD.iter().map(|x| taal_van(geld_deel(*x))));
            delen.push(taal_van(GELD_WAAR_KOP));
            delen.push(taal_van(GELD_WAAR));
            assert_eq!(algemeen, delen.join(" "));
        }
    }

    #[test]
    fn the_contract_link_is_read_from_the_query() {
        assert!(naar_contract("?naar=contract"));
        assert!(naar_contract("?start=2026-01-05&naar=contract"));
        assert!(!naar_contract("?naar=contractx") && !naar_contract("") && !naar_contract("?start=2026-01-05"));
    }

    #[test]
    fn without_a_known_situation_the_general_order() {
        assert_eq!(volgorde(None), STANDAARD);
        assert_eq!(STANDAARD[0], GeldDeel::Loon);
        // Early in the first year nothing special leads.
        let stand = Geldstand::uit_datums(d(D0), None, d("2026-06-01"));
        assert_eq!(stand.voorop(), None);
        assert_eq!(stand.volgorde(), STANDAARD);
    }

    #[test]
    fn a_contract_ending_within_the_104_weeks_puts_the_ziektewet_first() {
        // A fixed-term contract that ends in week 20 (reference §1B #19).
        let stand = Geldstand::uit_datums(d(D0), Some(d("2026-05-20")), d("2026-03-01"));
        assert_eq!(eerste(stand), GeldDeel::ContractEindigt);
        assert_eq!(
            stand.volgorde(),
            [GeldDeel::ContractEindigt, GeldDeel::Loon, GeldDeel::WiaAanvragen, GeldDeel::Na104Weken],
            "the other parts keep their order"
        );
        assert!(nl(eerste(stand)).contains("Ziektewet"));
        // Also on the last day of the 104 weeks (D0 + 727 = 2028-01-02).
        assert_eq!(
            eerste(Geldstand::uit_datums(d(D0), Some(d("2028-01-02")), d("2026-03-01"))),
            GeldDeel::ContractEindigt
        );
        // A contract that ends after the 104 weeks is not a Ziektewet case.
        assert_eq!(Geldstand::uit_datums(d(D0), Some(d("2028-01-03")), d("2026-03-01")).voorop(), None);
    }

    #[test]
    fn from_the_wia_letter_to_the_deadline_the_wia_part_leads() {
        // UWV's letter ≈ D0 + 616 = 2027-09-13; deadline end of week 93 = D0 + 650 = 2027-10-17.
        assert_eq!(Geldstand::uit_datums(d(D0), None, d("2027-09-12")).voorop(), None);
        for dag in ["2027-09-13", "2027-10-01", "2027-10-17"] {
            let stand = Geldstand::uit_datums(d(D0), None, d(dag));
            assert_eq!(eerste(stand), GeldDeel::WiaAanvragen, "{dag}");
            assert!(nl(eerste(stand)).contains("week 93"));
        }
    }

    #[test]
    fn after_the_wia_deadline_and_after_week_104_the_after_104_part_leads() {
        for dag in ["2027-10-18", "2028-01-02", "2028-01-03", "2029-06-01"] {
            let stand = Geldstand::uit_datums(d(D0), None, d(dag));
            assert_eq!(eerste(stand), GeldDeel::Na104Weken, "{dag}");
            assert!(nl(eerste(stand)).contains("Je contract stopt daardoor niet vanzelf"));
        }
    }

    #[test]
    fn from_the_form_only_when_the_dates_are_plain() {
        let vandaag = d("2027-10-01");
        let mut invoer = TijdlijnInvoer { eerste_ziektedag: D0.into(), ..Default::default() };
        assert_eq!(Geldstand::uit_invoer(&invoer, vandaag).and_then(|s| s.voorop()), Some(GeldDeel::WiaAanvragen));
        // Typed day-first, with a contract end in week 20: the Ziektewet part leads.
        invoer.eerste_ziektedag = "5-1-2026".into();
        invoer.einde_dienstverband = "2026-05-20".into();
        assert_eq!(Geldstand::uit_invoer(&invoer, vandaag).and_then(|s| s.voorop()), Some(GeldDeel::ContractEindigt));
        // Anything that moves the dates, or cannot be read: the general order.
        for zet in [
            (|i: &mut TijdlijnInvoer| i.herstel = vec![("2026-02-01".into(), "2026-02-10".into())]) as fn(&mut _),
            |i| i.loonsanctie_weken = "12".into(),
            |i| i.verlenging_weken = "13".into(),
            |i| i.einde_dienstverband = "ooit".into(),
            |i| i.eerste_ziektedag = String::new(),
        ] {
            let mut i = invoer.clone();
            zet(&mut i);
            assert_eq!(Geldstand::uit_invoer(&i, vandaag), None, "{i:?}");
        }
    }

    #[test]
    fn the_light_stand_agrees_with_the_engine() {
        for (start, einde) in
            [("2026-01-05", None), ("2025-03-14", Some("2026-02-28")), ("2024-12-30", Some("2027-05-01"))]
        {
            let mut invoer = Invoer::vanaf(d(start));
            invoer.einde_dienstverband = einde.map(d);
            let vandaag = d("2026-12-05");
            let tl = bereken(&invoer, vandaag).unwrap();
            for stap in (0..900).step_by(7) {
                let dag = d(start).plus_dagen(stap);
                let licht = Geldstand::uit_datums(d(start), einde.map(d), dag);
                assert_eq!(licht, Geldstand::uit_tijdlijn(&tl, dag), "{start} {einde:?} {dag:?}");
            }
        }
    }

    #[test]
    fn with_a_loonsanctie_the_after_104_part_does_not_lead() {
        // The employer keeps paying during a sanction (reference §1B #17), so the part
        // that says the pay stops must not come first; the WIA part still may.
        let mut invoer = Invoer::vanaf(d(D0));
        invoer.loonsanctie_weken = Some(52);
        let tl = bereken(&invoer, d("2026-12-05")).unwrap();
        let stand = Geldstand::uit_tijdlijn(&tl, d("2028-03-01"));
        assert!(stand.langer_loon && stand.laatste_loondag > d("2028-03-01"));
        assert_eq!(stand.voorop(), None);
        assert_eq!(Geldstand::uit_tijdlijn(&tl, d("2027-10-01")).voorop(), Some(GeldDeel::WiaAanvragen));
        // A contract that ends in the sanction year is after the 104 weeks: no Ziektewet lead.
        invoer.einde_dienstverband = Some(d("2028-06-01"));
        let tl = bereken(&invoer, d("2027-12-01")).unwrap();
        assert_eq!(Geldstand::uit_tijdlijn(&tl, d("2027-01-01")).einde_contract, None);
    }
}
