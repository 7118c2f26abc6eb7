//! Tests of the Spanish wording a patient reads (issue 12, point 10), over the UI catalogue and
//! the knowledge base's Spanish catalogue: no calques or forms the review found, sides that
//! agree with their noun, the NHS explained wherever it is named, pregnancy never called an
//! illness, medicines sold in Spain and Latin America, decimal commas, and no masculine-only
//! words addressed to a reader who may be a woman.

use super::{ui, Lang, ES};

/// Every Spanish text of the knowledge base a patient can see (named sources included).
fn kb_spanish() -> Vec<(String, String)> {
    let engine = crate::engine::engine();
    let catalogue = legcheck_engine::i18n::catalogue("es").unwrap();
    legcheck_engine::i18n::texts(&engine.kb)
        .into_iter()
        .chain(legcheck_engine::i18n::source_texts(&engine.kb))
        .map(|en| (en.to_string(), catalogue[en].clone()))
        .collect()
}

/// The UI strings a patient reads while answering or on the result.
fn ui_spanish() -> Vec<String> {
    let t = &ES;
    let mut out: Vec<String> = [
        t.start_title,
        t.start_lead,
        t.emergency_notice,
        t.red_flags_title,
        t.red_flags_hint,
        t.err_select_all,
        t.for_adults,
        t.triage_unsure,
        t.emergency_unsure,
        t.cannot_rule_out_intro,
        t.reasons_unsure,
        t.sources_intro,
        t.disclaimer,
        t.local_number,
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([(t.start_for)([24, 37], [4, 10])])
    .collect();
    for list in [
        &t.triage_heading[..],
        &t.triage_how,
        &t.sections,
        &t.segments,
    ] {
        out.extend(list.iter().map(|s| s.to_string()));
    }
    out.extend(t.number_line.iter().map(|s| s.to_string()));
    out
}

/// Wordings the review of the Spanish found, and masculine-only words addressed to the reader.
const NEVER: &[&str] = &[
    "Compruebe su",
    "se aplica a su caso",
    "(pierna izquierda)",
    "(pierna derecha)",
    "Femoropoplíteo:",
    "bendroflumetiazida",
    "se ha cortado",
    "cuidarse usted",
    "usted mismo",
    "está seguro",
    "estaba seguro",
    "estar acostado",
    "acostado o sentado",
    "estar quieto",
    "quedarse quieto",
    "Manténgase activo",
    "caminar descalzo",
    "muy mal, confuso",
    "más cansado",
    "número local",
    "(unas 2 pulgadas)",
];

#[test]
fn no_calque_or_masculine_only_form_the_review_found() {
    let kb = kb_spanish();
    let texts = ui_spanish()
        .into_iter()
        .chain(kb.iter().map(|(_, es)| es.clone()));
    for text in texts {
        for never in NEVER {
            assert!(!text.contains(never), "«{never}» in: {text}");
        }
    }
}

#[test]
fn the_nhs_is_explained_wherever_spanish_names_it() {
    for text in ui_spanish()
        .into_iter()
        .chain(kb_spanish().into_iter().map(|(_, es)| es))
    {
        if text.contains("NHS") {
            assert!(text.contains("ervicio de salud"), "{text}");
        }
        // NHS 111 is no advice for a reader in Spain or Latin America.
        for call in ["como NHS 111", "o NHS 111", "al NHS 111", "o al 111"] {
            assert!(!text.contains(call), "{text}");
        }
    }
}

#[test]
fn pregnancy_is_never_called_an_illness() {
    for (_, es) in kb_spanish() {
        for word in ["enfermedad", "afección"] {
            if let Some(list) = bracket_after(&es, word) {
                assert!(!list.contains("embarazo"), "{es}");
            }
        }
    }
    assert!(!ES.sections.iter().any(|s| s.contains("enfermedades")));
}

/// The words in brackets right after `word`, if any ("afección (embarazo, ...)").
fn bracket_after<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let start = text.find(word)? + word.len();
    let rest = text[start..].split_once('(')?;
    // Only brackets that follow the word closely ("una afección relacionada con ... (").
    (rest.0.len() < 60).then(|| rest.1.split(')').next().unwrap_or(""))
}

#[test]
fn medicines_are_named_as_sold_in_spain_and_latin_america_and_agree_in_gender() {
    let engine = crate::engine::engine();
    let catalogue = legcheck_engine::i18n::catalogue("es").unwrap();
    let medicines = engine.kb.question("medicines").unwrap();
    let spanish: Vec<&str> = medicines
        .options
        .iter()
        .map(|o| catalogue[&o.text].as_str())
        .collect();
    let none = medicines
        .options
        .iter()
        .position(|o| o.id == "none")
        .unwrap();
    assert!(spanish[none].starts_with("Ninguno de estos"), "{spanish:?}");
    let all = spanish.join(" | ");
    for sold in ["hidroclorotiazida", "acenocumarol", "prednisona"] {
        assert!(all.contains(sold), "{sold} missing: {all}");
    }
}

#[test]
fn spanish_uses_a_decimal_comma() {
    for (_, es) in kb_spanish() {
        // A named source keeps its original title, which may have a point in it.
        let shown = es.split(" — ").last().unwrap();
        // A point between digits with one or two after it is a decimal point ("0.90"); with
        // three, it groups thousands ("27.945"), as Spanish may.
        let bytes = shown.as_bytes();
        for (i, w) in bytes.windows(3).enumerate() {
            let after = bytes[i + 2..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            assert!(
                !(w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit() && after < 3),
                "{es}"
            );
        }
    }
}

#[test]
fn a_place_on_the_body_map_agrees_with_its_side() {
    let t = ui(Lang::Es);
    assert_eq!((t.region)(true, "buttock"), "Nalga izquierda");
    assert_eq!((t.region)(false, "calf"), "Pantorrilla derecha");
    assert_eq!((t.region)(true, "sole"), "Planta del pie izquierdo");
    assert_eq!((t.region)(false, "ankle"), "Tobillo derecho");
    assert_eq!((t.site)("toes"), "los dedos del pie");
}
