//! A native radio or checkbox group inside a fieldset: the accessible control for every
//! choice question (and, beside the picture, for the body map).

use yew::prelude::*;

use crate::text::{ui, Lang};

#[derive(Properties, PartialEq)]
pub struct ChoiceListProps {
    /// Group name, also the base of each input's id.
    pub name: String,
    /// The question, as the fieldset legend (visually the page heading).
    pub legend: Html,
    #[prop_or_default]
    pub hint: Option<String>,
    /// `(id, label)` pairs in display order.
    pub options: Vec<(String, String)>,
    pub selected: Vec<String>,
    /// Checkboxes (any number) instead of radios (exactly one).
    #[prop_or_default]
    pub multiple: bool,
    /// Lay the options out in a row (short answers such as yes / no).
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub lang: Lang,
    /// Called with the option id that was toggled or chosen.
    pub ontoggle: Callback<String>,
}

#[function_component(ChoiceList)]
pub fn choice_list(props: &ChoiceListProps) -> Html {
    let kind = if props.multiple { "checkbox" } else { "radio" };
    let hint_id = format!("{}-hint", props.name);
    let error_id = format!("{}-error", props.name);
    let described = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class={classes!("form-group", props.error.as_ref().map(|_| "form-group--error"))}>
            <fieldset aria-describedby={(!described.is_empty()).then_some(described)}>
                <legend>{ props.legend.clone() }</legend>
                if let Some(hint) = &props.hint {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                if let Some(error) = &props.error {
                    <p class="error-message" id={error_id}>
                        <span class="visually-hidden">{ ui(props.lang).error_prefix }</span>{ error }
                    </p>
                }
                <div class={classes!("choices", props.inline.then_some("choices--inline"))}>
                    { for props.options.iter().enumerate().map(|(i, (id, label))| {
                        let input_id = format!("{}-{}", props.name, i);
                        let ontoggle = props.ontoggle.clone();
                        let value = id.clone();
                        html! {
                            <div class="choice">
                                <input
                                    type={kind}
                                    id={input_id.clone()}
                                    name={props.name.clone()}
                                    value={id.clone()}
                                    checked={props.selected.contains(id)}
                                    onchange={Callback::from(move |_| ontoggle.emit(value.clone()))}
                                />
                                <label for={input_id}>{ label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
