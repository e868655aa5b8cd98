//! Digits as each edition writes them.

use super::Lang;

/// EXTENDED ARABIC-INDIC DIGIT ZERO..NINE (U+06F0..U+06F9), the "Persian"
/// digits written in Afghanistan for Dari and Pashto (not the Arabic-Indic
/// U+0660..U+0669, whose 4, 5 and 6 differ).
const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];

/// `s` with its ASCII digits 0-9 in the edition's digits: unchanged in English,
/// U+06F0..U+06F9 in Dari and Pashto. Everything else is left as it is.
pub fn localize_digits(s: &str, lang: Lang) -> String {
    match lang {
        Lang::En => s.to_owned(),
        Lang::Fa | Lang::Ps => s
            .chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    PERSIAN[usize::from(c as u8 - b'0')]
                } else {
                    c
                }
            })
            .collect(),
    }
}

/// `s` with Persian (U+06F0..U+06F9) and Arabic-Indic (U+0660..U+0669)
/// digits read as ASCII ones, so a link typed with the digits an edition
/// shows parses like one in ASCII; borrowed when there are none.
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    let digit = |c: char| match u32::from(c) {
        d @ 0x06F0..=0x06F9 => Some(d - 0x06F0),
        d @ 0x0660..=0x0669 => Some(d - 0x0660),
        _ => None,
    };
    if !s.chars().any(|c| digit(c).is_some()) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| digit(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c))
        .collect::<String>()
        .into()
}

/// An integer in the edition's digits, without grouping ("1402", "۱۴۰۲"); a
/// negative number keeps the ASCII hyphen-minus as its sign.
pub fn number(n: i64, lang: Lang) -> String {
    localize_digits(&n.to_string(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_digits_are_the_extended_arabic_indic_block() {
        for (i, c) in PERSIAN.iter().enumerate() {
            assert_eq!(u32::from(*c), 0x06F0 + i as u32);
        }
    }

    #[test]
    fn localizes_only_ascii_digits() {
        assert_eq!(
            localize_digits("3-5 December 2023", Lang::En),
            "3-5 December 2023"
        );
        assert_eq!(localize_digits("0123456789", Lang::Fa), "۰۱۲۳۴۵۶۷۸۹");
        assert_eq!(localize_digits("0123456789", Lang::Ps), "۰۱۲۳۴۵۶۷۸۹");
        // Other digits (Arabic-Indic, fullwidth) and letters are left alone.
        assert_eq!(localize_digits("a1 ٣ ３", Lang::Fa), "a۱ ٣ ３");
        assert_eq!(localize_digits("", Lang::Ps), "");
    }

    #[test]
    fn reads_persian_and_arabic_indic_digits_as_ascii() {
        assert_eq!(ascii_digits("۲۰۲۳"), "2023");
        assert_eq!(ascii_digits("٢٠٢٣"), "2023");
        assert_eq!(ascii_digits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        assert_eq!(ascii_digits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(
            ascii_digits("2023-12-03..۲۰۲۴-٠١-۰۵"),
            "2023-12-03..2024-01-05"
        );
        assert!(matches!(
            ascii_digits("2023"),
            std::borrow::Cow::Borrowed("2023")
        ));
        // Other digits (fullwidth, Devanagari) stay as they are, so they are refused.
        assert_eq!(ascii_digits("２०"), "２०");
        // Round trip with the edition's digits.
        for n in [0, 7, 1402, 2023] {
            assert_eq!(ascii_digits(&number(n, Lang::Fa)), n.to_string());
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number(1402, Lang::En), "1402");
        assert_eq!(number(1402, Lang::Fa), "۱۴۰۲");
        assert_eq!(number(0, Lang::Ps), "۰");
        assert_eq!(number(-70, Lang::Fa), "-۷۰");
        assert_eq!(number(i64::MIN, Lang::En), i64::MIN.to_string());
    }
}
