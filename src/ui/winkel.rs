//! The app-wide state: the stored document plus what the person must be told.
//!
//! Pages never touch storage: they call methods on [`Winkel`], which turn into
//! domain actions. The reducer applies them through `domain::bewaren`, which
//! decides what is written and how conflicts with other tabs are resolved.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::teksten::{teksten, Teksten, SLEUTELS};
use std::cell::RefCell;

use crate::domain::antwoorden::Antwoord;
use crate::domain::bewaren::{self, Bewaarstand, Gebeurd, OpslagFout, Startmelding, Tabblad};
use crate::domain::coach::CoachInstellingen;
use crate::domain::dokument::{Actie, Dokument, Importmanier, OntvangenPakket, TijdlijnInvoer};
use crate::domain::kijk::{KijkAntwoord, Uitnodiging};
use crate::domain::sessie::Energie;
use crate::domain::taal::{kies_taal, Taal, Tekstgrootte, Thema};
use crate::domain::tekstbestand;
use crate::services::opslag::LokaleOpslag;
use crate::services::{klok, pagina};

/// A notice shown at the top of every page until the person closes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Melding {
    Geblokkeerd,
    Vol,
    Reservekopie {
        sleutel: Option<String>,
        ruw: Rc<str>,
        mislukt: bool,
    },
    /// A new version is ready; it starts on the next visit.
    NieuweVersie,
    /// Everything was deleted in another tab or window.
    EldersGewist,
    /// A newer version of the app wrote the stored document; this page writes
    /// nothing until it is reloaded.
    NieuwereVersieOpen,
    /// The texts of the chosen language could not load (offline before they
    /// were kept); the app goes on in the language it has.
    TaalNietGeladen,
}

impl Melding {
    fn soort(&self) -> u8 {
        match self {
            Melding::Geblokkeerd => 0,
            Melding::Vol => 1,
            Melding::Reservekopie { .. } => 2,
            Melding::NieuweVersie => 3,
            Melding::EldersGewist => 4,
            Melding::TaalNietGeladen => 5,
            Melding::NieuwereVersieOpen => 6,
        }
    }
}

pub struct Staat {
    pub dokument: Dokument,
    pub stand: Bewaarstand,
    pub meldingen: Vec<Melding>,
    /// Set when the last write failed; cleared by the next successful write.
    pub laatste_fout: Option<OpslagFout>,
    opslag: Rc<LokaleOpslag>,
    /// This tab as far as keeping goes (its id, what it last saw stored);
    /// shared by every copy of the state, as there is one tab.
    tabblad: Rc<RefCell<Tabblad>>,
    /// The outcome of "Wis al mijn gegevens" in this tab: `Some(true)` done,
    /// `Some(false)` it did not fully work.
    pub gewist: Option<bool>,
    /// A backup was just restored in this tab.
    pub hersteld: bool,
    /// Goes up when a language's texts arrive, so every page renders again.
    geladen_talen: u8,
    /// A chosen language whose texts could not load this visit.
    mislukte_taal: Option<Taal>,
    /// The language of an invitation this visit opened, for a person who never
    /// chose one; never written (see `kijk::taal_van_uitnodiging`).
    voorlopige_taal: Option<Taal>,
}

impl PartialEq for Staat {
    fn eq(&self, ander: &Self) -> bool {
        self.dokument == ander.dokument
            && self.stand == ander.stand
            && self.meldingen == ander.meldingen
            && self.laatste_fout == ander.laatste_fout
            && self.geladen_talen == ander.geladen_talen
            && self.mislukte_taal == ander.mislukte_taal
            && self.gewist == ander.gewist
            && self.hersteld == ander.hersteld
    }
}

pub enum Bericht {
    Wijzig(Actie),
    /// Another tab wrote (the storage event), or this tab comes back from the
    /// back/forward cache, a freeze or the background: read storage first.
    AnderTabblad,
    SluitMelding(usize),
    NieuweVersie,
    /// Delete everything this app keeps on the device, in every tab.
    WisAlles,
    /// Bring back a backup: it replaces everything, and what it replaces is kept aside first.
    HerstelReservekopie(String),
    /// The texts of the chosen language arrived (or could not load).
    /// A part of the texts (the timeline's) arrived.
    DeelGeladen,
    TaalGeladen {
        taal: Taal,
        gelukt: bool,
    },
}

