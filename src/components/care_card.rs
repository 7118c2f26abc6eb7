//! The care card for a triage level, worded as NHS care cards are: a hidden prefix for screen
//! readers, one call to action, and the reasons that set it.

use legcheck_engine::eval::TriageResult;
use yew::prelude::*;

use crate::labels::{triage_class, triage_index, triage_reason};
use crate::text::{ui, Lang};

#[derive(Properties, PartialEq)]
pub struct CareCardProps {
    pub lang: Lang,
    pub triage: TriageResult,
}

#[function_component(CareCard)]
pub fn care_card(props: &CareCardProps) -> Html {
    crate::text::use_catalogues();
    let t = ui(props.lang);
    let level = triage_index(props.triage.level);
    html! {
        <div class={triage_class(props.triage.level)}>
            <h2 class="care-card__heading">
                <span class="visually-hidden">{ t.triage_prefix[level] }</span>
                { t.triage_heading[level] }
            </h2>
            <ul>
                { for props.triage.set_by.iter().map(|r| html! { <li>{ triage_reason(props.lang, r) }</li> }) }
                // Warning signs answered "I don't know" that did not set the level are still
                // listed, as unsure, never as confirmed.
                { for props.triage.unsure.iter().filter(|r| !props.triage.set_by.contains(r))
                    .map(|r| html! { <li class="unsure">{ triage_reason(props.lang, r) }</li> }) }
            </ul>
        </div>
    }
}
