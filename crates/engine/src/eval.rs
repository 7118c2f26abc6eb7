//! Evaluation: answers in, assessment out. Triage from red flags first, then evidence scores
//! per condition turned into strength bands; the segments and advice that follow are
//! `guidance`'s, and the result types are `assessment`'s (re-exported here).

use crate::answers::{Answer, AnswerFacts, AnswerMap};
pub use crate::assessment::{
    AdviceItem, Assessment, Band, NotRuledOut, RankedCondition, Reason, ReferenceItem, SegmentHit,
    Segments, TriageResult,
};
use crate::compiled;
use crate::expr::Truth;
use crate::id_map::{IdMap, IdSet};
use crate::instruments::{AbiInput, Instruments};
use crate::model::Triage;
use crate::{Engine, DISCLAIMER};

/// How conditions sort, most first: an emergency red flag, then evidence (a red flag counts
/// `scoring.red_flag`), then the more urgent red flag.
type RankKey = (bool, i32, Option<Triage>);

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
    pub fn derive(&self, answers: &AnswerMap) -> IdMap<String> {
        self.facts(answers, &Instruments::run(answers, None))
    }

    pub(crate) fn facts(&self, answers: &AnswerMap, instruments: &Instruments) -> IdMap<String> {
        let mut derived = instruments.facts();
        for (fact, expr) in self.kb.facts.iter().zip(&self.p().facts) {
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

    /// Whether the red flag `id` holds for these answers (`None` for an unknown id).
    pub fn red_flag_truth(&self, id: &str, answers: &AnswerMap) -> Option<Truth> {
        self.red_flag_truth_with_abi(id, answers, None)
    }

    /// `red_flag_truth` with clinician-measured ABI pressures, for the flags that read them.
    pub fn red_flag_truth_with_abi(
        &self,
        id: &str,
        answers: &AnswerMap,
        abi: Option<&AbiInput>,
    ) -> Option<Truth> {
        let derived = self.facts(answers, &Instruments::run(answers, abi));
        let facts = AnswerFacts {
            answers,
            derived: &derived,
        };
        let i = self.kb.red_flags.iter().position(|f| f.id == id)?;
        Some(self.p().red_flags[i].eval(&facts))
    }

    /// The red flags that make these answers an emergency (answered "yes", or unsure signs
    /// weighed up to an emergency), by id; empty when the level is not an emergency. The app
    /// shows the emergency card as soon as a new one appears.
    pub fn emergency_signs(&self, answers: &AnswerMap) -> Vec<String> {
        let triage = self.evaluate(answers).triage;
        if triage.level != Triage::Emergency {
            return Vec::new();
        }
        triage.set_by.into_iter().filter_map(|r| r.flag).collect()
    }

    /// Evaluates a set of (validated) answers.
    pub fn evaluate(&self, answers: &AnswerMap) -> Assessment {
        self.evaluate_with_abi(answers, None)
    }

    /// Evaluates answers plus, optionally, clinician-measured ABI pressures.
    pub fn evaluate_with_abi(&self, answers: &AnswerMap, abi: Option<&AbiInput>) -> Assessment {
        let instruments = Instruments::run(answers, abi);
        let derived = self.facts(answers, &instruments);
        // Every answer and fact an expression reads, read once (`compiled`).
        let p = self.p();
        let values = p.slots.values(answers, &derived);

        // 1. Red flags, before and independently of any ranking. A "yes" sets the flag's level
        // and lists its condition; an "I don't know" is weighed once everything else is known
        // (`Triage::unsure`) and lists no condition (it would then outrank a "no").
        let mut flagged: Vec<(String, Triage, Reason)> = Vec::new();
        let mut sure: Vec<(Triage, Reason)> = Vec::new();
        // Each unsure flag with its level and the least its "I don't know" sets, and the
        // questions answered "I don't know" (or "not sure") that it reads.
        let mut unsure_flags: Vec<(Triage, Triage, Reason)> = Vec::new();
        let mut unsure_reads: Vec<Vec<&str>> = Vec::new();
        for (i, (flag, expr)) in self.kb.red_flags.iter().zip(&p.compiled_flags).enumerate() {
            match expr.eval(&values) {
                Truth::True => {
                    let reason = p.flag_reasons[i].clone();
                    if let Some(condition) = &flag.condition {
                        flagged.push((condition.clone(), flag.level, reason.clone()));
                    }
                    sure.push((flag.level, reason));
                }
                Truth::Unknown => {
                    unsure_flags.push((
                        flag.level,
                        flag.unsure_level
                            .map_or(Triage::SelfCare, |l| l.min(flag.level)),
                        Reason {
                            unsure: true,
                            ..p.flag_reasons[i].clone()
                        },
                    ));
                    unsure_reads.push(
                        p.red_flags[i]
                            .ids()
                            .into_iter()
                            .filter(|id| match answers.get(id) {
                                Some(Answer::One(v)) => v == crate::expr::DONT_KNOW,
                                Some(Answer::Many(list)) => {
                                    list.iter().any(|x| x == crate::expr::NOT_SURE)
                                }
                                _ => false,
                            })
                            .collect(),
                    );
                }
                Truth::False => {}
            }
        }

        // 2. Evidence scores per condition.
        // By condition index (`rule_condition`, worked out when the knowledge base is loaded).
        let mut scores: Vec<Evidence> = (0..self.kb.conditions.len())
            .map(|_| Evidence::default())
            .collect();
        let mut assumed_no = None;
        for (i, (rule, expr)) in self.kb.rules.iter().zip(&p.compiled_rules).enumerate() {
            let Some(entry) = p.rule_condition[i].and_then(|c| scores.get_mut(c)) else {
                continue;
            };
            let truth = expr.eval(&values);
            let reason = || p.rule_reasons[i].clone();
            let against = rule.weight < 0;
            // Against a condition, "don't know" counts as the "no" it might have been.
            // (A false test stays false whatever an unknown answer turns out to be, so only an
            // unknown one is read again with "I don't know" as "no".)
            let counts = truth == Truth::True
                || (against
                    && truth == Truth::Unknown
                    && expr.eval(assumed_no.get_or_insert_with(|| compiled::assume_no(&values)))
                        == Truth::True);
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
        let mut conditions: Vec<(RankKey, RankedCondition)> = Vec::new();
        for (condition, evidence) in self.kb.conditions.iter().zip(scores) {
            let flags: Vec<_> = flagged.iter().filter(|f| f.0 == condition.id).collect();
            let Evidence {
                score,
                for_,
                against,
                unsure,
            } = evidence;
            let mut band = if score >= scoring.strong {
                Band::Strong
            } else if score >= scoring.possible {
                Band::Possible
            } else {
                Band::LessLikely
            };
            let mut for_ = for_;
            let flag_level = flags.iter().map(|f| f.1).max();
            match flag_level {
                Some(level) if level >= Triage::Urgent => band = Band::Flagged,
                Some(_) => band = band.max(Band::Strong),
                None => {}
            }
            for (_, _, reason) in flags.iter().rev() {
                for_.insert(0, reason.clone());
            }
            // Any evidence in favour lists the condition, however much argues against it, so
            // that "less likely" causes are shown with their reasons rather than hidden.
            if flags.is_empty() && for_.is_empty() {
                continue;
            }
            let mut refs = condition.refs.clone();
            let mut listed = IdSet::new();
            listed.extend(condition.refs.iter().map(String::as_str));
            for r in for_.iter().chain(&against).flat_map(|r| r.refs.iter()) {
                if listed.insert(r.as_str()) {
                    refs.push(r.clone());
                }
            }
            // Emergency red-flag conditions sort above everything. Any other red flag counts
            // as `scoring.red_flag` evidence for its condition, on top of its rules, so that a
            // cause the answers fit better (cellulitis at a break in the skin, beside a swollen
            // leg) can still come first, while the flag keeps the triage level. Ties go to the
            // more urgent flag.
            let emergency = flag_level == Some(Triage::Emergency);
            let ranked = score
                + if flags.is_empty() {
                    0
                } else {
                    scoring.red_flag
                };
            conditions.push((
                (emergency, ranked, flag_level),
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
        rank(&mut conditions);
        let conditions: Vec<RankedCondition> = conditions.into_iter().map(|(_, c)| c).collect();

        // 3. Conditions that are possible or strong set at least their own care level.
        let likely: Vec<&RankedCondition> = conditions
            .iter()
            .filter(|c| c.band >= Band::Possible)
            .collect();
        let unclear = likely.is_empty();
        let care =
            |c: &RankedCondition| self.kb.condition(&c.id).map_or(Triage::DEFAULT, |k| k.care);
        let by_conditions: Vec<(Triage, Reason)> = likely
            .iter()
            .map(|c| {
                let reason = Reason {
                    text: format!("Your answers fit: {}", c.name).into(),
                    answers: c
                        .for_
                        .iter()
                        .flat_map(|r| r.answers.iter().cloned())
                        .collect(),
                    refs: c.refs.clone().into(),
                    condition: Some(c.id.clone()),
                    ..Reason::default()
                };
                (care(c), reason)
            })
            .collect();

        // 4. The level: the most urgent of the sure red flags and the likely causes, then the
        // unsure red flags, each weighed against everything else (the other unsure ones too,
        // until nothing changes), so that one more "don't know" is always more urgent than a
        // "no" whenever a "yes" would be. Two flags unsure because of the same answer (a hot
        // joint and an infected one, both unsure about the joint) are one uncertainty, so they
        // do not push each other up. Only what reached the level is listed as its reason, red
        // flags first.
        let rest = sure.iter().chain(&by_conditions).map(|(l, _)| *l).max();
        let mut weighed: Vec<Option<Triage>> = vec![None; unsure_flags.len()];
        loop {
            let next: Vec<Option<Triage>> = unsure_flags
                .iter()
                .enumerate()
                .map(|(i, (flag_level, floor, _))| {
                    let shares = |j: usize| {
                        unsure_reads[j]
                            .iter()
                            .any(|id| unsure_reads[i].contains(id))
                    };
                    let others = weighed
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| *j != i && !shares(*j))
                        .map(|(_, l)| *l)
                        .chain([rest])
                        .max()
                        .flatten();
                    Some(flag_level.unsure(others).max(*floor))
                })
                .collect();
            if next == weighed {
                break;
            }
            weighed = next;
        }
        let reached = weighed.iter().copied().chain([rest]).max().flatten();
        let unsure: Vec<(Triage, Reason)> = unsure_flags
            .into_iter()
            .zip(&weighed)
            .map(|((_, _, reason), l)| (l.unwrap_or(Triage::DEFAULT), reason))
            .collect();
        let unsure_signs: Vec<Reason> = unsure.iter().map(|(_, r)| r.clone()).collect();
        // What an unsure warning sign could mean, when it calls for same-day care or more: shown
        // apart from the ranking (it would otherwise outrank a "no"), most urgent first.
        let mut cannot_rule_out: Vec<(Triage, NotRuledOut)> = Vec::new();
        for (l, reason) in unsure.iter().filter(|(l, _)| *l >= Triage::Urgent) {
            let flag = reason
                .flag
                .as_deref()
                .and_then(|id| self.kb.red_flags.iter().find(|f| f.id == id));
            let Some(condition) = flag
                .and_then(|f| f.condition.as_deref())
                .and_then(|c| self.kb.condition(c))
            else {
                continue;
            };
            let likely_already = conditions
                .iter()
                .any(|c| c.id == condition.id && c.band >= Band::Possible);
            if likely_already || cannot_rule_out.iter().any(|(_, n)| n.id == condition.id) {
                continue;
            }
            cannot_rule_out.push((
                *l,
                NotRuledOut {
                    id: condition.id.clone(),
                    name: condition.name.clone(),
                    reason: reason.clone(),
                },
            ));
        }
        rank(&mut cannot_rule_out);
        let cannot_rule_out: Vec<NotRuledOut> =
            cannot_rule_out.into_iter().map(|(_, n)| n).collect();
        let level = reached.unwrap_or(Triage::DEFAULT);
        let mut set_by: Vec<Reason> = sure
            .into_iter()
            .chain(unsure)
            .chain(by_conditions)
            .filter(|(l, _)| *l == level)
            .map(|(_, r)| r)
            .collect();
        if set_by.is_empty() {
            set_by.push(Reason {
                text: "Your answers did not clearly match one cause, so a health professional \
                       should look at your legs"
                    .into(),
                ..Reason::default()
            });
        }

        let segments = self.segments(answers, &likely);
        let mut likely_ids = IdSet::new();
        likely_ids.extend(likely.iter().map(|c| c.id.as_str()));
        let mut open_ids = IdSet::new();
        open_ids.extend(cannot_rule_out.iter().map(|c| c.id.as_str()));
        let (next_steps, self_care, safety_net) =
            self.advice(&values, &likely_ids, &open_ids, level, unclear);

        // In order of first citation; the set is searched by halves, not item by item.
        let mut cited: Vec<&str> = Vec::new();
        let mut seen = IdSet::new();
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
            .chain(
                next_steps
                    .iter()
                    .chain(&self_care)
                    .chain(&safety_net)
                    .flat_map(|a| &a.refs),
            );
        for r in all_refs {
            if seen.insert(r.as_str()) {
                cited.push(r.as_str());
            }
        }
        let references = cited
            .iter()
            .filter_map(|id| p.reference_index.get(*id))
            .map(|&i| &self.kb.references[i])
            .map(|r| ReferenceItem {
                id: r.id.clone(),
                source: r.source.clone(),
                confidence: r.confidence.clone(),
            })
            .collect();

        Assessment {
            kb_version: self.kb.version.clone(),
            disclaimer: DISCLAIMER.into(),
            triage: TriageResult {
                level,
                set_by,
                unsure: unsure_signs,
            },
            unclear,
            cannot_rule_out,
            conditions,
            segments,
            instruments,
            next_steps,
            self_care,
            safety_net,
            references,
        }
    }
}

/// Orders `(key, item)` pairs highest key first, keeping the given order among equal keys.
/// An insertion sort: these lists hold a few dozen entries at most, and the standard library's
/// stable sort costs about 1.4 KB of wasm for each element type it sorts (issue 14).
fn rank<K: Ord, T>(list: &mut [(K, T)]) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && list[j - 1].0 < list[j].0 {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// `rank` orders exactly as the standard library's stable sort by descending key.
        #[test]
        fn rank_is_a_stable_sort_highest_first(keys in proptest::collection::vec(0u8..4, 0..40)) {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = ours.clone();
            super::rank(&mut ours);
            std_sorted.sort_by_key(|(k, _)| std::cmp::Reverse(*k));
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
