//! Texts of the coach's link builder (`#/coach`) only: in the coach's text part
//! (`tekstbestanden::deel_van`), loaded with the builder's page, not in the
//! candidate's first load. Dutch at B1 level first, English second. `{}` marks a
//! value filled in with `crate::content::teksten::vul`. Read through
//! `content::coach`, which re-exports them.

use crate::domain::tekst::{t, Tekst};

macro_rules! teksten {
    ($($naam:ident : $nl:expr, $en:expr;)*) => {
        $(pub const $naam: Tekst = t($nl, $en);)*
    };
}

teksten! {
    // ---- The builder
    BOUWER_MODULES: "Welke onderdelen wil je uitlichten?", "Which parts do you want to highlight?";
    BOUWER_MODULES_UITLEG: "Je kandidaat ziet deze onderdelen bovenaan, in jouw volgorde. De andere onderdelen blijven ook te vinden. Met de pijlen zet je een onderdeel hoger of lager.", "Your candidate sees these parts at the top, in your order. The other parts stay available too. Use the arrows to move a part up or down.";
    BOUWER_HOGER: "Zet {} een plek hoger", "Move {} up one place";
    BOUWER_LAGER: "Zet {} een plek lager", "Move {} down one place";
    BOUWER_PLEK: "Plek {}", "Place {}";
    BOUWER_VERPLAATST: "{} staat nu op plek {} van {}.", "{} is now in place {} of {}.";
    BOUWER_TAAL: "In welke taal opent Spoorwijzer?", "In which language does Spoorwijzer open?";
    BOUWER_TAAL_UITLEG: "Je kandidaat kan de taal daarna zelf nog wisselen.", "Your candidate can still switch the language later.";
    BOUWER_GEGEVENS: "Je praktijk en je welkom", "Your practice and your welcome";
    BOUWER_PRIVACY: "Zet hier geen gegevens van je kandidaat in. Iedereen die de link krijgt, kan deze tekst lezen.", "Do not put any details about your candidate here. Anyone who gets the link can read this text.";
    BOUWER_PRAKTIJK: "Naam van je praktijk", "Name of your practice";
    BOUWER_WELKOM: "Welkomstekst voor je kandidaat", "Welcome text for your candidate";
    BOUWER_WELKOM_HINT: "Een paar zinnen. Je kandidaat leest dit als eerste.", "A few sentences. Your candidate reads this first.";
    BOUWER_CONTACT: "Hoe kan je kandidaat je bereiken?", "How can your candidate reach you?";
    BOUWER_CONTACT_HINT: "Bijvoorbeeld je naam, telefoonnummer of e-mailadres.", "For example your name, phone number or email address.";
    BOUWER_TEKENS: "{} van {} tekens gebruikt.", "{} of {} characters used.";
    BOUWER_KLEUR: "Kleur van je praktijk", "Your practice's colour";
    BOUWER_KLEUR_UITLEG: "Knoppen en links krijgen deze kleur. Is een kleur te licht om tekst goed te lezen? Dan maken we hem donkerder.", "Buttons and links get this colour. If a colour is too light to read text well, we make it darker.";
    BOUWER_KLEUR_KIEZER: "Kies een kleur", "Pick a colour";
    BOUWER_KLEUR_CODE: "Kleurcode", "Colour code";
    BOUWER_KLEUR_CODE_HINT: "Een # met 6 tekens, bijvoorbeeld #0b5d63. Laat je dit leeg, dan krijgt je kandidaat de gewone kleur van Spoorwijzer.", "A # with 6 characters, for example #0b5d63. If you leave it empty, your candidate gets the usual Spoorwijzer colour.";
    BOUWER_KLEUR_STANDAARD: "Gebruik de gewone kleur", "Use the usual colour";
    BOUWER_KLEUR_ONBEKEND: "Deze kleurcode kennen we niet. De link gebruikt nu de gewone kleur.", "We do not recognise this colour code. The link now uses the usual colour.";
    BOUWER_KLEUR_AANGEPAST: "Deze kleur is te licht. Tekst is dan moeilijk te lezen. We hebben hem donkerder gemaakt: {}. Die kleur staat in je link.", "This colour is too light. Text would be hard to read. We made it darker: {}. That colour is in your link.";
    BOUWER_KLEUR_GOED: "Deze kleur is goed te lezen.", "This colour is easy to read.";
    BOUWER_VOORBEELD: "Voorbeeld", "Preview";
    BOUWER_VOORBEELD_KNOP: "Begin", "Start";
    BOUWER_VOORBEELD_LINK: "Zo ziet een link eruit", "This is what a link looks like";

    // ---- What the builder makes
    UITVOER_TITEL: "Je link en code", "Your link and code";
    UITVOER_UITLEG: "Alles hieronder verandert mee met wat je kiest. Er wordt niets verstuurd of bewaard op een server.", "Everything below changes with what you choose. Nothing is sent or stored on a server.";
    LINK_TITEL: "Link voor je kandidaat", "Link for your candidate";
    LINK_KOPIEER: "Kopieer de link", "Copy the link";
    LINK_OPEN: "Bekijk de link in een nieuw tabblad", "View the link in a new tab";
    EMBED_CODE_TITEL: "Code voor je website", "Code for your website";
    EMBED_CODE_UITLEG: "Plak deze code op een pagina van je website. Spoorwijzer verschijnt dan op die plek, zo hoog als de inhoud. Antwoorden blijven in de browser van je kandidaat.", "Paste this code into a page of your website. Spoorwijzer then appears in that spot, as tall as its content. Answers stay in your candidate's browser.";
    EMBED_CODE_KOPIEER: "Kopieer de code", "Copy the code";
    QR_TITEL: "QR-code", "QR code";
    QR_UITLEG: "Je kandidaat scant deze code met de camera van een telefoon. Handig op papier.", "Your candidate scans this code with a phone camera. Handy on paper.";
    QR_TE_LANG: "De link is te lang voor een QR-code. Maak de welkomstekst korter.", "The link is too long for a QR code. Make the welcome text shorter.";
    QR_GROOT: "Tip: met een kortere welkomstekst wordt de QR-code eenvoudiger. Dan is hij makkelijker te scannen.", "Tip: a shorter welcome text makes the QR code simpler. Then it is easier to scan.";
    QR_KOPIEER: "Kopieer de QR-code (SVG)", "Copy the QR code (SVG)";
    QR_BEWAAR: "Bewaar de QR-code als bestand", "Save the QR code as a file";
    QR_CODE_TONEN: "Toon de SVG-code", "Show the SVG code";
    QR_CODE_LABEL: "SVG-code van de QR-code", "SVG code of the QR code";
    KOPIEER_ZELF: "Kopiëren lukte niet vanzelf. De tekst is nu geselecteerd. Kopieer hem met Ctrl+C (op een Mac: Cmd+C). Op een telefoon: houd de tekst lang ingedrukt.", "Copying did not work by itself. The text is now selected. Copy it with Ctrl+C (on a Mac: Cmd+C). On a phone: press and hold the text.";
}
