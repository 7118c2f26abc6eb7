//! Words for ids the knowledge base does not spell out: yes/no answers, body sites, triage
//! levels and strength bands. Pure functions, no UI.

use legcheck_engine::model::{split_region, Question, QuestionKind};
use legcheck_engine::{Band, Segment, Side, Triage};

/// The label of one answer option of `question`.
pub fn option_label(question: &Question, id: &str) -> String {
    if let Some(o) = question.options.iter().find(|o| o.id == id) {
        return o.text.clone();
    }
    match (question.kind, id) {
        (_, "yes") => "Yes".into(),
        (_, "no") => "No".into(),
        (_, "dont_know") => "I don't know".into(),
        (QuestionKind::BodyRegions, region) => region_label(region),
        (_, other) => other.to_string(),
    }
}

/// "Your left calf" for `left_calf`.
pub fn region_label(region: &str) -> String {
    match split_region(region) {
        Some((side, site)) => format!("Your {} {}", side_label(side), site_label(site)),
        None => region.to_string(),
    }
}

pub fn side_label(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

pub fn site_label(site: &str) -> &'static str {
    match site {
        "buttock" => "buttock",
        "hip" => "hip",
        "thigh_front" => "front of thigh",
        "thigh_back" => "back of thigh",
        "knee" => "knee",
        "knee_back" => "back of knee",
        "shin" => "shin",
        "calf" => "calf",
        "ankle" => "ankle",
        "foot_top" => "top of foot",
        "sole" => "sole of foot",
        "toes" => "toes",
        _ => "leg",
    }
}

pub fn triage_heading(level: Triage) -> &'static str {
    match level {
        Triage::Emergency => {
            "Call your local emergency number or go to an emergency department now"
        }
        Triage::Urgent => "Get an urgent appointment with a doctor today",
        Triage::Routine => "See a doctor about your symptoms",
        Triage::SelfCare => "You can probably look after this yourself",
    }
}

/// The hidden prefix that tells screen-reader users the urgency, as NHS care cards do.
pub fn triage_prefix(level: Triage) -> &'static str {
    match level {
        Triage::Emergency => "Immediate action required: ",
        Triage::Urgent => "Urgent advice: ",
        Triage::Routine => "Non-urgent advice: ",
        Triage::SelfCare => "Self-care advice: ",
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

pub fn band_label(band: Band) -> &'static str {
    match band {
        Band::Strong => "Strong match",
        Band::Possible => "Possible",
        Band::LessLikely => "Less likely",
    }
}

pub fn segment_label(segment: Segment) -> &'static str {
    match segment {
        Segment::Aortoiliac => "aorto-iliac (the main arteries in the tummy and pelvis)",
        Segment::Femoropopliteal => {
            "femoro-popliteal (the arteries of the thigh and behind the knee)"
        }
        Segment::Tibial => "tibial (the arteries of the lower leg)",
    }
}
