//! The six RIASEC interest themes with Dutch occupations worth exploring.
//! Occupations are annotated with working conditions that may matter
//! ("let op"), never filtered. Written for Spoorwijzer.

use crate::domain::vragenlijst::*;

// Working conditions that may matter. Plain words, no judgement.
const STAAN: Tekst = t("vaak lang staan", "often standing for a long time");
const TILLEN: Tekst = t("veel tillen", "a lot of lifting");
const DIENSTEN: Tekst = t("onregelmatige diensten", "irregular shifts");
const SCHERM: Tekst = t("veel beeldschermwerk", "a lot of screen work");
const KLANTEN: Tekst = t("veel contact met klanten", "a lot of contact with customers");
const MENSEN: Tekst = t("veel contact met mensen", "a lot of contact with people");
const REIZEN: Tekst = t("veel reizen", "a lot of travelling");
const BUITEN: Tekst = t("buiten werken, ook bij slecht weer", "working outdoors, also in bad weather");
const LOPEN: Tekst = t("veel lopen", "a lot of walking");
const DRUKTE: Tekst = t("vaak tijdsdruk", "often time pressure");
const LAWAAI: Tekst = t("soms veel lawaai", "sometimes a lot of noise");
const ZITTEN: Tekst = t("lang zitten", "sitting for a long time");

const fn beroep(naam: Tekst, let_op: &'static [Tekst]) -> Beroep {
    Beroep { naam, let_op }
}

