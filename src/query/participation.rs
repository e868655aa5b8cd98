//! Participation across rounds: every stated count, shown as a range where sources differ.

use crate::data::catalog::Catalog;
use crate::data::model::{Count, Counted, Qualifier, Share};
use crate::i18n::messages::Arg;
use crate::i18n::Texts;
use crate::query::vocab::Vocab;

#[derive(Clone, Debug, PartialEq)]
pub struct RoundParticipation<'a> {
    pub number: u8,
    /// Stated participant counts (not invitees, groups or organisations).
    pub counts: Vec<&'a Count>,
    /// Lowest and highest stated participant number; equal when sources agree.
    pub range: Option<(u32, u32)>,
    pub women: Vec<&'a Share>,
}

/// One entry per round, in round order.
pub fn participation(cat: &Catalog) -> Vec<RoundParticipation<'_>> {
    cat.round_numbers()
        .into_iter()
        .filter_map(|n| cat.round(n))
        .map(|r| {
            let counts: Vec<&Count> = r
                .counts
                .iter()
                .filter(|c| c.of == Counted::Participants)
                .collect();
            let range = counts
                .iter()
                .map(|c| c.value)
                .fold(None, |acc: Option<(u32, u32)>, v| {
                    Some(acc.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))))
                });
            RoundParticipation {
                number: r.number,
                counts,
                range,
                women: r.women_share.iter().collect(),
            }
        })
        .collect()
}

/// A scale top for the chart: the highest stated count rounded up to a multiple of 20.
pub fn scale_max(rows: &[RoundParticipation]) -> u32 {
    let hi = rows
        .iter()
        .filter_map(|r| r.range)
        .map(|(_, hi)| hi)
        .max()
        .unwrap_or(0);
    (hi.div_ceil(20) * 20).max(20)
}

/// The spread of stated participant numbers: "50", "86 to 100" or "not stated".
/// The one wording for it, on the round page and in the chart.
pub fn range_text(texts: &Texts, range: Option<(u32, u32)>) -> String {
    match range {
        Some((lo, hi)) if lo == hi => texts.num(lo),
        Some((lo, hi)) => texts.f(
            "range-to",
            &[
                ("lo", Arg::Num(i64::from(lo))),
                ("hi", Arg::Num(i64::from(hi))),
            ],
        ),
        None => texts.t("not-stated"),
    }
}

/// A women's share with its qualifier: "almost 50%", "50%".
pub fn share_text(texts: &Texts, w: &Share) -> String {
    let q = w.qualifier.unwrap_or(Qualifier::Plain);
    texts.f(
        &format!("share-{}", q.slug()),
        &[("n", Arg::Num(i64::from(w.percent)))],
    )
}

/// A count in words: "more than 30 participants", "31 invited".
pub fn count_text(texts: &Texts, c: &Count) -> String {
    let what = texts.t(&c.of.key());
    texts.f(
        &c.qualifier.key(),
        &[
            ("n", Arg::Num(i64::from(c.value))),
            ("what", Arg::Text(&what)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::Share;

    #[test]
    fn ranges_and_shares_in_words() {
        let en = Texts::english();
        assert_eq!(range_text(&en, Some((50, 50))), "50");
        assert_eq!(range_text(&en, Some((86, 100))), "86 to 100");
        assert_eq!(range_text(&en, None), "not stated");
        let mut w = Share {
            stated: "nearly half".into(),
            percent: 50,
            qualifier: Some(Qualifier::Almost),
            cites: vec![],
        };
        assert_eq!(share_text(&en, &w), "almost 50%");
        w.qualifier = None;
        assert_eq!(share_text(&en, &w), "50%");
        let c = Count {
            value: 30,
            qualifier: Qualifier::MoreThan,
            of: Counted::Participants,
            stated: String::new(),
            note: None,
            cites: vec![],
        };
        assert_eq!(count_text(&en, &c), "more than 30 participants");
        let fa = Texts::compiled(crate::i18n::Lang::Fa);
        assert!(
            count_text(&fa, &c).contains("۳۰"),
            "{}",
            count_text(&fa, &c)
        );
    }

    #[test]
    fn every_round_has_its_range() {
        let cat = Catalog::new(crate::data::embedded::embedded().unwrap());
        let rows = participation(&cat);
        assert_eq!(rows.len(), cat.data.rounds.len());
        for r in &rows {
            for c in &r.counts {
                let (lo, hi) = r.range.unwrap();
                assert!(lo <= c.value && c.value <= hi);
            }
        }
    }
}
