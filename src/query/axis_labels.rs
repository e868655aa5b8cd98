//! Where the time axis writes its labels, so that none covers another.
//!
//! Positions are along time (0.0 earliest, 1.0 latest), which is how both
//! reading directions see the axis: a label runs from its mark towards later
//! times, and the right-to-left editions draw that leftwards. Widths are
//! estimated from the text (no font is measured), so the layout is the same
//! at build time and in the browser, and a layout made for a narrow axis
//! stays free of overlaps on any wider one: marks move apart while labels
//! keep their size.

/// How wide a character of the 12 px label font is, at most, on average.
pub const CHAR_PX: f64 = 7.0;
/// The space kept between two labels in one row.
pub const GAP_PX: f64 = 6.0;
/// Longer event titles are cut, with the whole title in the mark's name.
pub const MAX_CHARS: usize = 26;
/// The narrowest axis the site is laid out for (a 360 px phone less margins).
pub const NARROW_PX: f64 = 320.0;

/// How wide a text is drawn, estimated.
pub fn text_px(s: &str) -> f64 {
    s.chars().count() as f64 * CHAR_PX
}

/// `s`, cut to `max` characters with an ellipsis where it is longer.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// A round's label, centred under its mark, in one or more lines.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundLabel {
    /// The caller's key (the index of the mark).
    pub key: usize,
    pub pos: f64,
    pub lines: Vec<String>,
}

/// Where a round's label goes: the row under the rounds lane, and the centre
/// of the label along time (moved inwards at the ends of the axis).
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedRound {
    pub key: usize,
    pub row: usize,
    pub centre: f64,
}

/// Rows for the rounds' labels: each takes the first row where it covers no
/// other, so every round is labelled; more rows are opened as needed.
pub fn place_rounds(labels: &[RoundLabel], width_px: f64) -> Vec<PlacedRound> {
    let width_px = width_px.max(1.0);
    let mut rows: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut order: Vec<&RoundLabel> = labels.iter().collect();
    order.sort_by(|a, b| a.pos.total_cmp(&b.pos).then(a.key.cmp(&b.key)));
    let mut out = Vec::with_capacity(labels.len());
    for l in order {
        let w = l.lines.iter().map(|s| text_px(s)).fold(0.0, f64::max) + GAP_PX;
        let half = (w / 2.0).min(width_px / 2.0);
        let centre_px = (l.pos * width_px).clamp(half, width_px - half);
        let span = (centre_px - half, centre_px + half);
        let row = match rows.iter().position(|r| free(r, span)) {
            Some(i) => i,
            None => {
                rows.push(Vec::new());
                rows.len() - 1
            }
        };
        rows[row].push(span);
        out.push(PlacedRound {
            key: l.key,
            row,
            centre: centre_px / width_px,
        });
    }
    out.sort_by_key(|p| p.key);
    out
}

fn free(row: &[(f64, f64)], (a, b): (f64, f64)) -> bool {
    row.iter().all(|&(x, y)| b <= x || a >= y)
}

/// An event mark: its stretch along time, its title, and how much it matters
/// (a higher priority is labelled first).
#[derive(Clone, Debug, PartialEq)]
pub struct EventSlot {
    pub key: usize,
    pub pos: f64,
    pub end: f64,
    pub title: String,
    pub priority: u8,
}

/// Which side of its mark a label is written on, along time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Towards later times (the usual place).
    After,
    /// Towards earlier times, where the axis ends too soon after the mark.
    Before,
}

/// Where an event mark goes: its row, and its label if it has room.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedEvent {
    pub key: usize,
    pub row: usize,
    /// The text written beside the mark (cut if long) and on which side.
    pub label: Option<(String, Side)>,
}

