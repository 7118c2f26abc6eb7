//! The result: the care card for the triage level first, then the ranked possible causes with
//! their reasons, the arteries that may be involved on each leg, next steps, self-care with its
//! evidence, where the advice comes from (with printout-only sections for the doctor: the
//! references, and the dated answers), "not a diagnosis" and the knowledge-base version, and the actions
//! (print, copy, share link with copy and the phone's share sheet, a FHIR file, save on this
//! device, clear, start again). A shared result shows its answers on screen, for its reader.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::eval::AdviceItem;
use legcheck_engine::instruments::AbiInput;
use legcheck_engine::AnswersDoc;
use legcheck_interop::embed::Links;
use yew::prelude::*;

use crate::components::{
    artery_map::{artery_map, ArteryMapProps},
    care_card::{care_card, CareCardProps},
    clinic_step::{clinic_step, ClinicStepProps},
    condition_card::{condition_card, ConditionCardProps},
    open_file::{open_file, OpenFileProps},
    sources::{sources, SourcesProps},
};
use crate::engine::engine;
use crate::state::{Item, Opened, Status};
use crate::summary;
use crate::text::{import_ui, kb, ui, Lang};

#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    pub lang: Lang,
    pub answers: AnswerMap,
    /// The answers came in a share link: shown, never saved as the person's own.
    #[prop_or_default]
    pub shared: bool,
    /// Where shared answers came from: a link, a file, or the embedding clinic.
    #[prop_or_default]
    pub opened: Opened,
    /// Ankle-brachial pressures that came with shared answers (a clinic's response).
    #[prop_or_default]
    pub abi: Option<AbiInput>,
    /// Why the last FHIR file could not be opened, in words.
    #[prop_or_default]
    pub import_error: Option<String>,
    /// Open a FHIR QuestionnaireResponse from a file.
    pub onfile: Callback<web_sys::File>,
    pub save_on_device: bool,
    pub storage_off: bool,
    /// The embedding clinic's own next step for each triage level.
    pub clinic_links: Links,
    /// The emergency number the care card shows and calls.
    pub number: crate::care::EmergencyNumber,
    /// How the last copy or share went (announced).
    #[prop_or_default]
    pub status: Option<Status>,
    /// Copy the summary or the share link (through the state machine's effects).
    pub oncopy: Callback<(Item, String)>,
    /// Share the link with the phone's share sheet.
    pub onsharelink: Callback<String>,
    pub onsave: Callback<bool>,
    pub onrestart: Callback<()>,
    pub onclear: Callback<()>,
}

