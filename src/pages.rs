//! One page per screen of the journey.

pub mod question;
pub mod result;
pub mod start;
