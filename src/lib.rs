//! LegCheck's user interface (Yew). It turns answers into engine calls and results into
//! screens; all clinical logic lives in `legcheck-engine`.
//!
//! - `state`: the journey as a pure state machine, `reduce(state, action, engine) -> (state,
//!   effects)`; `startup`: the first state; `journey`: where it goes next.
//! - `runtime`: the state machine inside Yew, and the one hook that runs its effects.
//! - `route`: screens as URL fragments; `persist`: browser storage; `text`: UI strings;
//!   `pwa`: the service worker and updates; `embed`: running inside a clinic's page.
//! - `boot`: the root component: fetches the knowledge base, shows the start and text pages
//!   meanwhile on a first visit, then mounts `app`.
//! - `app`: the journey's component that holds the state machine and picks the page.
//! - `pages`: one file per screen; `components`: small reusable pieces.
//! - `labels`, `selection`, `summary`: pure helpers for words, selections and the text summary;
//!   `care`: the care cards' words and the emergency number to call; `contact`: how to reach
//!   the people who run this copy; `clipboard`: copying and the phone's share sheet.
//! - `shell` (feature `prerender`): the start page as the build draws it into index.html.

pub mod abi_form;
pub mod app;
pub mod boot;
pub mod care;
pub mod clipboard;
pub mod components;
pub mod contact;
pub mod embed;
pub mod engine;
pub mod journey;
pub mod labels;
pub mod pages;
pub mod persist;
pub mod pwa;
pub mod route;
pub mod runtime;
pub mod selection;
#[cfg(feature = "prerender")]
pub mod shell;
pub mod startup;
pub mod state;
pub mod summary;
pub mod text;
