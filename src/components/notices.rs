//! What a link contained that was not understood, said plainly.

use leptos::prelude::*;

use crate::url_state::use_url;

/// Lists the link's problems (unknown ids, bad values) in a polite live region.
#[component]
pub fn Notices() -> impl IntoView {
    let url = use_url();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                let notices = url.notices.get();
                (!notices.is_empty()).then(|| {
                    let items = notices
                        .iter()
                        .map(|n| view! { <li>{n.to_string()}</li> })
                        .collect_view();
                    view! {
                        <div class="notice">
                            <p><strong>"Part of this link was not understood."</strong></p>
                            <ul>{items}</ul>
                        </div>
                    }
                })
            }}
        </div>
    }
}
