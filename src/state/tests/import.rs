//! Opening a FHIR QuestionnaireResponse from a file or a clinic's `legcheck:init`: it opens as a
//! shared result addressed to its reader, the person's own answers are kept aside and never
//! saved over; every kind of refusal changes nothing but the error summary (and tells the
//! clinic), naming the item.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::{Answer, AnswersDoc};
use legcheck_interop::embed::{parse_command, Command};
use legcheck_interop::fhir::{questionnaire_response, Problem, ANSWER_SYSTEM, QUESTIONNAIRE_URL};

use super::*;

/// A completed claudication-like journey, different from the person's own (`finished`).
pub(super) fn theirs() -> AnswerMap {
    let mut a = finished();
    a.insert("age".into(), Answer::Number(72.0));
    a
}

pub(super) fn response_text(answers: &AnswerMap, abi: Option<AbiInput>) -> String {
    let doc = AnswersDoc {
        kb_version: None,
        answers: answers.clone(),
        abi,
    };
    serde_json::to_string(&questionnaire_response(
        engine(),
        &doc,
        "2026-11-26T10:00:00Z",
    ))
    .unwrap()
}

/// The person on their own result, with their own answers.
pub(super) fn on_own_result() -> State {
    state(Route::Result, finished())
}

pub(super) fn init_with(response: &str) -> Action {
    let message = format!(
        "{{\"type\":\"legcheck:init\",\"version\":1,\"emergency_number\":\"999\",\"questionnaire_response\":{response}}}"
    );
    Action::Command(parse_command(&message).expect("the message decodes"))
}

#[test]
fn a_file_opens_as_a_result_for_its_reader_and_keeps_the_persons_own_answers() {
    let before = on_own_result();
    let (s, effects) = run(
        &before,
        Action::FileRead(Ok(response_text(&theirs(), None))),
    );
    assert_eq!(s.answers, theirs());
    assert_eq!(
        s.shared.as_ref(),
        Some(&finished()),
        "the person's own are kept aside"
    );
    assert_eq!(s.opened, Opened::File);
    assert!(s.notices.contains(&Notice::FileLoaded));
    assert!(!s.notices.contains(&Notice::LinkLoaded));
    assert_eq!(s.route, Route::Opened);
    assert!(
        effects.contains(&Effect::PushUrl(Route::Opened)),
        "Back returns to the result, and the address holds none of the answers"
    );
    assert!(
        saves(&effects).is_empty(),
        "an opened file is never saved as the person's own"
    );
    assert!(!effects.contains(&Effect::ClearStorage));
    assert!(s.import_error.is_none());
    // Saving is refused while it is open, and leaving it gives the person's own back.
    let (same, effects) = run(&s, Action::SaveOnDevice(true));
    assert!(!same.save_on_device && saves(&effects).is_empty());
    let (back, _) = run(&s, Action::Restart);
    assert_eq!(back.answers, finished());
    assert!(back.shared.is_none());
    let (back, _) = run(&s, Action::UrlChanged(Route::Result));
    assert_eq!((back.answers, back.route), (finished(), Route::Result));
}

#[test]
fn a_file_opened_over_a_shared_result_still_keeps_the_persons_own_answers() {
    let (first, _) = run(
        &on_own_result(),
        Action::FileRead(Ok(response_text(&theirs(), None))),
    );
    let mut other = theirs();
    other.insert("age".into(), Answer::Number(45.0));
    let (second, _) = run(&first, Action::FileRead(Ok(response_text(&other, None))));
    assert_eq!(second.answers, other);
    assert_eq!(second.shared.as_ref(), Some(&finished()));
    assert_eq!(
        second
            .notices
            .iter()
            .filter(|n| **n == Notice::FileLoaded)
            .count(),
        1
    );
}

#[test]
fn the_ankle_pressures_in_a_response_come_with_its_result() {
    let abi = AbiInput {
        arm_left: Some(140.0),
        arm_right: Some(138.0),
        left_dp: Some(80.0),
        left_pt: Some(84.0),
        ..AbiInput::default()
    };
    let (s, _) = run(
        &on_own_result(),
        Action::FileRead(Ok(response_text(&theirs(), Some(abi.clone())))),
    );
    assert_eq!(s.shared_abi, Some(abi));
}

/// Each kind of refusal: the item named, and nothing else changed.
#[test]
fn every_refused_file_changes_nothing_but_the_error_naming_the_item() {
    let coded = |link: &str, code: &str| {
        format!(
            "{{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"{QUESTIONNAIRE_URL}\",\"status\":\"completed\",\"item\":[{{\"linkId\":\"{link}\",\"answer\":[{{\"valueCoding\":{{\"system\":\"{ANSWER_SYSTEM}\",\"code\":\"{code}\"}}}}]}}]}}"
        )
    };
    let unasked = response_text(&theirs(), None).replacen(
        "\"item\":[",
        &format!("\"item\":[{{\"linkId\":\"ecq_uphill\",\"answer\":[{{\"valueCoding\":{{\"system\":\"{ANSWER_SYSTEM}\",\"code\":\"yes\"}}}}]}},"),
        1,
    );
    let cases: Vec<(Result<String, Refusal>, Refusal, &str)> = vec![
        (Err(Refusal::Unreadable), Refusal::Unreadable, "document"),
        (
            Err(Refusal::Refused(Problem::TooLarge)),
            Refusal::Refused(Problem::TooLarge),
            "document",
        ),
        (
            Ok("{ not json".into()),
            Refusal::Refused(Problem::NotJson),
            "document",
        ),
        (
            Ok("{\"resourceType\":\"Patient\"}".into()),
            Refusal::Refused(Problem::NotAResponse),
            "resourceType",
        ),
        (
            Ok(coded("q1", "yes")
                .replace(QUESTIONNAIRE_URL, "http://example.org/Questionnaire/phq-9")),
            Refusal::Refused(Problem::Foreign),
            "questionnaire",
        ),
        (
            Ok(coded("favourite_colour", "blue")),
            Refusal::Refused(Problem::UnknownItem),
            "favourite_colour",
        ),
        (
            Ok(coded("ecq_walk_pain", "maybe")),
            Refusal::Refused(Problem::BadAnswer),
            "ecq_walk_pain",
        ),
        (
            Ok(unasked),
            Refusal::Refused(Problem::NotAsked),
            "ecq_uphill",
        ),
    ];
    let before = on_own_result();
    for (text, refusal, item) in cases {
        let (s, effects) = run(&before, Action::FileRead(text.clone()));
        let failure = s.import_error.clone().expect("refused");
        assert_eq!(
            (failure.refusal, failure.item.as_str()),
            (refusal, item),
            "{text:?}"
        );
        assert_eq!(failure.from, Opened::File);
        assert_eq!(
            State {
                import_error: None,
                ..s
            },
            before,
            "{text:?} changed the state"
        );
        assert!(
            effects.iter().all(|e| matches!(e, Effect::Warn(_))),
            "{text:?}: {effects:?}"
        );
    }
}

