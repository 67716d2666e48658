//! Module "Wat kan ik?": transferable skills per cluster, experience and
//! education, and self-described (non-medical) working conditions for now.
//! All texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

/// The parts about what the person can manage now (time and pace, the
/// workplace): the profile shows their answers together.
pub const NU_TIJD: &str = "nu-tijd";
pub const NU_WERKPLEK: &str = "nu-werkplek";
pub const OMSTANDIGHEDEN: [&str; 2] = [NU_TIJD, NU_WERKPLEK];

/// The three answers for every skill question. Defined once, reused by all skills.
pub static VAARDIGHEID: [Optie; 3] = [
    optie("goed", t("Gaat me goed af", "I'm good at this")),
    optie("redelijk", t("Gaat redelijk", "I'm fairly good at this")),
    optie("liever-niet", t("Doe ik liever niet", "I'd rather not do this")),
];

/// One skill question with the shared answer set.
macro_rules! vaardigheid {
    ($id:literal, $nl:literal, $en:literal, $unl:literal, $uen:literal) => {
        Vraag {
            id: $id,
            tekst: t($nl, $en),
            uitleg: Some(t($unl, $uen)),
            soort: Soort::EenKeuze { opties: &VAARDIGHEID },
        }
    };
}

/// Shown before and beside every capacity question (and in the profile): these
/// answers are the person's own picture and may reach their employer.
pub static EIGEN_BEELD: Tekst = t(
    "Dit is jouw eigen beeld. Je bedrijfsarts (arts voor ziekte en werk) beoordeelt wat je kunt. Deel het alleen als je wilt.",
    "This is your own picture. Your company doctor (bedrijfsarts) assesses what you can do. Only share this if you want to.",
);

