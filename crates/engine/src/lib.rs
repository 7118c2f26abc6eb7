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
pub mod fnv;
mod guidance;
pub mod i18n;
pub mod id_map;
pub mod instruments;
pub mod model;
mod number;
pub mod readability;
pub mod validate;

pub use answers::{decode, Answer, AnswersDoc, AnswersError};
pub use eval::{Assessment, Band};
pub use model::{KnowledgeBase, Segment, Side, Triage};

use expr::Expr;

/// The knowledge base as built from `knowledge/*.toml`, in postcard form (see `build.rs`), as
/// native tools and tests use it.
pub const KNOWLEDGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/knowledge.postcard"));

/// The browser app's copy: the same knowledge base without what only reviewers read (a rule's
/// `basis`). The app does not carry it: the build publishes it as `APP_KB_FILE`, and the app
/// fetches it after its first paint and accepts it only if it hashes to `APP_KB_HASH`
/// (`Engine::from_app_copy`).
pub const APP_KNOWLEDGE: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/knowledge-app.postcard"));

// `KB_VERSION`, `KB_REVIEWED` and `KB_JOURNEY`: what the start page and the footer show, known
// without the knowledge base; `APP_KB_HASH` and `APP_KB_FILE`: the app's copy.
include!(concat!(env!("OUT_DIR"), "/meta.rs"));

/// The plain statement shown with every result.
pub const DISCLAIMER: &str = "LegCheck is a decision aid, not a diagnosis. It cannot examine you. \
If you think you are having an emergency, call your local emergency number now.";

pub use number::{fmt_num, parse_num};

/// FNV-1a, 64 bits: the fingerprint the app checks its fetched copy of the knowledge base
/// against (`APP_KB_HASH`). It catches a damaged, truncated or mismatched file (a proxy's
/// rewrite, a half-finished upload, another build's copy), not a forger: the copy comes from
/// LegCheck's own origin, which also serves the code that checks it.
pub fn kb_hash(bytes: &[u8]) -> u64 {
    fnv::fnv1a64(bytes)
}

/// A loaded knowledge base with every expression compiled once.
#[derive(Debug, Clone)]
pub struct Engine {
    /// The knowledge base as loaded. Read it freely; evaluation uses what was compiled from it
    /// at load, so a changed copy needs `Engine::new` (as the validation tests do).
    pub kb: Kb,
    prepared: Prepared,
    /// Indexes of the questions asked together on the emergency screen (`emergency_questions`).
    emergency_questions: std::sync::OnceLock<Vec<usize>>,
}

/// The knowledge base an engine reads, as a `KnowledgeBase` (through `Deref`). There is no
/// `DerefMut`: a knowledge base changed inside an engine would no longer match the
/// expressions compiled from it.
#[derive(Debug, Clone)]
pub struct Kb(KnowledgeBase);

impl Kb {
    /// The knowledge base itself, to change a copy and load it with `Engine::new`.
    pub fn into_inner(self) -> KnowledgeBase {
        self.0
    }
}

impl std::ops::Deref for Kb {
    type Target = KnowledgeBase;
    fn deref(&self) -> &KnowledgeBase {
        &self.0
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
        Engine::new(decode_knowledge(bytes)?)
    }

    /// Loads the app's copy as fetched (`APP_KNOWLEDGE`), refusing any other bytes before
    /// decoding them: a damaged or mismatched file is an error, never a panic or a different
    /// knowledge base.
    pub fn from_app_copy(bytes: &[u8]) -> Result<Engine, LoadError> {
        Engine::new(decode_app_copy(bytes)?)
    }

    /// The compiled expressions.
    pub(crate) fn p(&self) -> &Prepared {
        &self.prepared
    }

    /// The emergency screen's questions, worked out on first use.
    pub(crate) fn emergency_question_indexes(&self) -> &[usize] {
        self.emergency_questions
            .get_or_init(|| self.find_emergency_questions())
    }

    pub fn new(kb: KnowledgeBase) -> Result<Engine, LoadError> {
        let prepared = Prepared::new(&kb)?;
        Ok(Engine {
            kb: Kb(kb),
            prepared,
            emergency_questions: std::sync::OnceLock::new(),
        })
    }

    /// Decodes and validates an answers document against this knowledge base.
    pub fn decode(&self, json: &str) -> Result<AnswersDoc, AnswersError> {
        answers::decode(&self.kb, json)
    }
}

/// The knowledge base from its postcard form. A truncated or corrupt copy is an error.
pub fn decode_knowledge(bytes: &[u8]) -> Result<KnowledgeBase, LoadError> {
    postcard::from_bytes(bytes).map_err(|e| LoadError(format!("invalid: {e}")))
}

/// The app's copy of the knowledge base from fetched bytes: refused unless they are this
/// build's copy (`check_app_copy`), which `build.rs` decoded again, so that failing to decode
/// them means a broken build. That message quotes no postcard error, so the app's wasm carries
/// none of postcard's error texts.
pub fn decode_app_copy(bytes: &[u8]) -> Result<KnowledgeBase, LoadError> {
    check_app_copy(bytes)?;
    postcard::from_bytes(bytes).map_err(|_| LoadError(format!("{APP_KB_FILE} does not decode")))
}

/// Whether fetched bytes are this build's copy of the knowledge base (`APP_KB_HASH`).
pub fn check_app_copy(bytes: &[u8]) -> Result<(), LoadError> {
    if kb_hash(bytes) == APP_KB_HASH {
        Ok(())
    } else {
        Err(LoadError(format!(
            "{APP_KB_FILE}: {} bytes that are not this build's copy",
            bytes.len()
        )))
    }
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
