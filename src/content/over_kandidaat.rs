//! The coach's wording of a shared view (issue 28): every text the profile
//! shows in the candidate's own voice ("Mijn energie", "Zo ziet je balans
//! eruit", "Praat er met je coach over"), written about the candidate
//! instead. `{}` is the candidate's first name, or "de kandidaat" when they
//! gave none (`NAAMLOOS`); a text that starts with it gets a capital. Dutch at
//! B1 first, English second. Used by `ui::components::over_kandidaat`.

use crate::domain::tekst::{t, Tekst};

macro_rules! teksten {
    ($($naam:ident : $nl:expr, $en:expr;)*) => {
        $(pub const $naam: Tekst = t($nl, $en);)*
    };
}

teksten! {
    // Who the texts are about when the candidate gave no name.
    NAAMLOOS: "de kandidaat", "the candidate";

    // ---- The profile's sections
    REFLECTIE: "Dit is een hulpmiddel om na te denken, geen test. Er komt geen cijfer uit. Wat hier staat, zijn aanknopingspunten voor jullie gesprek.", "This is a tool for reflection, not a test. It gives no score. What is here are starting points for your conversation together.";
    VOLGENDE_STAP: "De volgende kleine stap van {}, in eigen woorden", "{}'s next small step, in their own words";
    WAARDEN: "Wat {} belangrijk vindt in werk", "What matters to {} in work";
    ENERGIE: "De energie van {}", "{}'s energy";
    ENERGIE_GEEFT: "Geeft {} energie", "Gives {} energy";
    ENERGIE_KOST: "Kost {} energie", "Costs {} energy";
    KWALITEITEN: "De kwaliteiten van {}", "{}'s qualities";
    ANDEREN_ZEGGEN: "Wat anderen over {} zeggen", "What others say about {}";
    INTERESSES: "Wat {} leuk vindt: interesses", "What {} enjoys: interests";
    INTERESSES_UITLEG: "Hoe leuk {} elk soort werk vond, van 1 tot 5. Het is geen vergelijking met andere mensen.", "How much {} enjoyed each kind of work, from 1 to 5. It is no comparison with other people.";
    GRAFIEK: "Interesses van {} per thema", "{}'s interests per theme";
    DICHT_BIJ_ELKAAR: "Geen duidelijke uitschieters: de interesses van {} liggen dicht bij elkaar. Dat is een goed punt voor jullie gesprek.", "No clear favourites: {}'s interests lie close together. That is a good point for your conversation.";
    OMSTANDIGHEDEN: "Wat {} nu aankan, in eigen woorden", "What {} can manage now, in their own words";
    OMSTANDIGHEDEN_UITLEG: "Dit is het eigen beeld van {}. De bedrijfsarts (arts voor ziekte en werk) beoordeelt wat iemand kan.", "This is {}'s own picture. The company doctor (bedrijfsarts) assesses what someone can do.";
    BESPREKEN: "Wat {} wil bespreken", "What {} wants to discuss";
    NODIG: "Wat {} nodig heeft van de coach", "What {} needs from the coach";
    STAPPEN_GEEN: "Geen van de stappen past nu bij {}. Dat mag: succes kan er ook anders uitzien.", "None of the steps fits {} now. That is fine: success can look different too.";
    ZORGEN: "Zorgen van {}", "{}'s worries";
    VERLIES: "Wat blijft, en waar {} ertoe doet", "What stays, and where {} matters";
    VERLIES_BLIJFT: "Wat van {} blijft", "What stays {}'s own";
    VERLIES_ERTOE: "Waar en voor wie {} ertoe doet", "Where and to whom {} matters";
    SUCCES: "Wat succes is voor {}", "What success means for {}";
    STAPPEN: "De stappen van {} naar ander werk", "{}'s steps towards other work";
    OMGEVING: "Waar {} graag werkt", "Where {} likes to work";
    ALLE_ANTWOORDEN_UITLEG: "Alles wat {} heeft gedeeld, per onderdeel.", "Everything {} shared, per part.";
    BLAD_TITEL: "Gespreksblad over {}", "Conversation sheet about {}";
    BLAD_ZORGEN: "Waar {} mee zit", "What is on {}'s mind";

    // ---- The energy balance
    BALANS: "De balans van {}", "{}'s balance";
    BALANS_NIETS: "Overal staat 'niets'. Soms is er gewoon weinig energie.", "Everything is set to 'none'. Sometimes there is just little energy.";
    BALANS_VEEL: "Bij 3 of meer gebieden staat 'heel veel'. Dat is veel tegelijk. Het is een goed punt om samen te bespreken. De bedrijfsarts (de arts voor ziekte en werk) kan ook meedenken.", "3 or more areas are at 'a great deal'. That is a lot at the same time. It is a good point to talk about together. The company doctor (bedrijfsarts, the doctor for sickness and work) can also help think about it.";

    // ---- "Hoe anderen mij zien"
    KIJK_KOP: "Hoe anderen {} zien", "How others see {}";
    KIJK_UITLEG: "Dit zeggen mensen die {} vertrouwt. Het is geen oordeel en geen test.", "This is what people {} trusts say. It is not a judgement and not a test.";
    KIJK_ENERGIE: "Waar {} energie van krijgt", "What gives {} energy";
    KIJK_GOED_IN: "Waar {} goed in is, volgens anderen", "What {} is good at, according to others";
    KIJK_BOODSCHAP: "Wat anderen {} willen laten weten", "What others would like {} to know";
    KIJK_ALLEBEI: "Genoemd door {} en door anderen", "Named by {} and by others";
    KIJK_ALLEEN_ANDEREN_UITLEG: "Misschien ziet {} dit zelf nog niet zo.", "Maybe {} does not see this yet.";
    KIJK_ALLEEN_ZELF: "Alleen {} noemt het", "Only {} named it";
    KIJK_ZELF: "Zelf", "Self";
    KIJK_EIGEN_NIET_GEDEELD: "De eigen kwaliteiten van {} zijn niet gedeeld.", "{}'s own qualities were not shared.";
}
