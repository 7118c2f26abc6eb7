//! The validated instruments, implemented exactly as published (shared/clinical/REFERENCE.md):
//! the Edinburgh Claudication Questionnaire, the IRLSSG 2012 restless-legs criteria, the
//! Hallegraeff 2017 nocturnal leg cramp characteristics and the ankle-brachial index. Each
//! reads answers by the question ids listed in `READS`, which validation checks against the
//! knowledge base, and returns both a result for people and facts for the rules.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answers::Answer;
use crate::model::split_region;

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
    ("nlc", &["typical", "atypical", "not_nocturnal"]),
    ("abi_left", &ABI_CATEGORIES),
    ("abi_right", &ABI_CATEGORIES),
];

const ABI_CATEGORIES: [&str; 4] = ["abnormal", "borderline", "normal", "noncompressible"];

/// Three answers the instruments distinguish.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    Yes,
    No,
    Unsure,
}

struct Reader<'a>(&'a BTreeMap<String, Answer>);

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

/// Edinburgh Claudication Questionnaire result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ecq {
    /// positive | negative | unable_to_walk | incomplete
    pub result: String,
    /// 1 (not at an ordinary pace on the level) or 2 (also at an ordinary pace); positive only.
    pub grade: Option<u8>,
    /// definite (calf) | atypical (thigh or buttock without calf) | none; positive only.
    pub site: Option<String>,
    pub explanation: String,
}

/// Leng & Fowkes 1992: positive only if Q1 yes, Q2 no, Q3 yes and Q5 "disappears in 10
/// minutes or less"; grade from Q4; site from the pain diagram (here, the body map).
pub fn ecq(answers: &BTreeMap<String, Answer>) -> Option<Ecq> {
    let r = Reader(answers);
    let q1 = r.choice("ecq_walk_pain")?;
    let done = |result: &str, explanation: &str| {
        Some(Ecq {
            result: result.into(),
            grade: None,
            site: None,
            explanation: explanation.into(),
        })
    };
    match q1 {
        "no" => return done("negative", "No pain or discomfort in the legs on walking."),
        "unable_to_walk" => {
            return done(
                "unable_to_walk",
                "The questionnaire cannot be scored for people unable to walk.",
            )
        }
        "yes" => {}
        _ => {
            return done(
                "incomplete",
                "The first question was not answered yes or no.",
            )
        }
    }
    let q2 = r.said("ecq_at_rest", "yes");
    let q3 = r.said("ecq_uphill", "yes");
    let q5 = r.said("ecq_stand_still", "disappears");
    if q2 == Said::Yes {
        return done(
            "negative",
            "The pain can begin when standing still or sitting.",
        );
    }
    if q3 == Said::No {
        return done(
            "negative",
            "The pain does not come on when walking uphill or hurrying.",
        );
    }
    if q5 == Said::No {
        return done(
            "negative",
            "The pain usually continues more than 10 minutes after standing still.",
        );
    }
    if [q2, q3, q5].contains(&Said::Unsure) {
        return done(
            "incomplete",
            "Some answers needed for the questionnaire are not known.",
        );
    }
    let grade = match r.said("ecq_ordinary_pace", "yes") {
        Said::Yes => Some(2),
        Said::No => Some(1),
        Said::Unsure => None,
    };
    let sites = r.sites();
    let site = if sites.contains(&"calf") {
        "definite"
    } else if sites.iter().any(|s| ["thigh_front", "buttock"].contains(s)) {
        "atypical"
    } else {
        "none"
    };
    Some(Ecq {
        result: "positive".into(),
        grade,
        site: Some(site.into()),
        explanation: match site {
            "definite" => "Positive, with calf pain: definite claudication.",
            "atypical" => "Positive, with thigh or buttock pain and no calf pain: atypical claudication.",
            _ => "Positive answers, but the pain is not in the calf, thigh or buttock: not claudication by site.",
        }
        .into(),
    })
}

/// IRLSSG 2012 result: all five essential criteria.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Irlssg {
    /// met | mimic_possible | not_met | incomplete
    pub result: String,
    /// Criteria 1-5: "met", "not_met" or "unknown".
    pub criteria: [String; 5],
    /// Mimics from criterion 5 that the answers suggest.
    pub mimics: Vec<String>,
    /// chronic_persistent | intermittent, when the frequency is known.
    pub course: Option<String>,
}

