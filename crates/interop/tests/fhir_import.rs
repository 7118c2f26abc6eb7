//! The QuestionnaireResponse importer as the app uses it: each refusal has a kind the app words
//! for the person (`Problem`) and names the item; values of the wrong JSON type are refused
//! naming their item rather than failing the whole parse; a response too large to be one is
//! refused before parsing; and a response parsed first (as a clinic's `legcheck:init` carries
//! it) reads the same as from text.

mod common;

use legcheck_interop::fhir::{
    from_response, parse_response, questionnaire_response, read_response, Problem, ANSWER_SYSTEM,
    MAX_RESPONSE_BYTES, QUESTIONNAIRE_URL,
};
use serde_json::{json, Value};

use common::{doc, engine};

fn response(questionnaire: &str, status: &str, item: Value) -> String {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire,
        "status": status,
        "item": item,
    })
    .to_string()
}

fn ours(item: Value) -> String {
    response(QUESTIONNAIRE_URL, "completed", item)
}

fn coded(code: &str) -> Value {
    json!({ "valueCoding": { "system": ANSWER_SYSTEM, "code": code } })
}

/// The kind and the item of a refusal.
fn refused(json: &str) -> (Problem, String) {
    let e = from_response(engine(), json).expect_err(json);
    (e.problem, e.item)
}

#[test]
fn every_refusal_has_a_kind_and_names_its_item() {
    let cases: Vec<(String, Problem, &str)> = vec![
        ("not json".into(), Problem::NotJson, "document"),
        ("{\"resourceType\": ".into(), Problem::NotJson, "document"),
        (
            "{\"resourceType\": \"Patient\"}".into(),
            Problem::NotAResponse,
            "resourceType",
        ),
        ("[1, 2]".into(), Problem::NotAResponse, "resourceType"),
        (
            "\"QuestionnaireResponse\"".into(),
            Problem::NotAResponse,
            "resourceType",
        ),
        (
            response(
                "http://example.org/Questionnaire/phq-9",
                "completed",
                json!([]),
            ),
            Problem::Foreign,
            "questionnaire",
        ),
        (
            response(
                QUESTIONNAIRE_URL,
                "entered-in-error",
                json!([{ "linkId": "age", "answer": [{ "valueInteger": 60 }] }]),
            ),
            Problem::Withdrawn,
            "status",
        ),
        (ours(json!({ "linkId": "age" })), Problem::Malformed, "item"),
        (
            ours(json!([{ "answer": [coded("yes")] }])),
            Problem::Malformed,
            "item",
        ),
        (ours(json!([])), Problem::Empty, "item"),
        (
            ours(json!([{ "linkId": "favourite_colour", "answer": [coded("blue")] }])),
            Problem::UnknownItem,
            "favourite_colour",
        ),
        (
            ours(json!([{ "linkId": "ecq_walk_pain", "answer": [coded("maybe")] }])),
            Problem::BadAnswer,
            "ecq_walk_pain",
        ),
        (
            ours(json!([{ "linkId": "age", "answer": [{ "valueInteger": 150 }] }])),
            Problem::BadAnswer,
            "age",
        ),
        (
            ours(json!([
                { "linkId": "age", "answer": [{ "valueInteger": 60 }] },
                { "linkId": "ecq_walk_pain", "answer": [coded("no")] },
                { "linkId": "ecq_uphill", "answer": [coded("yes")] },
            ])),
            Problem::NotAsked,
            "ecq_uphill",
        ),
    ];
    for (json, problem, item) in cases {
        assert_eq!(refused(&json), (problem, item.to_string()), "{json}");
    }
}

