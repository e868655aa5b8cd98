//! A view as a picture to take away: the view's drawing inside a frame that
//! says what it is (title, period, filters) and where it comes from (the
//! address and the dataset version), as one self-contained SVG file.

use crate::data::catalog::Catalog;

use super::matrix::cell_status;

/// The width of a picture, in pixels, when the view gives none.
pub const WIDTH: f64 = 1000.0;
const MARGIN: f64 = 24.0;
const LINE: f64 = 20.0;

/// What the frame says.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    pub title: String,
    pub lines: Vec<String>,
    /// "Source: Vienna Process Explorer, <address> · dataset version 2.1.0"
    pub source: String,
    /// `rtl` for the Dari and Pashto editions.
    pub dir: &'static str,
}

/// Text made safe for an SVG (XML) document.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Colours and sizes for what the views draw, so that the file looks the
/// same outside the site (light theme).
pub const STYLE: &str = "text{font-family:'Noto Sans',system-ui,sans-serif;font-size:12px;fill:#1b1f24}\
.title{font-size:20px;font-weight:700}.meta{fill:#4b5563}\
.axis{background:#f4f6f8}.tick line{stroke:#d0d5dc}.tick.major line{stroke:#4b5563}.tick text{fill:#4b5563}\
.baseline,.leader{stroke:#4b5563}.mark.round circle{fill:#8a1c1c;stroke:#fff;stroke-width:2}\
.mark.round text.num{fill:#fff;font-weight:700}.mark.round .label{font-weight:600}\
.label{paint-order:stroke;stroke:#f4f6f8;stroke-width:4px;stroke-linejoin:round}\
.mark.event line{stroke:#2f5f8a;stroke-width:10;stroke-linecap:round}.mark.many rect{fill:#b9c9d7;stroke:#2f5f8a}\
.lane-name{font-weight:600;fill:#4b5563}.presence{font-size:16px}.brush{display:none}\
.grid{stroke:#d0d5dc}.participation .tick,.participation .label{fill:#4b5563}\
.range{stroke:#8a1c1c;stroke-width:14px;stroke-linecap:round;opacity:.3}.participation .mark{fill:#8a1c1c;stroke:#fff}\
.cell-line{stroke:#d0d5dc}.sym{font-size:16px;text-anchor:middle}.head{font-weight:700}";

/// The whole file: the caption above, `body` (SVG elements, `body_h` tall,
/// drawn for `width`) in the middle, the source below.
pub fn frame(caption: &Caption, body: &str, width: f64, body_h: f64) -> String {
    let mut y = MARGIN + 20.0;
    let (x, anchor) = if caption.dir == "rtl" {
        (width - MARGIN, "start")
    } else {
        (MARGIN, "start")
    };
    let mut head = format!(
        "<text class=\"title\" x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\">{}</text>",
        escape(&caption.title)
    );
    for line in &caption.lines {
        y += LINE;
        head.push_str(&format!(
            "<text class=\"meta\" x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\">{}</text>",
            escape(line)
        ));
    }
    let top = y + 14.0;
    let foot_y = top + body_h + 26.0;
    let height = foot_y + MARGIN;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" direction=\"{dir}\">\
         <style>{STYLE}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{head}\
         <g transform=\"translate(0 {top})\">{body}</g>\
         <text class=\"meta\" x=\"{x}\" y=\"{foot_y}\" text-anchor=\"{anchor}\">{source}</text></svg>",
        dir = caption.dir,
        source = escape(&caption.source),
    )
}

/// The matrix's rounds as a grid of symbols, for `rows` (faction indices in
/// the order shown): returns the SVG elements and their height.
pub fn matrix_body(
    cat: &Catalog,
    rows: &[usize],
    round_label: impl Fn(u8) -> String,
    name: impl Fn(usize) -> String,
    width: f64,
    rtl: bool,
) -> (String, f64) {
    let rounds = cat.round_numbers();
    let name_w = (width * 0.4).min(360.0);
    let col_w = (width - 2.0 * MARGIN - name_w) / rounds.len().max(1) as f64;
    let row_h = 26.0;
    let at = |x: f64| if rtl { width - x } else { x };
    let mut out = String::new();
    for (c, n) in rounds.iter().enumerate() {
        let cx = at(MARGIN + name_w + col_w * (c as f64 + 0.5));
        out.push_str(&format!(
            "<text class=\"head\" x=\"{cx:.1}\" y=\"14\" text-anchor=\"middle\">{}</text>",
            escape(&round_label(*n))
        ));
    }
    for (r, &i) in rows.iter().enumerate() {
        let y = 24.0 + row_h * r as f64;
        let f = &cat.data.factions[i];
        out.push_str(&format!(
            "<line class=\"cell-line\" x1=\"{MARGIN}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"start\">{}</text>",
            width - MARGIN,
            at(MARGIN),
            y + 18.0,
            escape(&name(i))
        ));
        for (c, n) in rounds.iter().enumerate() {
            let cx = at(MARGIN + name_w + col_w * (c as f64 + 0.5));
            let status = cell_status(cat, f, *n);
            out.push_str(&format!(
                "<text class=\"sym s-{}\" x=\"{cx:.1}\" y=\"{:.1}\">{}</text>",
                status.slug(),
                y + 19.0,
                status.symbol()
            ));
        }
    }
    (out, 24.0 + row_h * rows.len() as f64 + 4.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caption() -> Caption {
        Caption {
            title: "Faction matrix".into(),
            lines: vec!["Filters: Hazara".into()],
            source: "Source: Vienna Process Explorer, https://x.org/matrix?ethnicity=hazara · dataset version 2.1.0".into(),
            dir: "ltr",
        }
    }

    #[test]
    fn the_frame_names_the_view_and_its_source_and_escapes_text() {
        let mut c = caption();
        c.lines
            .push("<script>alert(1)</script> & \"quotes\"".into());
        let svg = frame(&c, "<g/>", 800.0, 100.0);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(">Faction matrix</text>"));
        assert!(svg.contains("dataset version 2.1.0"));
        assert!(svg.contains("ethnicity=hazara"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn the_matrix_picture_has_a_row_per_faction_and_a_symbol_per_round() {
        let cat = Catalog::new(crate::data::embedded::embedded().unwrap());
        let rows = vec![0, 1, 2];
        let (body, h) = matrix_body(
            &cat,
            &rows,
            |n| format!("Round {n}"),
            |i| cat.data.factions[i].name.clone(),
            1000.0,
            false,
        );
        assert_eq!(
            body.matches("class=\"sym ").count(),
            3 * cat.round_numbers().len()
        );
        assert!(body.contains(&escape(&cat.data.factions[1].name)));
        assert!(body.contains(">Round 5</text>"));
        assert!(h > 3.0 * 26.0);
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(escape("a\u{1}b\tc"), "ab\tc");
    }
}
