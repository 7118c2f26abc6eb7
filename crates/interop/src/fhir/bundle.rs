//! The assessment as FHIR R4, for a clinic's FHIR server: a transaction Bundle of the
//! QuestionnaireResponse, a RiskAssessment (the triage level, the ranked causes with their bands
//! and reasons, the knowledge-base version, the next steps and the disclaimer) and one
//! Observation per leg with an ABI. Why RiskAssessment, not ClinicalImpression: docs/FHIR.md.
//! JSON values (only the CLI and tests build it).

use serde_json::{json, Value};

use legcheck_engine::answers::AnswersDoc;
use legcheck_engine::instruments::LegAbi;
use legcheck_engine::{Assessment, Band, Engine, Triage};

use super::questionnaire::escape;
use super::{questionnaire_response, BASE, PUBLISHER};

/// LegCheck's local code systems for what the assessment says.
pub const CONDITION_SYSTEM: &str =
    "https://legcheck.example/docs/fhir/CodeSystem/legcheck-condition";
pub const BAND_SYSTEM: &str = "https://legcheck.example/docs/fhir/CodeSystem/legcheck-band";
pub const TRIAGE_SYSTEM: &str = "https://legcheck.example/docs/fhir/CodeSystem/legcheck-triage";
pub const OBSERVATION_SYSTEM: &str =
    "https://legcheck.example/docs/fhir/CodeSystem/legcheck-observation";
/// Standard code systems, used only for the codes docs/clinical/codes.md records as verified
/// by two independent public sources (a test compares the export with that table).
pub const LOINC: &str = "http://loinc.org";
pub const SNOMED_CT: &str = "http://snomed.info/sct";
/// The ABI of one leg: LOINC has one code for the ankle-brachial index, with no side in it, so
/// the leg is the Observation's `bodySite`.
pub const ABI_LOINC: (&str, &str) = ("77194-9", "Ankle-brachial index");
/// The leg an ABI was measured on (SNOMED CT body structures), by side.
pub const LEG_SITES: [(&str, &str, &str); 2] = [
    ("left", "32153003", "Structure of left lower limb"),
    ("right", "62175007", "Structure of right lower limb"),
];
/// SNOMED CT concepts for the causes LegCheck names, where one verifiably means the same
/// thing: (LegCheck condition id, concept id, display). Every other cause keeps only its
/// local code (docs/clinical/codes.md says why).
pub const CONDITION_SNOMED: [(&str, &str, &str); 4] = [
    (
        "pad_claudication",
        "399957001",
        "Peripheral arterial occlusive disease",
    ),
    ("restless_legs_syndrome", "32914008", "Restless legs"),
    (
        "deep_vein_thrombosis",
        "128053003",
        "Deep venous thrombosis",
    ),
    ("cellulitis", "128045006", "Cellulitis"),
];

/// The extension carrying the triage level on the RiskAssessment.
pub const EXT_TRIAGE: &str =
    "https://legcheck.example/docs/fhir/StructureDefinition/legcheck-triage";

