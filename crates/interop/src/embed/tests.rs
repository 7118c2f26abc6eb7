//! Tests of the embedding decoders and events, against the real knowledge base where a
//! result is needed.

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
        // Not as a browser reports an origin, so it could never match: refused, not ignored.
        "https://Clinic.example",
        "https://clinic.example:443",
        "http://localhost:80",
        "https://clinic.example:0443",
        "HTTPS://clinic.example",
    ] {
        assert!(!is_origin(bad), "{bad}");
    }
}

#[test]
fn the_query_configures_embedding() {
    let c = parse_query("?embed=1&parent=https%3A%2F%2Fclinic.example,http://127.0.0.1:8301&lang=es&primary=%23aa0000&scale=1.25&fhir=1&other=x").unwrap();
    assert!(c.embed && c.settings.wants_fhir());
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
    // Any case, read the same way as the app reads it, so it never un-embeds the app.
    assert_eq!(
        parse_query("lang=EN").unwrap().settings.lang.as_deref(),
        Some("en")
    );
    assert_eq!(query_lang("?embed=1&lang=ES"), Some("es".into()));
    assert_eq!(query_lang("?lang=english"), None);
    assert!(parse_query("lang=english").is_err());
    assert!(parse_query("parent=%zz").is_err());
    // `fhir=0` says no, and an init without `fhir` leaves it as it was.
    assert_eq!(parse_query("fhir=0").unwrap().settings.fhir, Some(false));
    assert_eq!(parse_query("").unwrap(), EmbedConfig::default());
}

#[test]
fn the_contrast_power_matches_powf_for_every_channel() {
    for byte in 11..=255u8 {
        let x = (f64::from(byte) / 255.0 + 0.055) / 1.055;
        let (ours, std) = (super::decode::pow_2_4(x), x.powf(2.4));
        assert!((ours - std).abs() < 1e-12, "{byte}: {ours} against {std}");
    }
}

