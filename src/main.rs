#![forbid(unsafe_code)]

fn main() {
    spoorwijzer::ui::start(spoorwijzer::ui::route::Ingang::Kandidaat);
}
