//! One test per statement of the source summary (docs/clinical/traceability.md numbers them
//! S1-S24): each checks that the knowledge base reflects the statement, through the real
//! engine. `traceability.rs` checks that every statement is mapped to one of these.

use std::sync::OnceLock;

use legcheck_engine::instruments::irlssg;
use legcheck_engine::{Answer, Assessment, Band, Engine, Segment, Triage};

mod common;
use common::answers;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().unwrap())
}

/// `"[a,b]"` is a list, a number is a number, anything else one choice.
fn eval(pairs: &[(&str, &str)]) -> Assessment {
    let a = answers(pairs);
    let doc = legcheck_engine::AnswersDoc {
        answers: a.clone(),
        ..Default::default()
    };
    legcheck_engine::answers::validate(&engine().kb, &doc).expect("valid answers");
    engine().evaluate(&a)
}

fn first(r: &Assessment) -> &str {
    r.conditions.first().map_or("", |c| c.id.as_str())
}

fn band(r: &Assessment, id: &str) -> Option<Band> {
    r.conditions.iter().find(|c| c.id == id).map(|c| c.band)
}

fn advice<'a>(r: &'a Assessment, id: &str) -> Option<&'a legcheck_engine::eval::AdviceItem> {
    r.next_steps.iter().chain(&r.self_care).find(|a| a.id == id)
}

fn cites(r: &Assessment, condition: &str, reference: &str) -> bool {
    r.conditions
        .iter()
        .any(|c| c.id == condition && c.refs.iter().any(|x| x == reference))
}

const CLAUDICATION: &[(&str, &str)] = &[
    ("ecq_walk_pain", "yes"),
    ("ecq_at_rest", "no"),
    ("ecq_uphill", "yes"),
    ("ecq_ordinary_pace", "no"),
    ("ecq_stand_still", "disappears"),
    ("walk_relief", "standing_still"),
    ("walk_same_distance", "yes"),
];

fn claudication_at(sites: &str) -> Assessment {
    let mut pairs = CLAUDICATION.to_vec();
    pairs.push(("pain_sites", sites));
    eval(&pairs)
}

/// Claudication at `sites` in someone aged 70 with an ABI of 0.70 on both legs: PAD is
/// established whatever the ECQ's site item says (it does not count hip or foot pain).
fn claudication_at_risk(sites: &str) -> Assessment {
    let mut pairs = CLAUDICATION.to_vec();
    pairs.extend([("pain_sites", sites), ("age", "70")]);
    let abi = legcheck_engine::instruments::AbiInput {
        arm_left: Some(140.0),
        arm_right: Some(140.0),
        left_dp: Some(98.0),
        left_pt: None,
        right_dp: Some(98.0),
        right_pt: None,
    };
    engine().evaluate_with_abi(&answers(&pairs), Some(&abi))
}

const EXERCISE_CRAMP: &[(&str, &str)] = &[
    ("pain_sites", "[left_calf]"),
    ("feelings", "[cramp]"),
    ("cramp_when", "[during_exercise]"),
    ("cramp_duration", "up_to_10_min"),
    ("cramp_stretch_relief", "yes"),
    ("cramp_fit_athlete", "yes"),
];

const NIGHT_CRAMP: &[(&str, &str)] = &[
    ("pain_sites", "[left_calf]"),
    ("feelings", "[cramp]"),
    ("cramp_when", "[night_or_rest]"),
    ("cramp_duration", "up_to_10_min"),
    ("cramp_stretch_relief", "yes"),
    ("age", "67"),
];

fn with(
    base: &[(&'static str, &'static str)],
    more: &[(&'static str, &'static str)],
) -> Assessment {
    let mut pairs = base.to_vec();
    pairs.extend_from_slice(more);
    eval(&pairs)
}

