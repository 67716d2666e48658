//! What the person answered, per module, as stored on the device.

use std::collections::BTreeMap;

use super::json::{json_velden, Bouwer, Json, NaarJson, VanJson, Velden};

use super::balans::MAX_NIVEAU;
use super::uren;
use super::vragenlijst::{Module, Soort, Vraag};

/// One answer. Which variant fits is decided by the question's [`Soort`];
/// [`Antwoord::past_bij`] checks it, so a tampered or outdated value is ignored
/// instead of shown wrongly.
///
/// Stored as `{"soort": "keuze", "waarde": "..."}`; "weet niet" has no `waarde`.
#[derive(Debug, Clone, PartialEq)]
pub enum Antwoord {
    /// 1..=5 on a statement scale.
    Schaal(u8),
    /// "Weet ik niet": a real answer that says the person is not sure.
    WeetNiet,
    Keuze(String),
    Keuzes(Vec<String>),
    /// Cards picked, in the order the person put them (top first).
    Volgorde(Vec<String>),
    Tekst(String),
    Getal(u16),
    Lijst(Vec<String>),
    /// Energy balance: a level per area, 0..=[`MAX_NIVEAU`] (niets, een beetje,
    /// best veel, heel veel); an area not in the map was left empty. Up to
    /// document schema 1 these were percentages: see `dokument::van_1_naar_2`.
    Verdeling(BTreeMap<String, u8>),
}

/// Free text is capped so a paste of a whole document cannot fill the storage.
pub const MAX_TEKST: usize = 4000;
pub const MAX_LIJST_ITEM: usize = 200;

impl Antwoord {
    /// Whether this answer is a valid answer to `vraag` (right kind, known
    /// option ids, in range). Used before storing and before showing.
    pub fn past_bij(&self, vraag: &Vraag) -> bool {
        let bekend = |id: &str, opties: &[super::vragenlijst::Optie]| opties.iter().any(|o| o.id == id);
        match (&vraag.soort, self) {
            (Soort::Stelling { .. }, Antwoord::Schaal(n)) => (1..=5).contains(n),
            (Soort::Stelling { .. }, Antwoord::WeetNiet) => true,
            (Soort::EenKeuze { opties }, Antwoord::Keuze(id)) => bekend(id, opties),
            (Soort::MeerKeuze { opties, max }, Antwoord::Keuzes(ids)) => {
                ids.iter().all(|id| bekend(id, opties)) && max.is_none_or(|m| ids.len() <= m as usize)
            }
            (Soort::KiesEnOrden { kaarten, kies, .. }, Antwoord::Volgorde(ids)) => {
                ids.len() <= *kies as usize && ids.iter().all(|id| bekend(id, kaarten)) && uniek(ids)
            }
            (Soort::VrijeTekst { .. }, Antwoord::Tekst(s)) => s.chars().count() <= MAX_TEKST,
            (Soort::Getal { min, max, .. }, Antwoord::Getal(n)) => (*min..=*max).contains(n),
            (Soort::Uren { max, .. }, a @ (Antwoord::Keuze(_) | Antwoord::Getal(_))) => a.halve_uren(*max).is_some(),
            (Soort::EigenLijst { max }, Antwoord::Lijst(items)) => {
                items.len() <= *max as usize && items.iter().all(|i| i.chars().count() <= MAX_LIJST_ITEM)
            }
            (Soort::Verdeling { gebieden }, Antwoord::Verdeling(kaart)) => {
                kaart.keys().all(|k| bekend(k, gebieden)) && kaart.values().all(|v| *v <= MAX_NIVEAU)
            }
            _ => false,
        }
    }

    /// The half hours of a stored hours answer: a choice as stored now ("2.5"),
    /// or whole hours as stored before. `None` for anything else or out of range.
    pub fn halve_uren(&self, max_halve: u16) -> Option<u16> {
        match self {
            // Only the stored form itself ("2.5", never "2,5 uur"): a tampered value is not read kindly.
            Antwoord::Keuze(s) => uren::lees(s, max_halve).ok().flatten().filter(|h| uren::opslag(*h) == *s),
            Antwoord::Getal(n) => n.checked_mul(2).filter(|h| *h <= max_halve),
            _ => None,
        }
    }

