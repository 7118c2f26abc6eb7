//! Opening answers that are someone else's: a share link (`open_share`), and a FHIR
//! QuestionnaireResponse from a file the person picked or from an embedding clinic's
//! `legcheck:init`, checked by `legcheck-interop`'s importer. Both are shown as a result
//! addressed to its reader, with the person's own answers kept aside and nothing saved; a link
//! keeps its answers in the address (`#/share/...`), an opened response only in memory
//! (`#/opened`, so a reload closes it). A link or response that cannot be opened changes nothing of the person's answers: a
//! notice (a link), or an error summary (and, for a clinic, a `legcheck:error` event).

use legcheck_engine::{AnswersDoc, Engine};
use legcheck_interop::fhir::{self, ImportError, IncomingResponse, Problem};

use legcheck_interop::share::ShareError;

use super::{Effect, Notice, Route, State, Url};
use crate::journey;

/// Where answers shown as someone else's result came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Opened {
    /// A share link (its answers are in the address).
    #[default]
    Link,
    File,
    Clinic,
}

/// Why a response could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The browser could not read the file.
    Unreadable,
    /// The importer refused it (or the file was too large to read).
    Refused(Problem),
}

/// A response that could not be opened: shown in an error summary until the screen changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFailure {
    pub from: Opened,
    pub refusal: Refusal,
    /// The item at fault: a question's id, or a top-level element (`document`, `questionnaire`).
    pub item: String,
    /// Which failure this is, so the summary takes focus again for the same error.
    pub attempt: u32,
    /// The emergency signs (red flag ids) the refused response still shows: the person is told
    /// to get emergency care with the error, and the clinic with its `legcheck:error`. Empty
    /// too when the response could not be read (`Refused::emergency` is `None`).
    pub emergency: Vec<String>,
}

/// Why a response was not opened, with the English detail for the console and the clinic.
struct Refused {
    refusal: Refusal,
    item: String,
    detail: String,
    /// `None` when the response could not be read, so its emergency signs are unknown.
    emergency: Option<Vec<String>>,
}

/// The outcome of reading a response.
type Read = Result<AnswersDoc, Refused>;

fn refused(e: ImportError) -> Refused {
    Refused {
        detail: e.to_string(),
        refusal: Refusal::Refused(e.problem),
        // Unknown only when nothing could be read; a sign found is never dropped.
        emergency: (!e.unread || !e.emergency.is_empty()).then_some(e.emergency),
        item: e.item,
    }
}

/// Sent to a clinic whose response is not opened because the person is being told to get
/// emergency care for their own answers (docs/EMBEDDING.md).
pub const EMERGENCY_SHOWN: &str = "not opened: the person is being shown LegCheck's emergency card for their own answers, which a clinic's response must not replace";

impl State {
    /// Opens a share link: its answers, checked and pruned, are shown; the person's own are
    /// kept aside. A damaged or foreign link changes nothing but a notice.
    pub(super) fn open_share(
        &mut self,
        e: &Engine,
        payload: &str,
        effects: &mut Vec<Effect>,
    ) -> Url {
        match legcheck_interop::share::decode(e, payload) {
            Ok(doc) => {
                self.show_theirs(e, doc, Opened::Link);
                self.route = Route::Share(payload.to_string());
                Url::Keep
            }
            Err(err) => {
                effects.push(Effect::Warn(format!("share link rejected: {err}")));
                // Leaving any link that was open: the person's own answers come back.
                if let Some(own) = self.shared.take() {
                    self.answers = own;
                    self.notices.retain(|n| !n.is_about_a_link());
                }
                self.push_notice(match err {
                    ShareError::Invalid(_) => Notice::LinkMismatch,
                    _ => Notice::BadLink,
                });
                self.route = Route::Start;
                Url::Replace
            }
        }
    }

    /// Shows someone else's answers, checked and pruned, keeping the person's own aside, with
    /// the notices that say where they came from and what was left out.
    fn show_theirs(&mut self, e: &Engine, doc: AnswersDoc, from: Opened) {
        let mut answers = doc.answers;
        let dropped = e.prune(&mut answers).len();
        if self.shared.is_none() {
            self.shared = Some(std::mem::take(&mut self.answers));
        }
        self.notices.retain(|n| !n.is_about_a_link());
        self.answers = answers;
        self.opened = from;
        self.shared_abi = doc.abi;
        self.push_notice(match from {
            Opened::Link => Notice::LinkLoaded,
            Opened::File => Notice::FileLoaded,
            Opened::Clinic => Notice::ClinicLoaded,
        });
        if doc.kb_version.is_some_and(|v| v != e.kb.version) {
            self.push_notice(Notice::LinkOutdated(dropped));
        } else if dropped > 0 {
            self.push_notice(Notice::LinkPruned(dropped));
        }
        if journey::next(e, &self.answers) != Route::Check {
            self.push_notice(Notice::LinkIncomplete);
        }
    }

