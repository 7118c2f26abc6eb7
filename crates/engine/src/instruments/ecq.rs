//! The Edinburgh Claudication Questionnaire (Leng & Fowkes 1992).

use crate::answers::AnswerMap;

use serde::Serialize;

use super::{Reader, Said};

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
pub fn ecq(answers: &AnswerMap) -> Option<Ecq> {
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
    // The questionnaire's last part is its pain diagram (here, the body map). Unanswered, the
    // site is unknown, not "none", and the questionnaire cannot be scored; answered, the site
    // is reported even when other items are unknown, so that pain outside the calf, thigh and
    // buttock counts the same whether an item was answered or not.
    let site = answers.contains_key("pain_sites").then(|| {
        let sites = r.sites();
        if sites.contains(&"calf") {
            "definite"
        } else if sites.iter().any(|s| ["thigh_front", "buttock"].contains(s)) {
            "atypical"
        } else {
            "none"
        }
    });
    let incomplete = |explanation: &str| {
        Some(Ecq {
            result: "incomplete".into(),
            grade: None,
            site: site.map(Into::into),
            explanation: explanation.into(),
        })
    };
    if [q2, q3, q5].contains(&Said::Unsure) {
        return incomplete("Some answers needed for the questionnaire are not known.");
    }
    let Some(site) = site else {
        return incomplete("Where the pain is was not answered, and the questionnaire needs it.");
    };
    let grade = match r.said("ecq_ordinary_pace", "yes") {
        Said::Yes => Some(2),
        Said::No => Some(1),
        Said::Unsure => None,
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
