//! The emergency signs in a response that is refused. The importer refuses a whole response
//! for any fault, yet a "yes" to an emergency sign must reach the person and the clinic
//! whatever else is wrong (a follow-up a renderer showed regardless of its condition, say).
//! So the answers to the questions that emergency red flags read are taken one by one,
//! each kept only if it is valid on its own (then moved from an earlier knowledge base, as
//! every reader does), and the engine's emergency check runs on them.

use std::collections::BTreeMap;

use legcheck_engine::answers::{migrate, validate, AnswersDoc};
use legcheck_engine::{Engine, Triage};

use super::json::Node;
use super::{answer, ours, IncomingResponse};

/// The emergency signs (red flag ids, as `Engine::emergency_signs` gives them) that the
/// individually valid answers to red-flag questions show; empty for a response that is not
/// one to LegCheck's Questionnaire, or is withdrawn as entered in error.
pub(super) fn signs(engine: &Engine, response: &IncomingResponse) -> Vec<String> {
    let Ok((resource, version)) = ours(response) else {
        return Vec::new();
    };
    // A list, not a set: each map or set type costs the app's wasm its own node code.
    let read: Vec<&str> = engine
        .kb
        .red_flags
        .iter()
        .filter(|f| f.level == Triage::Emergency)
        .flat_map(|f| engine.red_flag_reads(&f.id))
        .collect();
    let mut answers = BTreeMap::new();
    let mut items = Vec::new();
    flatten(resource.item.get().unwrap_or_default(), &mut items);
    for item in items {
        let Some(q) = item
            .link_id
            .text()
            .filter(|l| read.contains(l))
            .and_then(|l| engine.kb.question(l))
        else {
            continue;
        };
        let given = item.answer.get().unwrap_or_default();
        if given.is_empty() || answers.contains_key(&q.id) {
            continue;
        }
        let Ok(a) = answer(q, given) else { continue };
        let one = AnswersDoc {
            kb_version: None,
            answers: BTreeMap::from([(q.id.clone(), a.clone())]),
            abi: None,
        };
        if validate(&engine.kb, &one).is_ok() {
            answers.insert(q.id.clone(), a);
        }
    }
    // Answers given under an earlier knowledge base are moved, as for a good response.
    migrate(
        &engine.kb,
        &mut answers,
        (!version.is_empty()).then_some(version),
    );
    engine.emergency_signs(&answers)
}

/// Every item, however nested, skipping lists that are not lists of objects.
fn flatten<'a>(items: &'a [Node], out: &mut Vec<&'a Node>) {
    for item in items {
        out.push(item);
        flatten(item.item.get().unwrap_or_default(), out);
        for answer in item.answer.get().unwrap_or_default() {
            flatten(answer.item.get().unwrap_or_default(), out);
        }
    }
}