/// With typed reading, a value of the wrong JSON type must still name its item (a generic JSON
/// tree did so by construction).
#[test]
fn values_of_the_wrong_type_name_their_item() {
    for (item, link) in [
        (
            json!({ "linkId": "age", "answer": [{ "valueInteger": "sixty" }] }),
            "age",
        ),
        (
            json!({ "linkId": "age", "answer": [{ "valueInteger": true }] }),
            "age",
        ),
        (
            json!({ "linkId": "age", "answer": [{ "valueInteger": null }] }),
            "age",
        ),
        (
            json!({ "linkId": "ecq_walk_pain", "answer": [{ "valueCoding": "yes" }] }),
            "ecq_walk_pain",
        ),
        (
            json!({ "linkId": "ecq_walk_pain", "answer": [{ "valueCoding": { "system": ANSWER_SYSTEM, "code": 1 } }] }),
            "ecq_walk_pain",
        ),
        (
            json!({ "linkId": "ecq_walk_pain", "answer": [{ "valueCoding": { "system": [], "code": "yes" } }] }),
            "ecq_walk_pain",
        ),
        (
            json!({ "linkId": "rf_sudden_cold_leg", "answer": coded("yes") }),
            "rf_sudden_cold_leg",
        ),
        (
            json!({ "linkId": "rf_sudden_cold_leg", "answer": ["yes"] }),
            "rf_sudden_cold_leg",
        ),
        (
            json!({ "linkId": "abi", "item": [{ "linkId": "abi.arm_left", "answer": [{ "valueDecimal": "120" }] }] }),
            "abi.arm_left",
        ),
    ] {
        let json = ours(json!([item]));
        let e = from_response(engine(), &json).expect_err(&json);
        assert_eq!(e.item, link, "{json}: {e}");
        assert!(
            matches!(e.problem, Problem::BadAnswer | Problem::Malformed),
            "{json}: {e}"
        );
    }
    // A linkId that is not text is an item without a linkId.
    let e = from_response(
        engine(),
        &ours(json!([{ "linkId": 7, "answer": [coded("yes")] }])),
    )
    .unwrap_err();
    assert_eq!((e.problem, e.item.as_str()), (Problem::Malformed, "item"));
}

#[test]
fn elements_it_does_not_read_are_ignored_whatever_their_type() {
    let json = json!({
        "resourceType": "QuestionnaireResponse",
        "id": 12,
        "meta": { "versionId": ["1"] },
        "questionnaire": QUESTIONNAIRE_URL,
        "status": "completed",
        "subject": null,
        "item": [{ "linkId": "age", "text": { "odd": true }, "answer": [{ "valueInteger": 60, "extra": [1, {"a": null}] }] }],
    })
    .to_string();
    let doc = from_response(engine(), &json).unwrap();
    assert_eq!(doc.answers.len(), 1);
}

#[test]
fn a_response_too_large_to_be_one_is_refused_before_it_is_parsed() {
    let padding = "x".repeat(MAX_RESPONSE_BYTES);
    let json = format!("{{\"resourceType\": \"QuestionnaireResponse\", \"id\": \"{padding}\"}}");
    let e = from_response(engine(), &json).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::TooLarge, "document")
    );
    // Just under the limit, the same padding is read (and refused only for having no answers).
    let small = format!(
        "{{\"resourceType\": \"QuestionnaireResponse\", \"questionnaire\": \"{QUESTIONNAIRE_URL}\", \"id\": \"{}\"}}",
        "x".repeat(MAX_RESPONSE_BYTES - 200)
    );
    assert_eq!(
        from_response(engine(), &small).unwrap_err().problem,
        Problem::Empty
    );
}

#[test]
fn a_response_parsed_first_reads_the_same_as_from_text() {
    let engine = engine();
    for seed in 0..40 {
        let doc = doc(seed);
        let text = serde_json::to_string(&questionnaire_response(
            engine,
            &doc,
            "2026-11-26T10:00:00Z",
        ))
        .unwrap();
        let parsed = parse_response(&text).unwrap();
        assert_eq!(read_response(engine, &parsed), from_response(engine, &text));
        assert_eq!(read_response(engine, &parsed).unwrap().answers, doc.answers);
    }
}