#[test]
fn a_clinic_colour_must_be_readable_on_white() {
    // WCAG 2 contrast against white, to two decimals.
    for (colour, ratio) in [
        ("#005eb8", 6.38),
        ("#000000", 21.0),
        ("#ffffff", 1.0),
        ("#767676", 4.54),
        ("#777777", 4.48),
        ("#ffcc00", 1.51),
    ] {
        let got = contrast_with_white(colour).unwrap();
        assert!((got - ratio).abs() < 0.01, "{colour}: {got}");
    }
    assert_eq!(contrast_with_white("#12345"), None);
    assert_eq!(contrast_with_white("123456"), None);
    assert!(parse_query("primary=%23767676").is_ok());
    let e = parse_query("primary=%23777777").unwrap_err().0;
    assert_eq!(
        e,
        "primary: #777777 has a contrast of 4.48:1 with white; links need at least 4.5:1"
    );
    assert!(
        parse_command(r##"{"type":"legcheck:init","version":1,"primary":"#ffcc00"}"##).is_err()
    );
}

/// The links of an init message, or why it was refused.
fn init_links(links: &str) -> Result<Links, EmbedError> {
    match parse_command(&format!(
        r#"{{"type":"legcheck:init","version":1,"links":{links}}}"#
    ))? {
        Command::Init(settings, _) => Ok(settings.links),
        other => panic!("{other:?}"),
    }
}

#[test]
fn clinic_links_come_only_from_an_init_message() {
    // Anyone can make a URL: links in it are ignored, never shown.
    let c = parse_query(
        "embed=1&link_emergency=https://scam.example&label_emergency=Call+our+urgent+line",
    )
    .unwrap();
    assert_eq!(c.settings.links, Links::default());
    let links = init_links(
        r#"{"urgent":{"url":"https://clinic.example/book?abi=1","label":"Book an ABI test at our clinic"},
            "self_care":{"url":"https://clinic.example/advice","label":"Our advice"}}"#,
    )
    .unwrap();
    let urgent = links.get(Triage::Urgent).unwrap();
    assert_eq!(urgent.url, "https://clinic.example/book?abi=1");
    assert_eq!(urgent.label, "Book an ABI test at our clinic");
    assert_eq!(links.get(Triage::SelfCare).unwrap().label, "Our advice");
    assert!(links.get(Triage::Emergency).is_none());
    for (bad, names) in [
        (
            r#"{"urgent":{"url":"javascript:alert(1)","label":"x"}}"#,
            "link urgent",
        ),
        (
            r#"{"urgent":{"url":"http://clinic.example","label":"x"}}"#,
            "link urgent",
        ),
        (
            r#"{"urgent":{"url":"https://clinic.example/\">","label":"x"}}"#,
            "link urgent",
        ),
        (
            r#"{"urgent":{"url":"https://clinic.example","label":" "}}"#,
            "label",
        ),
        (
            r#"{"urgent":{"url":"https://c.example","label":"Book\u0007now"}}"#,
            "label",
        ),
    ] {
        let e = init_links(bad).unwrap_err().0;
        assert!(e.contains(names), "{bad}: {e}");
    }
    // Found by fuzzing: the label is kept trimmed, so what passed the length check is what
    // is shown.
    let padded = format!(
        r#"{{"urgent":{{"url":"https://c.example","label":"{} test\n\n\n\n\n\n\n"}}}}"#,
        "w".repeat(74)
    );
    let links = init_links(&padded).unwrap();
    assert_eq!(links.get(Triage::Urgent).unwrap().label.chars().count(), 79);
    let label = |n: usize| {
        format!(
            r#"{{"urgent":{{"url":"https://c.example","label":"{}"}}}}"#,
            "b".repeat(n)
        )
    };
    assert!(init_links(&label(80)).is_ok());
    assert!(init_links(&label(81)).unwrap_err().0.contains("label"));
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
    let Ok(Command::Init(later, _)) = init else {
        panic!("{init:?}")
    };
    assert_eq!(
        later.links.get(Triage::Routine).unwrap().label,
        "Book with your GP here"
    );
    let mut settings = parse_query("primary=%23aa0000&scale=1.25&fhir=0")
        .unwrap()
        .settings;
    let Ok(Command::Init(earlier, _)) = parse_command(
        r#"{"type":"legcheck:init","version":1,"links":{"urgent":{"url":"https://c.example","label":"Call us"}}}"#,
    ) else {
        panic!()
    };
    settings.merge(*earlier);
    settings.merge(*later);
    assert_eq!(settings.primary.as_deref(), Some("#123456"));
    assert_eq!(settings.scale, Some(1.5));
    assert_eq!(settings.lang.as_deref(), Some("es"));
    assert!(settings.wants_fhir());
    assert_eq!(settings.links.iter().count(), 2, "earlier links are kept");
    // FHIR can be switched off again, and a message that does not mention it leaves it.
    let Ok(Command::Init(off, _)) =
        parse_command(r#"{"type":"legcheck:init","version":1,"fhir":false}"#)
    else {
        panic!()
    };
    settings.merge(*off);
    assert!(!settings.wants_fhir());
    settings.merge(Settings::default());
    assert!(!settings.wants_fhir());
    assert_eq!(
        parse_command(r#"{"type":"legcheck:init","version":1}"#),
        Ok(Command::Init(Box::default(), None))
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
    assert_eq!(
        parse_command(r#"{"type":"legcheck:set-language","version":1,"lang":"ES"}"#),
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
    let engine = legcheck_engine::Engine::embedded().unwrap();
    let payload = |answer: &str| {
        let answers = [(
            "rf_sudden_cold_leg".to_string(),
            legcheck_engine::Answer::One(answer.into()),
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
    for (reason, said) in [
        (Unavailability::Network, "network"),
        (Unavailability::Updated, "updated"),
    ] {
        let e: serde_json::Value =
            serde_json::from_str(&event("unavailable", &Unavailable { reason })).unwrap();
        assert_eq!(
            e,
            serde_json::json!({"type": "legcheck:unavailable", "version": 1, "reason": said})
        );
    }
}

#[test]
fn the_emergency_number_comes_only_from_an_init_message_and_is_only_digits() {
    // A URL could put a stranger's number under the emergency card: it is ignored.
    let c = parse_query("embed=1&emergency_number=0900123456").unwrap();
    assert_eq!(c.settings.emergency_number, None);
    let init = |number: &str| {
        parse_command(&format!(
            r#"{{"type":"legcheck:init","version":1,"emergency_number":{number}}}"#
        ))
    };
    for good in ["999", "112", "000", "+4420", "123456789012345"] {
        let Ok(Command::Init(s, _)) = init(&format!("\"{good}\"")) else {
            panic!("{good}")
        };
        assert_eq!(s.emergency_number.as_deref(), Some(good));
    }
    for bad in [
        "\"\"",
        "\"9\"",
        "\"+\"",
        "\"1234567890123456\"",
        "\"999 \"",
        "\"99a\"",
        "\"tel:999\"",
        "\"++999\"",
        "\"९९९\"",
        "999",
    ] {
        assert!(init(bad).is_err(), "{bad}");
    }
    // Like the other settings, a later message replaces it and one that leaves it out keeps it.
    let mut settings = Settings::default();
    let Ok(Command::Init(s, _)) = init("\"911\"") else {
        panic!()
    };
    settings.merge(*s);
    settings.merge(Settings::default());
    assert_eq!(settings.emergency_number.as_deref(), Some("911"));
    // Not a setting of the other commands.
    assert!(
        parse_command(r#"{"type":"legcheck:reset","version":1,"emergency_number":"999"}"#).is_err()
    );
}
