//! Encoding what the host page receives: namespaced, versioned events. The result carries no
//! answers unless the clinic asked for a FHIR QuestionnaireResponse.

use serde::Serialize;

use super::VERSION;
use crate::fhir::QuestionnaireResponse;
use legcheck_engine::eval::Assessment;
use legcheck_engine::model::{Segment, Triage};
use legcheck_engine::Band;

/// An event to the host page: `{"type": "legcheck:<name>", "version": 1, ...payload}`, where
/// `payload` serializes to a JSON object.
pub fn event(name: &str, payload: &impl Serialize) -> String {
    let body = serde_json::to_string(payload).unwrap_or_default();
    // Exactly one brace off each end: a nested object may close the payload (`}}`).
    let fields = body
        .strip_prefix('{')
        .and_then(|b| b.strip_suffix('}'))
        .unwrap_or_default();
    let comma = if fields.is_empty() { "" } else { "," };
    format!("{{\"type\":\"legcheck:{name}\",\"version\":{VERSION}{comma}{fields}}}")
}

/// `legcheck:ready`.
#[derive(Serialize)]
pub struct Ready<'a> {
    pub kb_version: &'a str,
}

/// `legcheck:resize`.
#[derive(Serialize)]
pub struct Resize {
    pub height: u32,
}

/// `legcheck:unavailable`: LegCheck could not load its questions (its knowledge base), so the
/// journey cannot start and `legcheck:ready` has not come (it may still follow: a late answer,
/// Try again, a reload). Sent each time LegCheck's own failure page is shown, which has the
/// emergency number on it.
#[derive(Serialize)]
pub struct Unavailable {
    pub reason: Unavailability,
}

/// Why the questions could not be loaded.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unavailability {
    /// A network error, a failing answer from the server (other than 404 or 410), or no
    /// complete answer in 15 s: offline before the app was installed, a dropped or hung
    /// connection, LegCheck's own server failing. LegCheck offers Try again.
    Network,
    /// The server no longer has this version's questions, or sent other bytes: most likely the
    /// site was updated since the page was loaded. LegCheck offers a reload.
    Updated,
}

/// `legcheck:error`: a command LegCheck understood but could not carry out, such as a
/// `legcheck:init` whose `questionnaire_response` it refused. `item` names the response's item
/// at fault (a linkId, or a top-level element); `message` is English, for the clinic's
/// developers (the person is told in their own language on screen). `emergency` is true when
/// the refused response still shows emergency signs (`emergency_signs`, red flag ids): the
/// person is shown the emergency message, and the clinic must act on it as on an emergency
/// result. It is `null` when no answers were read (its text refused: too large, too many
/// objects and lists, a key given twice; not a response to LegCheck's Questionnaire, or
/// withdrawn; or not opened over the person's own emergency card): LegCheck cannot say whether
/// it shows an emergency.
#[derive(Serialize)]
pub struct ErrorEvent<'a> {
    pub command: &'a str,
    pub field: &'a str,
    pub item: &'a str,
    pub message: &'a str,
    pub emergency: Option<bool>,
    pub emergency_signs: &'a [String],
}

/// `legcheck:progress`.
#[derive(Serialize)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

#[derive(Serialize)]
struct ResultCondition<'a> {
    id: &'a str,
    band: Band,
}

#[derive(Serialize)]
struct ResultSegments {
    left: Vec<Segment>,
    right: Vec<Segment>,
}

/// `legcheck:result`: triage, ranked conditions, segments and the knowledge-base version (plus
/// a FHIR QuestionnaireResponse when the clinic asked for one). No answers, no free text.
#[derive(Serialize)]
pub struct ResultPayload<'a> {
    triage: Triage,
    emergency: bool,
    conditions: Vec<ResultCondition<'a>>,
    segments: ResultSegments,
    kb_version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    questionnaire_response: Option<QuestionnaireResponse<'a>>,
}

pub fn result_payload<'a>(
    assessment: &'a Assessment,
    fhir: Option<QuestionnaireResponse<'a>>,
) -> ResultPayload<'a> {
    let segments =
        |hits: &[legcheck_engine::eval::SegmentHit]| hits.iter().map(|h| h.segment).collect();
    ResultPayload {
        triage: assessment.triage.level,
        emergency: assessment.triage.level == Triage::Emergency,
        conditions: assessment
            .conditions
            .iter()
            .map(|c| ResultCondition {
                id: &c.id,
                band: c.band,
            })
            .collect(),
        segments: ResultSegments {
            left: segments(&assessment.segments.left),
            right: segments(&assessment.segments.right),
        },
        kb_version: &assessment.kb_version,
        questionnaire_response: fhir,
    }
}
