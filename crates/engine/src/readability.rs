//! Readability scores for patient-facing text: the Flesch–Kincaid grade for English and the
//! Fernández-Huerta ease for Spanish, with the syllable counters they need. Pure functions,
//! used by the reading-level tests of both crates (`tests/reading_level.rs`, and the UI
//! catalogue's test in the root crate).
//!
//! # English: Flesch–Kincaid grade level
//! `0.39 · words/sentences + 11.8 · syllables/words − 15.59` (Kincaid, Fishburne, Rogers,
//! Chissom 1975, *Derivation of new readability formulas … for Navy enlisted personnel*,
//! Research Branch Report 8-75). Syllables are counted by the usual heuristic of readability
//! tools, right for most words and at most one off for the rest:
//! 1. letters only, lower case; a group of consecutive vowels (`a e i o u y`) is one syllable;
//! 2. a final silent `e` after a consonant is not a syllable (`time`), except `-le` after a
//!    consonant (`muscle`, `table`); likewise `-es` and `-ed` after a consonant, unless the ending
//!    is heard (`-ses`, `-ches`, `-ted`, `-ded`, `-les`: `bruises`, `started`, `muscles`);
//! 3. `ia`, `eo`, `ua`, `uo`, `iu` and `io` (but not `-tion`, `-sion`, `-cious`) are two syllables
//!    (`arterial`, `femoro`, `usual`, `radio`);
//! 4. a number is one syllable per digit, at most three; every word has at least one.
//!
//! # Spanish: Fernández-Huerta ease
//! `L = 206.84 − 0.60 · P − 1.02 · F`, P syllables per 100 words (Fernández Huerta 1959,
//! *Medidas sencillas de lecturabilidad*, Consigna 214: 29–32), Flesch's reading ease refitted
//! to Spanish. F is applied as **words per sentence**: the formula is usually quoted with F as
//! "sentences per 100 words", which would make shorter sentences *harder*; Gwillim Law showed
//! the misprint (LINGUIST List 22.2332, 2011: "Error in the Fernandez Huerta readability
//! formula"), and 1.02 is Flesch's own 1.015 for words per sentence. Spanish syllables follow
//! the spelling: a group of vowels is one syllable per strong vowel (`a e o`, or an accented
//! `í ú`, which breaks a diphthong: `dí-a`, `pa-ís`), and one if it has only weak ones (`i u
//! ü`, and `y` ending a word): diphthongs and triphthongs (`ciu-dad`, `buey`, `muy`) are one
//! syllable, hiatus (`le-er`, `a-é-re-o`) two.
//!
//! # One scale for both
//! An ease becomes a school grade through the scale Fernández Huerta published with his
//! formula (Flesch's scale, with Spanish school grades; reproduced by legible.es and by
//! `amunozf/legibilidad`): 90–100 very easy (grade 4), 80–90 easy (5), 70–80 fairly easy (6),
//! 60–70 normal for adults (7–8), 50–60 fairly difficult (pre-university), 30–50 difficult,
//! below 30 very difficult (university). `ease_grade` reads an ease as the *highest* grade of
//! its band, the cautious reading: "grade 6 or below" needs an ease of at least 70, and
//! "grade 8 or below" at least 60.

pub mod policy;

/// Words, sentences and syllables of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

/// The language a syllable counter follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Spanish,
}

/// The words of a text: split on white space and slashes, stripped of punctuation (a hyphened
/// word such as `femoro-popliteal` stays one word); tokens with no letter or digit are dropped.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .replace('\u{2019}', "'")
        })
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Abbreviations whose full stop never ends a sentence, lower case without their last point:
/// English "e.g.", "i.e.", "Dr.", "approx." and Spanish "p. ej.", "aprox.", "Dra." ("p." counts
/// only before "ej."), and the "EE." of "EE. UU." (the United States). Counting their point as a
/// sentence end would make sentences look shorter, and the text easier, than they are.
pub const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "dr", "dra", "mr", "mrs", "ms", "prof", "approx", "vs", "cf", "sr",
    "sra", "srta", "aprox", "ej", "p.ej", "pág", "núm", "fig", "ee",
];

