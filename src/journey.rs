//! Where the journey goes next: the route after an answer, the guard on deep links and the
//! browser's back button, and the previous screen for the Back link. Pure functions over the
//! engine and the answers; no UI.

use std::collections::BTreeMap;

use legcheck_engine::{Answer, Engine};

use crate::route::Route;

/// Whether `id` is asked on the red-flags screen rather than on a screen of its own.
pub fn on_red_flag_screen(engine: &Engine, id: &str) -> bool {
    engine.emergency_questions().iter().any(|q| q.id == id)
}

/// The screen that comes next for these answers: the red-flags screen until it is answered,
/// then each unanswered question, then "Check your answers".
pub fn next(engine: &Engine, answers: &BTreeMap<String, Answer>) -> Route {
    if engine
        .emergency_questions()
        .iter()
        .any(|q| !answers.contains_key(&q.id))
    {
        return Route::RedFlags;
    }
    match engine.next_question(answers) {
        Some(q) => Route::Question(q.id.clone()),
        None => Route::Check,
    }
}

/// The route to show when someone asks for `route` (a link, a reload, the back button).
pub fn resolve(engine: &Engine, answers: &BTreeMap<String, Answer>, route: Route) -> Route {
    match route {
        Route::Question(ref id) if on_red_flag_screen(engine, id) => Route::RedFlags,
        Route::Question(ref id) => {
            let active = engine.active_questions(answers).iter().any(|q| &q.id == id);
            let reached = active && (answers.contains_key(id) || next(engine, answers) == route);
            if reached {
                route
            } else {
                next(engine, answers)
            }
        }
        Route::Emergency if !engine.emergency_flagged(answers) => next(engine, answers),
        Route::Check | Route::Result if next(engine, answers) == Route::RedFlags => Route::RedFlags,
        other => other,
    }
}

/// Where the Back link on `route` goes.
pub fn previous(engine: &Engine, answers: &BTreeMap<String, Answer>, route: &Route) -> Route {
    let asked: Vec<String> = engine
        .active_questions(answers)
        .iter()
        .filter(|q| !on_red_flag_screen(engine, &q.id) && answers.contains_key(&q.id))
        .map(|q| q.id.clone())
        .collect();
    match route {
        Route::RedFlags | Route::Clinicians | Route::NotFound | Route::Share(_) => Route::Start,
        Route::Emergency => Route::RedFlags,
        Route::Question(id) => {
            let before = asked.iter().take_while(|a| *a != id).last();
            before.map_or(Route::RedFlags, |id| Route::Question(id.clone()))
        }
        Route::Check => asked
            .last()
            .map_or(Route::RedFlags, |id| Route::Question(id.clone())),
        Route::Result => Route::Check,
        Route::Start => Route::Start,
    }
}
