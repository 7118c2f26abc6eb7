//! Table tests of the journey's state machine, natively, with the real knowledge base: every
//! action in the states where it matters, and each defect of issue 10 as a case that failed
//! before its fix. Storage and share links are in `storage.rs`.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::{Answer, Engine};

use super::*;
use crate::persist::Loaded;
use crate::startup::{init, Startup};

mod actions;
mod import;
mod import_safety;
mod outputs;
mod storage;

pub(super) fn engine() -> &'static Engine {
    crate::engine::engine()
}

pub(super) fn one(v: &str) -> Answer {
    Answer::One(v.into())
}

pub(super) fn many(v: &[&str]) -> Answer {
    Answer::Many(v.iter().map(|s| s.to_string()).collect())
}

pub(super) const EMERGENCY_SIGNS: [&str; 4] = [
    "rf_sudden_cold_leg",
    "rf_saddle_numbness",
    "rf_both_legs_weak",
    "rf_breathless_chest_pain",
];

/// An age (asked first) and the four emergency signs answered "no".
/// Only the first question, age, answered: the red-flags screen comes next.
pub(super) fn aged() -> AnswerMap {
    AnswerMap::from([("age".to_string(), Answer::Number(60.0))])
}

pub(super) fn no_emergency() -> Vec<(String, Answer)> {
    std::iter::once(("age".to_string(), Answer::Number(60.0)))
        .chain(EMERGENCY_SIGNS.iter().map(|id| (id.to_string(), one("no"))))
        .collect()
}

/// A night-cramp journey answered to the end (Check your answers).
pub(super) fn finished() -> AnswerMap {
    let mut a: AnswerMap = no_emergency().into_iter().collect();
    for (id, v) in [
        ("rf_one_leg_swollen", "no"),
        ("rf_calf_tender", "no"),
        ("rf_dark_urine", "no"),
        ("rf_red_hot_skin", "no"),
        ("rf_rest_pain_foot", "no"),
        ("rf_wound_not_healing", "no"),
        ("ecq_walk_pain", "no"),
        ("cramp_duration", "up_to_10_min"),
        ("cramp_frequency", "less_than_weekly"),
        ("cramp_stretch_relief", "yes"),
        ("cramp_sore_after", "yes"),
        ("cramp_wakes", "yes"),
        ("cramp_distress", "no"),
        ("cramp_fluid_loss", "no"),
        ("leg_swelling", "no"),
        ("lump_behind_knee", "no"),
    ] {
        a.insert(id.into(), one(v));
    }
    a.insert("pain_sites".into(), many(&["left_calf"]));
    a.insert("feelings".into(), many(&["cramp"]));
    a.insert("cramp_when".into(), many(&["night_or_rest"]));
    a.insert("age".into(), Answer::Number(60.0));
    for id in ["known_conditions", "pad_risks", "medicines"] {
        a.insert(id.into(), many(&["none"]));
    }
    assert_eq!(
        journey::next(engine(), &a),
        Route::Check,
        "the fixture is complete"
    );
    a
}

pub(super) fn state(route: Route, answers: AnswerMap) -> State {
    State {
        route,
        answers,
        ..State::default()
    }
}

pub(super) fn run(state: &State, action: Action) -> (State, Vec<Effect>) {
    reduce(state, action, engine())
}

pub(super) fn saves(effects: &[Effect]) -> Vec<&Persisted> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Save(p) => Some(p),
            _ => None,
        })
        .collect()
}

// --- 0. Any "yes" to an emergency sign shows the emergency card at once -------------------

#[test]
fn one_yes_with_the_other_emergency_signs_unanswered_shows_the_emergency_card() {
    for sign in EMERGENCY_SIGNS {
        let (next, effects) = run(
            &state(Route::RedFlags, aged()),
            Action::AnswerAll(vec![(sign.into(), one("yes"))]),
        );
        assert_eq!(next.route, Route::Emergency, "{sign}");
        assert!(
            effects.contains(&Effect::PushUrl(Route::Emergency)),
            "{sign}"
        );
        // Continuing for information comes back to the unanswered warning signs...
        let (after, _) = run(&next, Action::ContinueAfterEmergency);
        assert_eq!(after.route, Route::RedFlags, "{sign}");
        // ...and answering them does not show the same emergency card again.
        let mut rest = no_emergency();
        rest.retain(|(id, _)| id != sign);
        let (after, _) = run(&after, Action::AnswerAll(rest));
        assert_eq!(
            after.route,
            Route::Question("known_conditions".into()),
            "{sign}"
        );
    }
}

