//! Texts only the sharing pages of `delen.html` show: in the text part of the
//! sharing and coach pages (`tekstbestanden::deel_van`), loaded with those pages,
//! not in the candidate's first load. Read through `content::delen`, which
//! re-exports them. Dutch at B1 level first, English second.

use crate::domain::tekst::{t, Tekst};

pub const WAT_DOEN: Tekst = t("Wat wil je doen?", "What do you want to do?");
pub const NAAR_DELEN: Tekst = t("Link voor je coach", "Link for your coach");
pub const NAAR_DELEN_UITLEG: Tekst = t("Met een code", "With a code");
pub const NAAR_BEWAREN: Tekst = t("Bewaarbestand", "Save file");
pub const NAAR_BEWAREN_UITLEG: Tekst = t("Maken of terugzetten", "Make or load one");
pub const BEWAAR_KOP: Tekst = t("Bewaarbestand", "Save file");
pub const BEWAAR_UITLEG: Tekst = t(
    "Je browser kan je gegevens wissen. Safari doet dat bijvoorbeeld na 7 dagen zonder bezoek. Met een bewaarbestand zet je alles in een bestand op je eigen apparaat. Later zet je het hier terug, ook op een ander apparaat.",
    "Your browser may delete your data. Safari, for example, does so after 7 days without a visit. A save file puts everything in a file on your own device. Later you load it back here, also on another device.",
);
pub const MAAK_KOP: Tekst = t("Een bewaarbestand maken", "Make a save file");
pub const MET_WACHTWOORD: Tekst = t("Beveilig het bestand met een wachtwoord", "Protect the file with a passphrase");
pub const WACHTWOORD_UITLEG: Tekst = t(
    "Dan kan niemand het bestand lezen zonder dat wachtwoord.",
    "Then nobody can read the file without that passphrase.",
);
pub const WACHTWOORD_KWIJT: Tekst = t(
    "Let op: een vergeten wachtwoord kan niemand terughalen, ook wij niet. Zonder het wachtwoord kun je het bestand niet openen. Schrijf het daarom op.",
    "Please note: nobody can recover a forgotten passphrase, not even us. Without the passphrase you cannot open the file. So write it down.",
);
pub const WACHTWOORD_HERHAAL: Tekst = t("Typ het wachtwoord nog een keer", "Type the passphrase again");
pub const TOON_WACHTWOORD: Tekst = t("Laat het wachtwoord zien", "Show the passphrase");
pub const MAAK_WACHTWOORD: Tekst = t("Maak een wachtwoord voor mij", "Make a passphrase for me");
pub const BEDACHT_KOP: Tekst = t("Je wachtwoord", "Your passphrase");
pub const BEDACHT_UITLEG: Tekst = t(
    "Schrijf dit wachtwoord op papier. Het zijn 5 woorden met een spatie ertussen. Je hebt het nodig als je het bestand later opent.",
    "Write this passphrase down on paper. It has 5 words, with a space between them. You need it when you open the file later.",
);
pub const KOPIEER_WACHTWOORD: Tekst = t("Kopieer het wachtwoord", "Copy the passphrase");
pub const WACHTWOORD_GEKOPIEERD: Tekst =
    t("Het wachtwoord is gekopieerd. Schrijf het ook op.", "The passphrase has been copied. Write it down as well.");
pub const WACHTWOORD_NIET_GEKOPIEERD: Tekst =
    t("Kopiëren lukte niet. Schrijf het wachtwoord over.", "Copying did not work. Please write the passphrase down.");
pub const ANDER_WACHTWOORD: Tekst = t("Maak een ander wachtwoord", "Make a different one");
pub const ZELF_KIEZEN: Tekst = t("Ik kies liever zelf een wachtwoord", "I would rather choose my own");
pub const NODIG_WACHTWOORD: Tekst =
    t("Nog nodig: een wachtwoord van minstens 12 tekens.", "Still needed: a passphrase of at least 12 characters.");
pub const NODIG_TEKENS: Tekst = t("Nog nodig: {} tekens meer.", "Still needed: {} more characters.");
pub const NODIG_TEKEN: Tekst = t("Nog nodig: 1 teken meer.", "Still needed: 1 more character.");
pub const NODIG_HERHAAL: Tekst =
    t("Nog nodig: typ het wachtwoord nog een keer.", "Still needed: type the passphrase again.");
pub const NODIG_ANDERS: Tekst =
    t("Nog nodig: twee keer hetzelfde wachtwoord.", "Still needed: the same passphrase twice.");