#[test]
fn s01_cramp_causes_span_fatigue_vascular_electrolytes_and_conditions() {
    let kb = &engine().kb;
    for id in [
        "exercise_associated_cramp",
        "pad_claudication",
        "dehydration_electrolyte_cramp",
        "medication_associated_cramp",
        "peripheral_neuropathy",
    ] {
        assert!(kb.condition(id).is_some(), "{id}");
    }
    assert!(kb
        .condition("exercise_associated_cramp")
        .unwrap()
        .summary
        .contains("fatigue"));
    assert_eq!(first(&eval(EXERCISE_CRAMP)), "exercise_associated_cramp");
}

#[test]
fn s02_fatigue_and_neuromuscular_control_explain_exercise_cramps() {
    let r = eval(EXERCISE_CRAMP);
    assert_eq!(band(&r, "exercise_associated_cramp"), Some(Band::Strong));
    assert!(cites(&r, "exercise_associated_cramp", "source_2"));
    let summary = &engine()
        .kb
        .condition("exercise_associated_cramp")
        .unwrap()
        .summary;
    assert!(summary.contains("nerve control"));
}

#[test]
fn s03_sodium_potassium_magnesium_loss_can_trigger_cramps() {
    let r = with(NIGHT_CRAMP, &[("cramp_fluid_loss", "yes")]);
    assert_eq!(first(&r), "dehydration_electrolyte_cramp");
    let summary = &engine()
        .kb
        .condition("dehydration_electrolyte_cramp")
        .unwrap()
        .summary;
    for salt in ["sodium", "potassium", "magnesium"] {
        assert!(summary.contains(salt), "{salt}");
    }
    assert!(cites(&r, "dehydration_electrolyte_cramp", "source_1"));
}

#[test]
fn s04_fluid_loss_in_the_heat_contributes_to_cramps() {
    let question = engine().kb.question("cramp_fluid_loss").unwrap();
    assert!(question.text.contains("heat"));
    let r = with(EXERCISE_CRAMP, &[("cramp_fluid_loss", "yes")]);
    assert!(band(&r, "dehydration_electrolyte_cramp") >= Some(Band::Possible));
}

#[test]
fn s05_claudication_is_reproducible_exertional_pain_relieved_by_rest() {
    let r = claudication_at("[left_calf]");
    assert_eq!(first(&r), "pad_claudication");
    assert_eq!(band(&r, "pad_claudication"), Some(Band::Strong));
    assert_eq!(r.triage.level, Triage::Routine);
    assert!(cites(&r, "pad_claudication", "source_3"));
}

#[test]
fn s06_neuropathy_radiculopathy_stenosis_and_parkinsons_are_linked_to_cramps() {
    for id in [
        "peripheral_neuropathy",
        "nerve_root_compression",
        "spinal_stenosis",
    ] {
        assert!(engine().kb.condition(id).is_some(), "{id}");
    }
    let r = with(NIGHT_CRAMP, &[("known_conditions", "[parkinsons]")]);
    assert_eq!(
        r.triage.level,
        Triage::Routine,
        "cramps with Parkinson's are reviewed"
    );
    let nlc = r
        .conditions
        .iter()
        .find(|c| c.id == "nocturnal_leg_cramp")
        .unwrap();
    assert!(nlc.for_.iter().any(|x| x.text.contains("Parkinson")));
    let r = eval(&[("feelings", "[shooting]"), ("back_pain", "yes")]);
    assert_eq!(first(&r), "nerve_root_compression");
    let r = eval(&[("feelings", "[burning_tingling]"), ("numb_feet", "yes")]);
    assert_eq!(first(&r), "peripheral_neuropathy");
}

