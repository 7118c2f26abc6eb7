//! The one engine instance of the app: the embedded knowledge base, decoded once on first use
//! and its expressions compiled just after the first paint (`prepare_after_paint`), and the
//! performance marks `scripts/bench` reads to say where a cold start spends its time.

use std::sync::OnceLock;

use legcheck_engine::{Engine, LoadError};

static ENGINE: OnceLock<Result<Engine, LoadError>> = OnceLock::new();

/// The loaded engine, or why the knowledge base could not be loaded.
pub fn engine() -> Result<&'static Engine, &'static LoadError> {
    ENGINE
        .get_or_init(|| {
            mark("legcheck-kb-start");
            // Decoding only: the start page reads the knowledge base's own fields, never a
            // compiled expression, so it does not wait for them (issue 14).
            let engine = Engine::embedded_deferred();
            mark("legcheck-kb-end");
            engine
        })
        .as_ref()
}

/// Compiles the knowledge base's expressions in a task of their own just after the next
/// paint, unless a screen needed them sooner: the first answer then finds them ready.
pub fn prepare_after_paint() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(window) = web_sys::window() else {
            return;
        };
        let compile = Closure::once_into_js(|| {
            if let Ok(e) = engine() {
                if !e.is_prepared() {
                    mark("legcheck-compile-start");
                    e.prepare();
                    mark("legcheck-compile-end");
                }
            }
        });
        // A timeout queued from an animation frame runs just after that frame is painted.
        let after_frame = Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(compile.unchecked_ref());
            }
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(e) = engine() {
        e.prepare();
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
