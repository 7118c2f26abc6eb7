//! Helpers shared by the engine's integration tests.

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::Answer;

/// Answers written compactly: `"[a,b]"` is a list, a number is a number, anything else one
/// choice (`"yes"`, `"dont_know"`, an option id).
pub fn answers(pairs: &[(&str, &str)]) -> AnswerMap {
    pairs
        .iter()
        .map(|(k, v)| {
            let answer = if let Some(list) = v.strip_prefix('[') {
                let items = list
                    .trim_end_matches(']')
                    .split(',')
                    .filter(|s| !s.is_empty());
                Answer::Many(items.map(String::from).collect())
            } else if let Ok(n) = v.parse::<f64>() {
                Answer::Number(n)
            } else {
                Answer::One(v.to_string())
            };
            (k.to_string(), answer)
        })
        .collect()
}
