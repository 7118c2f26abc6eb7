//! The real knowledge base loads and passes every consistency check.

use legcheck_engine::{validate::validate, Engine};

#[test]
fn knowledge_base_is_consistent() {
    let engine = Engine::embedded().expect("the embedded knowledge base loads");
    let problems = validate(&engine);
    assert!(
        problems.is_empty(),
        "knowledge base problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn knowledge_base_has_a_version() {
    let engine = Engine::embedded().unwrap();
    assert!(!engine.kb.version.is_empty());
    assert_eq!(
        engine.evaluate(&Default::default()).kb_version,
        engine.kb.version
    );
}

#[test]
fn red_flags_are_asked_first() {
    let engine = Engine::embedded().unwrap();
    let first = engine.next_question(&Default::default()).unwrap();
    assert_eq!(first.stage, legcheck_engine::model::Stage::RedFlags);
}
