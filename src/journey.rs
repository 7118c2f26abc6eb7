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

/// The route to show when someone asks for `route` (a link, a reload, the back button): the
/// screen itself when the person has reached it, or else the screen they have to answer first.
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
        Route::Emergency if engine.emergency_signs(answers).is_empty() => next(engine, answers),
        // Check your answers and the result only once every question asked is answered, so
        // that questions an edit opened cannot be skipped.
        Route::Check | Route::Result => match next(engine, answers) {
            Route::Check => route,
            unanswered => unanswered,
        },
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
        // Back to the question whose "yes" showed the emergency card.
        Route::Emergency => {
            let signs = engine.emergency_signs(answers);
            let flagged: Vec<&str> = signs
                .iter()
                .flat_map(|id| engine.red_flag_reads(id))
                .collect();
            asked
                .iter()
                .rev()
                .find(|id| flagged.contains(&id.as_str()))
                .map_or(Route::RedFlags, |id| Route::Question(id.clone()))
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(v: &str) -> Answer {
        Answer::One(v.into())
    }

    #[test]
    fn next_resolve_and_previous_follow_the_flow() {
        let e = crate::engine::engine().unwrap();
        let mut answers = BTreeMap::new();
        assert_eq!(next(e, &answers), Route::RedFlags);
        for id in e.emergency_questions().iter().map(|q| q.id.clone()) {
            answers.insert(id, one("no"));
        }
        let first = Route::Question("rf_one_leg_swollen".into());
        assert_eq!(next(e, &answers), first);
        assert_eq!(previous(e, &answers, &first), Route::RedFlags);
        // A question on the red-flag screen resolves to that screen.
        assert_eq!(
            resolve(e, &answers, Route::Question("rf_saddle_numbness".into())),
            Route::RedFlags
        );
        // Not reached yet: the question to answer first.
        assert_eq!(resolve(e, &answers, Route::Question("age".into())), first);
        assert_eq!(resolve(e, &answers, Route::Check), first);
        assert_eq!(resolve(e, &answers, Route::Result), first);
        assert_eq!(resolve(e, &answers, Route::Emergency), first);
        answers.insert("rf_one_leg_swollen".into(), one("no"));
        let second = next(e, &answers);
        assert_eq!(previous(e, &answers, &second), first);
        // Pages anyone may open.
        for open in [Route::Start, Route::Clinicians, Route::NotFound] {
            assert_eq!(resolve(e, &answers, open.clone()), open);
        }
    }
}
