//! The real knowledge base loads, passes every consistency check, and labels what it is not
//! sure of.

use std::collections::BTreeMap;

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::{validate::validate, Answer, Engine, Segment};

#[test]
fn knowledge_base_is_consistent() {
    let engine = Engine::embedded().expect("the embedded knowledge base loads");
    let problems = validate(&engine);
    assert!(
        problems.is_empty(),
        "knowledge base problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn validation_reports_broken_knowledge() {
    let mut kb = Engine::embedded().unwrap().kb.into_inner();
    kb.conditions[0].refs = vec!["no_such_reference".into()];
    let cold = kb
        .questions
        .iter_mut()
        .find(|q| q.id == "rf_sudden_cold_leg")
        .unwrap();
    cold.id = "renamed".into();
    kb.rules[0].condition = "no_such_condition".into();
    // A broken knowledge base still loads, so that validation can say what is wrong with it,
    // and evaluation ignores the rule it cannot place.
    let engine = Engine::new(kb).expect("loads, to be validated");
    let _ = engine.evaluate(&AnswerMap::new());
    let problems = validate(&engine).join("\n");
    assert!(
        problems.contains("rule 0 names unknown condition `no_such_condition`"),
        "{problems}"
    );
    assert!(
        problems.contains("unknown reference `no_such_reference`"),
        "{problems}"
    );
    assert!(
        problems.contains("unknown question or fact `rf_sudden_cold_leg`"),
        "{problems}"
    );
    assert!(
        problems.contains("question renamed is never used"),
        "{problems}"
    );
}

/// The guards that keep urgency from being weakened by a later edit of the knowledge base.
#[test]
fn validation_refuses_edits_that_would_weaken_urgency() {
    use legcheck_engine::model::{Basis, Stage};
    let mut kb = Engine::embedded().unwrap().kb.into_inner();
    // An emergency sign moved to the history questions, asked last, could be asked too late.
    let q = kb
        .questions
        .iter_mut()
        .find(|q| q.id == "rf_saddle_numbness")
        .unwrap();
    q.stage = Stage::History;
    // ...and so could one whose own question is opened by a later answer, or one that reads a
    // fact derived from later answers.
    let now = kb
        .questions
        .iter_mut()
        .find(|q| q.id == "rf_cold_leg_now")
        .unwrap();
    now.ask_if = Some("rf_sudden_cold_leg = dont_know or pad_risks has smoking".into());
    let both = kb
        .red_flags
        .iter_mut()
        .find(|f| f.id == "cauda_equina_both_legs")
        .unwrap();
    both.when = "rf_both_legs_weak = yes or pad_risk = increased".into();
    // A flag naming a condition whose own care is more urgent would raise the flag's level.
    kb.red_flags
        .iter_mut()
        .find(|f| f.id == "deep_vein_thrombosis")
        .unwrap()
        .condition = Some("acute_limb_ischemia".into());
    // A question opened by a later answer would be asked out of order (and skipped by Back).
    kb.questions
        .iter_mut()
        .find(|q| q.id == "preeclampsia_signs")
        .unwrap()
        .ask_if = Some("pain_sites has calf".into());
    // A red flag that counts for less than a strong finding could rank below a mere fit.
    kb.scoring.red_flag = kb.scoring.strong - 1;
    // Weights must say what they stand on, and a figure needs its source.
    kb.rules[0].basis = None;
    kb.rules[1].basis = Some(Basis {
        figure: Some("LR 9".into()),
        source: None,
        judgement: None,
    });
    // Advice cannot be both for and unsafe for the same people.
    let painkillers = kb
        .advice
        .iter_mut()
        .find(|a| a.id == "painkillers_after")
        .unwrap();
    painkillers.only_for = vec!["pregnant".into()];
    // Every urgent result must still say what should make the person act sooner.
    for a in kb
        .advice
        .iter_mut()
        .filter(|a| a.kind == legcheck_engine::model::AdviceKind::SafetyNet)
    {
        a.for_levels
            .retain(|l| *l != legcheck_engine::Triage::Urgent);
    }
    // A rule may not raise a cause on "not sure" (it would outrank a definite answer).
    kb.rules[2].when = "rf_dvt_risks has not_sure".into();
    // The content must say when it was last reviewed.
    kb.reviewed = "26/11/2026".into();
    let engine = Engine::new(kb).unwrap();
    let problems = validate(&engine).join("\n");
    for expected in [
        "emergency red flag cauda_equina_saddle reads `rf_saddle_numbness`, which is a history question",
        "emergency red flag acute_limb_ischaemia_onset_unknown reads `pad_risks`, which is a history question",
        "emergency red flag cauda_equina_both_legs reads `pad_risks`, which is a history question (asked last) or an instrument result",
        "red flag deep_vein_thrombosis (urgent) names acute_limb_ischemia, whose care is emergency",
        "scoring needs red_flag >= strong",
        "question preeclampsia_signs is asked only after `pain_sites`, which comes later",
        "rule 0 (pad_claudication) has no basis",
        "rule 1 (pad_claudication): basis needs either a figure with its source, or a judgement",
        "advice painkillers_after is both for and unsafe for `pregnant`",
        "only ask_if may test for `not_sure`",
        "no safety-net advice for every urgent result",
        "reviewed must be the date the content was last reviewed, YYYY-MM-DD (found `26/11/2026`)",
    ] {
        assert!(problems.contains(expected), "{expected}\n{problems}");
    }
}

#[test]
fn knowledge_base_has_a_version() {
    let engine = Engine::embedded().unwrap();
    assert!(!engine.kb.version.is_empty());
    // The date under every screen ("Content last reviewed") comes from the knowledge base.
    assert_eq!(engine.kb.reviewed.len(), 10, "{}", engine.kb.reviewed);
    let result = engine.evaluate(&Default::default());
    assert_eq!(result.kb_version, engine.kb.version);
    assert!(result.disclaimer.contains("not a diagnosis"));
    assert!(result.disclaimer.contains("emergency number"));
}

#[test]
fn unconfirmed_sources_are_labelled() {
    let engine = Engine::embedded().unwrap();
    for r in &engine.kb.references {
        let known = ["confirmed", "partly_confirmed", "unconfirmed"];
        assert!(
            known.contains(&r.confidence.as_str()),
            "{}: {}",
            r.id,
            r.confidence
        );
        if r.id.starts_with("source_") {
            assert_eq!(
                r.confidence, "unconfirmed",
                "{}: the summary does not name it",
                r.id
            );
            assert!(r.note.is_some(), "{} says what supports it", r.id);
        }
    }
    // REFERENCE.md: tibial disease -> calf or foot pain is not confirmed from a primary source.
    let tibial = engine
        .kb
        .segment_map
        .iter()
        .filter(|m| m.segments.contains(&Segment::Tibial));
    for m in tibial {
        assert!(m.certainty.contains("not confirmed"), "{}", m.site);
    }
}

#[test]
fn results_give_bands_not_percentages() {
    let engine = Engine::embedded().unwrap();
    let mut answers = AnswerMap::new();
    answers.insert("feelings".to_string(), Answer::Many(vec!["cramp".into()]));
    answers.insert(
        "cramp_when".to_string(),
        Answer::Many(vec!["night_or_rest".into()]),
    );
    let json = serde_json::to_string(&engine.evaluate(&answers)).unwrap();
    assert!(json.contains("\"band\""));
    for word in ["%", "probability", "score", "percent"] {
        assert!(!json.contains(word), "the result mentions {word}");
    }
}

/// Age first (LegCheck is for adults, and advice depends on it), then the red flags before
/// anything about the pain.
#[test]
fn age_then_red_flags_are_asked_first() {
    use legcheck_engine::model::Stage;
    let engine = Engine::embedded().unwrap();
    let first = engine.next_question(&Default::default()).unwrap();
    assert_eq!((first.id.as_str(), first.stage), ("age", Stage::About));
    let answers = AnswerMap::from([("age".to_string(), Answer::One("40".into()))]);
    let second = engine.next_question(&answers).unwrap();
    assert_eq!(second.stage, Stage::RedFlags);
    let stages: Vec<Stage> = engine.kb.questions.iter().map(|q| q.stage).collect();
    assert!(stages.windows(2).all(|w| w[0] <= w[1]), "stages in order");
}

#[test]
fn every_knowledge_base_text_is_translated() {
    let engine = Engine::embedded().unwrap();
    for lang in legcheck_engine::i18n::LANGUAGES {
        let catalogue = legcheck_engine::i18n::catalogue(lang).expect("a catalogue");
        let mut texts = legcheck_engine::i18n::texts(&engine.kb);
        texts.extend(legcheck_engine::i18n::source_texts(&engine.kb));
        let missing: Vec<&&str> = texts
            .iter()
            .filter(|t| !catalogue.contains_key(**t))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang}: {} texts untranslated:\n{missing:#?}",
            missing.len()
        );
        let unused: Vec<&String> = catalogue
            .keys()
            .filter(|k| !texts.contains(&k.as_str()))
            .collect();
        assert!(
            unused.is_empty(),
            "{lang}: translations of texts that no longer exist:\n{unused:#?}"
        );
        assert!(
            catalogue.values().all(|v| !v.trim().is_empty()),
            "{lang}: empty translation"
        );
    }
}