    /// An answer that carries nothing (empty text, nothing ticked) counts as skipped.
    pub fn is_leeg(&self) -> bool {
        match self {
            Antwoord::Keuzes(v) | Antwoord::Volgorde(v) | Antwoord::Lijst(v) => v.is_empty(),
            Antwoord::Tekst(s) => s.trim().is_empty(),
            // "Niets" is a real answer; only a balance with no area chosen is empty.
            Antwoord::Verdeling(k) => k.is_empty(),
            _ => false,
        }
    }
}

fn uniek(ids: &[String]) -> bool {
    ids.iter().enumerate().all(|(i, a)| !ids[..i].contains(a))
}

/// A dated copy of a finished module, for "then and now".
#[derive(Debug, Clone, PartialEq)]
pub struct Momentopname {
    pub op_ms: f64,
    pub antwoorden: BTreeMap<String, Antwoord>,
}

/// Keep at most this many snapshots per module; the oldest go first.
pub const MAX_MOMENTOPNAMES: usize = 12;

/// Every field may be missing in what is read (then it is empty).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModuleStand {
    pub antwoorden: BTreeMap<String, Antwoord>,
    /// The question the person was at, so reopening continues exactly there.
    pub positie: Option<String>,
    /// Parts the person finished (went past their stopping point).
    pub delen_klaar: Vec<String>,
    pub afgerond_op: Option<f64>,
    pub momentopnames: Vec<Momentopname>,
}

impl NaarJson for Antwoord {
    fn naar(&self) -> Json {
        let b = Bouwer::new().veld("soort", self.soort());
        match self {
            Antwoord::Schaal(n) => b.veld("waarde", n),
            Antwoord::WeetNiet => b,
            Antwoord::Keuze(s) | Antwoord::Tekst(s) => b.veld("waarde", s),
            Antwoord::Keuzes(v) | Antwoord::Volgorde(v) | Antwoord::Lijst(v) => b.veld("waarde", v),
            Antwoord::Getal(n) => b.veld("waarde", n),
            Antwoord::Verdeling(k) => b.veld("waarde", k),
        }
        .klaar()
    }
}

impl VanJson for Antwoord {
    /// An unknown `soort` does not fit: the caller refuses the whole, as before.
    fn van(w: Json) -> Option<Self> {
        let mut v = Velden::van(w)?;
        let soort: String = v.moet("soort")?;
        Some(match soort.as_str() {
            "schaal" => Antwoord::Schaal(v.moet("waarde")?),
            "weet-niet" => Antwoord::WeetNiet,
            "keuze" => Antwoord::Keuze(v.moet("waarde")?),
            "keuzes" => Antwoord::Keuzes(v.moet("waarde")?),
            "volgorde" => Antwoord::Volgorde(v.moet("waarde")?),
            "tekst" => Antwoord::Tekst(v.moet("waarde")?),
            "getal" => Antwoord::Getal(v.moet("waarde")?),
            "lijst" => Antwoord::Lijst(v.moet("waarde")?),
            "verdeling" => Antwoord::Verdeling(v.moet("waarde")?),
            _ => return None,
        })
    }
}

impl Antwoord {
    /// The stored name of this kind of answer.
    fn soort(&self) -> &'static str {
        match self {
            Antwoord::Schaal(_) => "schaal",
            Antwoord::WeetNiet => "weet-niet",
            Antwoord::Keuze(_) => "keuze",
            Antwoord::Keuzes(_) => "keuzes",
            Antwoord::Volgorde(_) => "volgorde",
            Antwoord::Tekst(_) => "tekst",
            Antwoord::Getal(_) => "getal",
            Antwoord::Lijst(_) => "lijst",
            Antwoord::Verdeling(_) => "verdeling",
        }
    }
}

