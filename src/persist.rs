//! Browser storage for answers: session storage always, and local storage too when the person
//! chooses "Save on this device" (stamped with the knowledge-base version and a 30-day expiry).
//! Every access is fallible: disabled, blocked (cross-site iframes) or full storage is reported,
//! never a crash. Which copy to resume from is decided by a pure function (`choose`); decoding
//! is `legcheck-interop`'s (`legcheck_interop::saved`).

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::Engine;
use legcheck_interop::saved::{restore, Restore, Saved};
use web_sys::Storage;

use crate::state::Notice;
use crate::text::Lang;

const KEY: &str = "legcheck.answers";
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;
pub const KEEP_DAYS: f64 = 30.0;

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub answers: AnswerMap,
    pub lang: Option<Lang>,
    pub notices: Vec<Notice>,
    /// A valid copy is saved on the device: the person chose to save, so the box stays ticked.
    pub on_device: bool,
}

/// The two stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Session,
    Device,
}

impl Store {
    /// The store's name in console messages (the size build prints no `Debug` output).
    fn name(self) -> &'static str {
        match self {
            Store::Session => "session storage",
            Store::Device => "local storage",
        }
    }
}

/// Decides what to resume from the two stored copies: this tab's session copy when there is a
/// valid one (it is the latest), else the device copy. Saving on the device stays chosen
/// whenever a valid device copy exists. Returns the stores holding unusable data, to remove.
pub fn choose(
    engine: &Engine,
    session: Option<&str>,
    device: Option<&str>,
    now: f64,
) -> (Loaded, Vec<Store>) {
    let mut loaded = Loaded::default();
    let mut remove = Vec::new();
    let mut problems = Vec::new();
    let mut restored = Vec::new();
    for (store, text) in [(Store::Session, session), (Store::Device, device)] {
        let Some(text) = text else { continue };
        match restore(engine, text, now) {
            Restore::Restored {
                answers,
                lang,
                dropped,
                outdated,
            } => restored.push((store, answers, lang, dropped, outdated)),
            Restore::Expired => {
                problems.push(Notice::Expired);
                remove.push(store);
            }
            Restore::Corrupt(_) => {
                problems.push(Notice::Corrupt);
                remove.push(store);
            }
        }
    }
    loaded.on_device = restored.iter().any(|r| r.0 == Store::Device);
    match restored.into_iter().next() {
        Some((_, answers, lang, dropped, outdated)) => {
            loaded.answers = answers;
            loaded.lang = lang.as_deref().and_then(Lang::from_code);
            if outdated || !dropped.is_empty() {
                loaded.notices.push(Notice::Outdated(dropped.len()));
            }
        }
        // Only when nothing could be resumed is the person told their answers were lost.
        None => loaded.notices = problems,
    }
    (loaded, remove)
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn storage(store: Store) -> Option<Storage> {
    let window = web_sys::window()?;
    match store {
        Store::Session => window.session_storage().ok().flatten(),
        Store::Device => window.local_storage().ok().flatten(),
    }
}

/// Whether session storage can actually be written (it can exist and still refuse).
pub fn available() -> bool {
    storage(Store::Session).is_some_and(|s| {
        let ok = s.set_item("legcheck.probe", "1").is_ok();
        let _ = s.remove_item("legcheck.probe");
        ok
    })
}

/// What storage holds, read without the knowledge base (`boot`, before it arrives).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Peek {
    /// Storage can be written.
    pub works: bool,
    /// Either store holds answers, or something unreadable the journey must explain: they are
    /// checked against the knowledge base before "Continue" is offered.
    pub answers: bool,
    /// The language saved (this tab's copy first).
    pub lang: Option<Lang>,
}

/// Reads both stores without the knowledge base.
pub fn peek() -> Peek {
    let mut peek = Peek {
        works: available(),
        ..Peek::default()
    };
    for store in [Store::Session, Store::Device] {
        let Some(text) = storage(store).and_then(|s| s.get_item(KEY).ok().flatten()) else {
            continue;
        };
        match serde_json::from_str::<Saved>(&text) {
            Ok(saved) => {
                peek.answers |= !saved.answers.is_empty();
                peek.lang = peek
                    .lang
                    .or_else(|| saved.lang.as_deref().and_then(Lang::from_code));
            }
            Err(_) => peek.answers = true,
        }
    }
    peek
}

/// Keeps a language chosen before the journey (with no answers, in this tab), as choosing it
/// in the journey does, so that a reload keeps it. Nothing is written over saved answers.
pub fn save_language(lang: Lang) {
    let Some(s) = storage(Store::Session) else {
        return;
    };
    if peek().answers {
        return;
    }
    let saved = Saved {
        format: legcheck_interop::saved::FORMAT,
        kb_version: legcheck_engine::KB_VERSION.into(),
        saved_at: now(),
        expires_at: None,
        lang: Some(lang.code().into()),
        answers: AnswerMap::new(),
    };
    let _ = s.set_item(KEY, &saved.to_json());
}

/// Reads both stores and decides what to resume (removing unusable data).
pub fn load(engine: &Engine) -> Loaded {
    let read = |store| storage(store).and_then(|s| s.get_item(KEY).ok().flatten());
    let (session, device) = (read(Store::Session), read(Store::Device));
    let (loaded, remove) = choose(engine, session.as_deref(), device.as_deref(), now());
    for store in remove {
        if let Some(s) = storage(store) {
            web_sys::console::warn_1(
                &format!(
                    "LegCheck: unusable saved answers removed ({})",
                    store.name()
                )
                .into(),
            );
            let _ = s.remove_item(KEY);
        }
    }
    loaded
}

/// Saves the answers; returns false when storage refused (disabled or full).
pub fn save(engine: &Engine, answers: &AnswerMap, lang: Lang, on_device: bool) -> bool {
    let mut saved = Saved::new(engine, answers, now());
    saved.lang = Some(lang.code().into());
    let session_ok =
        storage(Store::Session).is_some_and(|s| s.set_item(KEY, &saved.to_json()).is_ok());
    let device_ok = match storage(Store::Device) {
        Some(s) if on_device => {
            saved.expires_at = Some(now() + KEEP_DAYS * DAY_MS);
            s.set_item(KEY, &saved.to_json()).is_ok()
        }
        Some(s) => s.remove_item(KEY).is_ok(),
        None => !on_device,
    };
    session_ok && device_ok
}

/// Removes everything LegCheck stored.
pub fn clear() {
    for store in [Store::Session, Store::Device] {
        if let Some(s) = storage(store) {
            let _ = s.remove_item(KEY);
        }
    }
}
