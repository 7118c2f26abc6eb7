//! libFuzzer over `checks::fhir_response` (see checks.rs for what it checks).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checks::fhir_response(text);
    }
});
