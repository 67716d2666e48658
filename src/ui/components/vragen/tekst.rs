//! Fields for words: free text and "my own list", for `vragen::vraag_veld`.
//! Both store on every keystroke.

use std::rc::Rc;

use yew::prelude::*;

use super::teksten;
use crate::content::teksten::vul;
use crate::domain::antwoorden::{concept_als_item, Antwoord, LijstConcept, MAX_LIJST_ITEM, MAX_TEKST};
use crate::domain::taal::Taal;
use crate::services::invoer;

#[derive(Properties, PartialEq)]
pub(super) struct TekstProps {
    pub(super) id: String,
    pub(super) tekst: String,
    pub(super) hint: u16,
    pub(super) taal: Taal,
    pub(super) beschreven: Option<String>,
    pub(super) onantwoord: Callback<Option<Antwoord>>,
}

/// Free text. Every keystroke is stored at once, so a reload, a closed tab or
/// a phone that puts the browser away never loses what was typed. The field
/// keeps its own copy so the caret never jumps while the store catches up.
#[component]
pub(super) fn VrijeTekstVeld(props: &TekstProps) -> Html {
    let t = teksten(props.taal);
    let tekst = use_state(|| props.tekst.clone());
    // What this field itself last stored: its echo from the store is not "a change from outside".
    let verstuurd = use_mut_ref(|| None::<String>);
    // A change from outside (undo, another tab, clear) replaces the local copy.
    {
        let tekst = tekst.clone();
        let verstuurd = verstuurd.clone();
        use_effect_with(props.tekst.clone(), move |nieuw| {
            let eigen_echo = verstuurd.borrow().as_deref() == Some(nieuw.as_str());
            if !eigen_echo && *tekst != *nieuw {
                tekst.set(nieuw.clone());
            }
        });
    }
    let oninput = {
        let tekst = tekst.clone();
        let on = props.onantwoord.clone();
        Callback::from(move |e: InputEvent| {
            let Some(waarde) = invoer::waarde(&e) else { return };
            let waarde: String = waarde.chars().take(MAX_TEKST).collect();
            let leeg = waarde.trim().is_empty();
            // The store keeps "" for a cleared answer.
            *verstuurd.borrow_mut() = Some(if leeg { String::new() } else { waarde.clone() });
            tekst.set(waarde.clone());
            on.emit((!leeg).then_some(Antwoord::Tekst(waarde)));
        })
    };
    let lengte = tekst.chars().count();
    let hint_id = format!("{}-hint", props.id);
    let beschreven = match &props.beschreven {
        Some(u) => format!("{u} {hint_id}"),
        None => hint_id.clone(),
    };
    html! {
        <>
            <textarea id={format!("{}-tekst", props.id)} rows="4" maxlength={MAX_TEKST.to_string()} value={(*tekst).clone()}
                {oninput} aria-describedby={beschreven} />
            <p class="hint" id={hint_id}>
                { t.tekst_hint }
                // No counter under the field ("0 tekens" feels like being measured): past
                // the gentle length hint, only a kind word.
                if lengte > usize::from(props.hint) && props.hint > 0 {
                    { " " }{ t.tekst_lang }
                }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct LijstProps {
    pub(super) id: String,
    pub(super) items: Vec<String>,
    pub(super) max: u8,
    pub(super) taal: Taal,
    pub(super) onantwoord: Callback<Option<Antwoord>>,
}

/// "My own list": add items one by one (Enter or the button), remove any. The
/// text in the field is stored as the list's last item from the first
/// keystroke (see `LijstConcept`): moving on without "Voeg toe" keeps it.
#[component]
pub(super) fn EigenLijstVeld(props: &LijstProps) -> Html {
    let t = teksten(props.taal);
    let nieuw = use_state(String::new);
    // Whether the stored list's last item is the field's text, and the list this
    // field last stored (its echo from the store is not "a change from outside").
    let in_lijst = use_mut_ref(|| false);
    let verstuurd = use_mut_ref(|| None::<Vec<String>>);
    let concept = LijstConcept::lees(&props.items, &nieuw, *in_lijst.borrow());
    // Undo or another tab took the typed item away: the field follows, as a free-text field does.
    {
        let nieuw = nieuw.clone();
        let in_lijst = in_lijst.clone();
        let verstuurd = verstuurd.clone();
        use_effect_with(props.items.clone(), move |items| {
            let eigen_echo = verstuurd.borrow().as_ref() == Some(items);
            if *in_lijst.borrow() && !eigen_echo && !LijstConcept::lees(items, &nieuw, true).concept_opgeslagen {
                *in_lijst.borrow_mut() = false;
                nieuw.set(String::new());
            }
        });
    }
    // Store the list as it is with `tekst` in the field, from the items before it.
    let bewaar = {
        let nieuw = nieuw.clone();
        let in_lijst = in_lijst.clone();
        let on = props.onantwoord.clone();
        let max = props.max;
        Rc::new(move |voor: LijstConcept, tekst: String| {
            let (antwoord, erbij) = voor.antwoord(&tekst, max);
            *in_lijst.borrow_mut() = erbij;
            *verstuurd.borrow_mut() = Some(match &antwoord {
                Some(Antwoord::Lijst(l)) => l.clone(),
                _ => Vec::new(),
            });
            nieuw.set(tekst);
            on.emit(antwoord);
        })
    };
    let vol = concept.vast.len() >= props.max as usize;
    let invoer_id = format!("{}-nieuw", props.id);
    let voeg_toe = {
        let nieuw = nieuw.clone();
        let in_lijst = in_lijst.clone();
        let invoer_id = invoer_id.clone();
        // Already stored while typing: adding only empties the field for the next item.
        Rc::new(move || {
            if concept_als_item(&nieuw).is_empty() || !*in_lijst.borrow() {
                return;
            }
            *in_lijst.borrow_mut() = false;
            nieuw.set(String::new());
            crate::services::pagina::focus_op(&invoer_id);
        })
    };
    let onclick = {
        let voeg_toe = voeg_toe.clone();
        Callback::from(move |_| voeg_toe())
    };
    let onkeydown = {
        let voeg_toe = voeg_toe.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                voeg_toe();
            }
        })
    };
    let oninput = {
        let bewaar = bewaar.clone();
        let concept = concept.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(waarde) = invoer::waarde(&e) {
                bewaar(concept.clone(), waarde);
            }
        })
    };
    let items = concept.vast;
    html! {
        <div class="eigen-lijst">
            if items.is_empty() {
                // "Still empty" only while nothing is typed either: a typed item is kept already.
                if concept_als_item(&nieuw).is_empty() { <p class="hint">{ t.lijst_leeg }</p> }
            } else {
                <ul>
                    { for items.iter().enumerate().map(|(i, item)| {
                        // Removing an item keeps the one being typed, as the last.
                        let mut zonder = items.clone();
                        zonder.remove(i);
                        let rest = LijstConcept { vast: zonder, concept_opgeslagen: false };
                        let tekst = (*nieuw).clone();
                        let bewaar = bewaar.clone();
                        let weg = Callback::from(move |_| bewaar(rest.clone(), tekst.clone()));
                        html! {
                            <li>
                                <span>{ item.clone() }</span>
                                <button type="button" class="knop stil klein" aria-label={vul(t.lijst_verwijder, &[item])} onclick={weg}>{ "✕" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if vol {
                <p class="hint">{ t.lijst_vol }</p>
            } else {
                <div class="toevoegen">
                    <label for={invoer_id.clone()} class="sr-only">{ t.lijst_nieuw }</label>
                    <input type="text" id={invoer_id.clone()} maxlength={MAX_LIJST_ITEM.to_string()} value={(*nieuw).clone()}
                        placeholder={t.lijst_nieuw} {oninput} {onkeydown} />
                    <button type="button" class="knop stil" {onclick}>{ t.lijst_voeg_toe }</button>
                </div>
            }
        </div>
    }
}