/// The catalogue the app fetches holds every translation under its English text's key (FNV-1a,
/// 32 bits, checked against the algorithm's published test values), and none of the English.
#[test]
fn the_published_catalogue_holds_each_translation_under_its_texts_key() {
    use legcheck_engine::i18n::{catalogue, published, text_key};
    assert_eq!(text_key(""), 0x811c_9dc5);
    assert_eq!(text_key("a"), 0xe40c_292c);
    assert_eq!(text_key("foobar"), 0xbf9c_f968);
    for lang in legcheck_engine::i18n::LANGUAGES {
        let by_text = catalogue(lang).expect("a catalogue");
        let by_key = published(lang)
            .expect("a catalogue")
            .expect("no two keys collide");
        assert_eq!(
            by_key.len(),
            by_text.len(),
            "{lang}: one entry per translation"
        );
        for (english, translation) in &by_text {
            let key = format!("{:08x}", text_key(english));
            assert_eq!(by_key.get(&key), Some(translation), "{lang}: {english}");
        }
        // No English text is repeated (but a source's original title, which its translation
        // keeps on purpose).
        let json = serde_json::to_string(&by_key).unwrap();
        let long = by_text
            .iter()
            .filter(|(english, translation)| english.len() > 40 && !translation.contains(*english));
        for (english, _) in long {
            assert!(!json.contains(english.as_str()), "{lang}: {english}");
        }
    }
    assert!(published("en").is_none() && published("xx").is_none());
    // Two texts with the same key are refused, whether translated or only seen.
    use legcheck_engine::i18n::keyed;
    assert_eq!(text_key("costarring"), text_key("liquid"));
    let one = |en: &str| BTreeMap::from([(en.to_string(), "x".to_string())]);
    assert!(keyed(one("liquid"), ["costarring"].into_iter()).is_err());
    assert!(keyed(one("liquid"), ["liquid", "solid"].into_iter()).is_ok());
    let both = BTreeMap::from([
        ("liquid".to_string(), "x".to_string()),
        ("costarring".to_string(), "y".to_string()),
    ]);
    assert!(keyed(both, std::iter::empty()).is_err());
    // The file is named after the form the app fetches, so that a change of content or of
    // format gives it a new name, and a tab on an older build never reads it.
    for lang in legcheck_engine::i18n::LANGUAGES {
        let json = serde_json::to_string(&published(lang).unwrap().unwrap()).unwrap();
        assert_eq!(
            legcheck_engine::i18n::catalogue_file(lang),
            Some(format!("{lang}.{:08x}.json", text_key(&json)).as_str())
        );
    }
}

