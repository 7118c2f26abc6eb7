//! The small condition language used in the knowledge base (`ask_if`, rule `when`, red flags),
//! its parser, and its three-valued evaluation.
//!
//! ```text
//! expr  := and ("or" and)*
//! and   := unary ("and" unary)*
//! unary := "not" unary | "(" expr ")" | test
//! test  := id "=" word | id "in" "[" word ("," word)* "]" | id "has" word
//!        | id (">=" | "<=" | ">" | "<") number
//! ```
//!
//! Logic is Kleene's: an "I don't know" answer makes a test *unknown*, an unanswered question
//! makes it *false*. Because the logic is monotone, an unknown can never make an expression true
//! that a definite answer would make false, which is what the "don't know never outranks no"
//! safety property rests on (with `eval`'s rule that evidence against a condition counts when
//! it would hold had "don't know" been "no"). Only `ask_if` may name `dont_know` itself, to open
//! follow-up questions for an unsure answer.

use std::fmt;

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    False,
    Unknown,
    True,
}

impl Truth {
    pub(crate) fn not(self) -> Truth {
        match self {
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
            Truth::True => Truth::False,
        }
    }
    pub(crate) fn and(self, other: Truth) -> Truth {
        if self == Truth::False || other == Truth::False {
            Truth::False
        } else if self == Truth::True && other == Truth::True {
            Truth::True
        } else {
            Truth::Unknown
        }
    }
    pub(crate) fn or(self, other: Truth) -> Truth {
        self.not().and(other.not()).not()
    }
    fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cmp {
    Ge,
    Le,
    Gt,
    Lt,
}

/// `id = a` / `id in [a, b]` on a value: whether the answer is one of the words.
pub(crate) fn test_is(value: Option<Value<'_>>, words: &[String]) -> Truth {
    match value {
        // Only `ask_if` may name "dont_know" (validation enforces it): it opens follow-up
        // questions for an unsure answer.
        Some(Value::Choice(DONT_KNOW)) if words.iter().any(|w| w == DONT_KNOW) => Truth::True,
        Some(Value::Choice(DONT_KNOW)) => Truth::Unknown,
        Some(Value::Choice(c)) => Truth::from_bool(words.iter().any(|w| w == c)),
        _ => Truth::False,
    }
}

/// `id has a` on a value: whether a list answer contains the word.
pub(crate) fn test_has(value: Option<Value<'_>>, word: &str) -> Truth {
    match value {
        // "I am not sure" to a list leaves every other option unknown.
        Some(Value::Choices(list))
            if word != NOT_SURE && list.iter().any(|item| item == NOT_SURE) =>
        {
            Truth::Unknown
        }
        // A body site matches a region of either side (`calf` in `left_calf`); answers are
        // validated, so any `left_`/`right_` item is a region.
        Some(Value::Choices(list)) => Truth::from_bool(list.iter().any(|item| {
            item == word
                || item
                    .strip_prefix("left_")
                    .or_else(|| item.strip_prefix("right_"))
                    .is_some_and(|site| site == word)
        })),
        Some(Value::Choice(DONT_KNOW)) => Truth::Unknown,
        _ => Truth::False,
    }
}

/// `id >= n` and the like on a value.
pub(crate) fn test_compare(value: Option<Value<'_>>, cmp: Cmp, limit: f64) -> Truth {
    match value {
        Some(Value::Number(n)) => Truth::from_bool(match cmp {
            Cmp::Ge => n >= limit,
            Cmp::Le => n <= limit,
            Cmp::Gt => n > limit,
            Cmp::Lt => n < limit,
        }),
        Some(Value::Choice(DONT_KNOW)) => Truth::Unknown,
        _ => Truth::False,
    }
}

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Not(Box<Expr>),
    /// `id = a` or `id in [a, b]`: the answer is one of the words.
    Is(String, Vec<String>),
    /// `id has a`: a multiple-choice or body-map answer contains `a` (a body site matches
    /// either side; a full region id such as `left_calf` matches that side only).
    Has(String, String),
    Compare(String, Cmp, f64),
}

/// A value an expression can test, as the evaluator sees it.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    Choice(&'a str),
    Choices(&'a [String]),
    Number(f64),
}

/// Where expressions read answers and derived facts from.
pub trait Facts {
    fn value(&self, id: &str) -> Option<Value<'_>>;
}

/// The word that stands for "I don't know".
pub const DONT_KNOW: &str = "dont_know";

/// The option of a multiple-choice question that stands for "I am not sure" (exclusive).
pub const NOT_SURE: &str = "not_sure";

impl Expr {
    pub fn eval(&self, facts: &dyn Facts) -> Truth {
        match self {
            Expr::Or(items) => items.iter().fold(Truth::False, |t, e| t.or(e.eval(facts))),
            Expr::And(items) => items.iter().fold(Truth::True, |t, e| t.and(e.eval(facts))),
            Expr::Not(e) => e.eval(facts).not(),
            Expr::Is(id, words) => test_is(facts.value(id), words),
            Expr::Has(id, word) => test_has(facts.value(id), word),
            Expr::Compare(id, cmp, limit) => test_compare(facts.value(id), *cmp, *limit),
        }
    }

