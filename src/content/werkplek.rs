//! Texts of the coach's workspace, "Mijn kandidaten" (coach.html#/kandidaten,
//! issue 28), and the data for suggested questions. Written to the coach, about
//! the candidate. A part of the texts of its own (`teksten-werkplek`), loaded
//! only by the coach's entry: the candidate's first load does not carry them.

use crate::domain::tekst::{t, Tekst};

// ----- Data for the preparation sheet -------------------------------------------------------------

pub const ZORGEN: &str = "zorgen";
pub const ZORGEN_GESPREK: &str = "zor.gesprek";
pub const ENERGIE: &str = "energie";
pub const ENERGIE_VERDELING: &str = "ene.verdeling";
/// The energy level "heel veel".
pub const HEEL_VEEL: u8 = 3;
/// At most this many suggested questions on the sheet.
pub const MAX_SUGGESTIES: usize = 6;
pub const VRAAG_ZORG: Tekst = t(
    "De kandidaat herkent de gedachte '{}'. Wat maakt dat die gedachte nu speelt?",
    "The candidate recognises the thought '{}'. What makes this thought weigh now?",
);
pub const VRAAG_ENERGIE: Tekst = t(
    "Er gaat heel veel energie naar '{}'. Wat kost daar nu het meest?",
    "A great deal of energy goes to '{}'. What takes the most there now?",
);

/// On the shared view (`#/gedeeld/…`, which loads this part too): keep this share in the coach's encrypted workspace (issue 28).
pub const NAAR_WERKPLEK: Tekst = t("Bewaar bij Mijn kandidaten", "Keep in My candidates");
pub const NAAR_WERKPLEK_UITLEG: Tekst = t(
    "Daar staat het versleuteld, bij de andere delen van deze kandidaat.",
    "There it is kept encrypted, with this candidate's other shares.",
);

// ----- The page and the lock ------------------------------------------------------------------------

pub const TITEL: Tekst = t("Mijn kandidaten", "My candidates");
pub const INTRO: Tekst = t(
    "Hier bewaar je wat kandidaten met je delen. Alles staat versleuteld op dit apparaat.",
    "Here you keep what candidates share with you. Everything is encrypted on this device.",
);
pub const NIEUW_KOP: Tekst = t("Kies een wachtwoord", "Choose a passphrase");
pub const NIEUW_UITLEG: Tekst = t(
    "Je werkplek wordt versleuteld met een wachtwoord dat jij kiest. Niemand anders kent het. Spoorwijzer ook niet.",
    "Your workspace is encrypted with a passphrase you choose. Nobody else knows it. Spoorwijzer does not either.",
);
pub const VERGETEN: Tekst = t(
    "Let op: ben je het wachtwoord kwijt, dan zijn de gegevens weg. Niemand kan ze dan nog openen.",
    "Please note: if you lose the passphrase, the data is gone. Nobody can open it then.",
);
pub const EXPORT_ADVIES: Tekst = t(
    "Maak daarom af en toe een versleutelde kopie. De knop daarvoor staat onder je lijst.",
    "So make an encrypted copy now and then. The button for it is below your list.",
);
pub const WACHTWOORD: Tekst = t("Wachtwoord", "Passphrase");
pub const WACHTWOORD_HINT: Tekst = t(
    "Minstens 12 tekens. Een paar losse woorden werkt goed.",
    "At least 12 characters. A few separate words work well.",
);
pub const HERHAAL: Tekst = t("Typ het wachtwoord nog een keer", "Type the passphrase once more");
pub const TE_KORT: Tekst = t("Nog {} tekens.", "{} more characters.");
pub const ANDERS: Tekst = t("De twee wachtwoorden zijn niet gelijk.", "The two passphrases are not the same.");
pub const MAAK: Tekst = t("Maak mijn werkplek", "Create my workspace");
pub const SLOT_KOP: Tekst = t("Je werkplek is op slot", "Your workspace is locked");
pub const SLOT_UITLEG: Tekst = t(
    "Typ je wachtwoord om je kandidaten te zien. Na 15 minuten zonder gebruik gaat de werkplek weer op slot.",
    "Type your passphrase to see your candidates. After 15 minutes without use, the workspace locks again.",
);
pub const ONTGRENDEL: Tekst = t("Open mijn werkplek", "Open my workspace");
pub const FOUT_WACHTWOORD: Tekst =
    t("Dat wachtwoord klopt niet. Er is niets veranderd.", "That passphrase is not right. Nothing has changed.");
