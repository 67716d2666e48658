//! Module "Stappen in spoor 2": the seven results of a good second track, each
//! with a status and a short note. All texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

/// The three answers for every step. Defined once, reused by all seven steps.
pub static STATUS: [Optie; 3] = [
    optie("nog-niet", t("Nog niet", "Not yet")),
    optie("bezig", t("Ben ik mee bezig", "Working on it")),
    optie("gedaan", t("Gedaan", "Done")),
];

/// What success can be, beside a new job: the person picks what counts for them.
pub static SUCCES: [Optie; 10] = [
    optie("nieuw-werk", t("Nieuw werk bij een andere werkgever", "A new job with another employer")),
    optie("eigen-werk", t("Terug in mijn eigen werk, met nieuwe energie", "Back in my own job, with fresh energy")),
    optie("vrijwilligerswerk", t("Vrijwilligerswerk dat bij me past", "Volunteer work that suits me")),
    optie(
        "werkervaring",
        t(
            "Een werkervaringsplaats (tijdelijk werken om ervaring op te doen)",
            "A work-experience place (working for a while to gain experience)",
        ),
    ),
    optie("herstel", t("Eerst rust en herstel", "Rest and recovery first")),
    optie("energie", t("Meer energie en minder stress", "More energy and less stress")),
    optie("stuur", t("Zelf aan het stuur van mijn loopbaan", "In charge of my own career")),
    optie("duidelijkheid", t("Duidelijkheid over de regels", "Clarity about the rules")),
    optie("rust-werkgever", t("Minder strijd met mijn werkgever", "Less conflict with my employer")),
    optie(
        "terugkijken",
        t("Met meer plezier terugkijken op mijn loopbaan", "Looking back on my career with more pleasure"),
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
    titel: t("Stappen in spoor 2", "Steps in the second track"),
    intro: t(
        "Spoor 2 is de zoektocht naar werk bij een andere werkgever. Een goed tweede spoor levert veel op, ook zonder nieuwe baan. Hier kijk je waar je staat, in 3 korte delen van samen ongeveer 11 minuten.",
        "Spoor 2 (the second track) is the search for work with another employer. A good second track brings a lot, even without a new job. Here you look at where you are, in 3 short parts of about 11 minutes altogether.",
    ),
    licentie: t(
        "Spoor 2 is de zoektocht naar werk bij een andere werkgever. De 7 stappen zijn in eigen woorden beschreven voor Spoorwijzer, op basis van ervaringen van loopbaancoaches. © Spoorwijzer.",
        "Spoor 2 (the second track) is the search for work with another employer. The 7 steps were described in our own words for Spoorwijzer, based on the experience of career coaches. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "koers",
            titel: t("Je eigen koers", "Your own course"),
            intro: t(
                "De eerste 2 stappen gaan over jezelf. Wat wil jij, en wat past bij je?",
                "The first 2 steps are about you. What do you want, and what suits you?",
            ),
            minuten: 3,
            vragen: &[
                stap!(
                    "sta.1",
                    "Stap 1: Zelf aan het stuur van je loopbaan",
                    "Step 1: In the driver's seat of your career",
                    "Je denkt zelf mee over hoe je werkleven verder gaat. Je kijkt wat je wilt en wat je nodig hebt.",
                    "You help decide how your working life continues. You look at what you want and what you need."
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
                        "Kies zoveel als je wilt. Elk van deze uitkomsten telt echt.",
                        "Choose as many as you like. Each of these outcomes really counts.",
                    )),
                    soort: Soort::MeerKeuze { opties: &SUCCES, max: None },
                },
                notitie("sta.7.notitie", t("Notitie bij stap 7", "Note for step 7")),
            ],
        },
    ],
};
