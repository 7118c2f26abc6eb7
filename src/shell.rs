//! The start page of a first visit, in its frame, as the build draws it into index.html
//! (`src/bin/prerender.rs`, run by scripts/trunk-post-build; issue 14): a first visit shows
//! it as soon as the page and the stylesheet have arrived, before the wasm, and the app's own
//! render replaces it (`static/shell.js`). It is the `frame` and the `start_page` that
//! `boot::Root` draws on a first visit with no answers, outside a clinic's frame; a browser
//! test compares the two (tests/e2e/shell.test.cjs). Built only with the `prerender` feature:
//! the app never draws it.

use yew::prelude::*;

use crate::app::{frame, FrameProps};
use crate::components::notices::{notices, NoticesProps};
use crate::pages::start::{start_page, StartPageProps};
use crate::route::Route;
use crate::text::{ui, Lang};

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub lang: Lang,
}

/// What `boot::Root` draws for the start page before the journey: no notices, no answers to
/// resume, and not embedded.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let lang = props.lang;
    frame(FrameProps {
        lang,
        onlang: Callback::noop(),
        notices: notices(&NoticesProps {
            lang,
            notices: Vec::new(),
            ondismiss: Callback::noop(),
            onreload: Callback::noop(),
            answers_kept: true,
        }),
        above: Html::default(),
        page: start_page(&StartPageProps {
            lang,
            can_resume: false,
            onstart: Callback::noop(),
            onrestart: Callback::noop(),
        }),
        key: Route::Start.to_hash(),
        embedded: false,
    })
}

/// The page's title on the start page, as `app::retitle` sets it from the heading.
pub fn title(lang: Lang) -> String {
    format!("{} – LegCheck", ui(lang).start_title)
}
