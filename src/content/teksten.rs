//! The catalogue of interface texts, Dutch (B1) and English side by side.
//!
//! Each key is written once with both languages, so a missing translation does
//! not compile, and a test checks that no text is empty. Texts for questions and
//! the timeline live in their own content files; this one holds the app's frame.
//! `{}` marks where a value is filled in with [`vul`].

use crate::domain::taal::Taal;

macro_rules! catalogus {
    ($($sleutel:ident : $nl:expr, $en:expr;)*) => {
        /// All interface texts in one language.
        pub struct Teksten {
            $(pub $sleutel: &'static str,)*
        }

        #[cfg(not(target_arch = "wasm32"))]
        pub static NL: Teksten = Teksten { $($sleutel: $nl,)* };
        #[cfg(not(target_arch = "wasm32"))]
        pub static EN: Teksten = Teksten { $($sleutel: $en,)* };

        /// The keys of every interface text: a loaded text file must hold all
        /// of them (computed while compiling; the words stay out of the wasm).
        pub const SLEUTELS: &[u32] = &[$(crate::domain::tekst::sleutel($nl, $en),)*];

        #[cfg(target_arch = "wasm32")]
        fn bouw(taal: Taal) -> Teksten {
            use crate::domain::tekstbestand::zoek;
            Teksten { $($sleutel: {
                const K: u32 = crate::domain::tekst::sleutel($nl, $en);
                zoek(taal, K).unwrap_or("")
            },)* }
        }

        impl Teksten {
            /// Every key with its text, for completeness checks.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn alle(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($sleutel), self.$sleutel),)*]
            }
        }
    };
}

#[cfg(not(target_arch = "wasm32"))]
pub fn teksten(taal: Taal) -> &'static Teksten {
    match taal {
        Taal::Nl => &NL,
        Taal::En => &EN,
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static GEBOUWD: std::cell::RefCell<[Option<&'static Teksten>; 2]> = const { std::cell::RefCell::new([None, None]) };
}

/// The interface texts of `taal` from its loaded text file (built once per
/// language); while it is not loaded, those of the language that is.
#[cfg(target_arch = "wasm32")]
pub fn teksten(taal: Taal) -> &'static Teksten {
    use crate::domain::tekstbestand::geladen;
    let echt = match taal {
        _ if geladen(taal).is_some() => taal,
        Taal::Nl => Taal::En,
        Taal::En => Taal::Nl,
    };
    let plek = if echt == Taal::Nl { 0 } else { 1 };
    if let Some(t) = GEBOUWD.with(|g| g.borrow()[plek]) {
        return t;
    }
    let t: &'static Teksten = Box::leak(Box::new(bouw(echt)));
    if geladen(echt).is_some() {
        GEBOUWD.with(|g| g.borrow_mut()[plek] = Some(t));
    }
    t
}

/// Whether a text file has every interface text: a file from another build
/// (or an out-of-date `pwa/teksten.*.txt`) would leave empty places.
pub fn is_compleet(tabel: &crate::domain::tekstbestand::Tabel) -> bool {
    SLEUTELS.iter().all(|k| tabel.zoek(*k).is_some())
}

/// Fill each `{}` in order with the given values.
pub fn vul(sjabloon: &str, waarden: &[&str]) -> String {
    let mut uit = String::with_capacity(sjabloon.len() + 16);
    let mut delen = sjabloon.split("{}");
    if let Some(eerste) = delen.next() {
        uit.push_str(eerste);
    }
    for (i, deel) in delen.enumerate() {
        uit.push_str(waarden.get(i).copied().unwrap_or(""));
        uit.push_str(deel);
    }
    uit
}

/// The heading and text of a module's finish page. Most modules share "Goed
/// gedaan"; after the module about loss that would sound wrong, so it has its
/// own words. The page only asks; which words go with which module is here.
pub fn klaar_teksten(t: &Teksten, module: &str) -> (&'static str, &'static str) {
    match module {
        m if m == crate::content::modules::verlies::MODULE.id => (t.verlies_klaar_titel, t.verlies_klaar_tekst),
        _ => (t.module_klaar_titel, t.module_klaar_tekst),
    }
}

/// The profile's heading a module's answers appear under: the finish page says
/// what was just added there.
pub fn profiel_kop(t: &Teksten, module: &str) -> Option<&'static str> {
    use crate::content::modules::{energie, stappen, verlies, wat_kan_ik, wat_wil_ik, wie_ben_ik, zorgen};
    Some(match module {
        m if m == wie_ben_ik::MODULE.id => t.profiel_waarden,
        m if m == wat_kan_ik::MODULE.id => t.profiel_kwaliteiten,
        m if m == wat_wil_ik::MODULE.id => t.profiel_interesses,
        m if m == energie::MODULE.id => t.profiel_energie_titel,
        m if m == zorgen::MODULE.id => t.profiel_zorgen,
        m if m == stappen::MODULE.id => t.profiel_stappen,
        m if m == verlies::MODULE.id => t.profiel_verlies,
        _ => return None,
    })
}

