//! The interface's catalogs: every edition has every message, with the same
//! placeables; every key the code asks for exists; and (with `ssr`) no word a
//! reader sees bypasses the catalogs: every page drawn with a made-up catalog
//! and a made-up dataset shows no text from anywhere else.
#![cfg(not(target_arch = "wasm32"))]

use vienna_process_explorer::data::model::*;
use vienna_process_explorer::i18n::messages::Messages;
use vienna_process_explorer::i18n::{Lang, Texts, EN_FTL, FA_FTL, PS_FTL};
use vienna_process_explorer::query::matrix::CellStatus;
use vienna_process_explorer::query::pages::Section;
use vienna_process_explorer::query::state::{Column, MatrixView};
use vienna_process_explorer::query::vocab::Vocab;

fn catalogs() -> [(Lang, Messages); 3] {
    [
        (Lang::En, Messages::parse(EN_FTL).expect("en.ftl parses")),
        (Lang::Fa, Messages::parse(FA_FTL).expect("fa-AF.ftl parses")),
        (Lang::Ps, Messages::parse(PS_FTL).expect("ps-AF.ftl parses")),
    ]
}

#[test]
fn every_edition_has_every_message_with_the_same_placeables() {
    let [(_, en), rest @ ..] = catalogs();
    assert!(
        en.keys().len() > 300,
        "the English catalog looks incomplete"
    );
    for (lang, other) in rest {
        let missing: Vec<&str> = en
            .keys()
            .into_iter()
            .filter(|k| other.get(k).is_none())
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        let extra: Vec<&str> = other
            .keys()
            .into_iter()
            .filter(|k| en.get(k).is_none())
            .collect();
        assert!(
            extra.is_empty(),
            "{lang:?} has keys English lacks: {extra:?}"
        );
        for k in en.keys() {
            assert_eq!(
                other.variables(k),
                en.variables(k),
                "{lang:?} {k}: the placeables differ"
            );
        }
    }
}

#[test]
fn the_right_to_left_editions_are_translated() {
    // A message left in English is a bypass too: allow only technical tokens.
    let [_, rest @ ..] = catalogs();
    for (lang, m) in rest {
        for k in m.keys() {
            let raw = m.get(k).unwrap();
            // Placeables ({ $faction }, { -round }) are names, not words.
            let mut v = String::new();
            let mut depth = 0;
            for c in raw.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => v.push(c),
                    _ => {}
                }
            }
            let latin: String = v.chars().filter(|c| c.is_ascii_alphabetic()).collect();
            let script = v
                .chars()
                .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
                .count();
            let technical = [
                "CSV",
                "JSON",
                "Schema",
                "HTTP",
                "CORS",
                "MiB",
                "https",
                "http",
                "armed",
                "front",
                "party",
                "negotiation",
                "struggle",
                "both",
                "rounds",
                "attributes",
                "name",
                "stance",
                "r",
                "round",
                "meeting",
                "Home",
                "Ctrl",
                "Shift",
                "Tab",
                "End",
                "Enter",
                "Space",
                "Escape",
                "application",
                "json",
            ];
            let mut rest = latin.clone();
            for t in technical {
                rest = rest.replace(t, "");
            }
            assert!(
                script > 0
                    || v.trim().is_empty()
                    || latin.is_empty()
                    || k.starts_with("export-") && v.chars().all(|c| !c.is_ascii_alphabetic()),
                "{lang:?} {k} = {v:?} is not in its script"
            );
            assert!(rest.len() <= 12, "{lang:?} {k} = {v:?} keeps English words");
        }
    }
}

