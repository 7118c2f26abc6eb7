//! The boot reducer's behaviour, table by table: an early visit, failures and retries, a
//! visit that waits (`boot/state.rs`).

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Boot, Knowledge, Msg, Shown};
use crate::engine::Failure;
use crate::route::Route;
use crate::text::Lang;

fn run(boot: Boot, msgs: impl IntoIterator<Item = Msg>) -> Boot {
    let mut boot = Rc::new(boot);
    for msg in msgs {
        boot = boot.reduce(msg);
    }
    (*boot).clone()
}

const OK: Result<(), Failure> = Ok(());
const OFFLINE: Result<(), Failure> = Err(Failure::Network);

/// A first visit: the start and text pages need nothing; Start waits for the knowledge
/// base (and another language's catalogue), and the journey mounts when they arrive, in
/// the language chosen meanwhile.
#[test]
fn an_early_visit_mounts_the_journey_only_when_start_meets_the_knowledge_base() {
    let first = Boot::new(true, Knowledge::Loading, Route::Start, Lang::En);
    assert_eq!(first.shown(), Shown::Page);
    let browsing = run(
        first.clone(),
        [
            Msg::Lang(Lang::Es),
            Msg::Route(Route::Privacy),
            Msg::Route(Route::Start),
            Msg::Loaded(0, OK),
        ],
    );
    assert!(!browsing.journey, "the start page needs no journey");
    assert_eq!(browsing.shown(), Shown::Page);
    assert_eq!(browsing.chosen, Some(Lang::Es));
    // In Spanish, the journey waits for the Spanish catalogue too (not another one).
    let started = run(browsing, [Msg::Start, Msg::Catalogue(Lang::En)]);
    assert!(!started.journey && started.start_asked && !started.catalogue);
    let started = run(started, [Msg::Catalogue(Lang::Es)]);
    assert!(started.journey && started.start_asked);
    assert_eq!(started.shown(), Shown::Journey);
    // Start in Spanish with the knowledge base here but not the catalogue: the start page
    // stays a moment too, then says it is waiting.
    let spanish = run(
        first.clone(),
        [Msg::Lang(Lang::Es), Msg::Loaded(0, OK), Msg::Start],
    );
    assert!(!spanish.journey);
    assert_eq!(spanish.shown(), Shown::Page);
    assert_eq!(run(spanish, [Msg::Slow]).shown(), Shown::Loading);
    // A returning visit in Spanish (saved) waits for the catalogue before the journey.
    let returning = Boot::new(false, Knowledge::Loading, Route::Start, Lang::Es);
    assert!(!run(returning.clone(), [Msg::Loaded(0, OK)]).journey);
    assert!(run(returning, [Msg::Loaded(0, OK), Msg::Catalogue(Lang::Es)]).journey);
    // Back to English: no catalogue to wait for.
    let english = run(first.clone(), [Msg::Lang(Lang::Es), Msg::Lang(Lang::En)]);
    assert!(english.catalogue);
    // Start before it arrives: the start page stays a moment, then says it is waiting;
    // it arrives and the journey mounts.
    let waiting = run(first.clone(), [Msg::Start]);
    assert!(!waiting.journey && waiting.needs_journey());
    assert_eq!(waiting.shown(), Shown::Page);
    assert_eq!(run(waiting.clone(), [Msg::Slow]).shown(), Shown::Loading);
    assert!(run(waiting.clone(), [Msg::Loaded(0, OK)]).journey);
    // Start, and a second press, while it is on its way; Back withdraws it, and the
    // knowledge base arriving then mounts nothing. (The wait's own entry in the history, which
    // Back returns from, is the root's and the journey's: runtime::wait_entry, e2e-tested.)
    let pushed = run(first.clone(), [Msg::Start, Msg::Start]);
    assert!(pushed.start_asked && !pushed.journey);
    assert!(run(pushed.clone(), [Msg::Loaded(0, OK)]).journey);
    let back = run(pushed, [Msg::Route(Route::Start), Msg::Loaded(0, OK)]);
    assert!(!back.start_asked && !back.journey);
    assert_eq!(back.shown(), Shown::Page);
    // Whether Start would mount it at once, or wait (and so needs that entry).
    assert!(!first.starts_at_once());
    assert!(!run(first.clone(), [Msg::Lang(Lang::Es), Msg::Loaded(0, OK)]).starts_at_once());
    assert!(run(first.clone(), [Msg::Loaded(0, OK)]).starts_at_once());
    assert!(run(first.clone(), [Msg::Loaded(0, OK), Msg::Start]).journey);
    // Going elsewhere before it arrives withdraws the Start.
    let left = run(
        waiting,
        [Msg::Route(Route::Accessibility), Msg::Loaded(0, OK)],
    );
    assert!(!left.journey && !left.start_asked);
    assert_eq!(left.shown(), Shown::Page);
    // A link into the journey (the clinicians' page) mounts it too, saying it waits at once.
    let linked = run(first.clone(), [Msg::Start, Msg::Route(Route::Clinicians)]);
    assert_eq!(linked.shown(), Shown::Loading);
    assert!(run(linked, [Msg::Loaded(0, OK)]).journey);
}

