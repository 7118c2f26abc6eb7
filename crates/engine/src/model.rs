//! The knowledge base as typed data: questions, conditions, evidence rules, red flags, advice
//! and references. These types mirror `knowledge/*.toml` one to one; nothing here decides
//! anything (that is `eval`), and nothing here checks consistency (that is `validate`).

use serde::{Deserialize, Serialize};

/// The whole knowledge base, as reviewed by clinicians in `crates/engine/knowledge/`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct KnowledgeBase {
    /// Shown in every result and stored with saved answers.
    pub version: String,
    /// When the content was last reviewed, `YYYY-MM-DD` (shown under every screen).
    #[serde(default)]
    pub reviewed: String,
    /// Score thresholds that turn evidence into strength bands.
    pub scoring: Scoring,
    /// How long the questions take, as measured over the vignettes (the start page says it).
    pub journey: Journey,
    #[serde(rename = "question", default)]
    pub questions: Vec<Question>,
    #[serde(rename = "condition", default)]
    pub conditions: Vec<Condition>,
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
    #[serde(rename = "red_flag", default)]
    pub red_flags: Vec<RedFlag>,
    #[serde(rename = "advice", default)]
    pub advice: Vec<Advice>,
    #[serde(rename = "reference", default)]
    pub references: Vec<Reference>,
    /// Body-map site to arterial segments (the location table of the source summary).
    #[serde(rename = "segment_map", default)]
    pub segment_map: Vec<SegmentMap>,
    /// Facts derived from answers by an expression, usable by rules like answers.
    #[serde(rename = "fact", default)]
    pub facts: Vec<Fact>,
    /// The claudication differential table for clinicians.
    #[serde(rename = "differential", default)]
    pub differential: Vec<DifferentialRow>,
    /// Who is asking (pregnant, older adult, kidney disease): advice is fitted to them.
    #[serde(rename = "audience", default)]
    pub audiences: Vec<Audience>,
}

/// A group of people some advice is written for, or is unsafe for, recognised from the
/// answers (e.g. `pregnant` when `pregnancy = pregnant`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Audience {
    pub id: String,
    pub name: String,
    pub when: String,
    pub refs: Vec<String>,
}

/// One row of the ACC/AHA/TASC differential table.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DifferentialRow {
    pub condition: String,
    pub location: String,
    pub character: String,
    pub exercise: String,
    pub rest: String,
    pub position: String,
    pub refs: Vec<String>,
}

/// A named fact that holds `value` when `when` is true (e.g. `pad_risk = increased`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Fact {
    pub id: String,
    pub value: String,
    pub when: String,
    pub refs: Vec<String>,
}

/// How long the questions take, for the start page's estimate.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Journey {
    /// The number of questions most people answer: the 10th and 90th percentiles over the
    /// vignettes that are not emergencies (`tests/vignettes.rs` measures them).
    pub questions: [u32; 2],
    /// Seconds to read and answer one short question, fastest and slowest (an assumption).
    pub seconds_per_question: [u32; 2],
}

impl Journey {
    /// Whole minutes: the fewest questions at the fastest pace (rounded down, at least 1), to
    /// the most at the slowest (rounded up).
    pub fn minutes(&self) -> [u32; 2] {
        let [few, many] = self.questions;
        let [fast, slow] = self.seconds_per_question;
        [(few * fast / 60).max(1), (many * slow).div_ceil(60)]
    }
}

/// Evidence score thresholds: a condition at or above `strong` is "strong", at or above
/// `possible` is "possible", and any lower positive score is "less likely".
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Scoring {
    pub strong: i32,
    pub possible: i32,
    /// The evidence a red flag answered "yes" counts for its condition when ranking.
    pub red_flag: i32,
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes, no, or (unless `dont_know = false`) "I don't know".
    YesNo,
    /// Exactly one of `options`.
    Single,
    /// Any number of `options`, including none.
    Multi,
    /// A number with a unit, within `min..=max`.
    Number,
    /// Body-map regions, each `left_<site>` or `right_<site>`.
    BodyRegions,
}

/// Where a question sits in the journey: who is asking (age) first, then the red flags, before
/// anything about the pain itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    About,
    RedFlags,
    BodyMap,
    Symptoms,
    History,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub stage: Stage,
    /// The question as the page heading, in plain words.
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// For `single` and `multi`. Yes/no questions get theirs from `kind`.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Whether "I don't know" is offered (yes/no and single choice).
    #[serde(default = "yes")]
    pub dont_know: bool,
    /// Ask only when this expression is true; absent means always.
    #[serde(default)]
    pub ask_if: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Choice {
    pub id: String,
    pub text: String,
    /// A "none of these" style option: choosing it clears the others. It need not be used by
    /// any rule.
    #[serde(default)]
    pub exclusive: bool,
    /// The absence of a finding (such as "less than once a week"): an honest answer that no
    /// rule needs to read.
    #[serde(default)]
    pub neutral: bool,
}

