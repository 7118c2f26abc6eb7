//! The red-flags screen, asked first as NHS 111 does: the emergency warning signs on one page,
//! each a native yes / no / "I don't know" radio group. Any "yes" leads to the emergency card
//! as soon as the person continues, even with other signs unanswered.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::id_map::IdMap;
use legcheck_engine::model::Stage;
use legcheck_engine::Answer;
use yew::prelude::*;

use crate::components::section_progress::{section_progress, SectionProgressProps};
use crate::components::{choice_list::ChoiceList, error_summary::ErrorSummary};
use crate::engine::engine;
use crate::text::{kb, ui, Lang};

#[derive(Properties, PartialEq)]
pub struct RedFlagsPageProps {
    pub lang: Lang,
    pub answers: AnswerMap,
    pub onanswer: Callback<Vec<(String, Answer)>>,
    /// Where the Back link goes (the question before: age).
    pub back: String,
}

#[function_component(RedFlagsPage)]
pub fn red_flags_page(props: &RedFlagsPageProps) -> Html {
    crate::text::use_catalogues();
    let engine = engine();
    let questions = engine.emergency_questions();
    let ids: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
    // Only this screen's own answers: a "yes" elsewhere is not a "yes" to a sign here.
    // Built by inserting: `collect` into a map sorts first, with a sort of its own (issue 14).
    let mut initial: IdMap<String> = IdMap::new();
    for id in &ids {
        if let Some(Answer::One(v)) = props.answers.get(id) {
            initial.insert(id.clone(), v.clone());
        }
    }
    let chosen = use_state(|| initial);
    let missing = use_state(Vec::<String>::new);
    let (t, lang) = (ui(props.lang), props.lang);

    let onsubmit = {
        let (chosen, missing, onanswer) = (chosen.clone(), missing.clone(), props.onanswer.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let open: Vec<String> = ids
                .iter()
                .filter(|id| !chosen.contains_key(id))
                .cloned()
                .collect();
            // A "yes" to any emergency sign goes straight to the emergency card, whatever is
            // still unanswered; otherwise every sign needs an answer.
            let any_yes = chosen.values().any(|v| v == "yes");
            if open.is_empty() || any_yes {
                let answers = ids
                    .iter()
                    .filter_map(|id| Some((id.clone(), Answer::One(chosen.get(id)?.clone()))))
                    .collect();
                onanswer.emit(answers);
            } else {
                missing.set(open);
            }
        })
    };
    let message = (!missing.is_empty()).then(|| (t.err_red_flags)(missing.len()));
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            { section_progress(&SectionProgressProps { lang, stage: Stage::RedFlags }) }
            if let Some(message) = message.clone() {
                <ErrorSummary {lang} errors={vec![(format!("{}-0", missing[0]), message)]} />
            }
            <h1 tabindex="-1">{ t.red_flags_title }</h1>
            <p class="hint">{ t.red_flags_hint }</p>
            <form {onsubmit} novalidate=true>
                { for questions.iter().map(|q| {
                    let id = q.id.clone();
                    let chosen_now = chosen.clone();
                    let ontoggle = Callback::from(move |value: String| {
                        let mut next = (*chosen_now).clone();
                        next.insert(id.clone(), value);
                        chosen_now.set(next);
                    });
                    let options = vec![
                        ("yes".to_string(), t.yes.to_string()),
                        ("no".to_string(), t.no.to_string()),
                        ("dont_know".to_string(), t.dont_know.to_string()),
                    ];
                    let error = missing.contains(&q.id).then(|| t.err_select.to_string());
                    html! {
                        <ChoiceList
                            name={q.id.clone()}
                            legend={html! { <h2 class="question-small">{ kb(lang, &q.text) }</h2> }}
                            hint={q.hint.as_ref().map(|h| kb(lang, h))}
                            {options}
                            selected={chosen.get(&q.id).cloned().into_iter().collect::<Vec<_>>()}
                            inline=true
                            {error}
                            {ontoggle}
                        />
                    }
                }) }
                <button class="button" type="submit">{ t.continue_ }</button>
            </form>
        </>
    }
}
