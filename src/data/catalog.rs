//! A dataset with its lookups: records by id, and the facts derived from them
//! (leaders from people's roles, rounds attended from round attendance).

use std::collections::{BTreeSet, HashMap};

use super::model::*;
use super::translations::{english, Records};
use crate::i18n::Lang;

/// A dataset text as an edition shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Localized<'a> {
    /// What to show: the translation, or the English.
    pub text: &'a str,
    /// The record's current English.
    pub english: &'a str,
    pub state: Shown<'a>,
}

/// Whether a text is shown in the edition's language, and why not.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown<'a> {
    /// The English edition: the English, nothing to say.
    English,
    /// In the edition's language, made so, with a name's sources when attested.
    Translated { made: Made, cites: &'a [Cite] },
    /// A translation exists but was made from English that has changed since.
    Stale,
    /// No translation into this language yet.
    Untranslated,
}

impl Localized<'_> {
    /// The language of `text`: "en", or the edition's code.
    pub fn lang(&self, edition: Lang) -> Lang {
        match self.state {
            Shown::Translated { .. } => edition,
            _ => Lang::En,
        }
    }

    /// Is the English shown in place of a text the edition lacks?
    pub fn is_fallback(&self) -> bool {
        matches!(self.state, Shown::Stale | Shown::Untranslated)
    }
}

/// Which (record, field) pairs one language has, by state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub translated: Vec<(String, String)>,
    pub stale: Vec<(String, String)>,
    pub untranslated: Vec<(String, String)>,
}

/// The dataset's language for an edition (none for English).
pub fn text_lang(lang: Lang) -> Option<TextLang> {
    match lang {
        Lang::En => None,
        Lang::Fa => Some(TextLang::Fa),
        Lang::Ps => Some(TextLang::Ps),
    }
}

/// The dataset plus indexes built once at load.
pub struct Catalog {
    pub data: Dataset,
    factions: HashMap<String, usize>,
    people: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    documents: HashMap<String, usize>,
    events: HashMap<String, usize>,
    communities: HashMap<String, usize>,
    disagreements: HashMap<String, usize>,
    rounds: HashMap<u8, usize>,
    /// (of, field, language) -> index in `data.translations`
    translations: HashMap<(String, String, TextLang), usize>,
    /// of -> indexes in `data.translations`
    translations_by_record: HashMap<String, Vec<usize>>,
    /// faction id -> (person index, role index)
    roles_by_faction: HashMap<String, Vec<(usize, usize)>>,
    /// person id -> (round index, attendance index)
    attendance_by_person: HashMap<String, Vec<(usize, usize)>>,
    /// First year with a dated round or event, and the year after the last.
    years: (i32, i32),
}

/// The first year of any round's or event's best-supported date, and the year
/// after the last; 2021-2026 for a dataset without dates.
fn dated_years(data: &Dataset) -> (i32, i32) {
    use super::date::PartialDate;
    let years = data
        .rounds
        .iter()
        .map(|r| &r.dates)
        .chain(data.events.iter().map(|e| &e.dates))
        .filter_map(|d| d.first())
        .flat_map(|d| {
            let s = PartialDate::parse(&d.start).ok().map(|p| p.year);
            let e = d
                .end
                .as_deref()
                .and_then(|e| PartialDate::parse(e).ok())
                .map(|p| p.year);
            [s, e.or(s)]
        })
        .flatten();
    let (lo, hi) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    if lo > hi {
        (2021, 2026)
    } else {
        (lo, hi + 1)
    }
}

fn index_by<T>(items: &[T], key: impl Fn(&T) -> String) -> HashMap<String, usize> {
    items.iter().enumerate().map(|(i, x)| (key(x), i)).collect()
}

impl Catalog {
    pub fn new(data: Dataset) -> Self {
        let mut roles_by_faction: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (pi, p) in data.people.iter().enumerate() {
            for (ri, r) in p.roles.iter().enumerate() {
                if let Some(f) = &r.faction {
                    roles_by_faction
                        .entry(f.clone())
                        .or_default()
                        .push((pi, ri));
                }
            }
        }
        let mut attendance_by_person: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (ri, r) in data.rounds.iter().enumerate() {
            for (ai, a) in r.attendance.iter().enumerate() {
                attendance_by_person
                    .entry(a.person.clone())
                    .or_default()
                    .push((ri, ai));
            }
        }
        let years = dated_years(&data);
        Catalog {
            years,
            factions: index_by(&data.factions, |x| x.id.clone()),
            people: index_by(&data.people, |x| x.id.clone()),
            sources: index_by(&data.sources, |x| x.id.clone()),
            documents: index_by(&data.documents, |x| x.id.clone()),
            events: index_by(&data.events, |x| x.id.clone()),
            communities: index_by(&data.communities, |x| x.id.clone()),
            disagreements: index_by(&data.disagreements, |x| x.id.clone()),
            translations_by_record: data.translations.iter().enumerate().fold(
                HashMap::new(),
                |mut m: HashMap<String, Vec<usize>>, (i, t)| {
                    m.entry(t.of.clone()).or_default().push(i);
                    m
                },
            ),
            translations: data
                .translations
                .iter()
                .enumerate()
                .map(|(i, t)| ((t.of.clone(), t.field.clone(), t.lang), i))
                .collect(),
            rounds: data
                .rounds
                .iter()
                .enumerate()
                .map(|(i, r)| (r.number, i))
                .collect(),
            roles_by_faction,
            attendance_by_person,
            data,
        }
    }

