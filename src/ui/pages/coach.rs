//! The coach link builder (`#/coach`): a coach picks modules and their order,
//! the language, a practice name, a welcome, contact details and a colour, and
//! gets a plain link, a snippet for their website and a QR code. Nothing is
//! stored or sent: the settings live in this page until the coach copies them.

use yew::prelude::*;

use crate::content::coach as c;
use crate::content::modules::MODULES;
use crate::content::teksten::vul;
use crate::domain::coach::{qr, Palet, Rgb, MAX_CONTACT, MAX_PRAKTIJK, MAX_WELKOM, QR_RAND, STANDAARD_ACCENT};
use crate::domain::taal::Taal;
use crate::domain::tekst::Tekst;
use crate::services;
use crate::services::{invoer, venster};
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::use_winkel;

// What the coach has chosen, as plain state and changes.
mod bouwer;
// A copy button with a fallback by hand.
mod kopieer;

use bouwer::{Bouwer, KleurStand, Wijziging};
use kopieer::Kopieer;

/// Above this many modules a side (QR version 15), a printed code gets hard
/// to scan with an older phone: the coach gets a tip to shorten the welcome.
const QR_DRUK: i32 = 77;

/// The value of the input or textarea an event came from.
fn waarde(e: &InputEvent) -> String {
    invoer::waarde(e).unwrap_or_default()
}

/// Length as the browser's `maxlength` counts it (UTF-16 units), which is never
/// less than the character count the link's limits use.
fn lengte(s: &str) -> usize {
    s.encode_utf16().count()
}

