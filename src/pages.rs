//! One page per screen of the journey.

pub mod accessibility;
pub mod check;
pub mod clinicians;
pub mod emergency;
pub mod loading;
pub mod not_found;
pub mod privacy;
pub mod question;
pub mod red_flags;
pub mod result;
pub mod start;
