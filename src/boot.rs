//! What runs before the journey can: fetching the knowledge base (`engine::load`), and on a
//! first visit showing the start page and the text pages meanwhile, since they read none of it
//! (issue 14: the first visit's wasm carries no knowledge base). The journey (`app::App`) is
//! mounted once the knowledge base is installed and the person goes where it is needed (Start,
//! a question's address, the clinicians' page); it then stays. A visit whose first screen
//! depends on the knowledge base (saved answers to check, a link into the journey, a clinic's
//! frame, storage that does not work) waits for it: from the service worker's cache that takes
//! moments, so nothing is shown for the first half second. If it cannot be fetched, the page
//! says so, offers to try again, and shows the emergency number; nothing stored is touched.

use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

use crate::app::{after_paint, frame, App, FrameProps};
use crate::components::notices::{notices, NoticesProps};
use crate::pages::{
    accessibility::{accessibility_page, AccessibilityPageProps},
    loading::{loading_page, LoadingPageProps},
    not_found::{not_found_page, NotFoundPageProps},
    privacy::{privacy_page, PrivacyPageProps},
    start::{start_page, StartPageProps},
};
use crate::route::Route;
use crate::runtime::{browser_lang, current_hash, document_lang, query_lang, region};
use crate::state::Notice;
use crate::text::Lang;

/// Where the knowledge base is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Knowledge {
    Loading,
    Ready,
    Failed,
}

/// Whether this visit can show its first screen before the knowledge base arrives: its address
/// is the start page or a text page, no clinic frames it, and storage works and holds no answers
/// (saved answers are checked against the knowledge base before "Continue" is offered).
fn shows_before_knowledge() -> bool {
    !Route::parse(&current_hash()).needs_knowledge()
        && !crate::embed::config().embed
        && crate::persist::nothing_saved()
}

/// Runs `f` just after the next frame is painted (a timeout queued from an animation frame).
fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let after_frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}

/// Runs `f` after `ms` milliseconds.
fn after(ms: i32, f: impl FnOnce() + 'static) {
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(f).unchecked_ref(),
            ms,
        );
    }
}

/// What the root holds until the journey is mounted.
#[derive(Debug, Clone, PartialEq)]
struct Boot {
    knowledge: Knowledge,
    /// How many times the person asked to try again.
    attempt: u32,
    /// The address bar's screen, followed until the journey listens itself.
    route: Route,
    /// A language chosen here.
    chosen: Option<Lang>,
    /// Start was pressed; the journey starts once the knowledge base is here.
    start_asked: bool,
    /// Long enough has passed to say the questions are on their way.
    slow: bool,
    /// The service worker has a new version waiting.
    update_ready: bool,
    /// The journey is mounted, and stays.
    journey: bool,
    /// This visit shows its first screen before the knowledge base arrives.
    early: bool,
}

/// What happens to it.
enum Msg {
    Loaded(bool),
    TryAgain,
    /// The address bar changed: a link, Back or Forward. Going anywhere withdraws a Start
    /// still waiting.
    Route(Route),
    Lang(Lang),
    Start,
    Slow,
    UpdateReady,
    /// The person closed the "new version" notice.
    DismissUpdate,
}

impl Boot {
    fn new(early: bool, knowledge: Knowledge, route: Route) -> Boot {
        let mut boot = Boot {
            knowledge,
            attempt: 0,
            route,
            chosen: None,
            start_asked: false,
            slow: early,
            update_ready: false,
            journey: false,
            early,
        };
        boot.journey = knowledge == Knowledge::Ready && boot.needs_journey();
        boot
    }

    /// Whether the screen wanted needs the journey (and so the knowledge base).
    fn needs_journey(&self) -> bool {
        !self.early || self.start_asked || self.route.needs_knowledge()
    }
}

impl Reducible for Boot {
    type Action = Msg;

