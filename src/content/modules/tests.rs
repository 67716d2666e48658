//! Content checks: completeness of both languages, unique ids, minimum counts
//! and the structural rules from the brief. A rough readability report is
//! printed with `cargo test -- --nocapture`.

use std::collections::HashSet;

use crate::content::modules::{beroepen, energie, stappen, wat_kan_ik, zorgen, MODULES};
use crate::domain::vragenlijst::*;

const RIASEC: [&str; 6] = ["R", "I", "A", "S", "E", "C"];

fn vragen(module: &'static Module) -> impl Iterator<Item = &'static Vraag> {
    module.delen.iter().flat_map(|d| d.vragen.iter())
}

fn module(id: &str) -> &'static Module {
    MODULES.iter().copied().find(|m| m.id == id).unwrap_or_else(|| panic!("module {id} missing"))
}

/// Every text of the modules' sources (`src/content/modules/`), with its file as the
/// label: from the source scan (`tekstbestanden::gescand`), the one gatherer of texts.
fn alle_teksten() -> Vec<(String, Tekst)> {
    crate::content::tekstbestanden::gescand().into_iter().filter(|(bron, _)| bron.starts_with("modules/")).collect()
}

#[test]
fn alle_teksten_in_beide_talen_gevuld() {
    let mut leeg = Vec::new();
    for (waar, t) in alle_teksten() {
        if t.nl.trim().is_empty() {
            leeg.push(format!("{waar} (nl)"));
        }
        if t.en.trim().is_empty() {
            leeg.push(format!("{waar} (en)"));
        }
    }
    assert!(leeg.is_empty(), "empty texts: {leeg:#?}");
}

#[test]
fn licenties_in_gewone_woorden() {
    // Notes for the curious about item sources live on "Over de vragen" (with a
    // gloss); the licence notes themselves stay plain and each module has one.
    for m in MODULES {
        for woord in ["IPIP", "RIASEC", "genormeerd", "Vrij te gebruiken"] {
            assert!(!m.licentie.nl.contains(woord), "{}: licence note says {woord}", m.id);
        }
        assert!(m.licentie.nl.contains("© Spoorwijzer") && m.licentie.en.contains("© Spoorwijzer"), "{}", m.id);
    }
}

