#![forbid(unsafe_code)]
//! The sharing entry (`delen.html`): sharing with a coach, the save file and
//! "Kijk van een ander", in their own binary, apart from a candidate's first
//! load (issue 14).

fn main() {
    spoorwijzer::ui::start(spoorwijzer::ui::route::Ingang::Delen);
}
