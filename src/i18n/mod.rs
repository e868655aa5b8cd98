//! The interface's editions: English, Dari and Pashto.
//!
//! - [`digits`]: digits as each edition writes them.
//! - [`calendar`]: the Afghan solar hijri calendar, and dates as each edition
//!   writes them (Gregorian and solar).
//!
//! Plain Rust without dependencies or I/O: it runs natively and in the browser.

pub mod calendar;
pub mod digits;
pub mod messages;

use crate::data::date::PartialDate;

use self::messages::{Arg, Messages};

/// The English catalog: compiled into the app, the words every other edition
/// falls back to (a test keeps the other catalogs complete, so none does).
pub const EN_FTL: &str = include_str!("../../public/i18n/en.ftl");
/// The Dari and Pashto catalogs, compiled in only where every page is built;
/// the browser fetches the one its edition needs (`public/i18n/`).
#[cfg(any(not(target_arch = "wasm32"), test))]
pub const FA_FTL: &str = include_str!("../../public/i18n/fa-AF.ftl");
#[cfg(any(not(target_arch = "wasm32"), test))]
pub const PS_FTL: &str = include_str!("../../public/i18n/ps-AF.ftl");

/// The interface's words and formats in one edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    pub lang: Lang,
    messages: Messages,
    english: Messages,
}

impl Texts {
    /// English, from the compiled-in catalog.
    pub fn english() -> Texts {
        let english = Messages::parse(EN_FTL).unwrap_or_default();
        Texts {
            lang: Lang::En,
            messages: english.clone(),
            english,
        }
    }

    /// An edition from its catalog's text (English always uses its own).
    pub fn new(lang: Lang, ftl: &str) -> Result<Texts, String> {
        if lang == Lang::En {
            return Ok(Texts::english());
        }
        Texts::from_catalog(lang, ftl)
    }

    /// The words of `ftl` with the formats (digits, calendar) of `lang`:
    /// what tests use to draw pages with a made-up catalog.
    pub fn from_catalog(lang: Lang, ftl: &str) -> Result<Texts, String> {
        Ok(Texts {
            lang,
            messages: Messages::parse(ftl)?,
            english: Messages::parse(EN_FTL)?,
        })
    }

    /// The catalog of an edition, where all are compiled in (build time, tests).
    #[cfg(any(not(target_arch = "wasm32"), test))]
    pub fn compiled(lang: Lang) -> Texts {
        let ftl = match lang {
            Lang::En => EN_FTL,
            Lang::Fa => FA_FTL,
            Lang::Ps => PS_FTL,
        };
        Texts::new(lang, ftl).expect("the catalogs parse (tests/i18n.rs)")
    }

    /// A message; English where the edition lacks it, and never a bare key
    /// (`[key]` only if English lacks it too, which a test forbids).
    pub fn t(&self, key: &str) -> String {
        self.messages
            .get(key)
            .or_else(|| self.english.get(key))
            .map_or_else(|| format!("[{key}]"), str::to_string)
    }

    /// A message with its placeables filled in.
    pub fn f(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let digits = |n: i64| digits::number(n, self.lang);
        self.messages
            .format(key, args, digits)
            .or_else(|| self.english.format(key, args, digits))
            .unwrap_or_else(|| format!("[{key}]"))
    }

    /// Dataset text (English) for plain text in this edition, where no element
    /// can mark it (an SVG tooltip, a labelled button): set apart by Unicode
    /// isolates (FSI … PDI) in a right-to-left edition, as it is in English.
    pub fn isolate(&self, data: &str) -> String {
        if self.lang == Lang::En || data.is_empty() {
            data.to_string()
        } else {
            format!("\u{2068}{data}\u{2069}")
        }
    }

    /// A number in the edition's digits.
    pub fn num(&self, n: impl Into<i64>) -> String {
        digits::number(n.into(), self.lang)
    }

