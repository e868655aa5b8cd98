//! The timeline list as rows (year headings and items), and which rows a
//! window onto a long list draws: only those in or near the viewport, so the
//! number of elements stays the same whatever the number of events.

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

use super::timeline::{Item, Placed};

/// Lists of up to this many items are drawn whole (and read whole without
/// JavaScript); longer ones are windowed.
pub const WINDOW_FROM: usize = 200;
/// Rows drawn above and below the viewport, in pixels.
pub const OVERSCAN: f64 = 800.0;

/// One row of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    Year(i32),
    /// Index into the placed items.
    Item(usize),
}

/// Year headings before each year's items.
pub fn rows(placed: &[Placed]) -> Vec<Row> {
    let mut out = Vec::with_capacity(placed.len() + 8);
    let mut year = None;
    for (i, p) in placed.iter().enumerate() {
        if year != Some(p.start.year) {
            year = Some(p.start.year);
            out.push(Row::Year(p.start.year));
        }
        out.push(Row::Item(i));
    }
    out
}

/// What a row is, for its height: measured heights are kept per key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKey {
    Year(i32),
    Item(Item),
}

impl RowKey {
    pub fn of(row: Row, placed: &[Placed]) -> RowKey {
        match row {
            Row::Year(y) => RowKey::Year(y),
            Row::Item(i) => RowKey::Item(placed[i].item),
        }
    }
}

/// The key of a row of a windowed list: a drawn row's measured height is
/// kept under it, and a row not drawn yet is guessed from it.
pub trait RowHeight: Clone + Eq + Hash {
    /// A first guess before the row has been drawn and measured.
    fn estimate(&self) -> f64;
}

impl RowHeight for RowKey {
    fn estimate(&self) -> f64 {
        match self {
            RowKey::Year(_) => 60.0,
            RowKey::Item(Item::Round(_)) => 190.0,
            RowKey::Item(Item::Event(_)) => 150.0,
        }
    }
}

/// Where each row starts, from measured heights where known.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// `offsets[i]` is the top of row `i`; the last entry is the total height.
    offsets: Vec<f64>,
}

impl Layout {
    pub fn new<K: RowHeight>(keys: &[K], measured: &HashMap<K, f64>) -> Layout {
        let mut offsets = Vec::with_capacity(keys.len() + 1);
        let mut y = 0.0;
        offsets.push(y);
        for k in keys {
            y += measured.get(k).copied().unwrap_or_else(|| k.estimate());
            offsets.push(y);
        }
        Layout { offsets }
    }

    pub fn total(&self) -> f64 {
        *self.offsets.last().unwrap_or(&0.0)
    }

    pub fn top(&self, row: usize) -> f64 {
        self.offsets[row.min(self.offsets.len() - 1)]
    }

    /// The rows that overlap `[from, to)` pixels from the top of the list.
    pub fn visible(&self, from: f64, to: f64) -> Range<usize> {
        let n = self.offsets.len() - 1;
        // First row whose bottom is below `from`.
        let first = self.offsets[1..].partition_point(|&bottom| bottom <= from);
        // Rows whose top is above `to`.
        let last = self.offsets[..n].partition_point(|&top| top < to);
        first.min(n)..last.max(first.min(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;

    fn placed(dates: &[&str]) -> Vec<Placed> {
        dates
            .iter()
            .enumerate()
            .map(|(i, d)| Placed {
                item: Item::Event(i),
                start: PartialDate::parse(d).unwrap(),
                end: None,
                disputed: false,
            })
            .collect()
    }

    #[test]
    fn a_heading_opens_each_year() {
        let p = placed(&["2022-01", "2022-05", "2023-02"]);
        assert_eq!(
            rows(&p),
            [
                Row::Year(2022),
                Row::Item(0),
                Row::Item(1),
                Row::Year(2023),
                Row::Item(2)
            ]
        );
    }

    #[test]
    fn the_window_holds_a_constant_number_of_rows() {
        let dates: Vec<String> = (0..10_000).map(|i| format!("{}", 2000 + i / 500)).collect();
        let refs: Vec<&str> = dates.iter().map(String::as_str).collect();
        let p = placed(&refs);
        let r = rows(&p);
        let keys: Vec<RowKey> = r.iter().map(|&x| RowKey::of(x, &p)).collect();
        let layout = Layout::new(&keys, &HashMap::new());
        let viewport = 900.0;
        let mut sizes = Vec::new();
        for top in [0.0, 50_000.0, 700_000.0, layout.total() - viewport] {
            let v = layout.visible(top - OVERSCAN, top + viewport + OVERSCAN);
            assert!(!v.is_empty());
            assert!(layout.top(v.start) <= top.max(0.0));
            sizes.push(v.len());
        }
        // Bounded everywhere, and the same in the middle of the list as
        // anywhere else in the middle (the ends have no overscan on one side).
        assert!(sizes.iter().all(|&n| n <= 30), "{sizes:?}");
        assert!(sizes[1].abs_diff(sizes[2]) <= 2, "{sizes:?}");
    }

    #[test]
    fn measured_heights_replace_estimates() {
        let p = placed(&["2022", "2022"]);
        let keys: Vec<RowKey> = rows(&p).iter().map(|&x| RowKey::of(x, &p)).collect();
        let mut m = HashMap::new();
        m.insert(keys[1], 100.0);
        let layout = Layout::new(&keys, &m);
        assert_eq!(layout.top(2), 60.0 + 100.0);
        assert_eq!(layout.total(), 60.0 + 100.0 + 150.0);
        assert_eq!(layout.visible(0.0, 1.0), 0..1);
        assert_eq!(layout.visible(61.0, 159.0), 1..2);
        assert_eq!(layout.visible(61.0, 161.0), 1..3);
        assert_eq!(layout.visible(1e9, 2e9), 3..3);
    }
}
