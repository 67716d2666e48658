//! A model of one browser with several tabs, to hold the keeping rules against
//! the worst realistic cases: writes that reach other tabs late, tabs that
//! reload or move to another entry (a page load), tabs that freeze and wake
//! (with or without their wake handler running), wipes, imports that add or
//! replace, and a newer app writing a document this build cannot read.
//!
//! The browser keeps one storage (`centraal`), applied in the order writes
//! arrive. Each tab has its own copy that hears of other tabs' writes later,
//! in that same order (as Chromium's renderer caches do); hearing one fires the
//! tab's storage event, unless the tab is frozen. A tab's own write replaces
//! anything of the same key still on its way to it.
//!
//! Writes reach a live tab within milliseconds: faster than a person acts,
//! reloads or a browser freezes it. So before a step in a live tab, it has
//! heard what was written before the previous step (the previous step's
//! writes may still be on their way: two tabs writing in the same moment, in
//! which neither loses its change, as each writes back what the other's copy
//! lacks when it hears it). What is written while a tab is frozen, it hears
//! only when it wakes; a frozen tab that is reloaded never hears it.
//!
//! After every step: nothing written before a wipe is read back from storage.
//! When everything is delivered and every tab awake: no key in storage and no
//! tab holds a wiped word; each question holds the value written last (in step
//! order) among the writes that were taken; every tab shows what is stored; no
//! tab's journal keeps a field the document has changed since (a removed
//! answer's words included); a replaced document is kept as a backup; a newer
//! document is never written over.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::*;
use crate::domain::antwoorden::Antwoord;
use crate::domain::dokument::Importmanier;

/// One tab's copy of storage; it records what the tab writes, so the model can
/// send it on to the browser and the other tabs.
#[derive(Default)]
struct Zicht {
    kaart: RefCell<BTreeMap<String, String>>,
    log: RefCell<Vec<(String, Option<String>)>>,
}

impl Sleutelopslag for Zicht {
    fn lees(&self, s: &str) -> Result<Option<String>, OpslagFout> {
        Ok(self.kaart.borrow().get(s).cloned())
    }
    fn schrijf(&self, s: &str, w: &str) -> Result<(), OpslagFout> {
        self.kaart.borrow_mut().insert(s.into(), w.into());
        self.log.borrow_mut().push((s.into(), Some(w.into())));
        Ok(())
    }
    fn verwijder(&self, s: &str) -> Result<(), OpslagFout> {
        self.kaart.borrow_mut().remove(s);
        self.log.borrow_mut().push((s.into(), None));
        Ok(())
    }
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        Ok(self.kaart.borrow().keys().cloned().collect())
    }
}

/// What the app does in one tab, as the store (`ui::winkel`) does it.
struct Tab {
    dokument: Dokument,
    stand: Bewaarstand,
    tabblad: Tabblad,
}

impl Tab {
    fn start(zicht: &Zicht, id: &str, nu: f64) -> Tab {
        let start = opstarten(zicht, nu, Tabblad::nieuw(id));
        Tab { dokument: start.dokument, stand: start.stand, tabblad: start.tabblad }
    }

    fn doe(&mut self, zicht: &Zicht, actie: &Actie, nu: f64) {
        let w = wijzig(zicht, self.stand, &self.dokument, actie, nu, &mut self.tabblad);
        self.neem(w);
    }

    /// The storage event, or the wake handler (`pageshow`, `resume`, `visibilitychange`).
    fn hoor(&mut self, zicht: &Zicht, nu: f64) {
        if let Some(w) = na_ander_tabblad(zicht, self.stand, &self.dokument, &mut self.tabblad, nu) {
            self.neem(w);
        }
    }

    fn wis(&mut self, zicht: &Zicht, nu: f64) {
        let generatie = format!("wis-{nu}");
        if let Ok(doc) = wis_alles(zicht, &generatie, &mut self.tabblad) {
            self.dokument = doc;
        }
    }

    fn neem(&mut self, w: Wijziging) {
        self.dokument = w.dokument;
        self.stand = w.stand;
    }
}

#[derive(Debug, Clone)]
enum Stap {
    Antwoord { tab: usize, vraag: u8, wis: bool },
    Bezorg { tab: usize },
    Herlaad { tab: usize },
    Bevries { tab: usize },
    Wek { tab: usize, met_handler: bool },
    Wis { tab: usize },
    Vervang { tab: usize },
    VoegSamen { tab: usize },
    NieuwereApp { tab: usize },
}

