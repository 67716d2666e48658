//! 5. Feestdagen en 6. disclaimer.

use crate::domain::tekst::{t, Tekst};

pub const FEESTDAGEN_UITLEG: Tekst = t(
    "Valt de 42e-weeksmelding in het weekend of op een feestdag? Dan schuift de datum naar de volgende werkdag. \
     Wij rekenen met deze feestdagen: nieuwjaarsdag, tweede paasdag, Koningsdag, Hemelvaartsdag, tweede pinksterdag, \
     eerste en tweede kerstdag. \
     Goede Vrijdag en 5 mei tellen we niet mee. Niet iedereen is op die dagen vrij. \
     Deze lijst is niet zeker. Controleer dit bij je casemanager of UWV.",
    "Does the 42e-weeksmelding (report to UWV after 42 weeks) fall on a weekend or a public holiday? \
     Then the date moves to the next working day. \
     We count these holidays: New Year's Day, Easter Monday, Koningsdag (King's Day), Ascension Day, Whit Monday, \
     Christmas Day and Boxing Day. \
     We do not count Good Friday and 5 May. Not everyone has those days off. \
     This list is not certain. Check this with your casemanager or UWV.",
);

pub const DISCLAIMER: Tekst = t(
    "Deze tijdlijn is geen juridisch advies. Hij helpt je om je gesprekken voor te bereiden. \
     De teksten zijn van november 2026. De regels kunnen veranderen. \
     Kijk ook in je cao en in het verzuimprotocol van je werkgever. Daar kunnen andere of extra afspraken in staan. \
     Twijfel je? Vraag het na bij je casemanager, je bedrijfsarts of UWV.",
    "This timeline is not legal advice. It helps you prepare for your conversations. \
     These texts date from November 2026. The rules can change. \
     Also check your cao (collective labour agreement) and your employer's verzuimprotocol (absence rules). \
     They may contain different or extra agreements. \
     Not sure? Ask your casemanager, your bedrijfsarts or UWV.",
);
