//! Any bytes as an answers document (legcheck-eval's stdin, embed messages): decoding never
//! panics, and whatever decodes evaluates without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;
use common::engine;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = engine().decode(text) {
        let _ = engine().evaluate_with_abi(&doc.answers, doc.abi.as_ref());
    }
});
