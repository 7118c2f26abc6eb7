//! The root component: owns the journey state (a reducer), keeps the URL fragment and browser
//! storage in step with it, picks the page for the current route, and moves focus to each new
//! page's heading (announcing it) as the route changes.

use gloo_events::EventListener;
use legcheck_engine::share::ShareError;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

use crate::components::{language_picker::LanguagePicker, notices::Notices};
use crate::engine::engine;
use crate::journey;
use crate::pages::{
    check::CheckPage, clinicians::CliniciansPage, emergency::EmergencyPage,
    not_found::NotFoundPage, question::QuestionPage, red_flags::RedFlagsPage, result::ResultPage,
    start::StartPage,
};
use crate::persist;
use crate::route::Route;
use crate::state::{Action, Notice, State};
use crate::text::{ui, Lang};

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The language asked for by `?lang=es`.
fn query_lang() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("lang="))
        .and_then(Lang::from_code)
}

/// The browser's preferred language, if LegCheck speaks it.
fn browser_lang() -> Option<Lang> {
    let language = web_sys::window()?.navigator().language()?;
    Lang::from_code(&language)
}

/// Turns a route from the URL into actions: share links are decoded here.
fn navigate(state: &UseReducerHandle<State>, route: Route) {
    let Route::Share(payload) = route else {
        state.dispatch(Action::Navigate(route));
        return;
    };
    let Ok(e) = engine() else { return };
    match legcheck_engine::share::decode(e, &payload) {
        Ok(doc) => state.dispatch(Action::LoadShared(doc.answers)),
        Err(err) => {
            web_sys::console::warn_1(&format!("LegCheck: share link rejected: {err}").into());
            let notice = match err {
                ShareError::Invalid(_) => Notice::LinkMismatch,
                _ => Notice::BadLink,
            };
            state.dispatch(Action::Notice(notice));
            state.dispatch(Action::Navigate(Route::Start));
        }
    }
}

/// Fetches a same-origin text file; `None` on any failure (offline, missing, not OK).
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(url))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Marks the moment an answer is given, so the time to the next painted screen can be read
/// from `performance` (see scripts/bench).
fn mark_answer() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name("legcheck-answer");
        let _ = p.mark("legcheck-answer");
    }
}

/// Just after the next paint: measures answer-to-paint, focuses the heading and titles the page.
fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let second = Closure::once_into_js(move || {
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
        if let Some(h1) = document.query_selector("main h1").ok().flatten() {
            let heading = h1.text_content().unwrap_or_default();
            document.set_title(&format!("{} – LegCheck", heading.trim()));
            if let Some(live) = document.get_element_by_id("announcer") {
                live.set_text_content(Some(heading.trim()));
            }
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.focus();
            }
        }
    });
    // A timeout queued from an animation frame runs just after that frame is painted.
    let first = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(second.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
}

