//! Texts for "Kijk van een ander": the candidate's page (#/anderen), the
//! trusted person's questions (#/kijk/...), taking a reply in (#/kijk-terug/...)
//! and "Hoe anderen mij zien" in the profile. Dutch at B1, English alongside.
//! `{}` is filled in with `content::teksten::vul`. The questions are written
//! for Spoorwijzer, in the candidate's own voice ("mij").

use crate::domain::tekst::{t, Tekst};

// ----- #/anderen: the candidate invites someone --------------------------------------------------

pub const TITEL: Tekst = t("Hoe zien anderen jou?", "How do others see you?");
pub const INTRO: Tekst = t(
    "Anderen zien vaak meer goeds in je dan je zelf ziet. Vraag iemand die je vertrouwt hoe hij of zij jou ziet. De antwoorden komen alleen op dit apparaat.",
    "Others often see more good in you than you see yourself. Ask someone you trust how they see you. The answers are kept on this device only.",
);
pub const NODIG_KOP: Tekst = t("Nodig iemand uit", "Invite someone");
pub const NODIG_UITLEG: Tekst = t(
    "Denk aan je partner, een vriend of een oud-collega. Je maakt een link en stuurt die zelf. In de link staan geen antwoorden van jou.",
    "Think of your partner, a friend or a former colleague. You make a link and send it yourself. The link holds none of your answers.",
);
pub const WELKE_VRAGEN: Tekst = t("Welke vragen wil je stellen?", "Which questions do you want to ask?");
pub const NAAM_LABEL: Tekst = t("Je voornaam (mag leeg blijven)", "Your first name (you may leave this empty)");
pub const NAAM_UITLEG: Tekst =
    t("De ander ziet je naam boven de vragen.", "The other person sees your name above the questions.");
pub const MAAK: Tekst = t("Maak een uitnodiging", "Make an invitation");
pub const KIES_EEN: Tekst = t("Kies minstens één vraag.", "Choose at least one question.");
pub const LINK_KOP: Tekst = t("Je uitnodiging", "Your invitation");
pub const LINK_LABEL: Tekst = t("Link om te sturen", "Link to send");
pub const LINK_UITLEG: Tekst = t(
    "Stuur deze link zoals jij wilt, bijvoorbeeld met WhatsApp of mail. De ander stuurt een antwoord terug, met een code.",
    "Send this link however you like, for example by WhatsApp or email. The other person sends a reply back, with a code.",
);
pub const KOPIEER: Tekst = t("Kopieer de link", "Copy the link");
pub const GEKOPIEERD: Tekst = t("De link is gekopieerd.", "The link has been copied.");
pub const NIET_GEKOPIEERD: Tekst = t(
    "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.",
    "Copying did not work. Select the link and copy it yourself.",
);
pub const DEEL: Tekst = t("Deel de link", "Share the link");
pub const QR_KOP: Tekst = t("Of laat deze QR-code scannen", "Or let them scan this QR code");
pub const QR_BESCHRIJVING: Tekst =
    t("QR-code met de link van je uitnodiging", "QR code with the link of your invitation");
pub const OPEN_KOP: Tekst = t("Een antwoord openen", "Open a reply");
pub const OPEN_UITLEG: Tekst = t(
    "Kreeg je een antwoord terug? Plak de link hier, of kies het bestand. Je ziet eerst wat erin staat.",
    "Did you get a reply? Paste the link here, or choose the file. You first see what is in it.",
);
pub const PLAK_LABEL: Tekst = t("Link van het antwoord", "Link of the reply");
pub const OPEN_KNOP: Tekst = t("Open het antwoord", "Open the reply");
pub const KIES_BESTAND: Tekst = t("Of kies een antwoordbestand", "Or choose a reply file");
pub const GEEN_ANTWOORDLINK: Tekst = t(
    "Dit is geen link van een antwoord. Kijk of je de hele link hebt geplakt.",
    "This is not a link of a reply. Check that you pasted the whole link.",
);
pub const BEWAARD_KOP: Tekst = t("Antwoorden die je bewaart", "Replies you keep");
pub const BEWAARD_UITLEG: Tekst =
    t("Je ziet ze in je profiel, naast je eigen antwoorden.", "You see them in your profile, beside your own answers.");
