//! Texts for "Kijk van een ander": the candidate's page (#/anderen), the
//! trusted person's questions (#/kijk/...), taking a reply in (#/kijk-terug/...)
//! and "Hoe anderen mij zien" in the profile. Dutch at B1, English alongside.
//! `{}` is filled in with `content::teksten::vul`. The questions are written
//! for Spoorwijzer, in the candidate's own voice ("mij").

use crate::domain::tekst::{t, Tekst};

// Texts only the sharing pages show are in `kijk_eigen.rs`, in the sharing and coach pages'
// text part (not in the candidate's first load); the pages read them from here.
pub use super::kijk_eigen::*;

// ----- #/anderen: the candidate invites someone --------------------------------------------------

pub const TITEL: Tekst = t("Hoe zien anderen jou?", "How do others see you?");
pub const INTRO: Tekst = t(
    "Anderen zien vaak meer goeds in je dan je zelf ziet. Vraag iemand die je vertrouwt hoe hij of zij jou ziet. De antwoorden komen alleen op dit apparaat.",
    "Others often see more good in you than you see yourself. Ask someone you trust how they see you. The answers are kept on this device only.",
);
pub const NAAM_LABEL: Tekst = t("Je voornaam (mag leeg blijven)", "Your first name (you may leave this empty)");
pub const NAAM_UITLEG: Tekst =
    t("De ander ziet je naam boven de vragen.", "The other person sees your name above the questions.");
pub const MAAK: Tekst = t("Maak een uitnodiging", "Make an invitation");
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
pub const QR_BESCHRIJVING: Tekst =
    t("QR-code met de link van je uitnodiging", "QR code with the link of your invitation");
pub const OPEN_KOP: Tekst = t("Een antwoord openen", "Open a reply");
pub const OPEN_UITLEG: Tekst = t(
    "Kreeg je een antwoord terug? Plak de link hier, of kies het bestand. Je ziet eerst wat erin staat.",
    "Did you get a reply? Paste the link here, or choose the file. You first see what is in it.",
);
pub const KIES_BESTAND: Tekst = t("Of kies een antwoordbestand", "Or choose a reply file");
pub const VERWIJDER: Tekst = t("Verwijder", "Delete");
pub const VERWIJDER_NAAM: Tekst = t("Verwijder het antwoord van {}", "Delete the reply from {}");
pub const VERWIJDERD: Tekst = t("Het antwoord van {} is verwijderd.", "The reply from {} has been deleted.");

// ----- The mirror set: the parts and their questions --------------------------------------------

pub const DEEL_GOED_IN: Tekst = t("Waar ben ik goed in?", "What am I good at?");
pub const DEEL_ENERGIE: Tekst = t("Waar krijg ik energie van?", "What gives me energy?");
pub const DEEL_BOODSCHAP: Tekst = t("Wat wil je mij laten weten?", "What would you like me to know?");

pub const VRAAG_ENERGIE: Tekst =
    t("Waar krijg ik energie van, zover jij kunt zien?", "What gives me energy, as far as you can see?");
pub const UITLEG_BOODSCHAP: Tekst = t(
    "Eén ding is genoeg. Schrijf alsjeblieft niets over ziekte of een diagnose.",
    "One thing is enough. Please do not write about illness or a diagnosis.",
);

// ----- #/kijk/...: the trusted person answers -------------------------------------------------

pub const BEGIN: Tekst = t("Begin", "Start");
pub const VORIGE: Tekst = t("Vorige", "Back");
pub const VOLGENDE: Tekst = t("Volgende", "Next");
pub const CODE_LABEL: Tekst = t("De code", "The code");
pub const KOPIEER_CODE: Tekst = t("Kopieer de code", "Copy the code");
pub const CODE_GEKOPIEERD: Tekst = t("De code is gekopieerd.", "The code has been copied.");
pub const ALS_BESTAND: Tekst = t("Bewaar als bestand", "Save as a file");
pub const ALS_BESTAND_UITLEG: Tekst = t(
    "Alleen als je dat wilt. Je kunt het bestand ook sturen in plaats van de link.",
    "Only if you want to. You can also send the file instead of the link.",
);
pub const BESTAND_KOPREGEL: Tekst = t(
    "Een antwoord voor Spoorwijzer. Open deze link en vul de code in die je kreeg:",
    "A reply for Spoorwijzer. Open this link and enter the code you were given:",
);
pub const VOET_NIET_BEWAARD: Tekst = t(
    "Wat je hier voor een ander invult, bewaren we niet op dit apparaat.",
    "What you fill in here for someone else is not kept on this device.",
);

// ----- #/kijk-terug/...: the candidate takes a reply in ------------------------------------------

pub const CODE_INVOER: Tekst = t("Code", "Code");
pub const CODE_HINT: Tekst = t("10 tekens, bijvoorbeeld ABCD-EFGH-JK.", "10 characters, for example ABCD-EFGH-JK.");
pub const BEKIJK: Tekst = t("Bekijk het antwoord", "See the reply");
pub const CODE_FOUT: Tekst = t(
    "Deze code past niet bij dit antwoord. Kijk de code na en probeer het opnieuw.",
    "This code does not fit this reply. Check the code and try again.",
);
pub const VOORBEELD_KOP: Tekst = t("Dit staat in het antwoord", "This is in the reply");
pub const NOG_NIETS: Tekst = t("Er is nog niets bewaard.", "Nothing has been kept yet.");
pub const LEEG_ANTWOORD: Tekst =
    t("De ander heeft alle vragen overgeslagen.", "The other person skipped every question.");
pub const VOEG_TOE: Tekst = t("Voeg toe aan mijn profiel", "Add to my profile");
pub const STANDAARD_LABEL: Tekst = t("Iemand", "Someone");

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
