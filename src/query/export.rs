//! Exports of the current filtered view as CSV and JSON.
//!
//! A view is first turned into a [`Table`] (the rows the user sees, in order),
//! then written out. CSV cells that a spreadsheet would run as a formula are
//! prefixed with `'` so an exported dataset cannot carry one.

use super::matrix::{cell_status, founded, leaders_once, stances};
use super::timeline::{Item, Placed};
use super::vocab::Vocab;
use crate::data::catalog::Catalog;
use crate::data::date::format_range;
use crate::i18n::messages::Arg;
use crate::i18n::Texts;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

impl Table {
    fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// CSV with a header row in the edition's words (the JSON keeps the
    /// column ids, which stay the same in every edition).
    pub fn to_csv(&self, texts: &Texts) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(",")
        };
        let labels: Vec<String> = self
            .headers
            .iter()
            .map(|h| header_label(texts, h))
            .collect();
        let mut out = line(&labels);
        out.push_str("\r\n");
        for r in &self.rows {
            out.push_str(&line(r));
            out.push_str("\r\n");
        }
        out
    }

    /// An array of objects keyed by the headers, keys in column order (as in
    /// the CSV), pretty-printed. Each row is serialized as a map straight from
    /// its (header, cell) pairs: serde_json writes a map's keys in the order
    /// they come (only its own `Map` type would sort them, and none is built).
    pub fn to_json(&self) -> String {
        struct Row<'a>(&'a [String], &'a [String]);
        impl serde::Serialize for Row<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.iter().zip(self.1))
            }
        }
        let rows: Vec<Row> = self.rows.iter().map(|r| Row(&self.headers, r)).collect();
        serde_json::to_string_pretty(&rows).expect("strings always serialize")
    }
}

/// A column's heading for people: `round-3` is "Round 3"; others have a catalog entry.
pub fn header_label(texts: &Texts, id: &str) -> String {
    match id
        .strip_prefix("round-")
        .and_then(|n| n.parse::<i64>().ok())
    {
        Some(n) => texts.f("round-n", &[("n", Arg::Num(n))]),
        None => texts.t(&format!("export-{id}")),
    }
}

fn join<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().collect::<Vec<_>>().join("; ")
}

