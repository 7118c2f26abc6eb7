//! Expressions compiled against the knowledge base's ids for evaluation: every id an
//! expression reads becomes a slot, so one evaluation reads each answer once and every test
//! indexes it, instead of looking an id up for every test (about a thousand per evaluation).
//! The tests themselves are `expr`'s (`test_is`, `test_has`, `test_compare`), so the compiled
//! form cannot drift from the language it compiles.

use std::collections::HashMap;

use crate::answers::{Answer, AnswerMap};
use crate::expr::{test_compare, test_has, test_is, Cmp, Expr, Truth, Value};
use crate::id_map::IdMap;

/// The ids expressions read, each with its slot number.
#[derive(Debug, Clone, Default)]
pub(crate) struct Slots {
    ids: Vec<String>,
    index: HashMap<String, usize>,
}

impl Slots {
    fn slot(&mut self, id: &str) -> usize {
        if let Some(&i) = self.index.get(id) {
            return i;
        }
        self.ids.push(id.to_string());
        self.index.insert(id.to_string(), self.ids.len() - 1);
        self.ids.len() - 1
    }

    /// Every slot's value for these answers and derived facts (an answer wins over a fact of
    /// the same id, as in `AnswerFacts`).
    pub(crate) fn values<'a>(
        &self,
        answers: &'a AnswerMap,
        derived: &'a IdMap<String>,
    ) -> Vec<Option<Value<'a>>> {
        self.ids
            .iter()
            .map(|id| match answers.get(id) {
                Some(Answer::One(v)) => Some(Value::Choice(v)),
                Some(Answer::Many(v)) => Some(Value::Choices(v)),
                Some(Answer::Number(n)) => Some(Value::Number(*n)),
                None => derived.get(id).map(|v| Value::Choice(v)),
            })
            .collect()
    }
}

/// The values as they would be had every "I don't know" been "no" (and every "not sure" list
/// empty): `AssumeNo` for slots.
pub(crate) fn assume_no<'a>(values: &[Option<Value<'a>>]) -> Vec<Option<Value<'a>>> {
    values
        .iter()
        .map(|v| crate::answers::assume_no(*v))
        .collect()
}

/// An expression whose ids are slots.
#[derive(Debug, Clone)]
pub(crate) enum Compiled {
    Or(Vec<Compiled>),
    And(Vec<Compiled>),
    Not(Box<Compiled>),
    Is(usize, Vec<String>),
    Has(usize, String),
    Compare(usize, Cmp, f64),
}

impl Compiled {
    pub(crate) fn new(expr: &Expr, slots: &mut Slots) -> Compiled {
        match expr {
            Expr::Or(items) => {
                Compiled::Or(items.iter().map(|e| Compiled::new(e, slots)).collect())
            }
            Expr::And(items) => {
                Compiled::And(items.iter().map(|e| Compiled::new(e, slots)).collect())
            }
            Expr::Not(e) => Compiled::Not(Box::new(Compiled::new(e, slots))),
            Expr::Is(id, words) => Compiled::Is(slots.slot(id), words.clone()),
            Expr::Has(id, word) => Compiled::Has(slots.slot(id), word.clone()),
            Expr::Compare(id, cmp, n) => Compiled::Compare(slots.slot(id), *cmp, *n),
        }
    }

    pub(crate) fn eval(&self, values: &[Option<Value<'_>>]) -> Truth {
        match self {
            Compiled::Or(items) => items.iter().fold(Truth::False, |t, e| t.or(e.eval(values))),
            Compiled::And(items) => items.iter().fold(Truth::True, |t, e| t.and(e.eval(values))),
            Compiled::Not(e) => e.eval(values).not(),
            Compiled::Is(slot, words) => test_is(values[*slot], words),
            Compiled::Has(slot, word) => test_has(values[*slot], word),
            Compiled::Compare(slot, cmp, n) => test_compare(values[*slot], *cmp, *n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{AnswerFacts, AssumeNo};
    use crate::instruments::{AbiInput, Instruments};
    use crate::Engine;

    /// Every answer set of the clinical vignettes, with the clinician-measured ABI pressures of
    /// those that have them.
    fn vignette_answers() -> Vec<(AnswerMap, Option<AbiInput>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
        let answers: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .map(|p| {
                let v: toml::Value = toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
                let abi = v.get("abi").map(|a| a.clone().try_into().unwrap());
                (v["answers"].clone().try_into().unwrap(), abi)
            })
            .collect();
        assert!(answers.iter().filter(|(_, abi)| abi.is_some()).count() >= 3);
        answers
    }

    /// The compiled form gives what the expression itself gives, for every rule, red flag,
    /// advice and audience, on every vignette, and so does "I don't know" read as "no".
    #[test]
    fn compiled_expressions_agree_with_the_language() {
        let engine = Engine::embedded().unwrap();
        let p = engine.p();
        assert_eq!(p.compiled_rules.len(), p.rules.len());
        assert_eq!(p.compiled_flags.len(), p.red_flags.len());
        assert_eq!(p.compiled_audiences.len(), p.audiences.len());
        assert_eq!(p.compiled_advice.len(), p.advice.len());
        for (e, c) in p.advice.iter().zip(&p.compiled_advice) {
            assert_eq!(e.is_some(), c.is_some());
        }
        let pairs: Vec<(&Expr, &Compiled)> = p
            .rules
            .iter()
            .zip(&p.compiled_rules)
            .chain(p.red_flags.iter().zip(&p.compiled_flags))
            .chain(p.audiences.iter().zip(&p.compiled_audiences))
            .chain(
                p.advice
                    .iter()
                    .zip(&p.compiled_advice)
                    .filter_map(|(e, c)| Some((e.as_ref()?, c.as_ref()?))),
            )
            .collect();
        let with_when = p.advice.iter().flatten().count();
        assert_eq!(
            pairs.len(),
            p.rules.len() + p.red_flags.len() + p.audiences.len() + with_when
        );
        let mut checked = 0;
        for (answers, abi) in vignette_answers() {
            let derived = engine.facts(&answers, &Instruments::run(&answers, abi.as_ref()));
            let facts = AnswerFacts {
                answers: &answers,
                derived: &derived,
            };
            let values = p.slots.values(&answers, &derived);
            let no = assume_no(&values);
            for (expr, compiled) in &pairs {
                assert_eq!(compiled.eval(&values), expr.eval(&facts), "{expr:?}");
                assert_eq!(compiled.eval(&no), expr.eval(&AssumeNo(&facts)), "{expr:?}");
                checked += 1;
            }
        }
        assert!(checked > 50_000, "{checked}");
    }
}
