//! Glosses: every legal or test term gets a short plain explanation in Dutch the
//! first time it appears on a page (the glossary under the timeline stays).
//!
//! **A page** is its Dutch texts in display order, as the view code in
//! `src/ui/pages/` puts them on screen, with every folded part open. Texts that
//! only show in some situations (a field hint, a card for a contract that ends)
//! stand where they would show. Above each page stands the header's subtitle and menu.
//! The timeline is also built as it is on a given day (`tijdlijn_op_dag`: first sick day
//! 3, 14 and 22 months before a fixed today, with and without a loonsanctie), read with a
//! screen reader, with the eyes and on paper, and once per field message
//! (`tijdlijn_meldingen`), each with the explanation under it and "Alle stappen" folded;
//! see there which element of the picture counts. The person's own answers on the profile
//! and in the coach's view are option texts: each is checked as a page of its own
//! (`antwoorden_los`), since a shared answer is read without the module that glossed it.
//! Left out: the footer (no terms).
//!
//! **A term** is found where one of its forms starts a word (case does not
//! matter, except for abbreviations in capitals such as "UWV"), followed by the
//! end of the word, a plural ending ("-s", "-en", "-n") or a hyphen
//! ("WIA-uitkering"). So "re-integratie" is not found inside
//! "re-integratieverslag", which is a term of its own.
//!
//! **Glossed** means, at the first occurrence of the term on the page:
//! 1. after the word comes "(…)" or a colon with words after it, at most two
//!    words further on ("deskundigenoordeel vragen: een onafhankelijk advies"; a
//!    colon before a filled-in value is a label), or right after it
//!    a comma with "een", "de", "het", "die", "dat", "wat" or "waar" ("IPIP, een
//!    vrije verzameling…");
//! 2. or right after the word comes "is een", "is de", "is het", "is voor" or
//!    "betekent" ("IVA is een uitkering…");
//! 3. or the word names what was just explained: "heet", "heten" or "noemen we"
//!    stands right before it, an article aside ("Dat heet het tweede spoor.",
//!    "(dat heet opschorten)");
//! 4. or the next sentence on the page explains it: it starts with "Dat is een",
//!    "Dat is de", "Dat is het", "Dit is een", "Dit is de", "Dit is het",
//!    "Dat betekent", "Dit betekent", "Dat zijn", or with the term itself (an
//!    article aside) followed by a colon, "(…)" or the words of rule 2
//!    ("Genormeerd betekent: …", "UWV is de organisatie…").
//!
//! A heading or label counts as one sentence, so a gloss may follow in the first
//! sentence under it. The rule checks the *form* of a gloss, not whether it is
//! true or plain: that is for a person to read. So the test prints, per page,
//! each term with the sentence(s) that gloss it. Run
//! `cargo test glossen -- --nocapture` to see them.

use crate::content::leesbaarheid_tests::zinnen;
use crate::content::modules::{beroepen, energie, verlies, wat_kan_ik, zorgen, MODULES};
use crate::content::teksten::{vul, NL as T};
use crate::content::tijdlijn::{
    datum_voluit, in_beeld, melding_tekst, mijlpaal_tekst, noemt_sanctie, scherm as s, tekst_van, titel_van, BEGRIPPEN,
    DISCLAIMER, FASEN, FEESTDAGEN_UITLEG, SANCTIES, TWEEDE_SPOOR,
};
use crate::content::{coach, delen, hulp};
use crate::domain::deelpakket::is_eigen_beeld;
use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{Deel, MijlpaalId, Status};
use crate::domain::tijdlijn::formulier::{self, Probleem, Veld};
use crate::domain::vragenlijst::{Module, Soort};

/// The terms, each with the forms it is written in.
const TERMEN: &[(&str, &[&str])] = &[
    ("Wet verbetering poortwachter", &["Wet verbetering poortwachter"]),
    ("ziekmelding", &["ziekmelding"]),
    ("verzuimprotocol", &["verzuimprotocol"]),
    ("arbodienst", &["arbodienst"]),
    ("bedrijfsarts", &["bedrijfsarts"]),
    ("verzekeringsarts", &["verzekeringsarts"]),
    ("arbeidsdeskundige", &["arbeidsdeskundige"]),
    ("arbeidsdeskundig onderzoek", &["arbeidsdeskundig onderzoek"]),
    ("casemanager", &["casemanager"]),
    ("UWV", &["UWV"]),
    ("Mijn UWV", &["Mijn UWV"]),
    ("DigiD", &["DigiD"]),
    ("re-integratie", &["re-integratie"]),
    ("re-integratiebedrijf", &["re-integratiebedrijf"]),
    ("re-integratieverslag", &["re-integratieverslag"]),
    ("probleemanalyse", &["probleemanalyse"]),
    ("plan van aanpak", &["plan van aanpak"]),
    ("second opinion", &["second opinion"]),
    ("eerste spoor", &["eerste spoor", "spoor 1"]),
    ("tweede spoor", &["tweede spoor", "spoor 2"]),
    ("tweesporentraject", &["tweesporentraject"]),
    ("42e-weeksmelding", &["42e-weeksmelding"]),
    ("eerstejaarsevaluatie", &["eerstejaarsevaluatie"]),
    ("eindevaluatie", &["eindevaluatie"]),
    ("actueel oordeel", &["actueel oordeel"]),
    ("deskundigenoordeel", &["deskundigenoordeel"]),
    ("FML", &["FML"]),
    ("persoonsprofiel", &["persoonsprofiel"]),
    ("zoekprofiel", &["zoekprofiel"]),
    ("passend werk", &["passend werk", "passende arbeid"]),
    ("werkervaringsplaats", &["werkervaringsplaats", "werkervaringsplek"]),
    ("proefplaatsing", &["proefplaatsing"]),
    ("detachering", &["detachering"]),
    ("no-riskpolis", &["no-riskpolis", "no-risk-polis"]),
    ("loonsanctie", &["loonsanctie"]),
    ("opschorten", &["opschorten"]),
    ("loondoorbetaling", &["loondoorbetaling"]),
    ("wachttijd", &["wachttijd"]),
    ("opzegverbod", &["opzegverbod"]),
    ("vrijwillige verlenging", &["vrijwillige verlenging"]),
    ("arbeidsongeschikt", &["arbeidsongeschikt", "arbeidsongeschiktheid"]),
    ("samentellen", &["samentellen", "samentelling"]),
    ("ziek uit dienst", &["ziek uit dienst"]),
    ("eigenrisicodrager", &["eigenrisicodrager"]),
    ("Ziektewet", &["Ziektewet"]),
    ("WIA", &["WIA"]),
    ("WGA", &["WGA"]),
    ("IVA", &["IVA"]),
    ("verrekenen", &["verrekenen", "verrekening", "verrekent"]),
    ("AOW", &["AOW"]),
    ("voorschot", &["voorschot"]),
    ("bezwaar", &["bezwaar"]),
    ("vakbond", &["vakbond"]),
    ("Juridisch Loket", &["Juridisch Loket"]),
    ("RIASEC", &["RIASEC"]),
    ("IPIP", &["IPIP"]),
    ("genormeerd", &["genormeerd", "genormeerde", "normgroep"]),
    ("reflectie-instrument", &["reflectie-instrument"]),
    ("loopbaanankers", &["loopbaanankers", "loopbaananker"]),
    ("kernkwadrant", &["kernkwadrant"]),
];

