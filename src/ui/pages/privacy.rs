use yew::prelude::*;

use crate::domain::bewaren;
use crate::ui::components::pagina::Pagina;
use crate::ui::winkel::{use_winkel, Bericht};

#[derive(Clone, Copy, PartialEq)]
enum Wissen {
    Niet,
    Vragen,
    Gedaan,
    Mislukt,
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
        Callback::from(move |_| match bewaren::wis_alles(winkel.opslag()) {
            Ok(()) => {
                winkel.dispatch(Bericht::AllesGewist);
                wissen.set(Wissen::Gedaan);
            }
            Err(_) => wissen.set(Wissen::Mislukt),
        })
    };
    let reserves = bewaren::reservekopieen(winkel.opslag());

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
                <ul>
                    { for reserves.into_iter().map(|sleutel| {
                        let winkel = winkel.clone();
                        let naam = format!("spoorwijzer-reservekopie-{}.txt", sleutel.rsplit('.').next().unwrap_or("oud"));
                        let download = Callback::from(move |_| {
                            if let Ok(Some(ruw)) = bewaren::Sleutelopslag::lees(winkel.opslag(), &sleutel) {
                                crate::services::bestand::download(&naam, "text/plain", &ruw);
                            }
                        });
                        html! { <li><button type="button" class="knop stil" onclick={download}>{ t.reservekopie_download }</button></li> }
                    }) }
                </ul>
            }
            <h2>{ t.privacy_wissen_titel }</h2>
            <p>{ t.privacy_wissen_tekst }</p>
            { match *wissen {
                Wissen::Niet => html! {
                    <button type="button" class="knop gevaar" onclick={vraag}>{ t.privacy_wis_knop }</button>
                },
                Wissen::Vragen => html! {
                    <div class="bevestig" role="group" aria-labelledby="wis-vraag">
                        <p id="wis-vraag" tabindex="-1"><strong>{ t.privacy_wis_vraag }</strong></p>
                        <div class="knoppen">
                            <button type="button" class="knop gevaar" onclick={bevestig}>{ t.privacy_wis_ja }</button>
                            <button type="button" class="knop stil" onclick={annuleer}>{ t.privacy_wis_nee }</button>
                        </div>
                    </div>
                },
                Wissen::Gedaan => html! { <p role="status" class="gelukt">{ t.privacy_gewist }</p> },
                Wissen::Mislukt => html! { <p role="status">{ t.privacy_wis_mislukt }</p> },
            } }
            // Which version runs, for a question to a coach or a bug report.
            if let Some(versie) = crate::services::pagina::versie() {
                <p class="klein" id="versie">{ t.privacy_versie }{ " " }<code>{ versie }</code></p>
            }
        </Pagina>
    }
}
