//! The one engine instance of the app: the embedded knowledge base, loaded once on first use,
//! and the performance marks `scripts/bench` reads to say where a cold start spends its time.

use std::sync::OnceLock;

use legcheck_engine::{Engine, LoadError};

static ENGINE: OnceLock<Result<Engine, LoadError>> = OnceLock::new();

/// The loaded engine, or why the knowledge base could not be loaded.
pub fn engine() -> Result<&'static Engine, &'static LoadError> {
    ENGINE
        .get_or_init(|| {
            mark("legcheck-kb-start");
            let engine = Engine::embedded();
            mark("legcheck-kb-end");
            engine
        })
        .as_ref()
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
