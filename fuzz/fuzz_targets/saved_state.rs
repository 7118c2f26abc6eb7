//! Any text as saved state: restored, expired or reported corrupt, never a panic; restored
//! answers are valid for the knowledge base.
#![no_main]

use legcheck_engine::saved::{restore, Restore};
use legcheck_engine::AnswersDoc;
use libfuzzer_sys::fuzz_target;

mod common;
use common::engine;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Restore::Restored { answers, .. } = restore(engine(), text, 0.0) {
        let doc = AnswersDoc { answers, ..Default::default() };
        assert!(legcheck_engine::answers::validate(&engine().kb, &doc).is_ok());
    }
});