json_velden! {
    Momentopname {
        op_ms: moet,
        antwoorden: moet,
    }
}

json_velden! {
    ModuleStand {
        antwoorden: standaard,
        positie: standaard,
        delen_klaar: standaard,
        afgerond_op: standaard,
        momentopnames: standaard,
    }
}

impl ModuleStand {
    /// Answers that fit the module's questions; anything else is left out.
    pub fn geldig<'a>(&'a self, module: &'static Module) -> impl Iterator<Item = (&'static Vraag, &'a Antwoord)> + 'a {
        module
            .delen
            .iter()
            .flat_map(|d| d.vragen.iter())
            .filter_map(|v| self.antwoorden.get(v.id).filter(|a| a.past_bij(v) && !a.is_leeg()).map(|a| (v, a)))
    }

    pub fn aantal_beantwoord(&self, module: &'static Module) -> usize {
        self.geldig(module).count()
    }

    /// Finishing keeps the answers and adds a dated snapshot of them, so a
    /// module done again later can be compared with this time.
    pub fn rond_af(&mut self, nu_ms: f64) {
        self.afgerond_op = Some(nu_ms);
        if self.momentopnames.last().is_some_and(|m| m.antwoorden == self.antwoorden) {
            // Nothing changed since the last snapshot: just update its date.
            if let Some(m) = self.momentopnames.last_mut() {
                m.op_ms = nu_ms;
            }
            return;
        }
        self.momentopnames.push(Momentopname { op_ms: nu_ms, antwoorden: self.antwoorden.clone() });
        if self.momentopnames.len() > MAX_MOMENTOPNAMES {
            self.momentopnames.remove(0);
        }
    }
}

/// Find a question by id across a module.
pub fn vraag_in(module: &'static Module, id: &str) -> Option<&'static Vraag> {
    module.delen.iter().flat_map(|d| d.vragen.iter()).find(|v| v.id == id)
}

/// A list question while the person types a new item: the items already in the
/// list, and the text in the field. The text in the field is part of the answer
/// from the first keystroke (the last item), so moving on, a link, a reload or
/// a closed tab never loses it; "Voeg toe" only empties the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LijstConcept {
    /// The items before the one being typed.
    pub vast: Vec<String>,
    /// Whether the stored list's last item is the text in the field.
    pub concept_opgeslagen: bool,
}

impl LijstConcept {
    /// Splits a stored list into the items shown as a list and the one in the
    /// field: the last item is the field's text when `concept` (as stored) is it.
    pub fn lees(opgeslagen: &[String], concept: &str, concept_opgeslagen: bool) -> Self {
        let eigen = concept_opgeslagen && opgeslagen.last().is_some_and(|l| l == &concept_als_item(concept));
        let vast = if eigen { opgeslagen[..opgeslagen.len() - 1].to_vec() } else { opgeslagen.to_vec() };
        LijstConcept { vast, concept_opgeslagen: eigen }
    }

    /// The answer to store after the field's text became `concept`: the items
    /// before it, plus the text as the last item while it is not blank (and
    /// there is room). `None` for an empty list.
    pub fn antwoord(&self, concept: &str, max: u8) -> (Option<Antwoord>, bool) {
        let item = concept_als_item(concept);
        let mut lijst = self.vast.clone();
        let erbij = !item.is_empty() && lijst.len() < max as usize;
        if erbij {
            lijst.push(item);
        }
        ((!lijst.is_empty()).then_some(Antwoord::Lijst(lijst)), erbij)
    }
}

