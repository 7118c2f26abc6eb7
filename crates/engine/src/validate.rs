//! Consistency checks over the knowledge base, run by the test suite: every id referenced
//! exists, every question can be reached and is used, every option matters, every condition
//! has evidence and a reference.

use std::collections::{BTreeMap, BTreeSet};

use crate::answers::{Answer, AnswerMap};
use crate::expr::{Cmp, Expr};
use crate::instruments::{FACTS, READS};
use crate::model::{split_region, AdviceKind, KnowledgeBase, QuestionKind, Triage, SITES};
use crate::Engine;

/// Every derived fact (instrument results and the knowledge base's facts) with its values.
fn derived(kb: &KnowledgeBase) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = FACTS
        .iter()
        .map(|(id, values)| {
            (
                id.to_string(),
                values.iter().map(|v| v.to_string()).collect(),
            )
        })
        .collect();
    for f in &kb.facts {
        match out.iter_mut().find(|(id, _)| *id == f.id) {
            Some((_, values)) => values.push(f.value.clone()),
            None => out.push((f.id.clone(), vec![f.value.clone()])),
        }
    }
    out
}

/// Returns every problem found; an empty list means the knowledge base is consistent.
pub fn validate(engine: &Engine) -> Vec<String> {
    let kb = &engine.kb;
    let mut problems = Vec::new();
    unique_ids(kb, &mut problems);
    if !is_date(&kb.reviewed) {
        problems.push(format!(
            "reviewed must be the date the content was last reviewed, YYYY-MM-DD (found `{}`)",
            kb.reviewed
        ));
    }

    let refs: BTreeSet<&str> = kb.references.iter().map(|r| r.id.as_str()).collect();
    let conditions: BTreeSet<&str> = kb.conditions.iter().map(|c| c.id.as_str()).collect();
    let check_refs = |place: String, list: &[String], problems: &mut Vec<String>| {
        if list.is_empty() {
            problems.push(format!("{place} has no reference"));
        }
        for r in list.iter().filter(|r| !refs.contains(r.as_str())) {
            problems.push(format!("{place} cites unknown reference `{r}`"));
        }
    };
    for c in &kb.conditions {
        check_refs(format!("condition {}", c.id), &c.refs, &mut problems);
        let has_rule = kb.rules.iter().any(|r| r.condition == c.id && r.weight > 0);
        let has_flag = kb
            .red_flags
            .iter()
            .any(|f| f.condition.as_deref() == Some(c.id.as_str()));
        if !has_rule && !has_flag {
            problems.push(format!("condition {} has no rule in its favour", c.id));
        }
    }
    for (i, r) in kb.rules.iter().enumerate() {
        check_refs(
            format!("rule {i} ({})", r.condition),
            &r.refs,
            &mut problems,
        );
        if !conditions.contains(r.condition.as_str()) {
            problems.push(format!(
                "rule {i} names unknown condition `{}`",
                r.condition
            ));
        }
        if r.weight == 0 {
            problems.push(format!("rule {i} ({}) has weight 0", r.condition));
        }
        match &r.basis {
            None => problems.push(format!("rule {i} ({}) has no basis", r.condition)),
            Some(b) => match (&b.figure, &b.source, &b.judgement) {
                (Some(f), Some(source), None) if !f.trim().is_empty() => {
                    if !refs.contains(source.as_str()) {
                        problems.push(format!(
                            "rule {i} ({}): basis cites unknown reference `{source}`",
                            r.condition
                        ));
                    }
                }
                (None, None, Some(j)) if !j.trim().is_empty() => {}
                _ => problems.push(format!(
                    "rule {i} ({}): basis needs either a figure with its source, or a judgement",
                    r.condition
                )),
            },
        }
    }
    for f in &kb.red_flags {
        check_refs(format!("red flag {}", f.id), &f.refs, &mut problems);
        if let Some(c) = f.condition.as_deref().filter(|c| !conditions.contains(c)) {
            problems.push(format!("red flag {} names unknown condition `{c}`", f.id));
        }
        if f.unsure_level.is_some_and(|l| l > f.level) {
            problems.push(format!(
                "red flag {}: unsure_level cannot be above its level",
                f.id
            ));
        }
        // A flag lists its condition as "needs urgent checking"; a condition whose own care is
        // more urgent than the flag would silently raise the flag's level.
        if let Some(c) = f.condition.as_deref().and_then(|c| kb.condition(c)) {
            if c.care > f.level {
                problems.push(format!(
                    "red flag {} ({}) names {}, whose care is {}: the flag must be at least as urgent",
                    f.id,
                    f.level.as_str(),
                    c.id,
                    c.care.as_str()
                ));
            }
        }
    }
    for f in &kb.facts {
        check_refs(format!("fact {}", f.id), &f.refs, &mut problems);
        if kb.question(&f.id).is_some() {
            problems.push(format!("fact {} has the id of a question", f.id));
        }
    }
    let audiences: BTreeSet<&str> = kb.audiences.iter().map(|a| a.id.as_str()).collect();
    for a in &kb.audiences {
        check_refs(format!("audience {}", a.id), &a.refs, &mut problems);
    }
    for a in &kb.advice {
        check_refs(format!("advice {}", a.id), &a.refs, &mut problems);
        for id in a
            .only_for
            .iter()
            .chain(&a.avoid_for)
            .filter(|id| !audiences.contains(id.as_str()))
        {
            problems.push(format!("advice {} names unknown audience `{id}`", a.id));
        }
        if let Some(id) = a.only_for.iter().find(|id| a.avoid_for.contains(id)) {
            problems.push(format!("advice {} is both for and unsafe for `{id}`", a.id));
        }
        for c in a
            .for_conditions
            .iter()
            .filter(|c| !conditions.contains(c.as_str()))
        {
            problems.push(format!("advice {} names unknown condition `{c}`", a.id));
        }
        if a.for_conditions.is_empty() && a.when.is_none() && a.for_levels.is_empty() && !a.unclear
        {
            problems.push(format!("advice {} is never shown", a.id));
        }
    }
    // Every result below an emergency says what should make the person act sooner, whoever
    // is asking and whatever the cause.
    for level in [Triage::SelfCare, Triage::Routine, Triage::Urgent] {
        let netted = kb.advice.iter().any(|a| {
            a.kind == AdviceKind::SafetyNet
                && a.for_levels.contains(&level)
                && a.when.is_none()
                && a.only_for.is_empty()
                && a.avoid_for.is_empty()
                && a.max_level.is_none_or(|max| level <= max)
        });
        if !netted {
            problems.push(format!(
                "no safety-net advice for every {} result",
                level.as_str()
            ));
        }
    }
    for d in &kb.differential {
        check_refs(
            format!("differential {}", d.condition),
            &d.refs,
            &mut problems,
        );
        if !conditions.contains(d.condition.as_str()) {
            problems.push(format!(
                "differential names unknown condition `{}`",
                d.condition
            ));
        }
    }
    for m in &kb.segment_map {
        check_refs(format!("segment map {}", m.site), &m.refs, &mut problems);
        if !SITES.contains(&m.site.as_str()) {
            problems.push(format!("segment map names unknown site `{}`", m.site));
        }
    }
    if kb.scoring.possible <= 0 || kb.scoring.strong <= kb.scoring.possible {
        problems.push("scoring needs 0 < possible < strong".into());
    }
    if kb.scoring.red_flag < kb.scoring.strong {
        problems.push("scoring needs red_flag >= strong".into());
    }

    // Every expression reads existing ids with words they can take.
    let derived = derived(kb);
    let mut used: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (place, expr) in expressions(engine) {
        for (id, word) in expr.tests() {
            let unsure = word == crate::expr::DONT_KNOW || word == crate::expr::NOT_SURE;
            if unsure && !place.ends_with("ask_if") {
                problems.push(format!("{place}: only ask_if may test for `{word}`"));
            }
            used.entry(id).or_default().insert(word);
            if let Some(p) = check_test(kb, &derived, id, word) {
                problems.push(format!("{place}: {p}"));
            }
        }
    }
    // The instruments read answers too.
    for (id, word) in READS {
        used.entry(id).or_default().insert(word);
        if let Some(p) = check_test(kb, &derived, id, word) {
            problems.push(format!("instrument: {p}"));
        }
    }

    // An emergency sign must never wait for the history questions at the end: the app checks
    // after every answer and shows the emergency card at once, so every question it reads,
    // directly, through a derived fact, or through the `ask_if` of a question it reads, is
    // asked before the history stage, and it reads no instrument result.
    let reads = |ids: Vec<&str>| -> BTreeSet<String> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut todo: Vec<String> = ids.into_iter().map(String::from).collect();
        while let Some(id) = todo.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            let more: Vec<&Expr> = kb
                .facts
                .iter()
                .zip(&engine.p().facts)
                .filter(|(f, _)| f.id == id)
                .map(|(_, e)| e)
                .chain(
                    kb.questions
                        .iter()
                        .zip(&engine.p().ask_if)
                        .filter(|(q, _)| q.id == id)
                        .filter_map(|(_, e)| e.as_ref()),
                )
                .collect();
            todo.extend(more.iter().flat_map(|e| e.ids()).map(String::from));
        }
        seen
    };
    for (f, e) in kb.red_flags.iter().zip(&engine.p().red_flags) {
        if f.level != crate::Triage::Emergency {
            continue;
        }
        for id in reads(e.ids()) {
            let late = kb
                .question(&id)
                .is_some_and(|q| q.stage >= crate::model::Stage::History);
            let computed = FACTS.iter().any(|(fact, _)| *fact == id);
            if late || computed {
                problems.push(format!(
                    "emergency red flag {} reads `{id}`, which is a history question (asked last) or an instrument result",
                    f.id
                ));
            }
        }
    }

    // A question is asked only after every question its `ask_if` reads (directly or through a
    // derived fact): otherwise a later answer would send the person back to an earlier screen,
    // and Back would skip the question that opened it.
    for (i, (q, ask_if)) in kb.questions.iter().zip(&engine.p().ask_if).enumerate() {
        let Some(ask_if) = ask_if else { continue };
        for id in reads(ask_if.ids()) {
            if let Some(j) = kb.questions.iter().position(|x| x.id == id) {
                if j >= i {
                    problems.push(format!(
                        "question {} is asked only after `{id}`, which comes later",
                        q.id
                    ));
                }
            }
        }
    }

    // Questions: order, reachability, use, and no dead options.
    let mut last_stage = None;
    for (i, q) in kb.questions.iter().enumerate() {
        if last_stage.is_some_and(|s| q.stage < s) {
            problems.push(format!("question {} is out of stage order", q.id));
        }
        last_stage = Some(q.stage);
        if !reachable(engine, i) {
            problems.push(format!("question {} can never be asked", q.id));
        }
        let words = used.get(q.id.as_str());
        if words.is_none() {
            problems.push(format!("question {} is never used by any rule", q.id));
        }
        if matches!(q.kind, QuestionKind::Single | QuestionKind::Multi) {
            for o in q.options.iter().filter(|o| !o.exclusive && !o.neutral) {
                if !words.is_some_and(|w| w.contains(o.id.as_str())) {
                    problems.push(format!("option {}.{} is never used", q.id, o.id));
                }
            }
        }
        if q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi {
            if q.options.len() < 2 {
                problems.push(format!("question {} needs at least two options", q.id));
            }
        } else if !q.options.is_empty() {
            problems.push(format!("question {} is not a choice but has options", q.id));
        }
    }
    problems
}