impl Staat {
    /// Read storage, keep anything unreadable aside, and apply a `?lang=` link.
    pub fn start() -> Staat {
        let opslag = Rc::new(LokaleOpslag::open());
        let start = bewaren::opstarten(opslag.as_ref(), klok::nu_ms(), Tabblad::nieuw(pagina::nieuw_id()));
        let mut meldingen = Vec::new();
        match start.melding {
            None => {}
            Some(Startmelding::Geblokkeerd) => meldingen.push(Melding::Geblokkeerd),
            Some(Startmelding::Reservekopie { sleutel, ruw, .. }) => {
                meldingen.push(Melding::Reservekopie { sleutel: Some(sleutel), ruw: ruw.into(), mislukt: false })
            }
            Some(Startmelding::ReservekopieMislukt { ruw, .. }) => {
                meldingen.push(Melding::Reservekopie { sleutel: None, ruw: ruw.into(), mislukt: true })
            }
            Some(Startmelding::NieuwereVersie) => meldingen.push(Melding::NieuwereVersieOpen),
        }
        let tabblad = Rc::new(RefCell::new(start.tabblad));
        let mut staat = Staat {
            dokument: start.dokument,
            stand: start.stand,
            meldingen,
            laatste_fout: None,
            opslag,
            tabblad,
            gewist: None,
            hersteld: false,
            geladen_talen: 0,
            mislukte_taal: None,
            voorlopige_taal: None,
        };
        let query = pagina::query();
        let gekozen = kies_taal(&query, staat.dokument.instellingen.taal);
        if staat.dokument.instellingen.taal != Some(gekozen) && query.contains("lang=") {
            staat.wijzig(&Actie::ZetTaal(gekozen));
        }
        staat
    }

