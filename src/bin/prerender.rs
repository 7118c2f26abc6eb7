//! Prints the start page of a first visit in every language, drawn by Yew's server renderer
//! from the app's own components (`legcheck::shell`), as one `<template id="shell-<lang>"
//! data-title="...">` each: scripts/trunk-post-build puts them into index.html, where
//! `static/shell.js` shows the right one before the wasm arrives.

use legcheck::shell::{title, Shell, ShellProps};
use legcheck::text::Lang;

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
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
        print!(
            "<template id=\"shell-{}\" data-title=\"{}\">{html}</template>",
            lang.code(),
            attribute(&title(lang))
        );
    }
}
