//! JSON for the stored document and the shared payloads: a value, a reader, a
//! writer, and the two traits each stored type implements: a plain record through
//! [`json_velden!`], one line a field; the enums and the rest by hand.
//!
//! Why not serde_json: with serde's derived code it was about 100 KB of the
//! candidate's un-optimised wasm (issue 14, item 4), for a handful of small
//! types. This is the part of it the app needs. The formats did not change:
//! `domain::formaat` holds copies written by the serde build, and the tests
//! below compare reader and writer with serde_json on random input.
//!
//! Objects keep their keys in order, so a type writes its fields in the order
//! serde did. A repeated key counts once, the last one wins (as serde_json's
//! map did), and nesting deeper than [`MAX_DIEPTE`] is refused rather than
//! risking the stack on a hostile file.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Deepest nesting of arrays and objects that is read (serde_json's limit).
pub const MAX_DIEPTE: u32 = 128;

#[derive(Debug, Clone, Default, PartialEq)]
pub enum Json {
    #[default]
    Null,
    Bool(bool),
    Getal(Getal),
    Tekst(String),
    Lijst(Vec<Json>),
    Object(Object),
}

/// A number as written: whole numbers stay exact, the rest is an `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Getal {
    Positief(u64),
    Negatief(i64),
    Komma(f64),
}

/// Keys and values in the order they were written or read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object(Vec<(String, Json)>);

impl Object {
    pub fn new() -> Self {
        Object(Vec::new())
    }

    fn plek(&self, sleutel: &str) -> Option<usize> {
        self.0.iter().rposition(|(k, _)| k == sleutel)
    }

    pub fn get(&self, sleutel: &str) -> Option<&Json> {
        self.plek(sleutel).map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, sleutel: &str) -> Option<&mut Json> {
        self.plek(sleutel).map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, sleutel: &str) -> bool {
        self.plek(sleutel).is_some()
    }

    /// Set a key: in its place when it is there, else at the end.
    pub fn insert(&mut self, sleutel: &str, waarde: Json) {
        match self.plek(sleutel) {
            Some(i) => self.0[i].1 = waarde,
            None => self.0.push((sleutel.to_string(), waarde)),
        }
    }

