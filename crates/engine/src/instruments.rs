//! The validated instruments, implemented exactly as published (shared/clinical/REFERENCE.md):
//! the Edinburgh Claudication Questionnaire, the IRLSSG 2012 restless-legs criteria, the
//! Hallegraeff 2017 nocturnal leg cramp characteristics and the ankle-brachial index. Each
//! reads answers by the question ids listed in `READS`, which validation checks against the
//! knowledge base, and returns both a result for people and facts for the rules.

use serde::Serialize;

use crate::answers::{Answer, AnswerMap};
use crate::id_map::IdMap;
use crate::model::split_region;

mod abi;
mod cramp;
mod ecq;
mod irlssg;

pub use abi::{abi, abi_category, check_abi, Abi, AbiInput, LegAbi, ANKLE_RANGE, ARM_RANGE};
pub use cramp::{nocturnal_cramp, NocturnalCramp};
pub use ecq::{ecq, Ecq};
pub use irlssg::{irlssg, Irlssg};

/// Every (question, answer) an instrument reads; validation checks they exist.
pub const READS: &[(&str, &str)] = &[
    ("ecq_walk_pain", "yes"),
    ("ecq_walk_pain", "no"),
    ("ecq_walk_pain", "unable_to_walk"),
    ("ecq_at_rest", "yes"),
    ("ecq_uphill", "yes"),
    ("ecq_ordinary_pace", "yes"),
    ("ecq_stand_still", "continues"),
    ("ecq_stand_still", "disappears"),
    ("pain_sites", "calf"),
    ("rls_urge", "yes"),
    ("rls_rest", "yes"),
    ("rls_movement_relief", "yes"),
    ("rls_evening", "yes"),
    ("rls_position_only", "yes"),
    ("rls_habit", "yes"),
    ("rls_frequency", "twice_weekly_or_more"),
    ("rls_frequency", "less_often"),
    ("feelings", "cramp"),
    ("feelings", "muscle_ache"),
    ("leg_swelling", "yes"),
    ("joint_pain", "yes"),
    ("cramp_when", "night_or_rest"),
    ("cramp_when", "not_sure"),
    ("cramp_duration", "up_to_10_min"),
    ("cramp_sore_after", "yes"),
    ("cramp_wakes", "yes"),
    ("cramp_distress", "yes"),
];

/// Facts the instruments can produce, with every value, for validation of rule expressions.
pub const FACTS: &[(&str, &[&str])] = &[
    (
        "ecq",
        &["positive", "negative", "unable_to_walk", "incomplete"],
    ),
    ("ecq_site", &["definite", "atypical", "none"]),
    ("ecq_grade", &["grade_1", "grade_2"]),
    (
        "irlssg",
        &["met", "mimic_possible", "not_met", "incomplete"],
    ),
    (
        "nlc",
        &["typical", "atypical", "not_nocturnal", "timing_unknown"],
    ),
    ("abi_left", &ABI_CATEGORIES),
    ("abi_right", &ABI_CATEGORIES),
    ("abi_left_critical", &["yes"]),
    ("abi_right_critical", &["yes"]),
];

const ABI_CATEGORIES: [&str; 4] = ["abnormal", "borderline", "normal", "noncompressible"];

/// Three answers the instruments distinguish.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    Yes,
    No,
    Unsure,
}

struct Reader<'a>(&'a AnswerMap);

impl Reader<'_> {
    fn choice(&self, id: &str) -> Option<&str> {
        match self.0.get(id) {
            Some(Answer::One(v)) => Some(v),
            _ => None,
        }
    }
    /// A yes/no item: unanswered and "don't know" are both unsure.
    fn said(&self, id: &str, yes: &str) -> Said {
        match self.choice(id) {
            Some(v) if v == yes => Said::Yes,
            Some(crate::expr::DONT_KNOW) | None => Said::Unsure,
            Some(_) => Said::No,
        }
    }
    fn has(&self, id: &str, item: &str) -> bool {
        matches!(self.0.get(id), Some(Answer::Many(list)) if list.iter().any(|x| x == item))
    }
    fn sites(&self) -> Vec<&str> {
        match self.0.get("pain_sites") {
            Some(Answer::Many(list)) => list
                .iter()
                .filter_map(|r| split_region(r))
                .map(|(_, s)| s)
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// All instrument results for one set of answers.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Instruments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ecq: Option<Ecq>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub irlssg: Option<Irlssg>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nocturnal_cramp: Option<NocturnalCramp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abi: Option<Abi>,
}

impl Instruments {
    pub fn run(answers: &AnswerMap, abi_input: Option<&AbiInput>) -> Instruments {
        Instruments {
            ecq: ecq(answers),
            irlssg: irlssg(answers),
            nocturnal_cramp: nocturnal_cramp(answers),
            abi: abi_input.and_then(abi),
        }
    }

    /// The facts rules can read (see `FACTS`).
    pub fn facts(&self) -> IdMap<String> {
        let mut facts = IdMap::new();
        if let Some(e) = &self.ecq {
            facts.insert("ecq".into(), e.result.clone());
            if let Some(site) = &e.site {
                facts.insert("ecq_site".into(), site.clone());
            }
            if let Some(g) = e.grade {
                facts.insert("ecq_grade".into(), format!("grade_{g}"));
            }
        }
        if let Some(i) = &self.irlssg {
            facts.insert("irlssg".into(), i.result.clone());
        }
        if let Some(n) = &self.nocturnal_cramp {
            facts.insert("nlc".into(), n.result.clone());
        }
        if let Some(a) = &self.abi {
            for (name, leg) in [("abi_left", &a.left), ("abi_right", &a.right)] {
                if let Some(leg) = leg {
                    facts.insert(name.into(), leg.category.clone());
                    if leg.critical {
                        facts.insert(format!("{name}_critical"), "yes".into());
                    }
                }
            }
        }
        facts
    }
}
