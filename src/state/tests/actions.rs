//! The state machine's other actions: starting, resuming, changing an answer, languages, a
//! clinic's commands, start again, clear, notices and updates, and what a clinic is told.

use legcheck_engine::Answer;
use legcheck_interop::embed::{ClinicLink, Command, Settings};

use super::*;

// --- The other actions --------------------------------------------------------------------

#[test]
fn starting_resuming_and_changing_an_answer() {
    let (s, effects) = run(&State::default(), Action::Start);
    assert_eq!(s.route, Route::Question("age".into()), "age first");
    assert!(effects.contains(&Effect::PushUrl(s.route.clone())));
    // Start pressed while the knowledge base was on its way: the wait already has its own
    // entry in the history (boot), which the first question takes over.
    let (in_place, effects) = run(&State::default(), Action::StartInPlace);
    assert_eq!(in_place.route, s.route);
    assert!(effects.contains(&Effect::ReplaceUrl(s.route.clone())));
    assert!(!effects.iter().any(|e| matches!(e, Effect::PushUrl(_))));
    let (s, _) = run(&state(Route::Start, finished()), Action::Start);
    assert_eq!(s.route, Route::Check, "resume where the person left off");
    // Change on a red-flag screen answer goes to that screen, and back to Check after.
    let (s, _) = run(
        &state(Route::Check, finished()),
        Action::Change("rf_saddle_numbness".into()),
    );
    assert_eq!(s.route, Route::RedFlags);
    assert!(s.returning_to_check);
    let (s, _) = run(&s, Action::AnswerAll(no_emergency()));
    assert_eq!(s.route, Route::Check);
    assert!(!s.returning_to_check);
    // Answers are saved on every change.
    let (_, effects) = run(
        &state(Route::Check, finished()),
        Action::Answer("age".into(), Answer::Number(70.0)),
    );
    assert_eq!(saves(&effects).len(), 1);
}

#[test]
fn language_changes_from_the_person_or_the_clinic() {
    use crate::text::Lang::{En, Es};
    let (s, effects) = run(&State::default(), Action::SetLang(Es));
    assert_eq!(s.lang, Es);
    assert!(effects.contains(&Effect::DocumentLang(Es)));
    assert!(effects.contains(&Effect::LoadCatalogue(Es)));
    let loaded = State {
        catalogues: vec![Es],
        ..State::default()
    };
    let (_, effects) = run(&loaded, Action::SetLang(Es));
    assert!(
        !effects.contains(&Effect::LoadCatalogue(Es)),
        "already here"
    );
    let (s, _) = run(&s, Action::Command(Command::SetLanguage("en".into())));
    assert_eq!(s.lang, En);
    let (same, effects) = run(&s, Action::Command(Command::SetLanguage("fr".into())));
    assert_eq!(same.lang, En);
    assert!(effects.iter().any(|e| matches!(e, Effect::Warn(_))));
}

#[test]
fn a_clinics_init_configures_and_reset_clears() {
    let link = ClinicLink {
        url: "https://clinic.example/book".into(),
        label: "Book with us".into(),
    };
    let mut settings = Settings {
        lang: Some("es".into()),
        primary: Some("#005eb8".into()),
        emergency_number: Some("999".into()),
        ..Settings::default()
    };
    settings.links.urgent = Some(link.clone());
    let before = State {
        region: Some("US".into()),
        ..state(Route::Result, finished())
    };
    assert_eq!(
        before.emergency_number().digits,
        "911",
        "the browser's region"
    );
    let (s, effects) = run(
        &before,
        Action::Command(Command::Init(Box::new(settings), None)),
    );
    assert_eq!(
        s.emergency_number().digits,
        "999",
        "the clinic's number wins"
    );
    assert!(s.emergency_number().from_clinic);
    assert_eq!(s.lang, crate::text::Lang::Es);
    assert_eq!(s.clinic.links.urgent, Some(link));
    assert!(effects.iter().any(|e| matches!(e, Effect::Theme(_))));
    let (cleared, effects) = run(&s, Action::Command(Command::Reset));
    assert!(cleared.answers.is_empty());
    assert_eq!(cleared.route, Route::Start);
    assert_eq!(cleared.clinic, s.clinic, "the clinic's settings stay");
    assert!(effects.contains(&Effect::ClearStorage));
    assert!(
        saves(&effects).is_empty(),
        "clearing does not write the empty answers back"
    );
}

#[test]
fn start_again_clear_notices_and_updates() {
    let mut s = state(Route::Result, finished());
    s.notices = vec![Notice::StorageOff, Notice::Saved];
    s.storage_off = true;
    s.region = Some("GB".into());
    let (again, _) = run(&s, Action::Restart);
    assert!(again.answers.is_empty());
    assert_eq!(again.notices, [Notice::StorageOff]);
    assert_eq!(again.emergency_number().digits, "999");
    let (cleared, _) = run(&s, Action::Clear);
    assert_eq!(cleared.notices, [Notice::StorageOff, Notice::Cleared]);
    // Where the person is does not change when their answers are cleared.
    assert_eq!(cleared.emergency_number().digits, "999");
    let (dismissed, _) = run(&cleared, Action::Dismiss(Notice::Cleared));
    assert_eq!(dismissed.notices, [Notice::StorageOff]);
    let (ready, _) = run(&s, Action::UpdateReady);
    assert!(ready.notices.contains(&Notice::UpdateReady));
    let (_, effects) = run(&ready, Action::ReloadToUpdate);
    assert_eq!(effects, [Effect::ActivateUpdate]);
}

#[test]
fn an_embedding_clinic_is_told_progress_and_the_result() {
    let (_, effects) = run(
        &state(Route::RedFlags, aged()),
        Action::AnswerAll(no_emergency()),
    );
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::SendProgress { answered, .. } if *answered == 5)));
    let (_, effects) = run(&state(Route::Check, finished()), Action::SeeResult);
    assert!(effects.contains(&Effect::SendResult));
    // Not again while staying on the result.
    let (_, effects) = run(
        &state(Route::Result, finished()),
        Action::Dismiss(Notice::Saved),
    );
    assert!(!effects.contains(&Effect::SendResult));
}

/// Coming back to the same result (from the footer's privacy, accessibility or clinicians'
/// pages) does not send the clinic the same result again; a changed answer does.
#[test]
fn a_clinic_is_sent_each_result_once() {
    let sends = |effects: &[Effect]| effects.iter().filter(|e| **e == Effect::SendResult).count();
    let (at_result, effects) = run(&state(Route::Check, finished()), Action::SeeResult);
    assert_eq!(sends(&effects), 1);
    for page in [Route::Privacy, Route::Accessibility, Route::Clinicians] {
        let (away, _) = run(&at_result, Action::UrlChanged(page.clone()));
        assert_eq!(away.route, page);
        assert_eq!(
            away.back(engine()),
            Route::Result,
            "{page:?}: Back returns to the result"
        );
        let (again, effects) = run(&away, Action::UrlChanged(Route::Result));
        assert_eq!(again.route, Route::Result);
        assert_eq!(
            sends(&effects),
            0,
            "{page:?}: the same result was sent twice"
        );
    }
    // Different answers make a different result, which is sent.
    let (check, _) = run(&at_result, Action::UrlChanged(Route::Check));
    let mut changed = finished();
    changed.insert("cramp_distress".into(), one("yes"));
    let edited = State {
        answers: changed,
        ..check
    };
    let (_, effects) = run(&edited, Action::SeeResult);
    assert_eq!(sends(&effects), 1);
}
