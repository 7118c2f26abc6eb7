//! Notices above the page (storage off, saved data unreadable or outdated, a damaged share
//! link, ...), each dismissible and announced politely.

use yew::prelude::*;

use crate::state::Notice;
use crate::text::{ui, Lang};

pub fn notice_text(lang: Lang, notice: Notice, answers_kept: bool) -> String {
    let t = ui(lang);
    match notice {
        Notice::StorageOff => t.notice_storage_off.into(),
        Notice::Corrupt => t.notice_corrupt.into(),
        Notice::Expired => t.notice_expired.into(),
        Notice::Outdated(n) => (t.notice_outdated)(n),
        Notice::Cleared => t.notice_cleared.into(),
        Notice::Saved => t.notice_saved.into(),
        Notice::BadLink => t.notice_bad_link.into(),
        Notice::LinkMismatch => t.notice_link_mismatch.into(),
        Notice::LinkLoaded => t.notice_link_loaded.into(),
        Notice::FileLoaded => crate::text::import_ui(lang).notice[0].into(),
        Notice::ClinicLoaded => crate::text::import_ui(lang).notice[1].into(),
        Notice::OpenedGone => crate::text::import_ui(lang).gone.into(),
        Notice::LinkOutdated(n) => (t.notice_link_outdated)(n),
        Notice::LinkPruned(n) => (t.notice_link_pruned)(n),
        Notice::LinkIncomplete => t.notice_link_incomplete.into(),
        Notice::NoCatalogue => t.notice_no_catalogue.into(),
        Notice::UpdateReady if answers_kept => t.notice_update.into(),
        Notice::UpdateReady => t.notice_update_unsaved.into(),
    }
}

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct NoticesProps {
    pub lang: Lang,
    pub notices: Vec<Notice>,
    pub ondismiss: Callback<Notice>,
    /// "Reload to update", offered with `Notice::UpdateReady`.
    pub onreload: Callback<()>,
    /// Whether a reload keeps the answers (storage works and no shared link is open).
    pub answers_kept: bool,
}

pub fn notices(props: &NoticesProps) -> Html {
    let t = ui(props.lang);
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for props.notices.iter().map(|n| {
                let n = *n;
                let ondismiss = props.ondismiss.reform(move |_: MouseEvent| n);
                html! {
                    <div class="banner">
                        <p>{ notice_text(props.lang, n, props.answers_kept) }</p>
                        if n == Notice::UpdateReady {
                            <button type="button" class="button" onclick={props.onreload.reform(|_: MouseEvent| ())}>
                                { t.update_reload }
                            </button>
                        }
                        <button type="button" class="link-button" onclick={ondismiss}>{ t.dismiss }</button>
                    </div>
                }
            }) }
        </div>
    }
}
