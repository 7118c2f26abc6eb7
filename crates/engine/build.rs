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
/// The hash of what the build writes and the code checks (`fnv1a32`, `fnv1a64`).
#[path = "src/fnv.rs"]
mod fnv;
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
    let out = std::path::PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let full = merged.clone();
    // The browser app never shows what a rule's weight stands on (docs/clinical/evidence.md
    // does), so its copy leaves it out: fewer bytes to fetch.
    if let Some(serde_json::Value::Array(rules)) = merged.get_mut("rule") {
        for rule in rules.iter_mut().filter_map(|r| r.as_object_mut()) {
            rule.remove("basis");
        }
    }
    let (kb, _) = write_postcard(full, &out.join("knowledge.postcard"));
    let (_, app) = write_postcard(merged, &out.join("knowledge-app.postcard"));
    // The app fetches its copy as `knowledge.<hash>.bin` after its first paint and refuses
    // any other bytes: the name changes with the content (so a tab on an older build never
    // reads a newer copy), and the hash is checked before decoding.
    // The hash is `legcheck_engine::kb_hash`'s.
    let hash = fnv::fnv1a64(&app);
    fs::write(
        out.join("meta.rs"),
        format!(
            "/// The knowledge base's version.\npub const KB_VERSION: &str = {:?};\n\
             /// When the knowledge base was last reviewed, `YYYY-MM-DD`.\npub const KB_REVIEWED: &str = {:?};\n\
             /// How many questions most people answer, and in how many minutes (`model::Journey`).\n\
             pub const KB_JOURNEY: ([u32; 2], [u32; 2]) = ({:?}, {:?});\n\
             /// The app's copy of the knowledge base (`APP_KNOWLEDGE`): its FNV-1a 64-bit hash and\n\
             /// the file name it is published under.\n\
             pub const APP_KB_HASH: u64 = {hash:#018x};\n\
             pub const APP_KB_FILE: &str = \"knowledge.{:08x}.bin\";\n",
            kb.version,
            kb.reviewed,
            kb.journey.questions,
            kb.journey.minutes(),
            hash >> 32,
        ),
    )
    .expect("write meta.rs");
    let translations = translations(&dir.join("i18n"));
    // Each catalogue is published under a name that changes with what the app fetches
    // (`i18n/es.<hash>.json`: the FNV-1a of the published JSON, each translation under its
    // English text's key, `i18n::published`), so a tab still running an older build never
    // reads a newer catalogue, even one in another format, and the app needs no copy of the
    // catalogues to know the names.
    let names: Vec<String> = translations
        .as_object()
        .map(|all| {
            all.iter()
                .map(|(lang, table)| {
                    let published: std::collections::BTreeMap<String, String> = table
                        .as_object()
                        .expect("a [text] table")
                        .iter()
                        .map(|(en, tr)| {
                            let tr = tr.as_str().expect("a translation is a string");
                            // The key is `legcheck_engine::i18n::text_key`'s.
                            let key = fnv::fnv1a32(en.as_bytes());
                            (format!("{key:08x}"), tr.to_string())
                        })
                        .collect();
                    let json = serde_json::to_string(&published).expect("serialises");
                    let fingerprint = fnv::fnv1a32(json.as_bytes());
                    format!("({lang:?}, \"{lang}.{fingerprint:08x}.json\")")
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

/// Reads a merged knowledge base into the engine's model, checks its expressions, and writes
/// it in postcard form, which must decode again. Returns the model and the bytes.
fn write_postcard(
    merged: serde_json::Map<String, serde_json::Value>,
    path: &Path,
) -> (model::KnowledgeBase, Vec<u8>) {
    let kb: model::KnowledgeBase = serde_json::from_value(serde_json::Value::Object(merged))
        .unwrap_or_else(|e| panic!("knowledge/: does not fit the engine's model: {e}"));
    check_expressions(&kb);
    let bytes = postcard::to_allocvec(&kb).expect("the knowledge base serialises");
    postcard::from_bytes::<model::KnowledgeBase>(&bytes)
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", path.display()));
    fs::write(path, &bytes).expect("write the knowledge base");
    (kb, bytes)
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
