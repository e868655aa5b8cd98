//! What the time axis draws, lane by lane, with its labels placed: the rounds
//! lane on top, each round labelled, then one named lane per kind of event
//! (or, as an option the address keeps, one per faction), each mark titled
//! where its title has room. A lane with more marks in view than can be told
//! apart shows counts per stretch of time instead.

use std::collections::BTreeSet;

use crate::data::catalog::Catalog;
use crate::data::model::{EventKind, Round};

use super::axis::{Window, BINS, CROWD_MIN_PX, MAX_MARKS};
use super::axis_labels::{place_events, place_rounds, text_px, EventSlot, RoundLabel, Side};
use super::matrix::CellStatus;
use super::state::LaneBy;
use super::timeline::{Item, Placed};

/// Rows of marks in one lane.
pub const LANE_ROWS: usize = 2;

/// A round on the axis, with the row of its label.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundMark {
    /// Index into the placed items.
    pub index: usize,
    /// Where the round starts, along time (0.0-1.0).
    pub pos: f64,
    pub row: usize,
    /// The label's centre along time (moved inwards at the ends).
    pub centre: f64,
    pub lines: Vec<String>,
}

/// An event on its lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMark {
    /// Index into the placed items.
    pub index: usize,
    pub pos: f64,
    pub end: f64,
    pub row: usize,
    pub label: Option<(String, Side)>,
}

/// Several marks too close to tell apart: how many, over which stretch.
#[derive(Clone, Debug, PartialEq)]
pub struct Crowd {
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

/// What a lane holds.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LaneKey {
    Kind(EventKind),
    Faction(String),
    /// Under faction lanes: events that name no faction.
    NoFaction,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub key: LaneKey,
    pub marks: Vec<EventMark>,
    pub crowds: Vec<Crowd>,
    /// On a faction's lane: its standing at each round in view.
    pub presence: Vec<(f64, u8, CellStatus)>,
}

impl Lane {
    /// A number that changes whenever anything drawn in the lane does: its
    /// name, each mark's item, place, row and title, its counts and standings.
    /// Not where it starts: lanes are keyed by it, so a change elsewhere on
    /// the axis (another kind filtered out, the lanes above it shorter) keeps
    /// this lane's elements instead of drawing them again.
    pub fn fingerprint(&self, item: impl Fn(usize) -> Item) -> u64 {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let mut h = DefaultHasher::new();
        self.key.hash(&mut h);
        for m in &self.marks {
            (
                item(m.index),
                m.index,
                m.pos.to_bits(),
                m.end.to_bits(),
                m.row,
            )
                .hash(&mut h);
            m.label.hash(&mut h);
        }
        for c in &self.crowds {
            (c.from.to_bits(), c.to.to_bits(), c.count).hash(&mut h);
        }
        for &(pos, n, status) in &self.presence {
            (pos.to_bits(), n, status).hash(&mut h);
        }
        h.finish()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AxisLayout {
    pub rounds: Vec<RoundMark>,
    /// Rows the round labels need.
    pub round_rows: usize,
    pub rounds_crowded: Vec<Crowd>,
    pub lanes: Vec<Lane>,
}

/// What the layout needs to know besides the items.
pub struct LaneInput<'a> {
    pub cat: &'a Catalog,
    pub window: Window,
    /// The axis's width in pixels (the narrowest expected before it is measured).
    pub width_px: f64,
    pub by: LaneBy,
    /// Kinds the filter puts forward: their titles win a crowded place.
    pub kinds: &'a BTreeSet<EventKind>,
    /// Factions the filter selects: with faction lanes, only theirs.
    pub factions: &'a BTreeSet<String>,
}

fn span_of(p: &Placed) -> (f64, f64) {
    let a = p.start.first_day() as f64;
    let b = p.end.as_ref().map_or(p.start.last_day(), |e| e.last_day()) as f64 + 1.0;
    (a, b)
}

/// Counts per stretch, for a lane with more marks than can be drawn apart:
/// as many stretches as the axis's width allows, each at least
/// [`CROWD_MIN_PX`] wide and wide enough for its count, so no two counts touch.
fn crowds(positions: &[f64], width_px: f64) -> Vec<Crowd> {
    let mut n = ((width_px / CROWD_MIN_PX).floor() as usize).clamp(1, BINS);
    loop {
        let mut bins = vec![0usize; n];
        for pos in positions {
            bins[(pos.clamp(0.0, 0.999_999) * n as f64) as usize] += 1;
        }
        let widest = bins.iter().map(|&c| count_px(c)).fold(0.0, f64::max);
        if n == 1 || widest + 8.0 <= width_px / n as f64 {
            return bins
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0)
                .map(|(b, &count)| Crowd {
                    from: b as f64 / n as f64,
                    to: (b + 1) as f64 / n as f64,
                    count,
                })
                .collect();
        }
        n -= 1;
    }
}