#[test]
fn modules_in_vaste_volgorde() {
    let ids: Vec<_> = MODULES.iter().map(|m| m.id).collect();
    assert_eq!(ids, ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis"]);
}

#[test]
fn ids_uniek_en_met_juist_voorvoegsel() {
    let voorvoegsels = ["wbi.", "wki.", "wwi.", "ene.", "zor.", "sta.", "vlb."];
    assert_eq!(voorvoegsels.len(), MODULES.len(), "every module has its own prefix");
    let mut vraag_ids = HashSet::new();
    for (m, prefix) in MODULES.iter().zip(voorvoegsels) {
        let mut deel_ids = HashSet::new();
        for d in m.delen {
            assert!(!d.id.is_empty());
            assert!(deel_ids.insert(d.id), "part id {} twice in {}", d.id, m.id);
            for v in d.vragen {
                assert!(v.id.starts_with(prefix), "{} lacks prefix {prefix}", v.id);
                assert!(vraag_ids.insert(v.id), "question id {} used twice", v.id);
                let mut optie_ids = HashSet::new();
                for o in v.soort.opties() {
                    assert!(!o.id.is_empty(), "empty option id in {}", v.id);
                    assert!(optie_ids.insert(o.id), "option id {} twice in {}", o.id, v.id);
                }
            }
        }
    }
}

#[test]
fn delen_kort_en_eerlijk() {
    for m in MODULES {
        let mut totaal = 0u32;
        for d in m.delen {
            assert!((2..=6).contains(&d.minuten), "{}/{}: {} minutes", m.id, d.id, d.minuten);
            assert!((2..=8).contains(&d.vragen.len()), "{}/{}: {} questions", m.id, d.id, d.vragen.len());
            totaal += u32::from(d.minuten);
        }
        // The module intro states the honest total and the number of parts.
        let n = m.delen.len();
        assert!(m.intro.nl.contains(&format!("{totaal} minuten")), "{}: intro nl should say {totaal} minuten", m.id);
        assert!(m.intro.en.contains(&format!("{totaal} minutes")), "{}: intro en should say {totaal} minutes", m.id);
        assert!(m.intro.nl.contains(&format!("{n} korte delen")), "{}: intro nl should say {n} korte delen", m.id);
        assert!(m.intro.en.contains(&format!("{n} short parts")), "{}: intro en should say {n} short parts", m.id);
    }
}

/// Number of sentences, split on . ? and ! only.
fn aantal_zinnen(s: &str) -> usize {
    s.split(['.', '?', '!']).filter(|z| !z.trim().is_empty()).count()
}

/// The home page shows each module's card with `Module::kort`: a new module
/// brings its own card text, and no two cards say the same.
#[test]
fn elke_module_heeft_een_eigen_kaarttekst() {
    for (i, m) in MODULES.iter().enumerate() {
        for t in [m.kort.nl, m.kort.en] {
            assert!((1..=3).contains(&aantal_zinnen(t)), "{}: card text has {} sentences", m.id, aantal_zinnen(t));
        }
        assert_ne!(m.kort, m.intro, "{}: the card says something shorter than the intro", m.id);
        for ander in &MODULES[..i] {
            assert_ne!(m.kort.nl, ander.kort.nl, "{} and {} share a card text", m.id, ander.id);
        }
    }
}

#[test]
fn intro_lengtes() {
    for m in MODULES {
        for t in [m.intro.nl, m.intro.en] {
            assert!((2..=3).contains(&aantal_zinnen(t)), "{}: module intro has {} sentences", m.id, aantal_zinnen(t));
        }
        for d in m.delen {
            for t in [d.intro.nl, d.intro.en] {
                assert!(
                    (1..=2).contains(&aantal_zinnen(t)),
                    "{}/{}: part intro has {} sentences",
                    m.id,
                    d.id,
                    aantal_zinnen(t)
                );
            }
        }
    }
}

#[test]
fn stellingen_hebben_riasec_thema() {
    for m in MODULES {
        for v in vragen(m) {
            if let Soort::Stelling { thema: Some(th), .. } = v.soort {
                assert!(RIASEC.contains(&th), "{}: unknown theme {th}", v.id);
            }
        }
    }
}

#[test]
fn kies_en_orden_klopt() {
    for m in MODULES {
        for v in vragen(m) {
            if let Soort::KiesEnOrden { kaarten, kies, orden } = v.soort {
                assert!(usize::from(kies) <= kaarten.len(), "{}", v.id);
                assert!(orden <= kies, "{}", v.id);
            }
        }
    }
}

#[test]
fn meer_keuze_max_past() {
    for m in MODULES {
        for v in vragen(m) {
            if let Soort::MeerKeuze { opties, max: Some(max) } = v.soort {
                assert!(max >= 1 && usize::from(max) <= opties.len(), "{}", v.id);
            }
            if let Soort::Getal { min, max, stap, .. } = v.soort {
                assert!(min < max && stap > 0 && (max - min) % stap == 0, "{}", v.id);
            }
        }
    }
}

#[test]
fn wie_ben_ik_inhoud() {
    let m = module("wie-ben-ik");
    let sorts: Vec<_> = vragen(m).filter(|v| matches!(v.soort, Soort::KiesEnOrden { .. })).collect();
    assert_eq!(sorts.len(), 1, "exactly one card sort");
    let Soort::KiesEnOrden { kaarten, kies, orden } = sorts[0].soort else { unreachable!() };
    assert!((20..=28).contains(&kaarten.len()), "{} value cards", kaarten.len());
    assert_eq!((kies, orden), (5, 3));
    assert!(kaarten.iter().all(|k| k.uitleg.is_some()), "every value card has an uitleg");

    let eigen = vragen(m).filter(|v| matches!(v.soort, Soort::EigenLijst { .. })).count();
    assert!(eigen >= 2, "energy givers and drainers lists");
    let kwaliteiten = vragen(m).find(|v| v.id == "wbi.kwaliteiten").expect("qualities");
    let Soort::MeerKeuze { opties, max } = kwaliteiten.soort else { panic!("qualities is MeerKeuze") };
    assert!(opties.len() >= 18 && max == Some(5));
    // Story prompts warn kindly against medical details.
    for id in ["wbi.verhaal.gebeurd", "wbi.verhaal.mis", "wbi.verhaal.helpt"] {
        let v = vragen(m).find(|v| v.id == id).unwrap();
        let u = v.uitleg.expect("uitleg").nl;
        assert!(u.contains("diagnose") || u.contains("medische"), "{id}");
    }
}

#[test]
fn wat_kan_ik_inhoud() {
    let m = module("wat-kan-ik");
    let ids: Vec<_> = wat_kan_ik::VAARDIGHEID.iter().map(|o| (o.id, o.tekst.nl)).collect();
    assert_eq!(
        ids,
        [("goed", "Gaat me goed af"), ("redelijk", "Gaat redelijk"), ("liever-niet", "Doe ik liever niet"),]
    );
    let vaardigheden = vragen(m)
        .filter(|v| matches!(v.soort, Soort::EenKeuze { opties } if std::ptr::eq(opties, &wat_kan_ik::VAARDIGHEID[..])))
        .count();
    assert!(vaardigheden >= 28, "{vaardigheden} skill questions");

    let getal = |id: &str| {
        let v = vragen(m).find(|v| v.id == id).unwrap_or_else(|| panic!("{id}"));
        match v.soort {
            Soort::Getal { min, max, stap, .. } => (min, max, stap),
            _ => panic!("{id} is Getal"),
        }
    };
    // Hours in whole and half hours, up to 12 a day.
    assert!(matches!(vragen(m).find(|v| v.id == "wki.nu.uren").map(|v| &v.soort), Some(Soort::Uren { max: 24, .. })));
    assert_eq!(getal("wki.nu.dagen"), (0, 7, 1));
    assert_eq!(getal("wki.nu.reistijd"), (0, 120, 15));
    for id in [
        "wki.nu.zitten",
        "wki.nu.staan",
        "wki.nu.lopen",
        "wki.nu.tillen",
        "wki.nu.scherm",
        "wki.nu.tempo",
        "wki.nu.voorspelbaar",
        "wki.nu.contact",
    ] {
        let v = vragen(m).find(|v| v.id == id).unwrap_or_else(|| panic!("{id}"));
        assert!(matches!(v.soort, Soort::EenKeuze { .. }), "{id}");
    }
    // Every part with working conditions says it is not a medical judgement, and
    // every capacity question is one the share page leaves out unless ticked.
    for d in m.delen.iter().filter(|d| d.vragen.iter().any(|v| v.id.starts_with("wki.nu."))) {
        assert!(d.intro.nl.contains("geen medisch oordeel"), "{}", d.id);
        assert!(d.vragen.iter().all(|v| crate::domain::deelpakket::is_eigen_beeld(v.id)), "{}", d.id);
    }
    assert_eq!(
        wat_kan_ik::EIGEN_BEELD.nl,
        "Dit is jouw eigen beeld. Je bedrijfsarts (arts voor ziekte en werk) beoordeelt wat je kunt. Deel het alleen als je wilt."
    );
    let lijsten = vragen(m).filter(|v| matches!(v.soort, Soort::EigenLijst { max } if max <= 8)).count();
    assert!(lijsten >= 2, "experience and education lists");
}

#[test]
fn wat_wil_ik_inhoud() {
    let m = module("wat-wil-ik");
    for th in RIASEC {
        let n = vragen(m)
            .filter(|v| matches!(v.soort, Soort::Stelling { schaal: Schaal::Plezier, thema: Some(x) } if x == th))
            .count();
        assert!(n >= 6, "theme {th}: {n} statements");
    }
    // Interest parts mix themes.
    for d in m.delen {
        let themas: HashSet<_> = d
            .vragen
            .iter()
            .filter_map(|v| match v.soort {
                Soort::Stelling { thema, .. } => thema,
                _ => None,
            })
            .collect();
        if !themas.is_empty() {
            assert!(themas.len() >= 4, "{}: only {} themes", d.id, themas.len());
        }
    }
    for id in ["wwi.team", "wwi.binnen-buiten", "wwi.structuur", "wwi.open"] {
        let v = vragen(m).find(|v| v.id == id).unwrap_or_else(|| panic!("{id}"));
        assert!(matches!(v.soort, Soort::EenKeuze { .. }), "{id}");
    }
    // The grief barrier gets a reply and a small step, like the worries.
    let drempels = vragen(m).find(|v| v.id == "wwi.drempels").unwrap();
    let verdriet = drempels.soort.opties().iter().find(|o| o.id == "verdriet").expect("grief option");
    assert!(verdriet.reactie.is_some() && verdriet.stap.is_some(), "the grief option has a reply and a step");
    let sectoren = vragen(m).find(|v| v.id == "wwi.sectoren").unwrap();
    assert!(sectoren.soort.opties().len() >= 10);
}

#[test]
fn energie_inhoud() {
    let m = module("energie");
    let verdelingen: Vec<_> = vragen(m).filter(|v| matches!(v.soort, Soort::Verdeling { .. })).collect();
    assert_eq!(verdelingen.len(), 1);
    let ids: Vec<_> = verdelingen[0].soort.opties().iter().map(|o| o.id).collect();
    assert_eq!(ids, ["spoor1", "spoor2", "herstel", "thuis", "overig"]);
    let korte: Vec<_> = energie::KORTE_NAMEN.iter().map(|(id, _)| *id).collect();
    assert_eq!(korte, ids, "every area has a short name, in the same order");
    // One level per step up to the highest, and no total to reach in the texts.
    assert_eq!(energie::NIVEAUS.len(), usize::from(crate::domain::balans::MAX_NIVEAU) + 1);
    let uitleg = verdelingen[0].uitleg.expect("the balance explains itself");
    for t in [uitleg.nl, uitleg.en, m.intro.nl, m.intro.en] {
        assert!(!t.contains('%') && !t.contains("100"), "no percentages to divide: {t}");
    }
    assert!(vragen(m).any(|v| matches!(v.soort, Soort::Stelling { .. })));
    assert!(vragen(m).any(|v| matches!(v.soort, Soort::MeerKeuze { .. })));
    assert!((6..=8).contains(&energie::SUGGESTIES.len()));
}

/// Issue 23: the worries that can signal despair (grief, standing alone, shame,
/// no energy, and "Ik zie het soms niet meer zitten") show where to turn for
/// help under their reply; the others do not.
#[test]
fn worries_that_signal_despair_show_the_help() {
    let m = module("zorgen");
    let opties = vragen(m).find(|v| v.id == "zor.gedachten").unwrap().soort.opties();
    let met: Vec<_> = opties.iter().filter(|o| o.hulp).map(|o| o.id).collect();
    assert_eq!(met, ["schaamte", "geen-energie", "verdriet", "alleen", "niet-zitten"]);
    let zitten = opties.iter().find(|o| o.id == "niet-zitten").unwrap();
    assert_eq!(zitten.tekst.nl, "Ik zie het soms niet meer zitten.");
    // Its reply points down to the help, and asks nothing about a diagnosis.
    for tk in [zitten.reactie.unwrap(), zitten.stap.unwrap()] {
        assert!(!tk.nl.contains('?') && !tk.nl.to_lowercase().contains("diagnose"), "{}", tk.nl);
    }
    assert!(zitten.stap.unwrap().nl.contains("hieronder") && zitten.stap.unwrap().en.contains("below"));
    // Grief in "Wat wil ik?" too; no other module's option carries it.
    let elders: Vec<_> = MODULES
        .iter()
        .copied()
        .filter(|m| m.id != "zorgen")
        .flat_map(|m| {
            vragen(m).flat_map(move |v| v.soort.opties().iter().filter(|o| o.hulp).map(move |o| (m.id, o.id)))
        })
        .collect();
    assert_eq!(elders, [("wat-wil-ik", "verdriet")]);
}

#[test]
fn zorgen_inhoud() {
    let m = module("zorgen");
    let meer: Vec<_> = vragen(m).filter(|v| matches!(v.soort, Soort::MeerKeuze { .. })).collect();
    assert_eq!(meer.len(), 1, "one MeerKeuze");
    let Soort::MeerKeuze { opties, max } = meer[0].soort else { unreachable!() };
    assert_eq!(max, None);
    assert!(opties.len() >= 10);
    for o in opties {
        let r = o.reactie.unwrap_or_else(|| panic!("{} has reactie", o.id));
        assert!(o.stap.is_some(), "{} has stap", o.id);
        // The money reply is the one long reply: it is shown in parts, each short.
        if o.id == zorgen::GELD_ID {
            continue;
        }
        let zinnen = aantal_zinnen(r.nl);
        assert!((2..=4).contains(&zinnen), "{}: reactie has {zinnen} sentences", o.id);
    }
    for id in [
        "te-ziek",
        "eigen-werk",
        "wachten",
        "geld",
        "onbekend",
        "te-oud",
        "werkgever",
        "schaamte",
        "geen-energie",
        "niet-weten",
        "weerstand",
        "boos",
        "weg-willen",
        "twee-sporen",
        "verdriet",
    ] {
        assert!(opties.iter().any(|o| o.id == id), "worry {id} missing");
    }
    // Each reply is its own: no two worries share a reply or a step.
    let reacties: HashSet<_> = opties.iter().map(|o| o.reactie.unwrap().nl).collect();
    let stappen: HashSet<_> = opties.iter().map(|o| o.stap.unwrap().nl).collect();
    assert_eq!(reacties.len(), opties.len(), "a reply is used twice");
    assert_eq!(stappen.len(), opties.len(), "a step is used twice");
    // The money reply (issue 23): the facts from the reference, right for everyone,
    // one small step, then independent places to ask. Its parts: domain::tijdlijn::geld.
    let geld = opties.iter().find(|o| o.id == zorgen::GELD_ID).unwrap();
    let (r, s) = (geld.reactie.unwrap(), geld.stap.unwrap());
    for nodig in [
        "minstens 70%",
        "cao",
        "tweede spoor verandert daar niets aan",
        "Ziektewet",
        "uiterlijk aan het eind van week 93",
        "Je contract stopt daardoor niet vanzelf",
        "Waar kun je terecht?",
        "vakbond",
        "Het Juridisch Loket",
        "gratis als je weinig inkomen",
    ] {
        assert!(r.nl.contains(nodig), "money reply lacks '{nodig}'");
    }
    assert!(!r.nl.contains("7:629") && !r.nl.contains("100%"), "no article, no 100% in the comfort reply");
    assert!(!r.nl.contains("gratis advies over je rechten"), "not 'free advice' for everyone");
    assert!(r.en.contains("at least 70%") && r.en.contains("by the end of week 93") && r.en.contains("Ziektewet"));
    assert_eq!(aantal_zinnen(s.nl), 2, "one small step: {}", s.nl);
    assert!(!s.nl.contains("deskundigenoordeel") && !s.nl.contains("Juridisch"), "the step is one step");
    // The fear replies carry the calming facts (issue 23, item 4).
    let reactie = |id: &str| opties.iter().find(|o| o.id == id).unwrap().reactie.unwrap();
    assert!(reactie("weg-willen").nl.contains("opzegverbod") && reactie("weg-willen").nl.contains("spoor 1"));
    assert!(reactie("weerstand").nl.contains("Sinds 2023") && reactie("weerstand").nl.contains("plan van aanpak"));
    assert!(reactie("weerstand").nl.contains("niet mee eens"));
    assert!(reactie("twee-sporen").nl.contains("vragen om het plan van aanpak aan te passen"));
    assert!(reactie("te-ziek").nl.contains("geen mogelijkheden") && reactie("te-ziek").nl.contains("uitzondering"));
    // "Ik heb geen energie" gets a step that respects rest, not a module.
    let energie = opties.iter().find(|o| o.id == "geen-energie").unwrap().stap.unwrap();
    assert!(!energie.nl.contains("module") && !energie.en.contains("module"), "{}", energie.nl);
    let gesprek = vragen(m).find(|v| v.id == "zor.gesprek").expect("zor.gesprek");
    assert!(matches!(gesprek.soort, Soort::VrijeTekst { .. }));
    assert!(gesprek.uitleg.unwrap().nl.contains("diagnose"));
}

#[test]
fn stappen_inhoud() {
    let m = module("stappen");
    let status: Vec<_> = vragen(m)
        .filter(|v| matches!(v.soort, Soort::EenKeuze { opties } if std::ptr::eq(opties, &stappen::STATUS[..])))
        .map(|v| v.id)
        .collect();
    assert_eq!(status, ["sta.1", "sta.2", "sta.3", "sta.4", "sta.5", "sta.6", "sta.7"]);
    let ids: Vec<_> = stappen::STATUS.iter().map(|o| o.id).collect();
    assert_eq!(ids, ["nog-niet", "bezig", "gedaan", "past-niet"]);
    // Success in plural: step 7 offers alternatives beside a new job, and the
    // person picks what success means for them.
    let succes = vragen(m).find(|v| v.id == "sta.succes").expect("sta.succes");
    assert!(matches!(succes.soort, Soort::MeerKeuze { max: None, .. }));
    let ids: Vec<_> = succes.soort.opties().iter().map(|o| o.id).collect();
    for id in [
        "nieuw-werk",
        "eigen-werk",
        "eigen-werkgever",
        "vrijwilligerswerk",
        "werkervaring",
        "herstel",
        "energie",
        "vertrouwen",
        "lotgenoten",
    ] {
        assert!(ids.contains(&id), "success option {id} missing");
    }
    let stap7 = vragen(m).find(|v| v.id == "sta.7").unwrap();
    assert!(!stap7.tekst.nl.contains("Nieuw werk"), "step 7 is not only a new job");
    for n in 1..=7 {
        let id = format!("sta.{n}.notitie");
        let v = vragen(m).find(|v| v.id == id).unwrap_or_else(|| panic!("{id}"));
        assert!(matches!(v.soort, Soort::VrijeTekst { hint: 200 }), "{id}");
    }
}

#[test]
fn verlies_en_betekenis_inhoud() {
    let m = module("verlies-en-betekenis");
    assert!((3..=4).contains(&m.delen.len()), "3 or 4 short parts");
    let delen: Vec<_> = m.delen.iter().map(|d| d.id).collect();
    assert_eq!(delen, ["missen", "blijft", "ertoe-doen", "deze-week"]);
    // The five themes from the brief, each with its own question.
    for id in ["vlb.mis", "vlb.niet-mis", "vlb.blijft", "vlb.ertoe", "vlb.gezien", "vlb.goed"] {
        assert!(vragen(m).any(|v| v.id == id), "question {id} missing");
    }
    // No scores: no statements on a scale, no numbers.
    assert!(vragen(m).all(|v| !matches!(
        v.soort,
        Soort::Stelling { .. } | Soort::Getal { .. } | Soort::Uren { .. } | Soort::Verdeling { .. }
    )));
    // Grief is named as normal and as taking time.
    assert!(m.intro.nl.contains("Verdriet") && m.intro.nl.contains("kost tijd") && m.intro.nl.contains("normaal"));
    // Every free-text answer box warns against a diagnosis, or says sharing is a choice.
    for v in vragen(m).filter(|v| matches!(v.soort, Soort::VrijeTekst { .. })) {
        let u = v.uitleg.unwrap_or_else(|| panic!("{} has uitleg", v.id)).nl;
        assert!(u.contains("diagnose") || u.contains("Jij kiest zelf"), "{}: {u}", v.id);
    }
}

/// Issue 23, item 6: many readers still have their job, and may go back to it.
#[test]
fn verlies_neemt_niet_aan_dat_het_werk_weg_is() {
    let m = module("verlies-en-betekenis");
    let mut teksten = vec![m.intro];
    for d in m.delen {
        teksten.push(d.intro);
        for v in d.vragen {
            teksten.extend([v.tekst].into_iter().chain(v.uitleg));
            for o in v.soort.opties() {
                teksten.extend([o.tekst].into_iter().chain(o.reactie).chain(o.stap));
            }
        }
    }
    for tekst in &teksten {
        for fout in ["oude werk", "kwijtraken", "kwijt bent", "meer dan zijn werk"] {
            assert!(!tekst.nl.contains(fout), "{fout}: {}", tekst.nl);
        }
        for fout in ["old work", "old job", "losing your work", "more than their work"] {
            assert!(!tekst.en.contains(fout), "{fout}: {}", tekst.en);
        }
    }
    assert!(m.intro.nl.contains("je eigen werk") && m.intro.en.contains("your own work"));
    let vraag = |id: &str| vragen(m).find(|v| v.id == id).unwrap_or_else(|| panic!("{id}"));
    assert!(vraag("vlb.mis").tekst.nl.contains("je eigen werk, zoals het was"));
    // Where you matter includes work, also now.
    let werk = vraag("vlb.ertoe").soort.opties().iter().find(|o| o.id == "werk").expect("work as a place to matter");
    assert_eq!((werk.tekst.nl, werk.tekst.en), ("Op mijn werk, ook nu", "At my work, also now"));
    // Meaning looking forward, free text, skippable like the rest.
    assert!(matches!(vraag("vlb.straks").soort, Soort::VrijeTekst { .. }));
}

/// Issue 23, items 6 and 7: after "who sees you", "no one" gets a kind line
/// and the coach; someone named gets one small step to close the loop. Each
/// reply belongs to its own answer only (replies show under a ticked option).
#[test]
fn verlies_wie_ziet_jou_niemand_en_de_kleine_stap() {
    let m = module("verlies-en-betekenis");
    let deel = m.delen.iter().find(|d| d.id == "ertoe-doen").unwrap();
    let plek = |id: &str| deel.vragen.iter().position(|v| v.id == id).unwrap_or_else(|| panic!("{id}"));
    assert_eq!(plek("vlb.gezien.nu"), plek("vlb.gezien") + 1, "right after 'Wie ziet jou?'");
    let v = &deel.vragen[plek("vlb.gezien.nu")];
    assert!(matches!(v.soort, Soort::MeerKeuze { max: None, .. }), "nothing has to be chosen");
    let opties = v.soort.opties();
    let optie = |id: &str| opties.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("{id}"));
    let niemand = optie("niemand");
    let r = niemand.reactie.expect("a kind line for 'no one'");
    assert!(r.nl.contains("hoe zwaar het nu is") && r.nl.contains("niets over wie jij bent"), "{}", r.nl);
    assert!(r.en.contains("how heavy things are") && r.en.contains("nothing about who you are"), "{}", r.en);
    assert!(niemand.stap.is_some_and(|s| s.nl.contains("coach") && s.en.contains("coach")));
    let vertellen = optie("vertellen");
    let stap = vertellen.stap.expect("closing the loop is a small step");
    assert!(stap.nl.contains("hoe het nu echt met je gaat"), "{}", stap.nl);
    // A reply is only rendered with one (vragen.rs), and the kind line is not
    // said to the person who named someone.
    assert!(vertellen.reactie.is_some());
    assert!(!vertellen.reactie.unwrap().nl.contains("wie jij bent"));
}

