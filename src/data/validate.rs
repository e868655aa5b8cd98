//! Parsing and validation of a dataset, embedded or loaded from elsewhere.
//!
//! [`parse_and_validate`] is the one entry point: it refuses oversized input,
//! reports JSON and type errors with their JSON path, and then checks what the
//! types cannot: unique ids, references that resolve, a citation on every fact,
//! locators that exist, real dates, non-empty text, safe link addresses, and a
//! public address for every source that is not a seed document.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::date::PartialDate;
use super::json_path::{offset_of, path_at};
use super::model::*;
use super::translations::{english, fields_of, Records, Unresolved};

/// Largest dataset accepted, in bytes (16 MiB): far above the real one (well under
/// 1 MiB) and the 10,000-event benchmark set, small enough not to hang a phone.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// One thing wrong with a dataset, at a JSON path such as `rounds[2].counts[0].cites`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a dataset was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON, or JSON of the wrong shape; `path` is where parsing stopped.
    Json {
        path: String,
        message: String,
    },
    /// Well-formed, but the checks found problems (all of them, not just the first).
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(
                f,
                "the dataset is {bytes} bytes; the limit is {MAX_BYTES} bytes (16 MiB)"
            ),
            LoadError::Json { path, message } if path.is_empty() || path == "." => {
                write!(f, "not a valid dataset: {message}")
            }
            LoadError::Json { path, message } => {
                write!(f, "not a valid dataset at {path}: {message}")
            }
            LoadError::Invalid(problems) => {
                write!(f, "the dataset has {} problem(s)", problems.len())?;
                for p in problems.iter().take(50) {
                    write!(f, "\n- {p}")?;
                }
                if problems.len() > 50 {
                    write!(f, "\n- and {} more", problems.len() - 50)?;
                }
                Ok(())
            }
        }
    }
}

/// Parses JSON text into a dataset and validates it.
pub fn parse_and_validate(text: &str) -> Result<Dataset, LoadError> {
    let data = parse(text)?;
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Parses JSON text into a dataset without checking its references and
/// rules: for the site's own dataset, which the build has validated
/// (`prerender` refuses to build on a problem), so a phone does not check it
/// again at every start. A dataset from anywhere else goes through
/// [`parse_and_validate`].
pub fn parse(text: &str) -> Result<Dataset, LoadError> {
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    serde_json::from_str(text).map_err(|e| LoadError::Json {
        path: path_at(text, offset_of(text, e.line(), e.column())),
        message: without_position(&e.to_string()).to_string(),
    })
}

/// serde_json ends its messages with " at line L column C"; the path replaces that.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    }
}

/// Every problem in a parsed dataset; empty when it is sound.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let mut v = Validator::new(d);
    v.run(d);
    v.problems
}

struct Validator {
    problems: Vec<Problem>,
    sources: HashMap<String, usize>,
    factions: HashSet<String>,
    people: HashSet<String>,
    documents: HashSet<String>,
    events: HashSet<String>,
    communities: HashSet<String>,
    rounds: HashSet<u8>,
}

/// Is `s` an address the app may make a link of, or fetch: `http://` or
/// `https://` (in any case), with something after it, and no control characters.
/// The one check for the validator, the source pages and the URL state.
pub fn is_web_address(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() >= 10
        && s.len() <= 2048
        && !s.chars().any(char::is_control)
}