/// Whether `nieuw` continues the typing that made `oud` (one keystroke in a
/// free text, or in the item being typed at the end of a list), so undo takes
/// the whole typing back at once and not one letter. Adding or removing another
/// list item is a change of its own.
pub fn zelfde_typbeurt(oud: Option<&Antwoord>, nieuw: Option<&Antwoord>) -> bool {
    let lijst = |a: Option<&Antwoord>| match a {
        Some(Antwoord::Lijst(l)) => Some(l.clone()),
        None => Some(Vec::new()),
        _ => None,
    };
    match (oud, nieuw) {
        (Some(Antwoord::Tekst(_)) | None, Some(Antwoord::Tekst(_)) | None) if !(oud.is_none() && nieuw.is_none()) => {
            true
        }
        _ => match (lijst(oud), lijst(nieuw)) {
            (Some(o), Some(n)) => {
                let (kort, lang) = if o.len() <= n.len() { (&o, &n) } else { (&n, &o) };
                match lang.len() - kort.len() {
                    // The last item edited.
                    0 => !kort.is_empty() && kort[..kort.len() - 1] == lang[..lang.len() - 1],
                    // The item being typed started or cleared.
                    1 => lang.starts_with(kort),
                    _ => false,
                }
            }
            _ => false,
        },
    }
}

