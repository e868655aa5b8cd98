//! The dataset's types: exactly what `public/data/vienna-process.json` holds.
//!
//! Every record that states a fact carries `cites`; relations between records
//! are by id (slugs for factions, people, sources, documents, events, communities;
//! numbers 1-5 for rounds) and are checked by [`crate::data::validate`].
//! Facts that are derived (who led a faction, which rounds a person attended) are
//! not stored twice: they are computed from the one place that states them.

use serde::Deserialize;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A reference from a statement to the source that supports it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cite {
    /// Id of a [`Source`].
    pub source: String,
    /// Paragraph in a seed document: the N-th non-blank line of the file, from 1.
    /// Required for sources that list paragraphs; absent for web sources, whose
    /// address is the locator.
    #[serde(default)]
    pub para: Option<u32>,
}

/// A statement in the project's own words, with its evidence.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    pub cites: Vec<Cite>,
    /// True when the statement is an inference from the sources rather than stated by them.
    #[serde(default)]
    pub inferred: bool,
}

/// A date or date range as a source gives it. `start`/`end` are `YYYY`, `YYYY-MM`
/// or `YYYY-MM-DD`; the form is the precision.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateClaim {
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub version: String,
    /// Date of this version, `YYYY-MM-DD`.
    pub date: String,
    pub licence: String,
    pub description: String,
    /// How the dataset is put together: locator rules, conventions.
    #[serde(default)]
    pub method: Vec<String>,
    /// What changed in each version and why, newest first.
    #[serde(default)]
    pub changelog: Vec<ChangeEntry>,
}

/// One version's entry in the changelog.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    pub version: String,
    /// Date of the version, `YYYY-MM-DD`.
    pub date: String,
    /// What changed and why, one item per change, in the project's words.
    pub changes: Vec<String>,
}

/// The whole dataset.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub meta: Meta,
    pub communities: Vec<Community>,
    pub sources: Vec<Source>,
    pub rounds: Vec<Round>,
    pub factions: Vec<Faction>,
    pub people: Vec<Person>,
    pub documents: Vec<Document>,
    pub events: Vec<Event>,
    pub relations: Vec<Relation>,
    pub disagreements: Vec<Disagreement>,
}

/// An ethnic or religious community named by a source.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Community {
    pub id: String,
    pub name: String,
    pub kind: CommunityKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CommunityKind {
    Ethnic,
    Religious,
}

// ---------------------------------------------------------------- sources

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub title: String,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date as printed; absent when the source prints none.
    #[serde(default)]
    pub date: Option<String>,
    /// What is known of the date when it is not printed.
    #[serde(default)]
    pub date_note: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// Seed documents: the file name under `shared/seeds/`.
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    pub summary: String,
    /// Seed documents: every paragraph, summarised, so a `para` locator can be checked.
    #[serde(default)]
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// One of the five documents the dataset is built from.
    Seed,
    News,
    /// A page of the organisers or of a participating group.
    Organiser,
    Official,
    Reference,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub n: u32,
    /// The paragraph's first words, verbatim, so a reader can find it.
    pub opens: String,
    /// The project's own summary of the paragraph.
    pub summary: String,
    /// Why no record cites this paragraph, when none does (a masthead, a heading):
    /// with it, every paragraph of a seed is either cited or accounted for.
    #[serde(default)]
    pub unused: Option<String>,
}

