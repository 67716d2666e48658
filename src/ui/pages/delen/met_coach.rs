//! The page `#/delen`, sharing first: what to share with a coach, a link with a
//! code, the preview of exactly what the coach will see, and paper; then the
//! save-file parts (`Exporteer`, `Importeer`, components of their own). State and steps:
//! `model::Delen`; the link is made by `services::delen::maak_link`.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::bewaren::Exporteer;
use super::model::{crypto_fout, Deelstap, Delen as Deelstand, Status, Vinkje};
use super::status_html;
use super::terughalen::Importeer;
use crate::content::delen as d;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::deelpakket::{self, Deelkeuze};
use crate::domain::delen::{deelbestand_naam, Link};
use crate::domain::taal::Taal;
use crate::domain::tekstbestand::{self, Deel};
use crate::services::delen::{maak_link, StartFout};
use crate::services::{bestand, deelblad, invoer, venster};
use crate::ui::components::focus::use_focus_na;
use crate::ui::components::pagina::Pagina;
use crate::ui::pages::profiel::ProfielInhoud;
use crate::ui::route::Route;
use crate::ui::winkel::use_winkel;

/// The coach's entry without query or fragment (`https://p.nl/app/coach.html`):
/// a share link opens the coach's side directly, and never carries `?embed=1`
/// or a coach's settings along.
fn app_adres() -> String {
    format!("{}{}", crate::services::coach::app_basis(), crate::ui::route::Ingang::Coach.bestand())
}

/// The one count beside each part (issue 24): how many answers would go
/// along with the choice as it is now. No "x of y".
fn om_te_delen(n: usize, taal: Taal) -> String {
    if n == 1 {
        d::EEN_OM_TE_DELEN.in_taal(taal).to_string()
    } else {
        vul(d::OM_TE_DELEN.in_taal(taal), &[&n.to_string()])
    }
}

/// A checkbox that sends its tick as a step.
fn vink(stap: &UseReducerDispatcher<Deelstand>, v: Vinkje) -> Callback<Event> {
    let stap = stap.clone();
    Callback::from(move |e: Event| stap.dispatch(Deelstap::Vink(v, venster::aangevinkt(&e))))
}

