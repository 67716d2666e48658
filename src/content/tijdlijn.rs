//! Texts for the personal timeline (#/tijdlijn), Dutch (B1) and English.

use crate::domain::taal::Taal;
use crate::domain::tekst::{t, Tekst};
use crate::domain::tijdlijn::datum::{Datum, DatumFout, Weekdag};
use crate::domain::tijdlijn::engine::{Mijlpaal, MijlpaalId, Reden, Spoor, Status, Tijdlijn, Zekerheid};
use crate::domain::tijdlijn::formulier::{Probleem, Veld};

// Teksten voor de persoonlijke tijdlijn (#/tijdlijn).
// Bron voor alle feiten: shared/reference/poortwachter.md. Inhoud bijgewerkt: november 2026.
// Punten die de bron als UNCONFIRMED markeert, staan in `onbevestigd` (of in de tekst zelf)
// en eindigen altijd met "Controleer dit bij je casemanager of UWV." /
// "Check this with your casemanager or UWV."

/// Routes van de zelfreflectie-modules waar een tekst naar mag verwijzen.
pub const MODULES: [&str; 7] =
    ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis"];

// ---------------------------------------------------------------------------------------------
// 1. Mijlpalen
// ---------------------------------------------------------------------------------------------

/// One of each kind of milestone, in timeline order (the evaluations share one text).
pub const ALLE_MIJLPALEN: [MijlpaalId; 20] = [
    MijlpaalId::Ziekmelding,
    MijlpaalId::ArbodienstGemeld,
    MijlpaalId::VervroegdeIvaVanaf,
    MijlpaalId::Probleemanalyse,
    MijlpaalId::PlanVanAanpak,
    MijlpaalId::Evaluatie(1),
    MijlpaalId::WeekmeldingUwv,
    MijlpaalId::EerstejaarsevaluatieVenster,
    MijlpaalId::Eerstejaarsevaluatie,
    MijlpaalId::UitersteStartTweedeSpoor,
    MijlpaalId::VervroegdeIvaTot,
    MijlpaalId::VervroegdeIvaStart,
    MijlpaalId::WiaBrief,
    MijlpaalId::Eindevaluatie,
    MijlpaalId::WiaAanvraagUiterlijk,
    MijlpaalId::EindeWachttijd,
    MijlpaalId::WiaStart,
    MijlpaalId::LoonsanctieEinde,
    MijlpaalId::VerlengingEinde,
    MijlpaalId::EindeDienstverband,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MijlpaalTekst {
    pub titel: Tekst,
    /// Wie is aan zet.
    pub wie: Tekst,
    /// Wat er gebeurt.
    pub wat: Tekst,
    /// Wat je zelf kunt doen of vragen (1 tot 3 korte zinnen of vragen).
    pub jij: Tekst,
    /// Wat er volgt als het niet (op tijd) gebeurt.
    pub gemist: Tekst,
    /// Alleen waar de bron iets als onbevestigd markeert; eindigt met de controlezin.
    pub onbevestigd: Option<Tekst>,
    /// Route van de zelfreflectie-module die bij dit moment past.
    pub module: Option<&'static str>,
}

/// The texts of a milestone; every evaluation shares one.
pub fn mijlpaal_tekst(id: MijlpaalId) -> MijlpaalTekst {
    use MijlpaalId::*;
    match id {
        Ziekmelding => MijlpaalTekst {
            titel: t!(
                "Ziekmelding (je meldt je ziek): je eerste ziektedag",
                "Ziekmelding (reporting sick): your first sick day",
            ),
            wie: t!(
                "Jij meldt je ziek bij je werkgever.",
                "You report sick to your employer.",
            ),
            wat: t!(
                "Je meldt je ziek zoals het verzuimprotocol zegt. Dat zijn de afspraken over ziek zijn in jouw bedrijf. \
                 Je werkgever mag vragen hoe lang het ongeveer duurt. Ook mag je werkgever vragen waar je bereikbaar bent. \
                 Wat je ziekte is, hoef je nooit te vertellen. \
                 Alle datums op deze tijdlijn tellen vanaf je eerste ziektedag.",
                "You report sick the way the verzuimprotocol (your company's rules for sickness) describes. \
                 Your employer may ask how long it will roughly take. Your employer may also ask where you can be reached. \
                 You never have to say what your illness is. \
                 All dates on this timeline count from your first sick day.",
            ),
            jij: t!(
                "Vraag om het verzuimprotocol als je het nog niet hebt. \
                 Noteer op welke dag je je ziek meldde. \
                 Welke datum gebruikt je werkgever als eerste ziektedag?",
                "Ask for the verzuimprotocol if you do not have it yet. \
                 Write down the day you reported sick. \
                 Which date does your employer use as your first sick day?",
            ),
            gemist: t!(
                "Het verzuimprotocol zegt hoe en wanneer je je ziek meldt. \
                 Wat er gebeurt als dat niet lukt, lees je bij ‘Over sancties’.",
                "The verzuimprotocol says how and when you report sick. \
                 What happens if that does not work out, you can read under ‘About sanctions’.",
            ),
            onbevestigd: Some(t!(
                "Werkte je op je eerste ziektedag nog een deel van de dag? \
                 Dan is niet zeker welke dag als eerste ziektedag telt. \
                 Kijk welke datum in de brieven van UWV staat. \
                 Controleer dit bij je casemanager of UWV.",
                "Did you still work part of your first sick day? \
                 Then it is not certain which day counts as your first sick day. \
                 Look at the date in the letters from UWV. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("zorgen"),
        },

        ArbodienstGemeld => MijlpaalTekst {
            titel: t!(
                "Je werkgever meldt je bij de arbodienst (hulp bij ziekte en werk)",
                "Your employer informs the arbodienst (occupational health service)",
            ),
            wie: t!("Je werkgever.", "Your employer."),
            wat: t!(
                "Je werkgever geeft je ziekmelding door aan de arbodienst of de bedrijfsarts. \
                 De bedrijfsarts is een arts die kijkt naar ziekte en werk. \
                 Meestal gebeurt dit in de eerste week. \
                 Dat is een gewoonte, geen vaste termijn in de wet.",
                "Your employer passes your sick report on to the arbodienst or the bedrijfsarts. \
                 The company doctor (bedrijfsarts) is a doctor who looks at illness and work. \
                 This usually happens in the first week. \
                 That is common practice, not a fixed legal deadline.",
            ),
            jij: t!(
                "Zorg dat je bereikbaar bent. \
                 Ga naar het spreekuur van de bedrijfsarts. \
                 Past de afspraak niet? Met een goede reden mag je om een andere afspraak vragen.",
                "Make sure you can be reached. \
                 Go to the consultation with the bedrijfsarts. \
                 Does the appointment not work for you? With a good reason you may ask for another one.",
            ),
            gemist: t!(
                "De wet noemt hier geen vaste week. \
                 De bedrijfsarts heeft wel tijd nodig voor de probleemanalyse (wat je nog kunt) in week 6. \
                 Daarom regelt je werkgever dit meestal in de eerste week.",
                "The law sets no fixed week for this. \
                 But the bedrijfsarts needs time for the probleemanalyse (problem analysis: what you can still do) in week 6. \
                 That is why your employer usually arranges this in the first week.",
            ),
            onbevestigd: None,
            module: Some("zorgen"),
        },

        VervroegdeIvaVanaf => MijlpaalTekst {
            titel: t!(
                "Vervroegde IVA: aanvragen kan vanaf nu",
                "Vervroegde IVA (early full-disability benefit): you can apply from now on",
            ),
            wie: t!(
                "Jij vraagt het aan bij UWV, niet je werkgever. Je hebt een verklaring van je bedrijfsarts nodig.",
                "You apply to UWV yourself, not your employer. You need a statement from your company doctor (bedrijfsarts).",
            ),
            wat: t!(
                "De IVA is een uitkering voor mensen die volledig en blijvend niet kunnen werken. \
                 Er is dan weinig of geen kans op herstel. \
                 Na 3 weken ziekte kun je de IVA al eerder aanvragen. \
                 Dat heet vervroegde IVA.",
                "The IVA is a benefit for people who fully and permanently cannot work. \
                 There is little or no chance of recovery. \
                 After 3 weeks of sickness you can already apply for the IVA early. \
                 This is called vervroegde IVA (early IVA).",
            ),
            jij: t!(
                "Vraag je bedrijfsarts of dit bij jouw situatie past. \
                 Je kunt het maar 1 keer aanvragen. \
                 Vraag het daarom alleen aan als je bedrijfsarts het zinvol vindt.",
                "Ask your bedrijfsarts whether this fits your situation. \
                 You can apply only once. \
                 So only apply if your bedrijfsarts thinks it makes sense.",
            ),
            gemist: t!(
                "Dit is geen plicht. \
                 Vraag je het niet aan? Dan volg je de gewone route van 104 weken.",
                "This is not a duty. \
                 If you do not apply, you follow the normal route of 104 weeks.",
            ),
            onbevestigd: None,
            module: Some("zorgen"),
        },

        Probleemanalyse => MijlpaalTekst {
            titel: t!("Probleemanalyse (wat kun je nog, en wat niet)", "Probleemanalyse (problem analysis)"),
            wie: t!(
                "Je bedrijfsarts schrijft de probleemanalyse. Je werkgever vraagt erom en let op de termijn.",
                "Your company doctor (bedrijfsarts) writes the probleemanalyse. \
                 Your employer asks for it and keeps an eye on the deadline.",
            ),
            wat: t!(
                "Denkt de bedrijfsarts dat je lang ziek blijft? Dan beschrijft de arts je situatie. \
                 Er staat in wat je kunt en wat (nog) niet. \
                 Ook staat er een verwachting en een advies over werk in. \
                 Dit is uiterlijk in week 6 klaar. \
                 Blijkt pas later dat je lang ziek blijft? Dan volgt de analyse zodra dat duidelijk is.",
                "Does the bedrijfsarts expect you to be sick for a long time? Then the doctor describes your situation. \
                 It says what you can do and what you cannot do (yet). \
                 It also gives an outlook and advice about work. \
                 It is ready in week 6 at the latest. \
                 If it only becomes clear later that you will be sick for a long time, the analysis follows as soon as that is clear.",
            ),
            jij: t!(
                "Vraag om een kopie. \
                 Kijk of het advies over wat je kunt haalbaar voelt. \
                 Twijfel je aan het medische oordeel? Dan kun je een second opinion vragen: het oordeel van een andere bedrijfsarts.",
                "Ask for a copy. \
                 Check whether the advice about what you can do feels realistic. \
                 Do you doubt the medical opinion? Then you can ask for a second opinion: the view of another bedrijfsarts.",
            ),
            gemist: t!(
                "Er volgt geen boete. \
                 Maar een late of ontbrekende analyse is een fout in het dossier. \
                 UWV kan je werkgever daarvoor later een loonsanctie geven. \
                 Dan betaalt je werkgever je loon langer door.",
                "There is no fine. \
                 But a late or missing analysis is a gap in the file. \
                 UWV can later give your employer a loonsanctie (wage sanction) for it. \
                 Your employer then keeps paying your wages for longer.",
            ),
            onbevestigd: Some(t!(
                "Was je eerder ziek, met minder dan 4 weken beter ertussen? \
                 Dan tellen die periodes samen. \
                 Of de week 6 dan ook opschuift, is niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "Were you sick before, with less than 4 weeks of being well in between? \
                 Then those periods are added together. \
                 Whether week 6 then also moves is not certain. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("energie"),
        },

        PlanVanAanpak => MijlpaalTekst {
            titel: t!("Plan van aanpak (jullie plan om weer te werken)", "Plan van aanpak (return-to-work plan)"),
            wie: t!(
                "Jij en je werkgever maken het plan samen. De casemanager houdt het overzicht. Dat is de persoon die je re-integratie regelt.",
                "You and your employer make the plan together. The casemanager keeps track of it. \
                 That is the person who arranges your re-integration.",
            ),
            wat: t!(
                "In het plan staan afspraken over je terugkeer naar werk. \
                 Wat is het doel? Wat gaan jullie doen, wie doet wat en wanneer? \
                 Ook jouw eigen kijk komt erin, en die van je werkgever. \
                 Het plan is klaar binnen 2 weken na de probleemanalyse. \
                 Dat is uiterlijk in week 8.",
                "The plan holds agreements about your return to work. \
                 What is the goal? What will you do, who does what, and when? \
                 Your own view goes into it too, and so does your employer's. \
                 The plan is ready within 2 weeks after the probleemanalyse (problem analysis). \
                 That is in week 8 at the latest.",
            ),
            jij: t!(
                "Vraag of jouw eigen kijk in het plan staat. \
                 Ben je het ergens niet mee eens? Schrijf dat op voordat je tekent. \
                 Vraag een kopie van elke versie.",
                "Ask whether your own view is in the plan. \
                 Do you disagree with something? Write that down before you sign. \
                 Ask for a copy of every version.",
            ),
            gemist: t!(
                "Is het plan te laat of ontbreekt het? Dan kan je werkgever later een loonsanctie krijgen.",
                "Is the plan late or missing? Then your employer may later get a loonsanctie (wage sanction).",
            ),
            onbevestigd: Some(t!(
                "Was je eerder ziek, met minder dan 4 weken beter ertussen? \
                 Dan tellen die periodes samen. \
                 Of de week 8 dan ook opschuift, is niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "Were you sick before, with less than 4 weeks of being well in between? \
                 Then those periods are added together. \
                 Whether week 8 then also moves is not certain. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("wat-kan-ik"),
        },

        Evaluatie(_) => MijlpaalTekst {
            titel: t!("Evaluatie van het plan", "Evaluatie (review of the plan)"),
            wie: t!(
                "Jij en je werkgever. De bedrijfsarts kijkt ook regelmatig mee.",
                "You and your employer. The company doctor (bedrijfsarts) also looks at it regularly.",
            ),
            wat: t!(
                "Minstens 1 keer per 6 weken bespreken jullie hoe het gaat. \
                 Jullie schrijven op wat er gebeurd is. \
                 Past het plan niet meer? Dan passen jullie het aan. \
                 Dit gaat door tot week 104.",
                "At least once every 6 weeks you talk about how things are going. \
                 You write down what has happened. \
                 Does the plan no longer fit? Then you change it together. \
                 This goes on until week 104.",
            ),
            jij: t!(
                "Vraag om een verslag van elk gesprek. \
                 Verandert wat je kunt? Vraag dan om het plan aan te passen. \
                 Houd zelf een logboek bij: wie, wanneer en welke afspraak.",
                "Ask for written notes of every talk. \
                 Does what you can do change? Then ask to adjust the plan. \
                 Keep your own log: who, when and what was agreed.",
            ),
            gemist: t!(
                "Ontbreekt een verslag? Dan mist er iets in het re-integratieverslag. \
                 Dat is het dossier over je re-integratie dat UWV later controleert. \
                 Je werkgever kan dan een loonsanctie krijgen.",
                "Is a report missing? Then something is missing from the re-integratieverslag. \
                 That is the file about your re-integration that UWV checks later. \
                 Your employer may then get a loonsanctie (wage sanction).",
            ),
            onbevestigd: None,
            module: Some("stappen"),
        },

        WeekmeldingUwv => MijlpaalTekst {
            titel: t!(
                "42e-weeksmelding bij UWV (melding na 42 weken ziekte)",
                "42e-weeksmelding (report to UWV after 42 weeks)",
            ),
            wie: t!(
                "Je werkgever meldt bij UWV dat je nog ziek bent.",
                "Your employer tells UWV that you are still sick.",
            ),
            wat: t!(
                "Ben je na 42 weken nog helemaal of voor een deel ziek? Dan meldt je werkgever dat bij UWV. \
                 Je werkgever moet dit uiterlijk op de eerste werkdag na week 42 doen. \
                 Tellen eerdere ziekteperiodes samen? Dan telt je werkgever die weken mee. \
                 Daarna stuurt UWV jou en je werkgever informatie over de eerstejaarsevaluatie.",
                "Are you still fully or partly sick after 42 weeks? Then your employer reports this to UWV. \
                 Your employer must do this on the first working day after week 42 at the latest. \
                 Are earlier periods of sickness added together? Then your employer counts those weeks too. \
                 After that, UWV sends you and your employer information about the eerstejaarsevaluatie (first-year review).",
            ),
            jij: t!(
                "Vraag je werkgever of de melding gedaan is. \
                 Krijg je later geen brieven van UWV? Neem dan zelf contact op met UWV.",
                "Ask your employer whether the report has been made. \
                 If you do not receive any letters from UWV later on, contact UWV yourself.",
            ),
            gemist: t!(
                "Je werkgever kan een boete krijgen van ten hoogste ongeveer €455. \
                 Een loonsanctie volgt hier niet uit. \
                 Zonder melding start UWV zijn eigen stappen niet. \
                 Je krijgt dan bijvoorbeeld geen brief over de WIA: de uitkering na 104 weken ziekte.",
                "Your employer can get a fine of up to about €455. \
                 This does not lead to a loonsanctie (wage sanction). \
                 Without the report, UWV does not start its own steps. \
                 For example, you then get no letter about the WIA: the benefit after 104 weeks of sickness.",
            ),
            onbevestigd: Some(t!(
                "Valt de datum in het weekend of op een feestdag? \
                 Dan schuift de melding naar de volgende werkdag. \
                 Welke feestdagen precies meetellen, is niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "Does the date fall on a weekend or a public holiday? \
                 Then the report moves to the next working day. \
                 Which holidays count exactly is not certain. \
                 Check this with your casemanager or UWV.",
            )),
            module: None,
        },

        EerstejaarsevaluatieVenster => MijlpaalTekst {
            titel: t!(
                "De eerstejaarsevaluatie (gesprek na 1 jaar) komt eraan",
                "The eerstejaarsevaluatie (first-year review) is coming up",
            ),
            wie: t!(
                "Je werkgever plant het gesprek. Jij bereidt je eigen kijk voor.",
                "Your employer plans the meeting. You prepare your own view.",
            ),
            wat: t!(
                "De eerstejaarsevaluatie is een groot gesprek over je eerste ziektejaar. \
                 Meestal vindt die plaats tussen week 46 en week 52. \
                 Die periode is een advies van UWV, geen vaste termijn in de wet. \
                 Tussen week 42 en week 52 stuurt UWV je er een brief over.",
                "The eerstejaarsevaluatie is a big conversation about your first year of sickness. \
                 It usually takes place between week 46 and week 52. \
                 That period is UWV guidance, not a fixed legal deadline. \
                 Between week 42 and week 52, UWV sends you a letter about it.",
            ),
            jij: t!(
                "Schrijf op hoe jij het afgelopen jaar ziet. \
                 Wat wil je voor de toekomst? \
                 Vraag op tijd om een arbeidsdeskundig onderzoek: een onderzoek naar welk werk bij je past.",
                "Write down how you see the past year. \
                 What do you want for the future? \
                 Ask in good time for an arbeidsdeskundig onderzoek: a study of which work suits you.",
            ),
            gemist: t!(
                "Dit is nog geen termijn. \
                 Maar komt het arbeidsdeskundig onderzoek laat? Dan kan ook het tweede spoor te laat starten.",
                "This is not a deadline yet. \
                 But if the arbeidsdeskundig onderzoek comes late, the tweede spoor (second track) can also start too late.",
            ),
            onbevestigd: Some(t!(
                "Was je eerder ziek, met minder dan 4 weken beter ertussen? \
                 Dan tellen die periodes samen. \
                 Of deze weken dan ook opschuiven, is niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "Were you sick before, with less than 4 weeks of being well in between? \
                 Then those periods are added together. \
                 Whether these weeks then also move is not certain. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("wat-wil-ik"),
        },

        Eerstejaarsevaluatie => MijlpaalTekst {
            titel: t!("Eerstejaarsevaluatie (gesprek na 1 jaar)", "Eerstejaarsevaluatie (first-year review)"),
            wie: t!(
                "Jij en je werkgever, met advies van de bedrijfsarts. \
                 Vaak denkt ook een arbeidsdeskundige mee: iemand die kijkt welk werk bij je past.",
                "You and your employer, with advice from the company doctor (bedrijfsarts). \
                 Often an arbeidsdeskundige takes part too: an expert who looks at which work suits you.",
            ),
            wat: t!(
                "Jullie kijken terug: wat spraken jullie af en wat is gelukt? \
                 Daarna kijken jullie vooruit. \
                 Kun je weer werken bij je eigen werkgever? Dat heet het eerste spoor. \
                 Is dat niet haalbaar? Dan besluiten jullie over het tweede spoor: werk bij een andere werkgever. \
                 Jouw kijk en die van je werkgever komen op papier.",
                "You look back: what did you agree and what worked out? \
                 Then you look ahead. \
                 Can you work again with your own employer? That is called the eerste spoor (first track). \
                 Is that not realistic? Then you decide on the tweede spoor (second track): work with another employer. \
                 Your view and your employer's view are written down.",
            ),
            jij: t!(
                "Is mijn eigen werk of ander werk hier binnen 3 maanden haalbaar? \
                 Zo niet: wanneer start het tweede spoor? \
                 Wie begeleidt mij daarbij?",
                "Is my own work, or other work here, realistic within 3 months? \
                 If not: when does the second track start? \
                 Who will guide me in it?",
            ),
            gemist: t!(
                "Ontbreekt de evaluatie of is die mager? Dan loopt je werkgever risico op een loonsanctie. \
                 Een te laat besluit over het tweede spoor is daarvoor een veelvoorkomende reden.",
                "Is the review missing or thin? Then your employer risks a loonsanctie (wage sanction). \
                 A late decision about the second track is a common reason for one.",
            ),
            onbevestigd: None,
            module: Some("wat-wil-ik"),
        },

        UitersteStartTweedeSpoor => MijlpaalTekst {
            titel: t!(
                "Uiterste start van het tweede spoor (werk zoeken bij een andere werkgever)",
                "Latest start of the tweede spoor (second track)",
            ),
            wie: t!(
                "Je werkgever start het tweede spoor en blijft verantwoordelijk. \
                 Vaak huurt je werkgever een re-integratiebedrijf in: een bedrijf dat helpt bij werk zoeken. Jij werkt mee.",
                "Your employer starts the second track and stays responsible. \
                 Often your employer hires a re-integratiebedrijf: a company that helps with finding work. You take part.",
            ),
            wat: t!(
                "Kun je niet blijvend terug bij je eigen werkgever? Dan start het tweede spoor zodra dat duidelijk is. \
                 Dat kan ook ruim voor week 52 zijn. \
                 De laatste startdatum is 6 weken na de eerstejaarsevaluatie. \
                 Meestal loopt het eerste spoor gewoon door. \
                 Er zijn 3 uitzonderingen. Die lees je in de uitleg over het tweede spoor.",
                "Can you not return for good with your own employer? Then the second track starts as soon as that is clear. \
                 That can be well before week 52. \
                 The latest start date is 6 weeks after the eerstejaarsevaluatie (first-year review). \
                 Usually the first track simply continues. \
                 There are 3 exceptions. You can read them in the explanation about the second track.",
            ),
            jij: t!(
                "Vraag wie je gaat begeleiden en wat het plan is. \
                 Start het tweede spoor niet? Vraag dan waarom. \
                 Kom je er samen niet uit? Dan kun je UWV om een deskundigenoordeel vragen.",
                "Ask who will guide you and what the plan is. \
                 Does the second track not start? Then ask why. \
                 If you cannot work it out together, you can ask UWV for a deskundigenoordeel (independent expert opinion).",
            ),
            gemist: t!(
                "Start het tweede spoor te laat, niet of niet goed? Dan kan UWV je werkgever een loonsanctie geven.",
                "Does the second track start too late, not at all, or not properly? \
                 Then UWV can give your employer a loonsanctie (wage sanction).",
            ),
            onbevestigd: Some(t!(
                "Leidt een late start altijd tot een loonsanctie? Dat is niet zeker. \
                 UWV kijkt vaak of er echt kansen zijn gemist. \
                 Controleer dit bij je casemanager of UWV.",
                "Does a late start always lead to a loonsanctie? That is not certain. \
                 UWV often looks at whether chances were really missed. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("verlies-en-betekenis"),
        },

        VervroegdeIvaTot => MijlpaalTekst {
            titel: t!(
                "Vervroegde IVA: laatste moment om aan te vragen",
                "Vervroegde IVA (early full-disability benefit): last moment to apply",
            ),
            wie: t!(
                "Jij, met een verklaring van je bedrijfsarts.",
                "You, with a statement from your company doctor (bedrijfsarts).",
            ),
            wat: t!(
                "Je kunt de vervroegde IVA aanvragen tot je 68 weken ziek bent. \
                 Het is alleen bedoeld als je volledig en blijvend niet kunt werken. \
                 Je kunt het maar 1 keer aanvragen.",
                "You can apply for the vervroegde IVA until you have been sick for 68 weeks. \
                 It is only meant for people who fully and permanently cannot work. \
                 You can apply only once.",
            ),
            jij: t!(
                "Twijfel je? Bespreek het dan op tijd met je bedrijfsarts. \
                 Past het niet bij je situatie? Dan hoef je niets te doen.",
                "Are you unsure? Then discuss it with your bedrijfsarts in good time. \
                 Does it not fit your situation? Then you do not need to do anything.",
            ),
            gemist: t!(
                "Na 68 weken kan het niet meer. \
                 Dan volg je de gewone route van 104 weken.",
                "After 68 weeks it is no longer possible. \
                 You then follow the normal route of 104 weeks.",
            ),
            onbevestigd: Some(t!(
                "Bronnen verschillen over de precieze laatste dag. \
                 UWV zegt: voordat je 68 weken ziek bent. \
                 Houd daarom een paar weken ruimte aan. \
                 Controleer dit bij je casemanager of UWV.",
                "Sources differ on the exact last day. \
                 UWV says: before you have been sick for 68 weeks. \
                 So leave a few weeks of room. \
                 Check this with your casemanager or UWV.",
            )),
            module: None,
        },

        VervroegdeIvaStart => MijlpaalTekst {
            titel: t!(
                "Vervroegde IVA: mogelijke start",
                "Vervroegde IVA (early full-disability benefit): possible start",
            ),
            wie: t!("UWV beslist over je aanvraag.", "UWV decides on your application."),
            wat: t!(
                "Krijg je de vervroegde IVA? Dan start de uitkering 10 weken na je aanvraag. \
                 Je blijft gewoon in dienst. \
                 Je werkgever betaalt je loon door. Maar je werkgever mag de IVA-uitkering daar wel van aftrekken.",
                "Is the vervroegde IVA granted? Then the benefit starts 10 weeks after your application. \
                 You stay employed. \
                 Your employer keeps paying your wages, but may offset the IVA against them.",
            ),
            jij: t!(
                "Vraag je werkgever hoe de verrekening (het aftrekken van de IVA) met je loon werkt. \
                 Bewaar de brieven van UWV.",
                "Ask your employer how the verrekening (offset: taking the IVA off your wages) works. \
                 Keep the letters from UWV.",
            ),
            gemist: t!(
                "Dit is geen termijn voor jou. Je hoeft hier zelf niets voor te doen.",
                "This is not a deadline for you. You do not need to do anything for it.",
            ),
            onbevestigd: None,
            module: None,
        },

        WiaBrief => MijlpaalTekst {
            titel: t!(
                "Brief van UWV (de uitkeringsinstantie) over de WIA (de uitkering na 2 jaar ziekte)",
                "Letter from UWV (the benefits agency) about the WIA (the benefit after 2 years of sickness)",
            ),
            wie: t!(
                "UWV stuurt jou een brief. Je werkgever krijgt een kopie.",
                "UWV sends you a letter. Your employer gets a copy.",
            ),
            wat: t!(
                "Na ongeveer 88 weken ziekte krijg je een brief van UWV. \
                 Het gaat over de WIA: de uitkering na 104 weken ziekte. \
                 In de brief staat de laatste datum om de WIA aan te vragen. \
                 Vanaf nu kun je de aanvraag doen. \
                 De datum op je tijdlijn is een schatting.",
                "After about 88 weeks of sickness you get a letter from UWV. \
                 It is about the WIA: the benefit after 104 weeks of sickness. \
                 The letter gives the last date to apply for the WIA. \
                 From now on you can apply. \
                 The date on your timeline is an estimate.",
            ),
            jij: t!(
                "Bewaar de brief goed en zet de laatste datum in je agenda. \
                 Verzamel samen met je werkgever de stukken voor het re-integratieverslag: je dossier voor UWV.",
                "Keep the letter safe and put the last date in your calendar. \
                 Together with your employer, gather the documents for the re-integratieverslag: your file for UWV.",
            ),
            gemist: t!(
                "Kwam de brief te laat? Vraag je binnen 4 weken na de brief aan? Dan is je aanvraag toch op tijd. \
                 Kreeg je rond week 89 nog geen brief? Neem dan contact op met UWV.",
                "Did the letter come late? If you apply within 4 weeks after the letter, your application still counts as on time. \
                 Have you had no letter by around week 89? Then contact UWV.",
            ),
            onbevestigd: None,
            module: Some("stappen"),
        },

        Eindevaluatie => MijlpaalTekst {
            titel: t!(
                "Eindevaluatie (terugblik) en actueel oordeel (nieuw advies over wat je kunt)",
                "Eindevaluatie (final review) and actueel oordeel (new assessment of what you can do)",
            ),
            wie: t!(
                "Je werkgever schrijft de eindevaluatie, samen met jou. De bedrijfsarts schrijft een actueel oordeel.",
                "Your employer writes the eindevaluatie, together with you. \
                 The company doctor (bedrijfsarts) writes an actueel oordeel.",
            ),
            wat: t!(
                "In de eindevaluatie staat hoe je re-integratie ervoor staat. \
                 Het actueel oordeel is een nieuw advies van de bedrijfsarts. \
                 Beide stukken gaan mee met je WIA-aanvraag. \
                 Ze zijn uiterlijk in week 91 klaar.",
                "The eindevaluatie describes where your re-integration stands. \
                 The actueel oordeel is a new opinion from the bedrijfsarts. \
                 Both documents go with your WIA application. \
                 They are ready in week 91 at the latest.",
            ),
            jij: t!(
                "Schrijf je eigen kijk op. \
                 Lees de eindevaluatie goed voordat je tekent. \
                 Klopt er iets niet? Vraag om een aanpassing of schrijf je opmerking erbij.",
                "Write down your own view. \
                 Read the eindevaluatie carefully before you sign. \
                 Is something wrong? Ask for a change or add your comment.",
            ),
            gemist: t!(
                "Ontbreken er stukken? Dan kan UWV je werkgever een loonsanctie geven. \
                 Ook kan UWV de behandeling van je WIA-aanvraag uitstellen.",
                "Are documents missing? Then UWV can give your employer a loonsanctie (wage sanction). \
                 UWV can also put your WIA application on hold.",
            ),
            onbevestigd: None,
            module: Some("stappen"),
        },

        WiaAanvraagUiterlijk => MijlpaalTekst {
            titel: t!(
                "WIA aanvragen: laatste datum",
                "Applying for WIA (disability benefit): last date",
            ),
            wie: t!(
                "Jij vraagt de WIA zelf aan, via Mijn UWV: je eigen pagina bij UWV. Je logt in met DigiD, de inlogcode van de overheid. \
                 Je werkgever zorgt voor het re-integratieverslag en je loongegevens.",
                "You apply for the WIA yourself, through Mijn UWV: your own page at UWV. You log in with DigiD, the government login. \
                 Your employer provides the re-integratieverslag (re-integration report) and your wage details.",
            ),
            wat: t!(
                "Je moet de WIA uiterlijk aan het eind van week 93 aanvragen. \
                 Dat is 11 weken voor het einde van de 104 weken. \
                 UWV kijkt eerst of er genoeg aan je re-integratie is gedaan. \
                 Daarna kijken 2 mensen van UWV naar je situatie: een verzekeringsarts (arts) en een arbeidsdeskundige (kent werk en belasting). \
                 UWV beslist meestal binnen 8 weken. Soms duurt het langer.",
                "You must apply for the WIA by the end of week 93 at the latest. \
                 That is 11 weeks before the end of the 104 weeks. \
                 UWV first checks whether enough was done for your re-integration. \
                 Then 2 people from UWV look at your situation: a verzekeringsarts (doctor) and an arbeidsdeskundige (expert in work and capacity). \
                 UWV usually decides within 8 weeks. Sometimes it takes longer.",
            ),
            jij: t!(
                "Doe de aanvraag zelf. Je casemanager kan dit niet voor je doen. \
                 Bewaar het bewijs dat je de aanvraag hebt verstuurd.",
                "Send the application yourself. Your casemanager cannot do this for you. \
                 Keep proof that you sent the application.",
            ),
            gemist: t!(
                "Vraag je te laat aan zonder goede reden? Dan kan je uitkering later starten. \
                 Je werkgever mag dan stoppen met het betalen van je loon.",
                "Do you apply too late without a good reason? Then your benefit may start later. \
                 Your employer may then stop paying your wages.",
            ),
            onbevestigd: None,
            module: None,
        },

        EindeWachttijd => MijlpaalTekst {
            titel: t!(
                "Einde van je loondoorbetaling (loon tijdens ziekte) na 104 weken",
                "End of your sick pay (loondoorbetaling) after 104 weeks",
            ),
            wie: t!(
                "Je werkgever betaalt je loon door tot en met deze dag: minstens 70%. Meedoen aan het tweede spoor verandert daar niets aan. \
                 UWV beslist over je WIA-uitkering. Vragen over je loon? \
                 Ben je lid van een vakbond (vereniging van werknemers)? Die helpt je. \
                 Ook Het Juridisch Loket (hulp bij vragen over je rechten) kan helpen. Persoonlijk advies is daar gratis bij een laag inkomen.",
                "Your employer keeps paying your wages up to and including this day: at least 70%. Taking part in the second track does not change that. \
                 UWV decides on your WIA benefit. Questions about your pay? \
                 Are you a member of a vakbond (trade union)? It helps you. \
                 Het Juridisch Loket (help with questions about your rights) can help too. Personal advice there is free with a low income.",
            ),
            wat: t!(
                "Dit is de laatste dag van de wachttijd: 104 weken na je eerste ziektedag. \
                 De wachttijd is de tijd voordat je een WIA-uitkering kunt krijgen. \
                 Dat is net iets korter dan 2 kalenderjaren. \
                 Na deze dag hoeft je werkgever je loon niet meer door te betalen omdat je ziek bent. \
                 Je contract stopt daardoor niet vanzelf. Loon voor werk dat je wel doet, krijg je gewoon. \
                 Ook het opzegverbod stopt. Dat is de regel dat je werkgever je niet mag ontslaan omdat je ziek bent. \
                 Krijgt je werkgever een loonsanctie? Dan schuift deze dag op.",
                "This is the last day of the wachttijd (waiting period): 104 weeks after your first sick day. \
                 The wachttijd is the time before you can get a WIA benefit. \
                 That is slightly shorter than 2 calendar years. \
                 After this day your employer no longer has to keep paying your wages because you are sick. \
                 Your contract does not end because of this. Wages for work you do, you simply get. \
                 The opzegverbod also ends. That is the rule that your employer may not dismiss you because you are sick. \
                 Does your employer get a loonsanctie (wage sanction)? Then this day moves later.",
            ),
            jij: t!(
                "Heeft UWV (de uitkeringsinstantie) nog niet beslist? Vraag dan naar een voorschot: een deel van je uitkering vooraf. \
                 Lees het besluit van UWV goed als het komt.",
                "Has UWV (the benefits agency) not decided yet? Then ask about a voorschot: part of your benefit paid in advance. \
                 Read UWV's decision carefully when it arrives.",
            ),
            gemist: t!(
                "Dit is geen termijn voor jou. \
                 De loondoorbetaling stopt ook als UWV nog niet heeft beslist. Je kunt dan een voorschot krijgen.",
                "This is not a deadline for you. \
                 The sick pay also stops if UWV has not decided yet. You can then get an advance payment.",
            ),
            onbevestigd: None,
            module: Some("verlies-en-betekenis"),
        },

        WiaStart => MijlpaalTekst {
            titel: t!(
                "Je WIA-uitkering (uitkering na 2 jaar ziekte) kan starten",
                "Your WIA benefit (the benefit after 2 years of sickness) can start",
            ),
            wie: t!("UWV.", "UWV."),
            wat: t!(
                "De dag na het einde van je loondoorbetaling kan je WIA-uitkering starten. \
                 UWV kijkt wat je nog kunt verdienen. Is dat door ziekte minstens 35% minder dan vroeger? \
                 Dan krijg je meestal een WIA-uitkering. \
                 UWV kiest tussen WGA, IVA of geen uitkering. \
                 WGA is voor wie nog deels kan werken, of nog kan herstellen. \
                 IVA is voor wie volledig en blijvend niet kan werken.",
                "The day after your sick pay ends, your WIA benefit can start. \
                 UWV looks at what you can still earn. Is that at least 35% less than before, because of your sickness? \
                 Then you usually get a WIA benefit. \
                 UWV decides between WGA, IVA or no benefit. \
                 WGA is for people who can still work partly, or who may still recover. \
                 IVA is for people who fully and permanently cannot work.",
            ),
            jij: t!(
                "Lees het besluit rustig en kijk of het klopt. \
                 Ben je het niet eens? Dan kun je binnen 6 weken bezwaar maken: je vraagt UWV om opnieuw te kijken.",
                "Read the decision calmly and check whether it is right. \
                 Do you disagree? Then you can make a bezwaar (objection) within 6 weeks: you ask UWV to look again.",
            ),
            gemist: t!(
                "Voor bezwaar geldt een termijn: 6 weken na de datum van het besluit. \
                 Daarna kan het meestal niet meer.",
                "An objection has a deadline: 6 weeks after the date of the decision. \
                 After that it is usually no longer possible.",
            ),
            onbevestigd: None,
            module: Some("stappen"),
        },

        LoonsanctieEinde => MijlpaalTekst {
            titel: t!(
                "Einde van een loonsanctie (je werkgever betaalt langer loon)",
                "End of a loonsanctie (wage sanction)",
            ),
            wie: t!(
                "UWV geeft de loonsanctie aan je werkgever. Je werkgever betaalt je loon dan langer door.",
                "UWV imposes the loonsanctie on your employer. Your employer then keeps paying your wages for longer.",
            ),
            wat: t!(
                "Heeft je werkgever zonder goede reden te weinig gedaan aan je re-integratie? Dan kan UWV een loonsanctie geven. \
                 Je werkgever betaalt dan tot 52 weken langer minstens 70% van je loon. \
                 UWV behandelt je WIA-aanvraag pas daarna. \
                 Ook het opzegverbod loopt door. \
                 Herstelt je werkgever de fouten? Dan kan je werkgever UWV vragen om de sanctie korter te maken. \
                 UWV beslist daarover binnen 3 weken.",
                "Did your employer do too little for your re-integration without a good reason? Then UWV can impose a loonsanctie. \
                 Your employer then pays at least 70% of your wages for up to 52 weeks longer. \
                 UWV handles your WIA application only after that. \
                 The opzegverbod (ban on dismissal because of sickness) also continues. \
                 Does your employer repair the shortcomings? Then your employer can ask UWV to shorten the sanction. \
                 UWV decides on that within 3 weeks.",
            ),
            jij: t!(
                "Lees de brief ‘Beoordeling re-integratieverslag’ van UWV (de uitkeringsinstantie). \
                 Het re-integratieverslag is het dossier over je weg terug naar werk. Daarin staat wat je werkgever moet herstellen. \
                 Werk mee aan het herstel, bijvoorbeeld aan het tweede spoor (werk zoeken bij een andere werkgever).",
                "Read the letter ‘Beoordeling re-integratieverslag’ (assessment of the re-integration report) from UWV (the benefits agency). \
                 The re-integratieverslag is the file about your way back to work. It says what your employer has to repair. \
                 Take part in the repair, for example in the second track (looking for work with another employer).",
            ),
            gemist: t!(
                "Dit is geen termijn voor jou. \
                 Wat meewerken betekent, lees je bij ‘Over sancties’.",
                "This is not a deadline for you. \
                 What cooperating means, you can read under ‘About sanctions’.",
            ),
            onbevestigd: Some(t!(
                "Keurt UWV de vraag om verkorting goed? \
                 Adviseurs zeggen dat de sanctie dan 6 weken na het besluit van UWV stopt. \
                 Dat is niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "Does UWV approve the request to shorten it? \
                 Advisers say the sanction then ends 6 weeks after UWV's decision. \
                 That is not certain. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("stappen"),
        },

        VerlengingEinde => MijlpaalTekst {
            titel: t!(
                "Einde van een vrijwillige verlenging",
                "End of a vrijwillige verlenging (voluntary extension)",
            ),
            wie: t!(
                "Jij en je werkgever vragen het samen aan bij UWV.",
                "You and your employer apply for it together at UWV.",
            ),
            wat: t!(
                "Verwacht je kort na het gewone einde van je loondoorbetaling weer volledig te werken? \
                 Dan kunnen jij en je werkgever afspreken dat je loon langer doorloopt. \
                 Dat heet vrijwillige verlenging. \
                 Het duurt minstens 13 weken. Er is geen maximum. \
                 UWV beslist binnen 2 weken. \
                 Je vraagt de WIA dan uiterlijk 11 weken voor het einde van de verlenging aan.",
                "Do you expect to work fully again shortly after the usual end of your sick pay? \
                 Then you and your employer can agree that your wages continue for longer. \
                 This is called vrijwillige verlenging. \
                 It lasts at least 13 weeks. There is no maximum. \
                 UWV decides within 2 weeks. \
                 You then apply for the WIA no later than 11 weeks before the extension ends.",
            ),
            jij: t!(
                "Spreek dit alleen af als het jou helpt. \
                 Je loon loopt dan door, en het opzegverbod ook. \
                 Krijg je een Ziektewet-uitkering (een uitkering bij ziekte, meestal van UWV)? Dan kan verlenging niet.",
                "Only agree to this if it helps you. \
                 Your wages then continue, and so does the opzegverbod (ban on dismissal because of sickness). \
                 Do you get a Ziektewet benefit (a sickness benefit, usually from UWV)? Then an extension is not possible.",
            ),
            gemist: t!(
                "Wil je eerder stoppen? Daarvoor is toestemming van UWV nodig. \
                 De verlenging stopt dan 13 weken nadat UWV het formulier heeft ontvangen.",
                "Do you want to stop earlier? That needs UWV's approval. \
                 The extension then ends 13 weeks after UWV has received the form.",
            ),
            onbevestigd: None,
            module: Some("wat-wil-ik"),
        },

        EindeDienstverband => MijlpaalTekst {
            titel: t!(
                "Je contract eindigt terwijl je ziek bent",
                "Your contract ends while you are sick",
            ),
            wie: t!(
                "Je werkgever meldt op je laatste werkdag bij UWV dat je ziek uit dienst gaat. \
                 Daarna neemt UWV het over. \
                 Is je oud-werkgever eigenrisicodrager? Dat betekent: die betaalt de uitkering zelf. Dan regelt je oud-werkgever dit ook zelf.",
                "On your last working day, your employer tells UWV that you leave while sick. \
                 After that, UWV takes over. \
                 Is your former employer an eigenrisicodrager (self-insurer)? That means it pays the benefit itself. Then your former employer also handles this itself.",
            ),
            wat: t!(
                "Na het einde van je contract betaalt je werkgever je loon niet meer door. \
                 Je kunt dan een Ziektewet-uitkering krijgen voor de rest van de 104 weken. \
                 De weken bij je werkgever tellen mee. \
                 Meestal rond week 44 beoordeelt UWV of je recht houdt op de uitkering. \
                 Eindigt je contract na week 44? Dan doet UWV dat binnen 4 weken na de melding. \
                 UWV kijkt dan wat je nog kunt verdienen. Scheelt dat minder dan 35% met je loon van vroeger? Dan stopt de uitkering.",
                "When your contract ends, your employer no longer pays your wages. \
                 You can then get a Ziektewet (sickness benefit) for the rest of the 104 weeks. \
                 The weeks with your employer count. \
                 Usually around week 44, UWV assesses whether you keep the right to the benefit. \
                 Does your contract end after week 44? Then UWV does this within 4 weeks after the report. \
                 UWV then looks at what you can still earn. Is the difference with your earlier wage less than 35%? Then the benefit stops.",
            ),
            jij: t!(
                "Vraag of de melding op je laatste werkdag is gedaan. Je kunt je ook zelf ziek melden bij UWV. \
                 Vraag om een kopie van je re-integratiestukken.",
                "Ask whether the report was made on your last working day. You can also report sick to UWV yourself. \
                 Ask for a copy of your re-integration documents.",
            ),
            gemist: t!(
                "Komt de melding te laat? Dan kan er een gat in je inkomen ontstaan.",
                "Is the report late? Then there may be a gap in your income.",
            ),
            onbevestigd: Some(t!(
                "Wat een late melding precies betekent voor je inkomen, is niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "What a late report means for your income exactly is not certain. \
                 Check this with your casemanager or UWV.",
            )),
            module: Some("zorgen"),
        },
    }
}

/// The texts of a milestone in this person's situation. With a loonsanctie or a voluntary
/// extension the end of the sick pay is later than week 104; the cards then never say
/// "104 weken" for it (the UI adds the reason, with the number of weeks).
pub fn mijlpaal_tekst_in(id: MijlpaalId, loonsanctie: bool, verlenging: bool) -> MijlpaalTekst {
    let basis = mijlpaal_tekst(id);
    match id {
        MijlpaalId::EindeWachttijd if loonsanctie || verlenging => MijlpaalTekst {
            titel: t!("Einde van je loondoorbetaling (loon tijdens ziekte)", "End of your sick pay (loondoorbetaling)"),
            wat: t!(
                "Je werkgever betaalt je loon langer door dan normaal. De reden staat hierboven. \
                 Na deze dag hoeft je werkgever je loon niet meer door te betalen omdat je ziek bent. \
                 Je contract stopt daardoor niet vanzelf. Loon voor werk dat je wel doet, krijg je gewoon. \
                 Tot en met deze dag loopt ook het opzegverbod door. \
                 Dat is de regel dat je werkgever je niet mag ontslaan omdat je ziek bent.",
                "Your employer keeps paying your wages for longer than usual. The reason is shown above. \
                 After this day your employer no longer has to keep paying your wages because you are sick. \
                 Your contract does not end because of this. Wages for work you do, you simply get. \
                 Up to and including this day the opzegverbod also continues. \
                 That is the rule that your employer may not dismiss you because you are sick.",
            ),
            ..basis
        },
        MijlpaalId::WiaAanvraagUiterlijk if verlenging => MijlpaalTekst {
            wat: t!(
                "Je hebt een vrijwillige verlenging. Dan vraag je de WIA uiterlijk 11 weken voor het einde van je loondoorbetaling aan. \
                 UWV kijkt eerst of er genoeg aan je re-integratie is gedaan. \
                 UWV beslist meestal binnen 8 weken. Soms duurt het langer.",
                "You have a voluntary extension. Then you apply for the WIA no later than 11 weeks before your sick pay ends. \
                 UWV first checks whether enough was done for your re-integration. \
                 UWV usually decides within 8 weeks. Sometimes it takes longer.",
            ),
            ..basis
        },
        MijlpaalId::Eindevaluatie if verlenging => MijlpaalTekst {
            wat: t!(
                "In de eindevaluatie staat hoe je re-integratie ervoor staat. \
                 Het actueel oordeel is een nieuw advies van de bedrijfsarts. \
                 Beide stukken gaan mee met je WIA-aanvraag. \
                 Met een verlenging rekenen we met 2 weken voor je WIA-aanvraag.",
                "The eindevaluatie describes where your re-integration stands. \
                 The actueel oordeel is a new opinion from the bedrijfsarts. \
                 Both documents go with your WIA application. \
                 With an extension we count 2 weeks before your WIA application.",
            ),
            ..basis
        },
        _ => basis,
    }
}

/// The texts of a milestone on this person's timeline (with a loonsanctie or an extension).
/// The view and the gloss test both use this.
pub fn tekst_van(tl: &Tijdlijn, id: MijlpaalId) -> MijlpaalTekst {
    mijlpaal_tekst_in(
        id,
        tl.mijlpaal(MijlpaalId::LoonsanctieEinde).is_some(),
        tl.mijlpaal(MijlpaalId::VerlengingEinde).is_some(),
    )
}

/// The title of a milestone on this person's timeline; the evaluations are one recurring item.
pub fn titel_van(tl: &Tijdlijn, id: MijlpaalId) -> Tekst {
    match id {
        MijlpaalId::Evaluatie(_) => scherm::EVALUATIE_TERUGKEREND,
        _ => tekst_van(tl, id).titel,
    }
}

/// A milestone's state in words: the next step, past, running now, or to come.
pub fn status_van(m: &Mijlpaal, vandaag: Datum, volgende: Option<MijlpaalId>) -> Tekst {
    if Some(m.id) == volgende {
        return scherm::VOLGENDE;
    }
    match m.status(vandaag) {
        Status::Voorbij => scherm::STATUS_VOORBIJ,
        Status::Nu => scherm::NU_LOOPT,
        Status::Komt => scherm::STATUS_KOMT,
    }
}

/// Whether a milestone is a dot in the picture: every step except the evaluations (ticks)
/// and the early-IVA options.
pub fn in_beeld(id: MijlpaalId) -> bool {
    !matches!(id, MijlpaalId::Evaluatie(_)) && !id.is_mogelijkheid()
}

/// Cards whose "if it does not happen" text mentions a sanction link to the one calm
/// explanation of sanctions, instead of each warning on its own.
pub fn noemt_sanctie(id: MijlpaalId) -> bool {
    use MijlpaalId::*;
    matches!(
        id,
        Ziekmelding
            | Probleemanalyse
            | PlanVanAanpak
            | Evaluatie(_)
            | EerstejaarsevaluatieVenster
            | Eerstejaarsevaluatie
            | UitersteStartTweedeSpoor
            | Eindevaluatie
            | LoonsanctieEinde
    )
}

/// A short name for the picture (a few words, fits beside a dot on a phone; a soft hyphen
/// where a long word may break in a narrow column with large text).
pub fn mijlpaal_kort(id: MijlpaalId) -> Tekst {
    use MijlpaalId::*;
    match id {
        Ziekmelding => t!("Ziekmelding", "Reporting sick"),
        ArbodienstGemeld => t!("Arbodienst", "Arbodienst"),
        VervroegdeIvaVanaf => t!("Vervroegde IVA", "Early IVA"),
        Probleemanalyse => t!("Probleem\u{ad}analyse", "Problem analysis"),
        PlanVanAanpak => t!("Plan van aanpak", "Action plan"),
        Evaluatie(_) => t!("Evaluatie", "Review"),
        WeekmeldingUwv => t!("Melding bij UWV", "Report to UWV"),
        EerstejaarsevaluatieVenster => t!("Eerstejaars\u{ad}evaluatie", "First-year review"),
        Eerstejaarsevaluatie => t!("Jouw eerstejaars\u{ad}evaluatie", "Your first-year review"),
        UitersteStartTweedeSpoor => t!("Start spoor 2", "Track 2 starts"),
        VervroegdeIvaTot => t!("Vervroegde IVA: tot", "Early IVA: until"),
        VervroegdeIvaStart => t!("IVA kan starten", "IVA can start"),
        WiaBrief => t!("Brief van UWV", "Letter from UWV"),
        Eindevaluatie => t!("Eindevaluatie", "Final review"),
        WiaAanvraagUiterlijk => t!("WIA aanvragen", "Apply for WIA"),
        EindeWachttijd => t!("Einde loon\u{ad}doorbetaling", "Sick pay ends"),
        WiaStart => t!("WIA kan starten", "WIA can start"),
        LoonsanctieEinde => t!("Einde loonsanctie", "Loonsanctie ends"),
        VerlengingEinde => t!("Einde verlenging", "Extension ends"),
        EindeDienstverband => t!("Contract eindigt", "Contract ends"),
    }
}

/// Sanctions, explained once and calmly (reference §1A #1, #4, #5 and §1B #17).
pub const SANCTIES: [Tekst; 4] = [
    t(
        "Een sanctie is een maatregel als iemand zich niet aan de afspraken houdt. \
         Je leest hier 1 keer hoe dat zit. Bij de stappen staat een link naar deze uitleg.",
        "A sanction is a measure when someone does not keep to the rules. \
         You read here once how it works. The steps link to this explanation.",
    ),
    t(
        "Voor je werkgever: doet je werkgever zonder goede reden te weinig aan je re-integratie? \
         Dan kan UWV een loonsanctie geven. Dat betekent: je werkgever betaalt je loon tot 52 weken langer door. \
         Voor jou is dat geen straf. Je krijgt dan langer loon.",
        "For your employer: does your employer do too little for your re-integration without a good reason? \
         Then UWV can impose a loonsanctie (wage sanction). That means: your employer keeps paying your wages for up to 52 weeks longer. \
         For you this is not a punishment. You then get wages for longer.",
    ),
    t(
        "Voor jou: werk je zonder goede reden niet mee? Of weiger je passend werk? \
         Dan kan je werkgever je loon tijdelijk inhouden (dat heet opschorten) of stoppen. \
         Ook kan UWV later je WIA-uitkering lager maken.",
        "For you: if you do not cooperate without a good reason, or refuse suitable work, \
         your employer can hold back your wages for a while (opschorten, suspension) or stop them. \
         UWV can also lower your WIA benefit later.",
    ),
    t(
        "Meewerken betekent: naar afspraken gaan, meedenken over je plan en zeggen wat je wel kunt. \
         Twijfel je of iets redelijk is? Vraag het je bedrijfsarts. \
         Of vraag UWV om een deskundigenoordeel: een onafhankelijk advies van UWV.",
        "Cooperating means: going to appointments, thinking along about your plan and saying what you can do. \
         Not sure whether something is reasonable? Ask your company doctor (bedrijfsarts). \
         Or ask UWV for a deskundigenoordeel: an independent opinion from UWV.",
    ),
];

// ---------------------------------------------------------------------------------------------
// 2. Fasen
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fase {
    pub titel: Tekst,
    pub uitleg: Tekst,
    pub module: Option<&'static str>,
}

pub const FASEN: &[Fase] = &[
    Fase {
        titel: t("De eerste weken", "The first weeks"),
        uitleg: t(
            "Je meldt je ziek. Je werkgever schakelt dan de bedrijfsarts in: de arts voor ziekte en werk. \
             Denkt de bedrijfsarts dat je lang ziek blijft? \
             Dan schrijft de arts uiterlijk in week 6 een probleemanalyse (wat kun je nog, en wat niet). \
             Uiterlijk in week 8 maken jij en je werkgever een plan van aanpak: jullie plan om weer te werken. \
             In dat plan staat ook wie je casemanager is. Dat is de persoon die je terugkeer naar werk regelt.",
            "You report sick. Your employer then calls in the company doctor (bedrijfsarts): the doctor for sickness and work. \
             Does the bedrijfsarts expect you to be sick for a long time? \
             Then the doctor writes a probleemanalyse (what you can still do, and what not) by week 6. \
             By week 8 you and your employer make a plan van aanpak: your plan to get back to work. \
             The plan also names your casemanager. That is the person who arranges your return to work.",
        ),
        module: Some("energie"),
    },
    Fase {
        titel: t("Het eerste jaar", "The first year"),
        uitleg: t(
            "Jullie werken aan terugkeer bij je eigen werkgever. Dat heet het eerste spoor. \
             Minstens elke 6 weken bespreken jullie hoe het gaat. \
             Ben je na 42 weken nog ziek? Dan meldt je werkgever dat bij UWV (de uitkeringsinstantie). Dat heet de 42e-weeksmelding.",
            "You work on returning with your own employer. That is called the eerste spoor (first track). \
             At least every 6 weeks you talk about how it is going. \
             Are you still sick after 42 weeks? Then your employer reports this to UWV (the benefits agency). This is called the 42e-weeksmelding (week-42 report).",
        ),
        module: Some("wat-kan-ik"),
    },
    Fase {
        titel: t("Rond het einde van het eerste jaar", "Around the end of the first year"),
        uitleg: t(
            "Jij en je werkgever kijken dan terug en vooruit. Dat gesprek heet de eerstejaarsevaluatie. \
             Kun je niet blijvend terug bij je eigen werkgever? Dan start het tweede spoor: werk zoeken bij een andere werkgever. \
             Dat gebeurt uiterlijk 6 weken na de eerstejaarsevaluatie.",
            "You and your employer then look back and ahead. This talk is called the eerstejaarsevaluatie (first-year review). \
             Can you not return for good with your own employer? Then the tweede spoor (second track) starts: looking for work with another employer. \
             This happens no later than 6 weeks after the eerstejaarsevaluatie.",
        ),
        module: Some("verlies-en-betekenis"),
    },
    Fase {
        titel: t("Het tweede jaar", "The second year"),
        uitleg: t(
            "Vaak lopen het eerste en het tweede spoor tegelijk. Dat heet een tweesporentraject. \
             Na ongeveer 88 weken krijg je een brief van UWV over de WIA (de uitkering na 2 jaar ziekte). \
             Uiterlijk in week 91 schrijft je werkgever de eindevaluatie: een terugblik op de 2 jaar. \
             Ook in het tweede jaar betaalt je werkgever minstens 70% van je loon door. \
             Kijk in je cao hoeveel het voor jou is. Een cao zijn de afspraken over loon en werk in jouw sector.",
            "Often the first and the second track run at the same time. This is called a tweesporentraject (two-track route). \
             After about 88 weeks you get a letter from UWV about the WIA (the benefit after 2 years of sickness). \
             By week 91 your employer writes the eindevaluatie: a look back at the 2 years. \
             In the second year too, your employer keeps paying at least 70% of your wage. \
             Check in your cao how much it is for you. A cao is the agreement on pay and work in your sector.",
        ),
        module: Some("stappen"),
    },
    Fase {
        titel: t("De WIA-aanvraag en daarna", "The WIA application and after"),
        uitleg: t(
            "Jij vraagt de WIA aan, uiterlijk aan het eind van week 93. \
             UWV kijkt eerst of er genoeg aan je re-integratie (je weg terug naar werk) is gedaan. \
             Na 104 weken kan je WIA-uitkering starten. \
             Je werkgever hoeft je loon dan niet meer door te betalen omdat je ziek bent. \
             Je contract stopt daardoor niet vanzelf.",
            "You apply for the WIA by the end of week 93 at the latest. \
             UWV first checks whether enough was done for your re-integration (your way back to work). \
             After 104 weeks your WIA benefit can start. \
             Your employer then no longer has to keep paying your wages because you are sick. \
             Your contract does not end by itself because of this.",
        ),
        module: Some("zorgen"),
    },
];

// ---------------------------------------------------------------------------------------------
// 3. Het tweede spoor
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sectie {
    pub titel: Tekst,
    pub alineas: &'static [Tekst],
    pub punten: &'static [Tekst],
}

pub const TWEEDE_SPOOR: &[Sectie] = &[
    Sectie {
        titel: t("Wanneer start het tweede spoor?", "When does the tweede spoor (second track) start?"),
        alineas: &[
            t(
                "Het tweede spoor is werk zoeken bij een andere werkgever. \
                 Je werkgever start het en betaalt het. Jij werkt mee.",
                "The second track means looking for work with another employer. \
                 Your employer starts it and pays for it. You take part.",
            ),
            t(
                "Kun je niet blijvend terug bij je eigen werkgever? Dan start het tweede spoor zodra dat duidelijk is. \
                 Dat kan al ruim voor het einde van het eerste jaar zijn.",
                "Can you not return for good with your own employer? Then the second track starts as soon as that is clear. \
                 That can be well before the end of the first year.",
            ),
            t(
                "De laatste startdatum is 6 weken na de eerstejaarsevaluatie. \
                 Die evaluatie is meestal tussen week 46 en week 52. \
                 Het tweede spoor start dan uiterlijk tussen ongeveer week 52 en week 58.",
                "The latest start date is 6 weeks after the eerstejaarsevaluatie (first-year review). \
                 That review usually takes place between week 46 and week 52. \
                 So the second track starts at the latest between roughly week 52 and week 58.",
            ),
            t(
                "Je werkgever mag het tweede spoor alleen in 3 situaties (nog) overslaan. \
                 Lukt de terugkeer daarna toch niet? Dan is dat een risico voor je werkgever.",
                "Your employer may leave out the second track (for now) in only 3 situations. \
                 If the return then does not work out after all, that is a risk for your employer.",
            ),
        ],
        punten: &[
            t(
                "Er is concreet uitzicht dat je binnen 3 maanden blijvend terugkeert bij je eigen werkgever. \
                 Dat kan in je eigen werk of in aangepast werk. \
                 Of in ander passend werk: werk dat zo goed mogelijk past bij wat je kunt.",
                "There is a concrete prospect that you return for good with your own employer within 3 months. \
                 This can be in your own work or in adapted work. \
                 Or in other passend werk (suitable work): work that fits what you can do as closely as possible.",
            ),
            t(
                "De bedrijfsarts vindt dat je op dit moment nog geen mogelijkheden hebt om te werken.",
                "The company doctor (bedrijfsarts) finds that for now you have no capacity to work yet.",
            ),
            t(
                "Jij en je werkgever spreken samen af om het tweede spoor over te slaan. \
                 Daarnaast bereik je de AOW-leeftijd binnen 1 jaar na het einde van de 104 weken. AOW is het pensioen van de overheid. \
                 Beide voorwaarden zijn nodig.",
                "You and your employer agree together to leave out the second track. \
                 On top of that, you reach AOW age (state pension age) within 1 year after the end of the 104 weeks. \
                 Both conditions are needed.",
            ),
        ],
    },
    Sectie {
        titel: t("Wat is een goed tweede spoor?", "What is a good second track?"),
        alineas: &[
            t(
                "UWV noemt een goed tweede spoor ‘adequaat’. \
                 Dat betekent: een reeks activiteiten die logisch op elkaar aansluiten.",
                "UWV calls a good second track ‘adequaat’ (adequate). \
                 This means: a series of activities that follow on from each other in a logical way.",
            ),
            t(
                "Het begint bij je persoonsprofiel: je ervaring, opleiding, wensen en beperkingen. \
                 Daaruit volgt een zoekprofiel: werk dat bij je past en dat echt te vinden is. \
                 Het traject helpt je om de afstand tussen die twee zo klein mogelijk te maken.",
                "It starts with your persoonsprofiel (personal profile): your experience, education, wishes and limitations. \
                 From that follows a zoekprofiel (search profile): work that suits you and that really exists. \
                 The route helps you make the distance between the two as small as possible.",
            ),
            t(
                "Het doel is passend werk. Dat is werk dat past bij wat je kunt en hebt geleerd. \
                 Het hoeft niet je droombaan te zijn.",
                "The goal is passende arbeid (suitable work). That is work that fits what you can do and have learned. \
                 It does not have to be your dream job.",
            ),
            t(
                "Het eerste spoor stopt niet als het tweede spoor begint. Meestal lopen ze tegelijk. \
                 Je werkgever blijft verantwoordelijk, ook als een re-integratiebedrijf (een bedrijf dat helpt bij werk zoeken) het traject uitvoert.",
                "The first track does not stop when the second track begins. Usually they run at the same time. \
                 Your employer stays responsible, even if a re-integratiebedrijf (a company that helps you look for work) runs the route.",
            ),
        ],
        punten: &[
            t("In een goed plan staat je persoonsprofiel.", "A good plan includes your persoonsprofiel."),
            t("In een goed plan staat je zoekprofiel.", "A good plan includes your zoekprofiel."),
            t(
                "In een goed plan staat welke activiteiten je doet, en wanneer.",
                "A good plan says which activities you will do, and when.",
            ),
            t(
                "In een goed plan staat hoe vaak je werkgever een verslag krijgt.",
                "A good plan says how often your employer gets a progress report.",
            ),
        ],
    },
    Sectie {
        titel: t("Bouwstenen van het tweede spoor", "Building blocks of the second track"),
        alineas: &[t(
            "Een tweede spoor bestaat uit verschillende stappen. \
             Niet elk traject heeft ze allemaal. Dit zijn de bekendste.",
            "A second track is made up of different steps. \
             Not every route has all of them. These are the most common ones.",
        )],
        punten: &[
            t("Intake: een eerste gesprek om elkaar te leren kennen.", "Intake: a first talk to get to know each other."),
            t(
                "Persoonsprofiel en zoekprofiel. Die maak je met je FML (de lijst van wat je kunt). \
                 En met het rapport van de arbeidsdeskundige: die kijkt welk werk bij je past.",
                "Persoonsprofiel and zoekprofiel. These are based on your FML (list of your work capacities) \
                 and the report of the arbeidsdeskundige: someone who looks at which work suits you.",
            ),
            t("Training voor je cv en voor solliciteren.", "Training for your CV and for applying for jobs."),
            t("Vacatures zoeken en solliciteren.", "Looking for vacancies and applying."),
            t("Scholing of omscholing.", "Training or retraining."),
            t(
                "Werkervaringsplaats: je werkt tijdelijk bij een andere organisatie om ervaring op te doen. \
                 Je blijft meestal in dienst bij je eigen werkgever. Die betaalt je loon.",
                "Werkervaringsplaats (work-experience placement): you work for a while at another organisation to gain experience. \
                 You usually stay employed by your own employer. Your employer pays your wages.",
            ),
            t(
                "Proefplaatsing: je werkt een tijd op proef bij een nieuwe werkgever, met uitzicht op een baan. \
                 De precieze voorwaarden van UWV zijn niet zeker. \
                 Controleer dit bij je casemanager of UWV.",
                "Proefplaatsing (trial placement): you work on trial for a while at a new employer, with a view to a job. \
                 UWV's exact conditions are not certain. \
                 Check this with your casemanager or UWV.",
            ),
            t(
                "Detachering: je blijft in dienst bij je eigen werkgever. Maar je werkt een tijd bij een ander bedrijf. \
                 Soms krijg je daar later een vaste baan.",
                "Detachering (secondment): you stay employed by your own employer, but work at another company for a while. \
                 Sometimes this later leads to a permanent job there.",
            ),
            t(
                "Begeleiding nadat je nieuw werk hebt gevonden.",
                "Support after you have found new work.",
            ),
            t(
                "Regelmatig een verslag aan je werkgever over hoe het gaat.",
                "Regular progress reports to your employer.",
            ),
        ],
    },
    Sectie {
        titel: t("Vragen die je kunt stellen", "Questions you can ask"),
        alineas: &[t(
            "Je mag altijd vragen stellen over je tweede spoor. \
             Kies de vragen die bij jou passen. Schrijf de antwoorden op.",
            "You may always ask questions about your second track. \
             Choose the questions that fit you. Write down the answers.",
        )],
        punten: &[
            t(
                "Is mijn eigen werk of ander werk hier binnen 3 maanden haalbaar?",
                "Is my own work, or other work here, realistic within 3 months?",
            ),
            t("Wanneer start mijn tweede spoor?", "When does my second track start?"),
            t("Welk re-integratiebedrijf begeleidt mij?", "Which re-integration company will guide me?"),
            t("Wat staat er in mijn persoonsprofiel?", "What is in my persoonsprofiel?"),
            t("Welk werk staat in mijn zoekprofiel?", "Which work is in my zoekprofiel?"),
            t("Welke activiteiten staan in mijn plan?", "Which activities are in my plan?"),
            t(
                "Hoe vaak krijgt mijn werkgever een verslag van het traject?",
                "How often does my employer get a report on the route?",
            ),
            t("Loopt mijn eerste spoor ook nog door?", "Does my first track also continue?"),
            t(
                "Ik heb zelf een idee voor ander werk. Hoe nemen we dat mee?",
                "I have my own idea for other work. How do we include it?",
            ),
            t("Mag ik een kopie van elk verslag?", "May I have a copy of every report?"),
            t(
                "Wat kan ik doen als we het niet eens worden?",
                "What can I do if we do not agree?",
            ),
        ],
    },
    Sectie {
        titel: t(
            "Het deskundigenoordeel van UWV",
            "The deskundigenoordeel (independent expert opinion) from UWV",
        ),
        alineas: &[
            t(
                "Een deskundigenoordeel is een onafhankelijk advies van UWV. \
                 Loopt je re-integratie vast? Dan kun je UWV om dat advies vragen. \
                 Een arts of arbeidsdeskundige van UWV geeft het. Zo'n arts heet een verzekeringsarts.",
                "A deskundigenoordeel is an independent opinion from UWV. \
                 Is your re-integration stuck? Then you can ask UWV for this opinion. \
                 A doctor or an arbeidsdeskundige (work and capacity expert) from UWV gives it. \
                 Such a doctor is called a verzekeringsarts (insurance physician).",
            ),
            t(
                "Het advies kan over 3 vragen gaan. Kun je je eigen werk doen? \
                 Is het werk dat je krijgt aangeboden passend? \
                 Doen jij en je werkgever genoeg aan je re-integratie?",
                "The opinion can be about 3 questions. Can you do your own work? \
                 Is the work you are offered suitable? \
                 Are you and your employer doing enough for your re-integration?",
            ),
            t(
                "Jij kunt het aanvragen, en je werkgever ook. \
                 Dat kan tijdens de hele 104 weken. En ook later in de WGA (de WIA-uitkering als je nog deels kunt werken). \
                 UWV geeft binnen 2 tot 4 weken antwoord.",
                "You can request it, and so can your employer. \
                 This is possible during the whole 104 weeks. And also later in the WGA (the WIA benefit if you can still work partly). \
                 UWV answers within 2 to 4 weeks.",
            ),
            t(
                "Het advies is niet bindend. Maar UWV en de rechter wegen het wel mee.",
                "The opinion is not binding. But UWV and the courts do take it into account.",
            ),
            t(
                "Voor je werkgever kost een deskundigenoordeel €400, volgens UWV. \
                 Wat het voor jou kost, is niet zeker. Sommige adviseurs noemen ongeveer €100. \
                 Controleer dit bij je casemanager of UWV.",
                "For your employer a deskundigenoordeel costs €400, according to UWV. \
                 What it costs for you is not certain. Some advisers mention about €100. \
                 Check this with your casemanager or UWV.",
            ),
        ],
        punten: &[
            t(
                "Je krijgt 1 oordeel per situatie. Zijn er nieuwe feiten? Dan kan een nieuw oordeel.",
                "You get 1 opinion per situation. Are there new facts? Then a new opinion is possible.",
            ),
            t(
                "Voor sommige vragen is echt een verschil van mening nodig tussen jou en je werkgever.",
                "For some questions a real disagreement between you and your employer is needed.",
            ),
            t(
                "Het kan helpen als je werkgever het tweede spoor niet start.",
                "It can help if your employer does not start the second track.",
            ),
            t(
                "Het kan ook helpen als je werk krijgt aangeboden dat niet bij je past.",
                "It can also help if you are offered work that does not suit you.",
            ),
        ],
    },
    Sectie {
        titel: t("Meedoen en meedenken", "Taking part and thinking along"),
        alineas: &[
            t(
                "Meewerken aan het tweede spoor is jouw taak volgens de wet. \
                 Dat betekent ook: passend werk niet zomaar weigeren. \
                 Wat er anders kan gebeuren, lees je bij ‘Over sancties’.",
                "Taking part in the second track is your duty under the law. \
                 That also means: not simply refusing suitable work. \
                 What can happen otherwise, you can read under ‘About sanctions’.",
            ),
            t(
                "Je mag zelf ander werk voorstellen. \
                 Je werkgever moet je voorstel serieus bekijken. \
                 Alleen met een heel goede reden mag je werkgever het afwijzen.",
                "You may suggest other work yourself. \
                 Your employer must take your suggestion seriously. \
                 Your employer may only turn it down for a very good reason.",
            ),
            t(
                "Het tweede spoor kan zwaar voelen. Dat is begrijpelijk. \
                 Je hoeft het niet alleen te doen. \
                 Je coach, je casemanager en de bedrijfsarts denken met je mee.",
                "The second track can feel heavy. That is understandable. \
                 You do not have to do it alone. \
                 Your coach, your casemanager and the bedrijfsarts think along with you.",
            ),
        ],
        punten: &[],
    },
];

// ---------------------------------------------------------------------------------------------
// 4. Begrippen
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Begrip {
    /// De Nederlandse term zoals mensen hem horen.
    pub term: &'static str,
    pub uitleg: Tekst,
}

/// Woordenlijst, alfabetisch gesorteerd op term (zonder onderscheid tussen hoofd- en kleine letters).
pub const BEGRIPPEN: &[Begrip] = &[
    Begrip {
        term: "42e-weeksmelding",
        uitleg: t(
            "Je werkgever meldt bij UWV dat je na 42 weken nog ziek bent. \
             Dat gebeurt uiterlijk op de eerste werkdag na week 42.",
            "Report after 42 weeks: your employer tells UWV that you are still sick after 42 weeks. \
             This happens on the first working day after week 42 at the latest.",
        ),
    },
    Begrip {
        term: "actueel oordeel",
        uitleg: t(
            "Een nieuw advies van de bedrijfsarts aan het eind van de 2 jaar. \
             Het gaat mee met je WIA-aanvraag.",
            "Current assessment: a new opinion from the bedrijfsarts near the end of the 2 years. \
             It goes with your WIA application.",
        ),
    },
    Begrip {
        term: "arbeidsdeskundig onderzoek",
        uitleg: t(
            "Een onderzoek door een arbeidsdeskundige naar welk werk bij je past. \
             Vaak gebeurt dit rond het einde van het eerste jaar.",
            "Work capacity assessment: a study by an arbeidsdeskundige of which work suits you. \
             It often takes place around the end of the first year.",
        ),
    },
    Begrip {
        term: "arbeidsdeskundige",
        uitleg: t(
            "Een deskundige die kijkt welk werk past bij wat je kunt. \
             Die adviseert over je eigen werk, ander werk bij je werkgever en werk ergens anders.",
            "Work and capacity expert: someone who looks at which work fits what you can do. \
             They advise on your own work, other work with your employer and work elsewhere.",
        ),
    },
    Begrip {
        term: "arbodienst",
        uitleg: t(
            "Een organisatie die je werkgever helpt als werknemers ziek zijn. \
             De bedrijfsarts werkt vaak via de arbodienst.",
            "Occupational health service: an organisation that helps your employer when employees are sick. \
             The bedrijfsarts often works through the arbodienst.",
        ),
    },
    Begrip {
        term: "bedrijfsarts",
        uitleg: t(
            "Een arts die kijkt naar ziekte en werk. \
             De bedrijfsarts adviseert jou en je werkgever over wat je kunt. Wat je ziekte is, hoef je je werkgever nooit te vertellen.",
            "Company doctor: a doctor who looks at illness and work. \
             The bedrijfsarts advises you and your employer on what you can do. You never have to tell your employer what your illness is.",
        ),
    },
    Begrip {
        term: "belastbaarheid",
        uitleg: t(
            "Wat je lichamelijk en geestelijk aankunt in werk: taken, uren en omstandigheden. \
             De bedrijfsarts beoordeelt dit, en bij de WIA de verzekeringsarts van UWV.",
            "Work capacity: what you can handle physically and mentally at work, such as tasks, hours and conditions. \
             The bedrijfsarts assesses this, and for the WIA the verzekeringsarts of UWV does.",
        ),
    },
    Begrip {
        term: "bezwaar",
        uitleg: t(
            "Ben je het niet eens met een besluit van UWV? Dan kun je bezwaar maken. \
             Dat kan binnen 6 weken na de datum van het besluit.",
            "Objection: if you disagree with a decision by UWV, you can object. \
             You can do this within 6 weeks after the date of the decision.",
        ),
    },
    Begrip {
        term: "casemanager",
        uitleg: t(
            "De persoon die je werkgever aanwijst om je re-integratie te regelen. \
             Dit is je vaste aanspreekpunt voor afspraken, termijnen en je dossier.",
            "The person your employer appoints to coordinate your re-integration. \
             This is your regular contact for agreements, deadlines and your file.",
        ),
    },
    Begrip {
        term: "deskundigenoordeel",
        uitleg: t(
            "Een onafhankelijk advies van UWV als je re-integratie vastloopt. \
             Jij en je werkgever kunnen het allebei aanvragen.",
            "Independent expert opinion: an independent opinion from UWV when your re-integration is stuck. \
             Both you and your employer can request it.",
        ),
    },
    Begrip {
        term: "detachering",
        uitleg: t(
            "Je blijft in dienst bij je eigen werkgever. Maar je werkt een tijd bij een ander bedrijf. \
             Soms krijg je daar daarna een vaste baan.",
            "Secondment: you stay employed by your own employer, but work at another company for a while. \
             Sometimes this leads to a permanent job there.",
        ),
    },
    Begrip {
        term: "eerste spoor",
        uitleg: t(
            "Terugkeer naar werk bij je eigen werkgever. \
             Dat kan je eigen werk zijn, eventueel aangepast, of ander passend werk bij dezelfde werkgever.",
            "First track: returning to work with your own employer. \
             This can be your own work, adapted if needed, or other suitable work with the same employer.",
        ),
    },
    Begrip {
        term: "eerstejaarsevaluatie",
        uitleg: t(
            "Een gesprek rond het einde van het eerste ziektejaar. \
             Jij en je werkgever kijken terug en beslissen of het tweede spoor nodig is.",
            "First-year review: a meeting around the end of the first year of sickness. \
             You and your employer look back and decide whether the second track is needed.",
        ),
    },
    Begrip {
        term: "eigenrisicodrager (ERD)",
        uitleg: t(
            "Een werkgever die een uitkering zoals de Ziektewet (uitkering bij ziekte) of de WGA zelf betaalt. \
             UWV doet dat dan niet.",
            "Self-insurer: an employer that pays a benefit such as the Ziektewet (sickness benefit) or the WGA itself. \
             UWV then does not.",
        ),
    },
    Begrip {
        term: "eindevaluatie",
        uitleg: t(
            "Een verslag over hoe je re-integratie ervoor staat aan het eind van de 2 jaar. \
             Je werkgever schrijft het, en het gaat mee met je WIA-aanvraag.",
            "Final review: a report on where your re-integration stands near the end of the 2 years. \
             Your employer writes it, and it goes with your WIA application.",
        ),
    },
    Begrip {
        term: "FML (functionele mogelijkhedenlijst)",
        uitleg: t(
            "Een vaste lijst van wat je wel en niet kunt in werk. \
             Een arbeidsdeskundige gebruikt die lijst om passend werk te zoeken.",
            "List of functional capacities: a standard list of what you can and cannot do at work. \
             An arbeidsdeskundige uses it to look for suitable work.",
        ),
    },
    Begrip {
        term: "IVA",
        uitleg: t(
            "Een WIA-uitkering voor wie volledig en blijvend niet kan werken. \
             Je kunt dan 20% of minder van je oude loon verdienen. Er is weinig of geen kans op herstel.",
            "Full-disability benefit: a WIA benefit for people who fully and permanently cannot work. \
             You can earn 20% or less of your old wage. There is little or no chance of recovery.",
        ),
    },
    Begrip {
        term: "loonsanctie",
        uitleg: t(
            "Een maatregel van UWV als je werkgever te weinig heeft gedaan aan je re-integratie. \
             Je werkgever betaalt je loon dan tot 52 weken langer door.",
            "Wage sanction: a measure by UWV when your employer did too little for your re-integration. \
             Your employer then keeps paying your wages for up to 52 weeks longer.",
        ),
    },
    Begrip {
        term: "opzegverbod",
        uitleg: t(
            "De regel dat je werkgever je niet mag ontslaan omdat je ziek bent. \
             Die geldt in de eerste 2 jaar ziekte. \
             En ook als je loon langer doorloopt door een loonsanctie of een vrijwillige verlenging (een afspraak met je werkgever).",
            "Ban on dismissal: the rule that your employer may not dismiss you because you are sick. \
             It applies during the first 2 years of sickness. \
             And also when your wages continue for longer because of a loonsanctie or a voluntary extension (an agreement with your employer).",
        ),
    },
    Begrip {
        term: "passende arbeid",
        uitleg: t(
            "Werk dat past bij wat je kunt en wat je hebt geleerd. \
             Werk is niet passend als het om lichamelijke, geestelijke of sociale redenen te veel gevraagd is. \
             De precieze tekst van de wet is niet zeker. Controleer dit bij je casemanager of UWV.",
            "Suitable work: work that fits what you can do and what you have learned. \
             Work is not suitable if it is too much to ask for physical, mental or social reasons. \
             The exact wording of the law is not certain. Check this with your casemanager or UWV.",
        ),
    },
    Begrip {
        term: "persoonsprofiel",
        uitleg: t(
            "Een beschrijving van jou: je ervaring, opleiding, wensen en beperkingen. \
             Het is het startpunt van het tweede spoor.",
            "Personal profile: a description of you, with your experience, education, wishes and limitations. \
             It is the starting point of the second track.",
        ),
    },
    Begrip {
        term: "plan van aanpak",
        uitleg: t(
            "Het plan met afspraken over je terugkeer naar werk. \
             Jij en je werkgever maken het samen, uiterlijk in week 8.",
            "Return-to-work plan: the plan with agreements about your return to work. \
             You and your employer make it together, by week 8 at the latest.",
        ),
    },
    Begrip {
        term: "probleemanalyse",
        uitleg: t(
            "Het advies van de bedrijfsarts over je situatie, wat je kunt en je terugkeer naar werk. \
             Het is uiterlijk in week 6 klaar.",
            "Problem analysis: the bedrijfsarts' advice about your situation, what you can do and your return to work. \
             It is ready by week 6 at the latest.",
        ),
    },
    Begrip {
        term: "proefplaatsing",
        uitleg: t(
            "Je werkt een tijd op proef bij een nieuwe werkgever, met uitzicht op een baan. \
             De precieze voorwaarden zijn niet zeker. Controleer dit bij je casemanager of UWV.",
            "Trial placement: you work on trial for a while at a new employer, with a view to a job. \
             The exact conditions are not certain. Check this with your casemanager or UWV.",
        ),
    },
    Begrip {
        term: "re-integratie",
        uitleg: t(
            "Weer aan het werk gaan na ziekte. \
             Dat kan bij je eigen werkgever of bij een andere werkgever.",
            "Returning to work after sickness. \
             This can be with your own employer or with another employer.",
        ),
    },
    Begrip {
        term: "re-integratiebedrijf",
        uitleg: t(
            "Een bedrijf dat je begeleidt in het tweede spoor. \
             Meestal huurt je werkgever het in en betaalt die ervoor.",
            "Re-integration company: a company that guides you in the second track. \
             Usually your employer hires it and pays for it.",
        ),
    },
    Begrip {
        term: "re-integratieverslag (RIV)",
        uitleg: t(
            "Het dossier met alle stukken over je re-integratie. \
             Het gaat mee met je WIA-aanvraag, en UWV controleert het.",
            "Re-integration report: the file with all documents about your re-integration. \
             It goes with your WIA application, and UWV checks it.",
        ),
    },
    Begrip {
        term: "samentellen",
        uitleg: t(
            "Word je opnieuw ziek na minder dan 4 weken beter zijn? Dan tellen de ziekteperiodes bij elkaar op. \
             De dagen dat je beter was, tellen niet mee.",
            "Adding up: do you get sick again after being well for less than 4 weeks? Then the periods of sickness are added together. \
             The days you were well do not count.",
        ),
    },
    Begrip {
        term: "second opinion",
        uitleg: t(
            "Het oordeel van een andere bedrijfsarts, als je twijfelt aan het advies van je eigen bedrijfsarts. \
             Je vraagt dit aan via je werkgever.",
            "The opinion of another bedrijfsarts, if you doubt the advice of your own bedrijfsarts. \
             You request it through your employer.",
        ),
    },
    Begrip {
        term: "tweede spoor",
        uitleg: t(
            "Re-integratie naar passend werk bij een andere werkgever. \
             Je werkgever start en betaalt het, en jij werkt mee.",
            "Second track: re-integration towards suitable work with another employer. \
             Your employer starts it and pays for it, and you take part.",
        ),
    },
    Begrip {
        term: "tweesporentraject",
        uitleg: t(
            "Het eerste en het tweede spoor lopen tegelijk. \
             Zo mis je geen kansen bij je eigen werkgever en ook niet daarbuiten.",
            "Two-track route: the first and the second track run at the same time. \
             That way you miss no chances with your own employer, nor outside it.",
        ),
    },
    Begrip {
        term: "vangnetter",
        uitleg: t(
            "Iemand die een Ziektewet-uitkering krijgt en geen vaste werkgever heeft. \
             Bijvoorbeeld omdat het contract eindigde tijdens ziekte.",
            "Someone who gets a Ziektewet benefit and has no regular employer. \
             For example because their contract ended during sickness.",
        ),
    },
    Begrip {
        term: "vervroegde IVA",
        uitleg: t(
            "Een IVA die je eerder aanvraagt: vanaf week 3 tot je 68 weken ziek bent. \
             Dit kan alleen als je volledig en blijvend niet kunt werken, en maar 1 keer.",
            "Early IVA: an IVA you apply for early, from week 3 until you have been sick for 68 weeks. \
             This is only possible if you fully and permanently cannot work, and only once.",
        ),
    },
    Begrip {
        term: "verzekeringsarts",
        uitleg: t(
            "Een arts van UWV. \
             Die beoordeelt bij de WIA of bij een deskundigenoordeel wat je kunt.",
            "Insurance physician: a doctor working for UWV. \
             They assess what you can do for the WIA or for a deskundigenoordeel.",
        ),
    },
    Begrip {
        term: "verzuimprotocol",
        uitleg: t(
            "De regels van je werkgever over ziek melden en bereikbaar zijn als je ziek bent.",
            "Absence rules: your employer's rules about reporting sick and being reachable while you are sick.",
        ),
    },
    Begrip {
        term: "vrijwillige verlenging",
        uitleg: t(
            "Jij en je werkgever spreken af dat je loon langer doorloopt dan 104 weken. Dat is minstens 13 weken extra. \
             Ook de termijn voor je WIA-aanvraag schuift dan op.",
            "Voluntary extension: you and your employer agree that your wages continue beyond 104 weeks. That is at least 13 extra weeks. \
             The deadline for your WIA application then moves too.",
        ),
    },
    Begrip {
        term: "wachttijd",
        uitleg: t(
            "De 104 weken ziekte voordat je een WIA-uitkering kunt krijgen. \
             In die tijd betaalt je werkgever minstens 70% van je loon door.",
            "Waiting period: the 104 weeks of sickness before you can get a WIA benefit. \
             During that time your employer keeps paying at least 70% of your wages.",
        ),
    },
    Begrip {
        term: "werkervaringsplaats",
        uitleg: t(
            "Je werkt tijdelijk bij een andere organisatie om ervaring en ritme op te doen. \
             In het tweede spoor blijf je meestal in dienst bij je eigen werkgever. Die betaalt je loon.",
            "Work-experience placement: you work at another organisation for a while to gain experience and rhythm. \
             In the second track you usually stay employed by your own employer. Your employer pays your wages.",
        ),
    },
    Begrip {
        term: "WGA",
        uitleg: t(
            "Een WIA-uitkering als je nog deels kunt werken. \
             Of als je nu niet kunt werken, maar nog kunt herstellen.",
            "Partial-disability benefit: a WIA benefit if you can still work partly. \
             Or if you cannot work now, but may still recover.",
        ),
    },
    Begrip {
        term: "WIA",
        uitleg: t(
            "De uitkering na 104 weken ziekte. UWV kijkt wat je nog kunt verdienen. \
             Is dat door ziekte minstens 35% minder dan vroeger? Dan krijg je meestal een WIA-uitkering. \
             Er zijn 2 soorten: WGA en IVA.",
            "Disability benefit after 104 weeks of sickness. UWV looks at what you can still earn. \
             Is that at least 35% less than before, because of your sickness? Then you usually get a WIA benefit. \
             There are 2 kinds: WGA and IVA.",
        ),
    },
    Begrip {
        term: "Ziektewet",
        uitleg: t(
            "Een wet voor een uitkering bij ziekte. Die is voor mensen die geen werkgever meer hebben die hun loon betaalt.",
            "Sickness Benefits Act: a law for a benefit during sickness. It is for people who no longer have an employer paying their wages.",
        ),
    },
    Begrip {
        term: "zoekprofiel",
        uitleg: t(
            "Een beschrijving van werk dat bij je past en dat echt te vinden is. \
             Het volgt uit je persoonsprofiel.",
            "Search profile: a description of work that suits you and that really exists. \
             It follows from your persoonsprofiel.",
        ),
    },
];

// ---------------------------------------------------------------------------------------------
// 5. Feestdagen en 6. disclaimer
// ---------------------------------------------------------------------------------------------

pub const FEESTDAGEN_UITLEG: Tekst = t(
    "Valt de 42e-weeksmelding in het weekend of op een feestdag? Dan schuift de datum naar de volgende werkdag. \
     Wij rekenen met deze feestdagen: nieuwjaarsdag, tweede paasdag, Koningsdag, Hemelvaartsdag, tweede pinksterdag, \
     eerste en tweede kerstdag. \
     Goede Vrijdag en 5 mei tellen we niet mee. Niet iedereen is op die dagen vrij. \
     Deze lijst is niet zeker. Controleer dit bij je casemanager of UWV.",
    "Does the 42e-weeksmelding (report to UWV after 42 weeks) fall on a weekend or a public holiday? \
     Then the date moves to the next working day. \
     We count these holidays: New Year's Day, Easter Monday, Koningsdag (King's Day), Ascension Day, Whit Monday, \
     Christmas Day and Boxing Day. \
     We do not count Good Friday and 5 May. Not everyone has those days off. \
     This list is not certain. Check this with your casemanager or UWV.",
);

pub const DISCLAIMER: Tekst = t(
    "Deze tijdlijn is geen juridisch advies. Hij helpt je om je gesprekken voor te bereiden. \
     De teksten zijn van november 2026. De regels kunnen veranderen. \
     Kijk ook in je cao en in het verzuimprotocol van je werkgever. Daar kunnen andere of extra afspraken in staan. \
     Twijfel je? Vraag het na bij je casemanager, je bedrijfsarts of UWV.",
    "This timeline is not legal advice. It helps you prepare for your conversations. \
     These texts date from November 2026. The rules can change. \
     Also check your cao (collective labour agreement) and your employer's verzuimprotocol (absence rules). \
     They may contain different or extra agreements. \
     Not sure? Ask your casemanager, your bedrijfsarts or UWV.",
);

// ---------------------------------------------------------------------------------------------
// 7. Teksten van de pagina zelf (formulier, meldingen, tijdlijn, knoppen)
// ---------------------------------------------------------------------------------------------

/// Definieert elke tekst één keer, als `pub const`, en zet ze ook in [`scherm::ALLE`]
/// zodat de tests geen tekst kunnen vergeten. `{}` is de plek voor een waarde
/// (in te vullen met `crate::content::teksten::vul`).
macro_rules! schermteksten {
    ($($naam:ident = $nl:expr, $en:expr;)*) => {
        $(pub const $naam: Tekst = t($nl, $en);)*
        /// Alle schermteksten met hun naam, voor de volledigheidstests.
        pub const ALLE: &[(&str, Tekst)] = &[$((stringify!($naam), $naam),)*];
    };
}

/// De teksten van de tijdlijnpagina zelf.
pub mod scherm {
    use crate::domain::tekst::{t, Tekst};

    schermteksten! {
        // Formulier
        FORM_KOP = "Jouw datums", "Your dates";
        FORM_INTRO = "Alleen je eerste ziektedag is nodig. De rest kun je later invullen, als je het weet. \
            Alles blijft op dit apparaat.",
            "Only your first sick day is needed. You can fill in the rest later, if you know it. \
            Everything stays on this device.";
        START_LABEL = "Eerste ziektedag", "First sick day";
        START_HINT = "Dit is de dag dat je je ziek meldde. Kijk welke datum in de brieven van je werkgever of UWV staat. \
            UWV is de organisatie die uitkeringen regelt.",
            "This is the day you reported sick. Look at the date in the letters from your employer or UWV. \
            UWV is the Dutch agency that arranges benefits.";
        DATUM_HINT = "Zie je een gewoon tekstvak? Typ dan jaar-maand-dag, bijvoorbeeld 2026-01-05.",
            "Do you see a plain text box? Then type year-month-day, for example 2026-01-05.";
        MEER_INVULLEN = "Meer invullen (als je het weet)", "Fill in more (if you know it)";
        MEER_INTRO = "Deze velden zijn niet nodig. Vul alleen in wat je weet. Dan worden je datums preciezer.",
            "These fields are not needed. Only fill in what you know. Then your dates become more precise.";
        HERSTEL_LEGEND = "Periodes dat je helemaal beter was", "Periods when you were fully well again";
        HERSTEL_HINT = "Was je tussendoor een tijd helemaal beter? En werd je daarna weer ziek? Vul die periode dan in. \
            Was je korter dan 4 weken beter? Dan tellen je ziekteperiodes bij elkaar op. \
            Was je 4 weken of langer beter? Dan begint de telling opnieuw.",
            "Were you fully well again for a while in between? And did you get sick again after that? Then fill in that period. \
            Were you well again for less than 4 weeks? Then your periods of sickness are added together. \
            Were you well again for 4 weeks or longer? Then the count starts again.";
        HERSTEL_RIJ = "Herstelperiode {}", "Recovery period {}";
        HERSTEL_VAN = "Eerste dag dat je beter was", "First day you were well again";
        HERSTEL_TOT = "Laatste dag dat je beter was", "Last day you were well again";
        HERSTEL_TOEVOEGEN = "Herstelperiode toevoegen", "Add a recovery period";
        HERSTEL_VERWIJDEREN = "Verwijder herstelperiode {}", "Remove recovery period {}";
        HERSTEL_MAX = "Meer periodes kun je hier niet toevoegen.", "You cannot add more periods here.";
        EJE_LABEL = "Datum van je eerstejaarsevaluatie", "Date of your eerstejaarsevaluatie (first-year review)";
        EJE_HINT = "Dit is het gesprek na ongeveer 1 jaar ziekte. Weet je wanneer het is of was? Dan rekenen we uit wanneer het tweede spoor (werk zoeken bij een andere werkgever) uiterlijk start.",
            "This is the meeting after about 1 year of sickness. Do you know when it is or was? Then we work out the latest start of the tweede spoor (second track: looking for work with another employer).";
        IVA_LABEL = "Datum waarop je vervroegde IVA aanvroeg",
            "Date you applied for vervroegde IVA (early full-disability benefit)";
        IVA_HINT = "IVA is een uitkering als je volledig en blijvend niet kunt werken. Vul dit alleen in als je het hebt aangevraagd. Dan zie je wanneer de IVA kan starten.",
            "IVA is a benefit if you fully and permanently cannot work. Only fill this in if you applied for it. Then you see when the IVA can start.";
        EINDE_LABEL = "Laatste dag van je contract", "Last day of your contract";
        EINDE_HINT = "Alleen als je contract eindigt terwijl je ziek bent. Dat heet ziek uit dienst.",
            "Only if your contract ends while you are sick. This is called ziek uit dienst (leaving employment while sick).";
        LOONSANCTIE_LABEL = "Loonsanctie, in weken", "Loonsanctie (wage sanction), in weeks";
        LOONSANCTIE_HINT = "Een loonsanctie betekent: je werkgever moet je loon langer doorbetalen. Heeft UWV (de uitkeringsinstantie) je werkgever een loonsanctie gegeven? Vul het aantal weken in, van 1 tot en met 52.",
            "A loonsanctie means: your employer has to keep paying your wages for longer. Did UWV (the benefits agency) give your employer a loonsanctie? Fill in the number of weeks, from 1 to 52.";
        VERLENGING_LABEL = "Vrijwillige verlenging, in weken", "Voluntary extension, in weeks";
        VERLENGING_HINT = "Een vrijwillige verlenging betekent: je loon loopt langer door dan de 104 weken. \
            Spraken jij en je werkgever dat af? Vul het aantal weken in, minstens 13.",
            "A vrijwillige verlenging (voluntary extension) means: your wages continue beyond the 104 weeks. \
            Did you and your employer agree on that? Fill in the number of weeks, at least 13.";
        LINK_INGEVULD = "Deze datum komt uit je link. Pas hem aan als hij niet klopt.",
            "This date comes from your link. Change it if it is wrong.";
        LINK_VRAAG_KOP = "Een andere datum in de link", "Another date in the link";
        LINK_VRAAG_UITLEG = "De link die je opende, heeft een andere eerste ziektedag. Welke datum wil je gebruiken? \
            Zolang je niet kiest, verandert er niets.",
            "The link you opened has a different first sick day. Which date do you want to use? \
            Until you choose, nothing changes.";
        LINK_VRAAG_JOUW = "Jouw datum:", "Your date:";
        LINK_VRAAG_LINK = "Datum in de link:", "Date in the link:";
        LINK_VERVANGEN = "Vervang mijn datum", "Replace my date";
        LINK_LAAT_STAAN = "Laat mijn datum staan", "Keep my date";
        LINK_VERVANGEN_KLAAR = "Je eerste ziektedag is nu {}.", "Your first sick day is now {}.";
        LINK_BLIJFT = "Je eigen datum blijft staan: {}.", "Your own date stays: {}.";
        LINK_ONLEESBAAR = "De datum in de link kunnen we niet lezen. Je eigen datum blijft staan.",
            "We cannot read the date in the link. Your own date stays.";
        LEEG_UITLEG = "Vul je eerste ziektedag in. Dan zie je hier je eigen tijdlijn.",
            "Fill in your first sick day. Then you will see your own timeline here.";
        FOUT_UITLEG = "Kijk naar de melding bij het veld. Zolang er een melding staat, laten we geen tijdlijn zien. \
            Zo zie je nooit verkeerde datums.",
            "Look at the message next to the field. As long as there is a message, we do not show a timeline. \
            That way you never see wrong dates.";
        FOUT_VOORVOEGSEL = "Let op:", "Please check:";
        GEKOZEN = "Dat is {}.", "That is {}.";
        KLAAR = "Je tijdlijn staat hieronder.", "Your timeline is below.";

        // Meldingen bij een veld
        MELDING_LEEG_START = "Vul je eerste ziektedag in.", "Fill in your first sick day.";
        MELDING_LEEG_HERSTEL_VAN = "Vul ook de eerste dag in dat je beter was.",
            "Also fill in the first day you were well again.";
        MELDING_LEEG_HERSTEL_TOT = "Vul ook de laatste dag in dat je beter was.",
            "Also fill in the last day you were well again.";
        MELDING_FORMAAT = "We kunnen “{}” niet lezen als datum. Typ de datum als jaar-maand-dag, bijvoorbeeld 2026-01-05.",
            "We cannot read “{}” as a date. Type the date as year-month-day, for example 2026-01-05.";
        MELDING_MAAND = "De datum “{}” bestaat niet. Een jaar heeft 12 maanden. Kijk of de maand klopt.",
            "The date “{}” does not exist. A year has 12 months. Check the month.";
        MELDING_DAG = "De datum “{}” bestaat niet. Die maand heeft minder dagen. Kijk of de dag klopt.",
            "The date “{}” does not exist. That month has fewer days. Check the day.";
        MELDING_JAAR = "De datum “{}” kan niet kloppen. Kijk of het jaar klopt.",
            "The date “{}” cannot be right. Check the year.";
        MELDING_GEEN_GETAL = "Vul een heel getal in, zoals 13. Nu staat er: “{}”.",
            "Fill in a whole number, such as 13. It now says: “{}”.";
        MELDING_VOOR_1990 = "Deze datum ligt vóór 1990. Dat kan niet kloppen. Kijk of het jaar goed is.",
            "This date is before 1990. That cannot be right. Check the year.";
        MELDING_JAAR_VOORUIT = "Deze datum ligt meer dan een jaar na vandaag. Dat kan niet kloppen. Kijk of het jaar goed is.",
            "This date is more than a year after today. That cannot be right. Check the year.";
        MELDING_HERSTEL_OMGEDRAAID = "De laatste dag ligt vóór de eerste dag. Heb je ze misschien omgedraaid?",
            "The last day is before the first day. Did you perhaps swap them?";
        MELDING_HERSTEL_VOOR_START = "Deze periode begint op of vóór je eerste ziektedag. \
            Een herstelperiode ligt altijd na je eerste ziektedag.",
            "This period starts on or before your first sick day. \
            A recovery period always comes after your first sick day.";
        MELDING_HERSTEL_TOEKOMST = "Deze periode begint na vandaag. Vul alleen periodes in die al begonnen zijn.",
            "This period starts after today. Only fill in periods that have already started.";
        MELDING_HERSTEL_OVERLAP = "Deze periode overlapt met een andere herstelperiode. Elke dag hoort maar in 1 periode.",
            "This period overlaps with another recovery period. Each day belongs in only 1 period.";
        MELDING_EJE_VOOR_START = "Deze datum ligt vóór het begin van je ziekteperiode. Kijk of de datum klopt.",
            "This date is before the start of your period of sickness. Check the date.";
        MELDING_IVA_TE_VROEG = "Vervroegde IVA (uitkering als je blijvend niet kunt werken) kun je pas na 3 weken ziekte aanvragen. Deze datum ligt eerder. \
            Kijk of de datum klopt.",
            "You can only apply for early IVA (benefit if you permanently cannot work) after 3 weeks of sickness. This date is earlier. Check the date.";
        MELDING_IVA_TE_LAAT = "Vervroegde IVA (uitkering als je blijvend niet kunt werken) vraag je aan voordat je 68 weken ziek bent. Deze datum ligt later. \
            Kijk of de datum klopt.",
            "You apply for early IVA (benefit if you permanently cannot work) before you have been sick for 68 weeks. This date is later. Check the date.";
        MELDING_EINDE_VOOR_START = "Je contract eindigde vóór het begin van je ziekteperiode. \
            Dan past deze tijdlijn niet bij jouw situatie. Vraag UWV (de uitkeringsinstantie) wat voor jou geldt.",
            "Your contract ended before the start of your period of sickness. \
            Then this timeline does not fit your situation. Ask UWV (the benefits agency) what applies to you.";
        MELDING_LOONSANCTIE_NUL = "Een loonsanctie duurt minstens 1 week. Heb je geen loonsanctie? Maak dit veld dan leeg.",
            "A loonsanctie lasts at least 1 week. No loonsanctie? Then leave this field empty.";
        MELDING_LOONSANCTIE_LANG = "Een loonsanctie duurt hooguit 52 weken. Kijk of het getal klopt.",
            "A loonsanctie lasts 52 weeks at most. Check the number.";
        MELDING_VERLENGING_KORT = "Een vrijwillige verlenging duurt minstens 13 weken. Kijk of het getal klopt.",
            "A voluntary extension lasts at least 13 weeks. Check the number.";
        MELDING_VERLENGING_LANG = "Wij rekenen met een verlenging van hooguit 104 weken. Kijk of het getal klopt.",
            "We calculate with an extension of 104 weeks at most. Check the number.";
        MELDING_VERLENGING_UIT_DIENST = "Je contract eindigt vóór het einde van de 104 weken. \
            Dan krijg je daarna meestal een Ziektewet-uitkering (uitkering bij ziekte). Een vrijwillige verlenging kan dan niet.",
            "Your contract ends before the end of the 104 weeks. \
            After that you usually get a Ziektewet benefit (sickness benefit). A voluntary extension is then not possible.";

        // Waar sta je nu
        NU_KOP = "Waar sta je nu", "Where you are now";
        NU_VANDAAG = "Vandaag is het {}.", "Today is {}.";
        NU_WEEK = "Je bent in week {} van de 104 weken.", "You are in week {} of the 104 weeks.";
        NU_NA_104 = "De 104 weken zijn voorbij. Je bent nu in week {}.", "The 104 weeks are over. You are now in week {}.";
        NU_VOOR_START = "Je eerste ziektedag ligt na vandaag.", "Your first sick day is after today.";
        NU_HERSTEL = "Vandaag valt in een periode dat je helemaal beter bent.",
            "Today falls in a period when you are fully well again.";
        NU_LOOPT = "Loopt nu", "Happening now";
        VOLGENDE = "Volgende stap", "Next step";
        WANNEER_VANDAAG = "vandaag", "today";
        WANNEER_MORGEN = "morgen", "tomorrow";
        WANNEER_DAGEN = "over {} dagen", "in {} days";
        GEEN_VOLGENDE = "Alle stappen op je tijdlijn zijn voorbij.", "All steps on your timeline are in the past.";
        NAAR_STAP = "Lees meer over deze stap", "Read more about this step";
        ICS_KNOP = "Zet in je agenda (.ics)", "Add to your calendar (.ics)";
        ICS_UITLEG = "Je krijgt een agendabestand met alle stappen. Open het met je agenda-app. \
            Het bestand gaat niet via internet.",
            "You get a calendar file with all the steps. Open it with your calendar app. \
            The file does not go over the internet.";
        ICS_MISLUKT = "Het downloaden lukte niet in deze browser. Probeer een andere browser, of druk je tijdlijn af.",
            "The download did not work in this browser. Try another browser, or print your timeline.";
        PRINT_KNOP = "Afdrukken", "Print";
        PRINT_REGEL = "Gemaakt met Spoorwijzer op {}. Eerste ziektedag: {}.",
            "Made with Spoorwijzer on {}. First sick day: {}.";

        // Samentellen en een nieuwe ziekteperiode
        KETEN_HERSTART = "Je was {} dagen achter elkaar helemaal beter, van {} tot en met {}. \
            Dat is 4 weken of langer. Daarom begon je ziekteperiode opnieuw op {}. Je tijdlijn telt vanaf die dag.",
            "You were fully well again for {} days in a row, from {} up to and including {}. \
            That is 4 weeks or longer. So your period of sickness started again on {}. Your timeline counts from that day.";
        KETEN_SAMENGETELD = "Je was tussendoor korter dan 4 weken beter. Daarom tellen je ziekteperiodes bij elkaar op. \
            De datums na je herstel schuiven op met de dagen dat je beter was.",
            "In between, you were well again for less than 4 weeks. So your periods of sickness are added together. \
            The dates after your recovery move later by the days you were well again.";

        // De tijdlijn
        LIJN_KOP = "Je tijdlijn", "Your timeline";
        LIJN_INTRO = "Alle stappen van je eerste ziektedag tot het einde van de 104 weken, met je eigen datums.",
            "All steps from your first sick day to the end of the 104 weeks, in your own dates.";
        LEGENDA = "Wat betekenen de labels?", "What do the labels mean?";
        LEGENDA_VOORBIJ = "De datum is geweest. Weet je niet of deze stap gebeurd is? Vraag het dan na bij je casemanager.",
            "The date has passed. Not sure whether this step happened? Then ask your casemanager.";
        LEGENDA_ZEKERHEID = "Bij elke stap staat ook hoe vast de datum is.", "Each step also shows how fixed its date is.";
        SPOOR_1 = "Spoor 1", "Track 1";
        SPOOR_1_UITLEG = "Terug naar werk bij je eigen werkgever.", "Back to work with your own employer.";
        SPOOR_2 = "Spoor 2", "Track 2";
        SPOOR_2_UITLEG = "Werk zoeken bij een andere werkgever.", "Looking for work with another employer.";
        SPOOR_BEIDE = "Beide sporen", "Both tracks";
        SPOOR_BEIDE_UITLEG = "Gaat over spoor 1 en spoor 2.", "About track 1 and track 2.";
        SPOOR_ALGEMEEN = "Algemeen", "General";
        SPOOR_ALGEMEEN_UITLEG = "Meldingen, uitkeringen en de 104 weken.", "Reports, benefits and the 104 weeks.";
        ZEKER_WET = "Termijn uit de wet", "Legal deadline";
        ZEKER_UWV = "Regel of besluit van UWV", "UWV rule or decision";
        ZEKER_PRAKTIJK = "Gewoonte, geen vaste termijn", "Common practice, no fixed deadline";
        ZEKER_ONGEVEER = "Ongeveer", "Approximate";
        ZEKER_ONBEVESTIGD = "Niet zeker", "Not certain";
        ZEKER_RITME = "Vast ritme: minstens elke 6 weken", "Fixed rhythm: at least every 6 weeks";
        ZEKER_INGEVULD = "Datum die je zelf invulde", "A date you filled in";
        EJE_LAAT = "Je eerstejaarsevaluatie was na week 52. Daardoor schuift deze datum op. \
            Het tweede spoor hoort te starten zodra duidelijk is dat je niet blijvend terug kunt bij je eigen werkgever. \
            Controleer dit bij je casemanager of UWV.",
            "Your eerstejaarsevaluatie (first-year review) was after week 52. That moves this date later. \
            The second track should start as soon as it is clear that you cannot return for good to your own employer. \
            Check this with your casemanager or UWV.";
        IVA_VOUW = "Als je helemaal niet meer kunt werken", "If you cannot work at all any more";
        STATUS_VOORBIJ = "Voorbij", "Past";
        STATUS_KOMT = "Komt nog", "Coming up";
        HIER_LABEL = "Je bent hier", "You are here";
        HIER_TEKST = "Vandaag, {}", "Today, {}";
        WEEK = "week {}", "week {}";
        WEKEN_VAN_TOT = "week {} tot en met {}", "weeks {} to {}";
        VAN_TOT = "{} tot en met {}", "{} up to and including {}";
        ONGEVEER_DATUM = "rond {}", "around {}";
        WIE_LABEL = "Wie is aan zet", "Who acts";
        WAT_LABEL = "Wat gebeurt er", "What happens";
        JIJ_LABEL = "Wat kun jij doen of vragen", "What you can do or ask";
        GEMIST_LABEL = "Als het niet (op tijd) gebeurt", "If it does not happen (on time)";
        ONZEKER_HERSTEL = "Je was tussendoor een tijd beter. Daardoor schuift deze datum op. \
            Of dat ook voor deze stap geldt, is niet zeker. Controleer dit bij je casemanager of UWV.",
            "You were well again for a while in between. That moves this date later. \
            Whether this also applies to this step is not certain. Check this with your casemanager or UWV.";
        ONZEKER_ALGEMEEN = "Deze datum is niet zeker. Controleer dit bij je casemanager of UWV.",
            "This date is not certain. Check this with your casemanager or UWV.";
        MODULE_LINK = "Denk erover na in: {}", "Think it over in: {}";
        MEER_OVER_STAP = "Meer over deze stap", "More about this step";
        EVALUATIE_NUMMER = "{}, gesprek {} van {}", "{}, meeting {} of {}";
        NA_CONTRACT = "Dit valt na het einde van je contract. Dan neemt UWV dit meestal over. \
            Is je oud-werkgever eigenrisicodrager (betaalt zelf de Ziektewet-uitkering)? Dan blijft die verantwoordelijk.",
            "This falls after the end of your contract. Then UWV usually takes it over. \
            Is your former employer an eigenrisicodrager (self-insurer) for the Ziektewet? Then it stays responsible.";

        // De twee sporen naast elkaar
        SPOREN_KOP = "De twee sporen naast elkaar", "The two tracks side by side";
        SPOOR_1_BAAN = "Spoor 1: terug bij je eigen werkgever", "Track 1: back with your own employer";
        SPOOR_2_BAAN = "Spoor 2: werk bij een andere werkgever", "Track 2: work with another employer";
        SPOREN_DATUM = "Spoor 1 loopt de hele tijd. Spoor 2 start uiterlijk op {}. \
            Vanaf dan lopen de sporen meestal tegelijk.",
            "Track 1 runs the whole time. Track 2 starts on {} at the latest. \
            From then on the tracks usually run at the same time.";
        SPOREN_VENSTER = "Spoor 1 loopt de hele tijd. Spoor 2 start uiterlijk ergens tussen {} en {}. \
            Dat hangt af van de datum van je eerstejaarsevaluatie. Vanaf dan lopen de sporen meestal tegelijk.",
            "Track 1 runs the whole time. Track 2 starts at the latest somewhere between {} and {}. \
            That depends on the date of your eerstejaarsevaluatie. From then on the tracks usually run at the same time.";
        SPOREN_EERDER = "Is eerder duidelijk dat je niet blijvend terug kunt bij je eigen werkgever? \
            Dan start spoor 2 eerder.",
            "Is it clear earlier that you cannot return for good with your own employer? \
            Then track 2 starts earlier.";
        SPOREN_STREEP = "De donkere streep in de balken is vandaag.", "The dark line across the bars is today.";
        SPOREN_ARCERING = "Het lichte stuk van spoor 2 is de periode waarin het uiterlijk moet starten.",
            "The light part of track 2 is the period in which it must start at the latest.";

        // Ziek uit dienst
        UITDIENST_KOP = "Als je contract eindigt", "If your contract ends";
        UITDIENST_LAATSTE_DAG = "Je contract eindigt op {}. Dat is in week {} van je ziekte.",
            "Your contract ends on {}. That is in week {} of your sickness.";
        UITDIENST_MELDING = "Je werkgever meldt uiterlijk op {} bij UWV dat je ziek uit dienst gaat. \
            Dat is de laatste werkdag van je contract.",
            "Your employer tells UWV by {} that you leave while sick. \
            That is the last working day of your contract.";
        UITDIENST_DATA_BLIJVEN = "De 104 weken lopen gewoon door. De weken bij je werkgever tellen mee.",
            "The 104 weeks simply continue. The weeks with your employer count.";
        UITDIENST_RIV_GEEN = "Je was korter dan 6 weken ziek toen je contract eindigde. \
            Dan hoeft je werkgever geen re-integratieverslag te maken.",
            "You had been sick for less than 6 weeks when your contract ended. \
            Then your employer does not have to make a re-integratieverslag (re-integration report).";
        UITDIENST_RIV_BEKNOPT = "Je was 6 tot 10 weken ziek toen je contract eindigde. \
            Dan maakt je werkgever een kort re-integratieverslag.",
            "You had been sick for 6 to 10 weeks when your contract ended. \
            Then your employer makes a short re-integratieverslag (re-integration report).";
        UITDIENST_RIV_VOLLEDIG = "Je was 10 weken of langer ziek toen je contract eindigde. \
            Dan maakt je werkgever een volledig re-integratieverslag, met een eindevaluatie.",
            "You had been sick for 10 weeks or longer when your contract ended. \
            Then your employer makes a full re-integratieverslag (re-integration report), with an eindevaluatie (final review).";
        UITDIENST_VOOR_WEEKMELDING = "Je contract eindigt vóór de 42e-weeksmelding. Die melding vervalt dan. \
            De melding ziek uit dienst komt ervoor in de plaats.",
            "Your contract ends before the 42e-weeksmelding (report to UWV after 42 weeks). That report then lapses. \
            The report that you leave while sick takes its place.";
        UITDIENST_ZW_44 = "Rond week 44, ongeveer in {}, kijkt UWV of je recht houdt op een Ziektewet-uitkering.",
            "Around week 44, roughly in {}, UWV checks whether you keep the right to a Ziektewet benefit.";
        UITDIENST_ZW_4WEKEN = "UWV kijkt binnen 4 weken na de melding of je recht houdt op een Ziektewet-uitkering. \
            Dat is uiterlijk rond {}.",
            "Within 4 weeks after the report, UWV checks whether you keep the right to a Ziektewet benefit. \
            That is around {} at the latest.";
        UITDIENST_NA_WACHTTIJD = "Je contract eindigt na de 104 weken. De datums hierboven veranderen daardoor niet.",
            "Your contract ends after the 104 weeks. The dates above do not change because of it.";
        UITDIENST_TAKEN = "Deze stappen vallen na het einde van je contract:", "These steps fall after the end of your contract:";

        // Uitleg onder de tijdlijn
        FASEN_KOP = "De fasen van de 2 jaar", "The phases of the 2 years";
        FASEN_INTRO = "Bij elke fase past een deel van Spoorwijzer. Daar kun je rustig nadenken over je volgende stap.",
            "Each phase fits a part of Spoorwijzer. There you can calmly think about your next step.";
        TWEEDE_SPOOR_KOP = "Het tweede spoor", "The tweede spoor (second track)";
        FEESTDAGEN_KOP = "Weekend en feestdagen", "Weekends and public holidays";
        BEGRIPPEN_KOP = "Begrippen", "Glossary";
        BEGRIPPEN_INTRO = "De woorden die je tegenkomt, in gewone taal.", "The words you will come across, in plain language.";
        DISCLAIMER_KOP = "Goed om te weten", "Good to know";

        // Issue 11: zwangerschaps- en bevallingsverlof in een herstelperiode
        VERLOF_VRAAG = "Was je in die tussentijd met zwangerschaps- of bevallingsverlof?",
            "Were you on pregnancy or maternity leave in that time?";
        VERLOF_HINT = "Vul dan de eerste en de laatste dag van je verlof in. Die dagen tellen niet mee voor de 4 weken. \
            Vul bij de herstelperiode de hele tijd tussen je ziekteperiodes in, ook het verlof.",
            "Then fill in the first and the last day of your leave. Those days do not count toward the 4 weeks. \
            For the recovery period, fill in the whole time between your periods of sickness, including the leave.";
        VERLOF_VAN = "Eerste dag van je verlof", "First day of your leave";
        VERLOF_TOT = "Laatste dag van je verlof", "Last day of your leave";
        MELDING_LEEG_VERLOF_VAN = "Vul ook de eerste dag van je verlof in.", "Also fill in the first day of your leave.";
        MELDING_LEEG_VERLOF_TOT = "Vul ook de laatste dag van je verlof in.", "Also fill in the last day of your leave.";
        MELDING_VERLOF_OMGEDRAAID = "De laatste verlofdag ligt vóór de eerste. Heb je ze misschien omgedraaid?",
            "The last day of leave is before the first. Did you perhaps swap them?";
        MELDING_VERLOF_BUITEN = "Je verlof valt niet helemaal in deze herstelperiode. \
            Vul bij de herstelperiode de hele tijd tussen je ziekteperiodes in, ook het verlof.",
            "Your leave does not fall fully within this recovery period. \
            For the recovery period, fill in the whole time between your periods of sickness, including the leave.";
        KETEN_VERLOF = "Dagen met zwangerschaps- of bevallingsverlof tellen niet mee voor de 4 weken. \
            Zo hebben we ook gerekend.",
            "Days of pregnancy or maternity leave do not count toward the 4 weeks. \
            That is how we counted too.";

        // Issue 11: eerlijke datums
        UITERLIJK = "uiterlijk {}", "by {} at the latest";
        TUSSEN = "tussen {} en {}", "between {} and {}";
        ROND_WEEK = "rond week {}, ongeveer {}", "around week {}, roughly {}";
        AARD_TERMIJN = "Termijn: het moet uiterlijk op deze dag.", "Deadline: it must happen by this day.";
        AARD_VENSTER = "Periode: ergens tussen deze 2 datums.", "Period: somewhere between these 2 dates.";
        AARD_SCHATTING = "Schatting: er staat geen vaste dag voor.", "Estimate: there is no fixed day for it.";
        AARD_VAST = "Een vaste dag.", "A fixed day.";

        // Issue 11: het beeld
        BEELD_KOP = "Je tijdlijn in 1 beeld", "Your timeline at a glance";
        BEELD_UITLEG = "Kies een stap voor een korte uitleg.", "Choose a step for a short explanation.";
        MEER_HIEROVER = "Meer hierover", "More about this";
        BEELD_WEKEN = "week {}–{}", "weeks {}–{}";
        BEELD_TITEL = "Je tijdlijn van week 1 tot en met week {}. Je bent hier: {}.",
            "Your timeline from week 1 to week {}. You are here: {}.";
        BEELD_JAAR_1 = "Jaar 1", "Year 1";
        BEELD_JAAR_2 = "Jaar 2", "Year 2";
        BEELD_DAARNA = "Daarna", "After";
        BEELD_STIP = "{}, {}", "{}, {}";
        BEELD_WOORDEN = "Het beeld in woorden", "The picture in words";
        BEELD_STREEPJES = "De kleine streepjes zijn de evaluaties van je plan, ongeveer elke 6 weken.",
            "The small lines are the reviews of your plan, about every 6 weeks.";
        BEELD_WEEK_KORT = "wk {}", "wk {}";
        BEELD_SPOOR_1 = "Spoor 1: eigen werkgever", "Track 1: own employer";
        BEELD_SPOOR_2 = "Spoor 2: andere werkgever", "Track 2: another employer";

        // Issue 11: kort overzicht
        KOMT_KOP = "Wat komt er", "What comes next";
        EVALUATIE_TERUGKEREND = "Elke 6 weken ongeveer: evaluatie van je plan, samen met je werkgever",
            "About every 6 weeks: a review of your plan, together with your employer";
        EVALUATIE_VOLGENDE = "De volgende is rond week {}, ongeveer {}. Er is geen vaste dag: jullie spreken die samen af.",
            "The next one is around week {}, roughly {}. There is no fixed day: you agree on it together.";
        VRAGEN_KOP = "Wat je nu kunt vragen of doen", "What you can ask or do now";
        VRAAG_KOPIE = "Vraag om een kopie van elk stuk over je re-integratie: je weg terug naar werk. Je hebt daar recht op. \
            Je casemanager (die je re-integratie regelt) kan je helpen.",
            "Ask for a copy of every document about your re-integration: your way back to work. You have a right to it. \
            Your casemanager (who arranges your re-integration) can help.";
        VRAAG_DESKUNDIGE = "Kom je er samen niet uit? Dan kun je UWV (de uitkeringsinstantie) om een deskundigenoordeel vragen. \
            Dat is een onafhankelijk advies van UWV.",
            "Can you not work it out together? Then you can ask UWV (the benefits agency) for a deskundigenoordeel. \
            That is an independent opinion from UWV.";
        VRAAG_IVA = "Kun je helemaal niet meer werken, en blijft dat zo? \
            Vraag je bedrijfsarts (de arts voor ziekte en werk) dan naar vervroegde IVA. \
            Dat is een uitkering als je volledig en blijvend niet kunt werken. \
            Je kunt het maar 1 keer aanvragen, tot ongeveer week 68 ({}). \
            De laatste dag is niet zeker. Controleer dit bij je casemanager of UWV.",
            "Can you no longer work at all, and will that stay so? \
            Then ask your company doctor (bedrijfsarts) about vervroegde IVA. \
            That is a benefit if you fully and permanently cannot work. \
            You can apply only once, until about week 68 ({}). \
            The last day is not certain. Check this with your casemanager or UWV.";
        ALLE_STAPPEN = "Alle stappen", "All steps";
        ALLE_STAPPEN_INTRO = "Alle stappen van je eerste ziektedag tot het einde, per deel van de tijd.",
            "All steps from your first sick day to the end, by part of the time.";
        DEEL_1 = "Het eerste jaar (week 1 tot en met 52)", "The first year (weeks 1 to 52)";
        DEEL_2 = "Het tweede jaar (week 53 tot en met 104)", "The second year (weeks 53 to 104)";
        DEEL_3 = "Daarna", "After that";
        REDEN_LOONSANCTIE = "Waarom deze datum? UWV gaf je werkgever een loonsanctie van {} weken. \
            Daarom loopt je loon {} weken langer door.",
            "Why this date? UWV gave your employer a loonsanctie (wage sanction) of {} weeks. \
            So your wages continue for {} weeks longer.";
        REDEN_VERLENGING = "Waarom deze datum? Jij en je werkgever spraken een vrijwillige verlenging van {} weken af. \
            Daarom loopt je loon {} weken langer door.",
            "Why this date? You and your employer agreed a voluntary extension of {} weeks. \
            So your wages continue for {} weeks longer.";
        SANCTIES_KOP = "Over sancties", "About sanctions";
        SANCTIES_LINK = "Lees over sancties", "Read about sanctions";
        MOGELIJKHEID = "Mogelijkheid om naar te vragen", "An option to ask about";
        PRINT_DATUMS_KOP = "Je datums", "Your dates";
        PRINT_STAP = "Stap", "Step";
        PRINT_WANNEER = "Wanneer", "When";
        PRINT_VRAGEN_KOP = "Vragen voor je gesprek", "Questions for your talk";
    }
}

/// Namen van de dagen, maandag eerst (zoals [`Weekdag`]).
pub const WEEKDAGEN: [Tekst; 7] = [
    t("maandag", "Monday"),
    t("dinsdag", "Tuesday"),
    t("woensdag", "Wednesday"),
    t("donderdag", "Thursday"),
    t("vrijdag", "Friday"),
    t("zaterdag", "Saturday"),
    t("zondag", "Sunday"),
];

/// Namen van de maanden, januari eerst.
pub const MAANDEN: [Tekst; 12] = [
    t("januari", "January"),
    t("februari", "February"),
    t("maart", "March"),
    t("april", "April"),
    t("mei", "May"),
    t("juni", "June"),
    t("juli", "July"),
    t("augustus", "August"),
    t("september", "September"),
    t("oktober", "October"),
    t("november", "November"),
    t("december", "December"),
];

/// Een datum voluit: "maandag 26 oktober 2026" / "Monday 26 October 2026".
pub fn datum_voluit(d: Datum, taal: Taal) -> String {
    let dag = match d.weekdag() {
        Weekdag::Maandag => 0,
        Weekdag::Dinsdag => 1,
        Weekdag::Woensdag => 2,
        Weekdag::Donderdag => 3,
        Weekdag::Vrijdag => 4,
        Weekdag::Zaterdag => 5,
        Weekdag::Zondag => 6,
    };
    // maand() ligt altijd in 1..=12; `get` houdt het zonder paniek.
    let maand = MAANDEN.get(d.maand().saturating_sub(1) as usize).map_or("", |m| m.in_taal(taal));
    format!("{} {} {} {}", WEEKDAGEN[dag].in_taal(taal), d.dag(), maand, d.jaar())
}

/// Een datum zonder weekdag: "16 november 2026". Voor vensters: een grens, geen afspraak.
pub fn datum_kort(d: Datum, taal: Taal) -> String {
    let maand = MAANDEN.get(d.maand().saturating_sub(1) as usize).map_or("", |m| m.in_taal(taal));
    format!("{} {} {}", d.dag(), maand, d.jaar())
}

/// Alleen maand en jaar: "februari 2027". Voor schattingen.
pub fn maand_jaar(d: Datum, taal: Taal) -> String {
    let maand = MAANDEN.get(d.maand().saturating_sub(1) as usize).map_or("", |m| m.in_taal(taal));
    format!("{} {}", maand, d.jaar())
}

/// De melding bij een veld van het formulier. `{}` (alleen bij onleesbare waarden)
/// is de plek voor wat er getypt is.
pub fn melding_tekst(veld: Veld, probleem: Probleem) -> Tekst {
    use scherm::*;
    match probleem {
        Probleem::Leeg => match veld {
            Veld::HerstelVan(_) => MELDING_LEEG_HERSTEL_VAN,
            Veld::HerstelTot(_) => MELDING_LEEG_HERSTEL_TOT,
            Veld::VerlofVan(_) => MELDING_LEEG_VERLOF_VAN,
            Veld::VerlofTot(_) => MELDING_LEEG_VERLOF_TOT,
            _ => MELDING_LEEG_START,
        },
        Probleem::Datum(DatumFout::Formaat) => MELDING_FORMAAT,
        Probleem::Datum(DatumFout::OngeldigeMaand) => MELDING_MAAND,
        Probleem::Datum(DatumFout::OngeldigeDag) => MELDING_DAG,
        Probleem::Datum(DatumFout::BuitenBereik) => MELDING_JAAR,
        Probleem::GeenGetal => MELDING_GEEN_GETAL,
        Probleem::Reden(r) => match r {
            Reden::VoorNegentienNegentig => MELDING_VOOR_1990,
            Reden::MeerDanJaarVooruit => MELDING_JAAR_VOORUIT,
            Reden::HerstelEindeVoorBegin => MELDING_HERSTEL_OMGEDRAAID,
            Reden::HerstelVoorStart => MELDING_HERSTEL_VOOR_START,
            Reden::HerstelInToekomst => MELDING_HERSTEL_TOEKOMST,
            Reden::HerstelOverlapt => MELDING_HERSTEL_OVERLAP,
            Reden::EjeVoorStart => MELDING_EJE_VOOR_START,
            Reden::IvaAanvraagTeVroeg => MELDING_IVA_TE_VROEG,
            Reden::IvaAanvraagTeLaat => MELDING_IVA_TE_LAAT,
            Reden::EindeDienstverbandVoorStart => MELDING_EINDE_VOOR_START,
            Reden::LoonsanctieNul => MELDING_LOONSANCTIE_NUL,
            Reden::LoonsanctieTeLang => MELDING_LOONSANCTIE_LANG,
            Reden::VerlengingTeKort => MELDING_VERLENGING_KORT,
            Reden::VerlengingTeLang => MELDING_VERLENGING_LANG,
            Reden::VerlengingNaUitDienst => MELDING_VERLENGING_UIT_DIENST,
            Reden::VerlofEindeVoorBegin => MELDING_VERLOF_OMGEDRAAID,
            Reden::VerlofBuitenHerstel => MELDING_VERLOF_BUITEN,
        },
    }
}

/// Label bij het spoor van een mijlpaal.
pub fn spoor_tekst(spoor: Spoor) -> Tekst {
    match spoor {
        Spoor::Een => scherm::SPOOR_1,
        Spoor::Twee => scherm::SPOOR_2,
        Spoor::Beide => scherm::SPOOR_BEIDE,
        Spoor::Geen => scherm::SPOOR_ALGEMEEN,
    }
}

/// Label bij hoe vast een datum is.
pub fn zekerheid_tekst(z: Zekerheid) -> Tekst {
    match z {
        Zekerheid::Wet => scherm::ZEKER_WET,
        Zekerheid::Uwv => scherm::ZEKER_UWV,
        Zekerheid::Praktijk => scherm::ZEKER_PRAKTIJK,
        Zekerheid::Ongeveer => scherm::ZEKER_ONGEVEER,
        Zekerheid::Onbevestigd => scherm::ZEKER_ONBEVESTIGD,
        Zekerheid::Ritme => scherm::ZEKER_RITME,
        Zekerheid::Ingevuld => scherm::ZEKER_INGEVULD,
    }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests {
    use super::*;

    const CHECK_NL: &str = "Controleer dit bij je casemanager of UWV.";
    const CHECK_EN: &str = "Check this with your casemanager or UWV.";

    /// Positie in `ALLE`, via een match zonder wildcard: een nieuwe variant breekt de build.
    fn positie(s: MijlpaalId) -> usize {
        use MijlpaalId::*;
        match s {
            Ziekmelding => 0,
            ArbodienstGemeld => 1,
            VervroegdeIvaVanaf => 2,
            Probleemanalyse => 3,
            PlanVanAanpak => 4,
            Evaluatie(_) => 5,
            WeekmeldingUwv => 6,
            EerstejaarsevaluatieVenster => 7,
            Eerstejaarsevaluatie => 8,
            UitersteStartTweedeSpoor => 9,
            VervroegdeIvaTot => 10,
            VervroegdeIvaStart => 11,
            WiaBrief => 12,
            Eindevaluatie => 13,
            WiaAanvraagUiterlijk => 14,
            EindeWachttijd => 15,
            WiaStart => 16,
            LoonsanctieEinde => 17,
            VerlengingEinde => 18,
            EindeDienstverband => 19,
        }
    }

    /// Alle teksten, met een label voor foutmeldingen.
    pub(crate) fn alle_teksten() -> Vec<(String, Tekst)> {
        let mut v = Vec::new();
        for s in ALLE_MIJLPALEN {
            let m = mijlpaal_tekst(s);
            v.push((format!("{s:?}.titel"), m.titel));
            v.push((format!("{s:?}.wie"), m.wie));
            v.push((format!("{s:?}.wat"), m.wat));
            v.push((format!("{s:?}.jij"), m.jij));
            v.push((format!("{s:?}.gemist"), m.gemist));
            if let Some(o) = m.onbevestigd {
                v.push((format!("{s:?}.onbevestigd"), o));
            }
        }
        for (i, f) in FASEN.iter().enumerate() {
            v.push((format!("FASEN[{i}].titel"), f.titel));
            v.push((format!("FASEN[{i}].uitleg"), f.uitleg));
        }
        for (i, s) in TWEEDE_SPOOR.iter().enumerate() {
            v.push((format!("TWEEDE_SPOOR[{i}].titel"), s.titel));
            for (j, a) in s.alineas.iter().enumerate() {
                v.push((format!("TWEEDE_SPOOR[{i}].alineas[{j}]"), *a));
            }
            for (j, p) in s.punten.iter().enumerate() {
                v.push((format!("TWEEDE_SPOOR[{i}].punten[{j}]"), *p));
            }
        }
        for b in BEGRIPPEN {
            v.push((format!("BEGRIPPEN[{}]", b.term), b.uitleg));
        }
        v.push(("FEESTDAGEN_UITLEG".into(), FEESTDAGEN_UITLEG));
        v.push(("DISCLAIMER".into(), DISCLAIMER));
        for (naam, tk) in scherm::ALLE {
            v.push((format!("scherm::{naam}"), *tk));
        }
        for (i, tk) in WEEKDAGEN.iter().chain(MAANDEN.iter()).enumerate() {
            v.push((format!("WEEKDAGEN/MAANDEN[{i}]"), *tk));
        }
        v
    }

    #[test]
    fn schermteksten_compleet_en_uniek() {
        assert!(scherm::ALLE.len() > 100);
        for (naam, tk) in scherm::ALLE {
            assert!(tk.is_compleet(), "lege schermtekst: {naam}");
            // Een plek voor een waarde staat in beide talen even vaak.
            assert_eq!(tk.nl.matches("{}").count(), tk.en.matches("{}").count(), "{naam}: aantal {{}} verschilt");
        }
        let mut namen: Vec<&str> = scherm::ALLE.iter().map(|(n, _)| *n).collect();
        namen.sort_unstable();
        namen.dedup();
        assert_eq!(namen.len(), scherm::ALLE.len());
        for tk in [scherm::ONZEKER_HERSTEL, scherm::ONZEKER_ALGEMEEN, scherm::VRAAG_IVA] {
            assert!(tk.nl.ends_with(CHECK_NL) && tk.en.ends_with(CHECK_EN));
        }
    }

    #[test]
    fn datum_voluit_in_beide_talen() {
        use crate::domain::taal::Taal;
        let d = |s: &str| Datum::parse_iso(s).expect("testdatum");
        assert_eq!(datum_voluit(d("2026-10-26"), Taal::Nl), "maandag 26 oktober 2026");
        assert_eq!(datum_voluit(d("2026-10-26"), Taal::En), "Monday 26 October 2026");
        assert_eq!(datum_voluit(d("2026-01-05"), Taal::Nl), "maandag 5 januari 2026");
        assert_eq!(datum_voluit(d("2028-02-29"), Taal::Nl), "dinsdag 29 februari 2028");
        assert_eq!(datum_voluit(d("2027-10-17"), Taal::En), "Sunday 17 October 2027");
        assert_eq!(datum_voluit(d("2026-12-25"), Taal::Nl), "vrijdag 25 december 2026");
        // Elke weekdag en maand komt voor, en nooit een lege naam.
        let mut x = d("2026-01-01");
        for _ in 0..400 {
            for taal in Taal::ALLE {
                let s = datum_voluit(x, taal);
                assert_eq!(s.split(' ').count(), 4, "{s}");
                assert!(s.split(' ').all(|w| !w.is_empty()), "{s}");
            }
            x = x.plus_dagen(1);
        }
        assert_eq!(datum_voluit(Datum::MIN, Taal::Nl), "maandag 1 januari 1");
    }

    #[test]
    fn every_evaluation_shares_one_text() {
        assert_eq!(mijlpaal_tekst(MijlpaalId::Evaluatie(15)), mijlpaal_tekst(MijlpaalId::Evaluatie(1)));
    }

    #[test]
    fn elke_melding_heeft_tekst() {
        use crate::domain::tijdlijn::datum::DatumFout;
        let redenen = [
            Reden::VoorNegentienNegentig,
            Reden::MeerDanJaarVooruit,
            Reden::HerstelEindeVoorBegin,
            Reden::HerstelVoorStart,
            Reden::HerstelInToekomst,
            Reden::HerstelOverlapt,
            Reden::EjeVoorStart,
            Reden::IvaAanvraagTeVroeg,
            Reden::IvaAanvraagTeLaat,
            Reden::EindeDienstverbandVoorStart,
            Reden::LoonsanctieNul,
            Reden::LoonsanctieTeLang,
            Reden::VerlengingTeKort,
            Reden::VerlengingTeLang,
            Reden::VerlengingNaUitDienst,
            Reden::VerlofEindeVoorBegin,
            Reden::VerlofBuitenHerstel,
        ];
        let mut problemen: Vec<Probleem> = redenen.into_iter().map(Probleem::Reden).collect();
        problemen.extend(
            [DatumFout::Formaat, DatumFout::OngeldigeMaand, DatumFout::OngeldigeDag, DatumFout::BuitenBereik]
                .map(Probleem::Datum),
        );
        problemen.extend([Probleem::Leeg, Probleem::GeenGetal]);
        let mut gezien = Vec::new();
        for p in problemen {
            for veld in [
                Veld::EersteZiektedag,
                Veld::HerstelVan(0),
                Veld::HerstelTot(0),
                Veld::VerlofVan(0),
                Veld::VerlofTot(0),
                Veld::LoonsanctieWeken,
            ] {
                let tk = melding_tekst(veld, p);
                assert!(tk.is_compleet(), "{veld:?} {p:?}");
                if !gezien.contains(&tk.nl) {
                    gezien.push(tk.nl);
                }
            }
        }
        // Elke reden en elk leesprobleem heeft een eigen tekst (Leeg: 5 varianten).
        assert_eq!(gezien.len(), 17 + 4 + 5 + 1);
        for s in [Spoor::Een, Spoor::Twee, Spoor::Beide, Spoor::Geen] {
            assert!(spoor_tekst(s).is_compleet());
        }
        for z in [
            Zekerheid::Wet,
            Zekerheid::Uwv,
            Zekerheid::Praktijk,
            Zekerheid::Ongeveer,
            Zekerheid::Onbevestigd,
            Zekerheid::Ritme,
            Zekerheid::Ingevuld,
        ] {
            assert!(zekerheid_tekst(z).is_compleet());
        }
    }

    #[test]
    fn alle_is_volledig_en_uniek() {
        assert_eq!(ALLE_MIJLPALEN.len(), 20);
        for (i, s) in ALLE_MIJLPALEN.iter().enumerate() {
            assert_eq!(positie(*s), i, "{s:?} staat niet op plek {i} in ALLE");
        }
    }

    #[test]
    fn elke_mijlpaal_heeft_tekst() {
        for s in ALLE_MIJLPALEN {
            let m = mijlpaal_tekst(s);
            assert!(!m.titel.nl.trim().is_empty(), "{s:?}");
        }
    }

    #[test]
    fn geen_lege_teksten() {
        for (label, tk) in alle_teksten() {
            assert!(!tk.nl.trim().is_empty(), "lege NL-tekst: {label}");
            assert!(!tk.en.trim().is_empty(), "lege EN-tekst: {label}");
        }
        for b in BEGRIPPEN {
            assert!(!b.term.trim().is_empty());
        }
    }

    #[test]
    fn modules_zijn_toegestaan() {
        let mut gebruikt: Vec<&str> = Vec::new();
        for s in ALLE_MIJLPALEN {
            gebruikt.extend(mijlpaal_tekst(s).module);
        }
        gebruikt.extend(FASEN.iter().filter_map(|f| f.module));
        for m in gebruikt {
            assert!(MODULES.contains(&m), "onbekende module: {m}");
        }
    }

    #[test]
    fn fasen_aantal() {
        assert!((4..=5).contains(&FASEN.len()));
    }

    #[test]
    fn begrippen_uniek_en_gesorteerd() {
        for w in BEGRIPPEN.windows(2) {
            let (a, b) = (w[0].term.to_lowercase(), w[1].term.to_lowercase());
            assert!(a < b, "niet gesorteerd of dubbel: {:?} voor {:?}", w[0].term, w[1].term);
        }
    }

    #[test]
    fn verplichte_begrippen_aanwezig() {
        let verplicht = [
            "eerste spoor",
            "tweede spoor",
            "tweesporentraject",
            "passende arbeid",
            "belastbaarheid",
            "FML",
            "re-integratieverslag",
            "loonsanctie",
            "WIA",
            "WGA",
            "IVA",
            "arbeidsdeskundige",
            "casemanager",
            "re-integratiebedrijf",
            "werkervaringsplaats",
            "proefplaatsing",
            "detachering",
            "bedrijfsarts",
            "verzekeringsarts",
            "deskundigenoordeel",
            "second opinion",
            "wachttijd",
            "opzegverbod",
            "vangnetter",
            "eigenrisicodrager",
            "probleemanalyse",
            "plan van aanpak",
            "eerstejaarsevaluatie",
            "42e-weeksmelding",
            "eindevaluatie",
            "samentellen",
            "vrijwillige verlenging",
            "vervroegde IVA",
        ];
        for v in verplicht {
            assert!(
                BEGRIPPEN.iter().any(|b| b.term == v || b.term.starts_with(&format!("{v} ("))),
                "begrip ontbreekt: {v}"
            );
        }
    }

    #[test]
    fn onbevestigd_verwijst_naar_casemanager_en_uwv() {
        for s in ALLE_MIJLPALEN {
            if let Some(o) = mijlpaal_tekst(s).onbevestigd {
                for txt in [o.nl, o.en] {
                    assert!(txt.contains("casemanager") && txt.contains("UWV"), "{s:?}: {txt}");
                }
                assert!(o.nl.ends_with(CHECK_NL), "{s:?}");
                assert!(o.en.ends_with(CHECK_EN), "{s:?}");
            }
        }
        assert!(FEESTDAGEN_UITLEG.nl.ends_with(CHECK_NL));
        assert!(FEESTDAGEN_UITLEG.en.ends_with(CHECK_EN));
    }

    #[test]
    fn onbevestigde_punten_elders_hebben_controlezin() {
        // Eigen bijdrage deskundigenoordeel, proefplaatsing, passende arbeid (wettekst).
        let dosk = TWEEDE_SPOOR.iter().flat_map(|s| s.alineas.iter()).find(|a| a.nl.contains("€400")).unwrap();
        assert!(dosk.nl.contains(CHECK_NL) && dosk.en.contains(CHECK_EN));
        let proef =
            TWEEDE_SPOOR.iter().flat_map(|s| s.punten.iter()).find(|p| p.nl.starts_with("Proefplaatsing")).unwrap();
        assert!(proef.nl.contains(CHECK_NL) && proef.en.contains(CHECK_EN));
        for term in ["passende arbeid", "proefplaatsing"] {
            let b = BEGRIPPEN.iter().find(|b| b.term == term).unwrap();
            assert!(b.uitleg.nl.ends_with(CHECK_NL) && b.uitleg.en.ends_with(CHECK_EN), "{term}");
        }
    }

    #[test]
    fn stijl_en_verouderde_claims() {
        let verboden_overal = ["!", "€50 ", "€ 50", "week 87", "week 91 aanvragen", "13e week", "13th week"];
        let verboden_nl = ["snel", "direct", " u ", " uw "];
        for (label, tk) in alle_teksten() {
            for v in verboden_overal {
                assert!(!tk.nl.contains(v) && !tk.en.contains(v), "{label} bevat {v:?}");
            }
            let nl = format!(" {} ", tk.nl.to_lowercase());
            for v in verboden_nl {
                assert!(!nl.contains(v), "{label} bevat {v:?}");
            }
            assert!(!tk.nl.contains("  ") && !tk.en.contains("  "), "{label}: dubbele spatie");
            assert!(!tk.nl.to_lowercase().contains("diagnose"), "{label}");
        }
    }

    #[test]
    fn kaarten_onder_loonsanctie_of_verlenging_zeggen_nooit_104_weken() {
        use crate::domain::tijdlijn::engine::{bereken, Invoer};
        let d0 = Datum::parse_iso("2026-01-05").expect("datum");
        let vandaag = Datum::parse_iso("2027-03-05").expect("datum");
        for (loonsanctie, verlenging) in [(Some(26), None), (None, Some(13)), (Some(52), Some(20))] {
            let mut i = Invoer::vanaf(d0);
            i.loonsanctie_weken = loonsanctie;
            i.verlenging_weken = verlenging;
            let tl = bereken(&i, vandaag).expect("tijdlijn");
            for m in &tl.mijlpalen {
                let k = mijlpaal_tekst_in(m.id, loonsanctie.is_some(), verlenging.is_some());
                for tk in [k.titel, k.wie, k.wat, k.jij, k.gemist] {
                    for taal in [tk.nl, tk.en] {
                        // A card after week 104 never speaks of the 104 weeks as its own date.
                        if m.week > 104 {
                            assert!(!taal.contains("104"), "{:?}: {taal}", m.id);
                        }
                        assert!(!taal.contains("geen loonsanctie") && !taal.contains("no loonsanctie"), "{:?}", m.id);
                    }
                }
            }
        }
        // Without a sanction or extension the normal card keeps its 104 weeks.
        assert!(mijlpaal_tekst_in(MijlpaalId::EindeWachttijd, false, false).titel.nl.contains("104 weken"));
    }

    #[test]
    fn het_einde_van_de_loondoorbetaling_noemt_de_geldfeiten_en_waar_je_hulp_vindt() {
        // Reference §1: art. 7:629 BW, at least 70% for 104 weeks; the second track does not change it.
        let k = mijlpaal_tekst(MijlpaalId::EindeWachttijd);
        for tekst in [k.wie.nl, k.wie.en] {
            assert!(tekst.contains("70%"), "{tekst}");
            assert!(tekst.contains("Juridisch Loket"), "{tekst}");
        }
        assert!(k.wie.nl.contains("tweede spoor verandert daar niets aan"));
    }

    #[test]
    fn geld_en_wia_goed_voor_iedereen() {
        // Issue 23, item 3 / review F3, F7, F8.
        let jaar2 = FASEN.iter().find(|f| f.titel.nl == "Het tweede jaar").unwrap();
        assert!(jaar2.uitleg.nl.contains("minstens 70%") && jaar2.uitleg.nl.contains("cao"));
        assert!(jaar2.uitleg.en.contains("at least 70%") && jaar2.uitleg.en.contains("cao"));
        let mut alles: Vec<Tekst> = alle_teksten().into_iter().map(|(_, tk)| tk).collect();
        alles.extend(scherm::ALLE.iter().map(|(_, tk)| *tk));
        for tk in &alles {
            assert!(!tk.nl.contains("stopt je loon meestal"), "{}", tk.nl);
            assert!(!tk.nl.contains("65% of minder") && !tk.nl.contains("meer dan 65%"), "{}", tk.nl);
            assert!(!tk.nl.contains("zou hebben"), "{}", tk.nl);
            assert!(!tk.nl.contains("gratis advies"), "{}", tk.nl);
            assert!(!tk.en.contains("recovered"), "{}", tk.en);
        }
        let wia = mijlpaal_tekst(MijlpaalId::WiaStart).wat.nl;
        assert!(
            wia.contains("UWV kijkt wat je nog kunt verdienen. Is dat door ziekte minstens 35% minder dan vroeger?")
        );
        let begrip = BEGRIPPEN.iter().find(|b| b.term == "WIA").unwrap();
        assert!(begrip.uitleg.nl.contains("minstens 35% minder dan vroeger"));
        assert!(mijlpaal_tekst(MijlpaalId::EindeDienstverband).wat.nl.contains("Scheelt dat minder dan 35%"));
        let einde = mijlpaal_tekst(MijlpaalId::EindeWachttijd).wie.nl;
        assert!(einde.contains("Ben je lid van een vakbond") && einde.contains("gratis bij een laag inkomen"));
        let laatste = FASEN.last().unwrap().uitleg.nl;
        assert!(laatste.contains("Je contract stopt daardoor niet vanzelf"));
        // The grief module where the loss becomes real (review F7).
        assert_eq!(FASEN[2].module, Some("verlies-en-betekenis"));
        for id in [MijlpaalId::UitersteStartTweedeSpoor, MijlpaalId::EindeWachttijd] {
            assert_eq!(mijlpaal_tekst(id).module, Some("verlies-en-betekenis"), "{id:?}");
        }
    }

    #[test]
    fn loon_stopt_zegt_precies_wat_stopt() {
        for (loonsanctie, verlenging) in [(false, false), (true, false), (false, true)] {
            let k = mijlpaal_tekst_in(MijlpaalId::EindeWachttijd, loonsanctie, verlenging);
            assert!(k.wat.nl.contains("Je contract stopt daardoor niet vanzelf"));
            assert!(k.wat.nl.contains("Loon voor werk dat je wel doet"));
            assert!(!k.wat.nl.contains("stopt je loon"));
        }
        // Week 44 as the reference says: within 4 weeks when the contract ends after week 44.
        let k = mijlpaal_tekst(MijlpaalId::EindeDienstverband);
        assert!(k.wat.nl.contains("Eindigt je contract na week 44? Dan doet UWV dat binnen 4 weken"));
    }

    #[test]
    fn disclaimer_inhoud() {
        assert!(
            DISCLAIMER.nl.contains("de regels kunnen veranderen")
                || DISCLAIMER.nl.contains("De regels kunnen veranderen")
        );
        assert!(DISCLAIMER.nl.contains("november 2026"));
        assert!(DISCLAIMER.nl.contains("cao") && DISCLAIMER.nl.contains("verzuimprotocol"));
        assert!(DISCLAIMER.en.contains("November 2026"));
    }

    /// Zinslengte als ruwe B1-check. Druk de cijfers af met `cargo test -- --nocapture`.
    #[test]
    fn zinslengte_nl() {
        let mut zinnen = 0usize;
        let mut woorden = 0usize;
        let mut langste = (0usize, String::new());
        for (label, tk) in alle_teksten() {
            for zin in tk.nl.split(['.', '?']).map(str::trim).filter(|z| !z.is_empty()) {
                let n = zin.split_whitespace().count();
                // Losse woorden na een afkorting of getal tellen we niet als zin.
                if n == 0 {
                    continue;
                }
                zinnen += 1;
                woorden += n;
                if n > langste.0 {
                    langste = (n, format!("{label}: {zin}"));
                }
            }
        }
        let gem = woorden as f64 / zinnen as f64;
        println!("NL: {zinnen} zinnen, gemiddeld {gem:.1} woorden, langste {} woorden ({})", langste.0, langste.1);
        assert!(gem <= 12.0, "gemiddelde zinslengte {gem:.1} te hoog");
        assert!(langste.0 <= 22, "te lange zin: {}", langste.1);
    }
}
