//! Where the pure state machine meets the browser. `Model` wraps `state::reduce` as Yew's
//! reducer and queues the effects it returns; `use_effects`, the one hook that touches storage,
//! the address bar, the clipboard and share sheet, the embedding parent and the network, runs
//! them after each render. Also the timers both roots share: `after`, `after_frame` and `after_next_paint`.
//! `startup` reads the browser once, before the first render, so no page renders before the
//! saved answers and the URL are known (as Yew's function_todomvc reads storage inside
//! `use_reducer`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use legcheck_engine::Engine;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::route::Route;
use crate::startup::{init, Startup};
use crate::state::{reduce, Action, Effect, Refusal, State};
use crate::text::Lang;

/// The journey state with its engine and the effects waiting to run.
pub struct Model {
    pub state: State,
    engine: &'static Engine,
    outbox: Rc<RefCell<Vec<Effect>>>,
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let (state, effects) = reduce(&self.state, action, self.engine);
        if state == self.state && effects.is_empty() {
            return self;
        }
        self.outbox.borrow_mut().extend(effects);
        Rc::new(Model {
            state,
            engine: self.engine,
            outbox: self.outbox.clone(),
        })
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The address bar's fragment.
pub fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The browser's preferred language, if LegCheck speaks it.
pub fn browser_lang() -> Option<Lang> {
    Lang::from_code(&window()?.navigator().language()?)
}

/// `?lang=` in the address, if LegCheck speaks it.
pub fn query_lang() -> Option<Lang> {
    let query = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    legcheck_interop::embed::query_lang(&query).and_then(|l| Lang::from_code(&l))
}

/// The browser's region, from its language tag.
pub fn region() -> Option<String> {
    window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| crate::care::region_of(&tag))
}

/// Sets the page's `lang` attribute, for screen readers and hyphenation.
pub fn document_lang(lang: Lang) {
    if let Some(html) = gloo_utils::document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// Reads the browser once and builds the first state; `chosen_lang` is a language chosen on
/// the pages shown before the journey.
pub fn start(engine: &'static Engine, chosen_lang: Option<Lang>) -> Model {
    let storage_off = !crate::persist::available();
    let config = crate::embed::config();
    let startup = Startup {
        hash: current_hash(),
        chosen_lang,
        query_lang: query_lang(),
        browser_lang: browser_lang(),
        stored: crate::persist::load(engine),
        storage_off,
        clinic: config.settings.clone(),
        region: region(),
    };
    let (state, effects) = init(startup, engine);
    Model {
        state,
        engine,
        outbox: Rc::new(RefCell::new(effects)),
    }
}

/// Shows a route in the address bar, as a new history entry or in place of the current one.
fn set_url(route: &Route, replace: bool) {
    let Some(w) = window() else { return };
    if Route::parse(&current_hash()) == *route && !replace {
        return;
    }
    let hash = route.to_hash();
    let Ok(history) = w.history() else { return };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
    };
}

/// The history state of the entry `wait_entry` adds.
const WAIT_ENTRY: &str = "legcheck:wait";

/// Whether the wait after Start (the knowledge base still on its way) has an entry of its own
/// in the browser's history, at the address shown now: the current entry if it already is one
/// (a second press, Forward into it, a reload there), else, when `add`, a new one.
pub fn wait_entry(add: bool) -> bool {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return false;
    };
    let state = history.state().ok().and_then(|s| s.as_string());
    if state.as_deref() == Some(WAIT_ENTRY) {
        return true;
    }
    if !add {
        return false;
    }
    history
        .push_state(&wasm_bindgen::JsValue::from_str(WAIT_ENTRY), "")
        .is_ok()
}

/// Fetches a same-origin text file; `None` on any failure (offline, missing, not OK).
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Fetches a language's knowledge-base catalogue and keeps it (`text::set_catalogue`); false
/// if it could not be fetched or read.
pub async fn load_catalogue(lang: Lang) -> bool {
    if crate::text::has_catalogue(lang) {
        return true;
    }
    let file = legcheck_engine::i18n::catalogue_file(lang.code()).unwrap_or_default();
    // From the site's root, like the knowledge base (`engine::knowledge_url`).
    match fetch_text(&format!("/i18n/{file}")).await {
        Some(json) => crate::text::set_catalogue(lang, &json),
        None => false,
    }
}

