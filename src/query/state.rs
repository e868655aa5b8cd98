//! The view state carried in the URL's query string: filters plus per-view options.
//!
//! The URL is the single source of truth for what is shown. Pages read a
//! [`ViewState`] from it and change the view by writing a new one back, so any
//! view can be shared as a link. Parsing never fails: anything not understood
//! becomes a [`Notice`] the page shows, and is otherwise ignored.

use std::collections::BTreeSet;

use super::axis::{DayRange, Window};
use super::params::{encode, parse_query, to_query};
use super::vocab::Vocab;
use crate::data::catalog::Catalog;
use crate::data::model::{EventKind, FactionKind, Stance};
use crate::data::validate::{is_slug, is_web_address};
use crate::i18n::messages::Arg;
use crate::i18n::Texts;

/// Earliest and latest years a year filter accepts.
pub const YEAR_MIN: i32 = 1900;
pub const YEAR_MAX: i32 = 2100;
/// Longest text search kept from a link, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// Filters shared by the timeline, the round pages, the matrix and the lists.
/// AND across kinds of filter, OR within one kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// `faction=nrf,aff`
    pub factions: BTreeSet<String>,
    /// `ethnicity=hazara,uzbek`: community ids (ethnic or religious).
    pub communities: BTreeSet<String>,
    /// `kind=round,meeting`: timeline item kinds.
    pub kinds: BTreeSet<EventKind>,
    /// `type=armed-front,party`: faction kinds.
    pub faction_kinds: BTreeSet<FactionKind>,
    /// `stance=armed,negotiation`
    pub stances: BTreeSet<Stance>,
    /// `from=2022&to=2024`: inclusive years.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// `q=roadmap`: words that must all appear in a name or summary.
    pub q: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// Which column group the matrix shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatrixView {
    #[default]
    Both,
    Rounds,
    Attributes,
}

impl MatrixView {
    pub const ALL: [MatrixView; 3] = [MatrixView::Both, MatrixView::Rounds, MatrixView::Attributes];
    pub fn slug(self) -> &'static str {
        match self {
            MatrixView::Both => "both",
            MatrixView::Rounds => "rounds",
            MatrixView::Attributes => "attributes",
        }
    }
    /// The catalog key of the option's name.
    pub fn key(self) -> String {
        format!("matrix-view-{}", self.slug())
    }
}

/// A column of the faction matrix: what can be sorted by or highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Name,
    Round(u8),
    Kind,
    Leaders,
    Base,
    Ethnicity,
    Stance,
    Founded,
}

impl Column {
    pub const ATTRIBUTES: [Column; 6] = [
        Column::Kind,
        Column::Leaders,
        Column::Base,
        Column::Ethnicity,
        Column::Stance,
        Column::Founded,
    ];

    pub fn slug(self) -> String {
        match self {
            Column::Name => "name".into(),
            Column::Round(n) => format!("r{n}"),
            Column::Kind => "kind".into(),
            Column::Leaders => "leaders".into(),
            Column::Base => "base".into(),
            Column::Ethnicity => "ethnicity".into(),
            Column::Stance => "stance".into(),
            Column::Founded => "founded".into(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Column> {
        Some(match s {
            "name" => Column::Name,
            "kind" => Column::Kind,
            "leaders" => Column::Leaders,
            "base" => Column::Base,
            "ethnicity" => Column::Ethnicity,
            "stance" => Column::Stance,
            "founded" => Column::Founded,
            _ => {
                let n = s.strip_prefix('r')?;
                if n.is_empty() || n.len() > 3 || !n.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                Column::Round(n.parse().ok().filter(|&n| n > 0)?)
            }
        })
    }

    /// The column's heading in the edition's words.
    pub fn label(self, texts: &Texts) -> String {
        match self {
            Column::Round(n) => texts.f("round-n", &[("n", Arg::Num(i64::from(n)))]),
            other => texts.t(&format!("column-{}", other.slug())),
        }
    }
}

/// Everything the query string says about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub filter: Filter,
    /// `view=rounds` (matrix).
    pub view: MatrixView,
    /// `sort=r3` (matrix).
    pub sort: Option<Column>,
    /// `desc=1`: sort descending.
    pub desc: bool,
    /// `row=nrf`: highlighted matrix row.
    pub row: Option<String>,
    /// `col=r2`: highlighted matrix column.
    pub col: Option<Column>,
    /// `with=aff`: with `row`, the relations cell from `row` to this faction.
    pub with: Option<String>,
    /// `compare=2` (round page): the round to compare with.
    pub compare: Option<u8>,
    /// `data=<url>`: a dataset to load instead of the embedded one.
    pub data: Option<String>,
    /// `range=2023-03-01..2024-06-30`: the stretch of time the timeline shows.
    pub range: Option<DayRange>,
    /// `lanes=faction`: the time axis has a lane per faction, not per kind of event.
    pub lanes: LaneBy,
}

/// How the time axis groups events into lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LaneBy {
    /// One lane per kind of event.
    #[default]
    Kind,
    /// One lane per faction, with its standing at each round.
    Faction,
}

impl LaneBy {
    pub const ALL: [LaneBy; 2] = [LaneBy::Kind, LaneBy::Faction];
    pub fn slug(self) -> &'static str {
        match self {
            LaneBy::Kind => "kind",
            LaneBy::Faction => "faction",
        }
    }
}

