//! Module "Zorgen en gedachten": common thoughts and worries about the second
//! track, each with a supportive reply and one small next step, plus what to
//! discuss with the coach. All texts written for Spoorwijzer.

use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::geld::{GeldDeel, STANDAARD};
use crate::domain::vragenlijst::*;

// Ids that other code reads (`domain::deelpakket::GEVOELIGE_ZORGEN`, the
// who-reads note in `ui::pages::module`): written here once, used below.
/// The question "Welke gedachten herken je?".
pub const GEDACHTEN: &str = "zor.gedachten";
/// "Ik wil eigenlijk niet aan spoor 2".
pub const WEERSTAND: &str = "weerstand";
/// "Ik ben boos op mijn werkgever…".
pub const BOOS: &str = "boos";
/// "Ik denk: ze willen van me af."
pub const WEG_WILLEN: &str = "weg-willen";
/// The part written for the coach ("Voor je gesprek met je coach").
pub const VOOR_DE_COACH: &str = "gesprek";

/// A thought or worry with a supportive reply and one small step.
const fn zorg(id: &'static str, tekst: Tekst, reactie: Tekst, stap: Tekst) -> Optie {
    Optie { id, tekst, uitleg: None, reactie: Some(reactie), stap: Some(stap), hulp: false }
}

/// A worry that can signal despair: under its reply and step stands where to
/// turn when it weighs too much (`content::hulp`, shown by `ui::components::hulp`).
const fn zorg_met_hulp(id: &'static str, tekst: Tekst, reactie: Tekst, stap: Tekst) -> Optie {
    Optie { hulp: true, ..zorg(id, tekst, reactie, stap) }
}

// ---------------------------------------------------------------------------------------------
// The money worry (issue 23, item 3). Its reply is given in parts, so the part that
// applies to this person can come first (`domain::tijdlijn::geld`); `GELD_ALGEMEEN` is
// the same parts in the general order, right for everyone (profile, shared sheet).
// Facts from poortwachter.md: at least 70% (art. 7:629 BW), a contract that ends during
// sickness → Ziektewet for the rest of the 104 weeks (§1B #19), WIA by the end of week 93
// (§2.1), after 104 weeks no more pay for sickness, the contract does not end by itself
// (§1B #16). Help facts from hulp.md (vakbond for members; Juridisch Loket: personal
// advice free only with a low income).
// ---------------------------------------------------------------------------------------------

/// The id of the money worry.
pub const GELD_ID: &str = "geld";

pub const GELD_ERKENNING: Tekst = t(
    "Dat is begrijpelijk. Zorgen over geld wegen zwaar als je ziek bent.",
    "That makes sense. Money worries weigh heavily when you are sick.",
);

/// One part of the money reply. Each text in a `const` block: called at
/// runtime, `t(..)` would keep both languages' strings in the wasm.
pub const fn geld_deel(deel: GeldDeel) -> Tekst {
    match deel {
        GeldDeel::Loon => {
            const {
                t(
                "Zolang je contract loopt, betaalt je werkgever in de 104 weken ziekte minstens 70% van je loon door. Dat zegt de wet. Je cao (afspraken over loon en werk in jouw sector) kan meer geven. Kijk wat voor jou geldt. Meedoen aan het tweede spoor verandert daar niets aan.",
                "As long as your contract runs, your employer keeps paying at least 70% of your wage during the 104 weeks of sickness. That is the law. Your cao (agreements on pay and work in your sector) may give more. Check what applies to you. Taking part in the second track does not change that.",
            )
            }
        }
        GeldDeel::ContractEindigt => {
            const {
                t(
                "Eindigt je contract terwijl je ziek bent, bijvoorbeeld een tijdelijk contract? Dan stopt je werkgever met betalen. Je kunt dan een uitkering krijgen uit de Ziektewet: de wet voor wie ziek is zonder werkgever. Die uitkering loopt hooguit tot het einde van de 104 weken.",
                "Does your contract end while you are sick, for example a temporary contract? Then your employer stops paying. You can then get a benefit under the Ziektewet: the law for people who are sick without an employer. That benefit runs at most until the end of the 104 weeks.",
            )
            }
        }
        GeldDeel::WiaAanvragen => {
            const {
                t(
                "De WIA is de uitkering na 2 jaar ziekte. Je vraagt die zelf aan bij UWV (de uitkeringsinstantie), uiterlijk aan het eind van week 93.",
                "The WIA is the benefit after 2 years of sickness. You apply for it yourself at UWV (the benefits agency), by the end of week 93 at the latest.",
            )
            }
        }
        GeldDeel::Na104Weken => {
            const {
                t(
                "Na 104 weken hoeft je werkgever je loon niet meer door te betalen omdat je ziek bent. Je contract stopt daardoor niet vanzelf.",
                "After 104 weeks your employer no longer has to keep paying your wages because you are sick. Your contract does not end by itself because of this.",
            )
            }
        }
    }
}

