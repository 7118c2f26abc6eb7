//! The answers document: its JSON shape, decoding, and validation against the knowledge base.
//! Everything that arrives from outside (stdin of `legcheck-eval`, saved state, share links,
//! embed messages) passes through `decode`, which names the bad field instead of panicking.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::expr::{parse, Facts, Truth, Value, DONT_KNOW, NOT_SURE};
use crate::id_map::IdMap;
pub use crate::id_map::{AnswerMap, MAX_ANSWERS};
use crate::instruments::{check_abi, AbiInput};
use crate::model::{split_region, KnowledgeBase, Question, QuestionKind};

/// One answer: a choice id (including `yes`, `no`, `dont_know`), a list of ids (multiple
/// choice, body regions), or a number. In JSON it is the bare value; its decoder is written by
/// hand (`AnswerVisitor`) because serde's `untagged` buffers every value in a generic tree first,
/// which cost the app's wasm about 3 KB raw (711 B brotli) for nothing an answer needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    Number(f64),
    One(String),
    Many(Vec<String>),
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl<'de> serde::de::Visitor<'de> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a choice id, a list of ids or a number")
    }

    fn visit_f64<E>(self, v: f64) -> Result<Answer, E> {
        Ok(Answer::Number(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Answer, E> {
        Ok(Answer::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Answer, E> {
        Ok(Answer::Number(v as f64))
    }

    fn visit_str<E>(self, v: &str) -> Result<Answer, E> {
        Ok(Answer::One(v.to_owned()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Answer, A::Error> {
        let mut ids = Vec::new();
        while let Some(id) = seq.next_element::<String>()? {
            ids.push(id);
        }
        Ok(Answer::Many(ids))
    }
}

/// The answers document, as documented in `docs/ANSWERS.md`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersDoc {
    /// The knowledge-base version the answers were given under (optional on input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kb_version: Option<String>,
    /// Question id to answer.
    #[serde(default)]
    pub answers: AnswerMap,
    /// Optional clinician-measured pressures for the ankle-brachial index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abi: Option<AbiInput>,
}

/// Why an answers document was rejected, naming the field at fault.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswersError {
    /// A JSON path such as `answers.walk_pain`, or `document` for a syntax error.
    pub field: String,
    pub message: String,
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for AnswersError {}

fn error(field: impl Into<String>, message: impl Into<String>) -> AnswersError {
    AnswersError {
        field: field.into(),
        message: message.into(),
    }
}

/// Parses and validates an answers document against `kb`, after moving answers given under an
/// earlier knowledge base to where this one asks them (`migrate`).
pub fn decode(kb: &KnowledgeBase, json: &str) -> Result<AnswersDoc, AnswersError> {
    let mut doc: AnswersDoc =
        serde_json::from_str(json).map_err(|e| error("document", format!("invalid JSON: {e}")))?;
    migrate(kb, &mut doc.answers, doc.kb_version.as_deref());
    validate(kb, &doc)?;
    Ok(doc)
}

/// The knowledge base that made pregnancy its own question.
const PREGNANCY_ASKED_APART: [u32; 3] = [2026, 11, 5];

/// Whether `version` (`2026.11.4`) is older than `than`; an unreadable version is not.
fn older(version: &str, than: [u32; 3]) -> bool {
    let parts: Vec<u32> = version.split('.').filter_map(|p| p.parse().ok()).collect();
    parts.len() == 3 && parts[..] < than[..]
}

/// Answers saved, shared or exported before knowledge base 2026.11.5 (`version`, when the
/// document says), rewritten so nothing the person said is lost, refused or misread:
/// - pregnancy was part of `known_conditions` ("Do you have any of these health conditions, or
///   are you pregnant?"); it is now its own question, `pregnancy`. A ticked `pregnant` or
///   `recent_birth` becomes that answer (`pregnant` if both were ticked: the rules read them
///   alike); if nothing else was ticked, `known_conditions` becomes "None of these". Under an
///   older version, an answer that ticked neither said "not pregnant" (`no`), and "I am not sure"
///   left pregnancy open (`dont_know`), as it did then, for anyone the question is asked of.
/// - `feelings` had a `walking_pain` option, which asked again what the ECQ's first question
///   (`ecq_walk_pain`) asks; it is dropped, and `feelings` with nothing else left is removed,
///   to be asked again.
pub fn migrate(kb: &KnowledgeBase, answers: &mut AnswerMap, version: Option<&str>) {
    // An answer is inferred only where the knowledge base's own condition for the pregnancy
    // question does not rule it out (an inferred answer would otherwise be pruned again).
    let derived = IdMap::new();
    let facts = AnswerFacts {
        answers,
        derived: &derived,
    };
    let may_be_asked = kb
        .question("pregnancy")
        .and_then(|q| q.ask_if.as_deref())
        .and_then(|src| parse(src).ok())
        .is_none_or(|ask_if| ask_if.eval(&facts) != Truth::False);
    if let Some(Answer::Many(list)) = answers.get_mut("known_conditions") {
        let moved = ["pregnant", "recent_birth"]
            .into_iter()
            .find(|old| list.iter().any(|x| x == old));
        let unsure = list.iter().any(|x| x == NOT_SURE);
        let pregnancy = if let Some(moved) = moved {
            list.retain(|x| x != "pregnant" && x != "recent_birth");
            if list.is_empty() {
                list.push("none".into());
            }
            Some(moved)
        } else if may_be_asked && version.is_some_and(|v| older(v, PREGNANCY_ASKED_APART)) {
            Some(if unsure { DONT_KNOW } else { "no" })
        } else {
            None
        };
        if let Some(pregnancy) = pregnancy {
            answers.or_insert_with("pregnancy".into(), || Answer::One(pregnancy.into()));
        }
    }
    if let Some(Answer::Many(list)) = answers.get_mut("feelings") {
        if list.iter().any(|x| x == "walking_pain") {
            list.retain(|x| x != "walking_pain");
            if list.is_empty() {
                answers.remove("feelings");
            }
        }
    }
}

/// Checks every answer against its question.
pub fn validate(kb: &KnowledgeBase, doc: &AnswersDoc) -> Result<(), AnswersError> {
    for (id, answer) in &doc.answers {
        let field = format!("answers.{id}");
        let question = kb
            .question(id)
            .ok_or_else(|| error(&field, format!("unknown question id `{id}`")))?;
        check_answer(question, answer).map_err(|m| error(&field, m))?;
    }
    if let Some(abi) = &doc.abi {
        check_abi(abi).map_err(|(field, message)| error(field, message))?;
    }
    Ok(())
}

fn check_answer(q: &Question, answer: &Answer) -> Result<(), String> {
    let allowed = q.option_ids();
    let listed = || allowed.join(", ");
    match (q.kind, answer) {
        (QuestionKind::YesNo | QuestionKind::Single, Answer::One(v)) => {
            if allowed.contains(v) {
                Ok(())
            } else {
                Err(format!("`{v}` is not one of: {}", listed()))
            }
        }
        (QuestionKind::Multi | QuestionKind::BodyRegions, Answer::Many(list)) => {
            for (i, v) in list.iter().enumerate() {
                if !allowed.contains(v) {
                    return Err(match q.kind {
                        QuestionKind::BodyRegions if split_region(v).is_none() => format!(
                            "`{v}` is not a body region (expected left_<site> or right_<site>)"
                        ),
                        _ => format!("`{v}` is not one of: {}", listed()),
                    });
                }
                if list[..i].contains(v) {
                    return Err(format!("`{v}` is listed twice"));
                }
                if list.len() > 1 && q.options.iter().any(|o| o.exclusive && o.id == *v) {
                    return Err(format!("`{v}` cannot be combined with other answers"));
                }
            }
            Ok(())
        }
        (QuestionKind::Number, Answer::Number(n)) => {
            let (min, max) = (q.min.unwrap_or(f64::MIN), q.max.unwrap_or(f64::MAX));
            if n.is_finite() && *n >= min && *n <= max {
                Ok(())
            } else {
                Err(format!(
                    "{} is outside the range {} to {}",
                    crate::fmt_num(*n),
                    crate::fmt_num(min),
                    crate::fmt_num(max)
                ))
            }
        }
        (QuestionKind::Number, Answer::One(v)) if v == DONT_KNOW && q.dont_know => Ok(()),
        (kind, _) => Err(format!("expected {}", expected(kind))),
    }
}

fn expected(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::YesNo | QuestionKind::Single => "a single answer id as a string",
        QuestionKind::Multi => "a list of option ids",
        QuestionKind::BodyRegions => "a list of body regions",
        QuestionKind::Number => "a number",
    }
}

/// A view of other facts in which every "I don't know" reads as "no": rules against a
/// condition count when they would hold had the person said no, so that "don't know" can
/// never rank a condition above "no".
pub struct AssumeNo<'a>(pub &'a dyn Facts);

impl Facts for AssumeNo<'_> {
    fn value(&self, id: &str) -> Option<Value<'_>> {
        assume_no(self.0.value(id))
    }
}

/// One value as `AssumeNo` reads it: "I don't know" as "no", a "not sure" list as empty.
/// (The compiled evaluation reads its slots through this too.)
pub(crate) fn assume_no(value: Option<Value<'_>>) -> Option<Value<'_>> {
    match value {
        Some(Value::Choice(DONT_KNOW)) => Some(Value::Choice("no")),
        Some(Value::Choices(list)) if list.iter().any(|x| x == NOT_SURE) => {
            Some(Value::Choices(&[]))
        }
        other => other,
    }
}

/// Answers plus the facts derived from them (instrument results), as expressions see them.
pub struct AnswerFacts<'a> {
    pub answers: &'a AnswerMap,
    pub derived: &'a IdMap<String>,
}

impl Facts for AnswerFacts<'_> {
    fn value(&self, id: &str) -> Option<Value<'_>> {
        match self.answers.get(id) {
            Some(Answer::One(v)) => Some(Value::Choice(v)),
            Some(Answer::Many(v)) => Some(Value::Choices(v)),
            Some(Answer::Number(n)) => Some(Value::Number(*n)),
            None => self.derived.get(id).map(|v| Value::Choice(v)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "I don't know" reads as "no", and "not sure" in a list as an empty list; any other list
    /// is left as it is.
    #[test]
    fn assume_no_changes_only_unsure_answers() {
        let answers: AnswerMap = [
            ("dk".to_string(), Answer::One(DONT_KNOW.into())),
            ("unsure".to_string(), Answer::Many(vec![NOT_SURE.into()])),
            ("list".to_string(), Answer::Many(vec!["x".into()])),
        ]
        .into();
        let derived = IdMap::new();
        let facts = AnswerFacts {
            answers: &answers,
            derived: &derived,
        };
        let no = AssumeNo(&facts);
        assert!(matches!(no.value("dk"), Some(Value::Choice("no"))));
        assert!(matches!(no.value("unsure"), Some(Value::Choices(l)) if l.is_empty()));
        assert!(matches!(no.value("list"), Some(Value::Choices(l)) if l.len() == 1));
    }

    /// The hand-written decoder reads each JSON form an answer takes, writes back what it read,
    /// and names what it expected for anything else.
    #[test]
    fn an_answer_reads_and_writes_its_three_forms() {
        let read = |json: &str| serde_json::from_str::<Answer>(json);
        assert_eq!(read("0.9").unwrap(), Answer::Number(0.9));
        assert_eq!(read("64").unwrap(), Answer::Number(64.0));
        assert_eq!(read("-3").unwrap(), Answer::Number(-3.0));
        assert_eq!(read("\"yes\"").unwrap(), Answer::One("yes".into()));
        assert_eq!(read("\"a\\\"b\"").unwrap(), Answer::One("a\"b".into()));
        assert_eq!(
            read("[\"calf_l\",\"foot_r\"]").unwrap(),
            Answer::Many(vec!["calf_l".into(), "foot_r".into()])
        );
        assert_eq!(read("[]").unwrap(), Answer::Many(vec![]));
        for bad in ["true", "null", "{}", "[1]", "[\"a\",null]", "[[\"a\"]]"] {
            let e = read(bad).unwrap_err().to_string();
            assert!(
                e.contains("a choice id, a list of ids or a number")
                    || e.contains("expected a string"),
                "{bad}: {e}"
            );
        }
        for a in [
            Answer::Number(0.9),
            Answer::One("no".into()),
            Answer::Many(vec!["x".into()]),
        ] {
            assert_eq!(read(&serde_json::to_string(&a).unwrap()).unwrap(), a);
        }
    }
}
