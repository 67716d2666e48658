//! Module "Je energie verdelen": how energy is divided now over the two tracks,
//! recovery, home and other roles, plus small things to try.
//! All texts written for Spoorwijzer.

use crate::domain::vragenlijst::*;

/// The levels of the energy balance, 0..=3, as the person taps them.
pub static NIVEAUS: [Tekst; 4] =
    [t("niets", "none"), t("een beetje", "a little"), t("best veel", "quite a lot"), t("heel veel", "a great deal")];

/// Short names of the areas, for the picture and for summaries
/// ("Herstel: heel veel, Thuis: een beetje"). Same ids as the question's areas.
pub static KORTE_NAMEN: [(&str, Tekst); 5] = [
    ("spoor1", t("Eigen werkgever", "Own employer")),
    ("spoor2", t("Andere werkgever", "Another employer")),
    ("herstel", t("Herstel", "Recovery")),
    ("thuis", t("Thuis", "Home")),
    ("overig", t("Andere rollen", "Other roles")),
];

/// The short name of an area, if it has one.
pub fn korte_naam(gebied: &str) -> Option<Tekst> {
    KORTE_NAMEN.iter().find(|(id, _)| *id == gebied).map(|(_, naam)| *naam)
}

/// Texts around the picture of the balance.
pub struct BeeldTeksten {
    /// Caption above the bars.
    pub titel: Tekst,
    /// Shown instead of the bars while no area has been chosen.
    pub leeg: Tekst,
    /// Shown when every chosen area is at "niets".
    pub alles_niets: Tekst,
    /// An area that was left empty.
    pub open: Tekst,
    /// Says that each bar shows its area's level: a full bar is "heel veel".
    pub uitleg: Tekst,
    /// One kind line when 3 or more areas are at "heel veel"
    /// (`domain::balans::veel_tegelijk`): in the exercise, the profile and the coach's view.
    pub veel_tegelijk: Tekst,
}

pub static BEELD: BeeldTeksten = BeeldTeksten {
    titel: t("Zo ziet je balans eruit", "This is what your balance looks like"),
    leeg: t(
        "Kies bij een gebied hoeveel energie erheen gaat. Dan zie je hier je balans.",
        "Choose for an area how much energy goes there. Then you see your balance here.",
    ),
    alles_niets: t(
        "Overal staat nu 'niets'. Dat mag. Soms is er gewoon weinig energie.",
        "Everything is set to 'none' now. That is fine. Sometimes there is just little energy.",
    ),
    open: t("open gelaten", "left open"),
    uitleg: t(
        "Hoe langer de balk, hoe meer energie erheen gaat. Een volle balk is 'heel veel'.",
        "The longer the bar, the more energy goes there. A full bar is 'a great deal'.",
    ),
    veel_tegelijk: t(
        "Bij 3 of meer gebieden staat nu 'heel veel'. Dat is veel tegelijk. Het is een goed punt om met je coach te bespreken. Je bedrijfsarts (de arts voor ziekte en werk) kan ook meedenken.",
        "3 or more areas are at 'a great deal' now. That is a lot at the same time. It is a good point to talk about with your coach. Your company doctor (bedrijfsarts, the doctor for sickness and work) can also help you think about it.",
    ),
};

/// An area or option with a short explanation.
const fn gebied(id: &'static str, tekst: Tekst, uitleg: Tekst) -> Optie {
    Optie { id, tekst, uitleg: Some(uitleg), reactie: None, stap: None, hulp: false }
}

