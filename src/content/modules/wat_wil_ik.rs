//! Module "Wat wil ik?": interests over the six RIASEC themes (own items),
//! work environment, openness to other employers, what work elsewhere could
//! bring and what holds you back. All texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

/// A first-person interest statement on the "plezier" scale, tied to a theme.
const fn stelling(id: &'static str, thema: &'static str, tekst: Tekst) -> Vraag {
    Vraag { id, tekst, uitleg: None, soort: Soort::Stelling { schaal: Schaal::Plezier, thema: Some(thema) } }
}

/// Short explanation repeated in every interest part.
const PLEZIER: Tekst =
    t("Het gaat om plezier. Niet om wat je nu kunt.", "This is about enjoyment. Not about what you can do right now.");

pub static MODULE: Module = Module {
    id: "wat-wil-ik",
    titel: t("Wat wil ik?", "What do I want?"),
    kort: t(
        "Hier ontdek je wat je leuk vindt, in wat voor omgeving je graag werkt en wat je tegenhoudt.",
        "Here you discover what you enjoy, what kind of place you like to work in and what holds you back.",
    ),
    intro: t(
        "Hier ontdek je wat je leuk vindt en welk werk bij je zou kunnen passen. Het gaat om plezier, niet om wat je nu kunt. Alles samen duurt ongeveer 22 minuten, in 9 korte delen.",
        "Here you discover what you enjoy and which work might suit you. It is about enjoyment, not about what you can do now. Altogether it takes about 22 minutes, in 9 short parts.",
    ),
    licentie: t(
        "Alle uitspraken zijn geschreven voor Spoorwijzer. We hebben niets overgenomen uit andere vragenlijsten. De 6 interessegebieden komen uit een bekend model over beroepskeuze. Je antwoorden worden niet vergeleken met die van anderen. © Spoorwijzer.",
        "All statements were written for Spoorwijzer. We copied nothing from other questionnaires. The 6 interest areas come from a well-known model of career choice. Your answers are not compared with those of others. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "interesse-1",
            titel: t("Wat doe je graag? Ronde 1 van 6", "What do you enjoy? Round 1 of 6"),
            intro: t(
                "Je ziet steeds iets wat je in werk kunt doen. Geef aan hoe leuk je dat vindt.",
                "Each time you see something you can do in work. Show how much you enjoy it.",
            ),
            minuten: 2,
            vragen: &[
                stelling("wwi.r1", "R", t("Ik ben graag met mijn handen bezig.", "I like working with my hands.")),
                stelling("wwi.s1", "S", t("Ik help graag mensen met hun vragen.", "I like helping people with their questions.")),
                stelling("wwi.i1", "I", t("Ik zoek graag uit hoe iets werkt.", "I like finding out how something works.")),
                stelling("wwi.e1", "E", t("Ik neem graag de leiding in een groep.", "I like taking the lead in a group.")),
                stelling("wwi.a1", "A", t("Ik maak graag iets moois, zoals een tekening of een foto.", "I like making something beautiful, such as a drawing or a photo.")),
                stelling("wwi.c1", "C", t("Ik houd graag een administratie bij.", "I like keeping records.")),
            ],
        },
        Deel {
            id: "interesse-2",
            titel: t("Wat doe je graag? Ronde 2 van 6", "What do you enjoy? Round 2 of 6"),
            intro: PLEZIER,
            minuten: 2,
            vragen: &[
                stelling("wwi.a2", "A", t("Ik bedenk graag nieuwe ideeën.", "I like coming up with new ideas.")),
                stelling("wwi.c2", "C", t("Ik werk graag volgens een duidelijk stappenplan.", "I like working to a clear step-by-step plan.")),
                stelling("wwi.r2", "R", t("Ik repareer graag dingen die kapot zijn.", "I like fixing things that are broken.")),
                stelling("wwi.s2", "S", t("Ik leg graag iets uit aan anderen.", "I like explaining things to others.")),
                stelling("wwi.e2", "E", t("Ik overtuig graag anderen van een idee.", "I like convincing others of an idea.")),
                stelling("wwi.i2", "I", t("Ik los graag lastige puzzels op.", "I like solving tricky puzzles.")),
            ],
        },
        Deel {
            id: "interesse-3",
            titel: t("Wat doe je graag? Ronde 3 van 6", "What do you enjoy? Round 3 of 6"),
            intro: PLEZIER,
            minuten: 2,
            vragen: &[
                stelling("wwi.i3", "I", t("Ik lees of kijk graag iets over wetenschap of natuur.", "I like reading or watching something about science or nature.")),
                stelling("wwi.e3", "E", t("Ik verkoop graag iets waar ik achter sta.", "I like selling something I believe in.")),
                stelling("wwi.s3", "S", t("Ik zorg graag voor mensen die hulp nodig hebben.", "I like caring for people who need help.")),
                stelling("wwi.c3", "C", t("Ik controleer graag of alles klopt.", "I like checking that everything is correct.")),
                stelling("wwi.r3", "R", t("Ik werk graag buiten.", "I like working outdoors.")),
                stelling("wwi.a3", "A", t("Ik schrijf graag verhalen, gedichten of stukjes.", "I like writing stories, poems or short pieces.")),
            ],
        },
        Deel {
            id: "interesse-4",
            titel: t("Wat doe je graag? Ronde 4 van 6", "What do you enjoy? Round 4 of 6"),
            intro: PLEZIER,
            minuten: 2,
            vragen: &[
                stelling("wwi.s4", "S", t("Ik luister graag naar de verhalen van anderen.", "I like listening to other people's stories.")),
                stelling("wwi.r4", "R", t("Ik werk graag met gereedschap of machines.", "I like working with tools or machines.")),
                stelling("wwi.a4", "A", t("Ik ben graag bezig met muziek, toneel of dans.", "I like spending time on music, theatre or dance.")),
                stelling("wwi.i4", "I", t("Ik zoek graag naar de oorzaak als iets misgaat.", "I like looking for the cause when something goes wrong.")),
                stelling("wwi.c4", "C", t("Ik zet gegevens graag netjes in een overzicht.", "I like putting information neatly into an overview.")),
                stelling("wwi.e4", "E", t("Ik zet graag iets nieuws op, zoals een project of een eigen bedrijf.", "I like setting up something new, such as a project or my own business.")),
            ],
        },
        Deel {
            id: "interesse-5",
            titel: t("Wat doe je graag? Ronde 5 van 6", "What do you enjoy? Round 5 of 6"),
            intro: PLEZIER,
            minuten: 2,
            vragen: &[
                stelling("wwi.e5", "E", t("Ik onderhandel graag over een goede prijs of afspraak.", "I like negotiating a good price or deal.")),
                stelling("wwi.a5", "A", t("Ik richt graag een ruimte mooi in.", "I like making a space look nice.")),
                stelling("wwi.c5", "C", t("Ik werk graag met cijfers en bedragen.", "I like working with figures and amounts of money.")),
                stelling("wwi.r5", "R", t("Ik zorg graag voor planten of dieren.", "I like looking after plants or animals.")),
                stelling("wwi.i5", "I", t("Ik zoek dingen graag tot op de bodem uit.", "I like getting to the bottom of things.")),
                stelling("wwi.s5", "S", t("Ik werk graag met kinderen of jongeren.", "I like working with children or young people.")),
            ],
        },
        Deel {
            id: "interesse-6",
            titel: t("Wat doe je graag? Ronde 6 van 6", "What do you enjoy? Round 6 of 6"),
            intro: t(
                "Dit is het laatste rijtje over wat je leuk vindt. Daarna zie je welke gebieden eruit springen.",
                "This is the last list about what you enjoy. After that you will see which areas stand out.",
            ),
            minuten: 2,
            vragen: &[
                stelling("wwi.c6", "C", t("Ik plan graag afspraken in een agenda.", "I like scheduling appointments in a diary.")),
                stelling("wwi.i6", "I", t("Ik probeer graag iets uit om te zien wat er gebeurt.", "I like trying something out to see what happens.")),
                stelling("wwi.e6", "E", t("Ik spreek graag voor een groep.", "I like speaking in front of a group.")),
                stelling("wwi.a6", "A", t("Ik ontwerp graag iets, zoals kleding, een website of een tuin.", "I like designing something, such as clothes, a website or a garden.")),
                stelling("wwi.s6", "S", t("Ik breng graag mensen bij elkaar.", "I like bringing people together.")),
                stelling("wwi.r6", "R", t("Ik maak graag iets wat je kunt vastpakken.", "I like making something you can hold in your hands.")),
            ],
        },
        Deel {
            id: "omgeving",
            titel: t("Waar werk je graag?", "Where do you like to work?"),
            intro: t(
                "Nu gaat het om de plek en de sfeer waarin je graag werkt.",
                "Now it is about the place and the atmosphere you like to work in.",
            ),
            minuten: 4,
            vragen: &[
                Vraag {
                    id: "wwi.team",
                    tekst: t(
                        "Werk je liever in een team of liever alleen?",
                        "Do you prefer working in a team or on your own?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("team", t("Het liefst in een team", "Preferably in a team")),
                            optie("allebei", t("Een mix van allebei", "A mix of both")),
                            optie("alleen", t("Het liefst alleen", "Preferably on my own")),
                            optie("weet-niet", t("Weet ik niet", "I don't know")),
                        ],
                    },
                },
                Vraag {
                    id: "wwi.binnen-buiten",
                    tekst: t(
                        "Werk je liever binnen of liever buiten?",
                        "Do you prefer working indoors or outdoors?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("binnen", t("Het liefst binnen", "Preferably indoors")),
                            optie("allebei", t("Een mix van allebei", "A mix of both")),
                            optie("buiten", t("Het liefst buiten", "Preferably outdoors")),
                            optie("weet-niet", t("Weet ik niet", "I don't know")),
                        ],
                    },
                },
                Vraag {
                    id: "wwi.structuur",
                    tekst: t(
                        "Wat past beter bij je: vaste afspraken of veel vrijheid?",
                        "What suits you better: fixed arrangements or a lot of freedom?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("structuur", t("Duidelijke taken en vaste afspraken", "Clear tasks and fixed arrangements")),
                            optie("allebei", t("Een mix van allebei", "A mix of both")),
                            optie("vrijheid", t("Veel vrijheid om het zelf in te vullen", "A lot of freedom to decide for myself")),
                            optie("weet-niet", t("Weet ik niet", "I don't know")),
                        ],
                    },
                },
                Vraag {
                    id: "wwi.grootte",
                    tekst: t(
                        "In wat voor organisatie werk je het liefst?",
                        "What kind of organisation do you like working in most?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("klein", t("Een klein bedrijf, waar iedereen elkaar kent", "A small company, where everyone knows each other")),
                            optie("groot", t("Een grote organisatie", "A large organisation")),
                            optie("maakt-niet-uit", t("Dat maakt me niet uit", "It doesn't matter to me")),
                        ],
                    },
                },
                Vraag {
                    id: "wwi.sectoren",
                    tekst: t(
                        "In welke sectoren zou je graag eens kijken?",
                        "Which sectors would you like to look at?",
                    ),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt. Twijfel je? Kies het dan ook.",
                        "Choose as many as you like. Not sure? Choose it anyway.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("zorg", t("Zorg en welzijn", "Care and welfare")),
                            optie("onderwijs", t("Onderwijs en kinderopvang", "Education and childcare")),
                            optie("overheid", t("Overheid en gemeente", "Government and municipality")),
                            optie("kantoor", t("Kantoor en administratie", "Office and administration")),
                            optie("winkels", t("Winkels en handel", "Shops and trade")),
                            optie("horeca", t("Horeca, recreatie en toerisme", "Hospitality, leisure and tourism")),
                            optie("bouw", t("Bouw en installatie", "Construction and installation")),
                            optie("techniek", t("Techniek en industrie", "Engineering and industry")),
                            optie("logistiek", t("Transport en logistiek", "Transport and logistics")),
                            optie("ict", t("ICT", "IT")),
                            optie("groen", t("Groen, dieren en landbouw", "Green spaces, animals and farming")),
                            optie("cultuur", t("Cultuur, media en creatief werk", "Culture, media and creative work")),
                            optie("facilitair", t("Schoonmaak, beveiliging en facilitair werk", "Cleaning, security and facilities")),
                        ],
                        max: None,
                    },
                },
            ],
        },
        Deel {
            id: "elders",
            titel: t("Werk bij een andere werkgever", "Work with another employer"),
            intro: t(
                "Spoor 2 is de zoektocht naar werk bij een andere werkgever. Hier ontdek je hoe je daar nu naar kijkt.",
                "Spoor 2 (the second track) is the search for work with another employer. Here you explore how you feel about that now.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "wwi.open",
                    tekst: t(
                        "Waar wil je nu kijken naar werk?",
                        "Where would you like to look for work now?",
                    ),
                    uitleg: Some(t(
                        "Er is geen goed of fout antwoord. Je antwoord mag later veranderen.",
                        "There is no right or wrong answer. Your answer may change later.",
                    )),
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("eigen", t("Vooral bij mijn eigen werkgever", "Mainly with my own employer")),
                            optie("allebei", t("Bij mijn eigen werkgever en bij andere werkgevers", "With my own employer and with other employers")),
                            optie("elders", t("Vooral bij een andere werkgever", "Mainly with another employer")),
                            optie("weet-niet", t("Dat weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wwi.opbrengst",
                    tekst: t(
                        "Wat zou werk bij een andere werkgever je kunnen brengen?",
                        "What could work with another employer bring you?",
                    ),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt. Ook als je nog twijfelt.",
                        "Choose as many as you like. Even if you are still unsure.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("frisse-start", t("Een frisse start", "A fresh start")),
                            optie("passend", t("Werk dat beter past bij wat ik nu kan", "Work that better suits what I can do now")),
                            optie("contacten", t("Nieuwe collega's en contacten", "New colleagues and contacts")),
                            optie("leren", t("Iets nieuws leren", "Learning something new")),
                            optie("inkomen", t("Meer zekerheid over mijn inkomen", "More certainty about my income")),
                            optie("dichtbij", t("Werk dichter bij huis", "Work closer to home")),
                            optie("rust", t("Minder spanning dan ik op mijn werk had", "Less tension than I had at work")),
                            optie("ertoe-doen", t("Weer het gevoel dat ik ertoe doe", "Feeling that I matter again")),
                            optie("ervaring", t("Ervaring opdoen, ook als het eerst tijdelijk is", "Gaining experience, even if it is temporary at first")),
                            optie("trots", t("Iets om trots op te zijn", "Something to be proud of")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "wwi.opbrengst.tekst",
                    tekst: t(
                        "Wat zou werk elders je nog meer kunnen brengen?",
                        "What else could work elsewhere bring you?",
                    ),
                    uitleg: None,
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
        Deel {
            id: "drempels",
            titel: t("Wat houdt je tegen?", "What holds you back?"),
            intro: t(
                "Het is heel gewoon dat iets je tegenhoudt. Als je weet wat het is, kun je er samen met je coach naar kijken.",
                "It is very normal that something holds you back. When you know what it is, you can look at it together with your coach.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "wwi.drempels",
                    tekst: t(
                        "Wat houdt je tegen om naar ander werk te kijken?",
                        "What holds you back from looking at other work?",
                    ),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt.",
                        "Choose as many as you like.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("energie", t("Ik heb er nu weinig energie voor", "I have little energy for it right now")),
                            optie("aanbod", t("Ik weet niet welk werk er is", "I don't know what work is out there")),
                            optie("spannend", t("Ik vind iets nieuws beginnen spannend", "Starting something new feels scary")),
                            optie("geld", t("Ik maak me zorgen over geld", "I worry about money")),
                            optie("verbonden", t("Ik voel me verbonden met mijn eigen werkgever", "I feel attached to my own employer")),
                            optie("leeftijd", t("Ik denk dat mijn leeftijd een rol speelt", "I think my age plays a role")),
                            optie("papieren", t("Ik denk dat ik de goede diploma's mis", "I think I lack the right diplomas")),
                            optie("solliciteren", t("Ik vind solliciteren lastig", "I find applying for jobs difficult")),
                            optie("aankunnen", t("Ik weet niet wat ik nu aankan", "I don't know what I can handle now")),
                            Optie {
                                id: "verdriet",
                                tekst: t("Ik ben nog verdrietig om mijn eigen werk, zoals het was", "I am still sad about my own work, as it was"),
                                uitleg: None,
                                reactie: Some(t(
                                    "Dat verdriet mag er zijn. Je eigen werk, zoals het was, hoorde bij je leven. Rouwen kost tijd, ook in het tweede spoor.",
                                    "That grief is allowed to be there. Your own work, as it was, was part of your life. Grieving takes time, in the second track too.",
                                )),
                                stap: Some(t(
                                    "Kijk eens bij 'Verlies en betekenis'. Daar staat ook waar je terechtkunt als het te zwaar wordt.",
                                    "Have a look at 'Loss and meaning'. It also says where to turn when it gets too heavy.",
                                )),
                                // Grief: where to turn shows right under the reply too.
                                hulp: true,
                            },
                            optie("anderen", t("Ik weet niet wat anderen ervan vinden", "I don't know what others think of it")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "wwi.drempels.tekst",
                    tekst: t(
                        "Wil je er iets meer over vertellen?",
                        "Would you like to say more about it?",
                    ),
                    uitleg: Some(t(
                        "Schrijf hier geen diagnose of medische details. Het gaat om wat jij voelt en denkt.",
                        "Please don't write a diagnosis or medical details here. This is about what you feel and think.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
                Vraag {
                    id: "wwi.helpt",
                    tekst: t(
                        "Wat zou jou kunnen helpen om een kleine stap te zetten?",
                        "What could help you take a small step?",
                    ),
                    uitleg: Some(t(
                        "Bijvoorbeeld: eerst eens praten met iemand die dat werk al doet.",
                        "For example: first having a chat with someone who already does that work.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
    ],
};
