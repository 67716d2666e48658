//! Today's date on the person's own calendar. The timeline works in whole days,
//! so "today" is the local calendar day (a milestone today is not yet past at
//! 23:00), never a UTC instant.

use crate::domain::tijdlijn::datum::Datum;

/// Today in the browser's local time zone.
pub fn vandaag() -> Datum {
    let nu = js_sys::Date::new_0();
    let (jaar, maand, dag) = (nu.get_full_year(), nu.get_month() + 1, nu.get_date());
    i32::try_from(jaar)
        .ok()
        .and_then(|j| Datum::new(j, maand, dag).ok())
        // Never reached with a working clock; the epoch day count is a safe stand-in.
        .or_else(|| Datum::uit_dagen((js_sys::Date::now() / 86_400_000.0).floor() as i32))
        .unwrap_or(Datum::MIN)
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
