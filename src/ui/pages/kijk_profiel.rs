//! "Hoe anderen mij zien" in the profile: the candidate's own qualities beside
//! those named by trusted people, in words and a simple picture, never a
//! score. The same view shows in a coach's shared copy when the person ticked
//! it, and one reply is shown the same way before the candidate adds it.
//! Everything a trusted person typed is rendered as text.

use yew::prelude::*;

use crate::content::kijk as k;
use crate::content::teksten::vul;
use crate::domain::antwoorden::ModuleStand;
use crate::domain::kijk::{Genoemd, KijkAntwoord, Spiegel, Vergelijking};
use crate::domain::taal::Taal;
use crate::ui::components::iconen;
use crate::ui::route::Route;

// What shows, and how each item is named, in plain Rust with native tests.
mod model;

use model::{iets_van_anderen, naam, Lijst, Profielblok};

/// The coach's wording, if this is a coach's view (issue 28).
type Over = Option<&'static crate::ui::components::over_kandidaat::Woorden>;

/// The candidate's own wording, or the coach's about the candidate.
fn zeg(taal: Taal, zelf: crate::domain::tekst::Tekst, over: Over, plek: usize) -> &'static str {
    crate::ui::components::over_kandidaat::of_over(zelf, taal, over.map(|w| &w.kijk[..]), plek)
}
use crate::ui::components::over_kandidaat as ok;

/// Items with who named them, as chips with a small line under each.
fn genoemd(lijst: &[Genoemd], opties: Lijst, taal: Taal, klasse: &'static str) -> Html {
    html! {
        <ul class={classes!("chips", "kijk-chips", klasse)}>
            { for lijst.iter().map(|g| html! {
                <li>
                    <span>{ naam(&g.item, opties, taal) }</span>
                    <span class="kijk-door">{ vul(k::DOOR.in_taal(taal), &[&g.door.join(", ")]) }</span>
                </li>
            }) }
        </ul>
    }
}

/// Two overlapping circles, "you" and "others", with one dot per item in each
/// part: a picture of where the words fall, with no numbers. The words below
/// say the same, so the picture is hidden from screen readers.
fn plaatje(v: &Vergelijking, taal: Taal, over: Over) -> Html {
    let stippen = |n: usize, cx: f64, klasse: &'static str| -> Html {
        html! {
            { for (0..n.min(12)).map(|i| {
                let (rij, kol) = (i / 3, i % 3);
                let x = cx - 14.0 + kol as f64 * 14.0;
                let y = 64.0 + rij as f64 * 14.0;
                html! { <circle class={klasse} cx={x.to_string()} cy={y.to_string()} r="4.5" /> }
            }) }
        }
    };
    html! {
        <svg class="kijk-plaatje" viewBox="0 0 240 142" aria-hidden="true" focusable="false">
            <circle class="kijk-ik" cx="88" cy="82" r="56" />
            <circle class="kijk-zij" cx="152" cy="82" r="56" />
            <text x="70" y="16" text-anchor="middle">{ zeg(taal, k::JIJ, over, ok::KIJK_ZELF) }</text>
            <text x="170" y="16" text-anchor="middle">{ k::ANDEREN.in_taal(taal) }</text>
            { stippen(v.alleen_ik.len(), 62.0, "stip-ik") }
            { stippen(v.allebei.len(), 120.0, "stip-allebei") }
            { stippen(v.alleen_anderen.len(), 178.0, "stip-zij") }
        </svg>
    }
}

fn vergelijking(v: &Vergelijking, opties: Lijst, taal: Taal, eigen_leeg: bool, over: Over) -> Html {
    html! {
        <div class="kijk-vergelijking">
            { plaatje(v, taal, over) }
            if !v.allebei.is_empty() {
                <h4><span class="kijk-teken stip-allebei" aria-hidden="true"></span>{ zeg(taal, k::ALLEBEI, over, ok::KIJK_ALLEBEI) }</h4>
                { genoemd(&v.allebei, opties, taal, "allebei") }
            }
            if !v.alleen_anderen.is_empty() {
                <h4><span class="kijk-teken stip-zij" aria-hidden="true"></span>{ k::ALLEEN_ANDEREN.in_taal(taal) }</h4>
                <p class="hint">{ zeg(taal, k::ALLEEN_ANDEREN_UITLEG, over, ok::KIJK_ALLEEN_ANDEREN_UITLEG) }</p>
                { genoemd(&v.alleen_anderen, opties, taal, "zij") }
            }
            if !v.alleen_ik.is_empty() {
                <h4><span class="kijk-teken stip-ik" aria-hidden="true"></span>{ zeg(taal, k::ALLEEN_JIJ, over, ok::KIJK_ALLEEN_ZELF) }</h4>
                <ul class="chips">{ for v.alleen_ik.iter().map(|i| html! { <li>{ naam(i, opties, taal) }</li> }) }</ul>
            }
            if eigen_leeg {
                <p class="hint">{ zeg(taal, k::EIGEN_NOG_NIET, over, ok::KIJK_EIGEN_NIET_GEDEELD) }</p>
            }
        </div>
    }
}

