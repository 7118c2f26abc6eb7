//! LegCheck interoperability: everything that carries answers and results between LegCheck and
//! the outside world, over the clinical engine (`legcheck-engine`): FHIR R4 resources (`fhir`),
//! share links (`share`), the saved-state format (`saved`) and the embedding API's messages
//! (`embed`). Pure Rust, no web crates: everything here runs and is tested natively.
//!
//! The engine decides what a set of answers means; this crate only encodes, decodes and checks
//! what crosses the boundary, and names the field at fault when something is refused.

pub mod embed;
pub mod fhir;
pub mod saved;
pub mod share;

/// Number text, from the engine (its validation messages and rule language need it too).
pub use legcheck_engine::{fmt_num, parse_num};
