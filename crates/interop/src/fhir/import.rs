//! A QuestionnaireResponse to LegCheck's Questionnaire (from LegCheck, or filled in a clinic's
//! own renderer such as LHC-Forms) read back into an answers document, checked like any other
//! outside input: a response to another questionnaire, an unknown item, an answer of the wrong
//! type or outside the question's options is refused with an error naming the item, and a kind
//! (`Problem`) the app words for the person. The JSON is read into typed, tolerant structs
//! (`json`), so the app can use this importer without a generic JSON tree in its wasm.

use std::fmt;

use serde::Deserialize;

use legcheck_engine::answers::{migrate, validate, Answer, AnswerMap, AnswersDoc};
use legcheck_engine::expr::DONT_KNOW;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::model::{Question, QuestionKind};
use legcheck_engine::Engine;

use super::enable::is_integer;
use super::{
    ABI_FIELDS, ANSWER_SYSTEM, EXT_DATA_ABSENT, OLD_ANSWER_SYSTEM, OLD_QUESTIONNAIRE_URL,
    QUESTIONNAIRE_URL,
};

mod emergency;
mod json;

pub use json::MAX_ELEMENTS;
use json::{Node, Object};

/// The largest response read, in bytes of JSON: LegCheck's own are a few kilobytes, so anything
/// this large is not one, and is refused before it is parsed.
pub const MAX_RESPONSE_BYTES: usize = 1_000_000;

/// What kind of problem refused a response, for a message in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON at all.
    NotJson,
    /// Larger than `MAX_RESPONSE_BYTES`, or with more than `MAX_ELEMENTS` objects and lists.
    TooLarge,
    /// JSON, but not a QuestionnaireResponse.
    NotAResponse,
    /// A response to another questionnaire.
    Foreign,
    /// Marked entered-in-error.
    Withdrawn,
    /// Laid out otherwise than FHIR says (a list that is not a list, an item without linkId,
    /// a key given twice in one object).
    Malformed,
    /// No answers at all.
    Empty,
    /// An answer to an item LegCheck's Questionnaire does not have.
    UnknownItem,
    /// An answer LegCheck's question does not accept (wrong type, code or range; twice).
    BadAnswer,
    /// An answer to a question LegCheck would not ask with the other answers.
    NotAsked,
}

/// Why a QuestionnaireResponse was refused: the item (its linkId, or a top-level element such
/// as `questionnaire`), what is wrong (in English, for the command line and the console), and
/// its kind. A refused response to LegCheck's Questionnaire can still say that the person
/// needs emergency care: `emergency` lists the emergency signs (red flag ids) its individually
/// valid red-flag answers show (`emergency::signs`), so that the refusal never hides them.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub item: String,
    pub message: String,
    pub problem: Problem,
    pub emergency: Vec<String>,
    /// No answers could be read: the text was refused (too large, too many objects and lists,
    /// a key given twice, not JSON), or it is not a response to LegCheck's Questionnaire, is
    /// withdrawn as entered in error, or its `item` is not a list. Whether it shows emergency
    /// signs is unknown, and `emergency` being empty says nothing.
    pub unread: bool,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "item `{}`: {}", self.item, self.message)?;
        if self.unread {
            write!(
                f,
                " (its answers could not be read, so they were not checked for emergency signs)"
            )?;
        }
        if !self.emergency.is_empty() {
            write!(
                f,
                " (yet its answers show emergency signs: {})",
                self.emergency.join(", ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

fn error<T>(problem: Problem, item: &str, message: impl Into<String>) -> Result<T, ImportError> {
    Err(ImportError {
        item: item.into(),
        message: message.into(),
        problem,
        emergency: Vec::new(),
        unread: false,
    })
}

/// A QuestionnaireResponse as received, not yet checked: any JSON value (an embedding clinic's
/// `legcheck:init` carries one inside its message), read with `read_response`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct IncomingResponse {
    tree: Object,
    /// Set when the response's own text was refused before it was read (too large, too many
    /// objects and lists, a key given twice): `read_response` gives this error back. Used for
    /// a response carried inside something larger (`embed::parse_command`), whose text is
    /// checked on its own as a file's would be, so the rest of the message still applies.
    #[serde(skip)]
    refused: Option<Box<ImportError>>,
}

impl IncomingResponse {
    /// Checks a response's JSON text exactly as a file's (`parse_response`: size, objects and
    /// lists, repeated keys) and keeps a refusal to be given back by `read_response`, so that
    /// whoever carries the text (a clinic's `legcheck:init`) can still be answered.
    pub fn from_text(json: &str) -> Self {
        parse_response(json).unwrap_or_else(|e| IncomingResponse {
            tree: Object::Absent,
            refused: Some(Box::new(e)),
        })
    }
}

/// Parses JSON text into a response to check (`read_response`); only text that is not JSON
/// (or too large to be a response) is refused here, and a key given twice in one object is
/// malformed, not "not JSON".
pub fn parse_response(json: &str) -> Result<IncomingResponse, ImportError> {
    parse_text(json).map_err(|e| ImportError { unread: true, ..e })
}

fn parse_text(json: &str) -> Result<IncomingResponse, ImportError> {
    if json.len() > MAX_RESPONSE_BYTES {
        return error(
            Problem::TooLarge,
            "document",
            format!("larger than {MAX_RESPONSE_BYTES} bytes"),
        );
    }
    // Counted before parsing: each object would become a tree node.
    if json::containers(json) > MAX_ELEMENTS {
        return error(
            Problem::TooLarge,
            "document",
            format!("more than {MAX_ELEMENTS} objects and lists"),
        );
    }
    // The structs accept any JSON value, so the only data error left is a repeated key.
    serde_json::from_str(json).or_else(|e| match e.classify() {
        serde_json::error::Category::Data => error(
            Problem::Malformed,
            "document",
            format!("a key is given twice in one object: {e}"),
        ),
        _ => error(Problem::NotJson, "document", format!("invalid JSON: {e}")),
    })
}

/// Reads a QuestionnaireResponse (JSON text) into an answers document, validated against the
/// knowledge base (answers given under an earlier knowledge base are moved first, as for every
/// other reader).
pub fn from_response(engine: &Engine, json: &str) -> Result<AnswersDoc, ImportError> {
    read_response(engine, &parse_response(json)?)
}

/// The list field `field` of the item at `at`: absent is empty; anything but a list of objects
/// is refused, naming where it is, rather than read as "no answer".
fn list<'a>(value: &'a json::List, field: &str, at: &str) -> Result<&'a [Node], ImportError> {
    value.get().map_or_else(
        || error(Problem::Malformed, at, format!("`{field}` must be a list")),
        Ok,
    )
}

