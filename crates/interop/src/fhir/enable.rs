//! A question's `ask_if` as FHIR: `enableWhen` (with `enableBehavior`) where the expression is a
//! plain "any of" or "all of" of answer tests that FHIR's own operators decide exactly as the
//! engine does, and otherwise the SDC `enableWhenExpression` extension (FHIRPath).
//!
//! The engine asks a question only when its `ask_if` is definitely true under Kleene logic ("I
//! don't know" and "I am not sure" make a test unknown; an unanswered question makes it false).
//! The FHIRPath written here computes exactly that, two-valued: `truth(e)` holds when `e` is
//! definitely true, `falsity(e)` when it is definitely false (needed under `not`). It uses a small
//! fixed set of forms (`A.where(P).exists()`, `A.where(P).empty()`, `A.empty()`, `and`, `or`,
//! parentheses), which `tests/fhir_enable.rs` evaluates with its own reader.

use legcheck_engine::expr::{Cmp, Expr, DONT_KNOW, NOT_SURE};
use legcheck_engine::model::{KnowledgeBase, Question, QuestionKind};

/// One `enableWhen` condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub question: String,
    /// `=`, `>=`, `<=`, `>` or `<`.
    pub operator: &'static str,
    pub answer: CondAnswer,
}

/// The answer an `enableWhen` compares with.
#[derive(Debug, Clone, PartialEq)]
pub enum CondAnswer {
    /// A code of the answer code system.
    Code(String),
    /// A whole number (integer items).
    Integer(i64),
}

/// How an item is enabled.
#[derive(Debug, Clone, PartialEq)]
pub enum Enable {
    /// Always asked.
    Always,
    /// `enableWhen`; `all` is `enableBehavior = all`, else `any`.
    When {
        all: bool,
        conditions: Vec<Condition>,
    },
    /// The SDC `enableWhenExpression` (FHIRPath).
    Expression(String),
}

/// Whether a number question is answered in whole numbers (an `integer` item): ages in years.
pub fn is_integer(q: &Question) -> bool {
    q.kind == QuestionKind::Number && q.unit.as_deref() == Some("years")
}

/// How the question `q` is enabled, from its `ask_if`.
pub fn enable(kb: &KnowledgeBase, q: &Question) -> Enable {
    let Some(src) = &q.ask_if else {
        return Enable::Always;
    };
    let expr = legcheck_engine::expr::parse(src).expect("the knowledge base's ask_if parse");
    if let Some(when) = as_enable_when(kb, &expr) {
        return when;
    }
    Enable::Expression(truth(kb, &expr))
}

fn as_enable_when(kb: &KnowledgeBase, e: &Expr) -> Option<Enable> {
    match e {
        Expr::Or(parts) => {
            let mut conditions = Vec::new();
            for p in parts {
                conditions.extend(atom(kb, p)?);
            }
            Some(Enable::When {
                all: false,
                conditions,
            })
        }
        Expr::And(parts) => {
            let mut conditions = Vec::new();
            for p in parts {
                let one = atom(kb, p)?;
                if one.len() != 1 {
                    return None;
                }
                conditions.extend(one);
            }
            Some(Enable::When {
                all: true,
                conditions,
            })
        }
        _ => atom(kb, e).map(|conditions| Enable::When {
            all: false,
            conditions,
        }),
    }
}

/// A test as `enableWhen` conditions that hold (any of them) exactly when the test is definitely
/// true, or `None` when FHIR's operators would decide differently.
fn atom(kb: &KnowledgeBase, e: &Expr) -> Option<Vec<Condition>> {
    let cond = |id: &str, operator, answer| Condition {
        question: id.to_string(),
        operator,
        answer,
    };
    match e {
        Expr::Is(id, words) => {
            let q = kb.question(id)?;
            // A number's "I don't know" carries no coding to compare with.
            if q.kind == QuestionKind::Number {
                return None;
            }
            Some(
                words
                    .iter()
                    .map(|w| cond(id, "=", CondAnswer::Code(w.clone())))
                    .collect(),
            )
        }
        Expr::Has(id, word) => {
            let q = kb.question(id)?;
            // "I am not sure" makes every other option unknown; FHIR's `=` would not see that
            // unless "I am not sure" cannot be ticked with anything else.
            let not_sure_mixes = q.options.iter().any(|o| o.id == NOT_SURE && !o.exclusive);
            if word != NOT_SURE && not_sure_mixes {
                return None;
            }
            Some(
                matches(q, word)
                    .into_iter()
                    .map(|w| cond(id, "=", CondAnswer::Code(w)))
                    .collect(),
            )
        }
        Expr::Compare(id, cmp, n) => {
            let q = kb.question(id)?;
            if !is_integer(q) || n.fract() != 0.0 {
                return None;
            }
            Some(vec![cond(id, op(*cmp), CondAnswer::Integer(*n as i64))])
        }
        _ => None,
    }
}