/// A calendar date written `YYYY-MM-DD` (month 1-12, day 1-31).
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn unique_ids(kb: &KnowledgeBase, problems: &mut Vec<String>) {
    let lists: [(&str, Vec<&str>); 6] = [
        (
            "question",
            kb.questions.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "condition",
            kb.conditions.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "red flag",
            kb.red_flags.iter().map(|x| x.id.as_str()).collect(),
        ),
        ("advice", kb.advice.iter().map(|x| x.id.as_str()).collect()),
        (
            "audience",
            kb.audiences.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "reference",
            kb.references.iter().map(|x| x.id.as_str()).collect(),
        ),
    ];
    for (what, ids) in lists {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                problems.push(format!("{what} id `{id}` is used twice"));
            }
        }
    }
}

/// Every compiled expression with a place name for messages.
fn expressions(engine: &Engine) -> Vec<(String, &Expr)> {
    let kb = &engine.kb;
    let mut out = Vec::new();
    for (q, e) in kb.questions.iter().zip(&engine.p().ask_if) {
        if let Some(e) = e {
            out.push((format!("question {} ask_if", q.id), e));
        }
    }
    for (i, (r, e)) in kb.rules.iter().zip(&engine.p().rules).enumerate() {
        out.push((format!("rule {i} ({})", r.condition), e));
    }
    for (f, e) in kb.red_flags.iter().zip(&engine.p().red_flags) {
        out.push((format!("red flag {}", f.id), e));
    }
    for (a, e) in kb.advice.iter().zip(&engine.p().advice) {
        if let Some(e) = e {
            out.push((format!("advice {}", a.id), e));
        }
    }
    for (f, e) in kb.facts.iter().zip(&engine.p().facts) {
        out.push((format!("fact {}", f.id), e));
    }
    for (a, e) in kb.audiences.iter().zip(&engine.p().audiences) {
        out.push((format!("audience {}", a.id), e));
    }
    out
}

