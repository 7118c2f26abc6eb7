//! What runs before the journey can: fetching the knowledge base (`engine::load`), and on a
//! first visit showing the start page and the text pages meanwhile, since they read none of it
//! (issue 14: the first visit's wasm carries no knowledge base). The journey (`app::App`) is
//! mounted once the knowledge base is installed and the person goes where it is needed (Start,
//! a question's address, the clinicians' page); it then stays. A visit whose first screen
//! depends on the knowledge base (saved answers to check, a link into the journey, a clinic's
//! frame, storage that does not work) waits for it: from the service worker's cache that takes
//! moments, so nothing is shown for the first half second. If it cannot be fetched, the page
//! says so, offers to try again, and shows the emergency number; nothing stored is touched.

use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

use crate::app::{after_paint, frame, retitle, App, FrameProps};
use crate::components::notices::{notices, NoticesProps};
use crate::engine::Failure;
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

/// Whether this visit can show its first screen before the knowledge base arrives: its address
/// is the start page or a text page, no clinic frames it, and storage works and holds no answers
/// (saved answers are checked against the knowledge base before "Continue" is offered).
fn shows_before_knowledge(saved: &crate::persist::Peek) -> bool {
    !Route::parse(&current_hash()).needs_knowledge()
        && !crate::embed::config().embed
        && saved.works
        && !saved.answers
}

/// A task for later. Boxed, so that each timer shares one closure shim in the wasm and its
/// glue, not one per call site (`after`).
type Task = Box<dyn FnOnce()>;

/// Runs `f` just after the next frame is painted (a timeout queued from an animation frame),
/// or after 250 ms in a page that paints no frames (a background tab, a hidden frame).
fn after_next_paint(f: Task) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let once = Rc::new(std::cell::Cell::new(Some(f)));
    let fallback = once.clone();
    let run: fn(Rc<std::cell::Cell<Option<Task>>>) = |once| {
        if let Some(f) = once.take() {
            f();
        }
    };
    let after_frame = Closure::once_into_js(move || after(0, Box::new(move || run(once))));
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
    after(250, Box::new(move || run(fallback)));
}

/// Runs `f` after `ms` milliseconds.
fn after(ms: i32, f: Task) {
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(f).unchecked_ref(),
            ms,
        );
    }
}

/// How long a fetch may take before the person is told it failed (a hung connection never
/// answers at all), in milliseconds.
const TIMEOUT_MS: i32 = 15_000;

/// Where the knowledge base is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Knowledge {
    Loading,
    Ready,
    Failed(Failure),
}

/// What the root holds until the journey is mounted.
#[derive(Debug, Clone, PartialEq)]
struct Boot {
    knowledge: Knowledge,
    /// Which fetch is the current one (each "Try again" starts another).
    attempt: u32,
    /// The address bar's screen, followed until the journey listens itself.
    route: Route,
    /// A language chosen here.
    chosen: Option<Lang>,
    /// The language shown here, and whether its knowledge-base catalogue has been fetched
    /// (or could not be: the journey then says so, and shows the English texts).
    lang: Lang,
    catalogue: bool,
    /// Start was pressed; the journey starts once the knowledge base is here.
    start_asked: bool,
    /// Long enough has passed to say the questions are on their way.
    slow: bool,
    /// How many times the service worker said a new version is waiting, and how many of
    /// those the person has dismissed here.
    updates: u32,
    dismissed: u32,
    /// The journey is mounted, and stays.
    journey: bool,
    /// This visit shows its first screen before the knowledge base arrives.
    early: bool,
}

/// What happens to it.
#[derive(Debug)]
enum Msg {
    /// A fetch ended: the knowledge base is installed, or why not.
    Loaded(u32, Result<(), Failure>),
    /// A fetch has taken `TIMEOUT_MS`.
    TimedOut(u32),
    /// A language's catalogue was fetched, or could not be, or took too long.
    Catalogue(Lang),
    TryAgain,
    /// The address bar changed: a link, Back or Forward. Going anywhere withdraws a Start
    /// still waiting.
    Route(Route),
    Lang(Lang),
    Start,
    Slow,
    UpdateReady,
    DismissUpdate,
}

/// What the root shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// Nothing yet: a returning visit's knowledge base comes from the cache in moments.
    Nothing,
    /// The start page or a text page (`Boot::route`).
    Page,
    Loading,
    Failed(Failure),
    Journey,
}

impl Boot {
    fn new(early: bool, knowledge: Knowledge, route: Route, lang: Lang) -> Boot {
        let mut boot = Boot {
            knowledge,
            attempt: 0,
            route,
            chosen: None,
            lang,
            catalogue: lang == Lang::En,
            start_asked: false,
            slow: early,
            updates: 0,
            dismissed: 0,
            journey: false,
            early,
        };
        boot.journey = boot.can_mount();
        boot
    }

