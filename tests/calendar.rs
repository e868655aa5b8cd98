//! The Afghan solar hijri calendar and the editions' dates (`src/i18n`):
//! Nowruz anchors, the Vienna Process rounds, round trips, leap years, and the
//! texts each edition shows.

use vienna_process_explorer::data::date::{days_in_month, format_range, PartialDate};
use vienna_process_explorer::i18n::calendar::*;
use vienna_process_explorer::i18n::digits::{localize_digits, number};
use vienna_process_explorer::i18n::Lang;

fn p(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

fn solar(year: i32, month: u8, day: u8) -> SolarDate {
    SolarDate { year, month, day }
}

/// Days since 1970-01-01 of a Gregorian date.
fn days((y, m, d): (i32, u8, u8)) -> i64 {
    PartialDate {
        year: y,
        month: Some(m),
        day: Some(d),
    }
    .first_day()
}

/// 1 Hamal (Nowruz) of 1399..=1409 in the Gregorian calendar.
const NOWRUZ: [(i32, (i32, u8, u8)); 11] = [
    (1399, (2020, 3, 20)),
    (1400, (2021, 3, 21)),
    (1401, (2022, 3, 21)),
    (1402, (2023, 3, 21)),
    (1403, (2024, 3, 20)),
    (1404, (2025, 3, 21)),
    (1405, (2026, 3, 21)),
    (1406, (2027, 3, 21)),
    (1407, (2028, 3, 20)),
    (1408, (2029, 3, 20)),
    (1409, (2030, 3, 21)),
];

#[test]
fn every_nowruz_from_2020_to_2030_is_1_hamal() {
    for (year, g) in NOWRUZ {
        assert_eq!(from_gregorian(g.0, g.1, g.2), solar(year, 1, 1), "{g:?}");
        assert_eq!(to_solar(days(g)), solar(year, 1, 1), "{g:?}");
        assert_eq!(to_gregorian(solar(year, 1, 1)), g, "1 Hamal {year}");
        // The day before is the last of Hut.
        let eve = to_solar(days(g) - 1);
        assert_eq!(eve, solar(year - 1, 12, solar_month_days(year - 1, 12)));
    }
    // The years between the anchors are as long as the leap rule says.
    for w in NOWRUZ.windows(2) {
        let (year, a) = w[0];
        let len = days(w[1].1) - days(a);
        assert_eq!(len, if is_solar_leap_year(year) { 366 } else { 365 });
    }
}

/// A solar date by plain counting from the anchors above: the latest Nowruz
/// not after the day, then months of 31 (x6) and 30 days.
fn by_counting(g: (i32, u8, u8)) -> SolarDate {
    let d = days(g);
    let (year, nowruz) = NOWRUZ
        .iter()
        .rev()
        .find(|(_, n)| days(*n) <= d)
        .expect("within the anchors");
    let mut k = d - days(*nowruz);
    for month in 1..=12u8 {
        let len = if month <= 6 { 31 } else { 30 };
        if k < len {
            return solar(*year, month, k as u8 + 1);
        }
        k -= len;
    }
    unreachable!("{g:?} is past Hut")
}

#[test]
fn the_vienna_process_rounds() {
    let rounds = [
        ((2022, 9, 15), solar(1401, 6, 24), "24 Sonbola 1401"),
        ((2023, 4, 24), solar(1402, 2, 4), "4 Sawr 1402"),
        ((2023, 12, 3), solar(1402, 9, 12), "12 Qaws 1402"),
        ((2024, 6, 24), solar(1403, 4, 4), "4 Saratan 1403"),
        ((2025, 2, 18), solar(1403, 11, 30), "30 Dalw 1403"),
    ];
    for (g, s, text) in rounds {
        assert_eq!(from_gregorian(g.0, g.1, g.2), s, "{g:?}");
        assert_eq!(by_counting(g), s, "{g:?} counted");
        assert_eq!(to_gregorian(s), g);
        let date = PartialDate {
            year: g.0,
            month: Some(g.1),
            day: Some(g.2),
        };
        assert_eq!(solar_text(Lang::En, &date, None), text);
    }
}

#[test]
fn every_day_from_1990_to_2040_converts_back_and_follows_the_day_before() {
    let mut d = days((1990, 1, 1));
    let mut before = to_solar(d - 1);
    for y in 1990..=2040 {
        for m in 1..=12 {
            for day in 1..=days_in_month(y, m) {
                assert_eq!(days((y, m, day)), d);
                let s = to_solar(d);
                assert!(s.is_valid(), "{s:?}");
                assert_eq!(to_gregorian(s), (y, m, day), "{s:?}");
                assert_eq!(from_gregorian(y, m, day), s);
                let next = if before.day < solar_month_days(before.year, before.month) {
                    solar(before.year, before.month, before.day + 1)
                } else if before.month < 12 {
                    solar(before.year, before.month + 1, 1)
                } else {
                    solar(before.year + 1, 1, 1)
                };
                assert_eq!(s, next, "{y}-{m}-{day}");
                before = s;
                d += 1;
            }
        }
    }
    assert_eq!(before, solar(1419, 10, 11)); // 2040-12-31 (as ICU has it)
}

#[test]
fn hut_has_30_days_exactly_in_leap_years() {
    // Leap years 1360..=1430 (checked against jalaali-js and ICU's Persian calendar).
    let leap = [
        1362, 1366, 1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420,
        1424, 1428,
    ];
    for year in 1360..=1430 {
        let is_leap = leap.contains(&year);
        assert_eq!(is_solar_leap_year(year), is_leap, "{year}");
        assert_eq!(solar_month_days(year, 12), if is_leap { 30 } else { 29 });
        let hut_30 = solar(year, 12, 30);
        assert_eq!(hut_30.is_valid(), is_leap);
        let next_nowruz = to_gregorian(solar(year + 1, 1, 1));
        if is_leap {
            assert_eq!(to_solar(days(to_gregorian(hut_30))), hut_30);
            assert_eq!(days(next_nowruz) - days(to_gregorian(hut_30)), 1);
        } else {
            // 30 Hut of a common year is counted on to the next Nowruz.
            assert_eq!(to_gregorian(hut_30), next_nowruz);
        }
        for month in 1..=11 {
            let len = solar_month_days(year, month);
            assert_eq!(len, if month <= 6 { 31 } else { 30 });
        }
    }
    assert_eq!(to_gregorian(solar(1403, 12, 30)), (2025, 3, 20));
    assert_eq!(from_gregorian(2025, 3, 20), solar(1403, 12, 30));
    assert_eq!(from_gregorian(2024, 3, 19), solar(1402, 12, 29));
    assert!(!solar(1404, 12, 30).is_valid());
    assert!(!solar(1403, 13, 1).is_valid() && !solar(1403, 0, 1).is_valid());
    assert!(!solar(1403, 1, 0).is_valid() && !solar(1403, 7, 31).is_valid());
}

#[test]
fn month_names_are_afghanistans() {
    let solar_names = [
        (
            Lang::En,
            "Hamal Sawr Jawza Saratan Asad Sonbola Mizan Aqrab Qaws Jadi Dalw Hut",
        ),
        (
            Lang::Fa,
            "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت",
        ),
        (
            Lang::Ps,
            "وری غویی غبرګولی چنګاښ زمری وږی تله لړم لیندۍ مرغومی سلواغه کب",
        ),
    ];
    for (lang, names) in solar_names {
        let ours: Vec<_> = (1..=12).map(|m| solar_month_name(lang, m)).collect();
        assert_eq!(ours.join(" "), names, "{lang:?}");
    }
    let gregorian_names = [
        (
            Lang::En,
            "January February March April May June July August September October November December",
        ),
        (
            Lang::Fa,
            "جنوری فبروری مارچ اپریل می جون جولای اگست سپتمبر اکتوبر نومبر دسمبر",
        ),
        (
            Lang::Ps,
            "جنوري فېبروري مارچ اپریل مۍ جون جولای اګست سپتمبر اکتوبر نومبر دسمبر",
        ),
    ];
    for (lang, names) in gregorian_names {
        let ours: Vec<_> = (1..=12).map(|m| gregorian_month_name(lang, m)).collect();
        assert_eq!(ours.join(" "), names, "{lang:?}");
    }
    for m in 1..=12 {
        let date = PartialDate {
            year: 2023,
            month: Some(m),
            day: None,
        };
        assert_eq!(Some(gregorian_month_name(Lang::En, m)), date.month_name());
    }
}

#[test]
fn digits() {
    assert_eq!(localize_digits("1402", Lang::Fa), "۱۴۰۲");
    assert_eq!(localize_digits("1402", Lang::Ps), "۱۴۰۲");
    assert_eq!(localize_digits("1402", Lang::En), "1402");
    assert_eq!(number(2023, Lang::Fa), "۲۰۲۳");
    assert_eq!(number(70, Lang::En), "70");
}

/// (start, end, English Gregorian, English solar, Dari Gregorian, Dari solar,
/// Pashto Gregorian, Pashto solar).
type Case = (&'static str, Option<&'static str>, [&'static str; 6]);

const CASES: &[Case] = &[
    // Days.
    (
        "2023-12-03",
        None,
        [
            "3 December 2023",
            "12 Qaws 1402",
            "۳ دسمبر ۲۰۲۳",
            "۱۲ قوس ۱۴۰۲",
            "۳ دسمبر ۲۰۲۳",
            "۱۲ لیندۍ ۱۴۰۲",
        ],
    ),
    (
        "2023-12-03",
        Some("2023-12-05"),
        [
            "3-5 December 2023",
            "12-14 Qaws 1402",
            "۳–۵ دسمبر ۲۰۲۳",
            "۱۲–۱۴ قوس ۱۴۰۲",
            "۳–۵ دسمبر ۲۰۲۳",
            "۱۲–۱۴ لیندۍ ۱۴۰۲",
        ],
    ),
    (
        "2023-11-20",
        Some("2023-11-22"),
        [
            "20-22 November 2023",
            "29 Aqrab - 1 Qaws 1402",
            "۲۰–۲۲ نومبر ۲۰۲۳",
            "۲۹ عقرب – ۱ قوس ۱۴۰۲",
            "۲۰–۲۲ نومبر ۲۰۲۳",
            "۲۹ لړم – ۱ لیندۍ ۱۴۰۲",
        ],
    ),
    (
        "2024-06-30",
        Some("2024-07-01"),
        [
            "30 June - 1 July 2024",
            "10-11 Saratan 1403",
            "۳۰ جون – ۱ جولای ۲۰۲۴",
            "۱۰–۱۱ سرطان ۱۴۰۳",
            "۳۰ جون – ۱ جولای ۲۰۲۴",
            "۱۰–۱۱ چنګاښ ۱۴۰۳",
        ],
    ),
    (
        "2024-03-19",
        Some("2024-03-21"),
        [
            "19-21 March 2024",
            "29 Hut 1402 - 2 Hamal 1403",
            "۱۹–۲۱ مارچ ۲۰۲۴",
            "۲۹ حوت ۱۴۰۲ – ۲ حمل ۱۴۰۳",
            "۱۹–۲۱ مارچ ۲۰۲۴",
            "۲۹ کب ۱۴۰۲ – ۲ وری ۱۴۰۳",
        ],
    ),
    (
        "2023-12-30",
        Some("2024-01-05"),
        [
            "30 December 2023 - 5 January 2024",
            "9-15 Jadi 1402",
            "۳۰ دسمبر ۲۰۲۳ – ۵ جنوری ۲۰۲۴",
            "۹–۱۵ جدی ۱۴۰۲",
            "۳۰ دسمبر ۲۰۲۳ – ۵ جنوري ۲۰۲۴",
            "۹–۱۵ مرغومی ۱۴۰۲",
        ],
    ),
    (
        "2024-02-03",
        Some("2024-02-04"),
        [
            "3-4 February 2024",
            "14-15 Dalw 1402",
            "۳–۴ فبروری ۲۰۲۴",
            "۱۴–۱۵ دلو ۱۴۰۲",
            "۳–۴ فېبروري ۲۰۲۴",
            "۱۴–۱۵ سلواغه ۱۴۰۲",
        ],
    ),
    // Months: a Gregorian month overlaps two solar months.
    (
        "2023-11",
        None,
        [
            "November 2023",
            "Aqrab - Qaws 1402",
            "نومبر ۲۰۲۳",
            "عقرب – قوس ۱۴۰۲",
            "نومبر ۲۰۲۳",
            "لړم – لیندۍ ۱۴۰۲",
        ],
    ),
    (
        "2024-01",
        None,
        [
            "January 2024",
            "Jadi - Dalw 1402",
            "جنوری ۲۰۲۴",
            "جدی – دلو ۱۴۰۲",
            "جنوري ۲۰۲۴",
            "مرغومی – سلواغه ۱۴۰۲",
        ],
    ),
    (
        "2024-03",
        None,
        [
            "March 2024",
            "Hut 1402 - Hamal 1403",
            "مارچ ۲۰۲۴",
            "حوت ۱۴۰۲ – حمل ۱۴۰۳",
            "مارچ ۲۰۲۴",
            "کب ۱۴۰۲ – وری ۱۴۰۳",
        ],
    ),
    (
        "2024-05",
        None,
        [
            "May 2024",
            "Sawr - Jawza 1403",
            "می ۲۰۲۴",
            "ثور – جوزا ۱۴۰۳",
            "مۍ ۲۰۲۴",
            "غویی – غبرګولی ۱۴۰۳",
        ],
    ),
    (
        "2023-10",
        Some("2023-12"),
        [
            "October 2023 - December 2023",
            "Mizan - Jadi 1402",
            "اکتوبر ۲۰۲۳ – دسمبر ۲۰۲۳",
            "میزان – جدی ۱۴۰۲",
            "اکتوبر ۲۰۲۳ – دسمبر ۲۰۲۳",
            "تله – مرغومی ۱۴۰۲",
        ],
    ),
    // Years: a Gregorian year overlaps two solar years.
    (
        "2023",
        None,
        [
            "2023",
            "1401 - 1402",
            "۲۰۲۳",
            "۱۴۰۱ – ۱۴۰۲",
            "۲۰۲۳",
            "۱۴۰۱ – ۱۴۰۲",
        ],
    ),
    (
        "2021",
        Some("2023"),
        [
            "2021 - 2023",
            "1399 - 1402",
            "۲۰۲۱ – ۲۰۲۳",
            "۱۳۹۹ – ۱۴۰۲",
            "۲۰۲۱ – ۲۰۲۳",
            "۱۳۹۹ – ۱۴۰۲",
        ],
    ),
    // Mixed precisions.
    (
        "2022-09-15",
        Some("2022-10"),
        [
            "15 September - October 2022",
            "24 Sonbola - Aqrab 1401",
            "۱۵ سپتمبر – اکتوبر ۲۰۲۲",
            "۲۴ سنبله – عقرب ۱۴۰۱",
            "۱۵ سپتمبر – اکتوبر ۲۰۲۲",
            "۲۴ وږی – لړم ۱۴۰۱",
        ],
    ),
    (
        "2021-08",
        Some("2022-09-15"),
        [
            "August 2021 - 15 September 2022",
            "Asad 1400 - 24 Sonbola 1401",
            "اگست ۲۰۲۱ – ۱۵ سپتمبر ۲۰۲۲",
            "اسد ۱۴۰۰ – ۲۴ سنبله ۱۴۰۱",
            "اګست ۲۰۲۱ – ۱۵ سپتمبر ۲۰۲۲",
            "زمری ۱۴۰۰ – ۲۴ وږی ۱۴۰۱",
        ],
    ),
];

#[test]
fn dates_in_each_edition() {
    for (start, end, [en_g, en_s, fa_g, fa_s, ps_g, ps_s]) in CASES {
        let s = p(start);
        let e = end.map(p);
        let e = e.as_ref();
        let got = [
            gregorian_text(Lang::En, &s, e),
            solar_text(Lang::En, &s, e),
            gregorian_text(Lang::Fa, &s, e),
            solar_text(Lang::Fa, &s, e),
            gregorian_text(Lang::Ps, &s, e),
            solar_text(Lang::Ps, &s, e),
        ];
        assert_eq!(
            got,
            [*en_g, *en_s, *fa_g, *fa_s, *ps_g, *ps_s],
            "{start} {end:?}"
        );
        assert_eq!(got[0], format_range(&s, e));
        // English is ASCII; Dari and Pashto have no ASCII digit or hyphen.
        assert!(got[..2].iter().all(|t| t.is_ascii()), "{got:?}");
        for t in &got[2..] {
            assert!(!t.chars().any(|c| c.is_ascii_digit() || c == '-'), "{t}");
        }
    }
}

#[test]
fn the_same_day_as_a_range_is_that_day_in_the_solar_calendar() {
    let d = p("2023-04-24");
    assert_eq!(solar_text(Lang::Fa, &d, Some(&d)), "۴ ثور ۱۴۰۲");
    assert_eq!(solar_text(Lang::Ps, &d, None), "۴ غویی ۱۴۰۲");
}
