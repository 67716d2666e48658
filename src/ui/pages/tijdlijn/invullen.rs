//! The timeline form: the first sick day, and under "Meer invullen" the optional facts.
//!
//! The form shows what is stored, as typed. A change is stored on `change` (text
//! fields: on leaving the field or Enter). Date fields also fire `change` while
//! someone types the year digit by digit, so there the store waits a moment and
//! is written at once when the field is left: typing never stutters and no
//! half-typed year flashes a message.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::teksten::vul;
use crate::content::tijdlijn::{datum_voluit, scherm as s};
use crate::domain::dokument::TijdlijnInvoer;
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::tijdlijn::datum::Datum;
use crate::domain::tijdlijn::engine::MAX_DAGEN_VOORUIT;
use crate::domain::tijdlijn::formulier::{lees_datum, Melding, Probleem, Veld, MAX_HERSTELPERIODES};
use crate::services::invoer;
use crate::services::venster::Wekker;

use super::veld::{fouten_van, teken, Veldje};

/// How long a date field waits after a change before it is stored.
const WACHT_MS: u32 = 700;

/// The id of the shared "type year-month-day" hint.
pub const DATUMHINT_ID: &str = "tl-datumhint";

#[derive(Properties, PartialEq)]
pub struct InvullenProps {
    pub invoer: TijdlijnInvoer,
    pub meldingen: Rc<Vec<Melding>>,
    pub vandaag: Datum,
    pub taal: Taal,
    /// The first sick day came from a coach's link (and was not changed since).
    pub uit_link: bool,
    pub onwijzig: Callback<TijdlijnInvoer>,
}

type Wijziging = Box<dyn FnOnce(&mut TijdlijnInvoer)>;
/// Puts a typed value into its place in the form.
type Zetter = Rc<dyn Fn(&mut TijdlijnInvoer, String)>;

/// A change waiting to be stored, and its timer.
#[derive(Default)]
struct Wachtend {
    timer: Option<Wekker>,
    /// The field (input id) the waiting change belongs to.
    veld: String,
    wijziging: Option<Wijziging>,
}

/// Applies changes to the newest form. `laatste` is refreshed on every render, and
/// right away after a change, so two quick changes never undo each other.
#[derive(Clone)]
struct Schrijver {
    laatste: Rc<RefCell<TijdlijnInvoer>>,
    wachtend: Rc<RefCell<Wachtend>>,
    onwijzig: Callback<TijdlijnInvoer>,
}

impl Schrijver {
    fn pas_toe(&self, w: Wijziging) {
        let mut nieuw = self.laatste.borrow().clone();
        w(&mut nieuw);
        if nieuw != *self.laatste.borrow() {
            *self.laatste.borrow_mut() = nieuw.clone();
            self.onwijzig.emit(nieuw);
        }
    }

    /// Store a waiting change now.
    fn spoel(&self) {
        let w = {
            let mut wacht = self.wachtend.borrow_mut();
            wacht.timer = None;
            wacht.wijziging.take()
        };
        if let Some(w) = w {
            self.pas_toe(w);
        }
    }

    /// Store after a short wait. A newer change of the same field replaces the
    /// waiting one (the year typed digit by digit); one of another field goes first.
    fn straks(&self, veld: &str, w: Wijziging) {
        if self.wachtend.borrow().veld != veld {
            self.spoel();
        }
        let zelf = self.clone();
        let timer = Wekker::na(WACHT_MS, move || zelf.spoel());
        let mut wacht = self.wachtend.borrow_mut();
        wacht.veld = veld.to_string();
        wacht.wijziging = Some(w);
        // Replacing the timer cancels the old one.
        wacht.timer = Some(timer);
    }

    fn nu(&self, w: Wijziging) {
        self.spoel();
        self.pas_toe(w);
    }
}

/// Sets one half of the leave in recovery period `n` (the list grows to fit).
fn zet_verlof(f: &mut TijdlijnInvoer, n: usize, van: Option<String>, tot: Option<String>) {
    while f.verlof.len() <= n {
        f.verlof.push((String::new(), String::new()));
    }
    if let Some(rij) = f.verlof.get_mut(n) {
        if let Some(v) = van {
            rij.0 = v;
        }
        if let Some(t) = tot {
            rij.1 = t;
        }
    }
}

fn waarde(e: &Event) -> Option<String> {
    invoer::waarde(e)
}

