//! "A new version is available": the notice offered when a new deployment of
//! the site is waiting to take over.
//!
//! Every page holds it, empty to the eye: `public/offline.js` marks
//! `<html data-update>` when the service worker has installed a new version,
//! and the stylesheet then shows the notice. The script also answers its
//! buttons (`data-update-action`), so they work before the app has started and
//! whichever page the app draws. The live region (`role="status"`) is always
//! there, so screen readers announce the notice when it appears.

use leptos::prelude::*;

use crate::site::use_texts;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let texts = use_texts();
    view! {
        <div class="update-notice" role="status">
            <div>
                <p>{texts.t("offline-update")}</p>
                <button type="button" class="update-reload" data-update-action="reload">
                    {texts.t("offline-reload")}
                </button>
                <button type="button" data-update-action="later">
                    {texts.t("offline-later")}
                </button>
            </div>
        </div>
    }
}
