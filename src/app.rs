//! The journey's component: holds the state machine (`runtime::Model`), wires the hooks that
//! keep the browser in step with it (effects, the address bar, an embedding clinic), picks the
//! page for the current route, and moves focus to each new page's heading. Mounted by
//! `boot::Root` once the knowledge base is installed; `frame` is the chrome both draw.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{
    error_summary::ErrorSummary,
    footer::Footer,
    import_emergency::import_emergency,
    language_picker::{language_picker, LanguagePickerProps},
    notices::{notices, NoticesProps},
    open_file::INPUT_ID,
};
use crate::engine::engine;
use crate::pages::{
    accessibility::{accessibility_page, AccessibilityPageProps},
    check::{check_page, CheckPageProps},
    clinicians::{clinicians_page, CliniciansPageProps},
    emergency::{emergency_page, EmergencyPageProps},
    not_found::{not_found_page, NotFoundPageProps},
    privacy::{privacy_page, PrivacyPageProps},
    question::QuestionPage,
    red_flags::RedFlagsPage,
    result::ResultPage,
    start::{start_page, StartPageProps},
};
use crate::route::Route;
use crate::runtime::{start, use_effects, use_url_sync};
use crate::state::{Action, Opened, State};
use crate::text::{import_ui, kb, ui, Catalogues, Lang};

/// Marks the moment an answer is given, so the time to the next painted screen can be read
/// from `performance` (see scripts/bench).
fn mark_answer() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name("legcheck-answer");
        let _ = p.mark("legcheck-answer");
    }
}

/// Just after the next paint: measures answer-to-paint, scrolls to the top, focuses the heading
/// (with no ring for touch and mouse users, style.css) and titles the page; on the start page
/// that replaced the one drawn into index.html, only titles it.
pub fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Each screen opens at the top, with Back and the progress in view: the browser must not
    // put back the scroll position of an earlier visit after a reload or Back.
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    crate::runtime::after_frame(Box::new(move || {
        let document = gloo_utils::document();
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            if p.get_entries_by_name_with_entry_type("legcheck-answer", "mark")
                .length()
                > 0
            {
                let _ = p.measure_with_start_mark("legcheck-answer-to-paint", "legcheck-answer");
                p.clear_marks_with_mark_name("legcheck-answer");
            }
        }
        // The same page as the start page drawn into index.html, which the person has been
        // reading (static/shell.js marks it): nothing new to announce, and focus and scrolling
        // stay where they are.
        let kept = document
            .document_element()
            .filter(|html| html.has_attribute("data-shell-kept"))
            .map(|html| html.remove_attribute("data-shell-kept"))
            .is_some();
        if let Some(h1) = document.query_selector("main h1").ok().flatten() {
            let heading = title_after(&h1);
            if kept {
                return;
            }
            if let Some(live) = document.get_element_by_id("announcer") {
                live.set_text_content(Some(&heading));
            }
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.focus();
            }
        }
        if let (false, Some(w)) = (kept, web_sys::window()) {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }));
}

/// Titles the page after its heading, as drawn now: after a change of language or a catalogue
/// arriving, which change the heading's words but not the screen (focus stays where it is).
pub fn retitle() {
    if let Some(h1) = gloo_utils::document()
        .query_selector("main h1")
        .ok()
        .flatten()
    {
        title_after(&h1);
    }
}

/// Titles the page after a heading; returns the heading's words.
fn title_after(h1: &web_sys::Element) -> String {
    let heading = h1.text_content().unwrap_or_default().trim().to_string();
    gloo_utils::document().set_title(&format!("{heading} – LegCheck"));
    heading
}

/// Why the last QuestionnaireResponse could not be opened, naming the item as the person knows
/// it (`text::import::item_name`).
fn import_error(state: &State) -> Option<String> {
    let failure = state.import_error.as_ref()?;
    let item = crate::text::import::item_name(state.lang, &failure.item);
    Some(import_ui(state.lang).failure(failure, &item))
}

/// The refusal of a file the person picked, shown by the file control too; a clinic's is not
/// about the control.
fn file_error(state: &State) -> Option<String> {
    let from_file = state
        .import_error
        .as_ref()
        .is_some_and(|f| f.from == Opened::File);
    import_error(state).filter(|_| from_file)
}

