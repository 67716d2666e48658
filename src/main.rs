#![forbid(unsafe_code)]

fn main() {
    spoorwijzer::ui::start();
}
