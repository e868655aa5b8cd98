//! Which lanes stay in the drawing. Undoing a filter is the commonest change
//! a reader makes (a kind on, then off again); with ten thousand events each
//! lane is hundreds of elements, so the lanes a filter just took away are
//! kept, hidden, for one change, and come back without being drawn again.

use super::axis::Window;
use super::axis_lanes::Lane;

/// A lane in the drawing: what it holds, the fingerprint it is keyed by,
/// where it starts and whether it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLane {
    pub print: u64,
    pub top: f64,
    pub shown: bool,
    pub lane: Lane,
}

/// What the drawn lanes were drawn for: the dataset (its address in memory),
/// the stretch of time and the axis's width. A lane drawn for another is
/// never kept (a zoom, a drag or a resize redraws every lane anyway).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrawnFor {
    pub dataset: u64,
    pub window: Window,
    pub width_px: f64,
}

/// The lanes to draw now: `now` (each shown, in order), with the lanes of
/// `prev` that were shown and are not among them, hidden, each after the
/// lane it followed before. Keeping the order keeps the elements where they
/// are (moving one makes the browser lay it out again). Lanes hidden in
/// `prev` are let go, so the drawing never holds more than two layouts' lanes.
pub fn keep_hidden(
    prev: Option<(DrawnFor, &[DrawnLane])>,
    drawn_for: DrawnFor,
    now: Vec<DrawnLane>,
) -> Vec<DrawnLane> {
    let prev = match prev {
        Some((was_for, prev)) if was_for == drawn_for => prev,
        _ => return now,
    };
    // Each lane to hide, under the print of the shown lane it follows.
    let mut after: Vec<(Option<u64>, DrawnLane)> = Vec::new();
    let mut anchor = None;
    for p in prev {
        if now.iter().any(|n| n.print == p.print) {
            anchor = Some(p.print);
        } else if p.shown {
            after.push((
                anchor,
                DrawnLane {
                    shown: false,
                    ..p.clone()
                },
            ));
        }
    }
    let following = |at: Option<u64>, after: &[(Option<u64>, DrawnLane)]| {
        after
            .iter()
            .filter(move |(a, _)| *a == at)
            .map(|(_, d)| d.clone())
            .collect::<Vec<_>>()
    };
    let mut out = following(None, &after);
    for n in now {
        let print = n.print;
        out.push(n);
        out.extend(following(Some(print), &after));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::EventKind;
    use crate::query::axis_lanes::{Crowd, LaneKey};
    use crate::query::timeline::Item;

    fn lane(kind: EventKind, count: usize) -> Lane {
        Lane {
            key: LaneKey::Kind(kind),
            marks: Vec::new(),
            crowds: vec![Crowd {
                from: 0.1,
                to: 0.2,
                count,
            }],
            presence: Vec::new(),
        }
    }

    fn drawn(l: Lane, top: f64) -> DrawnLane {
        DrawnLane {
            print: l.fingerprint(Item::Event),
            top,
            shown: true,
            lane: l,
        }
    }

    const FOR: DrawnFor = DrawnFor {
        dataset: 1,
        window: Window {
            start: 0.0,
            end: 100.0,
        },
        width_px: 800.0,
    };

    #[test]
    fn a_fingerprint_follows_what_is_drawn_not_where() {
        let a = lane(EventKind::Meeting, 3);
        assert_eq!(drawn(a.clone(), 0.0).print, drawn(a.clone(), 80.0).print);
        assert_ne!(
            a.fingerprint(Item::Event),
            lane(EventKind::Meeting, 4).fingerprint(Item::Event)
        );
        assert_ne!(
            a.fingerprint(Item::Event),
            lane(EventKind::Statement, 3).fingerprint(Item::Event)
        );
    }

    #[test]
    fn lanes_a_filter_took_away_are_kept_hidden_for_one_change() {
        let (m, s, r) = (
            lane(EventKind::Meeting, 3),
            lane(EventKind::Statement, 5),
            lane(EventKind::Report, 7),
        );
        let all = vec![
            drawn(m.clone(), 0.0),
            drawn(s.clone(), 40.0),
            drawn(r.clone(), 80.0),
        ];
        // Only statements: the other two stay, hidden, where they were.
        let one = keep_hidden(Some((FOR, &all)), FOR, vec![drawn(s.clone(), 0.0)]);
        let shape: Vec<(u64, bool)> = one.iter().map(|d| (d.print, d.shown)).collect();
        assert_eq!(
            shape,
            vec![
                (all[0].print, false),
                (all[1].print, true),
                (all[2].print, false)
            ]
        );
        assert_eq!(one[0].top, 0.0, "the shown lane moved up");
        // All again: nothing hidden left over, every lane where it was.
        let back = keep_hidden(Some((FOR, &one)), FOR, all.clone());
        assert_eq!(back, all);
        // Hidden lanes do not outlive the next change.
        let other = keep_hidden(Some((FOR, &one)), FOR, vec![drawn(r.clone(), 0.0)]);
        assert_eq!(
            other.iter().map(|d| (d.print, d.shown)).collect::<Vec<_>>(),
            vec![(all[1].print, false), (all[2].print, true)]
        );
    }

    #[test]
    fn nothing_is_kept_across_datasets_windows_or_widths() {
        let all = vec![
            drawn(lane(EventKind::Meeting, 3), 0.0),
            drawn(lane(EventKind::Report, 7), 40.0),
        ];
        let now = vec![drawn(lane(EventKind::Report, 7), 0.0)];
        let zoomed = DrawnFor {
            window: Window {
                start: 10.0,
                end: 50.0,
            },
            ..FOR
        };
        let other_data = DrawnFor { dataset: 2, ..FOR };
        let resized = DrawnFor {
            width_px: 390.0,
            ..FOR
        };
        assert_eq!(keep_hidden(Some((FOR, &all)), zoomed, now.clone()), now);
        assert_eq!(keep_hidden(Some((FOR, &all)), resized, now.clone()), now);
        assert_eq!(keep_hidden(Some((FOR, &all)), other_data, now.clone()), now);
        assert_eq!(keep_hidden(None, FOR, now.clone()), now);
    }
}
