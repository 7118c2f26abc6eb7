//! LegCheck's user interface (Yew). It turns answers into engine calls and results into
//! screens; all clinical logic lives in `legcheck-engine`.
//!
//! - `state`: the journey as plain data plus a reducer.
//! - `app`: the root component that owns the state and picks the page.
//! - `pages`: one file per screen.
//! - `components`: small reusable pieces with `on*` callback props.

pub mod app;
pub mod components;
pub mod engine;
pub mod labels;
pub mod pages;
pub mod state;