/// The answer codes `has word` matches: the option itself, or either side's region of a site.
fn matches(q: &Question, word: &str) -> Vec<String> {
    let ids = q.option_ids();
    let mut out: Vec<String> = ids
        .iter()
        .filter(|id| {
            *id == word
                || id
                    .strip_prefix("left_")
                    .or_else(|| id.strip_prefix("right_"))
                    .is_some_and(|site| site == word)
        })
        .cloned()
        .collect();
    if out.is_empty() {
        out.push(word.to_string());
    }
    out
}

fn op(cmp: Cmp) -> &'static str {
    match cmp {
        Cmp::Ge => ">=",
        Cmp::Le => "<=",
        Cmp::Gt => ">",
        Cmp::Lt => "<",
    }
}

fn negated(cmp: Cmp) -> &'static str {
    match cmp {
        Cmp::Ge => "<",
        Cmp::Le => ">",
        Cmp::Gt => "<=",
        Cmp::Lt => ">=",
    }
}

/// The answers to question `id`, in FHIRPath over the QuestionnaireResponse.
fn answers(id: &str) -> String {
    format!("%resource.repeat(item).where(linkId = '{id}').answer")
}

/// `value.code = 'a' or value.code = 'b'`.
fn codes<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| format!("value.code = '{}'", w.as_ref()))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// "I don't know" to a number: an answer with no value, only the data-absent-reason extension.
const NUMBER_DONT_KNOW: &str = "extension.exists()";

fn exists(id: &str, predicate: &str) -> String {
    format!("{}.where({predicate}).exists()", answers(id))
}

fn empty(id: &str, predicate: &str) -> String {
    format!("{}.where({predicate}).empty()", answers(id))
}

fn join(
    kb: &KnowledgeBase,
    parts: &[Expr],
    f: fn(&KnowledgeBase, &Expr) -> String,
    op: &str,
) -> String {
    parts
        .iter()
        .map(|p| format!("({})", f(kb, p)))
        .collect::<Vec<_>>()
        .join(&format!(" {op} "))
}

fn is_number(kb: &KnowledgeBase, id: &str) -> bool {
    kb.question(id)
        .is_some_and(|q| q.kind == QuestionKind::Number)
}

/// FHIRPath that is true exactly when `e` is definitely true.
pub fn truth(kb: &KnowledgeBase, e: &Expr) -> String {
    match e {
        Expr::Or(parts) => join(kb, parts, truth, "or"),
        Expr::And(parts) => join(kb, parts, truth, "and"),
        Expr::Not(inner) => falsity(kb, inner),
        Expr::Is(id, words) if is_number(kb, id) => {
            if words.iter().any(|w| w == DONT_KNOW) {
                exists(id, NUMBER_DONT_KNOW)
            } else {
                // A number is never one of a list of words.
                format!("{}.empty() and {}.exists()", answers(id), answers(id))
            }
        }
        Expr::Is(id, words) => exists(id, &codes(words)),
        Expr::Has(id, word) => {
            let listed = kb
                .question(id)
                .map(|q| matches(q, word))
                .unwrap_or_default();
            let mut t = exists(id, &codes(&listed));
            let has_not_sure = kb
                .question(id)
                .is_some_and(|q| q.options.iter().any(|o| o.id == NOT_SURE));
            if word != NOT_SURE && has_not_sure {
                t = format!("({t}) and ({})", empty(id, &codes(&[NOT_SURE])));
            }
            t
        }
        Expr::Compare(id, cmp, n) => exists(id, &format!("value {} {}", op(*cmp), num(*n))),
    }
}

/// FHIRPath that is true exactly when `e` is definitely false.
pub fn falsity(kb: &KnowledgeBase, e: &Expr) -> String {
    match e {
        Expr::Or(parts) => join(kb, parts, falsity, "and"),
        Expr::And(parts) => join(kb, parts, falsity, "or"),
        Expr::Not(inner) => truth(kb, inner),
        // A number's "I don't know" is unknown unless the words name it; any number is false.
        Expr::Is(id, _) if is_number(kb, id) => empty(id, NUMBER_DONT_KNOW),
        Expr::Is(id, words) => {
            let mut all: Vec<&str> = words.iter().map(String::as_str).collect();
            all.push(DONT_KNOW);
            empty(id, &codes(&all))
        }
        Expr::Has(id, word) => {
            let mut listed = kb
                .question(id)
                .map(|q| matches(q, word))
                .unwrap_or_default();
            if word != NOT_SURE {
                listed.push(NOT_SURE.to_string());
            }
            listed.push(DONT_KNOW.to_string());
            empty(id, &codes(&listed))
        }
        Expr::Compare(id, cmp, n) => format!(
            "({}.empty()) or ({})",
            answers(id),
            exists(id, &format!("value {} {}", negated(*cmp), num(*n)))
        ),
    }
}

/// A number as FHIRPath writes it (`65`, `1.5`).
fn num(n: f64) -> String {
    legcheck_engine::fmt_num(n)
}
