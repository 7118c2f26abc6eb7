//! The causes of leg pain issue 11 added, and the content errors it fixed, each swept over its
//! variants through the real flow: a person answers what the flow asks, "no" or "none of
//! these" to everything their story does not mention. The vignettes (tests/vignettes/i11_*)
//! tell the same stories in full.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::model::QuestionKind;
use legcheck_engine::{Answer, Assessment, Band, Engine, Triage};

mod common;
use common::answers;

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().unwrap())
}

/// Walks the real flow from `given`, answering every question the flow asks that `given` does
/// not with what someone it does not apply to would say ("no", "none of these").
fn flow(given: &[(&str, &str)]) -> AnswerMap {
    let given = answers(given);
    let mut out = AnswerMap::new();
    while let Some(q) = engine().next_question(&out) {
        let answer = given.get(&q.id).cloned().unwrap_or_else(|| {
            let ids = q.option_ids();
            match q.kind {
                QuestionKind::YesNo => Answer::One("no".into()),
                QuestionKind::Multi if ids.iter().any(|i| i == "none") => {
                    Answer::Many(vec!["none".into()])
                }
                QuestionKind::Multi if q.options.iter().any(|o| o.neutral) => Answer::Many(vec![q
                    .options
                    .iter()
                    .find(|o| o.neutral)
                    .unwrap()
                    .id
                    .clone()]),
                QuestionKind::Single if ids.iter().any(|i| i == "no") => Answer::One("no".into()),
                QuestionKind::Single if q.options.iter().any(|o| o.neutral) => {
                    Answer::One(q.options.iter().find(|o| o.neutral).unwrap().id.clone())
                }
                _ => panic!("the story must answer `{}`", q.id),
            }
        });
        out.insert(q.id.clone(), answer);
    }
    for id in given.keys() {
        assert!(out.contains_key(id), "the flow never asked `{id}`");
    }
    out
}

fn first(r: &Assessment) -> &str {
    r.conditions.first().map_or("", |c| c.id.as_str())
}

fn band(r: &Assessment, id: &str) -> Option<Band> {
    r.conditions.iter().find(|c| c.id == id).map(|c| c.band)
}

fn advised(r: &Assessment) -> Vec<&str> {
    r.next_steps
        .iter()
        .chain(&r.self_care)
        .chain(&r.safety_net)
        .map(|a| a.id.as_str())
        .collect()
}

fn eval(given: &[(&str, &str)]) -> Assessment {
    engine().evaluate(&flow(given))
}

// --- Injuries -------------------------------------------------------------------------------

const ANKLE_INJURY: &[(&str, &str)] = &[
    ("age", "34"),
    ("pain_sites", "[right_ankle]"),
    ("feelings", "[injury]"),
];

fn with(
    base: &[(&'static str, &'static str)],
    more: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = base
        .iter()
        .filter(|(k, _)| !more.iter().any(|(m, _)| m == k))
        .copied()
        .collect();
    v.extend_from_slice(more);
    v
}

#[test]
fn an_injury_follows_the_ottawa_rules() {
    // Could walk, no bony tenderness: a sprain, self-care, a fracture argued against.
    let r = eval(&with(ANKLE_INJURY, &[("injury_four_steps", "yes")]));
    assert_eq!(r.triage.level, Triage::SelfCare);
    assert_eq!(first(&r), "sprain_strain");
    assert!(advised(&r).contains(&"sprain_care"));
    assert!(r
        .conditions
        .iter()
        .any(|c| c.id == "fracture" && c.band == Band::LessLikely));
    // Either Ottawa criterion: an X-ray today.
    for more in [
        [("injury_four_steps", "no"), ("injury_bone_tender", "no")],
        [("injury_four_steps", "yes"), ("injury_bone_tender", "yes")],
        [
            ("injury_four_steps", "dont_know"),
            ("injury_bone_tender", "yes"),
        ],
    ] {
        let r = eval(&with(ANKLE_INJURY, &more));
        assert_eq!(r.triage.level, Triage::Urgent, "{more:?}");
        assert_eq!(first(&r), "fracture", "{more:?}");
        assert!(advised(&r).contains(&"xray_today"), "{more:?}");
    }
    // "I don't know" to both is more urgent than "no" to both.
    let unsure = eval(&with(
        ANKLE_INJURY,
        &[
            ("injury_four_steps", "dont_know"),
            ("injury_bone_tender", "dont_know"),
        ],
    ));
    assert!(unsure.triage.level >= Triage::Routine);
    // A deformity, or an older person who cannot stand after a fall with hip pain: an emergency,
    // shown at once.
    let deformed = flow(&with(ANKLE_INJURY, &[("injury_deformity", "yes")]));
    assert!(engine().emergency_flagged(&deformed));
    let r = engine().evaluate(&deformed);
    assert_eq!((r.triage.level, first(&r)), (Triage::Emergency, "fracture"));
    assert_eq!(band(&r, "fracture"), Some(Band::Flagged));
    let hip = eval(&[
        ("age", "81"),
        ("pain_sites", "[left_hip,left_groin]"),
        ("feelings", "[injury]"),
        ("injury_four_steps", "no"),
    ]);
    assert_eq!(
        (hip.triage.level, first(&hip)),
        (Triage::Emergency, "fracture")
    );
    // The same at 50 is an X-ray today, not an ambulance.
    let younger = eval(&[
        ("age", "50"),
        ("pain_sites", "[left_hip,left_groin]"),
        ("feelings", "[injury]"),
        ("injury_four_steps", "no"),
    ]);
    assert_eq!(younger.triage.level, Triage::Urgent);
}

