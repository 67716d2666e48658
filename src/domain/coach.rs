//! Settings a coach puts in a prepared link: practice name, welcome, contact,
//! modules to highlight, language and accent colour. All of it is untrusted
//! text from a URL: parsed with limits and only ever shown as text.
//!
//! On the wire the settings are compact JSON with one-letter keys, written as
//! base64url (no padding) in the page's own query string:
//! `index.html?lang=nl&coach=eyJ2IjoxLCJwIjoi…#/`. The query string (not the
//! fragment) is used so `?lang=` and `?embed=1` sit beside it and the static
//! host sees nothing it does not already see for any page load.

use super::json::{json_velden, Json, NaarJson};

use super::opschonen::{afgekapt, schoon};
use super::taal::{query_waarde, Taal};

/// Kept in the document (and in a shared package); every field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoachInstellingen {
    pub praktijk: String,
    pub welkom: String,
    pub contact: String,
    /// Module ids in the coach's chosen order.
    pub modules: Vec<String>,
    pub taal: Option<Taal>,
    /// `#rrggbb`, already adjusted to enough contrast.
    pub accent: Option<String>,
    /// The candidate hid the welcome on the start page. Never part of a link.
    pub verborgen: bool,
}

/// Longest practice name, in characters.
pub const MAX_PRAKTIJK: usize = 80;
/// Longest welcome text, in characters.
pub const MAX_WELKOM: usize = 600;
/// Longest contact text, in characters.
pub const MAX_CONTACT: usize = 200;
/// Most module ids a link may list (there are seven modules; a few spare for later).
pub const MAX_MODULES: usize = 16;
/// Longest encoded `coach=` value. The longest legal settings (every field full
/// of four-byte characters) stay below it; see the test `the_fullest_settings_fit`.
pub const MAX_GECODEERD: usize = 6000;
/// The wire format this build writes.
pub const VERSIE: u32 = 1;

/// Why a `coach=` value was refused. The UI words it for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoachFout {
    TeLang,
    GeenBase64,
    GeenJson,
    VeldTeLang,
    TeVeelModules,
    OngeldigeKleur,
    NieuwereVersie,
}

/// The wire shape: short keys keep links (and QR codes) small. Every key may be
/// missing; an empty one is not written.
#[derive(Debug, Default)]
struct Draad {
    v: Option<u32>,
    p: String,
    w: String,
    c: String,
    m: Vec<String>,
    a: Option<String>,
    l: Option<String>,
}

json_velden! {
    Draad {
        v: als_gevuld,
        p: als_gevuld,
        w: als_gevuld,
        c: als_gevuld,
        m: als_gevuld,
        a: als_gevuld,
        l: als_gevuld,
    }
}

json_velden! {
    CoachInstellingen {
        praktijk: standaard,
        welkom: standaard,
        contact: standaard,
        modules: standaard,
        taal: standaard,
        accent: standaard,
        verborgen: standaard,
    }
}

impl CoachInstellingen {
    /// Nothing that needs to travel in a link (language travels as `?lang=`).
    pub fn is_leeg(&self) -> bool {
        self.praktijk.trim().is_empty()
            && self.welkom.trim().is_empty()
            && self.contact.trim().is_empty()
            && self.modules.is_empty()
            && self.accent.is_none()
    }

    /// The same settings as a decoder would return them: texts cleaned and cut
    /// to their limits, modules known and unique, accent valid and readable.
    pub fn opgeschoond(&self, bekende_modules: &[&str]) -> CoachInstellingen {
        CoachInstellingen {
            praktijk: afgekapt(&schoon(&self.praktijk, false), MAX_PRAKTIJK),
            welkom: afgekapt(&schoon(&self.welkom, true), MAX_WELKOM),
            contact: afgekapt(&schoon(&self.contact, true), MAX_CONTACT),
            modules: alleen_bekende(&self.modules, bekende_modules),
            taal: self.taal,
            accent: self.accent.as_deref().and_then(Rgb::uit_hex).map(|k| pas_accent_aan(k).kleur.hex()),
            verborgen: false,
        }
    }