pub const VERGRENDEL: Tekst = t("Zet op slot", "Lock now");
pub const OP_SLOT_NA_TIJD: Tekst =
    t("De werkplek ging op slot na 15 minuten zonder gebruik.", "The workspace locked after 15 minutes without use.");
pub const ANDER_TABBLAD: Tekst = t(
    "In een ander tabblad is de werkplek ook veranderd. Beide wijzigingen zijn bewaard.",
    "The workspace also changed in another tab. Both changes are kept.",
);
pub const ANDER_TABBLAD_SLOT: Tekst = t(
    "In een ander tabblad is de werkplek vervangen. Open hem opnieuw. Je laatste wijziging is niet bewaard.",
    "The workspace was replaced in another tab. Open it again. Your last change was not kept.",
);
pub const BEWAREN_MISLUKT: Tekst = t(
    "Bewaren lukte niet in deze browser. Er is niets veranderd.",
    "Saving did not work in this browser. Nothing has changed.",
);
pub const KAPOT: Tekst = t(
    "De werkplek op dit apparaat is beschadigd of gemaakt met een nieuwere Spoorwijzer. Er is niets veranderd.",
    "The workspace on this device is damaged or was made with a newer Spoorwijzer. Nothing has changed.",
);

// ----- The list -------------------------------------------------------------------------------------

pub const LIJST_KOP: Tekst = t("Kandidaten", "Candidates");
pub const LEEG: Tekst = t(
    "Nog geen kandidaten. Open hieronder een link die iemand met je deelde.",
    "No candidates yet. Open a link that someone shared with you below.",
);
pub const LAATST_GEDEELD: Tekst = t("Laatst gedeeld op {}", "Last shared on {}");
pub const WEEK: Tekst = t("week {} van 104", "week {} of 104");
pub const BEWAREN_TOT: Tekst = t("Bewaren tot {}", "Keep until {}");
pub const VERLOPEN: Tekst = t(
    "De bewaartermijn is voorbij. Verwijder deze kandidaat, of kies een nieuwe datum.",
    "The keeping period has passed. Delete this candidate, or choose a new date.",
);

// ----- Opening shares ---------------------------------------------------------------------------------

pub const OPEN_KOP: Tekst = t("Delen openen", "Open shares");
pub const OPEN_UITLEG: Tekst = t(
    "Plak een of meer links, elk op een eigen regel. Of kies een of meer bestanden. Per deel vraagt de app de code.",
    "Paste one or more links, each on a line of its own. Or choose one or more files. For each share the app asks for the code.",
);
pub const LINKS: Tekst = t("Links", "Links");
pub const BESTANDEN: Tekst = t("Bestanden", "Files");
pub const LEES_LINKS: Tekst = t("Lees de links", "Read the links");
pub const DEEL_N: Tekst = t("Deel {}", "Share {}");
pub const GEEN_DELEN: Tekst = t("Hierin staat geen link naar een deel.", "There is no link to a share in this.");
pub const GEOPEND: Tekst = t("Gedeeld op {}", "Shared on {}");
pub const VOORSTEL: Tekst = t(
    "Dit deel komt van dezelfde persoon als {}. Wil je het daar bewaren?",
    "This share comes from the same person as {}. Do you want to keep it there?",
);
pub const BEWAAR_BIJ: Tekst = t("Bewaar bij {}", "Keep with {}");
pub const BEWAAR_NIEUW: Tekst = t("Bewaar als nieuwe kandidaat", "Keep as a new candidate");
pub const PLEK_LABEL: Tekst = t("Naam of omschrijving (voor jezelf)", "Name or description (for yourself)");
pub const OF_BIJ: Tekst = t("Of bewaar bij een kandidaat", "Or keep with a candidate");
pub const KIES_KANDIDAAT: Tekst = t("Kies een kandidaat", "Choose a candidate");
pub const AL_BEWAARD: Tekst = t("Dit deel is al bewaard bij {}.", "This share is already kept with {}.");
pub const BEWAARD_BIJ: Tekst = t("Bewaard bij {}.", "Kept with {}.");
pub const STANDAARD_LABEL: Tekst = t("Kandidaat", "Candidate");

