//! The adaptive flow over the real knowledge base: red flags first, follow-ups only when they
//! apply, "I don't know" opening safety follow-ups, and edits that keep every answer that
//! still applies.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::model::Stage;
use legcheck_engine::{Answer, Engine};

fn one(v: &str) -> Answer {
    Answer::One(v.into())
}

#[test]
fn age_then_red_flags_come_before_everything_else() {
    let engine = Engine::embedded().unwrap();
    let mut answers = AnswerMap::new();
    let mut stages = Vec::new();
    while let Some(q) = engine.next_question(&answers) {
        stages.push(q.stage);
        let answer = match q.option_ids().first() {
            Some(_) if q.kind == legcheck_engine::model::QuestionKind::YesNo => one("no"),
            Some(first) if q.kind == legcheck_engine::model::QuestionKind::Single => one(first),
            Some(first) => Answer::Many(vec![first.clone()]),
            None => Answer::Number(50.0),
        };
        answers.insert(q.id.clone(), answer);
    }
    assert!(stages.len() > 10);
    // Age first (LegCheck is for adults), then the red flags before anything else.
    assert_eq!(stages[0], Stage::About);
    assert_eq!(stages[1], Stage::RedFlags);
    assert!(
        stages.windows(2).all(|w| w[0] <= w[1]),
        "stages never go back: {stages:?}"
    );
}

#[test]
fn follow_up_questions_adapt_to_earlier_answers() {
    let engine = Engine::embedded().unwrap();
    let asked = |answers: &AnswerMap| {
        engine
            .active_questions(answers)
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    };
    let mut answers = AnswerMap::new();
    assert!(!asked(&answers).contains(&"ecq_at_rest".to_string()));
    answers.insert("ecq_walk_pain".to_string(), one("yes"));
    assert!(
        asked(&answers).contains(&"ecq_at_rest".to_string()),
        "ECQ items 2-5 follow a yes"
    );
    answers.insert("ecq_walk_pain".to_string(), one("no"));
    assert!(
        !asked(&answers).contains(&"ecq_at_rest".to_string()),
        "...and only a yes"
    );
    answers.insert("ecq_walk_pain".to_string(), one("dont_know"));
    assert!(!asked(&answers).contains(&"ecq_at_rest".to_string()));
}

#[test]
fn dont_know_to_a_swollen_leg_still_asks_about_clot_risks() {
    let engine = Engine::embedded().unwrap();
    let mut answers = AnswerMap::new();
    answers.insert("rf_one_leg_swollen".to_string(), one("dont_know"));
    let ids: Vec<String> = engine
        .active_questions(&answers)
        .iter()
        .map(|q| q.id.clone())
        .collect();
    assert!(ids.contains(&"rf_dvt_risks".to_string()));
}

#[test]
fn editing_an_answer_keeps_the_others_that_still_apply() {
    let engine = Engine::embedded().unwrap();
    let mut answers = AnswerMap::new();
    answers.insert("rf_sudden_cold_leg".to_string(), one("no"));
    answers.insert(
        "pain_sites".to_string(),
        Answer::Many(vec!["left_calf".into()]),
    );
    answers.insert("ecq_walk_pain".to_string(), one("yes"));
    answers.insert("ecq_at_rest".to_string(), one("no"));
    answers.insert("walk_relief".to_string(), one("standing_still"));
    answers.insert("age".to_string(), Answer::Number(70.0));
    // Changing the walking answer to "no" makes its follow-ups irrelevant...
    answers.insert("ecq_walk_pain".to_string(), one("no"));
    let removed = engine.prune(&mut answers);
    assert_eq!(
        removed,
        vec!["ecq_at_rest".to_string(), "walk_relief".to_string()]
    );
    // ...and keeps every other answer.
    assert_eq!(answers.len(), 4);
    assert_eq!(answers.get("age"), Some(&Answer::Number(70.0)));
    assert_eq!(
        answers.get("pain_sites"),
        Some(&Answer::Many(vec!["left_calf".into()]))
    );
}

#[test]
fn progress_is_honest_about_adaptive_length() {
    let engine = Engine::embedded().unwrap();
    let mut answers = AnswerMap::new();
    let before = engine.progress(&answers);
    assert_eq!(before.answered, 0);
    answers.insert("ecq_walk_pain".to_string(), one("yes"));
    let after = engine.progress(&answers);
    assert_eq!(after.answered, 1);
    assert!(
        after.total > before.total,
        "a yes adds follow-up questions to the estimate"
    );
}

#[test]
fn the_emergency_questions_are_the_first_screen() {
    let engine = Engine::embedded().unwrap();
    let ids: Vec<&str> = engine
        .emergency_questions()
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "rf_sudden_cold_leg",
            "rf_saddle_numbness",
            "rf_both_legs_weak",
            "rf_breathless_chest_pain"
        ]
    );
    let mut answers = AnswerMap::new();
    answers.insert("rf_saddle_numbness".to_string(), one("dont_know"));
    assert!(
        !engine.emergency_flagged(&answers),
        "only a yes goes to the emergency card"
    );
    answers.insert("rf_breathless_chest_pain".to_string(), one("yes"));
    assert!(engine.emergency_flagged(&answers));
}
