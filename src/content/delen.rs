//! Texts for saving (bewaarbestand) and sharing with a coach (#/delen), and for
//! the coach's view of a shared result (#/gedeeld/...). Dutch at B1, English
//! alongside. `{}` is filled in with `content::teksten::vul`.

use crate::domain::tekst::{t, Tekst};

// Texts only the sharing pages show are in `delen_eigen.rs`, in the sharing and coach pages'
// text part (not in the candidate's first load); the pages read them from here.
pub use super::delen_eigen::*;

// ----- #/delen: the page -----------------------------------------------------------------------

pub const TITEL: Tekst = t("Delen met je coach", "Share with your coach");
pub const INTRO: Tekst = t(
    "Alles wat je invult, staat alleen op dit apparaat. Jij kiest wat je coach ziet.",
    "Everything you fill in stays on this device only. You choose what your coach sees.",
);
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

pub const WACHTWOORD: Tekst = t("Wachtwoord", "Passphrase");
pub const WACHTWOORD_HINT: Tekst = t(
    "Minstens 12 tekens. Een paar gewone woorden achter elkaar is goed te onthouden.",
    "At least 12 characters. A few ordinary words in a row are easy to remember.",
);
// What the download still needs, right above its button (calm, never red).

pub const KIES_BESTAND: Tekst = t("Kies je bewaarbestand", "Choose your save file");

pub const VOORBEELD_KOP: Tekst = t("Wat staat er in het bestand?", "What is in the file?");
pub const LEEG: Tekst = t("leeg", "empty");
pub const NEE: Tekst = t("nee", "no");

// ----- Sharing with a coach ----------------------------------------------------------------------

/// Who may read what is shared (issue 23): said before the choice on #/delen,
/// and above the part of "Zorgen en gedachten" written for the coach.
pub const WIE_LEEST: Tekst = t(
    "Een coach voor het tweede spoor (werk buiten je eigen bedrijf) schrijft vaak verslagen voor je werkgever. Vraag je coach wat er in een verslag komt. Deel alleen wat voor jou goed voelt.",
    "A coach for the second track (work outside your own company) often writes reports for your employer. Ask your coach what goes into a report. Share only what you are comfortable with.",
);
pub const NOG_NIETS: Tekst = t("nog niets ingevuld", "nothing filled in yet");
pub const EIGEN_BEELD: Tekst =
    t("Ook mijn eigen beeld van wat ik nu aankan", "Also my own picture of what I can manage now");
pub const NAAM_LABEL: Tekst = t("Je voornaam (mag je leeg laten)", "Your first name (you may leave this empty)");
pub const NAAM_UITLEG: Tekst = t(
    "Alleen je coach ziet je naam, boven je antwoorden. Zo weet je coach van wie de link komt.",
    "Only your coach sees your name, above your answers. Then your coach knows who the link is from.",
);
pub const LINK_KOP: Tekst = t("Je link en je code", "Your link and your code");
pub const LINK_LABEL: Tekst = t("Link voor je coach", "Link for your coach");
pub const KOPIEER: Tekst = t("Kopieer de link", "Copy the link");
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
pub const ALS_BESTAND: Tekst = t("Download als bestand", "Download as a file");
pub const ALS_BESTAND_UITLEG: Tekst = t(
    "Liever een bestand sturen? Dit bestand bevat dezelfde link. Je coach heeft ook dan de code nodig.",
    "Rather send a file? This file holds the same link. Your coach also needs the code then.",
);
pub const BESTAND_KOPREGEL: Tekst = t(
    "Spoorwijzer: gedeelde antwoorden. Open deze link en typ de code die je hebt gekregen:",
    "Spoorwijzer: shared answers. Open this link and type the code you were given:",
);

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
/// The week the candidate chose to share: it was that week on the day of sharing.
pub const WEEK_BIJ_DELEN: Tekst = t("Week {} van 104 op de dag van delen.", "Week {} of 104 on the day of sharing.");
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
