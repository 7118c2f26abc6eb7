//! `legcheck-eval` end to end: the real binary, real stdin, real exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(input: &str) -> (i32, String, String) {
    run_with(&[], input)
}

#[test]
fn evaluates_a_document() {
    let (code, out, err) = run(r#"{"answers": {"rf_sudden_cold_leg": "yes"}}"#);
    assert_eq!(code, 0, "stderr: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["triage"]["level"], "emergency");
    assert_eq!(v["conditions"][0]["id"], "acute_limb_ischemia");
}

#[test]
fn rejects_invalid_json_with_status_2() {
    let (code, out, err) = run("{not json");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("invalid JSON"), "{err}");
}

#[test]
fn rejects_unknown_question_id_naming_it() {
    let (code, _, err) = run(r#"{"answers": {"no_such_question": "yes"}}"#);
    assert_eq!(code, 2);
    assert!(err.contains("answers.no_such_question"), "{err}");
    assert!(err.contains("unknown question id"), "{err}");
}

#[test]
fn rejects_a_bad_value_naming_the_field() {
    let (code, _, err) = run(r#"{"answers": {"ecq_walk_pain": "maybe"}}"#);
    assert_eq!(code, 2);
    assert!(
        err.contains("answers.ecq_walk_pain") && err.contains("not one of"),
        "{err}"
    );
    let (code, _, err) = run(r#"{"answers": {"pain_sites": ["left_elbow"]}}"#);
    assert_eq!(code, 2);
    assert!(err.contains("not a body region"), "{err}");
}

#[test]
fn exports_fhir_questionnaire_and_response() {
    let out = Command::new(env!("CARGO_BIN_EXE_legcheck-eval"))
        .arg("--fhir-questionnaire")
        .output()
        .unwrap();
    assert!(out.status.success());
    let q: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(q["resourceType"], "Questionnaire");
    let mut child = Command::new(env!("CARGO_BIN_EXE_legcheck-eval"))
        .arg("--fhir")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"answers": {"age": 70}}"#)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    // Age is an integer item; `authored` is a date-time in UTC.
    assert_eq!(r["item"][0]["answer"][0]["valueInteger"], 70);
    let authored = r["authored"].as_str().unwrap();
    assert!(
        authored.len() == 20 && authored.starts_with("20") && authored.ends_with('Z'),
        "{authored}"
    );
}

fn run_with(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_legcheck-eval"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("legcheck-eval starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_questionnaire_response_gives_the_same_assessment_as_the_answers() {
    let answers = r#"{"answers": {"age": 70, "rf_sudden_cold_leg": "no", "ecq_walk_pain": "yes",
        "pain_sites": ["left_calf"], "feelings": ["cramp"]}, "abi": {"arm_left": 140, "left_pt": 90}}"#;
    let (code, direct, err) = run(answers);
    assert_eq!(code, 0, "{err}");
    let (code, response, err) = run_with(&["--fhir"], answers);
    assert_eq!(code, 0, "{err}");
    let r: serde_json::Value = serde_json::from_str(&response).unwrap();
    let authored = r["authored"].as_str().unwrap();
    assert!(
        authored.len() == 20 && authored.ends_with('Z') && authored.contains('T'),
        "{authored}"
    );
    let (code, imported, err) = run_with(&["--from-fhir"], &response);
    assert_eq!(code, 0, "{err}");
    assert_eq!(imported, direct);
}

#[test]
fn a_foreign_or_bad_response_exits_2_naming_the_item() {
    let foreign = r#"{"resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": "http://example.org/Questionnaire/phq-9", "item": []}"#;
    let (code, out, err) = run_with(&["--from-fhir"], foreign);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("item `questionnaire`"), "{err}");
    let (_, q, _) = run_with(&["--fhir-questionnaire"], "");
    let url = serde_json::from_str::<serde_json::Value>(&q).unwrap()["url"]
        .as_str()
        .unwrap()
        .to_string();
    let bad = format!(
        r#"{{"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "{url}",
        "item": [{{"linkId": "ecq_walk_pain", "answer": [{{"valueBoolean": true}}]}}]}}"#
    );
    let (code, _, err) = run_with(&["--from-fhir"], &bad);
    assert_eq!(code, 2);
    assert!(err.contains("item `ecq_walk_pain`"), "{err}");
}

#[test]
fn prints_the_code_system() {
    let (code, out, err) = run_with(&["--fhir-codesystem"], "");
    assert_eq!(code, 0, "{err}");
    let cs: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(cs["resourceType"], "CodeSystem");
}

/// The build publishes the app's copy of the knowledge base from these two (scripts/trunk-post-build):
/// the bytes the app will accept, under the name it will fetch.
#[test]
fn writes_the_apps_copy_of_the_knowledge_base_under_its_name() {
    let bin = env!("CARGO_BIN_EXE_legcheck-eval");
    let name = Command::new(bin)
        .arg("--app-knowledge-file")
        .output()
        .unwrap();
    assert!(name.status.success());
    assert_eq!(
        String::from_utf8(name.stdout).unwrap().trim(),
        legcheck_engine::APP_KB_FILE
    );
    let bytes = Command::new(bin).arg("--app-knowledge").output().unwrap();
    assert!(bytes.status.success());
    assert_eq!(bytes.stdout, legcheck_engine::APP_KNOWLEDGE);
    let engine = legcheck_engine::Engine::from_app_copy(&bytes.stdout).expect("accepted");
    assert!(!engine.kb.questions.is_empty());
}
