//! A QuestionnaireResponse to LegCheck's Questionnaire (from LegCheck, or filled in a clinic's
//! own renderer such as LHC-Forms) read back into an answers document, checked like any other
//! outside input: a response to another questionnaire, an unknown item, an answer of the wrong
//! type or outside the question's options is refused with an error naming the item.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use legcheck_engine::answers::{migrate, validate, Answer, AnswersDoc};
use legcheck_engine::expr::DONT_KNOW;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::model::QuestionKind;
use legcheck_engine::Engine;

use super::{
    ABI_FIELDS, ANSWER_SYSTEM, EXT_DATA_ABSENT, OLD_ANSWER_SYSTEM, OLD_QUESTIONNAIRE_URL,
    QUESTIONNAIRE_URL,
};

/// Why a QuestionnaireResponse was refused: the item (its linkId, or a top-level element such
/// as `questionnaire`) and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub item: String,
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "item `{}`: {}", self.item, self.message)
    }
}

impl std::error::Error for ImportError {}

fn error<T>(item: &str, message: impl Into<String>) -> Result<T, ImportError> {
    Err(ImportError {
        item: item.into(),
        message: message.into(),
    })
}

/// A list field (`item`, `answer`): absent is empty; anything but a list is refused, naming
/// where it is, rather than read as "no answer".
fn list<'a>(value: &'a Value, field: &str, at: &str) -> Result<&'a [Value], ImportError> {
    match value.get(field) {
        None => Ok(&[]),
        Some(Value::Array(list)) => Ok(list),
        Some(_) => error(at, format!("`{field}` must be a list")),
    }
}

/// Every item of the response, however nested (under items or under answers), in order.
fn flatten<'a>(items: &'a [Value], out: &mut Vec<&'a Value>) -> Result<(), ImportError> {
    for item in items {
        out.push(item);
        let at = item.get("linkId").and_then(Value::as_str).unwrap_or("item");
        flatten(list(item, "item", at)?, out)?;
        for answer in list(item, "answer", at)? {
            flatten(list(answer, "item", at)?, out)?;
        }
    }
    Ok(())
}