    /// The `coach=` value: base64url of compact JSON. Empty when there is nothing to carry.
    pub fn codeer(&self, bekende_modules: &[&str]) -> String {
        let s = self.opgeschoond(bekende_modules);
        if s.is_leeg() {
            return String::new();
        }
        let draad = Draad {
            v: Some(VERSIE),
            p: s.praktijk,
            w: s.welkom,
            c: s.contact,
            m: s.modules,
            a: s.accent,
            l: s.taal.map(|t| t.code().to_string()),
        };
        // Serialising plain strings cannot fail.
        crate::domain::base64url::codeer(draad.naar().schrijf().as_bytes())
    }

    /// The query string for a coach link: `?lang=nl&coach=…` (no `coach=` when empty).
    pub fn query(&self, bekende_modules: &[&str]) -> String {
        let mut q = format!("?lang={}", self.taal.unwrap_or_default().code());
        let waarde = self.codeer(bekende_modules);
        if !waarde.is_empty() {
            q.push_str("&coach=");
            q.push_str(&waarde);
        }
        q
    }

    /// A full link for the candidate: `basis` is the app's address without query or fragment.
    pub fn link(&self, basis: &str, bekende_modules: &[&str]) -> String {
        format!("{basis}{}#/", self.query(bekende_modules))
    }

    /// The `<script>` a practice pastes on its website. `script_src` is the
    /// address of `embed.js` beside the app.
    pub fn embed_code(&self, script_src: &str, bekende_modules: &[&str]) -> String {
        let mut code = format!(
            "<script src=\"{}\" async data-lang=\"{}\"",
            attribuut(script_src),
            self.taal.unwrap_or_default().code()
        );
        let waarde = self.codeer(bekende_modules);
        if !waarde.is_empty() {
            // base64url needs no escaping in an attribute.
            code.push_str(&format!(" data-coach=\"{waarde}\""));
        }
        code.push_str("></script>");
        code
    }

    /// Equal for the purpose of a link: ignores whether the candidate hid the welcome.
    pub fn zelfde_link(&self, ander: &CoachInstellingen) -> bool {
        CoachInstellingen { verborgen: false, ..self.clone() }
            == CoachInstellingen { verborgen: false, ..ander.clone() }
    }
}

/// Read the `coach=` value of a query string such as `?lang=nl&coach=…`.
/// `None` when the query has no coach value.
pub fn uit_query(query: &str, bekende_modules: &[&str]) -> Option<Result<CoachInstellingen, CoachFout>> {
    let waarde = query_waarde(query, "coach")?;
    if waarde.is_empty() {
        return None;
    }
    Some(decodeer(waarde, bekende_modules))
}

/// Decode a `coach=` value. Strict: a value that is too long, not base64url,
/// not the expected JSON, with a text over its limit or a colour that is not
/// `#rrggbb` is refused as a whole. Unknown module ids (from a newer app) are
/// skipped and repeats dropped. The accent comes back adjusted to enough contrast.
pub fn decodeer(waarde: &str, bekende_modules: &[&str]) -> Result<CoachInstellingen, CoachFout> {
    if waarde.len() > MAX_GECODEERD {
        return Err(CoachFout::TeLang);
    }
    // Tolerate padding, also when a mail program percent-encoded it.
    let mut kern = waarde;
    loop {
        if let Some(k) = kern.strip_suffix('=') {
            kern = k;
        } else if let Some(k) = kern.strip_suffix("%3D").or_else(|| kern.strip_suffix("%3d")) {
            kern = k;
        } else {
            break;
        }
    }
    let bytes = crate::domain::base64url::decodeer(kern).map_err(|_| CoachFout::GeenBase64)?;
    let draad: Draad = Json::lees_als(&bytes).ok_or(CoachFout::GeenJson)?;
    if draad.v.unwrap_or(VERSIE) > VERSIE {
        return Err(CoachFout::NieuwereVersie);
    }
    if draad.m.len() > MAX_MODULES {
        return Err(CoachFout::TeVeelModules);
    }
    let veld = |tekst: &str, max: usize, regels: bool| -> Result<String, CoachFout> {
        let schoon = schoon(tekst, regels);
        if schoon.chars().count() > max {
            Err(CoachFout::VeldTeLang)
        } else {
            Ok(schoon)
        }
    };
    let accent = match draad.a.as_deref() {
        None | Some("") => None,
        Some(a) => {
            let kleur = Rgb::uit_hex(a).ok_or(CoachFout::OngeldigeKleur)?;
            Some(pas_accent_aan(kleur).kleur.hex())
        }
    };
    Ok(CoachInstellingen {
        praktijk: veld(&draad.p, MAX_PRAKTIJK, false)?,
        welkom: veld(&draad.w, MAX_WELKOM, true)?,
        contact: veld(&draad.c, MAX_CONTACT, true)?,
        modules: alleen_bekende(&draad.m, bekende_modules),
        taal: draad.l.as_deref().and_then(Taal::uit_code),
        accent,
        verborgen: false,
    })
}

