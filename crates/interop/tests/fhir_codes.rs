//! The standard codes LegCheck exports are exactly the ones docs/clinical/codes.md records as
//! verified, and nothing it records as local carries a standard code: the test reads the doc's
//! table, so the doc and the export cannot drift apart.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use legcheck_engine::instruments::AbiInput;
use legcheck_interop::fhir::{
    assessment_bundle, questionnaire, CONDITION_SYSTEM, LOINC, OBSERVATION_SYSTEM, SNOMED_CT,
};
use serde_json::{json, Value};

use common::{doc, engine};

/// One row of the table: (system, code, display, status).
type Row = (String, String, String, String);

/// The rows between `<!-- codes:begin -->` and `<!-- codes:end -->`, by key.
fn table() -> BTreeMap<String, Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/clinical/codes.md");
    let text = std::fs::read_to_string(path).expect("docs/clinical/codes.md");
    let start = text.find("<!-- codes:begin -->").expect("begin marker");
    let end = text.find("<!-- codes:end -->").expect("end marker");
    let mut rows = BTreeMap::new();
    for line in text[start..end].lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert!(cells.len() >= 6, "a row has six cells: {line}");
        let key = cells[0].trim_matches('`').to_string();
        let system = match cells[1] {
            "LOINC" => LOINC,
            "SNOMED CT" => SNOMED_CT,
            "local" => "local",
            other => panic!("unknown system `{other}` in: {line}"),
        };
        assert!(
            matches!(cells[4], "verified" | "local"),
            "status is verified or local: {line}"
        );
        assert_eq!(
            cells[4] == "local",
            system == "local",
            "a verified row names a standard system, a local one does not: {line}"
        );
        let row = (
            system.to_string(),
            cells[2].to_string(),
            cells[3].to_string(),
            cells[4].to_string(),
        );
        assert!(rows.insert(key.clone(), row).is_none(), "{key} twice");
    }
    rows
}

fn verified(rows: &BTreeMap<String, Row>, key: &str) -> Option<Value> {
    rows.get(key).filter(|r| r.3 == "verified").map(
        |(system, code, display, _)| json!({ "system": system, "code": code, "display": display }),
    )
}

fn standard(codings: &Value) -> Vec<Value> {
    codings
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["system"] == LOINC || c["system"] == SNOMED_CT)
        .cloned()
        .collect()
}

fn resources<'a>(bundle: &'a Value, kind: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(move |r| r["resourceType"] == kind)
}

#[test]
fn the_abi_observations_carry_the_codes_the_doc_verifies() {
    let rows = table();
    let mut d = doc(3);
    d.abi = Some(AbiInput {
        arm_left: Some(140.0),
        left_pt: Some(90.0),
        right_dp: Some(150.0),
        ..Default::default()
    });
    let bundle = assessment_bundle(engine(), &d, "2026-11-26T10:00:00Z");
    let mut sides = BTreeSet::new();
    for o in resources(&bundle, "Observation") {
        let local = o["code"]["coding"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["system"] == OBSERVATION_SYSTEM)
            .expect("the local coding is kept");
        let side = local["code"]
            .as_str()
            .unwrap()
            .strip_prefix("abi_")
            .unwrap();
        sides.insert(side.to_string());
        let want: Vec<Value> = verified(&rows, "observation.abi").into_iter().collect();
        assert_eq!(standard(&o["code"]["coding"]), want, "{side}: code");
        let site: Vec<Value> = verified(&rows, &format!("bodySite.{side}"))
            .into_iter()
            .collect();
        let sent = o.get("bodySite").map_or(vec![], |b| standard(&b["coding"]));
        assert_eq!(sent, site, "{side}: bodySite");
        // The body site is the leg the Observation is about.
        if let Some(text) = o["bodySite"]["text"].as_str() {
            assert_eq!(text, format!("{side} leg"));
        }
    }
    assert_eq!(sides, BTreeSet::from(["left".into(), "right".into()]));
}

/// Every cause in the knowledge base has a row; across many generated answer sets, every cause
/// the RiskAssessment names carries exactly the SNOMED CT coding its row verifies (none for a
/// local row), and each verified cause is seen at least once.
#[test]
fn the_causes_carry_the_snomed_codes_the_doc_verifies_and_no_others() {
    let rows = table();
    let engine = engine();
    let ids: BTreeSet<&str> = engine.kb.conditions.iter().map(|c| c.id.as_str()).collect();
    let documented: BTreeSet<&str> = rows
        .keys()
        .filter_map(|k| k.strip_prefix("condition."))
        .collect();
    assert_eq!(
        documented, ids,
        "docs/clinical/codes.md has one row per cause"
    );
    let mut unseen: BTreeSet<&str> = ids
        .iter()
        .copied()
        .filter(|id| verified(&rows, &format!("condition.{id}")).is_some())
        .collect();
    assert!(!unseen.is_empty(), "some cause has a verified code");
    for seed in 0..3000u64 {
        let bundle = assessment_bundle(engine, &doc(seed), "2026-11-26T10:00:00Z");
        for r in resources(&bundle, "RiskAssessment") {
            for p in r["prediction"].as_array().into_iter().flatten() {
                let coding = &p["outcome"]["coding"];
                assert_eq!(coding[0]["system"], CONDITION_SYSTEM);
                let id = coding[0]["code"].as_str().unwrap();
                let want: Vec<Value> = verified(&rows, &format!("condition.{id}"))
                    .into_iter()
                    .collect();
                assert_eq!(standard(coding), want, "{id}");
                unseen.remove(id);
            }
        }
        if unseen.is_empty() {
            return;
        }
    }
    panic!("never named, so never checked: {unseen:?}");
}

/// A question's `item.code` is the LOINC code its row verifies; with none verified, no item has
/// a code.
#[test]
fn questionnaire_items_carry_only_the_codes_the_doc_verifies() {
    let rows = table();
    let q = questionnaire(engine());
    let mut stack: Vec<&Value> = q["item"].as_array().unwrap().iter().collect();
    while let Some(item) = stack.pop() {
        let link = item["linkId"].as_str().unwrap();
        let want: Vec<Value> = verified(&rows, &format!("question.{link}"))
            .into_iter()
            .collect();
        let sent = item
            .get("code")
            .map_or(vec![], |c| c.as_array().unwrap().clone());
        assert_eq!(sent, want, "{link}");
        stack.extend(item["item"].as_array().into_iter().flatten());
    }
}
