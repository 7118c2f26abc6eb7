//! Copying and sharing through the browser: the clipboard, and the phone's share sheet (the Web
//! Share API, offered only where `navigator.share` exists). Run by the effect runner
//! (`runtime`), which turns each outcome into an action.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// A property of the navigator, when the browser has it.
fn feature(name: &str) -> Option<JsValue> {
    let value = js_sys::Reflect::get(&navigator()?.into(), &name.into()).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// Whether this browser has a share sheet (most phones; few desktop browsers).
pub fn can_share() -> bool {
    feature("share").is_some_and(|f| f.is_function())
}

/// Puts the text on the clipboard; false when the browser has no clipboard here (an insecure
/// page) or refuses.
pub async fn copy(text: String) -> bool {
    if feature("clipboard").is_none() {
        return false;
    }
    let Some(nav) = navigator() else { return false };
    JsFuture::from(nav.clipboard().write_text(&text))
        .await
        .is_ok()
}

/// Opens the share sheet with the link: `Some(true)` when shared, `None` when the person closed
/// the sheet (not a failure), `Some(false)` otherwise.
pub async fn share(url: String) -> Option<bool> {
    let shared = async {
        let nav = navigator()?;
        let share: js_sys::Function = feature("share")?.dyn_into().ok()?;
        let data = js_sys::Object::new();
        js_sys::Reflect::set(&data, &"title".into(), &"LegCheck".into()).ok()?;
        js_sys::Reflect::set(&data, &"url".into(), &url.as_str().into()).ok()?;
        let promise: js_sys::Promise = share.call1(&nav, &data).ok()?.dyn_into().ok()?;
        Some(JsFuture::from(promise).await)
    };
    match shared.await {
        Some(Ok(_)) => Some(true),
        Some(Err(e)) => {
            let name = js_sys::Reflect::get(&e, &"name".into()).ok()?.as_string();
            (name.as_deref() != Some("AbortError")).then_some(false)
        }
        None => Some(false),
    }
}
