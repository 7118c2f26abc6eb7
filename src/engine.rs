//! The one engine instance of the app: the embedded knowledge base, loaded once on first use.

use std::sync::OnceLock;

use legcheck_engine::{Engine, LoadError};

static ENGINE: OnceLock<Result<Engine, LoadError>> = OnceLock::new();

/// The loaded engine, or why the knowledge base could not be loaded.
pub fn engine() -> Result<&'static Engine, &'static LoadError> {
    ENGINE.get_or_init(Engine::embedded).as_ref()
}