#[test]
fn pain_out_of_proportion_after_an_injury_or_cast_is_compartment_syndrome() {
    for feelings in ["[injury]", "[tight_bursting]", "[snap]"] {
        let answers = flow(&[
            ("age", "24"),
            ("pain_sites", "[left_shin,left_calf]"),
            ("feelings", feelings),
            ("severe_pain_worsening", "yes"),
        ]);
        assert!(engine().emergency_flagged(&answers), "{feelings}");
        let r = engine().evaluate(&answers);
        assert_eq!(r.triage.level, Triage::Emergency, "{feelings}");
        assert_eq!(first(&r), "acute_compartment_syndrome", "{feelings}");
    }
    // Not asked without an injury, a snap or a tight, bursting pain.
    let asked = flow(&[
        ("age", "24"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[muscle_ache]"),
    ]);
    assert!(!asked.contains_key("severe_pain_worsening"));
}

#[test]
fn a_snap_at_the_heel_is_an_achilles_rupture_even_when_walking_is_possible() {
    let base = [
        ("age", "41"),
        ("pain_sites", "[right_heel,right_calf]"),
        ("feelings", "[snap]"),
    ];
    for more in [
        [
            ("snap_where", "back_of_heel"),
            ("push_off_weak", "dont_know"),
        ],
        [("snap_where", "mid_calf"), ("push_off_weak", "yes")],
        [("snap_where", "back_of_heel"), ("push_off_weak", "no")],
    ] {
        let r = eval(&with(&base, &more));
        assert_eq!(r.triage.level, Triage::Urgent, "{more:?}");
        assert_eq!(first(&r), "achilles_rupture", "{more:?}");
        assert!(advised(&r).contains(&"achilles_today"), "{more:?}");
    }
    // A mid-calf "stone" with a strong push-off: a calf tear, self-care.
    let r = eval(&with(
        &base,
        &[("snap_where", "mid_calf"), ("push_off_weak", "no")],
    ));
    assert_eq!(first(&r), "calf_muscle_tear");
    assert_eq!(r.triage.level, Triage::SelfCare);
    // A pop behind the knee: a burst cyst, but a clot ruled out the same day.
    let r = eval(&with(
        &base,
        &[("snap_where", "behind_knee"), ("push_off_weak", "no")],
    ));
    assert_eq!(r.triage.level, Triage::Urgent);
    assert_eq!(first(&r), "ruptured_bakers_cyst");
}

#[test]
fn heel_shin_and_hip_pain_are_told_apart_by_where_and_when() {
    let heel = |site: &'static str| {
        eval(&[
            ("age", "48"),
            ("pain_sites", site),
            ("feelings", "[muscle_ache]"),
            ("first_steps_pain", "yes"),
        ])
    };
    assert_eq!(first(&heel("[left_sole]")), "plantar_fasciitis");
    assert_eq!(first(&heel("[left_heel]")), "achilles_tendinopathy");
    let shin = |tender: &'static str| {
        eval(&[
            ("age", "22"),
            ("pain_sites", "[left_shin]"),
            ("feelings", "[muscle_ache]"),
            ("shin_tender", tender),
            ("training_change", "yes"),
        ])
    };
    assert_eq!(first(&shin("strip")), "shin_splints");
    assert_eq!(first(&shin("one_spot")), "stress_fracture");
    // Groin pain on running after a jump in training: a hip stress fracture, same day.
    let groin = eval(&[
        ("age", "27"),
        ("pain_sites", "[right_groin]"),
        ("feelings", "[muscle_ache]"),
        ("training_change", "yes"),
    ]);
    assert_eq!(groin.triage.level, Triage::Urgent);
    assert_eq!(first(&groin), "stress_fracture");
    // Hip arthritis is groin pain; pain on the side of the hip, lying on it, is trochanteric.
    let oa = eval(&[
        ("age", "67"),
        ("pain_sites", "[right_groin,right_thigh_front]"),
        ("feelings", "[joint_ache]"),
        ("joint_pain", "yes"),
        ("morning_stiffness", "short"),
    ]);
    assert_eq!(first(&oa), "hip_arthritis");
    let side = eval(&[
        ("age", "56"),
        ("pain_sites", "[right_hip]"),
        ("feelings", "[muscle_ache]"),
        ("lying_on_side", "yes"),
    ]);
    assert_eq!(first(&side), "greater_trochanteric_pain");
    // The NICE criteria make knee osteoarthritis strong; long stiffness argues against it.
    let knee = |stiff: &'static str| {
        eval(&[
            ("age", "63"),
            ("pain_sites", "[left_knee]"),
            ("feelings", "[joint_ache]"),
            ("joint_pain", "yes"),
            ("morning_stiffness", stiff),
        ])
    };
    assert_eq!(
        band(&knee("short"), "knee_osteoarthritis"),
        Some(Band::Strong)
    );
    assert!(band(&knee("long"), "knee_osteoarthritis") < Some(Band::Possible));
}

