//! The error summary shown at the top of a page when the person continues without a valid
//! answer; it takes focus so screen readers announce it, and links to the field.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
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
    html! {
        <div class="error-summary" role="alert" tabindex="-1" ref={node}>
            <h2 class="error-summary__title">{ "There is a problem" }</h2>
            <ul><li><a href={format!("#{}", props.target)}>{ &props.message }</a></li></ul>
        </div>
    }
}
