//! The assessment as FHIR: a transaction Bundle whose RiskAssessment says what `evaluate` says
//! (triage level, ranked causes with bands and reasons, knowledge-base version, disclaimer),
//! with one ABI Observation per measured leg and the QuestionnaireResponse, every reference
//! resolving inside the Bundle.

mod common;

use std::collections::BTreeSet;

use legcheck_engine::instruments::AbiInput;
use legcheck_engine::Answer;
use legcheck_interop::fhir::{assessment_bundle, BAND_SYSTEM, CONDITION_SYSTEM, EXT_TRIAGE};
use serde_json::Value;

use common::{doc, engine};

fn check(bundle: &Value, seed: u64) {
    let engine = engine();
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "transaction");
    let entries = bundle["entry"].as_array().unwrap();
    let urls: BTreeSet<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), entries.len(), "fullUrls are unique");
    for e in entries {
        let url = e["fullUrl"].as_str().unwrap();
        assert!(url.starts_with("urn:uuid:") && url.len() == 45, "{url}");
        assert_eq!(e["request"]["method"], "POST");
        assert_eq!(e["request"]["url"], e["resource"]["resourceType"]);
    }
    let of = |kind: &'static str| {
        entries
            .iter()
            .filter(move |e| e["resource"]["resourceType"] == kind)
    };
    assert_eq!(of("QuestionnaireResponse").count(), 1);
    let risk: Vec<&Value> = of("RiskAssessment").map(|e| &e["resource"]).collect();
    assert_eq!(risk.len(), 1);
    let risk = risk[0];
    let d = doc(seed);
    let a = engine.evaluate_with_abi(&d.answers, d.abi.as_ref());
    let triage = risk["extension"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["url"] == EXT_TRIAGE)
        .unwrap();
    assert_eq!(
        triage["valueCoding"]["code"],
        serde_json::to_value(a.triage.level).unwrap()
    );
    let predictions = risk["prediction"].as_array().map_or(&[][..], Vec::as_slice);
    assert_eq!(predictions.len(), a.conditions.len());
    for (p, c) in predictions.iter().zip(&a.conditions) {
        assert_eq!(p["outcome"]["coding"][0]["system"], CONDITION_SYSTEM);
        assert_eq!(p["outcome"]["coding"][0]["code"], c.id.as_str());
        assert_eq!(p["qualitativeRisk"]["coding"][0]["system"], BAND_SYSTEM);
        assert_eq!(
            p["qualitativeRisk"]["coding"][0]["code"],
            serde_json::to_value(c.band).unwrap()
        );
        for r in &c.for_ {
            assert!(p["rationale"].as_str().unwrap().contains(&*r.text));
        }
    }
    assert_eq!(
        risk["method"]["coding"][0]["version"],
        engine.kb.version.as_str()
    );
    assert_eq!(risk["note"][0]["text"], a.disclaimer.as_str());
    for b in risk["basis"].as_array().unwrap() {
        assert!(
            urls.contains(b["reference"].as_str().unwrap()),
            "basis resolves"
        );
    }
    let legs = a.instruments.abi.as_ref().map_or(0, |abi| {
        usize::from(abi.left.is_some()) + usize::from(abi.right.is_some())
    });
    assert_eq!(of("Observation").count(), legs);
    for o in of("Observation") {
        let o = &o["resource"];
        assert_eq!(o["valueQuantity"]["system"], "http://unitsofmeasure.org");
        assert!(o["valueQuantity"]["value"].is_number());
    }
}

#[test]
fn the_bundle_says_what_the_assessment_says() {
    for seed in 0..300u64 {
        let d = doc(seed);
        check(
            &assessment_bundle(engine(), &d, "2026-11-26T10:00:00Z"),
            seed,
        );
    }
}

/// A bundle's identifiers come from its answers and time: the same answers give the same
/// identifiers, and different answers made in the same second give none in common.
#[test]
fn identifiers_follow_the_answers() {
    let urls = |d: &legcheck_engine::AnswersDoc| -> Vec<String> {
        let b = assessment_bundle(engine(), d, "2026-11-26T10:00:00Z");
        b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["fullUrl"].as_str().unwrap().to_string())
            .collect()
    };
    let (one, mut other) = (doc(1), doc(1));
    assert_eq!(urls(&one), urls(&doc(1)));
    other.answers.insert("age".into(), Answer::Number(71.5));
    assert_ne!(one, other);
    let (a, b) = (urls(&one), urls(&other));
    assert!(a.iter().all(|u| !b.contains(u)), "{a:?} {b:?}");
}

#[test]
fn each_measured_leg_gets_an_abi_observation() {
    let engine = engine();
    let mut d = doc(3);
    d.answers.insert("age".into(), Answer::Number(70.0));
    d.abi = Some(AbiInput {
        arm_left: Some(140.0),
        left_pt: Some(90.0),
        right_pt: Some(150.0),
        ..Default::default()
    });
    let b = assessment_bundle(engine, &d, "2026-11-26T10:00:00Z");
    let values: Vec<f64> = b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "Observation")
        .map(|e| e["resource"]["valueQuantity"]["value"].as_f64().unwrap())
        .collect();
    // 90 / 140 and 150 / 140, rounded to two places as the guideline records them.
    assert_eq!(values, vec![0.64, 1.07]);
}
