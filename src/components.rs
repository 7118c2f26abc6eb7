//! Small reusable UI pieces, named as nouns, with `on*` callback props.

pub mod abi_calculator;
pub mod artery_map;
pub mod body_map;
pub mod care_card;
pub mod choice_list;
pub mod clinic_step;
pub mod condition_card;
pub mod error_summary;
pub mod footer;
pub mod import_emergency;
pub mod language_picker;
pub mod notices;
pub mod open_file;
pub mod section_progress;
pub mod sources;
