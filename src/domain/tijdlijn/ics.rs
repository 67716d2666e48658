//! iCalendar-export (RFC 5545) van een tijdlijn: één hele-dag-VEVENT per vaste dag, termijn
//! of venster; schattingen en mogelijkheden (vervroegde IVA) komen er niet in.

use super::engine::{Aard, MijlpaalId, Tijdlijn};

/// Maximale regellengte in octets (RFC 5545 §3.1), exclusief CRLF.
const MAX_OCTETS: usize = 75;

/// Bouwt een .ics-bestand.
///
/// * `titels(id)` levert (SUMMARY, DESCRIPTION); een lege beschrijving wordt weggelaten.
/// * `nu_stempel` is DTSTAMP in UTC als `JJJJMMDDTHHMMSSZ`. Een ongeldige waarde wordt
///   vervangen door middernacht van `begin_keten`, zodat de uitvoer altijd geldig is.
/// * De UID is `<mijlpaalsleutel>-<begin_keten JJJJMMDD>@spoorwijzer`: stabiel over
///   exports heen, zodat agenda-apps een mijlpaal bijwerken in plaats van verdubbelen.
///   Een nieuwe ziekteperiode (andere D0) geeft bewust nieuwe UID's.
pub fn kalender(tijdlijn: &Tijdlijn, titels: impl Fn(MijlpaalId) -> (String, String), nu_stempel: &str) -> String {
    let stempel = if is_utc_stempel(nu_stempel) {
        nu_stempel.to_string()
    } else {
        format!("{}T000000Z", tijdlijn.begin_keten.basis())
    };
    let mut uit = String::new();
    let mut regel = |r: &str| {
        uit.push_str(&vouw(r));
    };
    regel("BEGIN:VCALENDAR");
    regel("VERSION:2.0");
    regel("PRODID:-//Spoorwijzer//Poortwachter-tijdlijn//NL");
    regel("CALSCALE:GREGORIAN");
    regel("METHOD:PUBLISH");
    for m in &tijdlijn.mijlpalen {
        // Alleen vaste dagen, termijnen en vensters: een schatting (evaluatie, brief van UWV)
        // wordt nooit een agendapunt dat leest als een afspraak, en vervroegde IVA is een
        // mogelijkheid om naar te vragen, geen stap voor iedereen.
        if m.aard() == Aard::Schatting || m.id.is_mogelijkheid() {
            continue;
        }
        let (titel, beschrijving) = titels(m.id);
        regel("BEGIN:VEVENT");
        regel(&format!("UID:{}", uid(m.id, tijdlijn)));
        regel(&format!("DTSTAMP:{stempel}"));
        regel(&format!("DTSTART;VALUE=DATE:{}", m.datum.basis()));
        // DTEND is exclusief: de dag na de (laatste) dag.
        regel(&format!("DTEND;VALUE=DATE:{}", m.einde().plus_dagen(1).basis()));
        regel(&format!("SUMMARY:{}", escape_tekst(&titel)));
        let beschrijving = escape_tekst(&beschrijving);
        if !beschrijving.is_empty() {
            regel(&format!("DESCRIPTION:{beschrijving}"));
        }
        // Hele-dag-herinneringen horen de agenda niet als "bezet" te blokkeren.
        regel("TRANSP:TRANSPARENT");
        regel("END:VEVENT");
    }
    regel("END:VCALENDAR");
    uit
}

/// Stabiele UID van een mijlpaal binnen deze ziekteperiode.
pub fn uid(id: MijlpaalId, tijdlijn: &Tijdlijn) -> String {
    format!("{}-{}@spoorwijzer", id.sleutel(), tijdlijn.begin_keten.basis())
}

