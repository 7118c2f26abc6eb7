//! Number text without the standard library's float formatting and parsing machinery (which
//! would cost the app's wasm ~14 KB compressed): `fmt_num` for messages, `parse_num` for what
//! people type and for numbers in the rule language. It stays in the engine because validation
//! messages and the rule language's parser need it; `legcheck-interop` and the app use it from here.

/// A number for messages: at most two decimals, no trailing zeros. Integer arithmetic keeps
/// float-formatting code out of the app's wasm.
pub fn fmt_num(n: f64) -> String {
    if !n.is_finite() || n.abs() > 1e12 {
        return "an impossible number".into();
    }
    let hundredths = (n * 100.0).round() as i64;
    let (sign, abs) = if hundredths < 0 {
        ("-", -hundredths)
    } else {
        ("", hundredths)
    };
    match abs % 100 {
        0 => format!("{sign}{}", abs / 100),
        f if f % 10 == 0 => format!("{sign}{}.{}", abs / 100, f / 10),
        f => format!("{sign}{}.{f:02}", abs / 100),
    }
}

/// Reads a decimal number as people and `<input type="number">` write it: an optional sign,
/// digits with an optional fraction, and an optional exponent (`64`, `-0.5`, `1.25`, `1e3`).
/// Anything else (words, `NaN`, `inf`, empty text) is `None`. With up to 15 significant digits
/// making a power of ten within ±22 it gives exactly what `str::parse::<f64>` gives (one
/// correctly rounded operation on exact values); past that it stays close, which is all a
/// questionnaire needs.
/// It exists so that the app's wasm carries no general float-parsing code.
pub fn parse_num(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let (mut mantissa, mut exp10, mut any_digit, mut fraction) = (0u64, 0i32, false, false);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exp10 -= i32::from(fraction);
                } else if !fraction {
                    exp10 += 1;
                }
            }
            b'.' if !fraction => fraction = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        let rest = &text[i + 1..];
        let (sign, body) = match rest.as_bytes().first() {
            Some(b'-') => (-1, &rest[1..]),
            Some(b'+') => (1, &rest[1..]),
            _ => (1, rest),
        };
        if body.is_empty() || body.len() > 4 || !body.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e = body.bytes().fold(0i32, |e, b| e * 10 + i32::from(b - b'0'));
        exp10 += sign * e;
    } else if i != bytes.len() {
        return None;
    }
    let scale = 10f64.powi(exp10.abs());
    let value = if exp10 < 0 {
        mantissa as f64 / scale
    } else {
        mantissa as f64 * scale
    };
    Some(if negative { -value } else { value })
}