/// Something in a link that was not understood; shown to the user, never fatal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownParam(String),
    /// `expected` is the catalog key of what the parameter takes.
    BadValue {
        param: &'static str,
        value: String,
        expected: &'static str,
    },
    /// `what` is the catalog key of the kind of record.
    Unknown {
        what: &'static str,
        id: String,
    },
    /// The from and to years were reversed and have been put in order.
    YearsSwapped,
    /// The time range was reversed and has been put in order.
    RangeSwapped,
    /// The time range reached outside the data's years and was cut to them.
    RangeClamped {
        first: i32,
        last: i32,
    },
    Truncated,
}

impl Notice {
    /// What the notice says, in the edition's words.
    pub fn message(&self, texts: &Texts) -> String {
        match self {
            Notice::UnknownParam(p) => texts.f("notice-unknown-param", &[("param", Arg::Text(p))]),
            Notice::BadValue {
                param,
                value,
                expected,
            } => texts.f(
                "notice-bad-value",
                &[
                    ("value", Arg::Text(value)),
                    ("param", Arg::Text(param)),
                    ("expected", Arg::Text(&texts.t(expected))),
                ],
            ),
            Notice::Unknown { what, id } => texts.f(
                "notice-unknown",
                &[("what", Arg::Text(&texts.t(what))), ("id", Arg::Text(id))],
            ),
            Notice::YearsSwapped => texts.t("notice-years-swapped"),
            Notice::RangeSwapped => texts.t("notice-range-swapped"),
            Notice::RangeClamped { first, last } => texts.f(
                "notice-range-clamped",
                &[
                    ("first", Arg::Num(i64::from(*first))),
                    ("last", Arg::Num(i64::from(*last))),
                ],
            ),
            Notice::Truncated => texts.f(
                "notice-truncated",
                &[("max", Arg::Num(MAX_QUERY_CHARS as i64))],
            ),
        }
    }
}

/// Shortens text from a link for display in a notice.
fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

fn list(v: &str) -> impl Iterator<Item = &str> {
    v.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn parse_list<T: Vocab + Ord>(
    param: &'static str,
    expected: &'static str,
    value: &str,
    into: &mut BTreeSet<T>,
    notices: &mut Vec<Notice>,
) {
    for item in list(value) {
        match T::from_slug(item) {
            Some(x) => {
                into.insert(x);
            }
            None => notices.push(Notice::BadValue {
                param,
                value: shown(item),
                expected,
            }),
        }
    }
}

fn parse_slugs(
    param: &'static str,
    value: &str,
    into: &mut BTreeSet<String>,
    notices: &mut Vec<Notice>,
) {
    for item in list(value) {
        if is_slug(item) {
            into.insert(item.to_string());
        } else {
            notices.push(Notice::BadValue {
                param,
                value: shown(item),
                expected: "expected-id",
            });
        }
    }
}

fn parse_year(param: &'static str, value: &str, notices: &mut Vec<Notice>) -> Option<i32> {
    let ok = value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit());
    match value.parse::<i32>() {
        Ok(y) if ok && (YEAR_MIN..=YEAR_MAX).contains(&y) => Some(y),
        _ => {
            notices.push(Notice::BadValue {
                param,
                value: shown(value),
                expected: "expected-year",
            });
            None
        }
    }
}

/// Is this a dataset address the app will fetch: http(s), or a path on this site?
pub fn is_loadable_address(s: &str) -> bool {
    let on_this_site = (s.starts_with('/') && !s.starts_with("//")) || s.starts_with("./");
    is_web_address(s) || (on_this_site && s.len() <= 2048 && !s.chars().any(char::is_control))
}

