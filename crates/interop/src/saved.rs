//! Saved answers (session or local storage): the stored shape, stamped with the knowledge-base
//! version and an expiry, and a restore that never fails hard. Corrupt data, expired data and
//! answers from an older knowledge base each come back as a clear outcome the app can explain.

use serde::{Deserialize, Serialize};

use legcheck_engine::answers::{validate, AnswerMap, AnswersDoc};
use legcheck_engine::Engine;

/// The version of this stored shape.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    pub format: u32,
    pub kb_version: String,
    /// Milliseconds since the Unix epoch.
    pub saved_at: f64,
    /// When the answers stop being offered for resuming (local storage only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub answers: AnswerMap,
}

/// What restoring saved data gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Restore {
    /// Answers to resume with. `dropped` lists answers that no longer fit the knowledge base
    /// (they must be asked again); `outdated` says the knowledge base changed since saving.
    Restored {
        answers: AnswerMap,
        lang: Option<String>,
        dropped: Vec<String>,
        outdated: bool,
    },
    /// Saved too long ago; start again.
    Expired,
    /// Unreadable; start again. The reason is for the console, not the person.
    Corrupt(String),
}

impl Saved {
    pub fn new(engine: &Engine, answers: &AnswerMap, now: f64) -> Saved {
        Saved {
            format: FORMAT,
            kb_version: engine.kb.version.clone(),
            saved_at: now,
            expires_at: None,
            lang: None,
            answers: answers.clone(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Restores saved JSON at time `now`, re-validating every answer against `engine`.
pub fn restore(engine: &Engine, json: &str, now: f64) -> Restore {
    let saved: Saved = match serde_json::from_str(json) {
        Ok(saved) => saved,
        Err(e) => return Restore::Corrupt(format!("saved answers: {e}")),
    };
    if saved.format != FORMAT {
        return Restore::Corrupt(format!("saved answers: unknown format {}", saved.format));
    }
    if saved.expires_at.is_some_and(|t| now > t) {
        return Restore::Expired;
    }
    let mut answers = AnswerMap::new();
    let mut dropped = Vec::new();
    let mut given = saved.answers;
    legcheck_engine::answers::migrate(&engine.kb, &mut given, Some(&saved.kb_version));
    for (id, answer) in given {
        let one = AnswersDoc {
            answers: AnswerMap::from([(id.clone(), answer.clone())]),
            ..Default::default()
        };
        if validate(&engine.kb, &one).is_ok() {
            answers.insert(id, answer);
        } else {
            dropped.push(id);
        }
    }
    dropped.extend(engine.prune(&mut answers));
    Restore::Restored {
        answers,
        lang: saved.lang,
        dropped,
        outdated: saved.kb_version != engine.kb.version,
    }
}