    /// Take a key's value out (the last one, if it was written twice).
    pub fn neem(&mut self, sleutel: &str) -> Option<Json> {
        self.plek(sleutel).map(|i| std::mem::take(&mut self.0[i].1))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Json)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Json> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl IntoIterator for Object {
    type Item = (String, Json);
    type IntoIter = std::vec::IntoIter<(String, Json)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Json {
    /// Read JSON text; `None` when it is not exactly one valid JSON value.
    pub fn lees(tekst: &str) -> Option<Json> {
        let mut lezer = Lezer { tekst, b: tekst.as_bytes(), i: 0, diepte: 0 };
        let waarde = lezer.waarde()?;
        lezer.spatie();
        (lezer.i == lezer.b.len()).then_some(waarde)
    }

    /// Read UTF-8 JSON bytes as a stored type; `None` when they are not one.
    pub fn lees_als<T: VanJson>(bytes: &[u8]) -> Option<T> {
        T::van(Json::lees(std::str::from_utf8(bytes).ok()?)?)
    }

    /// Compact JSON text, as serde_json wrote it.
    pub fn schrijf(&self) -> String {
        let mut uit = String::new();
        self.schrijf_in(&mut uit);
        uit
    }

    pub fn get(&self, sleutel: &str) -> Option<&Json> {
        self.as_object()?.get(sleutel)
    }

    pub fn get_mut(&mut self, sleutel: &str) -> Option<&mut Json> {
        self.as_object_mut()?.get_mut(sleutel)
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Object> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Json>> {
        match self {
            Json::Lijst(l) => Some(l),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Getal(Getal::Positief(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Tekst(s) => Some(s),
            _ => None,
        }
    }

    fn schrijf_in(&self, uit: &mut String) {
        match self {
            Json::Null => uit.push_str("null"),
            Json::Bool(b) => uit.push_str(if *b { "true" } else { "false" }),
            Json::Getal(Getal::Positief(n)) => {
                let _ = write!(uit, "{n}");
            }
            Json::Getal(Getal::Negatief(n)) => {
                let _ = write!(uit, "{n}");
            }
            Json::Getal(Getal::Komma(f)) if f.is_finite() => {
                // Rust writes the shortest text that reads back to the same f64, never
                // with an exponent; serde_json marked whole numbers with ".0", so do we.
                let begin = uit.len();
                let _ = write!(uit, "{f}");
                if !uit[begin..].contains('.') {
                    uit.push_str(".0");
                }
            }
            // JSON has no infinity; serde_json wrote null too.
            Json::Getal(Getal::Komma(_)) => uit.push_str("null"),
            Json::Tekst(s) => schrijf_tekst(s, uit),
            Json::Lijst(l) => {
                uit.push('[');
                for (i, w) in l.iter().enumerate() {
                    if i > 0 {
                        uit.push(',');
                    }
                    w.schrijf_in(uit);
                }
                uit.push(']');
            }
            Json::Object(o) => {
                uit.push('{');
                for (i, (k, w)) in o.0.iter().enumerate() {
                    if i > 0 {
                        uit.push(',');
                    }
                    schrijf_tekst(k, uit);
                    uit.push(':');
                    w.schrijf_in(uit);
                }
                uit.push('}');
            }
        }
    }
}

fn schrijf_tekst(s: &str, uit: &mut String) {
    uit.push('"');
    let mut van = 0;
    for (i, c) in s.char_indices() {
        let vervanging = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if c < ' ' => "",
            _ => continue,
        };
        uit.push_str(&s[van..i]);
        if vervanging.is_empty() {
            let _ = write!(uit, "\\u{:04x}", c as u32);
        } else {
            uit.push_str(vervanging);
        }
        van = i + c.len_utf8();
    }
    uit.push_str(&s[van..]);
    uit.push('"');
}

struct Lezer<'a> {
    tekst: &'a str,
    b: &'a [u8],
    i: usize,
    diepte: u32,
}

impl Lezer<'_> {
    fn spatie(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn volgt(&mut self, teken: u8) -> bool {
        self.spatie();
        let ja = self.b.get(self.i) == Some(&teken);
        if ja {
            self.i += 1;
        }
        ja
    }

    fn woord(&mut self, woord: &str, waarde: Json) -> Option<Json> {
        self.b[self.i..].starts_with(woord.as_bytes()).then(|| {
            self.i += woord.len();
            waarde
        })
    }

    fn waarde(&mut self) -> Option<Json> {
        self.spatie();
        match *self.b.get(self.i)? {
            b'n' => self.woord("null", Json::Null),
            b't' => self.woord("true", Json::Bool(true)),
            b'f' => self.woord("false", Json::Bool(false)),
            b'"' => self.tekst().map(Json::Tekst),
            b'-' | b'0'..=b'9' => self.getal().map(Json::Getal),
            b'[' => {
                self.dieper()?;
                let mut lijst = Vec::new();
                if !self.volgt(b']') {
                    loop {
                        lijst.push(self.waarde()?);
                        if self.volgt(b']') {
                            break;
                        }
                        if !self.volgt(b',') {
                            return None;
                        }
                    }
                }
                self.diepte -= 1;
                Some(Json::Lijst(lijst))
            }
            b'{' => {
                self.dieper()?;
                let mut paren = Vec::new();
                if !self.volgt(b'}') {
                    loop {
                        self.spatie();
                        if self.b.get(self.i) != Some(&b'"') {
                            return None;
                        }
                        let sleutel = self.tekst()?;
                        if !self.volgt(b':') {
                            return None;
                        }
                        paren.push((sleutel, self.waarde()?));
                        if self.volgt(b'}') {
                            break;
                        }
                        if !self.volgt(b',') {
                            return None;
                        }
                    }
                }
                self.diepte -= 1;
                Some(Json::Object(Object(paren)))
            }
            _ => None,
        }
    }

    fn dieper(&mut self) -> Option<()> {
        self.i += 1;
        self.diepte += 1;
        (self.diepte < MAX_DIEPTE).then_some(())
    }

    fn cijfers(&mut self) -> usize {
        let begin = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - begin
    }

    fn getal(&mut self) -> Option<Getal> {
        let begin = self.i;
        let negatief = self.b[self.i] == b'-';
        if negatief {
            self.i += 1;
        }
        let eerste = *self.b.get(self.i)?;
        let n = self.cijfers();
        if n == 0 || (eerste == b'0' && n > 1) {
            return None;
        }
        let mut geheel = true;
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.cijfers() == 0 {
                return None;
            }
            geheel = false;
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.cijfers() == 0 {
                return None;
            }
            geheel = false;
        }
        let tekst = &self.tekst[begin..self.i];
        if geheel {
            let exact = if negatief {
                tekst.parse().ok().map(Getal::Negatief)
            } else {
                tekst.parse().ok().map(Getal::Positief)
            };
            // serde_json read "-0" as the float -0.0.
            if exact.is_some() && tekst != "-0" {
                return exact;
            }
        }
        // Too big for a whole number, or a fraction: as f64, refusing what overflows.
        tekst.parse::<f64>().ok().filter(|f| f.is_finite()).map(Getal::Komma)
    }

    /// A string, `self.i` at its opening quote.
    fn tekst(&mut self) -> Option<String> {
        self.i += 1;
        let mut uit = String::new();
        let mut van = self.i;
        loop {
            match *self.b.get(self.i)? {
                b'"' => {
                    uit.push_str(&self.tekst[van..self.i]);
                    self.i += 1;
                    return Some(uit);
                }
                b'\\' => {
                    uit.push_str(&self.tekst[van..self.i]);
                    self.i += 1;
                    let teken = match *self.b.get(self.i)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    };
                    uit.push(teken);
                    self.i += 1;
                    van = self.i;
                }
                // A raw control character is not allowed inside a JSON string.
                0..=0x1f => return None,
                _ => self.i += 1,
            }
        }
    }

    /// `\uXXXX`, `self.i` at the `u`; a surrogate pair is two escapes. Leaves
    /// `self.i` at the last hex digit.
    fn unicode(&mut self) -> Option<char> {
        let eerste = self.hex4()?;
        match eerste {
            0xd800..=0xdbff => {
                if self.b.get(self.i + 1..self.i + 3) != Some(b"\\u") {
                    return None;
                }
                self.i += 2;
                let tweede = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&tweede) {
                    return None;
                }
                char::from_u32(0x10000 + ((eerste - 0xd800) << 10) + (tweede - 0xdc00))
            }
            _ => char::from_u32(eerste),
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let cijfers = self.b.get(self.i + 1..self.i + 5)?;
        let mut n = 0;
        for c in cijfers {
            n = n * 16 + (*c as char).to_digit(16)?;
        }
        self.i += 4;
        Some(n)
    }
}

// ----- Types to and from JSON ------------------------------------------------------------------

/// A stored type written as JSON.
pub trait NaarJson {
    fn naar(&self) -> Json;
}

/// A stored type read from JSON; `None` when the value does not fit.
pub trait VanJson: Sized {
    fn van(w: Json) -> Option<Self>;
}

/// Builds an object field by field, in the order the type declares them.
pub struct Bouwer(Object);

impl Bouwer {
    pub fn new() -> Self {
        Bouwer(Object::new())
    }

