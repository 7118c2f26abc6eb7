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
/// knowledge base. Native builds (the state machine's tests) load the same copy the app
/// fetches.
pub fn engine() -> &'static Engine {
    #[cfg(target_arch = "wasm32")]
    {
        ENGINE
            .get()
            .expect("the journey is mounted only once the knowledge base is installed (boot.rs)")
    }
    #[cfg(not(target_arch = "wasm32"))]
    ENGINE.get_or_init(|| {
        Engine::from_app_copy(legcheck_engine::APP_KNOWLEDGE).expect("the app's copy loads")
    })
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
/// bytes are never decoded, then decoding (`decode_app_copy`) and compiling, each between
/// marks.
pub fn accept(bytes: &[u8]) -> Result<Engine, LoadError> {
    mark("legcheck-kb-start");
    let kb = legcheck_engine::decode_app_copy(bytes)?;
    mark("legcheck-kb-end");
    mark("legcheck-compile-start");
    let engine = Engine::new(kb);
    mark("legcheck-compile-end");
    engine
}

/// Where the app's copy is published: at the site's root, like the wasm and the script (Trunk's
/// `public_url` is `/`), so that a page served at another path (every host answers unknown
/// paths with the app) asks for the same file.
pub fn knowledge_url() -> String {
    format!("/{}", legcheck_engine::APP_KB_FILE)
}

/// Why the knowledge base could not be loaded, as the person is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// No answer, or not in time: offline before the service worker holds it, a dropped or
    /// hung connection. Trying again may work.
    Network,
    /// The server answered that it is gone, or with other bytes (another build's copy, or its
    /// index page): most likely the site was updated since this page was loaded, and a reload
    /// helps (it also shows a network's sign-in page, if that was what answered).
    Outdated,
}

/// Fetches the knowledge base, checks and loads it, and installs it; the reason on failure,
/// which the caller shows with a way to try again.
#[cfg(target_arch = "wasm32")]
pub async fn load() -> Result<&'static Engine, Failure> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if let Some(engine) = installed() {
        return Ok(engine);
    }
    let window = web_sys::window().ok_or(Failure::Network)?;
    let response = JsFuture::from(window.fetch_with_str(&knowledge_url()))
        .await
        .map_err(|_| Failure::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| Failure::Network)?;
    if !response.ok() {
        // Gone: a newer deployment. Anything else (a server error, a proxy refusing, a rate
        // limit) may pass, so trying again is offered.
        return Err(if matches!(response.status(), 404 | 410) {
            Failure::Outdated
        } else {
            Failure::Network
        });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| Failure::Network)?)
        .await
        .map_err(|_| Failure::Network)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    match accept(&bytes) {
        Ok(engine) => Ok(install(engine)),
        Err(e) => {
            web_sys::console::warn_1(&format!("LegCheck: {e}").into());
            Err(Failure::Outdated)
        }
    }
}

/// Natively (the state machine's tests) the app's copy is the knowledge base.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load() -> Result<&'static Engine, Failure> {
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
        assert!(knowledge_url().starts_with("/knowledge.") && knowledge_url().ends_with(".bin"));
    }
}
