//! Entry point of the LegCheck web app: mounts the Yew `App` on the page body.

fn main() {
    yew::Renderer::<legcheck::app::App>::new().render();
}
