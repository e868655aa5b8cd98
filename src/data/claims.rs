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

/// One statement and its citations.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRef {
    pub target: Target,
    /// What the statement is about, e.g. "Round 2: participants".
    pub topic: String,
    pub text: String,
    pub cites: Vec<Cite>,
}

struct Collector {
    out: Vec<ClaimRef>,
}

impl Collector {
    fn add(
        &mut self,
        target: &Target,
        topic: impl Into<String>,
        text: impl Into<String>,
        cites: &[Cite],
    ) {
        self.out.push(ClaimRef {
            target: target.clone(),
            topic: topic.into(),
            text: text.into(),
            cites: cites.to_vec(),
        });
    }

    fn claims(&mut self, target: &Target, topic: &str, claims: &[Claim]) {
        for c in claims {
            self.add(target, topic, c.text.clone(), &c.cites);
        }
    }

    fn dates(&mut self, target: &Target, topic: &str, dates: &[DateClaim]) {
        for d in dates {
            let text = match &d.end {
                Some(e) => format!("{} to {}", d.start, e),
                None => d.start.clone(),
            };
            self.add(target, topic, text, &d.cites);
        }
    }
}

/// All cited statements of a dataset, in dataset order.
pub fn all_claims(d: &Dataset) -> Vec<ClaimRef> {
    let mut c = Collector { out: Vec::new() };
    for r in &d.rounds {
        let t = Target::Round(r.number);
        let topic = |what: &str| format!("Round {}: {what}", r.number);
        c.dates(&t, &topic("dates"), &r.dates);
        for v in &r.venues {
            c.add(
                &t,
                topic("venue"),
                format!("{}, {}", v.name, v.city),
                &v.cites,
            );
        }
        c.claims(&t, &topic("organisers"), &r.organisers);
        for n in &r.counts {
            c.add(&t, topic("size"), n.stated.clone(), &n.cites);
        }
        for s in &r.women_share {
            c.add(&t, topic("women's share"), s.stated.clone(), &s.cites);
        }
        for a in &r.attendance {
            c.add(&t, topic("attendance"), a.person.clone(), &a.cites);
        }
        for p in &r.communities {
            c.add(&t, topic("communities"), p.text.clone(), &p.cites);
        }
        c.claims(&t, &topic("firsts"), &r.firsts);
        c.claims(&t, &topic("outcomes"), &r.outcomes);
        for x in &r.reactions {
            c.add(
                &t,
                topic("reactions"),
                format!("{}: {}", x.actor, x.text),
                &x.cites,
            );
        }
    }
    for f in &d.factions {
        let t = Target::Faction(f.id.clone());
        let topic = |what: &str| format!("{}: {what}", f.name);
        for a in &f.aliases {
            c.add(&t, topic("name"), a.name.clone(), &a.cites);
        }
        c.claims(&t, &topic("base"), &f.bases);
        c.dates(&t, &topic("founded"), &f.founded);
        for x in &f.composition {
            c.add(&t, topic("composition"), x.text.clone(), &x.cites);
        }
        for x in &f.stances {
            c.add(&t, topic("stance"), x.text.clone(), &x.cites);
        }
        for x in &f.presence {
            c.add(
                &t,
                topic(&format!("round {}", x.round)),
                x.text.clone(),
                &x.cites,
            );
        }
        c.claims(&t, &topic("notes"), &f.notes);
    }
    for p in &d.people {
        let t = Target::Person(p.id.clone());
        let topic = |what: &str| format!("{}: {what}", p.name);
        for v in &p.variants {
            c.add(&t, topic("name"), v.name.clone(), &v.cites);
        }
        for r in &p.roles {
            c.add(&t, topic("role"), r.title.clone(), &r.cites);
        }
        for x in &p.communities {
            c.add(&t, topic("community"), x.community.clone(), &x.cites);
        }
        c.claims(&t, &topic("notes"), &p.notes);
    }
    for doc in &d.documents {
        let t = Target::Document(doc.id.clone());
        c.add(&t, doc.title.clone(), doc.summary.clone(), &doc.cites);
        for s in &doc.sections {
            c.claims(&t, &format!("{}: {}", doc.title, s.heading), &s.items);
        }
    }
    for e in &d.events {
        let t = Target::Event(e.id.clone());
        c.dates(&t, &format!("{}: date", e.title), &e.dates);
        c.add(&t, e.title.clone(), e.summary.clone(), &e.cites);
    }
    for r in &d.relations {
        let t = Target::Relation(r.from.clone(), r.to.clone());
        c.add(
            &t,
            format!("{} and {}", r.from, r.to),
            r.text.clone(),
            &r.cites,
        );
    }
    for x in &d.disagreements {
        let t = Target::Disagreement(x.id.clone());
        for v in &x.values {
            c.add(&t, x.topic.clone(), v.value.clone(), &v.cites);
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