const TABS: usize = 3;
const VRAGEN: u8 = 4;

fn stap() -> impl Strategy<Value = Stap> {
    let tab = 0..TABS;
    prop_oneof![
        8 => (tab.clone(), 0..VRAGEN, proptest::bool::weighted(0.15))
            .prop_map(|(tab, vraag, wis)| Stap::Antwoord { tab, vraag, wis }),
        8 => tab.clone().prop_map(|tab| Stap::Bezorg { tab }),
        3 => tab.clone().prop_map(|tab| Stap::Herlaad { tab }),
        2 => tab.clone().prop_map(|tab| Stap::Bevries { tab }),
        2 => (tab.clone(), any::<bool>()).prop_map(|(tab, met_handler)| Stap::Wek { tab, met_handler }),
        1 => tab.clone().prop_map(|tab| Stap::Wis { tab }),
        1 => tab.clone().prop_map(|tab| Stap::Vervang { tab }),
        1 => tab.clone().prop_map(|tab| Stap::VoegSamen { tab }),
    ]
}

fn met_nieuwere_app() -> impl Strategy<Value = Vec<Stap>> {
    (proptest::collection::vec(stap(), 0..30), 0..TABS, proptest::collection::vec(stap(), 1..30)).prop_map(
        |(mut voor, tab, na)| {
            voor.push(Stap::NieuwereApp { tab });
            voor.extend(na);
            voor
        },
    )
}

const MODULE: &str = "m";
const NIEUWER: &str = r#"{"schema":999,"revisie":1,"van":"een nieuwere app"}"#;

fn vraag(n: u8) -> String {
    format!("q{n}")
}

struct Browser {
    centraal: BTreeMap<String, String>,
    zichten: Vec<Zicht>,
    tabs: Vec<Tab>,
    /// Writes on their way to each tab, oldest first, with the step that wrote them.
    onderweg: Vec<Vec<(String, Option<String>, u64)>>,
    bevroren: Vec<bool>,
    stap: u64,
    laadbeurt: u64,
    /// Every word ever written, and those written before the latest wipe.
    geschreven: Vec<String>,
    gewist: BTreeSet<String>,
    /// Per question, the last write that was taken (None: removed), since the latest wipe.
    laatst: BTreeMap<String, Option<String>>,
    /// Answers in a document that was replaced: each must be in a backup.
    vervangen: Vec<BTreeMap<String, Antwoord>>,
    /// The tab in which a newer version of the app runs, once it does. It
    /// writes its own document again whenever it hears another write over it.
    nieuwere_tab: Option<usize>,
    /// The newer document should be in storage (it was not wiped since).
    nieuwere_app: bool,
    /// Whether each tab's copy of storage holds the newer document.
    zag_nieuwer: Vec<bool>,
    schending: Option<String>,
}

impl Browser {
    fn nieuw() -> Browser {
        let mut b = Browser {
            centraal: BTreeMap::new(),
            zichten: (0..TABS).map(|_| Zicht::default()).collect(),
            tabs: Vec::new(),
            onderweg: vec![Vec::new(); TABS],
            bevroren: vec![false; TABS],
            stap: 0,
            laadbeurt: 0,
            geschreven: Vec::new(),
            gewist: BTreeSet::new(),
            laatst: BTreeMap::new(),
            vervangen: Vec::new(),
            nieuwere_tab: None,
            nieuwere_app: false,
            zag_nieuwer: vec![false; TABS],
            schending: None,
        };
        for i in 0..TABS {
            let tab = b.laad(i);
            b.tabs.push(tab);
        }
        b
    }

    fn nu(&self) -> f64 {
        // Whole seconds apart, so "later in the steps" is "later by the clock".
        1_800_000_000_000.0 + self.stap as f64 * 1000.0
    }

    fn laad(&mut self, i: usize) -> Tab {
        self.laadbeurt += 1;
        let id = format!("t{i}-{}", self.laadbeurt);
        let nu = self.nu();
        let tab = Tab::start(&self.zichten[i], &id, nu);
        self.verstuur(i);
        tab
    }

