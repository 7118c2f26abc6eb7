//! The one engine instance of the app: the embedded knowledge base, decoded and its expressions
//! compiled just after the first paint (`prepare_after_paint`) unless a screen needs them
//! sooner, and the performance marks `scripts/bench` reads to say where a cold start spends
//! its time.

use std::sync::OnceLock;

use legcheck_engine::Engine;

static ENGINE: OnceLock<Engine> = OnceLock::new();

/// The engine. Getting it decodes nothing: a first visit's start page shows none of the
/// knowledge base, so it waits for none of it (issue 14); `prepare_after_paint`, or the first
/// screen that reads the knowledge base, does that work. The build decodes the embedded copy
/// and parses every expression (`crates/engine/build.rs`), so doing it later cannot fail.
pub fn engine() -> &'static Engine {
    ENGINE.get_or_init(Engine::embedded_deferred)
}

/// Decodes the knowledge base and compiles its expressions in a task of their own just after
/// the next paint, unless a screen needed them sooner: the first answer then finds them ready.
pub fn prepare_after_paint() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(window) = web_sys::window() else {
            return;
        };
        // A timeout queued from an animation frame runs just after that frame is painted. A
        // hidden page (a background tab, a clinic's hidden frame) runs no animation frames
        // until it is shown; if it is used before that, the first screen that needs the
        // knowledge base decodes and compiles it then (a few milliseconds, once).
        let after_frame = Closure::once_into_js(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(Closure::once_into_js(prepare).unchecked_ref());
            }
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }
    #[cfg(not(target_arch = "wasm32"))]
    prepare();
}

/// Decodes the knowledge base and compiles its expressions, if not done yet, with marks.
fn prepare() {
    let e = engine();
    if !e.kb.is_decoded() {
        mark("legcheck-kb-start");
        let _ = e.kb.version.len();
        mark("legcheck-kb-end");
    }
    if !e.is_prepared() {
        mark("legcheck-compile-start");
        e.prepare();
        mark("legcheck-compile-end");
    }
}

/// Sets a User Timing mark in the browser (nothing natively, where tests run).
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}
