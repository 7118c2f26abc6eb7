//! Entry point of the LegCheck web app: mounts `boot::Root` in index.html's `#app`, which fetches the
//! knowledge base and mounts the journey (`app::App`).

fn main() {
    // Where a cold start spends its time (scripts/bench): from here to the first heading.
    legcheck::engine::mark("legcheck-start");
    // In index.html's `#app`, not the body: Yew empties the element it mounts on, and the body
    // keeps the live region that announces each screen and, until this replaces it, the start
    // page drawn at build time (static/shell.js).
    match gloo_utils::document().get_element_by_id("app") {
        Some(root) => yew::Renderer::<legcheck::boot::Root>::with_root(root).render(),
        None => yew::Renderer::<legcheck::boot::Root>::new().render(),
    };
}
