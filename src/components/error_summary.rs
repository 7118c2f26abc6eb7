//! The error summary shown at the top of a page when the person continues without a valid
//! answer: it takes focus so screen readers announce it, and links to each field to fix.

use yew::prelude::*;

use crate::text::{ui, Lang};

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    /// Each problem: the id of the input to fix (empty: none on this page), and what is wrong.
    pub errors: Vec<(String, String)>,
    /// Which submission this is: the summary takes focus again on each, even when the errors
    /// are the same, so that a screen reader announces them again.
    #[prop_or_default]
    pub attempt: u32,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((props.errors.clone(), props.attempt), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let link = |(target, message): &(String, String)| {
        let id = target.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            // Move focus to the field without touching the URL fragment (it holds the route).
            e.prevent_default();
            if let Some(el) = gloo_utils::document().get_element_by_id(&id) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        });
        // A problem with no field on this page to fix (answers a clinic sent) is plain text.
        if target.is_empty() {
            return html! { <li>{ message }</li> };
        }
        html! { <li><a href={format!("#{target}")} {onclick}>{ message }</a></li> }
    };
    html! {
        <div class="error-summary" role="alert" tabindex="-1" ref={node}>
            <h2 class="error-summary__title">{ ui(props.lang).error_title }</h2>
            <ul>{ for props.errors.iter().map(link) }</ul>
        </div>
    }
}
