//! Today's date. The timeline works in whole days, and the law's days are Dutch
//! calendar days: "today" is the day in Europe/Amsterdam (a milestone today is
//! not yet past at 23:00), never a UTC instant, and not the day of a device
//! set to another time zone (a phone left on UTC, a holiday abroad). Also now
//! in ms, the moment as ISO text (for file names and stored stamps) and a
//! moment written out in the reader's language.

use crate::domain::tijdlijn::datum::Datum;

/// Today in the Netherlands; the device's own day if the browser cannot say.
pub fn vandaag() -> Datum {
    #[cfg(test)]
    if let Some(d) = VANDAAG.with(std::cell::Cell::get) {
        return d;
    }
    nederlandse_dag().unwrap_or_else(lokale_dag)
}

#[cfg(test)]
thread_local! {
    /// A fixed today for pages rendered natively in tests (`ui::weergave_tests`).
    static VANDAAG: std::cell::Cell<Option<Datum>> = const { std::cell::Cell::new(None) };
}

/// Fix today for the pages a test renders natively (`None`: the real clock).
#[cfg(test)]
pub fn zet_vandaag(dag: Option<Datum>) {
    VANDAAG.with(|v| v.set(dag));
}

/// The calendar day in Europe/Amsterdam, through the browser's own time-zone data.
fn nederlandse_dag() -> Option<Datum> {
    let opties = js_sys::Object::new();
    js_sys::Reflect::set(&opties, &"timeZone".into(), &"Europe/Amsterdam".into()).ok()?;
    // en-CA writes the date as year-month-day in every engine.
    let tekst = String::from(js_sys::Date::new_0().to_locale_date_string("en-CA", &opties));
    let mut delen = tekst.split(|c: char| !c.is_ascii_digit()).filter(|d| !d.is_empty());
    let jaar = delen.next()?.parse().ok()?;
    let maand = delen.next()?.parse().ok()?;
    let dag = delen.next()?.parse().ok()?;
    Datum::new(jaar, maand, dag).ok()
}

fn lokale_dag() -> Datum {
    let nu = js_sys::Date::new_0();
    let (jaar, maand, dag) = (nu.get_full_year(), nu.get_month() + 1, nu.get_date());
    i32::try_from(jaar)
        .ok()
        .and_then(|j| Datum::new(j, maand, dag).ok())
        // Never reached with a working clock; the epoch day count is a safe stand-in.
        .or_else(|| Datum::uit_dagen((js_sys::Date::now() / 86_400_000.0).floor() as i32))
        .unwrap_or(Datum::MIN)
}

/// Today on this device, `YYYY-MM-DD`: the day "Hoeveel energie heb je
/// vandaag?" belongs to. The person's own day, where they are, not the law's
/// (a question asked at 23:30 is today's; at 00:30 it is a new day).
pub fn dag_hier() -> String {
    #[cfg(test)]
    if let Some(d) = VANDAAG.with(std::cell::Cell::get) {
        return d.iso();
    }
    let nu = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", nu.get_full_year(), nu.get_month() + 1, nu.get_date())
}

/// Now as an iCalendar UTC stamp (`YYYYMMDDTHHMMSSZ`) for DTSTAMP.
pub fn utc_stempel() -> String {
    let nu = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        nu.get_utc_full_year(),
        nu.get_utc_month() + 1,
        nu.get_utc_date(),
        nu.get_utc_hours(),
        nu.get_utc_minutes(),
        nu.get_utc_seconds()
    )
}

/// Now, as ISO text (`2026-12-05T17:00:00.000Z`).
pub fn nu_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn vandaag_iso() -> String {
    nu_iso().chars().take(10).collect()
}

/// A moment written as ISO text, in milliseconds; not finite when unreadable.
pub fn ms_van(iso: &str) -> f64 {
    js_sys::Date::parse(iso)
}

/// Now, in ms since the epoch.
pub fn nu_ms() -> f64 {
    #[cfg(test)]
    if let Some(ms) = NU_MS.with(std::cell::Cell::get) {
        return ms;
    }
    js_sys::Date::now()
}

#[cfg(test)]
thread_local! {
    /// A fixed now for pages rendered natively in tests (`ui::weergave_tests`).
    static NU_MS: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Fix now for the pages a test renders natively (`None`: the real clock).
#[cfg(test)]
pub fn zet_nu_ms(ms: Option<f64>) {
    NU_MS.with(|v| v.set(ms));
}

/// A moment written out in the reader's language ("22 november, 14:05"), by the browser's Intl.
pub fn tijdstip(ms: f64, taal: &str, met_tijd: bool) -> String {
    // No Intl where there is no browser (a native test render): the plain day.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (taal, met_tijd);
        let dag = crate::domain::tijdlijn::datum::Datum::uit_dagen((ms / 86_400_000.0).floor() as i32);
        return dag.map(|d| d.iso()).unwrap_or_default();
    }
    #[allow(unreachable_code)]
    let datum = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let opties = js_sys::Object::new();
    let mut velden = vec![("day", "numeric"), ("month", "long"), ("year", "numeric")];
    if met_tijd {
        velden = vec![("day", "numeric"), ("month", "long"), ("hour", "2-digit"), ("minute", "2-digit")];
    }
    for (k, v) in velden {
        let _ = js_sys::Reflect::set(&opties, &k.into(), &v.into());
    }
    datum.to_locale_string(taal, &opties).into()
}
