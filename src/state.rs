//! The journey as a pure state machine, after Elm's `update : Msg -> Model -> (Model, Cmd Msg)`:
//! `reduce(&State, Action, &Engine) -> (State, Vec<Effect>)`. The state is plain data, and so
//! are the effects it asks for (storage, the address bar, messages to an embedding clinic,
//! translation catalogues); one hook runs them (`runtime`). Nothing here touches the browser,
//! so every action is tested natively, in every state that matters (`state/tests.rs`).

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::{Answer, Engine};
use legcheck_interop::embed::{Command, Settings};

use crate::journey;
use crate::route::Route;
use crate::text::Lang;

mod aside;
mod import;
mod notice;
#[cfg(test)]
mod tests;

pub use import::{ImportFailure, Opened, Refusal};
pub use notice::{Item, Notice, Status};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub route: Route,
    pub answers: AnswerMap,
    pub lang: Lang,
    pub notices: Vec<Notice>,
    /// After "Change" on Check your answers: come back there when the flow is done.
    pub returning_to_check: bool,
    /// "Save on this device to continue later" (local storage) was chosen.
    pub save_on_device: bool,
    /// Storage cannot be used (disabled, blocked in an iframe, or full).
    pub storage_off: bool,
    /// A share link is open: `answers` are the link's, and the person's own are kept here.
    /// Nothing is saved while it is open.
    pub shared: Option<AnswerMap>,
    /// Where the answers shown as someone else's came from (read when `shared` is set)...
    pub opened: Opened,
    /// ...and the ankle-brachial pressures that came with them (a clinic's response).
    pub shared_abi: Option<AbiInput>,
    /// A QuestionnaireResponse that could not be opened (cleared when the screen changes).
    pub import_error: Option<ImportFailure>,
    /// Languages whose knowledge-base catalogue has arrived (English needs none).
    pub catalogues: Vec<Lang>,
    /// What the embedding clinic configured (theme, language, its own next-step links).
    pub clinic: Settings,
    /// The browser's region (`en-GB` -> `GB`), for the emergency number when the clinic
    /// gives none (`care::emergency_number`).
    pub region: Option<String>,
    /// Emergency signs already shown on the emergency card (`Engine::emergency_signs`), so that
    /// continuing the questions for information does not show it again for the same sign.
    pub emergencies_shown: Vec<String>,
    /// How the last copy or share went (cleared when the screen changes).
    pub status: Option<Status>,
    /// The screen the privacy, accessibility or clinicians' page was opened from: their Back
    /// link goes there.
    pub came_from: Option<Route>,
    /// The answers whose result the embedding clinic was last sent, so that coming back to the
    /// same result (from the footer's pages, say) does not send it again.
    pub result_sent: Option<AnswerMap>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The address bar changed: a link, a reload or the browser's back button.
    UrlChanged(Route),
    /// Start, or resume where the person left off.
    Start,
    /// Start, on the history entry a wait for the questions was given (`boot::Root`, so
    /// that Back then stays in LegCheck; `app::start_action` tells): the first screen takes that
    /// entry over.
    StartInPlace,
    /// Answers to the red-flags screen, all at once (or only some, with a "yes").
    AnswerAll(Vec<(String, Answer)>),
    Answer(String, Answer),
    /// "Change" on Check your answers.
    Change(String),
    ContinueAfterEmergency,
    SeeResult,
    SetLang(Lang),
    /// A command from the embedding clinic, already checked (`legcheck_interop::embed`).
    Command(Command),
    CatalogueLoaded(Lang),
    CatalogueFailed(Lang),
    Dismiss(Notice),
    /// Storage refused to keep the answers (disabled or full).
    StorageFailed,
    SaveOnDevice(bool),
    /// Start again: forget the answers (a shared link gives the person's own back).
    Restart,
    /// Clear my answers: forget everything the app stored.
    Clear,
    UpdateReady,
    ReloadToUpdate,
    /// Copy a text (the summary, the share link) to the clipboard...
    Copy(Item, String),
    /// ...and whether the browser did.
    CopyDone(Item, bool),
    /// Open a FHIR QuestionnaireResponse from a file the person picked: the runner reads it...
    OpenFile(web_sys::File),
    /// ...and gives its text, or why it could not.
    FileRead(Result<String, Refusal>),
    /// Share the link with the phone's own share sheet (Web Share)...
    Share(String),
    /// ...and how it went (`None`: the person closed the share sheet).
    ShareDone(Option<bool>),
}

