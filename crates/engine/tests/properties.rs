//! Safety properties over thousands of random answer sets drawn from the real knowledge base
//! (proptest; shrunk failures are kept in proptest-regressions/ and replayed first).

use std::sync::OnceLock;

use legcheck_engine::answers::AnswerMap;
use legcheck_engine::expr::{parse, Cmp, Expr, Truth};
use legcheck_engine::model::{split_region, QuestionKind, Side};
use legcheck_engine::{Answer, Band, Engine, Triage};
use proptest::prelude::*;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().expect("knowledge base loads"))
}

/// Turns one random number per question into a valid answer set (about a third unanswered).
fn answers_from(seeds: &[u64]) -> AnswerMap {
    let mut out = AnswerMap::new();
    for (q, seed) in engine().kb.questions.iter().zip(seeds) {
        if seed % 3 == 0 {
            continue;
        }
        let options = q.option_ids();
        let pick = (seed / 3) as usize;
        let answer = match q.kind {
            QuestionKind::YesNo | QuestionKind::Single => {
                Answer::One(options[pick % options.len()].clone())
            }
            QuestionKind::Multi | QuestionKind::BodyRegions => {
                let exclusive: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| o.id.as_str())
                    .collect();
                let chosen: Vec<String> = options
                    .iter()
                    .enumerate()
                    .filter(|(i, id)| {
                        (seed >> (i % 60)) & 1 == 1 && !exclusive.contains(&id.as_str())
                    })
                    .map(|(_, id)| id.clone())
                    .collect();
                Answer::Many(chosen)
            }
            QuestionKind::Number => {
                let (min, max) = (q.min.unwrap_or(0.0), q.max.unwrap_or(100.0));
                Answer::Number(min + (pick as f64 % (max - min + 1.0)).floor())
            }
        };
        out.insert(q.id.clone(), answer);
    }
    out
}

fn seeds() -> impl Strategy<Value = Vec<u64>> {
    prop::collection::vec(any::<u64>(), engine().kb.questions.len())
}

/// Changes `answers` so that `expr` holds: every test of an `and`, the first of an `or`, and
/// a negated test by taking the answer away.
fn make_true(expr: &Expr, answers: &mut AnswerMap) {
    match expr {
        Expr::And(items) => items.iter().for_each(|e| make_true(e, answers)),
        Expr::Or(items) => make_true(&items[0], answers),
        Expr::Not(inner) => {
            for id in inner.ids() {
                answers.remove(id);
            }
        }
        Expr::Is(id, words) => {
            answers.insert(id.clone(), Answer::One(words[0].clone()));
        }
        Expr::Has(id, word) => match answers.or_insert_with(id.clone(), || Answer::Many(vec![])) {
            Answer::Many(list) if !list.contains(word) => {
                // "None of these" and "not sure" cannot stand beside a real choice.
                list.retain(|x| x != "none" && x != "not_sure");
                list.push(word.clone());
            }
            Answer::Many(_) => {}
            other => *other = Answer::Many(vec![word.clone()]),
        },
        Expr::Compare(id, cmp, n) => {
            let value = match cmp {
                Cmp::Ge | Cmp::Le => *n,
                Cmp::Gt => n + 1.0,
                Cmp::Lt => n - 1.0,
            };
            answers.insert(id.clone(), Answer::Number(value));
        }
    }
}

/// The tests an expression makes true by being true (not those under a `not`): changing one
/// of them to "I don't know" is what makes the flag unsure.
fn positive_tests(expr: &Expr) -> Vec<(&str, &str)> {
    match expr {
        Expr::And(items) | Expr::Or(items) => items.iter().flat_map(positive_tests).collect(),
        Expr::Not(_) => Vec::new(),
        other => other.tests(),
    }
}