/// The link under the contract part, to the timeline's card.
pub const GELD_CONTRACT_LINK: Tekst =
    t("Op je tijdlijn: Als je contract eindigt", "On your timeline: If your contract ends");

/// The one small step.
pub const GELD_STAP: Tekst = t(
    "Schrijf je vragen over je inkomen op. Neem ze mee naar je casemanager: je vaste contact bij je werkgever.",
    "Write down your questions about your income. Take them to your casemanager: your contact at your employer.",
);

pub const GELD_WAAR_KOP: Tekst = t("Waar kun je terecht?", "Where can you turn?");
/// The fold that holds the money reply's other parts: the first part is the one
/// that applies, the rest on request, so a tired person reads one fact first.
pub const GELD_MEER: Tekst = t(
    "Meer over geld: een contract dat afloopt, en de WIA (de uitkering na 2 jaar ziek zijn)",
    "More about money: a contract that ends, and the WIA (the benefit after 2 years of sickness)",
);

/// Independent places to ask, after the step. The deskundigenoordeel only where it
/// answers the question (whether you cooperated enough), not for income questions.
pub const GELD_WAAR: Tekst = t(
    "Ben je lid van een vakbond (vereniging van werknemers)? Die helpt je met vragen over je loon. Het Juridisch Loket (hulp bij vragen over je rechten) geeft gratis algemene informatie. Persoonlijk advies is daar gratis als je weinig inkomen en spaargeld hebt. Houdt je werkgever loon in omdat je niet zou meewerken? Dan kun je UWV om een deskundigenoordeel vragen: een onafhankelijk advies.",
    "Are you a member of a vakbond (trade union)? It helps you with questions about your pay. Het Juridisch Loket (help with questions about your rights) gives free general information. Personal advice there is free if you have a low income and little savings. Is your employer holding back wages because you supposedly do not cooperate? Then you can ask UWV for a deskundigenoordeel: an independent opinion.",
);