impl ViewState {
    /// Reads a query string (with or without `?`). Never fails.
    pub fn from_query(qs: &str) -> (ViewState, Vec<Notice>) {
        Self::from_pairs(parse_query(qs))
    }

    /// Reads decoded key/value pairs, e.g. from the router's query map.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> (ViewState, Vec<Notice>) {
        let mut s = ViewState::default();
        let mut n = Vec::new();
        for (k, v) in pairs {
            let k = k.as_ref();
            // Years, rounds and days may come in the digits the edition shows.
            let v = match k {
                "from" | "to" | "range" | "compare" => {
                    crate::i18n::digits::ascii_digits(v.as_ref())
                }
                _ => std::borrow::Cow::Borrowed(v.as_ref()),
            };
            let v = v.as_ref();
            let f = &mut s.filter;
            match k {
                "faction" => parse_slugs("faction", v, &mut f.factions, &mut n),
                "ethnicity" => parse_slugs("ethnicity", v, &mut f.communities, &mut n),
                "kind" => parse_list("kind", "expected-item-kind", v, &mut f.kinds, &mut n),
                "type" => parse_list(
                    "type",
                    "expected-faction-kind",
                    v,
                    &mut f.faction_kinds,
                    &mut n,
                ),
                "stance" => parse_list("stance", "expected-stance", v, &mut f.stances, &mut n),
                "from" => f.from = parse_year("from", v, &mut n),
                "to" => f.to = parse_year("to", v, &mut n),
                "q" => {
                    if v.chars().count() > MAX_QUERY_CHARS {
                        n.push(Notice::Truncated);
                        f.q = v.chars().take(MAX_QUERY_CHARS).collect();
                    } else {
                        f.q = v.to_string();
                    }
                }
                "view" => match MatrixView::ALL.into_iter().find(|m| m.slug() == v) {
                    Some(m) => s.view = m,
                    None => n.push(Notice::BadValue {
                        param: "view",
                        value: shown(v),
                        expected: "expected-view",
                    }),
                },
                "sort" | "col" => match Column::from_slug(v) {
                    Some(c) if k == "sort" => s.sort = Some(c),
                    Some(c) => s.col = Some(c),
                    None => n.push(Notice::BadValue {
                        param: if k == "sort" { "sort" } else { "col" },
                        value: shown(v),
                        expected: "expected-column",
                    }),
                },
                "desc" => match v {
                    "1" | "true" => s.desc = true,
                    "0" | "false" | "" => s.desc = false,
                    _ => n.push(Notice::BadValue {
                        param: "desc",
                        value: shown(v),
                        expected: "expected-flag",
                    }),
                },
                "row" | "with" if !is_slug(v) => n.push(Notice::BadValue {
                    param: if k == "row" { "row" } else { "with" },
                    value: shown(v),
                    expected: "expected-faction",
                }),
                "with" => s.with = Some(v.to_string()),
                "row" => s.row = Some(v.to_string()),
                "compare" => match v.parse::<u8>() {
                    Ok(r) if r > 0 && v.bytes().all(|b| b.is_ascii_digit()) => s.compare = Some(r),
                    _ => n.push(Notice::BadValue {
                        param: "compare",
                        value: shown(v),
                        expected: "expected-round",
                    }),
                },
                "range" => match DayRange::parse(v) {
                    Ok((r, swapped)) => {
                        if swapped {
                            n.push(Notice::RangeSwapped);
                        }
                        s.range = Some(r);
                    }
                    Err(_) => n.push(Notice::BadValue {
                        param: "range",
                        value: shown(v),
                        expected: "expected-range",
                    }),
                },
                "lanes" => match LaneBy::ALL.into_iter().find(|l| l.slug() == v) {
                    Some(l) => s.lanes = l,
                    None => n.push(Notice::BadValue {
                        param: "lanes",
                        value: shown(v),
                        expected: "expected-lanes",
                    }),
                },
                "data" => {
                    if is_loadable_address(v) {
                        s.data = Some(v.to_string());
                    } else {
                        n.push(Notice::BadValue {
                            param: "data",
                            value: shown(v),
                            expected: "expected-data",
                        });
                    }
                }
                other => n.push(Notice::UnknownParam(shown(other))),
            }
        }
        if let (Some(a), Some(b)) = (s.filter.from, s.filter.to) {
            if a > b {
                s.filter.from = Some(b);
                s.filter.to = Some(a);
                n.push(Notice::YearsSwapped);
            }
        }
        (s, n)
    }

    /// Drops ids the dataset does not know, with a notice for each.
    pub fn resolve(mut self, catalog: &Catalog) -> (ViewState, Vec<Notice>) {
        let mut notices = Vec::new();
        self.filter.factions.retain(|id| {
            let known = catalog.faction(id).is_some();
            if !known {
                notices.push(Notice::Unknown {
                    what: "what-faction",
                    id: id.clone(),
                });
            }
            known
        });
        self.filter.communities.retain(|id| {
            let known = catalog.community(id).is_some();
            if !known {
                notices.push(Notice::Unknown {
                    what: "what-community",
                    id: id.clone(),
                });
            }
            known
        });
        for id in [&mut self.row, &mut self.with] {
            if let Some(x) = id {
                if catalog.faction(x).is_none() {
                    notices.push(Notice::Unknown {
                        what: "what-faction",
                        id: x.clone(),
                    });
                    *id = None;
                }
            }
        }
        for col in [&mut self.sort, &mut self.col] {
            if let Some(Column::Round(n)) = *col {
                if catalog.round(n).is_none() {
                    notices.push(Notice::Unknown {
                        what: "what-round",
                        id: n.to_string(),
                    });
                    *col = None;
                }
            }
        }
        if let Some(r) = self.range {
            let (first, end) = catalog.years();
            let extent = Window::years(first, end);
            let w = r.window();
            let fitted = Window {
                start: w.start.max(extent.start),
                end: w.end.min(extent.end),
            };
            if fitted.span() <= 0.0 {
                // Wholly outside the data: nothing to show there.
                notices.push(Notice::RangeClamped {
                    first,
                    last: end - 1,
                });
                self.range = None;
            } else if fitted != w {
                notices.push(Notice::RangeClamped {
                    first,
                    last: end - 1,
                });
                self.range = fitted.fit(extent).to_range(extent);
            }
        }
        if let Some(n) = self.compare {
            if catalog.round(n).is_none() {
                notices.push(Notice::Unknown {
                    what: "what-round",
                    id: n.to_string(),
                });
                self.compare = None;
            }
        }
        (self, notices)
    }

    /// The canonical query string (no leading `?`), empty for the default view.
    pub fn to_query(&self) -> String {
        let f = &self.filter;
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let join = |items: Vec<&str>| {
            items
                .iter()
                .map(|s| encode(s))
                .collect::<Vec<_>>()
                .join(",")
        };
        if !f.factions.is_empty() {
            pairs.push((
                "faction",
                join(f.factions.iter().map(String::as_str).collect()),
            ));
        }
        if !f.communities.is_empty() {
            pairs.push((
                "ethnicity",
                join(f.communities.iter().map(String::as_str).collect()),
            ));
        }
        if !f.kinds.is_empty() {
            pairs.push(("kind", join(f.kinds.iter().map(|k| k.slug()).collect())));
        }
        if !f.faction_kinds.is_empty() {
            pairs.push((
                "type",
                join(f.faction_kinds.iter().map(|k| k.slug()).collect()),
            ));
        }
        if !f.stances.is_empty() {
            pairs.push(("stance", join(f.stances.iter().map(|k| k.slug()).collect())));
        }
        if let Some(y) = f.from {
            pairs.push(("from", y.to_string()));
        }
        if let Some(y) = f.to {
            pairs.push(("to", y.to_string()));
        }
        if !f.q.is_empty() {
            pairs.push(("q", encode(&f.q)));
        }
        if self.view != MatrixView::Both {
            pairs.push(("view", self.view.slug().into()));
        }
        if let Some(c) = self.sort {
            pairs.push(("sort", c.slug()));
        }
        if self.desc {
            pairs.push(("desc", "1".into()));
        }
        if let Some(r) = &self.row {
            pairs.push(("row", encode(r)));
        }
        if let Some(c) = self.col {
            pairs.push(("col", c.slug()));
        }
        if let Some(w) = &self.with {
            pairs.push(("with", encode(w)));
        }
        if let Some(n) = self.compare {
            pairs.push(("compare", n.to_string()));
        }
        if let Some(r) = self.range {
            pairs.push(("range", r.to_param()));
        }
        if self.lanes != LaneBy::Kind {
            pairs.push(("lanes", self.lanes.slug().into()));
        }
        if let Some(d) = &self.data {
            pairs.push(("data", encode(d)));
        }
        to_query(&pairs)
    }

    /// `?query` or the empty string: what to append to a path.
    pub fn search(&self) -> String {
        let q = self.to_query();
        if q.is_empty() {
            q
        } else {
            format!("?{q}")
        }
    }

    /// The same view with only the state that travels between pages: filters and dataset.
    pub fn carried(&self) -> ViewState {
        ViewState {
            filter: self.filter.clone(),
            data: self.data.clone(),
            ..ViewState::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_issue_example() {
        let (s, n) = ViewState::from_query("?faction=nrf,aff&ethnicity=hazara&q=roadmap");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s.filter.factions.iter().collect::<Vec<_>>(), ["aff", "nrf"]);
        assert_eq!(s.filter.communities.iter().collect::<Vec<_>>(), ["hazara"]);
        assert_eq!(s.filter.q, "roadmap");
        assert_eq!(s.to_query(), "faction=aff,nrf&ethnicity=hazara&q=roadmap");
    }

    #[test]
    fn junk_becomes_notices_not_state() {
        let (s, n) = ViewState::from_query(
            "ethnicity=%3Cscript%3Ealert(1)%3C/script%3E&utm_source=x&from=20x3&kind=war&sort=r0&compare=abc&data=javascript:alert(1)&desc=maybe",
        );
        assert_eq!(s, ViewState::default());
        assert_eq!(n.len(), 8, "{n:?}");
        assert!(n
            .iter()
            .any(|x| matches!(x, Notice::UnknownParam(p) if p == "utm_source")));
        let text = n
            .iter()
            .map(|x| x.message(&Texts::english()))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            text.contains("<script>alert(1)</script>"),
            "the notice quotes the value as text: {text}"
        );
    }

    #[test]
    fn persian_and_arabic_indic_digits_parse_and_links_stay_ascii() {
        let ascii = "from=2023&to=2024&compare=3&range=2023-12-01..2024-01-31";
        let (want, n) = ViewState::from_query(ascii);
        assert!(n.is_empty(), "{n:?}");
        for q in [
            "from=۲۰۲۳&to=۲۰۲۴&compare=۳&range=۲۰۲۳-۱۲-۰۱..۲۰۲۴-۰۱-۳۱",
            "from=٢٠٢٣&to=٢٠٢٤&compare=٣&range=٢٠٢٣-١٢-٠١..٢٠٢٤-٠١-٣١",
            // Percent-encoded, as a browser sends them.
            "from=%DB%B2%DB%B0%DB%B2%DB%B3&to=2024&compare=%D9%A3&range=2023-12-01..2024-01-31",
        ] {
            let (s, n) = ViewState::from_query(q);
            assert!(n.is_empty(), "{q}: {n:?}");
            assert_eq!(s, want, "{q}");
            assert_eq!(s.to_query(), want.to_query(), "{q}");
            assert!(s.to_query().is_ascii());
        }
        // Only these parameters: a search keeps its digits as typed.
        let (s, _) = ViewState::from_query("q=۱۴۰۲");
        assert_eq!(s.filter.q, "۱۴۰۲");
        // Mixed with other scripts' digits, still refused.
        let (s, n) = ViewState::from_query("from=２０２３");
        assert_eq!(s.filter.from, None);
        assert_eq!(n.len(), 1);
    }

    #[test]
    fn reversed_years_are_swapped_with_a_notice() {
        let (s, n) = ViewState::from_query("from=2025&to=2022");
        assert_eq!((s.filter.from, s.filter.to), (Some(2022), Some(2025)));
        assert_eq!(n, vec![Notice::YearsSwapped]);
    }

    #[test]
    fn long_search_is_truncated() {
        let long = "a".repeat(500);
        let (s, n) = ViewState::from_query(&format!("q={long}"));
        assert_eq!(s.filter.q.len(), MAX_QUERY_CHARS);
        assert_eq!(n, vec![Notice::Truncated]);
    }

    #[test]
    fn repeated_params_merge() {
        let (s, _) = ViewState::from_query("faction=nrf&faction=aff,nrf");
        assert_eq!(s.filter.factions.len(), 2);
    }

    #[test]
    fn columns_round_trip() {
        for c in [
            Column::Name,
            Column::Round(3),
            Column::Stance,
            Column::Founded,
        ] {
            assert_eq!(Column::from_slug(&c.slug()), Some(c));
        }
        for bad in ["r", "r0", "r-1", "r1000", "R1", "names"] {
            assert_eq!(Column::from_slug(bad), None, "{bad}");
        }
    }

    #[test]
    fn loadable_addresses() {
        assert!(is_loadable_address("https://example.org/data.json"));
        assert!(is_loadable_address("/vienna/data/alt.json"));
        for bad in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "//evil.example/x",
            "ftp://x",
        ] {
            assert!(!is_loadable_address(bad), "{bad}");
        }
    }
}
