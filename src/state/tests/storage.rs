//! The state machine and browser storage and share links: saving on the device survives a
//! reload, unusable copies are reported, a shared result is never the reader's own.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::Answer;

use super::*;
use crate::persist::{choose, Store};

// --- 2. "Save on this device" survives a reload ------------------------------------------

fn saved_json(on_device: bool) -> String {
    let mut saved = legcheck_interop::saved::Saved::new(engine(), &finished(), 1_000.0);
    saved.lang = Some("en".into());
    if on_device {
        saved.expires_at = Some(1_000.0 + 30.0 * 86_400_000.0);
    }
    saved.to_json()
}

#[test]
fn saving_on_the_device_survives_a_reload_in_the_same_tab() {
    // Both copies exist after saving: the box stays ticked, nothing is cleared at start-up.
    let (session, device) = (saved_json(false), saved_json(true));
    let (loaded, remove) = choose(engine(), Some(&session), Some(&device), 2_000.0);
    assert!(loaded.on_device);
    assert!(remove.is_empty());
    assert_eq!(loaded.answers, finished());
    let (s, effects) = init(
        Startup {
            hash: "#/result".into(),
            stored: loaded,
            ..Startup::default()
        },
        engine(),
    );
    assert!(s.save_on_device);
    assert_eq!(s.route, Route::Result);
    assert!(saves(&effects).is_empty(), "{effects:?}");
    assert!(!effects.contains(&Effect::ClearStorage));
    // The device copy alone (a new tab) resumes too.
    let (loaded, _) = choose(engine(), None, Some(&device), 2_000.0);
    assert!(loaded.on_device && !loaded.answers.is_empty());
    // Only the session copy: not saved on the device.
    let (loaded, _) = choose(engine(), Some(&session), None, 2_000.0);
    assert!(!loaded.on_device && !loaded.answers.is_empty());
}

#[test]
fn unusable_saved_copies_are_reported_and_removed_without_losing_a_good_one() {
    let good = saved_json(true);
    let (loaded, remove) = choose(engine(), Some("{not json"), Some(&good), 2_000.0);
    assert_eq!(remove, [Store::Session]);
    assert!(loaded.on_device && !loaded.answers.is_empty());
    assert!(
        loaded.notices.is_empty(),
        "answers were resumed: {:?}",
        loaded.notices
    );
    let (loaded, remove) = choose(engine(), Some("{not json"), None, 2_000.0);
    assert_eq!(remove, [Store::Session]);
    assert_eq!(loaded.notices, [Notice::Corrupt]);
    let expired = saved_json(true);
    let (loaded, remove) = choose(engine(), None, Some(&expired), 1e15);
    assert_eq!(remove, [Store::Device]);
    assert_eq!(loaded.notices, [Notice::Expired]);
}

#[test]
fn ticking_and_unticking_save_on_this_device() {
    let s = state(Route::Result, finished());
    let (on, effects) = run(&s, Action::SaveOnDevice(true));
    assert!(on.save_on_device && on.notices.contains(&Notice::Saved));
    assert!(saves(&effects)[0].on_device);
    let (off, effects) = run(&on, Action::SaveOnDevice(false));
    assert!(!off.save_on_device && !off.notices.contains(&Notice::Saved));
    assert!(!saves(&effects)[0].on_device, "the device copy is removed");
    // Storage that refuses turns saving off and says so.
    let (failed, effects) = run(&on, Action::StorageFailed);
    assert!(failed.storage_off && !failed.save_on_device);
    assert!(failed.notices.contains(&Notice::StorageOff));
    assert!(saves(&effects).is_empty());
    let (_, effects) = run(&failed, Action::Answer("age".into(), Answer::Number(61.0)));
    assert!(
        saves(&effects).is_empty(),
        "nothing is written to refusing storage"
    );
}

// --- 3 and 6. Share links: pruned, version-checked, never saved as one's own -------------

pub(super) fn share_payload(answers: AnswerMap, version: Option<&str>) -> String {
    legcheck_interop::share::encode(&legcheck_engine::AnswersDoc {
        kb_version: version.map(String::from),
        answers,
        abi: None,
    })
}