fn alleen_bekende(ids: &[String], bekende: &[&str]) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for id in ids {
        if bekende.contains(&id.as_str()) && !uit.contains(id) && uit.len() < MAX_MODULES {
            uit.push(id.clone());
        }
    }
    uit
}

/// Escape text for a double-quoted HTML attribute.
fn attribuut(tekst: &str) -> String {
    tekst.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

// ---------------------------------------------------------------- colour and contrast

/// A colour in sRGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WIT: Rgb = Rgb(0xff, 0xff, 0xff);
/// The page background (`--achtergrond` in app.css).
pub const ACHTERGROND: Rgb = Rgb(0xfb, 0xfa, 0xf7);
/// The app's own accent (`--accent` in app.css).
pub const STANDAARD_ACCENT: Rgb = Rgb(0x0b, 0x5d, 0x63);
/// WCAG 2.2 AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Strict: exactly `#rrggbb` (either case), as a link carries it.
    pub fn uit_hex(tekst: &str) -> Option<Rgb> {
        let hex = tekst.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let deel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(deel(0)?, deel(2)?, deel(4)?))
    }

    /// Lenient, for what a coach types: spaces, no `#`, or the short `#rgb` form.
    pub fn uit_invoer(tekst: &str) -> Option<Rgb> {
        let t = tekst.trim();
        let t = t.strip_prefix('#').unwrap_or(t);
        if t.len() == 3 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
            let lang: String = t.chars().flat_map(|c| [c, c]).collect();
            return Rgb::uit_hex(&format!("#{lang}"));
        }
        Rgb::uit_hex(&format!("#{t}"))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminantie(self) -> f64 {
        let kanaal = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * kanaal(self.0) + 0.7152 * kanaal(self.1) + 0.0722 * kanaal(self.2)
    }

    /// Mix towards `doel`: `deel` 0 keeps this colour, 1 gives `doel`.
    fn meng(self, doel: Rgb, deel: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * deel).round().clamp(0.0, 255.0) as u8;
        Rgb(m(self.0, doel.0), m(self.1, doel.1), m(self.2, doel.2))
    }
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminantie(), b.luminantie());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The lowest contrast of the accent where the app uses it: white text on an
/// accent button, and accent text on the page background and on white.
pub fn laagste_contrast(accent: Rgb) -> f64 {
    [contrast(WIT, accent), contrast(accent, ACHTERGROND), contrast(accent, WIT)].into_iter().fold(f64::MAX, f64::min)
}

/// What [`pas_accent_aan`] did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aanpassing {
    pub kleur: Rgb,
    pub aangepast: bool,
    pub contrast: f64,
}

/// Darken the accent in small steps until it reaches 4.5:1 everywhere it is used.
/// Black reaches 19:1 on the background, so this always ends.
pub fn pas_accent_aan(kleur: Rgb) -> Aanpassing {
    const STAPPEN: u32 = 50;
    let mut nu = kleur;
    let mut stap = 0;
    while laagste_contrast(nu) < MIN_CONTRAST && stap < STAPPEN {
        stap += 1;
        nu = kleur.meng(Rgb(0, 0, 0), f64::from(stap) / f64::from(STAPPEN));
    }
    Aanpassing { kleur: nu, aangepast: nu != kleur, contrast: laagste_contrast(nu) }
}

/// The three accent tokens of the stylesheet, derived from one accent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palet {
    /// `--accent`: buttons, links, headings of cards.
    pub accent: Rgb,
    /// `--accent-donker`: hover, and text on the light tint.
    pub donker: Rgb,
    /// `--accent-licht`: light backgrounds.
    pub licht: Rgb,
}