/// Issue 23, item 6 and 7: a dark week may leave the last part empty, and the
/// person is invited back to it later.
#[test]
fn verlies_laatste_deel_mag_leeg_en_nodigt_uit_terug_te_komen() {
    let m = module("verlies-en-betekenis");
    let laatste = m.delen.last().unwrap();
    assert_eq!(laatste.vragen[0].id, "vlb.goed");
    assert!(laatste.intro.nl.contains("mag dit leeg blijven") && laatste.intro.nl.contains("over een paar weken"));
    assert!(laatste.intro.en.contains("may stay empty") && laatste.intro.en.contains("in a few weeks"));
    // The intro says how long it all takes: the parts add up to it.
    let minuten: u32 = m.delen.iter().map(|d| u32::from(d.minuten)).sum();
    assert!(m.intro.nl.contains(&format!("{minuten} minuten")) && m.intro.en.contains(&format!("{minuten} minutes")));
}

#[test]
fn the_six_themes_each_lead_to_occupations_of_esco() {
    let ids: Vec<_> = beroepen::THEMAS.iter().map(|t| t.id).collect();
    assert_eq!(ids, RIASEC);
    // One source of occupations (issue 27): each theme leads to groups of ESCO's, none to a list of its own.
    for th in &beroepen::THEMAS {
        assert!(!crate::domain::beroepen::groepen_bij_thema(th.id).is_empty(), "{}", th.id);
    }
}