#[test]
fn s07_critical_limb_ischaemia_rest_pain_ulcers_gangrene_are_urgent() {
    // Rest pain and gangrene (black toes) on their own; a wound with the risks of narrowed
    // arteries (aged 70), because most leg ulcers are venous.
    for (pairs, what) in [
        (&[("rf_rest_pain_foot", "yes")][..], "rest pain"),
        (&[("rf_black_toes", "yes")][..], "gangrene"),
        (
            &[("rf_wound_not_healing", "yes"), ("age", "70")][..],
            "ulcer with PAD risk",
        ),
    ] {
        let r = eval(pairs);
        assert_eq!(r.triage.level, Triage::Urgent, "{what}");
        assert_eq!(first(&r), "chronic_limb_threatening_ischemia", "{what}");
    }
    // A wound without the risks of narrowed arteries: a nurse or GP finds out why (routine),
    // and the veins, the commonest cause, come first.
    let r = eval(&[
        ("rf_wound_not_healing", "yes"),
        ("age", "40"),
        ("known_conditions", "[none]"),
        ("pad_risks", "[none]"),
    ]);
    assert_eq!(r.triage.level, Triage::Routine);
    assert_eq!(first(&r), "venous_disease");
    assert!(engine()
        .kb
        .question("rf_black_toes")
        .unwrap()
        .text
        .contains("black"));
}

#[test]
fn s08_diuretics_such_as_hydrochlorothiazide_cause_cramps() {
    let option = engine()
        .kb
        .question("medicines")
        .unwrap()
        .options
        .iter()
        .find(|o| o.id == "thiazide_diuretic")
        .unwrap();
    assert!(option.text.contains("hydrochlorothiazide"));
    let r = with(
        NIGHT_CRAMP,
        &[
            ("medicines", "[thiazide_diuretic]"),
            ("medicine_before_cramps", "yes"),
        ],
    );
    assert_eq!(first(&r), "medication_associated_cramp");
    assert!(advice(&r, "medicine_review").is_some());
}

#[test]
fn s09_rls_urge_at_rest_relieved_by_movement_worse_at_night() {
    let r = eval(&[
        ("pain_sites", "[left_calf,right_calf]"),
        ("feelings", "[urge_to_move]"),
        ("rls_urge", "yes"),
        ("rls_rest", "yes"),
        ("rls_movement_relief", "yes"),
        ("rls_evening", "yes"),
        ("rls_position_only", "no"),
        ("rls_habit", "no"),
    ]);
    assert_eq!(first(&r), "restless_legs_syndrome");
    assert_eq!(r.instruments.irlssg.as_ref().unwrap().result, "met");
    assert!(
        band(&r, "pad_claudication").is_none(),
        "RLS is not vascular"
    );
    for missing in ["rls_rest", "rls_movement_relief", "rls_evening"] {
        let mut a = answers(&[
            ("feelings", "[urge_to_move]"),
            ("rls_urge", "yes"),
            ("rls_rest", "yes"),
        ]);
        a.insert(missing.into(), Answer::One("no".into()));
        assert_eq!(irlssg(&a).unwrap().result, "not_met", "{missing}");
    }
}

#[test]
fn s10_pseudoclaudication_causes_outrank_true_claudication_when_they_fit() {
    let walking = |more: &[(&'static str, &'static str)]| {
        let mut pairs = vec![("pain_sites", "[left_calf]"), ("ecq_walk_pain", "yes")];
        pairs.extend_from_slice(more);
        eval(&pairs)
    };
    let cases: [(&[(&str, &str)], &str); 4] = [
        (
            &[
                ("walk_relief", "sitting_or_bending"),
                ("standing_back_pain", "yes"),
            ],
            "spinal_stenosis",
        ),
        (
            &[("walk_relief", "raising_leg"), ("leg_swelling", "yes")],
            "venous_disease",
        ),
        (
            &[("hard_exercise_only", "yes"), ("ecq_ordinary_pace", "no")],
            "chronic_compartment_syndrome",
        ),
        (&[("proximal_weakness", "yes")], "inflammatory_myopathy"),
    ];
    for (more, expected) in cases {
        assert_eq!(first(&walking(more)), expected);
    }
    let hip = eval(&[
        ("pain_sites", "[right_hip]"),
        ("feelings", "[joint_ache]"),
        ("joint_pain", "yes"),
    ]);
    assert_eq!(first(&hip), "hip_arthritis", "osteoarthritis");
}

