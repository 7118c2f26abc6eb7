//! The validated instruments against their published definitions (REFERENCE.md sections 1, 3,
//! 4 and 6), driven through the real knowledge base's question ids.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::instruments::{
    abi, abi_category, check_abi, ecq, irlssg, nocturnal_cramp, AbiInput,
};
use legcheck_engine::{Answer, Engine};

mod common;
use common::answers;

fn ecq_answers(q1: &str, q2: &str, q3: &str, q4: &str, q5: &str, sites: &str) -> AnswerMap {
    answers(&[
        ("ecq_walk_pain", q1),
        ("ecq_at_rest", q2),
        ("ecq_uphill", q3),
        ("ecq_ordinary_pace", q4),
        ("ecq_stand_still", q5),
        ("pain_sites", sites),
    ])
}

#[test]
fn ecq_positive_only_with_q1_yes_q2_no_q3_yes_q5_disappears() {
    // Every combination of items 2, 3 and 5: only one is positive.
    for q2 in ["yes", "no"] {
        for q3 in ["yes", "no"] {
            for q5 in ["continues", "disappears"] {
                let result = ecq(&ecq_answers("yes", q2, q3, "no", q5, "[left_calf]")).unwrap();
                let expected = q2 == "no" && q3 == "yes" && q5 == "disappears";
                assert_eq!(
                    result.result == "positive",
                    expected,
                    "q2={q2} q3={q3} q5={q5}"
                );
                if !expected {
                    assert_eq!(result.result, "negative");
                    assert_eq!(result.grade, None);
                    assert_eq!(result.site, None);
                }
            }
        }
    }
}

#[test]
fn ecq_grade_comes_from_item_4() {
    let g1 = ecq(&ecq_answers(
        "yes",
        "no",
        "yes",
        "no",
        "disappears",
        "[left_calf]",
    ))
    .unwrap();
    let g2 = ecq(&ecq_answers(
        "yes",
        "no",
        "yes",
        "yes",
        "disappears",
        "[left_calf]",
    ))
    .unwrap();
    assert_eq!(g1.grade, Some(1));
    assert_eq!(g2.grade, Some(2));
}

#[test]
fn ecq_site_definite_atypical_or_none() {
    let site = |sites: &str| {
        ecq(&ecq_answers("yes", "no", "yes", "no", "disappears", sites))
            .unwrap()
            .site
            .unwrap()
    };
    assert_eq!(site("[right_calf]"), "definite");
    assert_eq!(
        site("[left_calf,left_thigh_front,right_buttock]"),
        "definite",
        "calf with other sites"
    );
    assert_eq!(site("[left_thigh_front]"), "atypical");
    assert_eq!(site("[right_buttock]"), "atypical");
    assert_eq!(
        site("[left_thigh_back]"),
        "none",
        "hamstrings are not claudication sites"
    );
    assert_eq!(site("[left_shin,left_sole,left_knee]"), "none");
    // The explanation says which, for the person and the clinician.
    let explain = |sites: &str| {
        ecq(&ecq_answers("yes", "no", "yes", "no", "disappears", sites))
            .unwrap()
            .explanation
    };
    assert!(explain("[right_calf]").contains("definite claudication"));
    assert!(explain("[right_buttock]").contains("atypical claudication"));
    assert!(explain("[left_shin]").contains("not claudication by site"));
}

