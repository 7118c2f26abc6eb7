//! docs/clinical/evidence.md is generated from the knowledge base: every evidence rule, its
//! weight, and what the weight stands on (a published figure with its source, or judgement with
//! its reasoning), with the share of rules that have a figure. This test keeps the document in
//! step; `UPDATE_DOCS=1 cargo test -p legcheck-engine --test evidence` rewrites it.

use std::fs;
use std::path::Path;

use legcheck_engine::Engine;

fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn document(engine: &Engine) -> String {
    let kb = &engine.kb;
    let rules = &kb.rules;
    let with_figure = rules
        .iter()
        .filter(|r| r.basis.as_ref().is_some_and(|b| b.figure.is_some()))
        .count();
    let mut out = String::new();
    out.push_str("# What each rule weight stands on\n\n");
    out.push_str(
        "Generated from `crates/engine/knowledge/3*-rules-*.toml` by \
         `crates/engine/tests/evidence.rs`; do not edit by hand. To regenerate: \
         `UPDATE_DOCS=1 cargo test -p legcheck-engine --test evidence`.\n\n",
    );
    out.push_str(&format!(
        "Knowledge base {}. **{} rules; {} ({}%) stand on a published figure** (a likelihood \
         ratio, an accuracy, a validated score's points or a ratio from a named study), and \
         {} on LegCheck's judgement, each with its reasoning. A weight is added to its \
         condition's score when the rule holds; {} or more is \"possible\" and {} or more \
         \"strong\". A red flag answered \"yes\" counts {} for its condition when ranking. \
         Figures are quoted only from sources read for this project \
         (`shared/clinical/EVIDENCE-NOTES.md`, `REFERENCE.md`); none is invented, and a \
         figure explains a weight without fixing it: the mapping from figure to weight is \
         itself judgement, awaiting clinical review.\n\n",
        kb.version,
        rules.len(),
        with_figure,
        with_figure * 100 / rules.len().max(1),
        rules.len() - with_figure,
        kb.scoring.possible,
        kb.scoring.strong,
        kb.scoring.red_flag,
    ));
    for condition in &kb.conditions {
        let own: Vec<_> = rules
            .iter()
            .filter(|r| r.condition == condition.id)
            .collect();
        if own.is_empty() {
            continue;
        }
        out.push_str(&format!("## {} (`{}`)\n\n", condition.name, condition.id));
        out.push_str("| Weight | When | Reason shown | Basis |\n|---|---|---|---|\n");
        for r in own {
            let basis = match &r.basis {
                Some(b) => match (&b.figure, &b.source, &b.judgement) {
                    (Some(f), Some(s), _) => format!("**Figure:** {} [{}]", cell(f), s),
                    (_, _, Some(j)) => format!("Judgement: {}", cell(j)),
                    _ => "missing".into(),
                },
                None => "missing".into(),
            };
            out.push_str(&format!(
                "| {:+} | `{}` | {} | {} |\n",
                r.weight,
                cell(&r.when),
                cell(&r.reason),
                basis
            ));
        }
        out.push('\n');
    }
    out
}

#[test]
fn evidence_doc_matches_the_knowledge_base() {
    let engine = Engine::embedded().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/clinical/evidence.md");
    let expected = document(&engine);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, &expected).unwrap();
        return;
    }
    let current = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == expected,
        "docs/clinical/evidence.md is out of date: run UPDATE_DOCS=1 cargo test -p legcheck-engine --test evidence"
    );
}

#[test]
fn every_rule_states_a_figure_with_its_source_or_a_judgement() {
    let engine = Engine::embedded().unwrap();
    let doc = document(&engine);
    assert!(!doc.contains("missing"), "a rule has no basis");
    for r in &engine.kb.rules {
        let b = r.basis.as_ref().expect("basis");
        if let (Some(_), Some(source)) = (&b.figure, &b.source) {
            // A figure's source is among the references the rule itself cites, or at least a
            // reference the knowledge base lists.
            assert!(engine.kb.reference(source).is_some(), "{source}");
        }
    }
    // Where the published figures exist, they are used (EVIDENCE-NOTES.md).
    for source in [
        "boylan_2021",
        "kieback_2019",
        "suri_2010",
        "garrison_2012",
        "wells_dvt",
    ] {
        assert!(
            engine
                .kb
                .rules
                .iter()
                .any(|r| r.basis.as_ref().and_then(|b| b.source.as_deref()) == Some(source)),
            "{source} is not used"
        );
    }
}
