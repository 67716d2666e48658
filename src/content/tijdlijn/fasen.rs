//! 2. Fasen: de delen van de tijd, met een module die erbij past.

use crate::domain::tekst::{t, Tekst};

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