    /// The address of opened answers, asked for when they are not shown (a reload, or Back and
    /// Forward past them): they were kept in memory only, so they are gone. The person's own
    /// screen is shown, with a notice saying so.
    pub(super) fn revisit_opened(&mut self, e: &Engine) -> Url {
        if self.route == Route::Opened {
            return Url::Keep;
        }
        if let Some(own) = self.shared.take() {
            self.answers = own;
        }
        self.notices.retain(|n| !n.is_about_a_link());
        self.push_notice(Notice::OpenedGone);
        self.route = if self.answers.is_empty() {
            Route::Start
        } else {
            journey::resolve(e, &self.answers, Route::Result)
        };
        Url::Replace
    }

    /// A picked file's text (or why it could not be read), opened as a response.
    pub(super) fn open_file(
        &mut self,
        e: &Engine,
        text: Result<String, Refusal>,
        effects: &mut Vec<Effect>,
    ) -> Url {
        let read = match text {
            Ok(text) => fhir::from_response(e, &text).map_err(refused),
            Err(refusal) => {
                let why = match refusal {
                    Refusal::Unreadable => "the browser could not read the file",
                    Refusal::Refused(_) => "the file is larger than 1 MB",
                };
                Err(Refused {
                    refusal,
                    item: "document".into(),
                    detail: why.into(),
                    emergency: None,
                })
            }
        };
        self.open_response(e, Opened::File, read, effects)
    }

    /// The response a clinic's `legcheck:init` carried.
    pub(super) fn open_clinic_response(
        &mut self,
        e: &Engine,
        response: &IncomingResponse,
        effects: &mut Vec<Effect>,
    ) -> Url {
        // The person's own emergency card stays: a clinic re-sending its init (after the frame
        // reloaded, say) must not take them away from being told to call for help.
        let own = self.shared.as_ref().unwrap_or(&self.answers);
        if self.route == Route::Emergency || !e.emergency_signs(own).is_empty() {
            effects.push(Effect::Warn(format!(
                "QuestionnaireResponse {EMERGENCY_SHOWN}"
            )));
            effects.push(Effect::SendError {
                item: "document".into(),
                message: EMERGENCY_SHOWN.into(),
                // Not read: the person's own emergency comes first.
                emergency: None,
            });
            return Url::Keep;
        }
        let read = fhir::read_response(e, response).map_err(refused);
        self.open_response(e, Opened::Clinic, read, effects)
    }

    fn open_response(
        &mut self,
        e: &Engine,
        from: Opened,
        read: Read,
        effects: &mut Vec<Effect>,
    ) -> Url {
        match read {
            Ok(mut doc) => {
                // The importer moved the answers to this knowledge base already.
                doc.kb_version = Some(e.kb.version.clone());
                self.import_error = None;
                self.show_theirs(e, doc, from);
                // In memory only: the address names no answers, so none enter the browser's
                // history (a reload forgets them, `revisit_opened`).
                self.route = Route::Opened;
                if from == Opened::Clinic {
                    effects.push(Effect::SendResult);
                }
                // A new history entry: Back returns to the screen the file was opened from.
                Url::Push
            }
            Err(Refused {
                refusal,
                item,
                detail,
                emergency,
            }) => {
                effects.push(Effect::Warn(format!(
                    "QuestionnaireResponse refused: {detail}"
                )));
                if from == Opened::Clinic {
                    effects.push(Effect::SendError {
                        item: item.clone(),
                        message: detail,
                        emergency: emergency.clone(),
                    });
                }
                let attempt = self.import_error.as_ref().map_or(0, |f| f.attempt + 1);
                self.import_error = Some(ImportFailure {
                    from,
                    refusal,
                    item,
                    attempt,
                    emergency: emergency.unwrap_or_default(),
                });
                Url::Keep
            }
        }
    }
}
