//! What a reader's keys, wheel and pointers do to the time axis, as plain
//! values: the component turns events into calls here and windows into the
//! address. Positions are along time (0.0 earliest, 1.0 latest), whichever
//! way the edition draws it.

use super::axis::{Window, PAN_STEP, ZOOM_STEP};

/// Where the axis is on screen, to turn a pointer's `clientX` into time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub left: f64,
    pub width: f64,
    /// Right-to-left editions draw the earliest date at the right edge.
    pub rtl: bool,
}

impl Frame {
    /// Where a time position is drawn, from the left (and back: the map is its own inverse).
    pub fn vis(&self, pos: f64) -> f64 {
        if self.rtl {
            1.0 - pos
        } else {
            pos
        }
    }

    /// The time position under a pointer; the middle while the axis has no width.
    pub fn along(&self, client_x: f64) -> f64 {
        if self.width > 0.0 {
            self.vis((client_x - self.left) / self.width)
        } else {
            0.5
        }
    }
}

/// A step a key or a toolbar button takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    ZoomIn,
    ZoomOut,
    Earlier,
    Later,
    Whole,
}

impl Step {
    /// The step a key stands for; the arrows move the way they point, so in a
    /// right-to-left edition ← goes towards later times.
    pub fn of_key(key: &str, rtl: bool) -> Option<Step> {
        Some(match (key, rtl) {
            ("+" | "=", _) => Step::ZoomIn,
            ("-" | "_", _) => Step::ZoomOut,
            ("ArrowLeft", false) | ("ArrowRight", true) => Step::Earlier,
            ("ArrowRight", false) | ("ArrowLeft", true) => Step::Later,
            ("0" | "Home", _) => Step::Whole,
            _ => return None,
        })
    }

    /// The window after the step, zooming about the middle.
    pub fn apply(self, shown: Window, extent: Window) -> Window {
        match self {
            Step::ZoomIn => shown.zoom(1.0 / ZOOM_STEP, 0.5, extent),
            Step::ZoomOut => shown.zoom(ZOOM_STEP, 0.5, extent),
            Step::Earlier => shown.pan(-PAN_STEP, extent),
            Step::Later => shown.pan(PAN_STEP, extent),
            Step::Whole => extent,
        }
    }
}

/// The zoom factor of one Ctrl+wheel notch: down zooms out, up zooms in.
pub fn wheel_factor(delta_y: f64) -> f64 {
    if delta_y > 0.0 {
        ZOOM_STEP
    } else {
        1.0 / ZOOM_STEP
    }
}

/// An interaction in progress: a drag that pans, or a Shift+drag that chooses a period.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gesture {
    Pan { from_x: f64, at: Window },
    Choose { from: f64, to: f64 },
}

/// The pointers down on the axis and what they are doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drag {
    pointers: Vec<(i32, f64)>,
    gesture: Option<Gesture>,
}

impl Drag {
    /// A pointer goes down at `x`. Returns whether the axis should capture it:
    /// a single press on a mark is a click on its link, not a drag.
    pub fn press(
        &mut self,
        id: i32,
        x: f64,
        on_mark: bool,
        shift: bool,
        shown: Window,
        frame: Frame,
    ) -> bool {
        self.pointers.retain(|(p, _)| *p != id);
        self.pointers.push((id, x));
        if on_mark && self.pointers.len() == 1 {
            return false;
        }
        self.gesture = Some(if shift {
            let at = frame.along(x);
            Gesture::Choose { from: at, to: at }
        } else {
            Gesture::Pan {
                from_x: x,
                at: shown,
            }
        });
        true
    }

    /// A pointer moves to `x`. Returns the window to show while the gesture
    /// lasts, if it changed: two fingers pinch-zoom about their middle, one pans.
    pub fn motion(
        &mut self,
        id: i32,
        x: f64,
        shown: Window,
        extent: Window,
        frame: Frame,
    ) -> Option<Window> {
        let slot = self.pointers.iter().position(|(p, _)| *p == id)?;
        let before = self.pointers[slot].1;
        let other = (self.pointers.len() == 2).then(|| self.pointers[1 - slot].1);
        self.pointers[slot].1 = x;
        if let Some(other) = other {
            let (d0, d1) = ((before - other).abs(), (x - other).abs());
            if d0 > 4.0 && d1 > 4.0 {
                let w = shown.zoom(d0 / d1, frame.along((x + other) / 2.0), extent);
                self.gesture = Some(Gesture::Pan { from_x: x, at: w });
                return Some(w);
            }
            return None;
        }
        match self.gesture? {
            Gesture::Pan { from_x, at } => {
                let moved = (x - from_x) / frame.width.max(1.0);
                let by = if frame.rtl { moved } else { -moved };
                (by.abs() > 0.002).then(|| at.pan(by, extent))
            }
            Gesture::Choose { from, .. } => {
                self.gesture = Some(Gesture::Choose {
                    from,
                    to: frame.along(x),
                });
                None
            }
        }
    }

    /// A pointer lifts (or is cancelled). Returns the window to write to the
    /// address: the chosen period, or where a pan left the axis (`live`).
    pub fn release(
        &mut self,
        id: i32,
        shown: Window,
        live: Option<Window>,
        extent: Window,
    ) -> Option<Window> {
        self.pointers.retain(|(p, _)| *p != id);
        match self.gesture.take()? {
            g @ Gesture::Choose { .. } => {
                let (a, b) = brush_of(g)?;
                (b - a > 0.01).then(|| {
                    Window {
                        start: shown.day_at(a),
                        end: shown.day_at(b),
                    }
                    .fit(extent)
                })
            }
            Gesture::Pan { .. } => live,
        }
    }

