//! Clinic embedding, version 1 (docs/EMBEDDING.md): the URL parameters a clinic configures
//! LegCheck with, the commands it may send, and the events LegCheck sends back. Pure decoding
//! and encoding, so every input from a host page can be tested and fuzzed natively. This file
//! holds the types; `decode` reads what a host page sends, `events` writes what it receives.

use serde::Deserialize;

use legcheck_engine::model::Triage;

use crate::fhir::IncomingResponse;

mod decode;
mod events;
#[cfg(test)]
mod tests;

pub use decode::{
    contrast_with_white, is_emergency_number, is_link, is_origin, parse_command, parse_query,
    query_lang, MAX_MESSAGE_BYTES,
};
pub use events::{
    event, result_payload, ErrorEvent, Progress, Ready, Resize, ResultPayload, Unavailability,
    Unavailable,
};

/// The embedding protocol version carried by every message.
pub const VERSION: u32 = 1;

/// How a clinic configured an embedded LegCheck (`?embed=1&parent=...`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedConfig {
    pub embed: bool,
    /// Origins allowed to receive events and send commands; none means no answers are sent.
    pub parents: Vec<String>,
    /// What the URL set; a `legcheck:init` message may change it later. Clinic links are
    /// never read from the URL (anyone can make a URL): only from `legcheck:init`.
    pub settings: Settings,
}

/// The settings a clinic may give by URL parameters or by a `legcheck:init` message.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    pub lang: Option<String>,
    /// A `#rrggbb` primary colour.
    pub primary: Option<String>,
    /// Font scale, 0.8 to 2.
    pub scale: Option<f64>,
    /// Include a FHIR QuestionnaireResponse in the result event (`None`: not said, so no).
    pub fhir: Option<bool>,
    /// The clinic's own next step for each triage level.
    pub links: Links,
    /// The emergency number the care cards show and call (`tel:`), digits with an optional
    /// leading `+`. Like links, only from `legcheck:init`: a URL could put a stranger's number
    /// under the emergency card.
    pub emergency_number: Option<String>,
}

impl Settings {
    /// Whether the clinic asked for FHIR in the result event.
    pub fn wants_fhir(&self) -> bool {
        self.fhir == Some(true)
    }

    /// Applies a later `legcheck:init`: what it gives replaces what was set before.
    pub fn merge(&mut self, later: Settings) {
        self.lang = later.lang.or(self.lang.take());
        self.primary = later.primary.or(self.primary.take());
        self.scale = later.scale.or(self.scale);
        self.fhir = later.fhir.or(self.fhir);
        self.emergency_number = later.emergency_number.or(self.emergency_number.take());
        for (slot, link) in self.links.slots().into_iter().zip(later.links.into_slots()) {
            if link.is_some() {
                *slot = link;
            }
        }
    }
}

/// The clinic's own next step for each triage level (named as in `legcheck:result`). A struct
/// rather than a map: the wasm stays smaller, and an unknown level is an unknown field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Links {
    pub emergency: Option<ClinicLink>,
    pub urgent: Option<ClinicLink>,
    pub routine: Option<ClinicLink>,
    pub self_care: Option<ClinicLink>,
}

/// The levels in the order of `Links::slots`.
const LEVELS: [Triage; 4] = [
    Triage::Emergency,
    Triage::Urgent,
    Triage::Routine,
    Triage::SelfCare,
];

impl Links {
    /// The link for a triage level, if the clinic gave one.
    pub fn get(&self, level: Triage) -> Option<&ClinicLink> {
        match level {
            Triage::Emergency => self.emergency.as_ref(),
            Triage::Urgent => self.urgent.as_ref(),
            Triage::Routine => self.routine.as_ref(),
            Triage::SelfCare => self.self_care.as_ref(),
        }
    }

    /// Every link given.
    pub fn iter(&self) -> impl Iterator<Item = &ClinicLink> {
        [
            &self.emergency,
            &self.urgent,
            &self.routine,
            &self.self_care,
        ]
        .into_iter()
        .flatten()
    }

    pub(crate) fn slots(&mut self) -> [&mut Option<ClinicLink>; 4] {
        [
            &mut self.emergency,
            &mut self.urgent,
            &mut self.routine,
            &mut self.self_care,
        ]
    }

    fn into_slots(self) -> [Option<ClinicLink>; 4] {
        [self.emergency, self.urgent, self.routine, self.self_care]
    }

    /// The same links, each checked, with labels trimmed.
    pub(crate) fn checked(mut self) -> Result<Links, EmbedError> {
        for (level, slot) in LEVELS.into_iter().zip(self.slots()) {
            if let Some(link) = slot.take() {
                *slot = Some(decode::check_link(level.as_str(), link)?);
            }
        }
        Ok(self)
    }
}

/// A clinic's own next step for one triage level, such as "Book an ABI test at our clinic".
/// It is shown below LegCheck's own advice, never instead of it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicLink {
    pub url: String,
    pub label: String,
}

/// A command from the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Reset,
    SetLanguage(String),
    /// The settings, and a QuestionnaireResponse to open, not yet checked against the knowledge
    /// base (`fhir::read_response`). Boxed: they are large next to the other commands.
    Init(Box<Settings>, Option<Box<IncomingResponse>>),
}

/// Why a parameter or a message was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedError(pub String);

impl std::fmt::Display for EmbedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub(crate) fn error<T>(message: impl Into<String>) -> Result<T, EmbedError> {
    Err(EmbedError(message.into()))
}
