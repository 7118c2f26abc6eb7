//! The ankle-brachial index calculator for clinicians: six pressures in, each leg's ABI and its
//! guideline category out. Every implausible pressure is named at once (an error summary and
//! each field), and an ABI far above the non-compressible range asks for the pressures to be
//! checked. The reading and checking are `abi_form`'s.

use legcheck_engine::instruments::abi;
use yew::prelude::*;

use crate::abi_form::{check, needs_checking, range, Problem, FIELDS};
use crate::components::error_summary::ErrorSummary;
use crate::text::{ui, Lang};

fn category_text(lang: Lang, category: &str) -> &'static str {
    let c = ui(lang).abi_categories;
    match category {
        "abnormal" => c[0],
        "borderline" => c[1],
        "normal" => c[2],
        _ => c[3],
    }
}

#[derive(Properties, PartialEq)]
pub struct AbiCalculatorProps {
    pub lang: Lang,
}

#[function_component(AbiCalculator)]
pub fn abi_calculator(props: &AbiCalculatorProps) -> Html {
    let values = use_state(|| {
        [
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]
    });
    // The problems as they were when "Calculate" was last pressed: shown until it is pressed
    // again, so that typing a fix does not move focus or change the messages under the cursor.
    let submitted: UseStateHandle<Option<Vec<Problem>>> = use_state(|| None);
    let attempts = use_state(|| 0u32);
    let (t, lang) = (ui(props.lang), props.lang);
    let (input, problems) = check(&values);
    // A result only for what is in the boxes now, and only once it was asked for without errors.
    let calculated = submitted.as_ref().is_some_and(Vec::is_empty) && problems.is_empty();
    // Each problem in words, with the field it belongs to.
    let errors: Vec<(String, String)> = submitted
        .iter()
        .flatten()
        .map(|p| match *p {
            Problem::Field(i) => {
                let (min, max) = range(i);
                (
                    FIELDS[i].to_string(),
                    (t.abi_error)(t.abi_fields[i], min, max),
                )
            }
            Problem::NeedArm => ("arm_left".to_string(), t.abi_need_arm.to_string()),
        })
        .collect();
    let onsubmit = {
        let (submitted, attempts) = (submitted.clone(), attempts.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            attempts.set(*attempts + 1);
            submitted.set(Some(problems.clone()));
        })
    };
    let show_errors = !errors.is_empty();
    html! {
        <form class="abi" {onsubmit} novalidate=true>
            <h2>{ t.abi_title }</h2>
            if show_errors {
                <ErrorSummary {lang} attempt={*attempts} errors={errors.iter()
                    .map(|(f, m)| (format!("abi-{f}"), m.clone())).collect::<Vec<_>>()} />
            }
            <p class="hint">{ t.abi_hint }</p>
            { for FIELDS.iter().enumerate().map(|(i, field)| {
                let handle = values.clone();
                let oninput = Callback::from(move |e: InputEvent| {
                    let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                    let mut next = (*handle).clone();
                    next[i] = el.value();
                    handle.set(next);
                });
                let message = errors.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone());
                let bad = show_errors && message.is_some();
                html! {
                    <div class={classes!("form-group", "abi-field", bad.then_some("form-group--error"))}>
                        <label for={format!("abi-{field}")}>{ t.abi_fields[i] }</label>
                        if bad {
                            <p class="error-message" id={format!("abi-{field}-error")}>
                                <span class="visually-hidden">{ t.error_prefix }</span>
                                { message.unwrap_or_default() }
                            </p>
                        }
                        <div class="number-field">
                            // Text, not `number`: a browser's number field turns "90,5" into
                            // 905 or nothing; `abi_form` reads a decimal comma itself.
                            <input id={format!("abi-{field}")} type="text" inputmode="decimal"
                                autocomplete="off" spellcheck="false"
                                aria-describedby={bad.then(|| format!("abi-{field}-error"))}
                                value={values[i].clone()} {oninput} />
                            <span class="unit">{ t.unit_mmhg }</span>
                        </div>
                    </div>
                }
            }) }
            <button class="button" type="submit">{ t.abi_calculate }</button>
            <div class="abi-result" role="status">
                if calculated {
                    if let Some(r) = abi(&input) {
                        if needs_checking(&r) {
                            <p class="warning">{ t.abi_check_high }</p>
                        }
                        <ul>
                            { for [(true, r.left), (false, r.right)].into_iter().map(|(left, leg)| html! {
                                <li>{ match leg {
                                    Some(leg) => (t.abi_leg)(left, leg.value, category_text(lang, &leg.category)),
                                    None => (t.abi_no_leg)(left),
                                } }</li>
                            }) }
                        </ul>
                    }
                }
            </div>
        </form>
    }
}
