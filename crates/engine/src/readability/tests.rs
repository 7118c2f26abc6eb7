//! Known examples for the readability scores: syllable counts of words whose syllables are not
//! in doubt, hand-worked grades, and texts that must fail the limits.

use super::*;

#[test]
fn english_syllables_of_known_words() {
    for (word, n) in [
        ("cat", 1),
        ("leg", 1),
        ("time", 1),
        ("walked", 1),
        ("started", 2),
        ("muscle", 2),
        ("muscles", 2),
        ("table", 2),
        ("bruises", 2),
        ("swelling", 2),
        ("yes", 1),
        ("doctor", 2),
        ("every", 3),
        ("arteries", 3),
        ("arterial", 4),
        ("claudication", 4),
        // One short of fe-mo-ro-pop-li-te-al (7): `ea` is usually one syllable (`tea`).
        ("femoro-popliteal", 6),
        ("peripheral", 4),
        ("usual", 3),
        ("infection", 3),
        ("ischaemia", 4),
        ("appointment", 3),
        ("1", 1),
        ("112", 3),
        ("2026", 3),
    ] {
        assert_eq!(english_syllables(word), n, "{word}");
    }
}

#[test]
fn spanish_syllables_follow_diphthongs_and_hiatus() {
    for (word, n) in [
        ("pierna", 2), // pier-na: ie is a diphthong
        ("ciudad", 2), // ciu-dad: two weak vowels
        ("día", 2),    // dí-a: an accented í breaks it
        ("país", 2),   // pa-ís
        ("leer", 2),   // le-er: two strong vowels
        ("aéreo", 4),  // a-é-re-o
        ("muy", 1),    // y ending a word is a vowel
        ("buey", 1),   // a triphthong
        ("y", 1),      // the word "y"
        ("ayuda", 3),  // a-yu-da: y before a vowel is a consonant
        ("guerra", 2), // gue-rra
        ("pingüino", 3),
        ("pantorrilla", 4),
        ("enfermedades", 5),
        ("claudicación", 4), // clau-di-ca-ción
        ("médico", 3),
    ] {
        assert_eq!(spanish_syllables(word), n, "{word}");
    }
}

#[test]
fn words_and_sentences_are_counted_as_people_read_them() {
    assert_eq!(
        words("Your pee is dark (like tea), not red: see a GP/nurse."),
        ["Your", "pee", "is", "dark", "like", "tea", "not", "red", "see", "a", "GP", "nurse"]
    );
    assert_eq!(
        words("femoro-popliteal ¿Tiene?"),
        ["femoro-popliteal", "Tiene"]
    );
    assert_eq!(sentences("One. Two! Three? An ABI of 0.90 or less."), 4);
    assert_eq!(sentences("No full stop here"), 1);
    assert_eq!(sentences("(See a doctor.) Then rest."), 2);
    // A last sentence with no full stop (the reasons under "Why?" have none) still counts.
    assert_eq!(sentences("Diabetes makes it likely. So does smoking"), 2);
    assert_eq!(sentences("One sentence. "), 1);
    assert_eq!(sentences("Under 20 %. Then rest."), 2);
}

#[test]
fn abbreviations_do_not_end_sentences() {
    // English: the point of "e.g.", "i.e.", "Dr.", "approx." is not a sentence end.
    assert_eq!(
        sentences("Some medicines, e.g. water tablets, cause cramps."),
        1
    );
    assert_eq!(sentences("Rest the leg, i.e. sit down. Then walk."), 2);
    assert_eq!(sentences("Ask Dr. Jones or Dr Smith about it."), 1);
    assert_eq!(sentences("It takes approx. 3 months to heal."), 1);
    // Spanish: "p. ej." (two points), "aprox.", "Dra.".
    assert_eq!(
        sentences("Algunos medicamentos, p. ej. los diuréticos, causan calambres."),
        1
    );
    assert_eq!(
        sentences("Algunos, p.ej. los diuréticos, causan calambres."),
        1
    );
    assert_eq!(sentences("Dura aprox. 3 meses. Luego mejora."), 2);
    assert_eq!(sentences("Pregunte a la Dra. López o al Dr. Pérez."), 1);
    // "EE. UU." (the United States) is one word of one sentence, not three sentences; it ends
    // a sentence only where a new one starts after it, or the text ends there.
    assert_eq!(
        sentences("La FDA de EE. UU. desaconseja su uso para los calambres."),
        1
    );
    assert_eq!(sentences("La FDA de EE.UU. lo desaconseja."), 1);
    assert_eq!(sentences("Se vende en EE. UU. Aquí no se vende."), 2);
    assert_eq!(sentences("Se vende en EE. UU."), 1);
    // "etc." ends a sentence only when a new one starts after it, or the text ends there.
    assert_eq!(sentences("Muscle, bone, etc. are all in the leg."), 1);
    assert_eq!(sentences("Muscle, bone, etc. Then rest."), 2);
    assert_eq!(sentences("It hurts in muscle, bone, etc."), 1);
    // An ordinary word that happens to end a sentence still ends it.
    assert_eq!(
        sentences("Say no. Then rest. Take vitamin D. Then walk."),
        4
    );
    // One sentence with "e.g." is graded as one sentence, as it reads.
    let with = "Some medicines, e.g. water tablets or statins, can cause cramps at night.";
    assert_eq!(counts(with, Language::English).sentences, 1);
}

