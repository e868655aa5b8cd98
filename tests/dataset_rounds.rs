//! The embedded dataset parses, validates, and holds the key facts of each round,
//! read from the parsed data.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use vienna_process_explorer::data::claims::all_claims;
use vienna_process_explorer::data::embedded::embedded;
use vienna_process_explorer::data::validate::validate;
use vienna_process_explorer::data::*;

fn data() -> Dataset {
    embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn round(d: &Dataset, n: u8) -> &Round {
    d.rounds
        .iter()
        .find(|r| r.number == n)
        .unwrap_or_else(|| panic!("round {n} missing"))
}

fn cites(cs: &[Cite], source: &str, para: Option<u32>) -> bool {
    cs.iter().any(|c| c.source == source && c.para == para)
}

fn has_count(
    r: &Round,
    value: u32,
    q: Qualifier,
    of: Counted,
    source: &str,
    para: Option<u32>,
) -> bool {
    r.counts.iter().any(|c| {
        c.value == value && c.qualifier == q && c.of == of && cites(&c.cites, source, para)
    })
}

fn attendee<'a>(r: &'a Round, person: &str) -> Option<&'a Attendance> {
    r.attendance.iter().find(|a| a.person == person)
}

#[test]
fn embedded_dataset_is_valid() {
    let d = data();
    assert!(validate(&d).is_empty());
    assert_eq!(d.meta.version, "1.0.0");
    assert_eq!(d.meta.date, "2026-11-23");
    let numbers: Vec<u8> = d.rounds.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
}

#[test]
fn round_1() {
    let d = data();
    let r = round(&d, 1);
    assert_eq!(r.dates[0].start, "2022-09-15");
    assert_eq!(r.dates[0].end.as_deref(), Some("2022-09-17"));
    assert_eq!(r.venues[0].name, "Bruno Kreisky Forum");
    assert!(r.venues.iter().any(|v| v.name == "UN Office at Vienna"));
    assert!(has_count(
        r,
        30,
        Qualifier::MoreThan,
        Counted::Participants,
        "seed-000",
        Some(2)
    ));
    assert!(has_count(
        r,
        25,
        Qualifier::About,
        Counted::Participants,
        "research-notes",
        Some(17)
    ));
    assert!(r
        .counts
        .iter()
        .any(|c| c.value == 31 && c.of == Counted::Invited));
    assert!(attendee(r, "ahmad-massoud").is_some());
    assert_eq!(r.attendance.len(), 7);
    assert!(r
        .outcomes
        .iter()
        .any(|c| cites(&c.cites, "seed-001", Some(10)) && c.text.contains("de facto leader")));
    assert!(r.documents.contains(&"declaration-2022-09".to_string()));
}

#[test]
fn round_2() {
    let d = data();
    let r = round(&d, 2);
    assert_eq!(r.name, "Second Vienna Conference");
    assert_eq!(r.dates[0].start, "2023-04-24");
    assert!(has_count(
        r,
        30,
        Qualifier::MoreThan,
        Counted::Participants,
        "seed-001",
        Some(9)
    ));
    assert!(has_count(
        r,
        35,
        Qualifier::About,
        Counted::Participants,
        "research-notes",
        Some(22)
    ));
    assert!(has_count(
        r,
        30,
        Qualifier::AtLeast,
        Counted::Participants,
        "research-notes",
        Some(22)
    ));
    assert!(has_count(
        r,
        40,
        Qualifier::MoreThan,
        Counted::Invited,
        "research-notes",
        Some(22)
    ));
    assert!(r
        .women_share
        .iter()
        .any(|s| s.percent == 50 && cites(&s.cites, "seed-000", Some(3))));
    assert!(r
        .women_share
        .iter()
        .any(|s| s.percent == 50 && cites(&s.cites, "seed-001", Some(12))));
    assert_eq!(
        attendee(r, "mohammad-mohaqiq").map(|a| a.mode),
        Some(Mode::Online)
    );
    assert_eq!(
        attendee(r, "fawzia-koofi").map(|a| a.mode),
        Some(Mode::InPerson)
    );
    for absent in [
        "salahuddin-rabbani",
        "rahmatullah-nabil",
        "zalmai-rassoul",
        "tayeb-jawad",
    ] {
        assert_eq!(
            attendee(r, absent).map(|a| a.mode),
            Some(Mode::Absent),
            "{absent}"
        );
    }
    let comms: BTreeSet<&str> = r.communities.iter().map(|c| c.community.as_str()).collect();
    assert!(comms.contains("hazara") && comms.contains("uzbek") && comms.contains("sikh"));
    assert!(r
        .firsts
        .iter()
        .any(|c| c.text.contains("Sikh") && cites(&c.cites, "seed-001", Some(12))));
    assert!(r
        .outcomes
        .iter()
        .any(|c| c.text.contains("support all forms of resistance")));
    assert!(r
        .reactions
        .iter()
        .any(|x| x.person.as_deref() == Some("mike-mccaul")));
}