    pub fn veld<T: NaarJson + ?Sized>(mut self, sleutel: &str, waarde: &T) -> Self {
        self.0 .0.push((sleutel.to_string(), waarde.naar()));
        self
    }

    /// A field that is only written when it has something (`skip_serializing_if`).
    pub fn als<T: NaarJson + ?Sized>(self, schrijven: bool, sleutel: &str, waarde: &T) -> Self {
        if schrijven {
            self.veld(sleutel, waarde)
        } else {
            self
        }
    }

    pub fn klaar(self) -> Json {
        Json::Object(self.0)
    }

    /// The field kinds of [`json_velden!`]: `moet` and `standaard` are always written.
    #[inline(always)]
    pub fn moet<T: NaarJson + ?Sized>(self, sleutel: &str, waarde: &T) -> Self {
        self.veld(sleutel, waarde)
    }

    #[inline(always)]
    pub fn standaard<T: NaarJson + ?Sized>(self, sleutel: &str, waarde: &T) -> Self {
        self.veld(sleutel, waarde)
    }

    #[inline(always)]
    pub fn als_gevuld<T: NaarJson + Leeg>(self, sleutel: &str, waarde: &T) -> Self {
        self.als(!waarde.is_leeg(), sleutel, waarde)
    }

    #[inline(always)]
    pub fn voorkeur<T: NaarJson + ?Sized>(self, sleutel: &str, waarde: &T) -> Self {
        self.veld(sleutel, waarde)
    }