/// Every red flag with its compiled test, from the real knowledge base.
fn flags(level: Option<Triage>) -> Vec<(&'static legcheck_engine::model::RedFlag, Expr)> {
    engine()
        .kb
        .red_flags
        .iter()
        .filter(|f| level.is_none_or(|l| f.level == l))
        .map(|f| (f, parse(&f.when).expect("red flags parse")))
        .collect()
}

/// `answers` with red flag `flag` made true, checked with the engine's own reading.
fn with_flag(
    flag: &legcheck_engine::model::RedFlag,
    expr: &Expr,
    answers: &AnswerMap,
) -> AnswerMap {
    let mut answers = answers.clone();
    make_true(expr, &mut answers);
    assert_eq!(
        engine().red_flag_truth(&flag.id, &answers),
        Some(Truth::True),
        "{} could not be made true",
        flag.id
    );
    answers
}

fn band_of(result: &legcheck_engine::Assessment, id: &str) -> Option<Band> {
    result
        .conditions
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.band)
}

fn mirror(answers: &AnswerMap) -> AnswerMap {
    answers
        .iter()
        .map(|(k, v)| {
            let v = match (engine().kb.question(k).map(|q| q.kind), v) {
                (Some(QuestionKind::BodyRegions), Answer::Many(list)) => Answer::Many(
                    list.iter()
                        .filter_map(|r| split_region(r))
                        .map(|(side, site)| format!("{}_{site}", side.mirror().as_str()))
                        .collect(),
                ),
                _ => v.clone(),
            };
            (k.clone(), v)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn evaluation_never_panics_and_is_deterministic(seeds in seeds()) {
        let answers = answers_from(&seeds);
        let doc = legcheck_engine::AnswersDoc { answers: answers.clone(), ..Default::default() };
        prop_assert!(legcheck_engine::answers::validate(&engine().kb, &doc).is_ok(), "generator makes valid answers");
        let first = engine().evaluate(&answers);
        let second = engine().evaluate(&answers);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn every_emergency_red_flag_yields_emergency(seeds in seeds(), which in any::<prop::sample::Index>()) {
        let flags = flags(Some(Triage::Emergency));
        let (flag, expr) = which.get(&flags);
        let answers = with_flag(flag, expr, &answers_from(&seeds));
        let result = engine().evaluate(&answers);
        prop_assert_eq!(result.triage.level, Triage::Emergency);
        // The emergency is never hidden behind the ranking: a condition named by an emergency
        // flag that holds for these answers comes first, shown as "needs urgent checking".
        let named: Vec<&str> = engine()
            .emergency_flags(&answers)
            .iter()
            .filter_map(|id| engine().kb.red_flags.iter().find(|f| f.id == *id))
            .filter_map(|f| f.condition.as_deref())
            .collect();
        let top = &result.conditions[0];
        prop_assert!(named.contains(&top.id.as_str()), "first condition {} for {} ({named:?})", top.id, flag.id);
        prop_assert_eq!(top.band, Band::Flagged);
        // And the app shows the emergency card at once.
        prop_assert!(engine().emergency_flagged(&answers), "{}", flag.id);
    }

    #[test]
    fn adding_a_red_flag_never_lowers_urgency(seeds in seeds(), which in any::<prop::sample::Index>()) {
        let flags = flags(None);
        let (flag, expr) = which.get(&flags);
        let before_answers = answers_from(&seeds);
        let before = engine().evaluate(&before_answers).triage.level;
        let answers = with_flag(flag, expr, &before_answers);
        let result = engine().evaluate(&answers);
        let after = result.triage.level;
        // Unless making the flag true also changed answers that set the level before.
        let touched: Vec<&str> = expr.ids();
        let only_added = touched.iter().all(|id| !before_answers.contains_key(id));
        prop_assert!(!only_added || after >= before, "{}: {before:?} -> {after:?}", flag.id);
        prop_assert!(after >= flag.level, "{} must give at least {:?}, got {after:?}", flag.id, flag.level);
        let reason = result.triage.set_by.iter().find(|r| r.text.as_ref() == flag.text);
        prop_assert!(reason.is_none_or(|r| !r.unsure), "{}: a yes is not unsure", flag.id);
    }

    #[test]
    fn every_ranked_condition_has_a_reason_and_a_reference(seeds in seeds()) {
        let result = engine().evaluate(&answers_from(&seeds));
        for c in &result.conditions {
            prop_assert!(!c.for_.is_empty(), "{} has no reason", c.id);
            prop_assert!(!c.refs.is_empty(), "{} has no reference", c.id);
            for r in &c.refs {
                prop_assert!(result.references.iter().any(|x| &x.id == r), "{} cites unlisted {}", c.id, r);
            }
        }
        prop_assert!(!result.triage.set_by.is_empty());
    }

    #[test]
    fn mirroring_left_and_right_mirrors_the_segments(seeds in seeds()) {
        let answers = answers_from(&seeds);
        let result = engine().evaluate(&answers);
        let mirrored = engine().evaluate(&mirror(&answers));
        prop_assert_eq!(&result.segments.left, &mirrored.segments.right);
        prop_assert_eq!(&result.segments.right, &mirrored.segments.left);
        prop_assert_eq!(result.triage.level, mirrored.triage.level);
        let ids = |r: &legcheck_engine::Assessment| r.conditions.iter().map(|c| (c.id.clone(), c.band)).collect::<Vec<_>>();
        prop_assert_eq!(ids(&result), ids(&mirrored));
    }

    #[test]
    fn dont_know_never_ranks_a_condition_above_no(seeds in seeds(), which in any::<prop::sample::Index>()) {
        let yes_no: Vec<String> = engine().kb.questions.iter()
            .filter(|q| q.kind == QuestionKind::YesNo && q.dont_know)
            .map(|q| q.id.clone())
            .collect();
        let id = which.get(&yes_no);
        let mut answers = answers_from(&seeds);
        answers.insert(id.clone(), Answer::One("no".into()));
        let with_no = engine().evaluate(&answers);
        answers.insert(id.clone(), Answer::One("dont_know".into()));
        let with_dont_know = engine().evaluate(&answers);
        for c in &with_dont_know.conditions {
            let no_band = band_of(&with_no, &c.id);
            prop_assert!(no_band.is_some_and(|b| b >= c.band), "{}: {:?} with don't know, {:?} with no ({id})", c.id, c.band, no_band);
        }
        // ...while a "don't know" to a red flag still never lowers urgency.
        prop_assert!(with_dont_know.triage.level >= with_no.triage.level);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn self_care_is_never_offered_with_urgent_or_emergency_triage(seeds in seeds()) {
        let result = engine().evaluate(&answers_from(&seeds));
        if result.triage.level >= Triage::Urgent {
            prop_assert!(result.self_care.is_empty(), "{:?}", result.self_care.iter().map(|a| &a.id).collect::<Vec<_>>());
        }
    }

    /// Whatever is answered, a result below an emergency says what should make the person act
    /// sooner (the circulation and chest signs that call for the emergency number among it),
    /// and an emergency has no "sooner" than now.
    #[test]
    fn every_result_below_an_emergency_has_a_safety_net(seeds in seeds()) {
        let result = engine().evaluate(&answers_from(&seeds));
        let ids: Vec<&str> = result.safety_net.iter().map(|a| a.id.as_str()).collect();
        if result.triage.level == Triage::Emergency {
            prop_assert!(ids.is_empty(), "{ids:?}");
        } else {
            prop_assert!(ids.contains(&"sooner_circulation") && ids.contains(&"sooner_chest"), "{ids:?}");
        }
    }

    /// For every red flag and every answer it reads that can be "I don't know": with "don't
    /// know" the level is never below "yes" minus one step, and whenever "yes" is more urgent
    /// than "no", "don't know" is too, and says the person was unsure.
    #[test]
    fn dont_know_to_a_red_flag_is_between_no_and_yes(seeds in seeds(), which in any::<prop::sample::Index>()) {
        let cases: Vec<(&legcheck_engine::model::RedFlag, Expr, String, String)> = flags(None)
            .into_iter()
            .flat_map(|(flag, expr)| {
                let tests: Vec<(String, String)> = positive_tests(&expr).into_iter()
                    .filter(|(id, _)| engine().kb.question(id).is_some_and(|q| q.dont_know && q.kind != QuestionKind::Number))
                    .map(|(id, w)| (id.to_string(), w.to_string()))
                    .collect();
                tests.into_iter().map(move |(id, w)| (flag, expr.clone(), id, w))
            })
            .collect();
        let (flag, expr, id, word) = which.get(&cases);
        let yes = with_flag(flag, expr, &answers_from(&seeds));
        // "No": any other answer the question offers.
        let other = engine().kb.question(id).unwrap().option_ids().into_iter()
            .find(|o| o != word && o != "dont_know").unwrap();
        let mut no = yes.clone();
        no.insert(id.clone(), Answer::One(other));
        let mut dont_know = yes.clone();
        dont_know.insert(id.clone(), Answer::One("dont_know".into()));
        let level = |a: &AnswerMap| engine().evaluate(a).triage.level;
        let (l_yes, l_no, l_dk) = (level(&yes), level(&no), level(&dont_know));
        prop_assert!(l_dk >= l_yes.step_down(), "{} ({id}): yes {l_yes:?}, don't know {l_dk:?}", flag.id);
        if l_yes > l_no {
            prop_assert!(l_dk > l_no, "{} ({id}): don't know {l_dk:?} is no more urgent than no {l_no:?} (yes {l_yes:?})", flag.id);
            // The unsure sign is listed as such, and an unsure reason set the level.
            let result = engine().evaluate(&dont_know);
            prop_assert!(result.triage.unsure.iter().any(|r| r.answers.contains(id) && r.unsure), "{} ({id}): listed as unsure", flag.id);
            prop_assert!(result.triage.set_by.iter().any(|r| r.unsure), "{} ({id}): an unsure sign set the level", flag.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Changing a warning sign's own answer to "yes", from "no" or "I don't know", never lowers
    /// urgency, whatever else is answered.
    #[test]
    fn answering_yes_to_a_warning_sign_never_lowers_urgency(seeds in seeds(), which in any::<prop::sample::Index>(), from in prop::sample::select(vec!["no", "dont_know"])) {
        let simple: Vec<String> = flags(None).iter()
            .filter_map(|(f, _)| f.when.strip_suffix(" = yes").map(String::from))
            .filter(|id| engine().kb.question(id).is_some())
            .collect();
        let id = which.get(&simple);
        let mut answers = answers_from(&seeds);
        answers.insert(id.clone(), Answer::One(from.into()));
        let before = engine().evaluate(&answers).triage.level;
        answers.insert(id.clone(), Answer::One("yes".into()));
        let after = engine().evaluate(&answers).triage.level;
        prop_assert!(after >= before, "{id}: {from} {before:?} -> yes {after:?}");
    }
}

#[test]
fn an_unsure_red_flag_never_falls_below_the_no_answer_default() {
    use Triage::*;
    for flag in [SelfCare, Routine, Urgent, Emergency] {
        for rest in [
            None,
            Some(SelfCare),
            Some(Routine),
            Some(Urgent),
            Some(Emergency),
        ] {
            let unsure = flag.unsure(rest);
            assert!(
                unsure <= flag.max(rest.unwrap_or(flag)),
                "{flag:?} {rest:?}"
            );
            assert!(unsure >= flag.step_down(), "{flag:?} {rest:?}");
            assert!(
                unsure >= Triage::DEFAULT.min(flag),
                "{flag:?} {rest:?}: below the default"
            );
            // More urgent than "no" (which gives `rest`, or the default) whenever "yes" is.
            let no = rest.unwrap_or(Triage::DEFAULT);
            if flag > no {
                assert!(unsure.max(no) > no, "{flag:?} {rest:?}");
            }
        }
    }
    // One unsure emergency sign alone is urgent, not an emergency (it is not weighed against
    // itself); two are an emergency, because each is weighed against the other.
    let mut answers = AnswerMap::new();
    answers.insert(
        "rf_saddle_numbness".to_string(),
        Answer::One("dont_know".into()),
    );
    assert_eq!(engine().evaluate(&answers).triage.level, Triage::Urgent);
    answers.insert(
        "rf_both_legs_weak".to_string(),
        Answer::One("dont_know".into()),
    );
    assert_eq!(engine().evaluate(&answers).triage.level, Triage::Emergency);
    // With nothing else answered, "don't know" to a routine warning sign is still routine.
    let mut answers = AnswerMap::new();
    answers.insert("feelings".to_string(), Answer::Many(vec!["cramp".into()]));
    answers.insert(
        "cramp_duration".to_string(),
        Answer::One("dont_know".into()),
    );
    assert_eq!(engine().evaluate(&answers).triage.level, Triage::Routine);
}

#[test]
fn each_side_is_the_persons_own() {
    let mut answers = AnswerMap::new();
    answers.insert("ecq_walk_pain".into(), Answer::One("yes".into()));
    answers.insert("ecq_at_rest".into(), Answer::One("no".into()));
    answers.insert("ecq_uphill".into(), Answer::One("yes".into()));
    answers.insert("ecq_stand_still".into(), Answer::One("disappears".into()));
    answers.insert("walk_relief".into(), Answer::One("standing_still".into()));
    answers.insert(
        "pain_sites".into(),
        Answer::Many(vec!["right_buttock".into()]),
    );
    let result = engine().evaluate(&answers);
    assert!(result.segments.left.is_empty());
    assert_eq!(
        result.segments.right[0].segment,
        legcheck_engine::Segment::Aortoiliac
    );
    assert_eq!(Side::Left.mirror(), Side::Right);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// The app's number reader gives what the standard library gives, to the bit, for every
    /// decimal a person or a number field can produce (up to 15 significant digits, with the
    /// power of ten they make within ±22).
    #[test]
    fn numbers_parse_exactly_as_the_standard_library(
        negative in any::<bool>(),
        whole in 0u64..1_000_000_000,
        fraction in 0u64..1_000_000,
        places in 0usize..=6,
        exponent in prop::option::of(-16i32..=16),
    ) {
        let mut text = format!("{}{whole}", if negative { "-" } else { "" });
        if places > 0 {
            let digits = format!("{fraction:06}");
            text.push('.');
            text.push_str(&digits[..places]);
        }
        if let Some(e) = exponent {
            text.push_str(&format!("e{e}"));
        }
        let expected: f64 = text.parse().unwrap();
        prop_assert_eq!(legcheck_engine::parse_num(&text).map(f64::to_bits), Some(expected.to_bits()), "{}", text);
    }
}

#[test]
fn numbers_that_are_not_numbers_are_refused() {
    use legcheck_engine::parse_num;
    for bad in [
        "", "-", "+", ".", "abc", "1e", "1e+", "NaN", "inf", "1.2.3", "12a", " 5", "1e99999",
        "--1", "0x10",
    ] {
        assert_eq!(parse_num(bad), None, "{bad:?}");
    }
    for (text, n) in [
        ("064", 64.0),
        ("+5", 5.0),
        ("1.", 1.0),
        (".5", 0.5),
        ("-0.25", -0.25),
        ("1E3", 1000.0),
        ("1e+2", 100.0),
        ("1e0002", 100.0),
        ("120", 120.0),
    ] {
        assert_eq!(parse_num(text), Some(n), "{text}");
    }
    // Far beyond 15 digits it stays close.
    let long = parse_num("123456789012345678901234.5").unwrap();
    assert!((long / 1.234_567_890_123_456_8e23 - 1.0).abs() < 1e-15);
}
