//! The Questionnaire's conditions agree with LegCheck's flow. For every question and over many
//! generated answer sets, the item's `enableWhen` / `enableBehavior` (read with FHIR R4's rules)
//! or its SDC `enableWhenExpression` (evaluated by the small FHIRPath reader below, which knows
//! only the forms `fhir/enable.rs` writes and fails on anything else) enables the item exactly
//! when `Engine::active_questions` asks the question. The answers are read from the
//! QuestionnaireResponse LegCheck exports, as a renderer would read them.

mod common;

use std::collections::BTreeSet;

use legcheck_interop::fhir::{questionnaire, questionnaire_response};
use proptest::prelude::*;
use serde_json::Value;

use common::{doc, engine};

/// Every answer given to `link` in the response (items at any depth).
fn answers_of<'a>(items: &'a [Value], link: &str, out: &mut Vec<&'a Value>) {
    for item in items {
        if item["linkId"] == link {
            out.extend(item["answer"].as_array().into_iter().flatten());
        }
        if let Some(children) = item["item"].as_array() {
            answers_of(children, link, out);
        }
    }
}

fn number(answer: &Value) -> Option<f64> {
    answer["valueInteger"]
        .as_f64()
        .or(answer["valueDecimal"].as_f64())
}

fn compare(v: f64, op: &str, n: f64) -> bool {
    match op {
        ">=" => v >= n,
        "<=" => v <= n,
        ">" => v > n,
        "<" => v < n,
        "=" => v == n,
        other => panic!("unexpected operator {other}"),
    }
}

/// FHIR R4 `enableWhen`: a condition holds when some answer to its question matches.
fn enable_when(item: &Value, response: &[Value]) -> bool {
    let results: Vec<bool> = item["enableWhen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            let mut given = Vec::new();
            answers_of(response, w["question"].as_str().unwrap(), &mut given);
            let op = w["operator"].as_str().unwrap();
            given.iter().any(|a| {
                if let Some(c) = w.get("answerCoding") {
                    op == "="
                        && a["valueCoding"]["code"] == c["code"]
                        && a["valueCoding"]["system"] == c["system"]
                } else {
                    let n = w["answerInteger"]
                        .as_f64()
                        .expect("answerCoding or answerInteger");
                    number(a).is_some_and(|v| compare(v, op, n))
                }
            })
        })
        .collect();
    match item["enableBehavior"].as_str() {
        Some("all") => results.iter().all(|r| *r),
        Some("any") | None => {
            assert!(
                results.len() == 1 || item["enableBehavior"] == "any",
                "que-12"
            );
            results.iter().any(|r| *r)
        }
        Some(other) => panic!("enableBehavior {other}"),
    }
}

/// A reader for the FHIRPath subset `fhir/enable.rs` writes.
struct Reader<'a> {
    src: &'a str,
    response: &'a [Value],
}

const ANSWERS_PREFIX: &str = "%resource.repeat(item).where(linkId = '";

impl Reader<'_> {
    fn eat(&mut self, s: &str) -> bool {
        let rest = self.src.trim_start();
        if let Some(r) = rest.strip_prefix(s) {
            self.src = r;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, s: &str) {
        assert!(self.eat(s), "expected `{s}` at `{}`", self.src);
    }
    fn or(&mut self) -> bool {
        let mut v = self.and();
        while self.eat("or ") {
            v |= self.and();
        }
        v
    }
    fn and(&mut self) -> bool {
        let mut v = self.primary();
        while self.eat("and ") {
            v &= self.primary();
        }
        v
    }
    fn primary(&mut self) -> bool {
        if self.eat("(") {
            let v = self.or();
            self.expect(")");
            return v;
        }
        self.expect(ANSWERS_PREFIX);
        let end = self.src.find('\'').unwrap();
        let link = self.src[..end].to_string();
        self.src = &self.src[end..];
        self.expect("').answer");
        let mut given = Vec::new();
        answers_of(self.response, &link, &mut given);
        if self.eat(".where(") {
            let mut kept = Vec::new();
            let start = self.src;
            for a in &given {
                self.src = start;
                if self.predicate(a) {
                    kept.push(*a);
                }
            }
            if given.is_empty() {
                // Still read the predicate, to check its form.
                self.predicate(&Value::Null);
            }
            self.expect(")");
            given = kept;
        }
        if self.eat(".exists()") {
            !given.is_empty()
        } else {
            self.expect(".empty()");
            given.is_empty()
        }
    }
    /// `value.code = 'x' or value >= 65 or extension.exists()`, on one answer.
    fn predicate(&mut self, a: &Value) -> bool {
        let mut v = self.term(a);
        while self.eat("or ") {
            v |= self.term(a);
        }
        v
    }
    fn term(&mut self, a: &Value) -> bool {
        if self.eat("extension.exists()") {
            return a["extension"].as_array().is_some_and(|l| !l.is_empty());
        }
        if self.eat("value.code = '") {
            let end = self.src.find('\'').unwrap();
            let code = self.src[..end].to_string();
            self.src = &self.src[end + 1..];
            return a["valueCoding"]["code"] == code.as_str();
        }
        self.expect("value ");
        let op = [">=", "<=", ">", "<"]
            .into_iter()
            .find(|op| self.eat(op))
            .expect("an operator");
        let rest = self.src.trim_start();
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .unwrap_or(rest.len());
        let n: f64 = rest[..end].parse().unwrap();
        self.src = &rest[end..];
        number(a).is_some_and(|v| compare(v, op, n))
    }
}

