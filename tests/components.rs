//! Component tests: real Yew components mounted in headless Chromium (wasm-bindgen-test),
//! asserting on the DOM they render.
#![cfg(target_arch = "wasm32")]

use legcheck::app::App;
use legcheck::components::choice_list::{ChoiceList, ChoiceListProps};
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
}

#[wasm_bindgen_test]
async fn app_starts_on_the_start_screen_with_the_notices() {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let h1 = root.query_selector("h1").unwrap().expect("a page heading");
    assert_eq!(h1.text_content().unwrap(), "Check your leg pain or cramps");
    let text = root.text_content().unwrap();
    assert!(text.contains("This is not a diagnosis."));
    assert!(text.contains("In an emergency call your local emergency number."));
}

#[wasm_bindgen_test]
async fn start_shows_the_first_question_from_the_knowledge_base() {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let start: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    start.click();
    settle().await;
    let engine = legcheck_engine::Engine::embedded().unwrap();
    let first = engine.next_question(&Default::default()).unwrap();
    let h1 = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), first.text);
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 3, "yes, no and I don't know");
}

#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
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
        error: None,
        ontoggle,
    };
    html! { <ChoiceList ..props /> }
}

#[derive(Properties)]
struct HarnessProps {
    log: Rc<RefCell<Vec<String>>>,
}

impl PartialEq for HarnessProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.log, &other.log)
    }
}

#[wasm_bindgen_test]
async fn choice_list_labels_its_inputs_and_reports_choices() {
    let root = mount_point();
    let log = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { log: log.clone() })
        .render();
    settle().await;
    let label = root.query_selector("label[for=q-1]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap(), "Beta");
    let input: web_sys::HtmlInputElement = root
        .query_selector("#q-1")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.click();
    settle().await;
    assert_eq!(*log.borrow(), vec!["b".to_string()]);
    assert!(input.checked());
}
