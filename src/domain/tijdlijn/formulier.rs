//! Het tijdlijnformulier: van de getypte tekst ([`TijdlijnInvoer`]) naar de invoer van
//! de rekenmachine ([`Invoer`]), met een melding per veld.
//!
//! * Een leeg, optioneel veld is goed: het telt niet mee.
//! * Een datum die niet te lezen is of niet bestaat (tekst, 2026-02-30) geeft een melding
//!   bij dat veld. We lezen `JJJJ-MM-DD` en, voor wie typt in een gewoon tekstvak,
//!   ook `DD-MM-JJJJ` (met streepjes; nooit met `/`, om verwarring met Amerikaanse
//!   datums te voorkomen).
//! * Aantallen weken zijn hele getallen; anders een melding.
//! * De meldingen van de rekenmachine ([`Reden`]) komen bij het veld waar ze over gaan.
//!
//! Zolang er één melding is, is er geen tijdlijn: nooit een stilletjes verkeerde tijdlijn.

use super::datum::{Datum, DatumFout};
use super::engine::{self, Invoer, Reden, Tijdlijn};
use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::opschonen::zonder_onzichtbare;
use crate::domain::taal::query_waarde;

/// Zoveel herstelperiodes kan iemand invullen; meer is in twee jaar niet aannemelijk.
pub const MAX_HERSTELPERIODES: usize = 12;
/// Langer dan dit wordt een waarde uit een link niet overgenomen (afgekapt).
pub const MAX_LINKWAARDE: usize = 32;

/// Een invoerveld van het formulier, zoals de pagina het toont.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Veld {
    EersteZiektedag,
    /// Eerste dag beter van herstelperiode `n` (index in `TijdlijnInvoer::herstel`).
    HerstelVan(usize),
    /// Laatste dag beter van herstelperiode `n`.
    HerstelTot(usize),
    /// Eerste dag van zwangerschaps- of bevallingsverlof in herstelperiode `n`.
    VerlofVan(usize),
    /// Laatste dag van dat verlof.
    VerlofTot(usize),
    Eerstejaarsevaluatie,
    VervroegdeIva,
    EindeDienstverband,
    LoonsanctieWeken,
    VerlengingWeken,
}

/// Wat er mis is met een veld.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Probleem {
    /// Verplicht veld is leeg (de eerste ziektedag, of de andere helft van een herstelperiode).
    Leeg,
    /// Geen (bestaande) datum.
    Datum(DatumFout),
    /// Geen heel getal (bijv. "12,5", "-3", "dertien").
    GeenGetal,
    /// De rekenmachine weigert de waarde.
    Reden(Reden),
}

/// Eén melding: bij welk veld en waarom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Melding {
    pub veld: Veld,
    pub probleem: Probleem,
}

/// De ingevulde velden als engine-invoer, plus welke formulierregel bij welke
/// herstelperiode van de invoer hoort (lege regels slaan we over).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gelezen {
    pub invoer: Invoer,
    /// `herstel_rij[i]` = de regel in `TijdlijnInvoer::herstel` van `invoer.herstelperiodes[i]`.
    pub herstel_rij: Vec<usize>,
    /// `verlof_rij[i]` = de regel van `invoer.verlofperiodes[i]`.
    pub verlof_rij: Vec<usize>,
}

/// Leest een datum zoals iemand hem typt: `JJJJ-MM-DD`, of `D-M-JJJJ` / `DD-MM-JJJJ`.
/// Spaties eromheen tellen niet.
pub fn lees_datum(tekst: &str) -> Result<Datum, DatumFout> {
    let s = tekst.trim();
    match Datum::parse_iso(s) {
        Ok(d) => Ok(d),
        Err(DatumFout::Formaat) => lees_dag_eerst(s).unwrap_or(Err(DatumFout::Formaat)),
        Err(f) => Err(f),
    }
}