#[test]
fn round_3() {
    let d = data();
    let r = round(&d, 3);
    assert_eq!(r.dates[0].start, "2023-12-03");
    assert_eq!(r.dates[0].end.as_deref(), Some("2023-12-05"));
    assert!(has_count(
        r,
        50,
        Qualifier::MoreThan,
        Counted::Participants,
        "seed-000",
        Some(4)
    ));
    assert!(has_count(
        r,
        50,
        Qualifier::About,
        Counted::Participants,
        "binatv-5218",
        None
    ));
    let envoy = attendee(r, "abdul-rashid-dostum").expect("Dostum's envoy");
    assert_eq!(envoy.mode, Mode::Envoy);
    assert!(cites(&envoy.cites, "seed-000", Some(4)));
    // That Batur Dostum was the envoy is an inference, and marked so.
    assert!(r
        .firsts
        .iter()
        .any(|c| c.inferred && c.text.contains("Batur Dostum")));
    assert!(r.documents.contains(&"roadmap-2023".to_string()));
    assert!(r
        .reactions
        .iter()
        .any(|x| x.faction.as_deref() == Some("taliban")));
}

#[test]
fn round_4() {
    let d = data();
    let r = round(&d, 4);
    assert_eq!(r.dates[0].start, "2024-06-24");
    assert!(
        r.dates.iter().any(|x| x.start == "2024-04-24"),
        "April variant kept"
    );
    assert_eq!(r.venues[0].name, "Hotel Regina");
    assert!(has_count(
        r,
        70,
        Qualifier::Exactly,
        Counted::Participants,
        "seed-000",
        Some(5)
    ));
    assert!(has_count(
        r,
        65,
        Qualifier::AtLeast,
        Counted::Groups,
        "research-notes",
        Some(34)
    ));
    assert!(has_count(
        r,
        40,
        Qualifier::MoreThan,
        Counted::Organisations,
        "research-notes",
        Some(34)
    ));
    for p in [
        "yunus-qanuni",
        "mohammad-mohaqiq",
        "anarkali-honaryar",
        "parwana-ibrahimkhel",
    ] {
        assert!(
            attendee(r, p).is_some_and(|a| cites(&a.cites, "seed-000", Some(5))),
            "{p}"
        );
    }
    let letter = d
        .documents
        .iter()
        .find(|x| x.id == "open-letter-2024-06-26")
        .expect("letter");
    assert_eq!(letter.date.as_deref(), Some("2024-06-26"));
    assert_eq!(letter.round, Some(4));
}

#[test]
fn round_5() {
    let d = data();
    let r = round(&d, 5);
    assert_eq!(r.dates[0].start, "2025-02-18");
    assert!(r.dates.iter().any(|x| x.start == "2025-02-19"));
    // Seed 000 disagrees with itself: both figures are kept.
    assert!(has_count(
        r,
        100,
        Qualifier::MoreThan,
        Counted::Participants,
        "seed-000",
        Some(1)
    ));
    assert!(has_count(
        r,
        100,
        Qualifier::Almost,
        Counted::Participants,
        "seed-000",
        Some(6)
    ));
    assert!(has_count(
        r,
        86,
        Qualifier::About,
        Counted::Participants,
        "research-notes",
        Some(39)
    ));
    assert!(has_count(
        r,
        90,
        Qualifier::MoreThan,
        Counted::Participants,
        "research-notes",
        Some(39)
    ));
    assert_eq!(
        attendee(r, "yasin-zia").and_then(|a| a.faction.as_deref()),
        Some("aff")
    );
    let level = |id: &str| {
        r.communities
            .iter()
            .find(|c| c.community == id)
            .map(|c| c.level)
    };
    assert_eq!(level("tajik"), Some(PresenceLevel::Dominant));
    assert_eq!(level("pashtun"), Some(PresenceLevel::Limited));
    assert!(r
        .outcomes
        .iter()
        .any(|c| c.text.contains("19") && cites(&c.cites, "seed-000", Some(8))));
    assert!(r
        .reactions
        .iter()
        .any(|x| x.person.as_deref() == Some("hanif-atmar")));
}

