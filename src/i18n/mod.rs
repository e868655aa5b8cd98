//! The interface's editions: English, Dari and Pashto.
//!
//! - [`digits`]: digits as each edition writes them.
//! - [`calendar`]: the Afghan solar hijri calendar, and dates as each edition
//!   writes them (Gregorian and solar).
//!
//! Plain Rust without dependencies or I/O: it runs natively and in the browser.

pub mod calendar;
pub mod digits;

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
