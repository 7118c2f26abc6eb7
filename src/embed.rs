//! Running inside a clinic's page (docs/EMBEDDING.md): reads the embedding parameters, applies
//! the clinic's theme, sends namespaced, versioned events only to the configured parent
//! origins, and accepts commands only from them, after validation. Decoding is the engine's
//! (`legcheck_engine::embed`); this module only talks to the browser.

use std::cell::Cell;
use std::sync::OnceLock;

use gloo_events::EventListener;
use legcheck_engine::embed::{self, Command, EmbedConfig, Settings};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

use crate::engine::engine;
use crate::route::Route;
use crate::state::{Action, State};
use crate::text::Lang;

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

/// Applies compact chrome and the clinic's theme when embedded (through CSSOM, so the
/// Content-Security-Policy needs no inline styles).
fn apply_theme(settings: &Settings) {
    if !config().embed {
        return;
    }
    let Some(root) = gloo_utils::document().document_element() else {
        return;
    };
    let _ = root.class_list().add_1("embedded");
    if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
        let style = root.style();
        // Used in the light scheme only (style.css); the engine checked its contrast on white.
        if let Some(primary) = &settings.primary {
            let _ = style.set_property("--clinic-primary", primary);
        }
        if let Some(scale) = settings.scale {
            let _ = style.set_property(
                "font-size",
                &format!("{}%", crate::text::num(scale * 100.0)),
            );
        }
    }
}

/// Sends an event to every configured parent origin; with none configured nothing is sent.
fn send(name: &str, payload: &impl serde::Serialize) {
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
fn listen(on_command: impl Fn(Command) + 'static) -> Option<EventListener> {
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

/// Sends `legcheck:resize` whenever the content's height changes: a new screen, an opened
/// "Why?", a notice, a font change. The body is a block formatting context in embed mode
/// (style.css), so its height includes every margin and shrinks as well as grows.
fn observe_height() {
    let Some(body) = gloo_utils::document().body() else {
        return;
    };
    let last = Cell::new(u32::MAX);
    let measured = body.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.scroll_height().unsigned_abs();
        if height != last.replace(height) {
            send("resize", &embed::Resize { height });
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
        on_resize.forget();
    }
}

/// Everything an embedded LegCheck does beside the journey: the theme, commands from the
/// parent, and the ready, resize, progress and result events. Does nothing when not embedded.
#[hook]
pub fn use_embedding(state: &UseReducerHandle<State>) {
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let commands = listen(move |command| match command {
                Command::Reset => dispatcher.dispatch(Action::Clear),
                Command::SetLanguage(code) => {
                    if let Some(lang) = Lang::from_code(&code) {
                        dispatcher.dispatch(Action::SetLang(lang));
                    }
                }
                Command::Init(settings) => dispatcher.dispatch(Action::Configure(settings)),
            });
            if commands.is_some() {
                if let Ok(e) = engine() {
                    send(
                        "ready",
                        &embed::Ready {
                            kb_version: &e.kb.version,
                        },
                    );
                }
                observe_height();
            }
            move || drop(commands)
        });
    }
    use_effect_with(state.clinic.clone(), apply_theme);
    // How far along the person is, and the result (no answers unless FHIR was asked for).
    let key = (
        state.route.clone(),
        state.answers.clone(),
        state.clinic.fhir,
    );
    use_effect_with(key, |(route, answers, fhir)| {
        let Ok(e) = engine() else { return };
        let progress = e.progress(answers);
        send(
            "progress",
            &embed::Progress {
                answered: progress.answered,
                total: progress.total,
            },
        );
        if *route == Route::Result {
            let assessment = e.evaluate(answers);
            let doc = legcheck_engine::AnswersDoc {
                answers: answers.clone(),
                ..Default::default()
            };
            let authored = js_sys::Date::new_0()
                .to_iso_string()
                .as_string()
                .unwrap_or_default();
            let fhir =
                fhir.then(|| legcheck_engine::fhir::questionnaire_response(e, &doc, &authored));
            send("result", &embed::result_payload(&assessment, fhir));
        }
    });
}
