//! The FHIR resources LegCheck exports, checked against FHIR R4's and SDC's rules for what they
//! claim (the HL7 JSON Schema and FHIRPath invariants are checked by third-party validators in
//! tests/e2e/fhir.test.cjs), and the QuestionnaireResponse read back: answers -> response ->
//! answers is the identity over generated answer sets, the ABI included, and a bad or foreign
//! response is refused naming the item.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use legcheck_engine::Answer;
use legcheck_interop::fhir::{
    code_system, from_response, questionnaire, questionnaire_response, ANSWER_SYSTEM,
    QUESTIONNAIRE_URL, SDC_PROFILE,
};
use proptest::prelude::*;
use serde_json::{json, Value};

use common::{doc, engine};

fn ext<'a>(v: &'a Value, url: &str) -> Option<&'a Value> {
    v["extension"].as_array()?.iter().find(|e| e["url"] == url)
}

fn items(q: &Value) -> BTreeMap<&str, &Value> {
    q["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["linkId"].as_str().unwrap(), i))
        .collect()
}

#[test]
fn the_questionnaire_says_what_it_is_and_who_publishes_it() {
    let engine = engine();
    let q = questionnaire(engine);
    assert_eq!(q["resourceType"], "Questionnaire");
    assert!(q["url"].as_str().unwrap().starts_with("https://"));
    assert_eq!(q["url"], QUESTIONNAIRE_URL);
    assert_eq!(q["version"], engine.kb.version.as_str());
    assert_eq!(q["status"], "active");
    assert_eq!(q["meta"]["profile"][0], SDC_PROFILE);
    assert_eq!(q["subjectType"], json!(["Patient"]));
    for field in ["publisher", "date", "description", "name", "title"] {
        assert!(q[field].as_str().is_some_and(|s| !s.is_empty()), "{field}");
    }
    let div = q["text"]["div"].as_str().unwrap();
    assert!(div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">"));
    assert!(div.contains(&engine.kb.questions[0].text));
}

#[test]
fn every_question_is_an_item_with_its_controls_bounds_and_spanish_text() {
    let engine = engine();
    let q = questionnaire(engine);
    let items = items(&q);
    assert_eq!(
        items.len(),
        engine.kb.questions.len() + 1,
        "every question and the ABI group"
    );
    let es = legcheck_engine::i18n::catalogue("es").unwrap();
    for question in &engine.kb.questions {
        let item = items[question.id.as_str()];
        let spanish = &ext(
            &item["_text"],
            "http://hl7.org/fhir/StructureDefinition/translation",
        )
        .unwrap_or_else(|| panic!("{}: no Spanish", question.id))["extension"];
        assert_eq!(spanish[0], json!({ "url": "lang", "valueCode": "es" }));
        assert_eq!(spanish[1]["valueString"], es[&question.text].as_str());
        let control = ext(
            item,
            "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
        )
        .map(|e| {
            e["valueCodeableConcept"]["coding"][0]["code"]
                .as_str()
                .unwrap()
        });
        match item["type"].as_str().unwrap() {
            "choice" if item["repeats"] == true => {
                assert_eq!(control, Some("check-box"), "{}", question.id)
            }
            "choice" => assert_eq!(control, Some("radio-button"), "{}", question.id),
            "integer" => {
                assert_eq!(question.id, "age");
                let min = ext(item, "http://hl7.org/fhir/StructureDefinition/minValue").unwrap();
                let max = ext(item, "http://hl7.org/fhir/StructureDefinition/maxValue").unwrap();
                assert_eq!(
                    (min["valueInteger"].as_i64(), max["valueInteger"].as_i64()),
                    (Some(18), Some(120))
                );
            }
            other => panic!("{}: unexpected type {other}", question.id),
        }
        for o in item["answerOption"].as_array().into_iter().flatten() {
            assert_eq!(o["valueCoding"]["system"], ANSWER_SYSTEM);
            let code = o["valueCoding"]["code"].as_str().unwrap();
            let exclusive = ext(
                o,
                "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
            )
            .is_some();
            let kb_exclusive = question.options.iter().any(|c| c.id == code && c.exclusive);
            assert_eq!(
                exclusive,
                kb_exclusive && item["repeats"] == true,
                "{}: {code}",
                question.id
            );
        }
    }
    // "None of these" and "I am not sure" are exclusive wherever they are offered together.
    let conditions = items["known_conditions"]["answerOption"]
        .as_array()
        .unwrap();
    for code in ["none", "not_sure"] {
        let o = conditions
            .iter()
            .find(|o| o["valueCoding"]["code"] == code)
            .unwrap();
        assert!(
            ext(
                o,
                "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
            )
            .is_some(),
            "{code}"
        );
    }
}