fn check_test(
    kb: &KnowledgeBase,
    derived: &[(String, Vec<String>)],
    id: &str,
    word: &str,
) -> Option<String> {
    if let Some((_, values)) = derived.iter().find(|(name, _)| name == id) {
        return (!values.iter().any(|v| v == word)).then(|| format!("`{id}` is never `{word}`"));
    }
    let Some(q) = kb.question(id) else {
        return Some(format!("unknown question or fact `{id}`"));
    };
    let ok = match q.kind {
        // A number has no words, except "I don't know" where it is offered (`age = dont_know`).
        QuestionKind::Number => word.is_empty() || (q.dont_know && word == crate::expr::DONT_KNOW),
        QuestionKind::BodyRegions => SITES.contains(&word) || split_region(word).is_some(),
        _ => q.option_ids().iter().any(|o| o == word),
    };
    (!ok).then(|| format!("`{id}` cannot be `{word}`"))
}

/// Whether some answers make question `index` active: builds a witness from the positive
/// tests of its `ask_if` (and of its prerequisites) and checks it with the real flow.
fn reachable(engine: &Engine, index: usize) -> bool {
    let mut answers = AnswerMap::new();
    let mut pending = vec![index];
    let mut seen = BTreeSet::new();
    while let Some(i) = pending.pop() {
        if !seen.insert(i) {
            continue;
        }
        if let Some(e) = &engine.p().ask_if[i] {
            witness(e, &mut answers);
        }
        for id in answers.keys() {
            if let Some(j) = engine.kb.questions.iter().position(|q| &q.id == id) {
                pending.push(j);
            }
        }
    }
    engine.is_active(index, &answers)
}

fn witness(e: &Expr, answers: &mut AnswerMap) {
    match e {
        Expr::And(items) => items.iter().for_each(|x| witness(x, answers)),
        Expr::Or(items) => witness(&items[0], answers),
        // A negated test is satisfied by leaving the question unanswered.
        Expr::Not(_) => {}
        Expr::Is(id, words) => {
            answers.insert(id.clone(), Answer::One(words[0].clone()));
        }
        Expr::Has(id, word) => {
            let region = if SITES.contains(&word.as_str()) {
                format!("left_{word}")
            } else {
                word.clone()
            };
            match answers.or_insert_with(id.clone(), || Answer::Many(Vec::new())) {
                Answer::Many(list) => list.push(region),
                other => *other = Answer::Many(vec![region]),
            }
        }
        Expr::Compare(id, cmp, n) => {
            let v = match cmp {
                Cmp::Ge | Cmp::Le => *n,
                Cmp::Gt => n + 1.0,
                Cmp::Lt => n - 1.0,
            };
            answers.insert(id.clone(), Answer::Number(v));
        }
    }
}
