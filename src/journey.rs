//! Where the journey goes next: the route after an answer, the guard on deep links and the
//! browser's back button, and the previous screen for the Back link. Pure functions over the
//! engine and the answers; no UI.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::Engine;

use crate::route::Route;

/// Whether `id` is asked on the red-flags screen rather than on a screen of its own.
pub fn on_red_flag_screen(engine: &Engine, id: &str) -> bool {
    engine.emergency_questions().iter().any(|q| q.id == id)
}

/// The screens of the journey for these answers, in asking order: every active question on a
/// screen of its own, except the emergency questions, asked together on the red-flags screen
/// where the first of them falls (after the person's age).
fn screens(engine: &Engine, answers: &AnswerMap) -> Vec<Route> {
    let mut out: Vec<Route> = Vec::new();
    for q in engine.active_questions(answers) {
        let screen = if on_red_flag_screen(engine, &q.id) {
            Route::RedFlags
        } else {
            Route::Question(q.id.clone())
        };
        if !out.contains(&screen) {
            out.push(screen);
        }
    }
    out
}

/// Whether every question on `screen` is answered.
fn answered(engine: &Engine, answers: &AnswerMap, screen: &Route) -> bool {
    match screen {
        Route::RedFlags => engine
            .emergency_questions()
            .iter()
            .all(|q| answers.contains_key(&q.id)),
        Route::Question(id) => answers.contains_key(id),
        _ => false,
    }
}

/// The screen that comes next for these answers: the first one not answered (age, then the
/// red-flags screen, then each question), then "Check your answers".
pub fn next(engine: &Engine, answers: &AnswerMap) -> Route {
    screens(engine, answers)
        .into_iter()
        .find(|s| !answered(engine, answers, s))
        .unwrap_or(Route::Check)
}

/// The route to show when someone asks for `route` (a link, a reload, the back button): the
/// screen itself when the person has reached it, or else the screen they have to answer first.
pub fn resolve(engine: &Engine, answers: &AnswerMap, route: Route) -> Route {
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
        // The red-flags screen once the questions before it (age) are answered.
        Route::RedFlags => {
            if answered(engine, answers, &route) || next(engine, answers) == route {
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

/// The screens of the journey already answered, in order.
fn done_screens(engine: &Engine, answers: &AnswerMap) -> Vec<Route> {
    screens(engine, answers)
        .into_iter()
        .filter(|s| answered(engine, answers, s))
        .collect()
}

/// Where the Back link on `route` goes.
pub fn previous(engine: &Engine, answers: &AnswerMap, route: &Route) -> Route {
    // Worked out only for the screens of the journey: the pages outside it need no walk
    // through the answers.
    let done = || done_screens(engine, answers);
    let before = |screen: &Route| {
        done()
            .into_iter()
            .take_while(|s| s != screen)
            .last()
            .unwrap_or(Route::Start)
    };
    match route {
        Route::Clinicians
        | Route::Privacy
        | Route::Accessibility
        | Route::NotFound
        | Route::Share(_)
        | Route::Opened
        | Route::Start => Route::Start,
        // Back to the question whose "yes" showed the emergency card.
        Route::Emergency => {
            let signs = engine.emergency_signs(answers);
            let flagged: Vec<&str> = signs
                .iter()
                .flat_map(|id| engine.red_flag_reads(id))
                .collect();
            done()
                .into_iter()
                .rev()
                .find(|s| matches!(s, Route::Question(id) if flagged.contains(&id.as_str())))
                .unwrap_or(Route::RedFlags)
        }
        Route::RedFlags | Route::Question(_) => before(route),
        Route::Check => done().pop().unwrap_or(Route::Start),
        Route::Result => Route::Check,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use legcheck_engine::Answer;

    fn one(v: &str) -> Answer {
        Answer::One(v.into())
    }

    #[test]
    fn next_resolve_and_previous_follow_the_flow() {
        let e = crate::engine::engine();
        let mut answers = AnswerMap::new();
        // Age first, then the red-flags screen.
        let age = Route::Question("age".into());
        assert_eq!(next(e, &answers), age);
        assert_eq!(previous(e, &answers, &age), Route::Start);
        assert_eq!(resolve(e, &answers, Route::RedFlags), age);
        answers.insert("age".into(), Answer::Number(47.0));
        assert_eq!(next(e, &answers), Route::RedFlags);
        assert_eq!(previous(e, &answers, &Route::RedFlags), age);
        for id in e.emergency_questions().iter().map(|q| q.id.clone()) {
            answers.insert(id, one("no"));
        }
        let first = Route::Question("known_conditions".into());
        assert_eq!(next(e, &answers), first);
        assert_eq!(previous(e, &answers, &first), Route::RedFlags);
        // A question on the red-flag screen resolves to that screen.
        assert_eq!(
            resolve(e, &answers, Route::Question("rf_saddle_numbness".into())),
            Route::RedFlags
        );
        // Not reached yet: the question to answer first.
        assert_eq!(
            resolve(e, &answers, Route::Question("pain_sites".into())),
            first
        );
        assert_eq!(resolve(e, &answers, Route::Check), first);
        assert_eq!(resolve(e, &answers, Route::Result), first);
        assert_eq!(resolve(e, &answers, Route::Emergency), first);
        answers.insert("known_conditions".into(), Answer::Many(vec!["none".into()]));
        let second = next(e, &answers);
        assert_eq!(previous(e, &answers, &second), first);
        // Pages anyone may open.
        for open in [
            Route::Start,
            Route::Clinicians,
            Route::Privacy,
            Route::Accessibility,
            Route::NotFound,
        ] {
            assert_eq!(resolve(e, &answers, open.clone()), open);
        }
    }

    /// An emergency sign asked on its own screen (an injury with a deformity) shows the card at
    /// once, and Back from the card returns to that question.
    #[test]
    fn back_from_an_emergency_goes_to_the_question_that_raised_it() {
        let e = crate::engine::engine();
        let mut answers = AnswerMap::from([("age".to_string(), Answer::Number(30.0))]);
        while let Some(q) = e.next_question(&answers) {
            let answer = match q.id.as_str() {
                "feelings" => Answer::Many(vec!["injury".into()]),
                "pain_sites" => Answer::Many(vec!["left_ankle".into()]),
                "injury_deformity" => one("yes"),
                _ if q.kind == legcheck_engine::model::QuestionKind::Multi => {
                    Answer::Many(vec!["none".into()])
                }
                _ => one("no"),
            };
            let id = q.id.clone();
            answers.insert(id.clone(), answer);
            if id == "injury_deformity" {
                break;
            }
        }
        assert!(!e.emergency_signs(&answers).is_empty());
        assert_eq!(
            previous(e, &answers, &Route::Emergency),
            Route::Question("injury_deformity".into())
        );
    }
}
