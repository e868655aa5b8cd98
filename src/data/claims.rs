//! Every cited statement in a dataset, flattened: what a source page lists as
//! "the claims that rest on it", and what the claim count counts.

use super::model::*;

/// The record a claim belongs to, for linking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Round(u8),
    Faction(String),
    Person(String),
    Document(String),
    Event(String),
    Source(String),
    Disagreement(String),
    Relation(String, String),
}

/// What a claim says: words from the dataset, or a date (written by the edition).
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    Text(String),
    Date { start: String, end: Option<String> },
}

/// One statement and its citations.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRef {
    pub target: Target,
    /// The record's own name in the dataset (a faction's name, a document's
    /// title); none for a round, which the interface names by its number.
    pub subject: Option<String>,
    /// Which part of the record: the suffix of a catalog key `aspect-…`.
    pub aspect: Option<&'static str>,
    /// With the aspect "presence": the round it is about.
    pub round: Option<u8>,
    pub said: Said,
    pub cites: Vec<Cite>,
}

struct Collector<'a> {
    data: &'a Dataset,
    out: Vec<ClaimRef>,
}

impl Collector<'_> {
    fn push(
        &mut self,
        target: &Target,
        subject: Option<&str>,
        aspect: Option<&'static str>,
        said: Said,
        cites: &[Cite],
    ) {
        self.out.push(ClaimRef {
            target: target.clone(),
            subject: subject.map(str::to_string),
            aspect,
            round: None,
            said,
            cites: cites.to_vec(),
        });
    }

    fn add(
        &mut self,
        target: &Target,
        subject: Option<&str>,
        aspect: &'static str,
        text: impl Into<String>,
        cites: &[Cite],
    ) {
        self.push(
            target,
            subject,
            Some(aspect),
            Said::Text(text.into()),
            cites,
        );
    }

    fn claims(
        &mut self,
        target: &Target,
        subject: Option<&str>,
        aspect: &'static str,
        claims: &[Claim],
    ) {
        for c in claims {
            self.add(target, subject, aspect, c.text.clone(), &c.cites);
        }
    }

    fn dates(
        &mut self,
        target: &Target,
        subject: Option<&str>,
        aspect: &'static str,
        dates: &[DateClaim],
    ) {
        for d in dates {
            let said = Said::Date {
                start: d.start.clone(),
                end: d.end.clone(),
            };
            self.push(target, subject, Some(aspect), said, &d.cites);
        }
    }

    /// A person's name for an id (the id itself when the dataset lacks it).
    fn person(&self, id: &str) -> String {
        self.data
            .people
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    fn faction(&self, id: &str) -> String {
        self.data.factions.iter().find(|f| f.id == id).map_or_else(
            || id.to_string(),
            |f| f.short.clone().unwrap_or_else(|| f.name.clone()),
        )
    }
}

/// All cited statements of a dataset, in dataset order.
pub fn all_claims(d: &Dataset) -> Vec<ClaimRef> {
    let mut c = Collector {
        data: d,
        out: Vec::new(),
    };
    for r in &d.rounds {
        let t = Target::Round(r.number);
        c.dates(&t, None, "dates", &r.dates);
        for v in &r.venues {
            c.add(
                &t,
                None,
                "venue",
                format!("{}, {}", v.name, v.city),
                &v.cites,
            );
        }
        c.claims(&t, None, "organisers", &r.organisers);
        for n in &r.counts {
            c.add(&t, None, "size", n.stated.clone(), &n.cites);
        }
        for s in &r.women_share {
            c.add(&t, None, "women", s.stated.clone(), &s.cites);
        }
        for a in &r.attendance {
            let name = c.person(&a.person);
            c.add(&t, None, "attendance", name, &a.cites);
        }
        for p in &r.communities {
            c.add(&t, None, "communities", p.text.clone(), &p.cites);
        }
        c.claims(&t, None, "communities", &r.community_notes);
        c.claims(&t, None, "firsts", &r.firsts);
        c.claims(&t, None, "outcomes", &r.outcomes);
        for x in &r.reactions {
            c.add(
                &t,
                None,
                "reactions",
                format!("{}: {}", x.actor, x.text),
                &x.cites,
            );
        }
    }
    for f in &d.factions {
        let t = Target::Faction(f.id.clone());
        let name = Some(f.name.as_str());
        for a in &f.aliases {
            c.add(&t, name, "name", a.name.clone(), &a.cites);
        }
        c.claims(&t, name, "base", &f.bases);
        c.dates(&t, name, "founded", &f.founded);
        for x in &f.composition {
            c.add(&t, name, "composition", x.text.clone(), &x.cites);
        }
        for x in &f.stances {
            c.add(&t, name, "stance", x.text.clone(), &x.cites);
        }
        for x in &f.presence {
            c.add(&t, name, "presence", x.text.clone(), &x.cites);
            if let Some(last) = c.out.last_mut() {
                last.round = Some(x.round);
            }
        }
        c.claims(&t, name, "notes", &f.notes);
    }
    for p in &d.people {
        let t = Target::Person(p.id.clone());
        let name = Some(p.name.as_str());
        for v in &p.variants {
            c.add(&t, name, "name", v.name.clone(), &v.cites);
        }
        for r in &p.roles {
            c.add(&t, name, "role", r.title.clone(), &r.cites);
        }
        for x in &p.communities {
            let community = d
                .communities
                .iter()
                .find(|k| k.id == x.community)
                .map_or_else(|| x.community.clone(), |k| k.name.clone());
            c.add(&t, name, "community", community, &x.cites);
        }
        c.claims(&t, name, "notes", &p.notes);
    }
    for doc in &d.documents {
        let t = Target::Document(doc.id.clone());
        let title = Some(doc.title.as_str());
        c.push(&t, title, None, Said::Text(doc.summary.clone()), &doc.cites);
        for s in &doc.sections {
            let subject = format!("{}: {}", doc.title, s.heading);
            c.claims(&t, Some(&subject), "item", &s.items);
        }
    }
    for e in &d.events {
        let t = Target::Event(e.id.clone());
        let title = Some(e.title.as_str());
        c.dates(&t, title, "dates", &e.dates);
        c.push(&t, title, None, Said::Text(e.summary.clone()), &e.cites);
    }
    for r in &d.relations {
        let t = Target::Relation(r.from.clone(), r.to.clone());
        let subject = format!("{} – {}", c.faction(&r.from), c.faction(&r.to));
        c.push(
            &t,
            Some(&subject),
            None,
            Said::Text(r.text.clone()),
            &r.cites,
        );
    }
    for x in &d.disagreements {
        let t = Target::Disagreement(x.id.clone());
        for v in &x.values {
            c.push(
                &t,
                Some(&x.topic),
                None,
                Said::Text(v.value.clone()),
                &v.cites,
            );
        }
    }
    c.out
}

