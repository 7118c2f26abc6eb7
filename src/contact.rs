//! How to reach the people who run this copy of LegCheck. LegCheck names no organisation of its
//! own: whoever deploys it sets a contact when building, in one place, the `LEGCHECK_CONTACT`
//! environment variable (docs/EMBEDDING.md, "Your contact"). Without it the footer and the
//! privacy and accessibility pages say plainly that no contact was given.

/// The contact set at build time: an email address, an `https://` address, or any other text
/// (a phone number, a postal address).
pub const CONTACT: Option<&str> = option_env!("LEGCHECK_CONTACT");

/// A contact, as it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact<'a> {
    /// Shown as a `mailto:` link.
    Email(&'a str),
    /// Shown as a link.
    Web(&'a str),
    /// Shown as text.
    Text(&'a str),
}

/// Reads a contact; `None` when it is empty.
pub fn parse(text: &str) -> Option<Contact<'_>> {
    let text = text.trim();
    let plain = |s: &str| {
        !s.chars()
            .any(|c| c.is_whitespace() || "<>\"'\\".contains(c))
    };
    if text.is_empty() {
        None
    } else if text.starts_with("https://") && text.len() > 8 && plain(text) {
        Some(Contact::Web(text))
    } else if plain(text)
        && text.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.contains('@')
        })
    {
        Some(Contact::Email(text))
    } else {
        Some(Contact::Text(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_is_a_link_only_when_it_is_clearly_one() {
        for (text, contact) in [
            ("", None),
            ("   ", None),
            (
                "help@clinic.example",
                Some(Contact::Email("help@clinic.example")),
            ),
            (
                " https://clinic.example/contact ",
                Some(Contact::Web("https://clinic.example/contact")),
            ),
            // Not a link: shown as the text it is.
            (
                "http://clinic.example",
                Some(Contact::Text("http://clinic.example")),
            ),
            (
                "javascript:alert(1)",
                Some(Contact::Text("javascript:alert(1)")),
            ),
            ("a@b", Some(Contact::Text("a@b"))),
            (
                "Call 0100 000 000",
                Some(Contact::Text("Call 0100 000 000")),
            ),
            (
                "https://x.example/\"onclick",
                Some(Contact::Text("https://x.example/\"onclick")),
            ),
        ] {
            assert_eq!(parse(text), contact, "{text}");
        }
    }
}
