# Vienna Process Explorer: the interface in English.
#
# Fluent syntax (https://projectfluent.org/). Terms (-round, -faction, -source,
# -disagreement) are the words used everywhere for these things; keep them
# consistent. { $name } is filled in by the app. Keys stay as they are.

-site = Vienna Process Explorer
-round = round
-Round = Round
-faction = faction
-source = source
-disagreement = disagreement

## Shell
site-name = { -site }
skip-to-content = Skip to content
nav-main = Main
nav-languages = Language
nav-timeline = Timeline
nav-matrix = Matrix
nav-factions = Factions
nav-people = People
nav-sources = Sources
nav-about = About
footer-cited = Every statement links to its { -source }.
footer-disagreements = Where sources disagree
footer-download = Download the dataset (JSON)
footer-about = About and method
list-separator = {"; "}
according-to = according to { $sources }
round-n = { -Round } { $n }
round-title = { -Round } { $n }: { $name }

## Export
export-group = Export this view
export-csv = Download CSV
export-json = Download JSON
export-failed = The file could not be made: { $why }
export-kind = kind
export-id = id
export-title = title
export-dates = dates
export-place = place
export-summary = summary
export-factions = factions
export-sources = sources
export-faction = faction
export-leaders = leaders
export-base = base
export-ethnicity = ethnic composition
export-stance = stance
export-founded = founded
export-name = name
export-variants = variants
export-rounds = rounds

## Documents
document-breadcrumb = Document
document-issued-by = Issued by
document-date = Date
document-round = { -Round }
document-kind = Kind
document-kind-roadmap = roadmap
document-kind-declaration = declaration
document-kind-statement = statement
document-kind-letter = letter
document-kind-report = report
document-note = Items below are the project's own summaries, each with its { -source }.

## Sources
sources-title = Sources
sources-lede = The five source documents the dataset is built from, and the public reporting used to add exact dates, venues and attendees. Each source's page lists the statements that rest on it.
sources-see-disagreements = See where sources disagree.
sources-cited-times = cited { $n } times
source-kind-seed = Source documents
source-kind-news = News reports
source-kind-organiser = Organisers and participating groups
source-kind-official = Official records
source-kind-reference = Reference works and other sources

## Kinds of timeline item
event-kind-round = Vienna Process round
event-kind-takeover = Taliban takeover
event-kind-founding = Founding of a group
event-kind-meeting = Other meeting
event-kind-document = Document
event-kind-report = Report
event-kind-repression = Repression
event-kind-statement = Statement

## Stances
stance-armed-struggle = Armed struggle
stance-negotiation = Negotiation
stance-both = Both (armed and political)

## Kinds of faction
faction-kind-armed-front = Armed front
faction-kind-political-council = Political council
faction-kind-party = Party
faction-kind-movement = Movement
faction-kind-platform = Platform or organiser
faction-kind-historical = Historical alliance
faction-kind-ruling = Ruling movement, which the opposition stands against
faction-kind-terrorist = Group called terrorist

## Presence at a round
presence-attended = Attended
presence-represented = Represented (envoy, online or member)
presence-absent = Absent

## How a person took part
mode-attended = attended
mode-in-person = in person
mode-online = online
mode-envoy = sent an envoy
mode-absent = absent

## Relations between factions
relation-allied = allied with
relation-rival = rival of
relation-contrasting = contrasting strategy to
relation-split-from = split from
relation-member-of = member of
relation-successor-of = successor of
relation-shared-leader = shares a leader with
relation-opposes = opposes
relation-sentence-allied = { $from } is allied with { $to }
relation-sentence-rival = { $from } is a rival of { $to }
relation-sentence-contrasting = { $from } pursues a strategy that contrasts with that of { $to }
relation-sentence-split-from = { $from } split from { $to }
relation-sentence-member-of = { $from } is a member of { $to }
relation-sentence-successor-of = { $from } is the successor of { $to }
relation-sentence-shared-leader = { $from } shares a leader with { $to }
relation-sentence-opposes = { $from } opposes { $to }