/// `D-M-JJJJ`: `None` als het niet die vorm heeft.
fn lees_dag_eerst(s: &str) -> Option<Result<Datum, DatumFout>> {
    let mut delen = s.split('-');
    let (dag, maand, jaar) = (delen.next()?, delen.next()?, delen.next()?);
    if delen.next().is_some() {
        return None;
    }
    let cijfers =
        |x: &str, min: usize, max: usize| (min..=max).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
    if !(cijfers(dag, 1, 2) && cijfers(maand, 1, 2) && cijfers(jaar, 4, 4)) {
        return None;
    }
    // Hoogstens 4 cijfers: past altijd.
    let getal = |x: &str| x.parse::<u32>().unwrap_or(0);
    Some(Datum::new(getal(jaar) as i32, getal(maand), getal(dag)))
}

/// Leest een aantal weken: een heel getal zonder teken. Te groot voor de rekenmachine
/// wordt `u16::MAX`, zodat die "te lang" meldt in plaats van dat het getal wegvalt.
pub fn lees_weken(tekst: &str) -> Result<u16, Probleem> {
    let s = tekst.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Probleem::GeenGetal);
    }
    Ok(s.trim_start_matches('0').parse::<u16>().unwrap_or(if s.bytes().all(|b| b == b'0') { 0 } else { u16::MAX }))
}

/// Zet de getypte velden om. Lege optionele velden tellen niet mee; elk veld dat
/// niet te lezen is, geeft een melding. `Err` als er minstens één melding is.
pub fn lees(form: &TijdlijnInvoer) -> Result<Gelezen, Vec<Melding>> {
    let mut meldingen = Vec::new();
    let mut fout = |veld, probleem| meldingen.push(Melding { veld, probleem });

    let eerste = match form.eerste_ziektedag.trim() {
        "" => {
            fout(Veld::EersteZiektedag, Probleem::Leeg);
            None
        }
        s => lees_datum(s).map_err(|f| fout(Veld::EersteZiektedag, Probleem::Datum(f))).ok(),
    };

    let mut herstelperiodes = Vec::new();
    let mut herstel_rij = Vec::new();
    let mut verlofperiodes = Vec::new();
    let mut verlof_rij = Vec::new();
    for (rij, (van, tot)) in form.herstel.iter().enumerate() {
        let (van, tot) = (van.trim(), tot.trim());
        if van.is_empty() && tot.is_empty() {
            continue;
        }
        let deel = |tekst: &str, veld: Veld, fout: &mut dyn FnMut(Veld, Probleem)| -> Option<Datum> {
            if tekst.is_empty() {
                fout(veld, Probleem::Leeg);
                return None;
            }
            lees_datum(tekst).map_err(|f| fout(veld, Probleem::Datum(f))).ok()
        };
        let b = deel(van, Veld::HerstelVan(rij), &mut fout);
        let e = deel(tot, Veld::HerstelTot(rij), &mut fout);
        if let (Some(b), Some(e)) = (b, e) {
            herstelperiodes.push((b, e));
            herstel_rij.push(rij);
        }
        // Verlof in deze herstelperiode (zwangerschap, bevalling).
        if let Some((vv, vt)) = form.verlof.get(rij) {
            let (vv, vt) = (vv.trim(), vt.trim());
            if !(vv.is_empty() && vt.is_empty()) {
                let b = deel(vv, Veld::VerlofVan(rij), &mut fout);
                let e = deel(vt, Veld::VerlofTot(rij), &mut fout);
                if let (Some(b), Some(e)) = (b, e) {
                    verlofperiodes.push((b, e));
                    verlof_rij.push(rij);
                }
            }
        }
    }

    let mut datum = |tekst: &str, veld: Veld| match tekst.trim() {
        "" => None,
        s => lees_datum(s).map_err(|f| fout(veld, Probleem::Datum(f))).ok(),
    };
    let eerstejaarsevaluatie = datum(&form.eerstejaarsevaluatie, Veld::Eerstejaarsevaluatie);
    let vervroegde_iva_aanvraag = datum(&form.vervroegde_iva, Veld::VervroegdeIva);
    let einde_dienstverband = datum(&form.einde_dienstverband, Veld::EindeDienstverband);

    let mut weken = |tekst: &str, veld: Veld| match tekst.trim() {
        "" => None,
        s => lees_weken(s).map_err(|p| fout(veld, p)).ok(),
    };
    let loonsanctie_weken = weken(&form.loonsanctie_weken, Veld::LoonsanctieWeken);
    let verlenging_weken = weken(&form.verlenging_weken, Veld::VerlengingWeken);

    match eerste {
        Some(eerste_ziektedag) if meldingen.is_empty() => Ok(Gelezen {
            invoer: Invoer {
                eerste_ziektedag,
                herstelperiodes,
                eerstejaarsevaluatie,
                vervroegde_iva_aanvraag,
                einde_dienstverband,
                loonsanctie_weken,
                verlenging_weken,
                verlofperiodes,
            },
            herstel_rij,
            verlof_rij,
        }),
        _ => Err(meldingen),
    }
}

