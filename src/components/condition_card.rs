//! One ranked possible cause: its name, strength band, what it is, and a "Why?" that opens to
//! the answers for and against it (their reference codes only in the printout).

use legcheck_engine::eval::{RankedCondition, Reason};
use yew::prelude::*;

use crate::engine::engine;
use crate::labels::band_label;
use crate::text::{kb, ui, Lang};

/// What the part shows (a plain function of these: it holds no state, and the result page
/// re-renders it when a catalogue arrives).
pub struct ConditionCardProps<'a> {
    pub lang: Lang,
    pub condition: &'a RankedCondition,
}

fn reasons(lang: Lang, title: &str, list: &[Reason]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4>{ title }</h4>
            <ul>{ for list.iter().map(|r| html! {
                <li>
                    { kb(lang, &r.text) }{ " " }
                    <span class="ref print-only">{ format!("[{}]", r.refs.join(", ")) }</span>
                </li>
            }) }</ul>
        </>
    }
}

pub fn condition_card(props: &ConditionCardProps<'_>) -> Html {
    let (t, lang, c) = (ui(props.lang), props.lang, props.condition);
    let summary = engine()
        .kb
        .condition(&c.id)
        .map(|k| kb(lang, &k.summary))
        .unwrap_or_default();
    html! {
        <li class={classes!("condition", format!("condition--{}", serde_json_band(c.band)))} data-condition={c.id.clone()}>
            <h3>{ kb(lang, &c.name) }</h3>
            <p class="band">{ band_label(lang, c.band) }</p>
            <p>{ summary }</p>
            <details>
                <summary>{ t.why }</summary>
                { reasons(lang, t.reasons_for, &c.for_) }
                { reasons(lang, t.reasons_against, &c.against) }
                { reasons(lang, t.reasons_unsure, &c.unsure) }
            </details>
        </li>
    }
}

fn serde_json_band(band: legcheck_engine::Band) -> &'static str {
    match band {
        legcheck_engine::Band::Strong => "strong",
        legcheck_engine::Band::Possible => "possible",
        legcheck_engine::Band::LessLikely => "less-likely",
        legcheck_engine::Band::Flagged => "flagged",
    }
}