/// A clinic's `legcheck:init` may carry a response (docs/EMBEDDING.md): decoded with the
/// message, checked by the same importer, and refused with a `legcheck:error` naming the item.
#[test]
fn an_init_message_carries_a_response_checked_by_the_same_importer() {
    use legcheck_interop::embed::{event, parse_command, Command, ErrorEvent, MAX_MESSAGE_BYTES};
    let engine = engine();
    let doc = doc(7);
    let response = serde_json::to_string(&questionnaire_response(
        engine,
        &doc,
        "2026-11-26T10:00:00Z",
    ))
    .unwrap();
    let init = |value: &str| {
        parse_command(&format!(
            "{{\"type\":\"legcheck:init\",\"version\":1,\"lang\":\"es\",\"questionnaire_response\":{value}}}"
        ))
    };
    let Ok(Command::Init(settings, Some(r))) = init(&response) else {
        panic!("an init with a response decodes");
    };
    assert_eq!(settings.lang.as_deref(), Some("es"));
    assert_eq!(read_response(engine, &r).unwrap().answers, doc.answers);
    // Whatever the value, the message decodes and the importer names what is wrong, so the
    // clinic can be told.
    for (value, item) in [
        ("\"a string\"", "resourceType"),
        ("{\"resourceType\":\"Patient\"}", "resourceType"),
        (
            &ours(json!([{ "linkId": "ecq_walk_pain", "answer": [coded("maybe")] }])),
            "ecq_walk_pain",
        ),
    ] {
        let Ok(Command::Init(_, Some(r))) = init(value) else {
            panic!("{value}");
        };
        assert_eq!(read_response(engine, &r).unwrap_err().item, item, "{value}");
    }
    assert_eq!(
        init("null").map(|c| matches!(c, Command::Init(_, None))),
        Ok(true)
    );
    // Not a field of the other commands, and a message too large to hold a response is refused.
    assert!(parse_command(&format!(
        "{{\"type\":\"legcheck:reset\",\"version\":1,\"questionnaire_response\":{response}}}"
    ))
    .is_err());
    let huge = format!("\"{}\"", "x".repeat(MAX_MESSAGE_BYTES));
    assert!(init(&huge).is_err());
    // The error event a clinic receives: `emergency` true, false, or null when the response
    // could not be read to check.
    for (emergency, expected) in [
        (Some(false), Value::Bool(false)),
        (Some(true), Value::Bool(true)),
        (None, Value::Null),
    ] {
        let e: Value = serde_json::from_str(&event(
            "error",
            &ErrorEvent {
                command: "legcheck:init",
                field: "questionnaire_response",
                item: "ecq_walk_pain",
                message: "no",
                emergency,
                emergency_signs: &[],
            },
        ))
        .unwrap();
        assert_eq!(e["type"], "legcheck:error");
        assert_eq!(e["version"], 1);
        assert_eq!(e["item"], "ecq_walk_pain");
        assert_eq!(e["field"], "questionnaire_response");
        assert_eq!(e["emergency"], expected);
        assert!(e.as_object().unwrap().contains_key("emergency"));
    }
}

/// A bad value in a question others follow from is named itself, not a follow-up that it makes
/// look unasked.
#[test]
fn a_bad_answer_is_named_before_the_follow_ups_it_makes_look_unasked() {
    let engine = engine();
    let doc = (0..500)
        .map(doc)
        .find(|d| {
            d.answers.get("ecq_walk_pain") == Some(&legcheck_engine::Answer::One("yes".into()))
                && d.answers.contains_key("ecq_uphill")
        })
        .expect("a generated answer set with walking pain and its follow-ups");
    let text = serde_json::to_string(&questionnaire_response(
        engine,
        &doc,
        "2026-11-26T10:00:00Z",
    ))
    .unwrap();
    let mut response: Value = serde_json::from_str(&text).unwrap();
    for item in response["item"].as_array_mut().unwrap() {
        if item["linkId"] == "ecq_walk_pain" {
            item["answer"][0]["valueCoding"]["code"] = json!("maybe");
        }
    }
    let e = from_response(engine, &response.to_string()).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::BadAnswer, "ecq_walk_pain"),
        "{e}"
    );
}
