//! Reading level of the UI catalogue's patient-facing strings, English and Spanish (issue 12,
//! point 7), by the same rule as the knowledge base's texts
//! (`legcheck_engine::readability::policy`): grade 6 or below for what is read while answering
//! (start page, questions, errors, the body map, Check your answers), grade 8 or below for the
//! rest (result, care cards, notices). The clinicians' page, the ABI calculator and the
//! printout's "For your doctor" are exempt. The footer, privacy notice and accessibility
//! statement are read like the result (grade 8), and so are the artery drawing's labels,
//! whose terms the list beside the drawing explains. Every field of `Ui` must be listed here,
//! as read or as exempt, and every field of `About` and of its `Section`s as read (checked
//! against the structs' source), so a new string cannot be missed. Texts made from a value
//! (the footer's date line) are judged with every value that changes their words (each month).

use legcheck_engine::readability::policy::{check, text_grade, unexplained, Problem, SHORT_WORDS};
use legcheck_engine::readability::{counts, Language};

use super::{ui, Lang};

const ANSWERING: f64 = 6.0;
const RESULT: f64 = 8.0;

/// Fields only clinicians see (the clinicians' page, the ABI calculator, "For your doctor").
const EXEMPT: &[&str] = &[
    "clinicians_title",
    "clinicians_lead",
    "abi_title",
    "abi_hint",
    "abi_fields",
    "abi_calculate",
    "abi_leg",
    "abi_no_leg",
    "abi_categories",
    "abi_error",
    "abi_need_arm",
    "abi_check_high",
    "differential_title",
    "differential_headers",
    "documents_title",
    "knowledge_link",
    "hazard_link",
    "review_note",
    "for_doctor_title",
    "for_doctor_intro",
    "references_title",
    "confidence",
    "unit_mmhg",
    "evidence_title",
    "evidence_intro",
    "segment_map_title",
    "show_sources",
];