pub const DOWNLOAD_BEWAAR: Tekst = t("Download het bewaarbestand", "Download the save file");
pub const BEWAAR_GELUKT: Tekst = t(
    "Het bewaarbestand is gemaakt. Meestal staat het in de map Downloads. Zet het op een veilige plek.",
    "The save file has been made. It is usually in your Downloads folder. Keep it in a safe place.",
);
pub const DOWNLOAD_MISLUKT: Tekst = t(
    "Je browser wilde het bestand niet opslaan. Probeer het nog eens, of probeer een andere browser.",
    "Your browser did not save the file. Please try again, or try another browser.",
);
pub const TERUG_KOP: Tekst = t("Een bewaarbestand terugzetten", "Load a save file");
pub const KIES_BESTAND_HINT: Tekst = t(
    "Er verandert nog niets. Je ziet eerst wat er in het bestand staat.",
    "Nothing changes yet. First you see what is in the file.",
);
pub const BESTAND_VERSLEUTELD: Tekst =
    t("Dit bestand is beveiligd met een wachtwoord.", "This file is protected with a passphrase.");
pub const OPEN_BESTAND: Tekst = t("Open het bestand", "Open the file");
pub const WACHTWOORD_NODIG: Tekst = t("Typ het wachtwoord van dit bestand.", "Type the passphrase of this file.");
pub const WACHTWOORD_FOUT: Tekst = t(
    "Dit wachtwoord past niet bij dit bestand. Controleer het wachtwoord en probeer het opnieuw. Er is niets veranderd.",
    "This passphrase does not fit this file. Check the passphrase and try again. Nothing has changed.",
);
pub const FOUT_GEEN_JSON: Tekst = t(
    "Dit bestand kan Spoorwijzer niet lezen. Het is geen bewaarbestand. Er is niets veranderd.",
    "Spoorwijzer cannot read this file. It is not a save file. Nothing has changed.",
);
pub const FOUT_GEEN_BEWAARBESTAND: Tekst = t(
    "Dit is geen bewaarbestand van Spoorwijzer. Kies het bestand dat je eerder hier hebt gemaakt. Er is niets veranderd.",
    "This is not a Spoorwijzer save file. Choose the file you made here before. Nothing has changed.",
);
pub const FOUT_NIEUWER: Tekst = t(
    "Dit bestand is gemaakt met een nieuwere versie van Spoorwijzer. Deze versie kan het nog niet lezen. Laad de pagina opnieuw, of probeer het later nog eens. Er is niets veranderd.",
    "This file was made with a newer version of Spoorwijzer. This version cannot read it yet. Reload the page, or try again later. Nothing has changed.",
);
pub const FOUT_TE_GROOT: Tekst = t(
    "Dit bestand is te groot voor een bewaarbestand (meer dan 2 MB). Kies het juiste bestand. Er is niets veranderd.",
    "This file is too large for a save file (more than 2 MB). Choose the right file. Nothing has changed.",
);
pub const FOUT_BESCHADIGD: Tekst = t(
    "Dit bestand is beschadigd of veranderd. Spoorwijzer kan het niet veilig lezen. Heb je nog een andere kopie? Er is niets veranderd.",
    "This file is damaged or has been changed. Spoorwijzer cannot read it safely. Do you have another copy? Nothing has changed.",
);
pub const FOUT_ONLEESBAAR: Tekst = t(
    "Het bestand kon niet worden gelezen. Probeer het nog eens. Er is niets veranderd.",
    "The file could not be read. Please try again. Nothing has changed.",
);
pub const VOORBEELD_GEMAAKT: Tekst = t("Gemaakt op {}.", "Made on {}.");
pub const VOORBEELD_RIJ: Tekst = t("nu: {} — in het bestand: {}", "now: {} — in the file: {}");
pub const ANTWOORDEN: Tekst = t("{} antwoorden", "{} answers");
pub const EEN_ANTWOORD: Tekst = t("1 antwoord", "1 answer");
pub const TIJDLIJN: Tekst = t("Tijdlijn", "Timeline");
pub const INGEVULD: Tekst = t("ingevuld", "filled in");
pub const TAAL: Tekst = t("Taal", "Language");
pub const NEDERLANDS: Tekst = t("Nederlands", "Dutch");
pub const ENGELS: Tekst = t("Engels", "English");
pub const NIET_GEKOZEN: Tekst = t("niet gekozen", "not chosen");
pub const WELKOM_COACH: Tekst = t("Welkom van je coach", "Welcome from your coach");
pub const JA: Tekst = t("ja", "yes");
pub const KOPIEEN: Tekst = t("Bewaarde gedeelde resultaten", "Kept shared results");
pub const SAMENVOEGEN: Tekst = t("Samenvoegen", "Merge");
pub const SAMENVOEGEN_UITLEG: Tekst = t(
    "Je houdt alles wat hier al staat. Antwoorden die je hier nog niet hebt, komen erbij. Je tijdlijn komt erbij als die hier nog leeg is.",
    "You keep everything that is here already. Answers you do not have here yet are added. Your timeline is added if it is still empty here.",
);
pub const VERVANGEN: Tekst = t("Vervangen", "Replace");
pub const VERVANGEN_UITLEG: Tekst = t(
    "Alles op dit apparaat wordt vervangen door wat in het bestand staat.",
    "Everything on this device is replaced by what is in the file.",
);
pub const ANNULEREN: Tekst = t("Niet terugzetten", "Do not load");
pub const VERVANG_ZEKER: Tekst = t(
    "Weet je het zeker? Wat nu op dit apparaat staat, is daarna weg. Wil je dat bewaren? Download dan eerst een bewaarbestand.",
    "Are you sure? What is on this device now will be gone. Want to keep it? Then download a save file first.",
);
pub const VERVANG_JA: Tekst = t("Ja, vervang alles", "Yes, replace everything");
pub const VERVANG_NEE: Tekst = t("Nee, ga terug", "No, go back");
pub const SAMENGEVOEGD: Tekst = t(
    "Klaar. Het bestand is samengevoegd met wat je al had.",
    "Done. The file has been merged with what you already had.",
);
pub const VERVANGEN_KLAAR: Tekst =
    t("Klaar. Alles komt nu uit het bewaarbestand.", "Done. Everything now comes from the save file.");
