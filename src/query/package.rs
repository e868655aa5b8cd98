//! The dataset as a Frictionless Data Package (`data/datapackage.json`): one
//! CSV per table, each described by a Table Schema (field types, primary and
//! foreign keys), with the licence, version and sources, for pandas, R and
//! spreadsheets. CSV cells are guarded against formulas as the export does.

use serde_json::{json, Value};

use super::export::csv_cell;
use super::head::LICENCE_URL;
use super::vocab::Vocab;
use crate::data::claims::{all_claims, Target};
use crate::data::model::{Cite, Dataset};

/// A column's type in the Table Schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    String,
    Integer,
    Boolean,
}

impl Type {
    fn name(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Integer => "integer",
            Type::Boolean => "boolean",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: &'static str,
    pub kind: Type,
    pub required: bool,
    pub description: &'static str,
}

/// A foreign key: these fields point at `resource`'s fields.
#[derive(Clone, Debug, PartialEq)]
pub struct ForeignKey {
    pub fields: &'static str,
    pub resource: &'static str,
    pub reference: &'static str,
}

/// One table: its schema and its rows (cells as written, "" for none).
#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    pub name: &'static str,
    pub description: &'static str,
    pub fields: Vec<Field>,
    pub primary_key: Vec<&'static str>,
    pub foreign_keys: Vec<ForeignKey>,
    pub rows: Vec<Vec<String>>,
}

impl Resource {
    pub fn file(&self) -> String {
        format!("{}.csv", self.name)
    }

    pub fn to_csv(&self) -> String {
        let line = |cells: Vec<String>| {
            let mut s = cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(",");
            s.push_str("\r\n");
            s
        };
        let mut out = line(self.fields.iter().map(|f| f.name.to_string()).collect());
        for r in &self.rows {
            out.push_str(&line(r.clone()));
        }
        out
    }

    fn schema(&self) -> Value {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|f| {
                let mut v =
                    json!({"name": f.name, "type": f.kind.name(), "description": f.description});
                if f.required {
                    v["constraints"] = json!({"required": true});
                }
                v
            })
            .collect();
        let fks: Vec<Value> = self
            .foreign_keys
            .iter()
            .map(|k| json!({"fields": k.fields, "reference": {"resource": k.resource, "fields": k.reference}}))
            .collect();
        let mut s = json!({"fields": fields, "missingValues": [""]});
        if !self.primary_key.is_empty() {
            s["primaryKey"] = json!(self.primary_key);
        }
        if !fks.is_empty() {
            s["foreignKeys"] = json!(fks);
        }
        s
    }
}

fn f(name: &'static str, kind: Type, description: &'static str) -> Field {
    Field {
        name,
        kind,
        required: false,
        description,
    }
}
fn req(name: &'static str, kind: Type, description: &'static str) -> Field {
    Field {
        required: true,
        ..f(name, kind, description)
    }
}
fn fk(fields: &'static str, resource: &'static str, reference: &'static str) -> ForeignKey {
    ForeignKey {
        fields,
        resource,
        reference,
    }
}