/// Is `s` a URL slug: lowercase ASCII letters, digits and inner hyphens?
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Validator {
    fn new(d: &Dataset) -> Self {
        Validator {
            problems: Vec::new(),
            sources: d
                .sources
                .iter()
                .map(|s| (s.id.clone(), s.paragraphs.len()))
                .collect(),
            factions: d.factions.iter().map(|f| f.id.clone()).collect(),
            people: d.people.iter().map(|p| p.id.clone()).collect(),
            documents: d.documents.iter().map(|x| x.id.clone()).collect(),
            events: d.events.iter().map(|x| x.id.clone()).collect(),
            communities: d.communities.iter().map(|x| x.id.clone()).collect(),
            rounds: d.rounds.iter().map(|r| r.number).collect(),
        }
    }

    fn err(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: impl Into<String>, s: &str) {
        if s.trim().is_empty() {
            self.err(path, "is empty");
        }
    }

    fn ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !is_slug(id) {
                self.err(
                    format!("{list}[{i}].id"),
                    format!("\"{id}\" is not a slug (lowercase a-z, 0-9 and inner hyphens)"),
                );
            }
            if !seen.insert(id) {
                self.err(format!("{list}[{i}].id"), format!("duplicate id \"{id}\""));
            }
        }
    }

    fn date(&mut self, path: String, s: &str) -> Option<PartialDate> {
        match PartialDate::parse(s) {
            Ok(d) => Some(d),
            Err(e) => {
                self.err(path, format!("impossible date: {e}"));
                None
            }
        }
    }

    fn opt_date(&mut self, path: String, s: &Option<String>) {
        if let Some(s) = s {
            self.date(path, s);
        }
    }

    fn date_claims(&mut self, path: &str, claims: &[DateClaim]) {
        for (i, c) in claims.iter().enumerate() {
            let p = format!("{path}[{i}]");
            let start = self.date(format!("{p}.start"), &c.start);
            if let Some(end) = &c.end {
                if let (Some(s), Some(e)) = (start, self.date(format!("{p}.end"), end)) {
                    if e.last_day() < s.first_day() {
                        self.err(format!("{p}.end"), "ends before it starts");
                    }
                }
            }
            self.cites(&format!("{p}.cites"), &c.cites);
        }
    }

    fn cites(&mut self, path: &str, cites: &[Cite]) {
        if cites.is_empty() {
            self.err(path, "no citation: every fact needs at least one source");
        }
        for (i, c) in cites.iter().enumerate() {
            let p = format!("{path}[{i}]");
            match self.sources.get(&c.source).copied() {
                None => self.err(
                    format!("{p}.source"),
                    format!("unknown source \"{}\"", c.source),
                ),
                Some(0) => {
                    if let Some(n) = c.para {
                        self.err(
                            format!("{p}.para"),
                            format!(
                                "source \"{}\" lists no paragraphs, so ¶{n} cannot be checked",
                                c.source
                            ),
                        );
                    }
                }
                Some(count) => match c.para {
                    None => self.err(
                        format!("{p}.para"),
                        format!("source \"{}\" needs a paragraph locator", c.source),
                    ),
                    Some(n) if n == 0 || n as usize > count => self.err(
                        format!("{p}.para"),
                        format!("source \"{}\" has paragraphs 1-{count}, not {n}", c.source),
                    ),
                    Some(_) => {}
                },
            }
        }
    }

    fn claims(&mut self, path: &str, claims: &[Claim]) {
        for (i, c) in claims.iter().enumerate() {
            self.text(format!("{path}[{i}].text"), &c.text);
            self.cites(&format!("{path}[{i}].cites"), &c.cites);
        }
    }

    fn names(&mut self, path: &str, names: &[Name]) {
        for (i, n) in names.iter().enumerate() {
            self.text(format!("{path}[{i}].name"), &n.name);
            if let Some(lang) = &n.lang {
                if !matches!(lang.as_str(), "fa-AF" | "ps-AF") {
                    self.err(
                        format!("{path}[{i}].lang"),
                        format!("\"{lang}\" is not a language names are given in (fa-AF, ps-AF)"),
                    );
                }
            }
            self.cites(&format!("{path}[{i}].cites"), &n.cites);
        }
    }

    fn reference(&mut self, path: String, kind: &str, id: &str) {
        let known = match kind {
            "faction" => self.factions.contains(id),
            "person" => self.people.contains(id),
            "document" => self.documents.contains(id),
            "event" => self.events.contains(id),
            "community" => self.communities.contains(id),
            "source" => self.sources.contains_key(id),
            _ => false,
        };
        if !known {
            self.err(path, format!("unknown {kind} \"{id}\""));
        }
    }

    fn round_ref(&mut self, path: String, n: u8) {
        if !self.rounds.contains(&n) {
            self.err(path, format!("unknown round {n}"));
        }
    }

    fn run(&mut self, d: &Dataset) {
        self.meta(&d.meta);
        self.ids("communities", d.communities.iter().map(|x| x.id.as_str()));
        self.ids("sources", d.sources.iter().map(|x| x.id.as_str()));
        self.ids("factions", d.factions.iter().map(|x| x.id.as_str()));
        self.ids("people", d.people.iter().map(|x| x.id.as_str()));
        self.ids("documents", d.documents.iter().map(|x| x.id.as_str()));
        self.ids("events", d.events.iter().map(|x| x.id.as_str()));
        self.ids(
            "disagreements",
            d.disagreements.iter().map(|x| x.id.as_str()),
        );
        for (i, c) in d.communities.iter().enumerate() {
            self.text(format!("communities[{i}].name"), &c.name);
        }
        for (i, s) in d.sources.iter().enumerate() {
            self.source(i, s);
        }
        let mut numbers = HashSet::new();
        for (i, r) in d.rounds.iter().enumerate() {
            if r.number == 0 {
                self.err(format!("rounds[{i}].number"), "rounds are numbered from 1");
            }
            if !numbers.insert(r.number) {
                self.err(
                    format!("rounds[{i}].number"),
                    format!("duplicate round {}", r.number),
                );
            }
            self.round(i, r);
        }
        for (i, f) in d.factions.iter().enumerate() {
            self.faction(i, f);
        }
        for (i, p) in d.people.iter().enumerate() {
            self.person(i, p);
        }
        for (i, doc) in d.documents.iter().enumerate() {
            self.document(i, doc);
        }
        for (i, e) in d.events.iter().enumerate() {
            self.event(i, e);
        }
        for (i, r) in d.relations.iter().enumerate() {
            let p = format!("relations[{i}]");
            self.reference(format!("{p}.from"), "faction", &r.from);
            self.reference(format!("{p}.to"), "faction", &r.to);
            if r.from == r.to {
                self.err(format!("{p}.to"), "a faction cannot relate to itself");
            }
            self.text(format!("{p}.text"), &r.text);
            self.cites(&format!("{p}.cites"), &r.cites);
        }
        for (i, x) in d.disagreements.iter().enumerate() {
            self.disagreement(i, x);
        }
        self.translations(d);
    }

    /// Each translation names a record's field; its kind (`made`) decides its
    /// citations; one per record, field and language. A stale `from` is not a
    /// problem here: the English is shown instead, and a test lists it.
    fn translations(&mut self, d: &Dataset) {
        let index = Index::new(d);
        let mut seen = HashSet::new();
        for (i, t) in d.translations.iter().enumerate() {
            let p = format!("translations[{i}]");
            match english(&index, &t.of, &t.field) {
                Ok(_) => {}
                Err(Unresolved::Record) => self.err(
                    format!("{p}.of"),
                    format!(
                        "\"{}\" names no record (expected kind:id, kind one of {})",
                        t.of,
                        super::translations::KINDS.join(", ")
                    ),
                ),
                Err(Unresolved::Field) => {
                    let kind = t.of.split(':').next().unwrap_or("");
                    let mut known = fields_of(kind).join(", ");
                    if kind == "round" {
                        known.push_str(", venues.<i>.name, venues.<i>.city");
                    }
                    self.err(
                        format!("{p}.field"),
                        format!(
                            "\"{}\" is not a translatable field of {} ({known})",
                            t.field, t.of
                        ),
                    );
                }
            }
            self.text(format!("{p}.text"), &t.text);
            self.text(format!("{p}.from"), &t.from);
            match t.made {
                Made::Attested => self.cites(&format!("{p}.cites"), &t.cites),
                Made::Transliteration if !t.cites.is_empty() => self.err(
                    format!("{p}.cites"),
                    "a transliteration is the project's own and cites nothing (use attested)",
                ),
                Made::Translation | Made::Transliteration => {
                    if !t.cites.is_empty() {
                        self.cites(&format!("{p}.cites"), &t.cites);
                    }
                }
            }
            if !seen.insert((t.of.as_str(), t.field.as_str(), t.lang)) {
                self.err(
                    p,
                    format!(
                        "duplicate translation of {} {} into {}",
                        t.of,
                        t.field,
                        t.lang.code()
                    ),
                );
            }
        }
    }

    fn meta(&mut self, m: &Meta) {
        self.text("meta.title", &m.title);
        self.text("meta.version", &m.version);
        self.text("meta.licence", &m.licence);
        self.text("meta.description", &m.description);
        self.full_date("meta.date", &m.date);
        for (i, c) in m.changelog.iter().enumerate() {
            let p = format!("meta.changelog[{i}]");
            self.text(format!("{p}.version"), &c.version);
            self.full_date(&format!("{p}.date"), &c.date);
            if c.changes.is_empty() {
                self.err(format!("{p}.changes"), "lists no change");
            }
            for (j, change) in c.changes.iter().enumerate() {
                self.text(format!("{p}.changes[{j}]"), change);
            }
        }
    }

    /// A real date written in full, `YYYY-MM-DD`.
    fn full_date(&mut self, path: &str, s: &str) {
        if let Some(d) = self.date(path.into(), s) {
            if d.day.is_none() {
                self.err(path, "must be a full date, YYYY-MM-DD");
            }
        }
    }

    fn source(&mut self, i: usize, s: &Source) {
        let p = format!("sources[{i}]");
        self.text(format!("{p}.title"), &s.title);
        self.text(format!("{p}.summary"), &s.summary);
        self.opt_date(format!("{p}.date"), &s.date);
        if let Some(url) = &s.url {
            // Rendered as a link: anything but http(s) (javascript:, data:) is refused.
            if !is_web_address(url) {
                self.err(format!("{p}.url"), "must be an http:// or https:// address");
            }
        }
        if s.kind != SourceKind::Seed && s.url.is_none() {
            // A reader must be able to open every source that is not one of the
            // seed documents (an address that is present is checked above).
            self.err(
                format!("{p}.url"),
                "a source that is not a seed document needs a public address (url)",
            );
        } else if s.url.is_none() && s.paragraphs.is_empty() {
            self.err(
                &p,
                "a source needs an address (url) or paragraphs to serve as locators",
            );
        }
        for (j, para) in s.paragraphs.iter().enumerate() {
            if para.n as usize != j + 1 {
                self.err(
                    format!("{p}.paragraphs[{j}].n"),
                    format!(
                        "expected {} (paragraphs are numbered in order from 1)",
                        j + 1
                    ),
                );
            }
            self.text(format!("{p}.paragraphs[{j}].opens"), &para.opens);
            self.text(format!("{p}.paragraphs[{j}].summary"), &para.summary);
            if let Some(why) = &para.unused {
                self.text(format!("{p}.paragraphs[{j}].unused"), why);
            }
        }
    }

    fn round(&mut self, i: usize, r: &Round) {
        let p = format!("rounds[{i}]");
        self.text(format!("{p}.name"), &r.name);
        self.text(format!("{p}.headline"), &r.headline);
        self.text(format!("{p}.summary"), &r.summary);
        if r.dates.is_empty() {
            self.err(format!("{p}.dates"), "a round needs a date");
        }
        self.date_claims(&format!("{p}.dates"), &r.dates);
        for (j, v) in r.venues.iter().enumerate() {
            self.text(format!("{p}.venues[{j}].name"), &v.name);
            self.text(format!("{p}.venues[{j}].city"), &v.city);
            self.cites(&format!("{p}.venues[{j}].cites"), &v.cites);
        }
        self.claims(&format!("{p}.organisers"), &r.organisers);
        for (j, c) in r.counts.iter().enumerate() {
            self.text(format!("{p}.counts[{j}].stated"), &c.stated);
            self.cites(&format!("{p}.counts[{j}].cites"), &c.cites);
        }
        for (j, s) in r.women_share.iter().enumerate() {
            if s.percent > 100 {
                self.err(format!("{p}.women_share[{j}].percent"), "is over 100");
            }
            self.text(format!("{p}.women_share[{j}].stated"), &s.stated);
            self.cites(&format!("{p}.women_share[{j}].cites"), &s.cites);
        }
        for (j, a) in r.attendance.iter().enumerate() {
            let q = format!("{p}.attendance[{j}]");
            self.reference(format!("{q}.person"), "person", &a.person);
            if let Some(f) = &a.faction {
                self.reference(format!("{q}.faction"), "faction", f);
            }
            self.cites(&format!("{q}.cites"), &a.cites);
        }
        for (j, c) in r.communities.iter().enumerate() {
            let q = format!("{p}.communities[{j}]");
            self.reference(format!("{q}.community"), "community", &c.community);
            self.text(format!("{q}.text"), &c.text);
            self.cites(&format!("{q}.cites"), &c.cites);
        }
        self.claims(&format!("{p}.community_notes"), &r.community_notes);
        self.claims(&format!("{p}.firsts"), &r.firsts);
        self.claims(&format!("{p}.outcomes"), &r.outcomes);
        for (j, x) in r.reactions.iter().enumerate() {
            let q = format!("{p}.reactions[{j}]");
            self.text(format!("{q}.actor"), &x.actor);
            self.text(format!("{q}.text"), &x.text);
            if let Some(id) = &x.person {
                self.reference(format!("{q}.person"), "person", id);
            }
            if let Some(id) = &x.faction {
                self.reference(format!("{q}.faction"), "faction", id);
            }
            self.cites(&format!("{q}.cites"), &x.cites);
        }
        for (j, id) in r.documents.iter().enumerate() {
            self.reference(format!("{p}.documents[{j}]"), "document", id);
        }
    }

    fn faction(&mut self, i: usize, f: &Faction) {
        let p = format!("factions[{i}]");
        self.text(format!("{p}.name"), &f.name);
        self.text(format!("{p}.summary"), &f.summary);
        self.names(&format!("{p}.aliases"), &f.aliases);
        self.claims(&format!("{p}.bases"), &f.bases);
        self.date_claims(&format!("{p}.founded"), &f.founded);
        for (j, c) in f.composition.iter().enumerate() {
            let q = format!("{p}.composition[{j}]");
            if c.communities.is_empty() {
                self.err(format!("{q}.communities"), "names no community");
            }
            for (k, id) in c.communities.iter().enumerate() {
                self.reference(format!("{q}.communities[{k}]"), "community", id);
            }
            self.text(format!("{q}.text"), &c.text);
            self.cites(&format!("{q}.cites"), &c.cites);
        }
        for (j, s) in f.stances.iter().enumerate() {
            let q = format!("{p}.stances[{j}]");
            self.opt_date(format!("{q}.since"), &s.since);
            self.text(format!("{q}.text"), &s.text);
            self.cites(&format!("{q}.cites"), &s.cites);
        }
        let mut rounds = HashSet::new();
        for (j, x) in f.presence.iter().enumerate() {
            let q = format!("{p}.presence[{j}]");
            self.round_ref(format!("{q}.round"), x.round);
            if !rounds.insert(x.round) {
                self.err(
                    format!("{q}.round"),
                    format!("round {} is listed twice", x.round),
                );
            }
            self.text(format!("{q}.text"), &x.text);
            self.cites(&format!("{q}.cites"), &x.cites);
        }
        self.claims(&format!("{p}.notes"), &f.notes);
    }

    fn person(&mut self, i: usize, person: &Person) {
        let p = format!("people[{i}]");
        self.text(format!("{p}.name"), &person.name);
        self.text(format!("{p}.summary"), &person.summary);
        self.names(&format!("{p}.variants"), &person.variants);
        for (j, r) in person.roles.iter().enumerate() {
            let q = format!("{p}.roles[{j}]");
            self.text(format!("{q}.title"), &r.title);
            if let Some(f) = &r.faction {
                self.reference(format!("{q}.faction"), "faction", f);
            }
            self.opt_date(format!("{q}.since"), &r.since);
            self.opt_date(format!("{q}.until"), &r.until);
            self.cites(&format!("{q}.cites"), &r.cites);
        }
        for (j, c) in person.communities.iter().enumerate() {
            let q = format!("{p}.communities[{j}]");
            self.reference(format!("{q}.community"), "community", &c.community);
            self.cites(&format!("{q}.cites"), &c.cites);
        }
        self.claims(&format!("{p}.notes"), &person.notes);
    }

    fn document(&mut self, i: usize, doc: &Document) {
        let p = format!("documents[{i}]");
        self.text(format!("{p}.title"), &doc.title);
        self.text(format!("{p}.issuer"), &doc.issuer);
        self.text(format!("{p}.summary"), &doc.summary);
        self.opt_date(format!("{p}.date"), &doc.date);
        if let Some(n) = doc.round {
            self.round_ref(format!("{p}.round"), n);
        }
        for (j, s) in doc.sections.iter().enumerate() {
            self.text(format!("{p}.sections[{j}].heading"), &s.heading);
            self.claims(&format!("{p}.sections[{j}].items"), &s.items);
        }
        self.cites(&format!("{p}.cites"), &doc.cites);
    }

    fn event(&mut self, i: usize, e: &Event) {
        let p = format!("events[{i}]");
        self.text(format!("{p}.title"), &e.title);
        self.text(format!("{p}.summary"), &e.summary);
        if e.dates.is_empty() {
            self.err(format!("{p}.dates"), "an event needs a date");
        }
        self.date_claims(&format!("{p}.dates"), &e.dates);
        for (j, id) in e.factions.iter().enumerate() {
            self.reference(format!("{p}.factions[{j}]"), "faction", id);
        }
        for (j, id) in e.people.iter().enumerate() {
            self.reference(format!("{p}.people[{j}]"), "person", id);
        }
        self.cites(&format!("{p}.cites"), &e.cites);
    }

    fn disagreement(&mut self, i: usize, x: &Disagreement) {
        let p = format!("disagreements[{i}]");
        self.text(format!("{p}.topic"), &x.topic);
        self.text(format!("{p}.note"), &x.note);
        if x.values.len() < 2 {
            self.err(
                format!("{p}.values"),
                "a disagreement needs at least two values",
            );
        }
        for (j, v) in x.values.iter().enumerate() {
            self.text(format!("{p}.values[{j}].value"), &v.value);
            self.cites(&format!("{p}.values[{j}].cites"), &v.cites);
        }
        if x.subjects.is_empty() {
            self.err(format!("{p}.subjects"), "names no record it concerns");
        }
        for (j, s) in x.subjects.iter().enumerate() {
            let q = format!("{p}.subjects[{j}]");
            match s {
                Subject::Round(n) => self.round_ref(q, *n),
                Subject::Faction(id) => self.reference(q, "faction", id),
                Subject::Person(id) => self.reference(q, "person", id),
                Subject::Event(id) => self.reference(q, "event", id),
                Subject::Document(id) => self.reference(q, "document", id),
                Subject::Source(id) => self.reference(q, "source", id),
            }
        }
    }
}