/// A translated source keeps its original title, so that it can still be looked up and cited,
/// and then says what it is in the reader's language: "<title> — <what it is>".
#[test]
fn translated_sources_keep_the_original_title_and_say_what_it_is() {
    let engine = Engine::embedded().unwrap();
    let sources = legcheck_engine::i18n::source_texts(&engine.kb);
    assert!(sources.len() > 50, "{} named sources", sources.len());
    for lang in legcheck_engine::i18n::LANGUAGES {
        let catalogue = legcheck_engine::i18n::catalogue(lang).expect("a catalogue");
        for source in &sources {
            let translated = &catalogue[*source];
            // The title is the source up to its first note in brackets.
            let title = source.split(" (").next().unwrap();
            let (original, gloss) = translated
                .split_once(" — ")
                .unwrap_or_else(|| panic!("{lang}: no ' — ' in {translated}"));
            assert!(original.starts_with(title), "{lang}: {translated}");
            assert!(gloss.len() > 10 && gloss != title, "{lang}: {translated}");
            // An English note in brackets is said in the reader's language instead.
            assert!(
                !original.contains(" (") || source.starts_with(original),
                "{lang}: {translated}"
            );
        }
    }
}

#[test]
fn numbers_in_messages_have_at_most_two_decimals() {
    use legcheck_engine::fmt_num;
    assert_eq!(fmt_num(18.0), "18");
    assert_eq!(fmt_num(0.9), "0.9");
    assert_eq!(fmt_num(1.07), "1.07");
    assert_eq!(fmt_num(-5.0), "-5");
    assert_eq!(fmt_num(350.004), "350");
    assert_eq!(fmt_num(f64::NAN), "an impossible number");
}

