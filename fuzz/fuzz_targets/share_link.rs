//! Any text as a share-link fragment: rejected with a reason or decoded and evaluated, never a
//! panic; and every decoded document encodes back to a link that decodes to itself.
#![no_main]

use std::sync::OnceLock;

use legcheck_engine::{share, Engine};
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().expect("knowledge base"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = share::decode(engine(), text) {
        let _ = engine().evaluate(&doc.answers);
        assert_eq!(share::decode(engine(), &share::encode(&doc)).as_ref(), Ok(&doc));
    }
});
