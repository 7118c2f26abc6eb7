//! `legcheck-eval`: reads an answers document (JSON, see docs/ANSWERS.md) on stdin and prints
//! the assessment as JSON on stdout. Bad input gets a message naming the field on stderr and
//! exit status 2; a knowledge base that fails to load exits with 3.

use std::io::Read;
use std::process::ExitCode;

use legcheck_engine::Engine;

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: legcheck-eval < answers.json\n\nReads an answers document on stdin and prints the assessment as JSON.");
        return ExitCode::from(2);
    }
    let engine = match Engine::embedded() {
        Ok(engine) => engine,
        Err(e) => {
            eprintln!("legcheck-eval: {e}");
            return ExitCode::from(3);
        }
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("legcheck-eval: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    let doc = match engine.decode(&input) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("legcheck-eval: {e}");
            return ExitCode::from(2);
        }
    };
    let assessment = engine.evaluate_with_abi(&doc.answers, doc.abi.as_ref());
    match serde_json::to_string_pretty(&assessment) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("legcheck-eval: cannot encode the assessment: {e}");
            ExitCode::from(3)
        }
    }
}
