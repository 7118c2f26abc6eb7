//! Share links: the answers document in the URL fragment (never sent to a server), as
//! `v1.<base64url JSON>.<checksum>`. A damaged, truncated or tampered link is rejected with a
//! reason instead of being evaluated.

use std::fmt;

use legcheck_engine::answers::AnswersDoc;
use legcheck_engine::Engine;

const PREFIX: &str = "v1.";

/// Why a share link was rejected.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// Not a LegCheck link of a version this app reads.
    Unrecognised,
    /// Cut short or changed: the checksum or encoding does not match.
    Damaged,
    /// Intact, but the answers do not fit this knowledge base.
    Invalid(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Unrecognised => write!(f, "not a LegCheck share link"),
            ShareError::Damaged => write!(f, "the link is damaged or incomplete"),
            ShareError::Invalid(why) => write!(f, "the answers in the link do not fit: {why}"),
        }
    }
}

/// FNV-1a, 32 bits: enough to detect truncation and accidental or casual edits.
fn checksum(bytes: &[u8]) -> u32 {
    legcheck_engine::fnv::fnv1a32(bytes)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// Encodes an answers document as a share-link fragment payload.
pub fn encode(doc: &AnswersDoc) -> String {
    let json = serde_json::to_string(doc).unwrap_or_default();
    format!(
        "{PREFIX}{}.{:08x}",
        base64url(json.as_bytes()),
        checksum(json.as_bytes())
    )
}

/// Decodes and validates a share-link payload against `engine`.
pub fn decode(engine: &Engine, payload: &str) -> Result<AnswersDoc, ShareError> {
    let rest = payload
        .strip_prefix(PREFIX)
        .ok_or(ShareError::Unrecognised)?;
    let (data, sum) = rest.rsplit_once('.').ok_or(ShareError::Damaged)?;
    let json = unbase64url(data).ok_or(ShareError::Damaged)?;
    if sum.len() != 8 || u32::from_str_radix(sum, 16).ok() != Some(checksum(&json)) {
        return Err(ShareError::Damaged);
    }
    let json = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    engine
        .decode(&json)
        .map_err(|e| ShareError::Invalid(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(unbase64url(&base64url(&bytes)).unwrap(), bytes);
        }
        assert_eq!(base64url(b"hi?"), "aGk_");
        assert!(unbase64url("a").is_none());
        assert!(unbase64url("a*bc").is_none());
    }
}
