//! The result as plain text, for "Copy summary as text" and for clinicians reading it in a
//! message. Pure function of the assessment; no UI.

use legcheck_engine::Assessment;

use crate::labels::{band_label, segment_label, triage_index, triage_reason};
use crate::text::{kb, ui, Lang};

pub fn text(lang: Lang, result: &Assessment) -> String {
    let t = ui(lang);
    let level = triage_index(result.triage.level);
    let mut out = vec![
        format!("LegCheck – {}", t.result_title),
        String::new(),
        format!("{}{}", t.triage_prefix[level], t.triage_heading[level]),
    ];
    out.extend(
        result
            .triage
            .set_by
            .iter()
            .map(|r| format!("- {}", triage_reason(lang, r))),
    );
    out.push(String::new());
    out.push(t.causes_title.to_string());
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
