//! The error summary shown at the top of a page when the person continues without a valid
//! answer: it takes focus so screen readers announce it, and links to the field to fix.

use yew::prelude::*;

use crate::text::{ui, Lang};

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    pub message: String,
    /// The id of the first input to fix.
    pub target: String,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.message.clone(), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let target = props.target.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        // Move focus to the field without touching the URL fragment (it holds the route).
        e.prevent_default();
        if let Some(el) = gloo_utils::document().get_element_by_id(&target) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
    html! {
        <div class="error-summary" role="alert" tabindex="-1" ref={node}>
            <h2 class="error-summary__title">{ ui(props.lang).error_title }</h2>
            <ul><li><a href={format!("#{}", props.target)} {onclick}>{ &props.message }</a></li></ul>
        </div>
    }
}
