//! Any text as a share-link fragment: rejected with a reason or decoded and evaluated, never a
//! panic; and every decoded document encodes back to a link that decodes to itself.
#![no_main]

use legcheck_engine::share;
use libfuzzer_sys::fuzz_target;

mod common;
use common::engine;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = share::decode(engine(), text) {
        let _ = engine().evaluate(&doc.answers);
        assert_eq!(share::decode(engine(), &share::encode(&doc)).as_ref(), Ok(&doc));
    }
});
