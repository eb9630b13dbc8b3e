//! Calendar dates as the lifecycle uses them (SPEC §3): ISO `YYYY-MM-DD`, whole days, no time zone.
//!
//! Days are counted from 1970-01-01 with Howard Hinnant's days-from-civil algorithm (proleptic
//! Gregorian calendar), so adding a year or business days is integer arithmetic.

use std::fmt;

/// A valid Gregorian date between years 1 and 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day), after trimming.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = i32::try_from(number(0..4)?).ok()?;
        Date::new(year, number(5..7)?, number(8..10)?)
    }

    /// Days since 1970-01-01 (days-from-civil).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (civil-from-days); `None` outside years 1–9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }

    pub fn is_business_day(self) -> bool {
        self.weekday() < 5
    }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    pub fn add_years(self, years: i32) -> Option<Date> {
        let year = self.year.checked_add(years)?;
        let day = self.day.min(days_in_month(year, self.month));
        Date::new(year, self.month, day)
    }

    /// The `n`-th business day (Monday–Friday) after this date (n ≥ 1), not counting this date.
    pub fn add_business_days(self, n: u32) -> Option<Date> {
        let mut days = self.days();
        let mut left = n;
        while left > 0 {
            days += 1;
            if (days + 3).rem_euclid(7) < 5 {
                left -= 1;
            }
        }
        Date::from_days(days)
    }

    /// Business days `d` with `self < d ≤ other` (0 when `other` is not after `self`).
    pub fn business_days_until(self, other: Date) -> i64 {
        let (from, to) = (self.days(), other.days());
        if to <= from {
            return 0;
        }
        // Count Monday-based weeks: business days in (epoch Monday, x] for each end.
        let upto = |x: i64| -> i64 {
            // Days since Monday 1969-12-29 (day -3).
            let since = x + 3;
            let weeks = since.div_euclid(7);
            let rest = since.rem_euclid(7); // 0 = Monday
            weeks * 5 + (rest + 1).min(5)
        };
        upto(to) - upto(from)
    }
}

/// `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(d("2026-11-20").to_string(), "2026-11-20");
        assert_eq!(d(" 2024-02-29 ").to_string(), "2024-02-29");
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-11-31",
            "2026-1-01",
            "26-11-20",
            "2026/11/20",
            "2026-11-2x",
            "",
            "0000-01-01",
            "+026-11-20",
            "2026-11-20T00:00",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        assert_eq!(d("1970-01-01").days(), 0);
        assert_eq!(d("2000-03-01").days(), 11_017);
        assert_eq!(d("2026-11-20").weekday(), 4, "a Friday");
        assert_eq!(d("2026-11-23").weekday(), 0, "a Monday");
        for n in (-719_000..2_900_000).step_by(997) {
            let date = Date::from_days(n).unwrap();
            assert_eq!(date.days(), n);
            assert_eq!(Date::parse(&date.to_string()), Some(date));
        }
        assert_eq!(Date::from_days(d("9999-12-31").days() + 1), None);
    }

    #[test]
    fn life_deauthorize_one_year_later_feb_29_becomes_feb_28() {
        assert_eq!(d("2026-11-20").add_years(1).unwrap().to_string(), "2027-11-20");
        assert_eq!(d("2024-02-29").add_years(1).unwrap().to_string(), "2025-02-28");
        assert_eq!(d("2023-02-28").add_years(1).unwrap().to_string(), "2024-02-28");
        assert_eq!(d("9999-01-01").add_years(1), None);
    }

    #[test]
    fn life_2_business_days_skip_weekends() {
        // Friday + 1 business day = Monday; + 5 = next Friday.
        assert_eq!(d("2026-11-20").add_business_days(1).unwrap().to_string(), "2026-11-23");
        assert_eq!(d("2026-11-20").add_business_days(5).unwrap().to_string(), "2026-11-27");
        // Saturday and Sunday count from Monday.
        assert_eq!(d("2026-11-21").add_business_days(1).unwrap().to_string(), "2026-11-23");
        assert_eq!(d("2026-11-22").add_business_days(5).unwrap().to_string(), "2026-11-27");
        // Monday + 5 = next Monday.
        assert_eq!(d("2026-11-23").add_business_days(5).unwrap().to_string(), "2026-11-30");
        assert_eq!(d("2026-11-20").business_days_until(d("2026-11-20")), 0);
        assert_eq!(d("2026-11-20").business_days_until(d("2026-11-22")), 0);
        assert_eq!(d("2026-11-20").business_days_until(d("2026-11-23")), 1);
        assert_eq!(d("2026-11-20").business_days_until(d("2026-11-27")), 5);
        assert_eq!(d("2026-11-20").business_days_until(d("2026-11-30")), 6);
        assert_eq!(d("2026-11-27").business_days_until(d("2026-11-20")), 0);
    }

    #[test]
    fn business_days_until_agrees_with_counting() {
        let start = d("2026-01-01").days();
        for a in start..start + 20 {
            for b in a..a + 40 {
                let (da, db) = (Date::from_days(a).unwrap(), Date::from_days(b).unwrap());
                let counted =
                    (a + 1..=b).filter(|x| Date::from_days(*x).unwrap().is_business_day()).count() as i64;
                assert_eq!(da.business_days_until(db), counted, "{da} → {db}");
                if counted > 0 {
                    let n = u32::try_from(counted).unwrap();
                    assert!(da.add_business_days(n).unwrap() <= db);
                }
            }
        }
    }
}
