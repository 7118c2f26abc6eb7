//! The nocturnal leg cramp characteristics (Hallegraeff et al. 2017).

use crate::answers::AnswerMap;

use serde::Serialize;

use super::{Reader, Said};

/// Hallegraeff 2017: the seven characteristics of nocturnal leg cramps present in the answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NocturnalCramp {
    /// typical | atypical | not_nocturnal | timing_unknown ("I am not sure" when they happen)
    pub result: String,
    /// Characteristic ids present, out of the seven.
    pub features: Vec<String>,
    pub of: u8,
}

pub fn nocturnal_cramp(answers: &AnswerMap) -> Option<NocturnalCramp> {
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
    let result = if r.has("cramp_when", "not_sure") {
        // Not knowing when the cramps come is not "not at night": the timing stays open.
        "timing_unknown"
    } else if !r.has("cramp_when", "night_or_rest") {
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
