//! A person's answers as a FHIR R4 QuestionnaireResponse to LegCheck's Questionnaire: every
//! answer to a question the flow asks (none to a question whose condition is false), "I don't
//! know" included (a `dont_know` coding; for a number, an answer with no value and the
//! data-absent-reason `asked-unknown`), the ABI pressures in the `abi` group, `authored`, and
//! `status`: `completed` only when the flow has nothing left to ask, else `in-progress`.
//! Typed structs, so the app's wasm carries no generic JSON values.

use serde::Serialize;

use legcheck_engine::answers::{Answer, AnswersDoc};
use legcheck_engine::model::{Question, QuestionKind};
use legcheck_engine::Engine;

use super::enable::is_integer;
use super::{
    answer_display, ABI_FIELDS, ABI_GROUP, ANSWER_SYSTEM, EXT_DATA_ABSENT, QUESTIONNAIRE_URL,
};

/// One answer of a QuestionnaireResponse item.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum ResponseAnswer<'a> {
    ValueCoding(Coding<'a>),
    ValueDecimal(f64),
    ValueInteger(i64),
    /// No value: why it is absent.
    Extension([DataAbsent; 1]),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DataAbsent {
    url: &'static str,
    value_code: &'static str,
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer: Vec<ResponseAnswer<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<ResponseItem<'a>>,
}

/// A resource's human-readable summary.
#[derive(Serialize)]
struct Narrative {
    status: &'static str,
    div: String,
}

/// A FHIR R4 QuestionnaireResponse.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse<'a> {
    resource_type: &'static str,
    text: Narrative,
    questionnaire: String,
    status: &'static str,
    authored: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<ResponseItem<'a>>,
}

fn coding<'a>(q: &'a Question, code: &'a str) -> ResponseAnswer<'a> {
    ResponseAnswer::ValueCoding(Coding {
        system: ANSWER_SYSTEM,
        code,
        display: answer_display(q, code),
    })
}

fn answers<'a>(q: &'a Question, answer: &'a Answer) -> Vec<ResponseAnswer<'a>> {
    match answer {
        // An age is in whole years (an `integer` item).
        Answer::Number(n) if is_integer(q) => vec![ResponseAnswer::ValueInteger(n.floor() as i64)],
        Answer::Number(n) => vec![ResponseAnswer::ValueDecimal(*n)],
        Answer::One(_) if q.kind == QuestionKind::Number => {
            vec![ResponseAnswer::Extension([DataAbsent {
                url: EXT_DATA_ABSENT,
                value_code: "asked-unknown",
            }])]
        }
        Answer::One(code) => vec![coding(q, code)],
        Answer::Many(codes) => codes.iter().map(|c| coding(q, c)).collect(),
    }
}

/// `completed` when the flow has nothing left to ask (the person can see a result), else
/// `in-progress`: a partly answered journey must not be filed as a finished questionnaire.
pub fn status(engine: &Engine, doc: &AnswersDoc) -> &'static str {
    if engine.next_question(&doc.answers).is_some() {
        "in-progress"
    } else {
        "completed"
    }
}

/// A person's answers as a FHIR R4 QuestionnaireResponse. `authored` is an ISO 8601 date-time
/// with a time zone (`2026-11-26T10:00:00Z`).
pub fn questionnaire_response<'a>(
    engine: &'a Engine,
    doc: &'a AnswersDoc,
    authored: &'a str,
) -> QuestionnaireResponse<'a> {
    let mut item: Vec<ResponseItem> = engine
        .active_questions(&doc.answers)
        .into_iter()
        .filter_map(|q| {
            let answer = answers(q, doc.answers.get(&q.id)?);
            (!answer.is_empty()).then_some(ResponseItem {
                link_id: &q.id,
                text: &q.text,
                answer,
                item: Vec::new(),
            })
        })
        .collect();
    if let Some(abi) = &doc.abi {
        let values = [
            abi.arm_left,
            abi.arm_right,
            abi.left_dp,
            abi.left_pt,
            abi.right_dp,
            abi.right_pt,
        ];
        let pressures: Vec<ResponseItem> = ABI_FIELDS
            .iter()
            .zip(values)
            .filter_map(|((link, text, _), value)| {
                Some(ResponseItem {
                    link_id: link,
                    text,
                    answer: vec![ResponseAnswer::ValueDecimal(value?)],
                    item: Vec::new(),
                })
            })
            .collect();
        if !pressures.is_empty() {
            item.push(ResponseItem {
                link_id: "abi",
                text: ABI_GROUP,
                answer: Vec::new(),
                item: pressures,
            });
        }
    }
    let answered = item.iter().filter(|i| i.link_id != "abi").count();
    let text = Narrative {
        status: "generated",
        div: format!(
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Answers to LegCheck (knowledge base {}): {answered} questions answered{}.</p></div>",
            engine.kb.version,
            if doc.abi.is_some() { ", with ankle-brachial pressures" } else { "" }
        ),
    };
    QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        text,
        questionnaire: format!("{QUESTIONNAIRE_URL}|{}", engine.kb.version),
        status: status(engine, doc),
        authored,
        item,
    }
}