// ----- Copy, import, deleting, what is where -----------------------------------------------------------

pub const KOPIE_KOP: Tekst = t("Versleutelde kopie", "Encrypted copy");
pub const KOPIE_UITLEG: Tekst = t(
    "Een bestand met je hele werkplek, versleuteld met je wachtwoord. Zo zet je hem ook op een ander apparaat.",
    "A file with your whole workspace, encrypted with your passphrase. This way you can also put it on another device.",
);
pub const KOPIE_MAAK: Tekst = t("Download een versleutelde kopie", "Download an encrypted copy");
pub const TERUGZETTEN: Tekst = t("Kopie terugzetten", "Load a copy");
pub const KOPIE_WACHTWOORD: Tekst = t("Wachtwoord van de kopie", "Passphrase of the copy");
pub const ZET_TERUG: Tekst = t("Zet de kopie terug", "Load the copy");
pub const TERUGGEZET: Tekst =
    t("De kopie is teruggezet. Je hebt nu {} kandidaten.", "The copy is loaded. You now have {} candidates.");
pub const GEEN_KOPIE: Tekst = t("Dit is geen kopie van een werkplek.", "This is not a copy of a workspace.");
pub const WIS_KOP: Tekst = t("Werkplek verwijderen", "Delete the workspace");
pub const WIS_UITLEG: Tekst = t(
    "Dit wist alle kandidaten op dit apparaat. Wat iemand in deze browser zelf invulde, blijft staan.",
    "This deletes all candidates on this device. What someone filled in themselves in this browser stays.",
);
pub const WIS: Tekst = t("Verwijder mijn werkplek", "Delete my workspace");
pub const ZEKER: Tekst = t("Weet je het zeker? Dit kan niet terug.", "Are you sure? This cannot be undone.");
pub const JA_WIS: Tekst = t("Ja, verwijder", "Yes, delete");
pub const NEE: Tekst = t("Nee, terug", "No, go back");
pub const WAAR_KOP: Tekst = t("Wat staat waar?", "What is kept where?");
pub const WAAR_TEKSTEN: [Tekst; 4] = [
    t(
        "Je werkplek staat alleen in deze browser, op dit apparaat. Hij is versleuteld met jouw wachtwoord.",
        "Your workspace is only in this browser, on this device. It is encrypted with your passphrase.",
    ),
    t(
        "Spoorwijzer heeft geen server. Niets gaat naar ons of naar anderen.",
        "Spoorwijzer has no server. Nothing goes to us or to others.",
    ),
    t(
        "Een versleutelde kopie staat waar jij het bestand bewaart.",
        "An encrypted copy is wherever you keep the file.",
    ),
    t(
        "Wat iemand zelf invult, staat hier los van. Wist die persoon alles, dan blijft je werkplek staan. Andersom ook.",
        "What someone fills in themselves is kept apart from this. If that person deletes everything, your workspace stays. The other way round too.",
    ),
];
pub const OUDE_KOP: Tekst = t("Eerder bewaarde kopieën", "Copies kept earlier");
pub const OUDE_UITLEG: Tekst = t(
    "Op dit apparaat staan {} kopieën die nog niet versleuteld zijn. Zet ze over naar je werkplek. Daarna staan ze niet meer op de oude plek.",
    "There are {} copies on this device that are not encrypted yet. Move them to your workspace. After that they are no longer in the old place.",
);
pub const ZET_OVER: Tekst = t("Zet ze over", "Move them");

// ----- One candidate ------------------------------------------------------------------------------------

pub const NIET_GEVONDEN: Tekst =
    t("Deze kandidaat staat niet in je werkplek.", "This candidate is not in your workspace.");
