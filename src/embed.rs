//! Running inside a clinic's page (docs/EMBEDDING.md): reads the embedding parameters (only when
//! LegCheck is really framed), applies the clinic's theme, sends namespaced, versioned events
//! only to the configured parent origins, and accepts commands only from the parent window at
//! an allowed origin, after validation. Decoding is `legcheck-interop`'s (`legcheck_interop::embed`);
//! this module only talks to the browser. Commands become actions for the state machine.

use std::cell::Cell;
use std::sync::OnceLock;

use gloo_events::EventListener;
use legcheck_engine::Engine;
use legcheck_interop::embed::{self, EmbedConfig, Settings};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

use crate::runtime::Model;
use crate::state::{Action, State};

static CONFIG: OnceLock<EmbedConfig> = OnceLock::new();

/// Whether this page is inside a frame (its parent window is another window).
fn framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// The embedding configuration from the URL: empty unless the URL says `embed=1` and the page
/// really is framed, so a link to LegCheck's own site cannot restyle it or point it elsewhere.
pub fn config() -> &'static EmbedConfig {
    CONFIG.get_or_init(|| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        match embed::parse_query(&search) {
            Ok(config) if config.embed && framed() => config,
            Ok(config) => {
                if config.embed {
                    web_sys::console::warn_1(
                        &"LegCheck: embed=1 is ignored outside a frame".into(),
                    );
                }
                EmbedConfig::default()
            }
            Err(e) => {
                web_sys::console::warn_1(
                    &format!("LegCheck: embedding parameters rejected: {e}").into(),
                );
                EmbedConfig::default()
            }
        }
    })
}

/// Applies compact chrome and the clinic's theme when embedded (through CSSOM, so the
/// Content-Security-Policy needs no inline styles).
pub fn apply_theme(settings: &Settings) {
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

pub fn send_progress(answered: usize, total: usize) {
    send("progress", &embed::Progress { answered, total });
}

/// The result (no answers unless the clinic asked for FHIR).
pub fn send_result(engine: &Engine, state: &State) {
    if !config().embed {
        return;
    }
    // A shared result (a clinic's response) may come with ankle-brachial pressures.
    let abi = state.shared.as_ref().and(state.shared_abi.clone());
    let assessment = engine.evaluate_with_abi(&state.answers, abi.as_ref());
    let doc = legcheck_engine::AnswersDoc {
        answers: state.answers.clone(),
        abi,
        ..Default::default()
    };
    let authored = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let fhir = state
        .clinic
        .wants_fhir()
        .then(|| legcheck_interop::fhir::questionnaire_response(engine, &doc, &authored));
    send("result", &embed::result_payload(&assessment, fhir));
}

/// `legcheck:unavailable`: the questions could not be loaded (`boot`), so the clinic, which
/// will not receive `legcheck:ready`, can offer its own way on.
pub fn send_unavailable(failure: crate::engine::Failure) {
    let reason = match failure {
        crate::engine::Failure::Network => embed::Unavailability::Network,
        crate::engine::Failure::Outdated => embed::Unavailability::Updated,
    };
    send("unavailable", &embed::Unavailable { reason });
}

/// `legcheck:error`: the QuestionnaireResponse a `legcheck:init` carried was refused (with the
/// emergency signs it still shows, or `None` when it could not be read to check).
pub fn send_error(item: &str, message: &str, emergency: Option<&[String]>) {
    send(
        "error",
        &embed::ErrorEvent {
            command: "legcheck:init",
            field: "questionnaire_response",
            item,
            message,
            emergency: emergency.map(|signs| !signs.is_empty()),
            emergency_signs: emergency.unwrap_or_default(),
        },
    );
}

/// Listens for commands from the parent page. A message counts only if it comes from the
/// parent window itself (not another frame or a popup) at an allowed origin, and decodes;
/// anything else is ignored and logged as rejected.
fn listen(on_action: impl Fn(Action) + 'static) -> Option<EventListener> {
    let config = config();
    if !config.embed {
        return None;
    }
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let origin = event.origin();
        let reject = |why: &str| {
            web_sys::console::warn_1(
                &format!("LegCheck: rejected a message from {origin}: {why}").into(),
            );
        };
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent));
        if !from_parent {
            return reject("not sent by the parent page");
        }
        if !config.parents.contains(&origin) {
            return reject("origin not allowed");
        }
        let data = event.data();
        let text = data.as_string().or_else(|| {
            js_sys::JSON::stringify(&data)
                .ok()
                .and_then(|s| JsValue::from(s).as_string())
        });
        match text.as_deref().map(embed::parse_command) {
            Some(Ok(command)) => on_action(Action::Command(command)),
            Some(Err(e)) => reject(&e.to_string()),
            None => reject("unreadable"),
        }
    }))
}

/// Sends `legcheck:resize` whenever the content's height changes: a new screen, an opened
/// "Why?", a notice, a font change. The body is a block formatting context in embed mode
/// (style.css), so its height includes every margin and shrinks as well as grows.
fn observe_height() {
    thread_local! {
        static OBSERVED: Cell<bool> = const { Cell::new(false) };
    }
    let Some(body) = gloo_utils::document().body() else {
        return;
    };
    // Once per page: `boot::Root` starts it before the journey, which starts it too.
    if OBSERVED.with(|o| o.replace(true)) {
        return;
    }
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

/// Inside a clinic's page, before the journey is mounted (while the knowledge base is on its
/// way, or could not be loaded): the clinic's theme from the URL and the frame's height, so
/// that LegCheck's own page (with its emergency number) is drawn as the clinic expects and
/// never clipped. Commands and `legcheck:ready` wait for the journey.
pub fn before_journey() {
    if config().embed {
        apply_theme(&config().settings);
        observe_height();
    }
}

/// Inside a clinic's page: commands from the parent, and the ready and resize events (progress
/// and result are effects of the state machine). Does nothing when not embedded.
#[hook]
pub fn use_embedding(model: &UseReducerHandle<Model>) {
    let dispatcher = model.dispatcher();
    let clinic = model.state.clinic.clone();
    use_effect_with((), move |_| {
        let commands = listen(move |action| dispatcher.dispatch(action));
        if commands.is_some() {
            // Compact chrome from the first screen, with whatever theme the URL gave.
            apply_theme(&clinic);
            send(
                "ready",
                &embed::Ready {
                    kb_version: legcheck_engine::KB_VERSION,
                },
            );
            observe_height();
        }
        move || drop(commands)
    });
}