    #[inline(always)]
    pub fn voorkeur_als_gevuld<T: NaarJson + Leeg>(self, sleutel: &str, waarde: &T) -> Self {
        self.als_gevuld(sleutel, waarde)
    }
}

impl Default for Bouwer {
    fn default() -> Self {
        Bouwer::new()
    }
}

/// Reads an object's fields; keys it does not ask for are ignored.
pub struct Velden(Object);

impl Velden {
    pub fn van(w: Json) -> Option<Velden> {
        match w {
            Json::Object(o) => Some(Velden(o)),
            _ => None,
        }
    }

    /// A field that must be there.
    pub fn moet<T: VanJson>(&mut self, sleutel: &str) -> Option<T> {
        T::van(self.0.neem(sleutel)?)
    }

    /// A field that may be missing (then its default); when there, it must fit.
    pub fn of_standaard<T: VanJson + Default>(&mut self, sleutel: &str) -> Option<T> {
        match self.0.neem(sleutel) {
            None => Some(T::default()),
            Some(w) => T::van(w),
        }
    }

    /// The field kinds of [`json_velden!`] that may be missing: the same as [`Velden::of_standaard`].
    #[inline(always)]
    pub fn standaard<T: VanJson + Default>(&mut self, sleutel: &str) -> Option<T> {
        self.of_standaard(sleutel)
    }

    #[inline(always)]
    pub fn als_gevuld<T: VanJson + Default>(&mut self, sleutel: &str) -> Option<T> {
        self.of_standaard(sleutel)
    }

    /// A preference (language, text size…): missing or unreadable, its default.
    /// A damaged setting costs the person one tap; failing the whole document
    /// over it would set all their answers aside.
    pub fn voorkeur<T: VanJson + Default>(&mut self, sleutel: &str) -> Option<T> {
        Some(self.0.neem(sleutel).and_then(T::van).unwrap_or_default())
    }

    #[inline(always)]
    pub fn voorkeur_als_gevuld<T: VanJson + Default>(&mut self, sleutel: &str) -> Option<T> {
        self.voorkeur(sleutel)
    }

