//! Clinic embedding, version 1 (docs/EMBEDDING.md): the URL parameters a clinic configures
//! LegCheck with, the commands it may send, and the events LegCheck sends back. Pure decoding
//! and encoding, so every input from a host page can be tested and fuzzed natively.

use serde::{Deserialize, Serialize};

use crate::eval::Assessment;
use crate::fhir::QuestionnaireResponse;
use crate::model::{Segment, Triage};
use crate::Band;

/// The embedding protocol version carried by every message.
pub const VERSION: u32 = 1;

/// How a clinic configured an embedded LegCheck (`?embed=1&parent=...`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedConfig {
    pub embed: bool,
    /// Origins allowed to receive events and send commands; none means no answers are sent.
    pub parents: Vec<String>,
    /// What the URL set; a `legcheck:init` message may change it later.
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
    /// Include a FHIR QuestionnaireResponse in the result event.
    pub fhir: bool,
    /// The clinic's own next step for each triage level.
    pub links: Links,
}

impl Settings {
    /// Applies a later `legcheck:init`: what it gives replaces what was set before.
    pub fn merge(&mut self, later: Settings) {
        self.lang = later.lang.or(self.lang.take());
        self.primary = later.primary.or(self.primary.take());
        self.scale = later.scale.or(self.scale);
        self.fhir |= later.fhir;
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
const LEVELS: [&str; 4] = ["emergency", "urgent", "routine", "self_care"];

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

    fn slots(&mut self) -> [&mut Option<ClinicLink>; 4] {
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
    fn checked(mut self) -> Result<Links, EmbedError> {
        for (name, slot) in LEVELS.into_iter().zip(self.slots()) {
            if let Some(link) = slot.take() {
                *slot = Some(check_link(name, link)?);
            }
        }
        Ok(self)
    }
}

/// A clinic's own next step for one triage level, such as "Book an ABI test at our clinic".
/// It is shown beside LegCheck's own advice, never instead of it.
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
    /// Boxed: the settings are large next to the other commands.
    Init(Box<Settings>),
}

/// Why a parameter or a message was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedError(pub String);

impl std::fmt::Display for EmbedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn error<T>(message: impl Into<String>) -> Result<T, EmbedError> {
    Err(EmbedError(message.into()))
}

/// Decodes `%XX` escapes and `+` in a query value.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// An origin as a browser reports it: `https://host[:port]` (or `http://` for localhost and
/// loopback addresses), with no path, query or user information.
pub fn is_origin(origin: &str) -> bool {
    let Some((scheme, rest)) = origin.split_once("://") else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let local = host == "localhost" || host == "127.0.0.1";
    let scheme_ok = scheme == "https" || (scheme == "http" && local);
    scheme_ok && host_ok && port_ok
}

/// A link a clinic may send the person to: an absolute `https://` URL (`http://` only on
/// localhost and loopback) of at most 2,000 characters, with nothing a browser would need to
/// escape.
pub fn is_link(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(end);
    url.len() <= 2000
        && is_origin(&format!("{scheme}://{host}"))
        && !tail
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"<>`\\".contains(c))
}

fn check_lang(lang: &str) -> Result<(), EmbedError> {
    if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(())
    } else {
        error("lang: expected a two-letter language code")
    }
}

fn check_primary(value: &str) -> Result<(), EmbedError> {
    let hex = value.strip_prefix('#').unwrap_or("");
    if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        error("primary: expected a colour such as #005eb8")
    }
}

fn check_scale(scale: f64) -> Result<(), EmbedError> {
    if (0.8..=2.0).contains(&scale) {
        Ok(())
    } else {
        error("scale: expected a number from 0.8 to 2")
    }
}

/// A valid clinic link, with its label trimmed.
fn check_link(level: &str, link: ClinicLink) -> Result<ClinicLink, EmbedError> {
    let label = link.label.trim();
    if !is_link(&link.url) {
        return error(format!("link {level}: `url` must be an https address"));
    }
    if label.is_empty() || label.chars().count() > 80 || label.chars().any(char::is_control) {
        return error(format!("link {level}: `label` must be 1 to 80 characters"));
    }
    Ok(ClinicLink {
        label: label.to_string(),
        url: link.url,
    })
}