pub fn irlssg(answers: &BTreeMap<String, Answer>) -> Option<Irlssg> {
    let r = Reader(answers);
    r.choice("rls_urge")?;
    let status = |s: Said| match s {
        Said::Yes => "met",
        Said::No => "not_met",
        Said::Unsure => "unknown",
    };
    let core = [
        r.said("rls_urge", "yes"),
        r.said("rls_rest", "yes"),
        r.said("rls_movement_relief", "yes"),
        r.said("rls_evening", "yes"),
    ];
    let mimics: Vec<String> = [
        // Cramps only explain the symptoms when they have a cramp's duration (up to 10
        // minutes, Hallegraeff 2017; NICE CKS): a long "cramp" relieved by moving is RLS in
        // the person's own words.
        (
            r.has("feelings", "cramp") && r.choice("cramp_duration") == Some("up_to_10_min"),
            "leg cramps",
        ),
        (r.has("feelings", "muscle_ache"), "muscle aches (myalgia)"),
        (
            r.said("rls_position_only", "yes") == Said::Yes,
            "positional discomfort",
        ),
        (
            r.said("rls_habit", "yes") == Said::Yes,
            "habitual foot tapping",
        ),
        (
            r.said("leg_swelling", "yes") == Said::Yes,
            "venous stasis or leg swelling",
        ),
        (r.said("joint_pain", "yes") == Said::Yes, "arthritis"),
    ]
    .into_iter()
    .filter(|(present, _)| *present)
    .map(|(_, name)| name.to_string())
    .collect();
    let c5 = if mimics.is_empty() { "met" } else { "unknown" };
    let result = if core.contains(&Said::No) {
        "not_met"
    } else if core.contains(&Said::Unsure) {
        "incomplete"
    } else if mimics.is_empty() {
        "met"
    } else {
        "mimic_possible"
    };
    let course = match r.choice("rls_frequency") {
        Some("twice_weekly_or_more") => Some("chronic_persistent".to_string()),
        Some("less_often") => Some("intermittent".to_string()),
        _ => None,
    };
    Some(Irlssg {
        result: result.into(),
        criteria: [
            status(core[0]).into(),
            status(core[1]).into(),
            status(core[2]).into(),
            status(core[3]).into(),
            c5.into(),
        ],
        mimics,
        course,
    })
}

/// Hallegraeff 2017: the seven characteristics of nocturnal leg cramps present in the answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NocturnalCramp {
    /// typical | atypical | not_nocturnal
    pub result: String,
    /// Characteristic ids present, out of the seven.
    pub features: Vec<String>,
    pub of: u8,
}

pub fn nocturnal_cramp(answers: &BTreeMap<String, Answer>) -> Option<NocturnalCramp> {
    let r = Reader(answers);
    if !r.has("feelings", "cramp") {
        return None;
    }
    let sites = r.sites();
    let features: Vec<String> = [
        ("intense_pain", true),
        (
            "lasts_up_to_10_minutes",
            r.choice("cramp_duration") == Some("up_to_10_min"),
        ),
        (
            "calf_or_foot",
            sites
                .iter()
                .any(|s| ["calf", "sole", "foot_top", "toes"].contains(s)),
        ),
        (
            "seldom_thigh",
            !sites.is_empty()
                && !sites
                    .iter()
                    .any(|s| ["thigh_front", "thigh_back"].contains(s)),
        ),
        (
            "pain_persists_after",
            r.said("cramp_sore_after", "yes") == Said::Yes,
        ),
        (
            "sleep_disruption",
            r.said("cramp_wakes", "yes") == Said::Yes,
        ),
        ("distress", r.said("cramp_distress", "yes") == Said::Yes),
    ]
    .into_iter()
    .filter(|(_, present)| *present)
    .map(|(id, _)| id.to_string())
    .collect();
    // LegCheck's own reading (Hallegraeff gives no cut-off): at night or rest, with the four
    // defining characteristics (intense, up to 10 minutes, calf or foot, seldom thigh).
    let core = [
        "intense_pain",
        "lasts_up_to_10_minutes",
        "calf_or_foot",
        "seldom_thigh",
    ];
    let result = if !r.has("cramp_when", "night_or_rest") {
        "not_nocturnal"
    } else if core.iter().all(|c| features.iter().any(|f| f == c)) {
        "typical"
    } else {
        "atypical"
    };
    Some(NocturnalCramp {
        result: result.into(),
        features,
        of: 7,
    })
}

