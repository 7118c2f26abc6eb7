//! The IRLSSG 2012 restless legs syndrome criteria (Allen et al. 2014).

use crate::answers::AnswerMap;

use serde::Serialize;

use super::{Reader, Said};

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

pub fn irlssg(answers: &AnswerMap) -> Option<Irlssg> {
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
