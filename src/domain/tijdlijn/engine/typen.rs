//! De invoer en uitkomst van de tijdlijn-rekening: wat iemand invult ([`Invoer`]),
//! de fouten daarin, de mijlpalen en de [`Tijdlijn`] zelf. De rekening staat in
//! `engine.rs` (de ouder), die alles hier ook onder zijn eigen naam toont.

use super::super::datum::Datum;
use super::week_van_dag;

/// Wat de gebruiker invult.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invoer {
    /// Eerste ziektedag van de eerste (opgegeven) ziekteperiode.
    pub eerste_ziektedag: Datum,
    /// Periodes van volledig herstel, (eerste fitte dag, laatste fitte dag) inclusief.
    /// Volgorde maakt niet uit; aansluitende periodes worden samengevoegd.
    pub herstelperiodes: Vec<(Datum, Datum)>,
    /// Datum van het eerstejaarsevaluatiegesprek, als dat bekend is.
    pub eerstejaarsevaluatie: Option<Datum>,
    /// Datum waarop vervroegde IVA is aangevraagd.
    pub vervroegde_iva_aanvraag: Option<Datum>,
    /// Laatste dag van het dienstverband, als dat tijdens ziekte eindigt.
    pub einde_dienstverband: Option<Datum>,
    /// Opgelegde loonsanctie in weken (1..=52).
    pub loonsanctie_weken: Option<u16>,
    /// Vrijwillige verlenging van de loondoorbetaling in weken (13..=104).
    pub verlenging_weken: Option<u16>,
    /// Zwangerschaps- of bevallingsverlof in een herstelperiode (eerste, laatste dag,
    /// inclusief). Verlofdagen tellen niet mee voor de 4 weken van samentellen (bron §2.2);
    /// het verlof moet binnen een herstelperiode liggen.
    pub verlofperiodes: Vec<(Datum, Datum)>,
}

impl Invoer {
    /// Alleen een eerste ziektedag: één doorlopende ziekteperiode, niets bijzonders.
    pub fn vanaf(eerste_ziektedag: Datum) -> Invoer {
        Invoer {
            eerste_ziektedag,
            herstelperiodes: Vec::new(),
            eerstejaarsevaluatie: None,
            vervroegde_iva_aanvraag: None,
            einde_dienstverband: None,
            loonsanctie_weken: None,
            verlenging_weken: None,
            verlofperiodes: Vec::new(),
        }
    }
}

/// Welk invoerveld een fout heeft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Veld {
    EersteZiektedag,
    /// Index in `Invoer::herstelperiodes` zoals ingevoerd.
    Herstelperiode(usize),
    Eerstejaarsevaluatie,
    VervroegdeIvaAanvraag,
    EindeDienstverband,
    LoonsanctieWeken,
    VerlengingWeken,
    /// Index in `Invoer::verlofperiodes` zoals ingevoerd.
    Verlof(usize),
}

/// Waarom een veld is geweigerd.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reden {
    /// Datum vóór 1990-01-01.
    VoorNegentienNegentig,
    /// Datum meer dan een jaar (365 dagen) na vandaag.
    MeerDanJaarVooruit,
    /// Laatste fitte dag ligt vóór de eerste.
    HerstelEindeVoorBegin,
    /// Herstel begint op of vóór de eerste ziektedag.
    HerstelVoorStart,
    /// Herstel begint na vandaag (herstel kun je niet vooruit weten).
    HerstelInToekomst,
    /// Overlapt met een andere herstelperiode.
    HerstelOverlapt,
    /// Eerstejaarsevaluatie ligt vóór het begin van de huidige ziekteperiode.
    EjeVoorStart,
    /// Vervroegde IVA kan pas na 3 weken ziekte worden aangevraagd.
    IvaAanvraagTeVroeg,
    /// Vervroegde IVA moet vóór 68 weken ziekte worden aangevraagd.
    IvaAanvraagTeLaat,
    /// Dienstverband eindigde vóór het begin van de huidige ziekteperiode
    /// (dan geldt de Ziektewet vanaf het begin; buiten deze berekening).
    EindeDienstverbandVoorStart,
    /// Loonsanctie van 0 weken.
    LoonsanctieNul,
    /// Loonsanctie langer dan 52 weken.
    LoonsanctieTeLang,
    /// Verlenging korter dan 13 weken.
    VerlengingTeKort,
    /// Verlenging langer dan [`MAX_VERLENGING_WEKEN`].
    VerlengingTeLang,
    /// Verlenging kan niet als het dienstverband vóór of op de laatste dag van de
    /// wachttijd eindigt (niet mogelijk met een Ziektewet-uitkering, bron §1B #18).
    VerlengingNaUitDienst,
    /// Laatste verlofdag ligt vóór de eerste.
    VerlofEindeVoorBegin,
    /// Het verlof ligt niet helemaal binnen een herstelperiode.
    VerlofBuitenHerstel,
}

