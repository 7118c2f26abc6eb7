//! The result as plain text, for "Copy summary as text" and for clinicians reading it in a
//! message, with the date and the answers behind it, grouped by section ("I don't know" shown
//! as such). Pure functions of the assessment and the answers; no UI.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::{Assessment, Engine};

use crate::labels::{band_label, section_index, segment_label, triage_index, triage_reason};
use crate::text::{kb, ui, Lang};

/// `number` is the emergency number the care card shows.
/// The answers given, in asking order, grouped by section: each section's title, and each
/// question with its answer in words.
pub fn answered(
    lang: Lang,
    engine: &Engine,
    answers: &AnswerMap,
) -> Vec<(&'static str, Vec<(String, String)>)> {
    let t = ui(lang);
    let mut out: Vec<(&'static str, Vec<(String, String)>)> = Vec::new();
    for q in engine.active_questions(answers) {
        // A question the flow asks but that has no answer (a share link made before a later
        // knowledge base asked more) says so, rather than vanish from what a clinician reads.
        let a = answers.get(&q.id).map_or_else(
            || t.not_answered.to_string(),
            |a| crate::labels::answer_text(lang, q, a),
        );
        let section = t.sections[section_index(q.stage)];
        let row = (kb(lang, &q.text), a);
        match out.last_mut() {
            Some((title, rows)) if *title == section => rows.push(row),
            _ => out.push((section, vec![row])),
        }
    }
    out
}

/// Adds a section: a blank line, its title and its items as "- item"; nothing when there are
/// no items. Says whether it added one.
fn list(out: &mut Vec<String>, title: &str, items: impl Iterator<Item = String>) -> bool {
    let items: Vec<String> = items.map(|i| format!("- {i}")).collect();
    if items.is_empty() {
        return false;
    }
    out.push(String::new());
    out.push(title.to_string());
    out.extend(items);
    true
}

/// The summary; `date` is the day it was made (`YYYY-MM-DD`), `number` the emergency number
/// the care card shows; `shared` when the answers came in a share link (someone else's, so the
/// titles do not say "your").
pub fn text(
    lang: Lang,
    result: &Assessment,
    number: &crate::care::EmergencyNumber,
    answers: &[(&'static str, Vec<(String, String)>)],
    date: &str,
    shared: bool,
) -> String {
    let t = ui(lang);
    let level = triage_index(result.triage.level);
    let (title, answers_title) = if shared {
        (t.result_title_shared, t.answers_title_shared)
    } else {
        (t.result_title, t.answers_title)
    };
    let mut out = vec![
        format!("LegCheck – {title}"),
        t.dated.replace("{date}", date),
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
    if list(
        &mut out,
        t.sooner_title,
        result.safety_net.iter().map(|a| kb(lang, &a.text)),
    ) {
        out.push(crate::care::number_line(lang, number));
    }
    list(
        &mut out,
        t.cannot_rule_out_title,
        result.cannot_rule_out.iter().map(|c| kb(lang, &c.name)),
    );
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
    list(
        &mut out,
        t.next_steps_title,
        result.next_steps.iter().map(|a| kb(lang, &a.text)),
    );
    if !answers.is_empty() {
        out.push(String::new());
        out.push(answers_title.to_string());
        for (section, rows) in answers {
            out.push(format!("{section}:"));
            out.extend(rows.iter().map(|(q, a)| format!("- {q} — {a}")));
        }
    }
    out.push(String::new());
    out.push(t.disclaimer.to_string());
    out.push((t.kb_version)(&result.kb_version));
    out.join("\n")
}

#[cfg(test)]
mod tests {

    use legcheck_engine::Answer;

    use super::*;

    fn summary(pairs: &[(&str, Answer)]) -> String {
        summary_of(pairs, false)
    }

    fn summary_of(pairs: &[(&str, Answer)], shared: bool) -> String {
        let engine = crate::engine::engine();
        let answers: AnswerMap = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        let number = crate::care::emergency_number(Some("999"), None);
        let given = answered(Lang::En, engine, &answers);
        text(
            Lang::En,
            &engine.evaluate(&answers),
            &number,
            &given,
            "2026-11-26",
            shared,
        )
    }

    /// Copied from a shared result, the summary is someone else's: no "Your result".
    #[test]
    fn a_summary_copied_from_a_shared_result_does_not_say_your() {
        let t = ui(Lang::En);
        let pairs = [("rf_calf_tender", Answer::One("dont_know".into()))];
        let own = summary_of(&pairs, false);
        assert!(
            own.starts_with(&format!("LegCheck – {}", t.result_title)),
            "{own}"
        );
        let shared = summary_of(&pairs, true);
        assert!(
            shared.starts_with(&format!("LegCheck – {}", t.result_title_shared)),
            "{shared}"
        );
        assert!(shared.contains(t.answers_title_shared), "{shared}");
        assert!(
            !shared.contains(t.result_title) && !shared.contains(t.answers_title),
            "{shared}"
        );
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
        // The date, and the answers grouped by section, "I don't know" shown as such.
        assert!(
            unsure.contains("Printed or copied on 2026-11-26"),
            "{unsure}"
        );
        assert!(unsure.contains(t.answers_title), "{unsure}");
        assert!(unsure.contains(&format!("{}:", t.sections[1])), "{unsure}");
        assert!(
            unsure.contains(
                "tenderness in one calf or thigh, that is there even when you rest? — I don't know"
            ),
            "{unsure}"
        );
        assert!(
            s.contains(
                "- Has one leg or foot suddenly become cold, pale or blue, numb or weak? — Yes"
            ),
            "{s}"
        );
        // Questions the flow asks that have no answer are said to be unanswered, never dropped.
        assert!(s.contains(&format!("? — {}", t.not_answered)), "{s}");
    }
}
