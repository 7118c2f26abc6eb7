//! One question per screen: the question is the page heading, the answer is a native control,
//! and continuing without an answer shows an error summary without clearing anything.

use legcheck_engine::flow::Progress;
use legcheck_engine::model::QuestionKind;
use legcheck_engine::Answer;
use yew::prelude::*;

use crate::components::{choice_list::ChoiceList, error_summary::ErrorSummary};
use crate::engine::engine;
use crate::labels::option_label;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub question: String,
    /// The answer already given, when the person comes back to this question.
    pub answer: Option<Answer>,
    pub progress: Progress,
    pub onanswer: Callback<(String, Answer)>,
    pub onback: Callback<()>,
}

/// The selection on screen, before it becomes an answer.
fn initial_selection(answer: &Option<Answer>) -> (Vec<String>, String) {
    match answer {
        Some(Answer::One(v)) => (vec![v.clone()], String::new()),
        Some(Answer::Many(v)) => (v.clone(), String::new()),
        Some(Answer::Number(n)) => (Vec::new(), n.to_string()),
        None => (Vec::new(), String::new()),
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionPageProps) -> Html {
    let (initial, initial_number) = initial_selection(&props.answer);
    let selected = use_state(|| initial);
    let number = use_state(|| initial_number);
    let error = use_state(|| None::<String>);
    let Ok(engine) = engine() else {
        return Html::default();
    };
    let Some(q) = engine.kb.question(&props.question) else {
        return Html::default();
    };
    let multiple = matches!(q.kind, QuestionKind::Multi | QuestionKind::BodyRegions);

    // Callbacks
    let ontoggle = {
        let selected = selected.clone();
        Callback::from(move |id: String| {
            let mut next = (*selected).clone();
            if multiple {
                if let Some(i) = next.iter().position(|x| *x == id) {
                    next.remove(i);
                } else {
                    next.push(id);
                }
            } else {
                next = vec![id];
            }
            selected.set(next);
        })
    };
    let oncontinue = {
        let (selected, number, error) = (selected.clone(), number.clone(), error.clone());
        let (kind, id, onanswer) = (q.kind, q.id.clone(), props.onanswer.clone());
        let (min, max) = (q.min, q.max);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let answer = match kind {
                QuestionKind::YesNo | QuestionKind::Single => {
                    selected.first().cloned().map(Answer::One)
                }
                QuestionKind::Multi | QuestionKind::BodyRegions => {
                    Some(Answer::Many((*selected).clone()))
                }
                QuestionKind::Number => number
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|n| {
                        n.is_finite() && min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m)
                    })
                    .map(Answer::Number),
            };
            match answer {
                Some(Answer::Many(list))
                    if list.is_empty() && kind == QuestionKind::BodyRegions =>
                {
                    error.set(Some("Select at least one place where it hurts".into()))
                }
                Some(answer) => onanswer.emit((id.clone(), answer)),
                None if kind == QuestionKind::Number => {
                    error.set(Some("Enter a number in the range shown".into()))
                }
                None => error.set(Some("Select an answer to continue".into())),
            }
        })
    };
    let onback = props.onback.reform(|e: MouseEvent| e.prevent_default());
    let oninput = {
        let number = number.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            number.set(input.value());
        })
    };

    let options: Vec<(String, String)> = q
        .option_ids()
        .into_iter()
        .map(|id| (option_label(q, &id), id))
        .map(|(label, id)| (id, label))
        .collect();
    let heading = html! { <h1 tabindex="-1" class="question-heading">{ &q.text }</h1> };
    let Progress { answered, total } = props.progress;
    html! {
        <>
            <a href="#" class="back-link" onclick={onback}>{ "Back" }</a>
            <p class="progress">{ format!("Question {} of about {}", answered + 1, total.max(answered + 1)) }</p>
            if let Some(message) = (*error).clone() {
                <ErrorSummary {message} target={format!("{}-0", q.id)} />
            }
            <form onsubmit={oncontinue} novalidate=true>
                if q.kind == QuestionKind::Number {
                    <div class="form-group">
                        { heading }
                        <label for={format!("{}-0", q.id)}>{ q.unit.clone().unwrap_or_default() }</label>
                        <input id={format!("{}-0", q.id)} type="number" inputmode="decimal"
                            value={(*number).clone()} {oninput} />
                    </div>
                } else {
                    <ChoiceList
                        name={q.id.clone()}
                        legend={heading}
                        hint={q.hint.clone()}
                        {options}
                        selected={(*selected).clone()}
                        {multiple}
                        error={(*error).clone()}
                        {ontoggle}
                    />
                }
                <button class="button" type="submit">{ "Continue" }</button>
            </form>
        </>
    }
}