// --- Hot joints and skin ----------------------------------------------------------------------

const HOT_TOE: &[(&str, &str)] = &[
    ("age", "58"),
    ("pain_sites", "[right_toes]"),
    ("feelings", "[joint_ache]"),
    ("hot_joint", "yes"),
];

#[test]
fn a_hot_swollen_joint_is_same_day_and_an_emergency_with_infection_risks() {
    // Gout's pattern: urgent, gout first, and a joint infection still named.
    let gout = eval(&with(
        HOT_TOE,
        &[
            ("joint_fast_onset", "yes"),
            ("joint_risks", "[gout_before]"),
        ],
    ));
    assert_eq!(gout.triage.level, Triage::Urgent);
    assert_eq!(first(&gout), "gout");
    assert!(gout.conditions.iter().any(|c| c.id == "septic_arthritis"));
    assert!(advised(&gout).contains(&"joint_today"));
    // Any infection risk: an emergency, the infected joint first.
    for risk in [
        "[fever]",
        "[replaced_joint]",
        "[injecting]",
        "[gout_before,fever]",
    ] {
        let answers = flow(&with(HOT_TOE, &[("joint_risks", risk)]));
        assert!(engine().emergency_flagged(&answers), "{risk}");
        let r = engine().evaluate(&answers);
        assert_eq!(
            (r.triage.level, first(&r)),
            (Triage::Emergency, "septic_arthritis"),
            "{risk}"
        );
    }
    let weak = eval(&with(HOT_TOE, &[("known_conditions", "[weak_immune]")]));
    assert_eq!(weak.triage.level, Triage::Emergency);
    // Not sure about the risks: never less than same day.
    let unsure = eval(&with(HOT_TOE, &[("joint_risks", "[not_sure]")]));
    assert!(unsure.triage.level >= Triage::Urgent);
}

const RED_SKIN: &[(&str, &str)] = &[
    ("age", "52"),
    ("rf_red_hot_skin", "yes"),
    ("skin_painful", "yes"),
    ("skin_both_legs", "one_leg"),
    ("pain_sites", "[left_shin]"),
    ("feelings", "[muscle_ache]"),
];