#[test]
fn s11_cramps_oedema_venous_stasis_position_aches_tapping_arthritis_mimic_rls() {
    let base = [
        ("rls_urge", "yes"),
        ("rls_rest", "yes"),
        ("rls_movement_relief", "yes"),
        ("rls_evening", "yes"),
    ];
    let mimics: [(&[(&str, &str)], &str); 6] = [
        (
            &[
                ("feelings", "[urge_to_move,cramp]"),
                ("cramp_duration", "up_to_10_min"),
            ],
            "leg cramps",
        ),
        (&[("leg_swelling", "yes")], "venous stasis or leg swelling"),
        (&[("rls_position_only", "yes")], "positional discomfort"),
        (
            &[("feelings", "[urge_to_move,muscle_ache]")],
            "muscle aches (myalgia)",
        ),
        (&[("rls_habit", "yes")], "habitual foot tapping"),
        (&[("joint_pain", "yes")], "arthritis"),
    ];
    for (more, mimic) in mimics {
        let mut a = answers(&base);
        a.extend(answers(more));
        let result = irlssg(&a).unwrap();
        assert_eq!(result.result, "mimic_possible", "{mimic}");
        assert!(result.mimics.iter().any(|m| m == mimic), "{mimic}");
    }
}

#[test]
fn s12_hip_buttock_and_thigh_pain_implicate_the_iliac_arteries() {
    // With a low ABI, so that PAD is established where the ECQ's site item does not count the
    // hip or the back of the thigh.
    for site in ["buttock", "hip", "thigh_front", "thigh_back"] {
        let r = claudication_at_risk(&format!("[right_{site}]"));
        let segments: Vec<Segment> = r.segments.right.iter().map(|h| h.segment).collect();
        assert_eq!(segments, vec![Segment::Aortoiliac], "{site}");
        assert!(r.segments.left.is_empty());
    }
}

#[test]
fn s13_calf_pain_implicates_the_femoral_and_popliteal_arteries() {
    let r = claudication_at("[left_calf]");
    assert!(r
        .segments
        .left
        .iter()
        .any(|h| h.segment == Segment::Femoropopliteal));
    let hit = r
        .segments
        .left
        .iter()
        .find(|h| h.segment == Segment::Femoropopliteal)
        .unwrap();
    assert!(hit.certainty.contains("confirmed"));
}

#[test]
fn s14_calf_or_foot_pain_implicates_the_tibial_arteries_less_certainly() {
    for site in ["calf", "sole", "foot_top", "toes", "heel"] {
        let r = claudication_at_risk(&format!("[left_{site}]"));
        let tibial = r
            .segments
            .left
            .iter()
            .find(|h| h.segment == Segment::Tibial);
        let tibial = tibial.unwrap_or_else(|| panic!("{site}"));
        assert!(
            tibial.certainty.contains("not confirmed"),
            "{site}: {}",
            tibial.certainty
        );
    }
}

#[test]
fn s15_examination_of_pulses_and_bruits_is_a_next_step() {
    let r = claudication_at("[left_calf]");
    let step = advice(&r, "pulses_and_bruits").expect("pulses and bruits");
    assert!(step.text.contains("pulses") && step.text.contains("bruit"));
    assert!(step.refs.iter().any(|r| r == "source_3"));
}

#[test]
fn s16_ankle_brachial_index_is_recommended_for_suspected_vascular_causes() {
    let r = claudication_at("[left_calf]");
    let step = advice(&r, "ankle_brachial_index").expect("ABI suggested");
    assert!(step.text.contains("ankle-brachial index"));
    let night = eval(NIGHT_CRAMP);
    assert!(
        advice(&night, "ankle_brachial_index").is_none(),
        "not for ordinary cramps"
    );
}