/// A `urn:uuid:` for entry `index`, the same for the same content (no random numbers needed).
fn uuid(seed: &str, index: u64) -> String {
    let h = legcheck_engine::fnv::fnv1a64(&[seed.as_bytes(), &index.to_le_bytes()].concat());
    let g = h.rotate_left(29).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let hex = format!("{h:016x}{g:016x}");
    // Version 4 and variant bits, so the text is a well-formed UUID.
    format!(
        "urn:uuid:{}-{}-4{}-a{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

fn triage_code(t: Triage) -> (&'static str, &'static str) {
    let display = match t {
        Triage::Emergency => "Emergency: call the emergency number now",
        Triage::Urgent => "Urgent: be seen today",
        Triage::Routine => "Routine: see a health professional soon",
        Triage::SelfCare => "Self-care, with advice on when to get help",
    };
    (t.as_str(), display)
}

fn band_code(b: Band) -> (&'static str, &'static str) {
    match b {
        Band::Flagged => ("flagged", "Needs urgent checking (named by a warning sign)"),
        Band::Strong => ("strong", "Strong match"),
        Band::Possible => ("possible", "Possible match"),
        Band::LessLikely => ("less_likely", "Less likely"),
    }
}

fn narrative(text: &str) -> Value {
    json!({ "status": "generated", "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{}</p></div>", escape(text)) })
}

fn risk_assessment(a: &Assessment, authored: &str, basis: &[String]) -> Value {
    let (code, display) = triage_code(a.triage.level);
    let predictions: Vec<Value> = a
        .conditions
        .iter()
        .map(|c| {
            let (band, band_display) = band_code(c.band);
            let mut coding = vec![json!({ "system": CONDITION_SYSTEM, "code": c.id, "display": c.name })];
            if let Some((_, code, display)) = CONDITION_SNOMED.iter().find(|(id, _, _)| *id == c.id) {
                coding.push(json!({ "system": SNOMED_CT, "code": code, "display": display }));
            }
            let mut p = json!({
                "outcome": { "coding": coding, "text": c.name },
                "qualitativeRisk": { "coding": [{ "system": BAND_SYSTEM, "code": band, "display": band_display }] },
            });
            let reasons: Vec<&str> = c.for_.iter().map(|r| &*r.text).collect();
            if !reasons.is_empty() {
                p["rationale"] = json!(format!("For: {}", reasons.join("; ")));
            }
            p
        })
        .collect();
    let next: Vec<&str> = a.next_steps.iter().map(|n| n.text.as_str()).collect();
    let mut notes = vec![json!({ "text": a.disclaimer })];
    if !a.safety_net.is_empty() {
        let sooner: Vec<&str> = a.safety_net.iter().map(|n| n.text.as_str()).collect();
        notes.push(json!({ "text": format!("Get help sooner if: {}.", sooner.join("; ")) }));
    }
    let summary = format!(
        "LegCheck (knowledge base {}): {display}. {}",
        a.kb_version,
        if a.unclear {
            "LegCheck cannot tell what this is.".to_string()
        } else {
            let names: Vec<&str> = a
                .conditions
                .iter()
                .take(3)
                .map(|c| c.name.as_str())
                .collect();
            format!("Most likely: {}.", names.join(", "))
        }
    );
    let mut r = json!({
        "resourceType": "RiskAssessment",
        "text": narrative(&summary),
        "extension": [{ "url": EXT_TRIAGE, "valueCoding": { "system": TRIAGE_SYSTEM, "code": code, "display": display } }],
        "status": "final",
        "method": { "coding": [{ "system": format!("{BASE}/CodeSystem/legcheck-method"), "code": "legcheck", "version": a.kb_version, "display": "LegCheck decision aid" }], "text": format!("LegCheck knowledge base {}", a.kb_version) },
        "subject": { "display": "The person who answered LegCheck (the clinic links its patient)" },
        "occurrenceDateTime": authored,
        "performer": { "display": PUBLISHER },
        "basis": basis.iter().map(|u| json!({ "reference": u })).collect::<Vec<_>>(),
        "note": notes,
    });
    if !predictions.is_empty() {
        r["prediction"] = Value::Array(predictions);
    }
    if !next.is_empty() {
        r["mitigation"] = json!(next.join(" "));
    }
    r
}

fn abi_observation(side: &str, leg: &LegAbi, authored: &str) -> Value {
    let name = format!("Ankle-brachial index, {side} leg");
    let (loinc, loinc_display) = ABI_LOINC;
    let site = LEG_SITES.iter().find(|(s, _, _)| *s == side).map(|(_, code, display)| {
        json!({ "coding": [{ "system": SNOMED_CT, "code": code, "display": display }], "text": format!("{side} leg") })
    });
    let mut o = json!({
        "resourceType": "Observation",
        "text": narrative(&format!("{name}: {} ({})", legcheck_engine::fmt_num(leg.value), leg.category)),
        "status": "final",
        "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam", "display": "Exam" }] }],
        "code": { "coding": [
            { "system": LOINC, "code": loinc, "display": loinc_display },
            { "system": OBSERVATION_SYSTEM, "code": format!("abi_{side}"), "display": name },
        ], "text": name },
        "subject": { "display": "The person who answered LegCheck (the clinic links its patient)" },
        "effectiveDateTime": authored,
        "valueQuantity": { "value": leg.value, "unit": "ratio", "system": "http://unitsofmeasure.org", "code": "1" },
        "interpretation": [{ "text": leg.category }],
    });
    if let Some(site) = site {
        o["bodySite"] = site;
    }
    o
}

/// The answers, their assessment and the ABI per leg as a FHIR R4 transaction Bundle.
/// `authored` is an ISO 8601 date-time with a time zone.
pub fn assessment_bundle(engine: &Engine, doc: &AnswersDoc, authored: &str) -> Value {
    let a = engine.evaluate_with_abi(&doc.answers, doc.abi.as_ref());
    // The answers as JSON, not their `Debug` text, which is not a stable format (and prints
    // nothing in the app's size build, `-Zfmt-debug=none`, should the app ever build bundles).
    let seed = format!(
        "{authored}|{}|{}",
        a.kb_version,
        serde_json::to_string(doc).unwrap_or_default()
    );
    let response =
        serde_json::to_value(questionnaire_response(engine, doc, authored)).unwrap_or_default();
    let mut entries = vec![(uuid(&seed, 0), response)];
    let legs = a
        .instruments
        .abi
        .as_ref()
        .map(|abi| [("left", &abi.left), ("right", &abi.right)]);
    for (i, (side, leg)) in legs.into_iter().flatten().enumerate() {
        if let Some(leg) = leg {
            entries.push((
                uuid(&seed, 1 + i as u64),
                abi_observation(side, leg, authored),
            ));
        }
    }
    let basis: Vec<String> = entries.iter().map(|(u, _)| u.clone()).collect();
    entries.push((uuid(&seed, 9), risk_assessment(&a, authored, &basis)));
    json!({
        "resourceType": "Bundle",
        "type": "transaction",
        "timestamp": authored,
        "entry": entries.into_iter().map(|(url, resource)| {
            let kind = resource["resourceType"].as_str().unwrap_or_default().to_string();
            json!({ "fullUrl": url, "resource": resource, "request": { "method": "POST", "url": kind } })
        }).collect::<Vec<_>>(),
    })
}