pub const NIETS_NIEUWS: Tekst = t(
    "Klaar. In het bestand stond niets wat je hier nog niet had.",
    "Done. The file held nothing you did not have here already.",
);
pub const DEELBESTAND_HIER: Tekst = t(
    "Dit is een bestand om met een coach te delen, geen bewaarbestand. Je coach opent het met de link die erin staat. Er is niets veranderd.",
    "This is a file for sharing with a coach, not a save file. Your coach opens it with the link inside it. Nothing has changed.",
);
pub const DEEL_KOP: Tekst = t("Kies wat je deelt", "Choose what you share");
pub const DEEL_UITLEG: Tekst = t(
    "Je coach krijgt een link en een code. Zonder de code kan niemand de link openen. Je antwoorden staan alleen in de link zelf, niet op een server.",
    "Your coach gets a link and a code. Without the code nobody can open the link. Your answers are only in the link itself, not on a server.",
);
pub const WAT_DELEN: Tekst = t("Wat wil je delen?", "What do you want to share?");
/// The one count on the page: what would go along with the choice as it is now
/// (issue 24; no "x of y", nothing that measures the person).
pub const OM_TE_DELEN: Tekst = t("{} antwoorden om te delen", "{} answers to share");
pub const EEN_OM_TE_DELEN: Tekst = t("1 antwoord om te delen", "1 answer to share");
pub const EIGEN_WOORDEN: Tekst = t("Ook mijn eigen woorden delen", "Also share my own words");
pub const EIGEN_WOORDEN_UITLEG: Tekst = t(
    "Dit zijn de teksten die je zelf hebt getypt. Zonder dit vinkje deel je alleen je keuzes.",
    "These are the texts you typed yourself. Without this tick you only share your choices.",
);
pub const EIGEN_BEELD_UITLEG: Tekst = t(
    "Mogelijk gevoelig. Het gaat over uren per dag, tillen en zo. Dat zegt iets over je gezondheid. Je bedrijfsarts (de arts voor ziekte en werk) beoordeelt wat je kunt. Deel dit alleen als je dat wilt.",
    "Possibly sensitive. It is about hours per day, lifting and the like. That says something about your health. Your company doctor (bedrijfsarts) assesses what you can do. Only share this if you want to.",
);
/// The worries a report could turn against the person (`deelpakket::is_gevoelig`).
pub const GEVOELIG_KOP: Tekst = t("Gedachten die mogelijk gevoelig zijn", "Thoughts that may be sensitive");
pub const GEVOELIG_UITLEG: Tekst = t(
    "In een verslag kunnen deze gedachten anders klinken dan je bedoelt. Daarom staan ze niet aangevinkt. Vink aan wat je toch wilt delen.",
    "In a report these thoughts can sound different from what you mean. That is why they are not ticked. Tick what you do want to share.",
);
pub const GEVOELIG: Tekst = t("Mogelijk gevoelig", "Possibly sensitive");
pub const COACH_DELEN: Tekst = t("Ook het welkom van mijn coach", "Also my coach's welcome");
pub const COACH_DELEN_UITLEG: Tekst =
    t("Dan ziet je coach van welke praktijk je link kwam.", "Then your coach sees which practice your link came from.");
