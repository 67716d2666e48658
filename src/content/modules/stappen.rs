//! Module "Stappen naar ander werk" (the second track): the seven results of a good second track, each
//! with a status and a short note. The seven follow, one to one, the coach's blog
//! post named in the licence (seed 003); all texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

use crate::domain::profiel::stappen::{BEZIG, GEDAAN, HERSTEL, NOG_NIET, PAST_NIET};

/// The four answers for every step. Defined once, reused by all seven steps.
/// "Past nu niet bij mij" leaves the step out
/// of the next small step (`domain::profiel::stappen`): not every step fits
/// everyone, and rest first is a good outcome too.
pub static STATUS: [Optie; 4] = [
    optie(NOG_NIET, t("Nog niet", "Not yet")),
    optie(BEZIG, t("Ben ik mee bezig", "Working on it")),
    optie(GEDAAN, t("Gedaan", "Done")),
    Optie {
        uitleg: Some(t(
            "Bijvoorbeeld omdat je eerst rust nodig hebt. Dat mag.",
            "For example because you need rest first. That is fine.",
        )),
        ..optie(PAST_NIET, t("Past nu niet bij mij", "Doesn't fit me now"))
    },
];

/// A success with the small step that serves it; the profile offers that step
/// as "Mijn volgende kleine stap".
const fn succes(id: &'static str, tekst: Tekst, stap: Tekst) -> Optie {
    Optie { id, tekst, uitleg: None, reactie: None, stap: Some(stap), hulp: false }
}

/// What success can be, beside a new job: the person picks what counts for them.
/// A new job elsewhere has no step of its own: its steps are the seven.
pub static SUCCES: [Optie; 13] = [
    optie("nieuw-werk", t("Nieuw werk bij een andere werkgever", "A new job with another employer")),
    succes(
        "eigen-werk",
        t("Terug in mijn eigen werk, met nieuwe energie", "Back in my own job, with fresh energy"),
        t(
            "Vraag je bedrijfsarts (de arts voor ziekte en werk) wat je nodig hebt voor je eigen werk.",
            "Ask your company doctor (bedrijfsarts) what you need for your own job.",
        ),
    ),
    succes(
        "eigen-werkgever",
        t(
            "Ander passend werk (werk dat past bij wat ik kan) bij mijn eigen werkgever",
            "Other suitable work (work that fits what I can do) with my own employer",
        ),
        t(
            "Vraag je werkgever welk ander werk er bij jullie is. Je coach kan het gesprek met je voorbereiden.",
            "Ask your employer what other work there is in your organisation. Your coach can help you prepare that conversation.",
        ),
    ),
    succes(
        "vrijwilligerswerk",
        t("Vrijwilligerswerk dat bij me past", "Volunteer work that suits me"),
        t(
            "Kijk welk vrijwilligerswerk er bij jou in de buurt is. Je coach kan meedenken.",
            "Look at what volunteer work there is near you. Your coach can think along with you.",
        ),
    ),
    succes(
        "werkervaring",
        t(
            "Een werkervaringsplaats (tijdelijk werken om ervaring op te doen)",
            "A work-experience place (working for a while to gain experience)",
        ),
        t(
            "Vraag je coach of een werkervaringsplaats iets voor jou is.",
            "Ask your coach whether a work-experience place (werkervaringsplaats) could suit you.",
        ),
    ),
    succes(
        HERSTEL,
        t("Eerst rust en herstel", "Rest and recovery first"),
        t(
            "Kies deze week één moment om echt te rusten. Ook dat is een stap.",
            "Choose one moment this week to really rest. That is a step too.",
        ),
    ),
    succes(
        "energie",
        t("Meer energie en minder stress", "More energy and less stress"),
        t(
            "Kies één ding dat je energie geeft. Doe het deze week een keer.",
            "Choose one thing that gives you energy. Do it once this week.",
        ),
    ),
    succes(
        "vertrouwen",
        t("Weer vertrouwen in mezelf", "Confidence in myself again"),
        t(
            "Schrijf één ding op dat je laatst durfde, hoe klein ook.",
            "Write down one thing you dared to do lately, however small.",
        ),
    ),
    succes(
        "lotgenoten",
        t("Anderen ontmoeten die hetzelfde meemaken", "Meeting others who are going through the same"),
        t(
            "Vraag je coach of je huisarts waar je mensen in dezelfde situatie kunt ontmoeten.",
            "Ask your coach or your GP (huisarts) where you can meet people in the same situation.",
        ),
    ),
    succes(
        "stuur",
        t("Zelf aan het stuur van mijn loopbaan", "In charge of my own career"),
        t(
            "Schrijf in een paar woorden op wat jij wilt in je werk. Neem dat mee naar je coach.",
            "Write down in a few words what you want in your work. Take that to your coach.",
        ),
    ),
    succes(
        "duidelijkheid",
        t("Duidelijkheid over de regels", "Clarity about the rules"),
        t(
            "Kijk op je tijdlijn wat er nu komt. Vraag je coach naar wat nog niet duidelijk is.",
            "Look at your timeline to see what comes next. Ask your coach about what is not clear yet.",
        ),
    ),
    succes(
        "rust-werkgever",
        t("Minder strijd met mijn werkgever", "Less conflict with my employer"),
        t(
            "Bereid met je coach één rustig gesprek met je werkgever voor.",
            "Prepare one calm conversation with your employer, together with your coach.",
        ),
    ),
    succes(
        "terugkijken",
        t("Met meer plezier terugkijken op mijn loopbaan", "Looking back on my career with more pleasure"),
        t(
            "Schrijf één moment uit je werk op waar je trots op bent.",
            "Write down one moment from your work that you are proud of.",
        ),
    ),
];