/// One page: a name and its Dutch texts in display order.
struct Pagina {
    naam: String,
    teksten: Vec<String>,
}

impl Pagina {
    fn nieuw(naam: impl Into<String>) -> Self {
        Pagina { naam: naam.into(), teksten: Vec::new() }
    }
    fn plus(&mut self, tekst: &str) -> &mut Self {
        self.teksten.push(tekst.to_string());
        self
    }
    fn t(&mut self, tekst: Tekst) -> &mut Self {
        self.plus(tekst.nl)
    }
}

// ---- Finding a term ---------------------------------------------------------------------------

fn is_woordteken(c: char) -> bool {
    c.is_alphanumeric()
}

/// Where a form starts a word in `zin`: the byte range of the form and the byte
/// end of the whole word (through a hyphen compound).
fn vind(zin: &str, vorm: &str) -> Option<(usize, usize)> {
    let hoofdletters = vorm.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let (hooi, naald) = if hoofdletters {
        (zin.to_string(), vorm.to_string())
    } else {
        (zin.to_ascii_lowercase(), vorm.to_ascii_lowercase())
    };
    let mut vanaf = 0;
    while let Some(p) = hooi[vanaf..].find(&naald) {
        let begin = vanaf + p;
        let eind = begin + naald.len();
        vanaf = begin + naald.len().max(1);
        let voor = hooi[..begin].chars().next_back();
        if voor.is_some_and(|c| is_woordteken(c) || c == '-') {
            continue;
        }
        let rest = &hooi[eind..];
        let staart: String = rest.chars().take_while(|c| is_woordteken(*c)).collect();
        if !["", "s", "en", "n"].contains(&staart.as_str()) {
            continue;
        }
        // The whole word: on through a hyphen compound ("WIA-uitkering").
        let mut woord_eind = eind + staart.len();
        while hooi[woord_eind..].starts_with('-') && hooi[woord_eind + 1..].chars().next().is_some_and(is_woordteken) {
            woord_eind += 1;
            woord_eind +=
                hooi[woord_eind..].chars().take_while(|c| is_woordteken(*c)).map(char::len_utf8).sum::<usize>();
        }
        return Some((begin, woord_eind));
    }
    None
}

/// The first place of a term in a list of sentences: sentence index, and where
/// its word begins and ends.
fn eerste(zinnen: &[String], vormen: &[&str]) -> Option<(usize, usize, usize)> {
    zinnen
        .iter()
        .enumerate()
        .find_map(|(i, z)| vormen.iter().filter_map(|v| vind(z, v)).min_by_key(|(b, _)| *b).map(|(b, e)| (i, b, e)))
}

// ---- The rule ---------------------------------------------------------------------------------

const NA_WOORD: [&str; 5] = [" is een ", " is de ", " is het ", " is voor ", " betekent"];
const NOEMT: [&str; 3] = ["heet", "heten", "noemen we"];
const VOLGENDE_ZIN: [&str; 9] = [
    "dat is een ",
    "dat is de ",
    "dat is het ",
    "dit is een ",
    "dit is de ",
    "dit is het ",
    "dat betekent",
    "dit betekent",
    "dat zijn ",
];
const LIDWOORDEN: [&str; 3] = ["de", "het", "een"];

/// Rule 1: "(" or ":" right after the word, or at most two words further on.
fn haakje_of_dubbele_punt(na: &str) -> bool {
    let mut woorden = 0;
    let mut rest = na;
    loop {
        rest = rest.trim_start();
        if rest.starts_with('(') {
            return true;
        }
        // A colon before a value ("Nog te doen: {}") is a label, not a gloss.
        if let Some(na) = rest.strip_prefix(':') {
            return na.trim_start().starts_with(|c: char| c.is_alphabetic());
        }
        let woord: usize =
            rest.chars().take_while(|c| is_woordteken(*c) || *c == '-' || *c == '\'').map(char::len_utf8).sum();
        if woord == 0 || woorden == 2 {
            return false;
        }
        woorden += 1;
        rest = &rest[woord..];
    }
}

/// Which of the four ways glosses the term whose first word runs from `begin`
/// to `eind` in sentence `i`; `None` if none does.
fn glos(zinnen: &[String], i: usize, begin: usize, eind: usize, vormen: &[&str]) -> Option<u8> {
    let zin = &zinnen[i];
    let na = zin[eind..].trim_start_matches(['’', '\'', '‘']).to_lowercase();
    if haakje_of_dubbele_punt(&na) {
        return Some(1);
    }
    if ["een ", "de ", "het ", "die ", "dat ", "wat ", "waar "].iter().any(|w| na.starts_with(&format!(", {w}"))) {
        return Some(1);
    }
    if NA_WOORD.iter().any(|w| na.starts_with(w)) {
        return Some(2);
    }
    let mut voor = zin[..begin].trim_end_matches(['‘', '\'', '(', ' ']).to_lowercase();
    if let Some(l) = LIDWOORDEN.iter().find(|l| voor == **l || voor.ends_with(&format!(" {l}"))) {
        voor.truncate(voor.len() - l.len());
        voor = voor.trim_end().to_string();
    }
    if NOEMT.iter().any(|w| voor == *w || voor.ends_with(&format!(" {w}")) || voor.ends_with(&format!("({w}"))) {
        return Some(3);
    }
    let volgende = zinnen.get(i + 1)?.trim_start();
    let volgende_lc = volgende.to_lowercase();
    if VOLGENDE_ZIN.iter().any(|w| volgende_lc.starts_with(w)) {
        return Some(4);
    }
    let zonder_lidwoord = LIDWOORDEN
        .iter()
        .find_map(|l| volgende_lc.strip_prefix(&format!("{l} ")).map(|r| volgende.len() - r.len()))
        .unwrap_or(0);
    let rest = &volgende[zonder_lidwoord..];
    let noemt_term = vormen.iter().filter_map(|v| vind(rest, v)).find(|(b, _)| *b == 0);
    if let Some((_, e)) = noemt_term {
        let daarna = rest[e..].to_lowercase();
        if daarna.trim_start().starts_with([':', '(']) || NA_WOORD.iter().any(|w| daarna.starts_with(w)) {
            return Some(4);
        }
    }
    None
}

