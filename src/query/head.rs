//! What each page says about itself in `<head>`: title, description, preview
//! image and structured data (schema.org JSON-LD), written from the page's data.
//!
//! Plain functions of the dataset and the page, so the build-time render, the
//! browser and the tests all get the same answer.

use serde_json::{json, Value};

use crate::data::catalog::Catalog;
use crate::data::model::{Faction, Person, Round};
use crate::i18n::messages::Arg;
use crate::i18n::{Lang, Texts};
use crate::query::links::Links;
use crate::query::pages::Page;
use crate::query::participation::count_text;
use crate::query::vocab::Vocab;

/// Longest description kept; previews cut longer ones anyway.
pub const DESCRIPTION_MAX: usize = 200;
/// Licence of the dataset's summaries, as an address schema.org readers understand.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The `<head>` of one page.
#[derive(Clone, Debug, PartialEq)]
pub struct Head {
    /// The page's own title ("Round 3: Third Vienna Conference").
    pub title: String,
    pub description: String,
    /// `og:type`: "website" for the home page, "article" for the others.
    pub og_type: &'static str,
    /// Site path of the 1200x630 preview image.
    pub image: String,
    /// Words describing the image, for `og:image:alt`.
    pub image_alt: String,
    /// Site path of the canonical address (`/timeline` and `/` are one page: `/`).
    pub canonical: String,
    /// schema.org description of the page's subject.
    pub json_ld: Option<Value>,
    /// False for a page whose record is not in the dataset.
    pub found: bool,
}

impl Head {
    /// "Round 3: Third Vienna Conference · Vienna Process Explorer".
    pub fn full_title(&self, texts: &Texts) -> String {
        let site = texts.t("site-name");
        if self.title == site {
            site
        } else {
            format!("{} · {site}", self.title)
        }
    }
}

/// Site path of a preview image: a round's, or (`None`) the one every other
/// page uses; each edition has its own, in its language.
pub fn image_path(lang: Lang, round: Option<u8>) -> String {
    let name = round.map_or_else(|| "site".to_string(), |n| format!("round-{n}"));
    format!("/og{}/{name}.png", lang.prefix())
}

/// A record's field in the edition's language where it has a current
/// translation, else the English; and whether it is translated.
pub fn local<'a>(cat: &'a Catalog, texts: &Texts, of: &str, field: &str) -> (&'a str, bool) {
    cat.localized(of, field, texts.lang)
        .map_or(("", false), |l| {
            (l.text, !l.is_fallback() && texts.lang != Lang::En)
        })
}

/// [`venue_of`] in the edition's language, and whether both parts are translated.
pub fn venue_in(cat: &Catalog, texts: &Texts, r: &Round) -> Option<(String, bool)> {
    r.venues.first()?;
    let of = format!("round:{}", r.number);
    let (name, a) = local(cat, texts, &of, "venues.0.name");
    let (city, b) = local(cat, texts, &of, "venues.0.city");
    let comma = if a && b {
        texts.t("comma")
    } else {
        ", ".to_string()
    };
    Some((format!("{name}{comma}{city}"), a && b))
}