/// The claims that cite a source, with the paragraph each cites.
pub fn claims_citing<'a>(claims: &'a [ClaimRef], source: &str) -> Vec<(&'a ClaimRef, Option<u32>)> {
    claims
        .iter()
        .flat_map(|c| {
            c.cites
                .iter()
                .filter(move |x| x.source == source)
                .map(move |x| (c, x.para))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::embedded;

    #[test]
    fn every_citation_in_the_dataset_belongs_to_a_collected_claim() {
        let d = embedded().unwrap();
        let claims = all_claims(&d);
        // Count the citations in the raw JSON: each `"source":` inside a cite list.
        let json: serde_json::Value =
            serde_json::from_str(crate::data::embedded::EMBEDDED_JSON).unwrap();
        fn count(v: &serde_json::Value) -> usize {
            match v {
                serde_json::Value::Object(m) => {
                    let here = m
                        .get("cites")
                        .and_then(|c| c.as_array())
                        .map_or(0, Vec::len);
                    here + m
                        .iter()
                        .filter(|(k, _)| *k != "cites")
                        .map(|(_, v)| count(v))
                        .sum::<usize>()
                }
                serde_json::Value::Array(a) => a.iter().map(count).sum(),
                _ => 0,
            }
        }
        let collected: usize = claims.iter().map(|c| c.cites.len()).sum();
        assert_eq!(collected, count(&json), "a cite list the collector misses");
    }

    #[test]
    fn claims_name_their_record_and_aspect() {
        let d = embedded().unwrap();
        let claims = all_claims(&d);
        let r3: Vec<_> = claims
            .iter()
            .filter(|c| c.target == Target::Round(3))
            .collect();
        assert!(r3.iter().any(|c| c.aspect == Some("dates")));
        assert!(r3.iter().any(|c| c.aspect == Some("venue")));
        assert!(r3.iter().all(|c| c.subject.is_none()));
        let nrf: Vec<_> = claims
            .iter()
            .filter(|c| c.target == Target::Faction("nrf".into()))
            .collect();
        assert!(nrf.iter().all(|c| c.subject.as_deref()
            == Some(
                d.factions
                    .iter()
                    .find(|f| f.id == "nrf")
                    .unwrap()
                    .name
                    .as_str()
            )));
        assert!(nrf
            .iter()
            .any(|c| c.aspect == Some("presence") && c.round.is_some()));
    }

    #[test]
    fn a_source_is_found_with_each_paragraph_cited() {
        let d = embedded().unwrap();
        let claims = all_claims(&d);
        let hits = claims_citing(&claims, "seed-000");
        assert!(!hits.is_empty());
        assert!(hits
            .iter()
            .all(|(c, _)| c.cites.iter().any(|x| x.source == "seed-000")));
        assert!(hits.iter().any(|(_, p)| p.is_some()));
        assert!(claims_citing(&claims, "no-such-source").is_empty());
    }
}
