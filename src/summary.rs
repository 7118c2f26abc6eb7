//! The result as plain text, for "Copy summary as text" and for clinicians reading it in a
//! message. Pure function of the assessment; no UI.

use legcheck_engine::Assessment;

use crate::labels::{band_label, segment_label, triage_index, triage_reason};
use crate::text::{kb, ui, Lang};

/// `number` is the emergency number the care card shows.
pub fn text(lang: Lang, result: &Assessment, number: &crate::care::EmergencyNumber) -> String {
    let t = ui(lang);
    let level = triage_index(result.triage.level);
    let mut out = vec![
        format!("LegCheck – {}", t.result_title),
        String::new(),
        format!(
            "{}{}",
            t.triage_prefix[level],
            crate::care::heading(lang, result.triage.level, number)
        ),
        t.triage_how[level].to_string(),
    ];
    let triage = &result.triage;
    let unsure = triage.unsure.iter().filter(|r| !triage.set_by.contains(r));
    out.extend(
        triage
            .set_by
            .iter()
            .chain(unsure)
            .map(|r| format!("- {}", triage_reason(lang, r))),
    );
    if !result.safety_net.is_empty() {
        out.push(String::new());
        out.push(t.sooner_title.to_string());
        out.extend(
            result
                .safety_net
                .iter()
                .map(|a| format!("- {}", kb(lang, &a.text))),
        );
        out.push(crate::care::number_line(lang, number));
    }
    if !result.cannot_rule_out.is_empty() {
        out.push(String::new());
        out.push(t.cannot_rule_out_title.to_string());
        for c in &result.cannot_rule_out {
            out.push(format!("- {}", kb(lang, &c.name)));
        }
    }
    out.push(String::new());
    if result.unclear {
        out.push(t.causes_unclear_title.to_string());
        if !result.conditions.is_empty() {
            out.push(t.causes_unclear.to_string());
        }
    } else {
        out.push(t.causes_title.to_string());
    }
    for (i, c) in result.conditions.iter().enumerate() {
        out.push(format!(
            "{}. {} ({})",
            i + 1,
            kb(lang, &c.name),
            band_label(lang, c.band)
        ));
    }
    let legs = [
        (true, &result.segments.left),
        (false, &result.segments.right),
    ];
    if legs.iter().any(|(_, hits)| !hits.is_empty()) {
        out.push(String::new());
        out.push(t.arteries_title.to_string());
        for (left, hits) in legs.iter().filter(|(_, h)| !h.is_empty()) {
            let names: Vec<&str> = hits
                .iter()
                .map(|h| segment_label(lang, h.segment))
                .collect();
            out.push(format!("- {}: {}", (t.leg)(*left), names.join("; ")));
        }
    }
    if !result.next_steps.is_empty() {
        out.push(String::new());
        out.push(t.next_steps_title.to_string());
        out.extend(
            result
                .next_steps
                .iter()
                .map(|a| format!("- {}", kb(lang, &a.text))),
        );
    }
    out.push(String::new());
    out.push(t.disclaimer.to_string());
    out.push((t.kb_version)(&result.kb_version));
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use legcheck_engine::Answer;

    use super::*;

    fn summary(pairs: &[(&str, Answer)]) -> String {
        let engine = crate::engine::engine().unwrap();
        let answers: BTreeMap<String, Answer> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        let number = crate::care::emergency_number(Some("999"), None);
        text(Lang::En, &engine.evaluate(&answers), &number)
    }

    #[test]
    fn the_summary_says_the_level_the_causes_and_that_it_is_not_a_diagnosis() {
        let t = ui(Lang::En);
        let s = summary(&[("rf_sudden_cold_leg", Answer::One("yes".into()))]);
        assert!(
            s.contains("Call 999 or go to an emergency department now"),
            "{s}"
        );
        assert!(s.contains(t.triage_how[3]), "{s}");
        assert!(s.contains("1. "), "causes are numbered: {s}");
        assert!(s.contains(t.disclaimer));
        // No cause fits: the summary says so rather than list a poor fit as "possible causes".
        let unclear = summary(&[
            ("feelings", Answer::Many(vec!["urge_to_move".into()])),
            ("rls_urge", Answer::One("yes".into())),
            ("rls_rest", Answer::One("no".into())),
        ]);
        assert!(unclear.contains(t.causes_unclear_title), "{unclear}");
        assert!(!unclear.contains(t.causes_title), "{unclear}");
        // Below an emergency, the summary says what should make the person act sooner.
        assert!(unclear.contains(t.sooner_title), "{unclear}");
        assert!(unclear.contains("turns cold, pale or blue"), "{unclear}");
        assert!(unclear.contains("Emergency number: 999"), "{unclear}");
        assert!(
            !s.contains(t.sooner_title),
            "nothing is sooner than now: {s}"
        );
        // An unsure sign is listed as unsure.
        let unsure = summary(&[("rf_calf_tender", Answer::One("dont_know".into()))]);
        assert!(unsure.contains(t.triage_unsure), "{unsure}");
    }
}