    /// Every `(id, word)` the expression tests; numbers give an empty word.
    pub fn tests(&self) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<(&'a str, &'a str)>) {
        match self {
            Expr::Or(items) | Expr::And(items) => items.iter().for_each(|e| e.collect(out)),
            Expr::Not(e) => e.collect(out),
            Expr::Is(id, words) => out.extend(words.iter().map(|w| (id.as_str(), w.as_str()))),
            Expr::Has(id, word) => out.push((id, word)),
            Expr::Compare(id, _, _) => out.push((id, "")),
        }
    }

    /// The distinct ids the expression reads, in order of appearance.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for (id, _) in self.tests() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

/// A parse error with the offending position.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub message: String,
    pub at: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at character {}", self.message, self.at)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Number(f64),
    Sym(&'static str),
}

fn tokenize(src: &str) -> Result<Vec<(usize, Token<'_>)>, ParseError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_lowercase() || c == '_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push((start, Token::Word(&src[start..i])));
        } else if c.is_ascii_digit() || c == '-' || c == '.' {
            let start = i;
            i += 1;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let n = crate::parse_num(&src[start..i]).ok_or_else(|| ParseError {
                message: format!("`{}` is not a number", &src[start..i]),
                at: start,
            })?;
            out.push((start, Token::Number(n)));
        } else {
            let sym = ["(", ")", "[", "]", ",", ">=", "<=", ">", "<", "="]
                .into_iter()
                .find(|s| src[i..].starts_with(s))
                .ok_or(ParseError {
                    message: format!("unexpected `{c}`"),
                    at: i,
                })?;
            out.push((i, Token::Sym(sym)));
            i += sym.len();
        }
    }
    Ok(out)
}

struct Parser<'a> {
    tokens: Vec<(usize, Token<'a>)>,
    pos: usize,
    end: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Token<'a>> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }
    fn at(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(at, _)| *at)
    }
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            message: message.into(),
            at: self.at(),
        })
    }
    fn eat_word(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Token::Word(w)) if *w == word) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn eat_sym(&mut self, sym: &str) -> bool {
        if matches!(self.peek(), Some(Token::Sym(s)) if *s == sym) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn word(&mut self, what: &str) -> Result<String, ParseError> {
        match self.peek() {
            Some(Token::Word(w)) if !["and", "or", "not", "in", "has"].contains(w) => {
                let w = w.to_string();
                self.pos += 1;
                Ok(w)
            }
            _ => self.fail(format!("expected {what}")),
        }
    }
    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut items = vec![self.and()?];
        while self.eat_word("or") {
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Expr::Or(items)
        })
    }
    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut items = vec![self.unary()?];
        while self.eat_word("and") {
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Expr::And(items)
        })
    }
    fn unary(&mut self) -> Result<Expr, ParseError> {
        if self.eat_word("not") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.eat_sym("(") {
            let e = self.or()?;
            if !self.eat_sym(")") {
                return self.fail("expected `)`");
            }
            return Ok(e);
        }
        let id = self.word("a question id")?;
        if self.eat_sym("=") {
            let w = self.word("an answer after `=`")?;
            return Ok(Expr::Is(id, vec![w]));
        }
        if self.eat_word("in") {
            if !self.eat_sym("[") {
                return self.fail("expected `[` after `in`");
            }
            let mut words = vec![self.word("an answer")?];
            while self.eat_sym(",") {
                words.push(self.word("an answer")?);
            }
            if !self.eat_sym("]") {
                return self.fail("expected `]`");
            }
            return Ok(Expr::Is(id, words));
        }
        if self.eat_word("has") {
            let w = self.word("an option or body site after `has`")?;
            return Ok(Expr::Has(id, w));
        }
        for (sym, cmp) in [
            (">=", Cmp::Ge),
            ("<=", Cmp::Le),
            (">", Cmp::Gt),
            ("<", Cmp::Lt),
        ] {
            if self.eat_sym(sym) {
                return match self.peek() {
                    Some(Token::Number(n)) => {
                        let n = *n;
                        self.pos += 1;
                        Ok(Expr::Compare(id, cmp, n))
                    }
                    _ => self.fail(format!("expected a number after `{sym}`")),
                };
            }
        }
        self.fail(format!(
            "expected `=`, `in`, `has` or a comparison after `{id}`"
        ))
    }
}

