//! The QuestionnaireResponse as typed, tolerant serde structs: only the elements the importer
//! reads, each of which accepts any JSON value. A value of the wrong type (a string where a
//! number belongs, an object where a list belongs) is kept as `Wrong` rather than failing the
//! whole parse, so the importer can refuse it naming its item. No `serde_json::Value`: the
//! app's wasm carries no generic JSON tree (docs/ARCHITECTURE.md, "Keeping the wasm small").

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// A string or a number; anything else is `Wrong`.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Scalar {
    #[default]
    Absent,
    Text(String),
    Number(f64),
    Wrong,
}

impl Scalar {
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Scalar::Text(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn number(&self) -> Option<f64> {
        match self {
            Scalar::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// An object, or `Wrong` for any other JSON value.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Object {
    #[default]
    Absent,
    Is(Box<Node>),
    Wrong,
}

/// A list of objects, or `Wrong` for anything else (a list holding anything but objects too).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum List {
    #[default]
    Absent,
    Is(Vec<Node>),
    Wrong,
}

impl List {
    /// The elements; `None` when the value is not a list of objects.
    pub(crate) fn get(&self) -> Option<&[Node]> {
        match self {
            List::Absent => Some(&[]),
            List::Is(v) => Some(v),
            List::Wrong => None,
        }
    }
}

/// Any object of a response: the resource, an item, an answer, a coding or an extension. One
/// struct for all of them, each reading only its own elements, because every struct (and every
/// list or object of one) costs the app's wasm its own copy of serde's code.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct Node {
    /// The resource's.
    pub resource_type: Scalar,
    pub questionnaire: Scalar,
    pub status: Scalar,
    /// An item's (and, for nested items, an answer's `item`).
    pub link_id: Scalar,
    pub item: List,
    pub answer: List,
    /// An answer's.
    pub value_coding: Object,
    pub value_decimal: Scalar,
    pub value_integer: Scalar,
    pub extension: List,
    /// A coding's.
    pub system: Scalar,
    pub code: Scalar,
    /// An extension's.
    pub url: Scalar,
    pub value_code: Scalar,
}

/// The most objects and lists a response may hold. Each object read becomes a `Node` of a few
/// hundred bytes, so a small file of empty objects (`[{},{},...]`) would otherwise make a tree
/// a hundred times its size, and a failed allocation aborts the app. LegCheck's own responses
/// hold a few hundred; a clinic's renderer adds a few per item.
pub const MAX_ELEMENTS: usize = 5_000;

/// How many objects and lists the JSON text opens, counted without parsing (brackets inside
/// strings are not counted), so a response with too many is refused before a tree is built.
pub fn containers(json: &str) -> usize {
    let (mut count, mut in_string, mut escaped) = (0, false, false);
    for b in json.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => count += 1,
                _ => {}
            }
        }
    }
    count
}

/// Reads and discards a list or an object, so that the rest of the document still parses.
fn skip_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

fn skip_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::Number(v as f64))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Wrong)
    }
    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Wrong)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar, A::Error> {
        skip_seq(seq).map(|()| Scalar::Wrong)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Scalar, A::Error> {
        skip_map(map).map(|()| Scalar::Wrong)
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ObjectVisitor;

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = Object;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object, A::Error> {
        Node::deserialize(MapAccessDeserializer::new(map)).map(|n| Object::Is(Box::new(n)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Object, A::Error> {
        skip_seq(seq).map(|()| Object::Wrong)
    }
    fn visit_str<E>(self, _: &str) -> Result<Object, E> {
        Ok(Object::Wrong)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Object, E> {
        Ok(Object::Wrong)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Object, E> {
        Ok(Object::Wrong)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Object, E> {
        Ok(Object::Wrong)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Object, E> {
        Ok(Object::Wrong)
    }
    fn visit_unit<E>(self) -> Result<Object, E> {
        Ok(Object::Wrong)
    }
}

impl<'de> Deserialize<'de> for Object {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ObjectVisitor)
    }
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = List;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List, A::Error> {
        let mut out = Vec::new();
        let mut wrong = false;
        while let Some(element) = seq.next_element::<Object>()? {
            match element {
                Object::Is(node) => out.push(*node),
                _ => wrong = true,
            }
        }
        Ok(if wrong { List::Wrong } else { List::Is(out) })
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<List, A::Error> {
        skip_map(map).map(|()| List::Wrong)
    }
    fn visit_str<E>(self, _: &str) -> Result<List, E> {
        Ok(List::Wrong)
    }
    fn visit_f64<E>(self, _: f64) -> Result<List, E> {
        Ok(List::Wrong)
    }
    fn visit_i64<E>(self, _: i64) -> Result<List, E> {
        Ok(List::Wrong)
    }
    fn visit_u64<E>(self, _: u64) -> Result<List, E> {
        Ok(List::Wrong)
    }
    fn visit_bool<E>(self, _: bool) -> Result<List, E> {
        Ok(List::Wrong)
    }
    fn visit_unit<E>(self) -> Result<List, E> {
        Ok(List::Wrong)
    }
}

impl<'de> Deserialize<'de> for List {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ListVisitor)
    }
}