// ---------------------------------------------------------------- rounds

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// 1 to 5; the id used in URLs.
    pub number: u8,
    /// Name the sources use, e.g. "Second Vienna Conference".
    pub name: String,
    /// The headline outcome in one line, own words.
    pub headline: String,
    pub summary: String,
    /// First entry is the best-supported; others are variants (see disagreements).
    pub dates: Vec<DateClaim>,
    #[serde(default)]
    pub venues: Vec<Venue>,
    #[serde(default)]
    pub organisers: Vec<Claim>,
    #[serde(default)]
    pub counts: Vec<Count>,
    #[serde(default)]
    pub women_share: Vec<Share>,
    #[serde(default)]
    pub attendance: Vec<Attendance>,
    /// Communities whose presence (or absence) a source describes for this round.
    #[serde(default)]
    pub communities: Vec<CommunityPresence>,
    /// What a source says of the round's mix of communities without naming any
    /// (so no `communities` record can hold it), with the source's wording quoted.
    #[serde(default)]
    pub community_notes: Vec<Claim>,
    #[serde(default)]
    pub firsts: Vec<Claim>,
    #[serde(default)]
    pub outcomes: Vec<Claim>,
    #[serde(default)]
    pub reactions: Vec<Reaction>,
    /// Ids of documents adopted or issued at this round.
    #[serde(default)]
    pub documents: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub name: String,
    pub city: String,
    #[serde(default)]
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

/// A number of participants (or invitees, groups...) as one source states it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub value: u32,
    pub qualifier: Qualifier,
    /// What is counted.
    pub of: Counted,
    /// The source's wording of the number, e.g. "over 30".
    pub stated: String,
    #[serde(default)]
    pub note: Option<String>,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// The source gives a bare number ("70 participants"), without saying
    /// whether it is exact or rounded.
    Plain,
    /// The source says the number is exact.
    Exactly,
    About,
    /// "over", "more than".
    MoreThan,
    AtLeast,
    /// "almost", "nearly".
    Almost,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Counted {
    Participants,
    Invited,
    Groups,
    Organisations,
}

/// Women's share of the participants, as a source words it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// The source's wording, e.g. "nearly half".
    pub stated: String,
    /// The share in percent the wording points to (an upper bound for "nearly").
    pub percent: u8,
    /// The qualifier in the source's wording, e.g. `almost` for "nearly half";
    /// absent when the wording has none.
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    pub cites: Vec<Cite>,
}

