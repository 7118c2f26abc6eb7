//! LegCheck's reading-level rule for one patient-facing text, shared by the knowledge base's
//! test (`crates/engine/tests/reading_level.rs`) and the UI catalogue's (`src/text/reading.rs`):
//! - a text of `SHORT_WORDS` words or more must score at or below its grade limit
//!   (Flesch–Kincaid in English, Fernández-Huerta through its scale in Spanish);
//! - a shorter text, where the formulas mean little ("Intermittent claudication" scores 38),
//!   passes when every long word in it (4+ syllables in English, 5+ in Spanish, whose words are
//!   longer) is an everyday word (`EVERYDAY`) or a medical term the product explains where it
//!   is shown (`GLOSSARY`);
//! - wherever a `GLOSSARY` term is shown, in a text of any length, it is explained there: in
//!   brackets after plain words ("Muscle breakdown (rhabdomyolysis)"), or followed by the plain
//!   words in brackets ("a bruit (a whooshing sound …)"), in the text itself or in a text shown
//!   with it (a condition's name and summary, and its reasons under "Why?"). A bracket holding
//!   only an abbreviation or a code explains nothing: "peripheral arterial disease (PAD)" and
//!   "enfermedad arterial periférica (EAP)" leave the term unexplained;
//! - medicine names (`MEDICINES`) are read as names, matched against a packet, not as words to
//!   understand: each is scored as the word "medicine".

use super::{counts, fernandez_huerta, flesch_kincaid_grade, spanish_syllables, Language};

/// Texts with fewer words than this are judged by their long words, not by a formula.
pub const SHORT_WORDS: usize = 10;

/// Medical terms LegCheck shows patients, always with an explanation beside them. English and
/// Spanish, lower case; a word matches a term when it starts with it (`arteritis`, plurals).
pub const GLOSSARY: &[&str] = &[
    // English
    "limb-threatening",
    "arteritis",
    "claudication",
    "compartment",
    "cellulitis",
    "dialysis",
    "diuretic",
    "exertional",
    "fasciitis",
    "ischaemia",
    "necrotising",
    "neuropathy",
    "osteoarthritis",
    "peripheral",
    "polymyalgia",
    "popliteal",
    "pre-eclampsia",
    "rhabdomyolysis",
    "rheumatica",
    "tendinopathy",
    "thrombophlebitis",
    "entrapment",
    "bruit",
    "anticoagulante",
    "aorto-iliac",
    "femoro-popliteal",
    // Spanish
    "aquíleo",
    "arteritis",
    "claudicación",
    "compartimental",
    "celulitis",
    "diálisis",
    "diurético",
    "fascitis",
    "isquemia",
    "necrosante",
    "neuropatía",
    "artrosis",
    "periférica",
    "polimialgia",
    "poplítea",
    "preeclampsia",
    "rabdomiólisis",
    "reumática",
    "tendinopatía",
    "tromboflebitis",
    "atrapamiento",
    "hipotiroidismo",
    "aortoilíac",
    "femoropoplíte",
];

/// Long words most adults read without help (English 4+ syllables, Spanish 5+).
pub const EVERYDAY: &[&str] = &[
    // English
    "usually",
    "especially",
    "cholesterol",
    "temperature",
    "underactive",
    "information",
    "emergency",
    "unusually",
    "uncomfortable",
    "completely",
    "everything",
    "anybody",
    "immediately",
    "replacement",
    "superficial",
    "potassium",
    "magnesium",
    "antibiotic",
    "antibiótico",
    "arterial",
    "diagnosis",
    "immediate",
    // Spanish
    "embarazada",
    "medicamento",
    "articulación",
    "articulaciones",
    "insuficiencia",
    "recomendación",
    "recomendaciones",
    "relacionados",
    "rápidamente",
    "estrechamiento",
    "funcionamiento",
    "anticonceptiva",
    "entumecimiento",
    "enfermedades",
    "habitualmente",
    "especialmente",
    "normalmente",
    "inmediatamente",
    "desaparece",
    "desaparezca",
    "temperatura",
    "escalofríos",
    // Names a person matches against their own treatment, as with medicine names.
    "chemotherapy",
    "quimioterapia",
    "parathyroid",
    "emergencias",
    "colesterol",
    "enrojecimiento",
    "profesionales",
    "dispositivo",
    "probablemente",
    "conocimiento",
    "examinarle",
    "autocuidado",
    "automatic",
    "automátic",
    "actualizado",
    // Month names, in the footer's date line ("28 January 2026").
    "january",
    "february",
    // The names the law and the GOV.UK pattern give the page ("Accessibility statement",
    // "Declaración de accesibilidad"), which people look for by that name.
    "accessib",
    "accesib",
];

