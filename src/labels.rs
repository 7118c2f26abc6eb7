//! Words for answers: option labels (including yes/no/"I don't know", which the knowledge base
//! does not spell out) and whole answers in words for Check your answers. Pure functions.

use legcheck_engine::eval::Reason;
use legcheck_engine::model::{split_region, Question, QuestionKind, Side, Stage};
use legcheck_engine::{Answer, Band, Segment, Triage};

use crate::text::{kb, ui, Lang};

/// The label of one answer option of `question`.
pub fn option_label(lang: Lang, question: &Question, id: &str) -> String {
    let t = ui(lang);
    if let Some(o) = question.options.iter().find(|o| o.id == id) {
        return kb(lang, &o.text);
    }
    match (question.kind, id) {
        (_, "yes") => t.yes.into(),
        (_, "no") => t.no.into(),
        (_, "dont_know") => t.dont_know.into(),
        (QuestionKind::BodyRegions, region) => region_label(lang, region),
        (_, other) => other.to_string(),
    }
}

/// "Your left calf" for `left_calf`.
pub fn region_label(lang: Lang, region: &str) -> String {
    match split_region(region) {
        Some((side, site)) => (ui(lang).region)(side == Side::Left, site),
        None => region.to_string(),
    }
}

/// A whole answer in words.
pub fn answer_text(lang: Lang, question: &Question, answer: &Answer) -> String {
    match answer {
        Answer::One(id) => option_label(lang, question, id),
        Answer::Many(ids) => ids
            .iter()
            .map(|id| option_label(lang, question, id))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Number(n) => {
            let unit = question
                .unit
                .as_ref()
                .map(|u| kb(lang, u))
                .unwrap_or_default();
            format!("{} {unit}", crate::text::num(*n))
                .trim()
                .to_string()
        }
    }
}

pub fn triage_index(level: Triage) -> usize {
    match level {
        Triage::SelfCare => 0,
        Triage::Routine => 1,
        Triage::Urgent => 2,
        Triage::Emergency => 3,
    }
}

pub fn triage_class(level: Triage) -> &'static str {
    match level {
        Triage::Emergency => "care-card care-card--emergency",
        Triage::Urgent => "care-card care-card--urgent",
        Triage::Routine => "care-card care-card--routine",
        Triage::SelfCare => "care-card care-card--self-care",
    }
}

pub fn band_label(lang: Lang, band: Band) -> &'static str {
    let bands = ui(lang).bands;
    match band {
        Band::LessLikely => bands[0],
        Band::Possible => bands[1],
        Band::Strong => bands[2],
        Band::Flagged => bands[3],
    }
}

pub fn segment_label(lang: Lang, segment: Segment) -> &'static str {
    let segments = ui(lang).segments;
    match segment {
        Segment::Aortoiliac => segments[0],
        Segment::Femoropopliteal => segments[1],
        Segment::Tibial => segments[2],
    }
}

/// A reason for the triage level, in words: a condition's name, an unsure warning sign, or the
/// knowledge base's own text.
pub fn triage_reason(lang: Lang, reason: &Reason) -> String {
    let t = ui(lang);
    let condition = reason
        .condition
        .as_deref()
        .and_then(|id| crate::engine::engine().kb.condition(id));
    match (condition, reason.unsure) {
        (Some(c), _) => (t.fits)(&kb(lang, &c.name)),
        (None, true) => format!("{} {}", t.triage_unsure, kb(lang, &reason.text)),
        (None, false) if reason.answers.is_empty() => t.triage_default_reason.to_string(),
        (None, false) => kb(lang, &reason.text),
    }
}

/// The section a question belongs to: its index in `Ui::sections`, in asking order.
pub fn section_index(stage: Stage) -> usize {
    match stage {
        Stage::About => 0,
        Stage::RedFlags => 1,
        Stage::BodyMap => 2,
        Stage::Symptoms => 3,
        Stage::History => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_read_in_words_in_both_languages() {
        let engine = crate::engine::engine();
        let sites = engine.kb.question("pain_sites").unwrap();
        let age = engine.kb.question("age").unwrap();
        let wakes = engine.kb.question("cramp_wakes").unwrap();
        let regions = Answer::Many(vec!["left_calf".into(), "right_sole".into()]);
        let en = answer_text(Lang::En, sites, &regions);
        assert!(en.contains("left") && en.contains("calf"), "{en}");
        assert_eq!(
            answer_text(Lang::En, age, &Answer::Number(64.0)),
            "64 years"
        );
        assert_eq!(
            answer_text(Lang::En, wakes, &Answer::One("dont_know".into())),
            "I don't know"
        );
        assert_eq!(
            answer_text(Lang::Es, wakes, &Answer::One("yes".into())),
            ui(Lang::Es).yes
        );
        for (level, index) in [
            (Triage::SelfCare, 0),
            (Triage::Routine, 1),
            (Triage::Urgent, 2),
            (Triage::Emergency, 3),
        ] {
            assert_eq!(triage_index(level), index);
            assert!(triage_class(level).starts_with("care-card care-card--"));
        }
    }

    #[test]
    fn an_unsure_warning_sign_never_reads_as_confirmed() {
        let engine = crate::engine::engine();
        let mut answers = legcheck_engine::answers::AnswerMap::new();
        answers.insert(
            "rf_calf_tender".to_string(),
            Answer::One("dont_know".into()),
        );
        let result = engine.evaluate(&answers);
        let reason = result.triage.unsure.first().expect("listed as unsure");
        let text = triage_reason(Lang::En, reason);
        assert!(text.starts_with(ui(Lang::En).triage_unsure), "{text}");
    }
}
