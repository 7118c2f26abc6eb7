//! The emergency a refused QuestionnaireResponse still shows. A response can be refused for a
//! fault that has nothing to do with its red flags (a follow-up LegCheck would not ask), yet a
//! "yes" to an emergency sign in it must reach whoever reads it: shown above the error summary,
//! as the emergency care card is (its heading, the call button with the number, and the signs
//! in the knowledge base's words).

use yew::prelude::*;

use crate::care;
use crate::components::care_card::{call_button, CallButtonProps};
use crate::engine::engine;
use crate::labels::{triage_class, triage_index};
use crate::state::Opened;
use crate::text::{import_ui, kb, ui, Lang};
use legcheck_engine::Triage;

/// The emergency block for a refused response from `from` whose answers show these emergency
/// signs (red flag ids). A plain function, not a component: the app re-renders it whenever the
/// state (the language, an arriving catalogue) changes, and a component costs the wasm more.
pub fn import_emergency(
    lang: Lang,
    from: Opened,
    signs: &[String],
    number: &care::EmergencyNumber,
) -> Html {
    let engine = engine();
    let level = triage_index(Triage::Emergency);
    let signs = engine
        .kb
        .red_flags
        .iter()
        .filter(|f| signs.contains(&f.id))
        .map(|f| kb(lang, &f.text));
    html! {
        <div class={classes!(triage_class(Triage::Emergency), "import-emergency")} role="alert">
            <h2 class="care-card__heading">
                <span class="visually-hidden">{ ui(lang).triage_prefix[level] }</span>
                { care::heading(lang, Triage::Emergency, number) }
            </h2>
            <p>{ import_ui(lang).emergency(from) }</p>
            <ul>{ for signs.map(|s| html! { <li>{ s }</li> }) }</ul>
            { call_button(&CallButtonProps { lang, number: number.clone() }) }
            <p class="care-card__how">{ ui(lang).triage_how[level] }</p>
        </div>
    }
}