/// Per page: (term, the sentences that gloss it) for each glossed term, and a
/// line for each term whose first occurrence has no gloss.
fn controleer(p: &Pagina) -> (Vec<(String, String)>, Vec<String>) {
    let zinnen: Vec<String> = p.teksten.iter().flat_map(|t| zinnen(t)).map(|z| z.trim().to_string()).collect();
    let mut goed = Vec::new();
    let mut fout = Vec::new();
    for (naam, vormen) in TERMEN {
        let Some((i, begin, eind)) = eerste(&zinnen, vormen) else { continue };
        match glos(&zinnen, i, begin, eind, vormen) {
            Some(4) => goed.push((naam.to_string(), format!("{} {}", zinnen[i], zinnen[i + 1]))),
            Some(_) => goed.push((naam.to_string(), zinnen[i].clone())),
            None => fout.push(format!(
                "{}: “{naam}” first appears without a gloss in: “{}”{}",
                p.naam,
                zinnen[i],
                zinnen.get(i + 1).map(|z| format!(" (next: “{z}”)")).unwrap_or_default()
            )),
        }
    }
    (goed, fout)
}

// ---- The pages --------------------------------------------------------------------------------

/// A module: its overview (intro, help, the parts), then each question in turn
/// with its part's title and intro, the person's-own-picture note, the
/// question, its explanation, the options with their explanations and the
/// reply and step shown when one is ticked, and the energy picture and tips.
fn module_pagina(m: &Module) -> Pagina {
    let mut p = Pagina::nieuw(format!("module {}", m.id));
    p.t(m.titel).t(m.intro).plus(T.module_overslaan_uitleg);
    if m.id == verlies::MODULE.id {
        hulp_blok(&mut p);
    }
    for d in m.delen {
        p.t(d.titel);
    }
    p.plus(T.module_over_vragen);
    for d in m.delen {
        p.t(d.titel);
        // A part's intro shows on its first question, except before a card sort.
        if !matches!(d.vragen.first().map(|v| &v.soort), Some(Soort::KiesEnOrden { .. })) {
            p.t(d.intro);
        }
        for v in d.vragen {
            if is_eigen_beeld(v.id) {
                p.t(wat_kan_ik::EIGEN_BEELD);
            }
            if m.id == zorgen::MODULE.id && d.id == zorgen::VOOR_DE_COACH {
                p.t(delen::WIE_LEEST);
            }
            p.t(v.tekst);
            if let Some(u) = v.uitleg {
                p.t(u);
            }
            if let Some(eenheid) = v.soort.eenheid() {
                p.t(eenheid);
            }
            for o in v.soort.opties() {
                p.t(o.tekst);
                for extra in [o.uitleg, o.reactie, o.stap].into_iter().flatten() {
                    p.t(extra);
                }
                if o.hulp {
                    hulp_blok(&mut p);
                }
            }
            if let Soort::Verdeling { .. } = &v.soort {
                let b = &energie::BEELD;
                for x in [b.titel, b.uitleg, b.leeg, b.alles_niets, b.open, b.veel_tegelijk] {
                    p.t(x);
                }
                p.plus(T.verdeling_suggesties);
                for s in energie::SUGGESTIES {
                    p.t(*s);
                }
            }
        }
    }
    p
}

/// Where to turn when it weighs too much (`ui::components::hulp`): its heading and paragraphs.
fn hulp_blok(p: &mut Pagina) {
    p.t(hulp::BLOK_KOP);
    for (tk, _) in hulp::BLOK.iter() {
        p.t(**tk);
    }
}

/// `#/hulp` (`ui::pages::hulp`).
fn hulp_pagina() -> Pagina {
    let mut p = Pagina::nieuw("hulp");
    p.t(hulp::TITEL).t(hulp::INTRO);
    hulp_blok(&mut p);
    p.t(hulp::ANDER).t(hulp::NIETS_VERSTUURD);
    p
}

/// The timeline (see the module documentation for what is left out).
fn tijdlijn_pagina() -> Pagina {
    let mut p = Pagina::nieuw("tijdlijn");
    p.plus(T.tijdlijn_titel).plus(T.tijdlijn_intro_kort);
    // The form.
    for x in [
        s::FORM_KOP,
        s::FORM_INTRO,
        s::LINK_INGEVULD,
        s::START_LABEL,
        s::START_HINT,
        s::DATUM_HINT,
        s::MEER_INVULLEN,
        s::MEER_INTRO,
        s::HERSTEL_LEGEND,
        s::HERSTEL_HINT,
        s::HERSTEL_RIJ,
        s::HERSTEL_VAN,
        s::HERSTEL_TOT,
        s::VERLOF_VRAAG,
        s::VERLOF_HINT,
        s::VERLOF_VAN,
        s::VERLOF_TOT,
        s::HERSTEL_VERWIJDEREN,
        s::HERSTEL_TOEVOEGEN,
        s::EJE_LABEL,
        s::EJE_HINT,
        s::IVA_LABEL,
        s::IVA_HINT,
        s::EINDE_LABEL,
        s::EINDE_HINT,
        s::LOONSANCTIE_LABEL,
        s::LOONSANCTIE_HINT,
        s::VERLENGING_LABEL,
        s::VERLENGING_HINT,
        s::KLAAR,
    ] {
        p.t(x);
    }
    // The picture, where you are now, what you can ask.
    for x in [
        s::BEELD_KOP,
        s::BEELD_UITLEG,
        s::BEELD_JAAR_1,
        s::BEELD_JAAR_2,
        s::BEELD_SPOOR_1,
        s::BEELD_SPOOR_2,
        s::BEELD_WOORDEN,
        s::BEELD_TITEL,
        s::SPOREN_VENSTER,
        s::SPOREN_EERDER,
        s::BEELD_STREEPJES,
        s::NU_KOP,
        s::NU_WEEK,
        s::NU_VANDAAG,
        s::NU_HERSTEL,
        s::KOMT_KOP,
        s::EVALUATIE_TERUGKEREND,
        s::EVALUATIE_VOLGENDE,
        s::KETEN_HERSTART,
        s::KETEN_SAMENGETELD,
        s::KETEN_VERLOF,
        s::VRAGEN_KOP,
        s::VRAAG_KOPIE,
        s::VRAAG_DESKUNDIGE,
        s::MOGELIJKHEID,
        s::VRAAG_IVA,
        s::ALLE_STAPPEN,
        s::ALLE_STAPPEN_INTRO,
        s::LEGENDA,
        s::SPOOR_1,
        s::SPOOR_1_UITLEG,
        s::SPOOR_2,
        s::SPOOR_2_UITLEG,
        s::SPOOR_BEIDE,
        s::SPOOR_BEIDE_UITLEG,
        s::SPOOR_ALGEMEEN,
        s::SPOOR_ALGEMEEN_UITLEG,
        s::STATUS_VOORBIJ,
        s::LEGENDA_VOORBIJ,
        s::LEGENDA_ZEKERHEID,
        s::AARD_VAST,
        s::AARD_TERMIJN,
        s::AARD_VENSTER,
        s::AARD_SCHATTING,
    ] {
        p.t(x);
    }
    // "Alle stappen": every card in timeline order (early IVA is an option, not a step).
    for id in crate::content::tijdlijn::ALLE_MIJLPALEN.into_iter().filter(|id| !id.is_mogelijkheid()) {
        let k = mijlpaal_tekst(id);
        p.t(k.titel);
        if matches!(id, MijlpaalId::EindeWachttijd | MijlpaalId::WiaStart) {
            p.t(s::REDEN_VERLENGING).t(s::REDEN_LOONSANCTIE);
        }
        p.t(s::WIE_LABEL).t(k.wie).t(s::WAT_LABEL).t(k.wat).t(s::JIJ_LABEL).t(k.jij).t(s::GEMIST_LABEL).t(k.gemist);
        if noemt_sanctie(id) {
            p.t(s::SANCTIES_LINK);
        }
        if let Some(o) = k.onbevestigd {
            p.t(s::ZEKER_ONBEVESTIGD).t(o);
        }
        if id == MijlpaalId::WeekmeldingUwv {
            p.t(FEESTDAGEN_UITLEG);
        }
    }
    // The buttons, then what changes when the contract ends.
    for x in [
        s::ICS_KNOP,
        s::PRINT_KNOP,
        s::ICS_UITLEG,
        s::UITDIENST_KOP,
        s::UITDIENST_LAATSTE_DAG,
        s::UITDIENST_MELDING,
        s::UITDIENST_DATA_BLIJVEN,
        s::UITDIENST_RIV_GEEN,
        s::UITDIENST_RIV_BEKNOPT,
        s::UITDIENST_RIV_VOLLEDIG,
        s::UITDIENST_VOOR_WEEKMELDING,
        s::UITDIENST_ZW_44,
        s::UITDIENST_ZW_4WEKEN,
        s::UITDIENST_NA_WACHTTIJD,
        s::UITDIENST_TAKEN,
        s::NA_CONTRACT,
    ] {
        p.t(x);
    }
    uitleg_onder_tijdlijn(&mut p);
    p
}

