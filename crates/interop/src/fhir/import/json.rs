//! The QuestionnaireResponse as typed, tolerant serde structs: only the elements the importer
//! reads, each of which accepts any JSON value. A value of the wrong type (a string where a
//! number belongs, an object where a list belongs) is kept as `Wrong` rather than failing the
//! whole parse, so the importer can refuse it naming its item. No `serde_json::Value`: the
//! app's wasm carries no generic JSON tree (docs/ARCHITECTURE.md, "Keeping the wasm small").

use std::fmt;
use std::marker::PhantomData;

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

/// An object read as `T`, or `Wrong` for any other JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Object<T> {
    Absent,
    Is(T),
    Wrong,
}

impl<T> Default for Object<T> {
    fn default() -> Self {
        Object::Absent
    }
}

/// A list of objects, or `Wrong` for anything else (a list holding anything but objects too).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum List<T> {
    Absent,
    Is(Vec<T>),
    Wrong,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List::Absent
    }
}

impl<T> List<T> {
    /// The elements; `None` when the value is not a list of objects.
    pub(crate) fn get(&self) -> Option<&[T]> {
        match self {
            List::Absent => Some(&[]),
            List::Is(v) => Some(v),
            List::Wrong => None,
        }
    }
}

/// The resource: only what the importer reads.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Resource {
    #[serde(default)]
    pub resource_type: Scalar,
    #[serde(default)]
    pub questionnaire: Scalar,
    #[serde(default)]
    pub status: Scalar,
    #[serde(default)]
    pub item: List<Item>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Item {
    #[serde(default)]
    pub link_id: Scalar,
    #[serde(default)]
    pub answer: List<AnswerValue>,
    #[serde(default)]
    pub item: List<Item>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AnswerValue {
    #[serde(default)]
    pub value_coding: Object<Coding>,
    #[serde(default)]
    pub value_decimal: Scalar,
    #[serde(default)]
    pub value_integer: Scalar,
    #[serde(default)]
    pub extension: List<Extension>,
    #[serde(default)]
    pub item: List<Item>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct Coding {
    #[serde(default)]
    pub system: Scalar,
    #[serde(default)]
    pub code: Scalar,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct Extension {
    #[serde(default)]
    pub url: Scalar,
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

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = Object<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Object::Is)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Object<T>, A::Error> {
        skip_seq(seq).map(|()| Object::Wrong)
    }
    fn visit_str<E>(self, _: &str) -> Result<Object<T>, E> {
        Ok(Object::Wrong)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Object<T>, E> {
        Ok(Object::Wrong)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Object<T>, E> {
        Ok(Object::Wrong)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Object<T>, E> {
        Ok(Object::Wrong)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Object<T>, E> {
        Ok(Object::Wrong)
    }
    fn visit_unit<E>(self) -> Result<Object<T>, E> {
        Ok(Object::Wrong)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ObjectVisitor(PhantomData))
    }
}

struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = List<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
        let mut out = Vec::new();
        let mut wrong = false;
        while let Some(element) = seq.next_element::<Object<T>>()? {
            match element {
                Object::Is(t) => out.push(t),
                _ => wrong = true,
            }
        }
        Ok(if wrong { List::Wrong } else { List::Is(out) })
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<List<T>, A::Error> {
        skip_map(map).map(|()| List::Wrong)
    }
    fn visit_str<E>(self, _: &str) -> Result<List<T>, E> {
        Ok(List::Wrong)
    }
    fn visit_f64<E>(self, _: f64) -> Result<List<T>, E> {
        Ok(List::Wrong)
    }
    fn visit_i64<E>(self, _: i64) -> Result<List<T>, E> {
        Ok(List::Wrong)
    }
    fn visit_u64<E>(self, _: u64) -> Result<List<T>, E> {
        Ok(List::Wrong)
    }
    fn visit_bool<E>(self, _: bool) -> Result<List<T>, E> {
        Ok(List::Wrong)
    }
    fn visit_unit<E>(self) -> Result<List<T>, E> {
        Ok(List::Wrong)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ListVisitor(PhantomData))
    }
}
