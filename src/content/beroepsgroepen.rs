//! Occupation groups: the 43 sub-major groups of ISCO-08 (the first two
//! digits of an occupation's ISCO code), each with a plain name, the interest
//! themes of "Wat wil ik?" that fit it, and working conditions common in it
//! ("let op"). The occupations page uses them to lead from a person's themes to
//! groups of occupations, and to set the conditions beside the person's own
//! answers in "Wat kan ik?". They annotate; they never filter or rank a person
//! out.
//!
//! **How the themes were chosen.** Holland's six themes (RIASEC) describe
//! kinds of work activity: Praktisch (R) works with things, tools, machines,
//! plants and animals; Onderzoekend (I) finds out and analyses; Creatief (A)
//! makes and expresses; Sociaal (S) helps, teaches and cares; Ondernemend (E)
//! leads, persuades and sells; Ordenend (C) keeps data, money and procedures
//! in order. ISCO-08 sorts occupations by the kind of work they do and
//! describes the main tasks of every group. For each group we read those tasks
//! (and the ESCO occupations in it) and gave the one to three themes whose
//! activities make up most of the work, strongest first. On Holland's hexagon
//! (R–I–A–S–E–C, round) neighbouring themes often go together; most groups got
//! neighbours. Where the tasks clearly combine themes further apart (care work:
//! helping people and hands-on work, S and R) both are kept. A sub-major group
//! holds many occupations, so this is a coarse first lead for exploring, never
//! a verdict about a person or a job. The armed forces (01–03) are sorted by
//! rank, not by kind of work, so no theme fits them as a group; group 63 is
//! subsistence work without employer or wage. They are out of every theme's
//! reach, with the reason said, and their occupations can still be searched.
//!
//! **The working conditions** are common in most of a group's occupations,
//! in everyday words, never medical and never judging. Where a condition
//! matches a question of "Wat kan ik?" about what the person can manage now,
//! it names that question (`vraag`), so the page can show the person's own
//! answer beside it.
//!
//! **Licence.** The group names, the mapping from themes to groups, its
//! reasons and the working conditions are Spoorwijzer's own work, written for
//! it, and free to use under the project's licence (EUPL-1.2). ESCO (European
//! Commission, v1.1) and ISCO-08 (International Labour Organization) provide
//! only the groups; they hold no interest themes and no working conditions.

use crate::domain::vragenlijst::*;

/// A working condition common in a group, and the "Wat kan ik?" question it
/// relates to (a `wki.nu.*` id), if any.
pub struct LetOp {
    pub tekst: Tekst,
    pub vraag: Option<&'static str>,
}

/// One ISCO-08 sub-major group.
pub struct Beroepsgroep {
    /// The two digits of ISCO-08 ("22").
    pub code: &'static str,
    pub naam: Tekst,
    /// Ids of `modules::beroepen::THEMAS`, strongest first; empty when the
    /// group is out of every theme's reach.
    pub themas: &'static [&'static str],
    /// Why no theme leads here, for a group without themes.
    pub buiten_bereik: Option<Tekst>,
    pub let_op: &'static [LetOp],
}

/// The group of an occupation, by the first two digits of its ISCO code
/// ("2221" -> "22").
pub fn groep(isco: &str) -> Option<&'static Beroepsgroep> {
    let code = isco.get(..2)?;
    GROEPEN.iter().find(|g| g.code == code)
}

// The "Wat kan ik?" questions about what the person can manage now.
const UREN: Option<&str> = Some("wki.nu.uren");
const REISTIJD: Option<&str> = Some("wki.nu.reistijd");
const TEMPO: Option<&str> = Some("wki.nu.tempo");
const VOORSPELBAAR: Option<&str> = Some("wki.nu.voorspelbaar");
const ZITTEN: Option<&str> = Some("wki.nu.zitten");
const STAAN: Option<&str> = Some("wki.nu.staan");
const LOPEN: Option<&str> = Some("wki.nu.lopen");
const TILLEN: Option<&str> = Some("wki.nu.tillen");
const SCHERM: Option<&str> = Some("wki.nu.scherm");
const CONTACT: Option<&str> = Some("wki.nu.contact");

const fn let_op(tekst: Tekst, vraag: Option<&'static str>) -> LetOp {
    LetOp { tekst, vraag }
}

