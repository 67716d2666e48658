use yew::prelude::*;

use crate::ui::winkel::use_winkel;

#[derive(Properties, PartialEq)]
pub struct PaginaProps {
    pub titel: AttrValue,
    #[prop_or_default]
    pub intro: Option<AttrValue>,
    /// An extra class on the page, e.g. for the compact module steps.
    #[prop_or_default]
    pub klasse: Option<&'static str>,
    #[prop_or_default]
    pub children: Html,
}

/// One page: its single `h1` (focusable, so focus can land on it after a
/// route change) and the browser tab's title.
#[component]
pub fn Pagina(props: &PaginaProps) -> Html {
    let t = use_winkel().t();
    {
        let titel = format!("{} – {}", props.titel, t.app_naam);
        use_effect_with(titel, |titel| crate::services::pagina::zet_titel(titel));
    }
    html! {
        <article class={classes!("pagina", props.klasse)}>
            <h1 tabindex="-1">{ props.titel.clone() }</h1>
            if let Some(intro) = &props.intro {
                <p class="intro">{ intro.clone() }</p>
            }
            { props.children.clone() }
        </article>
    }
}
