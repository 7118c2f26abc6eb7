//! The language picker: a native select in the header.

use yew::prelude::*;

use crate::text::{ui, Lang};

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct LanguagePickerProps {
    pub lang: Lang,
    pub onchange: Callback<Lang>,
}

pub fn language_picker(props: &LanguagePickerProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Lang::from_code(&select.value()).unwrap_or_default()
    });
    html! {
        <div class="language">
            <label for="language">{ ui(props.lang).language }</label>
            <select id="language" {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={*l == props.lang} lang={l.code()}>{ l.name() }</option>
                }) }
            </select>
        </div>
    }
}