/// Marks in `rows` rows, with titles where they fit. Marks are taken by
/// priority, then in time, so the choice does not change as the window pans:
/// each gets the first row where mark and title cover nothing; failing that,
/// the first row with room for the mark alone; failing that, the row that
/// frees up first, unlabelled. A mark placed that last way may stand where an
/// earlier title runs: that title is cut short before it, or dropped, so no
/// title covers a mark.
pub fn place_events(slots: &[EventSlot], width_px: f64, rows: usize) -> Vec<PlacedEvent> {
    let width_px = width_px.max(1.0);
    let rows = rows.max(1);
    let mut taken: Vec<Vec<(f64, f64)>> = vec![Vec::new(); rows];
    let mut order: Vec<&EventSlot> = slots.iter().collect();
    order.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then(a.pos.total_cmp(&b.pos))
            .then(a.key.cmp(&b.key))
    });
    let mut out = Vec::with_capacity(slots.len());
    // Marks placed where there was no room, by row: titles must stop before them.
    let mut forced: Vec<Vec<(f64, f64)>> = vec![Vec::new(); rows];
    // Each mark's row, drawn stretch in pixels and title, for those checks.
    let mut marks: Vec<(usize, (f64, f64), String)> = Vec::with_capacity(slots.len());
    for s in order {
        let a = s.pos * width_px;
        // A mark is at least as wide as its drawn bar (10 px, round caps).
        let b = (s.end * width_px).max(a + 10.0);
        let text = shorten(&s.title, MAX_CHARS);
        let w = text_px(&text) + GAP_PX;
        let after = (a - 5.0, b + 4.0 + w);
        let before = (a - 5.0 - 4.0 - w, b + 5.0);
        let bare = (a - 5.0 - GAP_PX / 2.0, b + 5.0 + GAP_PX / 2.0);
        let mut candidates = Vec::new();
        if after.1 <= width_px {
            candidates.push((after, Some(Side::After)));
        }
        if before.0 >= 0.0 {
            candidates.push((before, Some(Side::Before)));
        }
        let labelled = candidates.iter().find_map(|&(span, side)| {
            taken
                .iter()
                .position(|r| free(r, span))
                .map(|row| (row, span, side))
        });
        let (row, span, side) = labelled
            .or_else(|| {
                taken
                    .iter()
                    .position(|r| free(r, bare))
                    .map(|row| (row, bare, None))
            })
            .unwrap_or_else(|| {
                let row = (0..rows)
                    .min_by(|&x, &y| {
                        let end = |r: usize| taken[r].iter().map(|s| s.1).fold(f64::MIN, f64::max);
                        end(x).total_cmp(&end(y))
                    })
                    .unwrap_or(0);
                // Not among the row's taken stretches (a long lane would make
                // every later check slow); titles are cut before it below.
                forced[row].push((a, b));
                (row, (0.0, 0.0), None)
            });
        if span.1 > span.0 {
            taken[row].push(span);
        }
        marks.push((row, (a, b), text.clone()));
        out.push(PlacedEvent {
            key: s.key,
            row,
            label: side.map(|side| (text, side)),
        });
    }
    for (p, (row, (a, b), _)) in out.iter_mut().zip(&marks) {
        let Some((text, side)) = p.label.take() else {
            continue;
        };
        // The room beside the mark up to the nearest mark forced into the row.
        let room = forced[*row]
            .iter()
            .filter_map(|&(x, y)| match side {
                // A mark is drawn 5 px beyond its stretch; one that reaches
                // past where the title starts bounds it.
                Side::After => (y + 5.0 > b + 4.0).then(|| (x - 5.0) - (b + 4.0)),
                Side::Before => (x - 5.0 < a - 4.0).then(|| (a - 4.0) - (y + 5.0)),
            })
            .fold(f64::INFINITY, f64::min);
        p.label = fit(&text, room).map(|t| (t, side));
    }
    // Cutting may have freed room: an untitled mark takes a title that fits
    // between its neighbours. (Quadratic; a lane holds at most MAX_MARKS
    // marks before it is drawn as counts, so only then is it skipped.)
    if out.len() <= super::axis::MAX_MARKS {
        for i in 0..out.len() {
            if out[i].label.is_some() {
                continue;
            }
            let (row, (a, b), ref text) = marks[i];
            let others: Vec<(f64, f64)> = (0..out.len())
                .filter(|&j| j != i && marks[j].0 == row)
                .flat_map(|j| {
                    let (_, (x, y), _) = marks[j];
                    let title = out[j].label.as_ref().map(|(t, side)| {
                        let w = text_px(t) + GAP_PX;
                        match side {
                            Side::After => (y + 4.0, y + 4.0 + w),
                            Side::Before => (x - 4.0 - w, x - 4.0),
                        }
                    });
                    std::iter::once((x - 5.0, y + 5.0)).chain(title)
                })
                .collect();
            // A mark drawn over another stays untitled: its title could be
            // read as the other's.
            let crowded = (0..out.len()).any(|j| {
                let (r, (x, y), _) = marks[j];
                j != i && r == row && x < b && y > a
            });
            if crowded {
                continue;
            }
            let after = others
                .iter()
                .filter(|o| o.1 > b + 4.0)
                .map(|o| o.0 - (b + 4.0))
                .fold(width_px - (b + 4.0), f64::min);
            let before = others
                .iter()
                .filter(|o| o.0 < a - 4.0)
                .map(|o| (a - 4.0) - o.1)
                .fold(a - 4.0, f64::min);
            out[i].label = fit(text, after)
                .map(|t| (t, Side::After))
                .or_else(|| fit(text, before).map(|t| (t, Side::Before)));
        }
    }
    out.sort_by_key(|p| p.key);
    out
}

