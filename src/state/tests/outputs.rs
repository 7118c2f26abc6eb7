//! Copying and sharing (the runner does it; the state says how it went), and the privacy and
//! accessibility pages' Back link.

use super::storage::share_payload;
use super::*;
use legcheck_engine::answers::AnswerMap;

const LINK: &str = "https://legcheck.example/#/share/v1.abc.0011aabb";

#[test]
fn copying_asks_the_runner_and_says_how_it_went() {
    let s = state(Route::Result, finished());
    for item in [Item::Summary, Item::Link] {
        let (copying, effects) = run(&s, Action::Copy(item, LINK.into()));
        assert_eq!(effects, [Effect::Copy(item, LINK.into())], "{item:?}");
        assert_eq!(copying.status, None);
        for (ok, status) in [
            (true, Status::Copied(item)),
            (false, Status::CopyFailed(item)),
        ] {
            let (done, effects) = run(&copying, Action::CopyDone(item, ok));
            assert!(effects.is_empty(), "{effects:?}");
            assert_eq!(done.status, Some(status));
            // A new attempt clears the message, so the same message is announced again.
            let (again, _) = run(&done, Action::Copy(item, LINK.into()));
            assert_eq!(again.status, None);
        }
    }
}

#[test]
fn sharing_asks_the_runner_and_a_closed_share_sheet_is_not_a_failure() {
    let s = state(Route::Result, finished());
    let (sharing, effects) = run(&s, Action::Share(LINK.into()));
    assert_eq!(effects, [Effect::Share(LINK.into())]);
    for (outcome, status) in [
        (Some(true), Some(Status::Shared)),
        (Some(false), Some(Status::ShareFailed)),
        (None, None),
    ] {
        let (done, effects) = run(&sharing, Action::ShareDone(outcome));
        assert!(effects.is_empty(), "{effects:?}");
        assert_eq!(done.status, status, "{outcome:?}");
    }
}

#[test]
fn a_message_about_a_copy_goes_when_the_screen_changes() {
    let (done, _) = run(
        &state(Route::Result, finished()),
        Action::CopyDone(Item::Link, true),
    );
    let (left, _) = run(&done, Action::UrlChanged(Route::Check));
    assert_eq!(left.route, Route::Check);
    assert_eq!(left.status, None);
    // Dismissing a notice on the same screen keeps it.
    let (kept, _) = run(&done, Action::Dismiss(Notice::Saved));
    assert_eq!(kept.status, Some(Status::Copied(Item::Link)));
}

#[test]
fn the_privacy_and_accessibility_pages_go_back_to_where_they_were_opened() {
    let e = engine();
    // Part way through the questions.
    let mut answers: AnswerMap = no_emergency().into_iter().collect();
    answers.insert("known_conditions".into(), many(&["none"]));
    let asked = journey::next(e, &answers);
    let before = journey::previous(e, &answers, &asked);
    assert!(
        matches!(asked, Route::Question(_)) && before != Route::Start,
        "{asked:?}"
    );
    let s = state(asked.clone(), answers);
    let (privacy, effects) = run(&s, Action::UrlChanged(Route::Privacy));
    assert_eq!(privacy.route, Route::Privacy);
    assert!(
        effects.iter().all(|e| !matches!(e, Effect::ReplaceUrl(_))),
        "anyone may open it"
    );
    assert_eq!(privacy.back(e), asked);
    // From one page to the other, Back still goes to the question.
    let (statement, _) = run(&privacy, Action::UrlChanged(Route::Accessibility));
    assert_eq!(statement.back(e), asked);
    // Other screens keep the journey's own Back.
    let (question, _) = run(&statement, Action::UrlChanged(asked.clone()));
    assert_eq!(question.route, asked);
    assert_eq!(question.back(e), before);
    // Opened directly (a link, a reload): Back goes to the start.
    let (direct, _) = init(
        Startup {
            hash: "#/accessibility".into(),
            ..Startup::default()
        },
        e,
    );
    assert_eq!(direct.route, Route::Accessibility);
    assert_eq!(direct.back(e), Route::Start);
}

#[test]
fn back_from_the_privacy_page_reopens_the_shared_result_it_was_opened_from() {
    let own: AnswerMap = no_emergency().into_iter().collect();
    let link = Route::Share(share_payload(finished(), None));
    let (shared, _) = run(
        &state(Route::Start, own.clone()),
        Action::UrlChanged(link.clone()),
    );
    assert!(shared.shared.is_some());
    let (privacy, _) = run(&shared, Action::UrlChanged(Route::Privacy));
    assert_eq!(privacy.back(engine()), link);
    assert_eq!(
        privacy.answers, own,
        "the person's own answers are back while away"
    );
    let (again, _) = run(&privacy, Action::UrlChanged(link.clone()));
    assert_eq!(again.route, link);
    assert_eq!(again.answers, finished());
}
