//! Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the form carrying the precision.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date as precise as its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; rejects impossible months and days.
    pub fn parse(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize, what: &str| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("{what} in \"{s}\" is not {len} digits"));
            }
            p.parse::<u32>().map_err(|e| e.to_string())
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(format!("\"{s}\" is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let year = num(parts[0], 4, "the year")? as i32;
        let month = match parts.get(1) {
            Some(p) => {
                let m = num(p, 2, "the month")?;
                if !(1..=12).contains(&m) {
                    return Err(format!("month {m} in \"{s}\" does not exist"));
                }
                Some(m as u8)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => {
                let d = num(p, 2, "the day")?;
                let max = days_in_month(year, month.unwrap_or(1));
                if d < 1 || d > u32::from(max) {
                    return Err(format!("day {d} in \"{s}\" does not exist"));
                }
                Some(d as u8)
            }
            None => None,
        };
        Ok(PartialDate { year, month, day })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Days since 1970-01-01 of the earliest day this date can mean.
    pub fn first_day(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Days since 1970-01-01 of the latest day this date can mean.
    pub fn last_day(&self) -> i64 {
        let m = self.month.unwrap_or(12);
        days_from_civil(
            self.year,
            m,
            self.day.unwrap_or(days_in_month(self.year, m)),
        )
    }

    /// Position on a continuous axis in fractional years (middle of the span meant).
    pub fn as_year_fraction(&self) -> f64 {
        let mid = (self.first_day() + self.last_day()) as f64 / 2.0;
        let start = days_from_civil(self.year, 1, 1) as f64;
        let len = (days_from_civil(self.year + 1, 1, 1) - days_from_civil(self.year, 1, 1)) as f64;
        f64::from(self.year) + (mid - start) / len
    }

    pub fn month_name(&self) -> Option<&'static str> {
        self.month.map(|m| MONTHS[usize::from(m) - 1])
    }
}

impl fmt::Display for PartialDate {
    /// "15 September 2022", "March 2022", "2022".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.day, self.month_name()) {
            (Some(d), Some(m)) => write!(f, "{d} {m} {}", self.year),
            (None, Some(m)) => write!(f, "{m} {}", self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

/// "15-17 September 2022", "30 June - 1 July 2024", "2022".
pub fn format_range(start: &PartialDate, end: Option<&PartialDate>) -> String {
    let Some(end) = end else {
        return start.to_string();
    };
    if start.year == end.year && start.month == end.month && start.day.is_some() {
        if let (Some(sd), Some(ed)) = (start.day, end.day) {
            return format!("{sd}-{ed} {} {}", end.month_name().unwrap_or(""), end.year);
        }
    }
    if start.year == end.year {
        if let (Some(sd), Some(sm)) = (start.day, start.month_name()) {
            return format!("{sd} {sm} - {end}");
        }
    }
    format!("{start} - {end}")
}

/// A date or range as written in the dataset, for reading ("3-5 December 2023").
/// Unparseable text is shown as it is (the validator rejects it anyway).
pub fn format_text(start: &str, end: Option<&str>) -> String {
    match PartialDate::parse(start) {
        Ok(s) => {
            let e = end.and_then(|e| PartialDate::parse(e).ok());
            format_range(&s, e.as_ref())
        }
        Err(_) => match end {
            Some(e) => format!("{start} - {e}"),
            None => start.to_string(),
        },
    }
}

/// A role's period in brackets: " (from March 2022)", " (2021 to 2023)", or "".
pub fn format_period(since: Option<&str>, until: Option<&str>) -> String {
    match (since, until) {
        (Some(s), Some(u)) => format!(" ({} to {})", format_text(s, None), format_text(u, None)),
        (Some(s), None) => format!(" (from {})", format_text(s, None)),
        (None, Some(u)) => format!(" (until {})", format_text(u, None)),
        (None, None) => String::new(),
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The (year, month, day) of a count of days since 1970-01-01
/// (Howard Hinnant's civil-from-days algorithm).
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// Howard Hinnant's days-from-civil algorithm.
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(if m <= 2 { y - 1 } else { y });
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_naturally() {
        assert_eq!(format_period(Some("2022-03"), None), " (from March 2022)");
        assert_eq!(format_period(Some("2021"), Some("2023")), " (2021 to 2023)");
        assert_eq!(
            format_period(None, Some("2024-06-26")),
            " (until 26 June 2024)"
        );
        assert_eq!(format_period(None, None), "");
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2022").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2022-03").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2022-09-15").unwrap().precision(),
            Precision::Day
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2022-13",
            "2022-00",
            "2022-04-31",
            "22-01-01",
            "2022-1-01",
            "",
            "x",
            "2022-01-01-01",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn formats_ranges() {
        let p = |s| PartialDate::parse(s).unwrap();
        assert_eq!(
            format_range(&p("2022-09-15"), Some(&p("2022-09-17"))),
            "15-17 September 2022"
        );
        assert_eq!(
            format_range(&p("2024-06-30"), Some(&p("2024-07-01"))),
            "30 June - 1 July 2024"
        );
        assert_eq!(format_range(&p("2022-03"), None), "March 2022");
    }

    #[test]
    fn days_and_civil_dates_round_trip() {
        for z in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_694), (2023, 12, 3));
    }

    #[test]
    fn axis_positions_are_ordered() {
        let a = PartialDate::parse("2021-08-15").unwrap().as_year_fraction();
        let b = PartialDate::parse("2022-09-15").unwrap().as_year_fraction();
        assert!(a < b && a > 2021.5 && b < 2022.8);
        assert_eq!(PartialDate::parse("1970-01-01").unwrap().first_day(), 0);
    }
}
