//! Texts for saving (bewaarbestand) and sharing with a coach (#/delen), and for
//! the coach's view of a shared result (#/gedeeld/...). Dutch at B1, English
//! alongside. `{}` is filled in with `content::teksten::vul`.

use crate::domain::tekst::{t, Tekst};

// ----- #/delen: the page -----------------------------------------------------------------------

pub const TITEL: Tekst = t("Delen met je coach", "Share with your coach");
pub const INTRO: Tekst = t(
    "Alles wat je invult, staat alleen op dit apparaat. Jij kiest wat je coach ziet.",
    "Everything you fill in stays on this device only. You choose what your coach sees.",
);
pub const WAT_DOEN: Tekst = t("Wat wil je doen?", "What do you want to do?");
pub const NAAR_DELEN: Tekst = t("Link voor je coach", "Link for your coach");
pub const NAAR_DELEN_UITLEG: Tekst = t("Met een code", "With a code");
pub const NAAR_BEWAREN: Tekst = t("Bewaarbestand", "Save file");
pub const NAAR_BEWAREN_UITLEG: Tekst = t("Maken of terugzetten", "Make or load one");
pub const EVEN_GEDULD: Tekst = t("Even geduld…", "One moment…");
pub const GEEN_CRYPTO: Tekst = t(
    "Deze browser kan niet versleutelen. Dat komt meestal doordat de pagina niet via https is geopend, of doordat de browser erg oud is. Probeer een andere of nieuwere browser.",
    "This browser cannot encrypt. Usually the page was not opened over https, or the browser is very old. Try another or a newer browser.",
);
pub const CRYPTO_MISLUKT: Tekst = t(
    "Dat lukte niet in deze browser. Er is niets veranderd. Probeer het nog eens.",
    "That did not work in this browser. Nothing has changed. Please try again.",
);

