use proptest::prelude::*;

use super::*;
use crate::domain::dokument::Actie;

fn antwoord(vraag: &str, tekst: &str) -> Actie {
    Actie::Beantwoord { module: "m/1".into(), vraag: vraag.into(), antwoord: Some(Antwoord::Tekst(tekst.into())) }
}

fn wis(vraag: &str) -> Actie {
    Actie::Beantwoord { module: "m/1".into(), vraag: vraag.into(), antwoord: None }
}

fn tekst<'a>(d: &'a Dokument, vraag: &str) -> Option<&'a Antwoord> {
    d.modules.get("m/1")?.antwoorden.get(vraag)
}

#[test]
fn every_field_key_reads_back_as_the_same_field() {
    let velden = [
        Veld::Taal,
        Veld::Tekstgrootte,
        Veld::LaatsteModule,
        Veld::Tijdlijn,
        Veld::Coach,
        Veld::Antwoord("wie/ben%ik".into(), "a.b/c".into()),
        Veld::Positie("m".into()),
        Veld::DeelKlaar("m".into(), "d%2F".into()),
        Veld::Afgerond("m".into()),
        Veld::Momentopname("m".into(), "1.5".into()),
        Veld::Ontvangen("17".into()),
        Veld::Uitnodiging("u-1".into()),
        Veld::Kijk("r/1".into()),
        Veld::Kandidaat,
    ];
    for v in velden {
        assert_eq!(Veld::uit_sleutel(&v.sleutel()), Some(v.clone()), "{}", v.sleutel());
    }
    assert_eq!(Veld::uit_sleutel("x/y/z/w"), None);
}

#[test]
fn a_change_stamps_exactly_the_fields_it_touched() {
    let mut d = Dokument::default();
    assert!(d.doe(&antwoord("q1", "a"), "t", 1000.0));
    let eerste = d.versies.clone();
    assert_eq!(eerste.len(), 3, "the answer, the position and the module last worked in: {eerste:?}");
    assert!(d.doe(&antwoord("q2", "b"), "t", 1000.0));
    let q1 = Veld::Antwoord("m/1".into(), "q1".into());
    let q2 = Veld::Antwoord("m/1".into(), "q2".into());
    assert_eq!(d.versies[&q1], eerste[&q1], "q1 was not touched");
    assert!(d.versies[&q2] > d.versies[&q1], "a later change has a higher version, even within one millisecond");
    assert!(!d.doe(&antwoord("q2", "b"), "t", 2000.0), "the same answer again is no change");
}

#[test]
fn a_removal_is_kept_as_a_version_so_an_older_copy_cannot_bring_it_back() {
    let mut a = Dokument::default();
    a.doe(&antwoord("q1", "geheim"), "a", 1000.0);
    let oud = a.clone();
    a.doe(&wis("q1"), "a", 2000.0);
    for samen in [voeg_samen(&a, &oud), voeg_samen(&oud, &a)] {
        assert_eq!(tekst(&samen, "q1"), None);
    }
}

#[test]
fn the_later_write_wins_whichever_copy_merges_first() {
    let basis = Dokument::default();
    let (mut a, mut b) = (basis.clone(), basis);
    a.doe(&antwoord("q", "eerder"), "a", 1000.0);
    b.doe(&antwoord("q", "later"), "b", 2000.0);
    assert_eq!(tekst(&voeg_samen(&a, &b), "q"), Some(&Antwoord::Tekst("later".into())));
    assert_eq!(tekst(&voeg_samen(&b, &a), "q"), Some(&Antwoord::Tekst("later".into())));
}

#[test]
fn fields_without_a_version_from_an_older_document_lose_to_any_change() {
    let mut oud = Dokument::default();
    oud.pas_toe(&antwoord("q", "oud"));
    let mut nieuw = oud.clone();
    nieuw.doe(&antwoord("q", "nieuw"), "t", 5.0);
    assert_eq!(tekst(&voeg_samen(&oud, &nieuw), "q"), Some(&Antwoord::Tekst("nieuw".into())));
}

/// A few tabs making random changes from the same start, each on its own copy.
fn kopieen() -> impl Strategy<Value = Vec<Dokument>> {
    let actie = (0u8..4, 0u8..4, 0u8..5).prop_map(|(soort, vraag, waarde)| match soort {
        0 => wis(&format!("q{vraag}")),
        1 => Actie::DeelKlaar { module: "m/1".into(), deel: format!("d{waarde}") },
        2 => Actie::ZetVanzelfVerder(waarde % 2 == 0),
        _ => antwoord(&format!("q{vraag}"), &format!("w{waarde}")),
    });
    proptest::collection::vec(proptest::collection::vec((actie, 0u64..4), 0..8), 1..4).prop_map(|tabs| {
        tabs.into_iter()
            .enumerate()
            .map(|(i, acties)| {
                let mut d = Dokument::default();
                for (n, (a, stap)) in acties.iter().enumerate() {
                    d.doe(a, &format!("t{i}"), (n as u64 * 4 + stap) as f64);
                }
                d
            })
            .collect()
    })
}

proptest! {
    /// Commutative, associative and idempotent: copies that have seen the same
    /// writes are the same, in whatever order they merged.
    #[test]
    fn merging_is_order_free(docs in kopieen()) {
        for a in &docs {
            prop_assert!(zelfde_inhoud(&voeg_samen(a, a), a));
            for b in &docs {
                prop_assert!(zelfde_inhoud(&voeg_samen(a, b), &voeg_samen(b, a)));
                for c in &docs {
                    let links = voeg_samen(&voeg_samen(a, b), c);
                    let rechts = voeg_samen(a, &voeg_samen(b, c));
                    prop_assert!(zelfde_inhoud(&links, &rechts));
                    prop_assert_eq!(velden(&links), velden(&rechts));
                }
            }
        }
    }

    /// Each field of a merge is that of the copy with the higher version.
    #[test]
    fn each_field_takes_the_newest_value(docs in kopieen()) {
        let mut samen = Dokument::default();
        for d in &docs {
            samen = voeg_samen(&samen, d);
        }
        let samen_velden = velden(&samen);
        let mut alle: BTreeSet<Veld> = BTreeSet::new();
        for d in &docs {
            alle.extend(d.versies.keys().cloned());
        }
        for veld in alle {
            let winnaar = docs.iter().max_by(|a, b| {
                versie_van(a, &veld).cmp(versie_van(b, &veld))
                    .then_with(|| velden(a).get(&veld).map(Json::schrijf).cmp(&velden(b).get(&veld).map(Json::schrijf)))
            }).unwrap();
            let verwacht = velden(winnaar);
            prop_assert_eq!(samen_velden.get(&veld), verwacht.get(&veld), "{:?}", veld);
        }
    }
}