    /// Whether the screen wanted needs the journey (and so the knowledge base).
    fn needs_journey(&self) -> bool {
        !self.early || self.start_asked || self.route.needs_knowledge()
    }

    /// Whether the journey can be mounted: it is wanted, and the knowledge base is here with
    /// the language's catalogue, so that a Spanish first screen is never drawn, titled and
    /// announced in English first. (The journey takes the same language: the saved one, or
    /// one chosen here.)
    fn can_mount(&self) -> bool {
        self.knowledge == Knowledge::Ready && self.needs_journey() && self.catalogue
    }

    /// The new versions the journey is told of: not those dismissed here.
    fn undismissed(&self) -> u32 {
        self.updates.saturating_sub(self.dismissed)
    }

    fn retry(&mut self) {
        self.knowledge = Knowledge::Loading;
        self.attempt += 1;
    }

    fn shown(&self) -> Shown {
        if self.journey {
            return Shown::Journey;
        }
        if !self.needs_journey() {
            return Shown::Page;
        }
        match self.knowledge {
            Knowledge::Failed(failure) => Shown::Failed(failure),
            _ if self.slow => Shown::Loading,
            // Start was just pressed: the start page stays a moment, so that a knowledge base
            // arriving meanwhile moves focus once, to the first question.
            _ if self.early => Shown::Page,
            _ => Shown::Nothing,
        }
    }
}

impl Reducible for Boot {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        if self.journey && !matches!(msg, Msg::UpdateReady) {
            return self;
        }
        let mut next = (*self).clone();
        let network_failed = next.knowledge == Knowledge::Failed(Failure::Network);
        match msg {
            Msg::Loaded(_, Ok(())) => next.knowledge = Knowledge::Ready,
            // An earlier fetch failing late says nothing about the current one.
            Msg::Loaded(attempt, Err(failure)) => {
                if attempt == next.attempt && next.knowledge == Knowledge::Loading {
                    next.knowledge = Knowledge::Failed(failure);
                }
            }
            Msg::TimedOut(attempt) => {
                if attempt == next.attempt && next.knowledge == Knowledge::Loading {
                    next.knowledge = Knowledge::Failed(Failure::Network);
                }
            }
            Msg::Catalogue(lang) => next.catalogue |= lang == next.lang,
            Msg::TryAgain => next.retry(),
            Msg::Route(route) => {
                next.route = route;
                next.start_asked = false;
                next.slow |= next.early;
                // Going into the journey after a background fetch failed tries again.
                if network_failed && next.needs_journey() {
                    next.retry();
                }
            }
            Msg::Lang(lang) => {
                next.chosen = Some(lang);
                next.lang = lang;
                next.catalogue = lang == Lang::En || crate::text::has_catalogue(lang);
            }
            Msg::Start => {
                next.start_asked = true;
                if network_failed {
                    next.retry();
                }
                // Waiting (for the knowledge base or the catalogue): the grace begins.
                if !next.can_mount() && !matches!(next.knowledge, Knowledge::Failed(_)) {
                    next.slow = false;
                }
            }
            Msg::Slow => next.slow = true,
            Msg::UpdateReady => next.updates += 1,
            Msg::DismissUpdate => next.dismissed = next.updates,
        }
        next.journey |= next.can_mount();
        Rc::new(next)
    }
}

