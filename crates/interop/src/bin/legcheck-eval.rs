//! `legcheck-eval`: reads an answers document (JSON, see docs/ANSWERS.md) on stdin and prints
//! the assessment as JSON on stdout. Bad input gets a message naming the field on stderr and
//! exit status 2; a knowledge base that fails to load exits with 3.
//!
//! `legcheck-eval --translations <lang>` prints the knowledge base's translation catalogue for
//! a language as JSON, each translation under its English text's key
//! (`legcheck_engine::i18n::published`; the app's build ships it as a file loaded on demand;
//! exit status 3 if two texts' keys collide), and
//! `legcheck-eval --catalogue-file <lang>` the name that file must have (it changes with its
//! content).
//! `legcheck-eval --app-knowledge-file` prints the name of the app's copy of the knowledge base,
//! and `legcheck-eval --app-knowledge` writes that copy's bytes (the app fetches it after its
//! first paint and checks its hash).
//! `legcheck-eval --fhir-questionnaire` prints the questions as an SDC Questionnaire (FHIR R4),
//! `legcheck-eval --fhir-codesystem` its answer codes as a CodeSystem,
//! `legcheck-eval --fhir < answers.json` the answers as the matching QuestionnaireResponse,
//! `legcheck-eval --fhir-bundle < answers.json` the answers and their assessment as a FHIR
//! transaction Bundle (QuestionnaireResponse, RiskAssessment, ABI Observations), and
//! `legcheck-eval --from-fhir < response.json` reads a QuestionnaireResponse instead of an answers
//! document and prints the assessment (a bad or foreign response: exit 2, naming the item).
//! See docs/FHIR.md.

use std::io::Read;
use std::process::ExitCode;

use legcheck_engine::Engine;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "--app-knowledge-file" => {
            println!("{}", legcheck_engine::APP_KB_FILE);
            return ExitCode::SUCCESS;
        }
        [flag] if flag == "--app-knowledge" => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            return match out
                .write_all(legcheck_engine::APP_KNOWLEDGE)
                .and_then(|()| out.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("legcheck-eval: {e}");
                    ExitCode::from(3)
                }
            };
        }
        _ => {}
    }
    if let [flag, lang] = args.as_slice() {
        if flag == "--catalogue-file" {
            return match legcheck_engine::i18n::catalogue_file(lang) {
                Some(file) => {
                    println!("{file}");
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("legcheck-eval: no translations for `{lang}`");
                    ExitCode::from(2)
                }
            };
        }
        if flag == "--translations" {
            return match legcheck_engine::i18n::published(lang) {
                Some(Ok(catalogue)) => {
                    println!("{}", serde_json::to_string(&catalogue).unwrap_or_default());
                    ExitCode::SUCCESS
                }
                Some(Err(e)) => {
                    eprintln!("legcheck-eval: {e}");
                    ExitCode::from(3)
                }
                None => {
                    eprintln!("legcheck-eval: no translations for `{lang}`");
                    ExitCode::from(2)
                }
            };
        }
    }
    let fhir = args.first().map(String::as_str);
    let modes = [
        "--fhir",
        "--fhir-questionnaire",
        "--fhir-codesystem",
        "--fhir-bundle",
        "--from-fhir",
    ];
    if args.len() > 1 || fhir.is_some_and(|f| !modes.contains(&f)) {
        eprintln!("usage: legcheck-eval < answers.json\n       legcheck-eval --from-fhir < questionnaire-response.json\n       legcheck-eval --fhir | --fhir-bundle < answers.json\n       legcheck-eval --fhir-questionnaire | --fhir-codesystem\n       legcheck-eval --translations <lang>\n       legcheck-eval --catalogue-file <lang>\n       legcheck-eval --app-knowledge-file | --app-knowledge\n\nReads an answers document (or a FHIR QuestionnaireResponse) on stdin and prints the assessment as JSON.");
        return ExitCode::from(2);
    }
    let engine = match Engine::embedded() {
        Ok(engine) => engine,
        Err(e) => {
            eprintln!("legcheck-eval: {e}");
            return ExitCode::from(3);
        }
    };
    if fhir == Some("--fhir-questionnaire") {
        return print(&legcheck_interop::fhir::questionnaire(&engine));
    }
    if fhir == Some("--fhir-codesystem") {
        return print(&legcheck_interop::fhir::code_system(&engine));
    }
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("legcheck-eval: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    let decoded = if fhir == Some("--from-fhir") {
        legcheck_interop::fhir::from_response(&engine, &input).map_err(|e| e.to_string())
    } else {
        engine.decode(&input).map_err(|e| e.to_string())
    };
    let doc = match decoded {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("legcheck-eval: {e}");
            return ExitCode::from(2);
        }
    };
    if fhir == Some("--fhir") || fhir == Some("--fhir-bundle") {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let secs = now % 86_400;
        let authored = format!(
            "{}T{:02}:{:02}:{:02}Z",
            civil_date(now / 86_400),
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        );
        if fhir == Some("--fhir-bundle") {
            return print(&legcheck_interop::fhir::assessment_bundle(
                &engine, &doc, &authored,
            ));
        }
        return print(&legcheck_interop::fhir::questionnaire_response(
            &engine, &doc, &authored,
        ));
    }
    print(&engine.evaluate_with_abi(&doc.answers, doc.abi.as_ref()))
}

fn print(value: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("legcheck-eval: cannot encode the output: {e}");
            ExitCode::from(3)
        }
    }
}

/// `YYYY-MM-DD` for a number of days since 1970-01-01 (proleptic Gregorian calendar).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