#[test]
fn red_skin_is_cellulitis_on_one_leg_but_not_on_both_and_an_emergency_with_sepsis() {
    let one = eval(RED_SKIN);
    assert_eq!(
        (one.triage.level, first(&one)),
        (Triage::Urgent, "cellulitis")
    );
    assert_eq!(band(&one, "cellulitis"), Some(Band::Strong));
    // Both legs: rarely cellulitis; the veins are likelier.
    let both = eval(&with(RED_SKIN, &[("skin_both_legs", "both_legs")]));
    assert!(band(&both, "cellulitis") < Some(Band::Possible));
    assert_eq!(first(&both), "venous_disease");
    // Red but not painful: not the urgent skin flag, unless diabetes, a weak immune system or
    // age make it so (NHS).
    let painless = eval(&with(RED_SKIN, &[("skin_painful", "no")]));
    assert!(painless.triage.level < Triage::Urgent);
    for more in [
        [("skin_painful", "no"), ("known_conditions", "[diabetes]")],
        [("skin_painful", "no"), ("age", "70")],
    ] {
        assert_eq!(
            eval(&with(RED_SKIN, &more)).triage.level,
            Triage::Urgent,
            "{more:?}"
        );
    }
    // Pain far worse than the skin looks, or signs of sepsis: an emergency at once.
    for (sign, condition) in [
        ("skin_severe_pain", "necrotising_fasciitis"),
        ("sepsis_signs", "sepsis"),
    ] {
        let answers = flow(&with(RED_SKIN, &[(sign, "yes")]));
        assert!(engine().emergency_flagged(&answers), "{sign}");
        let r = engine().evaluate(&answers);
        assert_eq!((r.triage.level, first(&r)), (Triage::Emergency, condition));
        assert_eq!(band(&r, condition), Some(Band::Flagged));
    }
}

#[test]
fn a_diabetic_foot_goes_to_the_foot_team_even_when_it_does_not_hurt() {
    let base = [
        ("age", "63"),
        ("known_conditions", "[diabetes]"),
        ("pain_sites", "[left_foot_top]"),
        ("feelings", "[swelling]"),
    ];
    for sign in ["diabetes_foot_wound", "diabetes_foot_hot"] {
        let r = eval(&with(&base, &[(sign, "yes")]));
        assert_eq!(r.triage.level, Triage::Urgent, "{sign}");
        assert_eq!(first(&r), "diabetic_foot_problem", "{sign}");
        assert!(advised(&r).contains(&"diabetic_foot_team"), "{sign}");
    }
    // Black skin, or a wound with rest pain: limb-threatening, an emergency.
    let black = eval(&with(&base, &[("rf_black_toes", "yes")]));
    assert_eq!(black.triage.level, Triage::Emergency);
    let ischaemic = eval(&with(
        &base,
        &[("diabetes_foot_wound", "yes"), ("rf_rest_pain_foot", "yes")],
    ));
    assert_eq!(ischaemic.triage.level, Triage::Emergency);
    // Without diabetes the foot questions are not asked.
    let asked = flow(&[
        ("age", "63"),
        ("pain_sites", "[left_foot_top]"),
        ("feelings", "[swelling]"),
    ]);
    assert!(!asked.contains_key("diabetes_foot_wound"));
}

// --- Veins, clots and pregnancy -------------------------------------------------------------

