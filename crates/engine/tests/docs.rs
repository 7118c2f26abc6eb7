//! The documents that make clinical claims are checked against the code: the traceability of
//! the source summary, the hazard log's named tests (that each exists and exercises its
//! hazard), and the answers schema in docs/ANSWERS.md.

use std::fs;
use std::path::{Path, PathBuf};

use legcheck_engine::model::{QuestionKind, SITES};
use legcheck_engine::Engine;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every source file that can hold a test: Rust test functions and e2e test titles.
fn test_sources() -> String {
    let mut text = String::new();
    let mut dirs = vec![
        repo().join("crates/engine/tests"),
        repo().join("crates/engine/src"),
        repo().join("crates/interop/tests"),
        repo().join("crates/interop/src"),
        repo().join("tests"),
        repo().join("src"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs" || x == "cjs") {
                text.push_str(&fs::read_to_string(&path).unwrap());
            }
        }
    }
    text
}

/// Whether a test with this name exists (a Rust `fn name`, or an e2e `test('name'` or a
/// templated title).
fn test_exists(sources: &str, name: &str) -> bool {
    sources.contains(&format!("fn {name}("))
        || sources.contains(&format!("test('{name}'"))
        || sources.contains(&format!("test(`{name}`"))
        || sources.contains(&format!("test(\"{name}\""))
}

/// Backticked items after `label` on the first line starting with `- label`.
fn listed<'a>(section: &'a str, label: &str) -> Vec<&'a str> {
    section
        .lines()
        .find(|l| l.starts_with(&format!("- {label}")))
        .map(|l| l.split('`').skip(1).step_by(2).collect())
        .unwrap_or_default()
}

/// The source summary's statements: lines ending in reference markers, or followed by bullets.
fn statements(summary: &str) -> Vec<String> {
    let body = summary.split_once("---").map_or(summary, |(_, b)| b);
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() || line.starts_with("- ") {
            continue;
        }
        let bullets = lines.get(i + 1).is_some_and(|n| n.starts_with("- "));
        if line.ends_with(|c: char| c.is_ascii_digit()) || bullets {
            out.push(line.to_string());
        }
    }
    out
}

fn kb_ids(engine: &Engine) -> Vec<String> {
    let kb = &engine.kb;
    let mut ids: Vec<String> = Vec::new();
    ids.extend(kb.conditions.iter().map(|x| x.id.clone()));
    ids.extend(kb.questions.iter().map(|x| x.id.clone()));
    ids.extend(kb.red_flags.iter().map(|x| x.id.clone()));
    ids.extend(kb.advice.iter().map(|x| x.id.clone()));
    ids.extend(kb.references.iter().map(|x| x.id.clone()));
    ids.extend(kb.facts.iter().map(|x| x.id.clone()));
    ids.extend(SITES.iter().map(|s| s.to_string()));
    ids
}

#[test]
fn the_source_summary_copy_is_current() {
    let shared = repo().join("../shared/clinical/source-summary.md");
    if let Ok(original) = fs::read_to_string(shared) {
        assert_eq!(
            read("docs/clinical/source-summary.md"),
            original,
            "update docs/clinical/source-summary.md"
        );
    }
}

#[test]
fn traceability_maps_every_source_statement() {
    let engine = Engine::embedded().unwrap();
    let ids = kb_ids(&engine);
    let sources = test_sources();
    let doc = read("docs/clinical/traceability.md");
    let sections: Vec<&str> = doc.split("\n## S").skip(1).collect();
    let statements = statements(&read("docs/clinical/source-summary.md"));
    assert_eq!(
        statements.len(),
        24,
        "the summary's statements were re-parsed differently"
    );
    assert_eq!(
        sections.len(),
        statements.len(),
        "one section per statement"
    );
    let mut problems = Vec::new();
    for (n, (statement, section)) in statements.iter().zip(&sections).enumerate() {
        let number = n + 1;
        if !section.starts_with(&format!("{number}\n")) {
            problems.push(format!("section {n} is not S{number}"));
        }
        if !section.contains(&format!("> {statement}")) {
            problems.push(format!("S{number} does not quote: {statement}"));
        }
        let kb = listed(section, "Knowledge base:");
        let tests = listed(section, "Tests:");
        if kb.is_empty() || tests.is_empty() {
            problems.push(format!("S{number} needs knowledge-base ids and tests"));
        }
        for id in kb.iter().filter(|id| !ids.iter().any(|x| x == *id)) {
            problems.push(format!("S{number}: no knowledge-base id `{id}`"));
        }
        for t in tests.iter().filter(|t| !test_exists(&sources, t)) {
            problems.push(format!("S{number}: no test `{t}`"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The source of a named test, from its definition to the next test: a Rust `fn name(` or
/// an e2e `test('name'`.
fn test_body<'a>(sources: &'a str, name: &str) -> Option<&'a str> {
    let starts = [
        format!("fn {name}("),
        format!("test('{name}'"),
        format!("test(`{name}`"),
        format!("test(\"{name}\""),
    ];
    let start = starts.iter().find_map(|s| sources.find(s.as_str()))?;
    let rest = &sources[start + 1..];
    let end = [
        "\n#[test]",
        "\n    #[test]",
        "\nfn ",
        "\ntest(",
        "\nproptest!",
    ]
    .iter()
    .filter_map(|m| rest.find(m))
    .min()
    .unwrap_or(rest.len());
    Some(&sources[start..start + 1 + end])
}

/// Vignette files (their names without `.toml`).
fn vignette_names() -> Vec<String> {
    fs::read_dir(repo().join("crates/engine/tests/vignettes"))
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".toml")
                .map(String::from)
        })
        .collect()
}

