//! LegCheck's user interface (Yew). It turns answers into engine calls and results into
//! screens; all clinical logic lives in `legcheck-engine`.
//!
//! - `state`: the journey as plain data plus a reducer; `journey`: where it goes next.
//! - `route`: screens as URL fragments; `persist`: browser storage; `text`: UI strings;
//!   `pwa`: the service worker and updates; `embed`: running inside a clinic's page.
//! - `app`: the root component that owns the state and synchronises URL and storage.
//! - `pages`: one file per screen; `components`: small reusable pieces.
//! - `labels`, `selection`, `summary`: pure helpers for words, selections and the text summary.

pub mod app;
pub mod components;
pub mod embed;
pub mod engine;
pub mod journey;
pub mod labels;
pub mod pages;
pub mod persist;
pub mod pwa;
pub mod route;
pub mod selection;
pub mod state;
pub mod summary;
pub mod text;
