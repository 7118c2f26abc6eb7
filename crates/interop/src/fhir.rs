//! HL7 FHIR R4 for clinics: the knowledge base's questions as an SDC Questionnaire
//! (`questionnaire`), its answer codes as a CodeSystem (`code_system`), a person's answers as
//! the matching QuestionnaireResponse (`questionnaire_response`, typed so the app's wasm needs
//! no generic JSON), a QuestionnaireResponse read back into an answers document
//! (`from_response`), and the assessment as a transaction Bundle (`assessment_bundle`). No FHIR
//! library: the resources are checked against the HL7 R4 JSON Schema and FHIRPath invariants by
//! third-party validators in the end-to-end tests (docs/FHIR.md).

mod bundle;
mod enable;
mod import;
mod questionnaire;
mod response;

pub use bundle::{
    assessment_bundle, ABI_LOINC, BAND_SYSTEM, CONDITION_SNOMED, CONDITION_SYSTEM, EXT_TRIAGE,
    LEG_SITES, LOINC, OBSERVATION_SYSTEM, SNOMED_CT, TRIAGE_SYSTEM,
};
pub use enable::{enable, falsity, is_integer, truth, CondAnswer, Condition, Enable};
pub use import::{
    from_response, parse_response, read_response, ImportError, IncomingResponse, Problem,
    MAX_ELEMENTS, MAX_RESPONSE_BYTES,
};
pub use questionnaire::{code_system, questionnaire};
pub use response::{questionnaire_response, QuestionnaireResponse};

use legcheck_engine::instruments::{ANKLE_RANGE, ARM_RANGE};
use legcheck_engine::model::Question;

/// Where LegCheck's FHIR definitions are published. A placeholder under the site's documentation
/// path (`.example` is reserved): a deployer publishes the resources there and changes it.
pub const BASE: &str = "https://legcheck.example/docs/fhir";
/// The canonical URL of LegCheck's Questionnaire. A placeholder under the site's documentation
/// path (`.example` is reserved): a deployer publishes the resources and changes it (docs/FHIR.md).
pub const QUESTIONNAIRE_URL: &str = "https://legcheck.example/docs/fhir/Questionnaire/legcheck";
/// The canonical URL of the CodeSystem of answer codes (option ids, `yes`, `no`, `dont_know`,
/// body regions); published as `code_system`.
pub const ANSWER_SYSTEM: &str = "https://legcheck.example/docs/fhir/CodeSystem/legcheck-answer";
/// The canonical URLs LegCheck used before, still read on import.
pub const OLD_QUESTIONNAIRE_URL: &str = "urn:legcheck:questionnaire";
pub const OLD_ANSWER_SYSTEM: &str = "urn:legcheck:answer";
/// Who publishes the resources.
pub const PUBLISHER: &str = "LegCheck (open-source project)";
/// The date the Questionnaire's content last changed (with the knowledge base's version).
pub const DATE: &str = "2026-11-26";
/// The SDC profile the Questionnaire claims (SDC 3.0.0, FHIR R4).
pub const SDC_PROFILE: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-behave";

pub(crate) const EXT_ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
pub(crate) const EXT_ITEM_CONTROL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
pub(crate) const EXT_OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
pub(crate) const EXT_MIN: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
pub(crate) const EXT_MAX: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
pub(crate) const EXT_UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
pub(crate) const EXT_TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
/// "I don't know" to a number: an answer with no value and this extension (`asked-unknown`).
pub const EXT_DATA_ABSENT: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
pub(crate) const UCUM: &str = "http://unitsofmeasure.org";

/// The ABI pressures as items of the `abi` group: linkId, text, plausible range (mmHg), in the
/// order of `legcheck_engine::instruments::AbiInput`'s fields.
pub(crate) const ABI_FIELDS: [(&str, &str, (f64, f64)); 6] = [
    (
        "abi.arm_left",
        "Left arm (brachial) systolic pressure",
        ARM_RANGE,
    ),
    (
        "abi.arm_right",
        "Right arm (brachial) systolic pressure",
        ARM_RANGE,
    ),
    (
        "abi.left_dp",
        "Left ankle, dorsalis pedis systolic pressure",
        ANKLE_RANGE,
    ),
    (
        "abi.left_pt",
        "Left ankle, posterior tibial systolic pressure",
        ANKLE_RANGE,
    ),
    (
        "abi.right_dp",
        "Right ankle, dorsalis pedis systolic pressure",
        ANKLE_RANGE,
    ),
    (
        "abi.right_pt",
        "Right ankle, posterior tibial systolic pressure",
        ANKLE_RANGE,
    ),
];
/// The ABI group's text.
pub(crate) const ABI_GROUP: &str =
    "Ankle-brachial index: systolic pressures measured by a clinician (optional)";

/// The words for an answer code under a question: its option's text, or Yes / No / I don't know,
/// or a body region in words (`left calf`).
pub fn answer_display(q: &Question, code: &str) -> String {
    match q.options.iter().find(|o| o.id == code) {
        Some(o) => o.text.clone(),
        None => match code {
            "yes" => "Yes".into(),
            "no" => "No".into(),
            "dont_know" => "I don't know".into(),
            other => other.replace('_', " "),
        },
    }
}
