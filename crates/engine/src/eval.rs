//! Evaluation: answers in, assessment out. Triage from red flags first, then evidence scores
//! per condition turned into strength bands, the arterial segments per leg, and the advice and
//! references that go with them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;

use crate::answers::{Answer, AnswerFacts, AssumeNo};
use crate::expr::Truth;
use crate::instruments::{AbiInput, Instruments};
use crate::model::{split_region, AdviceKind, Segment, Side, Triage};
use crate::{Engine, DISCLAIMER};

/// How strongly the answers point to a condition. Deliberately coarse: no percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    LessLikely,
    Possible,
    Strong,
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
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageResult {
    pub level: Triage,
    /// What set the level: red flags or conditions, with the answers behind them.
    pub set_by: Vec<Reason>,
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
    pub conditions: Vec<RankedCondition>,
    pub segments: Segments,
    pub instruments: Instruments,
    pub next_steps: Vec<AdviceItem>,
    pub self_care: Vec<AdviceItem>,
    /// Every reference cited anywhere above.
    pub references: Vec<ReferenceItem>,
}

/// The evidence gathered for one condition while scoring.
#[derive(Default)]
struct Evidence {
    score: i32,
    for_: Vec<Reason>,
    against: Vec<Reason>,
    unsure: Vec<Reason>,
}

impl Engine {
    /// Facts derived from the answers (instrument results and the knowledge base's facts),
    /// readable by expressions like answers.
    pub fn derive(&self, answers: &BTreeMap<String, Answer>) -> BTreeMap<String, String> {
        self.facts(answers, &Instruments::run(answers, None))
    }

    fn facts(
        &self,
        answers: &BTreeMap<String, Answer>,
        instruments: &Instruments,
    ) -> BTreeMap<String, String> {
        let mut derived = instruments.facts();
        for (fact, expr) in self.kb.facts.iter().zip(&self.facts) {
            let facts = AnswerFacts {
                answers,
                derived: &derived,
            };
            if expr.eval(&facts) == Truth::True {
                derived.insert(fact.id.clone(), fact.value.clone());
            }
        }
        derived
    }

    /// Evaluates a set of (validated) answers.
    pub fn evaluate(&self, answers: &BTreeMap<String, Answer>) -> Assessment {
        self.evaluate_with_abi(answers, None)
    }