/// The head of `page`, or of the not-found page when `page` is `None` or names
/// a record the dataset lacks. Written in `texts`' edition, with the data's
/// names and texts in its language where they are translated.
pub fn head(cat: &Catalog, page: Option<&Page>, links: &Links, texts: &Texts) -> Head {
    let Some(page) = page.filter(|p| p.exists(cat)) else {
        return not_found(page, texts);
    };
    let mut h = Head {
        title: String::new(),
        description: String::new(),
        og_type: "article",
        image: image_path(texts.lang, None),
        image_alt: texts.t("head-site-image-alt"),
        canonical: page.path(),
        json_ld: None,
        found: true,
    };
    let d = &cat.data;
    let n = |x: usize| Arg::Num(x as i64);
    match page {
        Page::Home | Page::Timeline => {
            h.title = texts.t("site-name");
            h.og_type = if *page == Page::Home {
                "website"
            } else {
                "article"
            };
            h.canonical = Page::Home.path();
            let years = years(cat, texts);
            h.description = texts.f(
                "head-home-description",
                &[("rounds", n(d.rounds.len())), ("years", Arg::Text(&years))],
            );
            h.json_ld = Some(dataset_ld(cat, links, texts));
        }
        Page::Round(number) => {
            let r = cat.round(*number).expect("checked by exists");
            let of = format!("round:{number}");
            h.title = round_title_named(texts, *number, local(cat, texts, &of, "name").0);
            h.description = round_description(cat, texts, r);
            h.image = image_path(texts.lang, Some(*number));
            h.image_alt = texts.f(
                "head-round-image-alt",
                &[
                    ("n", Arg::Num(i64::from(*number))),
                    ("dates", Arg::Text(&dates_of(texts, r))),
                ],
            );
            h.json_ld = Some(round_ld(cat, r, links, texts));
        }
        Page::Matrix => {
            h.title = texts.t("matrix-title");
            h.description = texts.f(
                "head-matrix-description",
                &[
                    ("factions", n(d.factions.len())),
                    ("rounds", n(d.rounds.len())),
                ],
            );
        }
        Page::Factions => {
            h.title = texts.t("factions-title");
            h.description = texts.f(
                "head-factions-description",
                &[("factions", n(d.factions.len()))],
            );
        }
        Page::Faction(id) => {
            let f = cat.faction(id).expect("checked by exists");
            h.title = local(cat, texts, &format!("faction:{id}"), "name")
                .0
                .to_string();
            h.description = faction_description(cat, f, texts);
            h.json_ld = Some(faction_ld(cat, f, links, texts));
        }
        Page::People => {
            h.title = texts.t("people-title");
            h.description = texts.f("head-people-description", &[("people", n(d.people.len()))]);
        }
        Page::Person(id) => {
            let p = cat.person(id).expect("checked by exists");
            h.title = local(cat, texts, &format!("person:{id}"), "name")
                .0
                .to_string();
            h.og_type = "profile";
            h.description = person_description(cat, p, texts);
            h.json_ld = Some(person_ld(cat, p, links, texts));
        }
        Page::Sources => {
            h.title = texts.t("sources-title");
            h.description = texts.f(
                "head-sources-description",
                &[("sources", n(d.sources.len()))],
            );
        }
        Page::Source(id) => {
            let s = cat.source(id).expect("checked by exists");
            // Two reports may share a descriptive title; the label tells them apart.
            h.title = format!("{} ({})", s.title, cat.source_label(id));
            let by = [
                s.author.as_deref(),
                s.publisher.as_deref(),
                s.date.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            h.description = if by.is_empty() {
                s.summary.clone()
            } else {
                format!("{by}. {}", s.summary)
            };
        }
        Page::Document(id) => {
            let x = cat.document(id).expect("checked by exists");
            let of = format!("document:{id}");
            h.title = local(cat, texts, &of, "title").0.to_string();
            h.description = format!("{}: {}", x.issuer, local(cat, texts, &of, "summary").0);
        }
        Page::Disagreements => {
            h.title = texts.t("disagreements-title");
            h.description = texts.f(
                "head-disagreements-description",
                &[("disagreements", n(d.disagreements.len()))],
            );
        }
        Page::About => {
            h.title = texts.t("about-title");
            h.description = texts.f(
                "head-about-description",
                &[
                    ("version", Arg::Text(&d.meta.version)),
                    ("licence", Arg::Text(&d.meta.licence)),
                ],
            );
            h.json_ld = Some(dataset_ld(cat, links, texts));
        }
    }
    h.description = clip(&h.description, DESCRIPTION_MAX);
    h
}

fn not_found(page: Option<&Page>, texts: &Texts) -> Head {
    let key = match page {
        Some(Page::Round(_)) => "not-found-round",
        Some(Page::Faction(_)) => "not-found-faction",
        Some(Page::Person(_)) => "not-found-person",
        Some(Page::Source(_)) => "not-found-source",
        Some(Page::Document(_)) => "not-found-document",
        _ => "not-found-title",
    };
    Head {
        title: texts.t(key),
        description: texts.t("head-not-found-description"),
        og_type: "website",
        image: image_path(texts.lang, None),
        image_alt: texts.t("site-name"),
        canonical: Page::Home.path(),
        json_ld: None,
        found: false,
    }
}

/// "2022-2025": the years the rounds span, in the edition's digits.
fn years(cat: &Catalog, texts: &Texts) -> String {
    let ys: Vec<i64> = cat
        .data
        .rounds
        .iter()
        .filter_map(|r| r.dates.first())
        .filter_map(|d| d.start.get(..4).and_then(|y| y.parse().ok()))
        .collect();
    match (ys.iter().min(), ys.iter().max()) {
        (Some(a), Some(b)) if a != b => format!("{}-{}", texts.num(*a), texts.num(*b)),
        (Some(a), _) => texts.num(*a),
        _ => String::new(),
    }
}

/// "Round 3: Third Vienna Conference"
/// "Round 3: <name>" with the round's name in the edition's language where
/// the dataset has it.
pub fn local_round_title(texts: &Texts, cat: &Catalog, r: &Round) -> String {
    let of = format!("round:{}", r.number);
    round_title_named(
        texts,
        r.number,
        cat.local_text(&of, "name", texts.lang, &r.name),
    )
}

pub fn round_title(texts: &Texts, r: &Round) -> String {
    round_title_named(texts, r.number, &r.name)
}

/// "Round 3: " and a name given in the edition's language.
pub fn round_title_named(texts: &Texts, number: u8, name: &str) -> String {
    texts.f(
        "round-title",
        &[
            ("n", Arg::Num(i64::from(number))),
            ("name", Arg::Text(name)),
        ],
    )
}

/// The best-supported dates of a round, as the edition writes them.
pub fn dates_of(texts: &Texts, r: &Round) -> String {
    r.dates
        .first()
        .map(|d| texts.date_text(&d.start, d.end.as_deref()))
        .unwrap_or_default()
}

/// Where a round took place, best-supported first ("Bruno Kreisky Forum, Vienna").
pub fn venue_of(r: &Round) -> Option<String> {
    r.venues.first().map(|v| format!("{}, {}", v.name, v.city))
}

/// The stated sizes of a round, in words: "about 50 participants; more than 30 participants".
pub fn sizes_of(texts: &Texts, r: &Round) -> String {
    let mut seen: Vec<String> = Vec::new();
    for c in &r.counts {
        let t = count_text(texts, c);
        if !seen.contains(&t) {
            seen.push(t);
        }
    }
    seen.join(texts.t("list-separator").as_str())
}

fn round_description(cat: &Catalog, texts: &Texts, r: &Round) -> String {
    let mut parts = vec![dates_of(texts, r)];
    parts.extend(venue_in(cat, texts, r).map(|(v, _)| v));
    let sizes = sizes_of(texts, r);
    let head = parts.join(&texts.t("comma"));
    let size = if sizes.is_empty() {
        String::new()
    } else {
        format!(
            " {}",
            texts.f("head-sizes", &[("sizes", Arg::Text(&sizes))])
        )
    };
    let headline = local(cat, texts, &format!("round:{}", r.number), "headline").0;
    format!("{head}.{size} {headline}")
}

fn faction_description(cat: &Catalog, f: &Faction, texts: &Texts) -> String {
    let leaders: Vec<&str> = dedup(
        cat.leaders(&f.id)
            .into_iter()
            .map(|(p, _)| cat.person_name_in(&p.id, texts.lang)),
    );
    let rounds: Vec<String> = f
        .presence
        .iter()
        .filter(|p| p.status != crate::data::model::PresenceStatus::Absent)
        .map(|p| texts.num(p.round))
        .collect();
    let kind = texts.t(&f.kind.key());
    let of = format!("faction:{}", f.id);
    let mut s = format!("{} ({kind}).", local(cat, texts, &of, "name").0);
    if !leaders.is_empty() {
        s.push(' ');
        s.push_str(&texts.f(
            "head-leaders",
            &[("leaders", Arg::Text(&leaders.join(&texts.t("comma"))))],
        ));
    }
    if !rounds.is_empty() {
        s.push(' ');
        s.push_str(&texts.f(
            "head-recorded-at",
            &[("rounds", Arg::Text(&rounds.join(&texts.t("comma"))))],
        ));
    }
    s.push(' ');
    s.push_str(local(cat, texts, &of, "summary").0);
    s
}

fn person_description(cat: &Catalog, p: &Person, texts: &Texts) -> String {
    let rounds: Vec<String> = cat
        .attendance_of(&p.id)
        .into_iter()
        .filter(|(_, a)| a.mode != crate::data::model::Mode::Absent)
        .map(|(r, _)| texts.num(r.number))
        .collect();
    let mut s = local(cat, texts, &format!("person:{}", p.id), "summary")
        .0
        .to_string();
    if !rounds.is_empty() {
        s.push(' ');
        s.push_str(&texts.f(
            "head-recorded-at",
            &[("rounds", Arg::Text(&rounds.join(&texts.t("comma"))))],
        ));
    }
    s
}

fn dedup<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = Vec::new();
    for n in names {
        if !v.contains(&n) {
            v.push(n);
        }
    }
    v
}