#[test]
fn every_key_the_code_builds_exists() {
    let en = Texts::english();
    let mut keys: Vec<String> = Vec::new();
    keys.extend(EventKind::ALL.iter().map(|x| x.key()));
    keys.extend(Stance::ALL.iter().map(|x| x.key()));
    keys.extend(FactionKind::ALL.iter().map(|x| x.key()));
    keys.extend(PresenceStatus::ALL.iter().map(|x| x.key()));
    keys.extend(Mode::ALL.iter().map(|x| x.key()));
    keys.extend(RelationKind::ALL.iter().map(|x| x.key()));
    keys.extend(Qualifier::ALL.iter().map(|x| x.key()));
    keys.extend(Qualifier::ALL.iter().map(|x| format!("share-{}", x.slug())));
    keys.extend(Counted::ALL.iter().map(|x| x.key()));
    for s in CellStatus::ALL {
        keys.push(s.key());
        keys.push(format!("{}-meaning", s.key()));
    }
    keys.extend(MatrixView::ALL.iter().map(|v| v.key()));
    keys.extend(
        Column::ATTRIBUTES
            .iter()
            .map(|c| format!("column-{}", c.slug())),
    );
    keys.push("column-name".into());
    keys.extend(Section::ALL.iter().map(|s| s.key().to_string()));
    for k in ["roadmap", "declaration", "statement", "letter", "report"] {
        keys.push(format!("document-kind-{k}"));
    }
    for k in [
        "count",
        "date",
        "name",
        "spelling",
        "venue",
        "attribution",
        "other",
    ] {
        keys.push(format!("disagreement-field-{k}"));
    }
    for k in ["dominant", "present", "limited", "absent"] {
        keys.push(format!("level-{k}"));
    }
    for what in ["faction", "person", "source", "document"] {
        keys.push(format!("not-found-{what}"));
        keys.push(format!("missing-{what}"));
        keys.push(format!("missing-{what}-list"));
    }
    let missing: Vec<&String> = keys.iter().filter(|k| en.t(k).starts_with('[')).collect();
    assert!(missing.is_empty(), "missing from en.ftl: {missing:?}");
    // And every literal key in the source code.
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut literal = Vec::new();
    collect_keys(&src, &mut literal);
    assert!(
        literal.len() > 200,
        "found only {} keys in src/",
        literal.len()
    );
    let missing: Vec<&String> = literal
        .iter()
        .filter(|k| en.t(k).starts_with('['))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used in src/ but not in en.ftl: {missing:?}"
    );
}

/// `.t("key")`, `.f("key"`, `what="key"` in every Rust file under `dir`.
fn collect_keys(dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_keys(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for pat in [".t(\"", ".f(\"", "what=\"", "texts.f(\n"] {
                let mut rest = text.as_str();
                while let Some(i) = rest.find(pat) {
                    rest = &rest[i + pat.len()..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                        .collect();
                    if !key.is_empty() && rest[key.len()..].starts_with('"') {
                        out.push(key);
                    }
                }
            }
        }
    }
}

#[test]
fn dari_and_pashto_write_numbers_and_dates_their_way() {
    for lang in [Lang::Fa, Lang::Ps] {
        let t = Texts::compiled(lang);
        assert_eq!(t.num(2023), "۲۰۲۳");
        let d = t.date_text("2023-12-03", Some("2023-12-05"));
        assert!(d.contains("۱۴۰۲") && d.contains("۲۰۲۳"), "{lang:?}: {d}");
        let round = t.f(
            "round-n",
            &[("n", vienna_process_explorer::i18n::messages::Arg::Num(3))],
        );
        assert!(
            round.contains('۳') && !round.contains('3'),
            "{lang:?}: {round}"
        );
    }
    let fa = Texts::compiled(Lang::Fa);
    assert!(fa.date_text("2023-12-03", None).starts_with("۱۲ قوس ۱۴۰۲"));
    let ps = Texts::compiled(Lang::Ps);
    assert!(ps
        .date_text("2023-12-03", None)
        .starts_with("۱۲ لیندۍ ۱۴۰۲"));
}

#[cfg(feature = "ssr")]
mod no_bypass {
    use std::sync::Arc;

    use serde_json::Value;
    use vienna_process_explorer::data::embedded::EMBEDDED_JSON;
    use vienna_process_explorer::data::validate::parse_and_validate;
    use vienna_process_explorer::i18n::{Lang, Texts, EN_FTL};
    use vienna_process_explorer::prerender::{render, Shell, Target};
    use vienna_process_explorer::query::links::Links;
    use vienna_process_explorer::query::pages::Page;
    use vienna_process_explorer::store::{Loaded, Origin};

