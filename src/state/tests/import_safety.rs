//! The defects a review found in opening responses (issue 13), each a case that failed before
//! its fix: a refused response that hid its emergency signs, a clinic's response that replaced
//! the person's emergency card, Back from the clinicians' page into an opened result, and
//! progress sent to a clinic for a file the person opened.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::Triage;
use legcheck_interop::fhir::{Problem, ANSWER_SYSTEM};

use super::import::{init_with, on_own_result, response_text, theirs};
use super::*;

/// Someone else's answers with a sudden cold leg: an emergency.
fn theirs_in_an_emergency() -> AnswerMap {
    let mut a = theirs();
    a.insert("rf_sudden_cold_leg".into(), one("yes"));
    a
}

/// ... sent with a follow-up LegCheck would not ask (as a renderer that ignores enableWhen
/// writes), which refuses the whole response.
fn refused_emergency() -> String {
    response_text(&theirs_in_an_emergency(), None).replacen(
        "\"item\":[",
        &format!("\"item\":[{{\"linkId\":\"ecq_uphill\",\"answer\":[{{\"valueCoding\":{{\"system\":\"{ANSWER_SYSTEM}\",\"code\":\"yes\"}}}}]}},"),
        1,
    )
}

#[test]
fn a_refused_file_still_shows_the_emergency_signs_in_it() {
    let before = on_own_result();
    let (s, effects) = run(&before, Action::FileRead(Ok(refused_emergency())));
    let failure = s.import_error.clone().expect("refused");
    assert_eq!(
        (failure.refusal, failure.item.as_str()),
        (Refusal::Refused(Problem::NotAsked), "ecq_uphill")
    );
    assert_eq!(failure.emergency, vec!["acute_limb_ischaemia".to_string()]);
    // Nothing else changes: the person's own answers stay, and nothing is saved.
    assert_eq!(s.answers, finished());
    assert!(s.shared.is_none() && saves(&effects).is_empty());
    // A refused file without an emergency sign carries none.
    let (s, _) = run(&before, Action::FileRead(Ok("[]".into())));
    assert!(s.import_error.expect("refused").emergency.is_empty());
}

#[test]
fn a_clinic_is_told_of_the_emergency_in_the_response_it_sent_and_that_was_refused() {
    let (s, effects) = run(
        &state(Route::Start, finished()),
        init_with(&refused_emergency()),
    );
    assert_eq!(
        s.import_error.as_ref().map(|f| f.emergency.clone()),
        Some(vec!["acute_limb_ischaemia".to_string()])
    );
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::SendError { item, emergency, .. }
            if item == "ecq_uphill" && emergency == &Some(vec!["acute_limb_ischaemia".to_string()]))),
        "{effects:?}"
    );
}

#[test]
fn an_opened_response_with_an_emergency_sign_shows_the_emergency_first_and_tells_the_clinic() {
    let (s, effects) = run(
        &state(Route::Start, finished()),
        init_with(&response_text(&theirs_in_an_emergency(), None)),
    );
    assert_eq!(s.answers, theirs_in_an_emergency());
    // The result it opens leads with the emergency care card, and the clinic is sent it.
    assert!(s.route == Route::Opened);
    assert_eq!(
        engine().evaluate(&s.answers).triage.level,
        Triage::Emergency
    );
    assert!(effects.contains(&Effect::SendResult));
}

/// A frame reloaded on the person's emergency card, and the clinic re-sends its init.
#[test]
fn a_clinics_response_never_replaces_the_persons_emergency_card() {
    let mut own = aged();
    own.insert("rf_sudden_cold_leg".into(), one("yes"));
    let response = response_text(&theirs(), None);
    for before in [
        state(Route::Emergency, own.clone()),
        // Their own answers show an emergency sign, on another screen.
        state(Route::Question("known_conditions".into()), own.clone()),
        // On the emergency card: the route alone is enough.
        state(Route::Emergency, aged()),
    ] {
        let (s, effects) = run(&before, init_with(&response));
        assert_eq!(s.route, before.route);
        assert_eq!(s.answers, before.answers);
        assert!(s.shared.is_none());
        assert!(
            effects.iter().any(
                |e| matches!(e, Effect::SendError { item, message, emergency: None }
                if item == "document" && message.contains("emergency card"))
            ),
            "{effects:?}"
        );
        assert!(!effects.iter().any(|e| matches!(e, Effect::PushUrl(_))));
        // The clinic's settings still apply.
        assert_eq!(s.clinic.emergency_number.as_deref(), Some("999"));
    }
}

