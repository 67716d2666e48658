//! Module "Verlies en betekenis": what you miss of your own work as it was (the
//! job may well still be there) and what you do not, what stays of you, where
//! you matter (at work too) and want to matter later, who sees you, and small
//! things that went well, with an invitation to come back to that part later.
//! Gentle, every question skippable, no scores. All texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

/// Under the free-text questions of this module.
const GEEN_DIAGNOSE: Tekst = t(
    "Schrijf hier geen diagnose of medische details. Het gaat om wat jij beleeft.",
    "Please don't write a diagnosis or medical details here. This is about what you go through.",
);

// Where to turn when it weighs too much ("Als het te zwaar wordt") stands on
// every page of this module, after its opening text: `content::hulp`, shown by
// `ui::pages::module`.

/// The answers to "Wie jou ziet: wat klopt nu voor jou?", each with a reply
/// and one small step, shown only when it is ticked.
pub const GEZIEN_NU: &[Optie] = &[
    Optie {
        id: "vertellen",
        tekst: t(
            "Ik wil één van hen vertellen hoe het echt gaat",
            "I want to tell one of them how things really are",
        ),
        uitleg: None,
        reactie: Some(t(
            "Fijn dat er iemand is bij wie dat kan. Wie jou ziet, wil vaak ook horen hoe het echt gaat.",
            "Good that there is someone you can do that with. People who see you often want to hear how things really are.",
        )),
        stap: Some(t(
            "Kies één persoon. Vertel deze week hoe het nu echt met je gaat. Een kort bericht mag ook.",
            "Choose one person. This week, tell them how you are really doing now. A short message is fine too.",
        )),
        hulp: false,
    },
    Optie {
        id: "niemand",
        tekst: t("Nu voelt het alsof niemand mij zo ziet", "Right now it feels as if no one sees me like that"),
        uitleg: None,
        reactie: Some(t(
            "Dat voelt eenzaam. Het zegt iets over hoe zwaar het nu is. Het zegt niets over wie jij bent.",
            "That feels lonely. It says something about how heavy things are now. It says nothing about who you are.",
        )),
        stap: Some(t(
            "Dit is een goed punt voor je gesprek met je coach. Samen kunnen jullie kijken wat je nu helpt.",
            "This is a good point for your talk with your coach. Together you can look at what helps you now.",
        )),
        // The help block already stands on every page of this module.
        hulp: false,
    },
];

