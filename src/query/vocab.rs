//! The words the URL uses for the dataset's enumerations, and the catalog
//! keys of the words people read for them (`public/i18n/*.ftl`).

use crate::data::model::*;

/// An enumeration with a URL slug and a message in the catalogs.
pub trait Vocab: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// The catalog keys' prefix: `stance` gives `stance-negotiation`.
    const GROUP: &'static str;
    fn slug(self) -> &'static str;
    /// The catalog key of the word for this value.
    fn key(self) -> String {
        format!("{}-{}", Self::GROUP, self.slug())
    }
    fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|x| x.slug() == s)
    }
}

impl Vocab for EventKind {
    const GROUP: &'static str = "event-kind";
    const ALL: &'static [Self] = &[
        EventKind::Round,
        EventKind::Meeting,
        EventKind::Founding,
        EventKind::Document,
        EventKind::Statement,
        EventKind::Report,
        EventKind::Repression,
        EventKind::Takeover,
    ];
    fn slug(self) -> &'static str {
        match self {
            EventKind::Round => "round",
            EventKind::Takeover => "takeover",
            EventKind::Founding => "founding",
            EventKind::Meeting => "meeting",
            EventKind::Document => "document",
            EventKind::Report => "report",
            EventKind::Repression => "repression",
            EventKind::Statement => "statement",
        }
    }
}

impl Vocab for Stance {
    /// Links written before the slug followed the data's word still work.
    fn from_slug(s: &str) -> Option<Self> {
        match s {
            "armed" => Some(Stance::ArmedStruggle),
            _ => Self::ALL.iter().copied().find(|x| x.slug() == s),
        }
    }
    const GROUP: &'static str = "stance";
    const ALL: &'static [Self] = &[Stance::ArmedStruggle, Stance::Negotiation, Stance::Both];
    fn slug(self) -> &'static str {
        match self {
            Stance::ArmedStruggle => "armed-struggle",
            Stance::Negotiation => "negotiation",
            Stance::Both => "both",
        }
    }
}

impl Vocab for FactionKind {
    const GROUP: &'static str = "faction-kind";
    const ALL: &'static [Self] = &[
        FactionKind::ArmedFront,
        FactionKind::PoliticalCouncil,
        FactionKind::Party,
        FactionKind::Movement,
        FactionKind::Platform,
        FactionKind::Historical,
        FactionKind::Ruling,
        FactionKind::Terrorist,
    ];
    fn slug(self) -> &'static str {
        match self {
            FactionKind::ArmedFront => "armed-front",
            FactionKind::PoliticalCouncil => "political-council",
            FactionKind::Party => "party",
            FactionKind::Movement => "movement",
            FactionKind::Platform => "platform",
            FactionKind::Historical => "historical",
            FactionKind::Ruling => "ruling",
            FactionKind::Terrorist => "terrorist",
        }
    }
}

impl Vocab for PresenceStatus {
    const GROUP: &'static str = "presence";
    const ALL: &'static [Self] = &[
        PresenceStatus::Attended,
        PresenceStatus::Represented,
        PresenceStatus::Absent,
    ];
    fn slug(self) -> &'static str {
        match self {
            PresenceStatus::Attended => "attended",
            PresenceStatus::Represented => "represented",
            PresenceStatus::Absent => "absent",
        }
    }
}

impl Vocab for Mode {
    const GROUP: &'static str = "mode";
    const ALL: &'static [Self] = &[
        Mode::Attended,
        Mode::InPerson,
        Mode::Online,
        Mode::Envoy,
        Mode::Absent,
    ];
    fn slug(self) -> &'static str {
        match self {
            Mode::Attended => "attended",
            Mode::InPerson => "in-person",
            Mode::Online => "online",
            Mode::Envoy => "envoy",
            Mode::Absent => "absent",
        }
    }
}

impl Vocab for RelationKind {
    const GROUP: &'static str = "relation";
    const ALL: &'static [Self] = &[
        RelationKind::Allied,
        RelationKind::Rival,
        RelationKind::Contrasting,
        RelationKind::SplitFrom,
        RelationKind::MemberOf,
        RelationKind::SuccessorOf,
        RelationKind::SharedLeader,
        RelationKind::Opposes,
    ];
    fn slug(self) -> &'static str {
        match self {
            RelationKind::Allied => "allied",
            RelationKind::Rival => "rival",
            RelationKind::Contrasting => "contrasting",
            RelationKind::SplitFrom => "split-from",
            RelationKind::MemberOf => "member-of",
            RelationKind::SuccessorOf => "successor-of",
            RelationKind::SharedLeader => "shared-leader",
            RelationKind::Opposes => "opposes",
        }
    }
}

impl Vocab for Qualifier {
    const GROUP: &'static str = "count";
    const ALL: &'static [Self] = &[
        Qualifier::Plain,
        Qualifier::Exactly,
        Qualifier::About,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::Almost,
    ];
    fn slug(self) -> &'static str {
        match self {
            Qualifier::Plain => "plain",
            Qualifier::Exactly => "exactly",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtLeast => "at-least",
            Qualifier::Almost => "almost",
        }
    }
}