/// Cuts at a word boundary and adds an ellipsis when longer than `max` characters.
pub fn clip(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

fn round_ld(cat: &Catalog, r: &Round, links: &Links, texts: &Texts) -> Value {
    let first = r.dates.first();
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": round_title_named(texts, r.number, local(cat, texts, &format!("round:{}", r.number), "name").0),
        "description": local(cat, texts, &format!("round:{}", r.number), "headline").0,
        "inLanguage": texts.lang.code(),
        "url": links.absolute(&Page::Round(r.number).path()),
        "image": links.absolute_asset(&image_path(texts.lang, Some(r.number))),
    });
    if let Some(d) = first {
        v["startDate"] = json!(d.start);
        v["endDate"] = json!(d.end.as_deref().unwrap_or(&d.start));
    }
    if !r.venues.is_empty() {
        let of = format!("round:{}", r.number);
        v["location"] = json!({
            "@type": "Place",
            "name": local(cat, texts, &of, "venues.0.name").0,
            "address": { "@type": "PostalAddress", "addressLocality": local(cat, texts, &of, "venues.0.city").0 },
        });
    }
    // The organisers are cited sentences; an organisation of the dataset is
    // named as organiser only where such a sentence names it.
    let organisers: Vec<Value> = cat
        .data
        .factions
        .iter()
        .filter(|f| f.kind == crate::data::model::FactionKind::Platform)
        .filter(|f| r.organisers.iter().any(|o| o.text.contains(&f.name)))
        .map(|f| {
            json!({
                "@type": "Organization",
                "name": f.name,
                "url": links.absolute(&Page::Faction(f.id.clone()).path()),
            })
        })
        .collect();
    if !organisers.is_empty() {
        v["organizer"] = Value::Array(organisers);
    }
    v
}

