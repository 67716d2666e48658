//! Module "Wie ben ik?": work values, energy givers and drainers, qualities,
//! and an optional personal story. All texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

/// A card or option with a short explanation.
const fn kaart(id: &'static str, tekst: Tekst, uitleg: Tekst) -> Optie {
    Optie { id, tekst, uitleg: Some(uitleg), reactie: None, stap: None, hulp: false }
}

/// Shown under every free-text story prompt.
const GEEN_DIAGNOSE: Tekst = t(
    "Schrijf hier geen diagnose of medische details. Die bespreek je met je bedrijfsarts (de arts voor ziekte en werk). Hier gaat het om wat jij hebt meegemaakt.",
    "Please don't write a diagnosis or medical details here. You discuss those with your company doctor (bedrijfsarts). This is about what you have been through.",
);

pub static MODULE: Module = Module {
    id: "wie-ben-ik",
    titel: t("Wie ben ik?", "Who am I?"),
    kort: t(
        "Hier denk je na over wat voor jou belangrijk is in werk. Ook over waar je energie van krijgt en welke kwaliteiten je hebt.",
        "Here you think about what matters to you in work. Also about what gives you energy and which qualities you have.",
    ),
    intro: t(
        "Hier kijk je naar wat jij belangrijk vindt in werk. Je ontdekt ook waar je energie van krijgt en welke kwaliteiten je hebt. Alles samen duurt ongeveer 18 minuten, verdeeld over 4 korte delen.",
        "Here you look at what matters to you in work. You also discover what gives you energy and which qualities you have. Altogether it takes about 18 minutes, split into 4 short parts.",
    ),
    licentie: t(
        "Alle vragen en kaarten zijn geschreven voor Spoorwijzer. De oefening met kwaliteiten is losjes gebaseerd op een bekend coachingsidee, in eigen woorden. © Spoorwijzer.",
        "All questions and cards were written for Spoorwijzer. The qualities exercise is loosely based on a well-known coaching idea, in our own words. © Spoorwijzer.",
    ),
    delen: &[
        // (a) Work values card sort
        Deel {
            id: "waarden",
            titel: t("Wat vind je belangrijk in werk?", "What matters to you in work?"),
            intro: t(
                "Je ziet kaartjes met dingen die mensen belangrijk vinden in werk. Kies de 5 die het best bij jou passen.",
                "You will see cards with things people find important in work. Choose the 5 that suit you best.",
            ),
            minuten: 5,
            vragen: &[
                Vraag {
                    id: "wbi.waarden",
                    tekst: t(
                        "Welke 5 dingen vind jij het belangrijkst in werk?",
                        "Which 5 things matter most to you in work?",
                    ),
                    uitleg: Some(t(
                        "Kies eerst 5 kaartjes. Zet daarna de 3 belangrijkste op volgorde. Er zijn geen goede of foute keuzes.",
                        "First choose 5 cards. Then put the 3 most important ones in order. There are no right or wrong choices.",
                    )),
                    soort: Soort::KiesEnOrden {
                        kaarten: &[
                            kaart(
                                "samenwerken",
                                t("Samenwerken", "Working together"),
                                t("Je doet het werk samen met anderen.", "You do the work together with others."),
                            ),
                            kaart(
                                "zelfstandig",
                                t("Zelfstandig werken", "Working independently"),
                                t("Je bepaalt zelf hoe je je werk doet.", "You decide how you do your work."),
                            ),
                            kaart(
                                "zekerheid",
                                t("Zekerheid", "Security"),
                                t("Je hebt een vast contract en een vast inkomen.", "You have a permanent contract and a steady income."),
                            ),
                            kaart(
                                "betekenis",
                                t("Iets betekenen voor anderen", "Making a difference for others"),
                                t("Met je werk help je andere mensen.", "Your work helps other people."),
                            ),
                            kaart(
                                "afwisseling",
                                t("Afwisseling", "Variety"),
                                t("Je doet elke dag iets anders.", "You do something different every day."),
                            ),
                            kaart(
                                "rust",
                                t("Rust", "Calm"),
                                t("Je werkt zonder haast en zonder veel drukte.", "You work without rush and without much bustle."),
                            ),
                            kaart(
                                "leren",
                                t("Leren en groeien", "Learning and growing"),
                                t("Je leert nieuwe dingen en wordt beter in je werk.", "You learn new things and get better at your work."),
                            ),
                            kaart(
                                "waardering",
                                t("Waardering", "Appreciation"),
                                t("Anderen zien wat je doet en zeggen dat ook.", "Others see what you do and tell you so."),
                            ),
                            kaart(
                                "creativiteit",
                                t("Creativiteit", "Creativity"),
                                t("Je bedenkt of maakt iets nieuws.", "You think up or make something new."),
                            ),
                            kaart(
                                "vakmanschap",
                                t("Vakmanschap", "Craftsmanship"),
                                t("Je kent je vak goed en levert mooi werk.", "You know your trade well and deliver good work."),
                            ),
                            kaart(
                                "inkomen",
                                t("Een goed inkomen", "A good income"),
                                t("Je verdient genoeg om fijn te kunnen leven.", "You earn enough to live comfortably."),
                            ),
                            kaart(
                                "balans",
                                t("Tijd voor thuis", "Time for home"),
                                t("Naast je werk blijft er tijd en energie over voor je privéleven.", "Besides work, you have time and energy left for your private life."),
                            ),
                            kaart(
                                "flexibel",
                                t("Eigen werktijden", "Your own working hours"),
                                t("Je kiest zelf wanneer je werkt.", "You choose when you work."),
                            ),
                            kaart(
                                "collegas",
                                t("Fijne collega's", "Nice colleagues"),
                                t("Je hebt goed contact met de mensen om je heen.", "You get on well with the people around you."),
                            ),
                            kaart(
                                "duidelijkheid",
                                t("Duidelijkheid", "Clarity"),
                                t("Je weet wat er van je verwacht wordt.", "You know what is expected of you."),
                            ),
                            kaart(
                                "verantwoordelijkheid",
                                t("Verantwoordelijkheid", "Responsibility"),
                                t("Je mag zelf beslissen en staat ergens voor.", "You get to make decisions and you are answerable for something."),
                            ),
                            kaart(
                                "leidinggeven",
                                t("Leidinggeven", "Leading others"),
                                t("Je helpt een groep mensen de goede kant op.", "You help a group of people move in the right direction."),
                            ),
                            kaart(
                                "uitdaging",
                                t("Uitdaging", "Challenge"),
                                t("Je werk vraagt het beste van je.", "Your work asks the best of you."),
                            ),
                            kaart(
                                "resultaat",
                                t("Resultaat zien", "Seeing results"),
                                t("Aan het eind van de dag zie je wat je gedaan hebt.", "At the end of the day you can see what you have done."),
                            ),
                            kaart(
                                "buiten",
                                t("Buiten zijn", "Being outdoors"),
                                t("Je werkt voor een deel in de buitenlucht.", "You work partly in the open air."),
                            ),
                            kaart(
                                "dichtbij",
                                t("Dicht bij huis", "Close to home"),
                                t("Je hoeft niet ver te reizen naar je werk.", "You don't have to travel far to work."),
                            ),
                            kaart(
                                "eerlijkheid",
                                t("Eerlijkheid", "Fairness"),
                                t("Op je werk gaat het eerlijk en open toe.", "Things are fair and open at your work."),
                            ),
                            kaart(
                                "wereld",
                                t("Goed voor de wereld", "Good for the world"),
                                t("Je werk helpt de natuur, het klimaat of de samenleving.", "Your work helps nature, the climate or society."),
                            ),
                            kaart(
                                "ondernemen",
                                t("Iets eigens opbouwen", "Building something of your own"),
                                t("Je begint iets nieuws en bouwt het zelf op.", "You start something new and build it up yourself."),
                            ),
                            kaart(
                                "aanzien",
                                t("Aanzien", "Status"),
                                t("Anderen zien je werk als belangrijk.", "Others see your work as important."),
                            ),
                        ],
                        kies: 5,
                        orden: 3,
                    },
                },
                Vraag {
                    id: "wbi.waarden.eigen",
                    tekst: t(
                        "Mis je iets wat jij belangrijk vindt? Schrijf het hier op.",
                        "Is something that matters to you missing? Write it down here.",
                    ),
                    uitleg: None,
                    soort: Soort::EigenLijst { max: 3 },
                },
                Vraag {
                    id: "wbi.waarden.toelichting",
                    tekst: t(
                        "Waarom is jouw nummer 1 zo belangrijk voor je?",
                        "Why is your number 1 so important to you?",
                    ),
                    uitleg: Some(t(
                        "Een paar woorden is genoeg. Denk bijvoorbeeld aan een moment in je werk waarop je dit sterk voelde.",
                        "A few words are enough. For example, think of a moment at work when you felt this strongly.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
        // (b) Energy givers and drainers
        Deel {
            id: "energie",
            titel: t("Waar krijg je energie van?", "What gives you energy?"),
            intro: t(
                "Sommige dingen geven je energie, andere kosten juist energie. Het helpt om allebei te kennen.",
                "Some things give you energy, others cost energy. It helps to know both.",
            ),
            minuten: 4,
            vragen: &[
                Vraag {
                    id: "wbi.gevers.keuze",
                    tekst: t("Waar krijg jij energie van?", "What gives you energy?"),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt.",
                        "Choose as many as you like.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("contact", t("Contact met mensen", "Contact with people")),
                            optie("helpen", t("Iemand helpen", "Helping someone")),
                            optie("buiten", t("Buiten zijn of wandelen", "Being outdoors or going for a walk")),
                            optie("afmaken", t("Iets afmaken", "Finishing something")),
                            optie("leren", t("Iets nieuws leren", "Learning something new")),
                            optie("handen", t("Met mijn handen bezig zijn", "Working with my hands")),
                            optie("stilte", t("Rust en stilte", "Peace and quiet")),
                            optie("ontspannen", t("Muziek, lezen of een film", "Music, reading or a film")),
                            optie("bewegen", t("Bewegen op mijn eigen manier", "Moving in my own way")),
                            optie("dieren", t("Tijd met dieren", "Time with animals")),
                            optie("ritme", t("Een vast ritme op de dag", "A regular daily rhythm")),
                            optie("maken", t("Iets maken of bedenken", "Making or thinking up something")),
                            optie("compliment", t("Een compliment krijgen", "Getting a compliment")),
                            optie("lachen", t("Samen lachen", "Laughing together")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "wbi.gevers",
                    tekst: t(
                        "Wat geeft jou nog meer energie?",
                        "What else gives you energy?",
                    ),
                    uitleg: Some(t(
                        "Kleine dingen tellen ook. Bijvoorbeeld: koffie met een vriendin, of werken in de tuin.",
                        "Small things count too. For example: coffee with a friend, or working in the garden.",
                    )),
                    soort: Soort::EigenLijst { max: 8 },
                },
                Vraag {
                    id: "wbi.vreters.keuze",
                    tekst: t("Wat kost jou veel energie?", "What costs you a lot of energy?"),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt.",
                        "Choose as many as you like.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("haast", t("Haast en tijdsdruk", "Rush and time pressure")),
                            optie("drukte", t("Lawaai en drukte", "Noise and crowds")),
                            optie("ruzie", t("Ruzie of spanning", "Arguments or tension")),
                            optie("onzeker", t("Niet weten wat er komt", "Not knowing what is coming")),
                            optie("scherm", t("Lang achter een scherm", "Long hours at a screen")),
                            optie("reizen", t("Lang reizen", "Long journeys")),
                            optie("alleen", t("Lang alleen zijn", "Being alone for a long time")),
                            optie("niet-gezien", t("Het gevoel dat niemand me ziet", "Feeling that nobody sees me")),
                            optie("papierwerk", t("Veel regels en papierwerk", "Lots of rules and paperwork")),
                            optie("gestoord", t("Steeds gestoord worden", "Being interrupted all the time")),
                            optie("tegelijk", t("Te veel dingen tegelijk", "Too many things at once")),
                            optie("afspraken", t("Veel afspraken over mijn re-integratie (terug naar werk)", "Many appointments about my re-integration (getting back to work)")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "wbi.vreters",
                    tekst: t(
                        "Wat kost jou nog meer energie?",
                        "What else costs you energy?",
                    ),
                    uitleg: Some(t(
                        "Schrijf op wat bij jou past. Bijvoorbeeld: telefoontjes die ik niet verwacht.",
                        "Write down what fits you. For example: phone calls I don't expect.",
                    )),
                    soort: Soort::EigenLijst { max: 8 },
                },
                Vraag {
                    id: "wbi.energie.opvallend",
                    tekst: t(
                        "Wat valt je op als je naar beide lijstjes kijkt?",
                        "What do you notice when you look at both lists?",
                    ),
                    uitleg: Some(t(
                        "Misschien zie je iets wat vaak terugkomt. Dat is een mooi punt voor je gesprek met je coach.",
                        "Maybe you see something that comes back often. That is a good point for your talk with your coach.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
        // (c) Qualities
        Deel {
            id: "kwaliteiten",
            titel: t("Jouw kwaliteiten", "Your qualities"),
            intro: t(
                "Ieder mens heeft kwaliteiten. Hier kijk je naar die van jou, en naar wat ze je kunnen leren.",
                "Every person has qualities. Here you look at yours, and at what they can teach you.",
            ),
            minuten: 5,
            vragen: &[
                Vraag {
                    id: "wbi.kwaliteiten",
                    tekst: t(
                        "Welke kwaliteiten passen bij jou?",
                        "Which qualities fit you?",
                    ),
                    uitleg: Some(t(
                        "Kies er hoogstens 5. Twijfel je? Denk dan aan wat anderen vaak over je zeggen.",
                        "Choose up to 5. Not sure? Think of what others often say about you.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("behulpzaam", t("Behulpzaam", "Helpful")),
                            optie("geduldig", t("Geduldig", "Patient")),
                            optie("nauwkeurig", t("Nauwkeurig", "Precise")),
                            optie("creatief", t("Creatief", "Creative")),
                            optie("eerlijk", t("Eerlijk", "Honest")),
                            optie("betrouwbaar", t("Betrouwbaar", "Reliable")),
                            optie("rustig", t("Rustig", "Calm")),
                            optie("doorzetter", t("Een doorzetter", "Persistent")),
                            optie("vrolijk", t("Vrolijk", "Cheerful")),
                            optie("zorgzaam", t("Zorgzaam", "Caring")),
                            optie("praktisch", t("Praktisch", "Practical")),
                            optie("nieuwsgierig", t("Nieuwsgierig", "Curious")),
                            optie("georganiseerd", t("Georganiseerd", "Organised")),
                            optie("flexibel", t("Flexibel", "Flexible")),
                            optie("luisteraar", t("Een goede luisteraar", "A good listener")),
                            optie("verantwoordelijk", t("Verantwoordelijk", "Responsible")),
                            optie("humor", t("Gevoel voor humor", "A sense of humour")),
                            optie("ondernemend", t("Ondernemend", "Enterprising")),
                            optie("loyaal", t("Loyaal", "Loyal")),
                            optie("direct", t("Duidelijk in wat ik zeg", "Clear in what I say")),
                            optie("gezellig", t("Gezellig", "Good company")),
                        ],
                        max: Some(5),
                    },
                },
                Vraag {
                    id: "wbi.kwaliteiten.eigen",
                    tekst: t(
                        "Mis je een kwaliteit? Schrijf hem hier op.",
                        "Is a quality missing? Write it down here.",
                    ),
                    uitleg: None,
                    soort: Soort::EigenLijst { max: 3 },
                },
                Vraag {
                    id: "wbi.kwaliteit.teveel",
                    tekst: t(
                        "Wat gebeurt er als je een van je kwaliteiten te veel doet?",
                        "What happens when you overdo one of your qualities?",
                    ),
                    uitleg: Some(t(
                        "Bijvoorbeeld: wie heel behulpzaam is, vergeet soms zichzelf. Dat is heel menselijk. Het laat zien waar je op kunt letten.",
                        "For example: someone who is very helpful sometimes forgets about themselves. That is very human. It shows what you can watch out for.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
                Vraag {
                    id: "wbi.kwaliteit.leren",
                    tekst: t(
                        "Wat zou je nog willen leren?",
                        "What would you still like to learn?",
                    ),
                    uitleg: Some(t(
                        "Denk aan het tegenovergestelde van een kwaliteit. Bijvoorbeeld: wie altijd klaarstaat voor anderen, kan leren om soms nee te zeggen.",
                        "Think of the opposite of a quality. For example: someone who is always there for others can learn to say no sometimes.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
                Vraag {
                    id: "wbi.kwaliteit.ergernis",
                    tekst: t(
                        "Waar erger je je aan bij anderen?",
                        "What annoys you in other people?",
                    ),
                    uitleg: Some(t(
                        "Dat zegt vaak iets over wat jij belangrijk vindt. Bijvoorbeeld: wie zelf nauwkeurig is, ergert zich sneller aan slordig werk.",
                        "That often says something about what matters to you. For example: someone who is precise is more easily annoyed by sloppy work.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
        // (d) Optional story prompts
        Deel {
            id: "verhaal",
            titel: t("Jouw verhaal, als je wilt", "Your story, if you like"),
            intro: t(
                "Hier kun je iets opschrijven over jezelf en je werk. Sla het gerust over als het nu niet goed voelt.",
                "Here you can write something about yourself and your work. Feel free to skip it if it doesn't feel right now.",
            ),
            minuten: 4,
            vragen: &[
                Vraag {
                    id: "wbi.verhaal.gebeurd",
                    tekst: t(
                        "Wat is er gebeurd met je werk?",
                        "What happened with your work?",
                    ),
                    uitleg: Some(GEEN_DIAGNOSE),
                    soort: Soort::VrijeTekst { hint: 500 },
                },
                Vraag {
                    id: "wbi.verhaal.mis",
                    // Not "what do you miss": the module about loss asks that,
                    // with room for grief. Answers given earlier still fit here.
                    tekst: t(
                        "Wat betekent je werk voor jou?",
                        "What does your work mean to you?",
                    ),
                    uitleg: Some(t(
                        "Denk aan mensen, aan taken of aan hoe je je voelde. Wat je mist, krijgt een eigen plek in 'Verlies en betekenis'. Ook hier geen medische details.",
                        "Think of people, tasks or how you felt. What you miss has a place of its own in 'Loss and meaning'. Again, no medical details here.",
                    )),
                    soort: Soort::VrijeTekst { hint: 500 },
                },
                Vraag {
                    id: "wbi.verhaal.trots",
                    tekst: t(
                        "Waar ben je trots op?",
                        "What are you proud of?",
                    ),
                    uitleg: Some(t(
                        "Dat mag groot of klein zijn. Uit je werk of uit de rest van je leven.",
                        "It can be big or small. From your work or from the rest of your life.",
                    )),
                    soort: Soort::VrijeTekst { hint: 500 },
                },
                Vraag {
                    id: "wbi.verhaal.helpt",
                    tekst: t(
                        "Wat helpt je op dit moment?",
                        "What helps you at the moment?",
                    ),
                    uitleg: Some(t(
                        "Bijvoorbeeld mensen, gewoontes of plekken. Schrijf hier geen diagnose of behandeling.",
                        "For example people, habits or places. Please don't write a diagnosis or treatment here.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
    ],
};