/// The longest cut of `text` (a few letters at least) that `room` pixels hold.
fn fit(text: &str, room: f64) -> Option<String> {
    if text_px(text) + GAP_PX <= room {
        return Some(text.to_string());
    }
    let n = ((room - GAP_PX) / CHAR_PX).floor();
    (n >= 6.0).then(|| shorten(text, n as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rounds(positions: &[f64]) -> Vec<RoundLabel> {
        positions
            .iter()
            .enumerate()
            .map(|(i, &pos)| RoundLabel {
                key: i,
                pos,
                lines: vec![format!("Round {}", i + 1), "Dec 2023".into()],
            })
            .collect()
    }

    fn spans_of_rounds(
        labels: &[RoundLabel],
        placed: &[PlacedRound],
        w: f64,
    ) -> Vec<(usize, f64, f64)> {
        placed
            .iter()
            .map(|p| {
                let l = labels.iter().find(|l| l.key == p.key).unwrap();
                let half = (l.lines.iter().map(|s| text_px(s)).fold(0.0, f64::max)) / 2.0;
                (p.row, p.centre * w - half, p.centre * w + half)
            })
            .collect()
    }

    fn no_overlap(spans: &[(usize, f64, f64)]) -> bool {
        spans.iter().enumerate().all(|(i, a)| {
            spans[i + 1..]
                .iter()
                .all(|b| a.0 != b.0 || a.2 <= b.1 || a.1 >= b.2)
        })
    }

    #[test]
    fn every_round_is_labelled_without_overlap_even_on_a_phone() {
        // The five rounds on the 2021-2026 axis.
        let labels = rounds(&[0.28, 0.35, 0.59, 0.71, 0.83]);
        for w in [NARROW_PX, 600.0, 1200.0] {
            let placed = place_rounds(&labels, w);
            assert_eq!(placed.len(), 5);
            assert!(
                no_overlap(&spans_of_rounds(&labels, &placed, w)),
                "{w}: {placed:?}"
            );
            for p in &placed {
                let l = &labels[p.key];
                let half = text_px(&l.lines[0]) / 2.0;
                assert!(p.centre * w >= half - 1e-9 && p.centre * w <= w - half + 1e-9);
            }
        }
        // Wide enough, all share one row.
        assert!(place_rounds(&labels, 1200.0).iter().all(|p| p.row == 0));
        // Crowded on a phone: rounds 1 and 2 cannot share a row.
        let phone = place_rounds(&labels, NARROW_PX);
        assert_ne!(phone[0].row, phone[1].row);
    }

    #[test]
    fn a_narrow_layout_stays_clear_on_a_wider_axis() {
        let labels = rounds(&[0.0, 0.05, 0.1, 0.5, 0.98, 1.0]);
        let placed = place_rounds(&labels, NARROW_PX);
        for w in [NARROW_PX, 500.0, 900.0, 2000.0] {
            assert!(no_overlap(&spans_of_rounds(&labels, &placed, w)), "{w}");
        }
    }

    fn events(specs: &[(f64, &str, u8)]) -> Vec<EventSlot> {
        specs
            .iter()
            .enumerate()
            .map(|(key, &(pos, title, priority))| EventSlot {
                key,
                pos,
                end: pos,
                title: title.into(),
                priority,
            })
            .collect()
    }

    fn label_spans(slots: &[EventSlot], placed: &[PlacedEvent], w: f64) -> Vec<(usize, f64, f64)> {
        placed
            .iter()
            .filter_map(|p| {
                let (text, side) = p.label.as_ref()?;
                let a = slots[p.key].pos * w;
                let tw = text_px(text);
                Some(match side {
                    Side::After => (p.row, a, a + 9.0 + tw),
                    Side::Before => (p.row, a - 9.0 - tw, a + 5.0),
                })
            })
            .collect()
    }

    /// The first title drawn over another mark of its row, if any (a mark
    /// is drawn 5 px beyond its stretch, a title 9 px from its mark's end).
    fn covered(slots: &[EventSlot], placed: &[PlacedEvent], w: f64) -> Option<String> {
        let drawn = |k: usize| {
            let a = slots[k].pos * w;
            (a - 5.0, (slots[k].end * w).max(a + 10.0) + 5.0)
        };
        for p in placed {
            let Some((text, side)) = p.label.as_ref() else {
                continue;
            };
            let (a, b) = drawn(p.key);
            let tw = text_px(text);
            let (x, y) = match side {
                Side::After => (b - 1.0, b - 1.0 + tw),
                Side::Before => (a + 1.0 - tw, a + 1.0),
            };
            for q in placed.iter().filter(|q| q.row == p.row && q.key != p.key) {
                let (c, d) = drawn(q.key);
                if y > c && x < d {
                    return Some(format!("{text:?} covers {:?}", slots[q.key].title));
                }
            }
        }
        None
    }

    #[test]
    fn no_title_covers_a_mark_even_in_a_crowded_lane() {
        // The "founding of a group" lane of the built-in dataset, on a 1120 px axis.
        let mut slots = events(&[
            (0.112, "NRF formed", 0),
            (0.162, "Atta Mohammad Noor announces a council", 0),
            (0.229, "Afghanistan Freedom Front", 0),
            (0.275, "A group is founded", 0),
            (0.345, "Sarwar Danish forms the Assembly", 0),
            (0.357, "Freedom Corps", 0),
            (0.397, "National Resistance Council", 0),
            (0.618, "Federalist Assembly of Afghanistan", 0),
        ]);
        for (i, end) in [(0, 0.138), (2, 0.254), (4, 0.37), (6, 0.42)] {
            slots[i].end = end;
        }
        let w = 1120.0;
        let placed = place_events(&slots, w, 2);
        assert_eq!(placed.len(), slots.len());
        assert_eq!(covered(&slots, &placed, w), None);
        // Titles are cut rather than dropped where a few words fit.
        assert!(
            placed.iter().filter(|p| p.label.is_some()).count() >= 5,
            "{placed:?}"
        );
    }

    #[test]
    fn titles_are_written_where_they_fit_and_never_overlap() {
        let slots = events(&[
            (0.10, "Taliban take Kabul", 0),
            (0.12, "NRF founded", 0),
            (0.13, "A third event close by", 0),
            (0.14, "A fourth one", 0),
            (0.60, "Doha meeting", 0),
            (0.99, "Late report", 0),
        ]);
        let placed = place_events(&slots, 800.0, 3);
        assert_eq!(placed.len(), slots.len());
        assert!(no_overlap(&label_spans(&slots, &placed, 800.0)));
        // The lone events have their titles; the last is written before its mark.
        assert!(placed[4].label.is_some());
        assert_eq!(placed[5].label.as_ref().unwrap().1, Side::Before);
        // Four events within 4% of an 800 px axis: in three rows, with titles
        // on either side, all four fit, and no title covers a mark.
        assert!(placed[..4].iter().all(|p| p.label.is_some()), "{placed:?}");
        assert_eq!(covered(&slots, &placed, 800.0), None);
        assert!(placed.iter().all(|p| p.row < 3));
    }

    #[test]
    fn priority_wins_the_crowded_place_and_zooming_in_reveals_more() {
        let slots = events(&[
            (0.30, "Statement one", 0),
            (0.301, "Statement two", 0),
            (0.302, "A meeting that matters", 9),
        ]);
        let narrow = place_events(&slots, 1000.0, 1);
        assert!(narrow[2].label.is_some(), "{narrow:?}");
        assert!(narrow[0].label.is_none() && narrow[1].label.is_none());
        let count = |p: &[PlacedEvent]| p.iter().filter(|x| x.label.is_some()).count();
        // The same marks on an axis zoomed in 300 times.
        let zoomed: Vec<EventSlot> = slots
            .iter()
            .map(|s| EventSlot {
                pos: (s.pos - 0.3) * 300.0,
                end: (s.end - 0.3) * 300.0,
                ..s.clone()
            })
            .collect();
        assert_eq!(count(&narrow), 1);
        assert_eq!(count(&place_events(&zoomed, 1000.0, 1)), 3);
    }

    #[test]
    fn the_choice_is_stable_as_the_window_pans() {
        let slots = events(&[(0.2, "One", 0), (0.21, "Two", 0), (0.5, "Three", 0)]);
        let a = place_events(&slots, 600.0, 2);
        let moved: Vec<EventSlot> = slots
            .iter()
            .map(|s| EventSlot {
                pos: s.pos - 0.1,
                end: s.end - 0.1,
                ..s.clone()
            })
            .collect();
        let b = place_events(&moved, 600.0, 2);
        assert_eq!(a, b);
    }

    #[test]
    fn long_titles_are_cut() {
        let long = "A very long title of an event that goes on and on";
        let s = shorten(long, MAX_CHARS);
        assert!(s.ends_with('…'));
        assert!(s.chars().count() <= MAX_CHARS);
        assert_eq!(shorten("Short", MAX_CHARS), "Short");
    }

    #[test]
    fn ten_thousand_marks_are_laid_out_quickly_and_sparsely() {
        let slots: Vec<EventSlot> = (0..10_000)
            .map(|i| EventSlot {
                key: i,
                pos: i as f64 / 10_000.0,
                end: i as f64 / 10_000.0,
                title: format!("Event {i}"),
                priority: 0,
            })
            .collect();
        let placed = place_events(&slots, 1000.0, 3);
        assert_eq!(placed.len(), slots.len());
        let labelled = placed.iter().filter(|p| p.label.is_some()).count();
        assert!(labelled > 0 && labelled < 100, "{labelled}");
        assert!(no_overlap(&label_spans(&slots, &placed, 1000.0)));
        assert_eq!(covered(&slots, &placed, 1000.0), None);
    }
}
