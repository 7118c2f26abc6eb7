//! A short, deterministic fuzz smoke run for CI: replays the committed corpus of every fuzz
//! target (`fuzz/corpus/<target>/`, crash reproducers included) through the very checks the
//! cargo-fuzz targets run (`fuzz/fuzz_targets/checks.rs`). The long runs are scripts/fuzz.

use std::fs;
use std::path::Path;

#[path = "../../../fuzz/fuzz_targets/checks.rs"]
mod checks;

/// One fuzz target's check of one input.
type Check = fn(&str);

#[test]
fn the_committed_fuzz_corpus_passes_every_check() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let targets: [(&str, Check); 6] = [
        ("answers_document", checks::answers_document),
        ("share_link", checks::share_link),
        ("saved_state", checks::saved_state),
        ("rule_expression", checks::rule_expression),
        ("embed", checks::embed),
        ("fhir_response", checks::fhir_response),
    ];
    for (name, check) in targets {
        let mut replayed = 0;
        for entry in fs::read_dir(corpus.join(name)).expect(name) {
            let bytes = fs::read(entry.expect(name).path()).expect(name);
            check(std::str::from_utf8(&bytes).expect("corpus files are text"));
            replayed += 1;
        }
        assert!(replayed > 0, "{name}: the corpus is empty");
    }
    // Every target in the fuzz crate has a corpus here.
    assert_eq!(fs::read_dir(&corpus).unwrap().count(), targets.len());
}
