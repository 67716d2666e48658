//! Small line icons drawn for Spoorwijzer as inline SVG (no icon font, no file
//! to fetch). They decorate a text that is always there, so they are hidden
//! from screen readers.

use yew::prelude::*;

/// One 24×24 stroke icon from path data.
fn icoon(klasse: &'static str, paden: &[&'static str]) -> Html {
    html! {
        <svg class={classes!("icoon", klasse)} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            { for paden.iter().map(|d| html! { <path d={*d} /> }) }
        </svg>
    }
}

/// Three lines, or a cross when the menu is open.
pub fn menu(open: bool) -> Html {
    if open {
        icoon("icoon-menu", &["M6 6l12 12", "M18 6L6 18"])
    } else {
        icoon("icoon-menu", &["M4 7h16", "M4 12h16", "M4 17h16"])
    }
}

/// The icon of a module (by id) or of the timeline and profile pages.
pub fn van(id: &str) -> Html {
    match id {
        // A person.
        "wie-ben-ik" => icoon("icoon-module", &["M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z", "M4 21c0-4 3.6-7 8-7s8 3 8 7"]),
        // A star: what you are good at.
        "wat-kan-ik" => {
            icoon("icoon-module", &["M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"])
        }
        // A signpost: which way to go.
        "wat-wil-ik" => icoon("icoon-module", &["M12 3v18", "M5 6h11l3 2.5L16 11H5z", "M19 14H9l-3 2.5L9 19h10z"]),
        // A battery, half full.
        "energie" => icoon("icoon-module", &["M3 8h15v8H3z", "M21 11v2", "M6 11v2", "M9 11v2"]),
        // A heart.
        "zorgen" => icoon("icoon-module", &["M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"]),
        // Stairs going up.
        "stappen" => icoon("icoon-module", &["M3 20h5v-5h5v-5h5V5h3"]),
        // A small plant with two leaves: what keeps growing.
        "verlies-en-betekenis" => icoon(
            "icoon-module",
            &["M12 21v-9", "M12 12c0-4 3-6 7-6 0 4-3 6-7 6z", "M12 15c0-3-2-5-6-5 0 3 2 5 6 5z", "M7 21h10"],
        ),
        // A calendar.
        "tijdlijn" => icoon("icoon-module", &["M4 6h16v14H4z", "M4 10h16", "M8 3v5", "M16 3v5"]),
        // A card with a face: the profile.
        "profiel" => icoon(
            "icoon-module",
            &[
                "M3 5h18v14H3z",
                "M9 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
                "M6 16c.6-1.8 1.8-2.5 3-2.5s2.4.7 3 2.5",
                "M14 9h4",
                "M14 13h4",
            ],
        ),
        // Two arrows: sharing.
        "delen" => icoon("icoon-module", &["M4 12v7h16v-7", "M12 3v12", "M8 7l4-4 4 4"]),
        _ => html! {},
    }
}

/// A check mark for finished work.
pub fn vinkje() -> Html {
    icoon("icoon-vinkje", &["M5 12l5 5L20 7"])
}
