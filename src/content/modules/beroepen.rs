//! The six RIASEC interest themes: their names and what people with each
//! interest enjoy. Written for Spoorwijzer. The occupations themselves are
//! ESCO's (`#/beroepen`, issue 27); which groups of occupations fit a theme is
//! Spoorwijzer's own mapping (`content::beroepsgroepen`). One source of
//! occupations: the hand-picked examples that stood here are gone.

use crate::domain::vragenlijst::*;

pub static THEMAS: [Thema; 6] = [
    Thema {
        id: "R",
        naam: t("Praktisch", "Practical"),
        uitleg: t(
            "Je werkt graag met je handen, met gereedschap, machines, planten of dieren. Je ziet graag wat je gemaakt of gedaan hebt.",
            "You like working with your hands, with tools, machines, plants or animals. You like seeing what you have made or done.",
        ),
    },
    Thema {
        id: "I",
        naam: t("Onderzoekend", "Investigative"),
        uitleg: t(
            "Je zoekt graag uit hoe iets werkt. Je denkt na, puzzelt en zoekt naar oorzaken.",
            "You like finding out how something works. You think, puzzle and look for causes.",
        ),
    },
    Thema {
        id: "A",
        naam: t("Creatief", "Creative"),
        uitleg: t(
            "Je maakt of bedenkt graag iets nieuws. Je houdt van vrijheid en van mooie dingen.",
            "You like making or thinking up something new. You enjoy freedom and beautiful things.",
        ),
    },
    Thema {
        id: "S",
        naam: t("Sociaal", "Social"),
        uitleg: t(
            "Je helpt, begeleidt of leert anderen graag iets. Contact met mensen vind je belangrijk.",
            "You like helping, guiding or teaching others. Contact with people matters to you.",
        ),
    },
    Thema {
        id: "E",
        naam: t("Ondernemend", "Enterprising"),
        uitleg: t(
            "Je neemt graag het initiatief en overtuigt anderen. Je houdt van beslissen en van resultaat.",
            "You like taking the initiative and convincing others. You enjoy making decisions and getting results.",
        ),
    },
    Thema {
        id: "C",
        naam: t("Ordenend", "Organising"),
        uitleg: t(
            "Je werkt graag nauwkeurig en volgens een duidelijke structuur. Je houdt graag overzicht over gegevens, geld of planning.",
            "You like working precisely and with a clear structure. You like keeping an overview of information, money or planning.",
        ),
    },
];
