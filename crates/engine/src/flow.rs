//! The adaptive question flow: which questions are active given the answers so far, which one
//! comes next, how far along the person is, and which answers an edit has made irrelevant.

use crate::answers::{Answer, AnswerFacts, AnswerMap};
use crate::expr::Truth;
use crate::id_map::IdMap;
use crate::model::Question;
use crate::Engine;

/// Where the person is in the questionnaire. `total` is an estimate that can grow or shrink
/// as later questions adapt to earlier answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Engine {
    /// Whether `question` should be asked, given `answers`. Only a definite "true" asks it, so
    /// an "I don't know" never opens a line of follow-up questions.
    pub fn is_active(&self, index: usize, answers: &AnswerMap) -> bool {
        let derived = self.derive(answers);
        self.is_active_with(index, answers, &derived)
    }

    fn is_active_with(&self, index: usize, answers: &AnswerMap, derived: &IdMap<String>) -> bool {
        let facts = AnswerFacts { answers, derived };
        self.p().ask_if[index]
            .as_ref()
            .is_none_or(|e| e.eval(&facts) == Truth::True)
    }

    /// The questions to ask for these answers, in order.
    pub fn active_questions(&self, answers: &AnswerMap) -> Vec<&Question> {
        let derived = self.derive(answers);
        self.kb
            .questions
            .iter()
            .enumerate()
            .filter(|(i, _)| self.is_active_with(*i, answers, &derived))
            .map(|(_, q)| q)
            .collect()
    }

    /// The first active question not yet answered; `None` means the person can see a result.
    pub fn next_question(&self, answers: &AnswerMap) -> Option<&Question> {
        self.active_questions(answers)
            .into_iter()
            .find(|q| !answers.contains_key(&q.id))
    }

    pub fn progress(&self, answers: &AnswerMap) -> Progress {
        let active = self.active_questions(answers);
        let answered = active
            .iter()
            .filter(|q| answers.contains_key(&q.id))
            .count();
        Progress {
            answered,
            total: active.len(),
        }
    }

    /// Removes answers to questions that are no longer asked (after an edit changed the path),
    /// repeating until nothing changes. Returns the ids removed.
    pub fn prune(&self, answers: &mut AnswerMap) -> Vec<String> {
        let mut removed = Vec::new();
        loop {
            let active: Vec<String> = self
                .active_questions(answers)
                .iter()
                .map(|q| q.id.clone())
                .collect();
            let stale: Vec<String> = answers
                .keys()
                .filter(|id| !active.contains(id))
                .cloned()
                .collect();
            if stale.is_empty() {
                return removed;
            }
            for id in stale {
                answers.remove(&id);
                removed.push(id);
            }
        }
    }
}

impl Engine {
    /// The red-flag questions whose "yes" alone means an emergency, in asking order: the app
    /// asks them together on one screen, straight after the person's age. Only yes/no questions
    /// of the red-flags stage that are always asked qualify; emergency flags that need more
    /// (a follow-up, an injury, a joint) are shown the moment their last answer makes them true.
    pub fn emergency_questions(&self) -> Vec<&Question> {
        self.emergency_question_indexes()
            .iter()
            .map(|&i| &self.kb.questions[i])
            .collect()
    }

    /// Works out `emergency_questions`, once (`Engine::emergency_question_indexes`).
    pub(crate) fn find_emergency_questions(&self) -> Vec<usize> {
        self.kb
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| {
                q.stage == crate::model::Stage::RedFlags
                    && q.kind == crate::model::QuestionKind::YesNo
                    && q.ask_if.is_none()
            })
            .filter(|(_, q)| {
                let answers = AnswerMap::from([(q.id.clone(), Answer::One("yes".into()))]);
                !self.emergency_flags(&answers).is_empty()
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Whether any emergency red flag is answered "yes".
    pub fn emergency_flagged(&self, answers: &AnswerMap) -> bool {
        !self.emergency_flags(answers).is_empty()
    }

    /// The question ids a red flag reads (empty for an unknown id).
    pub fn red_flag_reads(&self, id: &str) -> Vec<&str> {
        self.kb
            .red_flags
            .iter()
            .position(|f| f.id == id)
            .map(|i| self.p().red_flags[i].ids())
            .unwrap_or_default()
    }

    /// The emergency red flags answered "yes", by id: each shows the emergency card as soon
    /// as it is answered, whatever else is still unanswered.
    pub fn emergency_flags(&self, answers: &AnswerMap) -> Vec<&str> {
        let derived = self.derive(answers);
        let facts = AnswerFacts {
            answers,
            derived: &derived,
        };
        self.kb
            .red_flags
            .iter()
            .zip(&self.p().red_flags)
            .filter(|(f, e)| f.level == crate::Triage::Emergency && e.eval(&facts) == Truth::True)
            .map(|(f, _)| f.id.as_str())
            .collect()
    }
}
