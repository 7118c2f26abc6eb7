//! What a refused QuestionnaireResponse must still do and must not cost: a refusal never hides
//! the emergency signs its valid red-flag answers show (they come with the error, for the app
//! and the clinic); a small file cannot make a huge tree; a clinic's response is held to the
//! same size limit as a file; and the importer is as strict as docs/FHIR.md says (whole-year
//! ages, "I don't know" only as `asked-unknown`, a repeated key malformed, not "not JSON").

mod common;

use legcheck_interop::embed::{event, parse_command, Command, ErrorEvent};
use legcheck_interop::fhir::{
    from_response, questionnaire_response, read_response, Problem, ANSWER_SYSTEM, EXT_DATA_ABSENT,
    MAX_ELEMENTS, MAX_RESPONSE_BYTES, QUESTIONNAIRE_URL,
};
use serde_json::{json, Value};

use common::engine;

fn ours(item: Value) -> String {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": QUESTIONNAIRE_URL,
        "status": "completed",
        "item": item,
    })
    .to_string()
}

fn coded(link: &str, code: &str) -> Value {
    json!({ "linkId": link, "answer": [{ "valueCoding": { "system": ANSWER_SYSTEM, "code": code } }] })
}

/// A sudden cold leg answered "yes", with a follow-up LegCheck would not ask (as a renderer
/// that ignores enableWhen produces): refused, naming the follow-up, and the emergency sign
/// still reported.
#[test]
fn a_refused_response_still_reports_the_emergency_signs_it_shows() {
    let json = ours(json!([
        { "linkId": "age", "answer": [{ "valueInteger": 70 }] },
        coded("rf_sudden_cold_leg", "yes"),
        coded("ecq_walk_pain", "no"),
        coded("ecq_uphill", "yes"),
    ]));
    let e = from_response(engine(), &json).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::NotAsked, "ecq_uphill")
    );
    assert_eq!(e.emergency, vec!["acute_limb_ischaemia".to_string()]);
    assert!(e.to_string().contains("acute_limb_ischaemia"), "{e}");
    // An unknown item, a bad value elsewhere, and a red-flag answer nested under a group.
    for faults in [
        json!([coded("favourite_colour", "blue")]),
        json!([coded("ecq_walk_pain", "maybe")]),
        json!([{ "linkId": "age", "answer": [{ "valueInteger": "old" }] }]),
    ] {
        let mut items = faults.as_array().unwrap().clone();
        items.push(json!({ "linkId": "group", "item": [coded("rf_saddle_numbness", "yes")] }));
        let e = from_response(engine(), &ours(Value::Array(items))).unwrap_err();
        assert_eq!(e.emergency, vec!["cauda_equina_saddle".to_string()], "{e}");
    }
}

#[test]
fn only_valid_red_flag_answers_count_and_only_in_a_response_to_legcheck() {
    let emergency = |json: &str| from_response(engine(), json).unwrap_err().emergency;
    // "no" or an invalid code: no emergency from them.
    let no = ours(json!([
        coded("rf_sudden_cold_leg", "no"),
        coded("favourite_colour", "x")
    ]));
    assert!(emergency(&no).is_empty());
    let bad = ours(json!([
        coded("rf_sudden_cold_leg", "perhaps"),
        coded("favourite_colour", "x")
    ]));
    assert!(emergency(&bad).is_empty());
    // Another questionnaire's items, and a withdrawn response, say nothing about the person.
    let yes = ours(json!([
        coded("rf_sudden_cold_leg", "yes"),
        coded("favourite_colour", "x")
    ]));
    assert_eq!(emergency(&yes), vec!["acute_limb_ischaemia".to_string()]);
    let foreign = yes.replace(QUESTIONNAIRE_URL, "http://example.org/Questionnaire/phq-9");
    assert!(emergency(&foreign).is_empty());
    let withdrawn = yes.replace("\"completed\"", "\"entered-in-error\"");
    assert!(emergency(&withdrawn).is_empty());
}

/// A clinic is told through `legcheck:error` (docs/EMBEDDING.md).
#[test]
fn the_clinics_error_event_says_emergency_with_the_signs() {
    let signs = vec!["acute_limb_ischaemia".to_string()];
    let e: Value = serde_json::from_str(&event(
        "error",
        &ErrorEvent {
            command: "legcheck:init",
            field: "questionnaire_response",
            item: "ecq_uphill",
            message: "answered, but not asked",
            emergency: Some(true),
            emergency_signs: &signs,
        },
    ))
    .unwrap();
    assert_eq!(e["emergency"], true);
    assert_eq!(e["emergency_signs"], json!(["acute_limb_ischaemia"]));
}

