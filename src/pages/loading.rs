//! The page shown while the knowledge base is on its way (`boot`), or when it could not be
//! fetched: then what to do, a button to try again, and how to get emergency help, which must
//! never wait for the questions.

use yew::prelude::*;

use crate::components::care_card::{call_button, CallButtonProps};
use crate::text::{ui, Lang};

/// What the page shows (a plain function of these, not a component: no state of its own).
pub struct LoadingPageProps {
    pub lang: Lang,
    /// The fetch failed: say so and offer to try again.
    pub failed: bool,
    /// The emergency number to show and call (the clinic's, else the region's).
    pub number: crate::care::EmergencyNumber,
    pub onretry: Callback<()>,
}

pub fn loading_page(props: &LoadingPageProps) -> Html {
    let t = ui(props.lang);
    if !props.failed {
        return html! {
            <>
                <h1 tabindex="-1">{ t.loading_title }</h1>
                <p>{ t.loading_body }</p>
            </>
        };
    }
    let onretry = props.onretry.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 tabindex="-1">{ t.load_failed_title }</h1>
            <p>{ t.load_failed_body }</p>
            <button class="button button--start" type="button" onclick={onretry}>{ t.try_again }</button>
            <div class="notice" role="note">
                <p><strong>{ t.emergency_notice }</strong></p>
                { call_button(&CallButtonProps { lang: props.lang, number: props.number.clone() }) }
            </div>
        </>
    }
}