/// What to keep in browser storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Persisted {
    pub answers: AnswerMap,
    pub lang: Lang,
    pub on_device: bool,
}

/// A side effect, as data. `runtime` runs them in order after the state has changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Keep the answers in this tab's session storage, and on the device when chosen (the
    /// device copy is removed otherwise).
    Save(Persisted),
    /// Forget everything stored.
    ClearStorage,
    /// Show the route in the address bar as a new history entry...
    PushUrl(Route),
    /// ...or in place of the current one (a redirect must not add a Back step).
    ReplaceUrl(Route),
    /// Fetch the knowledge base's texts in this language.
    LoadCatalogue(Lang),
    /// `<html lang>` follows the language.
    DocumentLang(Lang),
    /// Tell the embedding clinic how far along the person is...
    SendProgress { answered: usize, total: usize },
    /// ...and the result (the runner adds the time and, if asked for, FHIR).
    SendResult,
    /// Apply the clinic's colour and font scale.
    Theme(Box<Settings>),
    /// Let the waiting new version take over, and reload into it.
    ActivateUpdate,
    /// Put the text on the clipboard; the runner answers with `Action::CopyDone`.
    Copy(Item, String),
    /// Open the share sheet with this link; the runner answers with `Action::ShareDone`.
    Share(String),
    /// Read a picked file's text (refused unread above the importer's size limit); the runner
    /// answers with `Action::FileRead`.
    ReadFile(web_sys::File),
    /// Tell the embedding clinic that the response it sent was refused (`legcheck:error`),
    /// with the emergency signs it still shows, or `None` when it could not be read to check.
    SendError {
        item: String,
        message: String,
        emergency: Option<Vec<String>>,
    },
    /// Say why something was refused, for whoever debugs an embedding or a link.
    Warn(String),
}

/// How the address bar follows a route change.
#[derive(Clone, Copy, PartialEq)]
enum Url {
    Push,
    Replace,
    /// It already shows the route (the person navigated there).
    Keep,
}

impl State {
    /// The emergency number the care cards show and call.
    pub fn emergency_number(&self) -> crate::care::EmergencyNumber {
        crate::care::emergency_number(
            self.clinic.emergency_number.as_deref(),
            self.region.as_deref(),
        )
    }

    fn push_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// After answers changed: drop what an edit made irrelevant, then show the emergency card
    /// for any emergency sign not shown yet, or else the next screen.
    fn after_answers(&mut self, e: &Engine) {
        e.prune(&mut self.answers);
        if self.show_new_emergency(e) {
            return;
        }
        let next = journey::next(e, &self.answers);
        self.route = if self.returning_to_check && next == Route::Check {
            self.returning_to_check = false;
            Route::Check
        } else {
            next
        };
    }

    /// Shows the emergency card for an emergency sign (a "yes", or unsure signs that together
    /// make an emergency) not shown yet. A sign that stops applying is forgotten, so answering
    /// "yes" again shows the card again.
    fn show_new_emergency(&mut self, e: &Engine) -> bool {
        let signs = e.emergency_signs(&self.answers);
        self.emergencies_shown.retain(|id| signs.contains(id));
        let new: Vec<String> = signs
            .into_iter()
            .filter(|id| !self.emergencies_shown.contains(id))
            .collect();
        if new.is_empty() {
            return false;
        }
        self.emergencies_shown.extend(new);
        self.route = Route::Emergency;
        true
    }