impl Vocab for Counted {
    const GROUP: &'static str = "counted";
    const ALL: &'static [Self] = &[
        Counted::Participants,
        Counted::Invited,
        Counted::Groups,
        Counted::Organisations,
    ];
    fn slug(self) -> &'static str {
        match self {
            Counted::Participants => "participants",
            Counted::Invited => "invited",
            Counted::Groups => "groups",
            Counted::Organisations => "organisations",
        }
    }
}

/// A piece of a sentence with two factions in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(String),
    From,
    To,
}

/// "X is allied with Y" as the edition words it, with the places of the two
/// factions' names marked, so each can be a link.
pub fn relation_sentence(texts: &crate::i18n::Texts, kind: RelationKind) -> Vec<Part> {
    // Private-use characters stand in for the names while the message is formatted.
    const FROM: char = '\u{E000}';
    const TO: char = '\u{E001}';
    let (from, to) = (FROM.to_string(), TO.to_string());
    let text = texts.f(
        &format!("relation-sentence-{}", kind.slug()),
        &[
            ("from", crate::i18n::messages::Arg::Text(&from)),
            ("to", crate::i18n::messages::Arg::Text(&to)),
        ],
    );
    let mut parts = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if c == FROM || c == TO {
            if !run.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut run)));
            }
            parts.push(if c == FROM { Part::From } else { Part::To });
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        parts.push(Part::Text(run));
    }
    parts
}

/// A vocabulary whose slugs are the dataset's own names (serde's kebab-case).
macro_rules! named_as_in_the_dataset {
    ($($ty:ident, $group:literal { $($variant:ident => $slug:literal),+ $(,)? })+) => {$(
        impl Vocab for $ty {
            const GROUP: &'static str = $group;
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            fn slug(self) -> &'static str {
                match self {
                    $($ty::$variant => $slug),+
                }
            }
        }
    )+};
}

named_as_in_the_dataset! {
    SourceKind, "source-kind" {
        Seed => "seed", News => "news", Organiser => "organiser", Official => "official", Reference => "reference",
    }
    PresenceLevel, "level" { Dominant => "dominant", Present => "present", Limited => "limited", Absent => "absent" }
    DocumentKind, "document-kind" {
        Roadmap => "roadmap", Declaration => "declaration", Statement => "statement", Letter => "letter", Report => "report",
    }
    DisagreementField, "disagreement-field" {
        Count => "count", Date => "date", Name => "name", Spelling => "spelling",
        Venue => "venue", Attribution => "attribution", Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: Vocab + PartialEq + std::fmt::Debug>() {
        let mut seen = std::collections::HashSet::new();
        for &x in T::ALL {
            assert!(seen.insert(x.slug()), "duplicate slug {}", x.slug());
            assert_eq!(T::from_slug(x.slug()), Some(x));
        }
        assert_eq!(T::from_slug("<script>"), None);
    }

    #[test]
    fn the_old_stance_slug_still_reads() {
        assert_eq!(Stance::from_slug("armed"), Some(Stance::ArmedStruggle));
        assert_eq!(Stance::ArmedStruggle.slug(), "armed-struggle");
        assert_eq!(Stance::ArmedStruggle.key(), "stance-armed-struggle");
    }

    #[test]
    fn slugs_are_unique_and_reversible() {
        check::<EventKind>();
        check::<Stance>();
        check::<FactionKind>();
        check::<PresenceStatus>();
        check::<Mode>();
        check::<RelationKind>();
        check::<Qualifier>();
        check::<Counted>();
        check::<SourceKind>();
        check::<PresenceLevel>();
        check::<DocumentKind>();
        check::<DisagreementField>();
    }

    /// Each slug reads back as its value from the dataset's JSON, and the
    /// catalog has the word readers see for it.
    fn named_as_in_the_dataset<T>()
    where
        T: Vocab + PartialEq + std::fmt::Debug + serde::de::DeserializeOwned,
    {
        let en = crate::i18n::Texts::compiled(crate::i18n::Lang::En);
        for &x in T::ALL {
            let read: T = serde_json::from_str(&format!("\"{}\"", x.slug())).unwrap();
            assert_eq!(read, x);
            assert!(!en.t(&x.key()).starts_with('['), "no text for {}", x.key());
        }
    }

    #[test]
    fn dataset_words_are_the_json_names_and_have_texts() {
        named_as_in_the_dataset::<SourceKind>();
        named_as_in_the_dataset::<PresenceLevel>();
        named_as_in_the_dataset::<DocumentKind>();
        named_as_in_the_dataset::<DisagreementField>();
    }

    #[test]
    fn relation_sentences_name_both_factions_once_in_every_edition() {
        use crate::i18n::{Lang, Texts};
        for lang in Lang::ALL {
            let t = Texts::compiled(lang);
            for &kind in RelationKind::ALL {
                let parts = relation_sentence(&t, kind);
                let count = |p: Part| parts.iter().filter(|x| **x == p).count();
                assert_eq!(
                    (count(Part::From), count(Part::To)),
                    (1, 1),
                    "{lang:?} {kind:?}: {parts:?}"
                );
                assert!(parts
                    .iter()
                    .any(|p| matches!(p, Part::Text(s) if !s.trim().is_empty())));
            }
        }
        let en = relation_sentence(&Texts::english(), RelationKind::MemberOf);
        assert_eq!(
            en,
            [Part::From, Part::Text(" is a member of ".into()), Part::To]
        );
    }
}