    /// Evaluates answers plus, optionally, clinician-measured ABI pressures.
    pub fn evaluate_with_abi(
        &self,
        answers: &BTreeMap<String, Answer>,
        abi: Option<&AbiInput>,
    ) -> Assessment {
        let instruments = Instruments::run(answers, abi);
        let derived = self.facts(answers, &instruments);
        let facts = AnswerFacts {
            answers,
            derived: &derived,
        };

        // 1. Red flags, before and independently of any ranking. "I don't know" to a red flag
        // raises the triage one level less, and does not list the condition (it would then
        // outrank a "no").
        let mut level = None;
        let mut set_by = Vec::new();
        let mut flagged: Vec<(String, Triage, Reason)> = Vec::new();
        for (i, (flag, expr)) in self.kb.red_flags.iter().zip(&self.red_flags).enumerate() {
            let truth = expr.eval(&facts);
            let flag_level = match truth {
                Truth::True => flag.level,
                Truth::Unknown => flag.level.step_down(),
                Truth::False => continue,
            };
            let reason = Reason {
                unsure: truth == Truth::Unknown,
                ..self.flag_reasons[i].clone()
            };
            level = level.max(Some(flag_level));
            set_by.push(reason.clone());
            if let (Truth::True, Some(condition)) = (truth, &flag.condition) {
                flagged.push((condition.clone(), flag_level, reason));
            }
        }

        // 2. Evidence scores per condition.
        let mut scores: BTreeMap<&str, Evidence> = BTreeMap::new();
        for (i, (rule, expr)) in self.kb.rules.iter().zip(&self.rules).enumerate() {
            let truth = expr.eval(&facts);
            let entry = scores.entry(rule.condition.as_str()).or_default();
            let reason = || self.rule_reasons[i].clone();
            let against = rule.weight < 0;
            // Against a condition, "don't know" counts as the "no" it might have been.
            let counts =
                truth == Truth::True || (against && expr.eval(&AssumeNo(&facts)) == Truth::True);
            if counts {
                entry.score += rule.weight;
                if against {
                    entry.against.push(reason());
                } else {
                    entry.for_.push(reason());
                }
            } else if truth == Truth::Unknown {
                entry.unsure.push(reason());
            }
        }
        let scoring = &self.kb.scoring;
        let mut conditions: Vec<((Option<Triage>, i32), RankedCondition)> = Vec::new();
        for condition in &self.kb.conditions {
            let flags: Vec<_> = flagged.iter().filter(|f| f.0 == condition.id).collect();
            let Evidence {
                score,
                for_,
                against,
                unsure,
            } = scores.remove(condition.id.as_str()).unwrap_or_default();
            let mut band = if score >= scoring.strong {
                Band::Strong
            } else if score >= scoring.possible {
                Band::Possible
            } else {
                Band::LessLikely
            };
            let mut for_ = for_;
            let flag_level = flags.iter().map(|f| f.1).max();
            for (_, _, reason) in flags.iter().rev() {
                band = Band::Strong;
                for_.insert(0, reason.clone());
            }
            // Any evidence in favour lists the condition, however much argues against it, so
            // that "less likely" causes are shown with their reasons rather than hidden.
            if flags.is_empty() && for_.is_empty() {
                continue;
            }
            let mut refs = condition.refs.clone();
            for r in for_.iter().chain(&against).flat_map(|r| r.refs.iter()) {
                if !refs.contains(r) {
                    refs.push(r.clone());
                }
            }
            // Red-flag conditions sort above every scored one, the most urgent first.
            conditions.push((
                (flag_level, score),
                RankedCondition {
                    id: condition.id.clone(),
                    name: condition.name.clone(),
                    band,
                    for_,
                    against,
                    unsure,
                    refs,
                },
            ));
        }
        conditions.sort_by_key(|c| std::cmp::Reverse(c.0));
        let conditions: Vec<RankedCondition> = conditions.into_iter().map(|(_, c)| c).collect();

        // 3. Conditions that are possible or strong set at least their own care level; red
        // flags win ties because they were counted first.
        let likely: Vec<&RankedCondition> = conditions
            .iter()
            .filter(|c| c.band >= Band::Possible)
            .collect();
        let care =
            |c: &RankedCondition| self.kb.condition(&c.id).map_or(Triage::Routine, |k| k.care);
        let condition_level = likely.iter().map(|c| care(c)).max();
        if condition_level > level {
            level = condition_level;
            set_by = likely
                .iter()
                .filter(|c| Some(care(c)) == condition_level)
                .map(|c| Reason {
                    text: format!("Your answers fit: {}", c.name).into(),
                    answers: c
                        .for_
                        .iter()
                        .flat_map(|r| r.answers.iter().cloned())
                        .collect(),
                    refs: c.refs.clone().into(),
                    condition: Some(c.id.clone()),
                    ..Reason::default()
                })
                .collect();
        }
        let level = level.unwrap_or(Triage::Routine);
        if set_by.is_empty() {
            set_by.push(Reason {
                text: "Your answers did not clearly match one cause, so a health professional \
                       should look at your legs"
                    .into(),
                ..Reason::default()
            });
        }

        let segments = self.segments(answers, &likely);
        let likely_ids: BTreeSet<&str> = likely.iter().map(|c| c.id.as_str()).collect();
        let (next_steps, self_care) = self.advice(&facts, &likely_ids, level);

        let mut cited: Vec<String> = Vec::new();
        let reasons = set_by.iter().chain(conditions.iter().flat_map(|c| &c.for_));
        let all_refs = reasons
            .flat_map(|r| r.refs.iter())
            .chain(conditions.iter().flat_map(|c| &c.refs))
            .chain(
                segments
                    .left
                    .iter()
                    .chain(&segments.right)
                    .flat_map(|s| &s.refs),
            )
            .chain(next_steps.iter().chain(&self_care).flat_map(|a| &a.refs));
        for r in all_refs {
            if !cited.contains(r) {
                cited.push(r.clone());
            }
        }
        let references = cited
            .iter()
            .filter_map(|id| self.kb.reference(id))
            .map(|r| ReferenceItem {
                id: r.id.clone(),
                source: r.source.clone(),
                confidence: r.confidence.clone(),
            })
            .collect();

        Assessment {
            kb_version: self.kb.version.clone(),
            disclaimer: DISCLAIMER.into(),
            triage: TriageResult { level, set_by },
            conditions,
            segments,
            instruments,
            next_steps,
            self_care,
            references,
        }
    }

