#![forbid(unsafe_code)]
//! The occupations' entry (`beroepen.html`): its own binary, so ESCO's search
//! and the page around it never weigh on a candidate's first load (issue 27).

fn main() {
    spoorwijzer::ui::start(spoorwijzer::ui::route::Ingang::Beroepen);
}
