//! 4. Begrippen: de woorden die je hoort, in gewone taal.

use crate::domain::tekst::{t, Tekst};

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