fn sources_of<'a>(cites: impl IntoIterator<Item = &'a crate::data::model::Cite>) -> String {
    let mut v: Vec<String> = Vec::new();
    for c in cites {
        let s = match c.para {
            Some(p) => format!("{} ¶{p}", c.source),
            None => c.source.clone(),
        };
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v.join("; ")
}

/// The timeline as shown: rounds and events in date order.
pub fn timeline(cat: &Catalog, placed: &[Placed]) -> Table {
    let mut t = Table::new(&[
        "kind", "id", "title", "dates", "place", "summary", "factions", "sources",
    ]);
    for p in placed {
        let dates = format_range(&p.start, p.end.as_ref());
        let row = match p.item {
            Item::Round(i) => {
                let r = &cat.data.rounds[i];
                vec![
                    "round".into(),
                    r.number.to_string(),
                    r.name.clone(),
                    dates,
                    join(r.venues.iter().map(|v| v.name.as_str())),
                    r.headline.clone(),
                    join(
                        cat.data
                            .factions
                            .iter()
                            .filter(|f| cat.presence(f, r.number).is_some())
                            .map(|f| f.id.as_str()),
                    ),
                    sources_of(r.dates.iter().flat_map(|d| &d.cites)),
                ]
            }
            Item::Event(i) => {
                let e = &cat.data.events[i];
                vec![
                    e.kind.slug().into(),
                    e.id.clone(),
                    e.title.clone(),
                    dates,
                    e.place.clone().unwrap_or_default(),
                    e.summary.clone(),
                    join(e.factions.iter().map(String::as_str)),
                    sources_of(&e.cites),
                ]
            }
        };
        t.rows.push(row);
    }
    t
}

/// The matrix rows as shown: one row per faction, rounds then attributes.
pub fn matrix(cat: &Catalog, rows: &[usize]) -> Table {
    let rounds = cat.round_numbers();
    let mut headers: Vec<String> = vec!["id".into(), "faction".into()];
    headers.extend(rounds.iter().map(|n| format!("round-{n}")));
    headers.extend(
        ["kind", "leaders", "base", "ethnicity", "stance", "founded"]
            .iter()
            .map(|s| s.to_string()),
    );
    let mut t = Table {
        headers,
        rows: Vec::new(),
    };
    for &i in rows {
        let f = &cat.data.factions[i];
        let mut row = vec![f.id.clone(), f.name.clone()];
        // Values are the dataset's own words and ids, the same in every edition.
        row.extend(
            rounds
                .iter()
                .map(|&n| cell_status(cat, f, n).slug().to_string()),
        );
        row.push(f.kind.slug().into());
        row.push(join(
            leaders_once(cat, &f.id)
                .iter()
                .map(|(p, _)| p.name.as_str()),
        ));
        row.push(join(f.bases.iter().map(|b| b.text.as_str())));
        row.push(join(
            cat.communities_of_faction(f)
                .into_iter()
                .map(|c| cat.community_name(c)),
        ));
        row.push(join(stances(f).into_iter().map(|s| s.slug())));
        row.push(founded(f).map(|d| d.to_string()).unwrap_or_default());
        t.rows.push(row);
    }
    t
}

/// The people list as shown.
pub fn people(cat: &Catalog, rows: &[usize]) -> Table {
    let mut t = Table::new(&["id", "name", "variants", "factions", "rounds", "summary"]);
    for &i in rows {
        let p = &cat.data.people[i];
        let rounds: Vec<String> = cat
            .attendance_of(&p.id)
            .iter()
            .map(|(r, a)| format!("{} ({})", r.number, a.mode.slug()))
            .collect();
        t.rows.push(vec![
            p.id.clone(),
            p.name.clone(),
            join(p.variants.iter().map(|v| v.name.as_str())),
            join(cat.factions_of(p)),
            rounds.join("; "),
            p.summary.clone(),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let t = Table {
            headers: vec!["id".into(), "title".into()],
            rows: vec![vec![
                "=HYPERLINK(\"x\")".into(),
                "one, \"two\"\nthree".into(),
            ]],
        };
        assert_eq!(
            t.to_csv(&Texts::english()),
            "id,title\r\n\"'=HYPERLINK(\"\"x\"\")\",\"one, \"\"two\"\"\nthree\"\r\n"
        );
    }

    #[test]
    fn json_is_an_array_of_objects() {
        let t = Table {
            headers: vec!["id".into()],
            rows: vec![vec!["<img src=x>".into()]],
        };
        let v: Value = serde_json::from_str(&t.to_json()).unwrap();
        assert_eq!(v[0]["id"], "<img src=x>");
        let empty = Table::new(&["a"]);
        assert_eq!(empty.to_json(), "[]");
    }

    #[test]
    fn json_layout_is_two_space_indented() {
        let t = Table {
            headers: vec!["b".into(), "a".into()],
            rows: vec![
                vec!["1".into(), "\"2\"".into()],
                vec!["3".into(), "4".into()],
            ],
        };
        assert_eq!(
            t.to_json(),
            "[\n  {\n    \"b\": \"1\",\n    \"a\": \"\\\"2\\\"\"\n  },\n  {\n    \"b\": \"3\",\n    \"a\": \"4\"\n  }\n]"
        );
    }

    #[test]
    fn json_keys_keep_the_column_order() {
        let t = Table {
            headers: vec!["title".into(), "dates".into(), "a \"quoted\" key".into()],
            rows: vec![vec!["x".into(), "y".into(), "z\n".into()]; 2],
        };
        let json = t.to_json();
        let (title, dates) = (
            json.find("\"title\"").unwrap(),
            json.find("\"dates\"").unwrap(),
        );
        assert!(title < dates, "{json}");
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[1]["a \"quoted\" key"], "z\n");
        assert_eq!(v.as_array().unwrap().len(), 2);
    }
}
