//! The result screen: the care card for the triage level first, then the ranked possible
//! causes with their reasons, the implicated arteries per leg, next steps, self-care and
//! references, with the "not a diagnosis" statement and the knowledge-base version.

use std::collections::BTreeMap;

use legcheck_engine::eval::{AdviceItem, Reason};
use legcheck_engine::Answer;
use yew::prelude::*;

use crate::engine::engine;
use crate::labels::{
    band_label, segment_label, site_label, triage_class, triage_heading, triage_prefix,
};

#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    pub answers: BTreeMap<String, Answer>,
    pub onback: Callback<()>,
    pub onrestart: Callback<()>,
}

fn reasons(title: &str, list: &[Reason]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4>{ title }</h4>
            <ul>{ for list.iter().map(|r| html! { <li>{ &r.text }</li> }) }</ul>
        </>
    }
}

fn advice(title: &str, list: &[AdviceItem]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section>
            <h2>{ title }</h2>
            <ul class="advice">
                { for list.iter().map(|a| html! {
                    <li><p>{ &a.text }</p><p class="evidence">{ "Evidence: " }{ &a.evidence }</p></li>
                }) }
            </ul>
        </section>
    }
}

#[function_component(ResultPage)]
pub fn result_page(props: &ResultPageProps) -> Html {
    let Ok(engine) = engine() else {
        return Html::default();
    };
    let result = engine.evaluate(&props.answers);
    let level = result.triage.level;
    let onback = props.onback.reform(|e: MouseEvent| e.prevent_default());
    let onrestart = props.onrestart.reform(|_: MouseEvent| ());
    let legs = [
        ("left", &result.segments.left),
        ("right", &result.segments.right),
    ];
    html! {
        <>
            <a href="#" class="back-link" onclick={onback}>{ "Back" }</a>
            <h1 tabindex="-1">{ "Your result" }</h1>
            <div class={triage_class(level)} role="status">
                <h2 class="care-card__heading">
                    <span class="visually-hidden">{ triage_prefix(level) }</span>
                    { triage_heading(level) }
                </h2>
                <ul>{ for result.triage.set_by.iter().map(|r| html! { <li>{ &r.text }</li> }) }</ul>
            </div>
            <section>
                <h2>{ "Possible causes" }</h2>
                if result.conditions.is_empty() {
                    <p>{ "Your answers did not point to a particular cause." }</p>
                }
                <ol class="conditions">
                    { for result.conditions.iter().map(|c| html! {
                        <li class="condition">
                            <h3>{ &c.name }</h3>
                            <p class="band">{ band_label(c.band) }</p>
                            <details>
                                <summary>{ "Why?" }</summary>
                                { reasons("Answers that point to it", &c.for_) }
                                { reasons("Answers that point away from it", &c.against) }
                                { reasons("Answers you were not sure about", &c.unsure) }
                            </details>
                        </li>
                    }) }
                </ol>
            </section>
            <section>
                <h2>{ "Arteries that may be involved" }</h2>
                { for legs.iter().filter(|(_, hits)| !hits.is_empty()).map(|(side, hits)| html! {
                    <>
                        <h3>{ format!("Your {side} leg") }</h3>
                        <ul>{ for hits.iter().map(|h| html! {
                            <li>
                                { segment_label(h.segment) }{ ", from pain in the " }
                                { h.sites.iter().map(|s| site_label(s)).collect::<Vec<_>>().join(", ") }
                                <p class="evidence">{ &h.certainty }</p>
                            </li>
                        }) }</ul>
                    </>
                }) }
                <p>{ &result.segments.note }</p>
            </section>
            { advice("What to ask your doctor", &result.next_steps) }
            { advice("Things you can do yourself", &result.self_care) }
            <section>
                <h2>{ "References" }</h2>
                <ol class="references">
                    { for result.references.iter().map(|r| html! { <li id={format!("ref-{}", r.id)}>{ &r.source }</li> }) }
                </ol>
            </section>
            <p class="notice">{ &result.disclaimer }</p>
            <p class="kb-version">{ format!("Knowledge base version {}", result.kb_version) }</p>
            <button class="button button--secondary" type="button" onclick={onrestart}>{ "Start again" }</button>
        </>
    }
}