#[test]
fn the_abi_pressures_are_a_group_in_mm_hg() {
    let q = questionnaire(engine());
    let abi = items(&q)["abi"];
    assert_eq!(abi["type"], "group");
    let pressures = abi["item"].as_array().unwrap();
    assert_eq!(pressures.len(), 6);
    for p in pressures {
        assert_eq!(p["type"], "decimal");
        let unit = ext(
            p,
            "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
        )
        .unwrap();
        assert_eq!(unit["valueCoding"]["system"], "http://unitsofmeasure.org");
        assert_eq!(unit["valueCoding"]["code"], "mm[Hg]");
    }
}

#[test]
fn the_code_system_defines_every_answer_code_the_questionnaire_uses() {
    let engine = engine();
    let cs = code_system(engine);
    assert_eq!(cs["url"], ANSWER_SYSTEM);
    assert_eq!(cs["content"], "complete");
    let defined: BTreeSet<&str> = cs["concept"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(cs["count"].as_u64(), Some(defined.len() as u64));
    let q = questionnaire(engine);
    for item in q["item"].as_array().unwrap() {
        for o in item["answerOption"].as_array().into_iter().flatten() {
            assert!(defined.contains(o["valueCoding"]["code"].as_str().unwrap()));
        }
        for w in item["enableWhen"].as_array().into_iter().flatten() {
            if let Some(code) = w["answerCoding"]["code"].as_str() {
                assert!(defined.contains(code), "{code}");
            }
        }
    }
}

#[test]
fn the_response_carries_dont_know_the_abi_and_authored_but_nothing_unasked() {
    let engine = engine();
    let mut doc = doc(7);
    doc.answers
        .insert("age".into(), Answer::One("dont_know".into()));
    doc.answers
        .insert("ecq_walk_pain".into(), Answer::One("no".into()));
    engine.prune(&mut doc.answers);
    doc.abi = Some(legcheck_engine::instruments::AbiInput {
        arm_left: Some(130.0),
        left_pt: Some(80.5),
        ..Default::default()
    });
    let r =
        serde_json::to_value(questionnaire_response(engine, &doc, "2026-11-26T10:00:00Z")).unwrap();
    assert_eq!(r["authored"], "2026-11-26T10:00:00Z");
    assert_eq!(
        r["questionnaire"],
        format!("{QUESTIONNAIRE_URL}|{}", engine.kb.version)
    );
    let given = items(&r);
    let age = &given["age"]["answer"][0];
    assert!(age.get("valueInteger").is_none());
    assert_eq!(age["extension"][0]["valueCode"], "asked-unknown");
    let abi = given["abi"]["item"].as_array().unwrap();
    assert_eq!(abi.len(), 2);
    assert_eq!(abi[1]["linkId"], "abi.left_pt");
    assert_eq!(abi[1]["answer"][0]["valueDecimal"], 80.5);
    // "No" to walking pain: none of its follow-ups is answered.
    for follow_up in ["ecq_at_rest", "ecq_uphill", "ecq_stand_still"] {
        assert!(!given.contains_key(follow_up), "{follow_up}");
    }
    // And an answer to a question the flow would not ask is not exported.
    let mut stale = doc.clone();
    stale
        .answers
        .insert("ecq_uphill".into(), Answer::One("yes".into()));
    let r = serde_json::to_value(questionnaire_response(
        engine,
        &stale,
        "2026-11-26T10:00:00Z",
    ))
    .unwrap();
    assert!(!items(&r).contains_key("ecq_uphill"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn answers_to_a_questionnaire_response_and_back_are_the_same_answers(seed in any::<u64>()) {
        let engine = engine();
        let doc = doc(seed);
        let r = serde_json::to_string(&questionnaire_response(engine, &doc, "2026-11-26T10:00:00+01:00")).unwrap();
        let back = from_response(engine, &r).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back.answers, &doc.answers);
        prop_assert_eq!(&back.abi, &doc.abi);
        prop_assert_eq!(back.kb_version.as_deref(), Some(engine.kb.version.as_str()));
        prop_assert_eq!(
            serde_json::to_value(engine.evaluate_with_abi(&back.answers, back.abi.as_ref())).unwrap(),
            serde_json::to_value(engine.evaluate_with_abi(&doc.answers, doc.abi.as_ref())).unwrap()
        );
    }
}

/// A response with one item, to LegCheck's Questionnaire unless `questionnaire` says otherwise.
fn response(questionnaire: &str, item: Value) -> String {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire,
        "status": "completed",
        "item": [item],
    })
    .to_string()
}