pub static MODULE: Module = Module {
    id: "wat-kan-ik",
    titel: t("Wat kan ik?", "What can I do?"),
    kort: t(
        "Hier kijk je naar wat je goed kunt, wat je hebt geleerd en wat voor werk je nu aankunt.",
        "Here you look at what you are good at, what you have learned and what kind of work you can manage now.",
    ),
    intro: t(
        "Je hebt in je leven veel geleerd, in werk en daarbuiten. Hier zet je op een rij wat je goed kunt en wat nu bij je past. Alles samen duurt ongeveer 26 minuten, in 8 korte delen.",
        "You have learned a lot in your life, at work and outside it. Here you list what you are good at and what suits you now. Altogether it takes about 26 minutes, in 8 short parts.",
    ),
    licentie: t(
        "Alle vragen zijn geschreven voor Spoorwijzer. © Spoorwijzer.",
        "All questions were written for Spoorwijzer. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "mensen",
            titel: t("Werken met mensen", "Working with people"),
            intro: t(
                "Kijk bij elke vaardigheid hoe goed die je afgaat. Denk aan werk, maar ook aan thuis of vrijwilligerswerk.",
                "For each skill, think about how well it goes for you. Think of work, but also of home or volunteering.",
            ),
            minuten: 3,
            vragen: &[
                vaardigheid!(
                    "wki.mensen.uitleggen",
                    "Iets uitleggen aan een ander",
                    "Explaining something to someone",
                    "Bijvoorbeeld een nieuwe collega laten zien hoe iets werkt.",
                    "For example, showing a new colleague how something works."
                ),
                vaardigheid!(
                    "wki.mensen.luisteren",
                    "Goed luisteren naar iemand",
                    "Listening well to someone",
                    "Bijvoorbeeld als iemand een probleem heeft of zijn verhaal kwijt wil.",
                    "For example, when someone has a problem or needs to talk."
                ),
                vaardigheid!(
                    "wki.mensen.zorgen",
                    "Voor iemand zorgen",
                    "Caring for someone",
                    "Bijvoorbeeld voor een kind, een ouder familielid of een buurvrouw.",
                    "For example, for a child, an older relative or a neighbour."
                ),
                vaardigheid!(
                    "wki.mensen.klanten",
                    "Klanten helpen",
                    "Helping customers",
                    "Aan de balie, in een winkel of aan de telefoon.",
                    "At a desk, in a shop or on the phone."
                ),
                vaardigheid!(
                    "wki.mensen.samenwerken",
                    "Samenwerken in een team",
                    "Working in a team",
                    "Taken verdelen en elkaar helpen als het nodig is.",
                    "Sharing tasks and helping each other when needed."
                ),
                vaardigheid!(
                    "wki.mensen.overtuigen",
                    "Iemand overtuigen",
                    "Persuading someone",
                    "Bijvoorbeeld iets verkopen, of een idee brengen waar je achter staat.",
                    "For example, selling something, or presenting an idea you believe in."
                ),
            ],
        },
        Deel {
            id: "informatie",
            titel: t("Werken met informatie", "Working with information"),
            intro: t(
                "Nu gaat het om werken met teksten, cijfers en gegevens.",
                "Now it is about working with texts, figures and data.",
            ),
            minuten: 3,
            vragen: &[
                vaardigheid!(
                    "wki.info.opzoeken",
                    "Informatie opzoeken",
                    "Looking up information",
                    "Op internet, in een boek of in een systeem op het werk.",
                    "On the internet, in a book or in a system at work."
                ),
                vaardigheid!(
                    "wki.info.rekenen",
                    "Rekenen met cijfers",
                    "Working with numbers",
                    "Bijvoorbeeld met bedragen, maten of aantallen.",
                    "For example with amounts of money, measurements or quantities."
                ),
                vaardigheid!(
                    "wki.info.schrijven",
                    "Teksten schrijven",
                    "Writing texts",
                    "Bijvoorbeeld een e-mail, een verslag of een brief.",
                    "For example an email, a report or a letter."
                ),
                vaardigheid!(
                    "wki.info.computer",
                    "Werken met de computer",
                    "Working with a computer",
                    "Bijvoorbeeld met een tekstprogramma, een rekenprogramma of een kassasysteem.",
                    "For example with a word processor, a spreadsheet or a till system."
                ),
                vaardigheid!(
                    "wki.info.controleren",
                    "Controleren of alles klopt",
                    "Checking that everything is correct",
                    "Fouten vinden in een lijst, een factuur of een bestelling.",
                    "Finding mistakes in a list, an invoice or an order."
                ),
                vaardigheid!(
                    "wki.info.uitzoeken",
                    "Een probleem uitzoeken",
                    "Figuring out a problem",
                    "Nagaan waar iets misgaat en een oplossing bedenken.",
                    "Finding out where something goes wrong and thinking of a solution."
                ),
            ],
        },
        Deel {
            id: "handen",
            titel: t("Werken met je handen", "Working with your hands"),
            intro: t(
                "Hier gaat het om praktisch werk. Kijk naar wat je kunt, ook als je het nu even minder doet.",
                "This is about practical work. Look at what you can do, even if you do it less at the moment.",
            ),
            minuten: 3,
            vragen: &[
                vaardigheid!(
                    "wki.handen.repareren",
                    "Iets repareren",
                    "Repairing things",
                    "Bijvoorbeeld een fiets, een apparaat of een kast.",
                    "For example a bicycle, an appliance or a cupboard."
                ),
                vaardigheid!(
                    "wki.handen.bouwen",
                    "Iets in elkaar zetten",
                    "Putting things together",
                    "Bijvoorbeeld meubels, een schutting of een machine.",
                    "For example furniture, a fence or a machine."
                ),
                vaardigheid!(
                    "wki.handen.koken",
                    "Koken of eten klaarmaken",
                    "Cooking or preparing food",
                    "Voor jezelf, voor je gezin of voor een grote groep.",
                    "For yourself, for your family or for a large group."
                ),
                vaardigheid!(
                    "wki.handen.gereedschap",
                    "Werken met gereedschap of machines",
                    "Working with tools or machines",
                    "Bijvoorbeeld een boormachine, een naaimachine of een heftruck.",
                    "For example a drill, a sewing machine or a forklift."
                ),
                vaardigheid!(
                    "wki.handen.planten",
                    "Werken met planten of dieren",
                    "Working with plants or animals",
                    "Bijvoorbeeld tuinieren of voor dieren zorgen.",
                    "For example gardening or looking after animals."
                ),
                vaardigheid!(
                    "wki.handen.rijden",
                    "Auto of busje rijden",
                    "Driving a car or van",
                    "Bijvoorbeeld spullen of mensen ergens naartoe brengen.",
                    "For example taking goods or people somewhere."
                ),
            ],
        },
        Deel {
            id: "organiseren",
            titel: t("Organiseren", "Organising"),
            intro: t(
                "Nu gaat het om plannen, regelen en overzicht houden.",
                "Now it is about planning, arranging things and keeping an overview.",
            ),
            minuten: 3,
            vragen: &[
                vaardigheid!(
                    "wki.org.plannen",
                    "Werk plannen",
                    "Planning work",
                    "Bepalen wat eerst komt en wat later kan.",
                    "Deciding what comes first and what can wait."
                ),
                vaardigheid!(
                    "wki.org.regelen",
                    "Dingen regelen",
                    "Arranging things",
                    "Bijvoorbeeld een afspraak, een feest of een bestelling.",
                    "For example an appointment, a party or an order."
                ),
                vaardigheid!(
                    "wki.org.ordenen",
                    "Orde aanbrengen",
                    "Putting things in order",
                    "Spullen of papieren zo opbergen dat alles te vinden is.",
                    "Storing things or papers so everything can be found."
                ),
                vaardigheid!(
                    "wki.org.groep",
                    "Een groep begeleiden",
                    "Guiding a group",
                    "Zorgen dat iedereen weet wat zijn taak is.",
                    "Making sure everyone knows what their task is."
                ),
                vaardigheid!(
                    "wki.org.geld",
                    "Met geld omgaan",
                    "Handling money",
                    "Bijvoorbeeld een kas bijhouden of op een budget letten.",
                    "For example looking after the petty cash or keeping an eye on a budget."
                ),
                vaardigheid!(
                    "wki.org.beslissen",
                    "Beslissingen nemen",
                    "Making decisions",
                    "Een keuze maken, ook als niet alles duidelijk is.",
                    "Making a choice, even when not everything is clear."
                ),
            ],
        },
        Deel {
            id: "creatief",
            titel: t("Creatief bezig zijn", "Being creative"),
            intro: t(
                "Het laatste rijtje gaat over maken en bedenken. Ook een hobby telt mee.",
                "The last list is about making and thinking things up. A hobby counts too.",
            ),
            minuten: 3,
            vragen: &[
                vaardigheid!(
                    "wki.creatief.ideeen",
                    "Nieuwe ideeën bedenken",
                    "Coming up with new ideas",
                    "Bijvoorbeeld een slimmere manier van werken of een leuk plan.",
                    "For example a smarter way of working or a fun plan."
                ),
                vaardigheid!(
                    "wki.creatief.tekenen",
                    "Tekenen, schilderen of vormgeven",
                    "Drawing, painting or designing",
                    "Op papier of op de computer.",
                    "On paper or on a computer."
                ),
                vaardigheid!(
                    "wki.creatief.verhalen",
                    "Verhalen vertellen of schrijven",
                    "Telling or writing stories",
                    "Bijvoorbeeld voorlezen, een stukje in een nieuwsbrief of een toespraak.",
                    "For example reading aloud, a piece in a newsletter or a speech."
                ),
                vaardigheid!(
                    "wki.creatief.muziek",
                    "Muziek maken",
                    "Making music",
                    "Zingen of een instrument bespelen, alleen of met anderen.",
                    "Singing or playing an instrument, alone or with others."
                ),
                vaardigheid!(
                    "wki.creatief.inrichten",
                    "Iets mooi inrichten",
                    "Making a space look nice",
                    "Bijvoorbeeld een kamer, een etalage of een tafel voor een feest.",
                    "For example a room, a shop window or a table for a party."
                ),
                vaardigheid!(
                    "wki.creatief.foto",
                    "Foto's of filmpjes maken",
                    "Taking photos or making videos",
                    "Bijvoorbeeld voor familie, een club of sociale media.",
                    "For example for family, a club or social media."
                ),
            ],
        },
        Deel {
            id: "ervaring",
            titel: t("Ervaring en opleiding", "Experience and education"),
            intro: t(
                "Schrijf op wat je gedaan en geleerd hebt. Een paar woorden is genoeg.",
                "Write down what you have done and learned. A few words are enough.",
            ),
            minuten: 5,
            vragen: &[
                Vraag {
                    id: "wki.werkervaring",
                    tekst: t(
                        "Welk werk heb je gedaan?",
                        "What work have you done?",
                    ),
                    uitleg: Some(t(
                        "Noem je functies of taken. Bijvoorbeeld: verkoper, 5 jaar bij een bouwmarkt.",
                        "Name your jobs or tasks. For example: sales assistant, 5 years at a DIY store.",
                    )),
                    soort: Soort::EigenLijst { max: 8 },
                },
                Vraag {
                    id: "wki.opleiding",
                    tekst: t(
                        "Welke opleidingen en cursussen heb je gedaan?",
                        "What education and courses have you had?",
                    ),
                    uitleg: Some(t(
                        "Ook korte cursussen tellen mee. Een diploma is niet nodig.",
                        "Short courses count too. You don't need a diploma for it to count.",
                    )),
                    soort: Soort::EigenLijst { max: 8 },
                },
                Vraag {
                    id: "wki.buiten-werk",
                    tekst: t(
                        "Wat heb je buiten je werk gedaan en geleerd?",
                        "What have you done and learned outside work?",
                    ),
                    uitleg: Some(t(
                        "Denk aan vrijwilligerswerk, zorg voor een naaste, een club of een hobby.",
                        "Think of volunteering, caring for a loved one, a club or a hobby.",
                    )),
                    soort: Soort::EigenLijst { max: 8 },
                },
                Vraag {
                    id: "wki.anderen-zeggen",
                    tekst: t(
                        "Wat zeggen anderen dat je goed kunt?",
                        "What do others say you are good at?",
                    ),
                    uitleg: Some(t(
                        "Denk aan collega's, vrienden of familie. Vraag het gerust aan iemand.",
                        "Think of colleagues, friends or family. Feel free to ask someone.",
                    )),
                    soort: Soort::EigenLijst { max: 5 },
                },
            ],
        },
        Deel {
            id: NU_TIJD,
            titel: t("Wat past nu: tijd en tempo", "What suits you now: time and pace"),
            intro: t(
                "Hier beschrijf je welke tijd en welk tempo nu bij je passen. Het is geen medisch oordeel van je bedrijfsarts (de arts voor ziekte en werk).",
                "Here you describe which hours and which pace suit you now. It is not a medical judgement by your company doctor (bedrijfsarts).",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "wki.nu.uren",
                    tekst: t(
                        "Hoeveel uur per dag kun je nu werken, denk je?",
                        "How many hours a day do you think you can work now?",
                    ),
                    uitleg: Some(t(
                        "Denk aan een gewone dag. Niet aan je beste of je zwaarste dag.",
                        "Think of an ordinary day. Not your best or your hardest day.",
                    )),
                    soort: Soort::Uren { max: 24, eenheid: t("uur per dag", "hours per day") },
                },
                Vraag {
                    id: "wki.nu.dagen",
                    tekst: t(
                        "Hoeveel dagen per week kun je nu werken, denk je?",
                        "How many days a week do you think you can work now?",
                    ),
                    uitleg: None,
                    soort: Soort::Getal {
                        min: 0,
                        max: 7,
                        stap: 1,
                        eenheid: t("dagen per week", "days per week"),
                    },
                },
                Vraag {
                    id: "wki.nu.reistijd",
                    tekst: t(
                        "Hoe lang wil je nu hoogstens reizen naar je werk?",
                        "How long would you travel to work at most, for now?",
                    ),
                    uitleg: Some(t(
                        "Tel de tijd van deur tot deur, voor één kant van de reis.",
                        "Count the time from door to door, for one way.",
                    )),
                    soort: Soort::Getal {
                        min: 0,
                        max: 120,
                        stap: 15,
                        eenheid: t("minuten enkele reis", "minutes one way"),
                    },
                },
                Vraag {
                    id: "wki.nu.tempo",
                    tekst: t(
                        "Welk werktempo past nu bij je?",
                        "Which work pace suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("eigen", t("Mijn eigen tempo past het best", "My own pace suits me best")),
                            optie("gewoon", t("Een gewoon tempo gaat goed", "A normal pace works well")),
                            optie("druk", t("Ook drukke momenten gaan goed", "Busy moments work well too")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wki.nu.voorspelbaar",
                    tekst: t(
                        "Hoe voorspelbaar wil je je werk nu hebben?",
                        "How predictable would you like your work to be now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("vast", t("Vaste taken en een vast rooster werken het best", "Fixed tasks and a fixed schedule work best")),
                            optie("beetje", t("Een vaste basis met een beetje afwisseling", "A fixed base with a little variety")),
                            optie("wisselend", t("Elke dag iets anders gaat goed", "Something different every day works well")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
            ],
        },
        Deel {
            id: NU_WERKPLEK,
            titel: t("Wat past nu: je werkplek", "What suits you now: your workplace"),
            intro: t(
                "Hier beschrijf je wat nu past op een werkplek. Het is geen medisch oordeel.",
                "Here you describe what suits you now in a workplace. It is not a medical judgement.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "wki.nu.zitten",
                    tekst: t(
                        "Hoeveel zitten past nu bij je?",
                        "How much sitting suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("veel", t("Lang zitten gaat goed", "Sitting for a long time works well")),
                            optie("afwisselen", t("Zitten gaat goed als ik af en toe kan opstaan", "Sitting works well if I can get up now and then")),
                            optie("weinig", t("Ik zit liever niet lang achter elkaar", "I'd rather not sit for long at a time")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wki.nu.staan",
                    tekst: t(
                        "Hoeveel staan past nu bij je?",
                        "How much standing suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("veel", t("Lang staan gaat goed", "Standing for a long time works well")),
                            optie("afwisselen", t("Staan gaat goed als ik af en toe kan zitten", "Standing works well if I can sit down now and then")),
                            optie("weinig", t("Ik sta liever niet lang achter elkaar", "I'd rather not stand for long at a time")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wki.nu.lopen",
                    tekst: t(
                        "Hoeveel lopen past nu bij je?",
                        "How much walking suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("veel", t("Veel lopen gaat goed", "A lot of walking works well")),
                            optie("soms", t("Af en toe een stukje lopen gaat goed", "Walking a short way now and then works well")),
                            optie("weinig", t("Ik loop liever weinig", "I'd rather walk little")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wki.nu.tillen",
                    tekst: t(
                        "Hoeveel tillen past nu bij je?",
                        "How much lifting suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("zwaar", t("Ook zware dingen tillen gaat goed", "Lifting heavy things works well too")),
                            optie("licht", t("Lichte dingen tillen gaat goed", "Lifting light things works well")),
                            optie("niet", t("Ik til liever niet", "I'd rather not lift")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wki.nu.scherm",
                    tekst: t(
                        "Hoeveel werk achter een scherm past nu bij je?",
                        "How much screen work suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("veel", t("Het grootste deel van de dag gaat goed", "Most of the day works well")),
                            optie("deel", t("Een deel van de dag gaat goed", "Part of the day works well")),
                            optie("weinig", t("Ik werk liever weinig achter een scherm", "I'd rather do little screen work")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
                Vraag {
                    id: "wki.nu.contact",
                    tekst: t(
                        "Hoeveel contact met mensen past nu bij je?",
                        "How much contact with people suits you now?",
                    ),
                    uitleg: None,
                    soort: Soort::EenKeuze {
                        opties: &[
                            optie("veel", t("Veel contact met mensen gaat goed", "A lot of contact with people works well")),
                            optie("vast", t("Contact met een paar vaste mensen werkt het best", "Contact with a few familiar people works best")),
                            optie("weinig", t("Ik werk nu liever vooral alleen", "For now I'd rather work mostly alone")),
                            optie("weet-niet", t("Weet ik nog niet", "I don't know yet")),
                        ],
                    },
                },
            ],
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_about_now_are_parts_of_this_module_with_questions() {
        for id in OMSTANDIGHEDEN {
            let deel = MODULE.delen.iter().find(|d| d.id == id).expect(id);
            assert!(!deel.vragen.is_empty(), "{id}");
        }
    }
}
