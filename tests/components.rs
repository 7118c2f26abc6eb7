//! Component tests: real Yew components mounted in headless Chromium (wasm-bindgen-test),
//! asserting on the DOM they render and on what they report back.
#![cfg(target_arch = "wasm32")]

use legcheck::app::App;
use legcheck::components::body_map::BodyMap;
use legcheck::components::choice_list::{ChoiceList, ChoiceListProps};
use legcheck::text::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::Element {
    let document = gloo_utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::scheduler::flush().await;
    gloo_timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
}

fn click(root: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    el.click();
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Types `value` into the input at `selector`, as a person would (an `input` event).
fn type_into(root: &web_sys::Element, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Answers the age question, asked first.
async fn answer_age(root: &web_sys::Element, age: &str) {
    type_into(root, "#age-number", age);
    click(root, "form button[type=submit]");
    settle().await;
}

/// Mounts the journey with a clean URL and clean storage, with the knowledge base installed
/// as `boot::Root` installs it once fetched (the app's copy, checked against its hash).
async fn mount_app() -> web_sys::Element {
    legcheck::engine::install(
        legcheck::engine::accept(legcheck_engine::APP_KNOWLEDGE).expect("the app's copy"),
    );
    let window = web_sys::window().unwrap();
    window.location().set_hash("").unwrap();
    window.session_storage().unwrap().unwrap().clear().unwrap();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

#[wasm_bindgen_test]
async fn app_starts_on_the_start_screen_with_the_notices() {
    let root = mount_app().await;
    assert_eq!(text(&root, "h1"), "Check your leg pain or cramps");
    let all = root.text_content().unwrap();
    assert!(all.contains("This is not a diagnosis."));
    assert!(all.contains("In an emergency call your local emergency number."));
    assert!(all.contains("Your answers stay on this device."));
}

#[wasm_bindgen_test]
async fn age_then_red_flags_come_first_and_unanswered_ones_are_summarised() {
    let root = mount_app().await;
    click(&root, "button.button--start");
    settle().await;
    assert_eq!(text(&root, "h1"), "How old are you?");
    // Under 18: LegCheck is for adults, and the age question stays.
    answer_age(&root, "16").await;
    assert!(text(&root, ".panel--adults").contains("LegCheck is for adults"));
    assert_eq!(text(&root, "h1"), "How old are you?");
    answer_age(&root, "60").await;
    assert_eq!(
        text(&root, "h1"),
        "First, do you have any of these warning signs?"
    );
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(
        radios.length(),
        12,
        "four warning signs, each yes / no / I don't know"
    );
    // Continue with one answered: the error summary names the three still open, and the
    // answer already chosen is kept.
    click(&root, "#rf_sudden_cold_leg-1");
    click(&root, "form button[type=submit]");
    settle().await;
    assert_eq!(
        text(&root, ".error-summary li"),
        "Answer the 3 questions that are still open"
    );
    let kept: web_sys::HtmlInputElement = root
        .query_selector("#rf_sudden_cold_leg-1")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(kept.checked());
    assert_eq!(
        root.query_selector_all(".form-group--error")
            .unwrap()
            .length(),
        3
    );
}

#[function_component(MapHarness)]
fn map_harness(props: &LogProps) -> Html {
    let selected = use_state(Vec::<String>::new);
    let ontoggle = {
        let (selected, log) = (selected.clone(), props.log.clone());
        Callback::from(move |id: String| {
            log.borrow_mut().push(id.clone());
            let mut next = (*selected).clone();
            match next.iter().position(|x| *x == id) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(id),
            }
            selected.set(next);
        })
    };
    html! { <BodyMap lang={Lang::En} legend={html! { <h1>{ "Where?" }</h1> }} selected={(*selected).clone()} {ontoggle} /> }
}

#[derive(Properties)]
struct LogProps {
    log: Rc<RefCell<Vec<String>>>,
}

impl PartialEq for LogProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.log, &other.log)
    }
}