#[function_component(App)]
pub fn app() -> Html {
    // The first screen comes from the URL, so a reload or a deep link shows the right page
    // from the first render.
    let state = use_reducer(|| State {
        route: Route::parse(&current_hash()),
        lang: query_lang().or_else(browser_lang).unwrap_or_default(),
        clinic: crate::embed::config().settings.clone(),
        ..State::default()
    });

    // Effects: restore saved answers and follow the URL, once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Ok(e) = engine() {
                if !persist::available() {
                    state.dispatch(Action::StorageOff);
                }
                let loaded = persist::load(e);
                state.dispatch(Action::Restore {
                    answers: loaded.answers,
                    // ?lang= first, then the language chosen before, then the browser's.
                    lang: query_lang().or(loaded.lang).or_else(browser_lang),
                    notices: loaded.notices,
                    save_on_device: loaded.on_device,
                });
            }
            navigate(&state, Route::parse(&current_hash()));
            let dispatcher = state.dispatcher();
            crate::pwa::register(move || dispatcher.dispatch(Action::Notice(Notice::UpdateReady)));
            let listener = web_sys::window().map(|w| {
                let state = state.clone();
                EventListener::new(&w, "hashchange", move |_| {
                    navigate(&state, Route::parse(&current_hash()))
                })
            });
            move || drop(listener)
        });
    }
    // The URL follows the route (each screen is a history entry).
    use_effect_with(state.route.clone(), |route| {
        let hash = route.to_hash();
        if Route::parse(&current_hash()) != *route {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
        }
        after_paint();
    });
    crate::embed::use_embedding(&state);
    // Storage follows the answers.
    {
        let storage = (
            state.answers.clone(),
            state.lang,
            state.save_on_device,
            state.storage_off,
            state.shared_from.is_some(),
        );
        let dispatcher = state.dispatcher();
        use_effect_with(storage, move |(answers, lang, on_device, off, shared)| {
            if let (Ok(e), false, false) = (engine(), *off, *shared) {
                if answers.is_empty() && !*on_device {
                    persist::clear();
                } else if !persist::save(e, answers, *lang, *on_device) {
                    dispatcher.dispatch(Action::StorageOff);
                }
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.lang, move |lang| {
            if let Some(html) = gloo_utils::document().document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            if !crate::text::has_catalogue(*lang) {
                let lang = *lang;
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = match fetch_text(&format!("i18n/{}.json", lang.code())).await {
                        Some(json) => crate::text::set_catalogue(lang, &json),
                        None => false,
                    };
                    dispatcher.dispatch(if loaded {
                        Action::CatalogueLoaded
                    } else {
                        Action::Notice(Notice::NoCatalogue)
                    });
                });
            }
        });
    }

    // Callbacks
    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(make()))
    };
    let onanswer = {
        let state = state.clone();
        Callback::from(move |(id, answer)| {
            mark_answer();
            state.dispatch(Action::Answer(id, answer))
        })
    };
    let onanswer_all = {
        let state = state.clone();
        Callback::from(move |answers| {
            mark_answer();
            state.dispatch(Action::AnswerAll(answers))
        })
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Change(id)))
    };
    let onlang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(Action::SetLang(lang)))
    };
    let ondismiss = {
        let state = state.clone();
        Callback::from(move |n| state.dispatch(Action::Dismiss(n)))
    };
    let onsave = {
        let state = state.clone();
        Callback::from(move |on| state.dispatch(Action::SaveOnDevice(on)))
    };

    let lang = state.lang;
    let t = ui(lang);
    let page = match engine() {
        Err(e) => html! {
            <div class="error-summary" role="alert">
                <h1 tabindex="-1">{ "LegCheck could not start" }</h1>
                <p>{ e.to_string() }</p>
            </div>
        },
        Ok(engine) => {
            let back = journey::previous(engine, &state.answers, &state.route).to_hash();
            match &state.route {
                Route::Start => html! {
                    <StartPage {lang} can_resume={!state.answers.is_empty()}
                        onstart={dispatch(|| Action::Start)} onrestart={dispatch(|| Action::Restart)} />
                },
                Route::RedFlags => html! {
                    <RedFlagsPage {lang} answers={state.answers.clone()} onanswer={onanswer_all} />
                },
                Route::Emergency => {
                    let reasons = engine
                        .evaluate(&state.answers)
                        .triage
                        .set_by
                        .into_iter()
                        .map(|r| r.text.to_string())
                        .collect::<Vec<_>>();
                    let clinic_link = state.clinic.links.emergency.clone();
                    html! { <EmergencyPage {lang} {reasons} {clinic_link} oncontinue={dispatch(|| Action::ContinueAfterEmergency)} /> }
                }
                Route::Question(id) => html! {
                    <QuestionPage
                        key={id.clone()}
                        {lang}
                        question={id.clone()}
                        answer={state.answers.get(id).cloned()}
                        progress={engine.progress(&state.answers)}
                        {onanswer}
                        {back}
                    />
                },
                Route::Check => html! {
                    <CheckPage {lang} answers={state.answers.clone()} {back} {onchange}
                        onsubmit={dispatch(|| Action::SeeResult)} />
                },
                Route::Result => html! {
                    <ResultPage {lang} answers={state.answers.clone()} save_on_device={state.save_on_device}
                        storage_off={state.storage_off} clinic_links={state.clinic.links.clone()} {onsave}
                        onrestart={dispatch(|| Action::Restart)} onclear={dispatch(|| Action::Clear)} />
                },
                Route::Clinicians => html! { <CliniciansPage {lang} /> },
                Route::Share(_) | Route::NotFound => html! { <NotFoundPage {lang} /> },
            }
        }
    };

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
                <LanguagePicker {lang} onchange={onlang} />
            </header>
            <Notices {lang} notices={state.notices.clone()} {ondismiss} />
            // Re-rendered from scratch when a translation catalogue arrives.
            <main id="main" key={state.catalogues}>{ page }</main>
            <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
        </>
    }
}