/// A picked file's text, read in the browser (it is never uploaded). A file larger than the
/// importer reads is refused unread.
async fn read_file(file: web_sys::File) -> Result<String, Refusal> {
    use legcheck_interop::fhir::{Problem, MAX_RESPONSE_BYTES};
    if file.size() > MAX_RESPONSE_BYTES as f64 {
        return Err(Refusal::Refused(Problem::TooLarge));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    text.ok()
        .and_then(|t| t.as_string())
        .ok_or(Refusal::Unreadable)
}

/// Runs one effect. Failures come back as actions (storage refused, a catalogue missing).
fn run(effect: Effect, model: &Model, dispatch: &Callback<Action>) {
    match effect {
        Effect::Save(p) => {
            if !crate::persist::save(model.engine, &p.answers, p.lang, p.on_device) {
                dispatch.emit(Action::StorageFailed);
            }
        }
        Effect::ClearStorage => crate::persist::clear(),
        Effect::PushUrl(route) => set_url(&route, false),
        Effect::ReplaceUrl(route) => set_url(&route, true),
        Effect::LoadCatalogue(lang) => {
            if crate::text::has_catalogue(lang) {
                dispatch.emit(Action::CatalogueLoaded(lang));
                return;
            }
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = load_catalogue(lang).await;
                dispatch.emit(if loaded {
                    Action::CatalogueLoaded(lang)
                } else {
                    Action::CatalogueFailed(lang)
                });
            });
        }
        Effect::DocumentLang(lang) => document_lang(lang),
        Effect::SendProgress { answered, total } => crate::embed::send_progress(answered, total),
        Effect::SendResult => crate::embed::send_result(model.engine, &model.state),
        Effect::Theme(settings) => crate::embed::apply_theme(&settings),
        Effect::ActivateUpdate => crate::pwa::activate_update(),
        Effect::Copy(item, text) => {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::clipboard::copy(text).await;
                dispatch.emit(Action::CopyDone(item, ok));
            });
        }
        Effect::Share(link) => {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = crate::clipboard::share(link).await;
                dispatch.emit(Action::ShareDone(outcome));
            });
        }
        Effect::ReadFile(file) => {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.emit(Action::FileRead(read_file(file).await));
            });
        }
        Effect::SendError {
            item,
            message,
            emergency,
        } => crate::embed::send_error(&item, &message, emergency.as_deref()),
        Effect::Warn(message) => {
            web_sys::console::warn_1(&format!("LegCheck: {message}").into());
        }
    }
}

/// A task for later. Boxed, so that each timer shares one closure shim in the wasm and its
/// glue, not one per call site (`after`).
pub type Task = Box<dyn FnOnce()>;

/// Runs `f` just after the next frame is painted (a timeout queued from an animation frame). A
/// page that paints no frames (a background tab, a hidden frame) runs it when it paints again,
/// so that what it does for a new screen (focus, announce) happens when it can be seen.
pub fn after_frame(f: Task) {
    if let Some(window) = web_sys::window() {
        let frame = wasm_bindgen::closure::Closure::once_into_js(move || after(0, f));
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
}

/// As `after_frame`, or after 250 ms in a page that paints no frames, whichever comes first
/// (once): for work that must not wait for the page to be seen, such as a fetch.
pub fn after_next_paint(f: Task) {
    let once = Rc::new(Cell::new(Some(f)));
    let fallback = once.clone();
    let run: fn(Rc<Cell<Option<Task>>>) = |once| {
        if let Some(f) = once.take() {
            f();
        }
    };
    after_frame(Box::new(move || run(once)));
    after(250, Box::new(move || run(fallback)));
}

/// Runs `f` after `ms` milliseconds.
pub fn after(ms: i32, f: Task) {
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            wasm_bindgen::closure::Closure::once_into_js(f).unchecked_ref(),
            ms,
        );
    }
}

/// Runs the effects the reducer queued, in order, after the render that shows their state.
#[hook]
pub fn use_effects(model: &UseReducerHandle<Model>) {
    let model = model.clone();
    use_effect(move || {
        let effects: Vec<Effect> = model.outbox.borrow_mut().drain(..).collect();
        let dispatch = {
            let model = model.clone();
            Callback::from(move |action| model.dispatch(action))
        };
        for effect in effects {
            run(effect, &model, &dispatch);
        }
    });
}

/// Calls `on` with the screen the address bar names whenever it changes: back and forward
/// between entries the app pushed fire `popstate`; a link or a fragment typed by hand fires
/// `hashchange`. Listening stops when the listeners are dropped.
pub fn follow_address(on: impl Fn(Route) + Clone + 'static) -> Vec<gloo_events::EventListener> {
    window()
        .into_iter()
        .flat_map(|w| {
            ["popstate", "hashchange"].map(|event| {
                let on = on.clone();
                gloo_events::EventListener::new(&w, event, move |_| {
                    on(Route::parse(&current_hash()))
                })
            })
        })
        .collect()
}

/// Follows the address bar: links, the back and forward buttons, a fragment typed by hand.
#[hook]
pub fn use_url_sync(model: &UseReducerHandle<Model>) {
    let dispatcher = model.dispatcher();
    let first = model.state.clone();
    use_effect_with((), move |_| {
        // Listening now: make the address and the screen agree.
        if let Some(action) = crate::startup::reconcile(&first, &current_hash()) {
            dispatcher.dispatch(action);
        }
        // The reducer ignores a route it shows.
        let listeners = follow_address(move |route| dispatcher.dispatch(Action::UrlChanged(route)));
        move || drop(listeners)
    });
}
