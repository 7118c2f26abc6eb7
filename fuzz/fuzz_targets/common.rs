//! Shared by the fuzz targets: the real knowledge base, loaded once.

use std::sync::OnceLock;

use legcheck_engine::Engine;

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().expect("knowledge base"))
}