/// Eén invoerfout: welk veld en waarom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvoerFout {
    pub veld: Veld,
    pub reden: Reden,
}

/// Mijlpalen. De teksten bij deze ids worden elders geschreven: namen niet wijzigen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MijlpaalId {
    Ziekmelding,
    ArbodienstGemeld,
    VervroegdeIvaVanaf,
    Probleemanalyse,
    PlanVanAanpak,
    /// n-de zeswekelijkse evaluatie (1..=15): einde week 8 + 6n.
    Evaluatie(u8),
    /// 42e-weeksmelding bij UWV.
    WeekmeldingUwv,
    EerstejaarsevaluatieVenster,
    Eerstejaarsevaluatie,
    UitersteStartTweedeSpoor,
    VervroegdeIvaTot,
    VervroegdeIvaStart,
    WiaBrief,
    Eindevaluatie,
    WiaAanvraagUiterlijk,
    EindeWachttijd,
    WiaStart,
    LoonsanctieEinde,
    VerlengingEinde,
    EindeDienstverband,
}

impl MijlpaalId {
    /// Stabiele ASCII-sleutel (o.a. voor iCalendar-UID's en URL's).
    pub fn sleutel(self) -> String {
        let s = match self {
            MijlpaalId::Ziekmelding => "ziekmelding",
            MijlpaalId::ArbodienstGemeld => "arbodienst-gemeld",
            MijlpaalId::VervroegdeIvaVanaf => "vervroegde-iva-vanaf",
            MijlpaalId::Probleemanalyse => "probleemanalyse",
            MijlpaalId::PlanVanAanpak => "plan-van-aanpak",
            MijlpaalId::Evaluatie(n) => return format!("evaluatie-{n}"),
            MijlpaalId::WeekmeldingUwv => "42e-weeksmelding",
            MijlpaalId::EerstejaarsevaluatieVenster => "eerstejaarsevaluatie-venster",
            MijlpaalId::Eerstejaarsevaluatie => "eerstejaarsevaluatie",
            MijlpaalId::UitersteStartTweedeSpoor => "uiterste-start-tweede-spoor",
            MijlpaalId::VervroegdeIvaTot => "vervroegde-iva-tot",
            MijlpaalId::VervroegdeIvaStart => "vervroegde-iva-start",
            MijlpaalId::WiaBrief => "wia-brief",
            MijlpaalId::Eindevaluatie => "eindevaluatie",
            MijlpaalId::WiaAanvraagUiterlijk => "wia-aanvraag-uiterlijk",
            MijlpaalId::EindeWachttijd => "einde-wachttijd",
            MijlpaalId::WiaStart => "wia-start",
            MijlpaalId::LoonsanctieEinde => "loonsanctie-einde",
            MijlpaalId::VerlengingEinde => "verlenging-einde",
            MijlpaalId::EindeDienstverband => "einde-dienstverband",
        };
        s.to_string()
    }