/// Systolic pressures (mmHg) for the ankle-brachial index. Any may be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbiInput {
    pub arm_left: Option<f64>,
    pub arm_right: Option<f64>,
    pub left_dp: Option<f64>,
    pub left_pt: Option<f64>,
    pub right_dp: Option<f64>,
    pub right_pt: Option<f64>,
}

/// Plausible systolic pressures: arms 50-300 mmHg; ankles 0 (no signal) to 350 mmHg.
pub const ARM_RANGE: (f64, f64) = (50.0, 300.0);
pub const ANKLE_RANGE: (f64, f64) = (0.0, 350.0);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegAbi {
    /// Rounded to 2 decimal places, as the guideline records it.
    pub value: f64,
    /// abnormal (<= 0.90) | borderline (0.91-0.99) | normal (1.00-1.40) | noncompressible (> 1.40)
    pub category: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Abi {
    pub left: Option<LegAbi>,
    pub right: Option<LegAbi>,
}

/// Checks every pressure; the error names the field and the plausible range.
pub fn check_abi(input: &AbiInput) -> Result<(), (String, String)> {
    let fields = [
        ("arm_left", input.arm_left, ARM_RANGE),
        ("arm_right", input.arm_right, ARM_RANGE),
        ("left_dp", input.left_dp, ANKLE_RANGE),
        ("left_pt", input.left_pt, ANKLE_RANGE),
        ("right_dp", input.right_dp, ANKLE_RANGE),
        ("right_pt", input.right_pt, ANKLE_RANGE),
    ];
    for (name, value, (min, max)) in fields {
        if let Some(v) = value {
            if !v.is_finite() || v < min || v > max {
                return Err((
                    format!("abi.{name}"),
                    format!("{v} mmHg is not a plausible pressure (expected {min} to {max} mmHg)"),
                ));
            }
        }
    }
    if input.arm_left.is_none() && input.arm_right.is_none() {
        return Err(("abi".into(), "at least one arm pressure is needed".into()));
    }
    Ok(())
}

/// 2016 AHA/ACC: each leg's ABI is the higher of its DP and PT pressures divided by the higher
/// arm pressure, recorded to 2 decimal places. `None` when the input is not plausible.
pub fn abi(input: &AbiInput) -> Option<Abi> {
    check_abi(input).ok()?;
    let arm = input
        .arm_left
        .into_iter()
        .chain(input.arm_right)
        .fold(f64::MIN, f64::max);
    let leg = |dp: Option<f64>, pt: Option<f64>| {
        let ankle = dp.into_iter().chain(pt).reduce(f64::max)?;
        let value = (ankle / arm * 100.0).round() / 100.0;
        Some(LegAbi {
            value,
            category: abi_category(value).into(),
        })
    };
    Some(Abi {
        left: leg(input.left_dp, input.left_pt),
        right: leg(input.right_dp, input.right_pt),
    })
}

/// The guideline categories, applied to a value already rounded to 2 decimal places.
pub fn abi_category(value: f64) -> &'static str {
    if value > 1.40 {
        "noncompressible"
    } else if value >= 1.00 {
        "normal"
    } else if value >= 0.91 {
        "borderline"
    } else {
        "abnormal"
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
    pub fn run(answers: &BTreeMap<String, Answer>, abi_input: Option<&AbiInput>) -> Instruments {
        Instruments {
            ecq: ecq(answers),
            irlssg: irlssg(answers),
            nocturnal_cramp: nocturnal_cramp(answers),
            abi: abi_input.and_then(abi),
        }
    }

    /// The facts rules can read (see `FACTS`).
    pub fn facts(&self) -> BTreeMap<String, String> {
        let mut facts = BTreeMap::new();
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
                }
            }
        }
        facts
    }
}