/// How wide a count is written, digits and group separators ("10,000").
fn count_px(count: usize) -> f64 {
    let digits = count.to_string().len();
    text_px(&"0".repeat(digits + (digits - 1) / 3))
}

/// The whole axis: rounds labelled, events in named lanes, titled where they
/// fit. `round_lines` writes a round's label; `title` an event's.
pub fn lay_out(
    input: &LaneInput,
    placed: &[Placed],
    round_lines: impl Fn(&Round, &Placed) -> Vec<String>,
    title: impl Fn(usize) -> String,
) -> AxisLayout {
    let LaneInput {
        cat,
        window: w,
        width_px,
        ..
    } = *input;
    let mut rounds = Vec::new();
    let mut events: Vec<(usize, usize, f64, f64)> = Vec::new();
    for (i, p) in placed.iter().enumerate() {
        let (a, b) = span_of(p);
        if !w.overlaps(a, b) {
            continue;
        }
        match p.item {
            Item::Round(r) => rounds.push((i, r, w.pos(a))),
            Item::Event(e) => events.push((i, e, w.pos(a), w.pos(b))),
        }
    }

    let (rounds, round_rows, rounds_crowded) = if rounds.len() > MAX_MARKS {
        (
            Vec::new(),
            0,
            crowds(&rounds.iter().map(|r| r.2).collect::<Vec<_>>(), width_px),
        )
    } else {
        let labels: Vec<RoundLabel> = rounds
            .iter()
            .map(|&(i, r, pos)| RoundLabel {
                key: i,
                pos: pos.clamp(0.0, 1.0),
                lines: round_lines(&cat.data.rounds[r], &placed[i]),
            })
            .collect();
        let spots = place_rounds(&labels, width_px);
        let rows = spots.iter().map(|s| s.row + 1).max().unwrap_or(0);
        let marks = labels
            .into_iter()
            .zip(spots)
            .zip(&rounds)
            .map(|((l, s), &(_, _, pos))| RoundMark {
                index: l.key,
                pos,
                row: s.row,
                centre: s.centre,
                lines: l.lines,
            })
            .collect();
        (marks, rows, Vec::new())
    };

    let lane_keys: Vec<LaneKey> = match input.by {
        LaneBy::Kind => {
            let kinds: BTreeSet<EventKind> = events
                .iter()
                .map(|&(_, e, _, _)| cat.data.events[e].kind)
                .collect();
            kinds.into_iter().map(LaneKey::Kind).collect()
        }
        LaneBy::Faction => faction_lanes(cat, input.factions)
            .into_iter()
            .map(LaneKey::Faction)
            .chain(std::iter::once(LaneKey::NoFaction))
            .collect(),
    };
    let lanes = lane_keys
        .into_iter()
        .filter_map(|key| {
            let mine: Vec<&(usize, usize, f64, f64)> = events
                .iter()
                .filter(|(_, e, _, _)| {
                    let ev = &cat.data.events[*e];
                    match &key {
                        LaneKey::Kind(k) => ev.kind == *k,
                        LaneKey::Faction(f) => ev.factions.iter().any(|x| x == f),
                        LaneKey::NoFaction => ev.factions.is_empty(),
                    }
                })
                .collect();
            let presence = match &key {
                LaneKey::Faction(f) => presence_in(cat, f, w),
                _ => Vec::new(),
            };
            if mine.is_empty() && presence.is_empty() {
                return None;
            }
            if mine.len() > MAX_MARKS {
                return Some(Lane {
                    key,
                    marks: Vec::new(),
                    crowds: crowds(&mine.iter().map(|m| m.2).collect::<Vec<_>>(), width_px),
                    presence,
                });
            }
            let slots: Vec<EventSlot> = mine
                .iter()
                .map(|&&(i, e, pos, end)| EventSlot {
                    key: i,
                    pos,
                    end,
                    title: title(e),
                    priority: u8::from(input.kinds.contains(&cat.data.events[e].kind)),
                })
                .collect();
            let spots = place_events(&slots, width_px, LANE_ROWS);
            let marks = slots
                .iter()
                .zip(spots)
                .map(|(s, p)| EventMark {
                    index: s.key,
                    pos: s.pos,
                    end: s.end,
                    row: p.row,
                    label: p.label,
                })
                .collect();
            Some(Lane {
                key,
                marks,
                crowds: Vec::new(),
                presence,
            })
        })
        .collect();
    // Lanes by kind, with a faction filter: each selected faction's standing
    // at the rounds follows, on a lane of its own.
    let mut lanes: Vec<Lane> = lanes;
    if input.by == LaneBy::Kind {
        lanes.extend(input.factions.iter().filter_map(|f| {
            let presence = presence_in(cat, f, w);
            (!presence.is_empty()).then(|| Lane {
                key: LaneKey::Faction(f.clone()),
                marks: Vec::new(),
                crowds: Vec::new(),
                presence,
            })
        }));
    }
    AxisLayout {
        rounds,
        round_rows,
        rounds_crowded,
        lanes,
    }
}

