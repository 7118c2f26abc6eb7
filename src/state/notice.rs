//! What the person is told about what happened: notices shown above the page until dismissed,
//! and how the last copy or share went (announced on the result page).

/// Messages shown above the page until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    StorageOff,
    Corrupt,
    Expired,
    Outdated(usize),
    Cleared,
    Saved,
    BadLink,
    LinkMismatch,
    LinkLoaded,
    /// Answers opened from a FHIR file, or sent by the embedding clinic (held in memory only).
    FileLoaded,
    ClinicLoaded,
    /// The address of opened answers, visited again after a reload (or Back and Forward past
    /// it): they were in memory only, and are gone.
    OpenedGone,
    /// A share link from another version of LegCheck (with this many answers left out).
    LinkOutdated(usize),
    /// A share link of this version with answers LegCheck would not ask (left out).
    LinkPruned(usize),
    /// A share link whose answers stop before the questions are done.
    LinkIncomplete,
    NoCatalogue,
    /// A new version is installed and waiting; offered with a reload button.
    UpdateReady,
}

impl Notice {
    /// The notices that describe an open share link.
    pub(super) fn is_about_a_link(&self) -> bool {
        matches!(
            self,
            Notice::LinkLoaded
                | Notice::FileLoaded
                | Notice::ClinicLoaded
                | Notice::OpenedGone
                | Notice::LinkOutdated(_)
                | Notice::LinkPruned(_)
                | Notice::LinkIncomplete
        )
    }
}

/// What was copied or shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The result as text ("Copy summary as text").
    Summary,
    /// The share link.
    Link,
}

/// How the last copy or share went, announced in a live region until the screen changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Copied(Item),
    /// The browser refused (no clipboard, or no permission): the person copies it by hand.
    CopyFailed(Item),
    Shared,
    ShareFailed,
}