/// The status question for one step, with the shared answer set.
macro_rules! stap {
    ($id:literal, $nl:literal, $en:literal, $unl:literal, $uen:literal) => {
        Vraag { id: $id, tekst: t($nl, $en), uitleg: Some(t($unl, $uen)), soort: Soort::EenKeuze { opties: &STATUS } }
    };
}

/// The short note under each step.
const fn notitie(id: &'static str, tekst: Tekst) -> Vraag {
    Vraag {
        id,
        tekst,
        uitleg: Some(t(
            "Bijvoorbeeld: wat heb je al gedaan? Waar wil je hulp bij?",
            "For example: what have you already done? What would you like help with?",
        )),
        soort: Soort::VrijeTekst { hint: 200 },
    }
}

pub static MODULE: Module = Module {
    id: "stappen",
    titel: t("Stappen naar ander werk", "Steps towards other work"),
    kort: t(
        "Spoor 2 is de zoektocht naar werk bij een andere werkgever. Welke 7 stappen horen erbij? En waar sta jij?",
        "Spoor 2 (the second track) is the search for work with another employer. Which 7 steps belong to it? And where are you?",
    ),
    intro: t(
        "Spoor 2 is de zoektocht naar werk bij een andere werkgever. Een goed tweede spoor levert veel op, ook zonder nieuwe baan. Hier kijk je waar je staat, in 3 korte delen van samen ongeveer 12 minuten.",
        "Spoor 2 (the second track) is the search for work with another employer. A good second track brings a lot, even without a new job. Here you look at where you are, in 3 short parts of about 12 minutes altogether.",
    ),
    licentie: t(
        "Spoor 2 is de zoektocht naar werk bij een andere werkgever. De 7 stappen volgen één op één een blog van een loopbaancoach. Die heet ‘7 stappen voor een succesvol 2e spoor re-integratietraject’ (ros-loopbaan.nl). Wij schreven ze in eigen woorden voor Spoorwijzer. © Spoorwijzer.",
        "Spoor 2 (the second track) is the search for work with another employer. The 7 steps follow, one to one, a blog post by a career coach. It is called ‘7 stappen voor een succesvol 2e spoor re-integratietraject’ (ros-loopbaan.nl). We wrote them in our own words for Spoorwijzer. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "koers",
            titel: t("Je eigen koers", "Your own course"),
            intro: t(
                "De eerste 2 stappen gaan over jezelf. Wat wil jij, en wat past bij je?",
                "The first 2 steps are about you. What do you want, and what suits you?",
            ),
            minuten: 4,
            vragen: &[
                stap!(
                    "sta.1",
                    "Stap 1: Zelf aan het stuur van je loopbaan",
                    "Step 1: In the driver's seat of your career",
                    "Je denkt zelf mee over hoe je werkleven verder gaat. Je kijkt wat je wilt en wat je nodig hebt. Je hoeft nog niet weg bij je werkgever. Je mag eerst rustig verkennen wat er nog meer is.",
                    "You help decide how your working life continues. You look at what you want and what you need. You don't have to leave your employer yet. You may first explore, at your own pace, what else there is."
                ),
                notitie("sta.1.notitie", t("Notitie bij stap 1", "Note for step 1")),
                stap!(
                    "sta.2",
                    "Stap 2: Weten wie je bent, wat je kunt en wat je wilt",
                    "Step 2: Knowing who you are, what you can do and what you want",
                    "Je hebt een beeld van wat je belangrijk vindt, wat je goed kunt en wat je leuk vindt. Daarmee zoek je samen met je coach naar werk dat past.",
                    "You have a picture of what matters to you, what you are good at and what you enjoy. With that, you and your coach look for work that fits."
                ),
                notitie("sta.2.notitie", t("Notitie bij stap 2", "Note for step 2")),
                Vraag {
                    id: "sta.moed",
                    tekst: t("Wat durfde je laatst, hoe klein ook?", "What did you dare to do lately, however small?"),
                    uitleg: Some(t(
                        "Bijvoorbeeld een lastig gesprek, iets nieuws proberen of om hulp vragen. Zulke momenten geven moed voor een volgende stap.",
                        "For example a difficult conversation, trying something new or asking for help. Moments like these give courage for a next step.",
                    )),
                    soort: Soort::VrijeTekst { hint: 200 },
                },
            ],
        },
        Deel {
            id: "regels-werkgever",
            titel: t("De regels en je werkgever", "The rules and your employer"),
            intro: t(
                "Deze 2 stappen gaan over duidelijkheid en over samenwerken.",
                "These 2 steps are about clarity and about working together.",
            ),
            minuten: 3,
            vragen: &[
                stap!(
                    "sta.3",
                    "Stap 3: Duidelijkheid over de regels",
                    "Step 3: Clarity about the rules",
                    "Je weet wat de Wet verbetering poortwachter van jou en je werkgever vraagt. Dat is de wet over wat jullie doen als je lang ziek bent. Je weet ook wat de WIA is: de uitkering waar je na 2 jaar ziekte misschien recht op hebt.",
                    "You know what the Wet verbetering poortwachter (the Dutch law on sickness and work) asks of you and your employer. That is the law about what you both do when you are ill for a long time. You also know what the WIA is: the benefit you may be entitled to after 2 years of illness."
                ),
                notitie("sta.3.notitie", t("Notitie bij stap 3", "Note for step 3")),
                stap!(
                    "sta.4",
                    "Stap 4: Goed samenwerken met je werkgever",
                    "Step 4: Working well with your employer",
                    "Jullie praten rustig en open met elkaar. Ook als jullie het niet altijd eens zijn. Je coach kan helpen om een gesprek voor te bereiden.",
                    "You talk with each other calmly and openly. Even when you don't always agree. Your coach can help you prepare a conversation."
                ),
                notitie("sta.4.notitie", t("Notitie bij stap 4", "Note for step 4")),
            ],
        },
        Deel {
            id: "werk",
            titel: t("Op weg naar een plek die past", "On the way to a place that suits you"),
            intro: t(
                "De laatste 3 stappen gaan over een plek die bij je past. Dat hoeft geen nieuwe baan te zijn.",
                "The last 3 steps are about a place that suits you. That does not have to be a new job.",
            ),
            minuten: 5,
            vragen: &[
                stap!(
                    "sta.5",
                    "Stap 5: Solliciteren",
                    "Step 5: Applying for jobs",
                    "Je hebt een cv dat bij je past. Je weet hoe je een brief schrijft, je netwerk gebruikt en een gesprek voert. Je coach kan je hierbij helpen.",
                    "You have a CV that suits you. You know how to write a letter, use your network and have an interview. Your coach can help you with this."
                ),
                notitie("sta.5.notitie", t("Notitie bij stap 5", "Note for step 5")),
                stap!(
                    "sta.6",
                    "Stap 6: Wennen aan een nieuwe werkplek",
                    "Step 6: Getting used to a new workplace",
                    "Een werkervaringsplaats is een plek waar je een tijdje meewerkt bij een andere organisatie. Zo ontdek je wat past en wat je aankunt, in je eigen tempo.",
                    "A werkervaringsplaats (work-experience place) is a place where you work for a while at another organisation. That way you discover what fits and what you can handle, at your own pace."
                ),
                notitie("sta.6.notitie", t("Notitie bij stap 6", "Note for step 6")),
                stap!(
                    "sta.7",
                    "Stap 7: Een plek die past",
                    "Step 7: A place that suits you",
                    "Je vindt een plek die past bij wat je nu kunt en wilt. Dat kan nieuw werk zijn, maar er zijn meer goede uitkomsten.",
                    "You find a place that suits what you can do and want now. That can be a new job, but there are more good outcomes."
                ),
                Vraag {
                    id: "sta.succes",
                    tekst: t("Wat is succes voor jou?", "What does success mean for you?"),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt. Elk van deze uitkomsten telt echt, ook eerst rust.",
                        "Choose as many as you like. Each of these outcomes really counts, rest first too.",
                    )),
                    soort: Soort::MeerKeuze { opties: &SUCCES, max: None },
                },
                notitie("sta.7.notitie", t("Notitie bij stap 7", "Note for step 7")),
            ],
        },
    ],
};