/// Urgency, ordered from least to most urgent so that `max` picks the most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Triage {
    SelfCare,
    Routine,
    Urgent,
    Emergency,
}

impl Triage {
    /// The level when no red flag and no cause sets one: a health professional should look.
    pub const DEFAULT: Triage = Triage::Routine;

    /// The level's name as the knowledge base, the JSON outputs, the embedding messages and the
    /// FHIR codes spell it (`self_care`; a test ties it to serde's). Also for messages: the
    /// app's size build prints no `Debug` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Triage::SelfCare => "self_care",
            Triage::Routine => "routine",
            Triage::Urgent => "urgent",
            Triage::Emergency => "emergency",
        }
    }

    /// One step less urgent.
    pub fn step_down(self) -> Triage {
        match self {
            Triage::Emergency => Triage::Urgent,
            Triage::Urgent => Triage::Routine,
            Triage::Routine | Triage::SelfCare => Triage::SelfCare,
        }
    }

    /// One step more urgent.
    pub fn step_up(self) -> Triage {
        match self {
            Triage::SelfCare => Triage::Routine,
            Triage::Routine => Triage::Urgent,
            Triage::Urgent | Triage::Emergency => Triage::Emergency,
        }
    }

    /// The level a red flag of level `self` sets when it is answered "I don't know", given the
    /// level everything else sets (`rest`, `None` when nothing does): one step above `rest`, up
    /// to the flag's own level, and never lower than one step under it or than the no-answer
    /// default. So an unsure answer is more urgent than "no" whenever "yes" would be.
    pub fn unsure(self, rest: Option<Triage>) -> Triage {
        let above_rest = rest.unwrap_or(Triage::DEFAULT).step_up().min(self);
        above_rest
            .max(self.step_down())
            .max(Triage::DEFAULT.min(self))
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Condition {
    pub id: String,
    pub name: String,
    pub group: String,
    pub summary: String,
    /// The least urgent care this condition needs when it is possible or strong.
    pub care: Triage,
    pub refs: Vec<String>,
}

/// One piece of evidence: when `when` holds, `weight` is added to `condition`'s score
/// (negative weights argue against it).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Rule {
    pub condition: String,
    pub when: String,
    pub weight: i32,
    /// The reason in plain words, shown under "why".
    pub reason: String,
    pub refs: Vec<String>,
    /// What the weight stands on: a published figure, or LegCheck's judgement. Required by
    /// validation; left out of the app's copy of the knowledge base (build.rs), which never
    /// shows it.
    #[serde(default)]
    pub basis: Option<Basis>,
}

/// The evidence behind a rule's weight (docs/clinical/evidence.md is generated from it):
/// either a published figure (a likelihood ratio, sensitivity and specificity, a validated
/// score's points) with the reference it comes from, or `judgement` with one line of reasoning.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    #[serde(default)]
    pub figure: Option<String>,
    /// The reference id the figure comes from.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub judgement: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RedFlag {
    pub id: String,
    pub level: Triage,
    pub when: String,
    pub text: String,
    /// The condition this red flag suggests, if any; it is listed first in the result.
    #[serde(default)]
    pub condition: Option<String>,
    pub refs: Vec<String>,
    /// The least an "I don't know" sets, for a sign whose uncertainty is itself a reason to be
    /// seen that soon (at most `level`); otherwise `Triage::unsure` decides.
    #[serde(default)]
    pub unsure_level: Option<Triage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdviceKind {
    NextStep,
    SelfCare,
    /// "Get help sooner if ...": what should make the person act sooner than their result
    /// says, shown in the care card of every result below an emergency.
    SafetyNet,
}

/// A next step or a self-care item, with an honest note on its evidence.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Advice {
    pub id: String,
    pub kind: AdviceKind,
    pub text: String,
    pub evidence: String,
    /// Shown when any of these conditions is possible or strong...
    #[serde(default)]
    pub for_conditions: Vec<String>,
    /// ...or when this expression holds...
    #[serde(default)]
    pub when: Option<String>,
    /// ...or when the triage is one of these levels...
    #[serde(default)]
    pub for_levels: Vec<Triage>,
    /// ...or when no cause fits clearly (none is possible or strong).
    #[serde(default)]
    pub unclear: bool,
    /// Never shown when the triage is more urgent than this (advice to book a GP appointment
    /// beside "call 999" would give a frightened person the less urgent choice).
    #[serde(default)]
    pub max_level: Option<Triage>,
    /// Shown only to these audiences (ids of `[[audience]]`), when set.
    #[serde(default)]
    pub only_for: Vec<String>,
    /// Never shown to these audiences (contraindications), even when unsure who is asking.
    #[serde(default)]
    pub avoid_for: Vec<String>,
    pub refs: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Reference {
    pub id: String,
    pub source: String,
    /// The marker(s) of `shared/clinical/source-summary.md` this reference stands for.
    #[serde(default)]
    pub seed_markers: Vec<u8>,
    /// `confirmed`, `partly_confirmed` or `unconfirmed`, as labelled in the clinical reference.
    pub confidence: String,
    /// What is and is not confirmed about this source.
    #[serde(default)]
    pub note: Option<String>,
}