impl Palet {
    /// From any colour: adjusted first, then a darker shade and a light tint that
    /// keep 4.5:1 against each other, against white and against the accent.
    pub fn van(kleur: Rgb) -> Palet {
        let accent = pas_accent_aan(kleur).kleur;
        let donker = accent.meng(Rgb(0, 0, 0), 0.3);
        let mut deel = 0.88;
        let mut licht = accent.meng(WIT, deel);
        while contrast(accent, licht) < MIN_CONTRAST && deel < 1.0 {
            deel = (deel + 0.02).min(1.0);
            licht = accent.meng(WIT, deel);
        }
        Palet { accent, donker, licht }
    }
}

// ---------------------------------------------------------------- QR code

/// A QR code as one SVG path: `grootte` includes a quiet zone of 4 modules on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    pub grootte: i32,
    /// Dark modules as rectangles, one `M…h…v1h…z` per horizontal run.
    pub pad: String,
}

pub const QR_RAND: i32 = 4;

/// `None` when the text does not fit in the largest QR code.
pub fn qr(tekst: &str) -> Option<QrSvg> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let code = QrCode::encode_text(tekst, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut pad = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if code.get_module(x, y) {
                let begin = x;
                while x < n && code.get_module(x, y) {
                    x += 1;
                }
                let lengte = x - begin;
                pad.push_str(&format!("M{},{}h{}v1h-{}z", begin + QR_RAND, y + QR_RAND, lengte, lengte));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg { grootte: n + 2 * QR_RAND, pad })
}