/// The embedded copy is postcard bytes (build.rs): a truncated or corrupted copy is a load
/// error, never a panic (`Engine::from_postcard`), and the app shows its "could not start" page.
#[test]
fn a_truncated_or_corrupted_knowledge_base_is_an_error_never_a_panic() {
    let full = legcheck_engine::KNOWLEDGE;
    assert!(Engine::from_postcard(full).is_ok());
    let cuts = (0..full.len()).step_by(61).chain([full.len() - 1]);
    for n in cuts {
        assert!(
            Engine::from_postcard(&full[..n]).is_err(),
            "a copy cut at byte {n} of {} loaded",
            full.len()
        );
    }
    // A changed byte may still decode (inside a text, say); it must not panic either way.
    for i in (0..full.len()).step_by(257) {
        let mut bytes = full.to_vec();
        bytes[i] ^= 0xa5;
        let _ = Engine::from_postcard(&bytes);
    }
}

/// The app fetches its copy of the knowledge base (issue 14: the first visit's wasm carries
/// none of it) and loads it only if it is this build's: any changed, cut or other copy is
/// refused before decoding. Accepted, it answers exactly as the full knowledge base over every
/// vignette's answers (it only leaves out each rule's `basis`, which reviewers read).
#[test]
fn the_apps_copy_loads_only_as_built_and_answers_as_the_full_knowledge_base() {
    use legcheck_engine::{APP_KB_FILE, APP_KB_HASH, APP_KNOWLEDGE};
    let full = Engine::embedded().expect("loads");
    let app = Engine::from_app_copy(APP_KNOWLEDGE).expect("the app's copy loads");
    assert_eq!(legcheck_engine::kb_hash(APP_KNOWLEDGE), APP_KB_HASH);
    assert_eq!(
        APP_KB_FILE,
        format!("knowledge.{:08x}.bin", APP_KB_HASH >> 32),
        "the file name carries the content's hash"
    );
    assert!(
        app.kb.rules.iter().all(|r| r.basis.is_none()),
        "the app's copy leaves out what a rule's weight stands on"
    );
    assert!(full.kb.rules.iter().any(|r| r.basis.is_some()));
    // Another copy, even a valid one, is refused: the full one, a cut one, a changed byte.
    assert!(Engine::from_app_copy(legcheck_engine::KNOWLEDGE).is_err());
    assert!(Engine::from_app_copy(&APP_KNOWLEDGE[..APP_KNOWLEDGE.len() - 1]).is_err());
    assert!(Engine::from_app_copy(&[]).is_err());
    for i in (0..APP_KNOWLEDGE.len()).step_by(997) {
        let mut bytes = APP_KNOWLEDGE.to_vec();
        bytes[i] ^= 0x01;
        assert!(Engine::from_app_copy(&bytes).is_err(), "byte {i} changed");
    }
    let ids = |e: &Engine| {
        e.emergency_questions()
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&app), ids(&full));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("tests/vignettes").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(entry.path()).expect("readable vignette");
        let vignette: toml::Value = toml::from_str(&text).expect("a vignette is TOML");
        let answers: AnswerMap = vignette["answers"]
            .clone()
            .try_into()
            .expect("a vignette's answers");
        seen += 1;
        assert_eq!(
            format!("{:?}", app.evaluate(&answers)),
            format!("{:?}", full.evaluate(&answers)),
            "{name}"
        );
    }
    assert!(seen > 100, "only {seen} vignettes");
}

/// What the start page shows of the knowledge base before decoding it is the knowledge base's.
#[test]
fn the_build_time_constants_are_the_knowledge_bases_own() {
    let kb = &Engine::embedded().expect("loads").kb;
    assert_eq!(legcheck_engine::KB_VERSION, kb.version);
    assert_eq!(legcheck_engine::KB_REVIEWED, kb.reviewed);
    assert_eq!(
        legcheck_engine::KB_JOURNEY,
        (kb.journey.questions, kb.journey.minutes())
    );
}

/// A level's name in messages is the name the knowledge base and the JSON outputs use.
#[test]
fn a_level_is_named_as_its_json_spells_it() {
    use legcheck_engine::Triage;
    // Exhaustive, so that a new level does not compile until it is listed below.
    match Triage::DEFAULT {
        Triage::SelfCare | Triage::Routine | Triage::Urgent | Triage::Emergency => {}
    }
    for level in [
        Triage::SelfCare,
        Triage::Routine,
        Triage::Urgent,
        Triage::Emergency,
    ] {
        assert_eq!(
            serde_json::to_string(&level).unwrap(),
            format!("\"{}\"", level.as_str())
        );
    }
}
