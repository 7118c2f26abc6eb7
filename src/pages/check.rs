//! Check your answers: every answer given, in words, with a Change link. Changing one re-runs
//! the flow from that question and comes back here.

use std::collections::BTreeMap;

use legcheck_engine::Answer;
use yew::prelude::*;

use crate::engine::engine;
use crate::labels::answer_text;
use crate::text::{kb, ui, Lang};

#[derive(Properties, PartialEq)]
pub struct CheckPageProps {
    pub lang: Lang,
    pub answers: BTreeMap<String, Answer>,
    pub back: String,
    pub onchange: Callback<String>,
    pub onsubmit: Callback<()>,
}

#[function_component(CheckPage)]
pub fn check_page(props: &CheckPageProps) -> Html {
    crate::text::use_catalogues();
    let Ok(engine) = engine() else {
        return Html::default();
    };
    let (t, lang) = (ui(props.lang), props.lang);
    let rows = engine
        .active_questions(&props.answers)
        .into_iter()
        .filter_map(|q| props.answers.get(&q.id).map(|a| (q, a)));
    let onsubmit = props.onsubmit.reform(|_: MouseEvent| ());
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            <h1 tabindex="-1">{ t.check_title }</h1>
            <dl class="summary-list">
                { for rows.map(|(q, a)| {
                    let id = q.id.clone();
                    let onchange = props.onchange.reform(move |e: MouseEvent| { e.prevent_default(); id.clone() });
                    let question = kb(lang, &q.text);
                    html! {
                        <div class="summary-list__row">
                            <dt>{ question.clone() }</dt>
                            <dd>{ answer_text(lang, q, a) }</dd>
                            <dd class="summary-list__action">
                                <a href={format!("#/q/{}", q.id)} onclick={onchange}>
                                    { t.change }<span class="visually-hidden">{ (t.change_hidden)(&question) }</span>
                                </a>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button class="button" type="button" onclick={onsubmit}>{ t.see_result }</button>
        </>
    }
}