    /// What tab `i` wrote goes to the browser and on its way to the others.
    fn verstuur(&mut self, i: usize) {
        let log: Vec<_> = self.zichten[i].log.borrow_mut().drain(..).collect();
        for (k, v) in log {
            // Removing it (a wipe the person asked for) is not writing over it.
            let over_nieuwer = v.as_deref().is_some_and(|w| w != NIEUWER);
            if k == SLEUTEL_DOKUMENT && self.zag_nieuwer[i] && over_nieuwer && self.nieuwere_tab != Some(i) {
                self.schending.get_or_insert(format!("tab {i} wrote over the newer app's document it had seen"));
            }
            match &v {
                Some(w) => self.centraal.insert(k.clone(), w.clone()),
                None => self.centraal.remove(&k),
            };
            self.onderweg[i].retain(|(sleutel, _, _)| *sleutel != k);
            for j in 0..TABS {
                if j != i {
                    self.onderweg[j].push((k.clone(), v.clone(), self.stap));
                }
            }
        }
    }

    /// Deliver everything on its way to tab `i` (one storage event per write).
    fn bezorg(&mut self, i: usize) {
        self.bezorg_tot(i, u64::MAX);
    }

    /// Deliver everything to tab `i` as it happened before this step (the
    /// tab heard it while still live); what it writes back counts as earlier too.
    fn bezorg_voorheen(&mut self, i: usize) {
        self.bezorg(i);
        for rij in &mut self.onderweg {
            for (_, _, stap) in rij.iter_mut().filter(|(_, _, stap)| *stap == self.stap) {
                *stap -= 1;
            }
        }
    }

    /// Let the live tabs hear each other until nothing more is on its way
    /// between them (what a frozen tab is sent waits for it to wake).
    fn bedaar(&mut self) {
        for _ in 0..1000 {
            let levend: Vec<usize> = (0..TABS).filter(|&i| !self.bevroren[i] && !self.onderweg[i].is_empty()).collect();
            if levend.is_empty() {
                return;
            }
            for i in levend {
                self.bezorg_voorheen(i);
            }
        }
        self.schending.get_or_insert("the live tabs keep writing over each other".into());
    }

    /// Deliver to tab `i` what was written before step `tot`.
    fn bezorg_tot(&mut self, i: usize, tot: u64) {
        while self.onderweg[i].first().is_some_and(|(_, _, stap)| *stap < tot) {
            let (k, v, _) = self.onderweg[i].remove(0);
            if k == SLEUTEL_DOKUMENT {
                self.zag_nieuwer[i] = v.as_deref() == Some(NIEUWER);
            }
            match v {
                Some(w) => self.zichten[i].kaart.borrow_mut().insert(k, w),
                None => self.zichten[i].kaart.borrow_mut().remove(&k),
            };
            if self.nieuwere_tab == Some(i) {
                // A newer app follows a wipe (and is then out of the model);
                // until then it writes its own document over anything older.
                let daar = self.zichten[i].kaart.borrow().get(SLEUTEL_DOKUMENT).cloned();
                if self.nieuwere_app && daar.as_deref() != Some(NIEUWER) {
                    self.schrijf_nieuwer(i);
                }
            } else if !self.bevroren[i] {
                let nu = self.nu();
                self.tabs[i].hoor(&self.zichten[i], nu);
                self.verstuur(i);
            }
        }
    }

