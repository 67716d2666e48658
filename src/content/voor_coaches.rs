//! Help for coaches (`#/coach-hulp`, issue 28): what a share holds, who may
//! read it, and that nothing goes to a server. Written to the coach. A text
//! part of the coach's side (`Deel::Werkplek`), not the candidate's first load.

use crate::domain::tekst::{t, Tekst};

macro_rules! teksten {
    ($($naam:ident : $nl:expr, $en:expr;)*) => {
        $(pub const $naam: Tekst = t($nl, $en);)*
    };
}

teksten! {
    // ---- Help for coaches (#/coach-hulp): what a share holds, who may read it, where it is kept
    HULP_TITEL: "Hulp voor coaches", "Help for coaches";
    HULP_INTRO: "Hier lees je hoe delen werkt. Dan weet je wat je krijgt, en wat niet.", "Here you read how sharing works. Then you know what you get, and what you do not.";
    HULP_WAT_KOP: "Wat staat er in een deel?", "What is in a share?";
    HULP_WAT: "Je kandidaat kiest zelf wat je ziet. Een deel bevat alleen de onderdelen die de kandidaat heeft aangevinkt.", "Your candidate chooses what you see. A share holds only the parts the candidate ticked.";
    HULP_WAT_APART: "Sommige dingen gaan alleen mee als de kandidaat ze apart aanvinkt. Dat zijn eigen woorden, het eigen beeld van wat iemand nu aankan, en gevoelige gedachten.", "Some things only go along when the candidate ticks them separately. These are their own words, their own picture of what they can manage now, and sensitive thoughts.";
    HULP_WAT_WEEK: "De week in het traject gaat ook alleen mee als de kandidaat dat kiest. De eerste ziektedag zelf gaat nooit mee.", "The week in the process also only goes along when the candidate chooses so. The first day of sickness itself never goes along.";
    HULP_NUMMER: "Elk deel van dezelfde kandidaat heeft hetzelfde willekeurige nummer. Zo herken je een later deel van die persoon. Het nummer zegt niets over wie het is.", "Every share of the same candidate carries the same random number. That way you recognise a later share from that person. The number says nothing about who they are.";
    HULP_WIE_KOP: "Wie kan een deel lezen?", "Who can read a share?";
    HULP_WIE: "Alleen wie de link en de code heeft. De kandidaat geeft je de code apart, bijvoorbeeld door de telefoon.", "Only someone who has the link and the code. The candidate gives you the code separately, for example by phone.";
    HULP_VERSLAG: "Schrijf je een verslag voor de werkgever? Bespreek dan eerst met de kandidaat wat erin komt.", "Do you write a report for the employer? Then first discuss with the candidate what goes into it.";
    HULP_WAAR_KOP: "Waar staan de gegevens?", "Where is the data kept?";
    HULP_WAAR: "Er gaat niets naar een server. De antwoorden staan versleuteld in de link zelf. Je browser opent ze op dit apparaat, met de code.", "Nothing goes to a server. The answers are encrypted inside the link itself. Your browser opens them on this device, with the code.";
    HULP_BEWAREN: "Bewaar je iets? Dan blijft het in deze browser, op dit apparaat. Bewaar het niet langer dan nodig.", "Do you keep something? Then it stays in this browser, on this device. Do not keep it longer than needed.";
}