#[test]
fn the_error_stays_until_the_screen_changes_and_takes_focus_again_on_each_attempt() {
    let (once, _) = run(&on_own_result(), Action::FileRead(Ok("[]".into())));
    let (twice, _) = run(&once, Action::FileRead(Ok("[]".into())));
    let attempts = |s: &State| s.import_error.as_ref().map(|f| f.attempt);
    assert_eq!(attempts(&once), Some(0));
    assert_eq!(attempts(&twice), Some(1));
    let (elsewhere, _) = run(&twice, Action::UrlChanged(Route::Clinicians));
    assert!(elsewhere.import_error.is_none());
    // A good file after a bad one clears the error.
    let (good, _) = run(&twice, Action::FileRead(Ok(response_text(&theirs(), None))));
    assert!(good.import_error.is_none());
}

#[test]
fn a_clinics_response_opens_its_result_and_the_clinic_is_sent_it() {
    let before = state(Route::Start, finished());
    let (s, effects) = run(&before, init_with(&response_text(&theirs(), None)));
    assert_eq!(s.answers, theirs());
    assert_eq!(s.shared.as_ref(), Some(&finished()));
    assert_eq!(s.opened, Opened::Clinic);
    assert!(s.notices.contains(&Notice::ClinicLoaded));
    assert_eq!(s.clinic.emergency_number.as_deref(), Some("999"));
    assert!(effects.contains(&Effect::SendResult));
    assert!(saves(&effects).is_empty());
}

/// A response whose text breaks a file's rules (a key given twice, more than 5,000 objects and
/// lists) is refused to the clinic with `legcheck:error` naming the problem, and shown to the
/// person, while the message's settings (the emergency number) still apply: before, the
/// whole message was refused with no error event. Its answers are not read, so the clinic is
/// told its emergency signs are unknown (`emergency: null`), never that there are none.
#[test]
fn a_clinics_malformed_response_is_refused_to_the_clinic_and_the_settings_still_apply() {
    let before = state(Route::Start, finished());
    let doubled = response_text(&theirs(), None).replacen(
        "\"resourceType\":\"QuestionnaireResponse\"",
        "\"resourceType\":\"QuestionnaireResponse\",\"resourceType\":\"QuestionnaireResponse\"",
        1,
    );
    assert_ne!(doubled, response_text(&theirs(), None));
    let many = format!(
        "{{\"x\":[{}{{}}]}}",
        "{},".repeat(legcheck_interop::fhir::MAX_ELEMENTS)
    );
    for (bad, says) in [(doubled, "twice"), (many, "objects and lists")] {
        let (s, effects) = run(&before, init_with(&bad));
        let failure = s.import_error.clone().expect("refused");
        assert_eq!(
            (failure.from, failure.item.as_str()),
            (Opened::Clinic, "document")
        );
        assert!(
            effects.iter().any(
                |e| matches!(e, Effect::SendError { item, message, emergency: None }
                if item == "document" && message.contains(says))
            ),
            "{says}: {effects:?}"
        );
        assert_eq!(s.answers, finished());
        assert!(s.shared.is_none());
        assert_eq!(s.clinic.emergency_number.as_deref(), Some("999"));
    }
}

#[test]
fn a_clinics_bad_response_is_refused_to_the_clinic_and_shown_to_the_person() {
    let before = state(Route::Start, finished());
    let bad =
        response_text(&theirs(), None).replace("\"valueInteger\":72", "\"valueInteger\":\"old\"");
    let (s, effects) = run(&before, init_with(&bad));
    let failure = s.import_error.clone().expect("refused");
    assert_eq!(
        (failure.from, failure.item.as_str()),
        (Opened::Clinic, "age")
    );
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::SendError { item, .. } if item == "age")));
    // The person's answers are untouched, and the clinic's valid settings still apply.
    assert_eq!(s.answers, finished());
    assert!(s.shared.is_none());
    assert_eq!(s.route, Route::Start);
    assert_eq!(s.clinic.emergency_number.as_deref(), Some("999"));
    assert!(saves(&effects).is_empty());
    // Not JSON an object at all: still refused naming where.
    let (s, _) = run(&before, init_with("\"a string\""));
    assert_eq!(s.import_error.map(|f| f.item), Some("resourceType".into()));
    // An init without a response opens nothing.
    let (s, _) = run(
        &before,
        Action::Command(Command::Init(Box::default(), None)),
    );
    assert!(s.shared.is_none() && s.import_error.is_none());
}
