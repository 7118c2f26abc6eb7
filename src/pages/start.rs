//! The start screen: what LegCheck does and for whom, that it is not a diagnosis, the
//! emergency notice, that answers stay on the device; Start, or Resume when answers exist.

use yew::prelude::*;

use crate::text::{ui, Lang};

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct StartPageProps {
    pub lang: Lang,
    /// Saved answers exist, so "Continue where you left off" is offered.
    pub can_resume: bool,
    pub onstart: Callback<()>,
    pub onrestart: Callback<()>,
}

pub fn start_page(props: &StartPageProps) -> Html {
    let t = ui(props.lang);
    let onstart = props.onstart.reform(|_: MouseEvent| ());
    let onrestart = props.onrestart.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 tabindex="-1">{ t.start_title }</h1>
            <p class="lead">{ t.start_lead }</p>
            // Known at build time: the start page decodes none of the knowledge base.
            <p>{ (t.start_for)(legcheck_engine::KB_JOURNEY.0, legcheck_engine::KB_JOURNEY.1) }</p>
            <div class="notice" role="note">
                <p><strong>{ t.not_diagnosis }</strong>{ t.not_diagnosis_more }</p>
                <p><strong>{ t.emergency_notice }</strong></p>
            </div>
            <p>{ t.stays_on_device }</p>
            if props.can_resume {
                <button class="button button--start" type="button" onclick={onstart}>{ t.resume }</button>
                <button class="button button--secondary" type="button" onclick={onrestart}>{ t.start_again }</button>
            } else {
                <button class="button button--start" type="button" onclick={onstart}>{ t.start }</button>
            }
            <p><a href="#/clinicians">{ t.nav_clinicians }</a></p>
        </>
    }
}
