//! HL7 FHIR R4 exports: the knowledge base's questions as a `Questionnaire`, and a person's
//! answers as the matching `QuestionnaireResponse` (linkIds are question ids, answers are codings
//! from the question's options, numbers are decimals). Built as JSON values; no FHIR library.

use serde::Serialize;
use serde_json::{json, Value};

use legcheck_engine::answers::{Answer, AnswersDoc};
use legcheck_engine::model::{Question, QuestionKind};
use legcheck_engine::Engine;

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

/// One answer of a QuestionnaireResponse item.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum ResponseAnswer<'a> {
    ValueCoding(Coding<'a>),
    ValueDecimal(f64),
}

#[derive(Serialize)]
struct Coding<'a> {
    system: &'static str,
    code: &'a str,
    display: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResponseItem<'a> {
    link_id: &'a str,
    text: &'a str,
    answer: Vec<ResponseAnswer<'a>>,
}

/// A FHIR R4 QuestionnaireResponse (typed, so the app's wasm needs no generic JSON values).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse<'a> {
    resource_type: &'static str,
    questionnaire: String,
    status: &'static str,
    authored: &'a str,
    item: Vec<ResponseItem<'a>>,
}

fn typed_coding<'a>(q: &'a Question, code: &'a str) -> Coding<'a> {
    let display = match q.options.iter().find(|o| o.id == code) {
        Some(o) => o.text.clone(),
        None => match code {
            "yes" => "Yes".into(),
            "no" => "No".into(),
            "dont_know" => "I don't know".into(),
            other => other.replace('_', " "),
        },
    };
    Coding {
        system: ANSWER_SYSTEM,
        code,
        display,
    }
}

/// A person's answers as a FHIR R4 QuestionnaireResponse. `authored` is an ISO 8601 date-time.
pub fn questionnaire_response<'a>(
    engine: &'a Engine,
    doc: &'a AnswersDoc,
    authored: &'a str,
) -> QuestionnaireResponse<'a> {
    let item = engine
        .kb
        .questions
        .iter()
        .filter_map(|q| {
            let answer: Vec<ResponseAnswer> = match doc.answers.get(&q.id)? {
                Answer::Number(n) => vec![ResponseAnswer::ValueDecimal(*n)],
                // A number the person did not know is left unanswered.
                Answer::One(_) if q.kind == QuestionKind::Number => return None,
                Answer::One(code) => vec![ResponseAnswer::ValueCoding(typed_coding(q, code))],
                Answer::Many(codes) => codes
                    .iter()
                    .map(|c| ResponseAnswer::ValueCoding(typed_coding(q, c)))
                    .collect(),
            };
            (!answer.is_empty()).then_some(ResponseItem {
                link_id: &q.id,
                text: &q.text,
                answer,
            })
        })
        .collect();
    QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        questionnaire: format!("{QUESTIONNAIRE_URL}|{}", engine.kb.version),
        status: "completed",
        authored,
        item,
    }
}
