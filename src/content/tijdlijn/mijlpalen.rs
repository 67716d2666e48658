//! 1. Mijlpalen: per mijlpaal wat er gebeurt, wie het doet en wat jij kunt doen; de sancties.

use super::scherm;
use crate::domain::tekst::{t, Tekst};
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::{Mijlpaal, MijlpaalId, Status, Tijdlijn};

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
                 Ook het opzegverbod (je werkgever mag je niet ontslaan omdat je ziek bent) loopt door. \
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
