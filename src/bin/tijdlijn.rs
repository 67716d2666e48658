#![forbid(unsafe_code)]
//! The timeline's entry (`tijdlijn.html`): its own binary, so the timeline's
//! pages never weigh on a candidate's first load (issue 14).

fn main() {
    spoorwijzer::ui::start(spoorwijzer::ui::route::Ingang::Tijdlijn);
}
