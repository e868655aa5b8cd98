//! A long list drawn in part: only the rows in and near the viewport exist,
//! between two spacers that keep the scroll height. Rows are measured as they
//! are drawn, so the spacers converge on the real heights.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::query::rows::{Layout, RowHeight, OVERSCAN};

#[component]
pub fn Windowed<K, R, V>(
    /// Each row's key, in order: a drawn row's height is kept under it.
    keys: Memo<Vec<K>>,
    /// Draws row `r`; its element carries `data-row` with `r`, to be measured.
    row: R,
    /// The list's class.
    class: &'static str,
) -> impl IntoView
where
    K: RowHeight + Send + Sync + 'static,
    R: Fn(usize) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let list_ref: NodeRef<leptos::html::Ol> = NodeRef::new();
    let measured: StoredValue<HashMap<K, f64>> = StoredValue::new(HashMap::new());
    // Bumped when a drawn row turns out taller or shorter than guessed.
    let remeasured = RwSignal::new(0u32);
    // The viewport, in pixels from the top of the list.
    let viewport = RwSignal::new((0.0f64, 1000.0f64));
    let read_viewport = move || {
        let Some(el) = list_ref.get_untracked() else {
            return;
        };
        let top = el.get_bounding_client_rect().top();
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(1000.0);
        let next = (-top, height);
        if viewport.get_untracked() != next {
            viewport.set(next);
        }
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| read_viewport());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| read_viewport());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    let layout = Memo::new(move |_| {
        remeasured.track();
        keys.with(|k| measured.with_value(|m| Layout::new(k, m)))
    });
    let window = Memo::new(move |_| {
        let (top, height) = viewport.get();
        layout.with(|l| l.visible(top - OVERSCAN, top + height + OVERSCAN))
    });
    // After each draw: measure the rows, and correct the layout if needed.
    Effect::new(move |_| {
        window.track();
        let Some(el) = list_ref.get() else { return };
        let children = el.children();
        let mut changed = false;
        keys.with_untracked(|keys| {
            measured.update_value(|m| {
                for i in 0..children.length() {
                    let Some(child) = children.item(i) else {
                        continue;
                    };
                    let Some(key) = child
                        .get_attribute("data-row")
                        .and_then(|r| r.parse::<usize>().ok())
                        .and_then(|r| keys.get(r))
                    else {
                        continue;
                    };
                    let h = child.get_bounding_client_rect().height();
                    if h > 0.0 && m.get(key).is_none_or(|old| (old - h).abs() > 0.5) {
                        m.insert(key.clone(), h);
                        changed = true;
                    }
                }
            });
        });
        if changed {
            remeasured.update(|n| *n += 1);
        }
        read_viewport();
    });
    view! {
        <ol class=class node_ref=list_ref>
            <li class="spacer" aria-hidden="true" style:height=move || format!("{}px", layout.with(|l| l.top(window.get().start)))></li>
            {move || window.get().map(&row).collect_view()}
            <li class="spacer" aria-hidden="true" style:height=move || format!("{}px", layout.with(|l| l.total() - l.top(window.get().end)))></li>
        </ol>
    }
}
