//! Decoding what a host page sends: the URL parameters and the command messages. Every value
//! is checked here, so the app only ever sees origins, https links and in-range settings.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{error, ClinicLink, Command, EmbedConfig, EmbedError, Links, Settings, VERSION};
use crate::fhir::{IncomingResponse, MAX_RESPONSE_BYTES};

/// The longest command read: a QuestionnaireResponse at its limit, and room for the settings.
/// A message longer than `MAX_RESPONSE_BYTES` is read, but the response in it is refused as
/// too large (the settings alone are far smaller), so the clinic is told why.
pub const MAX_MESSAGE_BYTES: usize = MAX_RESPONSE_BYTES + 100_000;

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

/// An origin exactly as a browser reports it in `MessageEvent.origin`: `https://host[:port]`
/// (or `http://` for localhost and loopback addresses), lower case, with no default port and no
/// path, query or user information. Anything else could never match, so it is refused rather
/// than silently never used.
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
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    let default_port = if scheme == "https" { "443" } else { "80" };
    let port_ok = port.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && !p.starts_with('0')
            && p != default_port
    });
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

/// A two-letter language code in any case, given back in lower case (`EN` is `en`), so that
/// the app and the embedding decoder never disagree about it.
fn check_lang(lang: &str) -> Result<String, EmbedError> {
    if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(lang.to_ascii_lowercase())
    } else {
        error("lang: expected a two-letter language code")
    }
}

/// The `lang` parameter of a query string, as the embedding decoder reads it (lower case), or
/// `None` when absent or malformed. The app reads `?lang=` through this too.
pub fn query_lang(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("lang="))
        .and_then(|v| check_lang(&percent_decode(v)?).ok())
}

/// `x` to the power 2.4 for `x` in (0, 1]: `x² · x^0.4`, with `x^0.4` the root of `y⁵ = x²` by
/// Newton's method from above. A few multiplications instead of the general `powf`, which
/// costs the app's wasm a kilobyte; a test checks it against `powf` for every sRGB channel.
pub(crate) fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0_f64;
    for _ in 0..40 {
        let y4 = y * y * y * y;
        y -= (y4 * y - a) / (5.0 * y4);
    }
    a * y
}

/// The WCAG 2 contrast ratio of a `#rrggbb` colour against white, or `None` if it is not one.
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (luminance + 0.05))
}

/// The clinic's colour is LegCheck's link and button colour on a white page, so it must reach
/// WCAG AA contrast for text (4.5:1) against white.
fn check_primary(value: &str) -> Result<(), EmbedError> {
    match contrast_with_white(value) {
        None => error("primary: expected a colour such as #005eb8"),
        Some(ratio) if ratio < 4.5 => error(format!(
            "primary: {value} has a contrast of {}:1 with white; links need at least 4.5:1",
            legcheck_engine::fmt_num(ratio)
        )),
        Some(_) => Ok(()),
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
pub(crate) fn check_link(level: &str, link: ClinicLink) -> Result<ClinicLink, EmbedError> {
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

/// An emergency number a phone can dial: 2 to 15 digits, with an optional leading `+`
/// (E.164 allows 15), and nothing else, so that a `tel:` link holds only the number.
pub fn is_emergency_number(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or(number);
    (2..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

fn check_emergency_number(number: &str) -> Result<(), EmbedError> {
    if is_emergency_number(number) {
        Ok(())
    } else {
        error("emergency_number: expected 2 to 15 digits, such as \"999\" or \"112\"")
    }
}

/// Reads the embedding parameters from a query string (`?embed=1&parent=...`). Unknown
/// parameters are ignored, and so are `link_*` and `label_*`: anyone can make a URL, so a clinic
/// gives its links only in a `legcheck:init` message from an allowed parent. A malformed known
/// parameter is an error naming it.
pub fn parse_query(query: &str) -> Result<EmbedConfig, EmbedError> {
    let mut config = EmbedConfig::default();
    let settings = &mut config.settings;
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
            "lang" => settings.lang = Some(check_lang(&value)?),
            "primary" => {
                check_primary(&value)?;
                settings.primary = Some(value);
            }
            "scale" => {
                // Not a number is NaN, which no range contains.
                let scale = legcheck_engine::parse_num(&value).unwrap_or(f64::NAN);
                check_scale(scale)?;
                settings.scale = Some(scale);
            }
            "fhir" => settings.fhir = Some(value == "1"),
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
    lang: Option<String>,
    primary: Option<String>,
    scale: Option<f64>,
    fhir: Option<bool>,
    links: Option<Links>,
    emergency_number: Option<String>,
    /// A QuestionnaireResponse to open (`legcheck:init` only), kept as its raw JSON text so
    /// that it is checked on its own, as a file is (`IncomingResponse::from_text`: size,
    /// objects and lists, repeated keys), and then against the knowledge base by the app
    /// (`fhir::read_response`), which tells the clinic if it is refused. A malformed response
    /// does not make the rest of the message (the emergency number) invalid.
    questionnaire_response: Option<Box<RawValue>>,
}

/// Decodes a command message (JSON text) from the host page.
pub fn parse_command(json: &str) -> Result<Command, EmbedError> {
    if json.len() > MAX_MESSAGE_BYTES {
        return error(format!("message larger than {MAX_MESSAGE_BYTES} bytes"));
    }
    // The message is read with its `questionnaire_response` as raw text (no tree is built for
    // it), which is then counted and checked on its own, as a file is. The message's other
    // fields are typed and unknown ones refused, so they hold a handful of objects at most
    // (nothing there can grow a tree), and serde_json refuses nesting beyond 128 levels.
    let m: Message = match serde_json::from_str(json) {
        Ok(m) => m,
        Err(e) => return error(format!("not a LegCheck command: {e}")),
    };
    if m.version != VERSION {
        return error("version: expected 1");
    }
    let settings_only = m.primary.is_some()
        || m.scale.is_some()
        || m.fhir.is_some()
        || m.links.is_some()
        || m.emergency_number.is_some()
        || m.questionnaire_response.is_some();
    match (m.kind.as_str(), m.lang) {
        ("legcheck:reset", None) if !settings_only => Ok(Command::Reset),
        ("legcheck:set-language", Some(lang)) if !settings_only => {
            Ok(Command::SetLanguage(check_lang(&lang)?))
        }
        ("legcheck:set-language", None) => error("lang: expected a two-letter language code"),
        ("legcheck:reset" | "legcheck:set-language", _) => error("unexpected fields"),
        ("legcheck:init", lang) => {
            let lang = lang.as_deref().map(check_lang).transpose()?;
            if let Some(primary) = &m.primary {
                check_primary(primary)?;
            }
            if let Some(scale) = m.scale {
                check_scale(scale)?;
            }
            if let Some(number) = &m.emergency_number {
                check_emergency_number(number)?;
            }
            Ok(Command::Init(
                Box::new(Settings {
                    lang,
                    primary: m.primary,
                    scale: m.scale,
                    fhir: m.fhir,
                    links: m.links.unwrap_or_default().checked()?,
                    emergency_number: m.emergency_number,
                }),
                m.questionnaire_response
                    .map(|r| Box::new(IncomingResponse::from_text(r.get()))),
            ))
        }
        (other, _) => error(format!("type: unknown command `{other}`")),
    }
}