    /// The route asked for, or the screen it must give way to (`journey::resolve`).
    fn navigate(&mut self, e: &Engine, route: Route, effects: &mut Vec<Effect>) -> Url {
        self.note_came_from(e, &route);
        if let Route::Share(payload) = &route {
            if self.route == route {
                return Url::Keep;
            }
            return self.open_share(e, payload, effects);
        }
        if route == Route::Opened {
            return self.revisit_opened(e);
        }
        // Leaving a shared link brings the person's own answers back.
        if let Some(own) = self.shared.take() {
            self.answers = own;
            self.notices.retain(|n| !n.is_about_a_link());
        }
        let resolved = journey::resolve(e, &self.answers, route.clone());
        self.route = resolved;
        if self.route == route {
            Url::Keep
        } else {
            Url::Replace
        }
    }
}

/// The next state and the effects it asks for.
pub fn reduce(state: &State, action: Action, e: &Engine) -> (State, Vec<Effect>) {
    let mut next = state.clone();
    let mut effects = Vec::new();
    let mut url = Url::Push;
    match action {
        Action::UrlChanged(route) => url = next.navigate(e, route, &mut effects),
        start @ (Action::Start | Action::StartInPlace) => {
            if start == Action::StartInPlace {
                url = Url::Replace;
            }
            // Resuming answers that are an emergency shows the card first.
            if !next.show_new_emergency(e) {
                next.route = journey::next(e, &next.answers);
            }
        }
        Action::AnswerAll(answers) => {
            next.answers.extend(answers);
            next.after_answers(e);
        }
        Action::Answer(id, answer) => {
            next.answers.insert(id, answer);
            next.after_answers(e);
        }
        Action::Change(id) => {
            next.returning_to_check = true;
            next.route = if journey::on_red_flag_screen(e, &id) {
                Route::RedFlags
            } else {
                Route::Question(id)
            };
        }
        Action::ContinueAfterEmergency => next.route = journey::next(e, &next.answers),
        Action::SeeResult => {
            // Only when every question the flow asks is answered: an edit that opened new
            // questions cannot be skipped.
            next.route = match journey::next(e, &next.answers) {
                Route::Check => {
                    next.returning_to_check = false;
                    Route::Result
                }
                unanswered => unanswered,
            };
        }
        Action::SetLang(lang) => next.lang = lang,
        Action::Command(Command::Reset) => return reduce(state, Action::Clear, e),
        Action::Command(Command::SetLanguage(code)) => match Lang::from_code(&code) {
            Some(lang) => next.lang = lang,
            None => effects.push(Effect::Warn(format!("language `{code}` is not available"))),
        },
        Action::Command(Command::Init(settings, response)) => {
            if let Some(lang) = settings.lang.as_deref().and_then(Lang::from_code) {
                next.lang = lang;
            }
            // The settings apply even if the response is refused: the clinic's emergency
            // number and links must not depend on it (docs/EMBEDDING.md).
            next.clinic.merge(*settings);
            if let Some(response) = response {
                url = next.open_clinic_response(e, &response, &mut effects);
            }
        }
        Action::OpenFile(file) => effects.push(Effect::ReadFile(file)),
        Action::FileRead(text) => url = next.open_file(e, text, &mut effects),
        Action::CatalogueLoaded(lang) => {
            if !next.catalogues.contains(&lang) {
                next.catalogues.push(lang);
            }
        }
        Action::CatalogueFailed(_) => next.push_notice(Notice::NoCatalogue),
        Action::Dismiss(notice) => next.notices.retain(|n| *n != notice),
        Action::StorageFailed => {
            next.storage_off = true;
            next.save_on_device = false;
            next.push_notice(Notice::StorageOff);
        }
        // A shared result is someone else's: it cannot be saved as the person's own.
        Action::SaveOnDevice(on) if next.shared.is_none() && !next.storage_off => {
            next.save_on_device = on;
            if on {
                next.push_notice(Notice::Saved);
            } else {
                next.notices.retain(|n| *n != Notice::Saved);
            }
        }
        Action::SaveOnDevice(_) => {}
        Action::Restart => {
            // Leaving a shared link brings the person's own answers back.
            next.answers = next.shared.take().unwrap_or_default();
            if state.shared.is_none() {
                next.emergencies_shown.clear();
            }
            // Only the warning that progress cannot be kept still applies.
            next.notices.retain(|n| *n == Notice::StorageOff);
            next.returning_to_check = false;
            next.route = Route::Start;
        }
        Action::Clear => {
            next = State {
                lang: next.lang,
                storage_off: next.storage_off,
                catalogues: next.catalogues.clone(),
                clinic: next.clinic.clone(),
                region: next.region.clone(),
                ..State::default()
            };
            if next.storage_off {
                next.push_notice(Notice::StorageOff);
            }
            next.push_notice(Notice::Cleared);
            effects.push(Effect::ClearStorage);
        }
        Action::UpdateReady => next.push_notice(Notice::UpdateReady),
        Action::ReloadToUpdate => effects.push(Effect::ActivateUpdate),
        // A new attempt clears the last message, so the same message is announced again.
        Action::Copy(item, text) => {
            next.status = None;
            effects.push(Effect::Copy(item, text));
        }
        Action::CopyDone(item, ok) => {
            next.status = Some(if ok {
                Status::Copied(item)
            } else {
                Status::CopyFailed(item)
            });
        }
        Action::Share(link) => {
            next.status = None;
            effects.push(Effect::Share(link));
        }
        Action::ShareDone(outcome) => {
            next.status = outcome.map(|ok| {
                if ok {
                    Status::Shared
                } else {
                    Status::ShareFailed
                }
            });
        }
    }
    if next.route != state.route {
        next.status = None;
        next.import_error = None;
    }
    // The clinic is sent a result once for each set of answers, whenever the result screen is
    // reached with answers it has not been sent.
    let reached_result = next.route == Route::Result && state.route != Route::Result;
    if reached_result && next.result_sent.as_ref() != Some(&next.answers) {
        next.result_sent = Some(next.answers.clone());
        effects.push(Effect::SendResult);
    }
    follow(state, &next, url, e, &mut effects);
    (next, effects)
}