/// Every item of the response, however nested (under items or under answers), in order.
fn flatten<'a>(items: &'a [Node], out: &mut Vec<&'a Node>) -> Result<(), ImportError> {
    for item in items {
        out.push(item);
        let at = item.link_id.text().unwrap_or("item");
        flatten(list(&item.item, "item", at)?, out)?;
        for answer in list(&item.answer, "answer", at)? {
            flatten(list(&answer.item, "item", at)?, out)?;
        }
    }
    Ok(())
}

/// Checks a received response and reads it into an answers document (see `from_response`).
/// A refused response to LegCheck's Questionnaire carries the emergency signs its valid
/// red-flag answers show (`ImportError::emergency`).
pub fn read_response(
    engine: &Engine,
    response: &IncomingResponse,
) -> Result<AnswersDoc, ImportError> {
    check(engine, response).map_err(|mut e| {
        match emergency::signs(engine, response) {
            Some(signs) => e.emergency = signs,
            None => e.unread = true,
        }
        e
    })
}

/// The resource, if it is a QuestionnaireResponse to LegCheck's Questionnaire that is not
/// withdrawn, with the Questionnaire version it names (empty when none).
fn ours(response: &IncomingResponse) -> Result<(&Node, &str), ImportError> {
    let resource = match &response.tree {
        Object::Is(r) if r.resource_type.text() == Some("QuestionnaireResponse") => &**r,
        _ => {
            return error(
                Problem::NotAResponse,
                "resourceType",
                "expected a QuestionnaireResponse",
            )
        }
    };
    let canonical = resource.questionnaire.text().unwrap_or_default();
    let (url, version) = canonical.split_once('|').unwrap_or((canonical, ""));
    if url != QUESTIONNAIRE_URL && url != OLD_QUESTIONNAIRE_URL {
        return error(
            Problem::Foreign,
            "questionnaire",
            format!("`{canonical}` is not LegCheck's Questionnaire ({QUESTIONNAIRE_URL})"),
        );
    }
    // A response withdrawn as entered in error says nothing about the person.
    if resource.status.text() == Some("entered-in-error") {
        return error(
            Problem::Withdrawn,
            "status",
            "the response is marked entered-in-error",
        );
    }
    Ok((resource, version))
}

