//! The care card for a triage level, worded as NHS care cards are: a hidden prefix for screen
//! readers, when to get care and how, a tap-to-call button with the number shown for an
//! emergency, the reasons that set the level, and "Get help sooner if" (the safety net).

use legcheck_engine::eval::{AdviceItem, TriageResult};
use legcheck_engine::Triage;
use yew::prelude::*;

use crate::care;
use crate::labels::{triage_class, triage_index, triage_reason};
use crate::text::{kb, ui, Lang};

/// What the part shows (a plain function of these: it holds no state, and the result page
/// re-renders it when a catalogue arrives).
pub struct CareCardProps<'a> {
    pub lang: Lang,
    pub triage: &'a TriageResult,
    /// "Get help sooner if ...", from the knowledge base (empty at an emergency).
    pub safety_net: &'a [AdviceItem],
    /// The emergency number to show and call.
    pub number: &'a crate::care::EmergencyNumber,
}

pub fn care_card(props: &CareCardProps<'_>) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let level = triage_index(props.triage.level);
    html! {
        <div class={triage_class(props.triage.level)}>
            <h2 class="care-card__heading">
                <span class="visually-hidden">{ t.triage_prefix[level] }</span>
                { care::heading(lang, props.triage.level, props.number) }
            </h2>
            <p class="care-card__how">{ t.triage_how[level] }</p>
            if props.triage.level == Triage::Emergency {
                { call_button(&CallButtonProps { lang, number: props.number.clone() }) }
            }
            <ul>
                { for props.triage.set_by.iter().map(|r| html! { <li>{ triage_reason(lang, r) }</li> }) }
                // Warning signs answered "I don't know" that did not set the level are still
                // listed, as unsure, never as confirmed.
                { for props.triage.unsure.iter().filter(|r| !props.triage.set_by.contains(r))
                    .map(|r| html! { <li class="unsure">{ triage_reason(lang, r) }</li> }) }
            </ul>
            if !props.safety_net.is_empty() {
                <h3 class="care-card__sooner">{ t.sooner_title }</h3>
                <ul class="safety-net">
                    { for props.safety_net.iter().map(|a| html! {
                        <li data-advice={a.id.clone()}>{ kb(lang, &a.text) }</li>
                    }) }
                </ul>
                // The number the items above mean by "the emergency number", shown and callable.
                <p><a class="care-card__number" href={care::call(lang, props.number).1}>
                    { care::number_line(lang, props.number) }
                </a></p>
            }
        </div>
    }
}

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct CallButtonProps {
    pub lang: Lang,
    pub number: crate::care::EmergencyNumber,
}

/// A `tel:` link styled as a button; the number is in its words, so it is shown as text too.
pub fn call_button(props: &CallButtonProps) -> Html {
    let (label, href) = care::call(props.lang, &props.number);
    html! {
        <p><a class="button button--call" {href}>{ label }</a></p>
    }
}