pub const TERUG: Tekst = t("Terug naar Mijn kandidaten", "Back to My candidates");
pub const DELEN_KOP: Tekst = t("Wat gedeeld is", "What was shared");
pub const PROFIEL_KOP: Tekst = t("Het laatste deel", "The latest share");
pub const VERSCHIL_KOP: Tekst = t("Wat is anders sinds de vorige keer", "What changed since last time");
pub const VERSCHIL_UITLEG: Tekst = t(
    "Je ziet alleen wat anders is dan bij het vorige deel.",
    "You only see what is different from the previous share.",
);
pub const GEEN_VERSCHIL: Tekst =
    t("Tussen deze twee delen is niets anders.", "Nothing is different between these two shares.");
pub const EEN_DEEL: Tekst = t(
    "Er is nog één deel. Bij een volgend deel zie je hier wat anders is.",
    "There is one share so far. With a next share you see here what changed.",
);
pub const NIET_BEIDE: Tekst = t(
    "Alleen in één van de twee gedeeld, dus niet vergeleken: {}.",
    "Shared in only one of the two, so not compared: {}.",
);
pub const VORIGE: Tekst = t("Vorige keer", "Last time");
pub const NU: Tekst = t("Nu", "Now");
pub const LABEL_KOP: Tekst = t("Naam of omschrijving", "Name or description");
pub const BEWAAR: Tekst = t("Bewaar", "Save");
pub const BEWAARD: Tekst = t("Bewaard.", "Saved.");
pub const NOTITIE_KOP: Tekst = t("Jouw notitie", "Your note");
pub const NOTITIE_HINT: Tekst = t(
    "Alleen voor jezelf, het gaat nergens heen. Schrijf hier geen medische informatie, zoals een diagnose of behandeling.",
    "Only for yourself, it goes nowhere. Do not write medical information here, such as a diagnosis or treatment.",
);
pub const CONTACT_KOP: Tekst = t("Contactmomenten", "Contact log");
pub const DATUM: Tekst = t("Datum", "Date");
pub const MET_WIE: Tekst = t("Met wie", "With whom");
pub const AFSPRAAK: Tekst = t("Wat is afgesproken", "What was agreed");
pub const VOLGENDE: Tekst = t("Volgende stap", "Next step");
pub const VOEG_TOE: Tekst = t("Voeg toe", "Add");
pub const REGEL_WEG: Tekst = t("Verwijder de regel van {}", "Delete the line of {}");
pub const GEEN_CONTACT: Tekst = t("Nog geen contactmomenten.", "No contacts yet.");
pub const BEWAREN_KOP: Tekst = t("Bewaren tot", "Keep until");
pub const BEWAREN_UITLEG: Tekst = t(
    "Zonder eigen datum: drie maanden na het laatste deel. Daarna stelt de app voor om te verwijderen.",
    "Without a date of your own: three months after the latest share. After that the app suggests deleting.",
);
pub const VERWIJDER_KOP: Tekst = t("Kandidaat verwijderen", "Delete candidate");
pub const VERWIJDER_UITLEG: Tekst = t(
    "Alles van deze kandidaat gaat weg: de delen, je notitie en de contactmomenten.",
    "Everything of this candidate goes: the shares, your note and the contact log.",
);
pub const VERWIJDER: Tekst = t("Verwijder {}", "Delete {}");
pub const VERWIJDERD: Tekst = t("{} is verwijderd.", "{} was deleted.");

// ----- The preparation sheet ------------------------------------------------------------------------------

pub const PRINT: Tekst = t("Print de voorbereiding", "Print the preparation");
pub const BLAD_KOP: Tekst = t("Voorbereiding gesprek: {}", "Preparing the conversation: {}");
pub const BLAD_GEDEELD: Tekst = t("Wat gedeeld is", "What was shared");
pub const BLAD_MODULES: Tekst = t("Onderdelen: {}", "Parts: {}");
pub const BLAD_ANDERS: Tekst = t("Wat is anders", "What changed");
pub const BLAD_BESPREKEN: Tekst = t("Wat de kandidaat wil bespreken", "What the candidate wants to discuss");
pub const BLAD_VRAGEN: Tekst = t("Vragen om te stellen", "Questions to ask");
pub const BLAD_GEEN: Tekst = t("Niets gedeeld hierover.", "Nothing shared about this.");