/// `[{},{},...]` of 1 MB would be a third of a million tree nodes: refused before parsing.
#[test]
fn a_small_file_of_many_empty_objects_is_refused_before_it_is_parsed() {
    let many = format!("[{}{{}}]", "{},".repeat(MAX_ELEMENTS));
    assert!(many.len() < 20_000);
    let e = from_response(engine(), &many).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::TooLarge, "document")
    );
    // Brackets inside strings are text, not elements.
    let text = ours(
        json!([{ "linkId": "age", "answer": [{ "valueInteger": 60 }], "text": "{[".repeat(MAX_ELEMENTS) }]),
    );
    assert!(from_response(engine(), &text).is_ok());
    // A clinic's message: the response in it is counted on its own, as a file is, and refused
    // with an error the clinic receives (`legcheck:error`); the settings beside it still apply.
    let message = format!(
        "{{\"type\":\"legcheck:init\",\"version\":1,\"emergency_number\":\"999\",\"questionnaire_response\":{{\"x\":{many}}}}}"
    );
    let Ok(Command::Init(settings, Some(response))) = parse_command(&message) else {
        panic!("the settings of an init are read beside a response with too many elements");
    };
    assert_eq!(settings.emergency_number.as_deref(), Some("999"));
    let e = read_response(engine(), &response).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::TooLarge, "document"),
        "{e}"
    );
    assert!(e.message.contains("objects and lists"), "{e}");
}

/// A key given twice inside a clinic's response is refused as it is in a file (malformed,
/// naming the document), while the message's settings still apply; a key given twice in the
/// message itself still makes the whole message invalid.
#[test]
fn a_key_given_twice_in_a_clinics_response_is_refused_like_a_files() {
    let response = format!(
        "{{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"{QUESTIONNAIRE_URL}\",\"item\":[{{\"linkId\":\"age\",\"linkId\":\"age\",\"answer\":[{{\"valueInteger\":60}}]}}]}}"
    );
    let message = format!(
        "{{\"type\":\"legcheck:init\",\"version\":1,\"lang\":\"es\",\"emergency_number\":\"999\",\"questionnaire_response\":{response}}}"
    );
    let Ok(Command::Init(settings, Some(r))) = parse_command(&message) else {
        panic!("the settings of an init are read beside a response with a repeated key");
    };
    assert_eq!(settings.lang.as_deref(), Some("es"));
    assert_eq!(settings.emergency_number.as_deref(), Some("999"));
    let in_message = read_response(engine(), &r).unwrap_err();
    let in_file = from_response(engine(), &response).unwrap_err();
    assert_eq!(
        (in_message.problem, in_message.item.as_str()),
        (Problem::Malformed, "document"),
        "{in_message}"
    );
    assert_eq!(in_message, in_file);
    // Its answers were not read, so nothing is known of its emergency signs.
    assert!(in_message.unread && in_message.emergency.is_empty());
    assert!(in_message
        .to_string()
        .contains("not checked for emergency signs"));
    // The clinic is told, naming the problem.
    let e: Value = serde_json::from_str(&event(
        "error",
        &ErrorEvent {
            command: "legcheck:init",
            field: "questionnaire_response",
            item: &in_message.item,
            message: &in_message.message,
            emergency: (!in_message.unread).then_some(false),
            emergency_signs: &[],
        },
    ))
    .unwrap();
    assert_eq!(e["item"], "document");
    assert_eq!(e["emergency"], Value::Null);
    assert!(
        e["message"].as_str().unwrap().contains("twice"),
        "{}",
        e["message"]
    );
    // Repeated at the message's own level, it is still a malformed message.
    let doubled = "{\"type\":\"legcheck:init\",\"version\":1,\"emergency_number\":\"999\",\"emergency_number\":\"112\"}";
    assert!(parse_command(doubled).is_err());
    // A response that is valid on its own is read from the same message.
    let fine = message.replace(",\"linkId\":\"age\"", "");
    let Ok(Command::Init(_, Some(r))) = parse_command(&fine) else {
        panic!("an init with a response decodes");
    };
    assert!(read_response(engine(), &r).is_ok());
}

#[test]
fn a_clinics_response_is_held_to_the_files_size_limit() {
    let padded = |pad: usize| {
        format!(
            "{{\"type\":\"legcheck:init\",\"version\":1,\"questionnaire_response\":{{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"{QUESTIONNAIRE_URL}\",\"id\":\"{}\",\"item\":[{}]}}}}",
            "x".repeat(pad),
            coded("age", "x").to_string().replace(
                "{\"valueCoding\":{\"code\":\"x\",\"system\":\"https://legcheck.example/docs/fhir/CodeSystem/legcheck-answer\"}}",
                "{\"valueInteger\":60}"
            )
        )
    };
    let read = |message: &str| {
        let Ok(Command::Init(_, Some(r))) = parse_command(message) else {
            panic!("an init with a response decodes");
        };
        read_response(engine(), &r)
    };
    // Over 1 MB: refused as too large, as the same response in a file is.
    let over = padded(MAX_RESPONSE_BYTES);
    let e = read(&over).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::TooLarge, "document")
    );
    // Well under: read.
    assert!(read(&padded(1000)).is_ok());
}

