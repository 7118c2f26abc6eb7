//! "Open answers from a file (FHIR QuestionnaireResponse)": a labelled file input, on the result
//! and clinicians' pages. It only hands the picked file to the state machine (`Action::OpenFile`);
//! reading it is an effect and checking it is the importer's. When the file was refused, the
//! reason shows by the control too (the page's error summary links here).

use yew::prelude::*;

use crate::text::{import_ui, ui, Lang};

/// The input's id, which the error summary links to.
pub const INPUT_ID: &str = "import-file";

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct OpenFileProps {
    pub lang: Lang,
    /// Why the last file was refused, in words.
    pub error: Option<String>,
    pub onfile: Callback<web_sys::File>,
}

pub fn open_file(props: &OpenFileProps) -> Html {
    let t = import_ui(props.lang);
    let onchange = {
        let onfile = props.onfile.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|files| files.get(0));
            // Cleared, so that picking the same file again (after fixing it) opens it again.
            input.set_value("");
            if let Some(file) = file {
                onfile.emit(file);
            }
        })
    };
    let described = if props.error.is_some() {
        "import-file-hint import-file-error"
    } else {
        "import-file-hint"
    };
    html! {
        <div class={classes!("open-file", "form-group", props.error.is_some().then_some("form-group--error"))}>
            <label for={INPUT_ID}>{ t.label }</label>
            <p class="hint" id="import-file-hint">{ t.hint }</p>
            if let Some(error) = &props.error {
                <p class="error-message" id="import-file-error">
                    <span class="visually-hidden">{ ui(props.lang).error_prefix }</span>{ error.clone() }
                </p>
            }
            <input type="file" id={INPUT_ID} accept=".json,application/fhir+json,application/json"
                aria-describedby={described} {onchange} />
        </div>
    }
}