/// Medicine names a question lists as examples (matched against a packet, not read).
pub const MEDICINES: &[&str] = &[
    "hydrochlorothiazide",
    "bendroflumethiazide",
    "indapamide",
    "spironolactone",
    "amiloride",
    "furosemide",
    "bumetanide",
    "atorvastatin",
    "simvastatin",
    "prednisolone",
    "warfarin",
    "apixaban",
    "rivaroxaban",
    "edoxaban",
    "ciprofloxacin",
    "levofloxacin",
    "omeprazole",
    "clopidogrel",
    "salmeterol",
    "formoterol",
    "lansoprazole",
    "lansoprazol",
    "pramipexole",
    "ropinirole",
    "rotigotine",
    "ibuprofen",
    "paracetamol",
    "hidroclorotiazida",
    "bendroflumetiazida",
    "indapamida",
    "espironolactona",
    "amilorida",
    "furosemida",
    "bumetanida",
    "atorvastatina",
    "simvastatina",
    "prednisona",
    "prednisolona",
    "warfarina",
    "apixabán",
    "rivaroxabán",
    "edoxabán",
    "ciprofloxacino",
    "levofloxacino",
    "omeprazol",
    "clopidogrel",
    "pramipexol",
    "ropinirol",
    "rotigotina",
    "ibuprofeno",
    "acenocumarol",
    "clortalidona",
    "acetaminofén",
];

fn in_list(list: &[&str], word: &str) -> bool {
    let w = word.to_lowercase();
    list.iter().any(|t| w.starts_with(t))
}

/// `text` with each medicine name replaced by the word for medicine.
pub fn names_as_words(text: &str, lang: Language) -> String {
    let plain = match lang {
        Language::English => "medicine",
        Language::Spanish => "fármaco",
    };
    text.split(' ')
        .map(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            if !core.is_empty() && in_list(MEDICINES, core) {
                w.replace(core, plain)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The grade of a text of `SHORT_WORDS` words or more (medicine names read as names).
pub fn text_grade(text: &str, lang: Language) -> f64 {
    let text = names_as_words(text, lang);
    match lang {
        Language::English => flesch_kincaid_grade(&text),
        Language::Spanish => f64::from(super::ease_grade(fernandez_huerta(&text))),
    }
}

/// Why a text is too hard for its limit.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The grade of a text of `SHORT_WORDS` words or more.
    Grade(f64),
    /// The long words of a short text that are neither everyday nor in the glossary.
    LongWords(Vec<String>),
}

/// Checks one text against a grade limit (see the module doc).
pub fn check(text: &str, lang: Language, limit: f64) -> Result<(), Problem> {
    let text = names_as_words(text, lang);
    if counts(&text, lang).words >= SHORT_WORDS {
        let grade = text_grade(&text, lang);
        return if grade <= limit {
            Ok(())
        } else {
            Err(Problem::Grade(grade))
        };
    }
    let min = match lang {
        Language::English => 4,
        Language::Spanish => 5,
    };
    let unknown: Vec<String> = super::words(&text)
        .into_iter()
        .filter(|w| match lang {
            Language::English => super::english_syllables(w) >= min,
            Language::Spanish => spanish_syllables(w) >= min,
        })
        .filter(|w| !in_list(GLOSSARY, w) && !in_list(EVERYDAY, w))
        .map(|w| w.to_lowercase())
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(Problem::LongWords(unknown))
    }
}

/// The glossary terms in `text` not explained in brackets there or in a text shown with it.
pub fn unexplained(text: &str, shown_with: &[&str]) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    GLOSSARY
        .iter()
        .filter(|term| {
            lower
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| w.starts_with(*term))
        })
        .filter(|term| {
            !std::iter::once(text)
                .chain(shown_with.iter().copied())
                .any(|t| explained(t, term))
        })
        .copied()
        .collect()
}

