//! Reading aloud (issue 29): the button. It reads the block around it (the
//! nearest element with `data-voorlees`) with a voice that runs on this device.
//!
//! The speaking itself is pwa/voorlezen.js, loaded on the first press (it is not
//! part of the first load); pwa/voorscherm.js marks `<html class="kan-voorlezen">`
//! while a voice on the device speaks the page's language, and the stylesheet
//! hides the button otherwise. While it reads, the script marks the button
//! `data-leest` and the stylesheet shows "Stop met voorlezen" instead of
//! "Lees voor": a normal button whose words say what it does. The app tells the
//! script to stop on every new page (`ui::app`, the event `voorlezen-stop`).

use yew::prelude::*;

use crate::content::teksten::Teksten;

pub fn voorlees_knop(t: &Teksten) -> Html {
    html! {
        <button type="button" class="knop stil klein voorlees">
            <span class="lees" aria-hidden="true">{ "▶ " }</span><span class="lees">{ t.voorlees_knop }</span>
            <span class="stop" aria-hidden="true">{ "■ " }</span><span class="stop">{ t.voorlees_stop }</span>
        </button>
    }
}