/// The explanation under the timeline, in the order of `src/ui/pages/tijdlijn/uitleg.rs`.
fn uitleg_onder_tijdlijn(p: &mut Pagina) {
    p.t(s::FASEN_KOP).t(s::FASEN_INTRO);
    for f in FASEN {
        p.t(f.titel).t(f.uitleg);
    }
    p.t(s::TWEEDE_SPOOR_KOP);
    for sectie in TWEEDE_SPOOR {
        p.t(sectie.titel);
        for a in sectie.alineas.iter().chain(sectie.punten) {
            p.t(*a);
        }
    }
    p.t(s::SANCTIES_KOP);
    for a in SANCTIES {
        p.t(a);
    }
    p.t(s::FEESTDAGEN_KOP).t(FEESTDAGEN_UITLEG).t(s::BEGRIPPEN_KOP).t(s::BEGRIPPEN_INTRO);
    for b in BEGRIPPEN {
        p.plus(&format!("{}: {}", b.term, b.uitleg.nl));
    }
    p.t(s::DISCLAIMER_KOP).t(DISCLAIMER);
}

/// Home, first visit: the welcome, then the cards, then "Over Spoorwijzer".
fn home_eerste_bezoek() -> Pagina {
    let mut p = Pagina::nieuw("home (first visit)");
    p.plus(T.home_titel).plus(T.home_intro_1).plus(T.home_begin_uitleg).plus(T.home_intro_3);
    p.plus(T.home_kies_titel).plus(T.home_tip);
    home_kaarten(&mut p);
    p.plus(T.home_over).plus(T.home_intro_2);
    p
}

/// Home, coming back: "carry on", the cards, then the welcome folded away.
fn home_terugkeer() -> Pagina {
    let mut p = Pagina::nieuw("home (coming back)");
    p.plus(T.home_titel).plus(T.home_verder_titel).plus(T.home_alles_titel).plus(T.home_tip);
    home_kaarten(&mut p);
    p.plus(T.home_over).plus(T.home_intro_1).plus(T.home_intro_2).plus(T.home_intro_3);
    p
}

fn home_kaarten(p: &mut Pagina) {
    for m in MODULES {
        p.t(m.titel);
        p.t(m.kort);
    }
    p.plus(T.tijdlijn_titel).plus(T.home_tijdlijn_tekst).plus(T.profiel_titel).plus(T.home_profiel_tekst);
}

/// The profile: its own texts in the order of its sections (the answers left out),
/// with the jobs to explore per theme.
fn profiel_pagina() -> Pagina {
    let mut p = Pagina::nieuw("profiel");
    p.plus(T.profiel_titel);
    profiel_inhoud(&mut p, true);
    p
}

/// What `ProfielInhoud` shows: `eigen` for the person's own profile, not for a shared copy.
fn profiel_inhoud(p: &mut Pagina, eigen: bool) {
    p.plus(T.profiel_reflectie_kort);
    if eigen {
        p.plus(T.profiel_deel_coach).plus(T.profiel_print).plus(T.profiel_leeg);
    } else {
        p.plus(T.profiel_nog_leeg);
    }
    for x in [
        T.profiel_volgende_stap,
        T.profiel_stap_uit_zorgen,
        T.profiel_stap_uit_succes,
        T.profiel_stap_uit_stappen,
        T.profiel_waarden,
        T.profiel_waarden_ook,
        T.profiel_energie_titel,
        T.profiel_energie_geeft,
        T.profiel_energie_kost,
        T.profiel_kwaliteiten,
        T.profiel_anderen_zeggen,
        T.profiel_interesses,
        T.profiel_interesses_uitleg,
        T.profiel_dicht_bij_elkaar,
        T.profiel_uitschieters,
        T.profiel_beroepen_toon,
        T.profiel_beroepen_uitleg,
    ] {
        p.plus(x);
    }
    for th in &beroepen::THEMAS {
        p.plus(T.profiel_beroepen).t(th.naam).t(th.uitleg);
        for b in th.beroepen {
            p.t(b.naam);
            for l in b.let_op {
                p.t(*l);
            }
        }
    }
    for x in [
        T.profiel_tabel_toon,
        T.profiel_omgeving,
        T.profiel_omstandigheden,
        T.profiel_omstandigheden_uitleg,
        T.profiel_zorgen,
        T.profiel_bespreken,
        T.profiel_nodig,
        T.zorg_stap,
        T.profiel_verlies,
        T.profiel_verlies_blijft,
        T.profiel_verlies_ertoe,
        T.profiel_verlies_goed,
        T.profiel_succes,
        T.profiel_succes_uitleg,
        T.profiel_stappen_geen,
        T.profiel_stappen_alle,
        T.profiel_stappen,
        T.profiel_alle_antwoorden,
        T.profiel_alle_antwoorden_uitleg,
    ] {
        p.plus(x);
    }
}