/// Reads the embedding parameters from a query string (`?embed=1&parent=...`). Unknown
/// parameters are ignored; a malformed known one is an error naming it.
pub fn parse_query(query: &str) -> Result<EmbedConfig, EmbedError> {
    let mut config = EmbedConfig::default();
    let settings = &mut config.settings;
    // The `link_<level>` and `label_<level>` values, in the order of `LEVELS`.
    let (mut urls, mut labels): ([Option<String>; 4], [Option<String>; 4]) = Default::default();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(raw) else {
            return error(format!("{key}: badly escaped value"));
        };
        let level = |prefix: &str| {
            let name = key.strip_prefix(prefix)?;
            LEVELS.iter().position(|n| *n == name)
        };
        match key {
            "embed" => config.embed = value == "1",
            "parent" => {
                for origin in value.split(',').filter(|o| !o.is_empty()) {
                    if !is_origin(origin) {
                        return error(format!("parent: `{origin}` is not an https origin"));
                    }
                    config.parents.push(origin.to_string());
                }
            }
            "lang" => {
                check_lang(&value)?;
                settings.lang = Some(value);
            }
            "primary" => {
                check_primary(&value)?;
                settings.primary = Some(value);
            }
            "scale" => {
                // Not a number is NaN, which no range contains.
                let scale = crate::parse_num(&value).unwrap_or(f64::NAN);
                check_scale(scale)?;
                settings.scale = Some(scale);
            }
            "fhir" => settings.fhir = value == "1",
            _ => {
                if let Some(i) = level("link_") {
                    urls[i] = Some(value);
                } else if let Some(i) = level("label_") {
                    labels[i] = Some(value);
                }
            }
        }
    }
    for (i, slot) in settings.links.slots().into_iter().enumerate() {
        match (urls[i].take(), labels[i].take()) {
            (Some(url), Some(label)) => *slot = Some(ClinicLink { url, label }),
            (None, None) => {}
            _ => {
                let name = LEVELS[i];
                return error(format!("link_{name} and label_{name} go together"));
            }
        }
    }
    settings.links = std::mem::take(&mut settings.links).checked()?;
    Ok(config)
}

/// A command as sent: unknown fields are refused.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    version: u32,
    lang: Option<String>,
    primary: Option<String>,
    scale: Option<f64>,
    fhir: Option<bool>,
    links: Option<Links>,
}

/// Decodes a command message (JSON text) from the host page.
pub fn parse_command(json: &str) -> Result<Command, EmbedError> {
    let m: Message = match serde_json::from_str(json) {
        Ok(m) => m,
        Err(e) => return error(format!("not a LegCheck command: {e}")),
    };
    if m.version != VERSION {
        return error("version: expected 1");
    }
    let settings_only =
        m.primary.is_some() || m.scale.is_some() || m.fhir.is_some() || m.links.is_some();
    match (m.kind.as_str(), m.lang) {
        ("legcheck:reset", None) if !settings_only => Ok(Command::Reset),
        ("legcheck:set-language", Some(lang)) if !settings_only => {
            check_lang(&lang)?;
            Ok(Command::SetLanguage(lang))
        }
        ("legcheck:set-language", None) => error("lang: expected a two-letter language code"),
        ("legcheck:reset" | "legcheck:set-language", _) => error("unexpected fields"),
        ("legcheck:init", lang) => {
            if let Some(lang) = &lang {
                check_lang(lang)?;
            }
            if let Some(primary) = &m.primary {
                check_primary(primary)?;
            }
            if let Some(scale) = m.scale {
                check_scale(scale)?;
            }
            Ok(Command::Init(Box::new(Settings {
                lang,
                primary: m.primary,
                scale: m.scale,
                fhir: m.fhir.unwrap_or(false),
                links: m.links.unwrap_or_default().checked()?,
            })))
        }
        (other, _) => error(format!("type: unknown command `{other}`")),
    }
}