/// How the text of the field is kept as an item: trimmed, at most [`MAX_LIJST_ITEM`] characters.
pub fn concept_als_item(concept: &str) -> String {
    concept.trim().chars().take(MAX_LIJST_ITEM).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vragenlijst::{optie, t, Deel, Schaal};

    static OPTIES: [super::super::vragenlijst::Optie; 2] = [optie("a", t("A", "A")), optie("b", t("B", "B"))];
    static MODULE: Module = Module {
        id: "test",
        titel: t("T", "T"),
        kort: t("K", "K"),
        intro: t("I", "I"),
        licentie: t("L", "L"),
        delen: &[Deel {
            id: "d",
            titel: t("D", "D"),
            intro: t("I", "I"),
            minuten: 3,
            vragen: &[
                Vraag {
                    id: "s",
                    tekst: t("S", "S"),
                    uitleg: None,
                    soort: Soort::Stelling { schaal: Schaal::Mate, thema: None },
                },
                Vraag { id: "k", tekst: t("K", "K"), uitleg: None, soort: Soort::EenKeuze { opties: &OPTIES } },
                Vraag {
                    id: "m",
                    tekst: t("M", "M"),
                    uitleg: None,
                    soort: Soort::MeerKeuze { opties: &OPTIES, max: Some(1) },
                },
                Vraag {
                    id: "o",
                    tekst: t("O", "O"),
                    uitleg: None,
                    soort: Soort::KiesEnOrden { kaarten: &OPTIES, kies: 2, orden: 1 },
                },
                Vraag {
                    id: "g",
                    tekst: t("G", "G"),
                    uitleg: None,
                    soort: Soort::Getal { min: 0, max: 12, stap: 1, eenheid: t("u", "h") },
                },
                Vraag { id: "v", tekst: t("V", "V"), uitleg: None, soort: Soort::Verdeling { gebieden: &OPTIES } },
            ],
        }],
    };

    #[test]
    fn answers_that_do_not_fit_their_question_are_rejected() {
        let v = |id| vraag_in(&MODULE, id).unwrap();
        assert!(Antwoord::Schaal(5).past_bij(v("s")));
        assert!(!Antwoord::Schaal(6).past_bij(v("s")));
        assert!(!Antwoord::Schaal(0).past_bij(v("s")));
        assert!(Antwoord::WeetNiet.past_bij(v("s")));
        assert!(Antwoord::Keuze("a".into()).past_bij(v("k")));
        assert!(!Antwoord::Keuze("z".into()).past_bij(v("k")));
        assert!(!Antwoord::Keuzes(vec!["a".into(), "b".into()]).past_bij(v("m")), "over max");
        assert!(!Antwoord::Volgorde(vec!["a".into(), "a".into()]).past_bij(v("o")), "duplicate card");
        assert!(Antwoord::Getal(12).past_bij(v("g")));
        assert!(!Antwoord::Getal(13).past_bij(v("g")));
        assert!(!Antwoord::Tekst("x".into()).past_bij(v("g")), "wrong kind");
    }

    fn balans(paren: &[(&str, u8)]) -> Antwoord {
        Antwoord::Verdeling(paren.iter().map(|(k, v)| (k.to_string(), *v)).collect())
    }

    #[test]
    fn an_energy_balance_holds_only_levels_of_known_areas() {
        let v = vraag_in(&MODULE, "v").unwrap();
        assert!(balans(&[("a", 3), ("b", 0)]).past_bij(v));
        assert!(balans(&[("a", 1)]).past_bij(v), "an area may be left empty");
        assert!(!balans(&[("a", 4)]).past_bij(v), "above the highest level");
        assert!(!balans(&[("a", 40), ("b", 60)]).past_bij(v), "an old percentage is not a level");
        assert!(!balans(&[("z", 1)]).past_bij(v), "unknown area");
        assert!(!Antwoord::Schaal(3).past_bij(v), "wrong kind");
    }

    #[test]
    fn choosing_niets_is_an_answer_and_only_no_area_at_all_is_empty() {
        assert!(!balans(&[("a", 0)]).is_leeg());
        assert!(balans(&[]).is_leeg());
        let mut stand = ModuleStand::default();
        stand.antwoorden.insert("v".into(), balans(&[("a", 0), ("b", 0)]));
        assert_eq!(stand.aantal_beantwoord(&MODULE), 1);
    }

    #[test]
    fn a_tampered_answer_is_left_out_of_the_count() {
        let mut stand = ModuleStand::default();
        stand.antwoorden.insert("s".into(), Antwoord::Schaal(4));
        stand.antwoorden.insert("k".into(), Antwoord::Keuze("bestaat-niet".into()));
        stand.antwoorden.insert("m".into(), Antwoord::Keuzes(vec![]));
        stand.antwoorden.insert("onbekend".into(), Antwoord::Schaal(2));
        assert_eq!(stand.aantal_beantwoord(&MODULE), 1);
    }

    #[test]
    fn finishing_again_keeps_the_earlier_answers_as_a_dated_snapshot() {
        let mut stand = ModuleStand::default();
        stand.antwoorden.insert("s".into(), Antwoord::Schaal(2));
        stand.rond_af(100.0);
        stand.antwoorden.insert("s".into(), Antwoord::Schaal(4));
        stand.rond_af(200.0);
        assert_eq!(stand.momentopnames.len(), 2);
        assert_eq!(stand.momentopnames[0].antwoorden["s"], Antwoord::Schaal(2));
        assert_eq!(stand.momentopnames[0].op_ms, 100.0);
        assert_eq!(stand.momentopnames[1].antwoorden["s"], Antwoord::Schaal(4));
        // Finishing again without changes does not add a duplicate.
        stand.rond_af(300.0);
        assert_eq!(stand.momentopnames.len(), 2);
        assert_eq!(stand.afgerond_op, Some(300.0));
    }

    #[test]
    fn snapshots_are_capped_oldest_first() {
        let mut stand = ModuleStand::default();
        for i in 0..(MAX_MOMENTOPNAMES as u8 + 3) {
            stand.antwoorden.insert("s".into(), Antwoord::Schaal(i % 5 + 1));
            stand.antwoorden.insert("g".into(), Antwoord::Getal(i as u16));
            stand.rond_af(i as f64);
        }
        assert_eq!(stand.momentopnames.len(), MAX_MOMENTOPNAMES);
        assert_eq!(stand.momentopnames[0].op_ms, 3.0);
    }

    #[test]
    fn answers_round_trip_through_json() {
        let mut stand = ModuleStand::default();
        stand.antwoorden.insert("o".into(), Antwoord::Volgorde(vec!["b".into(), "a".into()]));
        stand.antwoorden.insert("s".into(), Antwoord::WeetNiet);
        stand.positie = Some("o".into());
        let json = stand.naar().schrijf();
        assert_eq!(Json::lees(&json).and_then(ModuleStand::van), Some(stand));
    }

    #[test]
    fn the_text_in_a_list_field_is_an_item_from_the_first_keystroke() {
        let vast = vec!["Mijn zus".to_string()];
        let c = LijstConcept { vast: vast.clone(), concept_opgeslagen: false };
        // Typed, not confirmed: stored as the last item, trimmed.
        let (a, erbij) = c.antwoord("  Een oud-collega ", 5);
        assert!(erbij);
        assert_eq!(a, Some(Antwoord::Lijst(vec!["Mijn zus".into(), "Een oud-collega".into()])));
        // Read back while typing: the list shows the earlier item, the field the typed one.
        let Some(Antwoord::Lijst(opgeslagen)) = a else { unreachable!() };
        let terug = LijstConcept::lees(&opgeslagen, "  Een oud-collega ", true);
        assert_eq!(terug, LijstConcept { vast: vast.clone(), concept_opgeslagen: true });
        // After a reload there is no field text: every stored item is a list item, none lost.
        assert_eq!(LijstConcept::lees(&opgeslagen, "", false).vast, opgeslagen);
        // The field emptied again: the item goes, the earlier one stays.
        assert_eq!(terug.antwoord("   ", 5), (Some(Antwoord::Lijst(vast)), false));
        // Nothing at all: no answer.
        assert_eq!(LijstConcept { vast: vec![], concept_opgeslagen: false }.antwoord("", 5), (None, false));
    }

    #[test]
    fn a_list_that_is_full_takes_no_typed_item_and_an_outside_change_is_not_mistaken_for_it() {
        let vol = LijstConcept { vast: vec!["a".into(), "b".into()], concept_opgeslagen: false };
        assert_eq!(vol.antwoord("c", 2), (Some(Antwoord::Lijst(vec!["a".into(), "b".into()])), false));
        // Undo (or another tab) took the typed item away: what is left are list items.
        let na_ongedaan = LijstConcept::lees(&["a".to_string()], "b", true);
        assert_eq!(na_ongedaan, LijstConcept { vast: vec!["a".into()], concept_opgeslagen: false });
        // A very long text is cut to the item's limit, and still recognised as the field's.
        let lang = "x".repeat(MAX_LIJST_ITEM + 50);
        let (Some(Antwoord::Lijst(l)), true) =
            LijstConcept { vast: vec![], concept_opgeslagen: false }.antwoord(&lang, 5)
        else {
            panic!()
        };
        assert_eq!(l[0].chars().count(), MAX_LIJST_ITEM);
        assert!(LijstConcept::lees(&l, &lang, true).concept_opgeslagen);
    }

    #[test]
    fn typing_in_a_list_field_is_one_undo_step_and_adding_or_removing_an_item_is_its_own() {
        let l = |v: &[&str]| Some(Antwoord::Lijst(v.iter().map(|s| s.to_string()).collect()));
        let t = |s: &str| Some(Antwoord::Tekst(s.into()));
        assert!(zelfde_typbeurt(t("a").as_ref(), t("ab").as_ref()));
        assert!(zelfde_typbeurt(None, t("a").as_ref()));
        assert!(zelfde_typbeurt(l(&["x"]).as_ref(), l(&["x", "a"]).as_ref()), "the item being typed starts");
        assert!(zelfde_typbeurt(l(&["x", "a"]).as_ref(), l(&["x", "ab"]).as_ref()), "it goes on");
        assert!(zelfde_typbeurt(l(&["x", "a"]).as_ref(), l(&["x"]).as_ref()), "it is cleared");
        assert!(!zelfde_typbeurt(l(&["x", "y"]).as_ref(), l(&["y"]).as_ref()), "another item removed");
        assert!(!zelfde_typbeurt(l(&["x", "y"]).as_ref(), l(&["z", "y"]).as_ref()), "not the last item");
        assert!(!zelfde_typbeurt(Some(&Antwoord::Schaal(2)), Some(&Antwoord::Schaal(3))));
    }
}
