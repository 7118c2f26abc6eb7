//! The accessibility statement: what people should be able to do, the standard aimed at (WCAG
//! 2.2 AA), how it is tested, what does not work well yet, and how to report a problem. The
//! words are in `text/about_*.rs`.

use yew::prelude::*;

use crate::components::footer::{contact, sections};
use crate::text::{ui, Lang};

/// What the page shows (a plain function of these, not a component: no state of its own).
pub struct AccessibilityPageProps {
    pub lang: Lang,
    /// The screen it was opened from.
    pub back: String,
}

pub fn accessibility_page(props: &AccessibilityPageProps) -> Html {
    let t = ui(props.lang);
    let a = t.about;
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            <h1 tabindex="-1">{ a.accessibility_title }</h1>
            <p class="lead">{ a.accessibility_lead }</p>
            { sections(a.accessibility) }
            { contact(props.lang) }
        </>
    }
}