#[component]
pub fn Coach() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let taal = winkel.taal();
    let tx = |tekst: Tekst| tekst.in_taal(taal);
    let bouwer = use_reducer(|| Bouwer {
        gekozen: Vec::new(),
        taal,
        praktijk: String::new(),
        welkom: String::new(),
        contact: String::new(),
        kleur: String::new(),
    });
    let basis = use_memo((), |_| services::coach::app_basis());
    let script = use_memo((), |_| services::coach::embed_script_adres());
    let bekend = crate::content::modules::ids();

    // Buttons and checkboxes that move keep focus: after the list is redrawn,
    // focus goes to the element with this id.
    let focus_na = use_mut_ref(|| None::<String>);
    {
        let focus_na = focus_na.clone();
        use_effect(move || {
            if let Some(id) = focus_na.borrow_mut().take() {
                services::pagina::focus_op(&id);
            }
        });
    }
    let verplaatst = use_state(String::new);

    // ---- Modules: chosen ones first, in order, then the others in app order.
    let n = bouwer.gekozen.len();
    let rijen = bouwer
        .rijen(&bekend)
        .filter_map(|(id, plek)| MODULES.iter().find(|m| m.id == id).map(|m| (id, plek, m.titel.in_taal(taal))))
        .map(|(id, plek, naam)| {
            let vink_id = format!("cm-{id}");
            let kies = {
                let bouwer = bouwer.clone();
                let focus_na = focus_na.clone();
                let vink_id = vink_id.clone();
                Callback::from(move |e: Event| {
                    let aan = venster::aangevinkt(&e);
                    *focus_na.borrow_mut() = Some(vink_id.clone());
                    bouwer.dispatch(Wijziging::Kies(id, aan));
                })
            };
            let knop = |richting: isize| {
                let bouwer = bouwer.clone();
                let focus_na = focus_na.clone();
                let verplaatst = verplaatst.clone();
                Callback::from(move |_: MouseEvent| {
                    let Some(i) = plek else { return };
                    let (j, doel) = bouwer::na_verschuiving(i, richting, n);
                    *focus_na.borrow_mut() = Some(format!("cm-{id}-{doel}"));
                    verplaatst
                        .set(vul(c::BOUWER_VERPLAATST.in_taal(taal), &[naam, &(j + 1).to_string(), &n.to_string()]));
                    bouwer.dispatch(Wijziging::Verschuif(id, richting));
                })
            };
            html! {
                <li key={id} class={classes!("coach-module", plek.is_some().then_some("gekozen"))}>
                    <input type="checkbox" id={vink_id.clone()} checked={plek.is_some()} onchange={kies} />
                    <label for={vink_id.clone()}>{ naam }</label>
                    if let Some(i) = plek {
                        <span class="coach-plek">{ vul(c::BOUWER_PLEK.in_taal(taal), &[&(i + 1).to_string()]) }</span>
                        <span class="verschuif">
                            <button type="button" id={format!("{vink_id}-hoger")} class="knop stil klein"
                                disabled={i == 0} aria-label={vul(c::BOUWER_HOGER.in_taal(taal), &[naam])}
                                onclick={knop(-1)}>{ "↑" }</button>
                            <button type="button" id={format!("{vink_id}-lager")} class="knop stil klein"
                                disabled={i + 1 == n} aria-label={vul(c::BOUWER_LAGER.in_taal(taal), &[naam])}
                                onclick={knop(1)}>{ "↓" }</button>
                        </span>
                    }
                </li>
            }
        });

    // ---- Language
    let taalkeuze = |doel: Taal, naam: &'static str| {
        let bouwer_d = bouwer.clone();
        let onchange = Callback::from(move |_: Event| bouwer_d.dispatch(Wijziging::Taal(doel)));
        let id = format!("coach-taal-{}", doel.code());
        html! {
            <label class="optie" for={id.clone()}>
                <input type="radio" name="coach-taal" id={id} value={doel.code()}
                    checked={bouwer.taal == doel} {onchange} />
                <span lang={doel.code()}>{ naam }</span>
            </label>
        }
    };

    // ---- Texts
    let tekstveld = |id: &'static str,
                     label: Tekst,
                     hint: Option<Tekst>,
                     max: usize,
                     waarde_nu: &str,
                     meerregelig: bool,
                     maak: fn(String) -> Wijziging| {
        let bouwer = bouwer.clone();
        let oninput = Callback::from(move |e: InputEvent| bouwer.dispatch(maak(waarde(&e))));
        let hint_id = format!("{id}-hint");
        let teller_id = format!("{id}-teller");
        let beschreven = if hint.is_some() { format!("{hint_id} {teller_id}") } else { teller_id.clone() };
        html! {
            <div class="coach-veld">
                <label for={id}>{ label.in_taal(taal) }</label>
                if let Some(h) = hint {
                    <p class="hint" id={hint_id}>{ h.in_taal(taal) }</p>
                }
                if meerregelig {
                    <textarea id={id} rows={if max > 300 { "5" } else { "3" }} maxlength={max.to_string()}
                        aria-describedby={beschreven} value={waarde_nu.to_string()} {oninput} />
                } else {
                    <input type="text" id={id} maxlength={max.to_string()} autocomplete="organization"
                        aria-describedby={beschreven} value={waarde_nu.to_string()} {oninput} />
                }
                <p class="hint coach-teller" id={teller_id}>
                    { vul(c::BOUWER_TEKENS.in_taal(taal), &[&lengte(waarde_nu).to_string(), &max.to_string()]) }
                </p>
            </div>
        }
    };

    // ---- Colour
    let kleur_invoer = Rgb::uit_invoer(&bouwer.kleur);
    let palet = kleur_invoer.map(Palet::van);
    let kleur_status = match bouwer.kleur_stand() {
        KleurStand::Geen => None,
        KleurStand::Onbekend => Some(("onbekend", tx(c::BOUWER_KLEUR_ONBEKEND).to_string())),
        KleurStand::Aangepast(kleur) => Some(("aangepast", vul(tx(c::BOUWER_KLEUR_AANGEPAST), &[&kleur.hex()]))),
        KleurStand::Goed => Some(("goed", tx(c::BOUWER_KLEUR_GOED).to_string())),
    };
    let kiezer = {
        let bouwer = bouwer.clone();
        Callback::from(move |e: InputEvent| bouwer.dispatch(Wijziging::Kleur(waarde(&e))))
    };
    let code_invoer = kiezer.clone();
    let standaard = {
        let bouwer = bouwer.clone();
        Callback::from(move |_: MouseEvent| bouwer.dispatch(Wijziging::Kleur(String::new())))
    };
    let voorbeeld = use_node_ref();
    {
        let voorbeeld = voorbeeld.clone();
        use_effect_with(palet, move |palet| {
            crate::services::coach::zet_palet_op(voorbeeld.get(), *palet);
        });
    }

    // ---- What comes out
    let instellingen = bouwer.instellingen();
    let link = instellingen.link(&basis, &bekend);
    let code = instellingen.embed_code(&script, &bekend);
    let qr_code = use_memo(link.clone(), |link| qr(link));
    let qr_titel = tx(c::QR_BESCHRIJVING);
    let qr_bestand = qr_code.as_ref().as_ref().map(|q| q.als_bestand(qr_titel)).unwrap_or_default();
    let bewaar_qr = {
        let inhoud = qr_bestand.clone();
        Callback::from(move |_: MouseEvent| {
            services::bestand::download("spoorwijzer-qr.svg", "image/svg+xml", &inhoud);
        })
    };

    html! {
        <Pagina titel={t.coach_titel} intro={Some(AttrValue::from(t.coach_intro))}>
            <div class="coach-bouwer">
                <fieldset class="coach-groep">
                    <legend>{ tx(c::BOUWER_MODULES) }</legend>
                    <p class="hint">{ tx(c::BOUWER_MODULES_UITLEG) }</p>
                    <ul class="coach-volgorde">{ for rijen }</ul>
                    <p class="sr-only" role="status">{ (*verplaatst).clone() }</p>
                </fieldset>

                <fieldset class="coach-groep">
                    <legend>{ tx(c::BOUWER_TAAL) }</legend>
                    <p class="hint">{ tx(c::BOUWER_TAAL_UITLEG) }</p>
                    <div class="opties coach-talen">
                        { taalkeuze(Taal::Nl, t.taal_naam_nl) }
                        { taalkeuze(Taal::En, t.taal_naam_en) }
                    </div>
                </fieldset>

                <fieldset class="coach-groep">
                    <legend>{ tx(c::BOUWER_GEGEVENS) }</legend>
                    <p class="coach-privacy">{ tx(c::BOUWER_PRIVACY) }</p>
                    { tekstveld("coach-praktijk", c::BOUWER_PRAKTIJK, None, MAX_PRAKTIJK, &bouwer.praktijk, false, Wijziging::Praktijk) }
                    { tekstveld("coach-welkom", c::BOUWER_WELKOM, Some(c::BOUWER_WELKOM_HINT), MAX_WELKOM, &bouwer.welkom, true, Wijziging::Welkom) }
                    { tekstveld("coach-contact", c::BOUWER_CONTACT, Some(c::BOUWER_CONTACT_HINT), MAX_CONTACT, &bouwer.contact, true, Wijziging::Contact) }
                </fieldset>

                <fieldset class="coach-groep">
                    <legend>{ tx(c::BOUWER_KLEUR) }</legend>
                    <p class="hint">{ tx(c::BOUWER_KLEUR_UITLEG) }</p>
                    <div class="coach-kleur">
                        <div class="coach-veld">
                            <label for="coach-kleur-kiezer">{ tx(c::BOUWER_KLEUR_KIEZER) }</label>
                            <input type="color" id="coach-kleur-kiezer"
                                value={kleur_invoer.unwrap_or(STANDAARD_ACCENT).hex()} oninput={kiezer} />
                        </div>
                        <div class="coach-veld">
                            <label for="coach-kleur-code">{ tx(c::BOUWER_KLEUR_CODE) }</label>
                            <input type="text" id="coach-kleur-code" class="coach-kleurcode" maxlength="20"
                                spellcheck="false" autocomplete="off" aria-describedby="coach-kleur-hint coach-kleur-status"
                                value={bouwer.kleur.clone()} oninput={code_invoer} />
                        </div>
                        <button type="button" class="knop stil klein" onclick={standaard}
                            disabled={bouwer.kleur.is_empty()}>{ tx(c::BOUWER_KLEUR_STANDAARD) }</button>
                    </div>
                    <p class="hint" id="coach-kleur-hint">{ tx(c::BOUWER_KLEUR_CODE_HINT) }</p>
                    <div id="coach-kleur-status" role="status">
                        if let Some((soort, tekst)) = kleur_status {
                            <p class={classes!("coach-kleur-melding", soort)}>{ tekst }</p>
                        }
                    </div>
                    <div class="coach-voorbeeld" ref={voorbeeld}>
                        <p class="coach-voorbeeld-kop">{ tx(c::BOUWER_VOORBEELD) }</p>
                        <span class="knop">{ tx(c::BOUWER_VOORBEELD_KNOP) }</span>
                        <span class="coach-voorbeeld-link">{ tx(c::BOUWER_VOORBEELD_LINK) }</span>
                    </div>
                </fieldset>
            </div>

            <section class="coach-uitvoer" aria-labelledby="coach-uitvoer-titel">
                <h2 id="coach-uitvoer-titel">{ tx(c::UITVOER_TITEL) }</h2>
                <p>{ tx(c::UITVOER_UITLEG) }</p>

                <h3 id="coach-link-titel">{ tx(c::LINK_TITEL) }</h3>
                <p class="hint">{ tx(c::LINK_UITLEG) }</p>
                <textarea id="coach-link" class="coach-code" readonly=true rows="4" spellcheck="false"
                    aria-labelledby="coach-link-titel" value={link.clone()} />
                <Kopieer doel="coach-link" tekst={link.clone()} label={tx(c::LINK_KOPIEER)} />
                <p>
                    <a href={link.clone()} target="_blank" rel="noopener">{ tx(c::LINK_OPEN) }</a>
                </p>

                <h3 id="coach-embed-titel">{ tx(c::EMBED_CODE_TITEL) }</h3>
                <p class="hint">{ tx(c::EMBED_CODE_UITLEG) }</p>
                <textarea id="coach-embed" class="coach-code" readonly=true rows="5" spellcheck="false"
                    aria-labelledby="coach-embed-titel" value={code.clone()} />
                <Kopieer doel="coach-embed" tekst={code} label={tx(c::EMBED_CODE_KOPIEER)} />

                <h3 id="coach-qr-kop">{ tx(c::QR_TITEL) }</h3>
                <p class="hint">{ tx(c::QR_UITLEG) }</p>
                if let Some(q) = qr_code.as_ref() {
                    <figure class="coach-qr">
                        <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {0} {0}", q.grootte)}
                            role="img" aria-labelledby="coach-qr-titel" shape-rendering="crispEdges">
                            <title id="coach-qr-titel">{ qr_titel }</title>
                            <rect width={q.grootte.to_string()} height={q.grootte.to_string()} fill="#ffffff" />
                            <path d={q.pad.clone()} fill="#000000" />
                        </svg>
                    </figure>
                    if q.grootte - 2 * QR_RAND > QR_DRUK {
                        <p class="hint">{ tx(c::QR_GROOT) }</p>
                    }
                    <div class="knoppen">
                        <button type="button" class="knop stil" onclick={bewaar_qr}>{ tx(c::QR_BEWAAR) }</button>
                    </div>
                    <Kopieer doel="coach-qr-code" tekst={qr_bestand.clone()} label={tx(c::QR_KOPIEER)}
                        details={Some(AttrValue::from("coach-qr-details"))} />
                    <details id="coach-qr-details" class="coach-qr-details">
                        <summary>{ tx(c::QR_CODE_TONEN) }</summary>
                        <textarea id="coach-qr-code" class="coach-code" readonly=true rows="4" spellcheck="false"
                            aria-label={tx(c::QR_CODE_LABEL)} value={qr_bestand} />
                    </details>
                } else {
                    <p class="melding">{ tx(c::QR_TE_LANG) }</p>
                }
            </section>
        </Pagina>
    }
}
