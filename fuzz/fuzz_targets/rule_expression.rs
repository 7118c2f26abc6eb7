//! Any text as a rule expression (the knowledge base's own language): parsed or rejected with a
//! position inside the text, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = legcheck_engine::expr::parse(text) {
        assert!(e.at <= text.len());
    }
});
