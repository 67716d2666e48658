//! 7. Teksten van de pagina zelf (formulier, meldingen, tijdlijn, knoppen).

use crate::domain::taal::Taal;
use crate::domain::tekst::{t, Tekst};
use crate::domain::tijdlijn::datum::{Datum, DatumFout, Weekdag};
use crate::domain::tijdlijn::engine::{Reden, Spoor, Zekerheid};
use crate::domain::tijdlijn::formulier::{Probleem, Veld};

/// Definieert elke tekst één keer, als `pub const`, en zet ze ook in [`scherm::ALLE`]
/// zodat de tests geen tekst kunnen vergeten. `{}` is de plek voor een waarde
/// (in te vullen met `crate::content::teksten::vul`).
macro_rules! schermteksten {
    ($($naam:ident = $nl:expr, $en:expr;)*) => {
        $(pub const $naam: Tekst = t($nl, $en);)*
        /// Alle schermteksten met hun naam, voor de volledigheidstests.
        pub const ALLE: &[(&str, Tekst)] = &[$((stringify!($naam), $naam),)*];
    };
}

/// De teksten van de tijdlijnpagina zelf.
pub mod scherm {
    use crate::domain::tekst::{t, Tekst};

    schermteksten! {
        // Formulier
        FORM_KOP = "Jouw datums", "Your dates";
        FORM_INTRO = "Alleen je eerste ziektedag is nodig. De rest kun je later invullen, als je het weet. \
            Alles blijft op dit apparaat.",
            "Only your first sick day is needed. You can fill in the rest later, if you know it. \
            Everything stays on this device.";
        START_LABEL = "Eerste ziektedag", "First sick day";
        START_HINT = "Dit is de dag dat je je ziek meldde. Kijk welke datum in de brieven van je werkgever of UWV staat. \
            UWV is de organisatie die uitkeringen regelt.",
            "This is the day you reported sick. Look at the date in the letters from your employer or UWV. \
            UWV is the Dutch agency that arranges benefits.";
        DATUM_HINT = "Zie je een gewoon tekstvak? Typ dan jaar-maand-dag, bijvoorbeeld 2026-01-05.",
            "Do you see a plain text box? Then type year-month-day, for example 2026-01-05.";
        MEER_INVULLEN = "Meer invullen (als je het weet)", "Fill in more (if you know it)";
        MEER_INTRO = "Deze velden zijn niet nodig. Vul alleen in wat je weet. Dan worden je datums preciezer.",
            "These fields are not needed. Only fill in what you know. Then your dates become more precise.";
        HERSTEL_LEGEND = "Periodes dat je helemaal beter was", "Periods when you were fully well again";
        HERSTEL_HINT = "Was je tussendoor een tijd helemaal beter? En werd je daarna weer ziek? Vul die periode dan in. \
            Was je korter dan 4 weken beter? Dan tellen je ziekteperiodes bij elkaar op. \
            Was je 4 weken of langer beter? Dan begint de telling opnieuw.",
            "Were you fully well again for a while in between? And did you get sick again after that? Then fill in that period. \
            Were you well again for less than 4 weeks? Then your periods of sickness are added together. \
            Were you well again for 4 weeks or longer? Then the count starts again.";
        HERSTEL_RIJ = "Herstelperiode {}", "Recovery period {}";
        HERSTEL_VAN = "Eerste dag dat je beter was", "First day you were well again";
        HERSTEL_TOT = "Laatste dag dat je beter was", "Last day you were well again";
        HERSTEL_TOEVOEGEN = "Herstelperiode toevoegen", "Add a recovery period";
        HERSTEL_VERWIJDEREN = "Verwijder herstelperiode {}", "Remove recovery period {}";
        HERSTEL_MAX = "Meer periodes kun je hier niet toevoegen.", "You cannot add more periods here.";
        EJE_LABEL = "Datum van je eerstejaarsevaluatie", "Date of your eerstejaarsevaluatie (first-year review)";
        EJE_HINT = "Dit is het gesprek na ongeveer 1 jaar ziekte. Weet je wanneer het is of was? Dan rekenen we uit wanneer het tweede spoor (werk zoeken bij een andere werkgever) uiterlijk start.",
            "This is the meeting after about 1 year of sickness. Do you know when it is or was? Then we work out the latest start of the tweede spoor (second track: looking for work with another employer).";
        IVA_LABEL = "Datum waarop je vervroegde IVA aanvroeg",
            "Date you applied for vervroegde IVA (early full-disability benefit)";
        IVA_HINT = "IVA is een uitkering als je volledig en blijvend niet kunt werken. Vul dit alleen in als je het hebt aangevraagd. Dan zie je wanneer de IVA kan starten.",
            "IVA is a benefit if you fully and permanently cannot work. Only fill this in if you applied for it. Then you see when the IVA can start.";
        EINDE_LABEL = "Laatste dag van je contract", "Last day of your contract";
        EINDE_HINT = "Alleen als je contract eindigt terwijl je ziek bent. Dat heet ziek uit dienst.",
            "Only if your contract ends while you are sick. This is called ziek uit dienst (leaving employment while sick).";
        LOONSANCTIE_LABEL = "Loonsanctie, in weken", "Loonsanctie (wage sanction), in weeks";
        LOONSANCTIE_HINT = "Een loonsanctie betekent: je werkgever moet je loon langer doorbetalen. Heeft UWV (de uitkeringsinstantie) je werkgever een loonsanctie gegeven? Vul het aantal weken in, van 1 tot en met 52.",
            "A loonsanctie means: your employer has to keep paying your wages for longer. Did UWV (the benefits agency) give your employer a loonsanctie? Fill in the number of weeks, from 1 to 52.";
        VERLENGING_LABEL = "Vrijwillige verlenging, in weken", "Voluntary extension, in weeks";
        VERLENGING_HINT = "Een vrijwillige verlenging betekent: je loon loopt langer door dan de 104 weken. \
            Spraken jij en je werkgever dat af? Vul het aantal weken in, minstens 13.",
            "A vrijwillige verlenging (voluntary extension) means: your wages continue beyond the 104 weeks. \
            Did you and your employer agree on that? Fill in the number of weeks, at least 13.";
        LINK_INGEVULD = "Deze datum komt uit je link. Pas hem aan als hij niet klopt.",
            "This date comes from your link. Change it if it is wrong.";
        LINK_VRAAG_KOP = "Een andere datum in de link", "Another date in the link";
        LINK_VRAAG_UITLEG = "De link die je opende, heeft een andere eerste ziektedag. Welke datum wil je gebruiken? \
            Zolang je niet kiest, verandert er niets.",
            "The link you opened has a different first sick day. Which date do you want to use? \
            Until you choose, nothing changes.";
        LINK_VRAAG_JOUW = "Jouw datum:", "Your date:";
        LINK_VRAAG_LINK = "Datum in de link:", "Date in the link:";
        LINK_VERVANGEN = "Vervang mijn datum", "Replace my date";
        LINK_LAAT_STAAN = "Laat mijn datum staan", "Keep my date";
        LINK_VERVANGEN_KLAAR = "Je eerste ziektedag is nu {}.", "Your first sick day is now {}.";
        LINK_BLIJFT = "Je eigen datum blijft staan: {}.", "Your own date stays: {}.";
        LINK_ONLEESBAAR = "De datum in de link kunnen we niet lezen. Je eigen datum blijft staan.",
            "We cannot read the date in the link. Your own date stays.";
        LEEG_UITLEG = "Vul je eerste ziektedag in. Dan zie je hier je eigen tijdlijn.",
            "Fill in your first sick day. Then you will see your own timeline here.";
        FOUT_UITLEG = "Kijk naar de melding bij het veld. Zolang er een melding staat, laten we geen tijdlijn zien. \
            Zo zie je nooit verkeerde datums.",
            "Look at the message next to the field. As long as there is a message, we do not show a timeline. \
            That way you never see wrong dates.";
        FOUT_VOORVOEGSEL = "Let op:", "Please check:";
        GEKOZEN = "Dat is {}.", "That is {}.";
        KLAAR = "Je tijdlijn staat hieronder.", "Your timeline is below.";

        // Meldingen bij een veld
        MELDING_LEEG_START = "Vul je eerste ziektedag in.", "Fill in your first sick day.";
        MELDING_LEEG_HERSTEL_VAN = "Vul ook de eerste dag in dat je beter was.",
            "Also fill in the first day you were well again.";
        MELDING_LEEG_HERSTEL_TOT = "Vul ook de laatste dag in dat je beter was.",
            "Also fill in the last day you were well again.";
        MELDING_FORMAAT = "We kunnen “{}” niet lezen als datum. Typ de datum als jaar-maand-dag, bijvoorbeeld 2026-01-05.",
            "We cannot read “{}” as a date. Type the date as year-month-day, for example 2026-01-05.";
        MELDING_MAAND = "De datum “{}” bestaat niet. Een jaar heeft 12 maanden. Kijk of de maand klopt.",
            "The date “{}” does not exist. A year has 12 months. Check the month.";
        MELDING_DAG = "De datum “{}” bestaat niet. Die maand heeft minder dagen. Kijk of de dag klopt.",
            "The date “{}” does not exist. That month has fewer days. Check the day.";
        MELDING_JAAR = "De datum “{}” kan niet kloppen. Kijk of het jaar klopt.",
            "The date “{}” cannot be right. Check the year.";
        MELDING_GEEN_GETAL = "Vul een heel getal in, zoals 13. Nu staat er: “{}”.",
            "Fill in a whole number, such as 13. It now says: “{}”.";
        MELDING_VOOR_1990 = "Deze datum ligt vóór 1990. Dat kan niet kloppen. Kijk of het jaar goed is.",
            "This date is before 1990. That cannot be right. Check the year.";
        MELDING_JAAR_VOORUIT = "Deze datum ligt meer dan een jaar na vandaag. Dat kan niet kloppen. Kijk of het jaar goed is.",
            "This date is more than a year after today. That cannot be right. Check the year.";
        MELDING_HERSTEL_OMGEDRAAID = "De laatste dag ligt vóór de eerste dag. Heb je ze misschien omgedraaid?",
            "The last day is before the first day. Did you perhaps swap them?";
        MELDING_HERSTEL_VOOR_START = "Deze periode begint op of vóór je eerste ziektedag. \
            Een herstelperiode ligt altijd na je eerste ziektedag.",
            "This period starts on or before your first sick day. \
            A recovery period always comes after your first sick day.";
        MELDING_HERSTEL_TOEKOMST = "Deze periode begint na vandaag. Vul alleen periodes in die al begonnen zijn.",
            "This period starts after today. Only fill in periods that have already started.";
        MELDING_HERSTEL_OVERLAP = "Deze periode overlapt met een andere herstelperiode. Elke dag hoort maar in 1 periode.",
            "This period overlaps with another recovery period. Each day belongs in only 1 period.";
        MELDING_EJE_VOOR_START = "Deze datum ligt vóór het begin van je ziekteperiode. Kijk of de datum klopt.",
            "This date is before the start of your period of sickness. Check the date.";
        MELDING_IVA_TE_VROEG = "Vervroegde IVA (uitkering als je blijvend niet kunt werken) kun je pas na 3 weken ziekte aanvragen. Deze datum ligt eerder. \
            Kijk of de datum klopt.",
            "You can only apply for early IVA (benefit if you permanently cannot work) after 3 weeks of sickness. This date is earlier. Check the date.";
        MELDING_IVA_TE_LAAT = "Vervroegde IVA (uitkering als je blijvend niet kunt werken) vraag je aan voordat je 68 weken ziek bent. Deze datum ligt later. \
            Kijk of de datum klopt.",
            "You apply for early IVA (benefit if you permanently cannot work) before you have been sick for 68 weeks. This date is later. Check the date.";
        MELDING_EINDE_VOOR_START = "Je contract eindigde vóór het begin van je ziekteperiode. \
            Dan past deze tijdlijn niet bij jouw situatie. Vraag UWV (de uitkeringsinstantie) wat voor jou geldt.",
            "Your contract ended before the start of your period of sickness. \
            Then this timeline does not fit your situation. Ask UWV (the benefits agency) what applies to you.";
        MELDING_LOONSANCTIE_NUL = "Een loonsanctie duurt minstens 1 week. Heb je geen loonsanctie? Maak dit veld dan leeg.",
            "A loonsanctie lasts at least 1 week. No loonsanctie? Then leave this field empty.";
        MELDING_LOONSANCTIE_LANG = "Een loonsanctie duurt hooguit 52 weken. Kijk of het getal klopt.",
            "A loonsanctie lasts 52 weeks at most. Check the number.";
        MELDING_VERLENGING_KORT = "Een vrijwillige verlenging duurt minstens 13 weken. Kijk of het getal klopt.",
            "A voluntary extension lasts at least 13 weeks. Check the number.";
        MELDING_VERLENGING_LANG = "Wij rekenen met een verlenging van hooguit 104 weken. Kijk of het getal klopt.",
            "We calculate with an extension of 104 weeks at most. Check the number.";
        MELDING_VERLENGING_UIT_DIENST = "Je contract eindigt vóór het einde van de 104 weken. \
            Dan krijg je daarna meestal een Ziektewet-uitkering (uitkering bij ziekte). Een vrijwillige verlenging kan dan niet.",
            "Your contract ends before the end of the 104 weeks. \
            After that you usually get a Ziektewet benefit (sickness benefit). A voluntary extension is then not possible.";

        // Waar sta je nu
        NU_KOP = "Waar sta je nu", "Where you are now";
        NU_VANDAAG = "Vandaag is het {}.", "Today is {}.";
        NU_WEEK = "Je bent in week {} van de 104 weken.", "You are in week {} of the 104 weeks.";
        NU_NA_104 = "De 104 weken zijn voorbij. Je bent nu in week {}.", "The 104 weeks are over. You are now in week {}.";
        NU_VOOR_START = "Je eerste ziektedag ligt na vandaag.", "Your first sick day is after today.";
        NU_HERSTEL = "Vandaag valt in een periode dat je helemaal beter bent.",
            "Today falls in a period when you are fully well again.";
        NU_LOOPT = "Loopt nu", "Happening now";
        VOLGENDE = "Volgende stap", "Next step";
        WANNEER_VANDAAG = "vandaag", "today";
        WANNEER_MORGEN = "morgen", "tomorrow";
        WANNEER_DAGEN = "over {} dagen", "in {} days";
        GEEN_VOLGENDE = "Alle stappen op je tijdlijn zijn voorbij.", "All steps on your timeline are in the past.";
        NAAR_STAP = "Lees meer over deze stap", "Read more about this step";
        ICS_KNOP = "Zet in je agenda (.ics)", "Add to your calendar (.ics)";
        ICS_UITLEG = "Je krijgt een agendabestand met alle stappen. Open het met je agenda-app. \
            Het bestand gaat niet via internet.",
            "You get a calendar file with all the steps. Open it with your calendar app. \
            The file does not go over the internet.";
        ICS_MISLUKT = "Het downloaden lukte niet in deze browser. Probeer een andere browser, of druk je tijdlijn af.",
            "The download did not work in this browser. Try another browser, or print your timeline.";
        PRINT_KNOP = "Afdrukken", "Print";
        PRINT_REGEL = "Gemaakt met Spoorwijzer op {}. Eerste ziektedag: {}.",
            "Made with Spoorwijzer on {}. First sick day: {}.";

        // Samentellen en een nieuwe ziekteperiode
        KETEN_HERSTART = "Je was {} dagen achter elkaar helemaal beter, van {} tot en met {}. \
            Dat is 4 weken of langer. Daarom begon je ziekteperiode opnieuw op {}. Je tijdlijn telt vanaf die dag.",
            "You were fully well again for {} days in a row, from {} up to and including {}. \
            That is 4 weeks or longer. So your period of sickness started again on {}. Your timeline counts from that day.";
        KETEN_SAMENGETELD = "Je was tussendoor korter dan 4 weken beter. Daarom tellen je ziekteperiodes bij elkaar op. \
            De datums na je herstel schuiven op met de dagen dat je beter was.",
            "In between, you were well again for less than 4 weeks. So your periods of sickness are added together. \
            The dates after your recovery move later by the days you were well again.";

        // De tijdlijn
        LIJN_KOP = "Je tijdlijn", "Your timeline";
        LIJN_INTRO = "Alle stappen van je eerste ziektedag tot het einde van de 104 weken, met je eigen datums.",
            "All steps from your first sick day to the end of the 104 weeks, in your own dates.";
        LEGENDA = "Wat betekenen de labels?", "What do the labels mean?";
        LEGENDA_VOORBIJ = "De datum is geweest. Weet je niet of deze stap gebeurd is? Vraag het dan na bij je casemanager.",
            "The date has passed. Not sure whether this step happened? Then ask your casemanager.";
        LEGENDA_ZEKERHEID = "Bij elke stap staat ook hoe vast de datum is.", "Each step also shows how fixed its date is.";
        SPOOR_1 = "Spoor 1", "Track 1";
        SPOOR_1_UITLEG = "Terug naar werk bij je eigen werkgever.", "Back to work with your own employer.";
        SPOOR_2 = "Spoor 2", "Track 2";
        SPOOR_2_UITLEG = "Werk zoeken bij een andere werkgever.", "Looking for work with another employer.";
        SPOOR_BEIDE = "Beide sporen", "Both tracks";
        SPOOR_BEIDE_UITLEG = "Gaat over spoor 1 en spoor 2.", "About track 1 and track 2.";
        SPOOR_ALGEMEEN = "Algemeen", "General";
        SPOOR_ALGEMEEN_UITLEG = "Meldingen, uitkeringen en de 104 weken.", "Reports, benefits and the 104 weeks.";
        ZEKER_WET = "Termijn uit de wet", "Legal deadline";
        ZEKER_UWV = "Regel of besluit van UWV", "UWV rule or decision";
        ZEKER_PRAKTIJK = "Gewoonte, geen vaste termijn", "Common practice, no fixed deadline";
        ZEKER_ONGEVEER = "Ongeveer", "Approximate";
        ZEKER_ONBEVESTIGD = "Niet zeker", "Not certain";
        ZEKER_RITME = "Vast ritme: minstens elke 6 weken", "Fixed rhythm: at least every 6 weeks";
        ZEKER_INGEVULD = "Datum die je zelf invulde", "A date you filled in";
        EJE_LAAT = "Je eerstejaarsevaluatie was na week 52. Daardoor schuift deze datum op. \
            Het tweede spoor hoort te starten zodra duidelijk is dat je niet blijvend terug kunt bij je eigen werkgever. \
            Controleer dit bij je casemanager of UWV.",
            "Your eerstejaarsevaluatie (first-year review) was after week 52. That moves this date later. \
            The second track should start as soon as it is clear that you cannot return for good to your own employer. \
            Check this with your casemanager or UWV.";
        IVA_VOUW = "Als je helemaal niet meer kunt werken", "If you cannot work at all any more";
        STATUS_VOORBIJ = "Voorbij", "Past";
        STATUS_KOMT = "Komt nog", "Coming up";
        HIER_LABEL = "Je bent hier", "You are here";
        HIER_TEKST = "Vandaag, {}", "Today, {}";
        WEEK = "week {}", "week {}";
        WEKEN_VAN_TOT = "week {} tot en met {}", "weeks {} to {}";
        VAN_TOT = "{} tot en met {}", "{} up to and including {}";
        ONGEVEER_DATUM = "rond {}", "around {}";
        WIE_LABEL = "Wie is aan zet", "Who acts";
        WAT_LABEL = "Wat gebeurt er", "What happens";
        JIJ_LABEL = "Wat kun jij doen of vragen", "What you can do or ask";
        GEMIST_LABEL = "Als het niet (op tijd) gebeurt", "If it does not happen (on time)";
        ONZEKER_HERSTEL = "Je was tussendoor een tijd beter. Daardoor schuift deze datum op. \
            Of dat ook voor deze stap geldt, is niet zeker. Controleer dit bij je casemanager of UWV.",
            "You were well again for a while in between. That moves this date later. \
            Whether this also applies to this step is not certain. Check this with your casemanager or UWV.";
        ONZEKER_ALGEMEEN = "Deze datum is niet zeker. Controleer dit bij je casemanager of UWV.",
            "This date is not certain. Check this with your casemanager or UWV.";
        MODULE_LINK = "Denk erover na in: {}", "Think it over in: {}";
        MEER_OVER_STAP = "Meer over deze stap", "More about this step";
        EVALUATIE_NUMMER = "{}, gesprek {} van {}", "{}, meeting {} of {}";
        NA_CONTRACT = "Dit valt na het einde van je contract. Dan neemt UWV dit meestal over. \
            Is je oud-werkgever eigenrisicodrager (betaalt zelf de Ziektewet-uitkering)? Dan blijft die verantwoordelijk.",
            "This falls after the end of your contract. Then UWV usually takes it over. \
            Is your former employer an eigenrisicodrager (self-insurer) for the Ziektewet? Then it stays responsible.";

        // De twee sporen naast elkaar
        SPOREN_KOP = "De twee sporen naast elkaar", "The two tracks side by side";
        SPOOR_1_BAAN = "Spoor 1: terug bij je eigen werkgever", "Track 1: back with your own employer";
        SPOOR_2_BAAN = "Spoor 2: werk bij een andere werkgever", "Track 2: work with another employer";
        SPOREN_DATUM = "Spoor 1 loopt de hele tijd. Spoor 2 start uiterlijk op {}. \
            Vanaf dan lopen de sporen meestal tegelijk.",
            "Track 1 runs the whole time. Track 2 starts on {} at the latest. \
            From then on the tracks usually run at the same time.";
        SPOREN_VENSTER = "Spoor 1 loopt de hele tijd. Spoor 2 start uiterlijk ergens tussen {} en {}. \
            Dat hangt af van de datum van je eerstejaarsevaluatie. Vanaf dan lopen de sporen meestal tegelijk.",
            "Track 1 runs the whole time. Track 2 starts at the latest somewhere between {} and {}. \
            That depends on the date of your eerstejaarsevaluatie. From then on the tracks usually run at the same time.";
        SPOREN_EERDER = "Is eerder duidelijk dat je niet blijvend terug kunt bij je eigen werkgever? \
            Dan start spoor 2 eerder.",
            "Is it clear earlier that you cannot return for good with your own employer? \
            Then track 2 starts earlier.";
        SPOREN_STREEP = "De donkere streep in de balken is vandaag.", "The dark line across the bars is today.";
        SPOREN_ARCERING = "Het lichte stuk van spoor 2 is de periode waarin het uiterlijk moet starten.",
            "The light part of track 2 is the period in which it must start at the latest.";

        // Ziek uit dienst
        UITDIENST_KOP = "Als je contract eindigt", "If your contract ends";
        UITDIENST_LAATSTE_DAG = "Je contract eindigt op {}. Dat is in week {} van je ziekte.",
            "Your contract ends on {}. That is in week {} of your sickness.";
        UITDIENST_MELDING = "Je werkgever meldt uiterlijk op {} bij UWV dat je ziek uit dienst gaat. \
            Dat is de laatste werkdag van je contract.",
            "Your employer tells UWV by {} that you leave while sick. \
            That is the last working day of your contract.";
        UITDIENST_DATA_BLIJVEN = "De 104 weken lopen gewoon door. De weken bij je werkgever tellen mee.",
            "The 104 weeks simply continue. The weeks with your employer count.";
        UITDIENST_RIV_GEEN = "Je was korter dan 6 weken ziek toen je contract eindigde. \
            Dan hoeft je werkgever geen re-integratieverslag te maken.",
            "You had been sick for less than 6 weeks when your contract ended. \
            Then your employer does not have to make a re-integratieverslag (re-integration report).";
        UITDIENST_RIV_BEKNOPT = "Je was 6 tot 10 weken ziek toen je contract eindigde. \
            Dan maakt je werkgever een kort re-integratieverslag.",
            "You had been sick for 6 to 10 weeks when your contract ended. \
            Then your employer makes a short re-integratieverslag (re-integration report).";
        UITDIENST_RIV_VOLLEDIG = "Je was 10 weken of langer ziek toen je contract eindigde. \
            Dan maakt je werkgever een volledig re-integratieverslag, met een eindevaluatie.",
            "You had been sick for 10 weeks or longer when your contract ended. \
            Then your employer makes a full re-integratieverslag (re-integration report), with an eindevaluatie (final review).";
        UITDIENST_VOOR_WEEKMELDING = "Je contract eindigt vóór de 42e-weeksmelding. Die melding vervalt dan. \
            De melding ziek uit dienst komt ervoor in de plaats.",
            "Your contract ends before the 42e-weeksmelding (report to UWV after 42 weeks). That report then lapses. \
            The report that you leave while sick takes its place.";
        UITDIENST_ZW_44 = "Rond week 44, ongeveer in {}, kijkt UWV of je recht houdt op een Ziektewet-uitkering.",
            "Around week 44, roughly in {}, UWV checks whether you keep the right to a Ziektewet benefit.";
        UITDIENST_ZW_4WEKEN = "UWV kijkt binnen 4 weken na de melding of je recht houdt op een Ziektewet-uitkering. \
            Dat is uiterlijk rond {}.",
            "Within 4 weeks after the report, UWV checks whether you keep the right to a Ziektewet benefit. \
            That is around {} at the latest.";
        UITDIENST_NA_WACHTTIJD = "Je contract eindigt na de 104 weken. De datums hierboven veranderen daardoor niet.",
            "Your contract ends after the 104 weeks. The dates above do not change because of it.";
        UITDIENST_TAKEN = "Deze stappen vallen na het einde van je contract:", "These steps fall after the end of your contract:";

        // Uitleg onder de tijdlijn
        FASEN_KOP = "De fasen van de 2 jaar", "The phases of the 2 years";
        FASEN_INTRO = "Bij elke fase past een deel van Spoorwijzer. Daar kun je rustig nadenken over je volgende stap.",
            "Each phase fits a part of Spoorwijzer. There you can calmly think about your next step.";
        TWEEDE_SPOOR_KOP = "Het tweede spoor", "The tweede spoor (second track)";
        FEESTDAGEN_KOP = "Weekend en feestdagen", "Weekends and public holidays";
        BEGRIPPEN_KOP = "Begrippen", "Glossary";
        BEGRIPPEN_INTRO = "De woorden die je tegenkomt, in gewone taal.", "The words you will come across, in plain language.";
        DISCLAIMER_KOP = "Goed om te weten", "Good to know";

        // Issue 11: zwangerschaps- en bevallingsverlof in een herstelperiode
        VERLOF_VRAAG = "Was je in die tussentijd met zwangerschaps- of bevallingsverlof?",
            "Were you on pregnancy or maternity leave in that time?";
        VERLOF_HINT = "Vul dan de eerste en de laatste dag van je verlof in. Die dagen tellen niet mee voor de 4 weken. \
            Vul bij de herstelperiode de hele tijd tussen je ziekteperiodes in, ook het verlof.",
            "Then fill in the first and the last day of your leave. Those days do not count toward the 4 weeks. \
            For the recovery period, fill in the whole time between your periods of sickness, including the leave.";
        VERLOF_VAN = "Eerste dag van je verlof", "First day of your leave";
        VERLOF_TOT = "Laatste dag van je verlof", "Last day of your leave";
        MELDING_LEEG_VERLOF_VAN = "Vul ook de eerste dag van je verlof in.", "Also fill in the first day of your leave.";
        MELDING_LEEG_VERLOF_TOT = "Vul ook de laatste dag van je verlof in.", "Also fill in the last day of your leave.";
        MELDING_VERLOF_OMGEDRAAID = "De laatste verlofdag ligt vóór de eerste. Heb je ze misschien omgedraaid?",
            "The last day of leave is before the first. Did you perhaps swap them?";
        MELDING_VERLOF_BUITEN = "Je verlof valt niet helemaal in deze herstelperiode. \
            Vul bij de herstelperiode de hele tijd tussen je ziekteperiodes in, ook het verlof.",
            "Your leave does not fall fully within this recovery period. \
            For the recovery period, fill in the whole time between your periods of sickness, including the leave.";
        KETEN_VERLOF = "Dagen met zwangerschaps- of bevallingsverlof tellen niet mee voor de 4 weken. \
            Zo hebben we ook gerekend.",
            "Days of pregnancy or maternity leave do not count toward the 4 weeks. \
            That is how we counted too.";

        // Issue 11: eerlijke datums
        UITERLIJK = "uiterlijk {}", "by {} at the latest";
        TUSSEN = "tussen {} en {}", "between {} and {}";
        ROND_WEEK = "rond week {}, ongeveer {}", "around week {}, roughly {}";
        AARD_TERMIJN = "Termijn: het moet uiterlijk op deze dag.", "Deadline: it must happen by this day.";
        AARD_VENSTER = "Periode: ergens tussen deze 2 datums.", "Period: somewhere between these 2 dates.";
        AARD_SCHATTING = "Schatting: er staat geen vaste dag voor.", "Estimate: there is no fixed day for it.";
        AARD_VAST = "Een vaste dag.", "A fixed day.";

        // Issue 11: het beeld
        BEELD_KOP = "Je tijdlijn in 1 beeld", "Your timeline at a glance";
        BEELD_UITLEG = "Kies een stap voor een korte uitleg.", "Choose a step for a short explanation.";
        MEER_HIEROVER = "Meer hierover", "More about this";
        BEELD_WEKEN = "week {}–{}", "weeks {}–{}";
        BEELD_TITEL = "Je tijdlijn van week 1 tot en met week {}. Je bent hier: {}.",
            "Your timeline from week 1 to week {}. You are here: {}.";
        BEELD_JAAR_1 = "Jaar 1", "Year 1";
        BEELD_JAAR_2 = "Jaar 2", "Year 2";
        BEELD_DAARNA = "Daarna", "After";
        BEELD_STIP = "{}, {}", "{}, {}";
        BEELD_WOORDEN = "Het beeld in woorden", "The picture in words";
        BEELD_STREEPJES = "De kleine streepjes zijn de evaluaties van je plan, ongeveer elke 6 weken.",
            "The small lines are the reviews of your plan, about every 6 weeks.";
        BEELD_WEEK_KORT = "wk {}", "wk {}";
        BEELD_SPOOR_1 = "Spoor 1: eigen werkgever", "Track 1: own employer";
        BEELD_SPOOR_2 = "Spoor 2: andere werkgever", "Track 2: another employer";

        // Issue 11: kort overzicht
        KOMT_KOP = "Wat komt er", "What comes next";
        EVALUATIE_TERUGKEREND = "Elke 6 weken ongeveer: evaluatie van je plan, samen met je werkgever",
            "About every 6 weeks: a review of your plan, together with your employer";
        EVALUATIE_VOLGENDE = "De volgende is rond week {}, ongeveer {}. Er is geen vaste dag: jullie spreken die samen af.",
            "The next one is around week {}, roughly {}. There is no fixed day: you agree on it together.";
        VRAGEN_KOP = "Wat je nu kunt vragen of doen", "What you can ask or do now";
        VRAAG_KOPIE = "Vraag om een kopie van elk stuk over je re-integratie: je weg terug naar werk. Je hebt daar recht op. \
            Je casemanager (die je re-integratie regelt) kan je helpen.",
            "Ask for a copy of every document about your re-integration: your way back to work. You have a right to it. \
            Your casemanager (who arranges your re-integration) can help.";
        VRAAG_DESKUNDIGE = "Kom je er samen niet uit? Dan kun je UWV (de uitkeringsinstantie) om een deskundigenoordeel vragen. \
            Dat is een onafhankelijk advies van UWV.",
            "Can you not work it out together? Then you can ask UWV (the benefits agency) for a deskundigenoordeel. \
            That is an independent opinion from UWV.";
        VRAAG_IVA = "Kun je helemaal niet meer werken, en blijft dat zo? \
            Vraag je bedrijfsarts (de arts voor ziekte en werk) dan naar vervroegde IVA. \
            Dat is een uitkering als je volledig en blijvend niet kunt werken. \
            Je kunt het maar 1 keer aanvragen, tot ongeveer week 68 ({}). \
            De laatste dag is niet zeker. Controleer dit bij je casemanager of UWV.",
            "Can you no longer work at all, and will that stay so? \
            Then ask your company doctor (bedrijfsarts) about vervroegde IVA. \
            That is a benefit if you fully and permanently cannot work. \
            You can apply only once, until about week 68 ({}). \
            The last day is not certain. Check this with your casemanager or UWV.";
        ALLE_STAPPEN = "Alle stappen", "All steps";
        ALLE_STAPPEN_INTRO = "Alle stappen van je eerste ziektedag tot het einde, per deel van de tijd.",
            "All steps from your first sick day to the end, by part of the time.";
        DEEL_1 = "Het eerste jaar (week 1 tot en met 52)", "The first year (weeks 1 to 52)";
        DEEL_2 = "Het tweede jaar (week 53 tot en met 104)", "The second year (weeks 53 to 104)";
        DEEL_3 = "Daarna", "After that";
        REDEN_LOONSANCTIE = "Waarom deze datum? UWV gaf je werkgever een loonsanctie van {} weken. \
            Daarom loopt je loon {} weken langer door.",
            "Why this date? UWV gave your employer a loonsanctie (wage sanction) of {} weeks. \
            So your wages continue for {} weeks longer.";
        REDEN_VERLENGING = "Waarom deze datum? Jij en je werkgever spraken een vrijwillige verlenging van {} weken af. \
            Daarom loopt je loon {} weken langer door.",
            "Why this date? You and your employer agreed a voluntary extension of {} weeks. \
            So your wages continue for {} weeks longer.";
        SANCTIES_KOP = "Over sancties", "About sanctions";
        SANCTIES_LINK = "Lees over sancties", "Read about sanctions";
        MOGELIJKHEID = "Mogelijkheid om naar te vragen", "An option to ask about";
        PRINT_DATUMS_KOP = "Je datums", "Your dates";
        PRINT_STAP = "Stap", "Step";
        PRINT_WANNEER = "Wanneer", "When";
        PRINT_VRAGEN_KOP = "Vragen voor je gesprek", "Questions for your talk";
    }
}

