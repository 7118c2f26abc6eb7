//! The one engine instance of the app, and how it gets its knowledge base: not in the wasm (a
//! first visit's start page shows none of it, issue 14), but fetched as `knowledge.<hash>.bin`
//! just after the first paint (the service worker precaches it for offline use), checked
//! against the hash this build carries, decoded and compiled, then installed. Also the
//! performance marks `scripts/bench` reads to say where a cold start spends its time.

use std::sync::OnceLock;

use legcheck_engine::{Engine, LoadError};

static ENGINE: OnceLock<Engine> = OnceLock::new();

/// The engine, once installed. Only the journey (`app::App`) reads it, and `boot::Root` mounts
/// that only after `install`; the start and text pages shown before (`boot`) read none of the
/// knowledge base. Native builds (the state machine's tests) load the embedded copy.
pub fn engine() -> &'static Engine {
    #[cfg(target_arch = "wasm32")]
    {
        ENGINE
            .get()
            .expect("the journey is mounted only once the knowledge base is installed (boot.rs)")
    }
    #[cfg(not(target_arch = "wasm32"))]
    ENGINE.get_or_init(|| Engine::embedded().expect("the embedded knowledge base loads"))
}

/// The engine, if the knowledge base has been installed.
pub fn installed() -> Option<&'static Engine> {
    ENGINE.get()
}

/// Makes `engine` the app's engine (the first one installed stays).
pub fn install(engine: Engine) -> &'static Engine {
    ENGINE.get_or_init(|| engine)
}

/// The engine from fetched bytes, if they are this build's copy: the hash first, so other
/// bytes are never decoded, then decoding and compiling, each between marks.
pub fn accept(bytes: &[u8]) -> Result<Engine, LoadError> {
    mark("legcheck-kb-start");
    legcheck_engine::check_app_copy(bytes)?;
    let kb = legcheck_engine::decode_knowledge(bytes)?;
    mark("legcheck-kb-end");
    mark("legcheck-compile-start");
    let engine = Engine::new(kb);
    mark("legcheck-compile-end");
    engine
}

/// Where the app's copy is published, relative to the page.
pub fn knowledge_url() -> &'static str {
    legcheck_engine::APP_KB_FILE
}

/// Fetches the knowledge base, checks and loads it, and installs it. `Err` on any failure
/// (offline before the service worker holds it, a server error, a damaged or other copy),
/// which the caller shows with a way to try again.
#[cfg(target_arch = "wasm32")]
pub async fn load() -> Result<&'static Engine, ()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if let Some(engine) = installed() {
        return Ok(engine);
    }
    let window = web_sys::window().ok_or(())?;
    let response = JsFuture::from(window.fetch_with_str(knowledge_url()))
        .await
        .map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    match accept(&bytes) {
        Ok(engine) => Ok(install(engine)),
        Err(e) => {
            web_sys::console::warn_1(&format!("LegCheck: {e}").into());
            Err(())
        }
    }
}

/// Natively (the state machine's tests) the embedded copy is the knowledge base.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load() -> Result<&'static Engine, ()> {
    Ok(engine())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The app accepts its copy as the build publishes it, and nothing else: not the full
    /// knowledge base, not a page the server sent instead (an HTML fallback), not a cut copy.
    #[test]
    fn only_this_builds_copy_is_accepted() {
        let engine = accept(legcheck_engine::APP_KNOWLEDGE).expect("accepted");
        assert_eq!(engine.kb.version, legcheck_engine::KB_VERSION);
        assert!(accept(legcheck_engine::KNOWLEDGE).is_err());
        assert!(accept(b"<!doctype html><html></html>").is_err());
        let cut = legcheck_engine::APP_KNOWLEDGE.len() / 2;
        assert!(accept(&legcheck_engine::APP_KNOWLEDGE[..cut]).is_err());
        assert!(knowledge_url().starts_with("knowledge.") && knowledge_url().ends_with(".bin"));
    }
}