/// Abbreviations that end a sentence when the next word starts with a capital letter, or
/// when the text ends there ("… muscle, bone, etc. Then rest.", "… en EE. UU. Luego …"), and
/// not otherwise ("la FDA de EE. UU. desaconseja …").
pub const ABBREVIATIONS_AT_END: &[&str] = &["etc", "uu", "ee.uu"];

/// Sentences: each `.`, `!` or `?` that ends a word or a figure ("20 %."), but not the point
/// of `0.90` or `e.g.` inside a word, nor that of an abbreviation such as "e.g.", "Dr." or
/// "p. ej." (`ABBREVIATIONS`); and the words after the last of them, if any ("One. Two" is two
/// sentences). A text with none is one sentence.
pub fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let closing = |c: &char| matches!(c, ')' | '"' | '\'' | '\u{201d}' | '\u{bb}');
    let ends: Vec<usize> = (1..chars.len())
        .filter(|&i| {
            let after = chars[i + 1..].iter().find(|c| !closing(c));
            matches!(chars[i], '.' | '!' | '?')
                && !chars[i - 1].is_whitespace()
                && after.is_none_or(|c| c.is_whitespace())
                && !(chars[i] == '.' && abbreviation_point(&chars, i))
        })
        .collect();
    let tail = ends.last().map_or(0, |&i| i + 1);
    let unfinished = chars[tail..].iter().any(|c| c.is_alphanumeric());
    (ends.len() + usize::from(unfinished)).max(1)
}

/// Whether the point at `chars[i]` closes an abbreviation that does not end the sentence.
fn abbreviation_point(chars: &[char], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|c| !(c.is_alphanumeric() || *c == '.'))
        .map_or(0, |p| p + 1);
    let word: String = chars[start..i].iter().collect::<String>().to_lowercase();
    let next: String = chars[i + 1..]
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphanumeric() || **c == '.')
        .collect();
    if ABBREVIATIONS.contains(&word.as_str()) {
        return true;
    }
    // Spanish "p. ej.": the "p." before "ej.".
    if word == "p" && next.to_lowercase().starts_with("ej") {
        return true;
    }
    ABBREVIATIONS_AT_END.contains(&word.as_str())
        && next.chars().next().is_some_and(|c| !c.is_uppercase())
}

fn is_en_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// A number ("12", "0,5") counts one syllable per digit, from 1 to 3, in either language;
/// `None` for a word.
fn number_syllables(word: &str) -> Option<usize> {
    word.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        .then(|| {
            word.chars()
                .filter(char::is_ascii_digit)
                .count()
                .clamp(1, 3)
        })
}

/// Syllables of one English word (see the module doc for the rules).
pub fn english_syllables(word: &str) -> usize {
    if let Some(n) = number_syllables(word) {
        return n;
    }
    word.split('-').map(english_part).sum::<usize>().max(1)
}

fn english_part(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if w.is_empty() {
        return 0;
    }
    let s: String = w.iter().collect();
    let mut count = 0;
    let mut prev_vowel = false;
    for (i, &c) in w.iter().enumerate() {
        // `y` starting a word is a consonant (`yes`, `you`).
        let vowel = is_en_vowel(c) && !(c == 'y' && i == 0);
        if vowel && !prev_vowel {
            count += 1;
        }
        prev_vowel = vowel;
    }
    let n = w.len();
    let consonant = |i: usize| !is_en_vowel(w[i]);
    // A silent final e, -es or -ed after a consonant.
    if n >= 3 && s.ends_with('e') && consonant(n - 2) && !(s.ends_with("le") && consonant(n - 3)) {
        count -= 1;
    } else if n >= 4 && (s.ends_with("es") || s.ends_with("ed")) && consonant(n - 3) {
        let heard = s.ends_with("ted")
            || s.ends_with("ded")
            || ["ses", "zes", "xes", "ches", "shes", "ges", "ces"]
                .iter()
                .any(|e| s.ends_with(e))
            || (s.ends_with("les") && n >= 5 && consonant(n - 4));
        if !heard {
            count -= 1;
        }
    }
    // Vowel pairs heard as two syllables.
    for pair in ["ia", "eo", "ua", "uo", "iu", "io"] {
        for (i, _) in s.match_indices(pair) {
            let before = &s[..i];
            let quiet = pair == "io"
                && (before.ends_with('t') || before.ends_with('s') || before.ends_with('c'));
            let qu = pair.starts_with('u') && (before.ends_with('q') || before.ends_with('g'));
            let cia = pair == "ia" && (before.ends_with('c') || before.ends_with('t'));
            if !(quiet || qu || cia) {
                count += 1;
            }
        }
    }
    count.max(1)
}