    /// A store over `dokument` that reads no browser: storage as if blocked
    /// (nothing is written), no notices, this tab never saw a stored copy. For
    /// rendering pages natively in tests (`ui::weergave_tests`), where the app's
    /// own start (`Staat::start`) would read `localStorage`, the clock and the address.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(crate) fn met_dokument(dokument: Dokument) -> Staat {
        Staat {
            dokument,
            stand: Bewaarstand::Normaal,
            meldingen: Vec::new(),
            laatste_fout: None,
            opslag: Rc::new(LokaleOpslag::zonder()),
            tabblad: Rc::new(RefCell::new(Tabblad::nieuw("proef"))),
            gewist: None,
            hersteld: false,
            geladen_talen: 0,
            mislukte_taal: None,
            voorlopige_taal: None,
        }
    }

    /// A language for this visit only, for a person who never chose one: an
    /// invitation's (`kijk::taal_van_uitnodiging`). Never written.
    pub fn zet_voorlopige_taal(&mut self, taal: Option<Taal>) {
        self.voorlopige_taal = taal;
    }

    /// The chosen language's texts could not load: go on in the other, and say so.
    pub fn taal_mislukt(&mut self, taal: Taal) {
        self.mislukte_taal = Some(taal);
        self.voeg_toe(Melding::TaalNietGeladen);
    }

    /// The chosen language's texts are on their way (marks the page busy).
    pub fn laadt_taal(&self) -> bool {
        self.gewenste_taal() != self.taal() && self.mislukte_taal != Some(self.gewenste_taal())
    }

    /// The language the person chose.
    pub fn gewenste_taal(&self) -> Taal {
        self.dokument.instellingen.taal.or(self.voorlopige_taal).unwrap_or_default()
    }

    /// The language shown: the chosen one once its texts are loaded; until
    /// then (a moment after switching) the one that is.
    pub fn taal(&self) -> Taal {
        let gewenst = self.gewenste_taal();
        let ander = if gewenst == Taal::Nl { Taal::En } else { Taal::Nl };
        if tekstbestand::geladen(gewenst).is_none() && tekstbestand::geladen(ander).is_some() {
            ander
        } else {
            gewenst
        }
    }

    pub fn t(&self) -> &'static Teksten {
        teksten(self.taal())
    }

    /// The copies kept aside on this device (an unreadable document, or what a
    /// restore replaced), for the privacy page to list.
    pub fn reservekopieen(&self) -> Vec<bewaren::Reservekopie> {
        bewaren::reservekopieen(self.opslag.as_ref())
    }

    /// The stored text of one copy kept aside, to save it as a file.
    pub fn reservekopie_tekst(&self, sleutel: &str) -> Option<String> {
        bewaren::Sleutelopslag::lees(self.opslag.as_ref(), sleutel).ok().flatten()
    }

    fn wijzig(&mut self, actie: &Actie) {
        let w = bewaren::wijzig(
            self.opslag.as_ref(),
            self.stand,
            &self.dokument,
            actie,
            klok::nu_ms(),
            &mut self.tabblad.borrow_mut(),
        );
        self.neem(w);
    }

    /// Take a changed document and tell the person how keeping it went.
    fn neem(&mut self, w: bewaren::Wijziging) {
        self.dokument = w.dokument;
        if w.stand == Bewaarstand::NieuwereVersie && self.stand != Bewaarstand::NieuwereVersie {
            // Told once, when it happens; the person may close the notice and type on.
            self.voeg_toe(Melding::NieuwereVersieOpen);
        }
        if w.stand == Bewaarstand::Normaal {
            self.meldingen.retain(|m| !matches!(m, Melding::NieuwereVersieOpen));
        }
        self.stand = w.stand;
        match w.gebeurd {
            None => {}
            Some(Gebeurd::EldersGewist) => {
                self.meldingen.retain(|m| matches!(m, Melding::Geblokkeerd));
                self.laatste_fout = None;
                self.voeg_toe(Melding::EldersGewist);
            }
            Some(Gebeurd::Reservekopie { sleutel, ruw }) => {
                self.voeg_toe(Melding::Reservekopie { sleutel: Some(sleutel), ruw: ruw.into(), mislukt: false })
            }
        }
        match w.bewaard {
            Some(Ok(())) => {
                self.laatste_fout = None;
                // Writing works again: the warning that work is not kept no longer holds.
                self.meldingen.retain(|m| !matches!(m, Melding::Vol | Melding::Geblokkeerd));
            }
            Some(Err(fout)) => {
                self.laatste_fout = Some(fout);
                let melding = if fout == OpslagFout::Vol { Melding::Vol } else { Melding::Geblokkeerd };
                self.voeg_toe(melding);
            }
            None => {}
        }
    }

    fn voeg_toe(&mut self, melding: Melding) {
        if !self.meldingen.iter().any(|m| m.soort() == melding.soort()) {
            self.meldingen.push(melding);
        }
    }

    fn kopie(&self) -> Staat {
        Staat {
            dokument: self.dokument.clone(),
            stand: self.stand,
            meldingen: self.meldingen.clone(),
            laatste_fout: self.laatste_fout,
            opslag: self.opslag.clone(),
            tabblad: self.tabblad.clone(),
            gewist: self.gewist,
            hersteld: self.hersteld,
            geladen_talen: self.geladen_talen,
            mislukte_taal: self.mislukte_taal,
            voorlopige_taal: self.voorlopige_taal,
        }
    }
}

impl Reducible for Staat {
    type Action = Bericht;