#[test]
fn ecq_handles_no_unable_to_walk_and_unknowns() {
    assert_eq!(
        ecq(&answers(&[("ecq_walk_pain", "no")])).unwrap().result,
        "negative"
    );
    assert_eq!(
        ecq(&answers(&[("ecq_walk_pain", "unable_to_walk")]))
            .unwrap()
            .result,
        "unable_to_walk"
    );
    let partial = ecq(&ecq_answers(
        "yes",
        "no",
        "dont_know",
        "no",
        "disappears",
        "[left_calf]",
    ))
    .unwrap();
    assert_eq!(partial.result, "incomplete");
    // Positive answers with the pain diagram unanswered: the site is unknown, not "none", so
    // the questionnaire cannot be scored (an empty body map is still an answer: "none").
    let mut no_map = ecq_answers("yes", "no", "yes", "no", "disappears", "[left_calf]");
    no_map.remove("pain_sites");
    let unscored = ecq(&no_map).unwrap();
    assert_eq!(
        (unscored.result.as_str(), unscored.site),
        ("incomplete", None)
    );
    let empty = ecq(&ecq_answers("yes", "no", "yes", "no", "disappears", "[]")).unwrap();
    assert_eq!(empty.site.as_deref(), Some("none"));
    // A definite exclusion wins over unknowns.
    let excluded = ecq(&ecq_answers(
        "yes",
        "yes",
        "dont_know",
        "no",
        "dont_know",
        "[left_calf]",
    ))
    .unwrap();
    assert_eq!(excluded.result, "negative");
    assert!(
        ecq(&AnswerMap::new()).is_none(),
        "not scored when item 1 is unanswered"
    );
}

fn rls(pairs: &[(&str, &str)]) -> AnswerMap {
    let mut a = answers(&[
        ("feelings", "[urge_to_move]"),
        ("rls_urge", "yes"),
        ("rls_rest", "yes"),
        ("rls_movement_relief", "yes"),
        ("rls_evening", "yes"),
        ("rls_position_only", "no"),
        ("rls_habit", "no"),
        ("leg_swelling", "no"),
    ]);
    a.extend(answers(pairs));
    a
}

#[test]
fn irlssg_met_needs_all_five_criteria() {
    let met = irlssg(&rls(&[])).unwrap();
    assert_eq!(met.result, "met");
    assert!(met.criteria.iter().all(|c| c == "met"));
    for criterion in ["rls_urge", "rls_rest", "rls_movement_relief", "rls_evening"] {
        let r = irlssg(&rls(&[(criterion, "no")])).unwrap();
        assert_eq!(r.result, "not_met", "{criterion} = no");
        let r = irlssg(&rls(&[(criterion, "dont_know")])).unwrap();
        assert_eq!(r.result, "incomplete", "{criterion} = don't know");
    }
}

#[test]
fn irlssg_criterion_5_excludes_each_mimic() {
    let cases: [(&[(&str, &str)], &str); 6] = [
        (
            &[
                ("feelings", "[urge_to_move,cramp]"),
                ("cramp_duration", "up_to_10_min"),
            ],
            "leg cramps",
        ),
        (
            &[("feelings", "[urge_to_move,muscle_ache]")],
            "muscle aches (myalgia)",
        ),
        (&[("rls_position_only", "yes")], "positional discomfort"),
        (&[("rls_habit", "yes")], "habitual foot tapping"),
        (&[("leg_swelling", "yes")], "venous stasis or leg swelling"),
        (&[("joint_pain", "yes")], "arthritis"),
    ];
    for (pairs, mimic) in cases {
        let r = irlssg(&rls(pairs)).unwrap();
        assert_eq!(r.result, "mimic_possible", "{mimic}");
        assert_eq!(r.criteria[4], "unknown");
        assert_eq!(r.mimics, vec![mimic.to_string()]);
    }
}

#[test]
fn irlssg_long_cramps_relieved_by_moving_are_not_a_cramp_mimic() {
    let r = irlssg(&rls(&[
        ("feelings", "[urge_to_move,cramp]"),
        ("cramp_duration", "over_10_min"),
    ]))
    .unwrap();
    assert_eq!(r.result, "met");
}

#[test]
fn irlssg_course_specifier() {
    let r = irlssg(&rls(&[("rls_frequency", "twice_weekly_or_more")])).unwrap();
    assert_eq!(r.course.as_deref(), Some("chronic_persistent"));
    let r = irlssg(&rls(&[("rls_frequency", "less_often")])).unwrap();
    assert_eq!(r.course.as_deref(), Some("intermittent"));
}

