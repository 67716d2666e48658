//! Reading aloud (issue 29): what the settings say about it. The app reads
//! only with a voice that runs on the device itself (`domain::voorlezen`), so
//! the text never leaves it; where there is none, the button is not there, and
//! these texts say why and how to add a voice.

use crate::domain::tekst::{t, Tekst};

/// The settings' fold-out about reading aloud.
pub static KOP: Tekst = t("Voorlezen", "Reading aloud");
pub static WEL: Tekst = t(
    "Dit apparaat heeft een stem die voorleest. Kies ‘Lees voor’ bij een vraag of uitleg.",
    "This device has a voice that reads aloud. Choose ‘Read aloud’ next to a question or explanation.",
);
pub static NIET: Tekst = t(
    "Dit apparaat heeft geen stem in deze taal. Daarom zie je geen knop ‘Lees voor’.",
    "This device has no voice in this language. That is why you see no ‘Read aloud’ button.",
);
pub static WAAROM: Tekst = t(
    "We lezen alleen voor met een stem op je eigen apparaat. Zo gaat je tekst niet via internet.",
    "We only read aloud with a voice on your own device. So your text does not go over the internet.",
);
pub static HOE: Tekst = t(
    "Zet een stem op je apparaat. Open Spoorwijzer daarna opnieuw.",
    "Put a voice on your device. Then open Spoorwijzer again.",
);
/// Per system, in plain words: where the voices are.
pub static STAPPEN: [Tekst; 5] = [
    t(
        "Windows: Instellingen, Tijd en taal, Spraak, Stemmen toevoegen.",
        "Windows: Settings, Time & language, Speech, Add voices.",
    ),
    t(
        "Mac: Systeeminstellingen, Toegankelijkheid, Gesproken materiaal, Systeemstem.",
        "Mac: System Settings, Accessibility, Spoken Content, System voice.",
    ),
    t(
        "iPhone of iPad: Instellingen, Toegankelijkheid, Gesproken materiaal, Stemmen.",
        "iPhone or iPad: Settings, Accessibility, Spoken Content, Voices.",
    ),
    t(
        "Android: Instellingen, zoek op ‘tekst-naar-spraak’, spraakgegevens installeren.",
        "Android: Settings, search for ‘text-to-speech’, install voice data.",
    ),
    t(
        "Linux: installeer speech-dispatcher met een stem, zoals espeak-ng.",
        "Linux: install speech-dispatcher with a voice, such as espeak-ng.",
    ),
];