pub const BEWAARD_REGEL: Tekst = t("toegevoegd op {}", "added on {}");
pub const VERWIJDER: Tekst = t("Verwijder", "Delete");
pub const VERWIJDER_NAAM: Tekst = t("Verwijder het antwoord van {}", "Delete the reply from {}");
pub const VERWIJDERD: Tekst = t("Het antwoord van {} is verwijderd.", "The reply from {} has been deleted.");
pub const NAAR_PROFIEL: Tekst = t("Bekijk je profiel", "See your profile");

// ----- The mirror set: the parts and their questions --------------------------------------------

pub const DEEL_KWALITEITEN: Tekst = t("Welke kwaliteiten zie je in mij?", "Which qualities do you see in me?");
pub const DEEL_GOED_IN: Tekst = t("Waar ben ik goed in?", "What am I good at?");
pub const DEEL_ENERGIE: Tekst = t("Waar krijg ik energie van?", "What gives me energy?");
pub const DEEL_BOODSCHAP: Tekst = t("Wat wil je mij laten weten?", "What would you like me to know?");

pub const VRAAG_KWALITEITEN: Tekst = t("Welke kwaliteiten zie jij in mij?", "Which qualities do you see in me?");
pub const UITLEG_KWALITEITEN: Tekst = t("Kies er hoogstens 5.", "Choose up to 5.");
pub const KWALITEITEN_WOORDEN: Tekst = t("Een kwaliteit die er niet bij staat", "A quality that is not in the list");
pub const KOMMA_HINT: Tekst = t("Zet een komma tussen twee dingen.", "Put a comma between two things.");
pub const VRAAG_GOED_IN: Tekst = t("Waar ben ik goed in, volgens jou?", "What am I good at, in your view?");
pub const UITLEG_GOED_IN: Tekst = t(
    "Denk aan gewone dingen. Bijvoorbeeld: goed luisteren, of iets handig regelen.",
    "Think of everyday things. For example: listening well, or sorting something out.",
);
pub const VRAAG_ENERGIE: Tekst =
    t("Waar krijg ik energie van, zover jij kunt zien?", "What gives me energy, as far as you can see?");
pub const VRAAG_BOODSCHAP: Tekst = t("Wat wil je mij nog laten weten?", "What else would you like me to know?");
pub const UITLEG_BOODSCHAP: Tekst = t(
    "Eén ding is genoeg. Schrijf alsjeblieft niets over ziekte of een diagnose.",
    "One thing is enough. Please do not write about illness or a diagnosis.",
);
pub const GENOEG_GEKOZEN: Tekst = t(
    "Je hebt er 5 gekozen. Wil je een andere? Haal er dan eerst een weg.",
    "You chose 5. Want a different one? Then untick one first.",
);

// ----- #/kijk/...: the trusted person answers -------------------------------------------------

