//! The faction matrix: factions against rounds and against their attributes.

use std::cmp::Ordering;

use super::select::{matches, Selection};
use super::state::{Column, Filter};
use super::vocab::Vocab;
use crate::data::catalog::Catalog;
use crate::data::date::PartialDate;
use crate::data::model::*;

/// A round cell: what the sources say of a faction at a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CellStatus {
    Attended,
    Represented,
    Absent,
    /// No source speaks of it.
    Unknown,
}

impl CellStatus {
    pub fn of(p: Option<&Presence>) -> CellStatus {
        match p.map(|p| p.status) {
            Some(PresenceStatus::Attended) => CellStatus::Attended,
            Some(PresenceStatus::Represented) => CellStatus::Represented,
            Some(PresenceStatus::Absent) => CellStatus::Absent,
            None => CellStatus::Unknown,
        }
    }
    /// Text and symbol, so colour is never the only carrier of meaning.
    pub fn label(self) -> &'static str {
        match self {
            CellStatus::Attended => "Attended",
            CellStatus::Represented => "Represented",
            CellStatus::Absent => "Absent",
            CellStatus::Unknown => "Unknown",
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CellStatus::Attended => "●",
            CellStatus::Represented => "◐",
            CellStatus::Absent => "○",
            CellStatus::Unknown => "?",
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            CellStatus::Attended => "attended",
            CellStatus::Represented => "represented",
            CellStatus::Absent => "absent",
            CellStatus::Unknown => "unknown",
        }
    }
    pub const ALL: [CellStatus; 4] = [
        CellStatus::Attended,
        CellStatus::Represented,
        CellStatus::Absent,
        CellStatus::Unknown,
    ];
}

/// The evidence behind a round cell.
pub struct Evidence<'a> {
    pub status: CellStatus,
    pub presence: Option<&'a Presence>,
    /// People with a sourced role in the faction who are recorded at the round.
    pub members: Vec<(&'a Person, &'a Attendance)>,
}

pub fn evidence<'a>(cat: &'a Catalog, f: &'a Faction, round: u8) -> Evidence<'a> {
    let presence = cat.presence(f, round);
    let mut members: Vec<(&Person, &Attendance)> = Vec::new();
    for (p, _) in cat.roles_in(&f.id) {
        if members.iter().any(|(q, _)| q.id == p.id) {
            continue;
        }
        if let Some((_, a)) = cat
            .attendance_of(&p.id)
            .into_iter()
            .find(|(r, _)| r.number == round)
        {
            members.push((p, a));
        }
    }
    Evidence {
        status: CellStatus::of(presence),
        presence,
        members,
    }
}

/// Earliest founding date a source gives.
pub fn founded(f: &Faction) -> Option<PartialDate> {
    f.founded
        .iter()
        .filter_map(|d| PartialDate::parse(&d.start).ok())
        .min_by_key(PartialDate::first_day)
}

/// Distinct stances, in the order sources give them.
pub fn stances(f: &Faction) -> Vec<Stance> {
    let mut v: Vec<Stance> = Vec::new();
    for s in &f.stances {
        if !v.contains(&s.stance) {
            v.push(s.stance);
        }
    }
    v
}

/// A sortable value: missing values sort last whatever the direction.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Num(i64),
    Text(String),
}

