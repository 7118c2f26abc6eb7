//! The ankle-brachial index calculator for clinicians: six pressures in, each leg's ABI and its
//! guideline category out; implausible pressures are rejected inline, naming the field.

use legcheck_engine::instruments::{abi, check_abi, AbiInput, ANKLE_RANGE, ARM_RANGE};
use yew::prelude::*;

use crate::text::{ui, Lang};

const FIELDS: [&str; 6] = [
    "arm_left",
    "arm_right",
    "left_dp",
    "left_pt",
    "right_dp",
    "right_pt",
];

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
    let submitted = use_state(|| false);
    let (t, lang) = (ui(props.lang), props.lang);
    let parse = |s: &str| legcheck_engine::parse_num(s.trim());
    let input = AbiInput {
        arm_left: parse(&values[0]),
        arm_right: parse(&values[1]),
        left_dp: parse(&values[2]),
        left_pt: parse(&values[3]),
        right_dp: parse(&values[4]),
        right_pt: parse(&values[5]),
    };
    // A field that holds text that is not a number is as implausible as a number out of range.
    let unreadable = FIELDS
        .iter()
        .zip(values.iter())
        .find(|(_, v)| !v.trim().is_empty() && parse(v).is_none());
    let error: Option<(String, String)> = if let Some((field, _)) = unreadable {
        let i = FIELDS.iter().position(|f| f == field).unwrap_or(0);
        let (min, max) = if i < 2 { ARM_RANGE } else { ANKLE_RANGE };
        Some((field.to_string(), (t.abi_error)(t.abi_fields[i], min, max)))
    } else {
        check_abi(&input).err().map(|(field, _)| {
            let name = field.trim_start_matches("abi.");
            match FIELDS.iter().position(|f| *f == name) {
                Some(i) => {
                    let (min, max) = if i < 2 { ARM_RANGE } else { ANKLE_RANGE };
                    (name.to_string(), (t.abi_error)(t.abi_fields[i], min, max))
                }
                None => ("arm_left".to_string(), t.abi_need_arm.to_string()),
            }
        })
    };
    let onsubmit = {
        let submitted = submitted.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submitted.set(true);
        })
    };
    let show_error = *submitted && error.is_some();
    html! {
        <form class="abi" {onsubmit} novalidate=true>
            <h2>{ t.abi_title }</h2>
            <p class="hint">{ t.abi_hint }</p>
            { for FIELDS.iter().enumerate().map(|(i, field)| {
                let handle = values.clone();
                let oninput = Callback::from(move |e: InputEvent| {
                    let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                    let mut next = (*handle).clone();
                    next[i] = el.value();
                    handle.set(next);
                });
                let bad = show_error && error.as_ref().is_some_and(|(f, _)| f == field);
                html! {
                    <div class={classes!("form-group", "abi-field", bad.then_some("form-group--error"))}>
                        <label for={format!("abi-{field}")}>{ t.abi_fields[i] }</label>
                        if bad {
                            <p class="error-message" id={format!("abi-{field}-error")}>
                                <span class="visually-hidden">{ t.error_prefix }</span>
                                { error.as_ref().map(|(_, m)| m.clone()).unwrap_or_default() }
                            </p>
                        }
                        <div class="number-field">
                            <input id={format!("abi-{field}")} type="number" inputmode="decimal"
                                aria-describedby={bad.then(|| format!("abi-{field}-error"))}
                                value={values[i].clone()} {oninput} />
                            <span class="unit">{ t.unit_mmhg }</span>
                        </div>
                    </div>
                }
            }) }
            <button class="button" type="submit">{ t.abi_calculate }</button>
            <div class="abi-result" role="status">
                if *submitted && error.is_none() {
                    if let Some(r) = abi(&input) {
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