pub static THEMAS: [Thema; 6] = [
    Thema {
        id: "R",
        naam: t("Praktisch", "Practical"),
        uitleg: t(
            "Je werkt graag met je handen, met gereedschap, machines, planten of dieren. Je ziet graag wat je gemaakt of gedaan hebt.",
            "You like working with your hands, with tools, machines, plants or animals. You like seeing what you have made or done.",
        ),
        beroepen: &[
            beroep(t("Hovenier", "Gardener"), &[BUITEN, TILLEN]),
            beroep(t("Fietsenmaker", "Bicycle mechanic"), &[STAAN, KLANTEN]),
            beroep(t("Magazijnmedewerker", "Warehouse worker"), &[TILLEN, LOPEN]),
            beroep(t("Bezorger of chauffeur", "Delivery person or driver"), &[ZITTEN, DRUKTE]),
            beroep(t("Installatiemonteur", "Installation technician"), &[TILLEN, REIZEN]),
            beroep(t("Productiemedewerker", "Production worker"), &[STAAN, DIENSTEN, LAWAAI]),
            beroep(t("Dierenverzorger", "Animal keeper"), &[BUITEN, TILLEN]),
            beroep(t("Kok", "Cook"), &[STAAN, DIENSTEN, DRUKTE]),
            beroep(t("Reparateur van telefoons en laptops", "Phone and laptop repairer"), &[KLANTEN]),
            beroep(t("Werktuigbouwkundig ingenieur", "Mechanical engineer"), &[SCHERM]),
        ],
    },
    Thema {
        id: "I",
        naam: t("Onderzoekend", "Investigative"),
        uitleg: t(
            "Je zoekt graag uit hoe iets werkt. Je denkt na, puzzelt en zoekt naar oorzaken.",
            "You like finding out how something works. You think, puzzle and look for causes.",
        ),
        beroepen: &[
            beroep(t("Laborant", "Laboratory technician"), &[STAAN]),
            beroep(t("Systeembeheerder", "IT system administrator"), &[SCHERM]),
            beroep(t("Kwaliteitscontroleur", "Quality inspector"), &[STAAN]),
            beroep(t("Onderzoeker", "Researcher"), &[SCHERM]),
            beroep(t("Data-analist", "Data analyst"), &[SCHERM, ZITTEN]),
            beroep(t("Apothekersassistent", "Pharmacy assistant"), &[STAAN, KLANTEN]),
            beroep(t("Technisch tekenaar", "Technical draughtsperson"), &[SCHERM]),
            beroep(t("Milieu-inspecteur", "Environmental inspector"), &[REIZEN, BUITEN]),
            beroep(t("Softwaretester", "Software tester"), &[SCHERM]),
        ],
    },
    Thema {
        id: "A",
        naam: t("Creatief", "Creative"),
        uitleg: t(
            "Je maakt of bedenkt graag iets nieuws. Je houdt van vrijheid en van mooie dingen.",
            "You like making or thinking up something new. You enjoy freedom and beautiful things.",
        ),
        beroepen: &[
            beroep(t("Grafisch vormgever", "Graphic designer"), &[SCHERM]),
            beroep(t("Fotograaf", "Photographer"), &[REIZEN, DIENSTEN]),
            beroep(t("Bloemist", "Florist"), &[STAAN, KLANTEN]),
            beroep(t("Interieuradviseur", "Interior adviser"), &[KLANTEN, REIZEN]),
            beroep(t("Kapper", "Hairdresser"), &[STAAN, KLANTEN]),
            beroep(t("Tekstschrijver", "Copywriter"), &[SCHERM]),
            beroep(t("Meubelmaker", "Furniture maker"), &[STAAN, TILLEN, LAWAAI]),
            beroep(t("Muziekdocent", "Music teacher"), &[MENSEN]),
            beroep(t("Webdesigner", "Web designer"), &[SCHERM]),
            beroep(t("Etaleur", "Window dresser"), &[STAAN, TILLEN]),
        ],
    },
    Thema {
        id: "S",
        naam: t("Sociaal", "Social"),
        uitleg: t(
            "Je helpt, begeleidt of leert anderen graag iets. Contact met mensen vind je belangrijk.",
            "You like helping, guiding or teaching others. Contact with people matters to you.",
        ),
        beroepen: &[
            beroep(t("Doktersassistent", "GP's assistant"), &[MENSEN]),
            beroep(t("Klantenservicemedewerker", "Customer service agent"), &[SCHERM, KLANTEN]),
            beroep(t("Helpende zorg en welzijn", "Care assistant"), &[TILLEN, DIENSTEN]),
            beroep(t("Pedagogisch medewerker kinderopvang", "Childcare worker"), &[TILLEN, MENSEN]),
            beroep(t("Onderwijsassistent", "Teaching assistant"), &[MENSEN]),
            beroep(t("Gastvrouw of gastheer", "Host"), &[STAAN, KLANTEN]),
            beroep(t("Maatschappelijk werker", "Social worker"), &[MENSEN]),
            beroep(t("Jobcoach", "Job coach"), &[REIZEN, MENSEN]),
            beroep(t("Receptionist", "Receptionist"), &[KLANTEN]),
            beroep(t("Activiteitenbegeleider", "Activities coordinator"), &[MENSEN]),
        ],
    },
    Thema {
        id: "E",
        naam: t("Ondernemend", "Enterprising"),
        uitleg: t(
            "Je neemt graag het initiatief en overtuigt anderen. Je houdt van beslissen en van resultaat.",
            "You like taking the initiative and convincing others. You enjoy making decisions and getting results.",
        ),
        beroepen: &[
            beroep(t("Winkelmanager", "Store manager"), &[STAAN, KLANTEN, DRUKTE]),
            beroep(t("Verkoper binnendienst", "Inside sales representative"), &[SCHERM, KLANTEN]),
            beroep(t("Vertegenwoordiger", "Sales representative"), &[REIZEN, KLANTEN]),
            beroep(t("Makelaar", "Estate agent"), &[REIZEN, KLANTEN]),
            beroep(t("Teamleider", "Team leader"), &[DRUKTE]),
            beroep(t("Zelfstandig ondernemer", "Self-employed business owner"), &[]),
            beroep(t("Inkoper", "Buyer"), &[SCHERM, REIZEN]),
            beroep(t("Recruiter", "Recruiter"), &[SCHERM, MENSEN]),
            beroep(t("Evenementenorganisator", "Event organiser"), &[DIENSTEN, DRUKTE, REIZEN]),
            beroep(t("Projectleider", "Project manager"), &[SCHERM]),
        ],
    },
    Thema {
        id: "C",
        naam: t("Ordenend", "Organising"),
        uitleg: t(
            "Je werkt graag nauwkeurig en volgens een duidelijke structuur. Je houdt graag overzicht over gegevens, geld of planning.",
            "You like working precisely and with a clear structure. You like keeping an overview of information, money or planning.",
        ),
        beroepen: &[
            beroep(t("Administratief medewerker", "Administrative assistant"), &[SCHERM, ZITTEN]),
            beroep(t("Boekhouder", "Bookkeeper"), &[SCHERM]),
            beroep(t("Managementassistent", "Management assistant"), &[SCHERM]),
            beroep(t("Planner", "Planner"), &[SCHERM, DRUKTE]),
            beroep(t("Salarisadministrateur", "Payroll administrator"), &[SCHERM]),
            beroep(t("Kassamedewerker", "Cashier"), &[KLANTEN]),
            beroep(t("Archiefmedewerker", "Archive clerk"), &[]),
            beroep(t("Baliemedewerker bij de gemeente", "Front-desk worker at the municipality"), &[KLANTEN]),
            beroep(t("Voorraadbeheerder", "Stock controller"), &[LOPEN, SCHERM]),
            beroep(t("Controller", "Financial controller"), &[SCHERM]),
        ],
    },
];
