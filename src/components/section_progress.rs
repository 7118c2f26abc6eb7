//! Where the person is in the questions, by section ("Part 2 of 5: Warning signs and health
//! conditions") rather than by a question count that jumps as answers open follow-ups, with a
//! bar of the five sections for sighted users (the text says the same for screen readers).

use legcheck_engine::model::Stage;
use yew::prelude::*;

use crate::labels::section_index;
use crate::text::{ui, Lang};

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct SectionProgressProps {
    pub lang: Lang,
    pub stage: Stage,
}

pub fn section_progress(props: &SectionProgressProps) -> Html {
    let t = ui(props.lang);
    let current = section_index(props.stage);
    let total = t.sections.len();
    html! {
        <div class="progress">
            <p class="progress__label">{ (t.progress)(current + 1, total, t.sections[current]) }</p>
            <ol class="progress__bar" aria-hidden="true">
                { for (0..total).map(|i| html! {
                    <li class={classes!(
                        (i < current).then_some("progress__done"),
                        (i == current).then_some("progress__current"),
                    )}></li>
                }) }
            </ol>
        </div>
    }
}
