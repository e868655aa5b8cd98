//! A page's reference list: every source its statements cite, in the order
//! the page first cites them, with the paragraphs cited. Printed pages keep
//! their citations readable through it (a printed link shows no address).

use crate::data::catalog::Catalog;
use crate::data::claims::{ClaimRef, Target};
use crate::data::model::Subject;

/// One source and the paragraphs of it that the page cites (none for a
/// source cited as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub source: String,
    pub paras: Vec<u32>,
}

/// The sources `claims` cite, in order of first citation.
pub fn references<'a>(claims: impl IntoIterator<Item = &'a ClaimRef>) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    for cite in claims.into_iter().flat_map(|c| &c.cites) {
        let i = match out.iter().position(|r| r.source == cite.source) {
            Some(i) => i,
            None => {
                out.push(Reference {
                    source: cite.source.clone(),
                    paras: Vec::new(),
                });
                out.len() - 1
            }
        };
        if let Some(p) = cite.para {
            if !out[i].paras.contains(&p) {
                out[i].paras.push(p);
            }
        }
    }
    for r in &mut out {
        r.paras.sort_unstable();
    }
    out
}

/// What a round's page cites: the round itself, the factions' presence at
/// it, and the disagreements about it.
pub fn of_round(cat: &Catalog, claims: &[ClaimRef], n: u8) -> Vec<Reference> {
    let disputed: Vec<&str> = cat
        .disagreements_about(&Subject::Round(n))
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    references(claims.iter().filter(|c| match &c.target {
        Target::Round(m) => *m == n,
        Target::Disagreement(id) => disputed.contains(&id.as_str()),
        _ => c.round == Some(n),
    }))
}

/// What the matrix cites: everything it shows is about the factions in
/// `factions` and their relations.
pub fn of_factions(claims: &[ClaimRef], factions: &[&str]) -> Vec<Reference> {
    references(claims.iter().filter(|c| match &c.target {
        Target::Faction(id) => factions.contains(&id.as_str()),
        Target::Relation(a, b) => factions.contains(&a.as_str()) && factions.contains(&b.as_str()),
        _ => false,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::claims::all_claims;
    use crate::data::embedded::embedded;

    #[test]
    fn a_round_cites_its_sources_once_each_with_every_paragraph() {
        let d = embedded().unwrap();
        let claims = all_claims(&d);
        let cat = Catalog::new(d);
        let refs = of_round(&cat, &claims, 3);
        assert!(!refs.is_empty());
        let mut seen = std::collections::BTreeSet::new();
        for r in &refs {
            assert!(seen.insert(r.source.clone()), "{} twice", r.source);
            assert!(cat.source(&r.source).is_some(), "{} is a source", r.source);
            assert!(r.paras.windows(2).all(|w| w[0] < w[1]));
        }
        // Every citation of the round's own statements is in the list.
        for c in claims.iter().filter(|c| c.target == Target::Round(3)) {
            for x in &c.cites {
                let r = refs.iter().find(|r| r.source == x.source).expect("listed");
                if let Some(p) = x.para {
                    assert!(r.paras.contains(&p));
                }
            }
        }
        // Nothing only another round cites.
        let other: Vec<_> = of_round(&cat, &claims, 1)
            .into_iter()
            .map(|r| r.source)
            .filter(|s| !refs.iter().any(|r| &r.source == s))
            .collect();
        assert!(!other.is_empty(), "rounds 1 and 3 cite different sources");
    }

    #[test]
    fn the_matrix_cites_only_the_factions_it_shows() {
        let d = embedded().unwrap();
        let claims = all_claims(&d);
        let all: Vec<&str> = d.factions.iter().map(|f| f.id.as_str()).collect();
        let every = of_factions(&claims, &all);
        let one = of_factions(&claims, &all[..1]);
        assert!(!one.is_empty() && one.len() < every.len());
        assert!(of_factions(&claims, &[]).is_empty());
    }
}