## Counts as sources state them: { $n } the number, { $what } what is counted
count-plain = { $n } { $what }
count-exactly = exactly { $n } { $what }
count-about = about { $n } { $what }
count-more-than = more than { $n } { $what }
count-at-least = at least { $n } { $what }
count-almost = almost { $n } { $what }
share-plain = { $n }%
share-exactly = exactly { $n }%
share-about = about { $n }%
share-more-than = more than { $n }%
share-at-least = at least { $n }%
share-almost = almost { $n }%

## What a count counts
counted-participants = participants
counted-invited = invited
counted-groups = groups
counted-organisations = organisations

## Small pieces
comma = {", "}
notices-heading = Part of this link was not understood.
copy-link-blocked = Copying is blocked here; the link is: { $href }

## Not found
not-found-title = Page not found
not-found-at = This site has no page at this address:
not-found-here = This site has no page at this address.
not-found-pages = These pages exist:
not-found-round = { -Round } not found
not-found-faction = Faction not found
not-found-person = Person not found
not-found-source = Source not found
not-found-document = Document not found
missing-faction = This dataset has no { -faction } with the id
missing-person = This dataset has no person with the id
missing-source = This dataset has no { -source } with the id
missing-document = This dataset has no document with the id
missing-faction-list = See all factions
missing-person-list = See all people
missing-source-list = See all sources
missing-document-list = See all sources

## Notices about the link
notice-unknown-param = The link's parameter "{ $param }" is not one this site uses; it was ignored.
notice-bad-value = "{ $value }" is not a valid value for "{ $param }" (expected { $expected }); it was ignored.
notice-unknown = No { $what } "{ $id }" exists in this dataset; it was left out of the filter.
notice-years-swapped = The year range was reversed; it has been read the other way round.
notice-range-swapped = The time range was reversed; it has been read the other way round.
notice-range-clamped = The time range reached outside the years the data covers ({ $first }-{ $last }); it has been cut to them.
notice-truncated = The search text was cut to { $max } characters.
expected-id = an id of lowercase letters, digits and hyphens
expected-year = a year such as 2023
expected-item-kind = an item kind such as round or meeting
expected-faction-kind = a faction kind such as armed-front or party
expected-stance = armed-struggle, negotiation or both
expected-view = both, rounds or attributes
expected-column = a matrix column such as name, stance or r2
expected-flag = 1 or 0
expected-faction = a faction id
expected-round = a { -round } number
expected-range = two dates such as 2023-03-01..2024-06-30
expected-data = an http(s) address of a JSON dataset
what-faction = { -faction }
what-community = ethnic or religious group
what-round = { -round }
range-to = { $lo } to { $hi }
not-stated = not stated
since = from { $date }
cites-label = Sources
inferred = inferred
inferred-title = The project's inference from the sources, not stated by them

## Participation chart
chart-caption = Participants per { -round } as each { -source } states them. Dots are single figures; a bar spans the range where sources differ. ♀: women's share where stated (the table gives the wording).
chart-table-summary = The figures as a table
chart-table-caption = Participants per { -round }
chart-col-round = { -Round }
chart-col-range = Range
chart-col-figures = Stated figures
chart-col-women = Women

## Loading another dataset
origin-file = the file { $name }
origin-embedded = the dataset built into this site
banner-showing = Showing a dataset loaded from { $from }: { $title } version { $version } ({ $date }).
banner-return = Return to the embedded dataset
banner-loading = Loading the dataset at { $from }…
banner-failed = The dataset from { $from } could not be used.
banner-embedded-shown = The embedded dataset is shown instead.
load-no-requests = the browser cannot make requests
load-timeout = no answer within { $s } seconds
load-unreachable = the address could not be reached (network error or the server does not allow cross-site loading): { $detail }
load-http = the server answered HTTP { $status } { $text }
load-not-json = the server sent "{ $type }", not JSON (application/json)
load-too-large = the dataset is { $bytes } bytes; the limit is { $max } bytes (16 MiB)
load-unreadable = the response could not be read: { $detail }