/// A fetch that failed in the background (the person still reading the start page) is
/// tried again when they press Start or follow a link into the journey; a late failure of
/// an earlier fetch, or its timer, never overrides the current one; a timeout fails it.
#[test]
fn failures_are_retried_when_the_journey_is_wanted_and_stale_ones_are_ignored() {
    let first = Boot::new(true, Knowledge::Loading, Route::Start, Lang::En);
    let failed = run(first.clone(), [Msg::Loaded(0, OFFLINE)]);
    assert_eq!(failed.shown(), Shown::Page, "the start page still works");
    let started = run(failed.clone(), [Msg::Start]);
    assert_eq!(
        (started.knowledge, started.attempt),
        (Knowledge::Loading, 1)
    );
    let stale = run(started.clone(), [Msg::Loaded(0, OFFLINE), Msg::TimedOut(0)]);
    assert_eq!(stale.knowledge, Knowledge::Loading);
    assert_eq!(
        run(started.clone(), [Msg::TimedOut(1)]).knowledge,
        Knowledge::Failed(Failure::Network)
    );
    // Any fetch that succeeds, even a late one, installs the knowledge base.
    assert!(run(started, [Msg::Loaded(0, OK)]).journey);
    let linked = run(failed, [Msg::Route(Route::Question("age".into()))]);
    assert_eq!((linked.knowledge, linked.attempt), (Knowledge::Loading, 1));
    // A newer version on the server is not retried: only a reload helps.
    let outdated = run(
        first,
        [
            Msg::Start,
            Msg::Loaded(0, Err(Failure::Outdated)),
            Msg::Start,
        ],
    );
    assert_eq!(outdated.shown(), Shown::Failed(Failure::Outdated));
    assert_eq!(outdated.attempt, 0);
}

/// A visit that depends on the knowledge base (answers saved, a link into the journey)
/// waits for it, shows nothing for a moment, then the loading page; a failure offers Try
/// again, which asks again. Once mounted, the journey stays, wherever the address goes,
/// and every new version waiting is passed on.
#[test]
fn a_visit_that_needs_the_knowledge_base_waits_fails_visibly_and_tries_again() {
    let returning = Boot::new(false, Knowledge::Loading, Route::Start, Lang::En);
    assert!(returning.needs_journey() && !returning.slow && !returning.journey);
    assert_eq!(returning.shown(), Shown::Nothing);
    assert_eq!(run(returning.clone(), [Msg::Slow]).shown(), Shown::Loading);
    let failed = run(returning.clone(), [Msg::Loaded(0, OFFLINE)]);
    assert_eq!(failed.shown(), Shown::Failed(Failure::Network));
    let again = run(failed, [Msg::TryAgain]);
    assert_eq!((again.knowledge, again.attempt), (Knowledge::Loading, 1));
    let mounted = run(again, [Msg::Loaded(1, OK)]);
    assert!(mounted.journey);
    let moved = run(mounted.clone(), [Msg::Route(Route::Privacy), Msg::Start]);
    assert_eq!(moved, mounted, "the journey follows the address itself");
    let update = run(mounted, [Msg::UpdateReady, Msg::UpdateReady]);
    assert_eq!(update.updates, 2);
    assert!(Boot::new(false, Knowledge::Ready, Route::Start, Lang::En).journey);
    // The update notice before the journey: shown until dismissed, and again for the next.
    let shell = Boot::new(true, Knowledge::Ready, Route::Start, Lang::En);
    let dismissed = run(shell, [Msg::UpdateReady, Msg::DismissUpdate]);
    assert_eq!(
        dismissed.undismissed(),
        0,
        "a dismissed notice is not offered again"
    );
    let started = run(dismissed.clone(), [Msg::Start]);
    assert!(started.journey && started.undismissed() == 0);
    let again = run(dismissed, [Msg::UpdateReady]);
    assert_eq!(again.undismissed(), 1);
}

/// A clinic is told of each failure once (`legcheck:unavailable`, sent when the failure page
/// becomes the screen): so every retry, by Try again, by going into the journey, or by Start,
/// shows another screen before any next failure can show the failure page again.
#[test]
fn every_retry_leaves_the_failure_page_before_the_next_failure() {
    let failures = [Failure::Network, Failure::Outdated];
    let mut checked = 0;
    let visits = [
        Boot::new(false, Knowledge::Loading, Route::Start, Lang::En),
        run(
            Boot::new(true, Knowledge::Loading, Route::Start, Lang::En),
            [Msg::Start],
        ),
    ];
    for visit in visits {
        for failure in failures {
            for slow in [false, true] {
                let mut failed = run(visit.clone(), [Msg::Loaded(0, Err(failure))]);
                if slow {
                    failed = run(failed, [Msg::Slow]);
                }
                assert_eq!(failed.shown(), Shown::Failed(failure));
                let retries = [
                    vec![Msg::TryAgain],
                    vec![
                        Msg::Route(Route::Privacy),
                        Msg::Route(Route::Start),
                        Msg::Start,
                    ],
                    vec![Msg::Start],
                ];
                for retry in retries {
                    let after = run(failed.clone(), retry);
                    if after.attempt != failed.attempt {
                        assert!(
                            !matches!(after.shown(), Shown::Failed(_)),
                            "a retry after {failure:?} still shows the failure page"
                        );
                        // The next failure shows the page again.
                        let next = run(after.clone(), [Msg::Loaded(after.attempt, OFFLINE)]);
                        assert_eq!(next.shown(), Shown::Failed(Failure::Network));
                        checked += 1;
                    }
                }
            }
        }
    }
    // Try again always retries; Start and going into the journey retry after a network failure.
    assert_eq!(checked, 16);
}
