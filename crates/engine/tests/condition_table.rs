//! The second half of docs/clinical/traceability.md, generated from the knowledge base and the
//! vignettes: for every condition, the answers its rules read, the red flags that name it, the
//! advice given for it, its references, and the vignettes that check it. It covers the
//! conditions beyond the source summary (issue 11) as well as those in it, and fails when a
//! condition has no vignette. Regenerate with
//! `UPDATE_DOCS=1 cargo test -p legcheck-engine --test condition_table`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use legcheck_engine::expr::parse;
use legcheck_engine::Engine;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Each vignette's name and the conditions it expects first or in the top 3.
fn vignettes() -> Vec<(String, Vec<String>)> {
    let dir = repo().join("crates/engine/tests/vignettes");
    let mut out: Vec<(String, Vec<String>)> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.strip_suffix(".toml")?.to_string();
            let v: toml::Value = toml::from_str(&fs::read_to_string(e.path()).ok()?).ok()?;
            let mut ids: Vec<String> = v
                .get("expect_top3")
                .and_then(|t| t.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            if let Some(first) = v.get("expect_first").and_then(|f| f.as_str()) {
                ids.push(first.to_string());
            }
            Some((name, ids))
        })
        .collect();
    out.sort();
    out
}

fn ticks<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    let list: Vec<String> = items
        .into_iter()
        .map(|s| format!("`{}`", s.as_ref()))
        .collect();
    if list.is_empty() {
        "none".into()
    } else {
        list.join(", ")
    }
}

fn table(engine: &Engine) -> (String, Vec<String>) {
    let kb = &engine.kb;
    let vignettes = vignettes();
    let mut out = String::new();
    let mut missing = Vec::new();
    for c in &kb.conditions {
        let reads: BTreeSet<String> = kb
            .rules
            .iter()
            .filter(|r| r.condition == c.id)
            .flat_map(|r| {
                parse(&r.when)
                    .unwrap()
                    .ids()
                    .into_iter()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect();
        let flags: Vec<String> = kb
            .red_flags
            .iter()
            .filter(|f| f.condition.as_deref() == Some(c.id.as_str()))
            .map(|f| {
                format!(
                    "{} ({})",
                    f.id,
                    serde_json::to_value(f.level).unwrap().as_str().unwrap()
                )
            })
            .collect();
        let advice: Vec<&str> = kb
            .advice
            .iter()
            .filter(|a| a.for_conditions.contains(&c.id))
            .map(|a| a.id.as_str())
            .collect();
        let checked: Vec<&str> = vignettes
            .iter()
            .filter(|(_, ids)| ids.contains(&c.id))
            .map(|(name, _)| name.as_str())
            .collect();
        if checked.is_empty() {
            missing.push(c.id.clone());
        }
        let care = serde_json::to_value(c.care).unwrap();
        out.push_str(&format!(
            "### `{}`: {}\n\n- Care when possible or strong: {}\n- Rules read: {}\n- Red flags: {}\n- Advice: {}\n- References: {}\n- Vignettes: {}\n\n",
            c.id,
            c.name,
            care.as_str().unwrap(),
            ticks(&reads),
            ticks(&flags),
            ticks(&advice),
            ticks(&c.refs),
            ticks(&checked),
        ));
    }
    (out, missing)
}

const BEGIN: &str = "<!-- BEGIN GENERATED: conditions -->\n";
const END: &str = "<!-- END GENERATED -->";

#[test]
fn traceability_lists_every_condition_with_its_evidence_and_vignettes() {
    let engine = Engine::embedded().unwrap();
    let path = repo().join("docs/clinical/traceability.md");
    let doc = fs::read_to_string(&path).unwrap();
    let (head, rest) = doc
        .split_once(BEGIN)
        .expect("traceability.md has the generated conditions section");
    let (current, tail) = rest.split_once(END).expect("and closes it");
    let (expected, missing) = table(&engine);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, format!("{head}{BEGIN}{expected}{END}{tail}")).unwrap();
    } else {
        // Not assert_eq: the whole list would flood the output.
        assert!(
            current == expected,
            "docs/clinical/traceability.md is out of date: run UPDATE_DOCS=1 cargo test -p legcheck-engine --test condition_table"
        );
    }
    assert!(
        missing.is_empty(),
        "conditions no vignette checks: {missing:?}"
    );
}