    /// Vaste volgorde voor mijlpalen op dezelfde datum (deterministische sortering).
    pub(super) fn rang(self) -> u16 {
        match self {
            MijlpaalId::Ziekmelding => 0,
            MijlpaalId::ArbodienstGemeld => 1,
            MijlpaalId::VervroegdeIvaVanaf => 2,
            MijlpaalId::Probleemanalyse => 3,
            MijlpaalId::PlanVanAanpak => 4,
            MijlpaalId::Evaluatie(n) => 10 + u16::from(n),
            MijlpaalId::WeekmeldingUwv => 300,
            MijlpaalId::EerstejaarsevaluatieVenster => 301,
            MijlpaalId::Eerstejaarsevaluatie => 302,
            MijlpaalId::UitersteStartTweedeSpoor => 303,
            MijlpaalId::VervroegdeIvaTot => 304,
            MijlpaalId::VervroegdeIvaStart => 305,
            MijlpaalId::WiaBrief => 306,
            MijlpaalId::Eindevaluatie => 307,
            MijlpaalId::WiaAanvraagUiterlijk => 308,
            MijlpaalId::EindeDienstverband => 309,
            MijlpaalId::VerlengingEinde => 310,
            MijlpaalId::LoonsanctieEinde => 311,
            MijlpaalId::EindeWachttijd => 312,
            MijlpaalId::WiaStart => 313,
        }
    }
}

/// Welk re-integratiespoor een mijlpaal vooral raakt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Spoor {
    Een,
    Twee,
    Beide,
    /// Algemeen (melding, uitkering, wachttijd).
    Geen,
}

/// Hoe hard een datum is (legenda van de bron).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zekerheid {
    /// Wettelijke termijn.
    Wet,
    /// UWV-beleid/-praktijk of een UWV-besluit.
    Uwv,
    /// Gangbare praktijk, geen wettelijke termijn.
    Praktijk,
    /// Bij benadering (bijv. wanneer de UWV-brief komt).
    Ongeveer,
    /// Niet tegen een bron bevestigd.
    Onbevestigd,
    /// Een vast ritme ("minstens elke 6 weken"), geen vaste dag: de evaluaties.
    Ritme,
    /// Een datum die de gebruiker zelf invulde (het einde van het contract): geen
    /// termijn uit de wet.
    Ingevuld,
}

/// Hoe een datum gezegd mag worden (issue 11: eerlijke datums).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Aard {
    /// Een vaste dag: je eerste ziektedag, het einde van de wachttijd, een besluit.
    Vast,
    /// Een termijn: het moet uiterlijk op deze dag gebeuren.
    Termijn,
    /// Een periode: ergens tussen `datum` en `tot`.
    Venster,
    /// Een schatting: rond deze week, nooit een dag die leest als een afspraak.
    Schatting,
}

/// In welk deel van de tijd een mijlpaal valt (voor "Alle stappen").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Deel {
    /// Week 1 tot en met 52.
    EersteJaar,
    /// Week 53 tot en met 104.
    TweedeJaar,
    /// Na week 104 (loonsanctie, verlenging, WIA).
    Daarna,
}

impl MijlpaalId {
    /// Vervroegde IVA is een mogelijkheid om naar te vragen, geen stap die iedereen tegenkomt.
    pub fn is_mogelijkheid(self) -> bool {
        matches!(self, MijlpaalId::VervroegdeIvaVanaf | MijlpaalId::VervroegdeIvaTot)
    }
}

/// Eén gedateerde mijlpaal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mijlpaal {
    pub id: MijlpaalId,
    /// Datum (bij een venster: de eerste dag).
    pub datum: Datum,
    /// Laatste dag van een venster (inclusief); `None` voor een enkele datum.
    pub tot: Option<Datum>,
    /// Ziekteweek (opgeteld, 1-based) waarin `datum` valt; in een herstelperiode de
    /// week van de laatste ziektedag ervoor.
    pub week: u16,
    pub spoor: Spoor,
    pub zekerheid: Zekerheid,
}

/// Stand van een mijlpaal ten opzichte van vandaag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Voorbij,
    /// Vandaag, of vandaag valt binnen het venster.
    Nu,
    Komt,
}