/// An event to the host page: `{"type": "legcheck:<name>", "version": 1, ...payload}`, where
/// `payload` serializes to a JSON object.
pub fn event(name: &str, payload: &impl Serialize) -> String {
    let body = serde_json::to_string(payload).unwrap_or_default();
    // Exactly one brace off each end: a nested object may close the payload (`}}`).
    let fields = body
        .strip_prefix('{')
        .and_then(|b| b.strip_suffix('}'))
        .unwrap_or_default();
    let comma = if fields.is_empty() { "" } else { "," };
    format!("{{\"type\":\"legcheck:{name}\",\"version\":{VERSION}{comma}{fields}}}")
}

/// `legcheck:ready`.
#[derive(Serialize)]
pub struct Ready<'a> {
    pub kb_version: &'a str,
}

/// `legcheck:resize`.
#[derive(Serialize)]
pub struct Resize {
    pub height: u32,
}

/// `legcheck:progress`.
#[derive(Serialize)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

#[derive(Serialize)]
struct ResultCondition<'a> {
    id: &'a str,
    band: Band,
}

#[derive(Serialize)]
struct ResultSegments {
    left: Vec<Segment>,
    right: Vec<Segment>,
}

/// `legcheck:result`: triage, ranked conditions, segments and the knowledge-base version (plus
/// a FHIR QuestionnaireResponse when the clinic asked for one). No answers, no free text.
#[derive(Serialize)]
pub struct ResultPayload<'a> {
    triage: Triage,
    emergency: bool,
    conditions: Vec<ResultCondition<'a>>,
    segments: ResultSegments,
    kb_version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    questionnaire_response: Option<QuestionnaireResponse<'a>>,
}

