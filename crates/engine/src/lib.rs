//! LegCheck clinical engine: the knowledge base as reviewable data, its validation, the
//! adaptive question flow, and evaluation of answers into an assessment.
//!
//! # Implementation notes (invariants)
//! - No web crates: everything here runs and is tested natively.
//! - Evaluation is a pure, deterministic function of the knowledge base and the answers.
//! - Red flags are checked before and independently of any ranking, so an emergency can never
//!   be hidden by how conditions score.
//! - All knowledge (questions, rules, thresholds, texts) lives in `knowledge/*.toml`; the Rust
//!   code holds only the mechanics and the published instrument algorithms.

pub mod answers;
mod assessment;
mod compiled;
pub mod embed;
pub mod eval;
pub mod expr;
pub mod fhir;
pub mod flow;
mod guidance;
pub mod i18n;
pub mod instruments;
pub mod model;
pub mod readability;
pub mod saved;
pub mod share;
pub mod validate;

pub use answers::{decode, Answer, AnswersDoc, AnswersError};
pub use eval::{Assessment, Band};
pub use model::{KnowledgeBase, Segment, Side, Triage};

use expr::Expr;

/// The knowledge base as built from `knowledge/*.toml` (merged to JSON by `build.rs`).
pub const KNOWLEDGE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/knowledge.json"));

/// The plain statement shown with every result.
pub const DISCLAIMER: &str = "LegCheck is a decision aid, not a diagnosis. It cannot examine you. \
If you think you are having an emergency, call your local emergency number now.";

/// A number for messages: at most two decimals, no trailing zeros. Integer arithmetic keeps
/// float-formatting code out of the app's wasm.
pub fn fmt_num(n: f64) -> String {
    if !n.is_finite() || n.abs() > 1e12 {
        return "an impossible number".into();
    }
    let hundredths = (n * 100.0).round() as i64;
    let (sign, abs) = if hundredths < 0 {
        ("-", -hundredths)
    } else {
        ("", hundredths)
    };
    match abs % 100 {
        0 => format!("{sign}{}", abs / 100),
        f if f % 10 == 0 => format!("{sign}{}.{}", abs / 100, f / 10),
        f => format!("{sign}{}.{f:02}", abs / 100),
    }
}

/// Reads a decimal number as people and `<input type="number">` write it: an optional sign,
/// digits with an optional fraction, and an optional exponent (`64`, `-0.5`, `1.25`, `1e3`).
/// Anything else (words, `NaN`, `inf`, empty text) is `None`. With up to 15 significant digits
/// making a power of ten within ±22 it gives exactly what `str::parse::<f64>` gives (one
/// correctly rounded operation on exact values); past that it stays close, which is all a
/// questionnaire needs.
/// It exists so that the app's wasm carries no general float-parsing code.
pub fn parse_num(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let (mut mantissa, mut exp10, mut any_digit, mut fraction) = (0u64, 0i32, false, false);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exp10 -= i32::from(fraction);
                } else if !fraction {
                    exp10 += 1;
                }
            }
            b'.' if !fraction => fraction = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        let rest = &text[i + 1..];
        let (sign, body) = match rest.as_bytes().first() {
            Some(b'-') => (-1, &rest[1..]),
            Some(b'+') => (1, &rest[1..]),
            _ => (1, rest),
        };
        if body.is_empty() || body.len() > 4 || !body.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e = body.bytes().fold(0i32, |e, b| e * 10 + i32::from(b - b'0'));
        exp10 += sign * e;
    } else if i != bytes.len() {
        return None;
    }
    let scale = 10f64.powi(exp10.abs());
    let value = if exp10 < 0 {
        mantissa as f64 / scale
    } else {
        mantissa as f64 * scale
    };
    Some(if negative { -value } else { value })
}

/// A loaded knowledge base with every expression compiled once.
#[derive(Debug, Clone)]
pub struct Engine {
    /// The knowledge base as loaded. Read it freely; evaluation uses what was compiled from it
    /// at load, so a changed copy needs `Engine::new` (as the validation tests do).
    pub kb: KnowledgeBase,
    pub(crate) ask_if: Vec<Option<Expr>>,
    pub(crate) rules: Vec<Expr>,
    pub(crate) red_flags: Vec<Expr>,
    pub(crate) advice: Vec<Option<Expr>>,
    pub(crate) facts: Vec<Expr>,
    pub(crate) audiences: Vec<Expr>,
    /// The reason each rule and red flag gives, built once (evaluation only shares them).
    pub(crate) rule_reasons: Vec<eval::Reason>,
    pub(crate) flag_reasons: Vec<eval::Reason>,
    /// Indexes of the questions asked together on the emergency screen (`emergency_questions`).
    pub(crate) emergency_questions: Vec<usize>,
    /// The expressions `evaluate` runs, compiled to slots (`compiled`).
    pub(crate) slots: compiled::Slots,
    pub(crate) compiled_rules: Vec<compiled::Compiled>,
    pub(crate) compiled_flags: Vec<compiled::Compiled>,
    pub(crate) compiled_advice: Vec<Option<compiled::Compiled>>,
    pub(crate) compiled_audiences: Vec<compiled::Compiled>,
    /// Each rule's condition, as an index into `kb.conditions` (`None` for an unknown
    /// condition, which `validate` reports; evaluation ignores that rule, as it always did).
    pub(crate) rule_condition: Vec<Option<usize>>,
    /// Each reference id's place in `kb.references` (the last one, should an id repeat).
    pub(crate) reference_index: std::collections::HashMap<String, usize>,
}

