//! The knowledge base's questions as an SDC Questionnaire (FHIR R4, SDC 3.0.0 "Advanced Behavior
//! Questionnaire"): one item per question (linkId = question id) in asking order, conditions
//! from `ask_if` (`enable`), radio buttons and check boxes, exclusive "none" / "not sure"
//! options, bounds, Spanish translations, and the clinician-measured ABI pressures in a group.
//! Also the CodeSystem of LegCheck's answer codes. Built as JSON values (only the CLI and
//! tests build these; the app's wasm never does).

use serde_json::{json, Map, Value};

use legcheck_engine::expr::DONT_KNOW;
use legcheck_engine::model::{Question, QuestionKind};
use legcheck_engine::Engine;

use super::enable::{enable, is_integer, CondAnswer, Enable};
use super::{
    answer_display, ABI_FIELDS, ABI_GROUP, ANSWER_SYSTEM, DATE, EXT_ENABLE_WHEN_EXPRESSION,
    EXT_ITEM_CONTROL, EXT_MAX, EXT_MIN, EXT_OPTION_EXCLUSIVE, EXT_TRANSLATION, EXT_UNIT, PUBLISHER,
    QUESTIONNAIRE_URL, SDC_PROFILE, UCUM,
};

/// `_text` / `_display` with the Spanish translation, when there is one.
fn translated(es: &Map<String, Value>, english: &str) -> Option<Value> {
    let spanish = es.get(english)?.as_str()?;
    Some(json!({ "extension": [{
        "url": EXT_TRANSLATION,
        "extension": [
            { "url": "lang", "valueCode": "es" },
            { "url": "content", "valueString": spanish },
        ],
    }]}))
}

fn spanish_catalogue() -> Map<String, Value> {
    let mut es = Map::new();
    for (k, v) in legcheck_engine::i18n::catalogue("es").unwrap_or_default() {
        es.insert(k, Value::String(v));
    }
    // The answers every yes/no question shares are UI texts, not knowledge-base texts.
    for (en, sp) in [("Yes", "Sí"), ("No", "No"), ("I don't know", "No lo sé")] {
        es.insert(en.into(), Value::String(sp.into()));
    }
    es
}

fn item_control(code: &str) -> Value {
    json!({
        "url": EXT_ITEM_CONTROL,
        "valueCodeableConcept": { "coding": [{
            "system": "http://hl7.org/fhir/questionnaire-item-control",
            "code": code,
        }]},
    })
}

fn coding(q: &Question, code: &str, es: &Map<String, Value>) -> Value {
    let display = answer_display(q, code);
    let mut c = json!({ "system": ANSWER_SYSTEM, "code": code, "display": display });
    if let Some(t) = translated(es, &display) {
        c["_display"] = t;
    }
    c
}

fn enable_json(engine: &Engine, q: &Question, item: &mut Value, extensions: &mut Vec<Value>) {
    match enable(&engine.kb, q) {
        Enable::Always => {}
        Enable::When { all, conditions } => {
            let list: Vec<Value> = conditions
                .iter()
                .map(|c| {
                    let mut w = json!({ "question": c.question, "operator": c.operator });
                    match &c.answer {
                        CondAnswer::Code(code) => {
                            w["answerCoding"] = json!({ "system": ANSWER_SYSTEM, "code": code })
                        }
                        CondAnswer::Integer(n) => w["answerInteger"] = json!(n),
                    }
                    w
                })
                .collect();
            if list.len() > 1 {
                item["enableBehavior"] = json!(if all { "all" } else { "any" });
            }
            item["enableWhen"] = Value::Array(list);
        }
        Enable::Expression(fhirpath) => extensions.push(json!({
            "url": EXT_ENABLE_WHEN_EXPRESSION,
            "valueExpression": {
                "description": format!("LegCheck asks this when: {}", q.ask_if.as_deref().unwrap_or_default()),
                "language": "text/fhirpath",
                "expression": fhirpath,
            },
        })),
    }
}

fn question_item(engine: &Engine, q: &Question, es: &Map<String, Value>) -> Value {
    let kind = match q.kind {
        QuestionKind::Number if is_integer(q) => "integer",
        QuestionKind::Number => "decimal",
        _ => "choice",
    };
    let mut item = json!({ "linkId": q.id, "text": q.text, "type": kind, "required": false });
    if let Some(t) = translated(es, &q.text) {
        item["_text"] = t;
    }
    let mut extensions = Vec::new();
    match q.kind {
        QuestionKind::Number => {
            let value = |n: f64| {
                if kind == "integer" {
                    json!(n as i64)
                } else {
                    json!(n)
                }
            };
            let key = if kind == "integer" {
                "valueInteger"
            } else {
                "valueDecimal"
            };
            if let Some(min) = q.min {
                extensions.push(json!({ "url": EXT_MIN, key: value(min) }));
            }
            if let Some(max) = q.max {
                extensions.push(json!({ "url": EXT_MAX, key: value(max) }));
            }
            if q.unit.as_deref() == Some("years") {
                extensions.push(json!({ "url": EXT_UNIT, "valueCoding": {
                    "system": UCUM, "code": "a", "display": "years" } }));
            }
        }
        QuestionKind::Multi | QuestionKind::BodyRegions => {
            item["repeats"] = json!(true);
            extensions.push(item_control("check-box"));
        }
        QuestionKind::YesNo | QuestionKind::Single => extensions.push(item_control("radio-button")),
    }
    if q.kind != QuestionKind::Number {
        item["answerOption"] = q
            .option_ids()
            .iter()
            .map(|id| {
                let mut o = json!({ "valueCoding": coding(q, id, es) });
                let exclusive = q.options.iter().any(|c| c.id == *id && c.exclusive);
                if exclusive && matches!(q.kind, QuestionKind::Multi | QuestionKind::BodyRegions) {
                    o["extension"] = json!([{ "url": EXT_OPTION_EXCLUSIVE, "valueBoolean": true }]);
                }
                o
            })
            .collect();
    }
    enable_json(engine, q, &mut item, &mut extensions);
    if !extensions.is_empty() {
        item["extension"] = Value::Array(extensions);
    }
    if let Some(hint) = &q.hint {
        let mut help = json!({
            "linkId": format!("{}.help", q.id),
            "type": "display",
            "text": hint,
            "extension": [item_control("help")],
        });
        if let Some(t) = translated(es, hint) {
            help["_text"] = t;
        }
        item["item"] = json!([help]);
    }
    item
}