#[component]
pub fn Delen() -> Html {
    let winkel = use_winkel();
    let taal = winkel.taal();
    let s = use_reducer(Deelstand::default);
    let stap = s.dispatcher();
    let focus_na = use_focus_na();
    let keuze = &s.keuze;

    // The same function builds the preview and the link. The name is left out of
    // the preview's key: typing it must not rebuild the profile on every key.
    let voorbeeld = {
        let (dok, k) = (winkel.dokument.clone(), Deelkeuze { naam: String::new(), ..keuze.clone() });
        use_memo((dok, k, taal), |(dok, k, taal)| deelpakket::maak(dok, k, &MODULES, *taal, 0.0))
    };
    let modules: Rc<BTreeMap<_, _>> = use_memo(voorbeeld.clone(), |v| v.als_modules());
    let leeg = voorbeeld.is_leeg();
    let anderen = Rc::new(voorbeeld.kijk.clone());
    let beroepen = Rc::new(voorbeeld.beroepen.clone());

    // The preview speaks as the coach's view does (issue 28): those words are a part of
    // their own (`Deel::Werkplek`), loaded here, not with the candidate's first load.
    let woorden_er = tekstbestand::deel_geladen(taal, Deel::Werkplek).is_some();
    {
        let winkel = winkel.clone();
        use_effect_with((taal, woorden_er), move |(taal, er)| {
            if !*er {
                let (taal, winkel) = (*taal, winkel.clone());
                venster::start(async move {
                    if crate::services::teksten::laad_deel(taal, Deel::Werkplek).await.is_ok() {
                        winkel.deel_geladen();
                    }
                });
            }
        });
    }

    // "Mijn week in het traject delen": offered only when the timeline gives a week now.
    let week_nu = crate::domain::tijdlijn::deelweek::week_om_te_delen(
        &winkel.dokument.tijdlijn,
        crate::services::klok::vandaag(),
    );
    let zet_week = {
        let stap = stap.clone();
        Callback::from(move |e: Event| stap.dispatch(Deelstap::Week(week_nu.filter(|_| venster::aangevinkt(&e)))))
    };

    let zet_naam = {
        let stap = stap.clone();
        Callback::from(move |e: InputEvent| stap.dispatch(Deelstap::Naam(invoer::waarde(&e).unwrap_or_default())))
    };

    let maak = {
        let (winkel, s, stap, focus_na) = (winkel.clone(), s.clone(), stap.clone(), focus_na.clone());
        // Nothing to share makes no id either (`leeg` is the preview's, the same choice).
        Callback::from(move |_: MouseEvent| {
            match met_kandidaat(&winkel, leeg).and_then(|dok| maak_link(&dok, &s.keuze, taal, app_adres())) {
                Err(StartFout::Leeg) => stap.dispatch(Deelstap::Fout(d::KIES_IETS)),
                Err(StartFout::Crypto(f)) => stap.dispatch(Deelstap::Fout(crypto_fout(f))),
                Ok(taak) => {
                    stap.dispatch(Deelstap::Bezig);
                    let (stap, focus_na) = (stap.clone(), focus_na.clone());
                    venster::start(async move {
                        match taak.await {
                            Ok(link) => {
                                *focus_na.borrow_mut() = Some("link-kop");
                                stap.dispatch(Deelstap::Klaar(link));
                            }
                            Err(f) => stap.dispatch(Deelstap::Fout(crypto_fout(f))),
                        }
                    });
                }
            }
        })
    };

    let vinkjes = MODULES.iter().map(|m| {
        let aantal = deelpakket::deelbaar(&winkel.dokument, m, keuze);
        let alle = deelpakket::deelbaar_alles(&winkel.dokument, m);
        let detail = if alle == 0 { d::NOG_NIETS.in_taal(taal).to_string() } else { om_te_delen(aantal, taal) };
        html! {
            <label class={classes!("optie", (alle == 0).then_some("uit"))}>
                <input type="checkbox" name="deel-module" value={m.id} disabled={alle == 0}
                    checked={alle > 0 && keuze.modules.contains(m.id)} onchange={vink(&stap, Vinkje::Module(m.id))} />
                <span>{ m.titel.in_taal(taal) }<span class="optie-uitleg">{ detail }</span></span>
            </label>
        }
    });
    let aantal_beeld = deelpakket::aantal_eigen_beeld(&winkel.dokument, &MODULES);
    // Possibly sensitive worries, one tick each, never ticked by default: see
    // `Deelkeuze::gevoelig`.
    let gevoelig = deelpakket::gevoelige_keuzes(&winkel.dokument, &MODULES);
    let gevoelig_leeg = gevoelig.is_empty();
    let gevoelig_vinkjes = gevoelig.into_iter().map(|(v, o)| {
        let paar = (v.id, o.id);
        html! {
            <label class="optie gevoelig">
                <input type="checkbox" name="deel-gevoelig" value={o.id} checked={keuze.gevoelig.contains(&paar)}
                    onchange={vink(&stap, Vinkje::Gevoelig(paar))} />
                <span>{ o.tekst.in_taal(taal) }<span class="optie-uitleg">{ d::GEVOELIG.in_taal(taal) }</span></span>
            </label>
        }
    });

    let afdrukken = Callback::from(|_: MouseEvent| crate::services::pagina::druk_af());

    // In-page jumps are buttons: a `#id` link would be read as a route by the hash router.
    let sprong = |id: &'static str| Callback::from(move |_: MouseEvent| crate::services::pagina::spring_naar(id));
    html! {
        <Pagina titel={d::TITEL.in_taal(taal)} intro={Some(AttrValue::from(d::INTRO.in_taal(taal)))}>
            <nav class="niet-printen delen-keuze" aria-label={d::WAT_DOEN.in_taal(taal)}>
                <button type="button" class="sprong hoofd" onclick={sprong("deel-kop")}>
                    <span class="sprong-titel">{ d::NAAR_DELEN.in_taal(taal) }</span>
                    <span class="sprong-uitleg">{ d::NAAR_DELEN_UITLEG.in_taal(taal) }</span>
                </button>
                <button type="button" class="sprong" onclick={sprong("bewaar-kop")}>
                    <span class="sprong-titel">{ d::NAAR_BEWAREN.in_taal(taal) }</span>
                    <span class="sprong-uitleg">{ d::NAAR_BEWAREN_UITLEG.in_taal(taal) }</span>
                </button>
            </nav>
            <section class="delen-blok niet-printen" aria-labelledby="deel-kop">
                <h2 id="deel-kop" tabindex="-1">{ d::DEEL_KOP.in_taal(taal) }</h2>
                <p>{ d::DEEL_UITLEG.in_taal(taal) }</p>
                // Who may read it, before anything is chosen (issue 23).
                <aside class="wie-leest" role="note"><p>{ d::WIE_LEEST.in_taal(taal) }</p></aside>
                <fieldset class="vraag deel-keuze">
                    <legend>{ d::WAT_DELEN.in_taal(taal) }</legend>
                    <div class="opties">{ for vinkjes }</div>
                </fieldset>
                if !gevoelig_leeg {
                    <fieldset class="vraag deel-gevoelig" aria-describedby="deel-gevoelig-uitleg">
                        <legend>{ d::GEVOELIG_KOP.in_taal(taal) }</legend>
                        <p id="deel-gevoelig-uitleg" class="hint">{ d::GEVOELIG_UITLEG.in_taal(taal) }</p>
                        <div class="opties">{ for gevoelig_vinkjes }</div>
                    </fieldset>
                }
                <div class="opties deel-extra">
                    <label class="optie">
                        <input type="checkbox" id="deel-eigen" checked={keuze.eigen_woorden} onchange={vink(&stap, Vinkje::EigenWoorden)} />
                        <span>{ d::EIGEN_WOORDEN.in_taal(taal) }<span class="optie-uitleg">{ d::EIGEN_WOORDEN_UITLEG.in_taal(taal) }</span></span>
                    </label>
                    // Never ticked by default: see `Deelkeuze::eigen_beeld`.
                    <label class={classes!("optie", "gevoelig", (aantal_beeld == 0).then_some("uit"))}>
                        <input type="checkbox" id="deel-eigen-beeld" checked={keuze.eigen_beeld && aantal_beeld > 0}
                            disabled={aantal_beeld == 0} onchange={vink(&stap, Vinkje::EigenBeeld)} />
                        // No second count here (issue 24): the count beside the part grows when this is
                        // ticked. With nothing to share, the long warning would only push the action down.
                        <span>{ d::EIGEN_BEELD.in_taal(taal) }if aantal_beeld == 0 { { format!(" ({})", d::NOG_NIETS.in_taal(taal)) } } else { <span class="optie-uitleg">{ d::EIGEN_BEELD_UITLEG.in_taal(taal) }</span> }</span>
                    </label>
                    if let Some(w) = week_nu {
                        <label class="optie">
                            <input type="checkbox" id="deel-week" checked={keuze.week.is_some()} onchange={zet_week} />
                            <span>{ vul(d::WEEK_DELEN.in_taal(taal), &[&w.to_string()]) }<span class="optie-uitleg">{ d::WEEK_DELEN_UITLEG.in_taal(taal) }</span></span>
                        </label>
                    }
                    { crate::ui::pages::kijk_profiel::deel_vinkje(winkel.dokument.kijk.len(), keuze.kijk, vink(&stap, Vinkje::Kijk), taal) }
                    // Off unless ticked, like every part in the person's own words (issue 27).
                    if !winkel.dokument.beroepen.is_empty() {
                        <label class="optie">
                            <input type="checkbox" id="deel-beroepen" checked={keuze.beroepen} onchange={vink(&stap, Vinkje::Beroepen)} />
                            <span>{ winkel.t().delen_beroepen }</span>
                        </label>
                    }
                    if winkel.dokument.coach.is_some() {
                        <label class="optie">
                            <input type="checkbox" id="deel-coach" checked={keuze.coach} onchange={vink(&stap, Vinkje::Coach)} />
                            <span>{ d::COACH_DELEN.in_taal(taal) }<span class="optie-uitleg">{ d::COACH_DELEN_UITLEG.in_taal(taal) }</span></span>
                        </label>
                    }
                </div>
                <div class="veld">
                    <label for="deel-naam">{ d::NAAM_LABEL.in_taal(taal) }</label>
                    <p id="deel-naam-uitleg" class="hint">{ d::NAAM_UITLEG.in_taal(taal) }</p>
                    <input id="deel-naam" type="text" autocomplete="given-name" maxlength={deelpakket::MAX_NAAM.to_string()}
                        value={keuze.naam.clone()} oninput={zet_naam} aria-describedby="deel-naam-uitleg" />
                </div>
                <p class="hint">{ d::NUMMER_UITLEG.in_taal(taal) }</p>
            </section>

            // Right after the choice: the preview below can be many phone screens long.
            <section class="delen-blok niet-printen" aria-label={d::MAAK_LINK.in_taal(taal)}>
                if s.gewijzigd {
                    <p class="delen-status" role="status">{ d::GEWIJZIGD.in_taal(taal) }</p>
                }
                <div class="knoppen">
                    <button type="button" id="deel-maak" class="knop" onclick={maak} disabled={s.status == Status::Bezig}>
                        { if s.link.is_some() { d::NIEUWE_LINK } else { d::MAAK_LINK }.in_taal(taal) }
                    </button>
                </div>
                { status_html(&s.status, taal, "link-status") }
                if let Some(l) = &s.link {
                    { resultaat(l, &s, &stap, taal) }
                }
            </section>

            <section class="deel-voorbeeld" aria-labelledby="voorbeeld-kop">
                <h2 id="voorbeeld-kop" class="niet-printen">{ d::PREVIEW_KOP.in_taal(taal) }</h2>
                if leeg {
                    <p class="hint niet-printen">{ d::PREVIEW_LEEG.in_taal(taal) }</p>
                } else {
                    <div class="voorbeeld-kader">
                        if let Some(c) = &voorbeeld.coach {
                            if !c.praktijk.trim().is_empty() {
                                <p class="alleen-scherm">{ vul(d::VIA_PRAKTIJK.in_taal(taal), &[&c.praktijk]) }</p>
                            }
                        }
                        { crate::ui::components::over_kandidaat::week_regel(voorbeeld.week, taal) }
                        // The coach's words, with the name as the coach will get it (issue 28).
                        if woorden_er {
                            <ProfielInhoud modules={modules} {taal} eigen={false} {anderen} {beroepen}
                                over={Some(crate::ui::components::over_kandidaat::woorden(deelpakket::schone_naam(&keuze.naam).as_deref(), taal))} />
                        } else {
                            <p class="delen-status" role="status">{ d::EVEN_GEDULD.in_taal(taal) }</p>
                        }
                    </div>
                }
            </section>

            <section class="delen-blok niet-printen" aria-labelledby="papier-kop">
                <h2 id="papier-kop">{ d::PAPIER_KOP.in_taal(taal) }</h2>
                <p>{ d::PAPIER_UITLEG.in_taal(taal) }</p>
                <div class="knoppen">
                    <button type="button" class="knop stil" onclick={afdrukken} disabled={leeg}>{ d::AFDRUKKEN.in_taal(taal) }</button>
                </div>
                <p><a href={Route::Profiel.href()}>{ d::HEEL_PROFIEL.in_taal(taal) }</a></p>
                if !winkel.dokument.ontvangen.is_empty() {
                    <p><a href={Route::Gedeeld { payload: deelpakket::GEEN_LINK.into() }.href()}>{ d::NAAR_KOPIEEN.in_taal(taal) }</a></p>
                }
            </section>
            <div class="niet-printen delen-pagina">
                <section class="delen-blok" aria-labelledby="bewaar-kop">
                    <h2 id="bewaar-kop" tabindex="-1">{ d::BEWAAR_KOP.in_taal(taal) }</h2>
                    <p>{ d::BEWAAR_UITLEG.in_taal(taal) }</p>
                    <Exporteer />
                    <Importeer />
                </section>
            </div>
        </Pagina>
    }
}