pub const VRAAG_TITEL: Tekst = t("Hoe zie jij mij?", "How do you see me?");
pub const VRAAG_TITEL_NAAM: Tekst = t("{} vraagt: hoe zie jij mij?", "{} asks: how do you see me?");
pub const VRAAG_INTRO_NAAM: Tekst = t(
    "{} zoekt werk dat past, met hulp van Spoorwijzer. Soms zie je zelf niet goed wat je kunt. Jouw blik helpt daarbij.",
    "{} is looking for work that fits, with help from Spoorwijzer. Sometimes you do not see well what you can do. Your view helps.",
);
pub const VRAAG_INTRO: Tekst = t(
    "Iemand die je kent zoekt werk dat past, met hulp van Spoorwijzer. Soms zie je zelf niet goed wat je kunt. Jouw blik helpt daarbij.",
    "Someone you know is looking for work that fits, with help from Spoorwijzer. Sometimes you do not see well what you can do. Your view helps.",
);
pub const VRAAG_HOE: Tekst = t(
    "Het zijn {} korte vragen. Je mag elke vraag overslaan. Er is geen goed of fout antwoord.",
    "There are {} short questions. You may skip any question. There is no right or wrong answer.",
);
pub const VRAAG_PRIVACY: Tekst = t(
    "Je antwoorden blijven alleen op deze pagina. Deze browser bewaart ze niet. Als je klaar bent, krijg je een link en een code. Die stuur je zelf terug.",
    "Your answers stay on this page only. This browser does not keep them. When you are done, you get a link and a code. You send those back yourself.",
);
pub const BEGIN: Tekst = t("Begin", "Start");
pub const PLAATS: Tekst = t("Vraag {} van {}", "Question {} of {}");
pub const VORIGE: Tekst = t("Vorige", "Back");
pub const VOLGENDE: Tekst = t("Volgende", "Next");
pub const OVERSLAAN: Tekst = t("Weet je het niet? Ga gewoon verder.", "Not sure? Just go on.");
pub const KLAAR_KOP: Tekst = t("Klaar om te sturen", "Ready to send");
pub const VAN_LABEL: Tekst = t("Je naam (mag leeg blijven)", "Your name (you may leave this empty)");
pub const VAN_HINT: Tekst =
    t("Dan weet de ander van wie het antwoord is.", "Then the other person knows who the reply is from.");
pub const MAAK_ANTWOORD: Tekst = t("Maak mijn antwoord klaar", "Prepare my reply");
pub const NIETS_INGEVULD: Tekst = t(
    "Je hebt nog niets ingevuld. Ga terug naar een vraag, of sluit deze pagina.",
    "You have not filled in anything yet. Go back to a question, or close this page.",
);
pub const ANTWOORD_KOP: Tekst = t("Stuur je antwoord terug", "Send your reply back");
pub const CODE_LABEL: Tekst = t("De code", "The code");
pub const CODE_EENMAAL: Tekst = t(
    "Je ziet deze code maar één keer. Schrijf hem op of kopieer hem. Vertel de code apart, bijvoorbeeld als je belt. Zonder code kan niemand je antwoord lezen.",
    "You see this code only once. Write it down or copy it. Tell the code separately, for example when you call. Without the code nobody can read your reply.",
);
pub const KOPIEER_CODE: Tekst = t("Kopieer de code", "Copy the code");
pub const CODE_GEKOPIEERD: Tekst = t("De code is gekopieerd.", "The code has been copied.");
pub const ANTWOORD_LINK_LABEL: Tekst = t("Link met je antwoord", "Link with your reply");
pub const ANTWOORD_STUUR_NAAM: Tekst = t("Stuur deze link naar {}.", "Send this link to {}.");
pub const ANTWOORD_STUUR: Tekst =
    t("Stuur deze link naar wie het je vroeg.", "Send this link to the person who asked you.");