    fn doe(&mut self, s: &Stap) {
        self.stap += 1;
        let nu = self.nu();
        let doel = match *s {
            Stap::Antwoord { tab, .. }
            | Stap::Herlaad { tab }
            | Stap::Bevries { tab }
            | Stap::Wek { tab, .. }
            | Stap::Wis { tab }
            | Stap::Vervang { tab }
            | Stap::VoegSamen { tab }
            | Stap::NieuwereApp { tab } => Some(tab),
            Stap::Bezorg { .. } => None,
        };
        if doel.is_some() && doel == self.nieuwere_tab {
            return;
        }
        // Every live tab has heard what was written before the previous step;
        // the previous step's writes may still be on their way (two tabs
        // writing within the same moment).
        for i in 0..TABS {
            if !self.bevroren[i] {
                self.bezorg_tot(i, self.stap - 1);
            }
        }
        // The person acts in a tab: it is awake, whether or not its wake handler ran.
        if let Some(tab) = doel.filter(|_| !matches!(s, Stap::Bevries { .. } | Stap::Wek { .. } | Stap::Herlaad { .. }))
        {
            self.bevroren[tab] = false;
        }
        match *s {
            Stap::Antwoord { tab, vraag: n, wis } => {
                let woord = format!("w{}", self.stap);
                let antwoord = (!wis).then(|| Antwoord::Tekst(woord.clone()));
                // A person can only clear an answer the tab shows.
                let had =
                    self.tabs[tab].dokument.modules.get(MODULE).is_some_and(|m| m.antwoorden.contains_key(&vraag(n)));
                let actie = Actie::Beantwoord { module: MODULE.into(), vraag: vraag(n), antwoord: antwoord.clone() };
                if !wis {
                    self.geschreven.push(woord.clone());
                }
                if !self.doe_in_generatie(tab, &actie, nu, woord.clone()) {
                    return;
                }
                let getoond = self.tabs[tab].dokument.modules.get(MODULE).and_then(|m| m.antwoorden.get(&vraag(n)));
                if getoond == antwoord.as_ref() && self.tabs[tab].stand == Bewaarstand::Normaal && (had || !wis) {
                    self.laatst.insert(vraag(n), antwoord.map(|_| format!("w{}", self.stap)));
                }
            }
            Stap::Bezorg { tab } => self.bezorg(tab),
            Stap::Herlaad { tab } => {
                // A live tab hears other tabs' writes within milliseconds, long
                // before a person reloads it; a frozen one is thrown away unheard.
                if !self.bevroren[tab] {
                    self.bezorg_voorheen(tab);
                }
                self.bevroren[tab] = false;
                let nieuw = self.laad(tab);
                self.tabs[tab] = nieuw;
            }
            Stap::Bevries { tab } => {
                // Browsers freeze a tab after minutes in the background: by
                // then every live tab, this one too, has heard what was written
                // before, and what each wrote back on hearing it.
                if !self.bevroren[tab] {
                    self.bedaar();
                }
                self.bevroren[tab] = true;
            }
            Stap::Wek { tab, met_handler } => {
                self.bevroren[tab] = false;
                if met_handler {
                    self.tabs[tab].hoor(&self.zichten[tab], nu);
                    self.verstuur(tab);
                }
            }
            Stap::Wis { tab } => {
                self.tabs[tab].wis(&self.zichten[tab], nu);
                self.verstuur(tab);
                self.gewist.extend(self.geschreven.iter().cloned());
                self.laatst.clear();
                self.vervangen.clear();
                self.nieuwere_app = false;
                self.zag_nieuwer[tab] = false;
            }
            Stap::Vervang { tab } | Stap::VoegSamen { tab } => {
                let manier =
                    if matches!(s, Stap::Vervang { .. }) { Importmanier::Vervangen } else { Importmanier::Samenvoegen };
                let woord = format!("w{}", self.stap);
                self.geschreven.push(woord.clone());
                let mut bestand = Dokument::default();
                bestand.pas_toe(&Actie::Beantwoord {
                    module: MODULE.into(),
                    vraag: vraag(0),
                    antwoord: Some(Antwoord::Tekst(woord.clone())),
                });
                let voor = self.tabs[tab].dokument.modules.get(MODULE).map(|m| m.antwoorden.clone());
                let actie = Actie::Importeer { dokument: Box::new(bestand), manier };
                if !self.doe_in_generatie(tab, &actie, nu, woord.clone()) {
                    return;
                }
                let na = self.tabs[tab].dokument.modules.get(MODULE).map(|m| m.antwoorden.clone()).unwrap_or_default();
                let genomen = self.tabs[tab].stand == Bewaarstand::Normaal;
                match manier {
                    Importmanier::Vervangen
                        if genomen && na.get(&vraag(0)) == Some(&Antwoord::Tekst(woord.clone())) =>
                    {
                        // Replaced: what the tab held before must be kept aside.
                        // What the tab showed is replaced; what another tab wrote
                        // meanwhile, unseen here, is not the person's to lose.
                        // What the tab showed, where it was the latest, must be
                        // kept aside (or still be there).
                        let voor = voor.unwrap_or_default();
                        let getoond = voor
                            .iter()
                            .filter(|(v, a)| {
                                let laatst = self.laatst.get(*v).cloned().flatten();
                                laatst.is_some_and(|w| **a == Antwoord::Tekst(w))
                            })
                            .map(|(v, a)| (v.clone(), a.clone()))
                            .collect();
                        self.vervangen.push(getoond);
                        for v in voor.keys() {
                            self.laatst.insert(v.clone(), None);
                        }
                        self.laatst.insert(vraag(0), Some(woord));
                    }
                    // Merged in: only where the tab had no answer of its own.
                    Importmanier::Samenvoegen
                        if genomen
                            && voor.as_ref().is_none_or(|v| !v.contains_key(&vraag(0)))
                            && na.get(&vraag(0)) == Some(&Antwoord::Tekst(woord.clone())) =>
                    {
                        self.laatst.insert(vraag(0), Some(woord));
                    }
                    _ => {}
                }
            }
            Stap::NieuwereApp { tab } => {
                // A newer version of the app, open in this tab, writes its own document.
                self.nieuwere_tab = Some(tab);
                self.schrijf_nieuwer(tab);
                self.nieuwere_app = true;
            }
        }
    }