/// The coach's view of shared answers (`#/gedeeld/…`, `src/ui/pages/gedeeld.rs`): the code
/// form, then the shared profile (read-only), then keeping a copy and the copies kept. The
/// person's answers in it are option texts of the modules; `antwoorden_los` checks those.
fn gedeeld_pagina() -> Pagina {
    let mut p = Pagina::nieuw("gedeeld (coach)");
    for x in [
        delen::GEDEELD_TITEL,
        delen::GEEN_LINK,
        delen::GEDEELD_INTRO,
        delen::CODE_INVOER,
        delen::CODE_HINT,
        delen::CODE_LEEG,
        delen::CODE_VORM,
        delen::CODE_FOUT,
        delen::LINK_BESCHADIGD,
        delen::LINK_NIEUWER,
        delen::LINK_TE_GROOT,
        delen::OPEN,
        delen::EVEN_GEDULD,
        delen::GEDEELD_DOOR,
        delen::GEDEELD_OP,
        delen::ALLEEN_LEZEN,
        delen::VIA_PRAKTIJK,
    ] {
        p.t(x);
    }
    profiel_inhoud(&mut p, false);
    for x in [
        delen::BEWAAR_KOPIE,
        delen::KOPIE_LABEL,
        delen::KOPIE_HINT,
        delen::KOPIE_BEWAARD,
        delen::KIES_DEELBESTAND,
        delen::DEELBESTAND_FOUT,
        delen::KOPIEEN_KOP,
        delen::KOPIEEN_UITLEG,
        delen::KOPIE_REGEL,
        delen::BEKIJK,
        delen::VERWIJDER,
        delen::KOPIE_GEOPEND,
    ] {
        p.t(x);
    }
    p
}

/// Each option text of every module on its own: in a shared profile (and in the person's
/// own) an answer may be the first place of a term, depending on what was ticked.
fn antwoorden_los() -> Vec<Pagina> {
    let mut uit = Vec::new();
    for m in MODULES {
        for v in m.delen.iter().flat_map(|d| d.vragen) {
            for o in v.soort.opties() {
                let mut p = Pagina::nieuw(format!("antwoord in {} ({})", m.id, v.id));
                p.t(o.tekst);
                uit.push(p);
            }
        }
    }
    uit
}

fn over_vragen_pagina() -> Pagina {
    let mut p = Pagina::nieuw("over-de-vragen");
    p.plus(T.over_vragen_titel).plus(T.over_vragen_intro).plus(T.over_vragen_per_module);
    for m in MODULES {
        p.t(m.titel).t(m.licentie);
    }
    p.plus(T.over_vragen_meer_titel)
        .plus(T.over_vragen_riasec)
        .plus(T.over_vragen_ipip)
        .plus(T.over_vragen_norm)
        .plus(T.over_vragen_ideeen);
    p
}

/// Saving and sharing (`#/delen`): in the order of the content file, which follows the page.
fn delen_pagina() -> Pagina {
    let mut p = Pagina::nieuw("delen");
    for x in delen::ALLE_TEKSTEN {
        p.t(*x);
    }
    p
}

/// "Kijk van een ander" (`#/anderen`, `#/kijk/…`, `#/kijk-terug/…`): in the order of its content file.
fn kijk_pagina() -> Pagina {
    let mut p = Pagina::nieuw("kijk");
    for x in crate::content::kijk::ALLE_TEKSTEN {
        p.t(*x);
    }
    p
}

fn coach_pagina() -> Pagina {
    let mut p = Pagina::nieuw("coach");
    p.plus(T.coach_titel).plus(T.coach_intro);
    for (_, x) in coach::ALLE {
        p.t(*x);
    }
    p
}

// ---- The timeline on a given day --------------------------------------------------------------

/// The fixed "today" of the dated timelines.
fn vandaag() -> Datum {
    Datum::new(2026, 3, 2).expect("a date")
}

/// The same day of the month, `maanden` months before `d`.
fn maanden_terug(d: Datum, maanden: i32) -> Datum {
    let totaal = d.jaar() * 12 + d.maand() as i32 - 1 - maanden;
    Datum::new(totaal.div_euclid(12), totaal.rem_euclid(12) as u32 + 1, d.dag()).expect("a date")
}

/// How a dated timeline is read.
#[derive(Clone, Copy, PartialEq)]
enum Lezen {
    /// With a screen reader: the accessible text in DOM order (texts hidden from assistive
    /// technology left out, `sr-only` texts in).
    Schermlezer,
    /// With the eyes: the visible text in reading order.
    Zicht,
    /// On paper: what `@media print` in `styles/tijdlijn.css` keeps.
    Papier,
}