/// Namen van de dagen, maandag eerst (zoals [`Weekdag`]).
pub const WEEKDAGEN: [Tekst; 7] = [
    t("maandag", "Monday"),
    t("dinsdag", "Tuesday"),
    t("woensdag", "Wednesday"),
    t("donderdag", "Thursday"),
    t("vrijdag", "Friday"),
    t("zaterdag", "Saturday"),
    t("zondag", "Sunday"),
];

/// Namen van de maanden, januari eerst.
pub const MAANDEN: [Tekst; 12] = [
    t("januari", "January"),
    t("februari", "February"),
    t("maart", "March"),
    t("april", "April"),
    t("mei", "May"),
    t("juni", "June"),
    t("juli", "July"),
    t("augustus", "August"),
    t("september", "September"),
    t("oktober", "October"),
    t("november", "November"),
    t("december", "December"),
];

/// Een datum voluit: "maandag 26 oktober 2026" / "Monday 26 October 2026".
pub fn datum_voluit(d: Datum, taal: Taal) -> String {
    let dag = match d.weekdag() {
        Weekdag::Maandag => 0,
        Weekdag::Dinsdag => 1,
        Weekdag::Woensdag => 2,
        Weekdag::Donderdag => 3,
        Weekdag::Vrijdag => 4,
        Weekdag::Zaterdag => 5,
        Weekdag::Zondag => 6,
    };
    // maand() ligt altijd in 1..=12; `get` houdt het zonder paniek.
    let maand = MAANDEN.get(d.maand().saturating_sub(1) as usize).map_or("", |m| m.in_taal(taal));
    format!("{} {} {} {}", WEEKDAGEN[dag].in_taal(taal), d.dag(), maand, d.jaar())
}

