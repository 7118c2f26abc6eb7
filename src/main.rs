//! Entry point of the LegCheck web app: mounts `boot::Root` on the page body, which fetches the
//! knowledge base and mounts the journey (`app::App`).

fn main() {
    // Where a cold start spends its time (scripts/bench): from here to the first heading.
    legcheck::engine::mark("legcheck-start");
    yew::Renderer::<legcheck::boot::Root>::new().render();
}