impl Mijlpaal {
    /// De aard van de datum, volgens de bron (§1A/§1B/§2.1):
    /// * termijnen uit de wet of de Werkwijzer: probleemanalyse (week 6), plan van aanpak
    ///   (week 8), 42e-weeksmelding, uiterste start spoor 2 na een bekende EJE (EJE + 6 weken),
    ///   eindevaluatie, WIA-aanvraag;
    /// * vensters: de EJE (week 46–52) en de uiterste start van spoor 2 zonder EJE-datum;
    /// * schattingen: melding bij de arbodienst (gewoonte), de evaluaties ("minstens elke
    ///   6 weken", de dag zelf staat nergens vast), de WIA-brief ("rond week 89"), het einde
    ///   van het vroege-IVA-venster (ONBEVESTIGD) en de start van een aangevraagde IVA
    ///   (alleen als die wordt toegekend);
    /// * de rest is een vaste dag.
    pub fn aard(&self) -> Aard {
        use MijlpaalId as M;
        if self.tot.is_some() {
            return Aard::Venster;
        }
        match self.id {
            M::Probleemanalyse
            | M::PlanVanAanpak
            | M::WeekmeldingUwv
            | M::UitersteStartTweedeSpoor
            | M::Eindevaluatie
            | M::WiaAanvraagUiterlijk => Aard::Termijn,
            M::ArbodienstGemeld | M::Evaluatie(_) | M::WiaBrief | M::VervroegdeIvaTot | M::VervroegdeIvaStart => {
                Aard::Schatting
            }
            M::Ziekmelding
            | M::VervroegdeIvaVanaf
            | M::EerstejaarsevaluatieVenster
            | M::Eerstejaarsevaluatie
            | M::EindeWachttijd
            | M::WiaStart
            | M::LoonsanctieEinde
            | M::VerlengingEinde
            | M::EindeDienstverband => Aard::Vast,
        }
    }

    /// Eerste jaar, tweede jaar of daarna, naar de ziekteweek.
    pub fn deel(&self) -> Deel {
        match self.week {
            0..=52 => Deel::EersteJaar,
            53..=104 => Deel::TweedeJaar,
            _ => Deel::Daarna,
        }
    }

    /// Laatste dag waarop de mijlpaal "loopt".
    pub fn einde(&self) -> Datum {
        self.tot.unwrap_or(self.datum)
    }

    pub fn status(&self, vandaag: Datum) -> Status {
        if self.einde() < vandaag {
            Status::Voorbij
        } else if self.datum <= vandaag {
            Status::Nu
        } else {
            Status::Komt
        }
    }
}

/// Een herstelperiode van ≥ 28 dagen heeft de teller op nul gezet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KetenHerstart {
    /// De (laatste) lange herstelperiode, inclusief.
    pub herstel: (Datum, Datum),
    pub fitte_dagen: i32,
    /// De ingevoerde eerste ziektedag, die dus niet meer meetelt.
    pub oorspronkelijke_eerste_ziektedag: Datum,
}

/// Wanneer het dienstverband eindigt (bron §1B #19, edge case 11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UitDienstPad {
    /// Vóór de 42e-weeksmelding: die vervalt voor de werkgever, de ziek-uit-dienstmelding komt ervoor in de plaats.
    VoorWeekmelding,
    /// Tussen de 42e-weeksmelding en het einde van week 44.
    TotEindeWeek44,
    /// Na week 44, vóór het einde van de wachttijd.
    NaWeek44,
    /// Na de 104 weken: geen Ziektewet-vangnet meer aan de orde.
    NaWachttijd,
}

/// Welk re-integratieverslag de werkgever bij uit dienst moet leveren.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RivBijUitDienst {
    /// Minder dan 6 ziekteweken.
    Geen,
    /// 6 tot 10 ziekteweken: beknopt verslag.
    Beknopt,
    /// 10 weken of meer: volledig verslag met eindevaluatie.
    Volledig,
}

/// Ziektewet-beoordeling door UWV na uit dienst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZwBeoordeling {
    /// Uit dienst tot en met week 44: beoordeling rond week 44 (bij benadering).
    RondWeek44(Datum),
    /// Uit dienst na week 44: binnen 4 weken na de ziekmelding bij UWV.
    BinnenVierWeken { uiterlijk: Datum },
}

