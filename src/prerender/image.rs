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
use crate::query::head::{dates_of, sizes_of, venue_of};

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
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

/// The picture for a round's page.
pub fn round_svg(cat: &Catalog, r: &Round) -> String {
    let mut lines = vec![(dates_of(r), 40, FG, "700")];
    if let Some(v) = venue_of(r) {
        lines.push((v, 34, FG, "400"));
    }
    let sizes = sizes_of(r);
    if !sizes.is_empty() {
        lines.push((format!("Stated size: {sizes}"), 30, MUTED, "400"));
    }
    let mut body = String::new();
    let mut y = 330;
    for (text, size, colour, weight) in lines {
        for line in wrap(&text, chars_per_line(size)).into_iter().take(2) {
            body.push_str(&text_el(80, y, size, colour, weight, &line));
            y += size + 14;
        }
    }
    let title = wrap(&r.name, 34);
    let mut heading = String::new();
    let mut ty = 225;
    for line in title.iter().take(2) {
        heading.push_str(&text_el(80, ty, 56, FG, "700", line));
        ty += 66;
    }
    // With a two-line name, the facts move down.
    let shift = if title.len() > 1 { 66 } else { 0 };
    frame(
        &format!(
            "{}\n<g transform=\"translate(0 {shift})\">{body}</g>\n{}",
            text_el(80, 150, 40, ACCENT, "700", &format!("Round {}", r.number)),
            strip(cat, Some(r.number))
        ),
        &heading,
    )
}

/// The picture for every other page.
pub fn site_svg(cat: &Catalog) -> String {
    let d = &cat.data;
    let facts = format!(
        "{} rounds · {} factions · {} people · {} sources, every fact cited",
        d.rounds.len(),
        d.factions.len(),
        d.people.len(),
        d.sources.len()
    );
    let body = format!(
        "{}{}{}{}",
        text_el(80, 210, 64, FG, "700", "The Vienna Process"),
        text_el(
            80,
            282,
            36,
            FG,
            "400",
            "The Afghan anti-Taliban opposition's meetings,"
        ),
        text_el(
            80,
            330,
            36,
            FG,
            "400",
            "on a timeline, in a faction matrix and in profiles"
        ),
        text_el(80, 400, 28, MUTED, "400", &facts),
    );
    frame(&format!("{body}\n{}", strip(cat, None)), "")
}

/// Background, the site's name at the top, and the content.
fn frame(content: &str, heading: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BG}\"/>\n\
         <rect width=\"{WIDTH}\" height=\"14\" fill=\"{ACCENT}\"/>\n\
         <rect x=\"84\" y=\"62\" width=\"16\" height=\"16\" fill=\"{ACCENT}\" transform=\"rotate(45 92 70)\"/>\n\
         {}\n{heading}\n{content}\n</svg>\n",
        text_el(112, 84, 28, MUTED, "700", "Vienna Process Explorer"),
    )
}

/// The rounds as a row of numbered boxes along the bottom, `current` filled.
fn strip(cat: &Catalog, current: Option<u8>) -> String {
    let rounds = &cat.data.rounds;
    let n = rounds.len().max(1) as u32;
    let gap = 16;
    let width = (WIDTH - 160 - gap * (n - 1)) / n;
    let mut out = String::new();
    for (i, r) in rounds.iter().enumerate() {
        let x = 80 + (width + gap) * i as u32;
        let on = current == Some(r.number);
        let (fill, colour) = if on { (ACCENT, BG) } else { (BG, ACCENT) };
        let year = r.dates.first().and_then(|d| d.start.get(..4)).unwrap_or("");
        let mid = x + width / 2;
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"484\" width=\"{width}\" height=\"96\" rx=\"8\" fill=\"{fill}\" stroke=\"{ACCENT}\" stroke-width=\"3\"/>"
        ));
        out.push_str(&centred(
            mid,
            526,
            28,
            colour,
            "700",
            &format!("Round {}", r.number),
        ));
        out.push_str(&centred(mid, 562, 24, colour, "400", year));
    }
    out
}

fn centred(x: u32, y: u32, size: u32, colour: &str, weight: &str, text: &str) -> String {
    text_el(x, y, size, colour, weight, text).replace("<text ", "<text text-anchor=\"middle\" ")
}

fn text_el(x: u32, y: u32, size: u32, colour: &str, weight: &str, text: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-family=\"Noto Sans\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{colour}\">{}</text>",
        escape(text)
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

    #[test]
    fn data_text_is_escaped_in_the_svg() {
        let t = text_el(0, 0, 10, FG, "400", "<b>&\"");
        assert!(t.contains("&lt;b&gt;&amp;&quot;"), "{t}");
    }
}
