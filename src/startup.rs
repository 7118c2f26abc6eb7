//! The first state, built before anything renders, from what the browser held: saved answers,
//! the address bar, the language asked for, and the embedding clinic's settings. Pure: the
//! runtime reads the browser and passes what it found, so a reload, a deep link or a share
//! link shows the right screen, with its answers, from the very first render.

use legcheck_engine::Engine;
use legcheck_interop::embed::Settings;

use crate::persist::Loaded;
use crate::route::Route;
use crate::state::{reduce, Action, Effect, State};
use crate::text::Lang;

/// What the browser gave at start-up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Startup {
    /// The address bar's fragment (`#/q/age`).
    pub hash: String,
    /// A language chosen on the pages shown before the journey (`boot`).
    pub chosen_lang: Option<Lang>,
    /// `?lang=` in the address, already checked.
    pub query_lang: Option<Lang>,
    /// The browser's preferred language, if LegCheck speaks it.
    pub browser_lang: Option<Lang>,
    /// What storage held (`persist::choose`).
    pub stored: Loaded,
    /// Storage cannot be written.
    pub storage_off: bool,
    /// The embedding clinic's settings from the URL (empty unless really framed).
    pub clinic: Settings,
    /// The browser's region, from its language tag.
    pub region: Option<String>,
}

/// The first state and the effects it needs (a corrected address, a catalogue, a theme).
pub fn init(startup: Startup, e: &Engine) -> (State, Vec<Effect>) {
    let stored = startup.stored;
    let stored_lang = stored.lang;
    let lang = first_lang(
        startup.chosen_lang,
        startup.query_lang,
        stored.lang,
        startup.browser_lang,
    );
    let mut state = State {
        answers: stored.answers,
        lang,
        save_on_device: stored.on_device && !startup.storage_off,
        storage_off: startup.storage_off,
        clinic: startup.clinic,
        region: startup.region,
        // Nothing counts as shown: resuming or answering again shows an emergency card for
        // saved answers that are one (even if an update of the knowledge base made them so).
        ..State::default()
    };
    if startup.storage_off {
        state.notices.push(crate::state::Notice::StorageOff);
    }
    for n in stored.notices {
        if !state.notices.contains(&n) {
            state.notices.push(n);
        }
    }
    let asked = Route::parse(&startup.hash);
    let (mut state, mut effects) = reduce(&state, Action::UrlChanged(asked), e);
    // The address is corrected once the app listens to it (`reconcile`), so that a change made
    // between reading it and listening is never overwritten.
    effects.retain(|e| !matches!(e, Effect::ReplaceUrl(_) | Effect::PushUrl(_)));
    state.notices.dedup();
    effects.push(Effect::DocumentLang(lang));
    // A language chosen on the pages shown before the journey is kept as a choice made in
    // it would be (`reduce` saves on a change of language), so a reload keeps it.
    if startup.chosen_lang.is_some_and(|l| Some(l) != stored_lang)
        && !state.storage_off
        && state.shared.is_none()
    {
        effects.push(Effect::Save(crate::state::Persisted {
            answers: state.answers.clone(),
            lang,
            on_device: state.save_on_device,
        }));
    }
    if lang != Lang::En {
        effects.push(Effect::LoadCatalogue(lang));
    }
    if state.clinic != Settings::default() {
        effects.push(Effect::Theme(Box::new(state.clinic.clone())));
    }
    (state, effects)
}

/// The first screen's language: one just chosen on the pages shown before the journey, then
/// `?lang=`, then the language saved with the answers, then the browser's.
pub fn first_lang(
    chosen: Option<Lang>,
    query: Option<Lang>,
    stored: Option<Lang>,
    browser: Option<Lang>,
) -> Lang {
    chosen.or(query).or(stored).or(browser).unwrap_or_default()
}

/// What to do once the app listens to the address bar: if it no longer names the screen shown
/// (a redirect at start-up, or a change made while the app was starting), follow it again; the
/// reducer then corrects the address in place.
pub fn reconcile(state: &State, hash: &str) -> Option<Action> {
    let shown = Route::parse(hash);
    (shown != state.route).then_some(Action::UrlChanged(shown))
}
