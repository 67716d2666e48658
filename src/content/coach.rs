//! Texts for the coach's header and menu, the candidate's welcome from a coach
//! link, and the notice shown when Spoorwijzer runs inside another website
//! (the link builder's own texts: `coach_bouwer.rs`). Dutch at B1 level first,
//! English second. `{}` marks a value filled
//! in with `crate::content::teksten::vul`.

use crate::domain::tekst::{t, Tekst};

// The link builder's own texts are in their own file, so that they are in the coach's
// text part, not in the candidate's first load; the builder reads them from here too.
pub use super::coach_bouwer::*;

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

    // ---- What the builder makes
    LINK_UITLEG: "Stuur deze link in een mail of bericht. Je kandidaat ziet dan eerst jouw welkom.", "Send this link in an email or message. Your candidate then sees your welcome first.";
    QR_BESCHRIJVING: "QR-code met de link naar Spoorwijzer", "QR code with the link to Spoorwijzer";
    GEKOPIEERD: "Gekopieerd.", "Copied.";
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
    // Folded: the fact in the line that shows (so the page's own "Begin" stays in a phone's first
    // screen), the rest and both ways out one tap away.
    INGEBED_KORT: "Je antwoorden blijven in deze browser, bij deze website.", "Your answers stay in this browser, with this website.";
    INGEBED_TEKST: "Op de eigen website van Spoorwijzer zie je ze misschien niet. Wil je ze meenemen? Maak dan een bewaarbestand.", "You may not see them on Spoorwijzer's own website. Would you like to take them with you? Then make a save file.";
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
