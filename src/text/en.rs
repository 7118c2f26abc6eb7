//! The English UI strings.

use super::{fixed2, num, Ui};

fn en_progress(n: usize, total: usize, section: &str) -> String {
    format!("Part {n} of {total}: {section}")
}
fn en_start_for([few, many]: [u32; 2], [quick, slow]: [u32; 2]) -> String {
    format!("It is for adults with leg cramps or leg pain. Most people answer {few} to {many} short questions. This takes about {quick} to {slow} minutes.")
}
fn en_err_number(min: f64, max: f64) -> String {
    format!("Enter a number from {} to {}", num(min), num(max))
}
fn en_err_red_flags(n: usize) -> String {
    match n {
        1 => "Answer the question that is still open".into(),
        n => format!("Answer the {n} questions that are still open"),
    }
}
fn en_leg(left: bool) -> &'static str {
    if left {
        "Your left leg"
    } else {
        "Your right leg"
    }
}
fn en_site(site: &str) -> &'static str {
    match site {
        "buttock" => "buttock",
        "hip" => "hip",
        "groin" => "groin",
        "thigh_front" => "front of thigh",
        "thigh_back" => "back of thigh",
        "knee" => "knee",
        "knee_back" => "back of knee",
        "shin" => "shin",
        "calf" => "calf",
        "ankle" => "ankle",
        "heel" => "back of heel",
        "foot_top" => "top of foot",
        "sole" => "sole of foot",
        "toes" => "toes",
        _ => "leg",
    }
}
fn en_site_name(site: &str) -> String {
    en_site(site).to_string()
}
fn en_region(left: bool, site: &str) -> String {
    format!(
        "Your {} {}",
        if left { "left" } else { "right" },
        en_site(site)
    )
}
fn en_map_label(site: &str) -> &'static str {
    match site {
        "buttock" => "Buttock",
        "hip" => "Hip",
        "groin" => "Groin",
        "thigh_front" => "Front of thigh",
        "thigh_back" => "Back of thigh",
        "knee" => "Knee",
        "knee_back" => "Back of knee",
        "shin" => "Shin",
        "calf" => "Calf",
        "ankle" => "Ankle",
        "heel" => "Heel",
        "foot_top" => "Top of foot",
        "sole" => "Sole",
        "toes" => "Toes",
        _ => "Leg",
    }
}
fn en_view_chosen(n: usize) -> String {
    match n {
        0 => "None chosen".into(),
        n => format!("{n} chosen"),
    }
}
fn en_chosen(n: usize) -> String {
    match n {
        1 => "You have chosen 1 place:".into(),
        n => format!("You have chosen {n} places:"),
    }
}
fn en_change_hidden(q: &str) -> String {
    format!(" your answer to: {q}")
}
fn en_fits(name: &str) -> String {
    format!("Your answers fit: {name}")
}
fn en_kb_version(v: &str) -> String {
    format!("Knowledge base version {v}")
}
fn en_outdated(n: usize) -> String {
    match n {
        0 => "LegCheck has been updated since you saved your answers. They all still apply.".into(),
        1 => "LegCheck has been updated since you saved your answers. 1 answer needs to be given again.".into(),
        n => format!("LegCheck has been updated since you saved your answers. {n} answers need to be given again."),
    }
}
fn en_link_outdated(n: usize) -> String {
    match n {
        0 => "This link was made with another version of LegCheck. Its answers still apply, but the result may differ from what its sender saw.".into(),
        1 => "This link was made with another version of LegCheck. 1 of its answers is no longer asked, so it was left out.".into(),
        n => format!("This link was made with another version of LegCheck. {n} of its answers are no longer asked, so they were left out."),
    }
}
fn en_link_pruned(n: usize) -> String {
    match n {
        1 => "1 answer in this link is one LegCheck would not ask, so it was left out.".into(),
        n => format!(
            "{n} answers in this link are ones LegCheck would not ask, so they were left out."
        ),
    }
}
fn en_abi_leg(left: bool, value: f64, category: &str) -> String {
    format!(
        "{}: ABI {} ({category})",
        if left { "Left leg" } else { "Right leg" },
        fixed2(value)
    )
}
fn en_confidence(label: &str) -> &'static str {
    match label {
        "confirmed" => "confirmed",
        "partly_confirmed" => "partly confirmed",
        _ => "not confirmed",
    }
}
fn en_abi_no_leg(left: bool) -> String {
    format!(
        "{}: no ankle pressure entered",
        if left { "Left leg" } else { "Right leg" }
    )
}
fn en_abi_error(field: &str, min: f64, max: f64) -> String {
    format!(
        "{field}: enter a pressure from {} to {} mmHg",
        num(min),
        num(max)
    )
}

