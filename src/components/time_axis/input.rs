//! Keys, the wheel and pointers on the axis, turned into steps and drags
//! (`query::axis_gesture` decides what each does).

use leptos::callback::Callable;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Axis;
use crate::query::axis::Window;
use crate::query::axis_gesture::{wheel_factor, Drag, Frame, Step};

#[derive(Clone, Copy)]
pub(super) struct Input {
    pub axis: Axis,
    pub svg: NodeRef<leptos::svg::Svg>,
    /// The window a drag or pinch has got to, shown until it ends.
    pub live: RwSignal<Option<Window>>,
    pub drag: RwSignal<Drag>,
}

impl Input {
    fn frame(self) -> Frame {
        let (left, width) = self
            .svg
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.width())
            })
            .unwrap_or((0.0, 0.0));
        Frame {
            left,
            width,
            rtl: self.axis.rtl,
        }
    }

    pub fn key(self, e: ev::KeyboardEvent) {
        // Keys with a modifier are the browser's; Enter on a mark follows its link.
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if let Some(step) = Step::of_key(&e.key(), self.axis.rtl) {
            e.prevent_default();
            self.axis.step(step);
        }
    }

    pub fn wheel(self, e: ev::WheelEvent) {
        // A plain wheel scrolls the page; Ctrl/Cmd (and a trackpad pinch,
        // which browsers report as Ctrl+wheel) zooms the axis.
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        e.prevent_default();
        let a = self.axis;
        let at = self.frame().along(f64::from(e.client_x()));
        a.go.run(a.shown.get_untracked().zoom(
            wheel_factor(e.delta_y()),
            at,
            a.extent.get_untracked(),
        ));
    }

    pub fn down(self, e: ev::PointerEvent) {
        if e.button() != 0 {
            return;
        }
        let on_mark = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a").ok().flatten())
            .is_some();
        let (x, shown, frame) = (
            f64::from(e.client_x()),
            self.axis.shown.get_untracked(),
            self.frame(),
        );
        let capture = self
            .drag
            .try_update(|d| d.press(e.pointer_id(), x, on_mark, e.shift_key(), shown, frame))
            .unwrap_or(false);
        if capture {
            if let Some(el) = self.svg.get_untracked() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        }
    }

    pub fn moved(self, e: ev::PointerEvent) {
        let a = self.axis;
        let (x, shown, extent, frame) = (
            f64::from(e.client_x()),
            a.shown.get_untracked(),
            a.extent.get_untracked(),
            self.frame(),
        );
        // The brush is a memo of the drag, so a move redraws it only when the
        // period being chosen changes.
        let live = self
            .drag
            .try_update(|d| d.motion(e.pointer_id(), x, shown, extent, frame))
            .flatten();
        if live.is_some() {
            self.live.set(live);
        }
    }

    pub fn up(self, e: ev::PointerEvent) {
        let a = self.axis;
        let (shown, live, extent) = (
            a.shown.get_untracked(),
            self.live.get_untracked(),
            a.extent.get_untracked(),
        );
        let done = self
            .drag
            .try_update(|d| d.release(e.pointer_id(), shown, live, extent))
            .flatten();
        if let Some(w) = done {
            a.go.run(w);
        }
    }
}
