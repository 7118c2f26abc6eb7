//! What follows from a ranking: the artery segments per leg that the body map implicates when
//! an arterial cause is likely, and the next steps and self-care that fit the result and who is
//! asking (pregnancy, kidney disease, blood thinners and the other audiences).

use crate::answers::{Answer, AnswerMap};
use crate::assessment::{AdviceItem, RankedCondition, SegmentHit, Segments};
use crate::expr::Truth;
use crate::id_map::IdSet;
use crate::model::{split_region, AdviceKind, Side, Triage};
use crate::Engine;

impl Engine {
    pub(crate) fn segments(&self, answers: &AnswerMap, likely: &[&RankedCondition]) -> Segments {
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
            // Proximal to distal (`Segment`'s order), each segment once: kept in order by
            // inserting where it belongs (a B-tree would bring its code for this one type).
            let mut hits: Vec<SegmentHit> = Vec::new();
            for (s, site) in regions.iter().filter_map(|r| split_region(r)) {
                if s != side {
                    continue;
                }
                for map in self.kb.segment_map.iter().filter(|m| m.site == site) {
                    for segment in &map.segments {
                        let at = hits.partition_point(|h| h.segment < *segment);
                        if hits.get(at).is_none_or(|h| h.segment != *segment) {
                            hits.insert(
                                at,
                                SegmentHit {
                                    segment: *segment,
                                    sites: Vec::new(),
                                    certainty: map.certainty.clone(),
                                    refs: map.refs.clone(),
                                },
                            );
                        }
                        let hit = &mut hits[at];
                        if !hit.sites.iter().any(|x| x == site) {
                            hit.sites.push(site.to_string());
                        }
                    }
                }
            }
            hits
        };
        Segments {
            left: per_leg(Side::Left),
            right: per_leg(Side::Right),
            note: "Where the pain is suggests which artery may be narrowed. This is a guide for \
                   your doctor, not a finding: only an examination and tests can show it."
                .into(),
        }
    }

    pub(crate) fn advice(
        &self,
        values: &[Option<crate::expr::Value<'_>>],
        likely: &IdSet<'_>,
        not_ruled_out: &IdSet<'_>,
        level: Triage,
        unclear: bool,
    ) -> (Vec<AdviceItem>, Vec<AdviceItem>, Vec<AdviceItem>) {
        // Who is asking: an audience is certain when its test is true, and possible when the
        // answers cannot rule it out (advice unsafe for it is then left out too).
        let audience = |id: &str| {
            self.kb
                .audiences
                .iter()
                .zip(&self.p().compiled_audiences)
                .find(|(a, _)| a.id == id)
                .map_or(Truth::False, |(_, e)| e.eval(values))
        };
        let mut next_steps = Vec::new();
        let mut self_care = Vec::new();
        let mut safety_net = Vec::new();
        for (a, expr) in self.kb.advice.iter().zip(&self.p().compiled_advice) {
            // A safety net is for what is still possible: the likely causes, and those an
            // unsure warning sign cannot rule out. And it warns whoever might be in its
            // audience (a "not sure" about diabetes gets the diabetic foot's warning), where
            // other advice is only for those certainly in it.
            let net = a.kind == AdviceKind::SafetyNet;
            // `when` narrows `for_conditions` when both are given; either alone suffices.
            let for_condition = a.for_conditions.iter().any(|c| {
                likely.contains(c.as_str()) || (net && not_ruled_out.contains(c.as_str()))
            });
            let when = expr.as_ref().map(|e| e.eval(values) == Truth::True);
            let by_answers = match (a.for_conditions.is_empty(), when) {
                (false, Some(holds)) => for_condition && holds,
                (false, None) => for_condition,
                (true, Some(holds)) => holds,
                (true, None) => false,
            };
            let wanted = by_answers || a.for_levels.contains(&level) || (a.unclear && unclear);
            let fits = a.only_for.is_empty()
                || a.only_for.iter().any(|id| match audience(id) {
                    Truth::True => true,
                    Truth::Unknown => net,
                    Truth::False => false,
                });
            let unsafe_here = a.avoid_for.iter().any(|id| audience(id) != Truth::False);
            let too_late = a.max_level.is_some_and(|max| level > max);
            if !wanted || !fits || unsafe_here || too_late {
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
                // At an emergency there is nothing sooner than now.
                AdviceKind::SafetyNet if level < Triage::Emergency => safety_net.push(item),
                AdviceKind::SafetyNet => {}
            }
        }
        (next_steps, self_care, safety_net)
    }
}
