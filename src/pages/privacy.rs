//! The privacy notice: what LegCheck keeps on the device, where and for how long, what it never
//! does, what leaves the device only when the person chooses, and what an embedding clinic is
//! told. The words are in `text/about_*.rs`; they describe `persist`, `embed` and static/sw.js.

use yew::prelude::*;

use crate::components::footer::{contact, sections};
use crate::text::{ui, Lang};

/// What the page shows (a plain function of these, not a component: no state of its own).
pub struct PrivacyPageProps {
    pub lang: Lang,
    /// The screen it was opened from.
    pub back: String,
}

pub fn privacy_page(props: &PrivacyPageProps) -> Html {
    let t = ui(props.lang);
    let a = t.about;
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            <h1 tabindex="-1">{ a.privacy_title }</h1>
            <p class="lead">{ a.privacy_lead }</p>
            { sections(a.privacy) }
            <section>
                <h2>{ a.questions_title }</h2>
                { contact(props.lang) }
            </section>
        </>
    }
}
