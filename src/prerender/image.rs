//! Link-preview images (1200x630 PNG), drawn at build time from the data:
//! one per round (number, name, dates, venue, stated size, a strip of all the
//! rounds with this one marked) and one for the rest of the site.
//!
//! The picture is an SVG written here and rasterised by resvg with fonts read
//! from disk (Debian's fonts-noto-core, which `scripts/setup.sh` installs):
//! nothing is downloaded at build time.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use crate::data::catalog::Catalog;
use crate::data::model::Round;
use crate::i18n::messages::Arg;
use crate::i18n::Texts;
use crate::query::head::{dates_of, local, sizes_of, venue_in};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Where Debian keeps the Noto fonts.
pub const FONT_DIR: &str = "/usr/share/fonts/truetype/noto";
/// Faces the pictures use; all must be present.
pub const FONT_FILES: [&str; 3] = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
];

const BG: &str = "#f8f6f1";
const FG: &str = "#1b1f24";
const MUTED: &str = "#4b5563";
const ACCENT: &str = "#8a1c1c";

/// Draws SVG pictures with the fonts found in `dir`.
pub struct Painter {
    options: usvg::Options<'static>,
}

impl Painter {
    /// Loads the fonts; says which is missing rather than drawing boxes.
    pub fn new(dir: &Path) -> Result<Painter, String> {
        let mut db = usvg::fontdb::Database::new();
        for f in FONT_FILES {
            let path: PathBuf = dir.join(f);
            let bytes = std::fs::read(&path).map_err(|e| {
                format!(
                    "font {} could not be read ({e}); install Debian's fonts-noto-core",
                    path.display()
                )
            })?;
            db.load_font_data(bytes);
        }
        db.set_sans_serif_family("Noto Sans");
        let options = usvg::Options {
            font_family: "Noto Sans".into(),
            fontdb: Arc::new(db),
            ..usvg::Options::default()
        };
        Ok(Painter { options })
    }

    /// Rasterises an SVG document to PNG bytes.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        self.pixmap(svg)?.encode_png().map_err(|e| e.to_string())
    }

    fn pixmap(&self, svg: &str) -> Result<tiny_skia::Pixmap, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        Ok(pixmap)
    }
}

/// How text is laid out in one edition's pictures: from the left margin in
/// English; from the right margin, right to left, in Dari and Pashto.
#[derive(Clone, Copy)]
struct Layout {
    rtl: bool,
}

const MARGIN: u32 = 80;
const LATIN: &str = "Noto Sans";
const ARABIC: &str = "Noto Naskh Arabic";

impl Layout {
    fn of(texts: &Texts) -> Layout {
        Layout {
            rtl: texts.lang.dir() == "rtl",
        }
    }

    /// A line of interface text (the edition's language).
    fn ui(self, y: u32, size: u32, colour: &str, weight: &str, text: &str) -> String {
        let style = Style {
            size,
            colour,
            weight,
        };
        if self.rtl {
            text_at(WIDTH - MARGIN, y, style, text, Align::EndRtl, ARABIC)
        } else {
            text_at(MARGIN, y, style, text, Align::Start, LATIN)
        }
    }

    /// A line of dataset text (English, left to right), on the edition's side.
    fn data(self, y: u32, size: u32, colour: &str, weight: &str, text: &str) -> String {
        let style = Style {
            size,
            colour,
            weight,
        };
        if self.rtl {
            text_at(WIDTH - MARGIN, y, style, text, Align::EndLtr, LATIN)
        } else {
            text_at(MARGIN, y, style, text, Align::Start, LATIN)
        }
    }
}

