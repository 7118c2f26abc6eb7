//! One question per screen: the question is the page heading, the answer is a native control
//! (or the body map), and continuing without an answer shows an error summary without clearing
//! anything already chosen.

use legcheck_engine::model::QuestionKind;
use legcheck_engine::Answer;
use yew::prelude::*;

use crate::components::body_map::BodyMap;
use crate::components::section_progress::{section_progress, SectionProgressProps};
use crate::components::{choice_list::ChoiceList, error_summary::ErrorSummary};
use crate::engine::engine;
use crate::labels::option_label;
use crate::selection::{to_answer, toggle, Problem};
use crate::text::{kb, ui, Lang};

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub lang: Lang,
    pub question: String,
    /// The answer already given, when the person comes back to this question.
    pub answer: Option<Answer>,
    pub onanswer: Callback<(String, Answer)>,
    /// Where the Back link goes (a route fragment).
    pub back: String,
}

/// The selection on screen, before it becomes an answer.
fn initial_selection(answer: &Option<Answer>) -> (Vec<String>, String) {
    match answer {
        Some(Answer::One(v)) => (vec![v.clone()], String::new()),
        Some(Answer::Many(v)) => (v.clone(), String::new()),
        Some(Answer::Number(n)) => (Vec::new(), crate::text::num(*n)),
        None => (Vec::new(), String::new()),
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionPageProps) -> Html {
    crate::text::use_catalogues();
    let (initial, initial_number) = initial_selection(&props.answer);
    let selected = use_state(|| initial);
    let number = use_state(|| initial_number);
    let problem = use_state(|| None::<Problem>);
    let engine = engine();
    let Some(q) = engine.kb.question(&props.question) else {
        return Html::default();
    };
    let (t, lang) = (ui(props.lang), props.lang);

    // Callbacks
    let ontoggle = {
        let (selected, question) = (selected.clone(), q.clone());
        Callback::from(move |id: String| selected.set(toggle(&question, &selected, &id)))
    };
    let oncontinue = {
        let (selected, number, problem) = (selected.clone(), number.clone(), problem.clone());
        let (question, onanswer) = (q.clone(), props.onanswer.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match to_answer(&question, &selected, &number) {
                Ok(answer) => onanswer.emit((question.id.clone(), answer)),
                Err(p) => problem.set(Some(p)),
            }
        })
    };
    let oninput = {
        let number = number.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            number.set(input.value());
        })
    };

    let for_adults = *problem == Some(Problem::ForAdults);
    let error = (*problem)
        .filter(|p| *p != Problem::ForAdults)
        .map(|p| p.message(lang));
    let first_input = match q.kind {
        QuestionKind::BodyRegions => "pain_sites-left-0".to_string(),
        QuestionKind::Number => format!("{}-number", q.id),
        _ => format!("{}-0", q.id),
    };
    let heading = html! { <h1 tabindex="-1" class="question-heading">{ kb(lang, &q.text) }</h1> };
    let hint = q.hint.as_ref().map(|h| kb(lang, h));
    let control = match q.kind {
        QuestionKind::BodyRegions => html! {
            <BodyMap {lang} legend={heading} {hint} selected={(*selected).clone()} error={error.clone()} {ontoggle} />
        },
        QuestionKind::Number => {
            let (min, max) = (q.min.unwrap_or(0.0), q.max.unwrap_or(f64::MAX));
            html! {
                <div class={classes!("form-group", error.as_ref().map(|_| "form-group--error"))}>
                    <label for={first_input.clone()}>{ heading }</label>
                    if let Some(hint) = hint { <p class="hint" id={format!("{}-hint", q.id)}>{ hint }</p> }
                    if let Some(error) = &error {
                        <p class="error-message" id={format!("{}-error", q.id)}>
                            <span class="visually-hidden">{ t.error_prefix }</span>{ error }
                        </p>
                    }
                    <div class="number-field">
                        <input id={first_input.clone()} type="number" inputmode="numeric"
                            min={crate::text::num(min)} max={crate::text::num(max)}
                            aria-describedby={error.as_ref().map(|_| format!("{}-error", q.id))}
                            value={(*number).clone()} {oninput} />
                        <span class="unit">{ q.unit.as_ref().map(|u| kb(lang, u)).unwrap_or_default() }</span>
                    </div>
                    if q.dont_know {
                        <ChoiceList name={q.id.clone()} legend={html!{ <span class="visually-hidden">{ kb(lang, &q.text) }</span> }}
                            options={vec![("dont_know".to_string(), t.dont_know.to_string())]}
                            selected={(*selected).clone()} multiple=true {ontoggle} />
                    }
                </div>
            }
        }
        _ => {
            let options: Vec<(String, String)> = q
                .option_ids()
                .into_iter()
                .map(|id| (option_label(lang, q, &id), id))
                .map(|(label, id)| (id, label))
                .collect();
            html! {
                <ChoiceList
                    name={q.id.clone()}
                    legend={heading}
                    {hint}
                    {options}
                    selected={(*selected).clone()}
                    multiple={q.kind == QuestionKind::Multi}
                    {error}
                    {ontoggle}
                />
            }
        }
    };
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            { section_progress(&SectionProgressProps { lang, stage: q.stage }) }
            if for_adults {
                <div class="panel panel--adults" role="alert">
                    <h2>{ t.for_adults_title }</h2>
                    <p>{ t.for_adults }</p>
                </div>
            } else if let Some(p) = *problem {
                <ErrorSummary lang={props.lang} errors={vec![(first_input.clone(), p.message(lang))]} />
            }
            <form onsubmit={oncontinue} novalidate=true>
                { control }
                <button class="button" type="submit">{ t.continue_ }</button>
            </form>
        </>
    }
}