#[test]
fn nocturnal_cramp_counts_the_seven_hallegraeff_features() {
    let a = answers(&[
        ("feelings", "[cramp]"),
        ("cramp_when", "[night_or_rest]"),
        ("cramp_duration", "up_to_10_min"),
        ("pain_sites", "[left_calf,right_sole]"),
        ("cramp_sore_after", "yes"),
        ("cramp_wakes", "yes"),
        ("cramp_distress", "yes"),
    ]);
    let n = nocturnal_cramp(&a).unwrap();
    assert_eq!(n.result, "typical");
    assert_eq!(n.features.len(), 7);
    assert_eq!(n.of, 7);

    let mut thigh = a.clone();
    thigh.insert(
        "pain_sites".into(),
        Answer::Many(vec!["left_thigh_back".into()]),
    );
    let n = nocturnal_cramp(&thigh).unwrap();
    assert_eq!(n.result, "atypical");
    assert!(!n
        .features
        .iter()
        .any(|f| f == "calf_or_foot" || f == "seldom_thigh"));

    let mut long = a.clone();
    long.insert("cramp_duration".into(), Answer::One("over_10_min".into()));
    assert_eq!(nocturnal_cramp(&long).unwrap().result, "atypical");

    let mut day = a.clone();
    day.insert(
        "cramp_when".into(),
        Answer::Many(vec!["during_exercise".into()]),
    );
    assert_eq!(nocturnal_cramp(&day).unwrap().result, "not_nocturnal");

    // "I am not sure" when the cramps come leaves the timing open: not "not nocturnal", and
    // the features that were answered are still counted.
    let mut unsure = a;
    unsure.insert("cramp_when".into(), Answer::Many(vec!["not_sure".into()]));
    let n = nocturnal_cramp(&unsure).unwrap();
    assert_eq!(n.result, "timing_unknown");
    assert_eq!(n.features.len(), 7);
}

fn pressures(
    arms: (Option<f64>, Option<f64>),
    left: (Option<f64>, Option<f64>),
    right: (Option<f64>, Option<f64>),
) -> AbiInput {
    AbiInput {
        arm_left: arms.0,
        arm_right: arms.1,
        left_dp: left.0,
        left_pt: left.1,
        right_dp: right.0,
        right_pt: right.1,
    }
}

#[test]
fn abi_uses_higher_ankle_over_higher_arm_to_two_decimals() {
    let r = abi(&pressures(
        (Some(120.0), Some(140.0)),
        (Some(90.0), Some(126.0)),
        (Some(150.0), None),
    ))
    .unwrap();
    let left = r.left.unwrap();
    assert_eq!(left.value, 0.90, "126 / 140");
    assert_eq!(left.category, "abnormal");
    let right = r.right.unwrap();
    assert_eq!(right.value, 1.07, "150 / 140 = 1.0714");
    assert_eq!(right.category, "normal");
    let one_leg = abi(&pressures(
        (Some(100.0), None),
        (None, None),
        (Some(95.0), Some(99.0)),
    ))
    .unwrap();
    assert!(one_leg.left.is_none());
    assert_eq!(one_leg.right.unwrap().category, "borderline");
}

#[test]
fn abi_categories_at_every_threshold() {
    let cases = [
        (0.0, "abnormal"),
        (0.90, "abnormal"),
        (0.91, "borderline"),
        (0.99, "borderline"),
        (1.00, "normal"),
        (1.40, "normal"),
        (1.41, "noncompressible"),
    ];
    for (value, category) in cases {
        assert_eq!(abi_category(value), category, "{value}");
    }
    // 141 / 100 = 1.41 is noncompressible, 140.4 / 100 rounds to 1.40: normal.
    let r = abi(&pressures(
        (Some(100.0), None),
        (Some(141.0), None),
        (Some(140.4), None),
    ))
    .unwrap();
    assert_eq!(r.left.unwrap().category, "noncompressible");
    assert_eq!(r.right.unwrap().category, "normal");
}

