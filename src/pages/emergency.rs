//! The emergency care card, shown as soon as an emergency warning sign is answered "yes". The
//! person can still continue the questions for information afterwards.

use legcheck_interop::embed::ClinicLink;
use yew::prelude::*;

use crate::components::care_card::{call_button, CallButtonProps};
use crate::components::clinic_step::{clinic_step, ClinicStepProps};
use crate::text::{ui, Lang};

/// What the page shows (a plain function of these, not a component: it holds no state, and
/// the app re-renders it when a catalogue arrives).
pub struct EmergencyPageProps {
    pub lang: Lang,
    /// What made this an emergency (warning signs answered "yes"), already in words.
    pub reasons: Vec<String>,
    /// Warning signs answered "I don't know", listed apart: they are not confirmed.
    pub unsure: Vec<String>,
    /// The embedding clinic's own next step for an emergency, shown below the care card.
    pub clinic_link: Option<ClinicLink>,
    /// The emergency number to show and call.
    pub number: crate::care::EmergencyNumber,
    /// Where the Back link goes: the question whose "yes" showed this card.
    pub back: String,
    pub oncontinue: Callback<()>,
}

pub fn emergency_page(props: &EmergencyPageProps) -> Html {
    let t = ui(props.lang);
    let oncontinue = props.oncontinue.reform(|_: MouseEvent| ());
    html! {
        <>
            <div class="care-card care-card--emergency" role="alert">
                <h1 tabindex="-1" class="care-card__heading">
                    <span class="visually-hidden">{ t.triage_prefix[3] }</span>
                    { crate::care::emergency_title(props.lang, &props.number) }
                </h1>
                { call_button(&CallButtonProps { lang: props.lang, number: props.number.clone() }) }
                <p>{ t.emergency_body }</p>
                <ul>{ for props.reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                if !props.unsure.is_empty() {
                    <p>{ t.emergency_unsure }</p>
                    <ul class="unsure">{ for props.unsure.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                }
            </div>
            { clinic_step(&ClinicStepProps { lang: props.lang, link: props.clinic_link.clone() }) }
            <p><a href={props.back.clone()} class="back-link">{ t.back }</a></p>
            <button class="button button--secondary" type="button" onclick={oncontinue}>{ t.emergency_continue }</button>
        </>
    }
}