/// The profile section. `eigen`: the person's own profile (with links to ask
/// someone); `false` for a coach's read-only copy. `wie_ben_ik`: the person's
/// own answers there, when known.
/// `over`: a coach's view, in words about the candidate.
pub fn blok(
    wie_ben_ik: Option<&ModuleStand>,
    antwoorden: &[KijkAntwoord],
    taal: Taal,
    eigen: bool,
    over: Over,
) -> Html {
    let (beeld, eigen_leeg) = match model::profielblok(wie_ben_ik, antwoorden, eigen) {
        Profielblok::Niets => return html! {},
        Profielblok::VraagHet => {
            return html! {
                <p class="kijk-vraag-het niet-printen">
                    <a href={Route::Anderen.href()}>{ k::PROFIEL_VRAAG.in_taal(taal) }</a>
                </p>
            }
        }
        Profielblok::Beeld { beeld, eigen_leeg } => (beeld, eigen_leeg),
    };
    let titel = html! {
        <h2 id="p-anderen"><span class="blok-icoon">{ iconen::van("wie-ben-ik") }</span>{ zeg(taal, k::PROFIEL_KOP, over, ok::KIJK_KOP) }</h2>
    };
    html! {
        <section class="blok kijk-blok" aria-labelledby="p-anderen">
            { titel }
            <p class="hint">{ zeg(taal, k::PROFIEL_UITLEG, over, ok::KIJK_UITLEG) }</p>
            if iets_van_anderen(&beeld.kwaliteiten) {
                <h3>{ k::KOP_KWALITEITEN.in_taal(taal) }</h3>
                { vergelijking(&beeld.kwaliteiten, Lijst::Kwaliteiten, taal, eigen_leeg, over) }
            }
            if !beeld.goed_in.is_empty() {
                <h3>{ zeg(taal, k::KOP_GOED_IN, over, ok::KIJK_GOED_IN) }</h3>
                { genoemd(&beeld.goed_in, Lijst::Kwaliteiten, taal, "zij") }
            }
            if iets_van_anderen(&beeld.energie) {
                <h3>{ zeg(taal, k::KOP_ENERGIE, over, ok::KIJK_ENERGIE) }</h3>
                { vergelijking(&beeld.energie, Lijst::Energie, taal, false, over) }
            }
            if !beeld.boodschappen.is_empty() {
                <h3>{ zeg(taal, k::KOP_BOODSCHAP, over, ok::KIJK_BOODSCHAP) }</h3>
                { for beeld.boodschappen.iter().map(|(van, tekst)| html! {
                    <figure class="kijk-boodschap">
                        <blockquote>{ for tekst.split('\n').map(|regel| html! { <p>{ regel.to_string() }</p> }) }</blockquote>
                        <figcaption>{ "— " }{ van.clone() }</figcaption>
                    </figure>
                }) }
            }
            if eigen {
                <p><a href={Route::Anderen.href()}>{ k::VRAAG_NOG.in_taal(taal) }</a></p>
            }
        </section>
    }
}

/// One reply as its contents, before the candidate decides to add it.
pub fn spiegel_html(s: &Spiegel, taal: Taal) -> Html {
    let Some(s) = model::antwoordinhoud(s) else {
        return html! { <p>{ k::LEEG_ANTWOORD.in_taal(taal) }</p> };
    };
    let kwaliteiten: Vec<String> = s.kwaliteiten.iter().map(|n| n.in_taal(taal).to_string()).collect();
    let energie: Vec<String> = s.energie.iter().map(|n| n.in_taal(taal).to_string()).collect();
    let rij = |kop: &str, items: &[String]| {
        if items.is_empty() {
            return html! {};
        }
        html! {
            <>
                <h3>{ kop.to_string() }</h3>
                <ul class="chips">{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
            </>
        }
    };
    html! {
        <div class="kijk-inhoud">
            { rij(k::KOP_KWALITEITEN.in_taal(taal), &kwaliteiten) }
            { rij(k::DEEL_GOED_IN.in_taal(taal), &s.goed_in) }
            { rij(k::DEEL_ENERGIE.in_taal(taal), &energie) }
            if !s.boodschap.is_empty() {
                <h3>{ k::DEEL_BOODSCHAP.in_taal(taal) }</h3>
                <blockquote class="kijk-boodschap">{ for s.boodschap.split('\n').map(|regel| html! { <p>{ regel.to_string() }</p> }) }</blockquote>
            }
        </div>
    }
}

/// Enter in a one-line field does what its button does. The app has no
/// `<form>` submits: a practice's iframe sandbox may leave out `allow-forms`.
pub fn bij_enter(doe: &Callback<()>) -> Callback<KeyboardEvent> {
    let doe = doe.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            doe.emit(());
        }
    })
}

/// The tick on `#/delen` for sharing "Hoe anderen mij zien"; only there when
/// replies are kept, never ticked by default.
pub fn deel_vinkje(aantal: usize, aan: bool, onchange: Callback<Event>, taal: Taal) -> Html {
    if aantal == 0 {
        return html! {};
    }
    html! {
        <label class="optie">
            <input type="checkbox" id="deel-kijk" checked={aan} {onchange} />
            <span>{ k::DEEL_KIJK.in_taal(taal) }<span class="optie-uitleg">{ k::DEEL_KIJK_UITLEG.in_taal(taal) }</span></span>
        </label>
    }
}

/// A link to ask someone, under the modules whose answers it mirrors.
pub fn module_link(module: &str, taal: Taal) -> Html {
    if !model::vraag_link_bij(module) {
        return html! {};
    }
    html! { <p class="kijk-module-link"><a href={Route::Anderen.href()}>{ k::MODULE_LINK.in_taal(taal) }</a></p> }
}