/// The picture for a round's page, in `texts`' edition.
pub fn round_svg(cat: &Catalog, r: &Round, texts: &Texts) -> String {
    let l = Layout::of(texts);
    let mut body = String::new();
    let mut y = 330;
    body.push_str(&l.ui(y, 38, FG, "700", &dates_of(texts, r)));
    y += 52;
    if let Some((v, translated)) = venue_in(cat, texts, r) {
        if translated {
            body.push_str(&l.ui(y, 34, FG, "400", &v));
        } else {
            body.push_str(&l.data(y, 34, FG, "400", &v));
        }
        y += 48;
    }
    let sizes = sizes_of(texts, r);
    if !sizes.is_empty() {
        let line = texts.f("image-sizes", &[("sizes", Arg::Text(&sizes))]);
        for part in wrap(&line, chars_per_line(30)).into_iter().take(2) {
            body.push_str(&l.ui(y, 30, MUTED, "400", &part));
            y += 44;
        }
    }
    // The name in the edition's script where translated (drawn as its text), else the English.
    let (name, translated) = local(cat, texts, &format!("round:{}", r.number), "name");
    let title = wrap(name, 34);
    let mut heading = String::new();
    let mut ty = 225;
    for line in title.iter().take(2) {
        if translated {
            heading.push_str(&l.ui(ty, 56, FG, "700", line));
        } else {
            heading.push_str(&l.data(ty, 56, FG, "700", line));
        }
        ty += 66;
    }
    // With a two-line name, the facts move down.
    let shift = if title.len() > 1 { 66 } else { 0 };
    let number = texts.f("round-n", &[("n", Arg::Num(i64::from(r.number)))]);
    frame(
        l,
        texts,
        &format!(
            "{}\n<g transform=\"translate(0 {shift})\">{body}</g>\n{}",
            l.ui(150, 40, ACCENT, "700", &number),
            strip(cat, Some(r.number), texts)
        ),
        &heading,
    )
}

/// The picture for every other page, in `texts`' edition.
pub fn site_svg(cat: &Catalog, texts: &Texts) -> String {
    let l = Layout::of(texts);
    let d = &cat.data;
    let n = |x: usize| Arg::Num(x as i64);
    let facts = texts.f(
        "image-site-facts",
        &[
            ("rounds", n(d.rounds.len())),
            ("factions", n(d.factions.len())),
            ("people", n(d.people.len())),
            ("sources", n(d.sources.len())),
        ],
    );
    let mut body = l.ui(210, 64, FG, "700", &texts.t("image-site-title"));
    let mut y = 282;
    for line in wrap(&texts.t("image-site-subtitle"), chars_per_line(36))
        .into_iter()
        .take(2)
    {
        body.push_str(&l.ui(y, 36, FG, "400", &line));
        y += 48;
    }
    body.push_str(&l.ui(y + 22, 28, MUTED, "400", &facts));
    frame(
        l,
        texts,
        &format!("{body}\n{}", strip(cat, None, texts)),
        "",
    )
}

/// Background, the site's name at the top, and the content.
fn frame(l: Layout, texts: &Texts, content: &str, heading: &str) -> String {
    let mark_x = if l.rtl {
        WIDTH - MARGIN - 16
    } else {
        MARGIN + 4
    };
    let style = Style {
        size: 28,
        colour: MUTED,
        weight: "700",
    };
    let site = texts.t("site-name");
    let name = if l.rtl {
        text_at(WIDTH - MARGIN - 32, 84, style, &site, Align::EndRtl, ARABIC)
    } else {
        text_at(MARGIN + 32, 84, style, &site, Align::Start, LATIN)
    };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BG}\"/>\n\
         <rect width=\"{WIDTH}\" height=\"14\" fill=\"{ACCENT}\"/>\n\
         <rect x=\"{mark_x}\" y=\"62\" width=\"16\" height=\"16\" fill=\"{ACCENT}\" transform=\"rotate(45 {} 70)\"/>\n\
         {name}\n{heading}\n{content}\n</svg>\n",
        mark_x + 8
    )
}

/// The rounds as a row of numbered boxes along the bottom, `current` filled;
/// right to left in the right-to-left editions.
fn strip(cat: &Catalog, current: Option<u8>, texts: &Texts) -> String {
    let rtl = texts.lang.dir() == "rtl";
    let font = if rtl { ARABIC } else { LATIN };
    let rounds = &cat.data.rounds;
    let n = rounds.len().max(1) as u32;
    let gap = 16;
    let width = (WIDTH - 2 * MARGIN - gap * (n - 1)) / n;
    let mut out = String::new();
    for (i, r) in rounds.iter().enumerate() {
        let slot = if rtl { n - 1 - i as u32 } else { i as u32 };
        let x = MARGIN + (width + gap) * slot;
        let on = current == Some(r.number);
        let (fill, colour) = if on { (ACCENT, BG) } else { (BG, ACCENT) };
        let year = r
            .dates
            .first()
            .and_then(|d| d.start.get(..4))
            .and_then(|y| y.parse::<i64>().ok())
            .map(|y| texts.num(y))
            .unwrap_or_default();
        let mid = x + width / 2;
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"484\" width=\"{width}\" height=\"96\" rx=\"8\" fill=\"{fill}\" stroke=\"{ACCENT}\" stroke-width=\"3\"/>"
        ));
        let label = texts.f("round-n", &[("n", Arg::Num(i64::from(r.number)))]);
        let bold = Style {
            size: 28,
            colour,
            weight: "700",
        };
        let plain = Style {
            size: 24,
            colour,
            weight: "400",
        };
        out.push_str(&text_at(mid, 526, bold, &label, Align::Middle, font));
        out.push_str(&text_at(mid, 562, plain, &year, Align::Middle, font));
    }
    out
}