pub static MODULE: Module = Module {
    id: "verlies-en-betekenis",
    titel: t("Verlies en betekenis", "Loss and meaning"),
    kort: t(
        "Wat je mist, wat van jou blijft en waar je ertoe doet. Rustig en in je eigen tempo.",
        "What you miss, what stays yours and where you matter. Calmly, at your own pace.",
    ),
    intro: t(
        "Ziek worden doet pijn, en je eigen werk is niet meer zoals het was. Verdriet hoort bij het tweede spoor (werk zoeken bij een andere werkgever) en kost tijd, dat is normaal. Alles samen duurt ongeveer 14 minuten, in 4 korte delen.",
        "Falling ill hurts, and your own work is not what it was. Grief is part of the second track (looking for work with another employer) and takes time; that is normal. Altogether it takes about 14 minutes, in 4 short parts.",
    ),
    licentie: t(
        "Alle vragen zijn geschreven voor Spoorwijzer. Het is geen test en er komt geen score uit. © Spoorwijzer.",
        "All questions were written for Spoorwijzer. It is not a test and it gives no score. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "missen",
            titel: t("Wat je mist, en wat niet", "What you miss, and what you don't"),
            intro: t(
                "Verdriet om je eigen werk, zoals het was, is normaal, ook als je er nog werkt. Hier kijk je rustig naar wat je mist en wat niet.",
                "Grief for your own work, as it was, is normal, also if you still work there. Here you calmly look at what you miss and what you don't.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "vlb.mis",
                    tekst: t("Wat mis je van je eigen werk, zoals het was?", "What do you miss about your own work, as it was?"),
                    uitleg: Some(t("Kies zoveel als je wilt. Je mag ook niets kiezen.", "Choose as many as you like. You may also choose nothing.")),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("mensen", t("De mensen om me heen", "The people around me")),
                            optie("ritme", t("Het ritme van de dag", "The rhythm of the day")),
                            optie("vak", t("Mijn vak en wat ik daarin kon", "My trade and what I could do in it")),
                            optie("erbij-horen", t("Het gevoel erbij te horen", "The feeling of belonging")),
                            optie("betekenen", t("Iets betekenen voor anderen", "Making a difference for others")),
                            optie("zekerheid", t("De zekerheid", "The security")),
                            optie("uitdaging", t("Uitdaging en iets leren", "Challenge and learning something")),
                            optie("trots", t("Trots op wat ik deed", "Pride in what I did")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "vlb.mis.eigen",
                    tekst: t("Mis je nog iets anders?", "Do you miss anything else?"),
                    uitleg: Some(t("Een paar woorden is genoeg.", "A few words are enough.")),
                    soort: Soort::EigenLijst { max: 3 },
                },
                Vraag {
                    id: "vlb.niet-mis",
                    tekst: t("Wat mis je juist niet?", "What do you not miss at all?"),
                    uitleg: Some(t(
                        "Ook dat mag je voelen. Het zegt iets over wat je in ander werk niet meer zoekt.",
                        "You may feel that too. It says something about what you no longer look for in other work.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("haast", t("De haast en de drukte", "The rush and the pressure")),
                            optie("reizen", t("Het lange reizen", "The long journeys")),
                            optie("spanning", t("Spanning of ruzie", "Tension or arguments")),
                            optie("lange-dagen", t("De lange dagen", "The long days")),
                            optie("paste-niet", t("Taken die niet bij me pasten", "Tasks that did not suit me")),
                            optie("niet-gezien", t("Me niet gezien voelen", "Not feeling seen")),
                        ],
                        max: None,
                    },
                },
            ],
        },
        Deel {
            id: "blijft",
            titel: t("Wat van jou blijft", "What stays yours"),
            intro: t(
                "Ziekte neemt veel, maar niet alles. Sommige dingen horen bij jou, ziek of niet.",
                "Illness takes a lot, but not everything. Some things belong to you, ill or not.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "vlb.blijft",
                    tekst: t("Wat hoort bij jou, ziek of niet?", "What belongs to you, ill or not?"),
                    uitleg: Some(t("Kies zoveel als je wilt.", "Choose as many as you like.")),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("humor", t("Mijn humor", "My humour")),
                            optie("zorg", t("Mijn zorg voor anderen", "My care for others")),
                            optie("kennis", t("Mijn kennis en ervaring", "My knowledge and experience")),
                            optie("nieuwsgierig", t("Mijn nieuwsgierigheid", "My curiosity")),
                            optie("doorzetten", t("Mijn doorzetten", "My persistence")),
                            optie("eerlijk", t("Mijn eerlijkheid", "My honesty")),
                            optie("creatief", t("Mijn creativiteit", "My creativity")),
                            optie("waarden", t("Wat ik belangrijk vind", "What matters to me")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "vlb.blijft.eigen",
                    tekst: t("Wat hoort nog meer bij jou?", "What else belongs to you?"),
                    uitleg: Some(t(
                        "Denk aan wat mensen die je lang kennen over je zeggen.",
                        "Think of what people who have known you a long time say about you.",
                    )),
                    soort: Soort::EigenLijst { max: 3 },
                },
                Vraag {
                    id: "vlb.blijft.moment",
                    tekst: t(
                        "Wanneer merkte je laatst iets van wat bij jou hoort?",
                        "When did you last notice something of what belongs to you?",
                    ),
                    uitleg: Some(t(
                        "Denk aan wat je net koos. Bijvoorbeeld: je maakte iemand aan het lachen. Een klein moment is genoeg. Schrijf hier geen diagnose.",
                        "Think of what you just chose. For example: you made someone laugh. A small moment is enough. Please don't write a diagnosis here.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
        Deel {
            id: "ertoe-doen",
            titel: t("Waar je ertoe doet", "Where you matter"),
            intro: t(
                "Je werk telt, ook nu, en jij bent meer dan je werk. Je doet er ook toe thuis, voor anderen en in onbetaald werk.",
                "Your work counts, also now, and you are more than your work. You also matter at home, to others and in unpaid work.",
            ),
            minuten: 5,
            vragen: &[
                Vraag {
                    id: "vlb.ertoe",
                    tekst: t("Waar doe jij ertoe?", "Where do you matter?"),
                    uitleg: Some(t("Kies zoveel als je wilt. Klein telt ook.", "Choose as many as you like. Small things count too.")),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("werk", t("Op mijn werk, ook nu", "At my work, also now")),
                            optie("thuis", t("Thuis, voor mijn gezin", "At home, for my family")),
                            optie("familie", t("Voor familie of vrienden", "For family or friends")),
                            optie("buurt", t("In mijn straat of buurt", "In my street or neighbourhood")),
                            optie("vrijwillig", t("In vrijwilligerswerk", "In volunteer work")),
                            optie("mantelzorg", t("Als ik voor iemand zorg", "When I care for someone")),
                            optie("club", t("In een club of vereniging", "In a club or association")),
                            optie("dieren", t("Voor dieren of de natuur", "For animals or nature")),
                            optie("geloof", t("In mijn geloof of levensbeschouwing", "In my faith or beliefs")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "vlb.ertoe.wat",
                    tekst: t("Wat doe je daar dat voor anderen telt?", "What do you do there that counts for others?"),
                    uitleg: Some(t(
                        "Bijvoorbeeld: je luistert goed, of je helpt de buren. Schrijf hier geen diagnose.",
                        "For example: you listen well, or you help the neighbours. Please don't write a diagnosis here.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
                // Meaning looking forward, not only what was.
                Vraag {
                    id: "vlb.straks",
                    tekst: t(
                        "Voor wie of wat wil je later iets betekenen?",
                        "Who or what would you like to make a difference for later on?",
                    ),
                    uitleg: Some(t(
                        "Denk aan werk, ook je eigen werk, en aan de rest van je leven. Een paar woorden is genoeg. Schrijf hier geen diagnose.",
                        "Think of work, your own work too, and the rest of your life. A few words are enough. Please don't write a diagnosis here.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
                Vraag {
                    id: "vlb.gezien",
                    tekst: t("Wie ziet jou zoals je bent?", "Who sees you as you are?"),
                    uitleg: Some(t(
                        "Denk aan mensen bij wie je je gehoord voelt. Een voornaam of een woord als 'mijn zus' is genoeg. Is er nu niemand? Laat dit dan leeg.",
                        "Think of people who make you feel heard. A first name or a word like 'my sister' is enough. Is there no one right now? Then leave this empty.",
                    )),
                    soort: Soort::EigenLijst { max: 5 },
                },
                // Closing the loop after "who sees you", and a kind word when
                // the answer is "no one": each a reply under its ticked option.
                Vraag {
                    id: "vlb.gezien.nu",
                    tekst: t("Wie jou ziet: wat klopt nu voor jou?", "Being seen: what is true for you now?"),
                    uitleg: Some(t("Je mag ook niets kiezen.", "You may also choose nothing.")),
                    soort: Soort::MeerKeuze { opties: GEZIEN_NU, max: None },
                },
            ],
        },
        Deel {
            id: "deze-week",
            titel: t("Wat ging goed deze week", "What went well this week"),
            intro: t(
                "Kleine dingen laten zien wat er nog wel gaat. In een zware week mag dit leeg blijven: kom dan over een paar weken gerust terug.",
                "Small things show what still works. In a hard week this may stay empty: then feel free to come back in a few weeks.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "vlb.goed",
                    tekst: t("Welke kleine dingen gingen deze week goed?", "Which small things went well this week?"),
                    uitleg: Some(t(
                        "Bijvoorbeeld: je hebt gewandeld, iemand gebeld of goed geslapen.",
                        "For example: you went for a walk, called someone or slept well.",
                    )),
                    soort: Soort::EigenLijst { max: 5 },
                },
                Vraag {
                    id: "vlb.goed.gevoel",
                    tekst: t("Wat deed dat met je?", "What did that do for you?"),
                    uitleg: Some(GEEN_DIAGNOSE),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
                Vraag {
                    id: "vlb.bespreken",
                    tekst: t("Wat wil je hiervan met je coach bespreken?", "What of this would you like to discuss with your coach?"),
                    uitleg: Some(t(
                        "Jij kiest zelf of je dit deelt. Je mag het ook voor jezelf houden.",
                        "You decide whether you share this. You may also keep it to yourself.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
    ],
};