fn es_vowel(c: char) -> Option<bool> {
    // Some(true) for a strong vowel (or an accented weak one), Some(false) for a weak one.
    match c {
        'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Some(true),
        'i' | 'u' | 'ü' => Some(false),
        _ => None,
    }
}

/// Syllables of one Spanish word (see the module doc for the rules).
pub fn spanish_syllables(word: &str) -> usize {
    if let Some(n) = number_syllables(word) {
        return n;
    }
    let w: Vec<char> = word.to_lowercase().chars().collect();
    let n = w.len();
    let mut count = 0;
    let (mut strong, mut in_group) = (0, false);
    for (i, &c) in w.iter().enumerate() {
        // `y` is a vowel only alone or ending a word after a vowel (`y`, `muy`, `hay`).
        let v = match c {
            'y' if i + 1 == n => Some(false),
            _ => es_vowel(c),
        };
        match v {
            Some(s) => {
                in_group = true;
                strong += usize::from(s);
            }
            None if in_group => {
                count += strong.max(1);
                (strong, in_group) = (0, false);
            }
            None => {}
        }
    }
    if in_group {
        count += strong.max(1);
    }
    count.max(1)
}

/// Words, sentences and syllables of `text` in `lang`.
pub fn counts(text: &str, lang: Language) -> Counts {
    let words = words(text);
    let syllables = words
        .iter()
        .map(|w| match lang {
            Language::English => english_syllables(w),
            Language::Spanish => spanish_syllables(w),
        })
        .sum();
    Counts {
        words: words.len(),
        sentences: sentences(text),
        syllables,
    }
}

/// The Flesch–Kincaid grade of an English text (0 for a text with no words).
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    let c = counts(text, Language::English);
    if c.words == 0 {
        return 0.0;
    }
    let (w, s, y) = (c.words as f64, c.sentences as f64, c.syllables as f64);
    0.39 * w / s + 11.8 * y / w - 15.59
}

/// The Fernández-Huerta reading ease of a Spanish text, higher is easier (100 for no words).
pub fn fernandez_huerta(text: &str) -> f64 {
    let c = counts(text, Language::Spanish);
    if c.words == 0 {
        return 100.0;
    }
    let (w, s, y) = (c.words as f64, c.sentences as f64, c.syllables as f64);
    206.84 - 0.60 * (100.0 * y / w) - 1.02 * (w / s)
}

/// Fernández Huerta's ease scale: the least ease of each band and the highest school grade it
/// is for (pre-university as 12, "difficult" as 14).
pub const EASE_TABLE: [(f64, u8); 6] = [
    (90.0, 4),
    (80.0, 5),
    (70.0, 6),
    (60.0, 8),
    (50.0, 12),
    (30.0, 14),
];

/// The school grade a reading ease stands for: the highest grade of its band (16, university,
/// below 30).
pub fn ease_grade(ease: f64) -> u8 {
    EASE_TABLE
        .iter()
        .find(|(least, _)| ease >= *least)
        .map_or(16, |(_, grade)| *grade)
}

/// The school grade of a text in `lang`: Flesch–Kincaid in English, Fernández-Huerta read
/// through its scale in Spanish (whole grades only).
pub fn grade(text: &str, lang: Language) -> f64 {
    match lang {
        Language::English => flesch_kincaid_grade(text),
        Language::Spanish => f64::from(ease_grade(fernandez_huerta(text))),
    }
}

/// The words of `text` with at least `min` syllables in `lang`, lower-cased.
pub fn long_words(text: &str, lang: Language, min: usize) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| match lang {
            Language::English => english_syllables(w) >= min,
            Language::Spanish => spanish_syllables(w) >= min,
        })
        .map(|w| w.to_lowercase())
        .collect()
}

#[cfg(test)]
#[path = "readability/tests.rs"]
mod tests;
