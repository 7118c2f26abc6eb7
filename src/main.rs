//! Entry point of the LegCheck web app: mounts the Yew `App` on the page body.

fn main() {
    // Where a cold start spends its time (scripts/bench): from here to the first heading.
    legcheck::engine::mark("legcheck-start");
    yew::Renderer::<legcheck::app::App>::new().render();
}
