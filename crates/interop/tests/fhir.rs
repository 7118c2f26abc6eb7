//! The FHIR exports checked structurally against FHIR R4's rules for Questionnaire and
//! QuestionnaireResponse: resource types, status codes, linkIds that match the Questionnaire,
//! and answer types that match each item's type and options.

use std::collections::BTreeMap;

use legcheck_engine::{Answer, AnswersDoc, Engine};
use legcheck_interop::fhir::{questionnaire, questionnaire_response, ANSWER_SYSTEM};
use serde_json::Value;

const QUESTIONNAIRE_STATUS: [&str; 4] = ["draft", "active", "retired", "unknown"];
const RESPONSE_STATUS: [&str; 5] = [
    "in-progress",
    "completed",
    "amended",
    "entered-in-error",
    "stopped",
];
const ITEM_TYPES: [&str; 6] = [
    "boolean",
    "decimal",
    "integer",
    "string",
    "choice",
    "open-choice",
];

fn sample() -> AnswersDoc {
    AnswersDoc {
        answers: BTreeMap::from([
            ("rf_sudden_cold_leg".to_string(), Answer::One("no".into())),
            (
                "pain_sites".to_string(),
                Answer::Many(vec!["left_calf".into(), "right_sole".into()]),
            ),
            ("feelings".to_string(), Answer::Many(vec!["cramp".into()])),
            (
                "cramp_duration".to_string(),
                Answer::One("up_to_10_min".into()),
            ),
            ("age".to_string(), Answer::Number(67.0)),
            ("cramp_wakes".to_string(), Answer::One("dont_know".into())),
        ]),
        ..Default::default()
    }
}

#[test]
fn the_questionnaire_is_structurally_valid_fhir_r4() {
    let engine = Engine::embedded().unwrap();
    let q = questionnaire(&engine);
    assert_eq!(q["resourceType"], "Questionnaire");
    assert!(QUESTIONNAIRE_STATUS.contains(&q["status"].as_str().unwrap()));
    assert_eq!(q["version"], engine.kb.version.as_str());
    let items = q["item"].as_array().unwrap();
    assert_eq!(items.len(), engine.kb.questions.len());
    let mut ids = std::collections::BTreeSet::new();
    for item in items {
        let link = item["linkId"].as_str().unwrap();
        assert!(ids.insert(link), "linkId {link} is unique");
        assert!(item["text"].is_string());
        let kind = item["type"].as_str().unwrap();
        assert!(ITEM_TYPES.contains(&kind), "{link}: {kind}");
        if kind == "choice" {
            let options = item["answerOption"].as_array().unwrap();
            assert!(options.len() >= 2, "{link}");
            for o in options {
                assert_eq!(o["valueCoding"]["system"], ANSWER_SYSTEM);
                assert!(o["valueCoding"]["code"].is_string());
            }
        } else {
            assert!(item.get("answerOption").is_none());
        }
    }
}

#[test]
fn the_response_matches_the_questionnaire() {
    let engine = Engine::embedded().unwrap();
    let q = questionnaire(&engine);
    let doc = sample();
    let r = serde_json::to_value(questionnaire_response(
        &engine,
        &doc,
        "2026-11-25T10:00:00Z",
    ))
    .unwrap();
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    assert!(RESPONSE_STATUS.contains(&r["status"].as_str().unwrap()));
    assert_eq!(
        r["questionnaire"],
        format!("{}|{}", q["url"].as_str().unwrap(), engine.kb.version)
    );
    let items: BTreeMap<&str, &Value> = q["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["linkId"].as_str().unwrap(), i))
        .collect();
    let answered = r["item"].as_array().unwrap();
    assert_eq!(answered.len(), 6, "every answer, each once");
    for item in answered {
        let link = item["linkId"].as_str().unwrap();
        let def = items
            .get(link)
            .unwrap_or_else(|| panic!("{link} is not in the Questionnaire"));
        let answers = item["answer"].as_array().unwrap();
        if answers.len() > 1 {
            assert_eq!(def["repeats"], true, "{link} repeats");
        }
        for a in answers {
            match def["type"].as_str().unwrap() {
                "decimal" => assert!(a["valueDecimal"].is_number(), "{link}"),
                "choice" => {
                    let code = a["valueCoding"]["code"].as_str().unwrap();
                    let allowed = def["answerOption"].as_array().unwrap();
                    assert!(
                        allowed.iter().any(|o| o["valueCoding"]["code"] == code),
                        "{link}: {code}"
                    );
                }
                other => panic!("{link}: unexpected type {other}"),
            }
        }
    }
}

#[test]
fn a_number_given_as_dont_know_is_left_unanswered() {
    let engine = Engine::embedded().unwrap();
    let mut doc = sample();
    doc.answers
        .insert("age".into(), Answer::One("dont_know".into()));
    let r = serde_json::to_value(questionnaire_response(
        &engine,
        &doc,
        "2026-11-25T10:00:00Z",
    ))
    .unwrap();
    assert!(!r["item"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["linkId"] == "age"));
}