/// The ABI group: six systolic pressures in mmHg (UCUM `mm[Hg]`), each with its plausible range.
fn abi_group() -> Value {
    let items: Vec<Value> = ABI_FIELDS
        .iter()
        .map(|(link, text, (min, max))| {
            json!({
                "linkId": link,
                "text": text,
                "type": "decimal",
                "required": false,
                "extension": [
                    { "url": EXT_MIN, "valueDecimal": min },
                    { "url": EXT_MAX, "valueDecimal": max },
                    { "url": EXT_UNIT, "valueCoding": { "system": UCUM, "code": "mm[Hg]", "display": "mmHg" } },
                ],
            })
        })
        .collect();
    json!({
        "linkId": "abi",
        "text": ABI_GROUP,
        "type": "group",
        "required": false,
        "item": items,
    })
}

/// The knowledge base's questions as an SDC Questionnaire (FHIR R4).
pub fn questionnaire(engine: &Engine) -> Value {
    let es = spanish_catalogue();
    let mut items: Vec<Value> = engine
        .kb
        .questions
        .iter()
        .map(|q| question_item(engine, q, &es))
        .collect();
    items.push(abi_group());
    let description = "LegCheck's questions about leg cramps and leg pain, in the order and with \
        the conditions LegCheck asks them. Answers are LegCheck's own codes; LegCheck evaluates a \
        QuestionnaireResponse, completed or in progress (`legcheck-eval --from-fhir`). A decision aid, not a \
        diagnosis.";
    let rows: String = engine
        .kb
        .questions
        .iter()
        .map(|q| format!("<li>{}</li>", escape(&q.text)))
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "id": "legcheck",
        "meta": { "profile": [SDC_PROFILE] },
        "language": "en",
        "text": {
            "status": "generated",
            "div": format!(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>LegCheck: leg cramps and leg pain \
                 (knowledge base {}). Questions, asked only when their conditions hold:</p><ol>{rows}</ol></div>",
                escape(&engine.kb.version)
            ),
        },
        "url": QUESTIONNAIRE_URL,
        "version": engine.kb.version,
        "name": "LegCheck",
        "title": "LegCheck: leg cramps and leg pain",
        "status": "active",
        "experimental": false,
        "subjectType": ["Patient"],
        "date": DATE,
        "publisher": PUBLISHER,
        "description": description,
        "item": items,
    })
}

/// The CodeSystem of LegCheck's answer codes: every option of every question, yes / no /
/// "I don't know", and every body region.
pub fn code_system(engine: &Engine) -> Value {
    let es = spanish_catalogue();
    let mut seen = std::collections::BTreeMap::<String, String>::new();
    for q in &engine.kb.questions {
        for id in q.option_ids() {
            seen.entry(id.clone())
                .or_insert_with(|| answer_display(q, &id));
        }
    }
    seen.entry(DONT_KNOW.into())
        .or_insert_with(|| "I don't know".into());
    let concepts: Vec<Value> = seen
        .iter()
        .map(|(code, display)| {
            let mut c = json!({ "code": code, "display": display });
            if let Some(sp) = es.get(display).and_then(Value::as_str) {
                c["designation"] = json!([{ "language": "es", "value": sp }]);
            }
            c
        })
        .collect();
    json!({
        "resourceType": "CodeSystem",
        "id": "legcheck-answer",
        "text": {
            "status": "generated",
            "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>LegCheck's answer codes: {} codes (question options, yes/no, I don't know, body regions).</p></div>", concepts.len()),
        },
        "url": ANSWER_SYSTEM,
        "version": engine.kb.version,
        "name": "LegCheckAnswer",
        "title": "LegCheck answer codes",
        "status": "active",
        "experimental": false,
        "date": DATE,
        "publisher": PUBLISHER,
        "description": "The answers LegCheck's questions accept. A code can mean different things under different questions (`yes`), so read it with the item's linkId.",
        "caseSensitive": true,
        "content": "complete",
        "count": concepts.len(),
        "concept": concepts,
    })
}

/// Text for XHTML.
pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