/// Leest het formulier en berekent de tijdlijn. Alle meldingen tegelijk: eerst die
/// van het lezen; zijn alleen optionele velden onleesbaar, dan toetst de rekenmachine
/// de rest ook, zodat iemand alles in één keer ziet.
pub fn bereken(form: &TijdlijnInvoer, vandaag: Datum) -> Result<Tijdlijn, Vec<Melding>> {
    let (gelezen, mut meldingen) = match lees(form) {
        Ok(g) => (g, Vec::new()),
        Err(meldingen) => {
            // Zonder leesbare eerste ziektedag valt er niets te berekenen.
            let zonder_fouten = zonder_velden(form, &meldingen);
            match lees(&zonder_fouten) {
                Ok(g) => (g, meldingen),
                Err(_) => return Err(meldingen),
            }
        }
    };
    match engine::bereken(&gelezen.invoer, vandaag) {
        Ok(t) if meldingen.is_empty() => Ok(t),
        Ok(_) => Err(meldingen),
        Err(fouten) => {
            for f in fouten {
                for veld in velden_van(&gelezen, f.veld, f.reden, vandaag) {
                    let m = Melding { veld, probleem: Probleem::Reden(f.reden) };
                    if !meldingen.contains(&m) {
                        meldingen.push(m);
                    }
                }
            }
            Err(meldingen)
        }
    }
}

/// Het formulier zonder de velden die een melding hebben (een hele herstelregel als
/// één van beide helften fout is), om de rest toch te kunnen toetsen.
fn zonder_velden(form: &TijdlijnInvoer, meldingen: &[Melding]) -> TijdlijnInvoer {
    let mut f = form.clone();
    for m in meldingen {
        match m.veld {
            Veld::EersteZiektedag => {}
            Veld::HerstelVan(r) | Veld::HerstelTot(r) => {
                if let Some(rij) = f.herstel.get_mut(r) {
                    *rij = (String::new(), String::new());
                }
                if let Some(rij) = f.verlof.get_mut(r) {
                    *rij = (String::new(), String::new());
                }
            }
            Veld::VerlofVan(r) | Veld::VerlofTot(r) => {
                if let Some(rij) = f.verlof.get_mut(r) {
                    *rij = (String::new(), String::new());
                }
            }
            Veld::Eerstejaarsevaluatie => f.eerstejaarsevaluatie.clear(),
            Veld::VervroegdeIva => f.vervroegde_iva.clear(),
            Veld::EindeDienstverband => f.einde_dienstverband.clear(),
            Veld::LoonsanctieWeken => f.loonsanctie_weken.clear(),
            Veld::VerlengingWeken => f.verlenging_weken.clear(),
        }
    }
    f
}