fn check(engine: &Engine, response: &IncomingResponse) -> Result<AnswersDoc, ImportError> {
    if let Some(refused) = &response.refused {
        return Err((**refused).clone());
    }
    let (resource, version) = ours(response)?;
    let mut items = Vec::new();
    flatten(list(&resource.item, "item", "item")?, &mut items)?;
    let mut answers = AnswerMap::new();
    let mut abi = AbiInput::default();
    let mut any_abi = false;
    for item in items {
        let Some(link) = item.link_id.text() else {
            return error(Problem::Malformed, "item", "an item has no linkId");
        };
        let given = item.answer.get().unwrap_or_default();
        if link == "abi" || given.is_empty() {
            continue;
        }
        if let Some(i) = ABI_FIELDS.iter().position(|(l, _, _)| *l == link) {
            let [one] = given else {
                return error(Problem::BadAnswer, link, "expected one pressure");
            };
            let Some(v) = one.value_decimal.number().or(one.value_integer.number()) else {
                return error(
                    Problem::BadAnswer,
                    link,
                    "expected a pressure in mmHg (valueDecimal)",
                );
            };
            let slot = [
                &mut abi.arm_left,
                &mut abi.arm_right,
                &mut abi.left_dp,
                &mut abi.left_pt,
                &mut abi.right_dp,
                &mut abi.right_pt,
            ];
            if let Some(slot) = slot.into_iter().nth(i) {
                *slot = Some(v);
            }
            any_abi = true;
            continue;
        }
        let Some(q) = engine.kb.question(link) else {
            return error(
                Problem::UnknownItem,
                link,
                "not a question of LegCheck's Questionnaire",
            );
        };
        let answer = answer(q, given)?;
        if answers.insert(link.to_string(), answer).is_some() {
            return error(Problem::BadAnswer, link, "answered twice");
        }
    }
    if answers.is_empty() && !any_abi {
        return error(Problem::Empty, "item", "the response has no answers");
    }
    let given: Vec<String> = answers.keys().cloned().collect();
    migrate(
        &engine.kb,
        &mut answers,
        (!version.is_empty()).then_some(version),
    );
    // A value the question does not accept is reported first: it is what is wrong, and it can
    // make the questions that follow it look unasked.
    let mut doc = AnswersDoc {
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
        error(Problem::BadAnswer, &item, e.message)
    })?;
    // Answers to questions LegCheck would not ask with the other answers (a renderer that
    // ignores a condition shows every question) are refused, not evaluated: they could raise
    // a cause the flow rules out. (An answer the migration inferred is simply not kept.)
    let mut asked = doc.answers.clone();
    for removed in engine.prune(&mut asked) {
        if given.contains(&removed) {
            return error(
                Problem::NotAsked,
                &removed,
                "answered, but LegCheck would not ask this question with the other answers",
            );
        }
        doc.answers.remove(&removed);
    }
    Ok(doc)
}

/// The answer an item gives to question `q` (`given`: its `answer` list, not empty).
fn answer(q: &Question, given: &[Node]) -> Result<Answer, ImportError> {
    let link = q.id.as_str();
    Ok(match q.kind {
        QuestionKind::Number => {
            let [one] = given else {
                return error(Problem::BadAnswer, link, "expected one number");
            };
            let n = one.value_integer.number().or(one.value_decimal.number());
            match n {
                // An age is in whole years (an `integer` item; a response to the earlier
                // Questionnaire, which typed it decimal, may give a whole valueDecimal).
                Some(n) if is_integer(q) && n.fract() != 0.0 => {
                    return error(
                        Problem::BadAnswer,
                        link,
                        "expected a whole number of years (valueInteger)",
                    )
                }
                Some(n) => Answer::Number(n),
                None if absent(one) => Answer::One(DONT_KNOW.into()),
                None => return error(Problem::BadAnswer, link, "expected a number (valueInteger), or data-absent-reason asked-unknown for \"I don't know\""),
            }
        }
        QuestionKind::YesNo | QuestionKind::Single => {
            let [one] = given else {
                return error(Problem::BadAnswer, link, "expected one answer");
            };
            Answer::One(code(link, one)?)
        }
        QuestionKind::Multi | QuestionKind::BodyRegions => Answer::Many(
            given
                .iter()
                .map(|a| code(link, a))
                .collect::<Result<_, _>>()?,
        ),
    })
}

/// An answer with no value and the data-absent-reason `asked-unknown`: "I don't know", as
/// LegCheck writes it. Another reason (`masked`, `not-asked`, ...) is not that answer.
fn absent(answer: &Node) -> bool {
    answer.extension.get().unwrap_or_default().iter().any(|e| {
        e.url.text() == Some(EXT_DATA_ABSENT) && e.value_code.text() == Some("asked-unknown")
    })
}

/// The code of a `valueCoding` from LegCheck's answer code system.
fn code(link: &str, answer: &Node) -> Result<String, ImportError> {
    let Object::Is(coding) = &answer.value_coding else {
        return error(
            Problem::BadAnswer,
            link,
            "expected a coded answer (valueCoding)",
        );
    };
    let system = coding.system.text().unwrap_or_default();
    if system != ANSWER_SYSTEM && system != OLD_ANSWER_SYSTEM {
        return error(
            Problem::BadAnswer,
            link,
            format!("answer code system `{system}` is not LegCheck's ({ANSWER_SYSTEM})"),
        );
    }
    match coding.code.text() {
        Some(c) => Ok(c.to_string()),
        None => error(Problem::BadAnswer, link, "a coded answer has no code"),
    }
}