/// One person's (or a faction's) part in a round.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub person: String,
    pub mode: Mode,
    /// The faction the person came for, only where a source says so.
    #[serde(default)]
    pub faction: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Attended; the sources do not say how.
    Attended,
    InPerson,
    Online,
    /// Sent a personal envoy.
    Envoy,
    /// Named by a source as absent.
    Absent,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommunityPresence {
    pub community: String,
    pub level: PresenceLevel,
    pub text: String,
    /// True when the project, not the source, ties the description to this round.
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PresenceLevel {
    Dominant,
    Present,
    Limited,
    Absent,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    /// Who reacted, as the source names them.
    pub actor: String,
    #[serde(default)]
    pub person: Option<String>,
    #[serde(default)]
    pub faction: Option<String>,
    pub text: String,
    /// True when the project, not the source, ties the reaction to this round.
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

// ---------------------------------------------------------------- factions

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faction {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub short: Option<String>,
    /// Other names the sources use for the same body.
    #[serde(default)]
    pub aliases: Vec<Name>,
    pub kind: FactionKind,
    pub summary: String,
    #[serde(default)]
    pub bases: Vec<Claim>,
    #[serde(default)]
    pub founded: Vec<DateClaim>,
    /// Ethnic composition as the sources describe it.
    #[serde(default)]
    pub composition: Vec<Composition>,
    /// Stance on armed struggle vs negotiation, dated where it changed.
    #[serde(default)]
    pub stances: Vec<StanceClaim>,
    /// Presence at each round where a source speaks of it; a missing round is unknown.
    #[serde(default)]
    pub presence: Vec<Presence>,
    #[serde(default)]
    pub notes: Vec<Claim>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub name: String,
    /// The name's language when a source writes it in Dari (`fa-AF`) or
    /// Pashto (`ps-AF`) script; absent for names in English.
    #[serde(default)]
    pub lang: Option<String>,
    pub cites: Vec<Cite>,
    /// True when no source equates this name with the record; the project does.
    #[serde(default)]
    pub inferred: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FactionKind {
    ArmedFront,
    PoliticalCouncil,
    Party,
    Movement,
    /// The platform itself and its organisers.
    Platform,
    /// A past alliance the sources refer to.
    Historical,
    /// The Taliban, the party the opposition stands against.
    Ruling,
    /// Groups the sources call terrorist.
    Terrorist,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Composition {
    pub communities: Vec<String>,
    pub text: String,
    pub cites: Vec<Cite>,
    /// True when the source describes a body the project only takes to be this faction.
    #[serde(default)]
    pub inferred: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    ArmedStruggle,
    Negotiation,
    /// Both military and political/diplomatic means.
    Both,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StanceClaim {
    pub stance: Stance,
    /// When this stance is first reported, where a source dates it.
    #[serde(default)]
    pub since: Option<String>,
    pub text: String,
    /// True when reading the source's words as this stance is the project's inference.
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Presence {
    pub round: u8,
    pub status: PresenceStatus,
    pub text: String,
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PresenceStatus {
    Attended,
    /// Represented by an envoy, online, or by a member.
    Represented,
    Absent,
}

// ---------------------------------------------------------------- people

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Spelling variants and fuller forms used by the sources.
    #[serde(default)]
    pub variants: Vec<Name>,
    pub summary: String,
    /// Roles and affiliations over time. Faction leaders and members are derived from these.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Ethnicity or religion: only where a source states it.
    #[serde(default)]
    pub communities: Vec<CommunityClaim>,
    #[serde(default)]
    pub notes: Vec<Claim>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub title: String,
    #[serde(default)]
    pub faction: Option<String>,
    pub kind: RoleKind,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    Leader,
    Founder,
    Member,
    Spokesperson,
    /// A post outside any faction (former office, profession, authorship).
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommunityClaim {
    pub community: String,
    pub cites: Vec<Cite>,
}

// ---------------------------------------------------------------- documents, events

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub kind: DocumentKind,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub round: Option<u8>,
    /// Who issued it, as the document or source names them.
    pub issuer: String,
    pub summary: String,
    /// Principles, objectives, steps...: each item in the project's own words.
    #[serde(default)]
    pub sections: Vec<Section>,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Roadmap,
    Declaration,
    Statement,
    Letter,
    Report,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub items: Vec<Claim>,
}

/// Something that happened around the rounds.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub kind: EventKind,
    /// First entry is the best-supported date; others are variants.
    pub dates: Vec<DateClaim>,
    #[serde(default)]
    pub place: Option<String>,
    pub summary: String,
    #[serde(default)]
    pub factions: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// A Vienna Process round (rounds are kept in `rounds`; this kind is for filtering).
    Round,
    Takeover,
    Founding,
    /// A UN or other international meeting on Afghanistan.
    Meeting,
    Document,
    Report,
    Repression,
    Statement,
}

// ---------------------------------------------------------------- relations, disagreements

/// How one faction stands toward another, where a source says so.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    pub text: String,
    #[serde(default)]
    pub inferred: bool,
    pub cites: Vec<Cite>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    Allied,
    Rival,
    /// Pursue contrasting strategies (armed struggle vs negotiation).
    Contrasting,
    SplitFrom,
    MemberOf,
    /// `to` is described as the predecessor of `from`.
    SuccessorOf,
    /// Share a founder or leader.
    SharedLeader,
    Opposes,
}

/// Where sources (or one source with itself) give different values.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub id: String,
    pub topic: String,
    pub field: DisagreementField,
    pub subjects: Vec<Subject>,
    /// At least two values, each with its sources.
    pub values: Vec<Variant>,
    /// The project's reading of the disagreement, own words.
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DisagreementField {
    Count,
    Date,
    Name,
    Spelling,
    Venue,
    Attribution,
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub value: String,
    pub cites: Vec<Cite>,
}

/// A record a disagreement concerns.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    Round(u8),
    Faction(String),
    Person(String),
    Event(String),
    Document(String),
    Source(String),
}
