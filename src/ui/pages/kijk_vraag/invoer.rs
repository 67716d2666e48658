//! What the trusted person typed on `#/kijk/<invitation>`, and the small views
//! the questions share (tick boxes, a status line).

use yew::prelude::*;

use crate::content::delen as d;
use crate::domain::kijk::{Spiegel, MAX_KEUZES};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::domain::vragenlijst::Optie;
use crate::services::venster;

/// What the trusted person typed, as typed.
#[derive(Clone, Default, PartialEq)]
pub struct Invoer {
    pub kwaliteiten: Vec<String>,
    pub kwaliteiten_woorden: String,
    pub goed_in: String,
    pub energie: Vec<String>,
    pub boodschap: String,
    pub van: String,
}

/// A list typed with commas or on separate lines.
fn woorden(tekst: &str) -> Vec<String> {
    tekst.split([',', '\n', ';']).map(str::trim).filter(|w| !w.is_empty()).map(String::from).collect()
}

impl Invoer {
    pub fn spiegel(&self) -> Spiegel {
        Spiegel {
            kwaliteiten: self.kwaliteiten.clone(),
            kwaliteiten_woorden: woorden(&self.kwaliteiten_woorden),
            goed_in: woorden(&self.goed_in),
            energie: self.energie.clone(),
            boodschap: self.boodschap.clone(),
        }
    }

    /// Tick or untick `id` in a list of at most [`MAX_KEUZES`].
    pub fn wissel(lijst: &mut Vec<String>, id: String, aan: bool) {
        lijst.retain(|x| *x != id);
        if aan && lijst.len() < MAX_KEUZES {
            lijst.push(id);
        }
    }
}

#[derive(Clone, PartialEq)]
pub enum Status {
    Geen,
    Bezig,
    Goed(Tekst),
    Fout(Tekst),
}

pub fn status_html(s: &Status, taal: Taal, id: &'static str) -> Html {
    let (klasse, rol, tekst) = match s {
        Status::Geen => ("delen-status", "status", ""),
        Status::Bezig => ("delen-status", "status", d::EVEN_GEDULD.in_taal(taal)),
        Status::Goed(t) => ("delen-status gelukt", "status", t.in_taal(taal)),
        Status::Fout(t) => ("kijk-melding", "alert", t.in_taal(taal)),
    };
    let fout = matches!(s, Status::Fout(_));
    html! { <p {id} class={klasse} role={rol} tabindex={fout.then_some("-1")}>{ tekst }</p> }
}

/// Tick boxes for a list of options, at most [`MAX_KEUZES`].
pub fn vinkjes(
    naam: &'static str,
    opties: &'static [Optie],
    gekozen: &[String],
    taal: Taal,
    wissel: Callback<(String, bool)>,
) -> Html {
    let vol = gekozen.len() >= MAX_KEUZES;
    html! {
        <div class="opties kijk-opties">
            { for opties.iter().map(|o| {
                let aan = gekozen.iter().any(|g| g == o.id);
                let wissel = wissel.clone();
                let id = o.id.to_string();
                let onchange = Callback::from(move |e: Event| {
                    wissel.emit((id.clone(), venster::aangevinkt(&e)))
                });
                html! {
                    <label class={classes!("optie", (vol && !aan).then_some("uit"))}>
                        <input type="checkbox" name={naam} value={o.id} checked={aan} disabled={vol && !aan} {onchange} />
                        <span>{ o.tekst.in_taal(taal) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn woorden_met_komma_puntkomma_of_op_een_regel() {
        let i = Invoer {
            goed_in: " plannen, luisteren;\n\n rust ,".into(),
            kwaliteiten_woorden: "eerlijk".into(),
            ..Invoer::default()
        };
        let s = i.spiegel();
        assert_eq!(s.goed_in, ["plannen", "luisteren", "rust"]);
        assert_eq!(s.kwaliteiten_woorden, ["eerlijk"]);
    }

    #[test]
    fn hoogstens_max_keuzes_aangevinkt() {
        let mut lijst = Vec::new();
        for i in 0..MAX_KEUZES + 2 {
            Invoer::wissel(&mut lijst, format!("o{i}"), true);
        }
        assert_eq!(lijst.len(), MAX_KEUZES);
        Invoer::wissel(&mut lijst, "o0".into(), true);
        assert_eq!(lijst.iter().filter(|x| *x == "o0").count(), 1, "ticked twice is still one");
        Invoer::wissel(&mut lijst, "o0".into(), false);
        assert!(!lijst.contains(&"o0".to_string()));
    }
}
