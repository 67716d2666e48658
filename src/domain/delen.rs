//! Sharing with a coach, the plain parts of the pipeline: what is chosen becomes
//! the package's text (`deelpakket::maak` + `json`, the same function as the
//! preview), and the encrypted frame becomes the link the coach opens. The
//! browser's parts (compressing, the code, encrypting) are in `services::delen`.

use crate::content::modules::MODULES;
use crate::domain::deelpakket::{self, Deelkeuze, Kader};
use crate::domain::dokument::Dokument;
use crate::domain::kijk::{self, Spiegel, Spiegelset, Uitnodiging};
use crate::domain::taal::Taal;

/// Links longer than this get a hint that some programs cut them short.
pub const LANGE_LINK: usize = 2000;

/// A finished share: the link, and the code that is given apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub link: String,
    pub code: String,
}

impl Link {
    /// Some programs cut a link this long short.
    pub fn is_lang(&self) -> bool {
        self.link.len() > LANGE_LINK
    }

    /// The code as shown and copied: in groups, which the coach's field accepts as is.
    pub fn getoonde_code(&self) -> String {
        deelpakket::toon_code(&self.code)
    }
}

/// The package's text for what is chosen, ready to compress; `None` when the
/// choice holds nothing to share.
pub fn klaartekst(dokument: &Dokument, keuze: &Deelkeuze, taal: Taal, nu_ms: f64) -> Option<Vec<u8>> {
    let inhoud = deelpakket::maak(dokument, keuze, &MODULES, taal, nu_ms);
    (!inhoud.is_leeg()).then(|| deelpakket::json(&inhoud))
}

/// The link the coach opens: the coach's entry (`app`, without query or
/// fragment), the share route and the framed payload.
pub fn link(app: &str, kader: &Kader, code: String) -> Link {
    Link { link: format!("{}{}{}", app, deelpakket::PAD, deelpakket::kader(kader)), code }
}

/// The reply's text to a trusted person's invitation (what the invitation asks,
/// cleaned), ready to compress; `None` when nothing was filled in.
pub fn antwoord_klaartekst(
    uitnodiging: &Uitnodiging,
    id: String,
    van: &str,
    spiegel: &Spiegel,
    taal: Taal,
    nu_ms: f64,
) -> Option<Vec<u8>> {
    let antwoord = kijk::maak_antwoord(uitnodiging, id, van, spiegel, &Spiegelset::uit(&MODULES), taal, nu_ms);
    (!antwoord.spiegel.is_leeg()).then(|| kijk::antwoord_json(&antwoord))
}

/// The reply link the candidate opens: their app (`app`), the reply route and the framed payload.
pub fn antwoord_link(app: &str, kader: &Kader, code: String) -> Link {
    Link { link: format!("{}{}{}", app, kijk::ANTWOORD_PAD, deelpakket::kader(kader)), code }
}

/// Why no invitation was made: first nothing ticked, then no id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UitnodigingFout {
    NietsGekozen,
    GeenId,
}

/// An invitation to a trusted person for the ticked parts of the mirror set
/// (`gekozen[i]` for [`kijk::DELEN`]`[i]`), with a fresh `id`.
pub fn uitnodiging(
    gekozen: &[bool],
    id: Option<String>,
    naam: &str,
    taal: Taal,
    nu_ms: f64,
) -> Result<Uitnodiging, UitnodigingFout> {
    let delen: Vec<String> =
        kijk::DELEN.iter().zip(gekozen).filter(|(_, aan)| **aan).map(|(d, _)| d.to_string()).collect();
    if delen.is_empty() {
        return Err(UitnodigingFout::NietsGekozen);
    }
    let id = id.ok_or(UitnodigingFout::GeenId)?;
    Ok(Uitnodiging { id, naam: deelpakket::schone_naam(naam), delen, taal, gemaakt_op: nu_ms })
}

/// The link the trusted person opens: the app (`app`), the invitation route and the invitation.
pub fn uitnodiging_link(app: &str, u: &Uitnodiging) -> String {
    format!("{}{}{}", app, kijk::UITNODIGING_PAD, kijk::uitnodiging_payload(u))
}

/// The name of a shared file made on `vandaag` (`YYYY-MM-DD`).
pub fn deelbestand_naam(vandaag: &str) -> String {
    format!("spoorwijzer-gedeeld-{vandaag}.spoorwijzer")
}