/// Bij welk formulierveld een fout van de rekenmachine hoort.
fn velden_van(g: &Gelezen, veld: engine::Veld, reden: Reden, vandaag: Datum) -> Vec<Veld> {
    match veld {
        engine::Veld::EersteZiektedag => vec![Veld::EersteZiektedag],
        engine::Veld::Eerstejaarsevaluatie => vec![Veld::Eerstejaarsevaluatie],
        engine::Veld::VervroegdeIvaAanvraag => vec![Veld::VervroegdeIva],
        engine::Veld::EindeDienstverband => vec![Veld::EindeDienstverband],
        engine::Veld::LoonsanctieWeken => vec![Veld::LoonsanctieWeken],
        engine::Veld::VerlengingWeken => vec![Veld::VerlengingWeken],
        engine::Veld::Verlof(i) => {
            let rij = g.verlof_rij.get(i).copied().unwrap_or(i);
            let periode = g.invoer.verlofperiodes.get(i).copied();
            periode_velden(
                reden,
                Reden::VerlofEindeVoorBegin,
                periode,
                (Veld::VerlofVan(rij), Veld::VerlofTot(rij)),
                vandaag,
            )
        }
        engine::Veld::Herstelperiode(i) => {
            // Een onbekende index kan niet (de invoer komt van ons), maar nooit panieken.
            let rij = g.herstel_rij.get(i).copied().unwrap_or(i);
            let periode = g.invoer.herstelperiodes.get(i).copied();
            periode_velden(
                reden,
                Reden::HerstelEindeVoorBegin,
                periode,
                (Veld::HerstelVan(rij), Veld::HerstelTot(rij)),
                vandaag,
            )
        }
    }
}

/// Welke helft van een periode (herstel of verlof) een fout heeft: `einde_voor_begin`
/// hoort bij het einde; een datum te vroeg of te ver vooruit bij de helft die buiten
/// valt (de rekenmachine zegt niet welke helft; wij zoeken het na); anders het begin.
fn periode_velden(
    reden: Reden,
    einde_voor_begin: Reden,
    periode: Option<(Datum, Datum)>,
    (van, tot): (Veld, Veld),
    vandaag: Datum,
) -> Vec<Veld> {
    if reden == einde_voor_begin {
        return vec![tot];
    }
    if !matches!(reden, Reden::VoorNegentienNegentig | Reden::MeerDanJaarVooruit) {
        return vec![van];
    }
    let Some((b, e)) = periode else { return vec![van] };
    let buiten = |d: Datum| match reden {
        Reden::VoorNegentienNegentig => d < eerste_geldige_dag(),
        _ => d > vandaag.plus_dagen(engine::MAX_DAGEN_VOORUIT),
    };
    let v: Vec<Veld> =
        [(buiten(b), van), (buiten(e), tot)].into_iter().filter_map(|(ja, veld)| ja.then_some(veld)).collect();
    if v.is_empty() {
        vec![van]
    } else {
        v
    }
}

fn eerste_geldige_dag() -> Datum {
    Datum::new(1990, 1, 1).unwrap_or(Datum::MIN)
}

/// De waarde van `start` in de query van de hash (`?start=2026-01-05`), zoals een coach
/// hem in een link zet. Procent-codering wordt gelezen; een lege waarde telt niet;
/// stuur- en opmaaktekens (Unicode Cf: richtingtekens, tekens zonder breedte) vallen weg
/// (`opschonen`); een heel lange waarde wordt afgekapt (hij komt toch met een melding in beeld).
pub fn start_uit_query(query: &str) -> Option<String> {
    let ruw = query_waarde(query, "start")?;
    let waarde = procent_decodeer(ruw);
    let waarde = waarde.trim();
    if waarde.is_empty() {
        return None;
    }
    Some(zonder_onzichtbare(waarde).chars().take(MAX_LINKWAARDE).collect())
}