#[test]
fn s17_the_acc_differential_table_conditions_are_in_the_knowledge_base() {
    for id in [
        "hip_arthritis",
        "foot_ankle_arthritis",
        "nerve_root_compression",
        "spinal_stenosis",
        "bakers_cyst",
        "venous_disease",
        "chronic_compartment_syndrome",
    ] {
        let c = engine().kb.condition(id).unwrap_or_else(|| panic!("{id}"));
        assert!(
            c.refs
                .iter()
                .any(|r| r == "source_4" || r == "acc_aha_2024"),
            "{id} cites the differential table"
        );
    }
    let r = eval(&[
        ("pain_sites", "[left_knee_back]"),
        ("lump_behind_knee", "yes"),
    ]);
    assert_eq!(first(&r), "bakers_cyst", "popliteal cyst");
}

#[test]
fn s18_stretching_may_help_prevent_cramps_with_mixed_evidence() {
    let r = eval(NIGHT_CRAMP);
    let item = advice(&r, "regular_stretching").expect("stretching advice");
    assert!(item.evidence.starts_with("Mixed evidence"));
    assert!(item.refs.iter().any(|r| r == "source_2") && item.refs.iter().any(|r| r == "source_5"));
}

#[test]
fn s19_proper_training_prevents_premature_fatigue() {
    let r = eval(EXERCISE_CRAMP);
    let item = advice(&r, "training").expect("training advice");
    assert!(item.text.contains("gradually"));
    assert!(item.refs.iter().any(|r| r == "source_6"));
}

#[test]
fn s20_hydration_and_electrolytes_may_help_though_evidence_is_mixed() {
    let r = with(EXERCISE_CRAMP, &[("cramp_fluid_loss", "yes")]);
    let item = advice(&r, "fluids_and_salts").expect("hydration advice");
    assert!(item.evidence.starts_with("Mixed evidence"));
    assert!(item.refs.iter().any(|r| r == "source_1") && item.refs.iter().any(|r| r == "source_7"));
}

#[test]
fn s21_quinine_works_but_is_never_suggested_as_self_care() {
    let r = eval(NIGHT_CRAMP);
    let item = advice(&r, "no_quinine").expect("quinine warning");
    assert!(item.text.starts_with("Do not take quinine"));
    assert!(
        item.evidence.contains("reduces cramps")
            && item.evidence.contains("other medicines may work as well")
    );
    for a in engine()
        .kb
        .advice
        .iter()
        .filter(|a| a.text.to_lowercase().contains("quinine"))
    {
        assert_eq!(a.id, "no_quinine", "quinine appears only as a warning");
    }
}

#[test]
fn s22_neuromuscular_control_with_dehydration_explains_exercise_cramps_best() {
    let r = with(EXERCISE_CRAMP, &[("cramp_fluid_loss", "yes")]);
    assert_eq!(first(&r), "exercise_associated_cramp", "fatigue first");
    assert!(
        band(&r, "dehydration_electrolyte_cramp") >= Some(Band::Possible),
        "dehydration as a factor"
    );
}

#[test]
fn s23_mild_dehydration_alone_does_not_necessarily_cause_cramps() {
    let r = with(NIGHT_CRAMP, &[("cramp_fluid_loss", "yes")]);
    assert_eq!(
        band(&r, "dehydration_electrolyte_cramp"),
        Some(Band::Possible),
        "never strong on fluid loss alone"
    );
    let summary = &engine()
        .kb
        .condition("dehydration_electrolyte_cramp")
        .unwrap()
        .summary;
    assert!(summary.contains("mixed"));
    assert!(cites(&r, "dehydration_electrolyte_cramp", "source_7"));
}

#[test]
fn s24_most_athletes_with_exercise_cramps_are_otherwise_healthy() {
    let r = eval(EXERCISE_CRAMP);
    assert_eq!(r.triage.level, Triage::SelfCare);
    let c = r
        .conditions
        .iter()
        .find(|c| c.id == "exercise_associated_cramp")
        .unwrap();
    assert!(c
        .for_
        .iter()
        .any(|x| x.refs.iter().any(|r| r == "source_6")));
}