/// Gentle suggestions shown under the energy division.
pub static SUGGESTIES: &[Tekst] = &[
    t(
        "Elke verdeling is goed. Het is een foto van nu, geen oordeel.",
        "Every division is fine. It is a snapshot of now, not a judgement.",
    ),
    t(
        "Gaat er veel energie naar herstel? Dat is logisch. Beter worden kost tijd en kracht.",
        "Does a lot of energy go to recovery? That makes sense. Getting better takes time and strength.",
    ),
    t(
        "Zet rust in je agenda, net als een afspraak. Dan vergeet je het minder makkelijk.",
        "Put rest in your diary, just like an appointment. Then you are less likely to forget it.",
    ),
    t(
        "Laat je coach zien hoe je energie nu verdeeld is. Dan kunnen jullie samen het tempo kiezen.",
        "Show your coach how your energy is divided now. Then you can choose the pace together.",
    ),
    t(
        "Twijfel je over wat je aankunt? Bespreek het met je bedrijfsarts (de arts voor ziekte en werk).",
        "Not sure what you can handle? Discuss it with your company doctor (bedrijfsarts).",
    ),
    t(
        "Kleine stappen tellen ook. Een kort gesprek of een uurtje iets nieuws proberen is al veel.",
        "Small steps count too. A short talk or an hour of trying something new is already a lot.",
    ),
    t(
        "Geeft iets je juist energie? Kijk of je daar wat meer ruimte voor kunt maken.",
        "Does something actually give you energy? See if you can make a little more room for it.",
    ),
    t(
        "Doe deze oefening over een paar weken nog eens. Dan zie je wat er veranderd is.",
        "Do this exercise again in a few weeks. Then you can see what has changed.",
    ),
];