## Start-up problems
start-panic = The explorer stopped because of an internal error: { $why }
start-no-catalog = The words of this edition could not be loaded: { $why }
start-invalid = The site's dataset is invalid: { $why }
start-no-dataset = The site's dataset could not be loaded: { $why }
start-failed = The interactive explorer could not start
start-failed-hint = What the page shows may still be read. Reload the page to try again; if it happens again, open the home page.

## Filters
filter-label = Filters
filter-search = Search names and summaries
filter-kind = Kind of event
filter-faction = Faction
filter-ethnicity = Ethnic or religious group
filter-stance = Stance
filter-type = Kind of faction
filter-from-year = From year
filter-to-year = To year
filter-any-year = any
filter-matching = , matching:
filter-clear = Clear all filters
filter-summary-timeline = { $n } of { $all } rounds and events match.
filter-summary-factions = { $n } of { $all } factions match.
filter-summary-people = { $n } of { $all } people match.
empty-timeline = No rounds or events match these filters.
empty-factions = No factions match these filters.
empty-people = No people match these filters.

## Factions
factions-title = Factions
factions-heading = Factions and organisations
factions-lede = Every front, council, party, movement and platform the sources name, and the Taliban they oppose. Open one for its full, cited profile.
factions-also-called = Also called:
factions-leaders = Leaders
factions-composition = Ethnic composition
factions-stance = Stance

## People
people-title = People
people-lede = Everyone the sources name: roles, affiliations and rounds, with citations. Ethnicity or religion appears only where a source states it.
people-factions = Factions
people-rounds = Rounds
people-more = Show more ({ $rest } not shown)
period-from-to = { $from } to { $to }
until = until { $date }

## A person
person-for = for
person-variants = Other spellings and names
person-roles = Roles and affiliations
person-community = Ethnicity or religion
person-community-none = No source in this dataset states it, so it is not recorded.
person-events = Events
profile-notes = Notes
profile-disagreements = Where sources disagree

## A faction
faction-in-matrix = Show in the matrix
faction-aliases = Other names
faction-people = Leaders and members
faction-base = Base
faction-founded = Founded
faction-stances = Stance on armed struggle and negotiation
faction-presence = Presence at the rounds
faction-status = Status
faction-evidence = Evidence
faction-relations = Related factions

## A source
source-author = Author
source-publisher = Publisher
source-no-date = not printed
source-language = Language
source-address = Address
source-file = File
source-paragraphs = Paragraphs
source-paragraphs-note = ¶N is the N-th non-blank line of the document. Each opens with its first words, verbatim, followed by the project's summary.
source-statements = Statements that rest on this { -source } ({ $n })
source-cited-n = cited { $n }×

## Disagreements
disagreements-title = Where sources disagree
disagreements-lede = Numbers, dates, names and spellings on which the sources differ. No value is picked silently: every one is listed with its { -source }, and the project's reading is in its own words.
disagreements-all = All disagreements
disagreement-concerns = concerns:
disagreement-values = The values the sources give
disagreement-field-count = About the count
disagreement-field-date = About the date
disagreement-field-name = About the name
disagreement-field-spelling = About the spelling
disagreement-field-venue = About the venue
disagreement-field-attribution = About the attribution
disagreement-field-other = About something else

## About
about-title = About
about-heading = About the Vienna Process Explorer
about-lede = The Vienna Process for a Democratic Afghanistan brings together the opposition to Taliban rule: armed fronts, political councils, parties, women's movements. This explorer sets out its five rounds (2022-2025), the factions and people involved, and the documents they adopted, from five source documents and public reporting. Every statement links to its { -source }; where sources disagree, all values are kept and shown.
about-private = It runs entirely in your browser: nothing you filter or load is sent anywhere.
about-dataset = The dataset
about-shown-embedded = Shown: the dataset built into this site.
about-shown-url = Shown: a dataset loaded from { $from }.
about-shown-file = Shown: a dataset loaded from the file { $name }.
about-title-label = Title
about-version = Version
about-version-n = Version { $version }
about-licence = Licence
about-holds = What it holds
about-method = Method
about-changelog = What changed, version by version
about-count-rounds = Rounds
about-count-factions = Factions and organisations
about-count-people = People
about-count-events = Context events
about-count-documents = Documents
about-count-sources = Sources
about-count-claims = Cited statements
about-count-citations = Citations
about-count-disagreements = Disagreements between sources
about-download = Download
about-download-json = The dataset (JSON)
about-download-schema = Its JSON Schema
load-heading = View another dataset
load-explain = A dataset in the same format (see the schema above) can be shown instead of the built-in one. It is checked by the same validator first; if anything is wrong, the page says what and where, and the built-in dataset stays. Limit: { $max } MiB.
load-address = Address of a dataset (JSON)
load-submit = Load and put it in the link
load-cors = The server must allow cross-site loading (CORS). The address goes into the page's link, so sharing the link shares the dataset.
load-file = Or a file on this device
load-bad-address = Give an address starting with https:// or http://, or a path on this site starting with /.
load-file-too-large = The file { $name } is about { $mib } MiB; the limit is { $max } MiB.
load-file-unreadable = The file { $name } could not be read.

