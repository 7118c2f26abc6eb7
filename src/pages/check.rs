//! Check your answers: every answer given, in words, grouped by section under headings, with a
//! Change link. Changing one re-runs the flow from that question and comes back here.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::model::Question;
use legcheck_engine::Answer;
use yew::prelude::*;

use crate::engine::engine;
use crate::labels::{answer_text, section_index};
use crate::text::{kb, ui, Lang};

/// What the page shows (a plain function of these, not a component: it holds no state, and
/// the app re-renders it when a catalogue arrives).
pub struct CheckPageProps<'a> {
    pub lang: Lang,
    pub answers: &'a AnswerMap,
    pub back: String,
    pub onchange: Callback<String>,
    pub onsubmit: Callback<()>,
}

pub fn check_page(props: &CheckPageProps<'_>) -> Html {
    let engine = engine();
    let (t, lang) = (ui(props.lang), props.lang);
    // Grouped by section, in asking order, each under its own heading: a long list of answers
    // on a phone is easier to scan, and to change, in parts.
    let mut groups: Vec<(usize, Vec<(&Question, &Answer)>)> = Vec::new();
    for q in engine.active_questions(props.answers) {
        let Some(a) = props.answers.get(&q.id) else {
            continue;
        };
        let section = section_index(q.stage);
        match groups.last_mut() {
            Some((s, rows)) if *s == section => rows.push((q, a)),
            _ => groups.push((section, vec![(q, a)])),
        }
    }
    let onsubmit = props.onsubmit.reform(|_: MouseEvent| ());
    let row = |q: &Question, a: &Answer| {
        let id = q.id.clone();
        let onchange = props.onchange.reform(move |e: MouseEvent| {
            e.prevent_default();
            id.clone()
        });
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
    };
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            <h1 tabindex="-1">{ t.check_title }</h1>
            { for groups.iter().map(|(section, rows)| html! {
                <section class="summary-section" aria-labelledby={format!("section-{section}")}>
                    <h2 id={format!("section-{section}")}>{ t.sections[*section] }</h2>
                    <dl class="summary-list">
                        { for rows.iter().map(|(q, a)| row(q, a)) }
                    </dl>
                </section>
            }) }
            <button class="button" type="button" onclick={onsubmit}>{ t.see_result }</button>
        </>
    }
}