/// The effects every change implies, whatever the action: the address bar, storage, the
/// language, and what an embedding clinic is told.
fn follow(before: &State, after: &State, url: Url, e: &Engine, effects: &mut Vec<Effect>) {
    match url {
        Url::Push if after.route != before.route => {
            effects.push(Effect::PushUrl(after.route.clone()))
        }
        // A redirect corrects the address even when the screen stays the same.
        Url::Replace => effects.push(Effect::ReplaceUrl(after.route.clone())),
        Url::Push | Url::Keep => {}
    }
    let persisted = |s: &State| (s.answers.clone(), s.lang, s.save_on_device);
    let cleared = effects.contains(&Effect::ClearStorage);
    if after.shared.is_none()
        && !after.storage_off
        && !cleared
        && persisted(before) != persisted(after)
    {
        effects.push(Effect::Save(Persisted {
            answers: after.answers.clone(),
            lang: after.lang,
            on_device: after.save_on_device,
        }));
    }
    if after.lang != before.lang {
        effects.push(Effect::DocumentLang(after.lang));
        if after.lang != Lang::En && !after.catalogues.contains(&after.lang) {
            effects.push(Effect::LoadCatalogue(after.lang));
        }
    }
    if after.clinic != before.clinic {
        effects.push(Effect::Theme(Box::new(after.clinic.clone())));
    }
    if !after.shows_theirs() && (after.answers != before.answers || after.route != before.route) {
        let progress = e.progress(&after.answers);
        effects.push(Effect::SendProgress {
            answered: progress.answered,
            total: progress.total,
        });
    }
}
