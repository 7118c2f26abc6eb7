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
    pub lang: Option<String>,
    /// A `#rrggbb` primary colour.
    pub primary: Option<String>,
    /// Font scale, 0.8 to 2.
    pub scale: Option<f64>,
    /// Include a FHIR QuestionnaireResponse in the result event.
    pub fhir: bool,
}

/// A command from the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Reset,
    SetLanguage(String),
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

/// Reads the embedding parameters from a query string (`?embed=1&parent=...`). Unknown
/// parameters are ignored; a malformed known one is an error naming it.
pub fn parse_query(query: &str) -> Result<EmbedConfig, EmbedError> {
    let mut config = EmbedConfig::default();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(raw) else {
            return error(format!("{key}: badly escaped value"));
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
            "lang" => config.lang = Some(value),
            "primary" => {
                let hex = value.strip_prefix('#').unwrap_or("");
                if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return error("primary: expected a colour such as #005eb8");
                }
                config.primary = Some(value);
            }
            "scale" => match value.parse::<f64>() {
                Ok(s) if (0.8..=2.0).contains(&s) => config.scale = Some(s),
                _ => return error("scale: expected a number from 0.8 to 2"),
            },
            "fhir" => config.fhir = value == "1",
            _ => {}
        }
    }
    Ok(config)
}

/// A command as sent: unknown fields are refused.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    version: u32,
    #[serde(default)]
    lang: Option<String>,
}

/// Decodes a command message (JSON text) from the host page.
pub fn parse_command(json: &str) -> Result<Command, EmbedError> {
    let message: Message = match serde_json::from_str(json) {
        Ok(m) => m,
        Err(e) => return error(format!("not a LegCheck command: {e}")),
    };
    if message.version != VERSION {
        return error("version: expected 1");
    }
    match (message.kind.as_str(), message.lang) {
        ("legcheck:reset", None) => Ok(Command::Reset),
        ("legcheck:set-language", Some(lang))
            if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            Ok(Command::SetLanguage(lang))
        }
        ("legcheck:set-language", _) => error("lang: expected a two-letter language code"),
        ("legcheck:reset", Some(_)) => error("unexpected fields"),
        (other, _) => error(format!("type: unknown command `{other}`")),
    }
}

/// An event to the host page: `{"type": "legcheck:<name>", "version": 1, ...payload}`, where
/// `payload` serializes to a JSON object.
pub fn event(name: &str, payload: &impl Serialize) -> String {
    let body = serde_json::to_string(payload).unwrap_or_default();
    let fields = body.trim_start_matches('{').trim_end_matches('}');
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
    pub height: f64,
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
        assert!(c.embed && c.fhir);
        assert_eq!(
            c.parents,
            vec!["https://clinic.example", "http://127.0.0.1:8301"]
        );
        assert_eq!(c.primary.as_deref(), Some("#aa0000"));
        assert_eq!(c.scale, Some(1.25));
        assert!(parse_query("parent=*").unwrap_err().0.starts_with("parent"));
        assert!(parse_query("primary=red").is_err());
        assert!(parse_query("scale=9").is_err());
        assert!(parse_query("parent=%zz").is_err());
        assert_eq!(parse_query("").unwrap(), EmbedConfig::default());
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
    fn events_are_namespaced_and_versioned() {
        let e: serde_json::Value =
            serde_json::from_str(&event("resize", &Resize { height: 640.0 })).unwrap();
        assert_eq!(e["type"], "legcheck:resize");
        assert_eq!(e["version"], 1);
        assert_eq!(e["height"], 640.0);
        let empty: serde_json::Value =
            serde_json::from_str(&event("ping", &serde_json::json!({}))).unwrap();
        assert_eq!(empty["type"], "legcheck:ping");
    }
}