/// The timeline of someone who fills in (or comes back to) a first sick day `maanden`
/// months before today, with or without a loonsanctie of 12 weeks, built from the same
/// domain and content functions as `src/ui/pages/tijdlijn/` and in the order the view puts
/// them in the DOM. Folded parts are as on arrival: "Meer invullen" is open only when one
/// of its fields is filled in (as in the view); "Het beeld in woorden" and "Alle stappen"
/// are closed (their content repeats the titles and cards; open, they are covered by
/// `tijdlijn_pagina`).
///
/// **The picture.** Its heading, the line under it, the legend of the two tracks, the year
/// names and "Je bent hier" count, in every reading. The step names in it (short names such as
/// "Melding bij UWV") are the labels of a diagram, in every reading: each is a button that
/// opens a short explanation of the step in place, with its full, glossed title, and the line
/// above the picture says so ("Kies een stap voor een korte uitleg."). They stay short,
/// because they must fit beside a dot on a phone, so they are left out here and the first
/// gloss must come in the words after the picture: "Waar sta je nu", "Wat komt er", "Wat je nu
/// kunt vragen" and, on paper, the dates table. The explanation of a tapped step is closed on
/// arrival. Each reading is checked.
fn tijdlijn_op_dag(maanden: i32, loonsanctie: bool, lezen: Lezen) -> Pagina {
    let vandaag = vandaag();
    let start = maanden_terug(vandaag, maanden);
    let invoer = TijdlijnInvoer {
        eerste_ziektedag: start.iso(),
        loonsanctie_weken: if loonsanctie { "12".into() } else { String::new() },
        ..TijdlijnInvoer::default()
    };
    let tl = formulier::bereken(&invoer, vandaag).expect("a valid form");
    let nl = Taal::Nl;
    let titel = |id: MijlpaalId| titel_van(&tl, id).nl.to_string();
    let reden = |id: MijlpaalId| {
        (loonsanctie && matches!(id, MijlpaalId::EindeWachttijd | MijlpaalId::WiaStart))
            .then(|| vul(s::REDEN_LOONSANCTIE.nl, &["12", "12"]))
    };
    let naam = format!(
        "tijdlijn, eerste ziektedag {maanden} maanden geleden{}, {}",
        if loonsanctie { ", loonsanctie" } else { "" },
        match lezen {
            Lezen::Schermlezer => "schermlezer",
            Lezen::Zicht => "zicht",
            Lezen::Papier => "papier",
        }
    );
    let mut p = Pagina::nieuw(naam);
    kop(&mut p, lezen);
    p.plus(T.tijdlijn_titel).plus(T.tijdlijn_intro_kort);
    let week = match tl.week_van(vandaag) {
        None => s::NU_VOOR_START.nl.to_string(),
        Some(w) if w > 104 => vul(s::NU_NA_104.nl, &[&w.to_string()]),
        Some(w) => vul(s::NU_WEEK.nl, &[&w.to_string()]),
    };
    if lezen == Lezen::Papier {
        p.plus(&vul(s::PRINT_REGEL.nl, &[&datum_voluit(vandaag, nl), &datum_voluit(start, nl)]));
    } else {
        // The form, with a valid first sick day: no intro and no hint for it.
        p.t(s::FORM_KOP).t(s::START_LABEL).plus(&vul(s::GEKOZEN.nl, &[&datum_voluit(start, nl)]));
        if lezen == Lezen::Schermlezer {
            p.t(s::DATUM_HINT);
        }
        p.t(s::MEER_INVULLEN);
        if loonsanctie {
            for x in [
                s::MEER_INTRO,
                s::HERSTEL_LEGEND,
                s::HERSTEL_HINT,
                s::HERSTEL_TOEVOEGEN,
                s::EJE_LABEL,
                s::EJE_HINT,
                s::IVA_LABEL,
                s::IVA_HINT,
                s::EINDE_LABEL,
                s::EINDE_HINT,
                s::LOONSANCTIE_LABEL,
                s::LOONSANCTIE_HINT,
                s::VERLENGING_LABEL,
                s::VERLENGING_HINT,
            ] {
                p.t(x);
            }
        }
        if lezen == Lezen::Schermlezer {
            p.t(s::KLAAR);
        }
    }
    // The picture.
    p.t(s::BEELD_KOP);
    if lezen != Lezen::Papier {
        p.t(s::BEELD_UITLEG);
    }
    p.t(s::BEELD_SPOOR_1).t(s::BEELD_SPOOR_2).t(s::BEELD_JAAR_1);
    let tweede_jaar = tl.mijlpalen.iter().any(|m| in_beeld(m.id) && m.deel() == Deel::TweedeJaar);
    let hier_in_jaar_1 =
        tl.mijlpalen.iter().any(|m| in_beeld(m.id) && m.deel() == Deel::EersteJaar && m.datum >= vandaag);
    let hier = match tl.week_van(vandaag) {
        Some(w) => format!("{} · {}", s::HIER_LABEL.nl, vul(s::WEEK.nl, &[&w.to_string()])),
        None => s::HIER_LABEL.nl.to_string(),
    };
    if hier_in_jaar_1 {
        p.plus(&hier);
    }
    if tweede_jaar {
        p.t(s::BEELD_JAAR_2);
    }
    if !hier_in_jaar_1 {
        p.plus(&hier);
    }
    if tl.mijlpalen.iter().any(|m| in_beeld(m.id) && m.deel() == Deel::Daarna) {
        p.t(s::BEELD_DAARNA);
    }
    // Where you are now, with what runs now and (not on paper) what comes next.
    p.t(s::NU_KOP).plus(&week).plus(&vul(s::NU_VANDAAG.nl, &[&datum_voluit(vandaag, nl)]));
    for m in tl
        .mijlpalen
        .iter()
        .filter(|m| m.tot.is_some() && m.status(vandaag) == Status::Nu && m.datum < vandaag && !m.id.is_mogelijkheid())
    {
        p.t(s::NU_LOOPT).plus(&titel(m.id));
    }
    let stappen = tl.volgende_stappen(vandaag, 3);
    if lezen != Lezen::Papier {
        p.t(s::KOMT_KOP);
        for (i, m) in stappen.iter().enumerate() {
            if i == 0 {
                p.t(s::VOLGENDE);
            }
            p.plus(&titel(m.id));
            if let Some(r) = reden(m.id) {
                p.plus(&r);
            }
            if i == 0 {
                p.t(s::NAAR_STAP);
            }
        }
        if tl.volgende_evaluatie(vandaag).is_some() {
            p.t(s::EVALUATIE_TERUGKEREND).t(s::EVALUATIE_VOLGENDE);
        }
    }
    // What you can ask or do now: the first item is the next step with what you can do.
    p.t(s::VRAGEN_KOP);
    if let Some(m) = stappen.first() {
        p.plus(&format!("{}: {}", titel(m.id), tekst_van(&tl, m.id).jij.nl));
    }
    p.t(s::VRAAG_KOPIE).t(s::VRAAG_DESKUNDIGE);
    if let Some(tot) = tl.mijlpaal(MijlpaalId::VervroegdeIvaTot) {
        let van = tl.mijlpaal(MijlpaalId::VervroegdeIvaVanaf).map_or(tot.datum, |m| m.datum);
        if vandaag >= van && vandaag <= tot.datum {
            p.t(s::MOGELIJKHEID).t(s::VRAAG_IVA);
        }
    }
    // The print sheet: every date, then the questions for the next steps.
    if lezen == Lezen::Papier {
        p.t(s::PRINT_DATUMS_KOP).t(s::PRINT_STAP).t(s::PRINT_WANNEER);
        let mut evaluatie_gezien = false;
        for m in tl.mijlpalen.iter().filter(|m| !m.id.is_mogelijkheid()) {
            if matches!(m.id, MijlpaalId::Evaluatie(_)) {
                if evaluatie_gezien {
                    continue;
                }
                evaluatie_gezien = true;
            }
            p.plus(&titel(m.id));
            if let Some(r) = reden(m.id) {
                p.plus(&r);
            }
        }
        p.t(s::PRINT_VRAGEN_KOP);
        for m in &stappen {
            p.plus(&format!("{}: {}", titel(m.id), tekst_van(&tl, m.id).jij.nl));
        }
    } else {
        // "Alle stappen" (closed), the buttons, then the explanation under the timeline.
        p.t(s::ALLE_STAPPEN).t(s::ICS_KNOP).t(s::PRINT_KNOP).t(s::ICS_UITLEG);
        uitleg_onder_tijdlijn(&mut p);
    }
    p
}