    fn segments(
        &self,
        answers: &BTreeMap<String, Answer>,
        likely: &[&RankedCondition],
    ) -> Segments {
        let arterial = likely.iter().any(|c| {
            self.kb
                .condition(&c.id)
                .is_some_and(|k| k.group == "arterial")
        });
        if !arterial {
            return Segments {
                note: "No arterial cause is suspected from your answers, so no artery segment \
                       is highlighted."
                    .into(),
                ..Segments::default()
            };
        }
        let regions: Vec<&String> = answers
            .values()
            .filter_map(|a| match a {
                Answer::Many(list) => Some(list),
                _ => None,
            })
            .flatten()
            .collect();
        let per_leg = |side: Side| {
            let mut hits: BTreeMap<Segment, SegmentHit> = BTreeMap::new();
            for (s, site) in regions.iter().filter_map(|r| split_region(r)) {
                if s != side {
                    continue;
                }
                for map in self.kb.segment_map.iter().filter(|m| m.site == site) {
                    for segment in &map.segments {
                        let hit = hits.entry(*segment).or_insert_with(|| SegmentHit {
                            segment: *segment,
                            sites: Vec::new(),
                            certainty: map.certainty.clone(),
                            refs: map.refs.clone(),
                        });
                        if !hit.sites.iter().any(|x| x == site) {
                            hit.sites.push(site.to_string());
                        }
                    }
                }
            }
            hits.into_values().collect::<Vec<_>>()
        };
        Segments {
            left: per_leg(Side::Left),
            right: per_leg(Side::Right),
            note: "Where the pain is suggests which artery may be narrowed. This is a guide for \
                   your doctor, not a finding: only an examination and tests can show it."
                .into(),
        }
    }

    fn advice(
        &self,
        facts: &AnswerFacts<'_>,
        likely: &BTreeSet<&str>,
        level: Triage,
    ) -> (Vec<AdviceItem>, Vec<AdviceItem>) {
        let mut next_steps = Vec::new();
        let mut self_care = Vec::new();
        for (a, expr) in self.kb.advice.iter().zip(&self.advice) {
            let wanted = a.for_conditions.iter().any(|c| likely.contains(c.as_str()))
                || expr.as_ref().is_some_and(|e| e.eval(facts) == Truth::True);
            if !wanted {
                continue;
            }
            let item = AdviceItem {
                id: a.id.clone(),
                text: a.text.clone(),
                evidence: a.evidence.clone(),
                refs: a.refs.clone(),
            };
            match a.kind {
                AdviceKind::NextStep => next_steps.push(item),
                // Self-care is never offered in place of urgent or emergency care.
                AdviceKind::SelfCare if level <= Triage::Routine => self_care.push(item),
                AdviceKind::SelfCare => {}
            }
        }
        (next_steps, self_care)
    }
}
