//! Build step for the knowledge base: merges every `knowledge/*.toml` file (in name order),
//! reads it into the engine's own types (`src/model.rs`, so a knowledge base that does not fit
//! them fails the build) and writes it to `OUT_DIR` in postcard's compact binary form, which
//! the engine embeds and reads at start-up. TOML stays the reviewable source; the compiled app
//! carries no TOML or JSON parser for it (issue 14: fewer bytes and less code on a first visit).

use std::{env, fs, path::Path};

/// The knowledge base's types, shared with the engine so both sides agree on the layout.
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

/// The engine's expression language and number parser, so that the build parses every
/// expression: the app compiles them only after its first paint, when a bad one could no
/// longer be reported, so a knowledge base with one must not build.
#[allow(dead_code)]
#[path = "src/expr.rs"]
mod expr;
#[allow(dead_code)]
#[path = "src/number.rs"]
mod number;
use number::parse_num;

fn main() {
    let dir = Path::new("knowledge");
    println!("cargo:rerun-if-changed=knowledge");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("knowledge/ directory is missing")
        .map(|e| e.expect("unreadable knowledge/ entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut merged = serde_json::Map::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(file).expect("unreadable knowledge file");
        let table: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", file.display()));
        let serde_json::Value::Object(table) = table else {
            unreachable!("a TOML document is always a table")
        };
        for (key, value) in table {
            match (merged.get_mut(&key), value) {
                (Some(serde_json::Value::Array(list)), serde_json::Value::Array(more)) => {
                    list.extend(more)
                }
                (Some(_), _) => panic!("{}: key `{key}` is defined twice", file.display()),
                (None, value) => {
                    merged.insert(key, value);
                }
            }
        }
    }
    // The browser app never shows what a rule's weight stands on (docs/clinical/evidence.md
    // does), so its copy leaves it out: the first visit carries fewer bytes.
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        if let Some(serde_json::Value::Array(rules)) = merged.get_mut("rule") {
            for rule in rules.iter_mut().filter_map(|r| r.as_object_mut()) {
                rule.remove("basis");
            }
        }
    }
    let out = std::path::PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let kb: model::KnowledgeBase = serde_json::from_value(serde_json::Value::Object(merged))
        .unwrap_or_else(|e| panic!("knowledge/: does not fit the engine's model: {e}"));
    check_expressions(&kb);
    let bytes = postcard::to_allocvec(&kb).expect("the knowledge base serialises");
    // The app decodes these bytes only after its first paint, so they must decode now.
    postcard::from_bytes::<model::KnowledgeBase>(&bytes)
        .unwrap_or_else(|e| panic!("knowledge.postcard does not decode: {e}"));
    fs::write(out.join("knowledge.postcard"), bytes).expect("write knowledge.postcard");
    fs::write(
        out.join("meta.rs"),
        format!(
            "/// The embedded knowledge base's version.\npub const KB_VERSION: &str = {:?};\n\
             /// When the embedded knowledge base was last reviewed, `YYYY-MM-DD`.\npub const KB_REVIEWED: &str = {:?};\n\
             /// How many questions most people answer, and in how many minutes (`model::Journey`).\n\
             pub const KB_JOURNEY: ([u32; 2], [u32; 2]) = ({:?}, {:?});\n",
            kb.version,
            kb.reviewed,
            kb.journey.questions,
            kb.journey.minutes()
        ),
    )
    .expect("write meta.rs");
    let translations = translations(&dir.join("i18n"));
    // Each catalogue is published under a name that changes with its content
    // (`i18n/es.<hash>.json`), so a tab still running an older build never reads a newer
    // catalogue, and the app needs no copy of the catalogues to know the names.
    let names: Vec<String> = translations
        .as_object()
        .map(|all| {
            all.iter()
                .map(|(lang, table)| {
                    format!(
                        "({lang:?}, \"{lang}.{:08x}.json\")",
                        fnv(&table.to_string())
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    fs::write(
        out.join("catalogues.rs"),
        format!(
            "/// The file name of each language's catalogue.\npub const CATALOGUE_FILES: [(&str, &str); {}] = [{}];\n",
            names.len(),
            names.join(", ")
        ),
    )
    .expect("write catalogues.rs");
    fs::write(out.join("translations.json"), translations.to_string())
        .expect("write translations.json");
}

/// Parses every expression the engine compiles (`KnowledgeBase::expressions`); the build
/// fails on the first that does not parse, naming it.
fn check_expressions(kb: &model::KnowledgeBase) {
    for (kind, id, src) in kb.expressions() {
        if let Err(e) = expr::parse(src) {
            panic!("knowledge/: {kind} {id}: `{src}`: {e}");
        }
    }
}

/// FNV-1a, 32 bits: a content fingerprint for file names.
fn fnv(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// `knowledge/i18n/<lang>.toml` files (a `[text]` table from English to the language) merged
/// into `{"<lang>": {"<English>": "<translation>"}}`.
fn translations(dir: &Path) -> serde_json::Value {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut all = serde_json::Map::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return serde_json::Value::Object(all);
    };
    for path in entries.map(|e| e.expect("unreadable i18n entry").path()) {
        let (Some(lang), Some("toml")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("unreadable translation file");
        let table: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()));
        all.insert(lang.to_string(), table["text"].clone());
    }
    serde_json::Value::Object(all)
}
