//! Prints the start page of a first visit in every language, drawn by Yew's server renderer
//! from the app's own components (`legcheck::shell`), as one `<template id="shell-<lang>"
//! data-title="...">` each: scripts/trunk-post-build puts them into index.html, where
//! `static/shell.js` shows the right one before the wasm arrives, and says what its
//! `data-failed` and `data-slow` carry if the app does not start.

use legcheck::shell::{title, Shell, ShellProps};
use legcheck::text::{ui, Lang};

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// What static/shell.js says when the app does not start: after a script error, and when
/// Start was pressed a while ago. Only the build needs them, so they are not in the app's
/// texts (`text::ui`).
fn trouble(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => (
            "LegCheck could not start in this browser. Reload the page or try another browser.",
            "LegCheck is still starting. If nothing happens, reload the page.",
        ),
        Lang::Es => (
            "LegCheck no ha podido iniciarse en este navegador. Vuelva a cargar la página o \
             pruebe con otro navegador.",
            "LegCheck todavía se está iniciando. Si no ocurre nada, vuelva a cargar la página.",
        ),
    }
}

fn main() {
    for lang in Lang::ALL {
        let renderer =
            yew::LocalServerRenderer::<Shell>::with_props(ShellProps { lang }).hydratable(false);
        let html = futures_executor::block_on(renderer.render());
        assert!(
            html.contains("<h1") && !html.contains("<template"),
            "the start page drawn for {} has no heading, or a template of its own",
            lang.code()
        );
        let (failed, slow) = trouble(lang);
        let emergency = ui(lang).emergency_notice;
        print!(
            "<template id=\"shell-{}\" data-title=\"{}\" data-failed=\"{}\" \
             data-slow=\"{}\">{html}</template>",
            lang.code(),
            attribute(&title(lang)),
            attribute(&format!("{failed} {emergency}")),
            attribute(&format!("{slow} {emergency}")),
        );
    }
}
