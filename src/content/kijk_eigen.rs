//! Texts only the "kijk van een ander" pages of `delen.html` show: in the text part of the
//! sharing and coach pages (`tekstbestanden::deel_van`), loaded with those pages,
//! not in the candidate's first load. Read through `content::kijk`, which
//! re-exports them. Dutch at B1 level first, English second.

use crate::domain::tekst::{t, Tekst};

pub const NODIG_KOP: Tekst = t("Nodig iemand uit", "Invite someone");
pub const NODIG_UITLEG: Tekst = t(
    "Denk aan je partner, een vriend of een oud-collega. Je maakt een link en stuurt die zelf. In de link staan geen antwoorden van jou.",
    "Think of your partner, a friend or a former colleague. You make a link and send it yourself. The link holds none of your answers.",
);
pub const WELKE_VRAGEN: Tekst = t("Welke vragen wil je stellen?", "Which questions do you want to ask?");
pub const KIES_EEN: Tekst = t("Kies minstens één vraag.", "Choose at least one question.");
pub const DEEL: Tekst = t("Deel de link", "Share the link");
pub const QR_KOP: Tekst = t("Of laat deze QR-code scannen", "Or let them scan this QR code");
pub const PLAK_LABEL: Tekst = t("Link van het antwoord", "Link of the reply");
pub const OPEN_KNOP: Tekst = t("Open het antwoord", "Open the reply");
pub const GEEN_ANTWOORDLINK: Tekst = t(
    "Dit is geen link van een antwoord. Kijk of je de hele link hebt geplakt.",
    "This is not a link of a reply. Check that you pasted the whole link.",
);
pub const BEWAARD_KOP: Tekst = t("Antwoorden die je bewaart", "Replies you keep");
pub const BEWAARD_UITLEG: Tekst =
    t("Je ziet ze in je profiel, naast je eigen antwoorden.", "You see them in your profile, beside your own answers.");
pub const BEWAARD_REGEL: Tekst = t("toegevoegd op {}", "added on {}");
pub const NAAR_PROFIEL: Tekst = t("Bekijk je profiel", "See your profile");
pub const DEEL_KWALITEITEN: Tekst = t("Welke kwaliteiten zie je in mij?", "Which qualities do you see in me?");
pub const VRAAG_KWALITEITEN: Tekst = t("Welke kwaliteiten zie jij in mij?", "Which qualities do you see in me?");
pub const UITLEG_KWALITEITEN: Tekst = t("Kies er hoogstens 5.", "Choose up to 5.");
pub const KWALITEITEN_WOORDEN: Tekst = t("Een kwaliteit die er niet bij staat", "A quality that is not in the list");
pub const KOMMA_HINT: Tekst = t("Zet een komma tussen twee dingen.", "Put a comma between two things.");
pub const VRAAG_GOED_IN: Tekst = t("Waar ben ik goed in, volgens jou?", "What am I good at, in your view?");
pub const UITLEG_GOED_IN: Tekst = t(
    "Denk aan gewone dingen. Bijvoorbeeld: goed luisteren, of iets handig regelen.",
    "Think of everyday things. For example: listening well, or sorting something out.",
);
pub const VRAAG_BOODSCHAP: Tekst = t("Wat wil je mij nog laten weten?", "What else would you like me to know?");
pub const GENOEG_GEKOZEN: Tekst = t(
    "Je hebt er 5 gekozen. Wil je een andere? Haal er dan eerst een weg.",
    "You chose 5. Want a different one? Then untick one first.",
);
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
pub const PLAATS: Tekst = t("Vraag {} van {}", "Question {} of {}");
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
pub const CODE_EENMAAL: Tekst = t(
    "Je ziet deze code maar één keer. Schrijf hem op of kopieer hem. Vertel de code apart, bijvoorbeeld als je belt. Zonder code kan niemand je antwoord lezen.",
    "You see this code only once. Write it down or copy it. Tell the code separately, for example when you call. Without the code nobody can read your reply.",
);
pub const ANTWOORD_LINK_LABEL: Tekst = t("Link met je antwoord", "Link with your reply");
pub const ANTWOORD_STUUR_NAAM: Tekst = t("Stuur deze link naar {}.", "Send this link to {}.");
pub const ANTWOORD_STUUR: Tekst =
    t("Stuur deze link naar wie het je vroeg.", "Send this link to the person who asked you.");
pub const NIETS_BEWAARD: Tekst = t(
    "Deze browser heeft niets van je antwoorden bewaard. Sluit je deze pagina? Dan zijn ze weg. Dank je wel!",
    "This browser has kept none of your answers. If you close this page, they are gone. Thank you!",
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
pub const TERUG_TITEL: Tekst = t("Een antwoord voor jou", "A reply for you");
pub const TERUG_INTRO: Tekst = t(
    "Iemand heeft verteld hoe hij of zij jou ziet. Vul de code in die je kreeg. Je ziet eerst wat erin staat. Er wordt nog niets bewaard.",
    "Someone has told you how they see you. Enter the code you were given. You first see what is in it. Nothing is kept yet.",
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
pub const VOORBEELD_VAN: Tekst = t("Van: {}", "From: {}");
pub const LABEL: Tekst = t("Geef het antwoord een naam", "Give the reply a name");
pub const LABEL_HINT: Tekst =
    t("Bijvoorbeeld: Mijn zus. Alleen jij ziet deze naam.", "For example: My sister. Only you see this name.");
pub const GOOI_WEG: Tekst = t("Gooi weg", "Throw away");
pub const TOEGEVOEGD: Tekst = t("Toegevoegd. Je ziet het nu in je profiel.", "Added. You now see it in your profile.");
pub const WEGGEGOOID: Tekst = t("Weggegooid. Er is niets bewaard.", "Thrown away. Nothing was kept.");
pub const NAAR_ANDEREN: Tekst = t("Naar al je antwoorden", "To all your replies");
