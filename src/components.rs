//! Small reusable UI pieces, named as nouns, with `on*` callback props.

pub mod choice_list;
pub mod error_summary;