## Timeline
timeline-heading = Timeline of the Vienna Process
timeline-lede = The five rounds of the Vienna Process for a Democratic Afghanistan (2022-2025) and the events around them, on a time axis. Filter by faction, ethnic or religious group, kind of event, stance or years; the address always holds the view, so it can be shared.
timeline-lede-short = The five rounds of the Vienna Process (2022-2025) and the events around them.
timeline-axis-heading = Rounds and events in time
timeline-participation-heading = Participation by { -round }
timeline-items-heading = Rounds and events
timeline-period-note = The list shows the { $n } of { $all } items from { $from } to { $to }.
timeline-whole-period = Show the whole period
timeline-window-note = { $n } items; the list draws those near the screen as you scroll.
timeline-dates-differ = dates differ between sources
timeline-dates-differ-title = Sources give other dates; see the disagreements
timeline-factions = Factions:
timeline-people = People:
timeline-size-as-stated = Size as stated:

## A round
round-missing = This dataset has no { -round } with the number
round-existing = The rounds it has:
round-pager = Previous and next { -round }
round-pager-end = Previous and next { -round } (end of page)
round-when = When and where
round-dates = Dates
round-venue = Venue
round-organisers = Organisers
round-participants = Participants
round-no-number = No { -source } states a number.
round-women = Women:
round-communities = Communities, as the sources describe them
level-dominant = dominant
level-present = present
level-limited = limited
level-absent = absent
round-factions = Factions represented
round-firsts = Firsts
round-outcomes = Outcomes
round-documents = Documents
round-reactions = Reactions
round-disagreements = Where sources disagree about this { -round }
round-attendees = Attendees named by the sources
round-no-faction = No { -faction } stated by the sources
round-matches = Matches your filters:
round-no-match = No attendee of this { -round } matches your filters.
round-matched = { $n } attendee(s) matching your filters are highlighted.
compare-heading = Compare with another { -round }
compare-with = Compare with
compare-choose = choose a { -round }
compare-none = none recorded
compare-stated = Participants stated: { -round } { $a }: { $ra }; { -round } { $b }: { $rb }.
compare-caption = { -Round } { $a } compared with { -round } { $b } (only people and factions the sources name)
compare-new = New at { -round } { $a }
compare-missing = At { -round } { $b }, not recorded at { $a }
compare-both = Recorded at both
compare-note = Absence from this list means only that no { -source } names them for that { -round }.

## The time axis
axis-label = Time axis
axis-role = time axis
axis-controls = Time axis controls
axis-zoom-in = Zoom in
axis-zoom-out = Zoom out
axis-earlier = Earlier
axis-later = Later
axis-whole = Whole period
axis-period-whole = Showing the whole period, { $from } to { $to }
axis-period = Showing { $from } to { $to }
axis-tip-size = Stated size: { $sizes }
axis-tip-round-hint = Enter or click opens the { -round }
axis-tip-event-hint = Enter or click shows it in the list
axis-many = { $n } items from { $from } to { $to }; press Enter to zoom in
axis-presence = { $faction } at { -round } { $n }: { $status }
axis-legend-round = Vienna Process { -round }
axis-legend-event = context event
axis-legend-many = several events (count below)
axis-legend-presence = ● attended ◐ represented ○ absent · not known
axis-help = Keys on the axis: + and - zoom, ← and → move through time, 0 or Home shows the whole period, Tab reaches each round and event. With a mouse: drag to move, Shift+drag to choose a period, Ctrl+wheel or a pinch to zoom.
axis-help-rtl = Keys on the axis: + and - zoom, → moves to earlier times and ← to later ones (time runs from right to left), 0 or Home shows the whole period, Tab reaches each round and event. With a mouse: drag to move, Shift+drag to choose a period, Ctrl+wheel or a pinch to zoom.