    /// The years the timeline spans: from 1 January of the first to 1 January
    /// of the second (exclusive).
    pub fn years(&self) -> (i32, i32) {
        self.years
    }

    pub fn faction(&self, id: &str) -> Option<&Faction> {
        self.factions.get(id).map(|&i| &self.data.factions[i])
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.get(id).map(|&i| &self.data.people[i])
    }
    /// A person's position in `data.people`, which indexes per-person results
    /// such as `Selection::people`.
    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.people.get(id).copied()
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&i| &self.data.sources[i])
    }
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.get(id).map(|&i| &self.data.documents[i])
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.get(id).map(|&i| &self.data.events[i])
    }
    pub fn community(&self, id: &str) -> Option<&Community> {
        self.communities.get(id).map(|&i| &self.data.communities[i])
    }
    pub fn round(&self, n: u8) -> Option<&Round> {
        self.rounds.get(&n).map(|&i| &self.data.rounds[i])
    }

    pub fn disagreement(&self, id: &str) -> Option<&Disagreement> {
        self.disagreements
            .get(id)
            .map(|&i| &self.data.disagreements[i])
    }

    /// A record's field (`of` as `faction:nrf`, `field` as `summary`) as the
    /// edition shows it: its translation when there is a current one, else the
    /// English, saying why. `None` when the record or field does not exist.
    pub fn localized(&self, of: &str, field: &str, lang: Lang) -> Option<Localized<'_>> {
        let en = english(self, of, field).ok()?;
        let Some(tl) = text_lang(lang) else {
            return Some(Localized {
                text: en,
                english: en,
                state: Shown::English,
            });
        };
        let t = self
            .translations
            .get(&(of.to_string(), field.to_string(), tl))
            .map(|&i| &self.data.translations[i]);
        Some(match t {
            Some(t) if t.from == en => Localized {
                text: &t.text,
                english: en,
                state: Shown::Translated {
                    made: t.made,
                    cites: &t.cites,
                },
            },
            Some(_) => Localized {
                text: en,
                english: en,
                state: Shown::Stale,
            },
            None => Localized {
                text: en,
                english: en,
                state: Shown::Untranslated,
            },
        })
    }

    /// Every translatable field's state in one language: which are
    /// translated, which are stale, which untranslated.
    pub fn coverage(&self, lang: TextLang) -> Coverage {
        let edition = match lang {
            TextLang::Fa => Lang::Fa,
            TextLang::Ps => Lang::Ps,
        };
        let mut c = Coverage::default();
        for (of, field) in super::translations::all_fields(&self.data) {
            match self.localized(&of, &field, edition).map(|l| l.state) {
                Some(Shown::Translated { .. }) => c.translated.push((of, field)),
                Some(Shown::Stale) => c.stale.push((of, field)),
                _ => c.untranslated.push((of, field)),
            }
        }
        c
    }

    /// A record's current (not stale) translations, every field and language.
    pub fn translations_of(&self, of: &str) -> impl Iterator<Item = &str> {
        self.translations_by_record
            .get(of)
            .into_iter()
            .flatten()
            .map(|&i| &self.data.translations[i])
            .filter(|t| english(self, &t.of, &t.field).is_ok_and(|en| en == t.from))
            .map(|t| t.text.as_str())
    }

    /// [`Catalog::localized`]'s text, or `fallback` for an unknown record.
    pub fn local_text<'a>(
        &'a self,
        of: &str,
        field: &str,
        lang: Lang,
        fallback: &'a str,
    ) -> &'a str {
        self.localized(of, field, lang).map_or(fallback, |l| l.text)
    }

    /// A faction's display name (short where it has one) in an edition.
    pub fn faction_name_in<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        let of = format!("faction:{id}");
        match self.faction(id) {
            Some(f) if f.short.is_some() => self.local_text(&of, "short", lang, id),
            Some(_) => self.local_text(&of, "name", lang, id),
            None => id,
        }
    }

    /// A community's name in an edition.
    pub fn community_name_in<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.local_text(&format!("community:{id}"), "name", lang, id)
    }

    /// A person's name in an edition.
    pub fn person_name_in<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.local_text(&format!("person:{id}"), "name", lang, id)
    }

    /// Round numbers in order.
    pub fn round_numbers(&self) -> Vec<u8> {
        let mut v: Vec<u8> = self.data.rounds.iter().map(|r| r.number).collect();
        v.sort_unstable();
        v
    }

    /// Display name for a faction id (the id itself when unknown).
    pub fn faction_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.faction(id)
            .map_or(id, |f| f.short.as_deref().unwrap_or(&f.name))
    }
    /// A short name for a source in a citation: "Coffey, Arab News, 2023", "KabulNow, 2025".
    pub fn source_label(&self, id: &str) -> String {
        let Some(s) = self.source(id) else {
            return id.to_string();
        };
        let who = match (&s.author, &s.publisher) {
            (Some(a), Some(p)) => format!("{}, {p}", a.split_whitespace().last().unwrap_or(a)),
            (Some(a), None) => a.clone(),
            (None, Some(p)) => p.clone(),
            (None, None) => s.title.clone(),
        };
        match s.date.as_deref().and_then(|d| d.get(..4)) {
            Some(year) => format!("{who}, {year}"),
            None => who,
        }
    }
    pub fn community_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.community(id).map_or(id, |c| c.name.as_str())
    }

    /// Everyone with a role in the faction, with that role; leaders first.
    pub fn roles_in(&self, faction: &str) -> Vec<(&Person, &Role)> {
        let mut v: Vec<(&Person, &Role)> = self
            .roles_by_faction
            .get(faction)
            .into_iter()
            .flatten()
            .map(|&(pi, ri)| {
                let p = &self.data.people[pi];
                (p, &p.roles[ri])
            })
            .collect();
        v.sort_by_key(|(p, r)| (r.kind, p.name.clone()));
        v
    }

    /// Leaders and founders of a faction.
    pub fn leaders(&self, faction: &str) -> Vec<(&Person, &Role)> {
        self.roles_in(faction)
            .into_iter()
            .filter(|(_, r)| matches!(r.kind, RoleKind::Leader | RoleKind::Founder))
            .collect()
    }

    /// The rounds a person is recorded at (attending, online, by envoy, or absent).
    pub fn attendance_of(&self, person: &str) -> Vec<(&Round, &Attendance)> {
        let mut v: Vec<(&Round, &Attendance)> = self
            .attendance_by_person
            .get(person)
            .into_iter()
            .flatten()
            .map(|&(ri, ai)| {
                let r = &self.data.rounds[ri];
                (r, &r.attendance[ai])
            })
            .collect();
        v.sort_by_key(|(r, _)| r.number);
        v
    }

    /// Factions a person is tied to by a sourced role or by attending on a faction's behalf.
    pub fn factions_of<'a>(&'a self, person: &'a Person) -> BTreeSet<&'a str> {
        let mut set: BTreeSet<&str> = person
            .roles
            .iter()
            .filter_map(|r| r.faction.as_deref())
            .collect();
        for (_, a) in self.attendance_of(&person.id) {
            if let Some(f) = &a.faction {
                set.insert(f);
            }
        }
        set
    }

    /// Communities a faction draws from, each once, in the order its
    /// composition claims name them (the sources' order, which every view shows).
    pub fn communities_of_faction<'a>(&self, faction: &'a Faction) -> Vec<&'a str> {
        let mut ids: Vec<&str> = Vec::new();
        for id in faction.composition.iter().flat_map(|c| &c.communities) {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    }

    /// The disagreements that concern a record.
    pub fn disagreements_about(&self, subject: &Subject) -> Vec<&Disagreement> {
        self.data
            .disagreements
            .iter()
            .filter(|d| d.subjects.contains(subject))
            .collect()
    }

    /// Relations that involve a faction, either side.
    pub fn relations_of(&self, faction: &str) -> Vec<&Relation> {
        self.data
            .relations
            .iter()
            .filter(|r| r.from == faction || r.to == faction)
            .collect()
    }

    /// A faction's presence at a round, if a source speaks of it.
    pub fn presence<'a>(&self, faction: &'a Faction, round: u8) -> Option<&'a Presence> {
        faction.presence.iter().find(|p| p.round == round)
    }
}

impl Records for Catalog {
    fn round_rec(&self, n: u8) -> Option<&Round> {
        self.round(n)
    }
    fn faction_rec(&self, id: &str) -> Option<&Faction> {
        self.faction(id)
    }
    fn person_rec(&self, id: &str) -> Option<&Person> {
        self.person(id)
    }
    fn community_rec(&self, id: &str) -> Option<&Community> {
        self.community(id)
    }
    fn event_rec(&self, id: &str) -> Option<&Event> {
        self.event(id)
    }
    fn document_rec(&self, id: &str) -> Option<&Document> {
        self.document(id)
    }
    fn disagreement_rec(&self, id: &str) -> Option<&Disagreement> {
        self.disagreement(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_index_points_into_people() {
        let catalog = Catalog::new(crate::data::embedded::embedded().expect("embedded dataset"));
        for (i, p) in catalog.data.people.iter().enumerate() {
            assert_eq!(catalog.person_index(&p.id), Some(i));
        }
        assert_eq!(catalog.person_index("no-such-person"), None);
    }
}
