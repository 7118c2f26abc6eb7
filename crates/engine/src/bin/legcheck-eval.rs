//! `legcheck-eval`: reads an answers document (JSON, see docs/ANSWERS.md) on stdin and prints
//! the assessment as JSON on stdout. Bad input gets a message naming the field on stderr and
//! exit status 2; a knowledge base that fails to load exits with 3.
//!
//! `legcheck-eval --translations <lang>` prints the knowledge base's translation catalogue for
//! a language as JSON (the app's build ships it as a file loaded on demand).

use std::io::Read;
use std::process::ExitCode;

use legcheck_engine::Engine;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, lang] = args.as_slice() {
        if flag == "--translations" {
            return match legcheck_engine::i18n::catalogue(lang) {
                Some(catalogue) => {
                    println!("{}", serde_json::to_string(&catalogue).unwrap_or_default());
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("legcheck-eval: no translations for `{lang}`");
                    ExitCode::from(2)
                }
            };
        }
    }
    if !args.is_empty() {
        eprintln!("usage: legcheck-eval < answers.json\n       legcheck-eval --translations <lang>\n\nReads an answers document on stdin and prints the assessment as JSON.");
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