fn advice(lang: Lang, title: &str, evidence: &str, list: &[AdviceItem]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section>
            <h2>{ title }</h2>
            <ul class="advice">
                { for list.iter().map(|a| html! {
                    <li data-advice={a.id.clone()}>
                        <p>{ kb(lang, &a.text) }</p>
                        <p class="evidence">{ evidence }{ kb(lang, &a.evidence) }
                            <span class="ref print-only">{ format!(" [{}]", a.refs.join(", ")) }</span></p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Today's date on this device, as `YYYY-MM-DD`.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Saves `json` as a file through a temporary blob link (nothing is sent anywhere).
fn download(name: &str, json: &str) -> Option<()> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&json.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/fhir+json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = gloo_utils::document()
        .create_element("a")
        .ok()?
        .dyn_into()
        .ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

#[function_component(ResultPage)]
pub fn result_page(props: &ResultPageProps) -> Html {
    crate::text::use_catalogues();
    // The link made, with the answers it carries: one page shows the person's own result and
    // someone else's (a link, a file, a clinic's), so a link is shown only with its answers.
    let share = use_state(|| None::<(AnswersDoc, String)>);
    let engine = engine();
    let (t, lang) = (ui(props.lang), props.lang);
    let result = engine.evaluate_with_abi(&props.answers, props.abi.as_ref());
    // The answers behind the result, for the printout and the copied summary.
    let given = summary::answered(lang, engine, &props.answers);
    let date = today();

    // Callbacks
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let summary_text = summary::text(lang, &result, &props.number, &given, &date, props.shared);
    let oncopy = {
        let text = summary_text.clone();
        props
            .oncopy
            .reform(move |_: MouseEvent| (Item::Summary, text.clone()))
    };
    // When the browser refuses to copy (a clinic's frame without clipboard permission), the
    // summary is put on screen to select and copy by hand, as the message says.
    let copy_by_hand = props.status == Some(Status::CopyFailed(Item::Summary));
    let onshare = {
        let (share, answers, version, abi) = (
            share.clone(),
            props.answers.clone(),
            result.kb_version.clone(),
            props.abi.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let doc = AnswersDoc {
                kb_version: Some(version.clone()),
                answers: answers.clone(),
                abi: abi.clone(),
            };
            let base = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or_default().to_string())
                .unwrap_or_default();
            let link = format!("{base}#/share/{}", legcheck_interop::share::encode(&doc));
            share.set(Some((doc, link)));
        })
    };
    let onsave = {
        let onsave = props.onsave.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            onsave.emit(input.checked());
        })
    };
    let onfhir = {
        let (answers, abi) = (props.answers.clone(), props.abi.clone());
        Callback::from(move |_: MouseEvent| {
            let engine = crate::engine::engine();
            let doc = AnswersDoc {
                kb_version: None,
                answers: answers.clone(),
                abi: abi.clone(),
            };
            let authored = js_sys::Date::new_0()
                .to_iso_string()
                .as_string()
                .unwrap_or_default();
            let fhir = legcheck_interop::fhir::questionnaire_response(engine, &doc, &authored);
            download(
                "legcheck-questionnaire-response.json",
                &serde_json::to_string(&fhir).unwrap_or_default(),
            );
        })
    };
    // The share area: copy the link, or share it where the browser has a share sheet.
    let link_actions = (*share)
        .as_ref()
        .filter(|(doc, _)| doc.answers == props.answers && doc.abi == props.abi)
        .map(|(_, link)| link.clone())
        .map(|link| {
            let copy = props.oncopy.reform({
                let link = link.clone();
                move |_: MouseEvent| (Item::Link, link.clone())
            });
            let send = props.onsharelink.reform({
                let link = link.clone();
                move |_: MouseEvent| link.clone()
            });
            (link, copy, send)
        });
    let onselect = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    let message = |item: Item| match props.status {
        Some(Status::Copied(i)) if i == item => match item {
            Item::Summary => t.copied,
            Item::Link => t.link_copied,
        },
        Some(Status::CopyFailed(i)) if i == item => match item {
            Item::Summary => t.copy_failed,
            Item::Link => t.link_copy_failed,
        },
        Some(Status::Shared) if item == Item::Link => t.link_shared,
        Some(Status::ShareFailed) if item == Item::Link => t.share_failed,
        _ => "",
    };
    let onrestart = props.onrestart.reform(|_: MouseEvent| ());
    let onclear = props.onclear.reform(|_: MouseEvent| ());
    // A shared result's title and hint say where its answers came from.
    let opened = import_ui(lang);
    let (title_shared, shared_hint, answers_title_shared) = match props.opened {
        Opened::Link => (t.result_title_shared, t.shared_hint, t.answers_title_shared),
        from => (
            opened.title(from),
            opened.shared_hint(from),
            opened.answers_title(from),
        ),
    };

    html! {
        <>
            if props.shared {
                <h1 tabindex="-1">{ title_shared }</h1>
                <p class="notice no-print">{ shared_hint }</p>
            } else {
                <a href="#/check" class="back-link no-print">{ t.back }</a>
                <h1 tabindex="-1">{ t.result_title }</h1>
            }
            { care_card(&CareCardProps {
                lang,
                triage: &result.triage,
                safety_net: &result.safety_net,
                number: &props.number,
            }) }
            { clinic_step(&ClinicStepProps { lang, link: props.clinic_links.get(result.triage.level).cloned() }) }
            if !result.cannot_rule_out.is_empty() {
                <section class="cannot-rule-out">
                    <h2>{ t.cannot_rule_out_title }</h2>
                    <p>{ t.cannot_rule_out_intro }</p>
                    <ul>
                        { for result.cannot_rule_out.iter().map(|c| html! {
                            <li data-condition={c.id.clone()}>
                                <strong>{ kb(lang, &c.name) }</strong>{ ": " }{ kb(lang, &c.reason.text) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section>
                if result.unclear {
                    <h2 id="causes-unclear">{ t.causes_unclear_title }</h2>
                    if result.conditions.is_empty() {
                        <p>{ t.causes_none }</p>
                    } else {
                        <p>{ t.causes_unclear }</p>
                    }
                } else {
                    <h2>{ t.causes_title }</h2>
                }
                <ol class="conditions">
                    { for result.conditions.iter().map(|condition| condition_card(&ConditionCardProps { lang, condition })) }
                </ol>
            </section>
            <section>
                <h2>{ t.arteries_title }</h2>
                { artery_map(&ArteryMapProps { lang, segments: &result.segments }) }
            </section>
            { advice(lang, t.next_steps_title, t.evidence, &result.next_steps) }
            { advice(lang, t.self_care_title, t.evidence, &result.self_care) }
            { sources(&SourcesProps { lang, references: result.references.clone(), segments: result.segments.clone() }) }
            // A shared result is read by someone else (often a clinician): its answers show on
            // screen too.
            <section class={classes!("your-answers", (!props.shared).then_some("print-only"))}>
                <h2>{ if props.shared { answers_title_shared } else { t.answers_title } }</h2>
                <p class="print-only">{ t.dated.replace("{date}", &date) }</p>
                { for given.iter().map(|(section, rows)| html! {
                    <>
                        <h3>{ *section }</h3>
                        <dl class="summary-list">
                            { for rows.iter().map(|(q, a)| html! {
                                <div class="summary-list__row"><dt>{ q }</dt><dd>{ a }</dd></div>
                            }) }
                        </dl>
                    </>
                }) }
            </section>
            <p class="notice">{ t.disclaimer }</p>
            <p class="kb-version">{ (t.kb_version)(&result.kb_version) }</p>
            <div class="actions no-print">
                <button class="button button--secondary" type="button" onclick={onprint}>{ t.print }</button>
                <button class="button button--secondary" type="button" onclick={oncopy}>{ t.copy }</button>
                <button class="button button--secondary" type="button" onclick={onshare}>{ t.share }</button>
                <p class="status" role="status">{ message(Item::Summary) }</p>
                if copy_by_hand {
                    <label for="summary-text" class="visually-hidden">{ t.copy }</label>
                    <textarea id="summary-text" class="summary-text" readonly=true rows="12"
                        value={summary_text.clone()} />
                }
                if let Some((link, copy, send)) = link_actions {
                    <div class="share">
                        <label for="share-link">{ t.share_ready }</label>
                        <input id="share-link" type="text" readonly=true value={link} onfocus={onselect} />
                        <p class="hint">{ t.share_hint }</p>
                        <button class="button button--secondary" type="button" onclick={copy}>{ t.copy_link }</button>
                        if crate::clipboard::can_share() {
                            <button class="button button--secondary" type="button" onclick={send}>{ t.share_button }</button>
                        }
                        <p class="status" role="status">{ message(Item::Link) }</p>
                    </div>
                }
                <div class="fhir">
                    <button class="button button--secondary" type="button" onclick={onfhir}
                        aria-describedby="fhir-hint">{ t.fhir }</button>
                    <p class="hint" id="fhir-hint">{ t.fhir_hint }</p>
                </div>
                { open_file(&OpenFileProps { lang, error: props.import_error.clone(), onfile: props.onfile.clone() }) }
                if !props.storage_off && !props.shared {
                    <div class="choice">
                        <input type="checkbox" id="save-device" checked={props.save_on_device} onchange={onsave} />
                        <label for="save-device">{ t.save_device }</label>
                    </div>
                    <p class="hint">{ t.save_device_hint }</p>
                }
                if props.shared {
                    <button class="button button--secondary" type="button" onclick={onrestart}>{ t.start_own }</button>
                } else {
                    <button class="button button--secondary" type="button" onclick={onrestart}>{ t.start_again }</button>
                    <button class="button button--warning" type="button" onclick={onclear}>{ t.clear }</button>
                }
            </div>
        </>
    }
}