pub const EN: Ui = Ui {
    skip_link: "Skip to main content",
    language: "Language",
    nav_home: "LegCheck home",
    nav_clinicians: "For clinicians",
    start_title: "Check your leg pain or cramps",
    start_lead: "Answer some questions and mark where it hurts. LegCheck suggests how soon to get care, what might be causing it, and what to ask your doctor.",
    start_for: en_start_for,
    not_diagnosis: "This is not a diagnosis.",
    not_diagnosis_more: " LegCheck is a decision aid. It cannot examine you.",
    emergency_notice: "In an emergency call your local emergency number.",
    stays_on_device: "Your answers stay on this device. Nothing is sent anywhere unless you choose to share it.",
    start: "Start",
    resume: "Continue where you left off",
    start_again: "Start again",
    back: "Back",
    continue_: "Continue",
    progress: en_progress,
    error_title: "There is a problem",
    error_prefix: "Error: ",
    err_select: "Select an answer to continue",
    err_select_all: "Select all that apply, or the option that says none apply",
    err_select_region: "Select at least one place where you feel it",
    err_number: en_err_number,
    for_adults_title: "LegCheck is for adults",
    for_adults: "LegCheck was written for people aged 18 or over. It cannot help with leg pain in a child or teenager. For advice, contact a GP or NHS 111. Call your local emergency number if they are very unwell, or cannot move or feel their leg. If you entered the wrong age, change it below.",
    err_red_flags: en_err_red_flags,
    yes: "Yes",
    no: "No",
    dont_know: "I don't know",
    red_flags_title: "First, do you have any of these warning signs?",
    red_flags_hint: "Answer each question. If you are not sure, choose \"I don't know\".",
    emergency_title: "Call {number} now",
    emergency_body: "What you describe can be an emergency. Do not wait to see if it gets better. If you cannot call, go to the nearest emergency department.",
    emergency_continue: "Continue the questions for information",
    clinic_step: "From the clinic whose website you are on:",
    map_instructions: "Tap the places on the picture. Use the buttons to see the front or the back. You can also tick them in the lists below.",
    map_show: "Which side of the body to show",
    map_front: "Front (facing you)",
    map_back: "Back (seen from behind)",
    map_front_note: "Front view, facing you: your right leg is on the left of the picture.",
    map_back_note: "Back view, seen from behind: your left leg is on the left of the picture.",
    your_left: "Your left",
    your_right: "Your right",
    leg: en_leg,
    region: en_region,
    site: en_site_name,
    map_label: en_map_label,
    map_view_chosen: en_view_chosen,
    chosen: en_chosen,
    chosen_none: "Nothing chosen yet.",
    check_title: "Check your answers",
    change: "Change",
    change_hidden: en_change_hidden,
    see_result: "See your result",
    result_title: "Your result",
    result_title_shared: "Result from a shared link",
    shared_hint: "Someone shared these answers in a link. The advice on this page is written to the person who answered, and their answers are listed at the end. Nothing is saved on this device, and your own answers are kept as they were.",
    start_own: "Leave this result and go to your own answers",
    triage_heading: [
        "You can probably look after this yourself",
        "Book an appointment with a GP within 2 weeks",
        "Get help today",
        "Call {number} or go to an emergency department now",
    ],
    triage_how: [
        "If it is not better in 2 weeks, book an appointment with a GP.",
        "Show the GP your answers: you can print or copy your result below.",
        "Call your GP surgery and ask to be seen today. If it is closed, call NHS 111 or go to an urgent treatment centre.",
        "If you cannot call, go to the nearest emergency department. Do not drive yourself.",
    ],
    local_number: "{number} (or your local emergency number)",
    number_line: ["Emergency number: {number}", "Emergency number: {number} (or your local emergency number)"],
    call_button: "Call {number}",
    sooner_title: "Get help sooner if:",
    answers_title: "Your answers",
    dated: "Printed or copied on {date}",
    sections: ["About you", "Warning signs and your health", "Where it hurts", "Your symptoms", "Your health and medicines"],
    not_answered: "Not answered",
    triage_prefix: ["Self-care advice: ", "Non-urgent advice: ", "Urgent advice: ", "Immediate action required: "],
    triage_default_reason: "Your answers did not clearly match one cause, so a health professional should look at your legs.",
    triage_unsure: "You were not sure about this warning sign.",
    fits: en_fits,
    causes_title: "Possible causes",
    causes_none: "Your answers did not point to one cause.",
    causes_unclear_title: "LegCheck cannot tell what this is",
    causes_unclear: "None of the causes LegCheck knows fits your answers well, so it cannot say what this is. Follow the advice for your result: a doctor needs to ask you more and examine your legs. These came closest, but each fits poorly:",
    emergency_unsure: "You were not sure about these warning signs:",
    cannot_rule_out_title: "Cannot be ruled out",
    cannot_rule_out_intro: "You were not sure about a warning sign, so LegCheck cannot rule these out. They make your result more urgent:",
    bands: ["Less likely", "Possible", "Strong match", "Needs urgent checking"],
    why: "Why?",
    reasons_for: "Answers that point to it",
    reasons_against: "Answers that point away from it",
    reasons_unsure: "Answers you were not sure about",
    arteries_title: "Arteries that may be involved",
    arteries_none: "Your answers do not suggest narrowed arteries, so no artery is marked.",
    arteries_if: "If your walking pain comes from narrowed arteries, where it hurts points to which ones:",
    arteries_note: "This is a guide for your doctor, not a result. Only a doctor's check and tests can show if the arteries are the cause, and which ones.",
    segments: [
        "Arteries in the tummy and pelvis (aorto-iliac)",
        "Arteries of the thigh and behind the knee (femoro-popliteal)",
        "Arteries of the lower leg and foot (tibial)",
    ],
    segment_names: ["Aorto-\niliac", "Femoro-\npopliteal", "Tibial"],
    from_pain_in: "from pain in the",
    next_steps_title: "What to ask your doctor",
    self_care_title: "Things you can do yourself",
    evidence: "Evidence: ",
    references_title: "References",
    evidence_title: "Sources and how well each is confirmed",
    evidence_intro: "Every source the knowledge base cites, with its code, as labelled in LegCheck's clinical reference. Where a source or mapping is not confirmed, the knowledge base says so rather than claim certainty.",
    show_sources: |n| format!("Show all {n} sources"),
    segment_map_title: "Body-map site to arterial segment, and how sure the sources are",
    sources_title: "Where this advice comes from",
    sources_intro: "LegCheck's advice comes from NHS and NICE guidance, medical guidelines and published research, listed here. The printout adds the reference codes and how well each is confirmed, for your doctor.",
    source_summary: "LegCheck's summary of the research on leg cramps and leg pain",
    for_doctor_title: "For your doctor",
    for_doctor_intro: "The references cited in this result, with how well each is confirmed in LegCheck's clinical reference notes, and how certain the link from pain site to artery is.",
    confidence: en_confidence,
    kb_version: en_kb_version,
    disclaimer: "LegCheck is a decision aid, not a diagnosis. It cannot examine you. If you think you are having an emergency, call your local emergency number now.",
    print: "Print or save as PDF",
    copy: "Copy summary as text",
    copied: "The summary has been copied. You can paste it into a message or a note.",
    copy_failed: "Your browser did not allow copying. Select the summary text and copy it yourself.",
    clear: "Clear my answers",
    save_device: "Save on this device to continue later",
    save_device_hint: "Your answers are kept on this device for 30 days. Anyone using this device could see them.",
    share: "Create a share link",
    fhir: "Download the answers as a file for your clinic's computer system",
    share_hint: "The answers are in the link itself, after the # sign, so they are not sent to any server. Anyone with the link can see them.",
    share_ready: "Your share link:",
    dismiss: "Dismiss",
    notice_storage_off: "Your browser is not letting LegCheck store anything. If you reload or close this page, your answers will be lost.",
    notice_corrupt: "We could not read your saved answers, so we have started again.",
    notice_expired: "Your saved answers were more than 30 days old, so we have started again.",
    notice_outdated: en_outdated,
    notice_cleared: "Your answers have been cleared from this device.",
    notice_saved: "Your answers are saved on this device for 30 days.",
    notice_bad_link: "This link is damaged or incomplete, so it cannot be opened. Your own answers have not been changed.",
    notice_link_mismatch: "The answers in this link do not fit this version of LegCheck, so it cannot be opened. Your own answers have not been changed.",
    notice_link_loaded: "You are looking at answers from a share link.",
    notice_link_outdated: en_link_outdated,
    notice_link_pruned: en_link_pruned,
    notice_link_incomplete: "The answers in this link stop before all the questions were answered, so this result may miss something.",
    notice_update_unsaved: "A new version of LegCheck is available. Reloading now would lose the answers on this screen, because they cannot be stored here.",
    notice_no_catalogue: "The questions and advice could not be loaded in this language, so they are shown in English.",
    notice_update: "A new version of LegCheck is available. Your answers are saved and will be kept.",
    update_reload: "Reload to update",
    clinicians_title: "For clinicians",
    clinicians_lead: "Tools and sources behind LegCheck. The knowledge base is plain data that can be reviewed without reading code.",
    abi_title: "Ankle-brachial index (ABI) calculator",
    abi_hint: "Systolic pressures in mmHg. Each leg's ABI is the higher of its dorsalis pedis (DP) and posterior tibial (PT) pressures divided by the higher arm pressure (2016 AHA/ACC).",
    abi_fields: [
        "Left arm (brachial)",
        "Right arm (brachial)",
        "Left ankle, dorsalis pedis (DP)",
        "Left ankle, posterior tibial (PT)",
        "Right ankle, dorsalis pedis (DP)",
        "Right ankle, posterior tibial (PT)",
    ],
    abi_calculate: "Calculate ABI",
    abi_leg: en_abi_leg,
    abi_no_leg: en_abi_no_leg,
    abi_categories: [
        "abnormal: 0.90 or less",
        "borderline: 0.91 to 0.99",
        "normal: 1.00 to 1.40",
        "noncompressible: over 1.40, use the toe-brachial index",
    ],
    abi_error: en_abi_error,
    abi_need_arm: "Enter at least one arm pressure",
    abi_check_high: "Check these pressures: an ABI above 2.00 is unusual even for stiff arteries, and may mean a pressure is in the wrong box or mistyped.",
    differential_title: "Claudication and its mimics (ACC/AHA, TASC II)",
    differential_headers: ["Condition", "Location", "Character", "Effect of exercise", "Effect of rest", "Effect of position"],
    documents_title: "Documents",
    knowledge_link: "The knowledge base (questions, rules, references)",
    hazard_link: "The clinical safety hazard log",
    review_note: "The Spanish clinical text awaits review by a Spanish-speaking clinician.",
    not_found: "Page not found",
    loading_title: "Getting the questions ready",
    loading_body: "This takes a moment.",
    load_failed_title: "The questions could not be loaded",
    load_failed_body: "Check that you are connected to the internet, then try again. Nothing you entered has been lost.",
    try_again: "Try again",
    load_outdated_body: "LegCheck has been updated since this page was opened. Reload the page to get the new version. Nothing you entered has been lost.",
    unit_mmhg: "mmHg",
    copy_link: "Copy link",
    share_button: "Share",
    link_copied: "The link has been copied. You can paste it into a message or an email.",
    link_copy_failed: "Your browser did not allow copying. Select the link in the box above and copy it yourself.",
    link_shared: "The link has been shared.",
    share_failed: "The link could not be shared. Copy it instead.",
    fhir_hint: "For the clinic: the file is a FHIR QuestionnaireResponse, which many health record systems can read. This button saves it on this device and sends nothing.",
    answers_title_shared: "The answers in this link",
    about: &super::about_en::ABOUT,
};
