//! Translations of the knowledge base's texts, keyed by the English text
//! (`knowledge/i18n/<lang>.toml`), and as the app fetches them, keyed by a hash of it
//! (`published`). English is the knowledge base itself.

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

/// The key of a text in a catalogue as the app fetches it (`published`): FNV-1a (32 bits) of
/// the English text. Keyed so, the catalogue need not repeat the knowledge base's English,
/// which the app already has: that was a third of the Spanish catalogue's brotli bytes.
pub fn text_key(text: &str) -> u32 {
    crate::fnv::fnv1a32(text.as_bytes())
}

/// `lang`'s catalogue as the app fetches it (`i18n/<lang>.<hash>.json`, named after this
/// form's JSON by build.rs): each translation under its English text's `text_key`, in eight hex
/// digits. `None` for English or an unknown language; `Err` if the knowledge base does not
/// decode, or if two texts share a key (`keyed`): the build fails instead.
pub fn published(lang: &str) -> Option<Result<BTreeMap<String, String>, String>> {
    let catalogue = catalogue(lang)?;
    Some(match crate::decode_knowledge(crate::KNOWLEDGE) {
        Ok(kb) => keyed(catalogue, texts(&kb).into_iter().chain(source_texts(&kb))),
        Err(e) => Err(e.to_string()),
    })
}

/// A catalogue keyed by `text_key`, or `Err` naming two texts with the same key among the
/// translated ones and `seen` (every text a person can see): the app would show one's
/// translation for the other.
pub fn keyed<'a>(
    catalogue: BTreeMap<String, String>,
    seen: impl Iterator<Item = &'a str>,
) -> Result<BTreeMap<String, String>, String> {
    let mut keys: BTreeMap<u32, String> = BTreeMap::new();
    let translated: Vec<String> = catalogue.keys().cloned().collect();
    for text in seen.map(str::to_string).chain(translated) {
        if let Some(other) = keys.insert(text_key(&text), text.clone()) {
            if other != text {
                return Err(format!(
                    "two texts have the same catalogue key: `{other}` and `{text}`"
                ));
            }
        }
    }
    Ok(catalogue
        .into_iter()
        .map(|(english, translation)| (format!("{:08x}", text_key(&english)), translation))
        .collect())
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