catalogus! {
    app_naam: "Spoorwijzer", "Spoorwijzer";
    app_ondertitel: "Jouw weg naar werk dat past", "Your way to work that fits you";
    voorscherm_laden: "Even geduld, Spoorwijzer wordt geladen…", "One moment, Spoorwijzer is loading…";
    voorscherm_mislukt: "Dit deel van Spoorwijzer kon niet laden. Je antwoorden zijn veilig. Ververs de pagina, of probeer het later nog eens.", "This part of Spoorwijzer could not load. Your answers are safe. Refresh the page, or try again later.";
    voorscherm_niet_bewaard: "Wat je hier net hebt ingevuld, is nog niet bewaard.", "What you just filled in here has not been kept yet.";
    naar_inhoud: "Ga direct naar de inhoud", "Skip to the content";
    menu_label: "Hoofdmenu", "Main menu";
    menu_knop: "Menu", "Menu";
    menu_sluit: "Sluit", "Close";
    instellingen_label: "Taal en lezen", "Language and reading";

    nav_home: "Start", "Home";
    nav_wie_ben_ik: "Wie ben ik", "Who am I";
    nav_wat_kan_ik: "Wat kan ik", "What can I do";
    nav_wat_wil_ik: "Wat wil ik", "What do I want";
    nav_tijdlijn: "Mijn tijdlijn", "My timeline";
    nav_profiel: "Mijn profiel", "My profile";
    nav_delen: "Delen", "Share";
    nav_coach: "Voor coaches", "For coaches";
    nav_privacy: "Privacy", "Privacy";
    nav_hulp: "Hulp", "Help";

    taal_label: "Taal", "Language";
    taal_naam_nl: "Nederlands", "Nederlands";
    taal_naam_en: "English", "English";
    tekstgrootte_label: "Tekstgrootte", "Text size";
    tekstgrootte_normaal: "Normale tekst", "Normal text";
    tekstgrootte_groot: "Grote tekst", "Large text";
    tekstgrootte_groter: "Extra grote tekst", "Extra large text";
    thema_label: "Kleuren", "Colours";
    thema_standaard: "Gewone kleuren", "Usual colours";
    thema_contrast: "Sterk contrast", "High contrast";
    thema_rustig: "Rustige kleuren", "Calm colours";
    ruimte_knop: "Meer ruimte", "More space";
    voorlees_knop: "Lees voor", "Read aloud";
    voorlees_stop: "Stop met voorlezen", "Stop reading aloud";

    bewaard_om: "Laatst bewaard op dit apparaat: {}", "Last saved on this device: {}";
    nog_niets_bewaard: "Er is nog niets bewaard. Wat je invult, bewaren we meteen op dit apparaat.", "Nothing saved yet. What you fill in is saved on this device straight away.";
    niet_bewaard_kort: "Let op: je werk wordt nu niet bewaard.", "Note: your work is not being saved right now.";

    melding_geblokkeerd_titel: "Je werk wordt niet bewaard", "Your work is not being saved";
    melding_geblokkeerd_tekst: "Deze browser laat ons niets bewaren op dit apparaat. Dat gebeurt soms in een privévenster. Je kunt Spoorwijzer gewoon gebruiken. Maar als je dit venster sluit, is wat je invulde weg.", "This browser does not let us save anything on this device. That sometimes happens in a private window. You can still use Spoorwijzer. But when you close this window, what you filled in is gone.";
    melding_vol_titel: "Het geheugen van je browser is vol", "Your browser's storage is full";
    melding_vol_tekst: "Je laatste wijziging is niet bewaard op dit apparaat. Je kunt gewoon verder. Maar wat je nu invult, is weg als je dit venster sluit. Ruim wat ruimte op in je browser en probeer het dan opnieuw.", "Your last change was not saved on this device. You can carry on. But what you fill in now is gone when you close this window. Free up some space in your browser and then try again.";
    melding_reservekopie_titel: "We konden je opgeslagen gegevens niet lezen", "We could not read your saved data";
    melding_reservekopie_tekst: "Wat er op dit apparaat stond, was beschadigd. We hebben het niet weggegooid. Het staat apart als reservekopie. Spoorwijzer begint nu leeg. Je kunt de reservekopie downloaden en aan je coach laten zien.", "What was on this device was damaged. We did not throw it away. It is kept aside as a backup. Spoorwijzer now starts empty. You can download the backup and show it to your coach.";
    melding_reservekopie_mislukt: "We konden ook geen reservekopie maken. Daarom laten we je oude gegevens staan en bewaren we nu niets nieuws. Download de oude gegevens om ze veilig te stellen.", "We could not make a backup either. So we leave your old data where it is and save nothing new for now. Download the old data to keep it safe.";
    melding_taal_titel: "Deze taal kon niet laden", "This language could not load";
    melding_taal_tekst: "Daarom zie je Spoorwijzer in het Nederlands. Je antwoorden zijn veilig. Probeer het later nog eens, als je internet hebt.", "That is why you see Spoorwijzer in English. Your answers are safe. Try again later, when you are online.";
    melding_gewist_titel: "Alles is gewist in een ander venster", "Everything was deleted in another window";
    melding_gewist_tekst: "In een ander venster of tabblad van Spoorwijzer zijn al je gegevens gewist. Daarom is hier nu ook alles leeg. Je kunt gewoon opnieuw beginnen.", "All your data was deleted in another window or tab of Spoorwijzer. So everything is empty here now too. You can simply start again.";
    melding_versie_titel: "Er is een nieuwe versie van Spoorwijzer", "There is a new version of Spoorwijzer";
    melding_versie_tekst: "Je kunt gewoon verder. De nieuwe versie start de volgende keer dat je Spoorwijzer opent. Je antwoorden blijven bewaard.", "You can simply carry on. The new version starts the next time you open Spoorwijzer. Your answers stay saved.";
    melding_nieuwer_titel: "Er is een nieuwere versie van Spoorwijzer open", "A newer version of Spoorwijzer is open";
    melding_nieuwer_tekst: "Je gegevens zijn bewaard door een nieuwere versie van Spoorwijzer, in een ander tabblad of venster. Deze pagina is ouder. Daarom bewaart ze nu niets, zodat ze niets van je overschrijft. Laad de pagina opnieuw. Dan ga je verder in de nieuwe versie.", "Your data was saved by a newer version of Spoorwijzer, in another tab or window. This page is older. So it saves nothing now, so that it does not overwrite anything of yours. Reload the page. Then you carry on in the new version.";
    melding_herlaad: "Laad de pagina opnieuw", "Reload the page";
    reservekopie_download: "Download de reservekopie", "Download the backup";
    melding_sluiten: "Sluit deze melding", "Close this message";


    module_voortgang: "{} van {} delen klaar", "{} of {} parts done";
    module_beantwoord: "{} van {} vragen beantwoord", "{} of {} questions answered";
    module_tijd_over: "Nog ongeveer {} minuten", "About {} minutes to go";
    module_tijd_deel: "Ongeveer {} minuten", "About {} minutes";
    module_begin: "Begin", "Start";
    module_ga_verder: "Ga verder waar je was", "Carry on where you were";
    module_delen_titel: "De delen", "The parts";
    module_deel_klaar: "Klaar", "Done";
    module_deel_open: "Nog te doen", "Still to do";
    module_deel_van: "Deel {} van {}", "Part {} of {}";
    module_vorige: "Vorige", "Back";
    module_volgende: "Volgende", "Next";
    module_nog_vragen: "nog {} vragen", "{} more questions";
    module_nog_een: "nog 1 vraag", "1 more question";
    module_laatste_vraag: "laatste vraag", "last question";
    module_reeks_vragen: "{} korte vragen op dit scherm", "{} short questions on this screen";
    vanzelf_uitleg: "Kies je een antwoord? Dan ga je vanzelf naar de volgende vraag.", "When you choose an answer, you go on to the next question by yourself.";
    vanzelf_uitleg_reeks: "Tik bij elke zin op een rondje. Na de laatste ga je vanzelf verder.", "Tap a circle for each sentence. After the last one, you go on by yourself.";
    vanzelf_is_uit: "Na een keuze ga je verder met Volgende.", "After a choice, you go on with Next.";
    vanzelf_zet_uit: "Zet dit uit", "Turn this off";
    vanzelf_zet_aan: "Ga vanzelf verder", "Go on by itself";
    vanzelf_instelling: "Ga vanzelf verder na een keuze", "Go on by itself after a choice";
    module_bekijk_kort: "Naar je antwoorden", "To your answers";
    module_klaar_kort: "Klaar. Bekijk of pas aan.", "Done. Look back or change.";
    module_naar_overzicht: "Terug naar het overzicht", "Back to the overview";
    module_pauze_titel: "Pauze? Alles is bewaard.", "Need a break? Everything is saved.";
    module_pauze_tekst: "Je kunt dit venster gewoon sluiten. Kom je terug, dan ga je verder waar je was.", "You can simply close this window. When you come back, you carry on where you were.";
    module_bekijk: "Bekijk al je antwoorden", "Look over all your answers";
    module_terugblik_titel: "Je antwoorden", "Your answers";
    module_terugblik_intro: "Alles wat je invulde is al bewaard. Open een deel om je antwoorden te zien of te veranderen.", "Everything you filled in is already kept. Open a part to see or change your answers.";
    module_wijzig: "Wijzig", "Change";
    module_wijzig_label: "Wijzig je antwoord op: {}", "Change your answer to: {}";
    module_niet_beantwoord: "Nog niet ingevuld", "Not filled in yet";
    module_rond_af: "Klaar", "Done";
    module_rond_af_uitleg: "Met Klaar bewaren we ook een kopie met de datum van vandaag. Doe je dit later nog eens? Dan zie je wat er veranderd is.", "With Done we also keep a copy with today's date. If you do this again later, you can see what has changed.";
    module_afgerond: "Afgerond op {}", "Finished on {}";
    module_klaar_titel: "Dit onderdeel is klaar", "This part is done";
    module_klaar_tekst: "Je hebt er tijd voor genomen. Dat is al een stap.", "You took the time for it. That is a step already.";
    module_klaar_nieuw: "Nieuw in je profiel:", "New in your profile:";
    module_klaar_rust: "Neem nu rust", "Rest now";
    module_klaar_rust_uitleg: "Alles is bewaard. Je kunt later verder, wanneer het jou uitkomt.", "Everything is kept. You can go on later, whenever it suits you.";
    module_klaar_volgende: "Of ga verder met: {}", "Or go on with: {}";
    // The finish page of the module about loss: "Goed gedaan" does not fit grief (issue 23).
    verlies_klaar_titel: "Misschien was dit zwaar", "This may have been hard";
    verlies_klaar_tekst: "Je stond stil bij wat je mist en bij wat van jou blijft. Dat vraagt veel. Neem gerust even rust. Verdriet gaat niet in één keer over. Kom over een paar weken gerust terug naar het laatste deel. Dan zie je wat er veranderd is. Je antwoorden staan in je profiel.", "You took time for what you miss and for what stays yours. That asks a lot. Feel free to take a rest. Grief does not pass all at once. Feel free to come back to the last part in a few weeks. Then you see what has changed. Your answers are in your profile.";
    module_naar_profiel: "Bekijk je profiel", "See your profile";
    module_ongedaan: "Maak je laatste wijziging ongedaan", "Undo your last change";
    module_ongedaan_klaar: "Je laatste wijziging is ongedaan gemaakt.", "Your last change was undone.";
    module_over_vragen: "Waar komen deze vragen vandaan? Lees het bij Over de vragen.", "Where do these questions come from? Read it under About the questions.";
    over_vragen_titel: "Over de vragen", "About the questions";
    over_vragen_intro: "Alle vragen in Spoorwijzer zijn voor deze app geschreven. Het is geen test. Er komt geen cijfer uit.", "All questions in Spoorwijzer were written for this app. It is not a test. It gives no score.";
    over_vragen_per_module: "Per onderdeel", "Per part";
    over_vragen_meer_titel: "Voor wie meer wil weten", "For those who want to know more";
    over_vragen_riasec: "De 6 interessegebieden bij Wat wil ik? komen uit het RIASEC-model van John Holland. Dat is een bekend model over beroepskeuze. Elke letter is een gebied, zoals Sociaal of Creatief.", "The 6 interest areas in What do I want? come from John Holland's RIASEC model. That is a well-known model of career choice. Each letter is an area, such as Social or Artistic.";
    over_vragen_ipip: "We hebben geen vragen overgenomen of vertaald uit andere vragenlijsten. Ook niet uit IPIP, een vrije verzameling testvragen.", "We did not copy or translate questions from other questionnaires. Not from IPIP either, a free collection of test questions.";
    over_vragen_norm: "Spoorwijzer is geen genormeerde test. Genormeerd betekent: je uitkomst wordt vergeleken met een grote groep andere mensen. Dat doen wij niet.", "Spoorwijzer is not a normed test. Normed means: your result is compared with a large group of other people. We do not do that.";
    over_vragen_ideeen: "De kaartjes bij Wie ben ik? raken aan de loopbaanankers van Edgar Schein. Dat zijn de dingen die je in je werk het belangrijkst vindt. De oefening met kwaliteiten lijkt op het kernkwadrant (een schema over je kwaliteiten) van Daniel Ofman. Alles staat in eigen woorden.", "The cards in Who am I? touch on Edgar Schein's career anchors (loopbaanankers). Those are the things that matter most to you in your work. The qualities exercise resembles Daniel Ofman's core quadrant (kernkwadrant: a chart about your qualities). Everything is in our own words.";
    module_overslaan_uitleg: "Je mag elke vraag overslaan. Er zijn geen goede of foute antwoorden.", "You may skip any question. There are no right or wrong answers.";
    module_eerdere_rondes: "Toen en nu", "Then and now";
    module_toen_uitleg: "Kies twee momenten. Je ziet alleen wat er anders is.", "Choose two moments. You only see what is different.";
    module_geen_verschil: "Tussen deze twee momenten is niets anders.", "Nothing is different between these two moments.";
    module_toen: "Toen:", "Then:";
    module_nu_kolom: "Vergelijk met:", "Compare with:";
    module_nu: "Nu (je huidige antwoorden)", "Now (your current answers)";

    antwoord_wissen: "Wis dit antwoord", "Clear this answer";
    weet_ik_niet: "Weet ik niet", "I don't know";
    schaal_mate_1: "Helemaal niet", "Not at all";
    schaal_mate_2: "Een beetje", "A little";
    schaal_mate_3: "Redelijk", "Fairly";
    schaal_mate_4: "Goed", "Mostly";
    schaal_mate_5: "Helemaal", "Completely";
    schaal_vaak_1: "Heel weinig", "Very rarely";
    schaal_vaak_2: "Weinig", "Rarely";
    schaal_vaak_3: "Soms", "Sometimes";
    schaal_vaak_4: "Vaak", "Often";
    schaal_vaak_5: "Heel vaak", "Very often";
    schaal_plezier_1: "Helemaal niet leuk", "Not fun at all";
    schaal_plezier_2: "Niet zo leuk", "Not much fun";
    schaal_plezier_3: "Neutraal", "Neutral";
    schaal_plezier_4: "Leuk", "Fun";
    schaal_plezier_5: "Heel leuk", "Great fun";
    kies_maximaal: "Kies er hoogstens {}.", "Choose at most {}.";
    kies_gekozen: "{} van {} gekozen", "{} of {} chosen";
    kaarten_kies: "Stap 1: kies {} kaartjes", "Step 1: choose {} cards";
    kaarten_orden: "Stap 2: zet je top {} op volgorde", "Step 2: put your top {} in order";
    kaarten_orden_leeg: "Kies eerst een paar kaartjes. Dan kun je ze hier op volgorde zetten.", "First choose a few cards. Then you can put them in order here.";
    kaarten_hoger: "Zet {} hoger", "Move {} up";
    kaarten_lager: "Zet {} lager", "Move {} down";
    kaarten_verplaatst: "{} staat nu op plek {}.", "{} is now in place {}.";
    tekst_hint: "Een paar woorden of zinnen is genoeg. Je mag ook niets invullen.", "A few words or sentences are enough. You may also leave it empty.";
    uren_anders: "Een ander aantal", "Another amount";
    uren_invoer: "Aantal uren, bijvoorbeeld 2,5", "Number of hours, for example 2.5";
    uren_onleesbaar: "Dit lezen we niet als een aantal uren. Schrijf een getal, zoals 2 of 2,5.", "We cannot read this as a number of hours. Write a number, such as 2 or 2.5.";
    uren_geen_half: "Vul een heel of half uur in, zoals 2 of 2,5.", "Fill in a whole or half hour, such as 2 or 2.5.";
    uren_te_veel: "Dat is meer dan {} uur per dag. Vul een kleiner aantal in.", "That is more than {} hours a day. Fill in a smaller number.";
    uren_niet_bewaard: "Dit is nog niet bewaard.", "This is not kept yet.";
    tekst_lang: "Dat is al een heel verhaal. Fijn dat je het opschrijft. Korter mag ook.", "That is quite a story already. Good that you write it down. Shorter is fine too.";
    lijst_nieuw: "Nieuw punt voor je lijst", "New item for your list";
    lijst_voeg_toe: "Voeg toe", "Add";
    lijst_verwijder: "Haal {} weg", "Remove {}";
    lijst_vol: "Je lijst is vol. Haal er eerst een punt af als je iets wilt toevoegen.", "Your list is full. Remove an item first if you want to add something.";
    lijst_leeg: "Je lijst is nog leeg.", "Your list is still empty.";
    verdeling_suggesties: "Wat kan helpen", "What may help";
    zorg_reactie: "Wat we je willen meegeven", "What we would like to tell you";
    zorg_stap: "Een kleine stap", "One small step";

    profiel_reflectie: "Dit is een hulpmiddel om na te denken, geen test. Er komt geen cijfer uit. Wat je hier ziet, zijn aanknopingspunten voor je gesprek met je coach.", "This is a tool for reflection, not a test. It gives no score. What you see here are starting points for your conversation with your coach.";
    profiel_leeg: "Je hebt nog niets ingevuld. Begin met een onderdeel dat je aanspreekt. Dan zie je hier je antwoorden terug.", "You have not filled in anything yet. Start with a part that appeals to you. Then your answers show up here.";
    profiel_nog_leeg: "Nog niets ingevuld bij dit onderdeel.", "Nothing filled in for this part yet.";
    profiel_vul_in: "Vul dit onderdeel in", "Fill in this part";
    profiel_waarden: "Wat ik belangrijk vind in werk", "What matters to me in work";
    profiel_waarden_ook: "Ook belangrijk:", "Also important:";
    profiel_interesses: "Wat ik leuk vind: mijn interesses", "What I enjoy: my interests";
    profiel_interesses_uitleg: "Hoe leuk je elk soort werk vond, van 1 tot 5. We vergelijken je alleen met jezelf.", "How much you enjoyed each kind of work, from 1 to 5. We only compare you with yourself.";
    profiel_grafiek_titel: "Je interesses per thema", "Your interests per theme";
    profiel_tabel_thema: "Thema", "Theme";
    profiel_tabel_gemiddelde: "Gemiddeld (1 tot 5)", "Average (1 to 5)";
    profiel_tabel_beantwoord: "Beantwoord", "Answered";
    profiel_omstandigheden: "Wat ik nu aankan, in mijn eigen woorden", "What I can manage now, in my own words";
    profiel_omstandigheden_uitleg: "Dit is jouw eigen beeld. Je bedrijfsarts (arts voor ziekte en werk) beoordeelt wat je kunt. Deel het alleen als je wilt.", "This is your own picture. Your company doctor (bedrijfsarts) assesses what you can do. Only share this if you want to.";
    profiel_bespreken: "Wat ik wil bespreken", "What I want to discuss";
    profiel_nodig: "Wat ik nodig heb van mijn coach", "What I need from my coach";
    profiel_reflectie_kort: "Een hulpmiddel om na te denken, geen test. Er komt geen cijfer uit.", "A tool for reflection, not a test. It gives no score.";
    profiel_meer: "Meer ({})", "More ({})";
    profiel_stappen_geen: "Geen van de stappen past nu bij je. Dat mag: succes kan er ook anders uitzien.", "None of the steps fits you now. That is fine: success can look different too.";
    profiel_stappen_alle: "Bekijk alle stappen", "See all steps";
    profiel_zorgen: "Mijn zorgen, en wat kan helpen", "My worries, and what may help";
    profiel_verlies: "Wat blijft, en waar ik ertoe doe", "What stays, and where I matter";
    profiel_verlies_blijft: "Wat van mij blijft", "What stays mine";
    profiel_verlies_ertoe: "Waar en voor wie ik ertoe doe", "Where and to whom I matter";
    profiel_verlies_goed: "Wat goed ging", "What went well";
    profiel_succes: "Wat succes is voor mij", "What success means for me";
    profiel_succes_uitleg: "Een nieuwe baan is één goede uitkomst, niet de enige.", "A new job is one good outcome, not the only one.";
    profiel_stappen: "Mijn stappen naar ander werk", "My steps towards other work";
    blad_titel: "Mijn gespreksblad", "My conversation sheet";
    blad_datum: "Gemaakt op {} met Spoorwijzer.", "Made on {} with Spoorwijzer.";
    blad_bespreken: "Wat ik wil bespreken", "What I want to discuss";
    blad_aantekeningen: "Aantekeningen", "Notes";
    blad_interesses: "Interesses die eruit springen", "Interests that stand out";
    blad_zorgen: "Waar ik mee zit", "What is on my mind";
    blad_niets: "Nog niet ingevuld.", "Not filled in yet.";

    voet_reflectie: "Spoorwijzer is een hulpmiddel om na te denken, geen test. Er zijn geen goede of foute antwoorden.", "Spoorwijzer is a tool for reflection, not a test. There are no right or wrong answers.";
    voet_privacy: "Alles blijft op dit apparaat. Lees hoe dat werkt.", "Everything stays on this device. Read how that works.";

    home_titel: "Welkom bij Spoorwijzer", "Welcome to Spoorwijzer";
    home_intro_1: "Ben je al lange tijd ziek? En kijk je samen met je werkgever naar werk bij een andere werkgever? Dat heet het tweede spoor. Dat kan veel vragen en zorgen geven.", "Have you been ill for a long time? And are you and your employer looking at work with another employer? That is called the second track (tweede spoor). It can bring many questions and worries.";
    home_intro_2: "Spoorwijzer helpt je om rustig na te denken. Wie ben ik? Wat kan ik? Wat wil ik? Je doet het in kleine stukjes, op je eigen tempo. Je kunt altijd stoppen en later verder gaan.", "Spoorwijzer helps you think things through calmly. Who am I? What can I do? What do I want? You work in small steps, at your own pace. You can always stop and carry on later.";
    home_intro_3: "Wat je invult, blijft op dit apparaat. We sturen niets naar ons of naar iemand anders. Jij kiest zelf of je iets deelt met je coach.", "What you fill in stays on this device. We send nothing to us or to anyone else. You decide whether to share anything with your coach.";
    home_kies_titel: "Waar wil je beginnen?", "Where would you like to start?";
    home_tip: "Moe? Doe vandaag maar één klein stukje. Alles wordt bewaard.", "Tired? Just do one small part today. Everything is saved.";
    home_tijdlijn_tekst: "Zie waar je staat in de 2 jaar van de Wet verbetering poortwachter: de wet over ziek zijn en werk.", "See where you are in the 2 years of the Wet verbetering poortwachter (the Dutch law on sickness and work).";
    beroepen_link: "Beroepen verkennen", "Explore occupations";
    beroepen_link_tekst: "Zoek echte beroepen die bij je interesses passen. Bewaar er een paar om te verkennen.", "Find real occupations that fit your interests. Keep a few to explore.";
    beroepen_gekozen_titel: "Beroepen die ik wil verkennen", "Occupations I want to explore";
    beroepen_bij_interesses: "Bekijk beroepen bij deze interesses", "See occupations for these interests";
    delen_beroepen: "Beroepen die ik wil verkennen, met mijn notities", "Occupations I want to explore, with my notes";
    over_vragen_esco: "De beroepen en hun omschrijvingen komen uit ESCO, van de Europese Commissie (versie 1.1). We hebben er niets aan veranderd. We lieten alleen beheergegevens weg. Welke groepen beroepen bij een interesse passen, is van Spoorwijzer zelf. Dat geldt ook voor de punten om op te letten.", "The occupations and their descriptions come from ESCO, by the European Commission (v1.1). We changed nothing in them. We only left out administrative data. Which groups of occupations fit an interest is Spoorwijzer's own work. So are the things to look at.";
    home_profiel_tekst: "Zie wat je hebt ingevuld bij elkaar, als start voor je gesprek.", "See what you filled in, all together, as a start for your conversation.";

    home_nog_niet: "Nog niet begonnen", "Not started yet";
    home_begin_met: "Begin met {}", "Start with {}";
    home_begin_uitleg: "Ongeveer 5 minuten. Je mag elke vraag overslaan.", "About 5 minutes. You may skip any question.";
    home_verder_titel: "Ga verder waar je was", "Carry on where you were";
    home_verder_deel: "Deel {}: {}", "Part {}: {}";
    home_verder_knop: "Ga verder", "Carry on";
    home_alles_klaar: "Wat je begon, is klaar. Goed gedaan.", "What you started is done. Well done.";
    home_alles_titel: "Alle onderdelen", "All parts";
    home_klaar: "Klaar. Bekijk of pas aan.", "Done. Look back or change.";
    home_over: "Over Spoorwijzer", "About Spoorwijzer";
    sessie_vraag: "Hoeveel energie heb je vandaag?", "How much energy do you have today?";
    sessie_vraag_uitleg: "Dan krijg je een stukje dat daarbij past. Je mag dit overslaan.", "Then you get a piece of work that suits it. You may skip this.";
    sessie_weinig: "Weinig", "Little";
    sessie_wat: "Wat", "Some";
    sessie_veel: "Veel", "A lot";
    sessie_sla_over: "Sla over", "Skip";
    sessie_aanbod: "Vandaag: ongeveer {} minuten. Je doet:", "Today: about {} minutes. You do:";
    sessie_tot: "Daarna ben je klaar voor vandaag.", "Then you are done for today.";
    sessie_begin: "Begin", "Start";
    sessie_klaar: "Klaar voor vandaag. Alles is bewaard.", "Done for today. Everything is saved.";
    sessie_klaar_tekst: "Je deed wat je van plan was. Rust is nu ook goed.", "You did what you planned. Rest is good now too.";
    sessie_stop: "Stop voor vandaag", "Stop for today";
    sessie_toch_verder: "Toch verder gaan", "Carry on anyway";
    sessie_gestopt: "Tot een volgende keer. Je kunt dit venster nu sluiten.", "Until next time. You can close this window now.";
    sessie_keer: "Je hebt {} keer een stukje gedaan. Elk stukje telt.", "You have done a piece of work {} times. Every piece counts.";
    sessie_keer_een: "Je hebt 1 keer een stukje gedaan. Elk stukje telt.", "You have done one piece of work. Every piece counts.";
    geleden_net: "Net nog", "Just now";
    geleden_minuten: "{} minuten geleden", "{} minutes ago";
    geleden_uren: "{} uur geleden", "{} hours ago";
    geleden_dagen: "{} dagen geleden", "{} days ago";
    tijdlijn_titel: "Mijn tijdlijn", "My timeline";
    tijdlijn_intro: "Hier zie je wat er gebeurt in de 2 jaar na je eerste ziektedag, met jouw eigen datums. Je ziet wie wat doet, wat er hierna komt en wat jij kunt vragen.", "Here you see what happens in the 2 years after your first day of illness, with your own dates. You see who does what, what comes next and what you can ask.";
    profiel_titel: "Mijn profiel", "My profile";
    profiel_deel_coach: "Deel met je coach", "Share with your coach";
    profiel_print: "Print je gespreksblad", "Print your conversation sheet";
    profiel_volgende_stap: "Mijn volgende kleine stap", "My next small step";
    profiel_stap_uit_zorgen: "Uit je zorgen: {}", "From your worries: {}";
    profiel_stap_uit_succes: "Bij wat succes is voor jou: {}", "For what success means to you: {}";
    profiel_stap_uit_stappen: "Nog te doen in je tweede spoor (werk zoeken bij een andere werkgever): {}", "Still to do in your second track (looking for work with another employer): {}";
    profiel_energie_titel: "Mijn energie", "My energy";
    profiel_energie_geeft: "Geeft me energie", "Gives me energy";
    profiel_energie_kost: "Kost me energie", "Costs me energy";
    profiel_kwaliteiten: "Mijn kwaliteiten", "My qualities";
    profiel_anderen_zeggen: "Wat anderen over mij zeggen", "What others say about me";
    profiel_dicht_bij_elkaar: "Geen duidelijke uitschieters: je interesses liggen dicht bij elkaar. Praat er met je coach over.", "No clear favourites: your interests lie close together. Talk about it with your coach.";
    profiel_uitschieters: "Dit springt eruit: {}.", "This stands out: {}.";
    profiel_tabel_toon: "Toon de cijfers als tabel", "Show the numbers as a table";
    profiel_omgeving: "Waar ik graag werk", "Where I like to work";
    profiel_alle_antwoorden: "Alle antwoorden", "All answers";
    profiel_alle_antwoorden_uitleg: "Alles wat je hebt ingevuld, per onderdeel.", "Everything you filled in, per part.";
    coach_titel: "Voor coaches", "For coaches";
    coach_intro: "Hier maak je een link voor je kandidaat in het tweede spoor: werk bij een andere werkgever. In de link zet je jouw welkomstwoord en de onderdelen die je wilt gebruiken. Hij past ook op de website van je praktijk.", "Here you make a link for your candidate in the second track: work with another employer. The link holds your welcome text and the parts you want to use. It also fits on your practice's website.";
    niet_gevonden_titel: "Deze pagina bestaat niet", "This page does not exist";
    niet_gevonden_tekst: "Misschien is de link niet helemaal goed overgenomen. Je gegevens zijn veilig.", "Perhaps the link was not copied completely. Your data is safe.";

    privacy_titel: "Privacy: wat we bewaren en waar", "Privacy: what we keep and where";
    privacy_intro: "Spoorwijzer werkt helemaal in je eigen browser. Er is geen server die je antwoorden krijgt.", "Spoorwijzer works entirely in your own browser. There is no server that receives your answers.";
    privacy_wat_titel: "Wat bewaren we?", "What do we keep?";
    privacy_wat_tekst: "We bewaren wat je invult: je antwoorden, je datums voor de tijdlijn, je taal en hoe je wilt lezen. We vragen niet naar je ziekte of je e-mailadres. Sommige antwoorden zeggen wel iets over je gezondheid. Bijvoorbeeld hoeveel uur je nu kunt werken. Die blijven op dit apparaat, tot jij ze deelt. Schrijf nooit je diagnose op in Spoorwijzer. Dat is ook niet nodig.", "We keep what you fill in: your answers, your dates for the timeline, your language and how you like to read. We do not ask about your illness or your email address. Some answers do say something about your health. For example, how many hours you can work now. They stay on this device until you share them. Never write your diagnosis in Spoorwijzer. There is no need to.";
    privacy_waar_titel: "Waar staat het?", "Where is it kept?";
    privacy_waar_tekst: "Alles staat in de opslag van deze browser op dit apparaat. Gebruik je een andere browser of een ander apparaat? Dan zie je daar je antwoorden niet. Sommige browsers wissen deze opslag als je de website een tijd niet gebruikt.", "Everything is kept in this browser's storage on this device. Using another browser or device? Then you will not see your answers there. Some browsers clear this storage when you have not used the website for a while.";
    privacy_verstuurd_titel: "Wat sturen we op?", "What do we send?";
    privacy_verstuurd_tekst: "Niets. Spoorwijzer laadt alleen zijn eigen bestanden. We gebruiken geen cookies, geen statistieken en geen lettertypen of diensten van anderen. Alleen als jij zelf iets deelt, gaat het naar de persoon die jij kiest.", "Nothing. Spoorwijzer only loads its own files. We use no cookies, no statistics and no fonts or services from others. Only when you share something yourself does it go to the person you choose.";
    privacy_wissen_titel: "Alles wissen", "Delete everything";
    privacy_wissen_tekst: "Wil je stoppen of opnieuw beginnen? Dan kun je alles wissen wat Spoorwijzer op dit apparaat heeft bewaard. Dit kun je niet ongedaan maken.", "Want to stop or start again? Then you can delete everything Spoorwijzer has kept on this device. You cannot undo this.";
    privacy_wis_knop: "Wis al mijn gegevens", "Delete all my data";
    privacy_wis_vraag: "Weet je het zeker? Al je antwoorden en datums worden van dit apparaat gewist.", "Are you sure? All your answers and dates will be deleted from this device.";
    privacy_wis_ja: "Ja, wis alles", "Yes, delete everything";
    privacy_wis_nee: "Nee, toch niet", "No, keep it";
    privacy_gewist: "Alles is gewist. Spoorwijzer begint weer leeg.", "Everything has been deleted. Spoorwijzer starts empty again.";
    privacy_wis_mislukt: "Het wissen is niet helemaal gelukt. Sluit de browser en probeer het opnieuw.", "Deleting did not fully work. Close the browser and try again.";
    privacy_versie: "Versie van Spoorwijzer:", "Version of Spoorwijzer:";
    privacy_reservekopie_titel: "Reservekopieën", "Backups";
    privacy_reservekopie_tekst: "Op dit apparaat staat een reservekopie van eerdere gegevens. We maken er een als je alles vervangt door een bewaarbestand, of als we je gegevens niet konden lezen. Je kunt een reservekopie terugzetten of downloaden. Bij het wissen gaan ze ook weg.", "This device holds a backup of earlier data. We make one when you replace everything with a save file, or when we could not read your data. You can restore a backup or download it. Deleting everything removes them too.";
    privacy_reservekopie_van: "Reservekopie van {}", "Backup from {}";
    privacy_reservekopie_onleesbaar: "Deze reservekopie kunnen we niet lezen. Je kunt hem wel downloaden.", "We cannot read this backup. You can still download it.";
    privacy_herstel: "Herstel deze reservekopie", "Restore this backup";
    privacy_hersteld: "De reservekopie staat weer terug. Wat er net stond, is nu zelf een reservekopie.", "The backup has been restored. What was there just now is now a backup itself.";


    // Tijdlijn in 1 beeld (issue 11): korte intro, met "datums" in plaats van "data".
    tijdlijn_intro_kort: "Je 2 jaar in je eigen datums: wat komt er, en wat kun je vragen?", "Your 2 years in your own dates: what comes next, and what can you ask?";
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_and_is_filled_in_both_languages() {
        let nl = NL.alle();
        let en = EN.alle();
        assert_eq!(nl.len(), en.len());
        for ((sleutel, tekst_nl), (_, tekst_en)) in nl.iter().zip(en.iter()) {
            assert!(!tekst_nl.trim().is_empty(), "Dutch text missing for {sleutel}");
            assert!(!tekst_en.trim().is_empty(), "English text missing for {sleutel}");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for ((sleutel, nl), (_, en)) in NL.alle().iter().zip(EN.alle().iter()) {
            assert_eq!(nl.matches("{}").count(), en.matches("{}").count(), "placeholders differ for {sleutel}");
        }
    }

    #[test]
    fn privacy_promises_only_what_holds() {
        // Capacity answers (hours, lifting) are health-related: no promise of
        // "no medical data" that the app cannot keep.
        for tekst in [NL.privacy_wat_tekst, NL.privacy_intro, NL.home_intro_3, NL.voet_privacy] {
            assert!(!tekst.contains("medische gegevens"), "{tekst}");
        }
        assert!(!EN.privacy_wat_tekst.contains("medical information"));
        assert!(NL.privacy_wat_tekst.contains("gezondheid") && NL.privacy_wat_tekst.contains("diagnose"));
    }

    #[test]
    fn the_module_about_loss_ends_with_its_own_words_the_others_with_well_done() {
        use crate::content::modules::MODULES;
        for t in [&NL, &EN] {
            for m in MODULES {
                let (titel, tekst) = klaar_teksten(t, m.id);
                if m.id == "verlies-en-betekenis" {
                    assert_eq!((titel, tekst), (t.verlies_klaar_titel, t.verlies_klaar_tekst));
                } else {
                    assert_eq!((titel, tekst), (t.module_klaar_titel, t.module_klaar_tekst), "{}", m.id);
                }
            }
        }
        // Grief is not praised, and the person is invited back to the last part.
        assert!(!NL.verlies_klaar_titel.contains("Goed gedaan") && !EN.verlies_klaar_titel.contains("Well done"));
        assert!(
            NL.verlies_klaar_tekst.contains("over een paar weken") && NL.verlies_klaar_tekst.contains("laatste deel")
        );
        assert!(EN.verlies_klaar_tekst.contains("in a few weeks") && EN.verlies_klaar_tekst.contains("last part"));
    }

    #[test]
    fn filling_puts_values_in_order() {
        assert_eq!(vul("{} van {}", &["3", "5"]), "3 van 5");
        assert_eq!(vul("geen", &["x"]), "geen");
        assert_eq!(vul("{} en {}", &["1"]), "1 en ");
    }
}
