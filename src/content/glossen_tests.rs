//! Glosses: every legal or test term gets a short plain explanation in Dutch the
//! first time it appears on a page (the glossary under the timeline stays).
//!
//! **A page** is its Dutch texts in display order, as the view code in
//! `src/ui/pages/` puts them on screen, with every folded part open. Texts that
//! only show in some situations (a field hint, a card for a contract that ends)
//! stand where they would show. What is left out, and why:
//! - the person's own answers on the profile (option texts they chose on the
//!   module page, where the same test covers them);
//! - on the timeline, the parts that repeat a card's title or "what you can do"
//!   text depending on today's date (the dots of the picture, "Wat komt er", the
//!   first item of "Wat je nu kunt vragen", the print sheet), and the error
//!   messages at a field. The cards themselves stand in "Alle stappen", in
//!   timeline order;
//! - the frame of every page (menu, header, footer).
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
use crate::content::modules::{beroepen, energie, verlies, wat_kan_ik, MODULES};
use crate::content::tijdlijn::{
    mijlpaal_tekst, noemt_sanctie, scherm as s, BEGRIPPEN, DISCLAIMER, FASEN, FEESTDAGEN_UITLEG, SANCTIES, TWEEDE_SPOOR,
};
use crate::content::{coach, delen, teksten::NL as T};
use crate::domain::deelpakket::is_eigen_beeld;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::engine::MijlpaalId;
use crate::domain::vragenlijst::{Module, Optie, Soort};

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

fn opties(soort: &Soort) -> &'static [Optie] {
    match soort {
        Soort::EenKeuze { opties } => opties,
        Soort::MeerKeuze { opties, .. } => opties,
        Soort::KiesEnOrden { kaarten, .. } => kaarten,
        Soort::Verdeling { gebieden } => gebieden,
        _ => &[],
    }
}

/// A module: its overview (intro, help, the parts), then each question in turn
/// with its part's title and intro, the person's-own-picture note, the
/// question, its explanation, the options with their explanations and the
/// reply and step shown when one is ticked, and the energy picture and tips.
fn module_pagina(m: &Module) -> Pagina {
    let mut p = Pagina::nieuw(format!("module {}", m.id));
    p.t(m.titel).t(m.intro);
    if m.id == verlies::MODULE.id {
        p.t(verlies::HULP);
    }
    for d in m.delen {
        p.t(d.titel);
    }
    p.plus(T.module_overslaan_uitleg).plus(T.module_over_vragen);
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
            p.t(v.tekst);
            if let Some(u) = v.uitleg {
                p.t(u);
            }
            if let Soort::Getal { eenheid, .. } = &v.soort {
                p.t(*eenheid);
            }
            for o in opties(&v.soort) {
                p.t(o.tekst);
                for extra in [o.uitleg, o.reactie, o.stap].into_iter().flatten() {
                    p.t(extra);
                }
            }
            if let Soort::Verdeling { .. } = &v.soort {
                let b = &energie::BEELD;
                for x in [b.titel, b.uitleg, b.leeg, b.alles_niets, b.open] {
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
    // The explanation under the timeline.
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
    p
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
        p.plus(match m.id {
            "wie-ben-ik" => T.wie_ben_ik_intro,
            "wat-kan-ik" => T.wat_kan_ik_intro,
            "wat-wil-ik" => T.wat_wil_ik_intro,
            "energie" => T.energie_kort,
            "zorgen" => T.zorgen_kort,
            "verlies-en-betekenis" => T.verlies_kort,
            _ => T.stappen_kort,
        });
    }
    p.plus(T.tijdlijn_titel).plus(T.home_tijdlijn_tekst).plus(T.profiel_titel).plus(T.home_profiel_tekst);
}

/// The profile: its own texts in the order of its sections (the answers left out),
/// with the jobs to explore per theme.
fn profiel_pagina() -> Pagina {
    let mut p = Pagina::nieuw("profiel");
    for x in [
        T.profiel_titel,
        T.profiel_reflectie_kort,
        T.profiel_gebaseerd,
        T.profiel_deel_coach,
        T.profiel_print,
        T.profiel_leeg,
        T.profiel_volgende_stap,
        T.profiel_stap_uit_zorgen,
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
        T.profiel_stappen_telling,
        T.profiel_stappen_alle,
        T.profiel_stappen,
        T.profiel_alle_antwoorden,
        T.profiel_alle_antwoorden_uitleg,
    ] {
        p.plus(x);
    }
    p
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

fn coach_pagina() -> Pagina {
    let mut p = Pagina::nieuw("coach");
    p.plus(T.coach_titel).plus(T.coach_intro);
    for (_, x) in coach::ALLE {
        p.t(*x);
    }
    p
}

fn paginas() -> Vec<Pagina> {
    let mut uit = vec![home_eerste_bezoek(), home_terugkeer(), tijdlijn_pagina()];
    uit.extend(MODULES.iter().map(|m| module_pagina(m)));
    uit.extend([profiel_pagina(), over_vragen_pagina(), delen_pagina(), coach_pagina()]);
    uit
}

#[test]
fn glossen_bij_eerste_gebruik() {
    let mut alle_fouten = Vec::new();
    for p in paginas() {
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