// The working conditions, each written once.
const LANG_STAAN: LetOp = let_op(t("vaak lang staan", "often standing for a long time"), STAAN);
const VEEL_LOPEN: LetOp = let_op(t("veel lopen", "a lot of walking"), LOPEN);
const LANG_ZITTEN: LetOp = let_op(t("lang zitten", "sitting for a long time"), ZITTEN);
const ACHTER_HET_STUUR: LetOp =
    let_op(t("lang zitten achter het stuur", "sitting at the wheel for a long time"), ZITTEN);
const VAAK_TILLEN: LetOp = let_op(t("vaak tillen", "lifting often"), TILLEN);
const ZWAAR_TILLEN: LetOp = let_op(t("zwaar tillen", "heavy lifting"), TILLEN);
const BEELDSCHERM: LetOp = let_op(t("veel beeldschermwerk", "a lot of screen work"), SCHERM);
const KLANTEN: LetOp = let_op(t("veel contact met klanten", "a lot of contact with customers"), CONTACT);
const MENSEN: LetOp = let_op(t("veel contact met mensen", "a lot of contact with people"), CONTACT);
const GROEPEN_MENSEN: LetOp = let_op(t("werken met groepen", "working with groups"), CONTACT);
const OVERLEG: LetOp = let_op(t("veel overleg en vergaderen", "a lot of meetings and talking things through"), CONTACT);
const ALLEEN: LetOp = let_op(t("vaak alleen werken", "often working alone"), CONTACT);
const DIENSTEN: LetOp =
    let_op(t("werken in ploegen of onregelmatige diensten", "working in shifts or at irregular hours"), VOORSPELBAAR);
const AVOND_WEEKEND: LetOp =
    let_op(t("vaak werken in de avond en het weekend", "often working evenings and weekends"), VOORSPELBAAR);
const ONVERWACHT: LetOp =
    let_op(t("vaak onverwachte dingen oplossen", "often solving unexpected problems"), VOORSPELBAAR);
const HERHALEN: LetOp = let_op(t("vaak hetzelfde werk herhalen", "often repeating the same work"), VOORSPELBAAR);
const TIJDSDRUK: LetOp = let_op(t("vaak tijdsdruk", "often time pressure"), TEMPO);
const LANGE_DAGEN: LetOp = let_op(t("soms lange werkdagen", "sometimes long working days"), UREN);
const REIZEN: LetOp = let_op(t("veel reizen voor je werk", "a lot of travelling for work"), REISTIJD);
const ANDERE_PLEKKEN: LetOp = let_op(t("werken op steeds andere plekken", "working at changing places"), REISTIJD);
const VAN_HUIS: LetOp = let_op(t("soms lange tijd van huis", "sometimes away from home for a long time"), None);
const BUITEN: LetOp = let_op(t("buiten werken, ook bij slecht weer", "working outdoors, also in bad weather"), None);
const LAWAAI: LetOp = let_op(t("soms veel lawaai", "sometimes a lot of noise"), None);
const HOOGTE: LetOp = let_op(t("werken op hoogte", "working at heights"), None);
const BUKKEN: LetOp = let_op(t("vaak bukken of knielen", "often bending or kneeling"), None);
const MACHINES: LetOp = let_op(
    t("werken met machines en strenge regels voor veiligheid", "working with machines and strict safety rules"),
    None,
);
const WARM_KOUD: LetOp = let_op(t("werken in warmte of kou", "working in heat or cold"), None);
const HEFTIG: LetOp = let_op(t("soms heftige situaties", "sometimes intense situations"), None);
const LEZEN_SCHRIJVEN: LetOp = let_op(t("veel lezen en schrijven", "a lot of reading and writing"), None);
const AANDACHT: LetOp = let_op(t("lang geconcentreerd werken", "concentrating for a long time"), None);
const LOSSE_OPDRACHTEN: LetOp =
    let_op(t("vaak korte contracten of losse opdrachten", "often short contracts or one-off jobs"), None);
const LEIDING: LetOp = let_op(t("leiding geven aan anderen", "leading other people"), None);

const DEFENSIE: Tekst = t(
    "Deze groep is ingedeeld naar rang bij Defensie, niet naar soort werk. Daarom past hij niet bij één thema. Je kunt deze beroepen wel zoeken.",
    "This group is sorted by rank in the armed forces, not by kind of work. So it does not fit one theme. You can still search for these occupations.",
);

const fn groep_van(
    code: &'static str,
    naam: Tekst,
    themas: &'static [&'static str],
    let_op: &'static [LetOp],
) -> Beroepsgroep {
    Beroepsgroep { code, naam, themas, buiten_bereik: None, let_op }
}

