//! `IdMap`: values by string id, kept in the order of their ids, and `AnswerMap`, the answers
//! given by question id; `IdSet`: ids borrowed from elsewhere, each once. They do what the
//! `BTreeMap<String, _>` and `BTreeSet<&str>` they replaced did (the same methods, iteration
//! order, JSON form, and a repeated id keeping its last value) as sorted vectors: a B-tree
//! brings its node code for each key and value type, and the one for the answers alone was
//! 9.8 KB of the app's raw wasm (docs/ARCHITECTURE.md, "Keeping the wasm small"). A journey
//! holds a few dozen answers, where a binary search and a shift are as quick. Ids in order (as
//! LegCheck writes them) are appended; a decoded map may hold at most `MAX` entries
//! (`MAX_ANSWERS` for answers), so that a hostile link with many ids out of order cannot make
//! the shifts take long (each costs up to the length of the vector).

use std::fmt;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::answers::Answer;

/// The most answers a decoded map may hold: many times the knowledge base's questions (and
/// any id it does not know is refused after decoding), few enough that building one in the
/// worst order takes well under a millisecond.
pub const MAX_ANSWERS: usize = 1000;

/// The answers given, by question id, in the order of their ids.
pub type AnswerMap = IdMap<Answer, MAX_ANSWERS>;

/// Values by id, in the order of their ids; decoding refuses more than `MAX` entries.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMap<V, const MAX: usize = { usize::MAX }>(Vec<(String, V)>);

impl<V, const MAX: usize> Default for IdMap<V, MAX> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<V, const MAX: usize> IdMap<V, MAX> {
    pub const fn new() -> Self {
        IdMap(Vec::new())
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        self.find(id).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets the value of `id`, returning the one it replaces.
    pub fn insert(&mut self, id: String, value: V) -> Option<V> {
        // Ids in order (as LegCheck writes them) are appended without a search.
        if self.0.last().is_none_or(|(last, _)| *last < id) {
            self.0.push((id, value));
            return None;
        }
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (id, value));
                None
            }
        }
    }

    /// The value of `id`, set to `default()` first if there is none (a map's
    /// `entry(id).or_insert_with(default)`).
    pub fn or_insert_with(&mut self, id: String, default: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&id) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (id, default()));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|i| self.0.remove(i).1)
    }

    /// Keeps the entries for which `keep` holds.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut V) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each id with its value, in the order of the ids.
    pub fn iter(&self) -> Iter<'_, V> {
        Iter(self.0.iter())
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }
}

/// `IdMap::iter`: pairs of references, as a map's iterator gives.
pub struct Iter<'a, V>(std::slice::Iter<'a, (String, V)>);

impl<V> Clone for Iter<'_, V> {
    fn clone(&self) -> Self {
        Iter(self.0.clone())
    }
}

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a String, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<V> DoubleEndedIterator for Iter<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k, v))
    }
}

impl<V> ExactSizeIterator for Iter<'_, V> {}

impl<'a, V, const MAX: usize> IntoIterator for &'a IdMap<V, MAX> {
    type Item = (&'a String, &'a V);
    type IntoIter = Iter<'a, V>;

    fn into_iter(self) -> Iter<'a, V> {
        self.iter()
    }
}

impl<V, const MAX: usize> IntoIterator for IdMap<V, MAX> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// A repeated id keeps the last value, as inserting one by one does.
impl<V, const MAX: usize> Extend<(String, V)> for IdMap<V, MAX> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, iter: I) {
        for (id, value) in iter {
            self.insert(id, value);
        }
    }
}

impl<V, const MAX: usize> FromIterator<(String, V)> for IdMap<V, MAX> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = IdMap::new();
        map.extend(iter);
        map
    }
}

impl<V, const MAX: usize, const N: usize> From<[(String, V); N]> for IdMap<V, MAX> {
    fn from(pairs: [(String, V); N]) -> Self {
        pairs.into_iter().collect()
    }
}

/// A JSON object, each id to its value.
impl<V: Serialize, const MAX: usize> Serialize for IdMap<V, MAX> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, V: Deserialize<'de>, const MAX: usize> Deserialize<'de> for IdMap<V, MAX> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(MapVisitor(PhantomData))
    }
}

struct MapVisitor<V, const MAX: usize>(PhantomData<V>);