#[test]
fn a_share_link_is_pruned_and_version_checked_and_keeps_the_persons_own_answers() {
    let own: AnswerMap = no_emergency().into_iter().collect();
    let mut shared = finished();
    // An answer the flow would never ask for these answers (walking pain is "no").
    shared.insert("ecq_uphill".into(), one("yes"));
    let payload = share_payload(shared, Some("2020.1.1"));
    let (s, effects) = run(
        &state(Route::Start, own.clone()),
        Action::UrlChanged(Route::Share(payload.clone())),
    );
    assert_eq!(s.route, Route::Share(payload));
    assert_eq!(s.answers, finished(), "the unasked answer is dropped");
    assert!(s.notices.contains(&Notice::LinkLoaded));
    assert!(s.notices.contains(&Notice::LinkOutdated(1)));
    assert_eq!(s.shared.as_ref(), Some(&own));
    assert!(saves(&effects).is_empty(), "a shared link is never saved");
    // It cannot be saved as the person's own either.
    let (same, effects) = run(&s, Action::SaveOnDevice(true));
    assert!(!same.save_on_device && saves(&effects).is_empty());
    // Leaving it brings the person's own answers back.
    let (back, _) = run(&s, Action::Restart);
    assert_eq!(back.answers, own);
    assert_eq!(back.route, Route::Start);
    assert!(back.shared.is_none());
    let (back, _) = run(&s, Action::UrlChanged(Route::Start));
    assert_eq!(back.answers, own);
}

#[test]
fn a_damaged_link_opened_over_a_shared_one_gives_the_persons_own_answers_back() {
    let own: AnswerMap = no_emergency().into_iter().collect();
    let good = share_payload(finished(), None);
    let (shared, _) = run(
        &state(Route::Start, own.clone()),
        Action::UrlChanged(Route::Share(good.clone())),
    );
    assert_eq!(shared.answers, finished());
    let cut = good[..good.len() - 4].to_string();
    let (after, effects) = run(&shared, Action::UrlChanged(Route::Share(cut)));
    assert_eq!(
        after.answers, own,
        "the link's answers are not left as the person's own"
    );
    assert!(after.shared.is_none());
    assert!(!after.notices.contains(&Notice::LinkLoaded));
    assert!(after.notices.contains(&Notice::BadLink));
    // Their own answers are saved again (nothing of the link's).
    assert!(saves(&effects).iter().all(|p| p.answers == own));
}

#[test]
fn a_share_link_of_this_version_with_unasked_or_missing_answers_says_so() {
    let mut pruned = finished();
    pruned.insert("ecq_uphill".into(), one("yes"));
    let (s, _) = run(
        &State::default(),
        Action::UrlChanged(Route::Share(share_payload(
            pruned,
            Some(&engine().kb.version),
        ))),
    );
    assert!(s.notices.contains(&Notice::LinkPruned(1)));
    assert!(!s
        .notices
        .iter()
        .any(|n| matches!(n, Notice::LinkOutdated(_))));
    let mut incomplete = finished();
    incomplete.remove("age");
    let (s, _) = run(
        &State::default(),
        Action::UrlChanged(Route::Share(share_payload(incomplete, None))),
    );
    assert!(s.notices.contains(&Notice::LinkIncomplete));
}

#[test]
fn a_damaged_or_foreign_share_link_changes_nothing_but_a_notice() {
    let own = finished();
    let good = share_payload(finished(), None);
    let cut = &good[..good.len() - 3];
    for (payload, notice) in [
        (cut.to_string(), Notice::BadLink),
        ("v9.xyz.00000000".to_string(), Notice::BadLink),
        (
            share_payload(AnswerMap::from([("no_such".into(), one("yes"))]), None),
            Notice::LinkMismatch,
        ),
    ] {
        let (s, effects) = run(
            &state(Route::Check, own.clone()),
            Action::UrlChanged(Route::Share(payload)),
        );
        assert_eq!(s.answers, own);
        assert!(s.notices.contains(&notice));
        assert_eq!(s.route, Route::Start);
        assert!(effects.contains(&Effect::ReplaceUrl(Route::Start)));
        assert!(effects.iter().any(|e| matches!(e, Effect::Warn(_))));
    }
}