fn coded(link: &str, system: &str, code: &str) -> Value {
    json!({ "linkId": link, "answer": [{ "valueCoding": { "system": system, "code": code } }] })
}

#[test]
fn bad_or_foreign_responses_are_refused_naming_the_item() {
    let engine = engine();
    let ours = QUESTIONNAIRE_URL;
    let refused = |json: String| from_response(engine, &json).unwrap_err();
    let e = refused(response(
        "http://example.org/Questionnaire/phq-9",
        coded("q1", ANSWER_SYSTEM, "yes"),
    ));
    assert_eq!(e.item, "questionnaire");
    let e = refused(response(
        ours,
        coded("favourite_colour", ANSWER_SYSTEM, "blue"),
    ));
    assert_eq!(e.item, "favourite_colour");
    let e = refused(response(
        ours,
        coded("ecq_walk_pain", ANSWER_SYSTEM, "maybe"),
    ));
    assert_eq!(e.item, "ecq_walk_pain");
    assert!(e.message.contains("maybe"), "{e}");
    let e = refused(response(
        ours,
        coded("ecq_walk_pain", "http://snomed.info/sct", "373066001"),
    ));
    assert_eq!(e.item, "ecq_walk_pain");
    assert!(e.message.contains("code system"), "{e}");
    let e = refused(response(
        ours,
        json!({ "linkId": "age", "answer": [{ "valueString": "sixty" }] }),
    ));
    assert_eq!(e.item, "age");
    let e = refused(response(
        ours,
        json!({ "linkId": "age", "answer": [{ "valueInteger": 150 }] }),
    ));
    assert_eq!(e.item, "age");
    let e = refused(response(
        ours,
        json!({ "linkId": "abi", "item": [{ "linkId": "abi.arm_left", "answer": [{ "valueDecimal": 900 }] }] }),
    ));
    assert_eq!(e.item, "abi.arm_left");
    let both = json!({ "linkId": "known_conditions", "answer": [
        { "valueCoding": { "system": ANSWER_SYSTEM, "code": "diabetes" } },
        { "valueCoding": { "system": ANSWER_SYSTEM, "code": "none" } },
    ]});
    assert_eq!(refused(response(ours, both)).item, "known_conditions");
    assert_eq!(
        from_response(engine, "{\"resourceType\": \"Patient\"}")
            .unwrap_err()
            .item,
        "resourceType"
    );
    assert_eq!(
        from_response(engine, "not json").unwrap_err().item,
        "document"
    );
    // The same answer in good order is read.
    let doc = from_response(
        engine,
        &response(
            &format!("{ours}|{}", engine.kb.version),
            coded("ecq_walk_pain", ANSWER_SYSTEM, "yes"),
        ),
    )
    .unwrap();
    assert_eq!(
        doc.answers.get("ecq_walk_pain"),
        Some(&Answer::One("yes".into()))
    );
}