/// Whether `term` is explained where it appears in `text`: either
/// - it is in brackets that follow plain words ("Muscle breakdown (rhabdomyolysis)"), or
/// - brackets holding plain words follow it within two words, in the same clause ("a bruit (a
///   whooshing sound)", "diuréticos (pastillas para eliminar líquido)").
///
/// A bracket that holds only an abbreviation, a code or a number explains nothing: in
/// "enfermedad arterial periférica (EAP)" and "peripheral arterial disease (PAD)" the term is
/// still unexplained, and "PAD (peripheral arterial disease)" spells out the letters but puts
/// no plain words beside the term. See `plain_words`.
fn explained(text: &str, term: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let term: Vec<char> = term.chars().collect();
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    // Each pair of brackets, as (opening, closing); an unclosed one runs to the end.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut open = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '(' => open.push(i),
            ')' => {
                if let Some(o) = open.pop() {
                    pairs.push((o, i));
                }
            }
            _ => {}
        }
    }
    pairs.extend(open.into_iter().map(|o| (o, chars.len())));
    let inside = |(o, c): (usize, usize)| chars[o + 1..c].iter().collect::<String>();
    (0..lower.len())
        .filter(|&i| (i == 0 || !in_word(lower[i - 1])) && lower[i..].starts_with(&term))
        .any(|i| {
            // In brackets that follow plain words.
            let bracketed = pairs
                .iter()
                .filter(|(o, c)| *o < i && i < *c)
                .any(|&(o, _)| plain_words(&words_before(&chars, o)));
            // Followed, within two words of the same clause, by brackets of plain words.
            let end = i + lower[i..]
                .iter()
                .position(|c| !in_word(*c))
                .unwrap_or(lower.len() - i);
            let rest = &chars[end..];
            let stop = rest
                .iter()
                .position(|c| matches!(c, ',' | ';' | '.' | ':' | ')' | '('));
            let followed = stop.is_some_and(|p| {
                let between: String = rest[..p].iter().collect();
                rest[p] == '('
                    && between.split_whitespace().count() <= 2
                    && pairs
                        .iter()
                        .find(|(o, _)| *o == end + p)
                        .is_some_and(|&pair| plain_words(&inside(pair)))
            });
            bracketed || followed
        })
}

/// The last few words before `chars[at]`, back to the start of their clause.
fn words_before(chars: &[char], at: usize) -> String {
    let start = chars[..at]
        .iter()
        .rposition(|c| matches!(c, ',' | ';' | '.' | ':' | '(' | ')'))
        .map_or(0, |p| p + 1);
    let clause: String = chars[start..at].iter().collect();
    let words: Vec<&str> = clause.split_whitespace().collect();
    words[words.len().saturating_sub(4)..].join(" ")
}

/// Short words that carry no meaning of their own (articles, pronouns, prepositions, "see",
/// "also"), English then Spanish, lower case and matched whole: "(the PAD)", "(see EAP)" or
/// "(con la EAP)" explain nothing.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "for", "but", "nor", "yet", "with", "from", "into", "onto", "its", "his", "her",
    "hers", "our", "ours", "your", "yours", "their", "them", "they", "this", "that", "these",
    "those", "who", "whom", "which", "what", "are", "was", "were", "has", "had", "have", "not",
    "see", "also", "via", "per", "etc", "aka", "called", "known", "named", "los", "las", "una",
    "uno", "unos", "unas", "con", "del", "por", "para", "que", "sin", "sus", "ver", "vea", "véase",
    "como", "también", "ese", "esa", "esos", "esas", "este", "esta", "estos", "estas", "cual",
    "cuál", "son", "era", "fue", "llamada", "llamado",
];

/// Whether `text` holds plain words that can explain a term: at least one word of three
/// letters or more that is not a function word (`FUNCTION_WORDS`: "the", "see", "los", "con"),
/// an abbreviation (two capitals or more: "EAP", "PAD", "REDs"), a number or code ("QS52",
/// "2024"), another glossary term or a medicine name.
pub fn plain_words(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .any(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = w.chars().filter(|c| c.is_uppercase()).count();
            letters >= 3
                && capitals < 2
                && !w.chars().any(|c| c.is_ascii_digit())
                && !FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
                && !in_list(GLOSSARY, w)
                && !in_list(MEDICINES, w)
        })
}
