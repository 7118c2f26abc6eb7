//! Every UI string, in English and Spanish, as a typed catalogue: one struct per language, so a
//! missing string is a compile error, and plurals are functions. Knowledge-base texts are
//! translated separately (`kb`), from catalogues fetched only when a language is chosen, so an
//! English visit does not download Spanish. Chosen over Fluent, which costs about 55 KB gzip
//! of wasm (shared/TOOLCHAIN.md measurements) for features two languages do not need.

use std::cell::RefCell;

use legcheck_engine::id_map::IdMap;

mod about_en;
mod about_es;
mod en;
mod es;
pub mod import;
#[cfg(test)]
mod reading;
#[cfg(test)]
mod spanish;

pub use en::EN;
pub use es::ES;
pub use import::{import_ui, ImportUi};

/// The languages LegCheck speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language for a code such as `es`, `es-MX` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.get(..2)?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The name of the language in itself, for the picker.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
}

/// The UI strings of one language.
pub struct Ui {
    pub skip_link: &'static str,
    pub language: &'static str,
    pub nav_home: &'static str,
    pub nav_clinicians: &'static str,
    pub start_title: &'static str,
    pub start_lead: &'static str,
    /// Who it is for and how long it takes: (questions, minutes), each as (fewest, most).
    pub start_for: fn([u32; 2], [u32; 2]) -> String,
    pub not_diagnosis: &'static str,
    pub not_diagnosis_more: &'static str,
    pub emergency_notice: &'static str,
    pub stays_on_device: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub start_again: &'static str,
    pub back: &'static str,
    pub continue_: &'static str,
    /// "Part 2 of 5: Warning signs": the section's number, how many there are, its title.
    pub progress: fn(usize, usize, &str) -> String,
    pub error_title: &'static str,
    pub error_prefix: &'static str,
    pub err_select: &'static str,
    pub err_select_all: &'static str,
    pub err_select_region: &'static str,
    pub err_number: fn(f64, f64) -> String,
    /// An age under 18: LegCheck is for adults.
    pub for_adults_title: &'static str,
    pub for_adults: &'static str,
    pub err_red_flags: fn(usize) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub dont_know: &'static str,
    pub red_flags_title: &'static str,
    pub red_flags_hint: &'static str,
    /// `{number}` is the emergency number.
    pub emergency_title: &'static str,
    pub emergency_body: &'static str,
    pub emergency_continue: &'static str,
    /// Above the embedding clinic's own next-step link.
    pub clinic_step: &'static str,
    pub map_instructions: &'static str,
    /// The body map's view switch: its group name, then the two views.
    pub map_show: &'static str,
    pub map_front: &'static str,
    pub map_back: &'static str,
    pub map_front_note: &'static str,
    pub map_back_note: &'static str,
    pub your_left: &'static str,
    pub your_right: &'static str,
    pub leg: fn(bool) -> &'static str,
    pub region: fn(bool, &str) -> String,
    /// A body site without its side, e.g. "calf".
    pub site: fn(&str) -> String,
    /// A site's short label drawn on the body map, e.g. "Back of knee".
    pub map_label: fn(&str) -> &'static str,
    /// How many places are chosen on a view, e.g. "2 chosen" (shown on its button).
    pub map_view_chosen: fn(usize) -> String,
    /// Before the list of chosen places: "You have chosen 2 places:".
    pub chosen: fn(usize) -> String,
    pub chosen_none: &'static str,
    pub check_title: &'static str,
    pub change: &'static str,
    pub change_hidden: fn(&str) -> String,
    pub see_result: &'static str,
    pub result_title: &'static str,
    /// A result opened from a share link is someone else's.
    pub result_title_shared: &'static str,
    pub shared_hint: &'static str,
    pub start_own: &'static str,
    /// Each level's heading: when to get care, and how; `{number}` is the emergency number.
    pub triage_heading: [&'static str; 4],
    /// Each level's next sentence: where to go, and what to do if that is not possible.
    pub triage_how: [&'static str; 4],
    /// A number guessed from the browser's language, in a sentence (`{number}`).
    pub local_number: &'static str,
    /// Under the safety net (`{number}`): the clinic's number, and a number guessed from the
    /// browser's language.
    pub number_line: [&'static str; 2],
    /// The tap-to-call button (`{number}`).
    pub call_button: &'static str,
    /// The answers behind a result, in the printout and the copied summary: a heading, the
    /// date line (`{date}`), and each section's title (about you, warning signs, where it
    /// hurts, symptoms, health and medicines).
    pub answers_title: &'static str,
    pub dated: &'static str,
    pub sections: [&'static str; 5],
    pub not_answered: &'static str,
    /// Above the safety-net list: "Get help sooner if:".
    pub sooner_title: &'static str,
    pub triage_prefix: [&'static str; 4],
    pub triage_default_reason: &'static str,
    pub triage_unsure: &'static str,
    pub fits: fn(&str) -> String,
    pub causes_title: &'static str,
    pub causes_none: &'static str,
    /// Heading and text when no cause is possible or strong.
    pub causes_unclear_title: &'static str,
    pub causes_unclear: &'static str,
    /// Conditions an unsure warning sign leaves open, above the ranked causes.
    pub cannot_rule_out_title: &'static str,
    pub cannot_rule_out_intro: &'static str,
    /// On the emergency card: warning signs answered "I don't know".
    pub emergency_unsure: &'static str,
    /// Less likely, possible, strong, and a cause a red flag names ("needs urgent checking").
    pub bands: [&'static str; 4],
    pub why: &'static str,
    pub reasons_for: &'static str,
    pub reasons_against: &'static str,
    pub reasons_unsure: &'static str,
    pub arteries_title: &'static str,
    pub arteries_none: &'static str,
    /// Before the segments: they are conditional on the pain coming from the arteries.
    pub arteries_if: &'static str,
    pub arteries_note: &'static str,
    pub segments: [&'static str; 3],
    /// The segments' short names on the artery drawing, a line break where one may wrap.
    pub segment_names: [&'static str; 3],
    pub from_pain_in: &'static str,
    pub next_steps_title: &'static str,
    pub self_care_title: &'static str,
    pub evidence: &'static str,
    pub references_title: &'static str,
    /// The clinicians' page: every source with how well it is confirmed, and how sure the
    /// sources are of each body-map site's arteries (kept off the patient's pages).
    pub evidence_title: &'static str,
    pub evidence_intro: &'static str,
    pub segment_map_title: &'static str,
    pub show_sources: fn(usize) -> String,
    /// The patient's view of the sources: a heading, one plain sentence, and the name used for
    /// the clinical source summary's unnamed references.
    pub sources_title: &'static str,
    pub sources_intro: &'static str,
    pub source_summary: &'static str,
    /// The printout's section for clinicians: reference codes, how well each is confirmed, and
    /// how certain the artery mapping is.
    pub for_doctor_title: &'static str,
    pub for_doctor_intro: &'static str,
    pub confidence: fn(&str) -> &'static str,
    pub kb_version: fn(&str) -> String,
    pub disclaimer: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub clear: &'static str,
    pub save_device: &'static str,
    pub save_device_hint: &'static str,
    pub share: &'static str,
    pub fhir: &'static str,
    pub share_hint: &'static str,
    pub share_ready: &'static str,
    pub dismiss: &'static str,
    pub notice_storage_off: &'static str,
    pub notice_corrupt: &'static str,
    pub notice_expired: &'static str,
    pub notice_outdated: fn(usize) -> String,
    pub notice_cleared: &'static str,
    pub notice_saved: &'static str,
    pub notice_bad_link: &'static str,
    pub notice_link_mismatch: &'static str,
    pub notice_link_loaded: &'static str,
    pub notice_link_outdated: fn(usize) -> String,
    pub notice_link_pruned: fn(usize) -> String,
    pub notice_link_incomplete: &'static str,
    /// The update notice when the answers cannot be kept over a reload (storage off, a shared
    /// link open).
    pub notice_update_unsaved: &'static str,
    pub notice_no_catalogue: &'static str,
    pub notice_update: &'static str,
    pub update_reload: &'static str,
    pub clinicians_title: &'static str,
    pub clinicians_lead: &'static str,
    pub abi_title: &'static str,
    pub abi_hint: &'static str,
    pub abi_fields: [&'static str; 6],
    pub abi_calculate: &'static str,
    pub abi_leg: fn(bool, f64, &str) -> String,
    pub abi_no_leg: fn(bool) -> String,
    pub abi_categories: [&'static str; 4],
    pub abi_error: fn(&str, f64, f64) -> String,
    pub abi_need_arm: &'static str,
    /// Shown above an ABI far above the non-compressible range (`abi_form::CHECK_ABOVE`).
    pub abi_check_high: &'static str,
    pub differential_title: &'static str,
    pub differential_headers: [&'static str; 6],
    pub documents_title: &'static str,
    pub knowledge_link: &'static str,
    pub hazard_link: &'static str,
    pub review_note: &'static str,
    pub not_found: &'static str,
    /// While the knowledge base is on its way (boot.rs): a heading and a line.
    pub loading_title: &'static str,
    pub loading_body: &'static str,
    /// When it could not be fetched: a heading, what to do, and the button to try again.
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub try_again: &'static str,
    /// When the server has a newer version than this page (the reload button is
    /// `update_reload`).
    pub load_outdated_body: &'static str,
    pub unit_mmhg: &'static str,
    /// The result's share area: copy the link, share it with the phone's share sheet, and how
    /// each went (announced).
    pub copy_link: &'static str,
    pub share_button: &'static str,
    pub link_copied: &'static str,
    pub link_copy_failed: &'static str,
    pub link_shared: &'static str,
    pub share_failed: &'static str,
    /// Under the download button: the file's format, for the clinic.
    pub fhir_hint: &'static str,
    /// A shared result's answers, shown on screen: they are someone else's.
    pub answers_title_shared: &'static str,
    /// The footer and the pages it links to.
    pub about: &'static About,
}

/// A part of an information page: a heading, paragraphs, then a list (either may be empty).
pub struct Section {
    pub title: &'static str,
    pub paras: &'static [&'static str],
    pub items: &'static [&'static str],
}

/// The footer on every screen, the privacy notice and the accessibility statement.
pub struct About {
    /// The footer's heading, for screen readers.
    pub footer_title: &'static str,
    pub privacy_link: &'static str,
    pub accessibility_link: &'static str,
    /// Who runs LegCheck: on its own, and inside a clinic's website.
    pub runs: &'static str,
    pub runs_clinic: &'static str,
    /// How to reach someone: the clinic that gave the link, then the contact the people who run
    /// this website set (`contact::CONTACT`), or a plain statement that they set none.
    pub contact_clinic: &'static str,
    pub contact_site: &'static str,
    pub contact_none: &'static str,
    /// "Content last reviewed" with the date (`YYYY-MM-DD`) and the knowledge-base version.
    pub reviewed: fn(&str, &str) -> String,
    pub privacy_title: &'static str,
    pub privacy_lead: &'static str,
    pub privacy: &'static [Section],
    pub accessibility_title: &'static str,
    pub accessibility_lead: &'static str,
    pub accessibility: &'static [Section],
    /// Above the contact on both pages.
    pub questions_title: &'static str,
}

/// A date written `YYYY-MM-DD` as (year, month 1-12, day).
pub fn date_parts(date: &str) -> Option<(u32, usize, u32)> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m as usize, d))
}

/// A number in words for people (at most two decimals); see `legcheck_engine::fmt_num`.
pub use legcheck_engine::fmt_num as num;

/// A number with exactly two decimals (an ABI).
pub fn fixed2(n: f64) -> String {
    let hundredths = (n * 100.0).round() as i64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// How many knowledge-base catalogues have arrived, given to every screen as a context: a
/// component that shows knowledge-base texts re-renders in the new language when one arrives,
/// without losing what the person has selected but not yet submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Catalogues(pub usize);

/// Subscribes a component to catalogue arrivals (see `Catalogues`).
#[yew::hook]
pub fn use_catalogues() {
    let _ = yew::use_context::<Catalogues>();
}

/// The catalogue for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

thread_local! {
    /// Knowledge-base catalogues loaded so far (`i18n/<lang>.json`, fetched on demand), each
    /// translation under its English text's key (`legcheck_engine::i18n::text_key`).
    static CATALOGUES: RefCell<IdMap<IdMap<String>>> = const { RefCell::new(IdMap::new()) };
}

/// Whether the knowledge-base texts of `lang` are available (English always is).
pub fn has_catalogue(lang: Lang) -> bool {
    lang == Lang::En || CATALOGUES.with(|c| c.borrow().contains_key(lang.code()))
}

/// Installs a fetched catalogue (JSON: each English text's key, in eight hex digits, to its
/// translation; `legcheck_engine::i18n::published`). False if unreadable. Its keys come in
/// order (the build writes them from a sorted map), so each is appended (`IdMap::insert`).
pub fn set_catalogue(lang: Lang, json: &str) -> bool {
    let Ok(map) = serde_json::from_str::<IdMap<String>>(json) else {
        return false;
    };
    let keyed = |k: &String| k.len() == 8 && k.bytes().all(|b| b.is_ascii_hexdigit());
    if !map.keys().all(keyed) {
        return false;
    }
    CATALOGUES.with(|c| c.borrow_mut().insert(lang.code().to_string(), map));
    true
}

/// A text's key in a fetched catalogue: its `text_key` in eight hex digits (written by hand:
/// a map keyed by numbers would bring another copy of the map's code into the wasm).
fn catalogue_key(text: &str) -> [u8; 8] {
    let key = legcheck_engine::i18n::text_key(text);
    let mut out = [0; 8];
    for (i, digit) in out.iter_mut().enumerate() {
        *digit = b"0123456789abcdef"[(key >> (28 - 4 * i)) as usize & 0xf];
    }
    out
}

/// A knowledge-base text in `lang`; the English text until the catalogue has loaded.
pub fn kb(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    CATALOGUES.with(|c| {
        c.borrow()
            .get(lang.code())
            .and_then(|m| {
                m.get(std::str::from_utf8(&catalogue_key(text)).ok()?)
                    .cloned()
            })
            .unwrap_or_else(|| text.to_string())
    })
}