pub const ALS_BESTAND: Tekst = t("Bewaar als bestand", "Save as a file");
pub const ALS_BESTAND_UITLEG: Tekst = t(
    "Alleen als je dat wilt. Je kunt het bestand ook sturen in plaats van de link.",
    "Only if you want to. You can also send the file instead of the link.",
);
pub const BESTAND_KOPREGEL: Tekst = t(
    "Een antwoord voor Spoorwijzer. Open deze link en vul de code in die je kreeg:",
    "A reply for Spoorwijzer. Open this link and enter the code you were given:",
);
pub const NIETS_BEWAARD: Tekst = t(
    "Deze browser heeft niets van je antwoorden bewaard. Sluit je deze pagina? Dan zijn ze weg. Dank je wel!",
    "This browser has kept none of your answers. If you close this page, they are gone. Thank you!",
);
pub const VOET_NIET_BEWAARD: Tekst = t(
    "Wat je hier voor een ander invult, bewaren we niet op dit apparaat.",
    "What you fill in here for someone else is not kept on this device.",
);
pub const TERUG_NAAR_VRAGEN: Tekst = t("Terug naar de vragen", "Back to the questions");
pub const UITNODIGING_KAPOT: Tekst = t(
    "Deze link werkt niet. Misschien is hij niet helemaal meegekomen. Vraag of de ander de link nog een keer stuurt.",
    "This link does not work. Perhaps part of it got lost. Ask the other person to send the link again.",
);
pub const UITNODIGING_NIEUWER: Tekst = t(
    "Deze link is gemaakt met een nieuwere versie van Spoorwijzer. Ververs de pagina en probeer het opnieuw.",
    "This link was made with a newer version of Spoorwijzer. Refresh the page and try again.",
);

// ----- #/kijk-terug/...: the candidate takes a reply in ------------------------------------------

pub const TERUG_TITEL: Tekst = t("Een antwoord voor jou", "A reply for you");
pub const TERUG_INTRO: Tekst = t(
    "Iemand heeft verteld hoe hij of zij jou ziet. Vul de code in die je kreeg. Je ziet eerst wat erin staat. Er wordt nog niets bewaard.",
    "Someone has told you how they see you. Enter the code you were given. You first see what is in it. Nothing is kept yet.",
);
pub const CODE_INVOER: Tekst = t("Code", "Code");
pub const CODE_HINT: Tekst = t("10 tekens, bijvoorbeeld ABCD-EFGH-JK.", "10 characters, for example ABCD-EFGH-JK.");
pub const BEKIJK: Tekst = t("Bekijk het antwoord", "See the reply");
pub const CODE_FOUT: Tekst = t(
    "Deze code past niet bij dit antwoord. Kijk de code na en probeer het opnieuw.",
    "This code does not fit this reply. Check the code and try again.",
);
pub const ANTWOORD_KAPOT: Tekst = t(
    "Dit antwoord is niet compleet, of het is onderweg veranderd. Er is niets veranderd. Vraag of de ander het nog een keer stuurt.",
    "This reply is not complete, or it was changed on the way. Nothing has changed. Ask the other person to send it again.",
);
pub const ANTWOORD_TE_GROOT: Tekst = t(
    "Dit is te groot voor een antwoord. Er is niets veranderd.",
    "This is too large for a reply. Nothing has changed.",
);
pub const ANTWOORD_NIEUWER: Tekst = t(
    "Dit antwoord is gemaakt met een nieuwere versie van Spoorwijzer. Ververs de pagina en probeer het opnieuw. Er is niets veranderd.",
    "This reply was made with a newer version of Spoorwijzer. Refresh the page and try again. Nothing has changed.",
);
pub const ANDERE_UITNODIGING: Tekst = t(
    "Dit antwoord hoort bij een uitnodiging die niet op dit apparaat is gemaakt. Er is niets veranderd.",
    "This reply belongs to an invitation that was not made on this device. Nothing has changed.",
);
pub const AL_TOEGEVOEGD: Tekst = t(
    "Dit antwoord heb je al toegevoegd. Er is niets veranderd.",
    "You already added this reply. Nothing has changed.",
);
pub const VOORBEELD_KOP: Tekst = t("Dit staat in het antwoord", "This is in the reply");
pub const VOORBEELD_VAN: Tekst = t("Van: {}", "From: {}");
pub const NOG_NIETS: Tekst = t("Er is nog niets bewaard.", "Nothing has been kept yet.");
pub const LEEG_ANTWOORD: Tekst =
    t("De ander heeft alle vragen overgeslagen.", "The other person skipped every question.");
