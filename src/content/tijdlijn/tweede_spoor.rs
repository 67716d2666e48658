//! 3. Het tweede spoor: wat het is en wat je kunt doen.

use crate::domain::tekst::{t, Tekst};

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
