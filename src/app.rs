//! The root component: owns the journey state (a reducer), picks the page for the current
//! screen, and moves keyboard and screen-reader focus to each new page's heading.

use yew::prelude::*;

use crate::engine::engine;
use crate::pages::{question::QuestionPage, result::ResultPage, start::StartPage};
use crate::state::{Action, Screen, State};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);

    // Callbacks
    let dispatch = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action()))
    };
    let onstart = dispatch(|| Action::Start);
    let onback = dispatch(|| Action::Back);
    let onrestart = dispatch(|| Action::Restart);
    let onanswer = {
        let state = state.clone();
        Callback::from(move |(id, answer)| state.dispatch(Action::Answer(id, answer)))
    };

    // Focus the heading of every new screen.
    let screen_key = (state.screen, state.question_id());
    use_effect_with(screen_key, |_| {
        if let Some(h1) = gloo_utils::document()
            .query_selector("main h1")
            .ok()
            .flatten()
        {
            if let Ok(h1) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h1) {
                let _ = h1.focus();
            }
        }
    });

    let page = match engine() {
        Err(e) => html! {
            <div class="error-summary" role="alert">
                <h1 tabindex="-1">{ "LegCheck could not start" }</h1>
                <p>{ e.to_string() }</p>
            </div>
        },
        Ok(engine) => match state.screen {
            Screen::Start => html! { <StartPage {onstart} /> },
            Screen::Question => match state.question_id().and_then(|id| engine.kb.question(&id)) {
                Some(q) => html! {
                    <QuestionPage
                        key={q.id.clone()}
                        question={q.id.clone()}
                        answer={state.answers.get(&q.id).cloned()}
                        progress={engine.progress(&state.answers)}
                        {onanswer}
                        {onback}
                    />
                },
                None => {
                    html! { <ResultPage answers={state.answers.clone()} {onback} {onrestart} /> }
                }
            },
            Screen::Result => {
                html! { <ResultPage answers={state.answers.clone()} {onback} {onrestart} /> }
            }
        },
    };

    html! {
        <>
            <header class="app-header"><span class="brand">{ "LegCheck" }</span></header>
            <main id="main">{ page }</main>
        </>
    }
}
