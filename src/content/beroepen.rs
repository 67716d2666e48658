//! The texts of "Beroepen verkennen" (`#/beroepen`, issue 27). A text part of
//! their own (`pwa/teksten-beroepen.*.txt`), loaded with the page only.

use crate::domain::tekst::{t, Tekst};

pub const TITEL: Tekst = t("Beroepen verkennen", "Explore occupations");
pub const INTRO: Tekst = t(
    "Hier vind je echte beroepen. Zoek een beroep, of kijk bij je interesses. Kies er een paar om verder te verkennen.",
    "Here you find real occupations. Search for one, or look at your interests. Pick a few to explore further.",
);
pub const NAMEN_NL: Tekst = t(
    "De namen van de beroepen zijn Nederlands. Zo heten ze op de Nederlandse arbeidsmarkt.",
    "The occupations' names are in Dutch, as they are on the Dutch labour market.",
);
pub const LADEN: Tekst = t("De beroepen worden geladen…", "Loading the occupations…");
pub const MISLUKT: Tekst = t(
    "De beroepen konden niet laden. Probeer het later nog eens.",
    "The occupations could not load. Please try again later.",
);
pub const ZOEK_LABEL: Tekst = t("Zoek een beroep", "Search for an occupation");
pub const ZOEK_HINT: Tekst = t(
    "Typ een deel van de naam, bijvoorbeeld verpleeg of hovenier.",
    "Type part of the name, for example verpleeg or hovenier.",
);
pub const GEEN: Tekst = t(
    "Geen beroep gevonden. Probeer een ander woord of een korter stukje.",
    "No occupation found. Try another word or a shorter part.",
);
pub const GEVONDEN: Tekst = t("Gevonden: {}", "Found: {}");
pub const MEER_DAN: Tekst =
    t("De eerste {} van meer. Typ meer om te kiezen.", "The first {} of more. Type more to narrow it down.");
pub const OOK: Tekst = t("ook: {}", "also: {}");

pub const BIJ_JOU_TITEL: Tekst = t("Bij jouw interesses", "With your interests");
pub const BIJ_JOU_UITLEG: Tekst = t(
    "Bij Wat wil ik? sprongen deze interesses eruit. Daar passen deze groepen beroepen bij.",
    "In What do I want? these interests stood out. These groups of occupations fit them.",
);
pub const KIES_THEMA_TITEL: Tekst = t("Kies een interesse", "Choose an interest");
pub const KIES_THEMA_UITLEG: Tekst = t(
    "Kies zelf wat je aanspreekt. Bij Wat wil ik? kun je ook je interesses ontdekken.",
    "Choose what appeals to you. In What do I want? you can also discover your interests.",
);
pub const ANDERE_THEMAS: Tekst = t("Andere interesses", "Other interests");
pub const GROEP_AANTAL: Tekst = t("{} beroepen", "{} occupations");
pub const GROEPEN_BIJ: Tekst = t("Groepen beroepen bij {}", "Groups of occupations for {}");

pub const LIJST_TITEL: Tekst = t("Wil ik verkennen", "I want to explore");
pub const LIJST_LEEG: Tekst = t(
    "Je hebt nog geen beroep gekozen. Bij elk beroep kun je het bewaren.",
    "You have not chosen an occupation yet. You can keep each one from its page.",
);
pub const LIJST_AANTAL: Tekst = t("{} van de 5", "{} of 5");

pub const OOK_GENOEMD: Tekst = t("Ook genoemd", "Also called");
pub const MEER_NAMEN: Tekst = t("Nog {} namen", "{} more names");
pub const OMSCHRIJVING_TITEL: Tekst = t("Wat doe je in dit werk?", "What do you do in this work?");
pub const OMSCHRIJVING_BRON: Tekst =
    t("Omschrijving van ESCO, Europese Commissie.", "Description by ESCO, European Commission (in Dutch).");
pub const OMSCHRIJVING_LADEN: Tekst = t("De omschrijving wordt geladen…", "Loading the description…");
pub const OMSCHRIJVING_MIST: Tekst = t("De omschrijving kon niet laden.", "The description could not load.");
pub const GROEP: Tekst = t("Groep: {}", "Group: {}");

pub const LET_OP_TITEL: Tekst = t("Waar je op kunt letten", "Things to look at");
pub const LET_OP_UITLEG: Tekst = t(
    "Dit komt vaak voor in deze groep beroepen. Het zegt niet of dit werk bij jou past.",
    "This is common in this group of occupations. It does not say whether this work suits you.",
);
pub const JIJ_GAF_AAN: Tekst = t("Jij gaf aan: {}", "You said: {}");
pub const EIGEN_BEELD: Tekst = t(
    "Dit is jouw eigen beeld van nu. Het sluit geen beroep uit. Bespreek het met je coach of je bedrijfsarts (de arts voor ziekte en werk).",
    "This is your own picture for now. It rules no occupation out. Talk about it with your coach or your company doctor (bedrijfsarts).",
);
pub const GEEN_LET_OP: Tekst =
    t("Voor deze groep hebben we niets bijzonders genoteerd.", "We noted nothing in particular for this group.");

pub const BEWAAR: Tekst = t("Bewaar in mijn lijst", "Keep in my list");
pub const IN_LIJST: Tekst = t("Dit beroep staat in je lijst.", "This occupation is in your list.");
pub const HAAL_WEG: Tekst = t("Haal uit mijn lijst", "Remove from my list");
pub const VOL: Tekst = t(
    "Je lijst is vol: 5 beroepen. Haal er eerst een uit als je dit beroep wilt bewaren.",
    "Your list is full: 5 occupations. Remove one first if you want to keep this one.",
);
pub const NOTITIE_LABEL: Tekst = t("Jouw notitie", "Your note");
pub const NOTITIE_HINT: Tekst = t(
    "Waarom dit beroep? Wat wil je uitzoeken? Wie kun je het vragen? Schrijf hier geen medische gegevens.",
    "Why this occupation? What do you want to find out? Who could you ask? Do not write medical details here.",
);

pub const STAPPEN_TITEL: Tekst = t("Een kleine stap", "A small step");
pub const STAP_PRATEN: Tekst = t(
    "Praat met iemand die dit werk doet. Vraag hoe een gewone dag eruitziet.",
    "Talk to someone who does this work. Ask what an ordinary day looks like.",
);
pub const STAP_VACATURES: Tekst = t(
    "Zoek vacatures met deze naam, bijvoorbeeld op werk.nl. Kijk wat werkgevers vragen.",
    "Look for vacancies with this name, for example on werk.nl. See what employers ask for.",
);
pub const STAP_PLEK: Tekst = t(
    "Vraag naar een werkervaringsplek. Dan probeer je het werk een tijdje uit.",
    "Ask about a work-experience place. Then you try the work for a while.",
);
pub const TERUG: Tekst = t("Terug naar beroepen", "Back to occupations");
pub const ONBEKEND: Tekst = t("Dit beroep staat niet in de lijst.", "This occupation is not in the list.");

pub const BRON: Tekst = t(
    "Beroepen en omschrijvingen: ESCO, Europese Commissie (versie 1.1). We hebben er niets aan veranderd. We lieten alleen beheergegevens weg.",
    "Occupations and descriptions: ESCO, European Commission (v1.1). We changed nothing in them. We only left out administrative data.",
);
pub const EIGEN_WERK: Tekst = t(
    "De koppeling van interesses aan groepen beroepen is van Spoorwijzer zelf. Dat geldt ook voor de punten om op te letten.",
    "The link from interests to groups of occupations is Spoorwijzer's own. So are the things to look at.",
);