#[component]
pub fn Invullen(props: &InvullenProps) -> Html {
    let taal = props.taal;
    let tk = |x: Tekst| x.in_taal(taal);

    let laatste = use_mut_ref(TijdlijnInvoer::default);
    *laatste.borrow_mut() = props.invoer.clone();
    let wachtend = use_mut_ref(Wachtend::default);
    let schrijver = Schrijver { laatste, wachtend: wachtend.clone(), onwijzig: props.onwijzig.clone() };
    // A change still waiting when the page closes is stored, not lost.
    {
        let schrijver = schrijver.clone();
        use_effect_with((), move |_| move || schrijver.spoel());
    }

    let min = Some("1990-01-01".to_string());
    let max = Some(props.vandaag.plus_dagen(MAX_DAGEN_VOORUIT).iso());
    let i = &props.invoer;
    let m = props.meldingen.as_slice();
    // An empty first sick day is not an error on its own: the status line asks for it.
    let alleen_start_leeg = m.iter().all(|x| x.veld == Veld::EersteZiektedag && x.probleem == Probleem::Leeg);

    // A date field: stored a moment after a change, at once when left.
    let datumveld = |id: &str, label: Tekst, hint: Option<Tekst>, veld: Veld, getypt: &str, zet: Zetter| {
        let onchange = {
            let schrijver = schrijver.clone();
            let zet = zet.clone();
            let id = id.to_string();
            Callback::from(move |e: Event| {
                if let Some(v) = waarde(&e) {
                    let zet = zet.clone();
                    schrijver.straks(&id, Box::new(move |f| zet(f, v)));
                }
            })
        };
        let onblur = {
            let schrijver = schrijver.clone();
            Callback::from(move |_: FocusEvent| schrijver.spoel())
        };
        teken(Veldje {
            id: id.to_string(),
            label: tk(label).to_string(),
            hint: hint.map(tk),
            datum: true,
            waarde: getypt.to_string(),
            fouten: fouten_van(m, veld, getypt, taal, veld == Veld::EersteZiektedag && alleen_start_leeg),
            voorvoegsel: tk(s::FOUT_VOORVOEGSEL),
            min: min.clone(),
            max: max.clone(),
            onchange,
            onblur: Some(onblur),
            gekozen: lees_datum(getypt).ok().map(|d| vul(tk(s::GEKOZEN), &[&datum_voluit(d, taal)])),
        })
    };
    let getalveld =
        |id: &str, label: Tekst, hint: Tekst, veld: Veld, getypt: &str, zet: fn(&mut TijdlijnInvoer, String)| {
            let schrijver = schrijver.clone();
            let onchange = Callback::from(move |e: Event| {
                if let Some(v) = waarde(&e) {
                    schrijver.nu(Box::new(move |f| zet(f, v)));
                }
            });
            teken(Veldje {
                id: id.to_string(),
                label: tk(label).to_string(),
                hint: Some(tk(hint)),
                datum: false,
                waarde: getypt.to_string(),
                fouten: fouten_van(m, veld, getypt, taal, false),
                voorvoegsel: tk(s::FOUT_VOORVOEGSEL),
                min: None,
                max: None,
                onchange,
                onblur: None,
                gekozen: None,
            })
        };

    let herstel_rijen = i.herstel.iter().enumerate().map(|(n, (van, tot))| {
        let nummer = (n + 1).to_string();
        let verlof = i.verlof.get(n).cloned().unwrap_or_default();
        let legend = vul(tk(s::HERSTEL_RIJ), &[&nummer]);
        let verwijder = {
            let schrijver = schrijver.clone();
            Callback::from(move |_: MouseEvent| {
                schrijver.nu(Box::new(move |f| {
                    if n < f.herstel.len() {
                        f.herstel.remove(n);
                    }
                    if n < f.verlof.len() {
                        f.verlof.remove(n);
                    }
                }));
                crate::services::pagina::focus_op("tl-herstel-toevoegen");
            })
        };
        html! {
            <fieldset class="tl-herstelrij">
                <legend>{ legend }</legend>
                <div class="tl-rij">
                    { datumveld(&format!("tl-herstel-{n}-van"), s::HERSTEL_VAN, None, Veld::HerstelVan(n), van,
                        Rc::new(move |f: &mut TijdlijnInvoer, v| if let Some(r) = f.herstel.get_mut(n) { r.0 = v })) }
                    { datumveld(&format!("tl-herstel-{n}-tot"), s::HERSTEL_TOT, None, Veld::HerstelTot(n), tot,
                        Rc::new(move |f: &mut TijdlijnInvoer, v| if let Some(r) = f.herstel.get_mut(n) { r.1 = v })) }
                </div>
                <fieldset class="tl-verlof" aria-describedby={format!("tl-verlof-{n}-hint")}>
                    <legend>{ tk(s::VERLOF_VRAAG) }</legend>
                    <p id={format!("tl-verlof-{n}-hint")} class="tl-hint">{ tk(s::VERLOF_HINT) }</p>
                    <div class="tl-rij">
                        { datumveld(&format!("tl-verlof-{n}-van"), s::VERLOF_VAN, None, Veld::VerlofVan(n), &verlof.0,
                            Rc::new(move |f: &mut TijdlijnInvoer, v| { zet_verlof(f, n, Some(v), None) })) }
                        { datumveld(&format!("tl-verlof-{n}-tot"), s::VERLOF_TOT, None, Veld::VerlofTot(n), &verlof.1,
                            Rc::new(move |f: &mut TijdlijnInvoer, v| { zet_verlof(f, n, None, Some(v)) })) }
                    </div>
                </fieldset>
                <button type="button" class="knop stil tl-verwijder" onclick={verwijder}>
                    { vul(tk(s::HERSTEL_VERWIJDEREN), &[&nummer]) }
                </button>
            </fieldset>
        }
    });
    // Focus moves to a new row once it is drawn.
    let focus_na = use_mut_ref(|| None::<String>);
    {
        let focus_na = focus_na.clone();
        use_effect(move || {
            if let Some(id) = focus_na.borrow_mut().take() {
                crate::services::pagina::focus_op(&id);
            }
        });
    }
    let voeg_toe = {
        let schrijver = schrijver.clone();
        let n = i.herstel.len();
        Callback::from(move |_: MouseEvent| {
            schrijver.nu(Box::new(|f| {
                if f.herstel.len() < MAX_HERSTELPERIODES {
                    f.herstel.push((String::new(), String::new()));
                }
            }));
            *focus_na.borrow_mut() = Some(format!("tl-herstel-{n}-van"));
        })
    };

    let start_geldig = lees_datum(&i.eerste_ziektedag).is_ok() && !m.iter().any(|x| x.veld == Veld::EersteZiektedag);
    let optioneel_ingevuld = !i.herstel.is_empty()
        || [
            &i.eerstejaarsevaluatie,
            &i.vervroegde_iva,
            &i.einde_dienstverband,
            &i.loonsanctie_weken,
            &i.verlenging_weken,
        ]
        .iter()
        .any(|v| !v.trim().is_empty());

    html! {
        <section class="tl-formulier niet-printen" aria-labelledby="tl-form-kop">
            <h2 id="tl-form-kop">{ tk(s::FORM_KOP) }</h2>
            if !start_geldig {
                <p>{ tk(s::FORM_INTRO) }</p>
            }
            <form novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                if props.uit_link {
                    <p class="tl-uit-link">{ tk(s::LINK_INGEVULD) }</p>
                }
                { datumveld("tl-start", s::START_LABEL, (!start_geldig).then_some(s::START_HINT), Veld::EersteZiektedag, &i.eerste_ziektedag,
                    Rc::new(|f: &mut TijdlijnInvoer, v| f.eerste_ziektedag = v)) }
                <p id={DATUMHINT_ID} class={classes!("tl-hint", "tl-datumhint", start_geldig.then_some("sr-only"))}>{ tk(s::DATUM_HINT) }</p>
                <details class="tl-meer" open={optioneel_ingevuld}>
                    <summary>{ tk(s::MEER_INVULLEN) }</summary>
                    <p>{ tk(s::MEER_INTRO) }</p>
                    <fieldset class="tl-herstel" aria-describedby="tl-herstel-hint">
                        <legend>{ tk(s::HERSTEL_LEGEND) }</legend>
                        <p id="tl-herstel-hint" class="tl-hint">{ tk(s::HERSTEL_HINT) }</p>
                        { for herstel_rijen }
                        if i.herstel.len() < MAX_HERSTELPERIODES {
                            <button type="button" id="tl-herstel-toevoegen" class="knop stil" onclick={voeg_toe}>
                                { tk(s::HERSTEL_TOEVOEGEN) }
                            </button>
                        } else {
                            <p class="tl-hint" id="tl-herstel-toevoegen" tabindex="-1">{ tk(s::HERSTEL_MAX) }</p>
                        }
                    </fieldset>
                    { datumveld("tl-eje", s::EJE_LABEL, Some(s::EJE_HINT), Veld::Eerstejaarsevaluatie, &i.eerstejaarsevaluatie,
                        Rc::new(|f: &mut TijdlijnInvoer, v| f.eerstejaarsevaluatie = v)) }
                    { datumveld("tl-iva", s::IVA_LABEL, Some(s::IVA_HINT), Veld::VervroegdeIva, &i.vervroegde_iva,
                        Rc::new(|f: &mut TijdlijnInvoer, v| f.vervroegde_iva = v)) }
                    { datumveld("tl-einde", s::EINDE_LABEL, Some(s::EINDE_HINT), Veld::EindeDienstverband, &i.einde_dienstverband,
                        Rc::new(|f: &mut TijdlijnInvoer, v| f.einde_dienstverband = v)) }
                    { getalveld("tl-loonsanctie", s::LOONSANCTIE_LABEL, s::LOONSANCTIE_HINT, Veld::LoonsanctieWeken,
                        &i.loonsanctie_weken, |f, v| f.loonsanctie_weken = v) }
                    { getalveld("tl-verlenging", s::VERLENGING_LABEL, s::VERLENGING_HINT, Veld::VerlengingWeken,
                        &i.verlenging_weken, |f, v| f.verlenging_weken = v) }
                </details>
            </form>
        </section>
    }
}
