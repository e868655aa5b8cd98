//! The faction matrix: factions against rounds and against their attributes.

use std::cmp::Ordering;

use super::select::{matches, Selection};
use super::state::{Column, Filter, ViewState};
use super::vocab::Vocab;
use crate::data::catalog::Catalog;
use crate::data::date::PartialDate;
use crate::data::model::*;
use crate::i18n::messages::Arg;
use crate::i18n::Texts;

/// A round cell: what the sources say of a faction at a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CellStatus {
    /// Attended, and a source has its people there in person.
    InPerson,
    /// Attended, and a source has its people there online only.
    Online,
    /// Attended; the sources do not say how.
    Attended,
    /// By an envoy or through a member.
    Represented,
    Absent,
    /// No source speaks of it.
    Unknown,
}

impl CellStatus {
    /// The faction-level record alone (attended, represented, absent, unknown).
    pub fn of(p: Option<&Presence>) -> CellStatus {
        match p.map(|p| p.status) {
            Some(PresenceStatus::Attended) => CellStatus::Attended,
            Some(PresenceStatus::Represented) => CellStatus::Represented,
            Some(PresenceStatus::Absent) => CellStatus::Absent,
            None => CellStatus::Unknown,
        }
    }
    /// The catalog key of the status's name ("Attended in person"); with
    /// `-meaning`, of what the legend says it means. Symbol and text go
    /// together, so colour is never the only carrier of meaning.
    pub fn key(self) -> String {
        format!("cell-{}", self.slug())
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CellStatus::InPerson => "●",
            CellStatus::Online => "◎",
            CellStatus::Attended => "◉",
            CellStatus::Represented => "◐",
            CellStatus::Absent => "○",
            CellStatus::Unknown => "·",
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            CellStatus::InPerson => "in-person",
            CellStatus::Online => "online",
            CellStatus::Attended => "attended",
            CellStatus::Represented => "represented",
            CellStatus::Absent => "absent",
            CellStatus::Unknown => "unknown",
        }
    }
    pub const ALL: [CellStatus; 6] = [
        CellStatus::InPerson,
        CellStatus::Online,
        CellStatus::Attended,
        CellStatus::Represented,
        CellStatus::Absent,
        CellStatus::Unknown,
    ];
}

/// A faction's cell at a round: its presence record, made precise by the
/// attendance of people a source says came *for that faction* (never by
/// people merely tied to it elsewhere).
pub fn cell_status(cat: &Catalog, f: &Faction, round: u8) -> CellStatus {
    let base = CellStatus::of(cat.presence(f, round));
    if base != CellStatus::Attended {
        return base;
    }
    let modes: Vec<Mode> = cat
        .round(round)
        .map(|r| {
            r.attendance
                .iter()
                .filter(|a| a.faction.as_deref() == Some(f.id.as_str()))
                .map(|a| a.mode)
                .collect()
        })
        .unwrap_or_default();
    if modes.contains(&Mode::InPerson) {
        CellStatus::InPerson
    } else if !modes.is_empty() && modes.iter().all(|m| *m == Mode::Online) {
        CellStatus::Online
    } else {
        CellStatus::Attended
    }
}

/// A faction's leaders and founders, each person once, with every role they held.
pub fn leaders_once<'a>(cat: &'a Catalog, faction: &str) -> Vec<(&'a Person, Vec<&'a Role>)> {
    let mut out: Vec<(&Person, Vec<&Role>)> = Vec::new();
    for (p, r) in cat.leaders(faction) {
        match out.iter_mut().find(|(q, _)| q.id == p.id) {
            Some((_, roles)) => roles.push(r),
            None => out.push((p, vec![r])),
        }
    }
    out
}

/// "according to Arab News, 2025; Seed 002": the sources behind a statement, by name.
pub fn according_to(cat: &Catalog, cites: &[Cite], texts: &Texts) -> String {
    let list = source_names(cat, cites, texts);
    if list.is_empty() {
        return String::new();
    }
    texts.f("according-to", &[("sources", Arg::Text(&list))])
}

/// [`according_to`] as plain text for a right-to-left page: the sources'
/// names (English) are set apart by Unicode isolates (FSI … PDI), where no
/// element can mark them (inside a button named by its `aria-label`).
pub fn according_isolated(cat: &Catalog, cites: &[Cite], texts: &Texts) -> String {
    let list = source_names(cat, cites, texts);
    if list.is_empty() {
        return String::new();
    }
    texts.f(
        "according-to",
        &[("sources", Arg::Text(&texts.isolate(&list)))],
    )
}