    /// The period being chosen, as time positions `(earlier, later)` within 0.0-1.0.
    pub fn brush(&self) -> Option<(f64, f64)> {
        self.gesture.and_then(brush_of)
    }
}

fn brush_of(g: Gesture) -> Option<(f64, f64)> {
    match g {
        Gesture::Choose { from, to } => {
            Some((from.min(to).clamp(0.0, 1.0), from.max(to).clamp(0.0, 1.0)))
        }
        Gesture::Pan { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extent() -> Window {
        Window::years(2021, 2026)
    }
    const LTR: Frame = Frame {
        left: 100.0,
        width: 1000.0,
        rtl: false,
    };
    const RTL: Frame = Frame { rtl: true, ..LTR };

    #[test]
    fn pointers_map_to_time_both_ways() {
        assert_eq!(LTR.along(100.0), 0.0);
        assert_eq!(LTR.along(1100.0), 1.0);
        assert_eq!(RTL.along(100.0), 1.0);
        assert_eq!(RTL.along(350.0), 0.75);
        assert_eq!(Frame { width: 0.0, ..LTR }.along(500.0), 0.5);
        assert!((RTL.vis(RTL.vis(0.3)) - 0.3).abs() < 1e-12);
    }

    #[test]
    fn arrows_move_the_way_they_point() {
        assert_eq!(Step::of_key("ArrowLeft", false), Some(Step::Earlier));
        assert_eq!(Step::of_key("ArrowLeft", true), Some(Step::Later));
        assert_eq!(Step::of_key("ArrowRight", true), Some(Step::Earlier));
        assert_eq!(Step::of_key("=", true), Some(Step::ZoomIn));
        assert_eq!(Step::of_key("Home", false), Some(Step::Whole));
        assert_eq!(Step::of_key("Enter", false), None);
        let e = extent();
        let zoomed = Step::ZoomIn.apply(e, e);
        assert!(zoomed.span() < e.span());
        assert!(Step::Earlier.apply(zoomed, e).start < zoomed.start);
        assert!(Step::Later.apply(zoomed, e).start > zoomed.start);
        assert_eq!(Step::Whole.apply(zoomed, e), e);
        assert_eq!(Step::ZoomOut.apply(e, e), e, "no wider than everything");
        assert!(wheel_factor(3.0) > 1.0 && wheel_factor(-3.0) < 1.0);
    }

    #[test]
    fn a_drag_pans_against_the_pointer_and_commits_on_release() {
        let e = extent();
        let shown = e.zoom(0.25, 0.5, e);
        let mut d = Drag::default();
        assert!(d.press(1, 600.0, false, false, shown, LTR));
        assert_eq!(
            d.motion(1, 601.0, shown, e, LTR),
            None,
            "a jitter is not a pan"
        );
        let live = d.motion(1, 700.0, shown, e, LTR).expect("pans");
        assert!(
            live.start < shown.start,
            "dragging right shows earlier times"
        );
        assert_eq!(d.brush(), None);
        assert_eq!(d.release(1, live, Some(live), e), Some(live));
        assert_eq!(d, Drag::default(), "nothing is left down");
        // In a right-to-left edition the same drag shows later times.
        let mut d = Drag::default();
        d.press(1, 600.0, false, false, shown, RTL);
        assert!(d.motion(1, 700.0, shown, e, RTL).unwrap().start > shown.start);
    }

    #[test]
    fn a_press_on_a_mark_is_a_click() {
        let e = extent();
        let mut d = Drag::default();
        assert!(!d.press(1, 600.0, true, false, e, LTR));
        assert_eq!(d.motion(1, 900.0, e, e, LTR), None);
        assert_eq!(d.release(1, e, None, e), None);
    }

    #[test]
    fn shift_drag_chooses_a_period() {
        let e = extent();
        let mut d = Drag::default();
        d.press(1, 300.0, false, true, e, LTR);
        d.motion(1, 100.0 + 0.6 * 1000.0, e, e, LTR);
        let (a, b) = d.brush().unwrap();
        assert!((a - 0.2).abs() < 1e-9 && (b - 0.6).abs() < 1e-9);
        let w = d.release(1, e, None, e).unwrap();
        assert!((w.start - e.day_at(0.2)).abs() < 1e-6);
        assert!((w.end - e.day_at(0.6)).abs() < 1e-6);
        // A click with Shift chooses nothing.
        d.press(2, 300.0, false, true, e, LTR);
        assert_eq!(d.release(2, e, None, e), None);
    }

    #[test]
    fn two_fingers_spreading_zoom_in_about_their_middle() {
        let e = extent();
        let mut d = Drag::default();
        d.press(1, 500.0, false, false, e, LTR);
        d.press(2, 700.0, false, false, e, LTR);
        let w = d.motion(2, 900.0, e, e, LTR).expect("a pinch zooms");
        assert!(
            (w.span() - e.span() / 2.0).abs() < 1.0,
            "twice the spread, half the span"
        );
        // The day under the fingers' middle stays under it.
        let mid = LTR.along(700.0);
        assert!((w.day_at(mid) - e.day_at(mid)).abs() < e.span() * 0.15);
        assert_eq!(d.release(2, w, Some(w), e), Some(w));
    }
}
