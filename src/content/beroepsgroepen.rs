//! PLACEHOLDER (h-beroepen): the other helper's file replaces this one on merge.
//! Same interface; names and themes are rough, a few "let op" only, to build and test against.

use crate::domain::vragenlijst::{t, Tekst};

pub struct LetOp {
    pub tekst: Tekst,
    pub vraag: Option<&'static str>,
}

pub struct Beroepsgroep {
    pub code: &'static str,
    pub naam: Tekst,
    pub themas: &'static [&'static str],
    pub buiten_bereik: Option<Tekst>,
    pub let_op: &'static [LetOp],
}

const fn g(code: &'static str, naam: Tekst, themas: &'static [&'static str]) -> Beroepsgroep {
    Beroepsgroep { code, naam, themas, buiten_bereik: None, let_op: &[] }
}

const LEGER: Tekst = t("Werk bij het leger. Daar ga je niet zomaar heen via het tweede spoor.", "Work in the armed forces. You do not simply move there in the second track.");

pub static GROEPEN: &[Beroepsgroep] = &[
    Beroepsgroep { code: "01", naam: t("Officieren", "Officers"), themas: &[], buiten_bereik: Some(LEGER), let_op: &[] },
    Beroepsgroep { code: "02", naam: t("Onderofficieren", "Non-commissioned officers"), themas: &[], buiten_bereik: Some(LEGER), let_op: &[] },
    Beroepsgroep { code: "03", naam: t("Militairen", "Soldiers"), themas: &[], buiten_bereik: Some(LEGER), let_op: &[] },
    g("11", t("Bestuurders", "Executives"), &["E"]),
    g("12", t("Managers van bedrijven", "Business managers"), &["E", "C"]),
    g("13", t("Managers van productie en diensten", "Production and service managers"), &["E", "R"]),
    g("14", t("Managers van horeca en winkels", "Hospitality and retail managers"), &["E", "S"]),
    g("21", t("Techniek en wetenschap", "Science and engineering"), &["I", "R"]),
    Beroepsgroep {
        code: "22",
        naam: t("Zorg", "Health care"),
        themas: &["S", "I"],
        buiten_bereik: None,
        let_op: &[
            LetOp { tekst: t("vaak lang staan", "often standing for a long time"), vraag: Some("wki.nu.staan") },
            LetOp { tekst: t("onregelmatige diensten", "irregular shifts"), vraag: Some("wki.nu.voorspelbaar") },
        ],
    },
    g("23", t("Onderwijs", "Teaching"), &["S", "A"]),
    g("24", t("Bedrijfskunde en administratie", "Business and administration"), &["C", "E"]),
    g("25", t("ICT", "ICT"), &["I", "C"]),
    g("26", t("Recht, cultuur en maatschappij", "Law, culture and society"), &["A", "S"]),
    g("31", t("Techniek, middelbaar niveau", "Technicians"), &["R", "I"]),
    g("32", t("Zorg, middelbaar niveau", "Health associates"), &["S", "R"]),
    g("33", t("Zakelijke diensten, middelbaar niveau", "Business associates"), &["C", "E"]),
    g("34", t("Recht, cultuur en sport, middelbaar niveau", "Legal, cultural and sports associates"), &["S", "A"]),
    g("35", t("ICT-techniek", "ICT technicians"), &["R", "I"]),
    g("41", t("Administratief werk", "Clerical work"), &["C"]),
    g("42", t("Klantcontact", "Customer service"), &["C", "S"]),
    g("43", t("Cijfers en voorraad", "Numbers and stock"), &["C"]),
    g("44", t("Ander administratief werk", "Other clerical work"), &["C"]),
    g("51", t("Persoonlijke diensten", "Personal services"), &["S", "R"]),
    g("52", t("Verkoop", "Sales"), &["E", "S"]),
    g("53", t("Verzorging", "Personal care"), &["S"]),
    g("54", t("Beveiliging", "Protective services"), &["R", "S"]),
    Beroepsgroep {
        code: "61",
        naam: t("Land- en tuinbouw", "Farming and gardening"),
        themas: &["R"],
        buiten_bereik: None,
        let_op: &[
            LetOp { tekst: t("buiten werken, ook bij slecht weer", "working outdoors, also in bad weather"), vraag: None },
            LetOp { tekst: t("veel tillen", "a lot of lifting"), vraag: Some("wki.nu.tillen") },
        ],
    },
    g("62", t("Bosbouw en visserij", "Forestry and fishing"), &["R"]),
    g("71", t("Bouw", "Building"), &["R"]),
    g("72", t("Metaal en machines", "Metal and machinery"), &["R"]),
    g("73", t("Ambacht en drukwerk", "Crafts and printing"), &["R", "A"]),
    g("74", t("Elektrotechniek", "Electrical work"), &["R"]),
    g("75", t("Voeding, hout en kleding", "Food, wood and clothing"), &["R"]),
    g("81", t("Machines bedienen", "Machine operators"), &["R"]),
    g("82", t("Assemblage", "Assembly"), &["R"]),
    g("83", t("Chauffeurs", "Drivers"), &["R"]),
    g("91", t("Schoonmaak", "Cleaning"), &["R"]),
    g("92", t("Hulp in land- en tuinbouw", "Farm helpers"), &["R"]),
    g("93", t("Hulp in bouw, productie en vervoer", "Labourers"), &["R"]),
    g("94", t("Hulp in de keuken", "Kitchen helpers"), &["R"]),
    g("95", t("Straatverkoop", "Street sales"), &["E"]),
    g("96", t("Afval en ander eenvoudig werk", "Refuse and other elementary work"), &["R"]),
];

/// The group of a 4-digit ISCO code, by its first two digits.
pub fn groep(isco: &str) -> Option<&'static Beroepsgroep> {
    let twee = isco.get(..2)?;
    GROEPEN.iter().find(|g| g.code == twee)
}