/// The factions that get a lane: those the filter selects, else every
/// faction, the best documented first (most rounds with a known standing).
pub fn faction_lanes(cat: &Catalog, selected: &BTreeSet<String>) -> Vec<String> {
    let mut out: Vec<(usize, &str, String)> = cat
        .data
        .factions
        .iter()
        .filter(|f| selected.is_empty() || selected.contains(&f.id))
        .map(|f| {
            let known = cat
                .data
                .rounds
                .iter()
                .filter(|r| cat.presence(f, r.number).is_some())
                .count();
            (known, cat.faction_name(&f.id), f.id.clone())
        })
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    out.into_iter().map(|x| x.2).collect()
}

fn presence_in(cat: &Catalog, faction: &str, w: Window) -> Vec<(f64, u8, CellStatus)> {
    let Some(f) = cat.faction(faction) else {
        return Vec::new();
    };
    cat.data
        .rounds
        .iter()
        .filter_map(|r| {
            let day = r
                .dates
                .first()
                .and_then(|d| crate::data::date::PartialDate::parse(&d.start).ok())?
                .first_day() as f64;
            let pos = w.pos(day);
            (0.0..=1.0)
                .contains(&pos)
                .then(|| (pos, r.number, CellStatus::of(cat.presence(f, r.number))))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;
    use crate::query::axis::iso;
    use crate::query::axis_labels::{text_px, NARROW_PX};
    use crate::query::select::Selection;
    use crate::query::state::Filter;
    use crate::query::timeline::place;

    fn catalog() -> Catalog {
        Catalog::new(crate::data::embedded::embedded().unwrap())
    }

    fn lines(r: &Round, _: &Placed) -> Vec<String> {
        vec![format!("Round {}", r.number), "Dec 2023".into()]
    }

    #[test]
    fn the_built_in_axis_labels_all_five_rounds_at_phone_width() {
        let cat = catalog();
        let sel = Selection::new(&cat);
        let placed = place(&cat, &sel, &Filter::default());
        let (a, b) = cat.years();
        let (no_kinds, no_factions) = (BTreeSet::new(), BTreeSet::new());
        for width_px in [NARROW_PX, 1200.0] {
            let input = LaneInput {
                cat: &cat,
                window: Window::years(a, b),
                width_px,
                by: LaneBy::Kind,
                kinds: &no_kinds,
                factions: &no_factions,
            };
            let l = lay_out(&input, &placed, lines, |e| cat.data.events[e].title.clone());
            assert_eq!(l.rounds.len(), 5);
            // No two round labels of one row cover each other.
            for x in &l.rounds {
                for y in &l.rounds {
                    if x.index < y.index && x.row == y.row {
                        let half = text_px("Round 1") / 2.0;
                        assert!(
                            (x.centre - y.centre).abs() * width_px >= 2.0 * half,
                            "{l:?}"
                        );
                    }
                }
            }
            // Every event is on exactly one lane, named by its kind.
            let n: usize = l.lanes.iter().map(|x| x.marks.len()).sum();
            assert_eq!(n, cat.data.events.len());
            for lane in &l.lanes {
                let LaneKey::Kind(k) = lane.key else { panic!() };
                for m in &lane.marks {
                    let Item::Event(e) = placed[m.index].item else {
                        panic!()
                    };
                    assert_eq!(cat.data.events[e].kind, k);
                }
            }
            if width_px > 1000.0 {
                assert_eq!(l.round_rows, 1);
                assert!(l
                    .lanes
                    .iter()
                    .flat_map(|x| &x.marks)
                    .any(|m| m.label.is_some()));
            }
        }
    }

    #[test]
    fn faction_lanes_follow_the_filter_and_show_presence() {
        let cat = catalog();
        let sel = Selection::new(&cat);
        let placed = place(&cat, &sel, &Filter::default());
        let (a, b) = cat.years();
        let nrf: BTreeSet<String> = ["nrf".to_string()].into();
        let (none, no_kinds) = (BTreeSet::new(), BTreeSet::new());
        let input = LaneInput {
            cat: &cat,
            window: Window::years(a, b),
            width_px: 800.0,
            by: LaneBy::Faction,
            kinds: &no_kinds,
            factions: &nrf,
        };
        let l = lay_out(&input, &placed, lines, |e| cat.data.events[e].title.clone());
        assert_eq!(l.lanes[0].key, LaneKey::Faction("nrf".into()));
        assert_eq!(l.lanes[0].presence.len(), 5);
        assert!(l
            .lanes
            .iter()
            .all(|x| matches!(&x.key, LaneKey::Faction(f) if f == "nrf")
                || x.key == LaneKey::NoFaction));
        // Every faction, the best documented first.
        let all = faction_lanes(&cat, &none);
        assert_eq!(all.len(), cat.data.factions.len());
        let known = |id: &str| {
            let f = cat.faction(id).unwrap();
            cat.data
                .rounds
                .iter()
                .filter(|r| cat.presence(f, r.number).is_some())
                .count()
        };
        assert!(all.windows(2).all(|p| known(&p[0]) >= known(&p[1])));
    }

    #[test]
    fn a_faction_filter_adds_its_standing_under_the_kinds() {
        let cat = catalog();
        let sel = Selection::new(&cat);
        let placed = place(&cat, &sel, &Filter::default());
        let (a, b) = cat.years();
        let nrf: BTreeSet<String> = ["nrf".to_string()].into();
        let no_kinds = BTreeSet::new();
        let input = LaneInput {
            cat: &cat,
            window: Window::years(a, b),
            width_px: 800.0,
            by: LaneBy::Kind,
            kinds: &no_kinds,
            factions: &nrf,
        };
        let l = lay_out(&input, &placed, lines, |e| cat.data.events[e].title.clone());
        let last = l.lanes.last().unwrap();
        assert_eq!(last.key, LaneKey::Faction("nrf".into()));
        assert_eq!(last.presence.len(), cat.data.rounds.len());
        assert!(last.marks.is_empty());
        assert!(l.lanes[..l.lanes.len() - 1]
            .iter()
            .all(|x| matches!(x.key, LaneKey::Kind(_))));
    }

    #[test]
    fn a_crowded_lane_shows_counts() {
        let cat = catalog();
        let kind = cat.data.events[0].kind;
        let many: Vec<Placed> = (0..10_000)
            .map(|i| Placed {
                item: Item::Event(0),
                start: PartialDate::parse(&iso(18_700 + (i as i64 % 1500))).unwrap(),
                end: None,
                disputed: false,
            })
            .collect();
        let (no_kinds, no_factions) = (BTreeSet::new(), BTreeSet::new());
        let input = LaneInput {
            cat: &cat,
            window: Window::years(2021, 2026),
            width_px: 800.0,
            by: LaneBy::Kind,
            kinds: &no_kinds,
            factions: &no_factions,
        };
        let l = lay_out(&input, &many, lines, |_| "x".into());
        assert_eq!(l.lanes.len(), 1);
        assert_eq!(l.lanes[0].key, LaneKey::Kind(kind));
        assert!(l.lanes[0].marks.is_empty());
        assert_eq!(
            l.lanes[0].crowds.iter().map(|c| c.count).sum::<usize>(),
            10_000
        );
        // Every count fits inside its stretch, and a stretch is a target a
        // finger can hit, at a desktop's width and a phone's.
        for width_px in [1280.0, 800.0, 390.0, 120.0] {
            let l = lay_out(&LaneInput { width_px, ..input }, &many, lines, |_| {
                "x".into()
            });
            let crowds = &l.lanes[0].crowds;
            assert!(!crowds.is_empty());
            for c in crowds {
                let px = (c.to - c.from) * width_px;
                assert!(
                    px + 1e-9 >= CROWD_MIN_PX.min(width_px),
                    "{px} px at {width_px}"
                );
                assert!(count_px(c.count) + 8.0 <= px, "{} in {px} px", c.count);
            }
            assert!(crowds.windows(2).all(|w| w[0].to <= w[1].from));
            assert_eq!(crowds.iter().map(|c| c.count).sum::<usize>(), 10_000);
        }
        assert_eq!(count_px(10_000), count_px(99_999));
        assert!(count_px(1_000) > count_px(999));
    }
}