#[test]
fn a_hard_tender_vein_is_phlebitis_with_a_deep_clot_checked_when_it_is_large() {
    let base = [
        ("age", "55"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[muscle_ache]"),
        ("leg_swelling", "yes"),
        ("vein_cord", "yes"),
    ];
    let small = eval(&with(&base, &[("vein_cord_big", "no")]));
    assert_eq!(
        (small.triage.level, first(&small)),
        (Triage::Routine, "superficial_thrombophlebitis")
    );
    // The scan advice is for the large one only (`when` narrows `for_conditions`).
    assert!(!advised(&small).contains(&"vein_scan"));
    assert!(advised(&small).contains(&"phlebitis_gp"));
    let big = eval(&with(&base, &[("vein_cord_big", "yes")]));
    assert_eq!(big.triage.level, Triage::Urgent);
    assert!(advised(&big).contains(&"vein_scan"));
    assert!(big
        .conditions
        .iter()
        .any(|c| c.id == "deep_vein_thrombosis"));
}

#[test]
fn pregnancy_and_a_recent_birth_change_the_clot_and_blood_pressure_questions() {
    for status in ["pregnant", "recent_birth"] {
        let base = [
            ("age", "31"),
            ("pregnancy", status),
            ("rf_one_leg_swollen", "yes"),
            ("pain_sites", "[left_calf]"),
            ("feelings", "[swelling]"),
        ];
        let r = eval(&base);
        assert_eq!(
            (r.triage.level, first(&r)),
            (Triage::Urgent, "pregnancy_vte"),
            "{status}"
        );
        assert!(advised(&r).contains(&"maternity_today"), "{status}");
        let pet = eval(&with(&base, &[("preeclampsia_signs", "yes")]));
        assert!(
            pet.conditions.iter().any(|c| c.id == "pre_eclampsia"),
            "{status}"
        );
        assert!(advised(&pet).contains(&"preeclampsia_now"), "{status}");
    }
    // Not asked of someone who is neither.
    let asked = flow(&[
        ("age", "31"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[muscle_ache]"),
    ]);
    assert!(!asked.contains_key("preeclampsia_signs"));
}

#[test]
fn swollen_legs_with_breathlessness_lying_flat_are_checked_the_same_day() {
    let r = eval(&[
        ("age", "74"),
        ("pain_sites", "[left_ankle,right_ankle]"),
        ("feelings", "[swelling]"),
        ("leg_swelling", "yes"),
        ("swollen_breathless", "yes"),
    ]);
    assert_eq!(
        (r.triage.level, first(&r)),
        (Triage::Urgent, "heart_failure_oedema")
    );
    assert!(advised(&r).contains(&"heart_check"));
}

// --- Spine, cramps, PMR and GCA ---------------------------------------------------------------

#[test]
fn back_pain_with_cancer_fever_or_night_pain_is_same_day_and_an_emergency_with_weakness() {
    let base = [
        ("age", "66"),
        ("pain_sites", "[left_buttock,left_thigh_back]"),
        ("feelings", "[shooting]"),
        ("back_pain", "yes"),
    ];
    for flag in ["[cancer]", "[night_pain]", "[fever_or_injecting]"] {
        let r = eval(&with(&base, &[("spine_red_flags", flag)]));
        assert_eq!(
            (r.triage.level, first(&r)),
            (Triage::Urgent, "spinal_red_flags"),
            "{flag}"
        );
        // With new weakness: an emergency (cord compression need not wait for a cancer
        // diagnosis; night pain counts from 50).
        let weak = eval(&with(
            &base,
            &[("spine_red_flags", flag), ("new_weakness", "yes")],
        ));
        assert_eq!(weak.triage.level, Triage::Emergency, "{flag}");
    }
    // Under 50, night pain alone is common with ordinary sciatica: a routine check.
    let young = eval(&with(
        &base,
        &[("age", "35"), ("spine_red_flags", "[night_pain]")],
    ));
    assert_eq!(young.triage.level, Triage::Routine);
    // ...and with a new weakness under 50 it is the same-day new weakness, not 999.
    let young_weak = eval(&with(
        &base,
        &[
            ("age", "35"),
            ("spine_red_flags", "[night_pain]"),
            ("new_weakness", "yes"),
        ],
    ));
    assert_eq!(young_weak.triage.level, Triage::Urgent);
}

#[test]
fn cramps_with_a_secondary_cause_point_to_blood_tests() {
    let base = [
        ("age", "61"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[cramp]"),
        ("cramp_when", "[night_or_rest]"),
        ("cramp_duration", "up_to_10_min"),
        ("cramp_frequency", "most_days"),
    ];
    for more in [
        [("thyroid_symptoms", "yes"), ("medicines", "[none]")],
        [("thyroid_symptoms", "no"), ("medicines", "[ppi]")],
    ] {
        let r = eval(&with(&base, &more));
        assert!(
            band(&r, "secondary_cramp_causes") >= Some(Band::Possible),
            "{more:?}"
        );
        assert!(advised(&r).contains(&"cramp_cause_tests"), "{more:?}");
    }
    let dialysis = eval(&with(
        &base,
        &[("known_conditions", "[kidney_disease,dialysis]")],
    ));
    assert_eq!(first(&dialysis), "secondary_cramp_causes");
}

#[test]
fn girdle_stiffness_is_polymyalgia_and_headache_or_sight_change_is_an_emergency() {
    let base = [
        ("age", "72"),
        ("pain_sites", "[left_thigh_front,right_thigh_front]"),
        ("feelings", "[muscle_ache]"),
        ("girdle_stiffness", "yes"),
    ];
    let pmr = eval(&base);
    assert_eq!(
        (pmr.triage.level, first(&pmr)),
        (Triage::Routine, "polymyalgia_rheumatica")
    );
    let gca = flow(&with(&base, &[("gca_symptoms", "yes")]));
    assert!(engine().emergency_flagged(&gca));
    let r = engine().evaluate(&gca);
    assert_eq!(
        (r.triage.level, first(&r)),
        (Triage::Emergency, "giant_cell_arteritis")
    );
    assert!(advised(&r).contains(&"gca_sight"));
    // Not asked under 50.
    let young = flow(&with(&base[..3], &[("age", "45")]));
    assert!(!young.contains_key("girdle_stiffness"));
}

// --- The content errors fixed -------------------------------------------------------------------

const WALKING: &[(&str, &str)] = &[
    ("ecq_walk_pain", "yes"),
    ("ecq_at_rest", "no"),
    ("ecq_uphill", "yes"),
    ("ecq_ordinary_pace", "no"),
    ("ecq_stand_still", "disappears"),
    ("walk_relief", "standing_still"),
    ("walk_same_distance", "yes"),
];

#[test]
fn the_ecq_counts_only_at_a_claudication_site_and_pad_is_braked_without_risk() {
    // Shin-only walking pain at 70 is at most possible (the ECQ says: not claudication).
    let shin = eval(&with(
        WALKING,
        &[("pain_sites", "[left_shin]"), ("age", "70")],
    ));
    assert!(band(&shin, "pad_claudication") < Some(Band::Strong));
    // Calf claudication at 70: strong.
    let calf = eval(&with(
        WALKING,
        &[("pain_sites", "[left_calf]"), ("age", "70")],
    ));
    assert_eq!(band(&calf, "pad_claudication"), Some(Band::Strong));
    // At 35 with no risk factor, the same story is braked below strong.
    let young = eval(&with(
        WALKING,
        &[
            ("pain_sites", "[left_calf]"),
            ("age", "35"),
            ("pad_risks", "[none]"),
        ],
    ));
    assert!(band(&young, "pad_claudication") < Some(Band::Strong));
    // A protective advice on heart and arteries comes with PAD.
    assert!(advised(&calf).contains(&"protect_arteries"));
}

fn abi(left_ankle: f64, right_ankle: f64) -> AbiInput {
    AbiInput {
        arm_left: Some(130.0),
        arm_right: Some(130.0),
        left_dp: Some(left_ankle),
        left_pt: Some(left_ankle),
        right_dp: Some(right_ankle),
        right_pt: Some(right_ankle),
    }
}

#[test]
fn the_abi_speaks_for_its_own_leg_and_a_critical_one_is_urgent() {
    let answers = flow(&with(
        WALKING,
        &[("pain_sites", "[left_calf]"), ("age", "66")],
    ));
    let pad = |a: AbiInput| {
        let r = engine().evaluate_with_abi(&answers, Some(&a));
        (band(&r, "pad_claudication"), r.triage.level)
    };
    // Low on the painful leg: strong. Normal on the painful leg: less than strong, even with
    // a low index on the other leg.
    assert_eq!(pad(abi(100.0, 140.0)).0, Some(Band::Strong));
    let normal_painful = pad(abi(140.0, 100.0)).0;
    assert!(normal_painful < Some(Band::Strong), "{normal_painful:?}");
    assert!(pad(abi(140.0, 140.0)).0 < pad(abi(100.0, 140.0)).0);
    // An ankle pressure under 50 mmHg: chronic limb-threatening ischaemia, urgent.
    let r = engine().evaluate_with_abi(&answers, Some(&abi(45.0, 140.0)));
    assert_eq!(r.triage.level, Triage::Urgent);
    assert_eq!(first(&r), "chronic_limb_threatening_ischemia");
}

#[test]
fn dark_urine_is_urgent_and_an_emergency_when_little_urine_is_passed() {
    let base = [
        ("age", "29"),
        ("rf_dark_urine", "yes"),
        ("pain_sites", "[left_thigh_front,right_thigh_front]"),
        ("feelings", "[muscle_ache]"),
    ];
    assert_eq!(
        eval(&with(&base, &[("rf_little_urine", "no")]))
            .triage
            .level,
        Triage::Urgent
    );
    let little = flow(&with(&base, &[("rf_little_urine", "yes")]));
    assert!(engine().emergency_flagged(&little));
    assert_eq!(engine().evaluate(&little).triage.level, Triage::Emergency);
}

#[test]
fn red_flag_causes_need_urgent_checking_and_are_never_a_match() {
    // Chest symptoms with angina-like walking pain: "needs urgent checking", under its new name.
    let answers = flow(&with(
        WALKING,
        &[
            ("pain_sites", "[left_calf]"),
            ("age", "70"),
            ("rf_breathless_chest_pain", "yes"),
        ],
    ));
    let r = engine().evaluate(&answers);
    let pe = r
        .conditions
        .iter()
        .find(|c| c.id == "pulmonary_embolism")
        .unwrap();
    assert_eq!(pe.band, Band::Flagged);
    assert!(pe
        .name
        .starts_with("Chest symptoms that need emergency care"));
    // A flagged condition has a red flag among its reasons, and PAD, which only fits, is not
    // flagged.
    for c in r.conditions.iter().filter(|c| c.band == Band::Flagged) {
        assert!(c.for_.iter().any(|x| x.flag.is_some()), "{}", c.id);
    }
    assert_eq!(band(&r, "pad_claudication"), Some(Band::Strong));
}

#[test]
fn a_new_inability_to_walk_is_same_day() {
    let r = eval(&[
        ("age", "58"),
        ("pain_sites", "[left_thigh_front]"),
        ("feelings", "[weakness]"),
        ("ecq_walk_pain", "unable_to_walk"),
        ("unable_walk_new", "yes"),
    ]);
    assert!(r.triage.level >= Triage::Urgent);
    let old = eval(&[
        ("age", "58"),
        ("pain_sites", "[left_thigh_front]"),
        ("feelings", "[weakness]"),
        ("ecq_walk_pain", "unable_to_walk"),
        ("unable_walk_new", "no"),
    ]);
    assert!(old.triage.level < r.triage.level);
}

#[test]
fn when_nothing_fits_legcheck_says_so_instead_of_forcing_a_cause() {
    let r = eval(&[
        ("age", "45"),
        ("pain_sites", "[left_thigh_front]"),
        ("feelings", "[other]"),
    ]);
    assert!(r.unclear);
    assert!(r.conditions.iter().all(|c| c.band < Band::Possible));
    assert!(advised(&r).contains(&"no_clear_pattern"));
}

#[test]
fn blood_thinners_rule_out_ibuprofen_advice() {
    let base = [
        ("age", "58"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[cramp]"),
        ("cramp_when", "[night_or_rest]"),
        ("cramp_duration", "up_to_10_min"),
        ("cramp_frequency", "less_than_weekly"),
    ];
    let plain = eval(&with(&base, &[("medicines", "[none]")]));
    assert!(advised(&plain).contains(&"painkillers_after"));
    let thinned = eval(&with(&base, &[("medicines", "[anticoagulant]")]));
    let given = advised(&thinned);
    assert!(!given.contains(&"painkillers_after"), "{given:?}");
    assert!(given.contains(&"paracetamol_after"), "{given:?}");
}

#[test]
fn a_pulsing_lump_behind_the_knee_is_an_aneurysm_until_scanned() {
    let base = [
        ("age", "71"),
        ("pain_sites", "[left_knee_back]"),
        ("feelings", "[swelling]"),
        ("lump_behind_knee", "yes"),
    ];
    let pulsing = eval(&with(&base, &[("lump_pulses", "yes")]));
    assert_eq!(
        (pulsing.triage.level, first(&pulsing)),
        (Triage::Urgent, "popliteal_aneurysm")
    );
    assert!(advised(&pulsing).contains(&"scan_behind_knee"));
    let cyst = eval(&with(&base, &[("lump_pulses", "no")]));
    assert_eq!(first(&cyst), "bakers_cyst");
    assert!(cyst.triage.level < Triage::Urgent);
}

#[test]
fn exercise_calf_pain_under_40_without_risk_keeps_entrapment_in_view() {
    let young = eval(&with(
        WALKING,
        &[
            ("pain_sites", "[left_calf]"),
            ("age", "26"),
            ("pad_risks", "[none]"),
        ],
    ));
    assert!(band(&young, "popliteal_entrapment") >= Some(Band::Possible));
    assert!(young.triage.level <= Triage::Routine);
    // Not over 40, where narrowed arteries are the likelier cause.
    let older = eval(&with(
        WALKING,
        &[("pain_sites", "[left_calf]"), ("age", "66")],
    ));
    assert!(!older
        .conditions
        .iter()
        .any(|c| c.id == "popliteal_entrapment"));
}

// --- What the independent review found --------------------------------------------------------

#[test]
fn a_tender_calf_after_an_injury_stays_a_clot_question_when_there_is_a_clot_risk() {
    let base = [
        ("age", "62"),
        ("rf_calf_tender", "yes"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[injury]"),
        ("injury_four_steps", "yes"),
    ];
    // No risk: the injury explains it (Wells), a sprain, self-care.
    let none = eval(&with(&base, &[("rf_dvt_risks", "[none]")]));
    assert_eq!(none.triage.level, Triage::SelfCare);
    // Any clot risk, or not sure: same-day care, the clot flagged.
    for risks in [
        "[leg_in_cast]",
        "[cancer]",
        "[recent_surgery_or_bedrest]",
        "[not_sure]",
    ] {
        let r = eval(&with(&base, &[("rf_dvt_risks", risks)]));
        assert_eq!(r.triage.level, Triage::Urgent, "{risks}");
        assert_eq!(
            band(&r, "deep_vein_thrombosis"),
            Some(Band::Flagged),
            "{risks}"
        );
    }
}

#[test]
fn black_toes_are_asked_whenever_the_foot_hurts() {
    for site in [
        "[left_toes]",
        "[left_foot_top]",
        "[left_sole]",
        "[left_heel]",
    ] {
        let asked = flow(&[
            ("age", "55"),
            ("pain_sites", site),
            ("feelings", "[muscle_ache]"),
        ]);
        assert!(asked.contains_key("rf_black_toes"), "{site}");
    }
    let r = eval(&[
        ("age", "55"),
        ("pain_sites", "[left_toes]"),
        ("feelings", "[muscle_ache]"),
        ("rf_black_toes", "yes"),
    ]);
    assert_eq!(
        (r.triage.level, first(&r)),
        (Triage::Urgent, "chronic_limb_threatening_ischemia")
    );
}

#[test]
fn a_diabetic_foot_wound_with_a_fever_is_an_emergency() {
    let base = [
        ("age", "63"),
        ("known_conditions", "[diabetes]"),
        ("diabetes_foot_wound", "yes"),
        ("pain_sites", "[left_sole]"),
        ("feelings", "[swelling]"),
    ];
    assert_eq!(
        eval(&with(&base, &[("foot_fever", "no")])).triage.level,
        Triage::Urgent
    );
    let fever = flow(&with(&base, &[("foot_fever", "yes")]));
    assert!(engine().emergency_flagged(&fever));
}

#[test]
fn an_older_person_who_cannot_walk_after_a_fall_is_an_emergency_whatever_part_of_the_leg_hurts() {
    for site in [
        "[right_hip]",
        "[right_groin]",
        "[right_thigh_front]",
        "[right_knee]",
    ] {
        let r = eval(&[
            ("age", "80"),
            ("pain_sites", site),
            ("feelings", "[injury]"),
            ("injury_four_steps", "no"),
        ]);
        assert_eq!(r.triage.level, Triage::Emergency, "{site}");
    }
}

#[test]
fn walking_pain_at_the_hip_or_back_of_the_thigh_keeps_narrowed_arteries_in_view() {
    let r = eval(&with(
        WALKING,
        &[
            ("pain_sites", "[right_hip,right_thigh_back]"),
            ("age", "68"),
            ("pad_risks", "[smoking,high_blood_pressure]"),
        ],
    ));
    assert!(band(&r, "pad_claudication") >= Some(Band::Possible));
    assert!(advised(&r).contains(&"ankle_brachial_index"));
    assert_eq!(
        r.segments
            .right
            .iter()
            .map(|h| h.segment)
            .collect::<Vec<_>>(),
        [legcheck_engine::Segment::Aortoiliac]
    );
}

#[test]
fn an_injury_on_a_blood_thinner_with_a_swollen_leg_is_same_day() {
    let base = [
        ("age", "70"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[injury,swelling]"),
        ("injury_four_steps", "yes"),
    ];
    assert_eq!(
        eval(&with(&base, &[("medicines", "[none]")])).triage.level,
        Triage::SelfCare
    );
    let thinned = eval(&with(&base, &[("medicines", "[anticoagulant]")]));
    assert_eq!(thinned.triage.level, Triage::Urgent);
}

#[test]
fn one_uncertainty_read_by_two_flags_does_not_climb_to_an_emergency() {
    // Unsure whether the joint is hot, and not sure about its risks: same-day care, not 999.
    let r = eval(&[
        ("age", "60"),
        ("pain_sites", "[left_knee]"),
        ("feelings", "[joint_ache]"),
        ("hot_joint", "dont_know"),
        ("joint_risks", "[not_sure]"),
    ]);
    assert_eq!(r.triage.level, Triage::Urgent);
    // Two independent unsure emergency signs still make an emergency (issue 9).
    let two = eval(&[
        ("age", "60"),
        ("rf_saddle_numbness", "dont_know"),
        ("rf_both_legs_weak", "dont_know"),
        ("pain_sites", "[left_calf]"),
        ("feelings", "[muscle_ache]"),
    ]);
    assert_eq!(two.triage.level, Triage::Emergency);
}