impl<'de, V: Deserialize<'de>, const MAX: usize> serde::de::Visitor<'de> for MapVisitor<V, MAX> {
    type Value = IdMap<V, MAX>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = IdMap::new();
        while let Some((id, value)) = map.next_entry::<String, V>()? {
            out.insert(id, value);
            if out.len() > MAX {
                return Err(serde::de::Error::custom(format_args!(
                    "more than {MAX} entries"
                )));
            }
        }
        Ok(out)
    }
}

/// Ids borrowed from elsewhere, each once, in order: a sorted vector in place of a
/// `BTreeSet<&str>`, for the same reason as `IdMap` (the sets the engine builds while it
/// evaluates hold tens of ids).
#[derive(Debug, Default)]
pub struct IdSet<'a>(Vec<&'a str>);

impl<'a> IdSet<'a> {
    pub const fn new() -> Self {
        IdSet(Vec::new())
    }

    /// Adds `id`; false if it was already there.
    pub fn insert(&mut self, id: &'a str) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, id);
                true
            }
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.binary_search(&id).is_ok()
    }
}

impl<'a> Extend<&'a str> for IdSet<'a> {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for id in iter {
            self.insert(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    fn answer() -> impl Strategy<Value = Answer> {
        prop_oneof![
            (0u8..100).prop_map(|n| Answer::Number(f64::from(n))),
            "[a-c]{1,2}".prop_map(Answer::One),
            prop::collection::vec("[a-c]{1,2}", 0..3).prop_map(Answer::Many),
        ]
    }

    /// One step of a journey: set, remove or keep some answers.
    #[derive(Debug, Clone)]
    enum Op {
        Insert(String, Answer),
        OrInsert(String, Answer),
        Remove(String),
        Retain(String),
        /// Changes the answer in place, if there is one.
        Edit(String, Answer),
        Extend(Vec<(String, Answer)>),
        Clear,
    }

    fn op() -> impl Strategy<Value = Op> {
        let id = "[a-e]{1,2}";
        prop_oneof![
            (id, answer()).prop_map(|(k, v)| Op::Insert(k, v)),
            (id, answer()).prop_map(|(k, v)| Op::OrInsert(k, v)),
            id.prop_map(Op::Remove),
            id.prop_map(Op::Retain),
            (id, answer()).prop_map(|(k, v)| Op::Edit(k, v)),
            prop::collection::vec((id, answer()), 0..4).prop_map(Op::Extend),
            Just(Op::Clear),
        ]
    }

    proptest! {
        /// Against the `BTreeMap` it replaced: every method's result, the order of iteration
        /// and the JSON, after any sequence of changes.
        #[test]
        fn answer_map_behaves_as_the_btree_map_it_replaced(ops in prop::collection::vec(op(), 0..40)) {
            let mut ours = AnswerMap::new();
            let mut theirs: BTreeMap<String, Answer> = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Insert(k, v) => {
                        prop_assert_eq!(ours.insert(k.clone(), v.clone()), theirs.insert(k, v))
                    }
                    Op::OrInsert(k, v) => prop_assert_eq!(
                        &*ours.or_insert_with(k.clone(), || v.clone()),
                        &*theirs.entry(k).or_insert_with(|| v)
                    ),
                    Op::Remove(k) => prop_assert_eq!(ours.remove(&k), theirs.remove(&k)),
                    Op::Retain(k) => {
                        // Keeps some and changes what it keeps.
                        let keep = |id: &String, a: &mut Answer| {
                            if let Answer::Many(list) = a {
                                list.push(k.clone());
                            }
                            *id > k
                        };
                        ours.retain(keep);
                        theirs.retain(keep);
                    }
                    Op::Edit(k, v) => {
                        if let Some(a) = ours.get_mut(&k) {
                            *a = v.clone();
                        }
                        if let Some(a) = theirs.get_mut(&k) {
                            *a = v;
                        }
                    }
                    Op::Extend(pairs) => {
                        ours.extend(pairs.clone());
                        theirs.extend(pairs);
                    }
                    Op::Clear => {
                        ours.clear();
                        theirs.clear();
                    }
                }
                for k in ["a", "b", "ab", "e", "ee", "z"] {
                    prop_assert_eq!(ours.get(k), theirs.get(k));
                    prop_assert_eq!(ours.contains_key(k), theirs.contains_key(k));
                }
                prop_assert_eq!(ours.len(), theirs.len());
                prop_assert_eq!(ours.is_empty(), theirs.is_empty());
                prop_assert!(ours.iter().eq(theirs.iter()));
                prop_assert!(ours.iter().rev().eq(theirs.iter().rev()));
                prop_assert!(ours.keys().eq(theirs.keys()));
                prop_assert!(ours.values().eq(theirs.values()));
            }
            let json = serde_json::to_string(&ours).unwrap();
            prop_assert_eq!(&json, &serde_json::to_string(&theirs).unwrap());
            prop_assert_eq!(serde_json::from_str::<AnswerMap>(&json).unwrap(), ours.clone());
            prop_assert!(ours.clone().into_iter().eq(theirs.clone()));
        }

        /// Built from pairs (decoded JSON with a repeated id, `collect`, `extend`): the last
        /// answer to an id wins, as in the `BTreeMap`.
        #[test]
        fn answer_map_keeps_the_last_of_repeated_ids(pairs in prop::collection::vec(("[a-c]", answer()), 0..12)) {
            let ours: AnswerMap = pairs.iter().cloned().collect();
            let theirs: BTreeMap<String, Answer> = pairs.iter().cloned().collect();
            prop_assert!(ours.iter().eq(theirs.iter()));
            let json = format!(
                "{{{}}}",
                pairs
                    .iter()
                    .map(|(k, v)| format!("{}:{}", serde_json::to_string(k).unwrap(), serde_json::to_string(v).unwrap()))
                    .collect::<Vec<_>>()
                    .join(",")
            );
            let decoded: AnswerMap = serde_json::from_str(&json).unwrap();
            let decoded_theirs: BTreeMap<String, Answer> = serde_json::from_str(&json).unwrap();
            prop_assert!(decoded.iter().eq(decoded_theirs.iter()));
        }
    }

    /// A hostile link cannot make decoding slow: ids in the worst order (each one shifts all
    /// the others) are decoded up to `MAX_ANSWERS`, and one more is refused.
    #[test]
    fn answer_map_decodes_at_most_max_answers() {
        let json = |n: usize| {
            let ids: Vec<String> = (0..n)
                .rev()
                .map(|i| format!("\"q{i:05}\":\"yes\""))
                .collect();
            format!("{{{}}}", ids.join(","))
        };
        let most: AnswerMap = serde_json::from_str(&json(MAX_ANSWERS)).unwrap();
        assert_eq!(most.len(), MAX_ANSWERS);
        assert!(most.keys().is_sorted_by(|a, b| a < b));
        let err = serde_json::from_str::<AnswerMap>(&json(MAX_ANSWERS + 1)).unwrap_err();
        assert!(err.to_string().contains("more than 1000 entries"), "{err}");
        // Other maps have no such limit: a catalogue holds hundreds of texts (818 in Spanish).
        let texts: IdMap<String> = serde_json::from_str(&json(5 * MAX_ANSWERS)).unwrap();
        assert_eq!(texts.len(), 5 * MAX_ANSWERS);
        // A repeated id is one answer, however often it comes.
        let repeated = format!("{{{}}}", vec!["\"age\":40"; 2 * MAX_ANSWERS].join(","));
        assert_eq!(
            serde_json::from_str::<AnswerMap>(&repeated).unwrap().len(),
            1
        );
    }

    proptest! {
        /// Against the `BTreeSet<&str>` it replaced: what `insert` says and what `contains`
        /// finds, after any sequence of additions.
        #[test]
        fn id_set_behaves_as_the_btree_set_it_replaced(ids in prop::collection::vec("[a-e]{1,2}", 0..40)) {
            let mut ours = IdSet::new();
            let mut theirs = std::collections::BTreeSet::new();
            for id in &ids {
                prop_assert_eq!(ours.insert(id), theirs.insert(id.as_str()));
                for probe in ["a", "ab", "b", "e", "ee", "z"] {
                    prop_assert_eq!(ours.contains(probe), theirs.contains(probe));
                }
            }
            let mut extended = IdSet::new();
            extended.extend(ids.iter().map(String::as_str));
            prop_assert!(ours.0.iter().copied().eq(theirs.iter().copied()));
            prop_assert!(ids.iter().all(|id| extended.contains(id)));
            prop_assert_eq!(&extended.0, &ours.0);
        }
    }

    #[test]
    fn answer_map_refuses_what_is_not_an_object() {
        for bad in ["[]", "\"age\"", "3", "{\"age\": {}}", "{\"age\": true}"] {
            assert!(
                serde_json::from_str::<AnswerMap>(bad).is_err(),
                "{bad} was accepted"
            );
            assert!(serde_json::from_str::<BTreeMap<String, Answer>>(bad).is_err());
        }
    }
}
