//! What a link contained that was not understood, said plainly.

use leptos::prelude::*;

use crate::site::use_texts;
use crate::url_state::use_url;

/// Lists the link's problems (unknown ids, bad values) in a polite live region.
#[component]
pub fn Notices() -> impl IntoView {
    let texts = use_texts();
    let url = use_url();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                let notices = url.notices.get();
                (!notices.is_empty()).then(|| {
                    let items = notices
                        .iter()
                        .map(|n| view! { <li>{n.message(texts)}</li> })
                        .collect_view();
                    view! {
                        <div class="notice">
                            <p><strong>{texts.t("notices-heading")}</strong></p>
                            <ul>{items}</ul>
                        </div>
                    }
                })
            }}
        </div>
    }
}