    /// A date or range as the edition writes it: Gregorian in English; the
    /// Afghan solar date with the Gregorian beside it in Dari and Pashto.
    pub fn date(&self, start: &PartialDate, end: Option<&PartialDate>) -> String {
        match self.lang {
            Lang::En => crate::data::date::format_range(start, end),
            lang => format!(
                "{} ({})",
                calendar::solar_text(lang, start, end),
                calendar::gregorian_text(lang, start, end)
            ),
        }
    }

    /// A dataset date written as text (`2023-12-03`), as [`Texts::date`] writes it.
    pub fn date_text(&self, start: &str, end: Option<&str>) -> String {
        match PartialDate::parse(start) {
            Ok(s) => {
                let e = end.and_then(|e| PartialDate::parse(e).ok());
                self.date(&s, e.as_ref())
            }
            Err(_) => crate::data::date::format_text(start, end),
        }
    }

    /// A role's period in brackets: " (from March 2022)", " (2021 to 2023)", or "".
    pub fn period(&self, since: Option<&str>, until: Option<&str>) -> String {
        let d = |x: &str| self.date_text(x, None);
        let text = match (since, until) {
            (Some(s), Some(u)) => self.f(
                "period-from-to",
                &[("from", Arg::Text(&d(s))), ("to", Arg::Text(&d(u)))],
            ),
            (Some(s), None) => self.f("since", &[("date", Arg::Text(&d(s)))]),
            (None, Some(u)) => self.f("until", &[("date", Arg::Text(&d(u)))]),
            (None, None) => return String::new(),
        };
        format!(" ({text})")
    }

    /// Every key of the edition's own catalog.
    pub fn keys(&self) -> Vec<&str> {
        self.messages.keys()
    }

    /// The variables a message of the edition's own catalog uses.
    pub fn variables(&self, key: &str) -> Vec<String> {
        self.messages.variables(key)
    }
}

/// An edition of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default edition (no URL prefix).
    #[default]
    En,
    /// Dari, as written in Afghanistan.
    Fa,
    /// Pashto, as written in Afghanistan.
    Ps,
}

impl Lang {
    /// Every edition, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fa, Lang::Ps];

    /// The BCP 47 tag, for `lang` and `hreflang`: "en", "fa-AF", "ps-AF".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fa => "fa-AF",
            Lang::Ps => "ps-AF",
        }
    }

    /// The URL path prefix: "" for English, "/fa", "/ps".
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Fa => "/fa",
            Lang::Ps => "/ps",
        }
    }

    /// The writing direction, for `dir`: "ltr" or "rtl".
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Fa | Lang::Ps => "rtl",
        }
    }

    /// The edition a first path segment names: "fa" or "ps" (exactly); anything
    /// else, "en" included, is `None` (English has no prefix).
    pub fn from_prefix(segment: &str) -> Option<Lang> {
        match segment {
            "fa" => Some(Lang::Fa),
            "ps" => Some(Lang::Ps),
            _ => None,
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fa => "دری",
            Lang::Ps => "پښتو",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_in_plain_text_is_isolated_only_right_to_left() {
        assert_eq!(Texts::english().isolate("Arab News"), "Arab News");
        let fa = Texts::new(Lang::Fa, include_str!("../../public/i18n/fa-AF.ftl")).unwrap();
        assert_eq!(fa.isolate("Arab News"), "\u{2068}Arab News\u{2069}");
        assert_eq!(fa.isolate(""), "");
    }

    #[test]
    fn prefixes_round_trip() {
        for lang in Lang::ALL {
            let segment = lang.prefix().trim_start_matches('/');
            let back = Lang::from_prefix(segment).unwrap_or_default();
            assert_eq!(back, lang);
        }
        for other in ["", "en", "FA", "/fa", "fa-AF", "pus", "de"] {
            assert_eq!(Lang::from_prefix(other), None, "{other}");
        }
    }

    #[test]
    fn attributes() {
        assert_eq!(Lang::default(), Lang::En);
        let codes: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["en", "fa-AF", "ps-AF"]);
        let dirs: Vec<_> = Lang::ALL.iter().map(|l| l.dir()).collect();
        assert_eq!(dirs, ["ltr", "rtl", "rtl"]);
        let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(names, ["English", "دری", "پښتو"]);
    }
}
