//! Routes as URL fragments (`#/q/walk_pain`), so reloads, deep links and the back button work
//! on any static server and inside an iframe. Parsing and formatting only; no UI.

/// Every screen of the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    Start,
    RedFlags,
    Emergency,
    Question(String),
    Check,
    Result,
    Clinicians,
    /// The privacy notice and the accessibility statement (linked from every screen's footer).
    Privacy,
    Accessibility,
    /// A share link: the answers document encoded in the fragment (see engine `share`).
    Share(String),
    /// Answers opened from a file or sent by the embedding clinic. The address holds none of
    /// them (they stay out of the browser's history): they are in the app's memory only, and
    /// a reload forgets them.
    Opened,
    NotFound,
}

impl Route {
    /// Parses a fragment such as `#/q/age` (with or without the `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (head, rest) = path.split_once('/').unwrap_or((path, ""));
        match (head, rest) {
            ("", _) => Route::Start,
            ("red-flags", "") => Route::RedFlags,
            ("emergency", "") => Route::Emergency,
            ("q", id) if is_id(id) => Route::Question(id.to_string()),
            ("check", "") => Route::Check,
            ("result", "") => Route::Result,
            ("clinicians", "") => Route::Clinicians,
            ("privacy", "") => Route::Privacy,
            ("accessibility", "") => Route::Accessibility,
            ("share", payload) if !payload.is_empty() => Route::Share(payload.to_string()),
            ("opened", "") => Route::Opened,
            _ => Route::NotFound,
        }
    }

    /// Whether the screen reads the knowledge base. The others (the start page and the text
    /// pages) show before it arrives on a first visit (`boot`).
    pub fn needs_knowledge(&self) -> bool {
        !matches!(
            self,
            Route::Start | Route::Privacy | Route::Accessibility | Route::NotFound
        )
    }

    /// The fragment for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Start => "#/".into(),
            Route::RedFlags => "#/red-flags".into(),
            Route::Emergency => "#/emergency".into(),
            Route::Question(id) => format!("#/q/{id}"),
            Route::Check => "#/check".into(),
            Route::Result => "#/result".into(),
            Route::Clinicians => "#/clinicians".into(),
            Route::Privacy => "#/privacy".into(),
            Route::Accessibility => "#/accessibility".into(),
            Route::Share(payload) => format!("#/share/{payload}"),
            Route::Opened => "#/opened".into(),
            Route::NotFound => "#/not-found".into(),
        }
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// One route of every kind, for the tests that go through them all.
    pub(crate) fn every_route() -> [Route; 12] {
        [
            Route::Start,
            Route::RedFlags,
            Route::Emergency,
            Route::Question("rf_cold_leg_now".into()),
            Route::Check,
            Route::Result,
            Route::Clinicians,
            Route::Privacy,
            Route::Accessibility,
            Route::Share("v1.abc.0011aabb".into()),
            Route::Opened,
            Route::NotFound,
        ]
    }

    #[test]
    fn every_route_round_trips_through_its_fragment() {
        for route in every_route() {
            assert_eq!(Route::parse(&route.to_hash()), route, "{route:?}");
        }
    }

    #[test]
    fn fragments_people_type_or_break_are_read_safely() {
        for (hash, route) in [
            ("", Route::Start),
            ("#", Route::Start),
            ("#/", Route::Start),
            ("red-flags", Route::RedFlags),
            ("#/q/", Route::NotFound),
            ("#/q/Age", Route::NotFound),
            ("#/q/age/more", Route::NotFound),
            ("#/q/<script>", Route::NotFound),
            ("#/share/", Route::NotFound),
            ("#/result/x", Route::NotFound),
        ] {
            assert_eq!(Route::parse(hash), route, "{hash:?}");
        }
    }
}