// ----- Save file -------------------------------------------------------------------------------

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
pub const WACHTWOORD: Tekst = t("Wachtwoord", "Passphrase");
pub const WACHTWOORD_HINT: Tekst = t(
    "Minstens 12 tekens. Een paar gewone woorden achter elkaar is goed te onthouden.",
    "At least 12 characters. A few ordinary words in a row are easy to remember.",
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
// What the download still needs, right above its button (calm, never red).
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
pub const KIES_BESTAND: Tekst = t("Kies je bewaarbestand", "Choose your save file");
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

pub const VOORBEELD_KOP: Tekst = t("Wat staat er in het bestand?", "What is in the file?");
pub const VOORBEELD_GEMAAKT: Tekst = t("Gemaakt op {}.", "Made on {}.");
pub const VOORBEELD_RIJ: Tekst = t("nu: {} — in het bestand: {}", "now: {} — in the file: {}");
pub const ANTWOORDEN: Tekst = t("{} antwoorden", "{} answers");
pub const EEN_ANTWOORD: Tekst = t("1 antwoord", "1 answer");
pub const TIJDLIJN: Tekst = t("Tijdlijn", "Timeline");
pub const INGEVULD: Tekst = t("ingevuld", "filled in");
pub const LEEG: Tekst = t("leeg", "empty");
pub const TAAL: Tekst = t("Taal", "Language");
pub const NEDERLANDS: Tekst = t("Nederlands", "Dutch");
pub const ENGELS: Tekst = t("Engels", "English");
pub const NIET_GEKOZEN: Tekst = t("niet gekozen", "not chosen");
pub const WELKOM_COACH: Tekst = t("Welkom van je coach", "Welcome from your coach");
pub const JA: Tekst = t("ja", "yes");
pub const NEE: Tekst = t("nee", "no");
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

// ----- Sharing with a coach ----------------------------------------------------------------------

pub const DEEL_KOP: Tekst = t("Kies wat je deelt", "Choose what you share");
pub const DEEL_UITLEG: Tekst = t(
    "Je coach krijgt een link en een code. Zonder de code kan niemand de link openen. Je antwoorden staan alleen in de link zelf, niet op een server.",
    "Your coach gets a link and a code. Without the code nobody can open the link. Your answers are only in the link itself, not on a server.",
);
/// Who may read what is shared (issue 23): said before the choice on #/delen,
/// and above the part of "Zorgen en gedachten" written for the coach.
pub const WIE_LEEST: Tekst = t(
    "Een coach voor het tweede spoor (werk buiten je eigen bedrijf) schrijft vaak verslagen voor je werkgever. Vraag je coach wat er in een verslag komt. Deel alleen wat voor jou goed voelt.",
    "A coach for the second track (work outside your own company) often writes reports for your employer. Ask your coach what goes into a report. Share only what you are comfortable with.",
);
pub const WAT_DELEN: Tekst = t("Wat wil je delen?", "What do you want to share?");
pub const NOG_NIETS: Tekst = t("nog niets ingevuld", "nothing filled in yet");
/// The one count on the page: what would go along with the choice as it is now
/// (issue 24; no "x of y", nothing that measures the person).
pub const OM_TE_DELEN: Tekst = t("{} antwoorden om te delen", "{} answers to share");
pub const EEN_OM_TE_DELEN: Tekst = t("1 antwoord om te delen", "1 answer to share");
pub const EIGEN_WOORDEN: Tekst = t("Ook mijn eigen woorden delen", "Also share my own words");
pub const EIGEN_WOORDEN_UITLEG: Tekst = t(
    "Dit zijn de teksten die je zelf hebt getypt. Zonder dit vinkje deel je alleen je keuzes.",
    "These are the texts you typed yourself. Without this tick you only share your choices.",
);
pub const EIGEN_BEELD: Tekst =
    t("Ook mijn eigen beeld van wat ik nu aankan", "Also my own picture of what I can manage now");
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
pub const NAAM_LABEL: Tekst = t("Je voornaam (mag je leeg laten)", "Your first name (you may leave this empty)");
pub const NAAM_UITLEG: Tekst = t(
    "Alleen je coach ziet je naam, boven je antwoorden. Zo weet je coach van wie de link komt.",
    "Only your coach sees your name, above your answers. Then your coach knows who the link is from.",
);
pub const PREVIEW_KOP: Tekst = t("Dit ziet je coach", "This is what your coach sees");
pub const PREVIEW_LEEG: Tekst = t(
    "Kies hierboven wat je wilt delen. Dan zie je hier precies wat je coach ziet.",
    "Choose above what you want to share. Then you see here exactly what your coach sees.",
);
pub const MAAK_LINK: Tekst = t("Maak een link met code", "Make a link with a code");
pub const KIES_IETS: Tekst =
    t("Kies eerst minstens één onderdeel om te delen.", "First choose at least one part to share.");
pub const LINK_KOP: Tekst = t("Je link en je code", "Your link and your code");
pub const LINK_LABEL: Tekst = t("Link voor je coach", "Link for your coach");
pub const KOPIEER: Tekst = t("Kopieer de link", "Copy the link");
/// The phone's share sheet (Web Share), where the browser has one.
pub const DEEL_LINK: Tekst = t("Deel de link", "Share the link");
/// What the share sheet gets beside the link: never the code.
pub const DEEL_TITEL: Tekst = t("Mijn antwoorden uit Spoorwijzer", "My answers from Spoorwijzer");
pub const DEEL_APART: Tekst = t(
    "Alleen de link gaat mee. Geef je coach de code op een andere manier, bijvoorbeeld in een sms.",
    "Only the link goes along. Give your coach the code another way, for example in a text message.",
);
pub const GEKOPIEERD: Tekst = t("De link is gekopieerd.", "The link has been copied.");
pub const NIET_GEKOPIEERD: Tekst = t(
    "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.",
    "Copying did not work. Select the link and copy it yourself.",
);
pub const LANGE_LINK: Tekst = t(
    "Dit is een lange link. Sommige programma's knippen lange links af. Werkt de link niet? Stuur dan het bestand hieronder.",
    "This is a long link. Some programs cut long links short. If the link does not work, send the file below instead.",
);
pub const CODE_LABEL: Tekst = t("Code", "Code");
pub const KOPIEER_CODE: Tekst = t("Kopieer de code", "Copy the code");
pub const CODE_GEKOPIEERD: Tekst = t("De code is gekopieerd.", "The code has been copied.");
pub const CODE_NIET_GEKOPIEERD: Tekst =
    t("Kopiëren lukte niet. Schrijf de code over.", "Copying did not work. Please write the code down.");
pub const CODE_UITLEG: Tekst = t(
    "Je ziet deze code maar één keer. Schrijf hem op. Vertel de code aan je coach, bijvoorbeeld door de telefoon. Stuur de code niet in hetzelfde bericht als de link.",
    "You see this code only once. Write it down. Tell your coach the code, for example by phone. Do not send the code in the same message as the link.",
);
pub const ALS_BESTAND: Tekst = t("Download als bestand", "Download as a file");
pub const ALS_BESTAND_UITLEG: Tekst = t(
    "Liever een bestand sturen? Dit bestand bevat dezelfde link. Je coach heeft ook dan de code nodig.",
    "Rather send a file? This file holds the same link. Your coach also needs the code then.",
);
pub const NIEUWE_LINK: Tekst = t("Maak een nieuwe link", "Make a new link");
pub const GEWIJZIGD: Tekst = t(
    "Je hebt je keuze veranderd. Maak een nieuwe link, zodat je coach ziet wat je nu kiest.",
    "You changed your choice. Make a new link, so your coach sees what you choose now.",
);
pub const BESTAND_KOPREGEL: Tekst = t(
    "Spoorwijzer: gedeelde antwoorden. Open deze link en typ de code die je hebt gekregen:",
    "Spoorwijzer: shared answers. Open this link and type the code you were given:",
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

// ----- #/gedeeld: the coach's view -------------------------------------------------------------

pub const GEDEELD_TITEL: Tekst = t("Gedeeld met jou", "Shared with you");
pub const GEDEELD_INTRO: Tekst = t(
    "Iemand heeft antwoorden uit Spoorwijzer met je gedeeld. Typ de code die je hebt gekregen om ze te bekijken.",
    "Someone has shared answers from Spoorwijzer with you. Type the code you were given to see them.",
);
pub const CODE_INVOER: Tekst = t("Code", "Code");
pub const CODE_HINT: Tekst = t(
    "De code heeft 10 tekens, zoals ABCD-EFGH-JK. De streepjes mag je weglaten.",
    "The code has 10 characters, like ABCD-EFGH-JK. You may leave out the dashes.",
);
pub const OPEN: Tekst = t("Bekijk de antwoorden", "View the answers");
pub const CODE_LEEG: Tekst = t("Typ eerst de code.", "Type the code first.");
pub const CODE_VORM: Tekst = t(
    "Een code heeft 10 tekens: letters en cijfers. De tekens 0, O, 1, I en L komen er niet in voor. Controleer de code en probeer het opnieuw.",
    "A code has 10 characters: letters and digits. The characters 0, O, 1, I and L never occur in it. Check the code and try again.",
);
/// What a typed code lacks, for the coach's view and the trusted person's reply alike.
pub fn code_vorm_fout(f: crate::domain::deelpakket::CodeFout) -> Tekst {
    match f {
        crate::domain::deelpakket::CodeFout::Leeg => CODE_LEEG,
        crate::domain::deelpakket::CodeFout::Vorm => CODE_VORM,
    }
}
pub const CODE_FOUT: Tekst = t(
    "Deze code past niet bij deze link. Controleer de code en probeer het opnieuw.",
    "This code does not fit this link. Check the code and try again.",
);
pub const LINK_BESCHADIGD: Tekst = t(
    "Deze link is beschadigd of niet compleet. Soms knipt een programma een lange link af. Vraag om een nieuwe link, of om het bestand.",
    "This link is damaged or incomplete. Sometimes a program cuts a long link short. Ask for a new link, or for the file.",
);
pub const LINK_NIEUWER: Tekst = t(
    "Deze link is gemaakt met een nieuwere versie van Spoorwijzer. Laad de pagina opnieuw. Lukt het dan nog niet? Vraag om een nieuwe link.",
    "This link was made with a newer version of Spoorwijzer. Reload the page. Still not working? Ask for a new link.",
);
pub const LINK_TE_GROOT: Tekst = t(
    "Deze link is te groot om veilig te openen. Vraag om een nieuwe link met minder onderdelen.",
    "This link is too large to open safely. Ask for a new link with fewer parts.",
);
pub const GEEN_LINK: Tekst = t(
    "Heb je een bestand gekregen in plaats van een link? Open het hier.",
    "Were you given a file instead of a link? Open it here.",
);
pub const KIES_DEELBESTAND: Tekst = t("Kies het bestand", "Choose the file");
pub const DEELBESTAND_FOUT: Tekst = t(
    "In dit bestand staat geen gedeeld resultaat van Spoorwijzer. Vraag om een nieuw bestand of een link.",
    "This file holds no shared result from Spoorwijzer. Ask for a new file or a link.",
);
pub const ALLEEN_LEZEN: Tekst = t(
    "Dit is een kopie om te lezen. Er wordt niets op dit apparaat bewaard, tenzij je dat zelf kiest.",
    "This is a copy to read. Nothing is kept on this device unless you choose so.",
);
/// The coach's heading: never "you" for the person who shared.
pub const GEDEELD_DOOR: Tekst = t("Dit heeft {} met je gedeeld", "{} shared this with you");
pub const GEDEELD_NEUTRAAL: Tekst = t("Dit is met je gedeeld", "This was shared with you");
pub const GEDEELD_OP: Tekst = t("Gedeeld op {}.", "Shared on {}.");
pub const VIA_PRAKTIJK: Tekst = t("Via de link van: {}", "Through the link of: {}");
pub const BEWAAR_KOPIE: Tekst = t("Bewaar een kopie op dit apparaat", "Keep a copy on this device");
pub const KOPIE_LABEL: Tekst = t("Naam of omschrijving (voor jezelf)", "Name or description (for yourself)");
pub const KOPIE_HINT: Tekst = t(
    "Bijvoorbeeld een voornaam. Dit is alleen voor jou zichtbaar.",
    "For example a first name. Only you can see this.",
);
pub const KOPIE_STANDAARD: Tekst = t("Gedeeld resultaat", "Shared result");
pub const KOPIE_BEWAARD: Tekst = t(
    "Een kopie is bewaard op dit apparaat. Je vindt hem hieronder.",
    "A copy has been kept on this device. You find it below.",
);
pub const KOPIEEN_KOP: Tekst = t("Bewaarde kopieën op dit apparaat", "Copies kept on this device");
pub const KOPIEEN_UITLEG: Tekst = t(
    "Bewaar een kopie alleen zo lang als je hem nodig hebt. Deel hem niet met een werkgever.",
    "Keep a copy only as long as you need it. Do not share it with an employer.",
);
pub const KOPIE_REGEL: Tekst = t("bewaard op {}", "kept on {}");
pub const BEKIJK: Tekst = t("Bekijk", "View");
pub const VERWIJDER: Tekst = t("Verwijder", "Remove");
pub const BEKIJK_NAAM: Tekst = t("Bekijk {}", "View {}");
pub const VERWIJDER_NAAM: Tekst = t("Verwijder {}", "Remove {}");
pub const KOPIE_GEOPEND: Tekst = t("Je bekijkt een bewaarde kopie: {}", "You are viewing a kept copy: {}");

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_wrong_code_message_is_worded_as_agreed() {
        assert_eq!(CODE_FOUT.nl, "Deze code past niet bij deze link. Controleer de code en probeer het opnieuw.");
    }
}