/// The records of a parsed dataset by id, for resolving translations.
struct Index<'a> {
    rounds: HashMap<u8, &'a Round>,
    factions: HashMap<&'a str, &'a Faction>,
    people: HashMap<&'a str, &'a Person>,
    communities: HashMap<&'a str, &'a Community>,
    events: HashMap<&'a str, &'a Event>,
    documents: HashMap<&'a str, &'a Document>,
    disagreements: HashMap<&'a str, &'a Disagreement>,
}

impl<'a> Index<'a> {
    fn new(d: &'a Dataset) -> Self {
        Index {
            rounds: d.rounds.iter().map(|x| (x.number, x)).collect(),
            factions: d.factions.iter().map(|x| (x.id.as_str(), x)).collect(),
            people: d.people.iter().map(|x| (x.id.as_str(), x)).collect(),
            communities: d.communities.iter().map(|x| (x.id.as_str(), x)).collect(),
            events: d.events.iter().map(|x| (x.id.as_str(), x)).collect(),
            documents: d.documents.iter().map(|x| (x.id.as_str(), x)).collect(),
            disagreements: d.disagreements.iter().map(|x| (x.id.as_str(), x)).collect(),
        }
    }
}

impl Records for Index<'_> {
    fn round_rec(&self, n: u8) -> Option<&Round> {
        self.rounds.get(&n).copied()
    }
    fn faction_rec(&self, id: &str) -> Option<&Faction> {
        self.factions.get(id).copied()
    }
    fn person_rec(&self, id: &str) -> Option<&Person> {
        self.people.get(id).copied()
    }
    fn community_rec(&self, id: &str) -> Option<&Community> {
        self.communities.get(id).copied()
    }
    fn event_rec(&self, id: &str) -> Option<&Event> {
        self.events.get(id).copied()
    }
    fn document_rec(&self, id: &str) -> Option<&Document> {
        self.documents.get(id).copied()
    }
    fn disagreement_rec(&self, id: &str) -> Option<&Disagreement> {
        self.disagreements.get(id).copied()
    }
}