/// The frame above every page: the name's subtitle (hidden below 30rem, `styles/app.css`)
/// and the menu. On paper the header is not printed.
fn kop(p: &mut Pagina, lezen: Lezen) {
    if lezen == Lezen::Papier {
        return;
    }
    p.plus(T.app_ondertitel).plus(T.menu_knop);
    for x in [
        T.nav_home,
        T.nav_wie_ben_ik,
        T.nav_wat_kan_ik,
        T.nav_wat_wil_ik,
        T.nav_tijdlijn,
        T.nav_profiel,
        T.nav_delen,
        T.nav_privacy,
    ] {
        p.plus(x);
    }
}

/// The timeline when a field has a message (then no timeline shows): the form in DOM
/// order with the message under its field ("Meer invullen" open, as it is when one of its
/// fields is filled in), the status line, then the explanation. One page per message, at
/// each field where it can show.
fn tijdlijn_meldingen() -> Vec<Pagina> {
    use crate::domain::tijdlijn::datum::DatumFout;
    use crate::domain::tijdlijn::engine::Reden;
    use Veld::*;
    let datums = [
        EersteZiektedag,
        HerstelVan(0),
        HerstelTot(0),
        VerlofVan(0),
        VerlofTot(0),
        Eerstejaarsevaluatie,
        VervroegdeIva,
        EindeDienstverband,
    ];
    let mut paren: Vec<(Veld, Probleem)> = Vec::new();
    for veld in [EersteZiektedag, HerstelVan(0), HerstelTot(0), VerlofVan(0), VerlofTot(0)] {
        paren.push((veld, Probleem::Leeg));
    }
    for veld in datums {
        for f in [DatumFout::Formaat, DatumFout::OngeldigeMaand, DatumFout::OngeldigeDag, DatumFout::BuitenBereik] {
            paren.push((veld, Probleem::Datum(f)));
        }
        for r in [Reden::VoorNegentienNegentig, Reden::MeerDanJaarVooruit] {
            paren.push((veld, Probleem::Reden(r)));
        }
    }
    for (veld, r) in [
        (HerstelTot(0), Reden::HerstelEindeVoorBegin),
        (HerstelVan(0), Reden::HerstelVoorStart),
        (HerstelVan(0), Reden::HerstelInToekomst),
        (HerstelVan(0), Reden::HerstelOverlapt),
        (Eerstejaarsevaluatie, Reden::EjeVoorStart),
        (VervroegdeIva, Reden::IvaAanvraagTeVroeg),
        (VervroegdeIva, Reden::IvaAanvraagTeLaat),
        (EindeDienstverband, Reden::EindeDienstverbandVoorStart),
        (LoonsanctieWeken, Reden::LoonsanctieNul),
        (LoonsanctieWeken, Reden::LoonsanctieTeLang),
        (VerlengingWeken, Reden::VerlengingTeKort),
        (VerlengingWeken, Reden::VerlengingTeLang),
        (VerlengingWeken, Reden::VerlengingNaUitDienst),
        (VerlofTot(0), Reden::VerlofEindeVoorBegin),
        (VerlofVan(0), Reden::VerlofBuitenHerstel),
    ] {
        paren.push((veld, Probleem::Reden(r)));
    }
    for veld in [LoonsanctieWeken, VerlengingWeken] {
        paren.push((veld, Probleem::GeenGetal));
    }
    paren
        .into_iter()
        .map(|(veld, probleem)| {
            let mut p = Pagina::nieuw(format!("tijdlijn, melding {probleem:?} bij {veld:?}"));
            kop(&mut p, Lezen::Zicht);
            p.plus(T.tijdlijn_titel).plus(T.tijdlijn_intro_kort).t(s::FORM_KOP);
            let start_fout = veld == EersteZiektedag;
            let melding = |p: &mut Pagina, hier: Veld| {
                if hier == veld {
                    p.t(s::FOUT_VOORVOEGSEL).plus(&vul(melding_tekst(veld, probleem).nl, &["2026-13-01"]));
                }
            };
            if start_fout {
                p.t(s::FORM_INTRO).t(s::START_LABEL).t(s::START_HINT);
            } else {
                p.t(s::START_LABEL);
            }
            melding(&mut p, EersteZiektedag);
            p.t(s::DATUM_HINT).t(s::MEER_INVULLEN).t(s::MEER_INTRO).t(s::HERSTEL_LEGEND).t(s::HERSTEL_HINT);
            p.t(s::HERSTEL_RIJ).t(s::HERSTEL_VAN);
            melding(&mut p, HerstelVan(0));
            p.t(s::HERSTEL_TOT);
            melding(&mut p, HerstelTot(0));
            p.t(s::VERLOF_VRAAG).t(s::VERLOF_HINT).t(s::VERLOF_VAN);
            melding(&mut p, VerlofVan(0));
            p.t(s::VERLOF_TOT);
            melding(&mut p, VerlofTot(0));
            p.t(s::HERSTEL_VERWIJDEREN).t(s::HERSTEL_TOEVOEGEN);
            for (hier, label, hint) in [
                (Eerstejaarsevaluatie, s::EJE_LABEL, s::EJE_HINT),
                (VervroegdeIva, s::IVA_LABEL, s::IVA_HINT),
                (EindeDienstverband, s::EINDE_LABEL, s::EINDE_HINT),
                (LoonsanctieWeken, s::LOONSANCTIE_LABEL, s::LOONSANCTIE_HINT),
                (VerlengingWeken, s::VERLENGING_LABEL, s::VERLENGING_HINT),
            ] {
                p.t(label).t(hint);
                melding(&mut p, hier);
            }
            p.t(s::FOUT_UITLEG);
            uitleg_onder_tijdlijn(&mut p);
            p
        })
        .collect()
}

/// Privacy: its texts in display order, the question before deleting and the answers after.
fn privacy_pagina() -> Pagina {
    let mut p = Pagina::nieuw("privacy");
    kop(&mut p, Lezen::Zicht);
    for x in [
        T.privacy_titel,
        T.privacy_intro,
        T.privacy_wat_titel,
        T.privacy_wat_tekst,
        T.privacy_waar_titel,
        T.privacy_waar_tekst,
        T.privacy_verstuurd_titel,
        T.privacy_verstuurd_tekst,
        T.privacy_reservekopie_titel,
        T.privacy_reservekopie_tekst,
        T.reservekopie_download,
        T.privacy_wissen_titel,
        T.privacy_wissen_tekst,
        T.privacy_wis_knop,
        T.privacy_wis_vraag,
        T.privacy_wis_ja,
        T.privacy_wis_nee,
        T.privacy_gewist,
        T.privacy_wis_mislukt,
        T.privacy_versie,
    ] {
        p.plus(x);
    }
    p
}