## The faction matrix
matrix-title = Faction matrix
matrix-lede = Which factions took part in which rounds, and what the sources say of each: kind, leaders, base, ethnic composition, stance on armed struggle or negotiation, founding. Select any cell to see its evidence; sort by any column.
matrix-columns = Columns
matrix-view-both = Rounds and attributes
matrix-view-rounds = Rounds only
matrix-view-attributes = Attributes only
matrix-legend = Legend
matrix-keys = Every cell opens its evidence. In the round cells, arrow keys move between cells, Home and End to the row's ends; Enter or Space opens the evidence, Escape closes it.
matrix-sort = , sort
matrix-caption-both = { $n } factions and organisations; rounds shown, attributes shown.
matrix-caption-rounds = { $n } factions and organisations; rounds shown, attributes hidden.
matrix-caption-attributes = { $n } factions and organisations; rounds hidden, attributes shown.
matrix-round-cell = { $faction }, { -round } { $n }: { $status }. Show evidence
matrix-attribute-cell = { $faction }, { $column }: { $value }. Show evidence
matrix-relation-cell = { $from } { $relation } { $to }. Show evidence
matrix-evidence-round = Evidence: { $faction } at { -round } { $n }
matrix-evidence-attribute = Evidence: { $faction }, { $column }
matrix-evidence-relation = Evidence: { $faction } and { $other }
matrix-close = Close
matrix-close-what = { " " }the evidence
matrix-no-presence = No { -source } says whether this faction took part in this round.
matrix-members = Its people recorded at this round
matrix-composition-note = As the sources describe it; the source is named with each description.
matrix-not-stated = No source in the dataset states this.
matrix-faction-disagreements = Where sources disagree about this faction
matrix-relations-heading = How factions stand toward each other
matrix-relations-intro = Read each row as: the row's faction is … the column's faction. Only relations a source states (or the project marks as inferred) are shown; select a mark for its evidence.
matrix-relations-caption = Relations between factions, by row (from) and column (to)
column-name = Faction
column-kind = Kind
column-leaders = Leaders
column-base = Base
column-ethnicity = Ethnic composition
column-stance = Stance
column-founded = Founded
cell-in-person = Attended in person
cell-in-person-meaning = a source says it took part, and has its people there in person
cell-online = Attended online
cell-online-meaning = a source says it took part, and has its people there online only
cell-attended = Attended
cell-attended-meaning = a source says it took part, without saying how
cell-represented = Represented
cell-represented-meaning = by an envoy or through a member
cell-absent = Absent
cell-absent-meaning = a source says it was absent
cell-unknown = Not known
cell-unknown-meaning = no source speaks of it

## Page descriptions (link previews, search results)
head-home-description = The { $rounds } rounds of the Vienna Process for a Democratic Afghanistan ({ $years }) and the Afghan anti-Taliban opposition around them: a timeline, a faction matrix and profiles, with every fact cited.
head-matrix-description = { $factions } factions and organisations, whether they took part in each of the { $rounds } Vienna Process rounds, and their attributes: kind, leaders, base, ethnic composition as sources describe it, and stance on armed struggle or negotiation.
head-factions-description = The { $factions } factions and organisations named in the sources on the Vienna Process, with their kind, leaders and rounds attended.
head-people-description = The { $people } people the sources name in the Vienna Process, with their roles and the rounds they are recorded at.
head-sources-description = The { $sources } sources behind every statement in the Vienna Process Explorer: five seed documents, summarised paragraph by paragraph, and public reporting.
head-disagreements-description = { $disagreements } points on which the sources on the Vienna Process give different dates, numbers, names or accounts, each with every value and its citations.
head-about-description = How the Vienna Process Explorer is made: the dataset (version { $version }, { $licence }), its sources and method, and how to load another dataset.
head-not-found-description = This address is not a page of the Vienna Process Explorer.
head-site-image-alt = Vienna Process Explorer: the five rounds, 2022-2025
head-round-image-alt = Round { $n } of the Vienna Process: { $dates }
head-sizes = Sizes as stated: { $sizes }.
head-leaders = Leaders named by the sources: { $leaders }.
head-recorded-at = Recorded at Vienna Process rounds { $rounds }.

