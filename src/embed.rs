//! Running inside a clinic's page (docs/EMBEDDING.md): reads the embedding parameters, applies
//! the clinic's theme, sends namespaced, versioned events only to the configured parent
//! origins, and accepts commands only from them, after validation. Decoding is the engine's
//! (`legcheck_engine::embed`); this module only talks to the browser.

use std::sync::OnceLock;

use gloo_events::EventListener;
use legcheck_engine::embed::{self, Command, EmbedConfig};
use wasm_bindgen::{JsCast, JsValue};

static CONFIG: OnceLock<EmbedConfig> = OnceLock::new();

/// The embedding configuration from the URL (empty when not embedded or malformed).
pub fn config() -> &'static EmbedConfig {
    CONFIG.get_or_init(|| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        embed::parse_query(&search).unwrap_or_else(|e| {
            web_sys::console::warn_1(
                &format!("LegCheck: embedding parameters rejected: {e}").into(),
            );
            EmbedConfig::default()
        })
    })
}

/// Applies compact chrome and the clinic's theme when embedded.
pub fn apply_theme() {
    let config = config();
    if !config.embed {
        return;
    }
    let Some(root) = gloo_utils::document().document_element() else {
        return;
    };
    let _ = root.class_list().add_1("embedded");
    if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
        let style = root.style();
        if let Some(primary) = &config.primary {
            let _ = style.set_property("--primary", primary);
        }
        if let Some(scale) = config.scale {
            let _ = style.set_property(
                "font-size",
                &format!("{}%", crate::text::num(scale * 100.0)),
            );
        }
    }
}

/// Sends an event to every configured parent origin; with none configured nothing is sent.
pub fn send(name: &str, payload: &impl serde::Serialize) {
    let config = config();
    if !config.embed || config.parents.is_empty() {
        return;
    }
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let Ok(message) = js_sys::JSON::parse(&embed::event(name, payload)) else {
        return;
    };
    for origin in &config.parents {
        // The browser delivers the message only if the parent really has this origin.
        let _ = parent.post_message(&message, origin);
    }
}

/// Listens for commands from the parent page; anything from another origin, or not valid, is
/// ignored and logged as rejected.
pub fn listen(on_command: impl Fn(Command) + 'static) -> Option<EventListener> {
    let config = config();
    if !config.embed {
        return None;
    }
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let origin = event.origin();
        if !config.parents.contains(&origin) {
            web_sys::console::warn_1(
                &format!("LegCheck: rejected a message from {origin}: origin not allowed").into(),
            );
            return;
        }
        let data = event.data();
        let text = data.as_string().or_else(|| {
            js_sys::JSON::stringify(&data)
                .ok()
                .and_then(|s| JsValue::from(s).as_string())
        });
        match text.as_deref().map(embed::parse_command) {
            Some(Ok(command)) => on_command(command),
            Some(Err(e)) => web_sys::console::warn_1(
                &format!("LegCheck: rejected a message from {origin}: {e}").into(),
            ),
            None => web_sys::console::warn_1(
                &format!("LegCheck: rejected a message from {origin}: unreadable").into(),
            ),
        }
    }))
}

/// The content height, for `legcheck:resize`.
pub fn content_height() -> f64 {
    gloo_utils::document()
        .document_element()
        .map_or(0.0, |e| f64::from(e.scroll_height()))
}