/// Bad or foreign responses are refused with the item named, never read as "no answer":
/// lists that are not lists, a response with nothing in it, one withdrawn as entered in error,
/// and answers to questions LegCheck would not ask with the other answers (a renderer that
/// ignores a condition shows every question).
#[test]
fn malformed_withdrawn_empty_or_unasked_responses_are_refused_naming_the_item() {
    use legcheck_interop::fhir::{from_response, ANSWER_SYSTEM, QUESTIONNAIRE_URL};
    let engine = engine();
    let coded = |code: &str| json!({ "valueCoding": { "system": ANSWER_SYSTEM, "code": code } });
    let response = |status: &str, item: Value| {
        json!({
            "resourceType": "QuestionnaireResponse",
            "questionnaire": QUESTIONNAIRE_URL,
            "status": status,
            "item": item,
        })
        .to_string()
    };
    let refused = |json: String, item: &str| {
        let e = from_response(engine, &json).expect_err(&json);
        assert_eq!(e.item, item, "{e}");
    };
    // A "yes" to an emergency sign given as an object instead of a list is not dropped.
    refused(
        response(
            "completed",
            json!([{ "linkId": "rf_sudden_cold_leg", "answer": coded("yes") }]),
        ),
        "rf_sudden_cold_leg",
    );
    refused(response("completed", json!({ "linkId": "age" })), "item");
    refused(response("completed", json!([])), "item");
    refused(
        response(
            "entered-in-error",
            json!([{ "linkId": "rf_sudden_cold_leg", "answer": [coded("no")] }]),
        ),
        "status",
    );
    // No walking pain, but the ECQ's follow-ups answered anyway: refused, not evaluated.
    let unasked = json!([
        { "linkId": "age", "answer": [{ "valueInteger": 60 }] },
        { "linkId": "ecq_walk_pain", "answer": [coded("no")] },
        { "linkId": "ecq_uphill", "answer": [coded("yes")] },
    ]);
    refused(response("completed", unasked), "ecq_uphill");
    // The same without the unasked answer is read.
    let fine = json!([
        { "linkId": "age", "answer": [{ "valueInteger": 60 }] },
        { "linkId": "ecq_walk_pain", "answer": [coded("no")] },
    ]);
    let doc = from_response(engine, &response("completed", fine)).unwrap();
    assert_eq!(
        doc.answers.get("ecq_walk_pain"),
        Some(&Answer::One("no".into()))
    );
}

/// A journey answered to its end (the first option of every question the flow asks, a number
/// in range) and the same journey stopped after three answers.
fn journey(stop_after: Option<usize>) -> legcheck_engine::AnswersDoc {
    let engine = engine();
    let mut doc = doc(1);
    doc.answers.clear();
    doc.abi = None;
    while let Some(q) = engine.next_question(&doc.answers) {
        if stop_after.is_some_and(|n| doc.answers.len() >= n) {
            break;
        }
        let answer = match q.kind {
            legcheck_engine::model::QuestionKind::Number => Answer::Number(q.min.unwrap_or(0.0)),
            legcheck_engine::model::QuestionKind::Multi => {
                Answer::Many(vec![q.option_ids()[0].clone()])
            }
            _ => Answer::One(q.option_ids()[0].clone()),
        };
        doc.answers.insert(q.id.clone(), answer);
        assert!(
            doc.answers.len() <= engine.kb.questions.len(),
            "the flow ends"
        );
    }
    doc
}

/// A response is `completed` only when the flow has nothing left to ask; a partly answered
/// one is `in-progress`, and it is still read back and evaluated on what it holds.
#[test]
fn a_partly_answered_response_is_in_progress_and_a_finished_one_completed() {
    let engine = engine();
    let status = |doc: &legcheck_engine::AnswersDoc| {
        serde_json::to_value(questionnaire_response(engine, doc, "2026-11-26T10:00:00Z")).unwrap()
            ["status"]
            .clone()
    };
    let finished = journey(None);
    assert!(engine.next_question(&finished.answers).is_none());
    assert_eq!(status(&finished), "completed");
    let partial = journey(Some(3));
    assert_eq!(partial.answers.len(), 3);
    assert!(engine.next_question(&partial.answers).is_some());
    assert_eq!(status(&partial), "in-progress");
    // Nothing answered at all is in progress too.
    let mut empty = partial.clone();
    empty.answers.clear();
    assert_eq!(status(&empty), "in-progress");
    // The importer accepts `in-progress` and evaluates the answers there are.
    let text = serde_json::to_string(&questionnaire_response(
        engine,
        &partial,
        "2026-11-26T10:00:00Z",
    ))
    .unwrap();
    let back = from_response(engine, &text).unwrap();
    assert_eq!(back.answers, partial.answers);
}