pub static MODULE: Module = Module {
    id: "energie",
    titel: t("Je energie verdelen", "Dividing your energy"),
    kort: t(
        "Hoe verdeel je je energie over herstel, werk, thuis en andere dingen?",
        "How do you divide your energy over recovery, work, home and other things?",
    ),
    intro: t(
        "Je energie gaat naar veel dingen tegelijk: je herstel, je werk, je thuis. Hier kijk je waar je energie nu naartoe gaat, en wat je zou willen proberen. Alles samen duurt ongeveer 7 minuten, in 2 korte delen.",
        "Your energy goes to many things at once: your recovery, your work, your home. Here you look at where your energy goes now, and what you would like to try. Altogether it takes about 7 minutes, in 2 short parts.",
    ),
    licentie: t(
        "Alle vragen en tips zijn geschreven voor Spoorwijzer. © Spoorwijzer.",
        "All questions and tips were written for Spoorwijzer. © Spoorwijzer.",
    ),
    delen: &[
        Deel {
            id: "verdeling",
            titel: t("Waar gaat je energie nu naartoe?", "Where does your energy go now?"),
            intro: t(
                "Kijk naar een gewone week. Er is geen goede of foute verdeling.",
                "Think of an ordinary week. There is no right or wrong division.",
            ),
            minuten: 4,
            vragen: &[
                Vraag {
                    id: "ene.verdeling",
                    tekst: t(
                        "Hoeveel energie gaat nu naar elk gebied?",
                        "How much energy goes to each area now?",
                    ),
                    uitleg: Some(t(
                        "Tik per gebied aan wat past. Kijk naar hoe het nu echt is. Niet naar hoe je denkt dat het hoort. Je mag een gebied ook open laten.",
                        "For each area, tap what fits. Look at how it really is now. Not at how you think it ought to be. You may also leave an area open.",
                    )),
                    soort: Soort::Verdeling {
                        gebieden: &[
                            gebied(
                                "spoor1",
                                t("Werken aan terugkeer bij je eigen werkgever", "Working on a return to your own employer"),
                                t(
                                    "Spoor 1: terug naar je eigen functie, of naar een andere functie bij je werkgever.",
                                    "Track 1 (spoor 1): back to your own job, or to another job with your employer.",
                                ),
                            ),
                            gebied(
                                "spoor2",
                                t("Werk bij een andere werkgever", "Work with another employer"),
                                t(
                                    "Spoor 2: kijken naar werk buiten je eigen organisatie.",
                                    "Track 2 (spoor 2): looking at work outside your own organisation.",
                                ),
                            ),
                            gebied(
                                "herstel",
                                t("Herstel en behandeling", "Recovery and treatment"),
                                t(
                                    "Alles wat je doet om beter te worden, zoals rust en afspraken.",
                                    "Everything you do to get better, such as rest and appointments.",
                                ),
                            ),
                            gebied(
                                "thuis",
                                t("Thuis en zorg voor anderen", "Home and caring for others"),
                                t(
                                    "Het huishouden, je gezin, of zorgen voor iemand anders.",
                                    "Housework, your family, or caring for someone else.",
                                ),
                            ),
                            gebied(
                                "overig",
                                t("Andere rollen", "Other roles"),
                                t(
                                    "Bijvoorbeeld vrijwilligerswerk, familie, vrienden en hobby's.",
                                    "For example volunteering, family, friends and hobbies.",
                                ),
                            ),
                        ],
                    },
                },
                Vraag {
                    id: "ene.gevoel",
                    tekst: t(
                        "Ik vind de verdeling van mijn energie nu goed zo.",
                        "I am happy with how my energy is divided now.",
                    ),
                    uitleg: None,
                    soort: Soort::Stelling { schaal: Schaal::Mate, thema: None },
                },
                Vraag {
                    id: "ene.bijkomen",
                    tekst: t(
                        "Ik neem tijd om bij te komen.",
                        "I take time to recharge.",
                    ),
                    uitleg: Some(t(
                        "Denk aan de afgelopen 2 weken.",
                        "Think of the past 2 weeks.",
                    )),
                    soort: Soort::Stelling { schaal: Schaal::HoeVaak, thema: None },
                },
                Vraag {
                    id: "ene.opvallend",
                    tekst: t(
                        "Wat valt je op aan je verdeling?",
                        "What do you notice about your division?",
                    ),
                    uitleg: Some(t(
                        "Misschien wil je iets anders verdelen. Of misschien is het nu goed zo.",
                        "Maybe you would like to divide it differently. Or maybe it is fine as it is.",
                    )),
                    soort: Soort::VrijeTekst { hint: 300 },
                },
            ],
        },
        Deel {
            id: "proberen",
            titel: t("Kleine dingen om te proberen", "Small things to try"),
            intro: t(
                "Kleine veranderingen kunnen veel verschil maken. Kies wat je aanspreekt.",
                "Small changes can make a big difference. Choose what appeals to you.",
            ),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "ene.proberen",
                    tekst: t(
                        "Wat zou je willen proberen?",
                        "What would you like to try?",
                    ),
                    uitleg: Some(t(
                        "Kies zoveel als je wilt. Eén ding is ook goed.",
                        "Choose as many as you like. One thing is fine too.",
                    )),
                    soort: Soort::MeerKeuze {
                        opties: &[
                            optie("rust-plannen", t("Rust in mijn agenda zetten, net als een afspraak", "Putting rest in my diary, just like an appointment")),
                            optie("pauze", t("Na een gesprek of afspraak even pauze nemen", "Taking a short break after a meeting or appointment")),
                            optie("een-ding", t("Per dag één ding kiezen dat echt belangrijk is", "Choosing one thing a day that really matters")),
                            optie("nee", t("Nee zeggen tegen iets wat niet nodig is", "Saying no to something that isn't needed")),
                            optie("coach", t("Met mijn coach praten over mijn energie", "Talking to my coach about my energy")),
                            optie("bedrijfsarts", t("Met mijn bedrijfsarts (arts voor ziekte en werk) bespreken wat ik aankan", "Discussing with my company doctor (bedrijfsarts, the doctor for sickness and work) what I can handle")),
                            optie("bijhouden", t("Een week bijhouden waar mijn energie naartoe gaat", "Keeping track for a week of where my energy goes")),
                            optie("leuk", t("Elke week iets doen wat ik leuk vind", "Doing something I enjoy every week")),
                            optie("hulp", t("Hulp vragen bij een taak thuis", "Asking for help with a task at home")),
                            optie("buiten", t("Elke dag even naar buiten gaan", "Going outside for a bit every day")),
                            optie("spreiden", t("Afspraken over terug naar werk spreiden over de week", "Spreading appointments about getting back to work over the week")),
                        ],
                        max: None,
                    },
                },
                Vraag {
                    id: "ene.proberen.eigen",
                    tekst: t(
                        "Heb je zelf nog een idee?",
                        "Do you have an idea of your own?",
                    ),
                    uitleg: None,
                    soort: Soort::EigenLijst { max: 3 },
                },
                Vraag {
                    id: "ene.eerste-stap",
                    tekst: t(
                        "Welke kleine stap kies je voor deze week?",
                        "Which small step do you choose for this week?",
                    ),
                    uitleg: Some(t(
                        "Houd hem klein. Lukt het niet? Dan probeer je het later gewoon opnieuw.",
                        "Keep it small. If it doesn't work out, you can simply try again later.",
                    )),
                    soort: Soort::VrijeTekst { hint: 200 },
                },
            ],
        },
    ],
};