pub fn result_payload<'a>(
    assessment: &'a Assessment,
    fhir: Option<QuestionnaireResponse<'a>>,
) -> ResultPayload<'a> {
    let segments = |hits: &[crate::eval::SegmentHit]| hits.iter().map(|h| h.segment).collect();
    ResultPayload {
        triage: assessment.triage.level,
        emergency: assessment.triage.level == Triage::Emergency,
        conditions: assessment
            .conditions
            .iter()
            .map(|c| ResultCondition {
                id: &c.id,
                band: c.band,
            })
            .collect(),
        segments: ResultSegments {
            left: segments(&assessment.segments.left),
            right: segments(&assessment.segments.right),
        },
        kb_version: &assessment.kb_version,
        questionnaire_response: fhir,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_https_or_loopback_http_without_paths() {
        for ok in [
            "https://clinic.example",
            "https://clinic.example:8443",
            "http://127.0.0.1:8301",
            "http://localhost",
        ] {
            assert!(is_origin(ok), "{ok}");
        }
        for bad in [
            "http://clinic.example",
            "https://clinic.example/",
            "https://a@b",
            "*",
            "",
            "https://",
            "javascript:alert(1)",
            "https://x:99999999",
        ] {
            assert!(!is_origin(bad), "{bad}");
        }
    }

    #[test]
    fn the_query_configures_embedding() {
        let c = parse_query("?embed=1&parent=https%3A%2F%2Fclinic.example,http://127.0.0.1:8301&lang=es&primary=%23aa0000&scale=1.25&fhir=1&other=x").unwrap();
        assert!(c.embed && c.settings.fhir);
        assert_eq!(
            c.parents,
            vec!["https://clinic.example", "http://127.0.0.1:8301"]
        );
        assert_eq!(c.settings.lang.as_deref(), Some("es"));
        assert_eq!(c.settings.primary.as_deref(), Some("#aa0000"));
        assert_eq!(c.settings.scale, Some(1.25));
        assert!(parse_query("parent=*").unwrap_err().0.starts_with("parent"));
        assert!(parse_query("primary=red").is_err());
        assert!(parse_query("scale=9").is_err());
        assert!(parse_query("scale=NaN").is_err());
        // The reason, as the console shows it to the clinic's developer.
        assert_eq!(
            parse_query("scale=9").unwrap_err().to_string(),
            "scale: expected a number from 0.8 to 2"
        );
        assert!(parse_query("lang=EN").is_err());
        assert!(parse_query("parent=%zz").is_err());
        assert_eq!(parse_query("").unwrap(), EmbedConfig::default());
    }

    #[test]
    fn the_query_gives_a_clinic_link_per_triage_level() {
        let c = parse_query("embed=1&link_urgent=https%3A%2F%2Fclinic.example%2Fbook%3Fabi%3D1&label_urgent=Book+an+ABI+test+at+our+clinic&link_self_care=https://clinic.example/advice&label_self_care=Our%20advice").unwrap();
        let urgent = c.settings.links.get(Triage::Urgent).unwrap();
        assert_eq!(urgent.url, "https://clinic.example/book?abi=1");
        assert_eq!(urgent.label, "Book an ABI test at our clinic");
        assert_eq!(
            c.settings.links.get(Triage::SelfCare).unwrap().label,
            "Our advice"
        );
        assert!(c.settings.links.get(Triage::Emergency).is_none());
        for (bad, names) in [
            ("link_urgent=https://clinic.example", "label_urgent"),
            ("label_routine=Book", "link_routine"),
            (
                "link_urgent=javascript:alert(1)&label_urgent=x",
                "link urgent",
            ),
            (
                "link_urgent=http://clinic.example&label_urgent=x",
                "link urgent",
            ),
            (
                "link_urgent=https://clinic.example/%22%3E&label_urgent=x",
                "link urgent",
            ),
            ("link_urgent=https://clinic.example&label_urgent=+", "label"),
            (
                "link_urgent=https://c.example&label_urgent=Book%07now",
                "label",
            ),
        ] {
            let e = parse_query(bad).unwrap_err().0;
            assert!(e.contains(names), "{bad}: {e}");
        }
        // Found by fuzzing: the label is kept trimmed, so what passed the length check is what
        // is shown.
        let padded = format!(
            "link_urgent=https://c.example&label_urgent={}+test%0A%0A%0A%0A%0A%0A%0A",
            "w".repeat(74)
        );
        let links = parse_query(&padded).unwrap().settings.links;
        let link = links.get(Triage::Urgent).unwrap();
        assert_eq!(link.label.chars().count(), 79);
        let label = |n: usize| {
            format!(
                "link_urgent=https://c.example&label_urgent={}",
                "b".repeat(n)
            )
        };
        assert!(parse_query(&label(80)).is_ok());
        assert!(parse_query(&label(81)).unwrap_err().0.contains("label"));
        // An unknown level is an unknown parameter, so it is ignored.
        assert_eq!(
            parse_query("link_soon=x").unwrap().settings.links,
            Links::default()
        );
    }

    #[test]
    fn links_are_absolute_https_addresses() {
        for ok in [
            "https://clinic.example",
            "https://clinic.example/book?abi=1#slot",
            "http://127.0.0.1:8301/book",
        ] {
            assert!(is_link(ok), "{ok}");
        }
        let long = format!("https://clinic.example/{}", "a".repeat(2000));
        for bad in [
            "/book",
            "clinic.example",
            "data:text/html,x",
            "https://clinic.example/a b",
            "https://clinic.example/<script>",
            "http://localhost.evil.example/",
            long.as_str(),
        ] {
            assert!(!is_link(bad), "{bad}");
        }
    }

    #[test]
    fn an_init_message_configures_and_later_settings_win() {
        let init = parse_command(
            r##"{"type":"legcheck:init","version":1,"lang":"es","primary":"#123456","scale":1.5,"fhir":true,
                "links":{"routine":{"url":"https://clinic.example/gp","label":"Book with your GP here"}}}"##,
        );
        let Ok(Command::Init(later)) = init else {
            panic!("{init:?}")
        };
        assert_eq!(
            later.links.get(Triage::Routine).unwrap().label,
            "Book with your GP here"
        );
        let mut settings = parse_query(
            "primary=%23aa0000&scale=1.25&link_urgent=https://c.example&label_urgent=Call+us",
        )
        .unwrap()
        .settings;
        settings.merge(*later);
        assert_eq!(settings.primary.as_deref(), Some("#123456"));
        assert_eq!(settings.scale, Some(1.5));
        assert_eq!(settings.lang.as_deref(), Some("es"));
        assert!(settings.fhir);
        assert_eq!(
            settings.links.iter().count(),
            2,
            "links from the URL are kept"
        );
        assert_eq!(
            parse_command(r#"{"type":"legcheck:init","version":1}"#),
            Ok(Command::Init(Box::default()))
        );
        for bad in [
            r#"{"type":"legcheck:init","version":1,"links":{"soon":{"url":"https://c.example","label":"x"}}}"#,
            r#"{"type":"legcheck:init","version":1,"links":{"urgent":{"url":"javascript:x","label":"x"}}}"#,
            r#"{"type":"legcheck:init","version":1,"links":{"urgent":{"url":"https://c.example"}}}"#,
            r#"{"type":"legcheck:init","version":1,"links":{"urgent":{"url":"https://c.example","label":"x","target":"_blank"}}}"#,
            r##"{"type":"legcheck:init","version":1,"primary":"red"}"##,
            r#"{"type":"legcheck:init","version":1,"scale":0}"#,
            r#"{"type":"legcheck:init","version":1,"lang":"english"}"#,
            r#"{"type":"legcheck:init","version":1,"parent":"https://evil.example"}"#,
            r##"{"type":"legcheck:reset","version":1,"primary":"#000000"}"##,
            r#"{"type":"legcheck:reset","version":1,"scale":1}"#,
            r#"{"type":"legcheck:reset","version":1,"fhir":false}"#,
            r#"{"type":"legcheck:reset","version":1,"links":{}}"#,
            r#"{"type":"legcheck:set-language","version":1,"lang":"es","fhir":true}"#,
            r##"{"type":"legcheck:set-language","version":1,"lang":"es","primary":"#000000"}"##,
        ] {
            assert!(parse_command(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn commands_are_validated() {
        assert_eq!(
            parse_command(r#"{"type":"legcheck:reset","version":1}"#),
            Ok(Command::Reset)
        );
        assert_eq!(
            parse_command(r#"{"type":"legcheck:set-language","version":1,"lang":"es"}"#),
            Ok(Command::SetLanguage("es".into()))
        );
        for bad in [
            "",
            "[]",
            "null",
            r#"{"type":"legcheck:reset"}"#,
            r#"{"type":"legcheck:reset","version":2}"#,
            r#"{"type":"legcheck:reset","version":1,"answers":{}}"#,
            r#"{"type":"legcheck:set-language","version":1,"lang":"<script>"}"#,
            r#"{"type":"legcheck:eval","version":1}"#,
            r#"{"version":1}"#,
        ] {
            assert!(parse_command(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_result_event_says_emergency_when_it_is_one() {
        let engine = crate::Engine::embedded().unwrap();
        let payload = |answer: &str| {
            let answers = [(
                "rf_sudden_cold_leg".to_string(),
                crate::Answer::One(answer.into()),
            )];
            let assessment = engine.evaluate(&answers.into_iter().collect());
            let json = event("result", &result_payload(&assessment, None));
            serde_json::from_str::<serde_json::Value>(&json).unwrap()
        };
        let emergency = payload("yes");
        assert_eq!(emergency["triage"], "emergency");
        assert_eq!(emergency["emergency"], true);
        assert_eq!(emergency["conditions"][0]["id"], "acute_limb_ischemia");
        let unsure = payload("dont_know");
        assert_eq!(unsure["triage"], "urgent");
        assert_eq!(unsure["emergency"], false);
        assert!(unsure.get("questionnaire_response").is_none());
    }

    #[test]
    fn events_are_namespaced_and_versioned() {
        let e: serde_json::Value =
            serde_json::from_str(&event("resize", &Resize { height: 640 })).unwrap();
        assert_eq!(e["type"], "legcheck:resize");
        assert_eq!(e["version"], 1);
        assert_eq!(e["height"], 640);
        let empty: serde_json::Value =
            serde_json::from_str(&event("ping", &serde_json::json!({}))).unwrap();
        assert_eq!(empty["type"], "legcheck:ping");
        // A payload that ends in a nested object (the FHIR response does) stays valid JSON.
        let nested: serde_json::Value =
            serde_json::from_str(&event("result", &serde_json::json!({"a": {"b": {}}}))).unwrap();
        assert_eq!(nested["a"]["b"], serde_json::json!({}));
    }
}
