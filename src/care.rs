//! Pure: how the care cards say to get care. The emergency number to show and call: the
//! embedding clinic's (`legcheck:init` only), else the one for the browser's region, else 112,
//! which works from mobile phones across Europe and in many other countries. A browser's
//! language is only a guess at where the person is, so a number that is not the clinic's is
//! named with "or your local emergency number". And the cards' words with that number in them.

use legcheck_engine::Triage;

use crate::labels::triage_index;
use crate::text::{ui, Lang};

/// Regions (ISO 3166-1) whose usual emergency number is not 112.
const NUMBERS: [(&str, &str); 6] = [
    ("GB", "999"),
    ("US", "911"),
    ("CA", "911"),
    ("MX", "911"),
    ("AU", "000"),
    ("NZ", "111"),
];

/// The number when nothing says otherwise.
pub const DEFAULT_NUMBER: &str = "112";

/// The region of a browser language tag (`en-GB` -> `GB`, `zh-Hant-TW` -> `TW`); `None` when
/// the tag names none (`en`, `es-419`).
pub fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        // A single letter starts an extension (`de-u-ca-...`): no region after it.
        .take_while(|s| s.len() > 1)
        .find(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
}

/// The emergency number to show and call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyNumber {
    /// Digits, with an optional leading `+`.
    pub digits: String,
    /// The embedding clinic gave it: named as it is, without "or your local number".
    pub from_clinic: bool,
}

/// The emergency number: the clinic's, else the region's, else 112.
pub fn emergency_number(clinic: Option<&str>, region: Option<&str>) -> EmergencyNumber {
    if let Some(number) = clinic {
        return EmergencyNumber {
            digits: number.to_string(),
            from_clinic: true,
        };
    }
    let digits = region
        .and_then(|r| NUMBERS.iter().find(|(code, _)| *code == r))
        .map_or(DEFAULT_NUMBER, |(_, number)| number);
    EmergencyNumber {
        digits: digits.to_string(),
        from_clinic: false,
    }
}

/// The number in a sentence: "999", or "112 (or your local emergency number)".
fn named(lang: Lang, number: &EmergencyNumber) -> String {
    if number.from_clinic {
        number.digits.clone()
    } else {
        ui(lang).local_number.replace("{number}", &number.digits)
    }
}

/// The care card's heading for a level: when to get care, with the number for an emergency.
pub fn heading(lang: Lang, level: Triage, number: &EmergencyNumber) -> String {
    ui(lang).triage_heading[triage_index(level)].replace("{number}", &named(lang, number))
}

/// The emergency page's heading.
pub fn emergency_title(lang: Lang, number: &EmergencyNumber) -> String {
    ui(lang)
        .emergency_title
        .replace("{number}", &named(lang, number))
}

/// The number under a safety net: "Emergency number: 112 (or your local emergency number)".
pub fn number_line(lang: Lang, number: &EmergencyNumber) -> String {
    ui(lang).number_line[usize::from(!number.from_clinic)].replace("{number}", &number.digits)
}

/// The tap-to-call button's words, and its `tel:` address (the number is checked to be digits
/// with an optional `+` wherever it comes from).
pub fn call(lang: Lang, number: &EmergencyNumber) -> (String, String) {
    (
        ui(lang).call_button.replace("{number}", &number.digits),
        format!("tel:{}", number.digits),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_come_from_the_language_tag() {
        for (tag, region) in [
            ("en-GB", Some("GB")),
            ("en-gb", Some("GB")),
            ("es_MX", Some("MX")),
            ("zh-Hant-TW", Some("TW")),
            ("de-u-ca-gregory", None),
            ("en-GB-u-ca-gregory", Some("GB")),
            ("en", None),
            ("es-419", None),
            ("", None),
        ] {
            assert_eq!(region_of(tag).as_deref(), region, "{tag}");
        }
    }

    fn guessed(digits: &str) -> EmergencyNumber {
        EmergencyNumber {
            digits: digits.into(),
            from_clinic: false,
        }
    }

    #[test]
    fn the_clinic_number_wins_then_the_region_then_112() {
        let clinic = emergency_number(Some("999"), Some("US"));
        assert_eq!((clinic.digits.as_str(), clinic.from_clinic), ("999", true));
        assert_eq!(emergency_number(None, Some("GB")), guessed("999"));
        assert_eq!(emergency_number(None, Some("US")), guessed("911"));
        assert_eq!(emergency_number(None, Some("AU")), guessed("000"));
        assert_eq!(emergency_number(None, Some("ES")), guessed("112"));
        assert_eq!(emergency_number(None, None), guessed("112"));
        // Every number in the table is one the embedding API would accept from a clinic.
        for (_, number) in NUMBERS {
            assert!(legcheck_interop::embed::is_emergency_number(number));
        }
    }

    #[test]
    fn every_heading_names_when_and_the_emergency_one_names_the_number() {
        let clinic = EmergencyNumber {
            digits: "999".into(),
            from_clinic: true,
        };
        for lang in [Lang::En, Lang::Es] {
            let t = ui(lang);
            let emergency = heading(lang, Triage::Emergency, &clinic);
            assert!(
                emergency.contains("999") && !emergency.contains('{'),
                "{emergency}"
            );
            // A number guessed from the browser's language also says "or your local one".
            let local = t.local_number.replace("{number}", "");
            let guess = emergency_title(lang, &guessed("911"));
            assert!(
                guess.contains("911") && guess.contains(local.trim()),
                "{guess}"
            );
            assert!(!emergency_title(lang, &clinic).contains('('));
            assert!(number_line(lang, &clinic).ends_with("999"));
            let line = number_line(lang, &guessed("112"));
            assert!(line.contains("112 (") && line.ends_with(')'), "{line}");
            assert_eq!(call(lang, &guessed("000")).1, "tel:000");
            assert!(call(lang, &guessed("000")).0.ends_with("000"));
            // A timeframe or "now" in every heading but self-care's, whose "how" has it.
            for (level, when) in [
                (Triage::Routine, ["2 weeks", "2 semanas"]),
                (Triage::Urgent, ["today", "hoy"]),
                (Triage::Emergency, ["now", "ahora"]),
            ] {
                let h = heading(lang, level, &guessed("112"));
                assert!(when.iter().any(|w| h.contains(w)), "{h}");
            }
            assert!(["2 weeks", "2 semanas"]
                .iter()
                .any(|w| t.triage_how[0].contains(w)));
            assert!(t.triage_how.iter().all(|h| !h.is_empty()));
        }
    }
}
