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
    "Spoorwijzer leest alleen voor met een stem op je eigen apparaat. Een stem via internet krijgt je tekst te zien. Die gebruiken we dus niet.",
    "Spoorwijzer only reads aloud with a voice on your own device. A voice over the internet would see your text. So we do not use one.",
);
pub static HOE: Tekst = t("Zo zet je een stem op je apparaat:", "How to put a voice on your device:");
/// Per system, in plain words: where the voices are.
pub static STAPPEN: [Tekst; 5] = [
    t(
        "Windows: open Instellingen, dan Tijd en taal, dan Spraak. Kies Stemmen toevoegen en dan Nederlands.",
        "Windows: open Settings, then Time & language, then Speech. Choose Add voices, then English.",
    ),
    t(
        "Mac: open Systeeminstellingen, dan Toegankelijkheid, dan Gesproken materiaal. Kies bij Systeemstem een Nederlandse stem.",
        "Mac: open System Settings, then Accessibility, then Spoken Content. Choose an English voice under System voice.",
    ),
    t(
        "iPhone of iPad: open Instellingen, dan Toegankelijkheid, dan Gesproken materiaal, dan Stemmen. Kies Nederlands.",
        "iPhone or iPad: open Settings, then Accessibility, then Spoken Content, then Voices. Choose English.",
    ),
    t(
        "Android: open Instellingen en zoek op ‘tekst-naar-spraak’. Installeer daar de spraakgegevens voor Nederlands.",
        "Android: open Settings and search for ‘text-to-speech’. Install the voice data for English there.",
    ),
    t(
        "Linux: installeer speech-dispatcher met een stem, zoals espeak-ng. Vraag hulp als dat lastig is.",
        "Linux: install speech-dispatcher with a voice, such as espeak-ng. Ask for help if that is hard.",
    ),
];
pub static OPNIEUW: Tekst = t(
    "Sluit daarna je browser en open Spoorwijzer opnieuw.",
    "Then close your browser and open Spoorwijzer again.",
);