    fn reduce(self: std::rc::Rc<Self>, msg: Msg) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Loaded(ok) => {
                next.knowledge = if ok {
                    Knowledge::Ready
                } else {
                    Knowledge::Failed
                }
            }
            Msg::TryAgain => {
                next.knowledge = Knowledge::Loading;
                next.attempt += 1;
            }
            Msg::Route(route) => {
                next.route = route;
                next.start_asked = false;
            }
            Msg::Lang(lang) => next.chosen = Some(lang),
            Msg::Start => next.start_asked = true,
            Msg::Slow => next.slow = true,
            Msg::UpdateReady => next.update_ready = true,
            Msg::DismissUpdate => next.update_ready = false,
        }
        next.journey |= next.knowledge == Knowledge::Ready && next.needs_journey();
        std::rc::Rc::new(next)
    }
}

/// The root of the app, mounted by `main`.
#[function_component(Root)]
pub fn root() -> Html {
    let boot = use_reducer(|| {
        let early = shows_before_knowledge();
        let knowledge = match crate::engine::installed() {
            Some(_) => Knowledge::Ready,
            None => Knowledge::Loading,
        };
        Boot::new(early, knowledge, Route::parse(&current_hash()))
    });
    let early = boot.early;
    // A language chosen here; otherwise the journey's own choice, which for an early visit
    // (nothing saved) is this one.
    let lang = boot
        .chosen
        .unwrap_or_else(|| crate::startup::first_lang(None, query_lang(), None, browser_lang()));
    let needs_journey = boot.needs_journey();
    let loading = boot.knowledge == Knowledge::Loading;
    // What this component shows itself, keyed like the journey's pages ("" for nothing).
    let shown = if boot.journey || (loading && needs_journey && !boot.slow) {
        String::new()
    } else if needs_journey {
        match boot.knowledge {
            Knowledge::Failed => "#boot-failed".to_string(),
            _ => "#boot-loading".to_string(),
        }
    } else {
        boot.route.to_hash()
    };

    {
        // Fetch, check and install the knowledge base: on an early visit just after the
        // first paint (decoding and compiling it must not delay the start page), otherwise at
        // once; again on each "Try again".
        let dispatcher = boot.dispatcher();
        use_effect_with(boot.attempt, move |attempt| {
            let fetch = move || {
                wasm_bindgen_futures::spawn_local(async move {
                    dispatcher.dispatch(Msg::Loaded(crate::engine::load().await.is_ok()));
                });
            };
            if *attempt == 0 && early {
                after_next_paint(fetch);
            } else {
                fetch();
            }
        });
    }
    {
        let dispatcher = boot.dispatcher();
        use_effect_with((), move |_| {
            let ready = dispatcher.clone();
            crate::pwa::register(move || ready.dispatch(Msg::UpdateReady));
            if !early {
                let slow = dispatcher.clone();
                after(500, move || slow.dispatch(Msg::Slow));
            }
            // Links, Back and Forward, until the journey listens itself (it reads the address
            // when it mounts).
            let listeners: Vec<_> = web_sys::window()
                .into_iter()
                .flat_map(|w| {
                    ["popstate", "hashchange"].map(|event| {
                        let dispatcher = dispatcher.clone();
                        gloo_events::EventListener::new(&w, event, move |_| {
                            dispatcher.dispatch(Msg::Route(Route::parse(&current_hash())))
                        })
                    })
                })
                .collect();
            move || drop(listeners)
        });
    }
    use_effect_with(shown.clone(), |shown| {
        if !shown.is_empty() {
            after_paint();
        }
    });
    use_effect_with((lang, boot.journey), |(lang, journey)| {
        if !*journey {
            document_lang(*lang);
        }
    });

    if boot.journey {
        return html! {
            <App lang={boot.chosen} start={boot.start_asked} update_ready={boot.update_ready} />
        };
    }
    if shown.is_empty() {
        return Html::default();
    }
    let dispatch = {
        let boot = boot.clone();
        Callback::from(move |msg| boot.dispatch(msg))
    };
    let page = if needs_journey {
        let clinic = &crate::embed::config().settings;
        loading_page(&LoadingPageProps {
            lang,
            failed: boot.knowledge == Knowledge::Failed,
            number: crate::care::emergency_number(
                clinic.emergency_number.as_deref(),
                region().as_deref(),
            ),
            onretry: dispatch.reform(|()| Msg::TryAgain),
        })
    } else {
        let back = Route::Start.to_hash();
        match &boot.route {
            Route::Privacy => privacy_page(&PrivacyPageProps { lang, back }),
            Route::Accessibility => accessibility_page(&AccessibilityPageProps { lang, back }),
            Route::NotFound => not_found_page(&NotFoundPageProps { lang }),
            _ => start_page(&StartPageProps {
                lang,
                can_resume: false,
                onstart: dispatch.reform(|()| Msg::Start),
                onrestart: Callback::noop(),
            }),
        }
    };
    // A new version can be waiting on the start page too (a tab left open): offered as in the
    // journey, and a reload there loses nothing, since nothing is entered yet.
    let waiting = if boot.update_ready {
        vec![Notice::UpdateReady]
    } else {
        Vec::new()
    };
    frame(FrameProps {
        lang,
        onlang: dispatch.reform(Msg::Lang),
        notices: notices(&NoticesProps {
            lang,
            notices: waiting,
            ondismiss: dispatch.reform(|_| Msg::DismissUpdate),
            onreload: Callback::from(|()| crate::pwa::activate_update()),
            answers_kept: true,
        }),
        above: Html::default(),
        page,
        key: shown,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn run(boot: Boot, msgs: impl IntoIterator<Item = Msg>) -> Boot {
        let mut boot = Rc::new(boot);
        for msg in msgs {
            boot = boot.reduce(msg);
        }
        (*boot).clone()
    }

    /// A first visit: the start and text pages need nothing; Start waits for the knowledge
    /// base, and the journey mounts when it arrives, in the language chosen meanwhile.
    #[test]
    fn an_early_visit_mounts_the_journey_only_when_start_meets_the_knowledge_base() {
        let first = Boot::new(true, Knowledge::Loading, Route::Start);
        assert!(
            first.slow,
            "Start on a first visit says at once that it is waiting"
        );
        let browsing = run(
            first.clone(),
            [
                Msg::Lang(Lang::Es),
                Msg::Route(Route::Privacy),
                Msg::Route(Route::Start),
                Msg::Loaded(true),
            ],
        );
        assert!(!browsing.journey, "the start page needs no journey");
        assert_eq!(browsing.chosen, Some(Lang::Es));
        let started = run(browsing, [Msg::Start]);
        assert!(started.journey && started.start_asked);
        let waiting = run(first.clone(), [Msg::Start]);
        assert!(!waiting.journey && waiting.needs_journey());
        assert!(run(waiting.clone(), [Msg::Loaded(true)]).journey);
        // Going elsewhere before it arrives withdraws the Start.
        let left = run(
            waiting,
            [Msg::Route(Route::Accessibility), Msg::Loaded(true)],
        );
        assert!(!left.journey && !left.start_asked);
        // A link into the journey (the clinicians' page) mounts it too.
        assert!(run(first, [Msg::Route(Route::Clinicians), Msg::Loaded(true)]).journey);
    }

    /// A visit that depends on the knowledge base (answers saved, a link into the journey)
    /// waits for it, shows nothing for a moment, then the journey; a failure offers Try again,
    /// which asks again. Once mounted, the journey stays, wherever the address goes.
    #[test]
    fn a_visit_that_needs_the_knowledge_base_waits_fails_visibly_and_tries_again() {
        let returning = Boot::new(false, Knowledge::Loading, Route::Start);
        assert!(returning.needs_journey() && !returning.slow && !returning.journey);
        let failed = run(returning.clone(), [Msg::Loaded(false)]);
        assert_eq!(failed.knowledge, Knowledge::Failed);
        let again = run(failed, [Msg::TryAgain]);
        assert_eq!((again.knowledge, again.attempt), (Knowledge::Loading, 1));
        let mounted = run(again, [Msg::Loaded(true), Msg::Route(Route::Privacy)]);
        assert!(mounted.journey);
        let update = run(mounted, [Msg::UpdateReady, Msg::Slow]);
        assert!(update.update_ready && update.journey);
        assert!(!run(update, [Msg::DismissUpdate]).update_ready);
        assert!(Boot::new(false, Knowledge::Ready, Route::Start).journey);
    }
}
