//! The emergency signs in a response that is refused. The importer refuses a whole response
//! for any fault, yet a "yes" to an emergency sign must reach the person and the clinic
//! whatever else is wrong (a follow-up a renderer showed regardless of its condition, say).
//! So every answer is taken one by one, each kept only if it is valid on its own (then moved
//! from an earlier knowledge base, as every reader does), and the engine's emergency check runs
//! on them. Every question counts, not only those emergency signs read: an "I don't know" to an
//! emergency sign is an emergency when another answer is urgent (`Triage::unsure`). A question
//! answered twice is tried with each of its answers, so the order cannot hide a "yes".

use legcheck_engine::answers::{migrate, validate, AnswersDoc};
use legcheck_engine::Engine;

use super::json::Node;
use super::{answer, ours, IncomingResponse};

/// The emergency signs (red flag ids, as `Engine::emergency_signs` gives them) that the
/// individually valid answers to red-flag questions show; `None` when no answers can be read
/// (a response that is not one to LegCheck's Questionnaire, is withdrawn as entered in error,
/// or whose `item` is not a list): then nothing is known of its emergency signs.
pub(super) fn signs(engine: &Engine, response: &IncomingResponse) -> Option<Vec<String>> {
    let (resource, version) = ours(response).ok()?;
    let top = resource.item.get()?;
    let mut answers = legcheck_engine::answers::AnswerMap::new();
    // Later answers to a question already answered: each is tried in place of the first.
    let mut others = Vec::new();
    let mut items = Vec::new();
    flatten(top, &mut items);
    for item in items {
        let Some(q) = item.link_id.text().and_then(|l| engine.kb.question(l)) else {
            continue;
        };
        let given = item.answer.get().unwrap_or_default();
        if given.is_empty() {
            continue;
        }
        let Ok(a) = answer(q, given) else { continue };
        let one = AnswersDoc {
            kb_version: None,
            answers: legcheck_engine::answers::AnswerMap::from([(q.id.clone(), a.clone())]),
            abi: None,
        };
        if validate(&engine.kb, &one).is_err() {
            continue;
        }
        if answers.contains_key(&q.id) {
            others.push((q.id.clone(), a));
        } else {
            answers.insert(q.id.clone(), a);
        }
    }
    let version = (!version.is_empty()).then_some(version);
    let mut signs = signs_of(engine, answers.clone(), version);
    for (id, a) in others {
        let mut alternative = answers.clone();
        alternative.insert(id, a);
        for sign in signs_of(engine, alternative, version) {
            if !signs.contains(&sign) {
                signs.push(sign);
            }
        }
    }
    Some(signs)
}

/// The emergency signs of one set of answers, moved from an earlier knowledge base first.
fn signs_of(
    engine: &Engine,
    mut answers: legcheck_engine::answers::AnswerMap,
    version: Option<&str>,
) -> Vec<String> {
    // Answers given under an earlier knowledge base are moved, as for a good response.
    migrate(&engine.kb, &mut answers, version);
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
