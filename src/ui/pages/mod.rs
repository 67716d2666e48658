//! One component per address.

mod anderen;
mod beroepen;
mod coach;
mod coach_hulp;
mod delen;
mod gedeeld;
mod home;
mod hulp;
pub mod kijk_profiel;
mod kijk_terug;
mod kijk_vraag;
pub mod module;
mod niet_gevonden;
mod over_vragen;
mod privacy;
mod profiel;
mod tijdlijn;
mod werkplek;

use yew::prelude::*;

use crate::content::modules;
use crate::ui::route::{Ingang, Route};

/// Keyed by module, so moving between modules starts each one fresh, while
/// moving between the steps of one module keeps its state (such as undo).
fn module_pagina(route: &Route) -> Html {
    let module = route.module_id().and_then(|id| modules::MODULES.iter().copied().find(|m| m.id == id));
    match (module, route.stap()) {
        (Some(module), Some(stap)) => html! {
            <module::ModulePagina key={module.id} module={crate::ui::vast::Vast(module)} {stap} />
        },
        _ => html! { <niet_gevonden::NietGevonden /> },
    }
}

/// An entry's page table: the page of each address it shows itself, `None`
/// for an address of another entry. A test holds every table against
/// `Route::woont_in`, so no address of an entry is missing from its table
/// (it would show "Laden…" forever).
pub type Tabel = fn(&Route) -> Option<Html>;

/// The page table of each entry. Each binary calls this with its own entry as
/// a constant (`ui::start`), so only that entry's pages are linked into it.
#[inline(always)]
pub fn tabel(ingang: Ingang) -> Tabel {
    match ingang {
        Ingang::Kandidaat => kandidaat,
        Ingang::Tijdlijn => tijdlijn,
        Ingang::Delen => delen,
        Ingang::Coach => coach,
        Ingang::Beroepen => beroepen_ingang,
    }
}

/// What the running entry shows at `route`: a page every entry shows, its own
/// page, or a move to the entry that has it.
pub fn toon(tabel: Tabel, route: Route) -> Html {
    overal(&route).or_else(|| tabel(&route)).unwrap_or_else(|| html! { <NaarIngang {route} /> })
}

/// The pages every entry shows itself (`Route::in_elke_ingang`): help when it
/// weighs too much is one tap away everywhere, the coach's side included.
fn overal(route: &Route) -> Option<Html> {
    match route {
        Route::Hulp => Some(html! { <hulp::Hulp /> }),
        _ => None,
    }
}

/// The candidate's entry (`index.html`): the start, the modules, the profile.
/// Pages of the other entries are not referenced from here, so they are not
/// in this binary: their addresses load that entry's file.
fn kandidaat(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Home => html! { <home::Home /> },
        Route::Privacy => html! { <privacy::Privacy /> },
        Route::OverDeVragen => html! { <over_vragen::OverVragen /> },
        Route::Profiel => html! { <profiel::Profiel /> },
        Route::Module { .. } | Route::ModuleStap { .. } | Route::ModuleVraag { .. } => module_pagina(route),
        Route::NietGevonden => html! { <niet_gevonden::NietGevonden /> },
        _ => return None,
    })
}

/// The timeline's entry (`tijdlijn.html`, `src/bin/tijdlijn.rs`).
fn tijdlijn(route: &Route) -> Option<Html> {
    match route {
        Route::Tijdlijn => Some(html! { <tijdlijn::Tijdlijn /> }),
        _ => None,
    }
}

/// The sharing entry (`delen.html`, `src/bin/delen.rs`): the coach and the
/// save file, and "Kijk van een ander" (asking, answering, receiving).
fn delen(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Delen => html! { <delen::Delen /> },
        Route::Anderen => html! { <anderen::Anderen /> },
        Route::KijkVraag { payload } => {
            html! { <kijk_vraag::KijkVraag key={payload.as_str()} payload={payload.clone()} /> }
        }
        Route::KijkTerug { payload } => {
            html! { <kijk_terug::KijkTerug key={payload.as_str()} payload={payload.clone()} /> }
        }
        _ => return None,
    })
}

/// The coach's entry (`coach.html`, `src/bin/coach.rs`): the link builder and
/// the shared view.
fn coach(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Coach => html! { <coach::Coach /> },
        Route::CoachHulp => html! { <coach_hulp::CoachHulp /> },
        Route::Gedeeld { payload } => html! { <gedeeld::Gedeeld payload={payload.clone()} /> },
        Route::Kandidaten => html! { <werkplek::Kandidaten /> },
        Route::Kandidaat { id } => html! { <werkplek::KandidaatPagina id={id.clone()} /> },
        _ => return None,
    })
}

/// The occupations' entry (`beroepen.html`, `src/bin/beroepen.rs`, issue 27).
fn beroepen_ingang(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Beroepen => html! { <beroepen::BeroepenPagina /> },
        Route::Beroep { code } if crate::domain::beroepen::is_code(code) => {
            html! { <beroepen::BeroepenPagina code={Some(code.clone())} /> }
        }
        Route::Beroep { .. } => html! { <niet_gevonden::NietGevonden /> },
        _ => return None,
    })
}

#[derive(Properties, PartialEq)]
struct NaarIngangProps {
    route: Route,
}

/// An address of the other entry, reached inside this one (a pasted link that
/// only changed the fragment, a link followed inside the app): load that entry
/// in place, with every parameter of the address (`Route::adres`: the page's
/// query string and the fragment's own, such as `#/tijdlijn?start=…`).
/// `replace`, so Back does not return to this stop. `pwa/voorscherm.js` does
/// the same before any wasm loads.
#[component]
fn NaarIngang(props: &NaarIngangProps) -> Html {
    let t = crate::ui::winkel::use_winkel().t();
    let hash_query = yew_router::hooks::use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    use_effect_with((props.route.clone(), hash_query), |(route, hash_query)| {
        let adres = route.adres(crate::ui::route::ingang(), &crate::services::pagina::query(), hash_query);
        crate::services::pagina::vervang_adres(&adres);
    });
    html! { <p class="laden" role="status">{ t.voorscherm_laden }</p> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew_router::Routable;

    /// Every address of the app has a page in the entry `Route::ingang` names
    /// (and in every entry when `Route::in_elke_ingang`), and no entry's table
    /// claims another entry's address: a route missing from its table would
    /// show "Laden…" forever, one claimed twice would never move.
    #[test]
    fn every_address_has_a_page_in_the_entry_that_shows_it() {
        let mut gezien = 0;
        for (pad, route) in crate::ui::route::alle_adressen() {
            assert_eq!(overal(&route).is_some(), route.in_elke_ingang(), "{pad}");
            for ingang in Ingang::ALLE {
                let eigen = overal(&route).is_some() || tabel(ingang)(&route).is_some();
                assert_eq!(
                    eigen,
                    route.woont_in(ingang),
                    "{pad} in {ingang:?}: a page exactly where Route::ingang says"
                );
            }
            gezien += 1;
        }
        assert!(gezien >= Route::routes().len() + 6, "every pattern, each module ({gezien})");
    }
}
