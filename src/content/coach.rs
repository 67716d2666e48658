//! Texts for the coach's link builder (`#/coach`), the candidate's welcome from
//! a coach link, and the notice shown when Spoorwijzer runs inside another
//! website. Dutch at B1 level first, English second. `{}` marks a value filled
//! in with `crate::content::teksten::vul`.

use crate::domain::tekst::{t, Tekst};

macro_rules! teksten {
    ($($naam:ident : $nl:expr, $en:expr;)*) => {
        $(pub const $naam: Tekst = t($nl, $en);)*
    };
}

teksten! {
    // ---- The coach's header and menu (issue 28): the coach's pages speak to the coach
    NAV_KANDIDATEN: "Mijn kandidaten", "My candidates";
    NAV_LINK: "Link maken", "Make a link";
    NAV_OPENEN: "Een deel openen", "Open a share";
    NAV_HULP: "Hulp", "Help";
    MENU_LABEL: "Menu voor coaches", "Menu for coaches";
    // Placeholder until the workspace arrives (the lead replaces it on merge).
    KANDIDATEN_TITEL: "Mijn kandidaten", "My candidates";
    KANDIDATEN_KOMT: "Mijn kandidaten komt hier.", "My candidates comes here.";

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
    LINK_UITLEG: "Stuur deze link in een mail of bericht. Je kandidaat ziet dan eerst jouw welkom.", "Send this link in an email or message. Your candidate then sees your welcome first.";
    LINK_KOPIEER: "Kopieer de link", "Copy the link";
    LINK_OPEN: "Bekijk de link in een nieuw tabblad", "View the link in a new tab";
    EMBED_CODE_TITEL: "Code voor je website", "Code for your website";
    EMBED_CODE_UITLEG: "Plak deze code op een pagina van je website. Spoorwijzer verschijnt dan op die plek, zo hoog als de inhoud. Antwoorden blijven in de browser van je kandidaat.", "Paste this code into a page of your website. Spoorwijzer then appears in that spot, as tall as its content. Answers stay in your candidate's browser.";
    EMBED_CODE_KOPIEER: "Kopieer de code", "Copy the code";
    QR_TITEL: "QR-code", "QR code";
    QR_UITLEG: "Je kandidaat scant deze code met de camera van een telefoon. Handig op papier.", "Your candidate scans this code with a phone camera. Handy on paper.";
    QR_BESCHRIJVING: "QR-code met de link naar Spoorwijzer", "QR code with the link to Spoorwijzer";
    QR_TE_LANG: "De link is te lang voor een QR-code. Maak de welkomstekst korter.", "The link is too long for a QR code. Make the welcome text shorter.";
    QR_GROOT: "Tip: met een kortere welkomstekst wordt de QR-code eenvoudiger. Dan is hij makkelijker te scannen.", "Tip: a shorter welcome text makes the QR code simpler. Then it is easier to scan.";
    QR_KOPIEER: "Kopieer de QR-code (SVG)", "Copy the QR code (SVG)";
    QR_BEWAAR: "Bewaar de QR-code als bestand", "Save the QR code as a file";
    QR_CODE_TONEN: "Toon de SVG-code", "Show the SVG code";
    QR_CODE_LABEL: "SVG-code van de QR-code", "SVG code of the QR code";
    GEKOPIEERD: "Gekopieerd.", "Copied.";
    KOPIEER_ZELF: "Kopiëren lukte niet vanzelf. De tekst is nu geselecteerd. Kopieer hem met Ctrl+C (op een Mac: Cmd+C). Op een telefoon: houd de tekst lang ingedrukt.", "Copying did not work by itself. The text is now selected. Copy it with Ctrl+C (on a Mac: Cmd+C). On a phone: press and hold the text.";
    NIEUW_TABBLAD: "(opent een nieuw tabblad)", "(opens a new tab)";

    // ---- The candidate's welcome
    WELKOM_VAN_JE_COACH: "Een welkom van je coach", "A welcome from your coach";
    WELKOM_CONTACT: "Contact:", "Contact:";
    WELKOM_MODULES: "Je coach stelt voor om hiermee te beginnen:", "Your coach suggests you start with:";
    WELKOM_PRIVACY: "Dit welkom komt uit de link van je coach. Wat jij invult, blijft op dit apparaat. Je coach ziet het alleen als jij het deelt.", "This welcome comes from your coach's link. What you fill in stays on this device. Your coach only sees it if you share it.";
    WELKOM_VERBERG: "Verberg dit welkom", "Hide this welcome";
    WELKOM_TOON: "Toon het welkom van je coach", "Show your coach's welcome";
    // ---- A coach link not kept yet: its preview, and the answer (issue 22)
    VOORSTEL_TITEL: "Deze link wil dit welkom laten zien", "This link wants to show this welcome";
    VOORSTEL_UITLEG: "Wil je het bewaren? Dan zie je het op je startpagina, elke keer dat je Spoorwijzer opent. Zolang je niet kiest, bewaren we niets.", "Do you want to keep it? Then you see it on your start page, each time you open Spoorwijzer. Until you choose, nothing is kept.";
    VOORSTEL_VERVANGT: "Je hebt al een welkom van een coach bewaard. Bewaar je dit welkom? Dan komt het in de plaats van het vorige. Je kunt het vorige daarna terugzetten.", "You already kept a welcome from a coach. Do you keep this welcome? Then it takes the place of the previous one. You can put the previous one back afterwards.";
    VOORSTEL_BRON: "Tekst uit de link van je coach, niet van Spoorwijzer", "Text from your coach's link, not from Spoorwijzer";
    VOORSTEL_MODULES: "De link stelt voor om hiermee te beginnen:", "The link suggests you start with:";
    VOORSTEL_KLEUR: "De link wil ook deze kleur gebruiken voor knoppen en links.", "The link also wants to use this colour for buttons and links.";
    VOORSTEL_BEWAREN: "Bewaren", "Keep";
    VOORSTEL_NIET: "Niet bewaren", "Do not keep";
    ANTWOORD_BEWAARD: "Het welkom is bewaard. Je ziet het nu op je startpagina.", "The welcome is kept. You now see it on your start page.";
    ANTWOORD_TERUG: "Zet de vorige terug", "Put the previous one back";
    ANTWOORD_TOCH_NIET: "Toch niet bewaren", "Do not keep it after all";
    ANTWOORD_NIET_BEWAARD: "Je hebt het welkom niet bewaard. Er is niets veranderd.", "You did not keep the welcome. Nothing has changed.";
    ANTWOORD_TERUGGEZET: "Je vorige welkom staat er weer.", "Your previous welcome is back.";
    ANTWOORD_WEGGEHAALD: "Het welkom is weg. Er is niets van de link bewaard.", "The welcome is gone. Nothing from the link is kept.";
    WELKOM_LINK_FOUT: "De link van je coach konden we niet goed lezen. Je kunt Spoorwijzer gewoon gebruiken. Wil je het welkom van je coach zien? Vraag dan om een nieuwe link.", "We could not read your coach's link properly. You can use Spoorwijzer as usual. Would you like to see your coach's welcome? Then ask for a new link.";

    // ---- Inside another website
    INGEBED_TITEL: "Waar blijven je antwoorden?", "Where are your answers kept?";
    INGEBED_TEKST: "Je antwoorden blijven in deze browser, bij deze website. Op de eigen website van Spoorwijzer zie je ze misschien niet. Wil je ze meenemen? Maak dan een bewaarbestand.", "Your answers stay in this browser, with this website. You may not see them on Spoorwijzer's own website. Would you like to take them with you? Then make a save file.";
    INGEBED_EIGEN_TABBLAD: "Open in een eigen tabblad", "Open in a tab of its own";
    INGEBED_BEWAARBESTAND: "Maak een bewaarbestand", "Make a save file";
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn no_text_uses_pressure_words() {
        let alle = crate::content::tekstbestanden::gescand().into_iter().filter(|(bron, _)| bron == "coach.rs");
        for (_, tekst) in alle {
            let nl = tekst.nl.to_lowercase();
            for woord in [" moet ", " direct ", " snel "] {
                assert!(!nl.contains(woord), "{:?} uses '{}'", tekst.nl, woord.trim());
            }
        }
    }
}