/// Why a knowledge base could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "knowledge base: {}", self.0)
    }
}

impl std::error::Error for LoadError {}

impl Engine {
    /// Loads the knowledge base compiled into this build.
    pub fn embedded() -> Result<Engine, LoadError> {
        Engine::from_json(KNOWLEDGE_JSON)
    }

    /// Loads a knowledge base from its merged JSON form and compiles its expressions.
    pub fn from_json(json: &str) -> Result<Engine, LoadError> {
        let kb: KnowledgeBase =
            serde_json::from_str(json).map_err(|e| LoadError(format!("invalid: {e}")))?;
        Engine::new(kb)
    }

    pub fn new(kb: KnowledgeBase) -> Result<Engine, LoadError> {
        let compile = |place: String, src: &str| {
            expr::parse(src).map_err(|e| LoadError(format!("{place}: `{src}`: {e}")))
        };
        let optional = |place: String, src: &Option<String>| {
            src.as_deref().map(|s| compile(place, s)).transpose()
        };
        let ask_if = kb
            .questions
            .iter()
            .map(|q| optional(format!("question {}", q.id), &q.ask_if))
            .collect::<Result<_, _>>()?;
        let rules: Vec<Expr> = kb
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| compile(format!("rule {i} ({})", r.condition), &r.when))
            .collect::<Result<_, _>>()?;
        let red_flags: Vec<Expr> = kb
            .red_flags
            .iter()
            .map(|f| compile(format!("red flag {}", f.id), &f.when))
            .collect::<Result<_, _>>()?;
        let advice: Vec<Option<Expr>> = kb
            .advice
            .iter()
            .map(|a| optional(format!("advice {}", a.id), &a.when))
            .collect::<Result<_, _>>()?;
        let facts = kb
            .facts
            .iter()
            .map(|f| compile(format!("fact {}", f.id), &f.when))
            .collect::<Result<_, _>>()?;
        let audiences: Vec<Expr> = kb
            .audiences
            .iter()
            .map(|a| compile(format!("audience {}", a.id), &a.when))
            .collect::<Result<_, _>>()?;
        let reason = |text: &str, expr: &Expr, refs: &[String]| eval::Reason {
            text: text.into(),
            answers: expr.ids().into_iter().map(String::from).collect(),
            refs: refs.into(),
            ..eval::Reason::default()
        };
        let rule_reasons = kb
            .rules
            .iter()
            .zip(&rules)
            .map(|(r, e)| reason(&r.reason, e, &r.refs))
            .collect();
        let flag_reasons = kb
            .red_flags
            .iter()
            .zip(&red_flags)
            .map(|(f, e)| eval::Reason {
                flag: Some(f.id.clone()),
                ..reason(&f.text, e, &f.refs)
            })
            .collect();
        let mut slots = compiled::Slots::default();
        let compiled_rules = rules
            .iter()
            .map(|e| compiled::Compiled::new(e, &mut slots))
            .collect();
        let compiled_flags = red_flags
            .iter()
            .map(|e| compiled::Compiled::new(e, &mut slots))
            .collect();
        let compiled_advice = advice
            .iter()
            .map(|e| e.as_ref().map(|e| compiled::Compiled::new(e, &mut slots)))
            .collect();
        let compiled_audiences = audiences
            .iter()
            .map(|e| compiled::Compiled::new(e, &mut slots))
            .collect();
        let reference_index = kb
            .references
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let rule_condition = kb
            .rules
            .iter()
            .map(|r| kb.conditions.iter().position(|c| c.id == r.condition))
            .collect();
        let mut engine = Engine {
            kb,
            ask_if,
            rules,
            red_flags,
            advice,
            facts,
            audiences,
            rule_reasons,
            flag_reasons,
            emergency_questions: Vec::new(),
            slots,
            compiled_rules,
            compiled_flags,
            compiled_advice,
            compiled_audiences,
            rule_condition,
            reference_index,
        };
        engine.emergency_questions = engine.find_emergency_questions();
        Ok(engine)
    }

    /// Decodes and validates an answers document against this knowledge base.
    pub fn decode(&self, json: &str) -> Result<AnswersDoc, AnswersError> {
        answers::decode(&self.kb, json)
    }
}