/// The sources of `cites`, each named once, as a list ("Arab News; Kabul Now").
pub fn source_names(cat: &Catalog, cites: &[Cite], texts: &Texts) -> String {
    let mut names: Vec<String> = Vec::new();
    for c in cites {
        let label = cat.source_label(&c.source);
        if !names.contains(&label) {
            names.push(label);
        }
    }
    names.join(&texts.t("list-separator"))
}

/// A short mark for a relation in the square relations matrix.
pub fn relation_symbol(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Allied => "A",
        RelationKind::Rival => "R",
        RelationKind::Contrasting => "C",
        RelationKind::SplitFrom => "S",
        RelationKind::MemberOf => "M",
        RelationKind::SuccessorOf => "P",
        RelationKind::SharedLeader => "L",
        RelationKind::Opposes => "O",
    }
}

/// The factions that have relations, in first-mention order, for the rows and
/// columns of the relations matrix.
pub fn related_factions(cat: &Catalog) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for r in &cat.data.relations {
        for id in [r.from.as_str(), r.to.as_str()] {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// What a source says of how `from` stands toward `to`.
pub fn relations_between<'a>(cat: &'a Catalog, from: &str, to: &str) -> Vec<&'a Relation> {
    cat.data
        .relations
        .iter()
        .filter(|r| r.from == from && r.to == to)
        .collect()
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
    let status = cell_status(cat, f, round);
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
        status,
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
        Column::Round(n) => match cell_status(cat, f, n) {
            CellStatus::Unknown => None,
            s => Some(Key::Num(s as i64)),
        },
        Column::Kind => text(f.kind.slug().to_string()),
        Column::Leaders => text(
            leaders_once(cat, &f.id)
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
    let names: Vec<String> = cat
        .data
        .factions
        .iter()
        .map(|f| f.name.to_lowercase())
        .collect();
    // Unsorted, the best documented come first: a reader's first rows are
    // ones the sources speak of, not a grid of unknowns.
    let Some(col) = sort else {
        let known: Vec<usize> = cat
            .data
            .factions
            .iter()
            .map(|f| known_rounds(cat, f))
            .collect();
        idx.sort_by(|&a, &b| {
            known[b]
                .cmp(&known[a])
                .then_with(|| names[a].cmp(&names[b]))
        });
        return idx;
    };
    let keys: Vec<Option<Key>> = cat.data.factions.iter().map(|f| key(cat, f, col)).collect();
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

/// In how many rounds a source places the faction (present, represented or absent).
pub fn known_rounds(cat: &Catalog, f: &Faction) -> usize {
    cat.data
        .rounds
        .iter()
        .filter(|r| cat.presence(f, r.number).is_some())
        .count()
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

/// The cell whose evidence the address opens: `row` with `col` (a round or
/// an attribute), or `row` with `with` (a relation between two factions).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct OpenCell {
    pub row: Option<String>,
    pub col: Option<Column>,
    pub with: Option<String>,
}

impl OpenCell {
    pub fn of(s: &ViewState) -> OpenCell {
        OpenCell {
            row: s.row.clone(),
            col: s.col,
            with: s.with.clone(),
        }
    }

    /// A faction's cell in a column, or its relation to another faction.
    pub fn cell(row: &str, col: Option<Column>, with: Option<&str>) -> OpenCell {
        OpenCell {
            row: Some(row.to_string()),
            col,
            with: with.map(str::to_string),
        }
    }

    /// Does it name a cell? (`row` alone only highlights a row.)
    pub fn is_open(&self) -> bool {
        self.row.is_some() && (self.col.is_some() || self.with.is_some())
    }

    /// The state with this cell opened, or closed if it was the open one.
    pub fn toggle(&self, s: &mut ViewState) {
        let next = if OpenCell::of(s) == *self {
            OpenCell::default()
        } else {
            self.clone()
        };
        s.row = next.row;
        s.col = next.col;
        s.with = next.with;
    }

    /// The CSS selector of the cell's button, to return focus to it.
    pub fn button(&self) -> Option<String> {
        match (self.row.as_deref(), self.col, self.with.as_deref()) {
            (Some(r), Some(c), _) => Some(format!(
                "button[data-row=\"{}\"][data-col=\"{}\"]",
                css_string(r),
                c.slug()
            )),
            (Some(r), None, Some(w)) => Some(format!(
                "button[data-row=\"{}\"][data-with=\"{}\"]",
                css_string(r),
                css_string(w)
            )),
            _ => None,
        }
    }
}

/// A value inside a double-quoted CSS string: ids come from the address, so
/// a quote or backslash in one must not end the string.
fn css_string(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '"' | '\\' => vec!['\\', c],
            '\n' => vec![' '],
            c => vec![c],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_opens_closes_and_names_its_button() {
        let mut s = ViewState::default();
        let cell = OpenCell::cell("nrf", Some(Column::Round(2)), None);
        assert!(!OpenCell::of(&s).is_open());
        cell.toggle(&mut s);
        assert_eq!(OpenCell::of(&s), cell);
        assert!(cell.is_open());
        assert_eq!(
            cell.button().unwrap(),
            r#"button[data-row="nrf"][data-col="r2"]"#
        );
        // Another cell replaces it; the same cell again closes it.
        let rel = OpenCell::cell("nrf", None, Some("afc"));
        rel.toggle(&mut s);
        assert_eq!((s.col, s.with.as_deref()), (None, Some("afc")));
        assert_eq!(
            rel.button().unwrap(),
            r#"button[data-row="nrf"][data-with="afc"]"#
        );
        rel.toggle(&mut s);
        assert_eq!(OpenCell::of(&s), OpenCell::default());
        // A row alone highlights, it opens nothing.
        let row = OpenCell {
            row: Some("nrf".into()),
            ..Default::default()
        };
        assert!(!row.is_open() && row.button().is_none());
    }

    #[test]
    fn an_id_from_a_link_cannot_break_out_of_the_selector() {
        let cell = OpenCell::cell("x\"]", None, Some("y\\"));
        assert_eq!(
            cell.button().unwrap(),
            r#"button[data-row="x\"]"][data-with="y\\"]"#
        );
    }

    fn cat() -> Catalog {
        Catalog::new(crate::data::embedded::embedded().unwrap())
    }

    #[test]
    fn a_cell_is_in_person_or_online_only_where_attendance_for_the_faction_says_so() {
        let c = cat();
        for f in &c.data.factions {
            for r in &c.data.rounds {
                let s = cell_status(&c, f, r.number);
                let base = CellStatus::of(c.presence(f, r.number));
                let modes: Vec<Mode> = r
                    .attendance
                    .iter()
                    .filter(|a| a.faction.as_deref() == Some(f.id.as_str()))
                    .map(|a| a.mode)
                    .collect();
                match s {
                    CellStatus::InPerson => {
                        assert!(base == CellStatus::Attended && modes.contains(&Mode::InPerson))
                    }
                    CellStatus::Online => assert!(
                        base == CellStatus::Attended && modes.iter().all(|m| *m == Mode::Online)
                    ),
                    other => assert_eq!(other, base, "{} at round {}", f.id, r.number),
                }
            }
        }
    }

    #[test]
    fn leaders_appear_once_with_all_their_roles() {
        let c = cat();
        for f in &c.data.factions {
            let once = leaders_once(&c, &f.id);
            let mut ids: Vec<&str> = once.iter().map(|(p, _)| p.id.as_str()).collect();
            ids.dedup();
            assert_eq!(ids.len(), once.len(), "{}", f.id);
            let roles: usize = once.iter().map(|(_, r)| r.len()).sum();
            assert_eq!(roles, c.leaders(&f.id).len());
        }
    }

    #[test]
    fn sources_are_named_once_each() {
        let c = cat();
        let en = Texts::english();
        let s = &c.data.sources[0].id;
        let cites = vec![
            Cite {
                source: s.clone(),
                para: Some(1),
            },
            Cite {
                source: s.clone(),
                para: Some(2),
            },
        ];
        assert_eq!(
            according_to(&c, &cites, &en),
            format!("according to {}", c.source_label(s))
        );
        assert_eq!(according_to(&c, &[], &en), "");
        let two = vec![
            Cite {
                source: s.clone(),
                para: None,
            },
            Cite {
                source: c.data.sources[1].id.clone(),
                para: None,
            },
        ];
        assert!(according_to(&c, &two, &en).contains("; "));
        // In plain text of a right-to-left edition, the names are isolated.
        assert_eq!(
            according_isolated(&c, &cites, &en),
            according_to(&c, &cites, &en)
        );
        let fa = Texts::new(
            crate::i18n::Lang::Fa,
            include_str!("../../public/i18n/fa-AF.ftl"),
        )
        .unwrap();
        let isolated = according_isolated(&c, &cites, &fa);
        assert!(
            isolated.contains(&format!("\u{2068}{}\u{2069}", c.source_label(s))),
            "{isolated}"
        );
    }

    #[test]
    fn relations_grid_covers_every_relation() {
        let c = cat();
        let ids = related_factions(&c);
        let total: usize = ids
            .iter()
            .flat_map(|a| ids.iter().map(move |b| (*a, *b)))
            .map(|(a, b)| relations_between(&c, a, b).len())
            .sum();
        assert_eq!(total, c.data.relations.len());
        let symbols: std::collections::HashSet<&str> = RelationKind::ALL
            .iter()
            .map(|k| relation_symbol(*k))
            .collect();
        assert_eq!(
            symbols.len(),
            RelationKind::ALL.len(),
            "one symbol per kind"
        );
    }

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
