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
pub mod eval;
pub mod expr;
pub mod flow;
mod guidance;
pub mod i18n;
pub mod instruments;
pub mod model;
mod number;
pub mod readability;
pub mod validate;

pub use answers::{decode, Answer, AnswersDoc, AnswersError};
pub use eval::{Assessment, Band};
pub use model::{KnowledgeBase, Segment, Side, Triage};

use expr::Expr;

/// The knowledge base as built from `knowledge/*.toml`, in postcard form (see `build.rs`).
pub const KNOWLEDGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/knowledge.postcard"));

// `KB_VERSION` and `KB_REVIEWED`: the embedded knowledge base's version and review date, known
// without decoding it (the footer under the start page shows them before anything is decoded).
include!(concat!(env!("OUT_DIR"), "/meta.rs"));

/// The plain statement shown with every result.
pub const DISCLAIMER: &str = "LegCheck is a decision aid, not a diagnosis. It cannot examine you. \
If you think you are having an emergency, call your local emergency number now.";

pub use number::{fmt_num, parse_num};

/// A loaded knowledge base with every expression compiled once.
///
/// The compiled part (`Prepared`) is built by `Engine::new` at load, or, for an engine from
/// `Engine::embedded_deferred`, on first use: the app shows a first visit's start page without
/// waiting for the knowledge base to be decoded or its expressions compiled (issue 14: the
/// start page waits for nothing it does not show).
#[derive(Debug, Clone)]
pub struct Engine {
    /// The knowledge base as loaded. Read it freely; evaluation uses what was compiled from it
    /// at load, so a changed copy needs `Engine::new` (as the validation tests do).
    pub kb: Kb,
    prepared: std::sync::OnceLock<Prepared>,
    /// Indexes of the questions asked together on the emergency screen (`emergency_questions`).
    emergency_questions: std::sync::OnceLock<Vec<usize>>,
}

/// The knowledge base an engine reads, as a `KnowledgeBase` (through `Deref`): decoded when
/// the engine is made, or, for the app's embedded copy (`Engine::embedded_deferred`), on first
/// read, so that a first visit's start page waits for none of it.
#[derive(Debug, Clone)]
pub struct Kb {
    decoded: std::sync::OnceLock<KnowledgeBase>,
    /// The postcard form it is decoded from on first read, if it was not given decoded.
    source: &'static [u8],
}

impl Kb {
    fn decoded(kb: KnowledgeBase) -> Kb {
        Kb {
            decoded: std::sync::OnceLock::from(kb),
            source: &[],
        }
    }

    /// Whether the knowledge base has been decoded yet.
    pub fn is_decoded(&self) -> bool {
        self.decoded.get().is_some()
    }

    /// The knowledge base itself, to change a copy and load it with `Engine::new`. (There is
    /// no `DerefMut`: a knowledge base changed inside an engine would no longer match the
    /// expressions compiled from it.)
    pub fn into_inner(self) -> KnowledgeBase {
        let _ = &*self;
        self.decoded.into_inner().expect("decoded just above")
    }
}

impl std::ops::Deref for Kb {
    type Target = KnowledgeBase;
    fn deref(&self) -> &KnowledgeBase {
        self.decoded.get_or_init(|| {
            decode_postcard(self.source)
                .expect("the embedded knowledge base decodes (build.rs decodes what it writes)")
        })
    }
}

