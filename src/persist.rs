//! Browser storage for answers: session storage by default, local storage when the person
//! chooses "Save on this device" (stamped with the knowledge-base version and a 30-day expiry).
//! Every access is fallible: disabled, blocked (cross-site iframes) or full storage is reported,
//! never a crash. Decoding is the engine's (`legcheck_engine::saved`).

use std::collections::BTreeMap;

use legcheck_engine::saved::{restore, Restore, Saved};
use legcheck_engine::{Answer, Engine};
use web_sys::Storage;

use crate::state::Notice;
use crate::text::Lang;

const KEY: &str = "legcheck.answers";
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;
pub const KEEP_DAYS: f64 = 30.0;

fn now() -> f64 {
    js_sys::Date::now()
}

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether session storage can actually be written (it can exist and still refuse).
pub fn available() -> bool {
    session().is_some_and(|s| {
        let ok = s.set_item("legcheck.probe", "1").is_ok();
        let _ = s.remove_item("legcheck.probe");
        ok
    })
}

/// What was found in storage at start-up.
pub struct Loaded {
    pub answers: BTreeMap<String, Answer>,
    pub lang: Option<Lang>,
    pub notices: Vec<Notice>,
    pub on_device: bool,
}

/// Reads saved answers: this tab's session first, then answers saved on the device.
pub fn load(engine: &Engine) -> Loaded {
    let mut loaded = Loaded {
        answers: BTreeMap::new(),
        lang: None,
        notices: Vec::new(),
        on_device: false,
    };
    for (store, on_device) in [(session(), false), (local(), true)] {
        let Some(text) = store.as_ref().and_then(|s| s.get_item(KEY).ok().flatten()) else {
            continue;
        };
        match restore(engine, &text, now()) {
            Restore::Restored {
                answers,
                lang,
                dropped,
                outdated,
            } => {
                loaded.answers = answers;
                loaded.lang = lang.as_deref().and_then(Lang::from_code);
                loaded.on_device = on_device;
                if outdated || !dropped.is_empty() {
                    loaded.notices.push(Notice::Outdated(dropped.len()));
                }
                return loaded;
            }
            Restore::Expired => {
                loaded.notices.push(Notice::Expired);
                let _ = store.map(|s| s.remove_item(KEY));
            }
            Restore::Corrupt(why) => {
                web_sys::console::warn_1(&format!("LegCheck: {why}").into());
                loaded.notices.push(Notice::Corrupt);
                let _ = store.map(|s| s.remove_item(KEY));
            }
        }
    }
    loaded
}

/// Saves the answers; returns false when storage refused (disabled or full).
pub fn save(
    engine: &Engine,
    answers: &BTreeMap<String, Answer>,
    lang: Lang,
    on_device: bool,
) -> bool {
    let mut saved = Saved::new(engine, answers, now());
    saved.lang = Some(lang.code().into());
    let session_ok = session().is_some_and(|s| s.set_item(KEY, &saved.to_json()).is_ok());
    let local_ok = match local() {
        Some(s) if on_device => {
            saved.expires_at = Some(now() + KEEP_DAYS * DAY_MS);
            s.set_item(KEY, &saved.to_json()).is_ok()
        }
        Some(s) => s.remove_item(KEY).is_ok(),
        None => !on_device,
    };
    session_ok && local_ok
}

/// Removes everything LegCheck stored.
pub fn clear() {
    for store in [session(), local()].into_iter().flatten() {
        let _ = store.remove_item(KEY);
    }
}