#[test]
fn a_yes_to_a_later_emergency_question_shows_the_emergency_card() {
    let mut answers: AnswerMap = no_emergency().into_iter().collect();
    answers.insert("rf_sudden_cold_leg".into(), one("dont_know"));
    let s = state(Route::Question("rf_cold_leg_now".into()), answers);
    assert_eq!(journey::next(engine(), &s.answers), s.route);
    let (next, _) = run(&s, Action::Answer("rf_cold_leg_now".into(), one("yes")));
    assert_eq!(next.route, Route::Emergency);
    // Back from the card goes to that question, not to the first screen.
    assert_eq!(
        journey::previous(engine(), &next.answers, &Route::Emergency),
        Route::Question("rf_cold_leg_now".into())
    );
    let (no, _) = run(&s, Action::Answer("rf_cold_leg_now".into(), one("no")));
    assert_eq!(no.route, Route::Question("known_conditions".into()));
}

#[test]
fn a_sign_answered_yes_again_shows_the_card_again_and_resuming_shows_it_first() {
    let yes = vec![("rf_saddle_numbness".to_string(), one("yes"))];
    let (card, _) = run(
        &state(Route::RedFlags, aged()),
        Action::AnswerAll(yes.clone()),
    );
    assert_eq!(card.route, Route::Emergency);
    let (on, _) = run(&card, Action::ContinueAfterEmergency);
    // Changed to "no", then back to "yes": the card shows again.
    let mut no = no_emergency();
    let (on, _) = run(&on, Action::AnswerAll(no.clone()));
    assert_ne!(on.route, Route::Emergency);
    no[1].1 = one("yes");
    let (again, _) = run(&on, Action::AnswerAll(no));
    assert_eq!(again.route, Route::Emergency);
    // Saved answers that are an emergency (even newly so after an update) show the card when
    // the person resumes.
    let mut saved: AnswerMap = no_emergency().into_iter().collect();
    saved.insert("rf_saddle_numbness".into(), one("yes"));
    let (first, _) = init(
        Startup {
            stored: Loaded {
                answers: saved,
                ..Loaded::default()
            },
            ..Startup::default()
        },
        engine(),
    );
    assert!(first.emergencies_shown.is_empty());
    let (resumed, _) = run(&first, Action::Start);
    assert_eq!(resumed.route, Route::Emergency);
}

#[test]
fn unsure_signs_that_together_make_an_emergency_show_the_emergency_card_at_once() {
    let mut answers = no_emergency();
    answers[1].1 = one("dont_know");
    let (one_unsure, _) = run(
        &state(Route::RedFlags, aged()),
        Action::AnswerAll(answers.clone()),
    );
    assert_ne!(
        one_unsure.route,
        Route::Emergency,
        "one unsure sign alone is urgent"
    );
    answers[2].1 = one("dont_know");
    let (two_unsure, _) = run(&state(Route::RedFlags, aged()), Action::AnswerAll(answers));
    assert_eq!(two_unsure.route, Route::Emergency);
    assert_eq!(
        engine().evaluate(&two_unsure.answers).triage.level,
        legcheck_engine::Triage::Emergency
    );
}

// --- 5. No screen before the answers are known --------------------------------------------