/// The error summary for a response that could not be opened, linking to the file control
/// when the refused response came from it, and above it the emergency the response still
/// shows, if any.
fn import_summary(state: &State) -> Html {
    let (Some(message), Some(failure)) = (import_error(state), &state.import_error) else {
        return Html::default();
    };
    let has_control = failure.from == Opened::File
        && matches!(
            state.route,
            Route::Result | Route::Share(_) | Route::Opened | Route::Clinicians
        );
    let target = if has_control { INPUT_ID } else { "" };
    html! {
        <>
            if !failure.emergency.is_empty() {
                { import_emergency(state.lang, failure.from, &failure.emergency,
                    &state.emergency_number()) }
            }
            <ErrorSummary lang={state.lang} errors={vec![(target.to_string(), message)]}
                attempt={failure.attempt} />
        </>
    }
}

/// The page for the current route.
fn page(state: &State, dispatch: &Callback<Action>) -> Html {
    let engine = engine();
    let lang = state.lang;
    let onfile = dispatch.reform(Action::OpenFile);
    let on = |make: fn() -> Action| dispatch.reform(move |_| make());
    let back = state.back(engine).to_hash();
    match &state.route {
        Route::Start => start_page(&StartPageProps {
            lang,
            can_resume: !state.answers.is_empty(),
            onstart: on(start_action),
            onrestart: on(|| Action::Restart),
        }),
        Route::RedFlags => {
            let onanswer = dispatch.reform(|answers| {
                mark_answer();
                Action::AnswerAll(answers)
            });
            html! { <RedFlagsPage {lang} answers={state.answers.clone()} {onanswer} {back} /> }
        }
        Route::Emergency => {
            let triage = engine.evaluate(&state.answers).triage;
            // In words (a condition's name, translated); unsure signs listed apart, in the
            // knowledge base's words.
            let reasons = triage
                .set_by
                .iter()
                .filter(|r| !r.unsure)
                .map(|r| crate::labels::triage_reason(lang, r))
                .collect::<Vec<_>>();
            let unsure = triage
                .unsure
                .iter()
                .map(|r| kb(lang, &r.text))
                .collect::<Vec<_>>();
            let clinic_link = state.clinic.links.emergency.clone();
            html! {
                { emergency_page(&EmergencyPageProps {
                    lang, reasons, unsure, clinic_link, back,
                    number: state.emergency_number(),
                    oncontinue: on(|| Action::ContinueAfterEmergency),
                }) }
            }
        }
        Route::Question(id) => {
            let onanswer = dispatch.reform(|(id, answer)| {
                mark_answer();
                Action::Answer(id, answer)
            });
            html! {
                <QuestionPage key={id.clone()} {lang} question={id.clone()}
                    answer={state.answers.get(id).cloned()}
                    {onanswer} {back} />
            }
        }
        Route::Check => check_page(&CheckPageProps {
            lang,
            answers: &state.answers,
            back,
            onchange: dispatch.reform(Action::Change),
            onsubmit: on(|| Action::SeeResult),
        }),
        Route::Result | Route::Share(_) | Route::Opened => html! {
            <ResultPage {lang} answers={state.answers.clone()} shared={state.shared.is_some()}
                opened={state.opened} abi={state.shared.as_ref().and(state.shared_abi.clone())}
                import_error={file_error(state)} {onfile}
                save_on_device={state.save_on_device} storage_off={state.storage_off}
                clinic_links={state.clinic.links.clone()} number={state.emergency_number()}
                status={state.status}
                oncopy={dispatch.reform(|(item, text)| Action::Copy(item, text))}
                onsharelink={dispatch.reform(Action::Share)}
                onsave={dispatch.reform(Action::SaveOnDevice)}
                onrestart={on(|| Action::Restart)} onclear={on(|| Action::Clear)} />
        },
        Route::Clinicians => clinicians_page(&CliniciansPageProps {
            lang,
            back,
            import_error: file_error(state),
            onfile,
        }),
        // Text pages with no state of their own are plain functions: a Yew component costs about
        // 2 KB of wasm in generic machinery (docs/ARCHITECTURE.md, "Keeping the wasm small").
        Route::Privacy => privacy_page(&PrivacyPageProps { lang, back }),
        Route::Accessibility => accessibility_page(&AccessibilityPageProps { lang, back }),
        Route::NotFound => not_found_page(&NotFoundPageProps { lang }),
    }
}

/// What is around every screen's page (a plain function of these).
pub struct FrameProps {
    pub lang: Lang,
    pub onlang: Callback<Lang>,
    /// The notices above `<main>`.
    pub notices: Html,
    /// At the top of `<main>`, outside the page (a refused response's error summary).
    pub above: Html,
    pub page: Html,
    /// The page's key: its route's address (see below).
    pub key: String,
    /// Inside a clinic's page (`embed::config`): the footer says the clinic provides LegCheck.
    pub embedded: bool,
}

