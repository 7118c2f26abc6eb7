//! The journey as plain data: which screen is shown and what has been answered, changed only
//! through `Action`s by the reducer. No UI code here.

use std::collections::BTreeMap;
use std::rc::Rc;

use legcheck_engine::Answer;
use yew::Reducible;

use crate::engine::engine;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question,
    Result,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub answers: BTreeMap<String, Answer>,
    /// Question ids in the order they were answered, for "Back".
    pub history: Vec<String>,
    /// The question being revisited after "Back"; `None` shows the next unanswered one.
    pub revisit: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        State {
            screen: Screen::Start,
            answers: BTreeMap::new(),
            history: Vec::new(),
            revisit: None,
        }
    }
}

pub enum Action {
    Start,
    Answer(String, Answer),
    Back,
    Restart,
}

impl State {
    /// The id of the question to show on the question screen.
    pub fn question_id(&self) -> Option<String> {
        self.revisit.clone().or_else(|| {
            engine()
                .ok()?
                .next_question(&self.answers)
                .map(|q| q.id.clone())
        })
    }

    /// The screen that follows the current answers: the next question, or the result.
    fn after_answers(&self) -> Screen {
        match engine() {
            Ok(e) if e.next_question(&self.answers).is_none() => Screen::Result,
            _ => Screen::Question,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start => {
                next.revisit = None;
                next.screen = next.after_answers();
            }
            Action::Answer(id, answer) => {
                next.answers.insert(id.clone(), answer);
                next.history.retain(|h| *h != id);
                next.history.push(id);
                if let Ok(e) = engine() {
                    let removed = e.prune(&mut next.answers);
                    next.history.retain(|h| !removed.contains(h));
                }
                next.revisit = None;
                next.screen = next.after_answers();
            }
            Action::Back => {
                // The question before the one on screen (or the last one, from the result).
                let position = match (&next.screen, &next.revisit) {
                    (Screen::Question, Some(id)) => next.history.iter().position(|h| h == id),
                    _ => Some(next.history.len()),
                };
                match position.and_then(|p| p.checked_sub(1)) {
                    Some(p) => {
                        next.revisit = Some(next.history[p].clone());
                        next.screen = Screen::Question;
                    }
                    None => {
                        next.revisit = None;
                        next.screen = Screen::Start;
                    }
                }
            }
            Action::Restart => next = State::default(),
        }
        next.into()
    }
}