#[test]
fn a_reload_on_an_answered_question_starts_there_with_its_answer() {
    let answers = finished();
    let (s, effects) = init(
        Startup {
            hash: "#/q/cramp_wakes".into(),
            stored: Loaded {
                answers: answers.clone(),
                ..Loaded::default()
            },
            ..Startup::default()
        },
        engine(),
    );
    assert_eq!(s.route, Route::Question("cramp_wakes".into()));
    assert_eq!(s.answers.get("cramp_wakes"), Some(&one("yes")));
    assert!(!effects.iter().any(|e| matches!(e, Effect::ReplaceUrl(_))));
    // A deep link to a question not reached yet opens the one to answer first.
    let (s, effects) = init(
        Startup {
            hash: "#/q/pain_sites".into(),
            ..Startup::default()
        },
        engine(),
    );
    assert_eq!(s.route, Route::Question("age".into()));
    assert!(!effects.iter().any(|e| matches!(e, Effect::ReplaceUrl(_))));
    // Once the app listens, the address is corrected in place...
    let action =
        crate::startup::reconcile(&s, "#/q/pain_sites").expect("the address names another screen");
    let (after, effects) = run(&s, action);
    assert_eq!(after.route, Route::Question("age".into()));
    assert_eq!(effects, [Effect::ReplaceUrl(Route::Question("age".into()))]);
    // ...and a change made while the app was starting is followed, not overwritten.
    assert_eq!(
        crate::startup::reconcile(&s, "#/clinicians"),
        Some(Action::UrlChanged(Route::Clinicians))
    );
    assert_eq!(crate::startup::reconcile(&s, "#/q/age"), None);
    // A share link is decoded before the first render: no "Page not found" first.
    let payload = storage::share_payload(finished(), None);
    let (s, _) = init(
        Startup {
            hash: format!("#/share/{payload}"),
            ..Startup::default()
        },
        engine(),
    );
    assert_eq!(s.route, Route::Share(payload));
}

#[test]
fn the_first_state_takes_the_language_from_the_url_then_storage_then_the_browser() {
    let startup = |query, stored, browser| Startup {
        query_lang: query,
        browser_lang: browser,
        stored: Loaded {
            lang: stored,
            ..Loaded::default()
        },
        ..Startup::default()
    };
    use crate::text::Lang::{En, Es};
    for (query, stored, browser, expected) in [
        (Some(Es), Some(En), Some(En), Es),
        (None, Some(Es), Some(En), Es),
        (None, None, Some(Es), Es),
        (None, None, None, En),
    ] {
        let (s, effects) = init(startup(query, stored, browser), engine());
        assert_eq!(s.lang, expected);
        assert!(effects.contains(&Effect::DocumentLang(expected)));
        assert_eq!(effects.contains(&Effect::LoadCatalogue(Es)), expected == Es);
    }
}

#[test]
fn a_catalogue_arriving_changes_neither_the_screen_nor_the_answers() {
    let s = state(Route::Question("cramp_wakes".into()), finished());
    let (next, effects) = run(&s, Action::CatalogueLoaded(crate::text::Lang::Es));
    assert_eq!(next.route, s.route);
    assert_eq!(next.answers, s.answers);
    assert!(effects.is_empty(), "{effects:?}");
    let (failed, _) = run(&s, Action::CatalogueFailed(crate::text::Lang::Es));
    assert!(failed.notices.contains(&Notice::NoCatalogue));
}

// --- 7. Redirects replace the history entry; the person's own steps push one -------------

#[test]
fn guard_redirects_replace_the_history_entry() {
    for asked in [
        Route::Check,
        Route::Result,
        Route::Question("pain_sites".into()),
        Route::RedFlags,
        Route::Emergency,
    ] {
        let (s, effects) = run(
            &state(Route::Start, AnswerMap::new()),
            Action::UrlChanged(asked.clone()),
        );
        let age = Route::Question("age".into());
        assert_eq!(s.route, age, "{asked:?}");
        assert!(effects.contains(&Effect::ReplaceUrl(age)), "{asked:?}");
        assert!(
            !effects.iter().any(|e| matches!(e, Effect::PushUrl(_))),
            "{asked:?}"
        );
    }
    // Back to a screen that is allowed: the address already shows it.
    let (s, effects) = run(
        &state(Route::Result, finished()),
        Action::UrlChanged(Route::Check),
    );
    assert_eq!(s.route, Route::Check);
    assert!(!effects
        .iter()
        .any(|e| matches!(e, Effect::PushUrl(_) | Effect::ReplaceUrl(_))));
    // Answering moves on with a new history entry.
    let (s, effects) = run(
        &state(Route::RedFlags, aged()),
        Action::AnswerAll(no_emergency()),
    );
    assert!(effects.contains(&Effect::PushUrl(s.route.clone())));
}