    fn reduce(self: Rc<Self>, bericht: Bericht) -> Rc<Self> {
        let mut nieuw = self.kopie();
        match bericht {
            Bericht::Wijzig(actie) => {
                nieuw.hersteld = false;
                nieuw.wijzig(&actie)
            }
            Bericht::AnderTabblad => {
                let gehoord = bewaren::na_ander_tabblad(
                    nieuw.opslag.as_ref(),
                    nieuw.stand,
                    &nieuw.dokument,
                    &mut nieuw.tabblad.borrow_mut(),
                    klok::nu_ms(),
                );
                match gehoord {
                    None => return self,
                    Some(w) => nieuw.neem(w),
                }
            }
            Bericht::HerstelReservekopie(sleutel) => {
                let reserve = bewaren::reservekopieen(nieuw.opslag.as_ref())
                    .into_iter()
                    .find(|r| r.sleutel == sleutel)
                    .and_then(|r| r.dokument);
                let Some(reserve) = reserve else { return self };
                nieuw.wijzig(&Actie::Importeer { dokument: Box::new(reserve), manier: Importmanier::Vervangen });
                nieuw.hersteld = nieuw.laatste_fout.is_none();
            }
            Bericht::NieuweVersie => nieuw.voeg_toe(Melding::NieuweVersie),
            // A changed state, so every page renders again in the language now loaded.
            Bericht::DeelGeladen => nieuw.geladen_talen = nieuw.geladen_talen.wrapping_add(1),
            Bericht::TaalGeladen { gelukt: true, .. } => {
                nieuw.geladen_talen = nieuw.geladen_talen.wrapping_add(1);
                nieuw.mislukte_taal = None;
            }
            Bericht::TaalGeladen { taal, gelukt: false } => nieuw.taal_mislukt(taal),
            Bericht::SluitMelding(i) => {
                if i < nieuw.meldingen.len() {
                    nieuw.meldingen.remove(i);
                }
            }
            Bericht::WisAlles => {
                let generatie = pagina::nieuw_id();
                match bewaren::wis_alles(nieuw.opslag.as_ref(), &generatie, &mut nieuw.tabblad.borrow_mut()) {
                    Ok(leeg) => {
                        nieuw.dokument = leeg;
                        nieuw.stand = Bewaarstand::Normaal;
                        nieuw.meldingen.retain(|m| matches!(m, Melding::Geblokkeerd));
                        nieuw.laatste_fout = None;
                        nieuw.gewist = Some(true);
                    }
                    Err(_) => nieuw.gewist = Some(false),
                }
            }
        }
        Rc::new(nieuw)
    }
}

/// The store as pages see it: the state to read, and the person's intents by name.
/// Pages never build a domain change or a message themselves: every change is
/// one of these methods, so what a page can do is listed here.
#[derive(Clone, PartialEq)]
pub struct Winkel(UseReducerHandle<Staat>);

impl std::ops::Deref for Winkel {
    type Target = Staat;
    fn deref(&self) -> &Staat {
        &self.0
    }
}