/// The week of the 104 (issue 28): only when the timeline has a first sick day; never ticked by default.
pub const WEEK_DELEN: Tekst =
    t("Mijn week in het traject delen (week {} van 104)", "Share my week in the process (week {} of 104)");
pub const WEEK_DELEN_UITLEG: Tekst = t(
    "Je coach ziet dan alleen het nummer van de week. Je eerste ziektedag zelf gaat niet mee.",
    "Your coach then only sees the number of the week. Your first day of sickness itself does not go along.",
);
/// The random candidate id (issue 28), said plainly once, near the name.
pub const NUMMER_UITLEG: Tekst = t(
    "Elke link die je maakt, krijgt hetzelfde nummer mee. Zo weet je coach dat de links van dezelfde persoon komen. Het nummer zegt verder niets over jou.",
    "Every link you make carries the same number. That way your coach knows the links come from the same person. The number says nothing else about you.",
);
pub const PREVIEW_KOP: Tekst = t("Dit ziet je coach", "This is what your coach sees");
pub const PREVIEW_LEEG: Tekst = t(
    "Kies hierboven wat je wilt delen. Dan zie je hier precies wat je coach ziet.",
    "Choose above what you want to share. Then you see here exactly what your coach sees.",
);
pub const MAAK_LINK: Tekst = t("Maak een link met code", "Make a link with a code");
pub const KIES_IETS: Tekst =
    t("Kies eerst minstens één onderdeel om te delen.", "First choose at least one part to share.");
/// The phone's share sheet (Web Share), where the browser has one.
pub const DEEL_LINK: Tekst = t("Deel de link", "Share the link");
/// What the share sheet gets beside the link: never the code.
pub const DEEL_TITEL: Tekst = t("Mijn antwoorden uit Spoorwijzer", "My answers from Spoorwijzer");
pub const DEEL_APART: Tekst = t(
    "Alleen de link gaat mee. Geef je coach de code op een andere manier, bijvoorbeeld in een sms.",
    "Only the link goes along. Give your coach the code another way, for example in a text message.",
);
pub const CODE_NIET_GEKOPIEERD: Tekst =
    t("Kopiëren lukte niet. Schrijf de code over.", "Copying did not work. Please write the code down.");
pub const CODE_UITLEG: Tekst = t(
    "Je ziet deze code maar één keer. Schrijf hem op. Vertel de code aan je coach, bijvoorbeeld door de telefoon. Stuur de code niet in hetzelfde bericht als de link.",
    "You see this code only once. Write it down. Tell your coach the code, for example by phone. Do not send the code in the same message as the link.",
);
pub const NIEUWE_LINK: Tekst = t("Maak een nieuwe link", "Make a new link");
pub const GEWIJZIGD: Tekst = t(
    "Je hebt je keuze veranderd. Maak een nieuwe link, zodat je coach ziet wat je nu kiest.",
    "You changed your choice. Make a new link, so your coach sees what you choose now.",
);
pub const PAPIER_KOP: Tekst = t("Op papier", "On paper");
pub const PAPIER_UITLEG: Tekst = t(
    "Neem je liever een blad mee naar je gesprek? Druk het gespreksblad af. Het bevat alleen wat je hierboven hebt gekozen.",
    "Rather take a sheet to your meeting? Print the conversation sheet. It only holds what you chose above.",
);
pub const AFDRUKKEN: Tekst = t("Druk het gespreksblad af", "Print the conversation sheet");
pub const HEEL_PROFIEL: Tekst = t("Of bekijk je hele profiel", "Or see your whole profile");
pub const NAAR_KOPIEEN: Tekst =
    t("Bewaarde resultaten die met jou zijn gedeeld", "Kept results that were shared with you");