/// The whole money reply in the general order, for where it is shown as one text:
/// the acknowledgement, the parts in `STANDAARD` order, and where to turn.
/// (A test checks it is exactly these parts.)
pub const GELD_ALGEMEEN: Tekst = t(
    "Dat is begrijpelijk. Zorgen over geld wegen zwaar als je ziek bent. Zolang je contract loopt, betaalt je werkgever in de 104 weken ziekte minstens 70% van je loon door. Dat zegt de wet. Je cao (afspraken over loon en werk in jouw sector) kan meer geven. Kijk wat voor jou geldt. Meedoen aan het tweede spoor verandert daar niets aan. Eindigt je contract terwijl je ziek bent, bijvoorbeeld een tijdelijk contract? Dan stopt je werkgever met betalen. Je kunt dan een uitkering krijgen uit de Ziektewet: de wet voor wie ziek is zonder werkgever. Die uitkering loopt hooguit tot het einde van de 104 weken. De WIA is de uitkering na 2 jaar ziekte. Je vraagt die zelf aan bij UWV (de uitkeringsinstantie), uiterlijk aan het eind van week 93. Na 104 weken hoeft je werkgever je loon niet meer door te betalen omdat je ziek bent. Je contract stopt daardoor niet vanzelf. Waar kun je terecht? Ben je lid van een vakbond (vereniging van werknemers)? Die helpt je met vragen over je loon. Het Juridisch Loket (hulp bij vragen over je rechten) geeft gratis algemene informatie. Persoonlijk advies is daar gratis als je weinig inkomen en spaargeld hebt. Houdt je werkgever loon in omdat je niet zou meewerken? Dan kun je UWV om een deskundigenoordeel vragen: een onafhankelijk advies.",
    "That makes sense. Money worries weigh heavily when you are sick. As long as your contract runs, your employer keeps paying at least 70% of your wage during the 104 weeks of sickness. That is the law. Your cao (agreements on pay and work in your sector) may give more. Check what applies to you. Taking part in the second track does not change that. Does your contract end while you are sick, for example a temporary contract? Then your employer stops paying. You can then get a benefit under the Ziektewet: the law for people who are sick without an employer. That benefit runs at most until the end of the 104 weeks. The WIA is the benefit after 2 years of sickness. You apply for it yourself at UWV (the benefits agency), by the end of week 93 at the latest. After 104 weeks your employer no longer has to keep paying your wages because you are sick. Your contract does not end by itself because of this. Where can you turn? Are you a member of a vakbond (trade union)? It helps you with questions about your pay. Het Juridisch Loket (help with questions about your rights) gives free general information. Personal advice there is free if you have a low income and little savings. Is your employer holding back wages because you supposedly do not cooperate? Then you can ask UWV for a deskundigenoordeel: an independent opinion.",
);

/// Every text of the money reply that is not an option's own reply or step.
pub const GELD_TEKSTEN: [Tekst; 9] = [
    GELD_ERKENNING,
    GELD_MEER,
    geld_deel(STANDAARD[0]),
    geld_deel(STANDAARD[1]),
    geld_deel(STANDAARD[2]),
    geld_deel(STANDAARD[3]),
    GELD_CONTRACT_LINK,
    GELD_WAAR_KOP,
    GELD_WAAR,
];

