//! What is selected on a question screen, before it becomes an answer: toggling (with
//! "none of these" options that clear the others) and turning the selection into an `Answer`
//! or the problem to show. Pure functions, no UI.

use legcheck_engine::model::{Question, QuestionKind};
use legcheck_engine::Answer;

use crate::text::{ui, Lang};

/// Why a selection cannot be an answer yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Problem {
    NoChoice,
    NoChoices,
    NoRegion,
    Number(f64, f64),
    /// An age under the minimum: LegCheck is for adults. Not an input error, so it is shown as
    /// a message of its own rather than on the field.
    ForAdults,
}

impl Problem {
    pub fn message(self, lang: Lang) -> String {
        let t = ui(lang);
        match self {
            Problem::NoChoice => t.err_select.into(),
            Problem::NoChoices => t.err_select_all.into(),
            Problem::NoRegion => t.err_select_region.into(),
            Problem::Number(min, max) => (t.err_number)(min, max),
            Problem::ForAdults => t.for_adults.into(),
        }
    }
}

/// The selection after the person toggles `id`.
pub fn toggle(question: &Question, selected: &[String], id: &str) -> Vec<String> {
    let multiple = matches!(
        question.kind,
        QuestionKind::Multi | QuestionKind::BodyRegions | QuestionKind::Number
    );
    if !multiple {
        return vec![id.to_string()];
    }
    if selected.iter().any(|s| s == id) {
        return selected.iter().filter(|s| *s != id).cloned().collect();
    }
    let exclusive = |x: &str| question.options.iter().any(|o| o.exclusive && o.id == x);
    if exclusive(id) {
        return vec![id.to_string()];
    }
    let mut next: Vec<String> = selected.iter().filter(|s| !exclusive(s)).cloned().collect();
    next.push(id.to_string());
    next
}

/// The answer for a selection (and the typed number), or the problem to show.
pub fn to_answer(
    question: &Question,
    selected: &[String],
    number: &str,
) -> Result<Answer, Problem> {
    match question.kind {
        QuestionKind::YesNo | QuestionKind::Single => selected
            .first()
            .map(|s| Answer::One(s.clone()))
            .ok_or(Problem::NoChoice),
        QuestionKind::BodyRegions if selected.is_empty() => Err(Problem::NoRegion),
        QuestionKind::Multi if selected.is_empty() => Err(Problem::NoChoices),
        QuestionKind::Multi | QuestionKind::BodyRegions => Ok(Answer::Many(selected.to_vec())),
        QuestionKind::Number => {
            let (min, max) = (
                question.min.unwrap_or(0.0),
                question.max.unwrap_or(f64::MAX),
            );
            if number.trim().is_empty() && selected.iter().any(|s| s == "dont_know") {
                return Ok(Answer::One("dont_know".into()));
            }
            match legcheck_engine::parse_num(number.trim()) {
                Some(n) if n.is_finite() && n >= min && n <= max => Ok(Answer::Number(n)),
                Some(n) if question.id == "age" && (0.0..min).contains(&n) => {
                    Err(Problem::ForAdults)
                }
                _ => Err(Problem::Number(min, max)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use legcheck_engine::Engine;

    fn question(id: &str) -> Question {
        let engine = crate::engine::engine();
        let _: &Engine = engine;
        engine.kb.question(id).unwrap().clone()
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn none_of_these_and_not_sure_clear_the_other_choices() {
        let q = question("rf_dvt_risks");
        let picked = toggle(&q, &[], "cancer");
        let picked = toggle(&q, &picked, "oestrogen");
        assert_eq!(picked, ids(&["cancer", "oestrogen"]));
        assert_eq!(toggle(&q, &picked, "not_sure"), ids(&["not_sure"]));
        assert_eq!(toggle(&q, &ids(&["none"]), "cancer"), ids(&["cancer"]));
        assert_eq!(toggle(&q, &picked, "cancer"), ids(&["oestrogen"]), "untick");
        // A single choice replaces the previous one.
        let single = question("cramp_frequency");
        assert_eq!(
            toggle(&single, &ids(&["weekly"]), "most_days"),
            ids(&["most_days"])
        );
    }

    #[test]
    fn a_selection_becomes_an_answer_or_the_problem_to_show() {
        assert_eq!(
            to_answer(&question("cramp_frequency"), &[], ""),
            Err(Problem::NoChoice)
        );
        assert_eq!(
            to_answer(&question("rf_dvt_risks"), &[], ""),
            Err(Problem::NoChoices)
        );
        assert_eq!(
            to_answer(&question("pain_sites"), &[], ""),
            Err(Problem::NoRegion)
        );
        let age = question("age");
        assert_eq!(to_answer(&age, &[], "64"), Ok(Answer::Number(64.0)));
        assert_eq!(to_answer(&age, &[], " 64 "), Ok(Answer::Number(64.0)));
        // Under 18: LegCheck is for adults (a message of its own, not a range error).
        for young in ["17", "0", "12.5"] {
            assert_eq!(
                to_answer(&age, &[], young),
                Err(Problem::ForAdults),
                "{young}"
            );
        }
        for bad in ["", "-1", "121", "sixty", "6e1x", "NaN"] {
            assert_eq!(
                to_answer(&age, &[], bad),
                Err(Problem::Number(18.0, 120.0)),
                "{bad}"
            );
        }
        assert_eq!(
            to_answer(&age, &ids(&["dont_know"]), ""),
            Ok(Answer::One("dont_know".into()))
        );
        // A number typed wins over a stale "I don't know" tick only when it is valid.
        assert_eq!(
            to_answer(&age, &ids(&["dont_know"]), "70"),
            Ok(Answer::Number(70.0))
        );
    }
}
