//! What an evaluation returns: the triage level and its reasons, the ranked causes in bands,
//! the artery segments per leg, advice and references. Plain serialisable data, printed by
//! `legcheck-eval` and shown by the app.

use std::sync::Arc;

use serde::Serialize;

use crate::instruments::Instruments;
use crate::model::{Segment, Triage};

/// How strongly the answers point to a condition. Deliberately coarse: no percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    LessLikely,
    Possible,
    Strong,
    /// Named by a red flag answered "yes" that calls for same-day care or more: shown as
    /// "needs urgent checking", never as a match, because the flag, not the fit, put it there.
    Flagged,
}

/// One answer-based reason for or against a condition, or for the triage level.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Reason {
    pub text: Arc<str>,
    /// The question ids whose answers produced this reason.
    pub answers: Arc<[String]>,
    pub refs: Arc<[String]>,
    /// For the triage level: the condition whose care level set it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// For the triage level: a red flag answered "I don't know".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unsure: bool,
    /// For the triage level: the red flag that gave this reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageResult {
    pub level: Triage,
    /// What set the level: red flags or conditions, with the answers behind them.
    pub set_by: Vec<Reason>,
    /// Every warning sign answered "I don't know", whatever level it reached: shown apart, so
    /// that an unsure sign never reads as a confirmed one.
    pub unsure: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedCondition {
    pub id: String,
    pub name: String,
    pub band: Band,
    #[serde(rename = "for")]
    pub for_: Vec<Reason>,
    pub against: Vec<Reason>,
    /// Evidence that could not be weighed because the answer was "I don't know".
    pub unsure: Vec<Reason>,
    pub refs: Vec<String>,
}

/// A condition an unsure warning sign leaves open.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotRuledOut {
    pub id: String,
    pub name: String,
    /// The unsure warning sign, in the knowledge base's words.
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentHit {
    pub segment: Segment,
    /// The body-map sites on this leg that implicate the segment.
    pub sites: Vec<String>,
    pub certainty: String,
    pub refs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Segments {
    pub left: Vec<SegmentHit>,
    pub right: Vec<SegmentHit>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdviceItem {
    pub id: String,
    pub text: String,
    pub evidence: String,
    pub refs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferenceItem {
    pub id: String,
    pub source: String,
    pub confidence: String,
}

/// The result of one evaluation, printed by `legcheck-eval` and shown by the app.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub kb_version: String,
    pub disclaimer: String,
    pub triage: TriageResult,
    /// No cause is possible or strong: the result says that no clear pattern fits, rather
    /// than lead with a cause the answers do not support.
    pub unclear: bool,
    /// Conditions of warning signs answered "I don't know" that call for same-day care or more:
    /// they cannot be ruled out, and are shown above the ranked causes.
    pub cannot_rule_out: Vec<NotRuledOut>,
    pub conditions: Vec<RankedCondition>,
    pub segments: Segments,
    pub instruments: Instruments,
    pub next_steps: Vec<AdviceItem>,
    pub self_care: Vec<AdviceItem>,
    /// "Get help sooner if ...", for every level below an emergency (empty at an emergency:
    /// the care card already says to act now).
    pub safety_net: Vec<AdviceItem>,
    /// Every reference cited anywhere above.
    pub references: Vec<ReferenceItem>,
}