#[test]
fn abi_rejects_implausible_pressures_naming_the_field() {
    let bad = [
        (
            pressures((Some(20.0), None), (Some(90.0), None), (None, None)),
            "abi.arm_left",
        ),
        (
            pressures((None, Some(400.0)), (Some(90.0), None), (None, None)),
            "abi.arm_right",
        ),
        (
            pressures((Some(120.0), None), (Some(-5.0), None), (None, None)),
            "abi.left_dp",
        ),
        (
            pressures((Some(120.0), None), (None, None), (None, Some(f64::NAN))),
            "abi.right_pt",
        ),
        (
            pressures((None, None), (Some(90.0), None), (None, None)),
            "abi",
        ),
    ];
    for (input, field) in bad {
        let (f, message) = check_abi(&input).unwrap_err();
        assert_eq!(f, field);
        assert!(!message.is_empty());
        assert!(abi(&input).is_none());
    }
}

/// The plausible ranges include their ends: arms 50-300 mmHg, ankles 0-350 mmHg.
#[test]
fn abi_pressures_at_the_ends_of_the_plausible_range_are_accepted() {
    let at = |arm: f64, ankle: f64| {
        pressures(
            (Some(arm), Some(arm)),
            (Some(ankle), Some(ankle)),
            (Some(ankle), Some(ankle)),
        )
    };
    for (arm, ankle) in [(50.0, 0.0), (300.0, 350.0)] {
        assert_eq!(check_abi(&at(arm, ankle)), Ok(()), "{arm} {ankle}");
    }
    for (arm, ankle, field) in [
        (49.99, 100.0, "abi.arm_left"),
        (300.01, 100.0, "abi.arm_left"),
        (120.0, -0.01, "abi.left_dp"),
        (120.0, 350.01, "abi.left_dp"),
    ] {
        assert_eq!(
            check_abi(&at(arm, ankle)).unwrap_err().0,
            field,
            "{arm} {ankle}"
        );
    }
}

#[test]
fn legcheck_answers_document_carries_abi() {
    let engine = Engine::embedded().unwrap();
    let doc = engine
        .decode(r#"{"answers": {}, "abi": {"arm_left": 130, "left_pt": 80}}"#)
        .unwrap();
    let result = engine.evaluate_with_abi(&doc.answers, doc.abi.as_ref());
    assert_eq!(
        result.instruments.abi.unwrap().left.unwrap().category,
        "abnormal"
    );
    assert_eq!(result.conditions[0].id, "pad_claudication");
    let err = engine
        .decode(r#"{"abi": {"arm_left": 130, "left_pt": 999}}"#)
        .unwrap_err();
    assert_eq!(err.field, "abi.left_pt");
    let err = engine
        .decode(r#"{"abi": {"arm_left": 130, "ankle": 90}}"#)
        .unwrap_err();
    assert!(err.message.contains("unknown field"), "{err}");
}

/// Critical ischaemia (ESC 2017, WIfI grade 3): an ankle pressure under 50 mmHg or an ABI
/// under 0.40, each at its exact threshold.
#[test]
fn critical_ankle_pressure_and_abi_thresholds() {
    let leg = |arm: f64, ankle: f64| {
        abi(&pressures(
            (Some(arm), None),
            (Some(ankle), None),
            (None, None),
        ))
        .unwrap()
        .left
        .unwrap()
        .critical
    };
    assert!(!leg(120.0, 50.0), "50 mmHg is not under 50");
    assert!(leg(120.0, 49.0));
    // On the recorded (2-decimal) ABI with a 200 mmHg arm: 80 and 79 mmHg record 0.40 (0.395
    // rounds up), 78 mmHg records 0.39.
    assert!(!leg(200.0, 80.0), "0.40 is not under 0.40");
    assert!(!leg(200.0, 79.0), "0.395 is recorded as 0.40");
    assert!(leg(200.0, 78.0));
}
