//! The journey as plain data (`State`) changed only through `Action`s by the reducer, as in
//! Yew's function_todomvc example. No UI and no browser APIs here: storage and the URL are
//! synchronised by effects in `app`.

use std::collections::BTreeMap;
use std::rc::Rc;

use legcheck_engine::embed::Settings;
use legcheck_engine::Answer;
use yew::Reducible;

use crate::engine::engine;
use crate::journey;
use crate::route::Route;
use crate::text::Lang;

/// Messages shown above the page until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    StorageOff,
    Corrupt,
    Expired,
    Outdated(usize),
    Cleared,
    Saved,
    BadLink,
    LinkMismatch,
    LinkLoaded,
    NoCatalogue,
    /// A new version is installed and waiting; offered with a reload button.
    UpdateReady,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub route: Route,
    pub answers: BTreeMap<String, Answer>,
    pub lang: Lang,
    pub notices: Vec<Notice>,
    /// After "Change" on Check your answers: come back there when the flow is done.
    pub returning_to_check: bool,
    /// "Save on this device to continue later" (local storage) was chosen.
    pub save_on_device: bool,
    /// Storage cannot be used (disabled, blocked in an iframe, or full).
    pub storage_off: bool,
    /// The answers came from a share link; the person's own answers are kept aside.
    pub shared_from: Option<BTreeMap<String, Answer>>,
    /// Bumped when a translation catalogue arrives, so every screen re-renders in it.
    pub catalogues: u32,
    /// What the embedding clinic configured (theme, language, its own next-step links).
    pub clinic: Settings,
}

pub enum Action {
    /// A link, a reload or the browser's back button asked for this route.
    Navigate(Route),
    /// Start, or resume where the person left off.
    Start,
    /// Answers to the red-flags screen, all at once.
    AnswerAll(Vec<(String, Answer)>),
    Answer(String, Answer),
    /// "Change" on Check your answers.
    Change(String),
    ContinueAfterEmergency,
    SeeResult,
    SetLang(Lang),
    /// The embedding clinic's `legcheck:init`: later settings replace earlier ones.
    Configure(Box<Settings>),
    /// A translation catalogue finished loading.
    CatalogueLoaded,
    Restore {
        answers: BTreeMap<String, Answer>,
        lang: Option<Lang>,
        notices: Vec<Notice>,
        save_on_device: bool,
    },
    LoadShared(BTreeMap<String, Answer>),
    Notice(Notice),
    Dismiss(Notice),
    StorageOff,
    SaveOnDevice(bool),
    /// Start again: forget the answers (kept on the device only if saving was chosen).
    Restart,
    /// Clear my answers: forget everything the app stored.
    Clear,
}

impl State {
    fn push_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    fn after_answer(&mut self) {
        let Ok(e) = engine() else { return };
        e.prune(&mut self.answers);
        let next = journey::next(e, &self.answers);
        self.route = if self.returning_to_check && next == Route::Check {
            self.returning_to_check = false;
            Route::Check
        } else {
            next
        };
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let Ok(e) = engine() else {
            return self;
        };
        match action {
            Action::Navigate(route) => {
                let route = journey::resolve(e, &next.answers, route);
                if route == next.route {
                    return self;
                }
                next.route = route;
            }
            Action::Start => next.route = journey::next(e, &next.answers),
            Action::AnswerAll(answers) => {
                next.answers.extend(answers);
                if e.emergency_flagged(&next.answers) {
                    e.prune(&mut next.answers);
                    next.route = Route::Emergency;
                } else {
                    next.after_answer();
                }
            }
            Action::Answer(id, answer) => {
                next.answers.insert(id, answer);
                next.after_answer();
            }
            Action::Change(id) => {
                next.returning_to_check = true;
                next.route = if journey::on_red_flag_screen(e, &id) {
                    Route::RedFlags
                } else {
                    Route::Question(id)
                };
            }
            Action::ContinueAfterEmergency => next.after_answer(),
            Action::SeeResult => {
                next.returning_to_check = false;
                next.route = Route::Result;
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Configure(settings) => {
                if let Some(lang) = settings.lang.as_deref().and_then(Lang::from_code) {
                    next.lang = lang;
                }
                next.clinic.merge(*settings);
            }
            Action::CatalogueLoaded => next.catalogues += 1,
            Action::Restore {
                answers,
                lang,
                notices,
                save_on_device,
            } => {
                next.answers = answers;
                next.lang = lang.unwrap_or(next.lang);
                next.save_on_device = save_on_device;
                notices.into_iter().for_each(|n| next.push_notice(n));
                next.route = journey::resolve(e, &next.answers, next.route.clone());
            }
            Action::LoadShared(answers) => {
                if next.shared_from.is_none() {
                    next.shared_from = Some(std::mem::take(&mut next.answers));
                }
                next.answers = answers;
                next.push_notice(Notice::LinkLoaded);
                next.route = journey::resolve(e, &next.answers, Route::Result);
            }
            Action::Notice(notice) => next.push_notice(notice),
            Action::Dismiss(notice) => next.notices.retain(|n| *n != notice),
            Action::StorageOff => {
                next.storage_off = true;
                next.push_notice(Notice::StorageOff);
            }
            Action::SaveOnDevice(on) => {
                next.save_on_device = on;
                if on {
                    next.push_notice(Notice::Saved);
                }
            }
            Action::Restart => {
                // Leaving a shared link brings the person's own answers back.
                next.answers = next.shared_from.take().unwrap_or_default();
                // Only the warning that progress cannot be kept still applies.
                next.notices.retain(|n| *n == Notice::StorageOff);
                next.returning_to_check = false;
                next.route = Route::Start;
            }
            Action::Clear => {
                next = State {
                    lang: next.lang,
                    storage_off: next.storage_off,
                    catalogues: next.catalogues,
                    clinic: next.clinic.clone(),
                    ..State::default()
                };
                if next.storage_off {
                    next.push_notice(Notice::StorageOff);
                }
                next.push_notice(Notice::Cleared);
            }
        }
        next.into()
    }
}