/// Parses one expression.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    let mut p = Parser {
        tokens: tokenize(src)?,
        pos: 0,
        end: src.len(),
    };
    let e = p.or()?;
    if p.pos != p.tokens.len() {
        return p.fail("unexpected text after the end of the expression");
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Map(HashMap<&'static str, &'static str>);
    impl Facts for Map {
        fn value(&self, id: &str) -> Option<Value<'_>> {
            self.0.get(id).map(|v| Value::Choice(v))
        }
    }

    #[test]
    fn parses_precedence_and_groups() {
        let e = parse("a = yes or b = no and not (c in [x, y])").unwrap();
        assert!(matches!(e, Expr::Or(ref v) if v.len() == 2));
        assert_eq!(e.ids(), vec!["a", "b", "c"]);
    }

    #[test]
    fn reports_position_of_errors() {
        let err = parse("a = yes and").unwrap_err();
        assert_eq!(err.at, 11);
        assert!(parse("a >= x").unwrap_err().message.contains("number"));
        assert!(parse("a = yes )").is_err());
        assert!(parse("a ! b").is_err());
    }

    /// Answers of every shape, for the tests below.
    struct Shaped(HashMap<&'static str, Value<'static>>);
    impl Facts for Shaped {
        fn value(&self, id: &str) -> Option<Value<'_>> {
            match self.0.get(id)? {
                Value::Choice(c) => Some(Value::Choice(c)),
                Value::Choices(l) => Some(Value::Choices(l)),
                Value::Number(n) => Some(Value::Number(*n)),
            }
        }
    }

    #[test]
    fn comparisons_hold_exactly_at_their_bounds() {
        let facts = |age: f64| Shaped(HashMap::from([("age", Value::Number(age))]));
        let t = |src: &str, age: f64| parse(src).unwrap().eval(&facts(age));
        for (src, below, at, above) in [
            ("age >= 50", Truth::False, Truth::True, Truth::True),
            ("age <= 50", Truth::True, Truth::True, Truth::False),
            ("age > 50", Truth::False, Truth::False, Truth::True),
            ("age < 50", Truth::True, Truth::False, Truth::False),
        ] {
            assert_eq!(t(src, 49.0), below, "{src} at 49");
            assert_eq!(t(src, 50.0), at, "{src} at 50");
            assert_eq!(t(src, 51.0), above, "{src} at 51");
        }
        // "I don't know" to a number is unknown to every comparison; no answer is false.
        let unsure = Shaped(HashMap::from([("age", Value::Choice(DONT_KNOW))]));
        for src in ["age >= 50", "age <= 50", "age > 50", "age < 50"] {
            assert_eq!(parse(src).unwrap().eval(&unsure), Truth::Unknown, "{src}");
            assert_eq!(parse(src).unwrap().eval(&Map(HashMap::new())), Truth::False);
        }
        // Negative and decimal numbers are read as numbers.
        assert_eq!(t("age > -1.5", 0.0), Truth::True);
        assert_eq!(t("age < 50.25", 50.2), Truth::True);
    }

    #[test]
    fn lists_with_not_sure_or_dont_know_are_unknown_for_every_other_option() {
        let not_sure = vec![NOT_SURE.to_string()];
        let facts = Shaped(HashMap::from([
            (
                "risks",
                Value::Choices(Box::leak(not_sure.into_boxed_slice())),
            ),
            ("unsure", Value::Choice(DONT_KNOW)),
            (
                "sites",
                Value::Choices(Box::leak(vec!["left_calf".to_string()].into_boxed_slice())),
            ),
        ]));
        let t = |src: &str| parse(src).unwrap().eval(&facts);
        assert_eq!(t("risks has cancer"), Truth::Unknown);
        assert_eq!(t("risks has not_sure"), Truth::True);
        assert_eq!(t("unsure has cancer"), Truth::Unknown);
        assert_eq!(t("sites has calf"), Truth::True);
        assert_eq!(t("sites has left_calf"), Truth::True);
        assert_eq!(t("sites has right_calf"), Truth::False);
        assert_eq!(t("missing has calf"), Truth::False);
    }

    #[test]
    fn the_tokenizer_reads_words_numbers_and_symbols_where_they_are() {
        let e = parse("  a_1   >=  10 and b in [x_y,z]").unwrap();
        assert_eq!(e.ids(), vec!["a_1", "b"]);
        assert_eq!(e.tests(), vec![("a_1", ""), ("b", "x_y"), ("b", "z")]);
        // Positions count from the start, whitespace included.
        assert_eq!(parse("a = yes  !").unwrap_err().at, 9);
        assert_eq!(parse("   1x").unwrap_err().at, 3);
        let err = parse("age >= 1.2.3").unwrap_err();
        assert_eq!(err.at, 7);
        assert_eq!(err.to_string(), "`1.2.3` is not a number at character 7");
    }

    #[test]
    fn kleene_logic_with_dont_know_and_missing() {
        let facts = Map(HashMap::from([("a", "yes"), ("d", DONT_KNOW)]));
        let t = |s: &str| parse(s).unwrap().eval(&facts);
        assert_eq!(t("a = yes"), Truth::True);
        assert_eq!(t("d = yes"), Truth::Unknown);
        assert_eq!(t("not d = yes"), Truth::Unknown);
        assert_eq!(t("missing = yes"), Truth::False);
        assert_eq!(t("d = yes or a = yes"), Truth::True);
        assert_eq!(t("d = yes and a = no"), Truth::False);
        assert_eq!(t("d = yes and a = yes"), Truth::Unknown);
    }
}