/// Een datum zonder weekdag: "16 november 2026". Voor vensters: een grens, geen afspraak.
pub fn datum_kort(d: Datum, taal: Taal) -> String {
    let maand = MAANDEN.get(d.maand().saturating_sub(1) as usize).map_or("", |m| m.in_taal(taal));
    format!("{} {} {}", d.dag(), maand, d.jaar())
}

/// Alleen maand en jaar: "februari 2027". Voor schattingen.
pub fn maand_jaar(d: Datum, taal: Taal) -> String {
    let maand = MAANDEN.get(d.maand().saturating_sub(1) as usize).map_or("", |m| m.in_taal(taal));
    format!("{} {}", maand, d.jaar())
}

/// De melding bij een veld van het formulier. `{}` (alleen bij onleesbare waarden)
/// is de plek voor wat er getypt is.
pub fn melding_tekst(veld: Veld, probleem: Probleem) -> Tekst {
    use scherm::*;
    match probleem {
        Probleem::Leeg => match veld {
            Veld::HerstelVan(_) => MELDING_LEEG_HERSTEL_VAN,
            Veld::HerstelTot(_) => MELDING_LEEG_HERSTEL_TOT,
            Veld::VerlofVan(_) => MELDING_LEEG_VERLOF_VAN,
            Veld::VerlofTot(_) => MELDING_LEEG_VERLOF_TOT,
            _ => MELDING_LEEG_START,
        },
        Probleem::Datum(DatumFout::Formaat) => MELDING_FORMAAT,
        Probleem::Datum(DatumFout::OngeldigeMaand) => MELDING_MAAND,
        Probleem::Datum(DatumFout::OngeldigeDag) => MELDING_DAG,
        Probleem::Datum(DatumFout::BuitenBereik) => MELDING_JAAR,
        Probleem::GeenGetal => MELDING_GEEN_GETAL,
        Probleem::Reden(r) => match r {
            Reden::VoorNegentienNegentig => MELDING_VOOR_1990,
            Reden::MeerDanJaarVooruit => MELDING_JAAR_VOORUIT,
            Reden::HerstelEindeVoorBegin => MELDING_HERSTEL_OMGEDRAAID,
            Reden::HerstelVoorStart => MELDING_HERSTEL_VOOR_START,
            Reden::HerstelInToekomst => MELDING_HERSTEL_TOEKOMST,
            Reden::HerstelOverlapt => MELDING_HERSTEL_OVERLAP,
            Reden::EjeVoorStart => MELDING_EJE_VOOR_START,
            Reden::IvaAanvraagTeVroeg => MELDING_IVA_TE_VROEG,
            Reden::IvaAanvraagTeLaat => MELDING_IVA_TE_LAAT,
            Reden::EindeDienstverbandVoorStart => MELDING_EINDE_VOOR_START,
            Reden::LoonsanctieNul => MELDING_LOONSANCTIE_NUL,
            Reden::LoonsanctieTeLang => MELDING_LOONSANCTIE_LANG,
            Reden::VerlengingTeKort => MELDING_VERLENGING_KORT,
            Reden::VerlengingTeLang => MELDING_VERLENGING_LANG,
            Reden::VerlengingNaUitDienst => MELDING_VERLENGING_UIT_DIENST,
            Reden::VerlofEindeVoorBegin => MELDING_VERLOF_OMGEDRAAID,
            Reden::VerlofBuitenHerstel => MELDING_VERLOF_BUITEN,
        },
    }
}

/// Label bij het spoor van een mijlpaal.
pub fn spoor_tekst(spoor: Spoor) -> Tekst {
    match spoor {
        Spoor::Een => scherm::SPOOR_1,
        Spoor::Twee => scherm::SPOOR_2,
        Spoor::Beide => scherm::SPOOR_BEIDE,
        Spoor::Geen => scherm::SPOOR_ALGEMEEN,
    }
}

/// Label bij hoe vast een datum is.
pub fn zekerheid_tekst(z: Zekerheid) -> Tekst {
    match z {
        Zekerheid::Wet => scherm::ZEKER_WET,
        Zekerheid::Uwv => scherm::ZEKER_UWV,
        Zekerheid::Praktijk => scherm::ZEKER_PRAKTIJK,
        Zekerheid::Ongeveer => scherm::ZEKER_ONGEVEER,
        Zekerheid::Onbevestigd => scherm::ZEKER_ONBEVESTIGD,
        Zekerheid::Ritme => scherm::ZEKER_RITME,
        Zekerheid::Ingevuld => scherm::ZEKER_INGEVULD,
    }
}
