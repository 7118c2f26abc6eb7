//! Saved answers and share links: round trips, and every kind of bad data coming back as a
//! clear outcome instead of a crash or a silently wrong result.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::{Answer, AnswersDoc, Engine};
use legcheck_interop::saved::{restore, Restore, Saved};
use legcheck_interop::share::{decode, encode, ShareError};

fn sample() -> AnswerMap {
    AnswerMap::from([
        ("rf_sudden_cold_leg".to_string(), Answer::One("no".into())),
        (
            "pain_sites".to_string(),
            Answer::Many(vec!["left_calf".into()]),
        ),
        ("ecq_walk_pain".to_string(), Answer::One("yes".into())),
        ("ecq_at_rest".to_string(), Answer::One("no".into())),
        ("age".to_string(), Answer::Number(71.0)),
    ])
}

#[test]
fn saved_answers_round_trip() {
    let engine = Engine::embedded().unwrap();
    let json = Saved::new(&engine, &sample(), 1000.0).to_json();
    match restore(&engine, &json, 2000.0) {
        Restore::Restored {
            answers,
            dropped,
            outdated,
            ..
        } => {
            assert_eq!(answers, sample());
            assert!(dropped.is_empty());
            assert!(!outdated);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn corrupt_saved_answers_are_reported_not_crashed_on() {
    let engine = Engine::embedded().unwrap();
    for bad in [
        "",
        "{",
        "null",
        "[1,2]",
        r#"{"format":1}"#,
        r#"{"format":9,"kb_version":"x","saved_at":0,"answers":{}}"#,
    ] {
        assert!(
            matches!(restore(&engine, bad, 0.0), Restore::Corrupt(_)),
            "{bad:?}"
        );
    }
}

#[test]
fn expired_saved_answers_are_not_offered() {
    let engine = Engine::embedded().unwrap();
    let mut saved = Saved::new(&engine, &sample(), 1000.0);
    saved.expires_at = Some(5000.0);
    assert!(matches!(
        restore(&engine, &saved.to_json(), 4000.0),
        Restore::Restored { .. }
    ));
    assert_eq!(restore(&engine, &saved.to_json(), 6000.0), Restore::Expired);
}

#[test]
fn answers_from_an_older_knowledge_base_are_revalidated() {
    let engine = Engine::embedded().unwrap();
    let mut saved = Saved::new(&engine, &sample(), 0.0);
    saved.kb_version = "2025.01.0".into();
    saved
        .answers
        .insert("retired_question".into(), Answer::One("yes".into()));
    saved.answers.insert("age".into(), Answer::Number(400.0));
    match restore(&engine, &saved.to_json(), 0.0) {
        Restore::Restored {
            answers,
            dropped,
            outdated,
            ..
        } => {
            assert!(outdated);
            assert_eq!(
                dropped,
                vec!["age".to_string(), "retired_question".to_string()]
            );
            assert_eq!(answers.len(), 4, "the answers that still fit are kept");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn share_links_round_trip() {
    let engine = Engine::embedded().unwrap();
    let doc = AnswersDoc {
        answers: sample(),
        kb_version: Some(engine.kb.version.clone()),
        abi: None,
    };
    let link = encode(&doc);
    assert!(link.starts_with("v1."));
    assert!(
        link.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
        "{link}"
    );
    assert_eq!(decode(&engine, &link).unwrap(), doc);
}

#[test]
fn tampered_or_truncated_share_links_are_rejected() {
    let engine = Engine::embedded().unwrap();
    let link = encode(&AnswersDoc {
        answers: sample(),
        ..Default::default()
    });
    assert_eq!(decode(&engine, "hello"), Err(ShareError::Unrecognised));
    assert_eq!(
        decode(&engine, &link[..link.len() - 3]),
        Err(ShareError::Damaged)
    );
    assert_eq!(
        decode(&engine, &link[..link.len() / 2]),
        Err(ShareError::Damaged)
    );
    let mut tampered = link.clone().into_bytes();
    tampered[10] = if tampered[10] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode(&engine, &String::from_utf8(tampered).unwrap()),
        Err(ShareError::Damaged)
    );
    // An intact link whose answers do not fit is named as such.
    let bad = AnswersDoc {
        answers: AnswerMap::from([("no_such_question".to_string(), Answer::One("yes".into()))]),
        ..Default::default()
    };
    assert!(
        matches!(decode(&engine, &encode(&bad)), Err(ShareError::Invalid(m)) if m.contains("no_such_question"))
    );
}

/// Knowledge base 2026.11.5 moved pregnancy out of `known_conditions` into its own question and
/// dropped `feelings: walking_pain` (the ECQ asks it). Answers saved, shared or exported before
/// then still restore, decode and evaluate, with pregnancy where the rules now read it.
#[test]
fn answers_given_before_pregnancy_became_its_own_question_are_moved_not_lost() {
    let engine = Engine::embedded().unwrap();
    let old = |conditions: &[&str], feelings: &[&str]| {
        let mut a = sample();
        a.insert("age".into(), Answer::Number(31.0));
        let many = |l: &[&str]| Answer::Many(l.iter().map(|s| s.to_string()).collect());
        a.insert("known_conditions".into(), many(conditions));
        a.insert("feelings".into(), many(feelings));
        a
    };
    let one = |s: &str| Answer::One(s.into());
    let many = |l: &[&str]| Answer::Many(l.iter().map(|s| s.to_string()).collect());
    // (known_conditions, feelings) before -> (known_conditions, pregnancy, feelings) after
    type Case<'a> = (
        &'a [&'a str],
        &'a [&'a str],
        &'a [&'a str],
        Option<&'a str>,
        Option<&'a [&'a str]>,
    );
    let cases: [Case; 5] = [
        (
            &["pregnant"],
            &["cramp"],
            &["none"],
            Some("pregnant"),
            Some(&["cramp"]),
        ),
        (
            &["diabetes", "recent_birth"],
            &["walking_pain", "cramp"],
            &["diabetes"],
            Some("recent_birth"),
            Some(&["cramp"]),
        ),
        // Under the old question, ticking neither meant "not pregnant", and "I am not sure"
        // left pregnancy open.
        (&["none"], &["walking_pain"], &["none"], Some("no"), None),
        (
            &["not_sure"],
            &["swelling"],
            &["not_sure"],
            Some("dont_know"),
            Some(&["swelling"]),
        ),
        // Both ticked: the rules read them alike, so "pregnant" stands for both.
        (
            &["pregnant", "recent_birth"],
            &["cramp"],
            &["none"],
            Some("pregnant"),
            Some(&["cramp"]),
        ),
    ];
    for (conditions, feelings, now_conditions, pregnancy, now_feelings) in cases {
        let given = old(conditions, feelings);
        let mut saved = Saved::new(&engine, &given, 0.0);
        saved.kb_version = "2026.11.4".into();
        let Restore::Restored {
            answers, dropped, ..
        } = restore(&engine, &saved.to_json(), 0.0)
        else {
            panic!("{conditions:?} did not restore");
        };
        assert!(dropped.is_empty(), "{conditions:?}: dropped {dropped:?}");
        assert_eq!(answers.get("known_conditions"), Some(&many(now_conditions)));
        assert_eq!(answers.get("pregnancy"), pregnancy.map(one).as_ref());
        assert_eq!(answers.get("feelings"), now_feelings.map(many).as_ref());
        // A share link made before the change decodes to the same answers.
        let doc = AnswersDoc {
            kb_version: Some("2026.11.4".into()),
            answers: given.clone(),
            ..Default::default()
        };
        let link = encode(&doc);
        let shared = decode(&engine, &link).expect("an old share link still opens");
        assert_eq!(shared.answers, answers, "{conditions:?}");
    }
    // A document of this knowledge base (or with no version) is not touched: "None of these"
    // to the conditions says nothing about pregnancy now, which is asked apart.
    for version in [Some(engine.kb.version.clone()), None] {
        let doc = AnswersDoc {
            kb_version: version.clone(),
            answers: old(&["none"], &["cramp"]),
            ..Default::default()
        };
        let opened = decode(&engine, &encode(&doc)).unwrap();
        assert_eq!(opened.answers.get("pregnancy"), None, "{version:?}");
    }
    // The rules read the moved answer: a pregnant woman's swollen calf is a pregnancy clot.
    let mut swollen = old(&["pregnant"], &["swelling"]);
    swollen.insert("rf_one_leg_swollen".into(), one("yes"));
    let doc = AnswersDoc {
        answers: swollen,
        ..Default::default()
    };
    let opened = decode(&engine, &encode(&doc)).unwrap();
    let result = engine.evaluate(&opened.answers);
    assert!(
        result.conditions.iter().any(|c| c.id == "pregnancy_vte"),
        "{:?}",
        result.conditions.iter().map(|c| &c.id).collect::<Vec<_>>()
    );
}
