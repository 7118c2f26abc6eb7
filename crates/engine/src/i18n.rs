//! Translations of the knowledge base's texts, keyed by the English text
//! (`knowledge/i18n/<lang>.toml`). English is the knowledge base itself.

use std::collections::BTreeMap;

/// `{"<lang>": {"<English>": "<translation>"}}`, built from knowledge/i18n by build.rs.
pub const TRANSLATIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/translations.json"));

/// Languages with a complete translation, besides English.
pub const LANGUAGES: [&str; 1] = ["es"];

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// The file a language's catalogue is published as under `i18n/` (its name changes with its
/// content), or `None` for English and unknown languages.
pub fn catalogue_file(lang: &str) -> Option<&'static str> {
    CATALOGUE_FILES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, file)| *file)
}

/// The catalogue for `lang`, or `None` for English or an unknown language.
pub fn catalogue(lang: &str) -> Option<BTreeMap<String, String>> {
    let mut all: BTreeMap<String, BTreeMap<String, String>> =
        serde_json::from_str(TRANSLATIONS_JSON).ok()?;
    all.remove(lang)
}

/// Every text of the knowledge base a person can see, in a stable order.
pub fn texts<'a>(kb: &'a crate::KnowledgeBase) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    let mut add = |t: &'a str| {
        if !out.contains(&t) {
            out.push(t);
        }
    };
    for q in &kb.questions {
        add(&q.text);
        q.hint.iter().for_each(|h| add(h));
        q.unit.iter().for_each(|u| add(u));
        q.options.iter().for_each(|o| add(&o.text));
    }
    for c in &kb.conditions {
        add(&c.name);
        add(&c.summary);
    }
    kb.rules.iter().for_each(|r| add(&r.reason));
    kb.red_flags.iter().for_each(|r| add(&r.text));
    for a in &kb.advice {
        add(&a.text);
        add(&a.evidence);
    }
    kb.segment_map.iter().for_each(|s| add(&s.certainty));
    for d in &kb.differential {
        for t in [&d.location, &d.character, &d.exercise, &d.rest, &d.position] {
            add(t);
        }
    }
    out
}

/// The named sources a patient sees under "Where this advice comes from", in knowledge-base
/// order. Kept apart from `texts`: a translation keeps the original title, for citation, and
/// adds what the source is in the reader's language ("NHS: Leg cramps — calambres en las
/// piernas, del servicio de salud británico (NHS)").
pub fn source_texts(kb: &crate::KnowledgeBase) -> Vec<&str> {
    kb.references
        .iter()
        .filter(|r| crate::model::is_named_reference(&r.id))
        .map(|r| r.source.as_str())
        .collect()
}