/// `JJJJMMDDTHHMMSSZ`, alleen op vorm gecontroleerd.
fn is_utc_stempel(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 16
        && b.iter().enumerate().all(|(i, c)| match i {
            8 => *c == b'T',
            15 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// TEXT-escaping (RFC 5545 §3.3.11): `\` `;` `,` en regeleinden; overige
/// stuurtekens (behalve tab) zijn niet toegestaan en vallen weg.
pub fn escape_tekst(s: &str) -> String {
    let mut uit = String::with_capacity(s.len());
    let mut tekens = s.chars().peekable();
    while let Some(c) = tekens.next() {
        match c {
            '\\' => uit.push_str("\\\\"),
            ';' => uit.push_str("\\;"),
            ',' => uit.push_str("\\,"),
            '\r' => {
                // CRLF en losse CR worden één \n.
                if tekens.peek() == Some(&'\n') {
                    tekens.next();
                }
                uit.push_str("\\n");
            }
            '\n' => uit.push_str("\\n"),
            '\t' => uit.push('\t'),
            c if c.is_control() => {}
            c => uit.push(c),
        }
    }
    uit
}

/// Vouwt één logische regel tot fysieke regels van ≤ 75 octets (incl. de spatie
/// aan het begin van vervolgregels), elk afgesloten met CRLF. Splitst nooit
/// midden in een UTF-8-teken.
pub fn vouw(regel: &str) -> String {
    let mut uit = String::with_capacity(regel.len() + regel.len() / 64 * 3 + 2);
    let mut rest = regel;
    let mut eerste = true;
    loop {
        let ruimte = if eerste { MAX_OCTETS } else { MAX_OCTETS - 1 };
        if !eerste {
            uit.push(' ');
        }
        if rest.len() <= ruimte {
            uit.push_str(rest);
            uit.push_str("\r\n");
            return uit;
        }
        let mut knip = ruimte;
        while !rest.is_char_boundary(knip) {
            knip -= 1;
        }
        let (kop, staart) = rest.split_at(knip);
        uit.push_str(kop);
        uit.push_str("\r\n");
        rest = staart;
        eerste = false;
    }
}

#[cfg(test)]
mod tests {
    use super::super::datum::Datum;
    use super::super::engine::{bereken, Invoer};
    use super::*;

    fn tijdlijn(d0: &str) -> Tijdlijn {
        let d0 = Datum::parse_iso(d0).expect("testdatum");
        bereken(&Invoer::vanaf(d0), d0).expect("geldig")
    }

    fn titels(id: MijlpaalId) -> (String, String) {
        (format!("Mijlpaal {}", id.sleutel()), "Vraag je casemanager, of UWV.".to_string())
    }

    /// Vaste dagen, termijnen en vensters; geen schattingen en geen vervroegde IVA.
    fn in_agenda(t: &Tijdlijn) -> usize {
        t.mijlpalen.iter().filter(|m| m.aard() != Aard::Schatting && !m.id.is_mogelijkheid()).count()
    }

    #[test]
    fn geen_schattingen_en_geen_ingebeelde_afspraken() {
        // Casus §2.3: de evaluaties (einde week 14, ..., 98), de brief van UWV (≈ D0+616) en de
        // melding bij de arbodienst zijn schattingen; vervroegde IVA is een mogelijkheid.
        let t = tijdlijn("2026-01-05");
        let u = ontvouw(&kalender(&t, titels, "20260105T120000Z"));
        for sleutel in [
            "evaluatie-1",
            "evaluatie-15",
            "wia-brief",
            "arbodienst-gemeld",
            "vervroegde-iva-vanaf",
            "vervroegde-iva-tot",
        ] {
            assert!(!u.contains(&format!("UID:{sleutel}-")), "{sleutel} hoort niet in de agenda");
        }
        // Eerste evaluatie einde week 14 = D0+97 = 12 apr 2026: geen event op die dag.
        assert!(!u.contains("DTSTART;VALUE=DATE:20260412"));
        // Termijnen en vaste dagen staan er wel in, als hele dag.
        for sleutel in
            ["probleemanalyse", "plan-van-aanpak", "42e-weeksmelding", "wia-aanvraag-uiterlijk", "einde-wachttijd"]
        {
            assert!(u.contains(&format!("UID:{sleutel}-20260105@spoorwijzer")), "{sleutel}");
        }
        assert!(!u.contains("DTSTART:"), "alleen hele dagen (VALUE=DATE), nooit een tijdstip");
    }

    fn ontvouw(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_tekst(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape_tekst("regel 1\nregel 2\r\nregel 3\rx"), r"regel 1\nregel 2\nregel 3\nx");
        assert_eq!(escape_tekst("tab\there\u{7}bel"), "tab\therebel");
        assert_eq!(escape_tekst("€ café"), "€ café");
    }

    #[test]
    fn vouwen_met_multibyte() {
        let origineel = format!("DESCRIPTION:{}", "ëéü€🙂 poortwachter ".repeat(20));
        let gevouwen = vouw(&origineel);
        assert!(gevouwen.ends_with("\r\n"));
        let fysiek: Vec<&str> = gevouwen.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(fysiek.len() > 3);
        for (i, r) in fysiek.iter().enumerate() {
            assert!(r.len() <= 75, "regel {i} is {} octets", r.len());
            if i > 0 {
                assert!(r.starts_with(' '));
            }
        }
        assert_eq!(ontvouw(&gevouwen).trim_end_matches("\r\n"), origineel);
        // Precies 75 octets: niet vouwen.
        let kort = "X".repeat(75);
        assert_eq!(vouw(&kort), format!("{kort}\r\n"));
        assert_eq!(vouw(&"X".repeat(76)), format!("{}\r\n X\r\n", "X".repeat(75)));
    }

    #[test]
    fn kalender_structuur() {
        let t = tijdlijn("2026-01-05");
        let ics = kalender(&t, titels, "20260105T120000Z");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.contains("\r\nCALSCALE:GREGORIAN\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        // Alleen CRLF, nooit een losse LF.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
        for r in ics.split("\r\n") {
            assert!(r.len() <= 75);
        }
        let u = ontvouw(&ics);
        assert_eq!(u.matches("BEGIN:VEVENT\r\n").count(), in_agenda(&t));
        assert_eq!(u.matches("END:VEVENT\r\n").count(), in_agenda(&t));
        assert!(u.contains("UID:42e-weeksmelding-20260105@spoorwijzer\r\n"));
        assert!(u.contains("DTSTART;VALUE=DATE:20261026\r\nDTEND;VALUE=DATE:20261027\r\n"));
        // Venster: DTEND is de dag na het einde (2027-01-03).
        assert!(u.contains("DTSTART;VALUE=DATE:20261116\r\nDTEND;VALUE=DATE:20270104\r\n"));
        assert!(u.contains("DTSTAMP:20260105T120000Z\r\n"));
        assert!(u.contains(r"DESCRIPTION:Vraag je casemanager\, of UWV."));
    }

    #[test]
    fn uids_uniek_en_stabiel() {
        let t = tijdlijn("2026-01-05");
        let uids = |ics: &str| -> Vec<String> {
            ontvouw(ics).split("\r\n").filter_map(|r| r.strip_prefix("UID:").map(str::to_string)).collect()
        };
        let a = uids(&kalender(&t, titels, "20260105T120000Z"));
        let b = uids(&kalender(&t, |_| ("anders".into(), String::new()), "20270101T000000Z"));
        assert_eq!(a, b);
        let mut uniek = a.clone();
        uniek.sort();
        uniek.dedup();
        assert_eq!(uniek.len(), a.len());
        assert_eq!(a.len(), in_agenda(&t));
        // Andere ziekteperiode: andere UID's.
        let c = uids(&kalender(&tijdlijn("2026-04-13"), titels, "20260105T120000Z"));
        assert!(a.iter().all(|x| !c.contains(x)));
    }

    #[test]
    fn ongeldige_stempel_en_rare_titels() {
        let t = tijdlijn("2026-01-05");
        let ics = kalender(&t, |_| ("x\r\nEND:VCALENDAR".into(), "\u{0}".into()), "nu\r\nX:1");
        assert!(ics.contains("DTSTAMP:20260105T000000Z\r\n"));
        assert!(!ics.contains("\r\nX:1"));
        assert_eq!(ics.matches("\r\nEND:VCALENDAR\r\n").count(), 1);
        assert!(!ics.contains("DESCRIPTION:"));
    }
}