/// The skip link, the header with the language picker, the notices, `<main>` with the page and
/// the footer. The journey (`App`) and the pages shown before the knowledge base arrives
/// (`boot::Root`) both draw it. The live region that announces each new screen (`#announcer`)
/// is in index.html, outside both, so that it is never recreated when the journey takes over
/// (a screen reader may ignore a live region that has just been inserted).
pub fn frame(props: FrameProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    html! {
        <>
            <a href="#main" class="skip-link" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                if let Some(h1) = gloo_utils::document().query_selector("main h1").ok().flatten() {
                    if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() { let _ = h1.focus(); }
                }
            })}>{ t.skip_link }</a>
            <header class="app-header">
                <a href="#/" class="brand">{ "LegCheck" }</a>
                { language_picker(&LanguagePickerProps { lang, onchange: props.onlang }) }
            </header>
            { props.notices }
            <main id="main">
                { props.above }
                // Keyed by the route, so each screen gets elements of its own: most pages are
                // plain functions, which Yew would otherwise patch into the last screen's
                // elements (an emergency card's `role="alert"` must arrive as a new element).
                // Between the text pages it kept the heading, which was already
                // focused, so moving focus to the new one announced nothing; an opened details
                // or a scrolled table could carry over too. Do not remove it as noise.
                <div key={props.key}>{ props.page }</div>
            </main>
            <Footer {lang} embedded={props.embedded} />
        </>
    }
}

/// Start (or resume): on the history entry a wait after Start was given (`boot::Root`, or a
/// reload there), the first screen takes that entry over instead of adding one after it. Read
/// when the Start is dispatched: nothing may replace the address before that on mounting, or
/// the entry's mark is gone.
fn start_action() -> Action {
    if crate::runtime::wait_entry(false) {
        Action::StartInPlace
    } else {
        Action::Start
    }
}

/// What `boot::Root` hands over when it mounts the journey.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A language the person chose on the pages shown before.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The person pressed Start on the start page shown before: start the journey.
    #[prop_or_default]
    pub start: bool,
    /// How many times the service worker said a new version is waiting (`pwa::register`, run
    /// by `boot::Root`): each one offers the reload again, even after a dismissed notice.
    #[prop_or_default]
    pub updates: u32,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Installed before this mounts (`boot::Root`).
    let engine = engine();
    // Storage and the URL are read before the first render (no page shows stale answers).
    let chosen = props.lang;
    let model = use_reducer(move || start(engine, chosen));
    // Effects of hooks run in this order: `legcheck:ready` goes before any queued event, and
    // the address bar is listened to before queued effects touch it.
    crate::embed::use_embedding(&model);
    use_url_sync(&model);
    use_effects(&model);
    {
        // After the address bar is listened to (`use_url_sync`), so the start page's address
        // is the journey's first entry.
        let dispatcher = model.dispatcher();
        use_effect_with(props.start, move |started| {
            if *started {
                dispatcher.dispatch(start_action());
            }
        });
    }
    {
        let dispatcher = model.dispatcher();
        use_effect_with(props.updates, move |&updates| {
            if updates > 0 {
                dispatcher.dispatch(Action::UpdateReady);
            }
        });
    }
    use_effect_with(model.state.route.clone(), |_| after_paint());
    use_effect_with((model.state.lang, model.state.catalogues.len()), |_| {
        retitle()
    });

    let dispatch = {
        let model = model.clone();
        Callback::from(move |action| model.dispatch(action))
    };
    let state = &model.state;
    let lang = state.lang;
    let catalogues = Catalogues(state.catalogues.len());
    let ondismiss = dispatch.reform(Action::Dismiss);
    let onreload = dispatch.reform(|_| Action::ReloadToUpdate);
    html! {
        <ContextProvider<Catalogues> context={catalogues}>
            { frame(FrameProps {
                lang,
                onlang: dispatch.reform(Action::SetLang),
                notices: notices(&NoticesProps {
                    lang,
                    notices: state.notices.clone(),
                    ondismiss,
                    onreload,
                    answers_kept: !state.storage_off && state.shared.is_none(),
                }),
                above: import_summary(state),
                page: page(state, &dispatch),
                key: state.route.to_hash(),
                embedded: crate::embed::config().embed,
            }) }
        </ContextProvider<Catalogues>>
    }
}
