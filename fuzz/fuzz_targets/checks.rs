//! What each fuzz target checks, for one input. Shared by the cargo-fuzz targets (libFuzzer
//! feeds them millions of inputs, by hand through scripts/fuzz) and by the engine's native test
//! `tests/fuzz_corpus.rs` (which replays the committed corpus, crash reproducers included, in
//! every CI run). Uses `legcheck_engine` and `legcheck_interop`, against the real knowledge base.
// Each fuzz target includes this file and uses one check.
#![allow(dead_code)]

use std::sync::OnceLock;

use legcheck_engine::{AnswersDoc, Engine};
use legcheck_interop::embed::{self, Command, Settings};
use legcheck_interop::saved::{restore, Restore};
use legcheck_interop::{fhir, share};

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().expect("knowledge base"))
}

/// Any text as an answers document (legcheck-eval's stdin): decoding never panics, and
/// whatever decodes evaluates without panicking.
pub fn answers_document(text: &str) {
    if let Ok(doc) = engine().decode(text) {
        let _ = engine().evaluate_with_abi(&doc.answers, doc.abi.as_ref());
    }
}

/// Any text as a share-link fragment: rejected with a reason or decoded and evaluated, never a
/// panic; and every decoded document encodes back to a link that decodes to itself.
pub fn share_link(text: &str) {
    if let Ok(doc) = share::decode(engine(), text) {
        let _ = engine().evaluate(&doc.answers);
        assert_eq!(
            share::decode(engine(), &share::encode(&doc)).as_ref(),
            Ok(&doc)
        );
    }
}

/// Any text as a FHIR QuestionnaireResponse (`legcheck-eval --from-fhir`): refused naming an
/// item, or read into valid answers that evaluate, export as a response and read back.
pub fn fhir_response(text: &str) {
    match fhir::from_response(engine(), text) {
        Ok(doc) => {
            assert!(legcheck_engine::answers::validate(&engine().kb, &doc).is_ok());
            let _ = engine().evaluate_with_abi(&doc.answers, doc.abi.as_ref());
            let response = fhir::questionnaire_response(engine(), &doc, "2026-11-26T10:00:00Z");
            let again = serde_json::to_string(&response).expect("a response encodes");
            assert!(fhir::from_response(engine(), &again).is_ok(), "{again}");
        }
        Err(e) => assert!(!e.item.is_empty()),
    }
}

/// Any text as saved state: restored, expired or reported corrupt, never a panic; restored
/// answers are valid for the knowledge base.
pub fn saved_state(text: &str) {
    if let Restore::Restored { answers, .. } = restore(engine(), text, 0.0) {
        let doc = AnswersDoc {
            answers,
            ..Default::default()
        };
        assert!(legcheck_engine::answers::validate(&engine().kb, &doc).is_ok());
    }
}

/// Any text as a rule expression (the knowledge base's own language): parsed or rejected with a
/// position inside the text, never a panic.
pub fn rule_expression(text: &str) {
    if let Err(e) = legcheck_engine::expr::parse(text) {
        assert!(e.at <= text.len());
    }
}

fn settings_keep_their_promises(settings: &Settings) {
    for link in settings.links.iter() {
        assert!(embed::is_link(&link.url), "{link:?}");
        assert!(!link.label.trim().is_empty() && link.label.chars().count() <= 80);
    }
    if let Some(scale) = settings.scale {
        assert!((0.8..=2.0).contains(&scale));
    }
    if let Some(primary) = &settings.primary {
        assert!(embed::contrast_with_white(primary).is_some_and(|ratio| ratio >= 4.5));
    }
    if let Some(lang) = &settings.lang {
        assert!(lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()));
    }
}

/// Any text as embedding URL parameters and as a message from a host page: rejected with a
/// reason or decoded, never a panic; and whatever is accepted keeps the promises the app relies
/// on (parent origins are origins, clinic links are https links, the theme is in range and
/// readable).
pub fn embed(text: &str) {
    if let Ok(config) = embed::parse_query(text) {
        assert!(config.parents.iter().all(|p| embed::is_origin(p)));
        settings_keep_their_promises(&config.settings);
    }
    match embed::parse_command(text) {
        Ok(Command::Init(settings, _)) => settings_keep_their_promises(&settings),
        Ok(Command::SetLanguage(lang)) => assert_eq!(lang.len(), 2),
        Ok(Command::Reset) | Err(_) => {}
    }
}