/// What evaluation needs, compiled from the knowledge base once.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub(crate) ask_if: Vec<Option<Expr>>,
    pub(crate) rules: Vec<Expr>,
    pub(crate) red_flags: Vec<Expr>,
    pub(crate) advice: Vec<Option<Expr>>,
    pub(crate) facts: Vec<Expr>,
    pub(crate) audiences: Vec<Expr>,
    /// The reason each rule and red flag gives, built once (evaluation only shares them).
    pub(crate) rule_reasons: Vec<eval::Reason>,
    pub(crate) flag_reasons: Vec<eval::Reason>,
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
        Engine::from_postcard(KNOWLEDGE)
    }

    /// Loads a knowledge base from the postcard form `build.rs` writes, and compiles its
    /// expressions. A truncated or corrupt copy is an error, never a panic.
    pub fn from_postcard(bytes: &[u8]) -> Result<Engine, LoadError> {
        Engine::new(decode_postcard(bytes)?)
    }

    /// The knowledge base compiled into this build, left to be decoded on first read and its
    /// expressions compiled on first use (or by `prepare`). Only for the embedded copy, which
    /// `build.rs` decodes and whose every expression it parses, so doing this later cannot
    /// fail; a knowledge base from anywhere else goes through `Engine::new`, which reports a
    /// fault as an error.
    pub fn embedded_deferred() -> Engine {
        Engine {
            kb: Kb {
                decoded: std::sync::OnceLock::new(),
                source: KNOWLEDGE,
            },
            prepared: std::sync::OnceLock::new(),
            emergency_questions: std::sync::OnceLock::new(),
        }
    }

    /// Decodes the knowledge base and compiles its expressions now, if that has not happened yet.
    pub fn prepare(&self) {
        let _ = self.p();
    }

    /// Whether the expressions are compiled yet.
    pub fn is_prepared(&self) -> bool {
        self.prepared.get().is_some()
    }

    /// The compiled expressions, compiled on first use.
    pub(crate) fn p(&self) -> &Prepared {
        self.prepared.get_or_init(|| {
            Prepared::new(&self.kb)
                .expect("the embedded knowledge base compiles (build.rs parses it)")
        })
    }

    /// The emergency screen's questions, worked out on first use.
    pub(crate) fn emergency_question_indexes(&self) -> &[usize] {
        self.emergency_questions
            .get_or_init(|| self.find_emergency_questions())
    }

    pub fn new(kb: KnowledgeBase) -> Result<Engine, LoadError> {
        let prepared = Prepared::new(&kb)?;
        Ok(Engine {
            kb: Kb::decoded(kb),
            prepared: std::sync::OnceLock::from(prepared),
            emergency_questions: std::sync::OnceLock::new(),
        })
    }

    /// Decodes and validates an answers document against this knowledge base.
    pub fn decode(&self, json: &str) -> Result<AnswersDoc, AnswersError> {
        answers::decode(&self.kb, json)
    }
}

/// The knowledge base from its postcard form. A truncated or corrupt copy is an error.
fn decode_postcard(bytes: &[u8]) -> Result<KnowledgeBase, LoadError> {
    postcard::from_bytes(bytes).map_err(|e| LoadError(format!("invalid: {e}")))
}

impl Prepared {
    fn new(kb: &KnowledgeBase) -> Result<Prepared, LoadError> {
        // Where an expression is (`kind` and `id`), for the error: one message format for all
        // of them, so the app's wasm carries one.
        fn compile(kind: &str, id: &str, src: &str) -> Result<Expr, LoadError> {
            expr::parse(src).map_err(|e| LoadError(format!("{kind} {id}: `{src}`: {e}")))
        }
        fn optional(kind: &str, id: &str, src: &Option<String>) -> Result<Option<Expr>, LoadError> {
            src.as_deref().map(|s| compile(kind, id, s)).transpose()
        }
        let ask_if = kb
            .questions
            .iter()
            .map(|q| optional("question", &q.id, &q.ask_if))
            .collect::<Result<_, _>>()?;
        let rules: Vec<Expr> = kb
            .rules
            .iter()
            .map(|r| compile("rule for", &r.condition, &r.when))
            .collect::<Result<_, _>>()?;
        let red_flags: Vec<Expr> = kb
            .red_flags
            .iter()
            .map(|f| compile("red flag", &f.id, &f.when))
            .collect::<Result<_, _>>()?;
        let advice: Vec<Option<Expr>> = kb
            .advice
            .iter()
            .map(|a| optional("advice", &a.id, &a.when))
            .collect::<Result<_, _>>()?;
        let facts = kb
            .facts
            .iter()
            .map(|f| compile("fact", &f.id, &f.when))
            .collect::<Result<_, _>>()?;
        let audiences: Vec<Expr> = kb
            .audiences
            .iter()
            .map(|a| compile("audience", &a.id, &a.when))
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
        Ok(Prepared {
            ask_if,
            rules,
            red_flags,
            advice,
            facts,
            audiences,
            rule_reasons,
            flag_reasons,
            slots,
            compiled_rules,
            compiled_flags,
            compiled_advice,
            compiled_audiences,
            rule_condition,
            reference_index,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `build.rs` parses (`KnowledgeBase::expressions`) is every expression `Prepared`
    /// compiles, so a bad one stops the build before the app could meet it after its first
    /// paint (hazard H75).
    #[test]
    fn the_build_checks_every_expression_the_engine_compiles() {
        let engine = Engine::embedded().expect("loads");
        let p = engine.p();
        let compiled = p.ask_if.iter().flatten().count()
            + p.rules.len()
            + p.red_flags.len()
            + p.advice.iter().flatten().count()
            + p.facts.len()
            + p.audiences.len();
        let listed = engine.kb.expressions();
        assert_eq!(listed.len(), compiled);
        for (kind, id, src) in listed {
            assert!(expr::parse(src).is_ok(), "{kind} {id}: {src}");
        }
    }
}