/// Gevolgen voor de datums als het dienstverband tijdens ziekte eindigt.
/// De 104 weken lopen door (tijd bij de werkgever telt mee), dus einde wachttijd,
/// WIA-aanvraag en WIA-start veranderen niet.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UitDienst {
    pub laatste_dag: Datum,
    /// Werkgever meldt "ziek uit dienst" bij UWV op de laatste werkdag
    /// (laatste werkdag op of vóór `laatste_dag`, zelfde feestdagenlijst).
    pub melding_ziek_uit_dienst: Datum,
    pub week: u16,
    pub pad: UitDienstPad,
    pub riv: RivBijUitDienst,
    pub zw_beoordeling: Option<ZwBeoordeling>,
    /// Werkgeverstaken die na de laatste dag vallen. Bij een werkgever die geen
    /// eigenrisicodrager Ziektewet is, stopt de poortwachtertoets bij uit dienst
    /// en neemt UWV het over; bij een eigenrisicodrager blijft UWV de ex-werkgever toetsen.
    pub werkgeverstaken_na_einde: Vec<MijlpaalId>,
}

/// Resultaat van [`bereken`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tijdlijn {
    /// D0 van de huidige ziekteperiode (keten).
    pub begin_keten: Datum,
    /// Zoals ingevoerd; verschilt van `begin_keten` na een herstart.
    pub eerste_ziektedag_invoer: Datum,
    /// `Some` als eerdere periodes niet zijn samengeteld ("je ziekteperiode begon opnieuw op ...").
    pub keten_herstart: Option<KetenHerstart>,
    /// Herstelperiodes (< 28 dagen) binnen de huidige keten, gesorteerd en samengevoegd.
    pub herstel_in_keten: Vec<(Datum, Datum)>,
    /// Op datum gesorteerd.
    pub mijlpalen: Vec<Mijlpaal>,
    pub uit_dienst: Option<UitDienst>,
}

impl Tijdlijn {
    /// Datum van opgetelde ziektedag `k` (0-based; k = 0 is D0).
    ///
    /// Loopt de ziekteperiodes af en telt alleen herstel mee dat vóór die dag ligt:
    /// gelijk aan D0 + k + (herstel vóór de datum), niet + al het herstel.
    pub fn datum_op_ziektedag(&self, k: u32) -> Datum {
        let mut start = self.begin_keten;
        let mut rest = i64::from(k);
        for &(b, e) in &self.herstel_in_keten {
            // Ziektedagen in deze periode: start ..= b − 1 (altijd ≥ 1 door validatie).
            let lengte = i64::from(start.dagen_tot(b));
            if rest < lengte {
                break;
            }
            rest -= lengte;
            start = e.plus_dagen(1);
        }
        start.plus_dagen(i32::try_from(rest).unwrap_or(i32::MAX))
    }

    /// Opgetelde ziektedag (0-based) op `d`; in een herstelperiode die van de
    /// laatste ziektedag ervoor (de teller staat dan stil). `None` vóór D0.
    pub fn ziektedag_op(&self, d: Datum) -> Option<u32> {
        if d < self.begin_keten {
            return None;
        }
        let mut dagen = i64::from(self.begin_keten.dagen_tot(d)) + 1;
        for &(b, e) in &self.herstel_in_keten {
            if b > d {
                break;
            }
            let eind = if e < d { e } else { d };
            dagen -= i64::from(b.dagen_tot(eind)) + 1;
        }
        // D0 is altijd een ziektedag, dus dagen ≥ 1.
        u32::try_from(dagen.saturating_sub(1)).ok()
    }

    /// Huidige (opgetelde) ziekteweek, 1-based; `None` vóór D0.
    pub fn week_van(&self, vandaag: Datum) -> Option<u16> {
        self.ziektedag_op(vandaag).map(week_van_dag)
    }

