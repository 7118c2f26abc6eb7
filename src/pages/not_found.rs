//! The page for an unknown address.

use yew::prelude::*;

use crate::text::{ui, Lang};

/// What the page shows (a plain function of these, not a component: no state of its own).
pub struct NotFoundPageProps {
    pub lang: Lang,
}

pub fn not_found_page(props: &NotFoundPageProps) -> Html {
    let t = ui(props.lang);
    html! {
        <>
            <h1 tabindex="-1">{ t.not_found }</h1>
            <p><a href="#/">{ t.nav_home }</a></p>
        </>
    }
}