pub const LABEL: Tekst = t("Geef het antwoord een naam", "Give the reply a name");
pub const LABEL_HINT: Tekst =
    t("Bijvoorbeeld: Mijn zus. Alleen jij ziet deze naam.", "For example: My sister. Only you see this name.");
pub const VOEG_TOE: Tekst = t("Voeg toe aan mijn profiel", "Add to my profile");
pub const GOOI_WEG: Tekst = t("Gooi weg", "Throw away");
pub const TOEGEVOEGD: Tekst = t("Toegevoegd. Je ziet het nu in je profiel.", "Added. You now see it in your profile.");
pub const WEGGEGOOID: Tekst = t("Weggegooid. Er is niets bewaard.", "Thrown away. Nothing was kept.");
pub const STANDAARD_LABEL: Tekst = t("Iemand", "Someone");
pub const NAAR_ANDEREN: Tekst = t("Naar al je antwoorden", "To all your replies");

// ----- The profile: "Hoe anderen mij zien" -------------------------------------------------------

pub const PROFIEL_KOP: Tekst = t("Hoe anderen mij zien", "How others see me");
pub const PROFIEL_UITLEG: Tekst = t(
    "Zo zien mensen die je vertrouwt jou. Het is geen oordeel en geen test. Het zijn woorden om over na te denken.",
    "This is how people you trust see you. It is not a judgement and not a test. They are words to think about.",
);
pub const VRAAG_HET: Tekst = t("Vraag het iemand", "Ask someone");
pub const PROFIEL_VRAAG: Tekst =
    t("Hoe zien anderen jou? Vraag het iemand die je vertrouwt", "How do others see you? Ask someone you trust");
pub const VRAAG_NOG: Tekst = t("Vraag nog iemand", "Ask someone else");
pub const KOP_KWALITEITEN: Tekst = t("Kwaliteiten", "Qualities");
pub const KOP_ENERGIE: Tekst = t("Waar je energie van krijgt", "What gives you energy");
pub const KOP_GOED_IN: Tekst = t("Waar je goed in bent, volgens anderen", "What you are good at, according to others");
pub const KOP_BOODSCHAP: Tekst = t("Wat anderen je willen laten weten", "What others would like you to know");
pub const ALLEBEI: Tekst = t("Jullie noemen het allebei", "You both named it");
pub const ALLEEN_ANDEREN: Tekst = t("Alleen anderen noemen het", "Only others named it");
pub const ALLEEN_ANDEREN_UITLEG: Tekst = t(
    "Misschien zie je dit zelf nog niet zo. Lees het rustig.",
    "Maybe you do not see this in yourself yet. Take your time.",
);
pub const ALLEEN_JIJ: Tekst = t("Alleen jij noemt het", "Only you named it");
pub const DOOR: Tekst = t("genoemd door {}", "named by {}");
pub const JIJ: Tekst = t("Jij", "You");
pub const ANDEREN: Tekst = t("Anderen", "Others");
pub const EIGEN_NOG_NIET: Tekst = t(
    "Vul ook zelf je kwaliteiten in bij Wie ben ik? Dan zie je ze hier naast elkaar.",
    "Fill in your own qualities in Who am I? too. Then you see them side by side here.",
);
pub const MODULE_LINK: Tekst = t("Vraag iemand hoe hij of zij jou ziet", "Ask someone how they see you");

// ----- #/delen: the tick ------------------------------------------------------------------------

pub const DEEL_KIJK: Tekst = t("Hoe anderen mij zien", "How others see me");
pub const DEEL_KIJK_UITLEG: Tekst = t(
    "De antwoorden van mensen die je vertrouwt, met de namen die jij ze gaf.",
    "The replies of people you trust, with the names you gave them.",
);

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_free_text_question_asks_for_no_diagnosis() {
        assert!(UITLEG_BOODSCHAP.nl.contains("niets over ziekte of een diagnose"));
        assert!(UITLEG_BOODSCHAP.en.contains("not write about illness or a diagnosis"));
    }
}