impl Winkel {
    fn wijzig(&self, actie: Actie) {
        self.0.dispatch(Bericht::Wijzig(actie));
    }
    pub fn zet_taal(&self, taal: Taal) {
        self.wijzig(Actie::ZetTaal(taal));
    }
    pub fn zet_tekstgrootte(&self, grootte: Tekstgrootte) {
        self.wijzig(Actie::ZetTekstgrootte(grootte));
    }
    pub fn zet_thema(&self, thema: Thema) {
        self.wijzig(Actie::ZetThema(thema));
    }
    pub fn zet_ruim(&self, aan: bool) {
        self.wijzig(Actie::ZetRuim(aan));
    }
    pub fn zet_vanzelf_verder(&self, aan: bool) {
        self.wijzig(Actie::ZetVanzelfVerder(aan));
    }
    /// `None` clears the answer (skip, or undo of a first answer).
    pub fn beantwoord(&self, module: &str, vraag: &str, antwoord: Option<Antwoord>) {
        self.wijzig(Actie::Beantwoord { module: module.to_string(), vraag: vraag.to_string(), antwoord });
    }
    /// The question on screen is where the person is, also before they answer it.
    pub fn sta_bij(&self, module: &str, vraag: &str) {
        self.wijzig(Actie::ZetPositie { module: module.to_string(), vraag: Some(vraag.to_string()) });
    }
    /// A part is done today: also counts the day and may end today's session.
    pub fn deel_klaar(&self, module: &str, deel: &str) {
        let dag = klok::dag_hier();
        self.wijzig(Actie::DeelKlaarOp { module: module.to_string(), deel: deel.to_string(), dag });
    }
    /// "Hoeveel energie heb je vandaag?" answered (`None`: skipped), with the
    /// session's last part.
    pub fn zet_energie(&self, energie: Option<Energie>, tot: Option<(&'static str, &'static str)>) {
        self.wijzig(Actie::ZetEnergie { dag: klok::dag_hier(), energie, tot });
    }
    /// Finish a module now.
    pub fn rond_af(&self, module: &str) {
        self.wijzig(Actie::RondAf { module: module.to_string(), op_ms: klok::nu_ms() });
    }
    pub fn zet_tijdlijn(&self, invoer: TijdlijnInvoer) {
        self.wijzig(Actie::ZetTijdlijn(invoer));
    }
    /// `None` removes the coach's welcome.
    pub fn zet_coach(&self, coach: Option<CoachInstellingen>) {
        self.wijzig(Actie::ZetCoach(coach));
    }
    /// Take in a save file, after the person saw the preview and confirmed.
    /// Returns whether it brought anything new (merging what is already here does not).
    pub fn importeer(&self, dokument: Dokument, manier: Importmanier) -> bool {
        let actie = Actie::Importeer { dokument: Box::new(dokument), manier };
        let veranderd = self.dokument.clone().pas_toe(&actie);
        self.wijzig(actie);
        veranderd
    }
    pub fn bewaar_ontvangen(&self, pakket: OntvangenPakket) {
        self.wijzig(Actie::BewaarOntvangen(Box::new(pakket)));
    }
    pub fn verwijder_ontvangen(&self, bewaard_op: f64) {
        self.wijzig(Actie::VerwijderOntvangen { bewaard_op });
    }
    pub fn nodig_uit(&self, uitnodiging: Uitnodiging) {
        self.wijzig(Actie::Nodig(Box::new(uitnodiging)));
    }
    pub fn bewaar_kijk(&self, antwoord: KijkAntwoord) {
        self.wijzig(Actie::BewaarKijk(Box::new(antwoord)));
    }
    pub fn verwijder_kijk(&self, id: &str) {
        self.wijzig(Actie::VerwijderKijk { id: id.to_string() });
    }
    /// Keep the random candidate id made for the first share (an id already
    /// there stays: see `Actie::ZetKandidaat`).
    pub fn zet_kandidaat(&self, id: String) {
        self.wijzig(Actie::ZetKandidaat(id));
    }
    /// Keep an occupation to explore (not when five are kept).
    pub fn kies_beroep(&self, code: &str, titel: &str) {
        let b = crate::domain::beroepen::GekozenBeroep::nieuw(code, titel, klok::nu_ms());
        self.wijzig(Actie::KiesBeroep(Box::new(b)));
    }
    pub fn zet_beroep_notitie(&self, code: &str, notitie: String) {
        self.wijzig(Actie::ZetBeroepNotitie { code: code.to_string(), notitie });
    }
    pub fn laat_beroep(&self, code: &str) {
        self.wijzig(Actie::LaatBeroep { code: code.to_string() });
    }
    pub fn sluit_melding(&self, i: usize) {
        self.0.dispatch(Bericht::SluitMelding(i));
    }
    /// Delete everything this app keeps on the device, in every tab.
    pub fn wis_alles(&self) {
        self.0.dispatch(Bericht::WisAlles);
    }
    /// Bring back a backup; what it replaces is kept aside first.
    pub fn herstel_reservekopie(&self, sleutel: String) {
        self.0.dispatch(Bericht::HerstelReservekopie(sleutel));
    }
    /// A part of the texts (the timeline's) arrived.
    pub fn deel_geladen(&self) {
        self.0.dispatch(Bericht::DeelGeladen);
    }
}

/// The file name a copy kept aside is saved under, from its storage key.
pub fn reservekopie_bestandsnaam(sleutel: &str) -> String {
    format!("spoorwijzer-reservekopie-{}.txt", sleutel.strip_prefix(bewaren::VOORVOEGSEL_RESERVE).unwrap_or("oud"))
}

thread_local! {
    /// The state read by `ui::start` before the first render, taken once.
    static START: RefCell<Option<Staat>> = const { RefCell::new(None) };
}