#[test]
fn back_from_the_clinicians_page_after_opening_a_file_goes_to_the_persons_own_screen() {
    for (from, own, expected) in [
        (on_own_result(), finished(), Route::Result),
        (
            state(Route::Start, AnswerMap::new()),
            AnswerMap::new(),
            Route::Start,
        ),
        (
            state(
                Route::Question("known_conditions".into()),
                no_emergency().into_iter().collect(),
            ),
            no_emergency().into_iter().collect(),
            Route::Question("known_conditions".into()),
        ),
    ] {
        let (opened, _) = run(&from, init_with(&response_text(&theirs(), None)));
        assert!(opened.route == Route::Opened);
        let (clinicians, _) = run(&opened, Action::UrlChanged(Route::Clinicians));
        assert_eq!(clinicians.answers, own);
        assert_eq!(clinicians.back(engine()), expected);
    }
    // A file opened on the person's own result: Back goes to that result, with their answers.
    let (file, _) = run(
        &on_own_result(),
        Action::FileRead(Ok(response_text(&theirs(), None))),
    );
    let (clinicians, _) = run(&file, Action::UrlChanged(Route::Clinicians));
    assert_eq!(clinicians.back(engine()), Route::Result);
}

#[test]
fn no_progress_is_sent_to_a_clinic_for_a_file_the_person_opened() {
    let progress = |effects: &[Effect]| {
        effects
            .iter()
            .any(|e| matches!(e, Effect::SendProgress { .. }))
    };
    let (file, effects) = run(
        &on_own_result(),
        Action::FileRead(Ok(response_text(&theirs(), None))),
    );
    assert!(!progress(&effects), "{effects:?}");
    // Nor while it is shown (a language change, say).
    let (_, effects) = run(&file, Action::SetLang(crate::text::Lang::Es));
    assert!(!progress(&effects));
    // The clinic's own response counts, and leaving the file gives the person's progress again.
    let (_, effects) = run(&on_own_result(), init_with(&response_text(&theirs(), None)));
    assert!(progress(&effects));
    let (_, effects) = run(&file, Action::UrlChanged(Route::Result));
    assert!(progress(&effects));
}

/// Opened answers are in memory only: their address holds none of them, so they never enter
/// the browser's history, and coming back to it (a reload, Back and Forward) shows the person's
/// own screen with a notice that they are gone.
#[test]
fn opened_answers_stay_out_of_the_address_and_a_reload_says_they_are_gone() {
    let (opened, effects) = run(
        &on_own_result(),
        Action::FileRead(Ok(response_text(&theirs(), None))),
    );
    assert_eq!(opened.route.to_hash(), "#/opened");
    assert!(effects.contains(&Effect::PushUrl(Route::Opened)));
    assert!(!effects.iter().any(|e| matches!(
        e,
        Effect::PushUrl(Route::Share(_)) | Effect::ReplaceUrl(Route::Share(_))
    )));
    // Back to the own result, then Forward to the opened answers' address.
    let (own, _) = run(&opened, Action::UrlChanged(Route::Result));
    let (forward, effects) = run(&own, Action::UrlChanged(Route::Opened));
    assert_eq!(
        (forward.route.clone(), forward.answers.clone()),
        (Route::Result, finished())
    );
    assert!(forward.shared.is_none());
    assert!(forward.notices.contains(&Notice::OpenedGone));
    assert!(effects.contains(&Effect::ReplaceUrl(Route::Result)));
    // A reload on it: the saved own answers, their result, and the notice.
    let (reloaded, _) = crate::startup::init(
        crate::startup::Startup {
            hash: "#/opened".into(),
            stored: crate::persist::Loaded {
                answers: finished(),
                ..Default::default()
            },
            ..Default::default()
        },
        engine(),
    );
    assert_eq!(
        (reloaded.route, reloaded.answers),
        (Route::Result, finished())
    );
    assert!(reloaded.notices.contains(&Notice::OpenedGone));
    // With no answers of their own, the start.
    let (fresh, _) = run(&State::default(), Action::UrlChanged(Route::Opened));
    assert_eq!(fresh.route, Route::Start);
    // Opening another file clears the notice.
    let (again, _) = run(
        &forward,
        Action::FileRead(Ok(response_text(&theirs(), None))),
    );
    assert!(!again.notices.contains(&Notice::OpenedGone));
}