/// Each hazard names the tests that verify its control, and lists (under `Exercises:`) what a
/// test must touch to exercise it: an id, a function, a screen's words. Every named test must
/// exist and its own source must contain one of those, so a test cannot stand for a hazard
/// merely by having a name. The vignette runner exercises a hazard through the vignette files
/// an `Exercises:` item names the start of.
#[test]
fn hazard_log_names_tests_that_exercise_each_hazard() {
    let sources = test_sources();
    let vignettes = vignette_names();
    let doc = read("docs/safety/hazard-log.md");
    let hazards: Vec<&str> = doc.split("\n## H").skip(1).collect();
    assert!(hazards.len() >= 12, "only {} hazards", hazards.len());
    let mut problems = Vec::new();
    for h in &hazards {
        let title = h.lines().next().unwrap_or_default();
        for field in [
            "Cause:",
            "Effect:",
            "Severity:",
            "Control:",
            "Verified by:",
            "Exercises:",
        ] {
            if !h.contains(&format!("- {field}")) {
                problems.push(format!("H{title}: missing `{field}`"));
            }
        }
        let tests = listed(h, "Verified by:");
        let terms = listed(h, "Exercises:");
        if tests.is_empty() {
            problems.push(format!("H{title}: names no test"));
        }
        for t in tests {
            let Some(body) = test_body(&sources, t) else {
                problems.push(format!("H{title}: no test `{t}`"));
                continue;
            };
            let by_vignettes = t == "every_vignette_gets_the_expected_triage_ranking_and_segments"
                && terms
                    .iter()
                    .any(|term| vignettes.iter().any(|v| v.starts_with(term)));
            if !by_vignettes && !terms.iter().any(|term| body.contains(term)) {
                problems.push(format!(
                    "H{title}: `{t}` touches none of {terms:?}, so it does not exercise the hazard"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The generated part of docs/ANSWERS.md: one row per question with its allowed values.
fn answers_table(engine: &Engine) -> String {
    let mut out =
        String::from("| Question id | Kind | Allowed values | Asked when |\n|---|---|---|---|\n");
    for q in &engine.kb.questions {
        let values = match q.kind {
            QuestionKind::Number => format!(
                "a number from {} to {}{}",
                q.min.unwrap_or(f64::MIN),
                q.max.unwrap_or(f64::MAX),
                if q.dont_know {
                    ", or `\"dont_know\"`"
                } else {
                    ""
                }
            ),
            QuestionKind::BodyRegions => "a list of `left_<site>` / `right_<site>`".into(),
            QuestionKind::Multi => format!(
                "a list of {}",
                q.option_ids()
                    .iter()
                    .map(|o| format!("`{o}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            _ => format!(
                "one of {}",
                q.option_ids()
                    .iter()
                    .map(|o| format!("`{o}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let kind = serde_json::to_value(q.kind).unwrap();
        let when = q.ask_if.as_deref().map_or("always".to_string(), |w| {
            format!("`{}`", w.split_whitespace().collect::<Vec<_>>().join(" "))
        });
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            q.id,
            kind.as_str().unwrap(),
            values,
            when
        ));
    }
    out
}

const BEGIN: &str = "<!-- BEGIN GENERATED: question table -->\n";
const END: &str = "<!-- END GENERATED -->";

#[test]
fn answers_doc_matches_the_knowledge_base() {
    let engine = Engine::embedded().unwrap();
    let path = repo().join("docs/ANSWERS.md");
    let doc = fs::read_to_string(&path).unwrap();
    let (head, rest) = doc
        .split_once(BEGIN)
        .expect("ANSWERS.md has the generated section");
    let (current, tail) = rest
        .split_once(END)
        .expect("ANSWERS.md closes the generated section");
    let expected = answers_table(&engine);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, format!("{head}{BEGIN}{expected}{END}{tail}")).unwrap();
        return;
    }
    // Not assert_eq: the whole table would flood the output.
    assert!(
        current == expected,
        "docs/ANSWERS.md is out of date: run UPDATE_DOCS=1 cargo test -p legcheck-engine --test docs"
    );
    // The example in the document is a valid answers document that evaluates.
    let example = tail
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("an example answers document");
    let answers = engine
        .decode(example)
        .expect("the documented example is valid");
    let result = engine.evaluate_with_abi(&answers.answers, answers.abi.as_ref());
    assert_eq!(result.conditions[0].id, "pad_claudication");
}