fn faction_ld(cat: &Catalog, f: &Faction, links: &Links, texts: &Texts) -> Value {
    let of = format!("faction:{}", f.id);
    let (name, translated) = local(cat, texts, &of, "name");
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "description": local(cat, texts, &of, "summary").0,
        "url": links.absolute(&Page::Faction(f.id.clone()).path()),
    });
    // A translated name keeps the English one among the other names.
    let aliases: Vec<&str> = translated
        .then_some(f.name.as_str())
        .into_iter()
        .chain(f.short.iter().map(String::as_str))
        .chain(
            f.aliases
                .iter()
                .filter(|a| !a.inferred)
                .map(|a| a.name.as_str()),
        )
        .collect();
    if !aliases.is_empty() {
        v["alternateName"] = json!(aliases);
    }
    if let Some(d) = f.founded.first() {
        v["foundingDate"] = json!(d.start);
    }
    let leaders: Vec<Value> = dedup(cat.leaders(&f.id).into_iter().map(|(p, _)| p.id.as_str()))
        .into_iter()
        .filter_map(|id| cat.person(id))
        .map(|p| {
            json!({
                "@type": "Person",
                "name": cat.person_name_in(&p.id, texts.lang),
                "url": links.absolute(&Page::Person(p.id.clone()).path()),
            })
        })
        .collect();
    if !leaders.is_empty() {
        v["member"] = Value::Array(leaders);
    }
    v
}

