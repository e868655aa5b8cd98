//! Which English texts can be translated, and how a translation is found.
//!
//! A translation names its record (`faction:nrf`) and field (`summary`); this
//! module resolves that pair to the record's current English, for the
//! validator (does the pair exist?), the catalog (is the translation stale?)
//! and the coverage test (what is left untranslated?).

use super::model::*;

/// Lookups by id that both a parsed dataset and the catalog can answer.
pub trait Records {
    fn round_rec(&self, n: u8) -> Option<&Round>;
    fn faction_rec(&self, id: &str) -> Option<&Faction>;
    fn person_rec(&self, id: &str) -> Option<&Person>;
    fn community_rec(&self, id: &str) -> Option<&Community>;
    fn event_rec(&self, id: &str) -> Option<&Event>;
    fn document_rec(&self, id: &str) -> Option<&Document>;
    fn disagreement_rec(&self, id: &str) -> Option<&Disagreement>;
}

/// Why a translation's `of` and `field` do not name an English text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// `of` names no record (or is not `kind:id`).
    Record,
    /// The record has no such translatable field.
    Field,
}

/// The record kinds a translation can name, as `of` spells them.
pub const KINDS: [&str; 7] = [
    "round",
    "faction",
    "person",
    "community",
    "event",
    "document",
    "disagreement",
];

/// The fields a translation may name, by record kind (`venues.<i>.name` and
/// `venues.<i>.city` in rounds besides).
pub fn fields_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "round" => &["name", "headline", "summary"],
        "faction" => &["name", "short", "summary"],
        "person" => &["name", "summary"],
        "community" => &["name"],
        "event" => &["title", "summary"],
        "document" => &["title", "summary"],
        "disagreement" => &["topic", "note"],
        _ => &[],
    }
}

/// Is the field a name (transliterated or attested) rather than a text (translated)?
pub fn is_name_field(field: &str) -> bool {
    matches!(field, "name" | "short") || field.starts_with("venues.")
}

fn venue_field<'a>(r: &'a Round, field: &str) -> Option<&'a str> {
    let rest = field.strip_prefix("venues.")?;
    let (i, part) = rest.split_once('.')?;
    // Only a canonical index: "venues.01.name" would duplicate "venues.1.name".
    if i.is_empty() || (i.len() > 1 && i.starts_with('0')) || !i.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let v = r.venues.get(i.parse::<usize>().ok()?)?;
    match part {
        "name" => Some(&v.name),
        "city" => Some(&v.city),
        _ => None,
    }
}

/// The current English of `field` in the record `of`.
pub fn english<'a, R: Records + ?Sized>(
    records: &'a R,
    of: &str,
    field: &str,
) -> Result<&'a str, Unresolved> {
    let (kind, id) = of.split_once(':').ok_or(Unresolved::Record)?;
    let text: Option<&str> = match kind {
        "round" => {
            let n = id
                .parse::<u8>()
                .ok()
                .filter(|n| n.to_string() == id)
                .ok_or(Unresolved::Record)?;
            let r = records.round_rec(n).ok_or(Unresolved::Record)?;
            match field {
                "name" => Some(&r.name),
                "headline" => Some(&r.headline),
                "summary" => Some(&r.summary),
                _ => venue_field(r, field),
            }
        }
        "faction" => {
            let f = records.faction_rec(id).ok_or(Unresolved::Record)?;
            match field {
                "name" => Some(&f.name),
                "short" => f.short.as_deref(),
                "summary" => Some(&f.summary),
                _ => None,
            }
        }
        "person" => {
            let p = records.person_rec(id).ok_or(Unresolved::Record)?;
            match field {
                "name" => Some(&p.name),
                "summary" => Some(&p.summary),
                _ => None,
            }
        }
        "community" => {
            let c = records.community_rec(id).ok_or(Unresolved::Record)?;
            (field == "name").then_some(c.name.as_str())
        }
        "event" => {
            let e = records.event_rec(id).ok_or(Unresolved::Record)?;
            match field {
                "title" => Some(&e.title),
                "summary" => Some(&e.summary),
                _ => None,
            }
        }
        "document" => {
            let d = records.document_rec(id).ok_or(Unresolved::Record)?;
            match field {
                "title" => Some(&d.title),
                "summary" => Some(&d.summary),
                _ => None,
            }
        }
        "disagreement" => {
            let d = records.disagreement_rec(id).ok_or(Unresolved::Record)?;
            match field {
                "topic" => Some(&d.topic),
                "note" => Some(&d.note),
                _ => None,
            }
        }
        _ => return Err(Unresolved::Record),
    };
    text.ok_or(Unresolved::Field)
}

/// Every translatable (record, field) in a dataset, in dataset order.
pub fn all_fields(d: &Dataset) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut push = |of: String, fields: &[&str]| {
        for f in fields {
            v.push((of.clone(), (*f).to_string()));
        }
    };
    for c in &d.communities {
        push(format!("community:{}", c.id), &["name"]);
    }
    for r in &d.rounds {
        let of = format!("round:{}", r.number);
        push(of.clone(), &["name", "headline", "summary"]);
        for i in 0..r.venues.len() {
            push(
                of.clone(),
                &[&format!("venues.{i}.name"), &format!("venues.{i}.city")],
            );
        }
    }
    for f in &d.factions {
        let of = format!("faction:{}", f.id);
        if f.short.is_some() {
            push(of, &["name", "short", "summary"]);
        } else {
            push(of, &["name", "summary"]);
        }
    }
    for p in &d.people {
        push(format!("person:{}", p.id), &["name", "summary"]);
    }
    for e in &d.events {
        push(format!("event:{}", e.id), &["title", "summary"]);
    }
    for x in &d.documents {
        push(format!("document:{}", x.id), &["title", "summary"]);
    }
    for x in &d.disagreements {
        push(format!("disagreement:{}", x.id), &["topic", "note"]);
    }
    v
}
