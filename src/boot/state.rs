//! The state of `boot::Root` before the journey is mounted, as plain data and a reducer (its
//! own, like the journey's `state`): where the knowledge base is, the screen wanted, the
//! language, a Start waiting, and what to show (`Boot::shown`). Tested natively
//! (`boot/tests.rs`).

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Failure;
use crate::route::Route;
use crate::text::Lang;

/// Where the knowledge base is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Knowledge {
    Loading,
    Ready,
    Failed(Failure),
}

/// What the root holds until the journey is mounted.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Boot {
    pub(super) knowledge: Knowledge,
    /// Which fetch is the current one (each "Try again" starts another).
    pub(super) attempt: u32,
    /// The address bar's screen, followed until the journey listens itself.
    pub(super) route: Route,
    /// A language chosen here.
    pub(super) chosen: Option<Lang>,
    /// The language shown here, and whether its knowledge-base catalogue has been fetched
    /// (or could not be: the journey then says so, and shows the English texts).
    pub(super) lang: Lang,
    pub(super) catalogue: bool,
    /// Start was pressed; the journey starts once the knowledge base is here.
    pub(super) start_asked: bool,
    /// Long enough has passed to say the questions are on their way.
    pub(super) slow: bool,
    /// How many times the service worker said a new version is waiting, and how many of
    /// those the person has dismissed here.
    pub(super) updates: u32,
    pub(super) dismissed: u32,
    /// The journey is mounted, and stays.
    pub(super) journey: bool,
    /// This visit shows its first screen before the knowledge base arrives.
    pub(super) early: bool,
}

/// What happens to it.
#[derive(Debug)]
pub(super) enum Msg {
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
pub(super) enum Shown {
    /// Nothing yet: a returning visit's knowledge base comes from the cache in moments.
    Nothing,
    /// The start page or a text page (`Boot::route`).
    Page,
    Loading,
    Failed(Failure),
    Journey,
}

impl Boot {
    pub(super) fn new(early: bool, knowledge: Knowledge, route: Route, lang: Lang) -> Boot {
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
    pub(super) fn needs_journey(&self) -> bool {
        !self.early || self.start_asked || self.route.needs_knowledge()
    }

    /// Whether the journey can be mounted: it is wanted, and the knowledge base is here with
    /// the language's catalogue, so that a Spanish first screen is never drawn, titled and
    /// announced in English first. (The journey takes the same language: the saved one, or
    /// one chosen here.)
    pub(super) fn can_mount(&self) -> bool {
        self.knowledge == Knowledge::Ready && self.needs_journey() && self.catalogue
    }

    /// Whether Start would mount the journey at once (nothing left to wait for).
    pub(super) fn starts_at_once(&self) -> bool {
        self.knowledge == Knowledge::Ready && self.catalogue
    }

    /// The new versions the journey is told of: not those dismissed here.
    pub(super) fn undismissed(&self) -> u32 {
        self.updates.saturating_sub(self.dismissed)
    }

    pub(super) fn retry(&mut self) {
        self.knowledge = Knowledge::Loading;
        self.attempt += 1;
    }

    pub(super) fn shown(&self) -> Shown {
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