    /// Valt `d` in een herstelperiode van de huidige keten?
    pub fn in_herstel(&self, d: Datum) -> bool {
        self.herstel_in_keten.iter().any(|&(b, e)| b <= d && d <= e)
    }

    /// Status van elke mijlpaal, in de volgorde van `mijlpalen`.
    pub fn status(&self, vandaag: Datum) -> Vec<(Mijlpaal, Status)> {
        self.mijlpalen.iter().map(|m| (*m, m.status(vandaag))).collect()
    }

    /// Eerstvolgende mijlpaal: de eerste met datum ≥ vandaag (een termijn die
    /// vandaag afloopt telt dus nog mee; een al lopend venster niet).
    pub fn volgende(&self, vandaag: Datum) -> Option<&Mijlpaal> {
        self.mijlpalen.iter().find(|m| m.datum >= vandaag)
    }

    /// De eerstvolgende `n` stappen voor het korte overzicht: wat vandaag of later begint,
    /// zonder de losse evaluaties (die zijn één terugkerend punt, zie
    /// [`Tijdlijn::volgende_evaluatie`]) en zonder vervroegde IVA als die niet is aangevraagd.
    pub fn volgende_stappen(&self, vandaag: Datum, n: usize) -> Vec<&Mijlpaal> {
        self.mijlpalen
            .iter()
            .filter(|m| m.datum >= vandaag && !matches!(m.id, MijlpaalId::Evaluatie(_)) && !m.id.is_mogelijkheid())
            .take(n)
            .collect()
    }

    /// De eerstvolgende evaluatie (rond een week, geen afspraak), als er nog een komt.
    pub fn volgende_evaluatie(&self, vandaag: Datum) -> Option<&Mijlpaal> {
        self.mijlpalen.iter().find(|m| matches!(m.id, MijlpaalId::Evaluatie(_)) && m.datum >= vandaag)
    }

    /// Laatste dag van de (eventueel verlengde) loondoorbetaling: het einde van de tijdlijn.
    pub fn laatste_dag(&self) -> Datum {
        self.mijlpaal(MijlpaalId::EindeWachttijd).map_or(self.begin_keten.plus_dagen(727), |m| m.datum)
    }

    /// Een eerstejaarsevaluatie na het einde van week 52 schuift de uiterste start van
    /// spoor 2 (EJE + 6 weken) later dan week 58. Of dat mag, zegt de bron niet
    /// (de Werkwijzer over een late start is ONBEVESTIGD, §1C); de tijdlijn zegt het erbij.
    pub fn eje_na_week_52(&self) -> bool {
        let eje = self.mijlpaal(MijlpaalId::Eerstejaarsevaluatie);
        let venster = self.mijlpaal(MijlpaalId::EerstejaarsevaluatieVenster);
        matches!((eje, venster), (Some(e), Some(v)) if e.datum > v.einde())
    }

    /// Vervroegde IVA kan vandaag nog worden aangevraagd (na 3 weken, vóór 68 weken
    /// ziekte, bron §1A #7) en is nog niet aangevraagd: de laatste dag van het venster.
    pub fn vervroegde_iva_open(&self, vandaag: Datum) -> Option<&Mijlpaal> {
        let tot = self.mijlpaal(MijlpaalId::VervroegdeIvaTot)?;
        let van = self.mijlpaal(MijlpaalId::VervroegdeIvaVanaf).map_or(tot.datum, |m| m.datum);
        let aangevraagd = self.mijlpaal(MijlpaalId::VervroegdeIvaStart).is_some();
        (!aangevraagd && vandaag >= van && vandaag <= tot.datum).then_some(tot)
    }

    /// Mijlpaal met dit id, als die in de tijdlijn staat.
    pub fn mijlpaal(&self, id: MijlpaalId) -> Option<&Mijlpaal> {
        self.mijlpalen.iter().find(|m| m.id == id)
    }

    pub(super) fn week_op(&self, d: Datum) -> u16 {
        // Vóór D0 (kan alleen bij een melding op de werkdag vóór een weekend-D0): week 1.
        self.ziektedag_op(d).map_or(1, week_van_dag)
    }
}