    /// The newer app keeps the contract: the document, then a new stamp.
    fn schrijf_nieuwer(&mut self, i: usize) {
        self.zichten[i].schrijf(SLEUTEL_DOKUMENT, NIEUWER).unwrap();
        self.zichten[i].schrijf(SLEUTEL_STEMPEL, &format!("nieuwer-{}", self.stap)).unwrap();
        self.verstuur(i);
    }

    /// Do `actie` in tab `tab` and send its writes on. False when the tab had
    /// not yet heard of a wipe made elsewhere: then `woord` belongs to what was
    /// wiped (and the change was dropped).
    fn doe_in_generatie(&mut self, tab: usize, actie: &Actie, nu: f64, woord: String) -> bool {
        let generatie = self.tabs[tab].dokument.generatie.clone();
        self.tabs[tab].doe(&self.zichten[tab], actie, nu);
        self.verstuur(tab);
        if !self.in_huidige_generatie(tab) || self.tabs[tab].dokument.generatie != generatie {
            self.gewist.insert(woord);
            return false;
        }
        true
    }

    /// Whether tab `i` holds the generation the browser's storage holds.
    fn in_huidige_generatie(&self, i: usize) -> bool {
        let generatie = self.centraal.get(SLEUTEL_GENERATIE).cloned().unwrap_or_default();
        self.tabs[i].dokument.generatie == generatie
    }

    /// Deliver everything and wake every tab, until nothing moves.
    fn rustig(&mut self) -> Result<(), String> {
        // To be seen, a tab becomes visible: its wake handler runs.
        for i in 0..TABS {
            self.bevroren[i] = false;
            if Some(i) != self.nieuwere_tab {
                let nu = self.nu();
                self.tabs[i].hoor(&self.zichten[i], nu);
                self.verstuur(i);
            }
        }
        for _ in 0..1000 {
            if self.onderweg.iter().all(Vec::is_empty) {
                return Ok(());
            }
            for i in 0..TABS {
                self.bezorg(i);
            }
        }
        Err("the tabs keep writing over each other".into())
    }

    fn gelezen(&self) -> Option<Dokument> {
        let zicht = Zicht { kaart: RefCell::new(self.centraal.clone()), log: RefCell::default() };
        let start = opstarten(&zicht, self.nu(), Tabblad::nieuw("lezer"));
        Some(start.dokument)
    }

    fn woorden(doc: &Dokument) -> BTreeSet<String> {
        let mut uit = BTreeSet::new();
        for stand in doc.modules.values() {
            for a in stand.antwoorden.values().chain(stand.momentopnames.iter().flat_map(|m| m.antwoorden.values())) {
                if let Antwoord::Tekst(t) = a {
                    uit.insert(t.clone());
                }
            }
        }
        uit
    }

    /// Checked after every step.
    fn altijd(&self) -> Result<(), String> {
        if let Some(doc) = self.gelezen() {
            if let Some(w) = Self::woorden(&doc).intersection(&self.gewist).next() {
                return Err(format!("{w}, wiped, is read back from storage: {doc:?}"));
            }
        }
        if let Some(s) = &self.schending {
            return Err(s.clone());
        }
        Ok(())
    }