/// Every ISCO-08 sub-major group, by code.
pub static GROEPEN: &[Beroepsgroep] = &[
    // Sorted by rank, not by kind of work: no theme fits the group as a whole.
    Beroepsgroep {
        code: "01",
        naam: t("Officieren bij Defensie", "Officers in the armed forces"),
        themas: &[],
        buiten_bereik: Some(DEFENSIE),
        let_op: &[VAN_HUIS, DIENSTEN, LEIDING],
    },
    // As 01.
    Beroepsgroep {
        code: "02",
        naam: t("Onderofficieren bij Defensie", "Non-commissioned officers in the armed forces"),
        themas: &[],
        buiten_bereik: Some(DEFENSIE),
        let_op: &[VAN_HUIS, DIENSTEN, BUITEN],
    },
    // As 01.
    Beroepsgroep {
        code: "03",
        naam: t("Militairen in andere rangen", "Other ranks in the armed forces"),
        themas: &[],
        buiten_bereik: Some(DEFENSIE),
        let_op: &[VAN_HUIS, BUITEN, ZWAAR_TILLEN],
    },
    // Leading, deciding and representing (E), with plans, budgets and rules (C).
    groep_van(
        "11",
        t("Directeuren, bestuurders en politici", "Directors, senior officials and politicians"),
        &["E", "C"],
        &[OVERLEG, LANGE_DAGEN, TIJDSDRUK, REIZEN],
    ),
    // Running finance, staff, sales or marketing (E), with figures and planning (C).
    groep_van(
        "12",
        t("Managers van geld, personeel en verkoop", "Managers of finance, staff and sales"),
        &["E", "C"],
        &[LEIDING, OVERLEG, BEELDSCHERM, TIJDSDRUK],
    ),
    // Leading production, transport, IT or care services (E), organising them (C).
    groep_van(
        "13",
        t("Managers van productie, vervoer, ICT en zorg", "Managers in production, transport, IT and care"),
        &["E", "C"],
        &[LEIDING, OVERLEG, TIJDSDRUK, ONVERWACHT],
    ),
    // Running a hotel, restaurant or shop (E), for guests and staff (S), with stock and money (C).
    groep_van(
        "14",
        t("Managers van hotels, restaurants en winkels", "Managers of hotels, restaurants and shops"),
        &["E", "S", "C"],
        &[KLANTEN, LANG_STAAN, AVOND_WEEKEND, TIJDSDRUK],
    ),
    // Research and engineering (I), making and testing real things (R), design (A).
    groep_van(
        "21",
        t("Wetenschappers, ingenieurs en ontwerpers", "Scientists, engineers and designers"),
        &["I", "R", "A"],
        &[BEELDSCHERM, LANG_ZITTEN, AANDACHT],
    ),
    // Caring for patients and animals (S), with medical knowledge and finding causes (I).
    groep_van(
        "22",
        t("Artsen, verpleegkundigen en therapeuten", "Doctors, nurses and therapists"),
        &["S", "I"],
        &[MENSEN, DIENSTEN, VEEL_LOPEN, HEFTIG],
    ),
    // Teaching (S) a subject you know well (I), making lessons (A).
    groep_van("23", t("Leraren en docenten", "Teachers and lecturers"), &["S", "I", "A"], &[GROEPEN_MENSEN, LANG_STAAN, TIJDSDRUK]),
    // Advising, selling and steering policy (E), with figures and reports (C).
    groep_van(
        "24",
        t("Specialisten in geld, beleid en verkoop", "Specialists in finance, policy and sales"),
        &["E", "C"],
        &[BEELDSCHERM, LANG_ZITTEN, OVERLEG],
    ),
    // Analysing and building software and networks (I), exact and by the rules (C).
    groep_van("25", t("Specialisten in ICT", "IT specialists"), &["I", "C"], &[BEELDSCHERM, LANG_ZITTEN, TIJDSDRUK]),
    // Writing, art and culture (A), social work and counselling (S), law and study of society (I).
    groep_van(
        "26",
        t("Juristen, schrijvers, kunstenaars en sociaal werkers", "Lawyers, writers, artists and social workers"),
        &["A", "S", "I"],
        &[LEZEN_SCHRIJVEN, BEELDSCHERM, TIJDSDRUK],
    ),
    // Hands-on technical work (R), measuring, testing and finding faults (I).
    groep_van(
        "31",
        t("Technici in techniek, bouw en vervoer", "Technicians in engineering, construction and transport"),
        &["R", "I"],
        &[MACHINES, DIENSTEN, BEELDSCHERM],
    ),
    // Helping patients and animals (S) with practical and technical care (R).
    groep_van(
        "32",
        t("Assistenten en technici in de zorg", "Assistants and technicians in health care"),
        &["S", "R"],
        &[MENSEN, LANG_STAAN, TIJDSDRUK],
    ),
    // Keeping accounts, files and rules in order (C), buying, selling and dealing (E).
    groep_van(
        "33",
        t("Medewerkers in handel, geldzaken en overheid", "Staff in trade, finance and government"),
        &["C", "E"],
        &[BEELDSCHERM, KLANTEN, TIJDSDRUK],
    ),
    // Social, sports and welfare work (S), culture, design and cooking (A).
    groep_van(
        "34",
        t("Medewerkers in welzijn, sport en cultuur", "Staff in welfare, sport and culture"),
        &["S", "A"],
        &[MENSEN, AVOND_WEEKEND, LOSSE_OPDRACHTEN],
    ),
    // Keeping computers, networks, sound and image working (R), by procedures (C).
    groep_van(
        "35",
        t("Technici in ICT en media", "Technicians in IT and media"),
        &["R", "C"],
        &[BEELDSCHERM, TIJDSDRUK, DIENSTEN],
    ),
    // Office and secretarial work: keeping things in order (C).
    groep_van(
        "41",
        t("Kantoorwerk en secretariaat", "Office and secretarial work"),
        &["C"],
        &[BEELDSCHERM, LANG_ZITTEN, HERHALEN],
    ),
    // Handling payments, bookings and questions by the rules (C), helping customers (S).
    groep_van(
        "42",
        t("Medewerkers klantcontact: balie, kassa en telefoon", "Customer contact staff: desk, till and phone"),
        &["C", "S"],
        &[KLANTEN, BEELDSCHERM, TIJDSDRUK],
    ),
    // Recording figures, stock and transport (C).
    groep_van(
        "43",
        t("Medewerkers voor cijfers, voorraad en planning", "Staff for figures, stock and planning"),
        &["C"],
        &[BEELDSCHERM, LANG_ZITTEN, TIJDSDRUK],
    ),
    // Post, archives, libraries and staff files (C).
    groep_van(
        "44",
        t("Medewerkers post, archief en bibliotheek", "Staff for post, archives and libraries"),
        &["C"],
        &[BEELDSCHERM, HERHALEN],
    ),
    // Serving and looking after people (S): cooks, waiters, hairdressers, guides; hands-on (R).
    groep_van(
        "51",
        t("Koks, obers, kappers en andere dienstverleners", "Cooks, waiters, hairdressers and other service workers"),
        &["S", "R"],
        &[LANG_STAAN, KLANTEN, AVOND_WEEKEND, TIJDSDRUK],
    ),
    // Selling (E) and helping customers choose (S).
    groep_van("52", t("Verkopers in winkels en aan de kassa", "Sales staff in shops and at the till"), &["E", "S"], &[LANG_STAAN, KLANTEN, AVOND_WEEKEND]),
    // Caring for children, pupils and people who need help (S), with practical care (R).
    groep_van(
        "53",
        t("Verzorgenden, oppassen en onderwijsassistenten", "Care workers, childminders and teaching assistants"),
        &["S", "R"],
        &[MENSEN, VAAK_TILLEN, DIENSTEN],
    ),
    // Guarding, rescuing and keeping order (R), for and among people (S).
    groep_van(
        "54",
        t("Beveiliging, brandweer en politie", "Security, fire service and police"),
        &["R", "S"],
        &[DIENSTEN, BUITEN, VEEL_LOPEN, HEFTIG],
    ),
    // Growing crops and keeping animals (R), often as a business of your own (E).
    groep_van(
        "61",
        t("Boeren, tuinders en hoveniers", "Farmers, growers and gardeners"),
        &["R", "E"],
        &[BUITEN, ZWAAR_TILLEN, BUKKEN, LANGE_DAGEN],
    ),
    // Fishing, fish farming and forestry: work with nature and equipment (R).
    groep_van(
        "62",
        t("Vissers, viskwekers en bosbouwers", "Fishers, fish farmers and foresters"),
        &["R"],
        &[BUITEN, ZWAAR_TILLEN, VAN_HUIS],
    ),
    // Growing or catching food to live on, without employer or wage: no theme leads here.
    Beroepsgroep {
        code: "63",
        naam: t("Boeren en vissers voor eigen gebruik", "Farmers and fishers for their own use"),
        themas: &[],
        buiten_bereik: Some(t(
            "Dit is werk om te leven van wat je zelf verbouwt of vangt. Er is geen werkgever en geen loon. Daarom past het niet bij een thema.",
            "This is work to live on what you grow or catch yourself. There is no employer and no wage. So it does not fit a theme.",
        )),
        let_op: &[BUITEN, ZWAAR_TILLEN],
    },
    // Building and finishing buildings by hand (R).
    groep_van("71", t("Vakmensen in de bouw", "Construction trades"), &["R"], &[BUITEN, ZWAAR_TILLEN, BUKKEN, HOOGTE]),
    // Making, fitting and repairing metal parts and machines (R), to drawings and measures (C).
    groep_van(
        "72",
        t("Vakmensen in metaal en machines", "Metal and machine trades"),
        &["R", "C"],
        &[LANG_STAAN, LAWAAI, MACHINES, ZWAAR_TILLEN],
    ),
    // Crafts and printing (R), with an eye for form (A).
    groep_van(
        "73",
        t("Vakmensen in ambacht en drukwerk", "Craft and printing trades"),
        &["R", "A"],
        &[AANDACHT, LANG_STAAN],
    ),
    // Installing and repairing electrics (R), finding faults (I).
    groep_van(
        "74",
        t("Elektriciens en monteurs van elektronica", "Electricians and electronics technicians"),
        &["R", "I"],
        &[ANDERE_PLEKKEN, BUKKEN, MACHINES],
    ),
    // Food, wood and clothing trades (R), making things by hand (A), checking quality (C).
    groep_van(
        "75",
        t("Vakmensen in voeding, hout en kleding", "Trades in food, wood and clothing"),
        &["R", "A", "C"],
        &[LANG_STAAN, HERHALEN, LAWAAI],
    ),
    // Running machines in factories and plants (R), by fixed steps (C).
    groep_van(
        "81",
        t("Machinebedieners in fabrieken", "Machine operators in factories"),
        &["R", "C"],
        &[LANG_STAAN, DIENSTEN, LAWAAI, HERHALEN],
    ),
    // Putting products together (R), by fixed steps (C).
    groep_van(
        "82",
        t("Montage: producten in elkaar zetten", "Assembly: putting products together"),
        &["R", "C"],
        &[LANG_STAAN, HERHALEN, TIJDSDRUK],
    ),
    // Driving and moving vehicles, ships and machines (R).
    groep_van(
        "83",
        t("Chauffeurs, machinisten en matrozen", "Drivers, machine operators and deckhands"),
        &["R"],
        &[ACHTER_HET_STUUR, DIENSTEN, ALLEEN, TIJDSDRUK],
    ),
    // Cleaning and helping in homes and buildings (R).
    groep_van(
        "91",
        t("Schoonmakers en hulpen in huis", "Cleaners and helpers in the home"),
        &["R"],
        &[VEEL_LOPEN, BUKKEN, DIENSTEN, ALLEEN],
    ),
    // Helping on farms, in gardens, forests and fishing (R).
    groep_van(
        "92",
        t("Hulpkrachten in land- en tuinbouw en visserij", "Helpers in farming, gardening and fishing"),
        &["R"],
        &[BUITEN, ZWAAR_TILLEN, BUKKEN, HERHALEN],
    ),
    // Helping in construction, factories, warehouses and transport (R).
    groep_van(
        "93",
        t("Hulpkrachten in bouw, fabriek, magazijn en vervoer", "Helpers in construction, factories, warehouses and transport"),
        &["R"],
        &[ZWAAR_TILLEN, VEEL_LOPEN, TIJDSDRUK, DIENSTEN],
    ),
    // Preparing food (R), by fixed steps and hygiene rules (C).
    groep_van(
        "94",
        t("Keukenhulpen en medewerkers fastfood", "Kitchen helpers and fast food workers"),
        &["R", "C"],
        &[LANG_STAAN, TIJDSDRUK, AVOND_WEEKEND, WARM_KOUD],
    ),
    // Selling on the street or at markets (E), delivering leaflets on foot (R).
    groep_van(
        "95",
        t("Verkopen op de markt en folders bezorgen", "Selling at markets and delivering leaflets"),
        &["E", "R"],
        &[BUITEN, VEEL_LOPEN, VAAK_TILLEN],
    ),
    // Collecting waste, carrying, odd jobs and door work (R).
    groep_van(
        "96",
        t("Afvalophalers, portiers en klusjesmensen", "Waste collectors, door staff and handypersons"),
        &["R"],
        &[VEEL_LOPEN, BUITEN, VAAK_TILLEN],
    ),
];
