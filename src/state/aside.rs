//! Pages opened aside from the journey (the footer's and the clinicians'), whose Back link
//! returns to the screen they were opened from, and what an embedding clinic is told of
//! progress while someone else's answers are shown.

use legcheck_engine::Engine;

use super::{Opened, Route, State};
use crate::journey;

/// Pages opened aside from the journey: their Back link returns to the screen they were
/// opened from.
pub(super) fn opened_aside(route: &Route) -> bool {
    matches!(
        route,
        Route::Privacy | Route::Accessibility | Route::Clinicians
    )
}

impl State {
    /// Where the Back link goes: from a page opened aside, the screen it was opened from;
    /// elsewhere the journey's previous screen.
    pub fn back(&self, e: &Engine) -> Route {
        if opened_aside(&self.route) {
            self.came_from.clone().unwrap_or_default()
        } else {
            journey::previous(e, &self.answers, &self.route)
        }
    }

    /// Entering a page aside from the journey remembers where Back goes. From a result opened
    /// from a file or sent by the clinic, that is the person's own screen, not the opened
    /// result: leaving it gives their own answers back, and Back must not open it again.
    pub(super) fn note_came_from(&mut self, e: &Engine, route: &Route) {
        if !opened_aside(route) || opened_aside(&self.route) {
            return;
        }
        self.came_from = Some(match (&self.shared, self.opened) {
            (Some(own), Opened::File | Opened::Clinic) if own.is_empty() => Route::Start,
            (Some(own), Opened::File | Opened::Clinic) => journey::resolve(e, own, Route::Result),
            _ => self.route.clone(),
        });
    }

    /// Someone else's answers are shown (a link or a file): they are no part of the person's
    /// progress, which an embedding clinic is not sent for them. A clinic's own response is
    /// what it sent, so its result counts.
    pub(super) fn shows_theirs(&self) -> bool {
        self.shared.is_some() && self.opened != Opened::Clinic
    }
}