    /// Checked once everything is delivered and every tab is awake.
    fn in_rust(&self) -> Result<(), String> {
        for (k, v) in &self.centraal {
            for w in &self.gewist {
                if v.contains(&format!("\"{w}\"")) {
                    return Err(format!("{w}, wiped, is still in storage under {k}"));
                }
            }
        }
        for (i, tab) in self.tabs.iter().enumerate().filter(|(i, _)| Some(*i) != self.nieuwere_tab) {
            if let Some(w) = Self::woorden(&tab.dokument).intersection(&self.gewist).next() {
                return Err(format!("tab {i} still shows {w}, which was wiped"));
            }
        }
        if self.nieuwere_app {
            if self.centraal.get(SLEUTEL_DOKUMENT).map(String::as_str) != Some(NIEUWER) {
                return Err("the newer app's document is not in storage".into());
            }
            return Ok(());
        }
        let doc = self.gelezen().ok_or("nothing readable is stored")?;
        let opgeslagen = doc.modules.get(MODULE).map(|m| m.antwoorden.clone()).unwrap_or_default();
        for (v, verwacht) in &self.laatst {
            let echt = opgeslagen.get(v).map(|a| match a {
                Antwoord::Tekst(t) => t.clone(),
                ander => format!("{ander:?}"),
            });
            if echt != *verwacht {
                return Err(format!("{v} holds {echt:?}, but the last write taken was {verwacht:?}"));
            }
        }
        for (i, tab) in self.tabs.iter().enumerate().filter(|(i, _)| Some(*i) != self.nieuwere_tab) {
            let getoond = tab.dokument.modules.get(MODULE).map(|m| m.antwoorden.clone()).unwrap_or_default();
            if getoond != opgeslagen {
                return Err(format!("tab {i} shows {getoond:?}, stored is {opgeslagen:?}"));
            }
        }
        // No journal keeps what was changed since (a removed answer's words included).
        for (k, ruw) in self.centraal.iter().filter(|(k, _)| k.starts_with(VOORVOEGSEL_TABBLAD)) {
            let dagboek = Dokument::uit_json(ruw).map_err(|e| format!("{k} unreadable: {e:?}"))?;
            for (veld, v) in &dagboek.versies {
                if doc.versies.get(veld) != Some(v) {
                    return Err(format!("{k} keeps {veld:?} at {v:?}, stored is {:?}", doc.versies.get(veld)));
                }
            }
        }
        for voor in &self.vervangen {
            for (v, a) in voor {
                let Antwoord::Tekst(t) = a else { continue };
                let bewaard = self
                    .centraal
                    .iter()
                    .any(|(k, ruw)| k.starts_with(VOORVOEGSEL_RESERVE) && ruw.contains(&format!("\"{t}\"")))
                    || opgeslagen.get(v) == Some(a);
                if !bewaard {
                    return Err(format!("{t}, replaced by an import, is in no backup"));
                }
            }
        }
        Ok(())
    }
}

fn speel(stappen: &[Stap]) -> Result<(), TestCaseError> {
    let mut b = Browser::nieuw();
    for (n, s) in stappen.iter().enumerate() {
        b.doe(s);
        b.altijd().map_err(|e| TestCaseError::fail(format!("after step {n} ({s:?}): {e}")))?;
    }
    b.rustig().map_err(TestCaseError::fail)?;
    b.altijd().map_err(|e| TestCaseError::fail(format!("at rest: {e}")))?;
    b.in_rust().map_err(|e| TestCaseError::fail(format!("at rest: {e}")))?;
    Ok(())
}

