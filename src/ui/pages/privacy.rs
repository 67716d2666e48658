use yew::prelude::*;

use crate::content::teksten::vul;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::{reservekopie_bestandsnaam, use_winkel};

#[derive(Clone, Copy, PartialEq)]
enum Wissen {
    Niet,
    Vragen,
}

#[component]
pub fn Privacy() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    let wissen = use_state(|| Wissen::Niet);

    let vraag = {
        let wissen = wissen.clone();
        Callback::from(move |_| {
            wissen.set(Wissen::Vragen);
            crate::services::pagina::focus_op("wis-vraag");
        })
    };
    let annuleer = {
        let wissen = wissen.clone();
        Callback::from(move |_| wissen.set(Wissen::Niet))
    };
    let bevestig = {
        let wissen = wissen.clone();
        let winkel = winkel.clone();
        Callback::from(move |_| {
            winkel.wis_alles();
            wissen.set(Wissen::Niet);
        })
    };
    let reserves = winkel.reservekopieen();
    let taal = winkel.taal().code();

    html! {
        <Pagina titel={t.privacy_titel} intro={Some(AttrValue::from(t.privacy_intro))}>
            <h2>{ t.privacy_wat_titel }</h2>
            <p>{ t.privacy_wat_tekst }</p>
            <h2>{ t.privacy_waar_titel }</h2>
            <p>{ t.privacy_waar_tekst }</p>
            <h2>{ t.privacy_verstuurd_titel }</h2>
            <p>{ t.privacy_verstuurd_tekst }</p>
            if !reserves.is_empty() {
                <h2>{ t.privacy_reservekopie_titel }</h2>
                <p>{ t.privacy_reservekopie_tekst }</p>
                if winkel.hersteld {
                    <p role="status" class="gelukt">{ t.privacy_hersteld }</p>
                }
                <ul class="reservekopieen">
                    { for reserves.into_iter().map(|reserve| {
                        let naam = reservekopie_bestandsnaam(&reserve.sleutel);
                        let datum = reserve.op_ms.map(|ms| crate::services::klok::tijdstip(ms, taal, false));
                        let download = {
                            let winkel = winkel.clone();
                            let sleutel = reserve.sleutel.clone();
                            Callback::from(move |_| {
                                if let Some(ruw) = winkel.reservekopie_tekst(&sleutel) {
                                    crate::services::bestand::download(&naam, "text/plain", &ruw);
                                }
                            })
                        };
                        let herstel = {
                            let winkel = winkel.clone();
                            let sleutel = reserve.sleutel.clone();
                            Callback::from(move |_| winkel.herstel_reservekopie(sleutel.clone()))
                        };
                        html! {
                            <li>
                                if let Some(datum) = datum {
                                    <p><strong>{ vul(t.privacy_reservekopie_van, &[&datum]) }</strong></p>
                                }
                                if reserve.dokument.is_none() {
                                    <p>{ t.privacy_reservekopie_onleesbaar }</p>
                                }
                                <div class="knoppen">
                                    if reserve.dokument.is_some() {
                                        <button type="button" class="knop" onclick={herstel}>{ t.privacy_herstel }</button>
                                    }
                                    <button type="button" class="knop stil" onclick={download}>{ t.reservekopie_download }</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h2>{ t.privacy_wissen_titel }</h2>
            <p>{ t.privacy_wissen_tekst }</p>
            { match (*wissen, winkel.gewist) {
                (Wissen::Vragen, _) => html! {
                    <div class="bevestig" role="group" aria-labelledby="wis-vraag">
                        <p id="wis-vraag" tabindex="-1"><strong>{ t.privacy_wis_vraag }</strong></p>
                        <div class="knoppen">
                            <button type="button" class="knop gevaar" onclick={bevestig}>{ t.privacy_wis_ja }</button>
                            <button type="button" class="knop stil" onclick={annuleer}>{ t.privacy_wis_nee }</button>
                        </div>
                    </div>
                },
                (Wissen::Niet, Some(true)) => html! { <p role="status" class="gelukt">{ t.privacy_gewist }</p> },
                (Wissen::Niet, gewist) => html! {
                    <>
                        if gewist == Some(false) {
                            <p role="status">{ t.privacy_wis_mislukt }</p>
                        }
                        <button type="button" class="knop gevaar" onclick={vraag}>{ t.privacy_wis_knop }</button>
                    </>
                },
            } }
            // Which version runs, for a question to a coach or a bug report.
            if let Some(versie) = crate::services::pagina::versie() {
                <p class="klein" id="versie">{ t.privacy_versie }{ " " }<code>{ versie }</code></p>
            }
        </Pagina>
    }
}