/// Each patient-facing string: its field, its limit and the text (placeholders filled in).
fn strings(lang: Lang) -> Vec<(&'static str, f64, String)> {
    let t = ui(lang);
    let mut out: Vec<(&'static str, f64, String)> = Vec::new();
    macro_rules! add {
        ($limit:expr; $($f:ident),* $(,)?) => { $( out.push((stringify!($f), $limit, t.$f.to_string())); )* };
    }
    macro_rules! add_all {
        ($limit:expr; $($f:ident),* $(,)?) => { $( for s in t.$f.iter() { out.push((stringify!($f), $limit, s.to_string())); } )* };
    }
    add!(ANSWERING; skip_link, language, nav_home, nav_clinicians, start_title, start_lead,
        not_diagnosis, not_diagnosis_more, emergency_notice, stays_on_device, start,
        resume, start_again, back, continue_, error_title, error_prefix, err_select,
        err_select_all, err_select_region, for_adults_title, for_adults, yes, no, dont_know,
        red_flags_title, red_flags_hint, map_instructions, map_front, map_back, map_front_note,
        map_back_note, your_left, your_right, chosen_none, check_title, change,
        see_result, not_answered, loading_title, loading_body, load_failed_title,
        load_failed_body, try_again, load_outdated_body);
    add!(RESULT; emergency_title, emergency_body, emergency_continue, clinic_step,
        result_title, result_title_shared, shared_hint, start_own, local_number, call_button,
        answers_title, dated, sooner_title, triage_default_reason, triage_unsure,
        causes_title, causes_none, causes_unclear_title, causes_unclear,
        cannot_rule_out_title, cannot_rule_out_intro, emergency_unsure, why, reasons_for,
        reasons_against, reasons_unsure, arteries_title, arteries_none, arteries_if,
        arteries_note, from_pain_in, next_steps_title, self_care_title, evidence,
        sources_title, sources_intro, source_summary, disclaimer, print, copy, copied,
        copy_failed, clear, save_device, save_device_hint, share, fhir, share_hint,
        share_ready, dismiss, notice_storage_off, notice_corrupt, notice_expired,
        notice_cleared, notice_saved, notice_bad_link, notice_link_mismatch,
        notice_link_loaded, notice_link_incomplete, notice_update_unsaved,
        notice_no_catalogue, notice_update, update_reload, not_found);
    add_all!(ANSWERING; sections);
    add!(ANSWERING; map_show);
    add!(RESULT; copy_link, share_button, link_copied, link_copy_failed, link_shared,
        share_failed, fhir_hint, answers_title_shared);
    for region in ["left_calf", "right_sole", "left_knee_back"] {
        out.push(("map_label", ANSWERING, (t.map_label)(region).to_string()));
    }
    out.push(("map_view_chosen", ANSWERING, (t.map_view_chosen)(2)));
    add_all!(RESULT; triage_heading, triage_how, number_line, triage_prefix, bands, segments);
    let calls: [(&'static str, f64, String); 15] = [
        ("progress", ANSWERING, (t.progress)(2, 5, t.sections[1])),
        ("start_for", ANSWERING, (t.start_for)([24, 37], [4, 10])),
        ("chosen", ANSWERING, (t.chosen)(2)),
        ("err_number", ANSWERING, (t.err_number)(18.0, 120.0)),
        ("err_red_flags", ANSWERING, (t.err_red_flags)(2)),
        ("leg", ANSWERING, (t.leg)(true).to_string()),
        ("region", ANSWERING, (t.region)(false, "knee_back")),
        ("site", ANSWERING, (t.site)("foot_top")),
        (
            "change_hidden",
            ANSWERING,
            (t.change_hidden)("How old are you?"),
        ),
        ("fits", RESULT, (t.fits)("Night-time leg cramps")),
        ("kb_version", RESULT, (t.kb_version)("2026.11.2")),
        ("notice_outdated", RESULT, (t.notice_outdated)(2)),
        ("notice_link_outdated", RESULT, (t.notice_link_outdated)(2)),
        ("notice_link_pruned", RESULT, (t.notice_link_pruned)(2)),
        ("emergency_title", RESULT, t.emergency_title.to_string()),
    ];
    out.extend(calls);
    // The footer, the privacy notice and the accessibility statement (text/about_en.rs,
    // about_es.rs), read like the result: grade 8 or below. Labelled `about.<field>` (and
    // `about.<field>.<Section field>`), so that the fields of `About` and `Section` are checked
    // like those of `Ui`.
    let a = &t.about;
    macro_rules! add_about {
        ($($f:ident),* $(,)?) => { $( out.push((concat!("about.", stringify!($f)), RESULT, a.$f.to_string())); )* };
    }
    add_about!(
        footer_title,
        privacy_link,
        accessibility_link,
        runs,
        runs_clinic,
        contact_clinic,
        contact_site,
        contact_none,
        privacy_title,
        privacy_lead,
        accessibility_title,
        accessibility_lead,
        questions_title
    );
    // The date line with every month's name, the longest day and a version.
    for month in 1..=12 {
        let date = format!("2026-{month:02}-28");
        out.push(("about.reviewed", RESULT, (a.reviewed)(&date, "2026.11.5")));
    }
    macro_rules! add_sections {
        ($($f:ident),* $(,)?) => { $( for section in a.$f {
            out.push((concat!("about.", stringify!($f), ".title"), RESULT, section.title.to_string()));
            for s in section.paras {
                out.push((concat!("about.", stringify!($f), ".paras"), RESULT, s.to_string()));
            }
            for s in section.items {
                out.push((concat!("about.", stringify!($f), ".items"), RESULT, s.to_string()));
            }
        } )* };
    }
    add_sections!(privacy, accessibility);
    // The artery drawing's labels, one or two words split over two lines at the hyphen
    // ("Femoro-\npopliteal"): read as the word they are ("Femoro-popliteal", Spanish
    // "Femoropoplíteas"). At under 10 words they are judged by their long words, and each
    // term must be explained by the list beside the drawing (`segments`, see the test below).
    let joined = |s: &str| match lang {
        Lang::En => s.replace('\n', ""),
        Lang::Es => s.replace("-\n", ""),
    };
    out.extend(
        t.segment_names
            .iter()
            .map(|s| ("segment_names", RESULT, joined(s))),
    );
    for (_, _, s) in &mut out {
        *s = s.replace("{number}", "112").replace("{date}", "2026-11-26");
    }
    out
}

/// The fields of the struct `name` in `text.rs`, read from its source, with their types.
fn typed_fields(name: &str) -> Vec<(String, String)> {
    let source = include_str!("../text.rs");
    let body = source
        .split(&format!("pub struct {name} {{"))
        .nth(1)
        .and_then(|s| s.split("\n}").next())
        .unwrap_or_else(|| panic!("the {name} struct"));
    body.lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(':'))
        .map(|(f, t)| (f.to_string(), t.trim().to_string()))
        .collect()
}

/// The fields of the struct `name` in `text.rs`.
fn fields(name: &str) -> Vec<String> {
    typed_fields(name).into_iter().map(|(f, _)| f).collect()
}

#[test]
fn every_ui_field_is_judged_or_exempt() {
    let judged: Vec<&str> = strings(Lang::En).iter().map(|(f, _, _)| *f).collect();
    // A field is judged when its strings are, or (a struct such as `about`) its fields' strings.
    let is_judged = |f: &str| {
        judged
            .iter()
            .any(|j| *j == f || j.strip_prefix(f).is_some_and(|r| r.starts_with('.')))
    };
    let missing: Vec<String> = fields("Ui")
        .into_iter()
        .filter(|f| !is_judged(f) && !EXEMPT.contains(&f.as_str()))
        .collect();
    assert!(missing.is_empty(), "classify these Ui fields: {missing:?}");
    // The footer's and notices' fields (`About`), and those of each of their sections.
    let about = fields("About");
    let missing: Vec<&String> = about
        .iter()
        .filter(|f| !is_judged(&format!("about.{f}")))
        .collect();
    assert!(missing.is_empty(), "judge these About fields: {missing:?}");
    let sections: Vec<String> = typed_fields("About")
        .into_iter()
        .filter(|(_, t)| t.contains("Section"))
        .map(|(f, _)| f)
        .collect();
    assert!(!sections.is_empty(), "the About fields that are sections");
    for section in sections {
        let missing: Vec<String> = fields("Section")
            .into_iter()
            .filter(|f| !is_judged(&format!("about.{section}.{f}")))
            .collect();
        assert!(
            missing.is_empty(),
            "judge these Section fields of {section}: {missing:?}"
        );
    }
}

#[test]
fn ui_strings_read_at_grade_6_while_answering_and_8_on_the_result() {
    let mut problems = Vec::new();
    // The hardest grade of the strings judged by a formula (none if every string of a group is
    // short), how many strings were judged and how many of them were short, per language and
    // limit (printed with `--nocapture`).
    type Judged = (Option<f64>, usize, usize);
    let mut worst: std::collections::BTreeMap<(&str, u8), Judged> = Default::default();
    for (lang, language) in [(Lang::En, Language::English), (Lang::Es, Language::Spanish)] {
        for (field, limit, text) in strings(lang) {
            let entry = worst.entry((lang.code(), limit as u8)).or_default();
            entry.1 += 1;
            if counts(&text, language).words >= SHORT_WORDS {
                let grade = text_grade(&text, language);
                entry.0 = Some(entry.0.map_or(grade, |g| g.max(grade)));
            } else {
                entry.2 += 1;
            }
            match check(&text, language, limit) {
                Ok(()) => {}
                Err(Problem::Grade(g)) => problems.push((
                    g - limit,
                    format!("{} {field} (grade {g:.1} > {limit}): {text}", lang.code()),
                )),
                Err(Problem::LongWords(w)) => problems.push((
                    99.0,
                    format!("{} {field} (short, hard words {w:?}): {text}", lang.code()),
                )),
            }
            // The drawing's labels are shown with the list that explains them.
            let with: &[&str] = if field == "segment_names" {
                &ui(lang).segments
            } else {
                &[]
            };
            let missing = unexplained(&text, with);
            if !missing.is_empty() {
                let line = format!(
                    "{} {field} ({missing:?} not explained): {text}",
                    lang.code()
                );
                problems.push((50.0, line));
            }
        }
    }
    problems.sort_by(|a, b| b.0.total_cmp(&a.0));
    let lines: Vec<&str> = problems.iter().map(|(_, l)| l.as_str()).collect();
    assert!(
        problems.is_empty(),
        "UI strings above their reading level (worst first):\n{}",
        lines.join("\n")
    );
    for ((code, limit), (grade, n, short)) in worst {
        let hardest = match grade {
            Some(g) => format!("hardest grade {g:.1}"),
            None => "none long enough for a grade".to_string(),
        };
        println!(
            "{code}, limit {limit}: {n} strings ({short} short, judged by their words), {hardest}"
        );
    }
}

#[test]
fn the_drawing_labels_are_terms_that_the_list_beside_them_explains() {
    for lang in [Lang::En, Lang::Es] {
        let labels: Vec<String> = strings(lang)
            .into_iter()
            .filter(|(f, _, _)| *f == "segment_names")
            .map(|(_, _, s)| s)
            .collect();
        assert_eq!(labels.len(), 3, "{lang:?}");
        // Joined as read, the first two labels are medical terms the rule recognises, so the
        // test above holds them to an explanation (the list) and is not passing them blindly.
        for label in &labels[..2] {
            assert!(!unexplained(label, &[]).is_empty(), "{lang:?} {label}");
            assert!(unexplained(label, &ui(lang).segments).is_empty(), "{label}");
        }
    }
}