/// 3,000 runs per test in every `cargo test`; `MODEL_RUNS=50000` hunts longer.
fn runs() -> u32 {
    std::env::var("MODEL_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(3000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: runs(), ..ProptestConfig::default() })]

    #[test]
    fn three_tabs_never_resurrect_lose_or_go_back_in_time(stappen in proptest::collection::vec(stap(), 1..60)) {
        speel(&stappen)?;
    }

    #[test]
    fn a_document_of_a_newer_app_is_never_written_over(stappen in met_nieuwere_app()) {
        speel(&stappen)?;
    }
}

/// The case the issue names: two tabs, answer in A, wipe in A, then B writes.
#[test]
fn a_wipe_in_one_tab_stays_wiped_when_another_tab_writes() {
    let stappen = [
        Stap::Antwoord { tab: 0, vraag: 0, wis: false },
        Stap::Bezorg { tab: 1 },
        Stap::Wis { tab: 0 },
        Stap::Bezorg { tab: 1 },
        Stap::Antwoord { tab: 1, vraag: 1, wis: false },
        Stap::Bezorg { tab: 0 },
    ];
    speel(&stappen).unwrap();
}

/// A tab frozen before a wipe wakes (its handler did not run) and types.
#[test]
fn a_frozen_tab_that_missed_a_wipe_writes_nothing_old() {
    let stappen = [
        Stap::Antwoord { tab: 1, vraag: 0, wis: false },
        Stap::Bezorg { tab: 0 },
        Stap::Bevries { tab: 1 },
        Stap::Wis { tab: 0 },
        Stap::Bezorg { tab: 1 },
        Stap::Wek { tab: 1, met_handler: false },
        Stap::Antwoord { tab: 1, vraag: 2, wis: false },
    ];
    speel(&stappen).unwrap();
}

/// Many page loads later, a tab that slept writes: newer answers stay.
#[test]
fn a_tab_waking_after_many_page_loads_does_not_write_old_answers_back() {
    let mut stappen = vec![
        Stap::Antwoord { tab: 0, vraag: 0, wis: false },
        Stap::Bezorg { tab: 1 },
        Stap::Bezorg { tab: 2 },
        Stap::Bevries { tab: 0 },
    ];
    for _ in 0..10 {
        stappen.push(Stap::Herlaad { tab: 1 });
        stappen.push(Stap::Antwoord { tab: 1, vraag: 1, wis: false });
    }
    stappen.push(Stap::Vervang { tab: 1 });
    stappen.push(Stap::Wek { tab: 0, met_handler: false });
    stappen.push(Stap::Antwoord { tab: 0, vraag: 3, wis: false });
    speel(&stappen).unwrap();
}

/// Found by a longer hunt (`MODEL_RUNS=25000`) on 2026-12-06: tab 0 answers
/// in the moment of tab 1's wipe, before hearing of it, so its journal is of
/// the old generation; then a newer app writes the document. Reading stops at
/// the newer document, so the old journal must be removed where the backups
/// of old generations are: before that stop.
#[test]
fn a_journal_written_in_the_moment_of_a_wipe_is_removed_while_a_newer_app_holds_the_document() {
    let stappen = [
        Stap::Bevries { tab: 2 },
        Stap::Wis { tab: 1 },
        Stap::Antwoord { tab: 0, vraag: 0, wis: false },
        Stap::NieuwereApp { tab: 1 },
        Stap::Bezorg { tab: 2 },
        Stap::Antwoord { tab: 2, vraag: 0, wis: false },
    ];
    speel(&stappen).unwrap();
}

/// Found by the property test on 2026-12-05, mended by the journals
/// (`dagboek`): tab 2 replaces the document by an import and is frozen; tab 0,
/// frozen before the import, wakes by the person's tap and writes before its
/// copy of storage has heard the import; tab 2 is then reloaded without ever
/// hearing tab 0's write. No live tab still knows the import, but tab 2's
/// journal of its last page load does.
#[test]
fn a_stale_write_from_a_woken_tab_keeps_an_import_only_a_reloaded_frozen_tab_knew() {
    let stappen = [
        Stap::NieuwereApp { tab: 1 },
        Stap::Wis { tab: 2 },
        Stap::Bevries { tab: 0 },
        Stap::Vervang { tab: 2 },
        Stap::Bevries { tab: 2 },
        Stap::Antwoord { tab: 0, vraag: 1, wis: false },
        Stap::Bezorg { tab: 2 },
        Stap::Herlaad { tab: 2 },
    ];
    speel(&stappen).unwrap();
}

/// The same kind (found on 2026-12-06, mended the same way): tab 2 runs a
/// newer app (out of the model once tab 0 wipes); tab 0 answers and is frozen;
/// tab 1, frozen before that answer, wakes by a tap and writes from its copy of
/// storage that has not heard the answer; tab 0 is reloaded while frozen, so no
/// tab that knew the answer is left to write it back: its journal is.
#[test]
fn a_stale_write_from_a_woken_tab_keeps_an_answer_of_a_tab_frozen_and_reloaded_since() {
    let stappen = [
        Stap::NieuwereApp { tab: 2 },
        Stap::Wis { tab: 0 },
        Stap::Bevries { tab: 1 },
        Stap::Antwoord { tab: 0, vraag: 0, wis: false },
        Stap::Bevries { tab: 0 },
        Stap::Antwoord { tab: 1, vraag: 1, wis: false },
        Stap::Bezorg { tab: 0 },
        Stap::Herlaad { tab: 0 },
    ];
    speel(&stappen).unwrap();
}