#[test]
fn flesch_kincaid_by_hand() {
    // 6 words, 1 sentence, 6 syllables: 0.39*6 + 11.8*1 - 15.59 = -1.45.
    assert!((flesch_kincaid_grade("The cat sat on the mat.") + 1.45).abs() < 1e-9);
    // 9 words, 1 sentence, 12 syllables: 0.39*9 + 11.8*12/9 - 15.59 = 3.653.
    let text = "Book an appointment with a GP within two weeks.";
    let c = counts(text, Language::English);
    assert_eq!((c.words, c.sentences, c.syllables), (9, 1, 12));
    assert!((flesch_kincaid_grade(text) - 3.6533).abs() < 1e-3);
    assert_eq!(flesch_kincaid_grade(""), 0.0);
}

#[test]
fn hard_english_fails_and_plain_english_passes() {
    let hard = "Intermittent claudication secondary to atherosclerotic femoro-popliteal \
                occlusive disease necessitates comprehensive vascular evaluation.";
    assert!(
        flesch_kincaid_grade(hard) > 8.0,
        "{}",
        flesch_kincaid_grade(hard)
    );
    let plain = "Your leg hurts when you walk because less blood gets to the muscles. \
                 See a GP in the next 2 weeks.";
    assert!(
        flesch_kincaid_grade(plain) <= 6.0,
        "{}",
        flesch_kincaid_grade(plain)
    );
}

#[test]
fn fernandez_huerta_by_hand_and_its_scale() {
    // "El gato come." 3 words, 1 sentence, 5 syllables (el ga-to co-me):
    // 206.84 - 0.60*166.67 - 1.02*3 = 103.78.
    assert!((fernandez_huerta("El gato come.") - 103.78).abs() < 0.01);
    // Longer sentences read harder (Law's correction: F is words per sentence).
    let short = fernandez_huerta("Le duele la pierna. Vaya al médico.");
    let long = fernandez_huerta("Le duele la pierna, vaya al médico.");
    assert!(short > long, "{short} {long}");
    assert_eq!(ease_grade(95.0), 4);
    assert_eq!(ease_grade(70.0), 6);
    assert_eq!(ease_grade(69.9), 8);
    assert_eq!(ease_grade(59.9), 12);
    assert_eq!(ease_grade(10.0), 16);
}

#[test]
fn hard_spanish_fails_and_plain_spanish_passes() {
    let hard = "La claudicación intermitente secundaria a enfermedad arterial oclusiva \
                femoropoplítea requiere una evaluación vascular exhaustiva.";
    assert!(
        grade(hard, Language::Spanish) > 8.0,
        "{}",
        fernandez_huerta(hard)
    );
    let plain = "Le duele la pierna al andar porque llega poca sangre. Vaya al médico.";
    assert!(
        grade(plain, Language::Spanish) <= 6.0,
        "{}",
        fernandez_huerta(plain)
    );
}

#[test]
fn long_words_lists_the_words_a_glossary_must_explain() {
    assert_eq!(
        long_words("Intermittent claudication", Language::English, 4),
        ["intermittent", "claudication"]
    );
    assert!(long_words("Night-time leg cramps", Language::English, 4).is_empty());
}

#[test]
fn a_bracket_explains_a_term_only_with_plain_words() {
    use super::policy::{plain_words, unexplained};
    // An abbreviation, a code or a number in brackets explains nothing.
    for text in [
        "Para las personas con enfermedad arterial periférica (EAP).",
        "People with peripheral arterial disease (PAD) should walk.",
        "PAD (peripheral arterial disease) is common.",
        "(claudication) is common.",
        "Exercise helps claudication (NICE QS52).",
        "Claudication (2024) is common.",
        "La claudicación (ITB) es frecuente.",
        "Polymyalgia (PMR) and arteritis (GCA) often come together.",
        // Function words beside an abbreviation are not plain words either.
        "People with peripheral arterial disease (the PAD) should walk.",
        "Ask about claudication (see PAD).",
        "Claudication (also called PAD) is common.",
        "La claudicación (ver EAP) es frecuente.",
        "Personas con enfermedad arterial periférica (con la EAP).",
        "Los diuréticos (los de la FDA) causan calambres.",
    ] {
        assert!(
            !unexplained(text, &[]).is_empty(),
            "counted as explained: {text}"
        );
    }
    // Plain words in brackets after the term, or the term in brackets after plain words.
    for text in [
        "Muscle breakdown (rhabdomyolysis)",
        "A bruit (a whooshing sound) over the artery.",
        "Leg pain on walking (claudication) is common.",
        "Los diuréticos (pastillas para eliminar líquido) aumentan el riesgo.",
        "Arterias estrechadas en las piernas (enfermedad arterial periférica, EAP).",
        "Narrowed leg arteries (peripheral arterial disease, PAD).",
        "Peripheral arterial disease (narrowed leg arteries, PAD) is common.",
    ] {
        assert!(
            unexplained(text, &[]).is_empty(),
            "not counted as explained: {text}"
        );
    }
    assert!(!plain_words("EAP"));
    assert!(!plain_words("NICE QS52, 2024"));
    assert!(!plain_words("REDs"));
    assert!(!plain_words("claudicación"));
    for function_words in [
        "the PAD",
        "see EAP",
        "los",
        "una EAP",
        "con la EAP",
        "see also",
    ] {
        assert!(!plain_words(function_words), "{function_words}");
    }
    // Matched whole: a word that only starts like one ("theory", "contar") is a plain word.
    assert!(plain_words("theory"));
    assert!(plain_words("contar"));
    assert!(plain_words("pastillas para eliminar líquido"));
}
