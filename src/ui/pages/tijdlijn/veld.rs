//! One field of the timeline form, drawn with its hint, its messages and the
//! date written out; and the messages for a field, with the typed value quoted.

use yew::prelude::*;

use super::invullen::DATUMHINT_ID;
use crate::content::teksten::vul;
use crate::content::tijdlijn::melding_tekst;
use crate::domain::taal::Taal;
use crate::domain::tijdlijn::formulier::{Melding, Probleem, Veld};

/// A typed value is quoted in its message up to this many characters.
const MAX_GECITEERD: usize = 40;

/// What a field needs to be drawn.
pub(super) struct Veldje {
    pub(super) id: String,
    pub(super) label: String,
    pub(super) hint: Option<&'static str>,
    pub(super) datum: bool,
    pub(super) waarde: String,
    pub(super) fouten: Vec<String>,
    /// "Let op:" before each message.
    pub(super) voorvoegsel: &'static str,
    pub(super) min: Option<String>,
    pub(super) max: Option<String>,
    pub(super) onchange: Callback<Event>,
    pub(super) onblur: Option<Callback<FocusEvent>>,
    /// A readable date written out ("Dat is maandag 2 juni 2025."): the browser's
    /// own date format may differ from the reader's language.
    pub(super) gekozen: Option<String>,
}

pub(super) fn teken(v: Veldje) -> Html {
    let hint_id = format!("{}-hint", v.id);
    let fout_id = format!("{}-fout", v.id);
    let gekozen_id = format!("{}-gekozen", v.id);
    let mut beschreven: Vec<&str> = Vec::new();
    if !v.fouten.is_empty() {
        beschreven.push(&fout_id);
    }
    if v.hint.is_some() {
        beschreven.push(&hint_id);
    }
    if v.gekozen.is_some() {
        beschreven.push(&gekozen_id);
    }
    if v.datum {
        beschreven.push(DATUMHINT_ID);
    }
    let beschreven = beschreven.join(" ");
    let fout = !v.fouten.is_empty();
    html! {
        <div class={classes!("tl-veld", fout.then_some("heeft-fout"))}>
            <label for={v.id.clone()}>{ v.label }</label>
            if let Some(h) = v.hint {
                <p id={hint_id.clone()} class="tl-hint">{ h }</p>
            }
            <div class="tl-foutplek">
                if fout {
                    <p id={fout_id.clone()} class="tl-veldfout">
                        { for v.fouten.iter().map(|f| html! {
                            <span class="tl-fouttekst"><strong>{ v.voorvoegsel }</strong>{ " " }{ f.clone() }</span>
                        }) }
                    </p>
                }
            </div>
            if v.datum {
                <input
                    id={v.id}
                    type="date"
                    class="tl-datum-invoer"
                    value={v.waarde}
                    min={v.min}
                    max={v.max}
                    autocomplete="off"
                    aria-describedby={(!beschreven.is_empty()).then_some(beschreven)}
                    aria-invalid={fout.then_some("true")}
                    onchange={v.onchange}
                    onblur={v.onblur}
                />
                if let Some(g) = v.gekozen {
                    <p id={gekozen_id.clone()} class="tl-gekozen">{ g }</p>
                }
            } else {
                <input
                    id={v.id}
                    type="text"
                    class="tl-getal-invoer"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    value={v.waarde}
                    aria-describedby={(!beschreven.is_empty()).then_some(beschreven)}
                    aria-invalid={fout.then_some("true")}
                    onchange={v.onchange}
                />
            }
        </div>
    }
}

/// The messages for one field, in the reader's language, with the typed value quoted.
pub(super) fn fouten_van(
    meldingen: &[Melding],
    veld: Veld,
    getypt: &str,
    taal: Taal,
    verberg_leeg: bool,
) -> Vec<String> {
    let geciteerd: String = {
        let s = getypt.trim();
        // Non-breaking hyphens keep a quoted date on one line.
        let mut kort: String = s.chars().take(MAX_GECITEERD).map(|c| if c == '-' { '\u{2011}' } else { c }).collect();
        if s.chars().count() > MAX_GECITEERD {
            kort.push('…');
        }
        kort
    };
    meldingen
        .iter()
        .filter(|m| m.veld == veld && !(verberg_leeg && m.probleem == Probleem::Leeg))
        .map(|m| vul(melding_tekst(m.veld, m.probleem).in_taal(taal), &[&geciteerd]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tijdlijn::datum::DatumFout;

    fn melding(probleem: Probleem) -> Melding {
        Melding { veld: Veld::EersteZiektedag, probleem }
    }

    #[test]
    fn leeg_alleen_als_gevraagd_en_alleen_bij_dit_veld() {
        let m = [melding(Probleem::Leeg)];
        assert!(fouten_van(&m, Veld::EersteZiektedag, "", Taal::Nl, true).is_empty());
        assert_eq!(fouten_van(&m, Veld::EersteZiektedag, "", Taal::Nl, false).len(), 1);
        assert!(fouten_van(&m, Veld::HerstelVan(0), "", Taal::Nl, false).is_empty());
    }

    #[test]
    fn een_melding_citeert_wat_getypt_is_kort_en_op_een_regel() {
        let p = Probleem::Datum(DatumFout::Formaat);
        let sjabloon = melding_tekst(Veld::EersteZiektedag, p).in_taal(Taal::Nl);
        let lang = "2026-01-01".repeat(6);
        let citaat: String = lang.chars().take(MAX_GECITEERD).map(|c| if c == '-' { '\u{2011}' } else { c }).collect();
        let uit = fouten_van(&[melding(p)], Veld::EersteZiektedag, &format!(" {lang} "), Taal::Nl, false);
        assert_eq!(uit, vec![vul(sjabloon, &[&format!("{citaat}…")])]);
        let kort = fouten_van(&[melding(p)], Veld::EersteZiektedag, "1-2", Taal::Nl, false);
        assert_eq!(kort, vec![vul(sjabloon, &["1\u{2011}2"])]);
    }
}