fn checked(root: &web_sys::Element, value: &str) -> bool {
    let input: web_sys::HtmlInputElement = root
        .query_selector(&format!("input[value={value}]"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.checked()
}

#[wasm_bindgen_test]
async fn body_map_picture_and_checkbox_list_stay_in_sync() {
    let root = mount_point();
    let log = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<MapHarness>::with_root_and_props(root.clone(), LogProps { log: log.clone() })
        .render();
    settle().await;
    // 28 regions in the picture (14 sites on each leg, the groin and the back of the heel
    // among them) and 28 labelled checkboxes.
    assert_eq!(
        root.query_selector_all("svg rect.region").unwrap().length(),
        28
    );
    assert_eq!(
        root.query_selector_all("input[type=checkbox]")
            .unwrap()
            .length(),
        28
    );
    assert_eq!(
        text(&root, "label[for=pain_sites-left-2]"),
        "Your left groin"
    );
    let label = root
        .query_selector("label[for=pain_sites-left-8]")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().unwrap(), "Your left calf");
    // Tapping the picture ticks the box and lists the region in words.
    let rect = root
        .query_selector("rect[data-region=left_calf]")
        .unwrap()
        .unwrap();
    rect.dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
        .unwrap();
    settle().await;
    assert!(checked(&root, "left_calf"));
    assert!(text(&root, ".chosen").contains("Your left calf"));
    // Ticking a box highlights the picture.
    click(&root, "input[value=right_sole]");
    settle().await;
    let on = root
        .query_selector("rect[data-region=right_sole]")
        .unwrap()
        .unwrap();
    assert!(on.class_list().contains("region--on"));
    // Chosen is shown by a tick as well as a colour.
    assert!(root
        .query_selector(".tick[data-region=right_sole]")
        .unwrap()
        .is_some());
    assert_eq!(
        *log.borrow(),
        vec!["left_calf".to_string(), "right_sole".to_string()]
    );
    // One view at a time: the front first; the back's button counts the two places chosen
    // on it, and showing the back hides the front without losing anything.
    let shown = |root: &web_sys::Element| {
        root.query_selector("figure.body-view:not([hidden])")
            .unwrap()
            .unwrap()
            .get_attribute("data-view")
            .unwrap()
    };
    assert_eq!(shown(&root), "front");
    assert_eq!(
        text(&root, ".view-switch__button:last-child .view-switch__count"),
        "2 chosen"
    );
    click(&root, ".view-switch__button:last-child");
    settle().await;
    assert_eq!(shown(&root), "back");
    assert!(checked(&root, "left_calf") && checked(&root, "right_sole"));
    assert_eq!(
        text(&root, ".chosen"),
        "You have chosen 2 places: Your left calf, Your right sole of foot"
    );
    // The picture is not announced twice: it is hidden from assistive technology.
    assert_eq!(
        root.query_selector("svg")
            .unwrap()
            .unwrap()
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn switching_language_translates_the_screen() {
    let root = mount_app().await;
    let select: web_sys::HtmlSelectElement = root
        .query_selector("#language")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("es");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        text(&root, "h1"),
        "¿Le duelen las piernas o tiene calambres?"
    );
    assert_eq!(
        gloo_utils::document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("es")
    );
    click(&root, "button.button--start");
    settle().await;
    // The age question first, in Spanish screens (its own text comes with the catalogue).
    assert_eq!(text(&root, "form button[type=submit]"), "Continuar");
    answer_age(&root, "60").await;
    assert_eq!(
        text(&root, "h1"),
        "Primero, ¿tiene alguna de estas señales de alarma?"
    );
    assert!(root.text_content().unwrap().contains("No lo sé"));
}

#[function_component(ChoiceHarness)]
fn choice_harness(props: &LogProps) -> Html {
    let selected = use_state(Vec::<String>::new);
    let ontoggle = {
        let (selected, log) = (selected.clone(), props.log.clone());
        Callback::from(move |id: String| {
            log.borrow_mut().push(id.clone());
            selected.set(vec![id]);
        })
    };
    let props = ChoiceListProps {
        name: "q".into(),
        legend: html! { "Pick one" },
        hint: None,
        options: vec![("a".into(), "Alpha".into()), ("b".into(), "Beta".into())],
        selected: (*selected).clone(),
        multiple: false,
        inline: false,
        error: None,
        lang: Lang::En,
        ontoggle,
    };
    html! { <ChoiceList ..props /> }
}

#[wasm_bindgen_test]
async fn choice_list_labels_its_inputs_and_reports_choices() {
    let root = mount_point();
    let log = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<ChoiceHarness>::with_root_and_props(
        root.clone(),
        LogProps { log: log.clone() },
    )
    .render();
    settle().await;
    assert_eq!(text(&root, "label[for=q-1]"), "Beta");
    click(&root, "#q-1");
    settle().await;
    assert_eq!(*log.borrow(), vec!["b".to_string()]);
    assert!(checked(&root, "b"));
}