    /// ASCII letters turned into fullwidth ones (A → Ａ): text marked as having
    /// come through a catalog or the dataset.
    fn mark(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                'a'..='z' | 'A'..='Z' => char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// The English catalog with every message's words marked (placeables kept).
    fn marked_catalog() -> String {
        EN_FTL
            .lines()
            .map(|line| match line.split_once(" = ") {
                Some((k, v)) if !line.starts_with('#') && !line.starts_with(' ') => {
                    let mut out = String::new();
                    let mut depth = 0;
                    for c in v.chars() {
                        match c {
                            '{' => depth += 1,
                            '}' => depth -= 1,
                            _ => {}
                        }
                        if depth == 0 {
                            out.push_str(&mark(&c.to_string()));
                        } else {
                            out.push(c);
                        }
                    }
                    format!("{k} = {out}")
                }
                _ => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Fields that are identifiers, dates or addresses, not words for a reader.
    const KEEP: [&str; 32] = [
        "id",
        "source",
        "person",
        "faction",
        "community",
        "start",
        "end",
        "since",
        "until",
        "date",
        "url",
        "file",
        "language",
        "kind",
        "mode",
        "status",
        "level",
        "qualifier",
        "of",
        "stance",
        "field",
        "from",
        "to",
        "documents",
        "communities",
        "factions",
        "people",
        "event",
        "document",
        "round",
        "lang",
        "made",
    ];

    fn mark_data(v: &mut Value, key: &str) {
        match v {
            Value::String(s) if !KEEP.contains(&key) => *s = mark(s),
            Value::Array(a) => a.iter_mut().for_each(|x| mark_data(x, key)),
            Value::Object(o) => o.iter_mut().for_each(|(k, x)| mark_data(x, k)),
            _ => {}
        }
    }

    /// The text a reader meets: text nodes and the attributes read aloud or
    /// shown on hover, outside <script>, <code> and addresses.
    fn visible(html: &str) -> String {
        let body = &html[html.find("<body").unwrap_or(0)..];
        let mut out = String::new();
        let mut rest = body;
        while let Some(open) = rest.find('<') {
            out.push_str(&rest[..open]);
            out.push(' ');
            let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
            let tag = &rest[open..close];
            for attr in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
                if let Some(i) = tag.find(attr) {
                    let v = &tag[i + attr.len()..];
                    out.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                    out.push(' ');
                }
            }
            rest = &rest[close..];
            for skip in ["script", "code", "style"] {
                if tag.starts_with(&format!("<{skip}")) {
                    let end = format!("</{skip}>");
                    rest = &rest[rest.find(&end).map_or(rest.len(), |e| e + end.len())..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn no_page_shows_a_word_from_outside_the_catalogs_and_the_data() {
        let mut data: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        mark_data(&mut data, "");
        let dataset = parse_and_validate(&data.to_string()).expect("the marked dataset is valid");
        let loaded = Arc::new(Loaded::new(dataset, Origin::Embedded));
        // Dari formats (its digits and calendar) with the marked English words.
        let texts = Texts::from_catalog(Lang::Fa, &marked_catalog()).unwrap();
        let links = Links::new("/")
            .in_lang(Lang::Fa)
            .at_origin("https://example.org");
        let shell = Shell::parse(
            "<html><head><link rel=\"preload\" href=\"data/edition/base.json\"><!--HEAD--><!--/HEAD--></head><body></body></html>",
            "https://example.org",
        )
        .unwrap();
        let mut pages: Vec<Option<Page>> =
            Page::all(&loaded.catalog).into_iter().map(Some).collect();
        pages.push(None);
        let mut bypass = Vec::new();
        for page in &pages {
            let target = match page {
                Some(p) => Target::Page(p),
                None => Target::NotFound,
            };
            let html = render(&shell, &loaded, &links, &texts, target);
            let mut text = visible(&html).replace("&amp;", "&").replace("&quot;", "\"");
            // The language switcher names each language in itself.
            for lang in Lang::ALL {
                text = text.replace(lang.native_name(), " ");
            }
            // Addresses are shown as they are (a source's URL).
            for token in text.split_whitespace().filter(|t| !t.contains("://")) {
                for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
                    if word.len() > 1 {
                        bypass.push(format!("{page:?}: {word}"));
                    }
                }
            }
        }
        bypass.sort();
        bypass.dedup();
        assert!(
            bypass.is_empty(),
            "text that bypasses the catalogs: {bypass:#?}"
        );
    }
}
