//! Test code shared by the tests that read the crate's own sources (the text
//! scan in `content::tekstbestanden`, the domain's cycle check in
//! `domain::kringen_tests`): one rule for where a file's code ends, so the two
//! cannot come to disagree about it.

/// A source file's code: everything before its tests. They begin at the first
/// line that is `#[cfg(test)]`, or `#[cfg(all(test, …))]` where they only build
/// natively (indented or not). A mention of the marker inside a line (a
/// comment, a string) does not end the code.
pub(crate) fn code_voor_tests(bron: &str) -> &str {
    let mut begin = 0;
    for regel in bron.split_inclusive('\n') {
        let r = regel.trim();
        if r == "#[cfg(test)]" || r.starts_with("#[cfg(all(test,") {
            return &bron[..begin];
        }
        begin += regel.len();
    }
    bron
}

#[cfg(test)]
mod tests {
    use super::code_voor_tests;

    #[test]
    fn the_code_ends_where_the_tests_begin() {
        let bron = "fn a() {}\n// see `#[cfg(test)]` below\n#[cfg(test)]\nmod tests {}\n";
        assert_eq!(code_voor_tests(bron), "fn a() {}\n// see `#[cfg(test)]` below\n");
        let natief = "fn a() {}\n    #[cfg(all(test, not(target_arch = \"wasm32\")))]\nmod tests;\n";
        assert_eq!(code_voor_tests(natief), "fn a() {}\n");
        assert_eq!(code_voor_tests("fn a() {}\n"), "fn a() {}\n", "a file without tests is all code");
    }
}