/// Lower-case words of a text, without punctuation.
fn woorden(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn geen_drukwoorden() {
    let nl_verboden = ["verplicht", "verplichte", "moet", "moeten", "snel", "direct", "zwaktes", "zwakte"];
    let en_verboden = ["must", "mandatory", "required", "quickly", "weakness", "weaknesses"];
    for (waar, t) in alle_teksten() {
        for w in woorden(t.nl) {
            assert!(!nl_verboden.contains(&w.as_str()), "{waar}: '{w}' in \"{}\"", t.nl);
        }
        for w in woorden(t.en) {
            assert!(!en_verboden.contains(&w.as_str()), "{waar}: '{w}' in \"{}\"", t.en);
        }
    }
}

/// Sentences of a Dutch text (rough split on . ? ! and :).
fn zinnen(s: &str) -> Vec<&str> {
    s.split(['.', '?', '!', ':']).map(str::trim).filter(|z| !z.is_empty()).collect()
}

/// The one syllable count of the project (vowel groups), shared with the readability test.
use crate::content::leesbaarheid_tests::lettergrepen;

#[test]
fn zinnen_kort_genoeg() {
    let mut lang = Vec::new();
    // The home page's card texts (`Module::kort`) were written as interface texts:
    // they keep the interface's limit of 20 words (`leesbaarheid_tests`).
    for (waar, t) in alle_teksten().into_iter().filter(|(_, t)| !MODULES.iter().any(|m| m.kort == *t)) {
        for z in zinnen(t.nl) {
            let n = woorden(z).len();
            if n > 18 {
                lang.push(format!("{waar}: {n} words: {z}"));
            }
        }
    }
    assert!(lang.is_empty(), "sentences over 18 words: {lang:#?}");
}

#[test]
fn leesbaarheid_rapport() {
    // Flesch–Douma: 206.84 - 0.77 * syllables per 100 words - 0.93 * words per sentence.
    // A rough estimate (syllables counted as vowel groups); printed, and the
    // whole set is expected to stay at 60 or above.
    let mut totaal = (0usize, 0usize, 0usize);
    let mut regels = Vec::new();
    for m in MODULES {
        let mut s = (0usize, 0usize, 0usize);
        for (i, d) in m.delen.iter().enumerate() {
            let mut teksten = vec![d.titel.nl, d.intro.nl];
            if i == 0 {
                teksten.push(m.intro.nl);
            }
            for v in d.vragen {
                teksten.push(v.tekst.nl);
                teksten.extend(v.uitleg.map(|u| u.nl));
                for o in v.soort.opties() {
                    teksten.push(o.tekst.nl);
                    teksten.extend(o.uitleg.map(|u| u.nl));
                    teksten.extend(o.reactie.map(|u| u.nl));
                    teksten.extend(o.stap.map(|u| u.nl));
                }
            }
            for tekst in teksten {
                for z in zinnen(tekst) {
                    let w = woorden(z);
                    s.0 += 1;
                    s.1 += w.len();
                    s.2 += w.iter().map(|w| lettergrepen(w)).sum::<usize>();
                }
            }
        }
        let score = douma(s);
        regels.push(format!(
            "{:<12} {:>5.1}  ({} sentences, {:.1} words/sentence)",
            m.id,
            score,
            s.0,
            s.1 as f64 / s.0 as f64
        ));
        totaal = (totaal.0 + s.0, totaal.1 + s.1, totaal.2 + s.2);
    }
    let score = douma(totaal);
    println!("Flesch–Douma (rough):\n{}\nall          {score:>5.1}", regels.join("\n"));
    assert!(score >= 60.0, "overall readability {score:.1}");
}

fn douma((zinnen, woorden, grepen): (usize, usize, usize)) -> f64 {
    let per_zin = woorden as f64 / zinnen as f64;
    let per_100 = grepen as f64 / woorden as f64 * 100.0;
    206.84 - 0.77 * per_100 - 0.93 * per_zin
}

#[test]
#[ignore = "prints every text for proofreading: cargo test dump -- --ignored --nocapture"]
fn dump() {
    for (waar, t) in alle_teksten() {
        println!("{waar}\n  NL {}\n  EN {}", t.nl, t.en);
    }
}