/// The id prefix of the clinical source summary's own references (`source_3`), which name no
/// publication: patients see them as one entry, and their text is not translated.
pub const UNNAMED_REFERENCE_PREFIX: &str = "source_";

/// Whether a patient sees the reference with this id by its own name (a named publication or
/// web page), rather than as part of the source summary.
pub fn is_named_reference(id: &str) -> bool {
    !id.starts_with(UNNAMED_REFERENCE_PREFIX)
}

/// Arterial segments, proximal to distal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    Aortoiliac,
    Femoropopliteal,
    Tibial,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SegmentMap {
    /// A body-map site without its side, e.g. `calf`.
    pub site: String,
    pub segments: Vec<Segment>,
    /// How sure the sources are of this mapping.
    pub certainty: String,
    pub refs: Vec<String>,
}

/// The body-map sites of one leg, front and back.
pub const SITES: [&str; 14] = [
    "buttock",
    "hip",
    "groin",
    "thigh_front",
    "thigh_back",
    "knee",
    "knee_back",
    "shin",
    "calf",
    "ankle",
    "heel",
    "foot_top",
    "sole",
    "toes",
];

/// A leg. "Left" is always the person's own left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    pub fn mirror(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// Splits a body-map region id such as `left_calf` into its side and site.
pub fn split_region(region: &str) -> Option<(Side, &str)> {
    let (side, site) = if let Some(site) = region.strip_prefix("left_") {
        (Side::Left, site)
    } else {
        (Side::Right, region.strip_prefix("right_")?)
    };
    SITES.contains(&site).then_some((side, site))
}

impl KnowledgeBase {
    /// Every expression the engine compiles (`Prepared::new`), as (kind, id, source): what
    /// `build.rs` parses, so that a knowledge base with a bad one does not build; a test ties
    /// this list to what the engine compiles.
    pub fn expressions(&self) -> Vec<(&'static str, &str, &str)> {
        let mut out = Vec::new();
        for q in &self.questions {
            out.extend(q.ask_if.as_deref().map(|s| ("question", q.id.as_str(), s)));
        }
        out.extend(
            self.rules
                .iter()
                .map(|r| ("rule for", r.condition.as_str(), r.when.as_str())),
        );
        out.extend(
            self.red_flags
                .iter()
                .map(|f| ("red flag", f.id.as_str(), f.when.as_str())),
        );
        for a in &self.advice {
            out.extend(a.when.as_deref().map(|s| ("advice", a.id.as_str(), s)));
        }
        out.extend(
            self.facts
                .iter()
                .map(|f| ("fact", f.id.as_str(), f.when.as_str())),
        );
        out.extend(
            self.audiences
                .iter()
                .map(|a| ("audience", a.id.as_str(), a.when.as_str())),
        );
        out
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }
}

impl Question {
    /// The answer ids this question accepts (for choice questions), in display order.
    pub fn option_ids(&self) -> Vec<String> {
        match self.kind {
            QuestionKind::YesNo => {
                let mut ids = vec!["yes".to_string(), "no".to_string()];
                if self.dont_know {
                    ids.push(crate::expr::DONT_KNOW.to_string());
                }
                ids
            }
            QuestionKind::Single => {
                let mut ids: Vec<String> = self.options.iter().map(|o| o.id.clone()).collect();
                if self.dont_know {
                    ids.push(crate::expr::DONT_KNOW.to_string());
                }
                ids
            }
            QuestionKind::Multi => self.options.iter().map(|o| o.id.clone()).collect(),
            QuestionKind::BodyRegions => Side::BOTH
                .iter()
                .flat_map(|s| {
                    SITES
                        .iter()
                        .map(move |site| format!("{}_{site}", s.as_str()))
                })
                .collect(),
            QuestionKind::Number => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Journey;

    #[test]
    fn journey_minutes_round_outwards_and_never_say_zero() {
        let j = |questions, seconds_per_question| Journey {
            questions,
            seconds_per_question,
        };
        assert_eq!(j([24, 37], [10, 15]).minutes(), [4, 10]);
        assert_eq!(j([3, 4], [10, 15]).minutes(), [1, 1]);
        assert_eq!(j([12, 12], [10, 10]).minutes(), [2, 2]);
        assert_eq!(j([12, 13], [10, 10]).minutes(), [2, 3]);
    }
}