fn expression(item: &Value) -> Option<&str> {
    item["extension"].as_array()?.iter().find_map(|e| {
        (e["url"] == "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression")
            .then(|| e["valueExpression"]["expression"].as_str().unwrap())
    })
}

/// Whether the Questionnaire enables `item` for this response.
fn enabled(item: &Value, response: &[Value]) -> bool {
    if let Some(src) = expression(item) {
        assert!(
            item.get("enableWhen").is_none(),
            "one kind of condition per item"
        );
        let mut r = Reader { src, response };
        let v = r.or();
        assert!(r.src.trim().is_empty(), "unread FHIRPath: `{}`", r.src);
        v
    } else if item.get("enableWhen").is_some() {
        enable_when(item, response)
    } else {
        true
    }
}

#[test]
fn every_conditional_question_carries_its_condition() {
    let engine = engine();
    let q = questionnaire(engine);
    let items = q["item"].as_array().unwrap();
    let (mut when, mut expr) = (0, 0);
    for question in &engine.kb.questions {
        let item = items
            .iter()
            .find(|i| i["linkId"] == question.id.as_str())
            .unwrap();
        let has_when = item.get("enableWhen").is_some();
        let has_expr = expression(item).is_some();
        assert_eq!(
            question.ask_if.is_some(),
            has_when || has_expr,
            "{}",
            question.id
        );
        when += usize::from(has_when);
        expr += usize::from(has_expr);
    }
    // Most conditions are plain enableWhen, which every renderer supports.
    assert!(
        when > expr,
        "{when} enableWhen, {expr} enableWhenExpression"
    );
    assert!(expr > 0, "the Kleene-logic cases need FHIRPath");
    // ask_if reads questions only (a renderer cannot compute LegCheck's derived facts).
    for question in &engine.kb.questions {
        if let Some(src) = &question.ask_if {
            for id in legcheck_engine::expr::parse(src).unwrap().ids() {
                assert!(engine.kb.question(id).is_some(), "{}: {id}", question.id);
            }
        }
    }
}

fn the_questionnaire() -> &'static Value {
    static Q: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    Q.get_or_init(|| questionnaire(engine()))
}

/// Checks every question's condition in the Questionnaire against `active` (what the flow asks).
fn check_conditions(
    doc: &legcheck_engine::AnswersDoc,
    active: &BTreeSet<String>,
) -> Result<(), TestCaseError> {
    let engine = engine();
    let q = the_questionnaire();
    let r =
        serde_json::to_value(questionnaire_response(engine, doc, "2026-11-26T10:00:00Z")).unwrap();
    let response = r["item"].as_array().cloned().unwrap_or_default();
    for question in &engine.kb.questions {
        let item = q["item"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["linkId"] == question.id.as_str())
            .unwrap();
        prop_assert_eq!(
            enabled(item, &response),
            active.contains(&question.id),
            "{} with answers {:?}",
            question.id,
            doc.answers
        );
    }
    Ok(())
}

fn ids(questions: Vec<&legcheck_engine::model::Question>) -> BTreeSet<String> {
    questions.iter().map(|q| q.id.clone()).collect()
}

fn agree(seed: u64) -> Result<BTreeSet<String>, TestCaseError> {
    let doc = doc(seed);
    let active = ids(engine().active_questions(&doc.answers));
    check_conditions(&doc, &active)?;
    Ok(active)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]
    #[test]
    fn the_questionnaires_conditions_agree_with_the_flow(seed in any::<u64>()) {
        let doc = doc(seed);
        let active = ids(engine().active_questions(&doc.answers));
        check_conditions(&doc, &active)?;
    }
}

/// The generated answer sets reach every conditional question at least once (so the property
/// above really compares each condition while it is true, not only while it is false).
#[test]
fn the_generated_answer_sets_reach_every_question() {
    let engine = engine();
    let mut reached = BTreeSet::new();
    for seed in 0..2000u64 {
        reached.extend(agree(seed.wrapping_mul(0x2545_f491_4f6c_dd1d)).unwrap());
    }
    let missed: Vec<&str> = engine
        .kb
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .filter(|id| !reached.contains(*id))
        .collect();
    assert!(missed.is_empty(), "never asked: {missed:?}");
}