/// An enum value as the JSON spells it (`SplitFrom` is `split-from`).
fn kebab(v: impl std::fmt::Debug) -> String {
    let mut out = String::new();
    for (i, ch) in format!("{v:?}").chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn join(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join("; ")
}

fn cites_text(cites: &[Cite]) -> String {
    join(cites.iter().map(|c| match c.para {
        Some(p) => format!("{} ¶{p}", c.source),
        None => c.source.clone(),
    }))
}

use Type::{Boolean, Integer, String as Str};

/// Every table of the package, in the order of `datapackage.json`.
pub fn resources(d: &Dataset) -> Vec<Resource> {
    let first_date = |dates: &[crate::data::model::DateClaim]| {
        dates
            .first()
            .map(|x| (x.start.clone(), opt(&x.end)))
            .unwrap_or_default()
    };
    let rounds = Resource {
        name: "rounds",
        description: "The Vienna Process rounds, with their best-supported dates.",
        fields: vec![
            req("number", Integer, "The round's number, 1 onward."),
            req("name", Str, "The name the sources use."),
            f(
                "headline",
                Str,
                "The headline outcome, in the project's words.",
            ),
            f("summary", Str, "A summary in the project's words."),
            f("start", Str, "First day (YYYY, YYYY-MM or YYYY-MM-DD)."),
            f("end", Str, "Last day, when it differs."),
            f("venues", Str, "Venues, separated by '; '."),
            f(
                "sources",
                Str,
                "Sources of the dates (source id, ¶ paragraph).",
            ),
        ],
        primary_key: vec!["number"],
        foreign_keys: vec![],
        rows: d
            .rounds
            .iter()
            .map(|r| {
                let (start, end) = first_date(&r.dates);
                vec![
                    r.number.to_string(),
                    r.name.clone(),
                    r.headline.clone(),
                    r.summary.clone(),
                    start,
                    end,
                    join(r.venues.iter().map(|v| format!("{}, {}", v.name, v.city))),
                    cites_text(&r.dates.first().map(|x| x.cites.clone()).unwrap_or_default()),
                ]
            })
            .collect(),
    };
    let attendance = Resource {
        name: "attendance",
        description:
            "Who took part in which round, how, and for which faction where a source says so.",
        fields: vec![
            req("round", Integer, "The round's number."),
            req("person", Str, "The person's id."),
            f(
                "faction",
                Str,
                "The faction's id, only where a source says so.",
            ),
            req("mode", Str, "attended, in-person, online, envoy or absent."),
            req("inferred", Boolean, "True when the project infers it."),
            f("note", Str, "A note in the project's words."),
            f("sources", Str, "Sources (source id, ¶ paragraph)."),
        ],
        primary_key: vec!["round", "person"],
        foreign_keys: vec![
            fk("round", "rounds", "number"),
            fk("person", "people", "id"),
            fk("faction", "factions", "id"),
        ],
        rows: d
            .rounds
            .iter()
            .flat_map(|r| {
                r.attendance.iter().map(move |a| {
                    vec![
                        r.number.to_string(),
                        a.person.clone(),
                        opt(&a.faction),
                        a.mode.slug().to_string(),
                        a.inferred.to_string(),
                        opt(&a.note),
                        cites_text(&a.cites),
                    ]
                })
            })
            .collect(),
    };
    let factions = Resource {
        name: "factions",
        description: "Groups, councils, parties and movements.",
        fields: vec![
            req("id", Str, "The faction's id."),
            req("name", Str, "Its name."),
            f("short", Str, "A short name."),
            req("kind", Str, "What kind of body it is."),
            f("summary", Str, "A summary in the project's words."),
            f("founded", Str, "When it was founded, where a source says."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows: d
            .factions
            .iter()
            .map(|x| {
                vec![
                    x.id.clone(),
                    x.name.clone(),
                    opt(&x.short),
                    x.kind.slug().to_string(),
                    x.summary.clone(),
                    x.founded
                        .first()
                        .map(|d| d.start.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect(),
    };
    let people = Resource {
        name: "people",
        description: "People the sources name.",
        fields: vec![
            req("id", Str, "The person's id."),
            req("name", Str, "The name most sources use."),
            f("variants", Str, "Other spellings, separated by '; '."),
            f("summary", Str, "A summary in the project's words."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows: d
            .people
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.name.clone(),
                    join(p.variants.iter().map(|v| v.name.clone())),
                    p.summary.clone(),
                ]
            })
            .collect(),
    };
    let relations = Resource {
        name: "relations",
        description: "How one faction stands toward another, where a source says so.",
        fields: vec![
            req("from", Str, "The faction's id."),
            req("kind", Str, "The relation."),
            req("to", Str, "The other faction's id."),
            f("text", Str, "In the project's words."),
            req("inferred", Boolean, "True when the project infers it."),
            f("sources", Str, "Sources (source id, ¶ paragraph)."),
        ],
        primary_key: vec!["from", "kind", "to"],
        foreign_keys: vec![fk("from", "factions", "id"), fk("to", "factions", "id")],
        rows: d
            .relations
            .iter()
            .map(|r| {
                vec![
                    r.from.clone(),
                    r.kind.slug().to_string(),
                    r.to.clone(),
                    r.text.clone(),
                    r.inferred.to_string(),
                    cites_text(&r.cites),
                ]
            })
            .collect(),
    };
    let events = Resource {
        name: "events",
        description: "What happened around the rounds.",
        fields: vec![
            req("id", Str, "The event's id."),
            req("title", Str, "Its title."),
            req("kind", Str, "What kind of event."),
            f("start", Str, "First day (YYYY, YYYY-MM or YYYY-MM-DD)."),
            f("end", Str, "Last day, when it differs."),
            f("place", Str, "Where."),
            f("summary", Str, "A summary in the project's words."),
            f("factions", Str, "Faction ids, separated by '; '."),
            f("people", Str, "Person ids, separated by '; '."),
            req("inferred", Boolean, "True when the project infers it."),
            f("sources", Str, "Sources (source id, ¶ paragraph)."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows: d
            .events
            .iter()
            .map(|e| {
                let (start, end) = first_date(&e.dates);
                vec![
                    e.id.clone(),
                    e.title.clone(),
                    e.kind.slug().to_string(),
                    start,
                    end,
                    opt(&e.place),
                    e.summary.clone(),
                    e.factions.join("; "),
                    e.people.join("; "),
                    e.inferred.to_string(),
                    cites_text(&e.cites),
                ]
            })
            .collect(),
    };
    let documents = Resource {
        name: "documents",
        description: "Roadmaps, declarations, statements, letters and reports.",
        fields: vec![
            req("id", Str, "The document's id."),
            req("title", Str, "Its title."),
            req("kind", Str, "What kind of document."),
            f("date", Str, "Its date, where known."),
            f("round", Integer, "The round it was adopted or issued at."),
            f("issuer", Str, "Who issued it."),
            f("summary", Str, "A summary in the project's words."),
            f("sources", Str, "Sources (source id, ¶ paragraph)."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![fk("round", "rounds", "number")],
        rows: d
            .documents
            .iter()
            .map(|x| {
                vec![
                    x.id.clone(),
                    x.title.clone(),
                    kebab(x.kind),
                    opt(&x.date),
                    x.round.map(|r| r.to_string()).unwrap_or_default(),
                    x.issuer.clone(),
                    x.summary.clone(),
                    cites_text(&x.cites),
                ]
            })
            .collect(),
    };
    let disagreements = Resource {
        name: "disagreements",
        description: "Where sources give different values; every value is kept.",
        fields: vec![
            req("id", Str, "The disagreement's id."),
            req("topic", Str, "What it is about."),
            req(
                "field",
                Str,
                "count, date, name, spelling, venue, attribution or other.",
            ),
            req(
                "values",
                Str,
                "Each value with its sources, separated by ' | '.",
            ),
            f("note", Str, "The project's reading, in its words."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows: d
            .disagreements
            .iter()
            .map(|x| {
                vec![
                    x.id.clone(),
                    x.topic.clone(),
                    kebab(x.field),
                    x.values
                        .iter()
                        .map(|v| format!("{} [{}]", v.value, cites_text(&v.cites)))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    x.note.clone(),
                ]
            })
            .collect(),
    };
    let sources = Resource {
        name: "sources",
        description: "The sources every statement cites.",
        fields: vec![
            req("id", Str, "The source's id."),
            req("kind", Str, "seed, news, organiser, official or reference."),
            req("title", Str, "Its title."),
            f("author", Str, "Its author."),
            f("publisher", Str, "Its publisher."),
            f("date", Str, "Publication date as printed."),
            f("url", Str, "Its web address."),
            f("language", Str, "Its language."),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows: d
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.id.clone(),
                    kebab(s.kind),
                    s.title.clone(),
                    opt(&s.author),
                    opt(&s.publisher),
                    opt(&s.date),
                    opt(&s.url),
                    opt(&s.language),
                ]
            })
            .collect(),
    };
    let mut cite_rows = Vec::new();
    for c in all_claims(d) {
        let (kind, id) = match &c.target {
            Target::Round(n) => ("round", n.to_string()),
            Target::Faction(x) => ("faction", x.clone()),
            Target::Person(x) => ("person", x.clone()),
            Target::Document(x) => ("document", x.clone()),
            Target::Event(x) => ("event", x.clone()),
            Target::Source(x) => ("source", x.clone()),
            Target::Disagreement(x) => ("disagreement", x.clone()),
            Target::Relation(a, b) => ("relation", format!("{a}>{b}")),
        };
        for cite in &c.cites {
            let url = d
                .sources
                .iter()
                .find(|s| s.id == cite.source)
                .and_then(|s| s.url.clone())
                .unwrap_or_default();
            cite_rows.push(vec![
                kind.to_string(),
                id.clone(),
                c.aspect.unwrap_or_default().to_string(),
                cite.source.clone(),
                cite.para.map(|p| p.to_string()).unwrap_or_default(),
                url,
            ]);
        }
    }
    let citations = Resource {
        name: "citations",
        description: "Every citation: which record (and which part of it) rests on which source, at which paragraph or address.",
        fields: vec![
            req("record_type", Str, "round, faction, person, document, event, source, disagreement or relation."),
            req("record_id", Str, "The record's id (a round's number; a relation's from>to)."),
            f("aspect", Str, "Which part of the record."),
            req("source", Str, "The source's id."),
            f("paragraph", Integer, "The paragraph of a seed document (its N-th non-blank line)."),
            f("address", Str, "The source's web address, for web sources."),
        ],
        primary_key: vec![],
        foreign_keys: vec![fk("source", "sources", "id")],
        rows: cite_rows,
    };
    vec![
        rounds,
        attendance,
        factions,
        people,
        relations,
        events,
        documents,
        disagreements,
        sources,
        citations,
    ]
}

/// `datapackage.json` for `resources` of dataset `d`.
pub fn descriptor(d: &Dataset, resources: &[Resource]) -> String {
    let m = &d.meta;
    let res: Vec<Value> = resources
        .iter()
        .map(|r| {
            json!({
                "name": r.name,
                "path": r.file(),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": r.description,
                "schema": r.schema(),
            })
        })
        .collect();
    let sources: Vec<Value> = d
        .sources
        .iter()
        .map(|s| match &s.url {
            Some(u) => json!({"title": s.title, "path": u}),
            None => json!({"title": s.title}),
        })
        .collect();
    let v = json!({
        "profile": "tabular-data-package",
        "name": "vienna-process",
        "title": m.title,
        "description": m.description,
        "version": m.version,
        "created": format!("{}T00:00:00Z", m.date),
        "licenses": [{"name": "CC-BY-4.0", "path": LICENCE_URL, "title": m.licence}],
        "sources": sources,
        "resources": res,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// Every file of the package: site path (under `/data/`) and content.
pub fn files(d: &Dataset) -> Vec<(String, String)> {
    let res = resources(d);
    let mut out = vec![(super::datafiles::PACKAGE.to_string(), descriptor(d, &res))];
    out.extend(
        res.iter()
            .map(|r| (format!("/data/{}", r.file()), r.to_csv())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;
    use std::collections::{BTreeMap, HashSet};

    /// A CSV reader for the tests (RFC 4180: quotes, doubled quotes, CRLF).
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    /// Reads the package as a consumer would: the descriptor and the CSVs.
    fn read_back() -> (Value, BTreeMap<String, Vec<Vec<String>>>) {
        let d = embedded().unwrap();
        let files: BTreeMap<String, String> = files(&d).into_iter().collect();
        let desc: Value = serde_json::from_str(&files["/data/datapackage.json"]).unwrap();
        let tables = desc["resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let name = r["name"].as_str().unwrap().to_string();
                let path = format!("/data/{}", r["path"].as_str().unwrap());
                (name, parse_csv(&files[&path]))
            })
            .collect();
        (desc, tables)
    }

    #[test]
    fn every_csv_header_equals_its_schema_and_cells_fit_their_types() {
        let (desc, tables) = read_back();
        let names: Vec<&str> = desc["resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "rounds",
                "attendance",
                "factions",
                "people",
                "relations",
                "events",
                "documents",
                "disagreements",
                "sources",
                "citations"
            ]
        );
        for r in desc["resources"].as_array().unwrap() {
            let fields = r["schema"]["fields"].as_array().unwrap();
            let rows = &tables[r["name"].as_str().unwrap()];
            let header: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(rows[0], header, "{}", r["name"]);
            assert!(rows.len() > 1, "{} is empty", r["name"]);
            for row in &rows[1..] {
                assert_eq!(row.len(), header.len(), "{}: {row:?}", r["name"]);
                for (cell, f) in row.iter().zip(fields) {
                    let required = f["constraints"]["required"] == true;
                    if cell.is_empty() {
                        assert!(!required, "{}.{} is required", r["name"], f["name"]);
                        continue;
                    }
                    match f["type"].as_str().unwrap() {
                        "integer" => assert!(cell.parse::<i64>().is_ok(), "{cell}"),
                        "boolean" => assert!(cell == "true" || cell == "false", "{cell}"),
                        _ => {}
                    }
                }
            }
        }
    }

    #[test]
    fn primary_keys_are_unique_and_foreign_keys_hold() {
        let (desc, tables) = read_back();
        let resources = desc["resources"].as_array().unwrap();
        let column = |table: &str, field: &str| -> Vec<String> {
            let rows = &tables[table];
            let i = rows[0].iter().position(|h| h == field).unwrap();
            rows[1..].iter().map(|r| r[i].clone()).collect()
        };
        let mut checked = 0;
        for r in resources {
            let name = r["name"].as_str().unwrap();
            if let Some(pk) = r["schema"]["primaryKey"].as_array() {
                let cols: Vec<Vec<String>> = pk
                    .iter()
                    .map(|f| column(name, f.as_str().unwrap()))
                    .collect();
                let keys: Vec<Vec<&String>> = (0..cols[0].len())
                    .map(|i| cols.iter().map(|c| &c[i]).collect())
                    .collect();
                let unique: HashSet<_> = keys.iter().collect();
                assert_eq!(unique.len(), keys.len(), "{name}: repeated primary key");
                assert!(keys.iter().flatten().all(|k| !k.is_empty()));
            }
            for k in r["schema"]["foreignKeys"].as_array().into_iter().flatten() {
                let field = k["fields"].as_str().unwrap();
                let target = k["reference"]["resource"].as_str().unwrap();
                let target_field = k["reference"]["fields"].as_str().unwrap();
                let targets: HashSet<String> = column(target, target_field).into_iter().collect();
                for v in column(name, field).into_iter().filter(|v| !v.is_empty()) {
                    assert!(
                        targets.contains(&v),
                        "{name}.{field} = {v} is not in {target}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "only {checked} references checked");
    }

    #[test]
    fn a_broken_reference_would_be_caught() {
        // The check above must be able to fail: a citation of a missing source.
        let mut d = embedded().unwrap();
        d.rounds[0].dates[0].cites[0].source = "no-such-source".into();
        let res = resources(&d);
        let sources: HashSet<&String> = res[8].rows.iter().map(|r| &r[0]).collect();
        assert!(res[9].rows.iter().any(|r| !sources.contains(&r[3])));
    }

    #[test]
    fn the_package_carries_licence_version_and_sources() {
        let (desc, _) = read_back();
        let d = embedded().unwrap();
        assert_eq!(desc["version"], d.meta.version.as_str());
        assert_eq!(desc["licenses"][0]["path"], LICENCE_URL);
        assert_eq!(desc["sources"].as_array().unwrap().len(), d.sources.len());
        assert_eq!(desc["profile"], "tabular-data-package");
    }

    #[test]
    fn formula_cells_are_guarded() {
        let mut d = embedded().unwrap();
        d.people[0].summary = "=HYPERLINK(\"x\")".into();
        let csv = resources(&d)[3].to_csv();
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    }
}