#[test]
fn factions_and_their_facts() {
    let d = data();
    assert_eq!(d.factions.len(), 14);
    let f = |id: &str| {
        d.factions
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let nrf = f("nrf");
    let stances: BTreeSet<Stance> = nrf.stances.iter().map(|s| s.stance).collect();
    assert!(stances.contains(&Stance::Both) && stances.contains(&Stance::ArmedStruggle));
    assert!(nrf.founded.len() >= 2);
    let council = f("high-council");
    assert!(council
        .aliases
        .iter()
        .any(|a| a.name == "Ankara Coalition" && a.inferred));
    assert!(council
        .stances
        .iter()
        .all(|s| s.stance == Stance::Negotiation));
    assert!(f("justice-freedom-party")
        .aliases
        .iter()
        .all(|a| a.inferred));
    assert_eq!(f("taliban").kind, FactionKind::Ruling);
    for r in &d.relations {
        assert!(!r.cites.is_empty());
    }
}

#[test]
fn disagreements_are_complete() {
    let d = data();
    assert!(d.disagreements.len() >= 20, "{}", d.disagreements.len());
    for x in &d.disagreements {
        assert!(x.values.len() >= 2, "{}", x.id);
        assert!(!x.subjects.is_empty(), "{}", x.id);
    }
    for id in [
        "round-1-count",
        "round-2-count",
        "round-3-count",
        "round-4-count",
        "round-4-date",
        "round-5-count",
        "round-5-start",
        "round-1-venue",
        "council-founding",
        "council-name",
        "danish-party-name",
        "peace-justice-name",
        "movement-count",
        "liberal-vs-liberty",
        "honaryar-spelling",
        "nrf-founding",
        "nrf-stance",
        "roadmap-round",
        "process-beginning",
        "working-group-labels",
        "dostum-envoy",
    ] {
        assert!(d.disagreements.iter().any(|x| x.id == id), "missing {id}");
    }
}

#[test]
fn community_claims_are_cited() {
    let d = data();
    for p in &d.people {
        for c in &p.communities {
            assert!(!c.cites.is_empty(), "{}", p.id);
        }
    }
    let of = |id: &str| -> Vec<String> {
        d.people
            .iter()
            .find(|p| p.id == id)
            .unwrap()
            .communities
            .iter()
            .map(|c| c.community.clone())
            .collect()
    };
    assert_eq!(of("abdul-rashid-dostum"), ["uzbek"]);
    assert_eq!(of("mohammad-mohaqiq"), ["hazara"]);
    assert_eq!(of("anarkali-honaryar"), ["sikh"]);
    assert!(
        of("ahmad-massoud").is_empty(),
        "no ethnicity without a source"
    );
}

#[test]
fn roadmap_has_all_its_parts() {
    let d = data();
    let doc = d
        .documents
        .iter()
        .find(|x| x.id == "roadmap-2023")
        .expect("roadmap");
    assert_eq!(doc.date.as_deref(), Some("2023-12-05"));
    let items = |h: &str| {
        doc.sections
            .iter()
            .find(|s| s.heading == h)
            .map(|s| s.items.len())
    };
    assert_eq!(items("Principles"), Some(5));
    assert_eq!(items("Objectives"), Some(7));
}

/// Seed paragraphs no claim cites (headings, mastheads, credits) are listed, not failed.
#[test]
fn uncited_seed_paragraphs_are_listed() {
    let d = data();
    let claims = all_claims(&d);
    let mut cited: BTreeSet<(String, u32)> = BTreeSet::new();
    for c in &claims {
        for x in &c.cites {
            if let Some(n) = x.para {
                cited.insert((x.source.clone(), n));
            }
        }
    }
    let mut uncited = Vec::new();
    for s in d.sources.iter().filter(|s| s.kind == SourceKind::Seed) {
        for p in &s.paragraphs {
            if !cited.contains(&(s.id.clone(), p.n)) {
                uncited.push(format!("{} ¶{}: {}", s.id, p.n, p.opens));
            }
        }
    }
    eprintln!(
        "{} seed paragraphs not cited:\n{}",
        uncited.len(),
        uncited.join("\n")
    );
}