fn person_ld(cat: &Catalog, p: &Person, links: &Links, texts: &Texts) -> Value {
    let of = format!("person:{}", p.id);
    let (name, translated) = local(cat, texts, &of, "name");
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": name,
        "description": local(cat, texts, &of, "summary").0,
        "url": links.absolute(&Page::Person(p.id.clone()).path()),
    });
    let variants: Vec<&str> = translated
        .then_some(p.name.as_str())
        .into_iter()
        .chain(
            p.variants
                .iter()
                .filter(|n| !n.inferred)
                .map(|n| n.name.as_str()),
        )
        .collect();
    if !variants.is_empty() {
        v["alternateName"] = json!(variants);
    }
    // Only affiliations a source ties to a faction of the dataset, never inferred ones.
    let orgs: Vec<Value> = dedup(p.roles.iter().filter_map(|r| r.faction.as_deref()))
        .into_iter()
        .filter_map(|id| cat.faction(id))
        .map(|f| {
            json!({
                "@type": "Organization",
                "name": local(cat, texts, &format!("faction:{}", f.id), "name").0,
                "url": links.absolute(&Page::Faction(f.id.clone()).path()),
            })
        })
        .collect();
    if !orgs.is_empty() {
        v["affiliation"] = Value::Array(orgs);
    }
    v
}

fn dataset_ld(cat: &Catalog, links: &Links, texts: &Texts) -> Value {
    let m = &cat.data.meta;
    json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": m.title,
        "description": m.description,
        "version": m.version,
        "dateModified": m.date,
        "license": LICENCE_URL,
        "url": links.absolute(&Page::Home.path()),
        "isAccessibleForFree": true,
        // The records' English, and their translations into this edition's language.
        "inLanguage": if texts.lang == Lang::En { json!("en") } else { json!(["en", texts.lang.code()]) },
        "distribution": [{
            "@type": "DataDownload",
            "encodingFormat": "application/json",
            "contentUrl": links.absolute_asset("/data/vienna-process.json"),
        }],
    })
}

/// JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so
/// that no text from the data can close the element.
pub fn json_ld_text(v: &Value) -> String {
    v.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> Catalog {
        Catalog::new(crate::data::embedded::embedded().unwrap())
    }

    fn links() -> Links {
        Links::new("/vienna/").at_origin("https://example.org")
    }

    fn en() -> Texts {
        Texts::english()
    }

    #[test]
    fn a_round_page_describes_that_round() {
        let c = cat();
        let r = c.round(3).unwrap();
        let h = head(&c, Some(&Page::Round(3)), &links(), &en());
        assert!(h.title.starts_with("Round 3: "), "{}", h.title);
        assert!(
            h.description.contains(&dates_of(&en(), r)),
            "{}",
            h.description
        );
        assert_eq!(h.image, "/og/round-3.png");
        assert_eq!(image_path(Lang::Fa, Some(3)), "/og/fa/round-3.png");
        assert_eq!(image_path(Lang::Ps, None), "/og/ps/site.png");
        assert_eq!(h.canonical, "/rounds/3");
        let ld = h.json_ld.unwrap();
        assert_eq!(ld["@type"], "Event");
        assert_eq!(ld["startDate"], json!(r.dates[0].start));
        assert_eq!(ld["url"], "https://example.org/vienna/rounds/3");
        assert!(h.description.chars().count() <= DESCRIPTION_MAX);
    }

    #[test]
    fn every_page_has_its_own_title_and_description() {
        let c = cat();
        let mut titles = std::collections::HashSet::new();
        for page in Page::all(&c) {
            let h = head(&c, Some(&page), &links(), &en());
            assert!(h.found, "{page:?}");
            assert!(!h.description.is_empty(), "{page:?}");
            assert!(h.description.chars().count() <= DESCRIPTION_MAX, "{page:?}");
            // `/` and `/timeline` are one page under one canonical address.
            if page != Page::Timeline {
                assert!(
                    titles.insert(h.canonical.clone()),
                    "canonical twice: {page:?}"
                );
            }
        }
    }

    #[test]
    fn records_get_their_schema_org_types() {
        let c = cat();
        let f = &c.data.factions[0];
        let p = &c.data.people[0];
        let ld = |page| head(&c, Some(&page), &links(), &en()).json_ld.unwrap();
        assert_eq!(ld(Page::Faction(f.id.clone()))["@type"], "Organization");
        assert_eq!(ld(Page::Person(p.id.clone()))["@type"], "Person");
        let ds = ld(Page::Home);
        assert_eq!(ds["@type"], "Dataset");
        assert_eq!(ds["license"], LICENCE_URL);
    }

    #[test]
    fn unknown_records_get_the_not_found_head() {
        let c = cat();
        let h = head(&c, Some(&Page::Round(9)), &links(), &en());
        assert!(!h.found);
        assert_eq!(h.title, "Round not found");
        assert!(!head(&c, None, &links(), &en()).found);
    }

    #[test]
    fn clipping_keeps_words_whole() {
        assert_eq!(clip("short text", 20), "short text");
        let long = "word ".repeat(60);
        let c = clip(&long, 50);
        assert!(c.chars().count() <= 50);
        assert!(c.ends_with("word…"), "{c}");
    }

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let v = json!({ "name": "</script><script>alert(1)</script> & co" });
        let t = json_ld_text(&v);
        assert!(
            !t.contains('<') && !t.contains('>') && !t.contains('&'),
            "{t}"
        );
        let back: Value = serde_json::from_str(&t).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn dari_and_pashto_heads_use_the_translated_texts() {
        let c = cat();
        for lang in [Lang::Fa, Lang::Ps] {
            let t = Texts::compiled(lang);
            let l = links().in_lang(lang);
            let h = head(&c, Some(&Page::Round(3)), &l, &t);
            let name = c.localized("round:3", "name", lang).unwrap();
            assert!(
                !name.is_fallback(),
                "round 3's name is translated into {lang:?}"
            );
            assert!(h.title.contains(name.text), "{lang:?}: {}", h.title);
            assert!(!h.title.contains("Vienna Conference"), "{}", h.title);
            let headline = c.localized("round:3", "headline", lang).unwrap().text;
            assert!(
                h.description.contains(&headline[..20]) || h.description.ends_with('…'),
                "{}",
                h.description
            );
            assert!(
                !h.description.contains(", "),
                "lists joined with «، »: {}",
                h.description
            );
            let ld = h.json_ld.unwrap();
            assert_eq!(ld["inLanguage"], lang.code());
            assert!(ld["name"].as_str().unwrap().contains(name.text));
            // A person: the name in the reader's script, the English kept as another name.
            let h = head(&c, Some(&Page::Person("ahmad-massoud".into())), &l, &t);
            assert_eq!(h.title, c.person_name_in("ahmad-massoud", lang));
            let ld = h.json_ld.unwrap();
            assert!(ld["alternateName"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n == "Ahmad Massoud"));
        }
        // English is unchanged.
        let h = head(&c, Some(&Page::Round(3)), &links(), &en());
        assert!(h.title.ends_with("Third Vienna Conference"), "{}", h.title);
        assert_eq!(h.json_ld.unwrap()["inLanguage"], "en");
    }
}
