//! HL7 FHIR R4 exports: the knowledge base's questions as a `Questionnaire`, and a person's
//! answers as the matching `QuestionnaireResponse` (linkIds are question ids, answers are codings
//! from the question's options, numbers are decimals). Built as JSON values; no FHIR library.

use serde_json::{json, Value};

use crate::answers::{Answer, AnswersDoc};
use crate::model::{Question, QuestionKind};
use crate::Engine;

/// The canonical URL of LegCheck's Questionnaire.
pub const QUESTIONNAIRE_URL: &str = "urn:legcheck:questionnaire";
/// The code system of answer codes (option ids, `yes`, `no`, `dont_know`, body regions).
pub const ANSWER_SYSTEM: &str = "urn:legcheck:answer";

fn item_type(q: &Question) -> &'static str {
    match q.kind {
        QuestionKind::Number => "decimal",
        _ => "choice",
    }
}

fn coding(q: &Question, code: &str) -> Value {
    let display = q
        .options
        .iter()
        .find(|o| o.id == code)
        .map(|o| o.text.clone())
        .unwrap_or_else(|| match code {
            "yes" => "Yes".into(),
            "no" => "No".into(),
            "dont_know" => "I don't know".into(),
            other => other.replace('_', " "),
        });
    json!({ "system": ANSWER_SYSTEM, "code": code, "display": display })
}

/// The knowledge base's questions as a FHIR R4 Questionnaire.
pub fn questionnaire(engine: &Engine) -> Value {
    let items: Vec<Value> = engine
        .kb
        .questions
        .iter()
        .map(|q| {
            let mut item = json!({
                "linkId": q.id,
                "text": q.text,
                "type": item_type(q),
                "required": false,
            });
            if matches!(q.kind, QuestionKind::Multi | QuestionKind::BodyRegions) {
                item["repeats"] = json!(true);
            }
            if q.kind != QuestionKind::Number {
                item["answerOption"] = q
                    .option_ids()
                    .iter()
                    .map(|id| json!({ "valueCoding": coding(q, id) }))
                    .collect();
            }
            item
        })
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "url": QUESTIONNAIRE_URL,
        "version": engine.kb.version,
        "name": "LegCheck",
        "title": "LegCheck: leg cramps and leg pain",
        "status": "active",
        "item": items,
    })
}

/// A person's answers as a FHIR R4 QuestionnaireResponse. `authored` is an ISO 8601 date-time.
pub fn questionnaire_response(engine: &Engine, doc: &AnswersDoc, authored: &str) -> Value {
    let items: Vec<Value> = engine
        .kb
        .questions
        .iter()
        .filter_map(|q| {
            let answers: Vec<Value> = match doc.answers.get(&q.id)? {
                Answer::Number(n) => vec![json!({ "valueDecimal": n })],
                // A number the person did not know is left unanswered.
                Answer::One(_) if q.kind == QuestionKind::Number => return None,
                Answer::One(code) => vec![json!({ "valueCoding": coding(q, code) })],
                Answer::Many(codes) => codes
                    .iter()
                    .map(|c| json!({ "valueCoding": coding(q, c) }))
                    .collect(),
            };
            (!answers.is_empty())
                .then(|| json!({ "linkId": q.id, "text": q.text, "answer": answers }))
        })
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{QUESTIONNAIRE_URL}|{}", engine.kb.version),
        "status": "completed",
        "authored": authored,
        "item": items,
    })
}
