//! The exact shape of an assessment for known answers: triage reasons, unsure evidence,
//! references without duplicates, segment sites, expression-driven advice. Written to close the
//! gaps `cargo mutants` found in eval.rs.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::{Engine, Segment, Triage};

mod common;
use common::answers;

const CLAUDICATION_AND_CRAMPS: &[(&str, &str)] = &[
    ("pain_sites", "[left_calf,left_sole]"),
    ("feelings", "[cramp]"),
    ("ecq_walk_pain", "yes"),
    ("ecq_at_rest", "no"),
    ("ecq_uphill", "yes"),
    ("ecq_stand_still", "disappears"),
    ("walk_relief", "standing_still"),
    ("cramp_when", "[night_or_rest]"),
    ("cramp_duration", "up_to_10_min"),
    ("cramp_stretch_relief", "dont_know"),
];

#[test]
fn triage_is_set_by_the_most_demanding_condition_only() {
    let engine = Engine::embedded().unwrap();
    let result = engine.evaluate(&answers(CLAUDICATION_AND_CRAMPS));
    assert_eq!(result.triage.level, Triage::Routine);
    assert_eq!(
        result.triage.set_by.len(),
        1,
        "night cramps (self-care) do not set it"
    );
    let reason = &result.triage.set_by[0];
    assert_eq!(reason.condition.as_deref(), Some("pad_claudication"));
    assert!(reason.text.contains("peripheral arterial disease"));
    // The answers behind it: the Edinburgh questionnaire's result (from its walking questions).
    assert!(reason.answers.iter().any(|a| a == "ecq"));
    assert!(!reason.refs.is_empty());
    assert!(!reason.unsure);
}

#[test]
fn unsure_answers_are_listed_as_unweighed_evidence() {
    let engine = Engine::embedded().unwrap();
    let result = engine.evaluate(&answers(CLAUDICATION_AND_CRAMPS));
    let cramps = result
        .conditions
        .iter()
        .find(|c| c.id == "nocturnal_leg_cramp")
        .unwrap();
    assert!(cramps
        .unsure
        .iter()
        .any(|r| r.answers.iter().any(|a| a == "cramp_stretch_relief")));
    assert!(!cramps
        .for_
        .iter()
        .any(|r| r.answers.iter().any(|a| a == "cramp_stretch_relief")));
}

#[test]
fn references_are_listed_once() {
    let engine = Engine::embedded().unwrap();
    let result = engine.evaluate(&answers(CLAUDICATION_AND_CRAMPS));
    for c in &result.conditions {
        let mut refs = c.refs.clone();
        refs.sort();
        refs.dedup();
        assert_eq!(refs.len(), c.refs.len(), "{} repeats a reference", c.id);
    }
    let mut all: Vec<&String> = result.references.iter().map(|r| &r.id).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), result.references.len());
}

#[test]
fn segments_list_each_site_once_per_segment() {
    let engine = Engine::embedded().unwrap();
    let result = engine.evaluate(&answers(CLAUDICATION_AND_CRAMPS));
    let left: Vec<(Segment, Vec<&str>)> = result
        .segments
        .left
        .iter()
        .map(|h| (h.segment, h.sites.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        left,
        vec![
            (Segment::Femoropopliteal, vec!["calf"]),
            (Segment::Tibial, vec!["calf", "sole"])
        ]
    );
    assert!(result.segments.right.is_empty());
    assert!(result.segments.note.contains("not a finding"));
}

#[test]
fn with_nothing_to_go_on_the_result_says_so() {
    let engine = Engine::embedded().unwrap();
    let result = engine.evaluate(&AnswerMap::new());
    assert_eq!(
        result.triage.level,
        Triage::Routine,
        "no answers is not reassurance"
    );
    assert!(result.triage.set_by[0]
        .text
        .contains("did not clearly match"));
    assert!(result.conditions.is_empty());
    assert!(result.segments.note.contains("No arterial cause"));
}

#[test]
fn advice_can_follow_an_expression_as_well_as_a_condition() {
    let engine = Engine::embedded().unwrap();
    let normal = AbiInput {
        arm_left: Some(120.0),
        left_pt: Some(125.0),
        ..AbiInput::default()
    };
    let result = engine.evaluate_with_abi(&answers(&[("ecq_walk_pain", "yes")]), Some(&normal));
    assert!(result.next_steps.iter().any(|a| a.id == "exercise_abi"));
    let low = AbiInput {
        left_pt: Some(90.0),
        ..normal
    };
    let result = engine.evaluate_with_abi(&answers(&[("ecq_walk_pain", "yes")]), Some(&low));
    assert!(!result.next_steps.iter().any(|a| a.id == "exercise_abi"));
}
