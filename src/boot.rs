//! What runs before the journey can: fetching the knowledge base (`engine::load`), and on a
//! first visit showing the start page and the text pages meanwhile, since they read none of it
//! (issue 14: the first visit's wasm carries no knowledge base). The journey (`app::App`) is
//! mounted once the knowledge base is installed and the person goes where it is needed (Start,
//! a question's address, the clinicians' page); it then stays. A visit whose first screen
//! depends on the knowledge base (saved answers to check, a link into the journey, a clinic's
//! frame, storage that does not work) waits for it: from the service worker's cache that takes
//! moments, so nothing is shown for the first half second. If it cannot be fetched, the page
//! says so, offers to try again, and shows the emergency number; nothing stored is touched.

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
use crate::runtime::{
    after, after_next_paint, browser_lang, current_hash, document_lang, query_lang, region,
    wait_entry, Task,
};
use crate::state::Notice;

mod state;
#[cfg(test)]
mod tests;

use state::{Boot, Knowledge, Msg, Shown};

/// Whether this visit can show its first screen before the knowledge base arrives: its address
/// is the start page or a text page, no clinic frames it, and storage works and holds no answers
/// (saved answers are checked against the knowledge base before "Continue" is offered).
fn shows_before_knowledge(saved: &crate::persist::Peek) -> bool {
    !Route::parse(&current_hash()).needs_knowledge()
        && !crate::embed::config().embed
        && saved.works
        && !saved.answers
}

/// Runs a fetch just after the first paint on an early visit (decoding what it brings must not
/// delay the start page), at once on any other.
fn fetch_soon(early: bool, fetch: Task) {
    if early {
        after_next_paint(fetch);
    } else {
        fetch();
    }
}

/// How long a fetch may take before the person is told it failed (a hung connection never
/// answers at all), in milliseconds.
const TIMEOUT_MS: i32 = 15_000;

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
            fetch_soon(attempt == 0 && early, Box::new(fetch));
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
                fetch_soon(early, Box::new(fetch));
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
            let listeners =
                crate::runtime::follow_address(move |route| dispatcher.dispatch(Msg::Route(route)));
            move || drop(listeners)
        });
    }
    use_effect_with(key.clone(), move |key| {
        if !key.is_empty() {
            after_paint();
        }
        // Inside a clinic's page, the clinic is told each time the failure page is shown (each
        // failure is a new screen: a retry always shows another one first, `Boot::retry`): it
        // receives no `legcheck:ready` then.
        if let Shown::Failed(failure) = shown {
            crate::embed::send_unavailable(failure);
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
                    onstart: {
                        let boot = boot.clone();
                        Callback::from(move |()| {
                            // A wait (for the knowledge base or the catalogue) gets an entry of
                            // its own in the history (reused on a second press, Forward or a
                            // reload there), so that Back during it comes back here instead of
                            // leaving LegCheck; the first screen takes it over
                            // (`app::start_action`).
                            wait_entry(!boot.starts_at_once());
                            boot.dispatch(Msg::Start)
                        })
                    },
                    onrestart: Callback::noop(),
                }),
            }
        }
    };
    // A new version can be waiting on the start page too (a tab left open): offered as in the
    // journey, and a reload there loses nothing, since nothing is entered yet.
    let waiting = if boot.undismissed() > 0 {
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
        embedded: crate::embed::config().embed,
    })
}
