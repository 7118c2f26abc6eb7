//! The embedding clinic's own next step for a triage level (e.g. "Book an ABI test at our
//! clinic"), shown below LegCheck's care card and never instead of it. The engine validated
//! the link as an https address and trimmed its label (`legcheck_interop::embed`); it opens in
//! the clinic's page, not inside the frame.

use legcheck_interop::embed::ClinicLink;
use yew::prelude::*;

use crate::text::{ui, Lang};

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct ClinicStepProps {
    pub lang: Lang,
    pub link: Option<ClinicLink>,
}

pub fn clinic_step(props: &ClinicStepProps) -> Html {
    let Some(link) = &props.link else {
        return Html::default();
    };
    html! {
        <div class="clinic-step">
            <p>{ ui(props.lang).clinic_step }</p>
            <a class="button" href={link.url.clone()} target="_top">{ &link.label }</a>
        </div>
    }
}