/// Reads a QuestionnaireResponse (JSON text) into an answers document, validated against the
/// knowledge base (answers given under an earlier knowledge base are moved first, as for every
/// other reader).
pub fn from_response(engine: &Engine, json: &str) -> Result<AnswersDoc, ImportError> {
    let resource: Value =
        serde_json::from_str(json).or_else(|e| error("document", format!("invalid JSON: {e}")))?;
    if resource.get("resourceType").and_then(Value::as_str) != Some("QuestionnaireResponse") {
        return error("resourceType", "expected a QuestionnaireResponse");
    }
    let canonical = resource
        .get("questionnaire")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let (url, version) = canonical.split_once('|').unwrap_or((canonical, ""));
    if url != QUESTIONNAIRE_URL && url != OLD_QUESTIONNAIRE_URL {
        return error(
            "questionnaire",
            format!("`{canonical}` is not LegCheck's Questionnaire ({QUESTIONNAIRE_URL})"),
        );
    }
    // A response withdrawn as entered in error says nothing about the person.
    if resource.get("status").and_then(Value::as_str) == Some("entered-in-error") {
        return error("status", "the response is marked entered-in-error");
    }
    let mut items = Vec::new();
    flatten(list(&resource, "item", "item")?, &mut items)?;
    let mut answers = BTreeMap::new();
    let mut abi = AbiInput::default();
    let mut any_abi = false;
    for item in items {
        let Some(link) = item.get("linkId").and_then(Value::as_str) else {
            return error("item", "an item has no linkId");
        };
        let given: &[Value] = item
            .get("answer")
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice);
        if link == "abi" || given.is_empty() {
            continue;
        }
        if let Some(i) = ABI_FIELDS.iter().position(|(l, _, _)| *l == link) {
            let [one] = given else {
                return error(link, "expected one pressure");
            };
            let Some(v) = one
                .get("valueDecimal")
                .or_else(|| one.get("valueInteger"))
                .and_then(Value::as_f64)
            else {
                return error(link, "expected a pressure in mmHg (valueDecimal)");
            };
            let slot = [
                &mut abi.arm_left,
                &mut abi.arm_right,
                &mut abi.left_dp,
                &mut abi.left_pt,
                &mut abi.right_dp,
                &mut abi.right_pt,
            ];
            *slot.into_iter().nth(i).expect("six fields") = Some(v);
            any_abi = true;
            continue;
        }
        let Some(q) = engine.kb.question(link) else {
            return error(link, "not a question of LegCheck's Questionnaire");
        };
        let answer = match q.kind {
            QuestionKind::Number => {
                let [one] = given else {
                    return error(link, "expected one number");
                };
                if let Some(n) = one
                    .get("valueInteger")
                    .or_else(|| one.get("valueDecimal"))
                    .and_then(Value::as_f64)
                {
                    Answer::Number(n)
                } else if absent(one) {
                    Answer::One(DONT_KNOW.into())
                } else {
                    return error(link, "expected a number (valueInteger), or data-absent-reason asked-unknown for \"I don't know\"");
                }
            }
            QuestionKind::YesNo | QuestionKind::Single => {
                let [one] = given else {
                    return error(link, "expected one answer");
                };
                Answer::One(code(link, one)?)
            }
            QuestionKind::Multi | QuestionKind::BodyRegions => Answer::Many(
                given
                    .iter()
                    .map(|a| code(link, a))
                    .collect::<Result<_, _>>()?,
            ),
        };
        if answers.insert(link.to_string(), answer).is_some() {
            return error(link, "answered twice");
        }
    }
    if answers.is_empty() && !any_abi {
        return error("item", "the response has no answers");
    }
    let given: Vec<String> = answers.keys().cloned().collect();
    migrate(
        &engine.kb,
        &mut answers,
        (!version.is_empty()).then_some(version),
    );
    // Answers to questions LegCheck would not ask with the other answers (a renderer that
    // ignores a condition shows every question) are refused, not evaluated: they could raise
    // a cause the flow rules out. (An answer the migration inferred is simply not kept.)
    let mut asked = answers.clone();
    for removed in engine.prune(&mut asked) {
        if given.contains(&removed) {
            return error(
                &removed,
                "answered, but LegCheck would not ask this question with the other answers",
            );
        }
        answers.remove(&removed);
    }
    let doc = AnswersDoc {
        kb_version: (!version.is_empty()).then(|| version.to_string()),
        answers,
        abi: any_abi.then_some(abi),
    };
    validate(&engine.kb, &doc).or_else(|e| {
        let item = e
            .field
            .strip_prefix("answers.")
            .map(str::to_string)
            .unwrap_or(e.field.clone());
        error(&item, e.message)
    })?;
    Ok(doc)
}

/// An answer with no value and the data-absent-reason extension: "I don't know".
fn absent(answer: &Value) -> bool {
    answer
        .get("extension")
        .and_then(Value::as_array)
        .is_some_and(|list| {
            list.iter()
                .any(|e| e.get("url").and_then(Value::as_str) == Some(EXT_DATA_ABSENT))
        })
}

/// The code of a `valueCoding` from LegCheck's answer code system.
fn code(link: &str, answer: &Value) -> Result<String, ImportError> {
    let Some(coding) = answer.get("valueCoding") else {
        return error(link, "expected a coded answer (valueCoding)");
    };
    let system = coding
        .get("system")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if system != ANSWER_SYSTEM && system != OLD_ANSWER_SYSTEM {
        return error(
            link,
            format!("answer code system `{system}` is not LegCheck's ({ANSWER_SYSTEM})"),
        );
    }
    match coding.get("code").and_then(Value::as_str) {
        Some(c) => Ok(c.to_string()),
        None => error(link, "a coded answer has no code"),
    }
}