#[derive(Clone, Copy)]
struct Style<'a> {
    size: u32,
    colour: &'a str,
    weight: &'a str,
}

/// Where a line hangs from its point, and which way it reads.
#[derive(Clone, Copy)]
enum Align {
    Start,
    Middle,
    /// Ends at the point, read right to left (Dari, Pashto).
    EndRtl,
    /// Ends at the point, read left to right (English data in a Dari picture).
    EndLtr,
}

fn text_at(x: u32, y: u32, s: Style, text: &str, align: Align, family: &str) -> String {
    let (anchor, direction) = match align {
        Align::Start => ("start", "ltr"),
        Align::Middle => ("middle", "ltr"),
        Align::EndRtl => ("end", "rtl"),
        Align::EndLtr => ("end", "ltr"),
    };
    // resvg anchors by the visual line whatever its direction ("end" is its
    // right end; see the test below), unlike browsers, where the "end" of a
    // right-to-left line is its left end. Only resvg draws these pictures.
    // It also lays every line out as a left-to-right paragraph, so a Dari
    // line that begins with a number would put it on the left: a
    // right-to-left isolate (RLI … PDI) keeps the words in reading order.
    let text = if direction == "rtl" {
        format!("\u{2067}{text}\u{2069}")
    } else {
        text.to_string()
    };
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-family=\"{family}\" font-size=\"{}\" font-weight=\"{}\" fill=\"{}\" text-anchor=\"{anchor}\" direction=\"{direction}\">{}</text>",
        s.size,
        s.weight,
        s.colour,
        escape(&text)
    )
}

/// Roughly how many characters of Noto Sans fit across the picture at `size` px.
fn chars_per_line(size: u32) -> usize {
    (1040.0 / (f64::from(size) * 0.55)) as usize
}

/// Splits text into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_width() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("", 6), Vec::<String>::new());
    }

    /// The columns with any ink (a pixel that is not transparent) of a picture
    /// holding one line of 40 px text that ends at x = 1120.
    fn inked_columns(text: &str, align: Align, family: &str) -> Vec<u32> {
        let painter = Painter::new(Path::new(FONT_DIR)).expect("Noto fonts");
        let style = Style {
            size: 40,
            colour: FG,
            weight: "400",
        };
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\">{}</svg>",
            text_at(1120, 100, style, text, align, family)
        );
        let p = painter.pixmap(&svg).unwrap();
        (0..p.width())
            .filter(|&x| (0..p.height()).any(|y| p.pixel(x, y).is_some_and(|c| c.alpha() > 0)))
            .collect()
    }

    #[test]
    fn right_to_left_lines_end_at_the_right_margin_in_the_picture() {
        for (text, align, family) in [
            ("کاوشگر روند وین", Align::EndRtl, ARABIC),
            ("Bruno Kreisky Forum", Align::EndLtr, LATIN),
        ] {
            let ink = inked_columns(text, align, family);
            let (first, last) = (ink[0], *ink.last().unwrap());
            assert!((1100..=1122).contains(&last), "{text}: ends at {last}");
            assert!(first < 1000, "{text}: starts at {first}");
        }
    }

    #[test]
    fn a_right_to_left_line_that_begins_with_a_number_keeps_it_on_the_right() {
        let ink = |text: &str| inked_columns(text, Align::EndRtl, ARABIC);
        // "12-14 Qaws": the days are read first, so they sit at the right.
        let days = ink("۱۲–۱۴");
        let line = ink("۱۲–۱۴ قوس ۱۴۰۲");
        let missing = days.iter().filter(|x| !line.contains(x)).count();
        assert!(
            missing * 10 < days.len(),
            "{missing} of {} columns of the days are elsewhere",
            days.len()
        );
        assert!(line[0] < days[0], "the month is left of the days");
    }

    #[test]
    fn data_text_is_escaped_in_the_svg() {
        let style = Style {
            size: 10,
            colour: FG,
            weight: "400",
        };
        let t = text_at(0, 0, style, "<b>&\"", Align::Start, LATIN);
        assert!(t.contains("&lt;b&gt;&amp;&quot;"), "{t}");
    }
}
