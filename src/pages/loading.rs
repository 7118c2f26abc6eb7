//! The page shown while the knowledge base is on its way (`boot`), or when it could not be
//! loaded: then why, and what to do (try again, or reload for a newer version). How to get
//! emergency help is on it throughout: that must never wait for the questions.

use yew::prelude::*;

use crate::components::care_card::{call_button, CallButtonProps};
use crate::engine::Failure;
use crate::text::{ui, Lang};

/// What the page shows (a plain function of these, not a component: no state of its own).
pub struct LoadingPageProps {
    pub lang: Lang,
    /// Why it could not be loaded, if it could not.
    pub failed: Option<Failure>,
    /// The emergency number to show and call (the clinic's, else the region's).
    pub number: crate::care::EmergencyNumber,
    /// Try again (after a network failure) or reload the page (for a newer version).
    pub onretry: Callback<()>,
}

pub fn loading_page(props: &LoadingPageProps) -> Html {
    let t = ui(props.lang);
    let onretry = props.onretry.reform(|_: MouseEvent| ());
    let (title, body, action) = match props.failed {
        None => (t.loading_title, t.loading_body, None),
        Some(Failure::Network) => (t.load_failed_title, t.load_failed_body, Some(t.try_again)),
        Some(Failure::Outdated) => (
            t.load_failed_title,
            t.load_outdated_body,
            Some(t.update_reload),
        ),
    };
    html! {
        <>
            <h1 tabindex="-1">{ title }</h1>
            <p>{ body }</p>
            if let Some(label) = action {
                <button class="button" type="button" onclick={onretry}>{ label }</button>
            }
            <div class="notice" role="note">
                <p><strong>{ t.emergency_notice }</strong></p>
                { call_button(&CallButtonProps { lang: props.lang, number: props.number.clone() }) }
            </div>
        </>
    }
}