pub fn zet_startstaat(staat: Staat) {
    START.with(|s| *s.borrow_mut() = Some(staat));
}

#[derive(Properties, PartialEq)]
pub struct WinkelProps {
    pub children: Html,
}

#[component]
pub fn WinkelProvider(props: &WinkelProps) -> Html {
    let winkel = use_reducer(|| START.with(|s| s.borrow_mut().take()).unwrap_or_else(Staat::start));

    // A newly chosen language (here, in another tab, from a file) shows once
    // its texts are loaded; if they cannot load, the person is told.
    {
        let gewenst = winkel.gewenste_taal();
        let winkel = winkel.clone();
        use_effect_with(gewenst, move |gewenst| {
            let gewenst = *gewenst;
            if tekstbestand::geladen(gewenst).is_none() {
                crate::services::teksten::laad_dan(gewenst, SLEUTELS, move |gelukt| {
                    winkel.dispatch(Bericht::TaalGeladen { taal: gewenst, gelukt })
                });
            }
        });
    }

    // Another tab wrote: pick up its newer document.
    {
        let winkel = winkel.clone();
        use_effect_with((), move |_| {
            let winkel_versie = winkel.clone();
            let winkel_terug = winkel.clone();
            let luisteraar = crate::services::opslag::bij_wijziging_elders(move |sleutel| {
                // `None` means the other tab cleared storage entirely.
                let ons = sleutel.as_deref().is_none_or(|k| {
                    k == bewaren::SLEUTEL_STEMPEL || k == bewaren::SLEUTEL_DOKUMENT || k == bewaren::SLEUTEL_GENERATIE
                });
                if ons {
                    winkel.dispatch(Bericht::AnderTabblad);
                }
            });
            // Back from the back/forward cache, a freeze or hours in the
            // background: storage may have changed without a storage event
            // reaching this page, so read it before the person types on.
            let terug = {
                let winkel = winkel_terug;
                pagina::bij_terugkomst(move || winkel.dispatch(Bericht::AnderTabblad))
            };
            crate::services::opslag::vraag_blijvende_opslag();
            // The loader registers the service worker before the app starts, so
            // it may already have seen a waiting version: check its flag too.
            let versie = {
                let winkel = winkel_versie;
                pagina::bij_nieuwe_versie(move || winkel.dispatch(Bericht::NieuweVersie))
            };
            move || {
                drop(luisteraar);
                drop(versie);
                drop(terug);
            }
        });
    }

    // `<html lang>`, the text size and the reading comfort always match the settings.
    {
        let taal = winkel.taal();
        let i = &winkel.dokument.instellingen;
        use_effect_with((taal, i.tekstgrootte, i.thema, i.ruim), move |(taal, grootte, thema, ruim)| {
            let alle: Vec<&str> = Tekstgrootte::ALLE.iter().map(|g| g.klasse()).collect();
            pagina::zet_html(taal.code(), grootte.klasse(), &alle);
            pagina::zet_leescomfort(thema.map(Thema::code), *ruim);
        });
    }

    html! {
        <ContextProvider<Winkel> context={Winkel(winkel)}>
            { props.children.clone() }
        </ContextProvider<Winkel>>
    }
}

/// Load `taal`'s basis texts (the app's start; `ui::start`), refusing a file
/// without every interface text.
pub fn laad_teksten(taal: Taal) -> impl std::future::Future<Output = Result<(), crate::services::teksten::LaadFout>> {
    crate::services::teksten::laad(taal, SLEUTELS)
}

/// The store, for any component below [`WinkelProvider`].
#[hook]
pub fn use_winkel() -> Winkel {
    use_context::<Winkel>().expect("WinkelProvider wraps the whole app")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_is_saved_under_its_own_stamp_and_an_odd_key_as_old() {
        let sleutel = format!("{}abc.1234", bewaren::VOORVOEGSEL_RESERVE);
        assert_eq!(reservekopie_bestandsnaam(&sleutel), "spoorwijzer-reservekopie-abc.1234.txt");
        assert_eq!(reservekopie_bestandsnaam("iets-anders"), "spoorwijzer-reservekopie-oud.txt");
    }
}