/// `%2D` → `-`, `+` → spatie; ongeldige reeksen blijven zoals ze zijn.
fn procent_decodeer(s: &str) -> String {
    let b = s.as_bytes();
    let mut uit = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => uit.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        uit.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => uit.push(b'%'),
                }
            }
            c => uit.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&uit).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tijdlijn::engine::MijlpaalId;

    fn d(s: &str) -> Datum {
        Datum::parse_iso(s).expect("testdatum")
    }

    fn vandaag() -> Datum {
        d("2026-11-22")
    }

    fn form(start: &str) -> TijdlijnInvoer {
        TijdlijnInvoer { eerste_ziektedag: start.into(), ..TijdlijnInvoer::default() }
    }

    fn meldingen(f: &TijdlijnInvoer) -> Vec<Melding> {
        bereken(f, vandaag()).err().unwrap_or_default()
    }

    #[test]
    fn verlof_in_een_herstelperiode() {
        // Bron §2.2: verlofdagen tellen niet mee voor de 4 weken. Tussentijd 16 mrt t/m 31 mei
        // 2026 (77 dagen), verlof 20 mrt t/m 28 mei (70 dagen): 7 fitte dagen → samentellen.
        let mut f = form("2026-01-05");
        f.herstel = vec![("2026-03-16".into(), "2026-05-31".into())];
        f.verlof = vec![("2026-03-20".into(), "2026-05-28".into())];
        let t = bereken(&f, vandaag()).expect("tijdlijn");
        assert!(t.keten_herstart.is_none());
        // Een half ingevuld verlof: melding bij de lege helft.
        f.verlof = vec![("2026-03-20".into(), String::new())];
        assert_eq!(meldingen(&f), vec![m(Veld::VerlofTot(0), Probleem::Leeg)]);
        // Verlof buiten de herstelperiode: melding bij de eerste verlofdag van die regel.
        f.verlof = vec![("2026-03-01".into(), "2026-03-20".into())];
        assert_eq!(meldingen(&f), vec![m(Veld::VerlofVan(0), Probleem::Reden(Reden::VerlofBuitenHerstel))]);
        // Omgedraaid: melding bij de laatste verlofdag.
        f.verlof = vec![("2026-05-28".into(), "2026-03-20".into())];
        assert_eq!(meldingen(&f), vec![m(Veld::VerlofTot(0), Probleem::Reden(Reden::VerlofEindeVoorBegin))]);
    }

    #[test]
    fn oud_document_zonder_verlof_blijft_leesbaar() {
        // Een opgeslagen formulier van vóór dit veld (schema 1) heeft geen "verlof".
        let oud = r#"{"eerste_ziektedag":"2026-01-05","herstel":[["2026-03-16","2026-04-05"]],"eerstejaarsevaluatie":"","vervroegde_iva":"","einde_dienstverband":"","loonsanctie_weken":"","verlenging_weken":""}"#;
        use crate::domain::json::{Json, VanJson};
        let f = Json::lees(oud).and_then(TijdlijnInvoer::van).expect("oud formulier");
        assert!(f.verlof.is_empty());
        assert!(bereken(&f, vandaag()).is_ok());
    }

    fn m(veld: Veld, probleem: Probleem) -> Melding {
        Melding { veld, probleem }
    }

    #[test]
    fn alleen_eerste_ziektedag_is_genoeg() {
        let t = bereken(&form("2026-01-05"), vandaag()).expect("geldig");
        let melding = t.mijlpaal(MijlpaalId::WeekmeldingUwv).expect("42e week");
        assert_eq!(melding.datum.iso(), "2026-10-26");
        // Spaties eromheen tellen niet.
        assert!(bereken(&form("  2026-01-05 "), vandaag()).is_ok());
    }

    #[test]
    fn lege_eerste_ziektedag_meldt_leeg() {
        assert_eq!(meldingen(&form("")), vec![m(Veld::EersteZiektedag, Probleem::Leeg)]);
        assert_eq!(meldingen(&form("   ")), vec![m(Veld::EersteZiektedag, Probleem::Leeg)]);
    }

    #[test]
    fn onmogelijke_en_onleesbare_datums() {
        let p = |s: &str| meldingen(&form(s));
        assert_eq!(p("2026-02-30"), vec![m(Veld::EersteZiektedag, Probleem::Datum(DatumFout::OngeldigeDag))]);
        assert_eq!(p("2026-13-01"), vec![m(Veld::EersteZiektedag, Probleem::Datum(DatumFout::OngeldigeMaand))]);
        assert_eq!(p("morgen"), vec![m(Veld::EersteZiektedag, Probleem::Datum(DatumFout::Formaat))]);
        assert_eq!(p("2026/01/05"), vec![m(Veld::EersteZiektedag, Probleem::Datum(DatumFout::Formaat))]);
        assert_eq!(p("0000-01-01"), vec![m(Veld::EersteZiektedag, Probleem::Datum(DatumFout::BuitenBereik))]);
        assert_eq!(p("1985-01-01"), vec![m(Veld::EersteZiektedag, Probleem::Reden(Reden::VoorNegentienNegentig))]);
        assert_eq!(p("2027-11-23"), vec![m(Veld::EersteZiektedag, Probleem::Reden(Reden::MeerDanJaarVooruit))]);
        assert!(p("2027-11-22").is_empty());
    }

    #[test]
    fn dag_eerst_typen_mag_ook() {
        assert_eq!(lees_datum("26-10-2026"), Ok(d("2026-10-26")));
        assert_eq!(lees_datum("5-1-2026"), Ok(d("2026-01-05")));
        assert_eq!(lees_datum("30-02-2026"), Err(DatumFout::OngeldigeDag));
        assert_eq!(lees_datum("26/10/2026"), Err(DatumFout::Formaat));
        assert_eq!(lees_datum("26-10-26"), Err(DatumFout::Formaat));
        assert_eq!(lees_datum("1-2-3-2026"), Err(DatumFout::Formaat));
        assert_eq!(lees_datum("-1-2026"), Err(DatumFout::Formaat));
        assert_eq!(lees_datum("٢٦-10-2026"), Err(DatumFout::Formaat));
    }

    #[test]
    fn weken_lezen() {
        assert_eq!(lees_weken("13"), Ok(13));
        assert_eq!(lees_weken(" 013 "), Ok(13));
        assert_eq!(lees_weken("0"), Ok(0));
        assert_eq!(lees_weken("000"), Ok(0));
        assert_eq!(lees_weken("99999999999999999999"), Ok(u16::MAX));
        for s in ["", "-3", "+3", "12,5", "12.5", "dertien", "1e3", "１３"] {
            assert_eq!(lees_weken(s), Err(Probleem::GeenGetal), "{s:?}");
        }
    }

    #[test]
    fn weken_in_het_formulier() {
        let mut f = form("2026-01-05");
        f.loonsanctie_weken = "12,5".into();
        f.verlenging_weken = "12".into();
        assert_eq!(
            meldingen(&f),
            vec![
                m(Veld::LoonsanctieWeken, Probleem::GeenGetal),
                m(Veld::VerlengingWeken, Probleem::Reden(Reden::VerlengingTeKort)),
            ]
        );
        f.loonsanctie_weken = "0".into();
        f.verlenging_weken = "99999".into();
        assert_eq!(
            meldingen(&f),
            vec![
                m(Veld::LoonsanctieWeken, Probleem::Reden(Reden::LoonsanctieNul)),
                m(Veld::VerlengingWeken, Probleem::Reden(Reden::VerlengingTeLang)),
            ]
        );
        f.loonsanctie_weken = "53".into();
        f.verlenging_weken = String::new();
        assert_eq!(meldingen(&f), vec![m(Veld::LoonsanctieWeken, Probleem::Reden(Reden::LoonsanctieTeLang))]);
        f.loonsanctie_weken = " 52 ".into();
        let t = bereken(&f, vandaag()).expect("geldig");
        assert!(t.mijlpaal(MijlpaalId::LoonsanctieEinde).is_some());
    }

    #[test]
    fn optionele_datums() {
        let mut f = form("2026-01-05");
        f.eerstejaarsevaluatie = "2026-11-30".into();
        f.vervroegde_iva = "2026-03-02".into();
        f.einde_dienstverband = "2027-03-01".into();
        let t = bereken(&f, vandaag()).expect("geldig");
        assert_eq!(t.mijlpaal(MijlpaalId::Eerstejaarsevaluatie).map(|m| m.datum.iso()), Some("2026-11-30".into()));
        assert_eq!(t.mijlpaal(MijlpaalId::VervroegdeIvaStart).map(|m| m.datum.iso()), Some("2026-05-11".into()));
        assert!(t.uit_dienst.is_some());

        f.eerstejaarsevaluatie = "2025-12-01".into();
        f.vervroegde_iva = "2026-01-20".into();
        f.einde_dienstverband = "gisteren".into();
        assert_eq!(
            meldingen(&f),
            vec![
                m(Veld::EindeDienstverband, Probleem::Datum(DatumFout::Formaat)),
                m(Veld::Eerstejaarsevaluatie, Probleem::Reden(Reden::EjeVoorStart)),
                m(Veld::VervroegdeIva, Probleem::Reden(Reden::IvaAanvraagTeVroeg)),
            ]
        );
    }

    #[test]
    fn herstelperiodes() {
        let mut f = form("2026-01-05");
        f.herstel = vec![
            ("".into(), "".into()), // lege regel telt niet
            ("2026-03-16".into(), "2026-04-05".into()),
        ];
        let t = bereken(&f, vandaag()).expect("geldig");
        // Variant A uit de bron: 21 dagen herstel schuift de 42e-weeksmelding.
        assert_eq!(t.mijlpaal(MijlpaalId::WeekmeldingUwv).map(|m| m.datum.iso()), Some("2026-11-16".into()));

        // Een halve regel: de andere helft is leeg.
        f.herstel = vec![("2026-03-16".into(), "".into()), ("".into(), "2026-05-01".into())];
        assert_eq!(meldingen(&f), vec![m(Veld::HerstelTot(0), Probleem::Leeg), m(Veld::HerstelVan(1), Probleem::Leeg)]);

        // Overlap wijst naar de goede regel, ook met een lege regel ervoor.
        f.herstel = vec![
            ("".into(), "".into()),
            ("2026-03-01".into(), "2026-03-10".into()),
            ("2026-03-08".into(), "2026-03-12".into()),
        ];
        assert_eq!(meldingen(&f), vec![m(Veld::HerstelVan(2), Probleem::Reden(Reden::HerstelOverlapt))]);

        // Einde vóór begin hoort bij het tweede veld; herstel vóór de start bij het eerste.
        f.herstel = vec![("2026-03-10".into(), "2026-03-01".into()), ("2026-01-01".into(), "2026-01-04".into())];
        assert_eq!(
            meldingen(&f),
            vec![
                m(Veld::HerstelTot(0), Probleem::Reden(Reden::HerstelEindeVoorBegin)),
                m(Veld::HerstelVan(1), Probleem::Reden(Reden::HerstelVoorStart)),
            ]
        );

        // Buiten bereik: bij de helft die buiten bereik ligt.
        f.herstel = vec![("2026-03-10".into(), "2030-03-01".into())];
        assert_eq!(meldingen(&f), vec![m(Veld::HerstelTot(0), Probleem::Reden(Reden::MeerDanJaarVooruit))]);
        f.herstel = vec![("2026-02-30".into(), "2026-03-01".into())];
        assert_eq!(meldingen(&f), vec![m(Veld::HerstelVan(0), Probleem::Datum(DatumFout::OngeldigeDag))]);
        f.herstel = vec![("2026-12-01".into(), "2026-12-02".into())];
        assert_eq!(meldingen(&f), vec![m(Veld::HerstelVan(0), Probleem::Reden(Reden::HerstelInToekomst))]);
    }

    #[test]
    fn alle_meldingen_tegelijk() {
        // Een onleesbaar optioneel veld houdt de toets van de andere velden niet tegen.
        let mut f = form("2026-01-05");
        f.loonsanctie_weken = "veel".into();
        f.verlenging_weken = "5".into();
        assert_eq!(
            meldingen(&f),
            vec![
                m(Veld::LoonsanctieWeken, Probleem::GeenGetal),
                m(Veld::VerlengingWeken, Probleem::Reden(Reden::VerlengingTeKort)),
            ]
        );
        // Maar zonder leesbare eerste ziektedag rekenen we niets.
        f.eerste_ziektedag = "2026-02-30".into();
        assert_eq!(
            meldingen(&f),
            vec![
                m(Veld::EersteZiektedag, Probleem::Datum(DatumFout::OngeldigeDag)),
                m(Veld::LoonsanctieWeken, Probleem::GeenGetal),
            ]
        );
    }

    #[test]
    fn start_uit_de_link() {
        assert_eq!(start_uit_query("?start=2026-01-05"), Some("2026-01-05".into()));
        assert_eq!(start_uit_query("?x=1&start=2026-01-05&y=2"), Some("2026-01-05".into()));
        assert_eq!(start_uit_query("start=2026%2D01%2D05"), Some("2026-01-05".into()));
        assert_eq!(start_uit_query("?start=morgen"), Some("morgen".into()));
        // Wat de link bevat, toont de melding: zonder richtingtekens of onzichtbare tekens.
        assert_eq!(start_uit_query("?start=%E2%80%AE50-10-6202"), Some("50-10-6202".into()));
        assert_eq!(start_uit_query("?start=2026-01-05%E2%80%8B"), Some("2026-01-05".into()));
        assert_eq!(start_uit_query("?start=%20"), None);
        assert_eq!(start_uit_query("?start="), None);
        assert_eq!(start_uit_query("?begin=2026-01-05"), None);
        assert_eq!(start_uit_query(""), None);
        assert_eq!(start_uit_query("?start=100%"), Some("100%".into()));
        assert_eq!(start_uit_query("?start=%zz%4"), Some("%zz%4".into()));
        assert_eq!(start_uit_query("?start=%0Aa"), Some("a".into()));
        assert_eq!(start_uit_query("?start=%FF"), Some("\u{FFFD}".into()));
        let lang = format!("?start={}", "9".repeat(500));
        assert_eq!(start_uit_query(&lang).map(|s| s.len()), Some(MAX_LINKWAARDE));
    }

    #[test]
    fn nooit_paniek_op_rare_invoer() {
        let rommel = [
            "",
            " ",
            "x",
            "-",
            "--",
            "0-0-0",
            "99-99-9999",
            "9999-12-31",
            "0001-01-01",
            "2026-02-29",
            "2028-02-29",
            "😀",
            "2026-01-05\u{0}",
            "%",
            "+",
            "1",
            "65535",
            "65536",
            "-1",
        ];
        for a in rommel {
            for b in rommel {
                let f = TijdlijnInvoer {
                    eerste_ziektedag: a.into(),
                    herstel: vec![(a.into(), b.into()), (b.into(), a.into())],
                    eerstejaarsevaluatie: b.into(),
                    vervroegde_iva: a.into(),
                    einde_dienstverband: b.into(),
                    loonsanctie_weken: a.into(),
                    verlenging_weken: b.into(),
                    verlof: vec![(b.into(), a.into())],
                };
                match bereken(&f, vandaag()) {
                    Ok(_) => {}
                    Err(m) => assert!(!m.is_empty()),
                }
                let _ = start_uit_query(&format!("?start={a}{b}"));
            }
        }
    }
}