## Preview images
image-sizes = Stated size: { $sizes }
image-site-title = The Vienna Process
image-site-subtitle = The Afghan anti-Taliban opposition's meetings, on a timeline, in a faction matrix and in profiles
image-site-facts = { $rounds } rounds · { $factions } factions · { $people } people · { $sources } sources, every fact cited

## What a statement on a source's page is about
aspect-dates = dates
aspect-venue = venue
aspect-organisers = organisers
aspect-size = size
aspect-women = women's share
aspect-attendance = attendance
aspect-communities = communities
aspect-firsts = firsts
aspect-outcomes = outcomes
aspect-reactions = reactions
aspect-name = name
aspect-base = base
aspect-founded = founded
aspect-composition = composition
aspect-stance = stance
aspect-presence = { -round } { $n }
aspect-notes = notes
aspect-role = role
aspect-community = community
aspect-item = item

## Embed and print
embed-open = Open in the full explorer
embed-this = Embed this view
embed-code-label = HTML to paste into your page (it shows this view, with its filters)
embed-code-note = The script after the frame lets it take the height of its content; without it the frame stays 640 pixels tall. Links inside the frame stay in it; “Open in the full explorer” opens the same view on this site.
embed-frame-title = Vienna Process Explorer
references-heading = Sources cited on this page

## Offline
offline-update = A new version is available.
offline-reload = Reload
offline-later = Not now

## The view first: axis lanes, the compact filter bar, sharing, pictures, early input
expected-lanes = kind or faction
axis-lanes = Lanes
axis-lanes-kind = by kind of event
axis-lanes-faction = one per { -faction }
axis-lane-no-faction = Events naming no { -faction }
filter-open = Filters
filter-active = { $n } active
filter-remove = Remove filter: { $label }
filter-done = Show results
share = Share
share-done = Link copied.
picture-svg = Picture (SVG)
picture-png = Picture (PNG)
picture-source = Source: Vienna Process Explorer, { $address } · dataset version { $version }
picture-filters = Filters: { $list }
picture-no-filters = No filters
matrix-legend-full = Full legend
round-strip = This { -round } among the five, and the events around it
early-pending = Starting: your choice will apply in a moment.
matrix-lede-short = Which factions took part in which rounds, and what the sources say of each.
matrix-order-default = Rows: the best documented first.
round-strip-events = { $n } events between the { -round } before and the one after (shaded).

## Dataset texts in the edition's language ({ $english } is the English original)
translated-note = Translated from the English: show the original
text-translated = Translated from the English: { $english }
text-untranslated = Not yet translated: shown in English.
text-stale = The translation is out of date: shown in English.
name-transliterated = { $english }: spelled in this script by the project
name-attested = { $english }: spelled as in { $source }
name-note-transliteration = this spelling is the project's, not taken from a source
name-note-attested = spelled as the cited source writes it
name-note-translation = translated by the project

# Data beside every page, citations, versions
data-label = Data:
data-json = JSON
data-csv = CSV
data-loaded = This dataset's data comes from its own address: { $from }
data-loaded-file = This dataset's data comes from the file { $name } on this device.
data-feed = Dataset versions (Atom feed)
cite-summary = Cite this page
cite-apa = APA
cite-chicago = Chicago
cite-bibtex = BibTeX
cite-ris = Download the citation (RIS)
about-versions = Versions
about-versions-lede = Every version of the dataset stays at its own address. What changed between versions, record by record, is in the feed:
about-version-file = Version { $version } (JSON)
