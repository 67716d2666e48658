#![forbid(unsafe_code)]
//! The coach's entry (`coach.html`): its own binary, so the link builder and
//! the shared view never weigh on a candidate's first load (issue 14, item 3).

fn main() {
    spoorwijzer::ui::start(spoorwijzer::ui::route::Ingang::Coach);
}