impl QrSvg {
    /// A stand-alone SVG file (for copying or saving) with a title for screen readers.
    pub fn als_bestand(&self, titel: &str) -> String {
        let g = self.grootte;
        let titel = attribuut(titel);
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {g} {g}\" width=\"{w}\" height=\"{w}\" \
             role=\"img\" shape-rendering=\"crispEdges\"><title>{titel}</title>\
             <rect width=\"{g}\" height=\"{g}\" fill=\"#ffffff\"/><path d=\"{pad}\" fill=\"#000000\"/></svg>",
            w = g * 8,
            pad = self.pad
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::VanJson;

    const BEKEND: [&str; 6] = ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen"];

    fn voorbeeld() -> CoachInstellingen {
        CoachInstellingen {
            praktijk: "Praktijk De Brug".into(),
            welkom: "Fijn dat je er bent.\nNeem de tijd.".into(),
            contact: "Sanne, 06 12345678".into(),
            modules: vec!["wat-wil-ik".into(), "wie-ben-ik".into()],
            taal: Some(Taal::Nl),
            accent: Some("#5b2e91".into()),
            verborgen: false,
        }
    }

    #[test]
    fn settings_survive_a_round_trip_through_a_link() {
        let s = voorbeeld();
        let q = s.query(&BEKEND);
        assert!(q.starts_with("?lang=nl&coach="), "{q}");
        let terug = uit_query(&q, &BEKEND).expect("has a coach value").expect("decodes");
        assert_eq!(terug, s);
    }

    #[test]
    fn the_link_keeps_language_and_settings_in_the_query_before_the_fragment() {
        let link = voorbeeld().link("https://praktijk.nl/spoorwijzer/", &BEKEND);
        assert!(link.starts_with("https://praktijk.nl/spoorwijzer/?lang=nl&coach="));
        assert!(link.ends_with("#/"));
    }

    #[test]
    fn empty_settings_give_a_link_with_only_the_language() {
        let s = CoachInstellingen { taal: Some(Taal::En), ..Default::default() };
        assert_eq!(s.query(&BEKEND), "?lang=en");
        assert_eq!(uit_query("?lang=en", &BEKEND), None);
        assert_eq!(uit_query("?lang=en&coach=", &BEKEND), None);
    }

    #[test]
    fn the_embed_code_points_at_the_script_and_escapes_its_address() {
        let code = voorbeeld().embed_code("https://p.nl/a\"b/embed.js", &BEKEND);
        assert!(code.starts_with("<script src=\"https://p.nl/a&quot;b/embed.js\" async data-lang=\"nl\" data-coach=\""));
        assert!(code.ends_with("\"></script>"));
    }

    #[test]
    fn unknown_and_repeated_modules_are_dropped_in_order() {
        let draad = r#"{"v":1,"m":["zorgen","bestaat-niet","wie-ben-ik","zorgen"]}"#;
        let s = decodeer(&crate::domain::base64url::codeer(draad.as_bytes()), &BEKEND).unwrap();
        assert_eq!(s.modules, vec!["zorgen".to_string(), "wie-ben-ik".to_string()]);
    }

    #[test]
    fn over_long_fields_are_refused() {
        let lang = "a".repeat(MAX_PRAKTIJK + 1);
        let draad = format!(r#"{{"p":"{lang}"}}"#);
        assert_eq!(decodeer(&crate::domain::base64url::codeer(draad.as_bytes()), &BEKEND), Err(CoachFout::VeldTeLang));
        let precies = "é".repeat(MAX_PRAKTIJK);
        let draad = format!(r#"{{"p":"{precies}"}}"#);
        assert_eq!(decodeer(&crate::domain::base64url::codeer(draad.as_bytes()), &BEKEND).unwrap().praktijk, precies);
        let welkom = "b".repeat(MAX_WELKOM + 1);
        let draad = format!(r#"{{"w":"{welkom}"}}"#);
        assert_eq!(decodeer(&crate::domain::base64url::codeer(draad.as_bytes()), &BEKEND), Err(CoachFout::VeldTeLang));
        let contact = "c".repeat(MAX_CONTACT + 1);
        let draad = format!(r#"{{"c":"{contact}"}}"#);
        assert_eq!(decodeer(&crate::domain::base64url::codeer(draad.as_bytes()), &BEKEND), Err(CoachFout::VeldTeLang));
    }

    #[test]
    fn everything_that_is_not_the_format_is_refused() {
        let c = |s: &str| crate::domain::base64url::codeer(s.as_bytes());
        assert_eq!(decodeer("!!!", &BEKEND), Err(CoachFout::GeenBase64));
        assert_eq!(decodeer(&"A".repeat(MAX_GECODEERD + 1), &BEKEND), Err(CoachFout::TeLang));
        assert_eq!(decodeer(&c("niet json"), &BEKEND), Err(CoachFout::GeenJson));
        assert_eq!(decodeer(&c("[1,2]"), &BEKEND), Err(CoachFout::GeenJson));
        assert_eq!(decodeer(&c(r#"{"p":5}"#), &BEKEND), Err(CoachFout::GeenJson));
        assert_eq!(decodeer(&c(r#"{"a":"red"}"#), &BEKEND), Err(CoachFout::OngeldigeKleur));
        assert_eq!(decodeer(&c(r##"{"a":"#12345"}"##), &BEKEND), Err(CoachFout::OngeldigeKleur));
        assert_eq!(decodeer(&c(r##"{"a":"#12345g"}"##), &BEKEND), Err(CoachFout::OngeldigeKleur));
        assert_eq!(decodeer(&c(r#"{"v":2}"#), &BEKEND), Err(CoachFout::NieuwereVersie));
        let veel = format!(r#"{{"m":[{}]}}"#, ["\"energie\""; MAX_MODULES + 1].join(","));
        assert_eq!(decodeer(&c(&veel), &BEKEND), Err(CoachFout::TeVeelModules));
    }

    #[test]
    fn padding_is_tolerated_also_when_percent_encoded() {
        let v = crate::domain::base64url::codeer(br#"{"p":"ab"}"#);
        assert_eq!(decodeer(&format!("{v}=="), &BEKEND).unwrap().praktijk, "ab");
        assert_eq!(decodeer(&format!("{v}%3D%3d"), &BEKEND).unwrap().praktijk, "ab");
    }

    #[test]
    fn markup_is_kept_as_plain_text_for_the_ui_to_show_literally() {
        let s = CoachInstellingen {
            praktijk: "<img src=x onerror=\"window.__xss=1\">".into(),
            welkom: "<script>window.__xss=1</script>".into(),
            ..Default::default()
        };
        let terug = decodeer(&s.codeer(&BEKEND), &BEKEND).unwrap();
        assert_eq!(terug.praktijk, s.praktijk);
        assert_eq!(terug.welkom, s.welkom);
    }

    #[test]
    fn the_fullest_settings_fit() {
        let vier = '\u{1F600}';
        let s = CoachInstellingen {
            praktijk: vier.to_string().repeat(MAX_PRAKTIJK),
            welkom: vier.to_string().repeat(MAX_WELKOM),
            contact: vier.to_string().repeat(MAX_CONTACT),
            modules: BEKEND.iter().map(|m| m.to_string()).collect(),
            taal: Some(Taal::En),
            accent: Some("#123456".into()),
            verborgen: false,
        };
        let v = s.codeer(&BEKEND);
        assert!(v.len() <= MAX_GECODEERD, "{}", v.len());
        assert_eq!(decodeer(&v, &BEKEND).unwrap(), s);
        let quotes = CoachInstellingen { welkom: "\"".repeat(MAX_WELKOM), ..s };
        assert!(quotes.codeer(&BEKEND).len() <= MAX_GECODEERD);
    }

    #[test]
    fn the_builder_cuts_texts_to_their_limits() {
        let s = CoachInstellingen { praktijk: "x".repeat(200), accent: Some("#FFFF00".into()), ..Default::default() };
        let schoon = s.opgeschoond(&BEKEND);
        assert_eq!(schoon.praktijk.chars().count(), MAX_PRAKTIJK);
        assert_ne!(schoon.accent.as_deref(), Some("#ffff00"));
        assert_eq!(decodeer(&s.codeer(&BEKEND), &BEKEND).unwrap(), schoon);
    }

    #[test]
    fn hiding_the_welcome_is_not_a_different_link() {
        let a = voorbeeld();
        let b = CoachInstellingen { verborgen: true, ..voorbeeld() };
        assert!(a.zelfde_link(&b));
        assert!(!a.zelfde_link(&CoachInstellingen { praktijk: "Ander".into(), ..voorbeeld() }));
    }

    #[test]
    fn an_old_stored_coach_without_the_hidden_flag_still_reads() {
        let s = CoachInstellingen::van(Json::lees(r#"{"praktijk":"P","modules":["energie"]}"#).unwrap()).unwrap();
        assert!(!s.verborgen);
        assert_eq!(s.praktijk, "P");
    }

    #[test]
    fn contrast_matches_known_wcag_values() {
        assert!((contrast(Rgb(0, 0, 0), WIT) - 21.0).abs() < 1e-9);
        assert!((contrast(WIT, WIT) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), WIT) - 4.54).abs() < 0.01);
        // The app's own accent (app.css rounds it down to "7.2:1").
        assert!((contrast(STANDAARD_ACCENT, WIT) - 7.61).abs() < 0.01);
    }

    #[test]
    fn a_dark_enough_accent_is_kept() {
        let a = pas_accent_aan(STANDAARD_ACCENT);
        assert!(!a.aangepast);
        assert_eq!(a.kleur, STANDAARD_ACCENT);
    }

    #[test]
    fn a_light_accent_is_darkened_until_it_passes() {
        let a = pas_accent_aan(Rgb(0xff, 0xff, 0x00));
        assert!(a.aangepast);
        assert!(a.contrast >= MIN_CONTRAST);
        assert!(laagste_contrast(a.kleur) >= MIN_CONTRAST);
        // Still a yellowish colour, not black.
        assert!(a.kleur.0 > 60 && a.kleur.0 == a.kleur.1 && a.kleur.2 == 0, "{:?}", a.kleur);
        assert!(pas_accent_aan(WIT).contrast >= MIN_CONTRAST);
    }

    #[test]
    fn colour_input_is_lenient_but_links_are_strict() {
        assert_eq!(Rgb::uit_invoer(" 0B5D63 "), Some(STANDAARD_ACCENT));
        assert_eq!(Rgb::uit_invoer("#fff"), Some(WIT));
        assert_eq!(Rgb::uit_hex("0b5d63"), None);
        assert_eq!(Rgb::uit_hex("#fff"), None);
        assert_eq!(Rgb::uit_hex("#0B5D63"), Some(STANDAARD_ACCENT));
        assert_eq!(Rgb::uit_hex("#+b5d63"), None);
        assert_eq!(STANDAARD_ACCENT.hex(), "#0b5d63");
    }

    #[test]
    fn the_qr_code_has_a_quiet_zone_and_only_draws_inside_it() {
        let q = qr("https://praktijk.nl/spoorwijzer/?lang=nl#/").expect("fits");
        assert!(q.grootte >= 21 + 2 * QR_RAND);
        assert!(q.pad.starts_with('M'));
        let svg = q.als_bestand("QR <code>");
        assert!(svg.contains("<title>QR &lt;code&gt;</title>"));
        assert!(svg.contains("role=\"img\""));
        assert!(qr(&"x".repeat(5000)).is_none());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod eigenschappen {
    use super::*;
    use proptest::prelude::*;

    const BEKEND: [&str; 6] = ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen"];

    fn binnen_grenzen(s: &CoachInstellingen) -> bool {
        s.praktijk.chars().count() <= MAX_PRAKTIJK
            && s.welkom.chars().count() <= MAX_WELKOM
            && s.contact.chars().count() <= MAX_CONTACT
            && s.modules.iter().all(|m| BEKEND.contains(&m.as_str()))
            && s.modules.iter().enumerate().all(|(i, m)| !s.modules[..i].contains(m))
            && s.accent.as_deref().is_none_or(|a| {
                Rgb::uit_hex(a).is_some_and(|k| laagste_contrast(k) >= MIN_CONTRAST) && a == a.to_lowercase()
            })
            && !s.praktijk.contains('\n')
            && ![&s.praktijk, &s.welkom, &s.contact]
                .iter()
                .any(|t| t.chars().any(|c| (c.is_control() && c != '\n') || ('\u{202A}'..='\u{202E}').contains(&c)))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let tekst = String::from_utf8_lossy(&bytes);
            if let Ok(s) = decodeer(&tekst, &BEKEND) {
                prop_assert!(binnen_grenzen(&s));
            }
            let _ = uit_query(&tekst, &BEKEND);
            let _ = crate::domain::base64url::decodeer(&tekst);
            // The same bytes as base64url, so they reach the JSON reader too.
            if let Ok(s) = decodeer(&crate::domain::base64url::codeer(&bytes), &BEKEND) {
                prop_assert!(binnen_grenzen(&s));
            }
        }

        #[test]
        fn random_json_shaped_input_is_ok_within_limits_or_refused(
            p in ".{0,120}", w in ".{0,700}", c in ".{0,250}",
            m in proptest::collection::vec("[a-z-]{0,12}|wie-ben-ik|energie|zorgen", 0..20),
            a in "#[0-9a-fA-F]{6}|#[0-9a-z]{0,8}|.{0,8}",
            l in "nl|en|fr|.{0,4}",
            v in 0u32..4,
        ) {
            let draad = serde_json::json!({"v": v, "p": p, "w": w, "c": c, "m": m, "a": a, "l": l});
            let waarde = crate::domain::base64url::codeer(draad.to_string().as_bytes());
            if let Ok(s) = decodeer(&waarde, &BEKEND) {
                prop_assert!(binnen_grenzen(&s));
            }
        }

        #[test]
        fn whatever_the_builder_makes_decodes_to_the_cleaned_settings(
            p in ".{0,100}", w in ".{0,650}", c in ".{0,220}",
            m in proptest::collection::vec("wie-ben-ik|wat-kan-ik|energie|zorgen|stappen|onbekend", 0..8),
            r in any::<u8>(), g in any::<u8>(), b in any::<u8>(), met_kleur in any::<bool>(),
            en in any::<bool>(),
        ) {
            let s = CoachInstellingen {
                praktijk: p, welkom: w, contact: c,
                modules: m,
                taal: Some(if en { Taal::En } else { Taal::Nl }),
                accent: met_kleur.then(|| Rgb(r, g, b).hex()),
                verborgen: false,
            };
            let waarde = s.codeer(&BEKEND);
            prop_assert!(waarde.len() <= MAX_GECODEERD);
            let verwacht = s.opgeschoond(&BEKEND);
            if verwacht.is_leeg() {
                prop_assert!(waarde.is_empty());
            } else {
                let terug = decodeer(&waarde, &BEKEND);
                prop_assert_eq!(terug, Ok(verwacht));
            }
        }

        #[test]
        fn every_adjusted_palette_keeps_4_5_to_1(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
            let a = pas_accent_aan(Rgb(r, g, b));
            prop_assert!(laagste_contrast(a.kleur) >= MIN_CONTRAST);
            let p = Palet::van(Rgb(r, g, b));
            prop_assert_eq!(p.accent, a.kleur);
            prop_assert!(contrast(WIT, p.donker) >= MIN_CONTRAST);
            prop_assert!(contrast(p.donker, p.licht) >= MIN_CONTRAST);
            prop_assert!(contrast(p.accent, p.licht) >= MIN_CONTRAST);
        }

    }
}
