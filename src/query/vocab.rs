//! The words the URL and the interface use for the dataset's enumerations.

use crate::data::model::*;

/// An enumeration with a URL slug and a label for people.
pub trait Vocab: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    fn label(self) -> &'static str;
    fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|x| x.slug() == s)
    }
}

impl Vocab for EventKind {
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
    fn label(self) -> &'static str {
        match self {
            EventKind::Round => "Vienna Process round",
            EventKind::Takeover => "Taliban takeover",
            EventKind::Founding => "Founding of a group",
            EventKind::Meeting => "Other meeting",
            EventKind::Document => "Document",
            EventKind::Report => "Report",
            EventKind::Repression => "Repression",
            EventKind::Statement => "Statement",
        }
    }
}

impl Vocab for Stance {
    const ALL: &'static [Self] = &[Stance::ArmedStruggle, Stance::Negotiation, Stance::Both];
    fn slug(self) -> &'static str {
        match self {
            Stance::ArmedStruggle => "armed",
            Stance::Negotiation => "negotiation",
            Stance::Both => "both",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Stance::ArmedStruggle => "Armed struggle",
            Stance::Negotiation => "Negotiation",
            Stance::Both => "Both (armed and political)",
        }
    }
}

impl Vocab for FactionKind {
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
    fn label(self) -> &'static str {
        match self {
            FactionKind::ArmedFront => "Armed front",
            FactionKind::PoliticalCouncil => "Political council",
            FactionKind::Party => "Party",
            FactionKind::Movement => "Movement",
            FactionKind::Platform => "Platform or organiser",
            FactionKind::Historical => "Historical alliance",
            FactionKind::Ruling => "Ruling movement (opposed)",
            FactionKind::Terrorist => "Group called terrorist",
        }
    }
}

impl Vocab for PresenceStatus {
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
    fn label(self) -> &'static str {
        match self {
            PresenceStatus::Attended => "Attended",
            PresenceStatus::Represented => "Represented (envoy, online or member)",
            PresenceStatus::Absent => "Absent",
        }
    }
}

impl Vocab for Mode {
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
    fn label(self) -> &'static str {
        match self {
            Mode::Attended => "attended",
            Mode::InPerson => "in person",
            Mode::Online => "online",
            Mode::Envoy => "sent an envoy",
            Mode::Absent => "absent",
        }
    }
}

impl Vocab for RelationKind {
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
    fn label(self) -> &'static str {
        match self {
            RelationKind::Allied => "allied with",
            RelationKind::Rival => "rival of",
            RelationKind::Contrasting => "contrasting strategy to",
            RelationKind::SplitFrom => "split from",
            RelationKind::MemberOf => "member of",
            RelationKind::SuccessorOf => "successor of",
            RelationKind::SharedLeader => "shares a leader with",
            RelationKind::Opposes => "opposes",
        }
    }
}

impl Vocab for Qualifier {
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
    fn label(self) -> &'static str {
        match self {
            Qualifier::Plain => "",
            Qualifier::Exactly => "exactly",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::Almost => "almost",
        }
    }
}

impl Vocab for Counted {
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
    fn label(self) -> &'static str {
        self.slug()
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
    fn slugs_are_unique_and_reversible() {
        check::<EventKind>();
        check::<Stance>();
        check::<FactionKind>();
        check::<PresenceStatus>();
        check::<Mode>();
        check::<RelationKind>();
        check::<Qualifier>();
        check::<Counted>();
    }
}