/// The name of a save file made on `vandaag` (`YYYY-MM-DD`).
pub fn bewaarbestand_naam(vandaag: &str) -> String {
    format!("spoorwijzer-bewaarbestand-{vandaag}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::antwoorden::Antwoord;
    use crate::domain::vragenlijst::Soort;

    fn met_antwoord() -> (Dokument, Deelkeuze) {
        let mut dok = Dokument::default();
        let (module, vraag) = MODULES
            .iter()
            .flat_map(|m| m.delen.iter().flat_map(|d| d.vragen).map(move |v| (*m, v)))
            .find(|(_, v)| matches!(v.soort, Soort::Stelling { .. }))
            .expect("a statement");
        dok.modules
            .entry(module.id.to_string())
            .or_default()
            .antwoorden
            .insert(vraag.id.to_string(), Antwoord::Schaal(3));
        let mut keuze = Deelkeuze::default();
        keuze.modules.insert(module.id.to_string());
        (dok, keuze)
    }

    #[test]
    fn niets_gekozen_geeft_geen_pakket() {
        let (dok, _) = met_antwoord();
        assert_eq!(klaartekst(&dok, &Deelkeuze::default(), Taal::Nl, 0.0), None);
        assert_eq!(klaartekst(&Dokument::default(), &met_antwoord().1, Taal::Nl, 0.0), None);
    }

    #[test]
    fn het_pakket_is_wat_het_voorbeeld_toont() {
        let (dok, keuze) = met_antwoord();
        let tekst = klaartekst(&dok, &keuze, Taal::Nl, 5.0).expect("something to share");
        let voorbeeld = deelpakket::maak(&dok, &keuze, &MODULES, Taal::Nl, 5.0);
        assert_eq!(tekst, deelpakket::json(&voorbeeld));
        assert_eq!(voorbeeld.aantal_antwoorden(), 1);
    }

    #[test]
    fn de_link_opent_de_coach_met_het_kader() {
        let kader = Kader { salt: [1; deelpakket::SALT], iv: [2; deelpakket::IV], geheim: vec![3; 40] };
        let app = "https://voorbeeld.nl/app/coach.html";
        let l = link(app, &kader, "ABCDEFGHJK".into());
        assert!(l.link.starts_with(&format!("{app}{}", deelpakket::PAD)), "{}", l.link);
        assert_eq!(deelpakket::ontkader(&l.link), Ok(kader));
        assert_eq!(l.getoonde_code(), deelpakket::toon_code("ABCDEFGHJK"));
        assert!(!l.is_lang());
        let lang = Link { link: "x".repeat(LANGE_LINK + 1), code: String::new() };
        assert!(lang.is_lang());
    }

    #[test]
    fn het_antwoord_opent_bij_de_kandidaat() {
        let kader = Kader { salt: [4; deelpakket::SALT], iv: [5; deelpakket::IV], geheim: vec![6; 40] };
        let l = antwoord_link("https://voorbeeld.nl/app/", &kader, "ABCDEFGHJK".into());
        assert!(l.link.starts_with(&format!("https://voorbeeld.nl/app/{}", kijk::ANTWOORD_PAD)), "{}", l.link);
        assert_eq!(kijk::ontkader_antwoord(&l.link).ok(), Some(kader));
    }

    #[test]
    fn een_leeg_antwoord_geeft_geen_pakket() {
        let u = Uitnodiging {
            id: "u1".into(),
            naam: None,
            delen: kijk::DELEN.iter().map(|d| d.to_string()).collect(),
            taal: Taal::Nl,
            gemaakt_op: 0.0,
        };
        let leeg = Spiegel::default();
        assert_eq!(antwoord_klaartekst(&u, "a".into(), "Kim", &leeg, Taal::Nl, 1.0), None, "a name alone is no reply");
        let spiegel = Spiegel { boodschap: "Je luistert goed.".into(), ..Spiegel::default() };
        let tekst = antwoord_klaartekst(&u, "a".into(), "Kim", &spiegel, Taal::Nl, 1.0).expect("a reply");
        let antwoord = kijk::maak_antwoord(&u, "a".into(), "Kim", &spiegel, &Spiegelset::uit(&MODULES), Taal::Nl, 1.0);
        assert_eq!(tekst, kijk::antwoord_json(&antwoord));
    }

    #[test]
    fn een_uitnodiging_vraagt_alleen_wat_aangevinkt_is() {
        assert_eq!(uitnodiging(&[false; 4], None, "Sam", Taal::Nl, 1.0), Err(UitnodigingFout::NietsGekozen));
        assert_eq!(uitnodiging(&[true; 4], None, "Sam", Taal::Nl, 1.0), Err(UitnodigingFout::GeenId));
        let id = kijk::id_uit(&[7; kijk::ID_BYTES]);
        let u = uitnodiging(&[true, false, true, false], Some(id.clone()), " Sam ", Taal::En, 2.0).expect("invitation");
        assert_eq!(u.delen, [kijk::DELEN[0], kijk::DELEN[2]]);
        assert_eq!(u.naam, deelpakket::schone_naam(" Sam "));
        assert_eq!((u.id.as_str(), u.taal, u.gemaakt_op), (id.as_str(), Taal::En, 2.0));
        let link = uitnodiging_link("https://voorbeeld.nl/app/delen.html", &u);
        assert!(link.starts_with(&format!("https://voorbeeld.nl/app/delen.html{}", kijk::UITNODIGING_PAD)));
        assert_eq!(kijk::lees_uitnodiging(&link).ok(), Some(u));
    }

    #[test]
    fn bestandsnamen_dragen_de_datum() {
        assert_eq!(deelbestand_naam("2026-12-05"), "spoorwijzer-gedeeld-2026-12-05.spoorwijzer");
        assert_eq!(bewaarbestand_naam("2026-12-05"), "spoorwijzer-bewaarbestand-2026-12-05.json");
    }
}