pub static MODULE: Module = Module {
    id: "zorgen",
    titel: t("Zorgen en gedachten", "Worries and thoughts"),
    kort: t(
        "Zorgen en gedachten die veel mensen hebben, met een steuntje en een kleine stap.",
        "Worries and thoughts many people have, with some support and one small step.",
    ),
    intro: t(
        "Twijfels en zorgen horen bij het tweede spoor: zoeken naar werk buiten je eigen bedrijf. Kies wat je herkent, dan krijg je een reactie en een idee voor een kleine stap. Alles samen duurt ongeveer 8 minuten, in 2 korte delen.",
        "Doubts and worries are part of the second track (spoor 2): looking for work outside your own company. Choose what you recognise, and you will get a reply and an idea for a small step. Altogether it takes about 8 minutes, in 2 short parts.",
    ),
    licentie: t(
        "Alle gedachten, reacties en stappen zijn geschreven voor Spoorwijzer. © Spoorwijzer.",
        "All thoughts, replies and steps were written for Spoorwijzer. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "gedachten",
            titel: t("Wat speelt er bij jou?", "What is on your mind?"),
            intro: t(
                "Dit zijn gedachten die veel mensen hebben. Kies wat je herkent, je hoeft niets uit te leggen.",
                "These are thoughts that many people have. Choose what you recognise, you don't need to explain anything.",
            ),
            minuten: 5,
            vragen: &[
                Vraag {
                    id: GEDACHTEN,
                    tekst: t(
                        "Welke gedachten herken je?",
                        "Which thoughts do you recognise?",
                    ),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt. Bij elke keuze zie je een reactie en een idee voor een kleine stap.",
                        "Choose as many as you like. With each choice you will see a reply and an idea for a small step.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            zorg(
                                "te-ziek",
                                t("Ik ben te ziek voor spoor 2 (werk bij een andere werkgever).", "I am too ill for the second track (work with another employer)."),
                                t(
                                    "Dat is begrijpelijk: je lichaam en je hoofd vragen nu veel aandacht. Spoor 2 begint niet morgen ergens anders, maar met kijken en praten in jouw tempo. Vindt je bedrijfsarts (de arts voor ziekte en werk) dat je nu geen mogelijkheden hebt om te werken? Dan mag je werkgever het tweede spoor nog overslaan: dat is een van de uitzonderingen.",
                                    "That makes sense: your body and mind need a lot of attention right now. The second track does not start somewhere else tomorrow, but with looking and talking at your own pace. Does your company doctor (bedrijfsarts) find that you have no possibilities to work for now? Then your employer may leave out the second track for now: that is one of the exceptions.",
                                ),
                                t(
                                    "Vraag je bedrijfsarts wat voor jou nu haalbaar is. Neem dat antwoord mee naar je coach.",
                                    "Ask your bedrijfsarts what is doable for you now. Take that answer to your coach.",
                                ),
                            ),
                            zorg(
                                "eigen-werk",
                                t("Ik wil terug in mijn eigen werk.", "I want to go back to my own job."),
                                t(
                                    "Logisch dat je dat wilt. Je eigen werk is vertrouwd en je hebt er veel in gestoken. Spoor 2 neemt dat niet van je af. Het is een tweede route, voor als de eerste niet helemaal lukt.",
                                    "It makes sense that you want that. Your own job is familiar and you have put a lot into it. The second track does not take that away from you. It is a second route, in case the first one does not fully work out.",
                                ),
                                t(
                                    "Schrijf op wat je het meest waardeert aan je eigen werk. Dat zegt veel over wat je ook elders zoekt.",
                                    "Write down what you value most in your own job. That says a lot about what you would look for elsewhere too.",
                                ),
                            ),
                            zorg(
                                "wachten",
                                t("Wie zit er op mij te wachten?", "Who would want me?"),
                                t(
                                    "Die vraag kan pijn doen. Na een lange tijd ziek zijn ga je makkelijk aan jezelf twijfelen. Toch heb je in je leven veel gedaan en geleerd. Dat is er nog steeds.",
                                    "That question can hurt. After a long time of illness, it is easy to start doubting yourself. Yet you have done and learned a lot in your life. That is still there.",
                                ),
                                t(
                                    "Vraag iemand die je goed kent wat jij goed kunt. Zet de antwoorden in de module 'Wat kan ik?'.",
                                    "Ask someone who knows you well what you are good at. Put the answers in the module 'What can I do?'.",
                                ),
                            ),
                            zorg(
                                GELD_ID,
                                t("Ik maak me zorgen over geld.", "I worry about money."),
                                GELD_ALGEMEEN,
                                GELD_STAP,
                            ),
                            zorg(
                                "onbekend",
                                t("Ik vind het onbekende eng.", "I find the unknown scary."),
                                t(
                                    "Dat is heel menselijk. Iets nieuws is spannend, zeker als er al zoveel veranderd is. Je hoeft niet alles in één keer te weten. Je kunt stap voor stap kijken en uitproberen.",
                                    "That is very human. Something new is exciting and scary, especially when so much has already changed. You don't need to know everything at once. You can look and try things out step by step.",
                                ),
                                t(
                                    "Kies één beroep dat je nieuwsgierig maakt. Lees wat mensen daar op een gewone werkdag doen.",
                                    "Choose one occupation that makes you curious. Read what people there do on an ordinary working day.",
                                ),
                            ),
                            zorg(
                                "te-oud",
                                t("Ik ben te oud.", "I am too old."),
                                t(
                                    "Dat gevoel hebben veel mensen. Het klopt dat leeftijd soms meetelt bij werkgevers. Maar jij brengt ook jaren ervaring mee. Die ervaring is waardevol, ook in ander werk.",
                                    "Many people feel this way. It is true that age sometimes counts for employers. But you also bring years of experience. That experience is valuable, in other work too.",
                                ),
                                t(
                                    "Schrijf 3 dingen op die je in de loop van de jaren hebt geleerd. Bespreek met je coach waar ze van pas komen.",
                                    "Write down 3 things you have learned over the years. Talk with your coach about where they could be useful.",
                                ),
                            ),
                            zorg(
                                "werkgever",
                                t("Wat denkt mijn werkgever?", "What does my employer think?"),
                                t(
                                    "Het is logisch dat je daarover nadenkt. Het contact met je werkgever kan gevoelig zijn. De wet vraagt spoor 2 als terugkeer in je eigen bedrijf niet in zicht is. Het is dus geen oordeel over jou als mens.",
                                    "It makes sense that you think about this. Contact with your employer can be sensitive. The law asks for the second track when a return within your own company is not in sight. So it is not a judgement about you as a person.",
                                ),
                                t(
                                    "Schrijf op wat je van je werkgever wilt weten. Bereid het gesprek voor met je coach.",
                                    "Write down what you would like to know from your employer. Prepare the conversation with your coach.",
                                ),
                            ),
                            zorg_met_hulp(
                                "schaamte",
                                t("Ik schaam me.", "I feel ashamed."),
                                t(
                                    "Fijn dat je dit durft aan te geven. Veel mensen schamen zich als ze ziek thuis zitten. Het is een zwaar gevoel, maar je hebt niets fout gedaan. Ziek worden overkomt je.",
                                    "It's good that you dare to say this. Many people feel ashamed when they are at home ill. It is a heavy feeling, but you have done nothing wrong. Getting ill is something that happens to you.",
                                ),
                                t(
                                    "Vertel iemand die je vertrouwt hoe dit voor je is. Dat mag ook je coach zijn.",
                                    "Tell someone you trust how this feels for you. That can also be your coach.",
                                ),
                            ),
                            zorg_met_hulp(
                                "geen-energie",
                                t("Ik heb geen energie.", "I have no energy."),
                                t(
                                    "Dat is begrijpelijk. Met weinig energie voelt elke stap groot. Dat zegt niets over je wil. Het helpt om heel klein te beginnen.",
                                    "That makes sense. With little energy, every step feels big. That says nothing about your willingness. It helps to start very small.",
                                ),
                                t(
                                    "Kies vandaag één klein ding dat je goed doet, zoals een kop thee bij het raam. Meer hoeft vandaag niet.",
                                    "Choose one small thing today that does you good, like a cup of tea by the window. Nothing more is needed today.",
                                ),
                            ),
                            zorg(
                                "niet-weten",
                                t("Ik weet niet wat ik wil.", "I don't know what I want."),
                                t(
                                    "Dat is heel gewoon. Na zo'n grote verandering weet bijna niemand meteen wat hij wil. Niet weten mag. Het is juist een begin om te ontdekken wat bij je past.",
                                    "That is very normal. After such a big change, hardly anyone knows straight away what they want. Not knowing is okay. It is actually a starting point for discovering what suits you.",
                                ),
                                t(
                                    "Doe de module 'Wat wil ik?'. Kijk daarna welke 2 gebieden er het meest uitspringen.",
                                    "Do the module 'What do I want?'. Then look at which 2 areas stand out most.",
                                ),
                            ),
                            zorg(
                                "niet-gehoord",
                                t("Ik voel me niet gehoord.", "I don't feel heard."),
                                t(
                                    "Wat vervelend dat je je zo voelt. Gehoord worden is belangrijk, zeker in deze tijd. Jouw ervaring telt. Je mag zeggen wat je nodig hebt.",
                                    "It is hard to feel this way. Being heard matters, especially at a time like this. Your experience counts. You are allowed to say what you need.",
                                ),
                                t(
                                    "Schrijf hieronder op wat je wilt bespreken. Neem het mee naar je volgende gesprek.",
                                    "Write down below what you want to discuss. Take it with you to your next meeting.",
                                ),
                            ),
                            zorg(
                                WEERSTAND,
                                t("Ik wil eigenlijk niet aan spoor 2 (werk bij een andere werkgever).", "I don't really want to do the second track (work with another employer)."),
                                t(
                                    "Dat snappen we: veel mensen voelen weerstand, alsof ze iets opgeven. Die weerstand mag er zijn. Sinds 2023 komt jouw eigen kijk in het plan van aanpak: jullie plan om weer te werken. Daarin mag je ook opschrijven waar je het niet mee eens bent.",
                                    "We understand: many people feel resistance, as if they are giving something up. That resistance is allowed to be there. Since 2023 your own view goes into the plan van aanpak: your plan for getting back to work. In it you may also write down where you disagree.",
                                ),
                                t(
                                    "Schrijf op waar je weerstand over gaat. Kies wat je daarvan in het plan wilt laten zetten.",
                                    "Write down what your resistance is about. Choose what of it you want to have put in the plan.",
                                ),
                            ),
                            zorg(
                                BOOS,
                                t("Ik ben boos op mijn werkgever of op hoe het gaat.", "I am angry with my employer or with how things are going."),
                                t(
                                    "Boosheid is een gewoon gevoel na zoveel verlies. Het laat zien dat iets je raakt. Je hoeft het niet weg te stoppen. Wel helpt het om er iets mee te doen.",
                                    "Anger is a normal feeling after so much loss. It shows that something matters to you. You don't have to hide it. It does help to do something with it.",
                                ),
                                t(
                                    "Schrijf op wat je boos maakt. Kies één punt dat je met je coach wilt bespreken.",
                                    "Write down what makes you angry. Choose one point you want to discuss with your coach.",
                                ),
                            ),
                            zorg(
                                WEG_WILLEN,
                                t("Ik denk: ze willen van me af.", "I think: they want to get rid of me."),
                                t(
                                    "Die gedachte doet pijn, en ze zegt niets over wat je waard bent. De wet vraagt je werkgever om ook buiten je bedrijf te zoeken als terugkeer niet in zicht is. Ontslag omdat je ziek bent mag niet in de eerste 2 jaar: dat heet het opzegverbod. Je blijft in dienst zolang je contract loopt, en spoor 1 (je eigen werkgever) loopt door.",
                                    "That thought hurts, and it says nothing about your worth. The law asks your employer to look outside your company too when a return there is not in sight. Dismissal because you are sick is not allowed in the first 2 years: that is called the opzegverbod (ban on dismissal). You stay employed as long as your contract runs, and the first track with your own employer goes on.",
                                ),
                                t(
                                    "Vraag je werkgever waarom het tweede spoor nu start. Bereid dat gesprek voor met je coach.",
                                    "Ask your employer why the second track is starting now. Prepare that conversation with your coach.",
                                ),
                            ),
                            zorg(
                                "twee-sporen",
                                t("Twee sporen tegelijk kost me te veel energie.", "Two tracks at once costs me too much energy."),
                                t(
                                    "Dat is begrijpelijk: je herstel, spoor 1 (je eigen werkgever) en spoor 2 vragen allemaal iets van je. Je herstel blijft belangrijk. Is het te veel? Dan mag je vragen om het plan van aanpak aan te passen.",
                                    "That makes sense: your recovery, the first track (your own employer) and the second track all ask something of you. Your recovery stays important. Is it too much? Then you may ask to adjust the plan van aanpak (your plan for getting back to work).",
                                ),
                                t(
                                    "Doe de module 'Je energie verdelen'. Neem het plaatje mee naar je coach en je bedrijfsarts.",
                                    "Do the module 'Dividing your energy'. Take the picture to your coach and your company doctor (bedrijfsarts).",
                                ),
                            ),
                            zorg_met_hulp(
                                "verdriet",
                                t("Ik ben verdrietig over mijn werk, zoals het was.", "I am sad about my work as it used to be."),
                                t(
                                    "Dat verdriet is echt. Je mist iets wat bij je hoorde. Rouwen hoort bij het tweede spoor en kost tijd.",
                                    "That grief is real. You miss something that was part of you. Grieving is part of the second track and takes time.",
                                ),
                                t(
                                    "Doe de module 'Verlies en betekenis', in je eigen tempo. Weegt het te zwaar? Praat erover met je coach of je huisarts.",
                                    "Do the module 'Loss and meaning', at your own pace. Does it weigh too heavily? Talk about it with your coach or your huisarts (family doctor).",
                                ),
                            ),
                            zorg_met_hulp(
                                "alleen",
                                t("Ik sta er alleen voor.", "I am on my own in this."),
                                t(
                                    "Dat is een eenzaam gevoel. Er zijn mensen die met je mee willen denken. Denk aan je coach, je bedrijfsarts en je casemanager: je vaste contact bij je werkgever. Ook mensen in dezelfde situatie kunnen steun geven.",
                                    "That is a lonely feeling. There are people who want to think along with you. Think of your coach, your company doctor (bedrijfsarts) and your casemanager: your contact at your employer. People in the same situation can also offer support.",
                                ),
                                t(
                                    "Vraag je coach of er een groep is voor mensen in dezelfde situatie.",
                                    "Ask your coach whether there is a group for people in the same situation.",
                                ),
                            ),
                            zorg_met_hulp(
                                "niet-zitten",
                                t("Ik zie het soms niet meer zitten.", "Sometimes I can't see a way forward any more."),
                                t(
                                    "Wat goed dat je dit aangeeft. Zulke gedachten zijn zwaar om alleen mee rond te lopen. Dat hoeft ook niet: er zijn mensen die met je willen praten.",
                                    "It is good that you say this. Thoughts like these are heavy to carry on your own. You don't have to: there are people who want to talk with you.",
                                ),
                                t(
                                    "Kies één persoon of nummer hieronder. Vertel in je eigen woorden hoe het met je gaat.",
                                    "Choose one person or number below. Tell them in your own words how you are.",
                                ),
                            ),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "zor.gedachten.eigen",
                    tekst: t(
                        "Heb je nog een andere gedachte of zorg?",
                        "Do you have another thought or worry?",
                    ),
                    uitleg: Some(t(
                        "Schrijf het in een paar woorden op. Je coach kan er samen met je naar kijken.",
                        "Write it down in a few words. Your coach can look at it together with you.",
                    )),
                    soort: Soort::EigenLijst { max: 3 },
                },
            ],
        },
        Deel {
            id: VOOR_DE_COACH,
            titel: t("Voor je gesprek met je coach", "For your talk with your coach"),
            intro: t(
                "Wat je hier schrijft, kun je meenemen naar je coach. Jij kiest zelf of je het deelt.",
                "You can take what you write here to your coach. You decide whether you share it.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "zor.gesprek",
                    tekst: t(
                        "Wat wil je bespreken met je coach?",
                        "What would you like to discuss with your coach?",
                    ),
                    uitleg: Some(t(
                        "Dit komt op je gespreksblad als je dat wilt. Schrijf hier geen diagnose of medische details. Die horen bij je bedrijfsarts.",
                        "This goes on your conversation sheet if you want it to. Please don't write a diagnosis or medical details here. Those belong with your company doctor (bedrijfsarts).",
                    )),
                    soort: Soort::VrijeTekst { hint: 500 },
                },
                Vraag {
                    id: "zor.nodig",
                    tekst: t(
                        "Wat heb je nodig van je coach?",
                        "What do you need from your coach?",
                    ),
                    uitleg: Some(t(
                        "Bijvoorbeeld: meer uitleg, een rustiger tempo, of hulp bij een gesprek met je werkgever.",
                        "For example: more explanation, a calmer pace, or help with a conversation with your employer.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
    ],
};