/// The person's document with their candidate id: the one made for an earlier
/// share, or a new random one (16 bytes from the browser's generator, base64url),
/// kept in the document so every later share carries the same id.
fn met_kandidaat(
    winkel: &crate::ui::winkel::Winkel,
    leeg: bool,
) -> Result<crate::domain::dokument::Dokument, StartFout> {
    if leeg {
        return Err(StartFout::Leeg);
    }
    let mut dok = winkel.dokument.clone();
    if dok.kandidaat.is_none() {
        let id = crate::services::deelblad::nieuw_id()
            .ok_or(StartFout::Crypto(crate::services::crypto::CryptoFout::NietBeschikbaar))?;
        winkel.zet_kandidaat(id.clone());
        dok.kandidaat = Some(id);
    }
    Ok(dok)
}

/// The made link: send or copy it, the code to give apart, or a file.
fn resultaat(l: &Rc<Link>, s: &Deelstand, stap: &UseReducerDispatcher<Deelstand>, taal: Taal) -> Html {
    let kopieer = {
        let (l, stap) = (l.clone(), stap.clone());
        Callback::from(move |_: MouseEvent| {
            let stap = stap.clone();
            venster::kopieer(
                l.link.clone(),
                "deel-link",
                Box::new(move |ok| stap.dispatch(Deelstap::Kopie(Status::na(ok, d::GEKOPIEERD, d::NIET_GEKOPIEERD)))),
            );
        })
    };
    // The phone's share sheet, with the link only: the code never goes in the
    // same message (it is given apart, see `d::DEEL_APART`).
    let deel_link = {
        let l = l.clone();
        Callback::from(move |_: MouseEvent| {
            let l = l.clone();
            venster::start(async move {
                deelblad::deel(d::DEEL_TITEL.in_taal(taal), &l.link).await;
            });
        })
    };
    let kopieer_code = {
        let (l, stap) = (l.clone(), stap.clone());
        Callback::from(move |_: MouseEvent| {
            let stap = stap.clone();
            // The grouped form, as shown: the coach's field accepts it as is.
            venster::kopieer(
                l.getoonde_code(),
                "deel-code",
                Box::new(move |ok| {
                    stap.dispatch(Deelstap::CodeKopie(Status::na(ok, d::CODE_GEKOPIEERD, d::CODE_NIET_GEKOPIEERD)))
                }),
            );
        })
    };
    let als_bestand = {
        let (l, stap) = (l.clone(), stap.clone());
        Callback::from(move |_: MouseEvent| {
            let tekst = deelpakket::bestandstekst(d::BESTAND_KOPREGEL.in_taal(taal), &l.link);
            if !bestand::download(&deelbestand_naam(&crate::services::klok::vandaag_iso()), "text/plain", &tekst) {
                stap.dispatch(Deelstap::Kopie(Status::Fout(d::DOWNLOAD_MISLUKT)));
            }
        })
    };
    let deelbaar = deelblad::beschikbaar();
    html! {
        <section class="delen-kader link-resultaat" aria-labelledby="link-kop">
            <h3 id="link-kop" tabindex="-1">{ d::LINK_KOP.in_taal(taal) }</h3>
            // The action first, right under the heading that gets focus: the
            // phone's share sheet where there is one, else copying.
            <div class="knoppen">
                if deelbaar {
                    <button type="button" id="deel-stuur" class="knop" onclick={deel_link} aria-describedby="deel-apart">
                        { d::DEEL_LINK.in_taal(taal) }
                    </button>
                    <button type="button" class="knop stil" onclick={kopieer}>{ d::KOPIEER.in_taal(taal) }</button>
                } else {
                    <button type="button" id="deel-stuur" class="knop" onclick={kopieer}>{ d::KOPIEER.in_taal(taal) }</button>
                }
            </div>
            if deelbaar {
                <p id="deel-apart" class="hint">{ d::DEEL_APART.in_taal(taal) }</p>
            }
            { status_html(&s.kopie, taal, "kopie-status") }
            <div class="veld">
                <label for="deel-link">{ d::LINK_LABEL.in_taal(taal) }</label>
                <textarea id="deel-link" class="deel-link" readonly=true rows="3" value={l.link.clone()} />
            </div>
            if l.is_lang() {
                <p class="hint">{ d::LANGE_LINK.in_taal(taal) }</p>
            }
            <h4 id="code-kop">{ d::CODE_LABEL.in_taal(taal) }</h4>
            <div class="code-rij">
                <p id="deel-code" class="deel-code" aria-describedby="code-uitleg">{ l.getoonde_code() }</p>
                <button type="button" class="knop" onclick={kopieer_code}>{ d::KOPIEER_CODE.in_taal(taal) }</button>
            </div>
            { status_html(&s.code_kopie, taal, "code-kopie-status") }
            <p id="code-uitleg">{ d::CODE_UITLEG.in_taal(taal) }</p>
            <div class="knoppen">
                <button type="button" class="knop stil" onclick={als_bestand} aria-describedby="bestand-uitleg">
                    { d::ALS_BESTAND.in_taal(taal) }
                </button>
            </div>
            <p id="bestand-uitleg" class="hint">{ d::ALS_BESTAND_UITLEG.in_taal(taal) }</p>
        </section>
    }
}