#[test]
fn an_age_must_be_whole_years() {
    let age = |value: Value| {
        from_response(
            engine(),
            &ours(json!([{ "linkId": "age", "answer": [value] }])),
        )
    };
    let e = age(json!({ "valueDecimal": 60.5 })).unwrap_err();
    assert_eq!((e.problem, e.item.as_str()), (Problem::BadAnswer, "age"));
    let e = age(json!({ "valueInteger": 60.5 })).unwrap_err();
    assert_eq!((e.problem, e.item.as_str()), (Problem::BadAnswer, "age"));
    // A whole number, as the earlier Questionnaire's decimal age gave it, is read.
    assert!(age(json!({ "valueInteger": 60 })).is_ok());
    assert!(age(json!({ "valueDecimal": 60 })).is_ok());
}

#[test]
fn only_asked_unknown_is_i_dont_know() {
    let absent = |code: &str| {
        from_response(
            engine(),
            &ours(
                json!([{ "linkId": "age", "answer": [{ "extension": [{ "url": EXT_DATA_ABSENT, "valueCode": code }] }] }]),
            ),
        )
    };
    assert_eq!(
        absent("asked-unknown").unwrap().answers.get("age"),
        Some(&legcheck_engine::Answer::One("dont_know".into()))
    );
    for other in ["masked", "not-asked", "asked-declined", "error"] {
        let e = absent(other).unwrap_err();
        assert_eq!(
            (e.problem, e.item.as_str()),
            (Problem::BadAnswer, "age"),
            "{other}"
        );
    }
    // LegCheck's own export of "I don't know" reads back as it.
    let doc = legcheck_engine::AnswersDoc {
        kb_version: None,
        answers: [(
            "age".to_string(),
            legcheck_engine::Answer::One("dont_know".into()),
        )]
        .into(),
        abi: None,
    };
    let text = serde_json::to_string(&questionnaire_response(
        engine(),
        &doc,
        "2026-11-26T10:00:00Z",
    ))
    .unwrap();
    assert_eq!(from_response(engine(), &text).unwrap().answers, doc.answers);
}

#[test]
fn a_key_given_twice_is_malformed_not_not_json() {
    let json = format!(
        "{{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"{QUESTIONNAIRE_URL}\",\"item\":[{{\"linkId\":\"age\",\"linkId\":\"age\",\"answer\":[{{\"valueInteger\":60}}]}}]}}"
    );
    let e = from_response(engine(), &json).unwrap_err();
    assert_eq!(
        (e.problem, e.item.as_str()),
        (Problem::Malformed, "document"),
        "{e}"
    );
    // Text that is not JSON is still "not JSON".
    assert_eq!(
        from_response(engine(), "{\"a\":").unwrap_err().problem,
        Problem::NotJson
    );
}

/// An "I don't know" to an emergency sign is an emergency when another answer is urgent
/// (`Triage::unsure`): the refusal must report it although the urgent answer is to a question
/// no emergency sign reads (second review of issue 13).
#[test]
fn a_refusal_reports_an_emergency_that_an_unsure_sign_and_an_urgent_answer_make_together() {
    let json = ours(json!([
        { "linkId": "age", "answer": [{ "valueInteger": 60 }] },
        coded("rf_breathless_chest_pain", "dont_know"),
        coded("rf_one_leg_swollen", "yes"),
        coded("favourite_colour", "blue"),
    ]));
    // The same answers given in LegCheck show the emergency card.
    let mut answers = legcheck_engine::answers::AnswerMap::new();
    answers.insert("age".to_string(), legcheck_engine::Answer::Number(60.0));
    for (id, v) in [
        ("rf_breathless_chest_pain", "dont_know"),
        ("rf_one_leg_swollen", "yes"),
    ] {
        answers.insert(id.to_string(), legcheck_engine::Answer::One(v.into()));
    }
    let shown = engine().emergency_signs(&answers);
    assert!(
        !shown.is_empty(),
        "LegCheck itself shows an emergency for these answers"
    );
    let e = from_response(engine(), &json).unwrap_err();
    assert_eq!(e.problem, Problem::UnknownItem);
    assert_eq!(e.emergency, shown, "{e}");
}

/// A question answered twice is refused, and whichever order its answers come in, a "yes" to
/// an emergency sign among them is reported.
#[test]
fn an_emergency_sign_answered_twice_is_reported_in_either_order() {
    for order in [["no", "yes"], ["yes", "no"]] {
        let json = ours(json!([
            coded("rf_sudden_cold_leg", order[0]),
            coded("rf_sudden_cold_leg", order[1]),
        ]));
        let e = from_response(engine(), &json).unwrap_err();
        assert_eq!(
            e.emergency,
            vec!["acute_limb_ischaemia".to_string()],
            "{order:?}: {e}"
        );
    }
}
