//! Where the time axis draws things: the heights of its rows and lanes, the
//! anchors of its texts, and the period its toolbar names. Positions are
//! along time (0.0 earliest, 1.0 latest); `rtl` mirrors them on screen.

use super::axis::{iso, Window};
use super::axis_labels::Side;
use super::axis_lanes::{AxisLayout, Lane, LaneKey};

/// The line the rounds sit on.
pub const ROUND_Y: f64 = 42.0;
/// The first row of round labels, and the height of each row (two lines).
pub const ROUND_LABEL_TOP: f64 = 60.0;
pub const ROUND_LABEL_ROW: f64 = 36.0;
/// The height of a row of event marks (an Arabic-script line box is about 22 px).
pub const ROW: f64 = 24.0;

/// An SVG coordinate as a percentage of the axis's width (a little room
/// either side, so marks at the edges are drawn whole).
pub fn pct(pos: f64) -> String {
    format!("{:.3}%", pos.clamp(-0.01, 1.01) * 100.0)
}

/// Where the lanes below the rounds begin.
pub fn lanes_top(l: &AxisLayout) -> f64 {
    ROUND_LABEL_TOP + ROUND_LABEL_ROW * l.round_rows.max(1) as f64 + 6.0
}

/// The first row a lane's marks use: a faction's lane keeps its first row for
/// the faction's presence at the rounds.
pub fn first_row(lane: &Lane) -> usize {
    usize::from(matches!(lane.key, LaneKey::Faction(_)))
}

/// How tall a lane is drawn: its name, then its rows.
pub fn lane_height(lane: &Lane) -> f64 {
    let rows = lane
        .marks
        .iter()
        .map(|m| m.row + 1)
        .max()
        .unwrap_or(0)
        .max(usize::from(!lane.crowds.is_empty()));
    26.0 + ROW * (rows + first_row(lane)).max(1) as f64 + 8.0
}

/// The top of each lane, in order.
pub fn lane_tops(l: &AxisLayout) -> Vec<f64> {
    let mut top = lanes_top(l);
    l.lanes
        .iter()
        .map(|lane| {
            let at = top;
            top += lane_height(lane);
            at
        })
        .collect()
}

/// The whole drawing's height.
pub fn height(l: &AxisLayout) -> f64 {
    lanes_top(l) + l.lanes.iter().map(lane_height).sum::<f64>() + 4.0
}

/// A tick label's anchor: labels at the very ends stay inside the frame.
/// `at` is where it is drawn from the left; anchors are in SVG terms, which a
/// right-to-left page mirrors.
pub fn tick_anchor(at: f64, rtl: bool) -> &'static str {
    match (at < 0.03, at > 0.97, rtl) {
        (true, _, false) | (_, true, true) => "start",
        (true, _, true) | (_, true, false) => "end",
        _ => "middle",
    }
}

/// Where an event's label stands beside its mark: the time position it
/// starts from, its anchor and its offset in pixels.
pub fn event_label_at(
    side: Side,
    rtl: bool,
    pos: f64,
    end: f64,
) -> (f64, &'static str, &'static str) {
    match (side, rtl) {
        (Side::After, false) => (end.max(pos), "start", "9"),
        (Side::After, true) => (end.max(pos), "start", "-9"),
        (Side::Before, false) => (pos, "end", "-9"),
        (Side::Before, true) => (pos, "end", "9"),
    }
}

/// The window a crowd of marks between `from` and `to` opens: that stretch,
/// and as much again on each side.
pub fn crowd_window(shown: Window, from: f64, to: f64, extent: Window) -> Window {
    let pad = (to - from).max(0.02);
    Window {
        start: shown.day_at(from - pad),
        end: shown.day_at(to + pad),
    }
    .fit(extent)
}

/// What the toolbar says the axis shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Period {
    /// Everything: the first and last years.
    Whole { from: i64, to: i64 },
    /// A stretch: its first and last days (ISO).
    Span { from: String, to: String },
}

impl Period {
    pub fn of(shown: Window, extent: Window) -> Period {
        let from = iso(shown.start.round() as i64);
        let to = iso(shown.end.round() as i64 - 1);
        if shown == extent {
            let year = |d: &str| d[..4].parse().unwrap_or(0);
            Period::Whole {
                from: year(&from),
                to: year(&to),
            }
        } else {
            Period::Span { from, to }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_names_years_for_everything_and_days_for_a_stretch() {
        let e = Window::years(2022, 2026);
        assert_eq!(
            Period::of(e, e),
            Period::Whole {
                from: 2022,
                to: 2025
            }
        );
        let w = Window {
            start: e.start + 31.0,
            end: e.start + 59.0,
        };
        assert_eq!(
            Period::of(w, e),
            Period::Span {
                from: "2022-02-01".into(),
                to: "2022-02-28".into()
            }
        );
    }

    #[test]
    fn end_labels_stay_inside_the_frame() {
        assert_eq!(tick_anchor(0.0, false), "start");
        assert_eq!(tick_anchor(1.0, false), "end");
        assert_eq!(tick_anchor(0.0, true), "end");
        assert_eq!(tick_anchor(1.0, true), "start");
        assert_eq!(tick_anchor(0.5, true), "middle");
    }

    #[test]
    fn labels_stand_after_the_end_or_before_the_start() {
        assert_eq!(
            event_label_at(Side::After, false, 0.2, 0.3),
            (0.3, "start", "9")
        );
        assert_eq!(
            event_label_at(Side::After, true, 0.2, 0.1),
            (0.2, "start", "-9")
        );
        assert_eq!(
            event_label_at(Side::Before, false, 0.2, 0.3),
            (0.2, "end", "-9")
        );
    }

    #[test]
    fn a_crowd_opens_onto_itself_with_room_around() {
        let e = Window::years(2022, 2026);
        let w = crowd_window(e, 0.5, 0.6, e);
        assert!((w.start - e.day_at(0.4)).abs() < 1e-6);
        assert!((w.end - e.day_at(0.7)).abs() < 1e-6);
        // At the edge it stays inside everything.
        let w = crowd_window(e, 0.0, 0.01, e);
        assert!(w.start >= e.start);
    }

    #[test]
    fn lanes_stack_below_the_round_labels() {
        let l = AxisLayout::default();
        assert_eq!(lanes_top(&l), ROUND_LABEL_TOP + ROUND_LABEL_ROW + 6.0);
        assert!(lane_tops(&l).is_empty());
        assert_eq!(height(&l), lanes_top(&l) + 4.0);
    }
}
