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
    fn numbers() {
        assert_eq!(number(1402, Lang::En), "1402");
        assert_eq!(number(1402, Lang::Fa), "۱۴۰۲");
        assert_eq!(number(0, Lang::Ps), "۰");
        assert_eq!(number(-70, Lang::Fa), "-۷۰");
        assert_eq!(number(i64::MIN, Lang::En), i64::MIN.to_string());
    }
}