fn key(cat: &Catalog, f: &Faction, col: Column) -> Option<Key> {
    let text = |s: String| {
        if s.is_empty() {
            None
        } else {
            Some(Key::Text(s.to_lowercase()))
        }
    };
    match col {
        Column::Name => text(f.name.clone()),
        Column::Round(n) => match CellStatus::of(cat.presence(f, n)) {
            CellStatus::Unknown => None,
            s => Some(Key::Num(s as i64)),
        },
        Column::Kind => text(f.kind.label().to_string()),
        Column::Leaders => text(
            cat.leaders(&f.id)
                .iter()
                .map(|(p, _)| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Column::Base => text(f.bases.first().map(|b| b.text.clone()).unwrap_or_default()),
        Column::Ethnicity => text(
            cat.communities_of_faction(f)
                .into_iter()
                .map(|c| cat.community_name(c))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Column::Stance => stances(f).first().map(|s| Key::Num(*s as i64)),
        Column::Founded => founded(f).map(|d| Key::Num(d.first_day())),
    }
}

/// Indices of the factions the filter keeps, sorted by `sort` (by name when none).
pub fn rows(
    cat: &Catalog,
    sel: &Selection,
    filter: &Filter,
    sort: Option<Column>,
    desc: bool,
) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..cat.data.factions.len())
        .filter(|&i| matches(filter, &sel.factions[i]))
        .collect();
    let col = sort.unwrap_or(Column::Name);
    let keys: Vec<Option<Key>> = cat.data.factions.iter().map(|f| key(cat, f, col)).collect();
    let names: Vec<String> = cat
        .data
        .factions
        .iter()
        .map(|f| f.name.to_lowercase())
        .collect();
    idx.sort_by(|&a, &b| {
        let by_key = match (&keys[a], &keys[b]) {
            (Some(x), Some(y)) if desc => y.cmp(x),
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_key.then_with(|| names[a].cmp(&names[b]))
    });
    idx
}

/// Round columns, in order.
pub fn round_columns(cat: &Catalog) -> Vec<Column> {
    cat.round_numbers().into_iter().map(Column::Round).collect()
}

/// Where focus moves among the round cells (a `rows` × `cols` grid) when a key
/// is pressed on the cell at (`row`, `col`): arrows by one cell, Home/End to
/// the row's ends, Ctrl+Home/End to the grid's corners. Edges stop, not wrap.
/// `None` for any other key, so the browser keeps its default.
pub fn grid_step(
    key: &str,
    ctrl: bool,
    (row, col): (usize, usize),
    (rows, cols): (usize, usize),
) -> Option<(usize, usize)> {
    if rows == 0 || cols == 0 {
        return None;
    }
    let (last_row, last_col) = (rows - 1, cols - 1);
    let (row, col) = (row.min(last_row), col.min(last_col));
    Some(match key {
        "ArrowUp" => (row.saturating_sub(1), col),
        "ArrowDown" => ((row + 1).min(last_row), col),
        "ArrowLeft" => (row, col.saturating_sub(1)),
        "ArrowRight" => (row, (col + 1).min(last_col)),
        "Home" if ctrl => (0, 0),
        "End" if ctrl => (last_row, last_col),
        "Home" => (row, 0),
        "End" => (row, last_col),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::grid_step;

    #[test]
    fn arrows_move_one_cell_and_stop_at_edges() {
        let size = (3, 5);
        assert_eq!(grid_step("ArrowRight", false, (1, 1), size), Some((1, 2)));
        assert_eq!(grid_step("ArrowLeft", false, (1, 1), size), Some((1, 0)));
        assert_eq!(grid_step("ArrowDown", false, (1, 1), size), Some((2, 1)));
        assert_eq!(grid_step("ArrowUp", false, (1, 1), size), Some((0, 1)));
        assert_eq!(grid_step("ArrowLeft", false, (1, 0), size), Some((1, 0)));
        assert_eq!(grid_step("ArrowRight", false, (1, 4), size), Some((1, 4)));
        assert_eq!(grid_step("ArrowUp", false, (0, 3), size), Some((0, 3)));
        assert_eq!(grid_step("ArrowDown", false, (2, 3), size), Some((2, 3)));
    }

    #[test]
    fn home_and_end() {
        let size = (3, 5);
        assert_eq!(grid_step("Home", false, (2, 3), size), Some((2, 0)));
        assert_eq!(grid_step("End", false, (2, 1), size), Some((2, 4)));
        assert_eq!(grid_step("Home", true, (2, 3), size), Some((0, 0)));
        assert_eq!(grid_step("End", true, (0, 1), size), Some((2, 4)));
    }

    #[test]
    fn other_keys_and_empty_grids_are_left_alone() {
        assert_eq!(grid_step("Enter", false, (0, 0), (3, 5)), None);
        assert_eq!(grid_step("a", false, (0, 0), (3, 5)), None);
        assert_eq!(grid_step("ArrowDown", false, (0, 0), (0, 5)), None);
        // A position past the grid (the grid shrank) is brought inside.
        assert_eq!(grid_step("ArrowLeft", false, (9, 9), (3, 5)), Some((2, 3)));
    }
}