fn paginas() -> Vec<Pagina> {
    let mut uit = vec![home_eerste_bezoek(), home_terugkeer(), tijdlijn_pagina()];
    uit.extend(MODULES.iter().map(|m| module_pagina(m)));
    uit.extend([
        profiel_pagina(),
        over_vragen_pagina(),
        delen_pagina(),
        kijk_pagina(),
        coach_pagina(),
        gedeeld_pagina(),
        hulp_pagina(),
    ]);
    // The header stands above each of these pages.
    for p in &mut uit {
        let mut met_kop = Pagina::nieuw(p.naam.clone());
        kop(&mut met_kop, Lezen::Zicht);
        met_kop.teksten.append(&mut p.teksten);
        *p = met_kop;
    }
    uit.push(privacy_pagina());
    uit.extend(gedateerd());
    uit.extend(antwoorden_los());
    uit
}

/// The timeline on a given day and with a message, in every reading, each with the
/// explanation under it.
fn gedateerd() -> Vec<Pagina> {
    let mut uit = Vec::new();
    for maanden in [3, 14, 22] {
        for loonsanctie in [false, true] {
            for lezen in [Lezen::Schermlezer, Lezen::Zicht, Lezen::Papier] {
                uit.push(tijdlijn_op_dag(maanden, loonsanctie, lezen));
            }
        }
    }
    uit.extend(tijdlijn_meldingen());
    uit
}

#[test]
fn glossen_bij_eerste_gebruik() {
    controleer_alle(paginas());
}

/// With "Alle stappen" folded (as on arrival, or while a field has a message), the
/// explanation under the timeline is where many terms first appear: the phases, the second
/// track, sanctions, holidays and the glossary gloss them there, not only the folded cards.
/// The explanation glosses every term it names itself, so it stays right whatever stands
/// above it; the terms that used to be unglossed there are named, so that this test cannot
/// pass by leaving them out.
#[test]
fn uitleg_onder_tijdlijn_glost_zelf() {
    let mut p = Pagina::nieuw("uitleg onder de tijdlijn");
    uitleg_onder_tijdlijn(&mut p);
    let (goed, fout) = controleer(&p);
    assert!(fout.is_empty(), "terms without a gloss at first use: {fout:#?}");
    for term in [
        "bedrijfsarts",
        "probleemanalyse",
        "plan van aanpak",
        "casemanager",
        "42e-weeksmelding",
        "eerstejaarsevaluatie",
        "tweede spoor",
        "WIA",
        "eindevaluatie",
        "re-integratie",
        "re-integratiebedrijf",
        "arbeidsdeskundige",
        "deskundigenoordeel",
        "verzekeringsarts",
        "WGA",
        "loonsanctie",
        "Ziektewet",
        "vrijwillige verlenging",
    ] {
        assert!(goed.iter().any(|(t, _)| t == term), "{term} is not glossed in the explanation itself");
    }
}

fn controleer_alle(paginas: Vec<Pagina>) {
    let mut alle_fouten = Vec::new();
    for p in paginas {
        assert!(!p.teksten.is_empty(), "{} has no texts", p.naam);
        let (goed, fout) = controleer(&p);
        println!("== {} ({} terms checked)", p.naam, goed.len() + fout.len());
        for (term, zin) in &goed {
            println!("   {term}: {zin}");
        }
        for f in &fout {
            println!("   MISSING {f}");
        }
        alle_fouten.extend(fout);
    }
    assert!(alle_fouten.is_empty(), "terms without a gloss at first use: {alle_fouten:#?}");
}

#[test]
fn de_regel_doet_wat_hij_zegt() {
    let pagina =
        |teksten: &[&str]| Pagina { naam: "x".into(), teksten: teksten.iter().map(|t| t.to_string()).collect() };
    let fouten = |teksten: &[&str]| controleer(&pagina(teksten)).1.len();
    // Glossed in each of the four ways.
    assert_eq!(fouten(&["Vraag de arbeidsdeskundige (die kijkt welk werk past)."]), 0);
    assert_eq!(fouten(&["Ook niet uit IPIP, een vrije verzameling testvragen."]), 0);
    assert_eq!(fouten(&["De IVA is een uitkering."]), 0);
    assert_eq!(fouten(&["Kun je terug bij je werkgever? Dat heet het eerste spoor."]), 0);
    assert_eq!(fouten(&["Je krijgt een loonsanctie.", "Dat betekent: langer loon."]), 0);
    assert_eq!(fouten(&["Het is geen genormeerde test.", "Genormeerd betekent: vergeleken met anderen."]), 0);
    assert_eq!(fouten(&["Kop met loonsanctie", "Dat is een maatregel van UWV."]), 1, "UWV is not glossed");
    assert_eq!(fouten(&["Vraag UWV om een deskundigenoordeel.", "UWV is de organisatie voor uitkeringen."]), 1);
    assert_eq!(fouten(&["Dan kun je een deskundigenoordeel vragen: een advies van UWV (de uitkeringsinstantie)."]), 0);
    assert_eq!(fouten(&["Je loon inhouden (dat heet opschorten) mag dan."]), 0);
    assert_eq!(fouten(&["Stappen in spoor 2", "Spoor 2: werk bij een andere werkgever."]), 0);
    assert_eq!(fouten(&["Nog te doen in je tweede spoor: {}"]), 1, "a label colon is no gloss");
    // Not glossed: a later gloss does not count, and neither does a vague next sentence.
    assert_eq!(fouten(&["Je krijgt een loonsanctie.", "Lees verder.", "Een loonsanctie is een maatregel."]), 1);
    assert_eq!(fouten(&["Vraag je bedrijfsarts.", "Dat is uiterlijk in week 6."]), 1);
    assert_eq!(fouten(&["Bespreek het met je bedrijfsarts en je coach in week 6 (of eerder)."]), 1);
    assert_eq!(fouten(&["Je werkgever noemt het tweede spoor adequaat."]), 1);
    // Found where it starts a word, with a plural or a hyphen; not inside another word.
    assert!(vind("twee bedrijfsartsen", "bedrijfsarts").is_some());
    assert_eq!(vind("de WIA-uitkering (na 2 jaar)", "WIA"), Some((3, 16)));
    assert!(vind("het re-integratieverslag", "re-integratie").is_none());
    assert!(vind("een loonsanctie", "sanctie").is_none());
    assert!(vind("de uwv", "UWV").is_none());
}