/// The root of the app, mounted by `main`.
#[function_component(Root)]
pub fn root() -> Html {
    let boot = use_reducer_eq(|| {
        let saved = crate::persist::peek();
        let early = shows_before_knowledge(&saved);
        let knowledge = match crate::engine::installed() {
            Some(_) => Knowledge::Ready,
            None => Knowledge::Loading,
        };
        // The journey's first language too (`startup::init` takes the same order).
        let lang = crate::startup::first_lang(None, query_lang(), saved.lang, browser_lang());
        Boot::new(early, knowledge, Route::parse(&current_hash()), lang)
    });
    let early = boot.early;
    let lang = boot.lang;
    let shown = boot.shown();
    // The shown screen's key, as the journey keys its pages ("" when this draws none).
    let key = match shown {
        Shown::Page => boot.route.to_hash(),
        Shown::Loading => "#boot-loading".to_string(),
        Shown::Failed(_) => "#boot-failed".to_string(),
        Shown::Nothing | Shown::Journey => String::new(),
    };

    {
        // Fetch, check and install the knowledge base: on an early visit just after the
        // first paint (decoding and compiling it must not delay the start page), otherwise at
        // once; again on each "Try again". A fetch that has not ended in `TIMEOUT_MS` counts
        // as failed.
        let dispatcher = boot.dispatcher();
        use_effect_with(boot.attempt, move |&attempt| {
            let timer = dispatcher.clone();
            let fetch = move || {
                after(
                    TIMEOUT_MS,
                    Box::new(move || timer.dispatch(Msg::TimedOut(attempt))),
                );
                wasm_bindgen_futures::spawn_local(async move {
                    let result = crate::engine::load().await.map(|_| ());
                    dispatcher.dispatch(Msg::Loaded(attempt, result));
                });
            };
            if attempt == 0 && early {
                after_next_paint(Box::new(fetch));
            } else {
                fetch();
            }
        });
    }
    {
        // Another language's catalogue is fetched alongside the knowledge base (after the first
        // paint on an early visit); one that takes too long is left to the journey, which says
        // so and shows the English texts.
        let dispatcher = boot.dispatcher();
        let wanted = (!boot.catalogue && !boot.journey).then_some(lang);
        use_effect_with(wanted, move |wanted| {
            if let Some(lang) = *wanted {
                let timer = dispatcher.clone();
                after(
                    TIMEOUT_MS,
                    Box::new(move || timer.dispatch(Msg::Catalogue(lang))),
                );
                let fetch = move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = crate::runtime::load_catalogue(lang).await;
                        dispatcher.dispatch(Msg::Catalogue(lang));
                    });
                };
                if early {
                    after_next_paint(Box::new(fetch));
                } else {
                    fetch();
                }
            }
        });
    }
    {
        // Say the questions are on their way only after a moment: half a second on a visit
        // that waits from the start, a third after Start on an early one.
        let dispatcher = boot.dispatcher();
        use_effect_with(boot.slow, move |&slow| {
            if !slow {
                after(
                    if early { 300 } else { 500 },
                    Box::new(move || dispatcher.dispatch(Msg::Slow)),
                );
            }
        });
    }
    {
        // The service worker's precache downloads every file of the build: registered once
        // the knowledge base has arrived (or failed), so that it never competes with it.
        let dispatcher = boot.dispatcher();
        let settled = boot.knowledge != Knowledge::Loading;
        let registered = use_mut_ref(|| false);
        use_effect_with(settled, move |&settled| {
            if settled && !registered.replace(true) {
                crate::pwa::register(move || dispatcher.dispatch(Msg::UpdateReady));
            }
        });
    }
    {
        let dispatcher = boot.dispatcher();
        use_effect_with((), move |_| {
            // Inside a clinic's page, its theme and the frame's height from the first screen.
            crate::embed::before_journey();
            // Links, Back and Forward, until the journey listens itself (it reads the address
            // when it mounts; the reducer ignores them after).
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
    use_effect_with(key.clone(), |key| {
        if !key.is_empty() {
            after_paint();
        }
    });
    use_effect_with((lang, boot.journey), |(lang, journey)| {
        if !*journey {
            document_lang(*lang);
            retitle();
        }
    });

    let dispatch = {
        let boot = boot.clone();
        Callback::from(move |msg| boot.dispatch(msg))
    };
    let number = || {
        let clinic = &crate::embed::config().settings;
        crate::care::emergency_number(clinic.emergency_number.as_deref(), region().as_deref())
    };
    let page = match shown {
        Shown::Journey => {
            let updates = boot.undismissed();
            return html! {
                <App lang={boot.chosen} start={boot.start_asked} {updates} />
            };
        }
        Shown::Nothing => return Html::default(),
        Shown::Loading | Shown::Failed(_) => {
            let failed = match shown {
                Shown::Failed(failure) => Some(failure),
                _ => None,
            };
            let onretry = match failed {
                Some(Failure::Outdated) => Callback::from(|()| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }),
                _ => dispatch.reform(|()| Msg::TryAgain),
            };
            loading_page(&LoadingPageProps {
                lang,
                failed,
                number: number(),
                onretry,
            })
        }
        Shown::Page => {
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
        }
    };
    // A new version can be waiting on the start page too (a tab left open): offered as in the
    // journey, and a reload there loses nothing, since nothing is entered yet.
    let waiting = if boot.updates > boot.dismissed {
        vec![Notice::UpdateReady]
    } else {
        Vec::new()
    };
    frame(FrameProps {
        lang,
        onlang: dispatch.reform(|lang| {
            crate::persist::save_language(lang);
            Msg::Lang(lang)
        }),
        notices: notices(&NoticesProps {
            lang,
            notices: waiting,
            ondismiss: dispatch.reform(|_| Msg::DismissUpdate),
            onreload: Callback::from(|()| crate::pwa::activate_update()),
            answers_kept: true,
        }),
        above: Html::default(),
        page,
        key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