    /// A field that may be missing, as it is, for fields read by hand.
    pub fn neem(&mut self, sleutel: &str) -> Option<Json> {
        self.0.neem(sleutel)
    }
}

/// Whether a value has nothing in it: such a field is left out by `als_gevuld` in
/// [`json_velden!`] (serde's `skip_serializing_if`).
pub trait Leeg {
    fn is_leeg(&self) -> bool;
}

impl<T> Leeg for Option<T> {
    fn is_leeg(&self) -> bool {
        self.is_none()
    }
}

impl<T> Leeg for Vec<T> {
    fn is_leeg(&self) -> bool {
        self.is_empty()
    }
}

impl<K, V> Leeg for BTreeMap<K, V> {
    fn is_leeg(&self) -> bool {
        self.is_empty()
    }
}

impl Leeg for String {
    fn is_leeg(&self) -> bool {
        self.is_empty()
    }
}

/// `false` is left out: a flag that is off by default.
impl Leeg for bool {
    fn is_leeg(&self) -> bool {
        !*self
    }
}

/// [`NaarJson`] and [`VanJson`] for a plain stored record, one line per field.
/// The key is the field's name; fields are written in the order listed (the
/// order earlier builds wrote them: `domain::formaat` holds copies) and read by
/// key. Each field is one of:
/// - `moet`: always written; reading refuses the record when it is missing or does not fit;
/// - `standaard`: always written; when missing it is read as its default;
/// - `als_gevuld`: only written when it has something ([`Leeg`]); when missing it is
///   read as its default.
///
/// Each kind is a method of [`Bouwer`] and of [`Velden`] by that name, so a use
/// expands to the same chain of calls as the code written by hand before it.
///
/// A field that is there but does not fit refuses the record in all three.
/// Records with a field read another way are written by hand. Written with
/// braces, so rustfmt leaves each field on its own line:
///
/// ```ignore
/// json_velden! {
///     Momentopname {
///         op_ms: moet,
///         antwoorden: moet,
///     }
/// }
/// ```
macro_rules! json_velden {
    ($type:ident { $($veld:ident: $soort:ident),* $(,)? }) => {
        impl $crate::domain::json::NaarJson for $type {
            fn naar(&self) -> $crate::domain::json::Json {
                $crate::domain::json::Bouwer::new() $(.$soort(stringify!($veld), &self.$veld))* .klaar()
            }
        }

        impl $crate::domain::json::VanJson for $type {
            fn van(w: $crate::domain::json::Json) -> Option<Self> {
                let mut v = $crate::domain::json::Velden::van(w)?;
                Some($type { $($veld: v.$soort(stringify!($veld))?,)* })
            }
        }
    };
}
pub(crate) use json_velden;

impl NaarJson for Json {
    fn naar(&self) -> Json {
        self.clone()
    }
}

impl NaarJson for bool {
    fn naar(&self) -> Json {
        Json::Bool(*self)
    }
}

impl VanJson for bool {
    fn van(w: Json) -> Option<Self> {
        match w {
            Json::Bool(b) => Some(b),
            _ => None,
        }
    }
}

impl NaarJson for str {
    fn naar(&self) -> Json {
        Json::Tekst(self.to_string())
    }
}

impl NaarJson for String {
    fn naar(&self) -> Json {
        Json::Tekst(self.clone())
    }
}

impl VanJson for String {
    fn van(w: Json) -> Option<Self> {
        match w {
            Json::Tekst(s) => Some(s),
            _ => None,
        }
    }
}

macro_rules! gehele_getallen {
    ($($t:ty),*) => {$(
        impl NaarJson for $t {
            fn naar(&self) -> Json {
                Json::Getal(Getal::Positief(u64::from(*self)))
            }
        }
        impl VanJson for $t {
            /// Whole numbers in range only, as serde read them: `3.0` is not a `u8`.
            fn van(w: Json) -> Option<Self> {
                w.as_u64().and_then(|n| <$t>::try_from(n).ok())
            }
        }
    )*};
}
gehele_getallen!(u8, u16, u32, u64);

impl NaarJson for f64 {
    fn naar(&self) -> Json {
        Json::Getal(Getal::Komma(*self))
    }
}

impl VanJson for f64 {
    fn van(w: Json) -> Option<Self> {
        match w {
            Json::Getal(Getal::Positief(n)) => Some(n as f64),
            Json::Getal(Getal::Negatief(n)) => Some(n as f64),
            Json::Getal(Getal::Komma(f)) => Some(f),
            _ => None,
        }
    }
}

impl<T: NaarJson> NaarJson for Option<T> {
    fn naar(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::naar)
    }
}

impl<T: VanJson> VanJson for Option<T> {
    fn van(w: Json) -> Option<Self> {
        match w {
            Json::Null => Some(None),
            w => T::van(w).map(Some),
        }
    }
}

impl<T: NaarJson> NaarJson for Vec<T> {
    fn naar(&self) -> Json {
        Json::Lijst(self.iter().map(T::naar).collect())
    }
}

impl<T: VanJson> VanJson for Vec<T> {
    fn van(w: Json) -> Option<Self> {
        match w {
            Json::Lijst(l) => l.into_iter().map(T::van).collect(),
            _ => None,
        }
    }
}

impl<A: NaarJson, B: NaarJson> NaarJson for (A, B) {
    fn naar(&self) -> Json {
        Json::Lijst(vec![self.0.naar(), self.1.naar()])
    }
}

impl<A: VanJson, B: VanJson> VanJson for (A, B) {
    fn van(w: Json) -> Option<Self> {
        match w {
            Json::Lijst(l) if l.len() == 2 => {
                let mut l = l.into_iter();
                Some((A::van(l.next()?)?, B::van(l.next()?)?))
            }
            _ => None,
        }
    }
}

impl<T: NaarJson> NaarJson for BTreeMap<String, T> {
    fn naar(&self) -> Json {
        Json::Object(Object(self.iter().map(|(k, v)| (k.clone(), v.naar())).collect()))
    }
}

impl<T: VanJson> VanJson for BTreeMap<String, T> {
    fn van(w: Json) -> Option<Self> {
        let mut uit = BTreeMap::new();
        for (k, v) in Velden::van(w)?.0 {
            uit.insert(k, T::van(v)?);
        }
        Some(uit)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
