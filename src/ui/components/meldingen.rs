use yew::prelude::*;

use crate::ui::winkel::{use_winkel, Melding};

/// Notices about keeping work: shown until closed, in plain words.
#[component]
pub fn Meldingen() -> Html {
    let winkel = use_winkel();
    let t = winkel.t();
    if winkel.meldingen.is_empty() {
        return html! {};
    }
    let items = winkel.meldingen.iter().enumerate().map(|(i, melding)| {
        let sluit = {
            let winkel = winkel.clone();
            Callback::from(move |_| winkel.sluit_melding(i))
        };
        let (titel, tekst, extra) = match melding {
            Melding::Geblokkeerd => (t.melding_geblokkeerd_titel, t.melding_geblokkeerd_tekst, html! {}),
            Melding::Vol => (t.melding_vol_titel, t.melding_vol_tekst, html! {}),
            Melding::NieuweVersie => (t.melding_versie_titel, t.melding_versie_tekst, html! {}),
            Melding::EldersGewist => (t.melding_gewist_titel, t.melding_gewist_tekst, html! {}),
            Melding::TaalNietGeladen => (t.melding_taal_titel, t.melding_taal_tekst, html! {}),
            Melding::NieuwereVersieOpen => {
                let herlaad = Callback::from(|_| crate::services::pagina::herlaad());
                (
                    t.melding_nieuwer_titel,
                    t.melding_nieuwer_tekst,
                    html! { <button type="button" class="knop" onclick={herlaad}>{ t.melding_herlaad }</button> },
                )
            }
            Melding::Reservekopie { sleutel, ruw, mislukt } => {
                let ruw = ruw.clone();
                let naam = format!(
                    "spoorwijzer-reservekopie-{}.txt",
                    sleutel.as_deref().and_then(|s| s.rsplit('.').next()).unwrap_or("oud")
                );
                let download = Callback::from(move |_| {
                    crate::services::bestand::download(&naam, "text/plain", &ruw);
                });
                let tekst = if *mislukt { t.melding_reservekopie_mislukt } else { t.melding_reservekopie_tekst };
                (
                    t.melding_reservekopie_titel,
                    tekst,
                    html! { <button type="button" class="knop" onclick={download}>{ t.reservekopie_download }</button> },
                )
            }
        };
        let id = format!("melding-{i}");
        html! {
            <section class="melding" aria-labelledby={id.clone()} role="status">
                <h2 id={id}>{ titel }</h2>
                <p>{ tekst }</p>
                <div class="knoppen">
                    { extra }
                    <button type="button" class="knop stil" onclick={sluit}>{ t.melding_sluiten }</button>
                </div>
            </section>
        }
    });
    html! { <div class="meldingen">{ for items }</div> }
}