// --- 8. Questions an edit opens cannot be skipped ----------------------------------------

#[test]
fn an_edit_that_opens_questions_cannot_be_skipped() {
    let s = state(Route::Check, finished());
    let (s, _) = run(&s, Action::Change("ecq_walk_pain".into()));
    assert_eq!(s.route, Route::Question("ecq_walk_pain".into()));
    let (s, _) = run(&s, Action::Answer("ecq_walk_pain".into(), one("yes")));
    let opened = Route::Question("ecq_at_rest".into());
    assert_eq!(s.route, opened, "the new walking questions come next");
    // "See your result" (or the address bar) cannot jump past them.
    let (skip, _) = run(&s, Action::SeeResult);
    assert_eq!(skip.route, opened);
    let (skip, effects) = run(&s, Action::UrlChanged(Route::Result));
    assert_eq!(skip.route, opened);
    // The address is corrected although the screen stays the same.
    assert!(effects.contains(&Effect::ReplaceUrl(opened.clone())));
    let (skip, _) = run(&s, Action::UrlChanged(Route::Check));
    assert_eq!(skip.route, opened);
    // With everything answered, the result opens.
    let (done, effects) = run(&state(Route::Check, finished()), Action::SeeResult);
    assert_eq!(done.route, Route::Result);
    assert!(effects.contains(&Effect::SendResult));
}

/// Issue 14: the first visit's wasm carries no knowledge base; `boot` shows the start page
/// and the text pages before it arrives, and mounts the journey for anything else. Those four
/// are the screens that read none of it; every other screen, and the start page with answers
/// saved (which are checked first), waits for it.
#[test]
fn only_the_start_and_text_pages_show_before_the_knowledge_base() {
    let early = [
        Route::Start,
        Route::Privacy,
        Route::Accessibility,
        Route::NotFound,
    ];
    for route in crate::route::tests::every_route() {
        assert_eq!(
            route.needs_knowledge(),
            !early.contains(&route),
            "{route:?}"
        );
        // With nothing saved, the journey's first state for these is the one shown before.
        if !route.needs_knowledge() {
            let (s, _) = init(
                Startup {
                    hash: route.to_hash(),
                    ..Startup::default()
                },
                engine(),
            );
            assert_eq!(s.route, route);
            assert!(s.answers.is_empty() && s.notices.is_empty());
        }
    }
}

/// A language chosen on the start page shown before the journey is the journey's language,
/// over the address's and the browser's; the page shown before uses the same order.
#[test]
fn a_language_chosen_before_the_journey_carries_into_it() {
    use crate::text::Lang::{En, Es};
    let (s, effects) = init(
        Startup {
            chosen_lang: Some(Es),
            query_lang: Some(En),
            browser_lang: Some(En),
            ..Startup::default()
        },
        engine(),
    );
    assert_eq!(s.lang, Es);
    assert!(effects.contains(&Effect::LoadCatalogue(Es)));
    // Kept, so that a reload before the first answer stays in that language; nothing is
    // saved when no language was chosen before the journey.
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Save(p) if p.lang == Es && p.answers.is_empty())),
        "{effects:?}"
    );
    let (_, plain) = init(
        Startup {
            browser_lang: Some(Es),
            ..Startup::default()
        },
        engine(),
    );
    assert!(
        !plain.iter().any(|e| matches!(e, Effect::Save(_))),
        "{plain:?}"
    );
    assert_eq!(
        crate::startup::first_lang(None, Some(Es), Some(En), Some(En)),
        Es
    );
    assert_eq!(crate::startup::first_lang(None, None, None, Some(Es)), Es);
    assert_eq!(crate::startup::first_lang(None, None, None, None), En);
}
