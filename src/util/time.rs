//! Timestamps as docker prints and parses them: RFC 3339 with nanoseconds,
//! Go's `time.Time.String()` form, and go-units' "About a minute" wording.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Seconds and nanoseconds since the Unix epoch, UTC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    pub secs: i64,
    pub nanos: u32,
}

impl Timestamp {
    pub fn now() -> Timestamp {
        Timestamp::from_system(SystemTime::now())
    }

    pub fn from_system(t: SystemTime) -> Timestamp {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => Timestamp {
                secs: d.as_secs() as i64,
                nanos: d.subsec_nanos(),
            },
            Err(e) => {
                let d = e.duration();
                let mut secs = -(d.as_secs() as i64);
                let mut nanos = d.subsec_nanos();
                if nanos > 0 {
                    secs -= 1;
                    nanos = 1_000_000_000 - nanos;
                }
                Timestamp { secs, nanos }
            }
        }
    }

    pub fn from_secs(secs: i64) -> Timestamp {
        Timestamp { secs, nanos: 0 }
    }

    /// Go's zero time (`0001-01-01T00:00:00Z`), which docker prints for
    /// "never" (e.g. FinishedAt of a running container).
    pub fn zero() -> Timestamp {
        Timestamp {
            secs: -62_135_596_800,
            nanos: 0,
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == Timestamp::zero()
    }

    /// How long ago, saturating at zero for times in the future.
    pub fn elapsed(&self) -> Duration {
        let now = Timestamp::now();
        let ns = i128::from(now.secs) * 1_000_000_000 + i128::from(now.nanos)
            - (i128::from(self.secs) * 1_000_000_000 + i128::from(self.nanos));
        if ns <= 0 {
            Duration::ZERO
        } else {
            Duration::from_nanos(u64::try_from(ns).unwrap_or(u64::MAX))
        }
    }

    /// RFC 3339 in UTC with nanoseconds, trailing zeros trimmed as Go's
    /// `time.RFC3339Nano` does: `2024-05-01T10:11:12.5Z`.
    pub fn rfc3339_nano(&self) -> String {
        let (y, mo, d, h, mi, s) = civil(self.secs);
        let mut out = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}");
        if self.nanos > 0 {
            let frac = format!("{:09}", self.nanos);
            out.push('.');
            out.push_str(frac.trim_end_matches('0'));
        }
        out.push('Z');
        out
    }

    /// RFC 3339 in UTC with exactly nine fraction digits (docker's log
    /// timestamps, fixed width so they sort as text).
    pub fn rfc3339_nano_fixed(&self) -> String {
        let (y, mo, d, h, mi, s) = civil(self.secs);
        format!(
            "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{:09}Z",
            self.nanos
        )
    }

    /// Go's `time.Time.String()` in the local zone, as docker's `CreatedAt`
    /// column: `2024-05-01 12:11:12 +0200 CEST`.
    pub fn go_string_local(&self) -> String {
        let (offset, zone) = crate::runtime::sys::local_offset(self.secs);
        self.go_string_in(offset, &zone)
    }

    /// Go's `time.Time.String()` in UTC.
    pub fn go_string_utc(&self) -> String {
        self.go_string_in(0, "UTC")
    }

    /// `2006-01-02 15:04:05.999999999 -0700 MST`: fractional seconds
    /// without trailing zeros, none when whole.
    fn go_string_in(&self, offset: i64, zone: &str) -> String {
        let (y, mo, d, h, mi, s) = civil(self.secs + offset);
        let sign = if offset < 0 { '-' } else { '+' };
        let off = offset.unsigned_abs();
        let frac = if self.nanos == 0 {
            String::new()
        } else {
            let f = format!(".{:09}", self.nanos);
            f.trim_end_matches('0').to_string()
        };
        format!(
            "{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}{frac} {sign}{:02}{:02} {zone}",
            off / 3600,
            (off % 3600) / 60
        )
    }

    /// Parse RFC 3339 (`2024-05-01T10:11:12Z`, `...12.123+02:00`), also
    /// accepting a space for `T` and a missing zone (then UTC).
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        let b = s.trim().as_bytes();
        if b.len() < 10 {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = b.get(r)?;
            if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            std::str::from_utf8(part).ok()?.parse().ok()
        };
        let year = num(0..4)?;
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let month = num(5..7)?;
        let day = num(8..10)?;
        let (mut hour, mut min, mut sec, mut nanos) = (0, 0, 0, 0u32);
        let mut i = 10;
        if b.len() > 10 {
            if b[10] != b'T' && b[10] != b't' && b[10] != b' ' {
                return None;
            }
            hour = num(11..13)?;
            if b.get(13) != Some(&b':') {
                return None;
            }
            min = num(14..16)?;
            i = 16;
            if b.get(16) == Some(&b':') {
                sec = num(17..19)?;
                i = 19;
            }
            if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
                i += 1;
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i == start {
                    return None;
                }
                let digits = &s.trim()[start..i.min(start + 9)];
                nanos = format!("{digits:0<9}").parse().ok()?;
            }
        }
        let mut offset = 0i64;
        match b.get(i) {
            None => {}
            Some(b'Z' | b'z') if i + 1 == b.len() => {}
            Some(&c @ (b'+' | b'-')) => {
                let oh = num(i + 1..i + 3)?;
                let om = if b.get(i + 3) == Some(&b':') {
                    num(i + 4..i + 6)?
                } else {
                    num(i + 3..i + 5)?
                };
                let end = if b.get(i + 3) == Some(&b':') {
                    i + 6
                } else {
                    i + 5
                };
                if end != b.len() {
                    return None;
                }
                offset = (oh * 3600 + om * 60) * if c == b'-' { -1 } else { 1 };
            }
            _ => return None,
        }
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || min > 59
            || sec > 60
        {
            return None;
        }
        let days = days_from_civil(year, month, day);
        Some(Timestamp {
            secs: days * 86400 + hour * 3600 + min * 60 + sec - offset,
            nanos,
        })
    }

    /// An HTTP date (RFC 9110's IMF-fixdate: `Sun, 06 Nov 1994 08:49:37
    /// GMT`), as in `Last-Modified`.
    pub fn parse_http_date(s: &str) -> Option<Timestamp> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (_, rest) = s.trim().split_once(", ")?;
        let mut parts = rest.split(' ');
        let (day, month, year, time, zone) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        if zone != "GMT" || parts.next().is_some() || day.len() != 2 || year.len() != 4 {
            return None;
        }
        let month = MONTHS.iter().position(|m| *m == month)? + 1;
        Timestamp::parse_rfc3339(&format!("{year}-{month:02}-{day}T{time}Z"))
    }

    /// docker's `--since`/`--until`/`until=` values: an RFC 3339 time, a
    /// date, Unix seconds (with optional fraction), or a duration before now
    /// (`10m`, `1h30m`).
    pub fn parse_user_time(s: &str) -> Option<Timestamp> {
        if let Some(t) = Timestamp::parse_rfc3339(s) {
            return Some(t);
        }
        if let Some(d) = parse_go_duration(s) {
            let now = Timestamp::now();
            let total =
                i128::from(now.secs) * 1_000_000_000 + i128::from(now.nanos) - d.as_nanos() as i128;
            return Some(Timestamp {
                secs: total.div_euclid(1_000_000_000) as i64,
                nanos: total.rem_euclid(1_000_000_000) as u32,
            });
        }
        let (secs, frac) = s.split_once('.').unwrap_or((s, ""));
        let secs: i64 = secs.parse().ok()?;
        let nanos = if frac.is_empty() {
            0
        } else if frac.len() <= 9 && frac.bytes().all(|c| c.is_ascii_digit()) {
            format!("{frac:0<9}").parse().ok()?
        } else {
            return None;
        };
        Some(Timestamp { secs, nanos })
    }
}

/// Go's `time.ParseDuration` for non-negative values: `300ms`, `1.5h`, `2h45m`.
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s == "0" {
        return Some(Duration::ZERO);
    }
    let mut total = 0f64;
    let mut rest = s;
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_end == 0 {
            return None;
        }
        let n: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        rest = &rest[unit_end..];
        let scale = match unit {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += n * scale;
    }
    if !total.is_finite() || total > 1e12 {
        return None;
    }
    Some(Duration::from_secs_f64(total))
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's
/// `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day, hour, minute, second) of Unix seconds, UTC.
fn civil(secs: i64) -> (i64, i64, i64, i64, i64, i64) {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// go-units `HumanDuration`: "Less than a second", "About a minute",
/// "3 hours", "2 weeks"...
pub fn human_duration(d: Duration) -> String {
    let seconds = d.as_secs();
    let minutes = seconds / 60;
    let hours = ((d.as_secs_f64() / 3600.0) + 0.5) as u64;
    if seconds < 1 {
        "Less than a second".into()
    } else if seconds == 1 {
        "1 second".into()
    } else if seconds < 60 {
        format!("{seconds} seconds")
    } else if minutes == 1 {
        "About a minute".into()
    } else if minutes < 60 {
        format!("{minutes} minutes")
    } else if hours == 1 {
        "About an hour".into()
    } else if hours < 48 {
        format!("{hours} hours")
    } else if hours < 24 * 7 * 2 {
        format!("{} days", hours / 24)
    } else if hours < 24 * 30 * 2 {
        format!("{} weeks", hours / 24 / 7)
    } else if hours < 24 * 365 * 2 {
        format!("{} months", hours / 24 / 30)
    } else {
        format!("{} years", seconds / 3600 / 24 / 365)
    }
}

/// "5 minutes ago", as docker's CREATED column.
pub fn ago(t: Timestamp) -> String {
    format!("{} ago", human_duration(t.elapsed()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        assert_eq!(
            Timestamp::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").map(|t| t.secs),
            Some(784_111_777)
        );
        for bad in [
            "",
            "Sun, 06 Nov 1994",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "x, 06 Nov 1994 08:49:37 UTC",
        ] {
            assert_eq!(Timestamp::parse_http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn round_trip_rfc3339() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2024-02-29T23:59:59.5Z",
            "2001-09-09T01:46:40.123456789Z",
            "1969-12-31T23:59:59Z",
        ] {
            let t = Timestamp::parse_rfc3339(s).unwrap();
            assert_eq!(t.rfc3339_nano(), s);
        }
        assert_eq!(Timestamp::zero().rfc3339_nano(), "0001-01-01T00:00:00Z");
        assert_eq!(
            Timestamp::parse_rfc3339("0001-01-01T00:00:00Z").unwrap(),
            Timestamp::zero()
        );
    }

    #[test]
    fn parse_offsets_and_garbage() {
        let t = Timestamp::parse_rfc3339("2024-01-01T02:00:00+02:00").unwrap();
        assert_eq!(t.rfc3339_nano(), "2024-01-01T00:00:00Z");
        assert!(Timestamp::parse_rfc3339("2024-13-01T00:00:00Z").is_none());
        assert!(Timestamp::parse_rfc3339("2023-02-29").is_none());
        assert!(Timestamp::parse_rfc3339("garbage").is_none());
        assert!(Timestamp::parse_rfc3339("2024-01-01T00:00:00Zjunk").is_none());
        assert!(Timestamp::parse_rfc3339("2024-01-01T00:00:00.Z").is_none());
        assert!(Timestamp::parse_rfc3339("").is_none());
        assert!(Timestamp::parse_rfc3339("२०२४-01-01").is_none());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_go_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("10"), None);
        assert_eq!(parse_go_duration("m"), None);
        assert_eq!(
            human_duration(Duration::from_millis(10)),
            "Less than a second"
        );
        assert_eq!(human_duration(Duration::from_secs(1)), "1 second");
        assert_eq!(human_duration(Duration::from_secs(61)), "About a minute");
        assert_eq!(human_duration(Duration::from_secs(3600 * 3)), "3 hours");
        assert_eq!(human_duration(Duration::from_secs(86400 * 3)), "3 days");
        assert_eq!(human_duration(Duration::from_secs(86400 * 20)), "2 weeks");
        assert_eq!(human_duration(Duration::from_secs(86400 * 800)), "2 years");
    }

    #[test]
    fn user_times() {
        assert_eq!(
            Timestamp::parse_user_time("1700000000.5").unwrap(),
            Timestamp {
                secs: 1_700_000_000,
                nanos: 500_000_000
            }
        );
        assert!(Timestamp::parse_user_time("10m").unwrap() < Timestamp::now());
        assert!(Timestamp::parse_user_time("nonsense").is_none());
    }
}

/// Go's `time.Duration.String()`: "0s", "1.5ms", "29.8µs", "4m39.028579s",
/// "1h2m3s".
pub fn go_duration(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns == 0 {
        return "0s".into();
    }
    let frac = |v: u128, unit: u128| {
        let whole = v / unit;
        let rest = v % unit;
        if rest == 0 {
            return whole.to_string();
        }
        let digits = unit.to_string().len() - 1;
        let s = format!("{rest:0digits$}");
        format!("{whole}.{}", s.trim_end_matches('0'))
    };
    if ns < 1_000 {
        return format!("{ns}ns");
    }
    if ns < 1_000_000 {
        return format!("{}µs", frac(ns, 1_000));
    }
    if ns < 1_000_000_000 {
        return format!("{}ms", frac(ns, 1_000_000));
    }
    let secs = ns / 1_000_000_000;
    let (h, m) = (secs / 3600, (secs / 60) % 60);
    let s = frac(ns % 60_000_000_000, 1_000_000_000);
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, m) => format!("{m}m{s}s"),
        (h, m) => format!("{h}h{m}m{s}s"),
    }
}

#[cfg(test)]
mod go_duration_tests {
    use super::*;

    #[test]
    fn formats_as_go() {
        assert_eq!(go_duration(Duration::ZERO), "0s");
        assert_eq!(go_duration(Duration::from_micros(29_800)), "29.8ms");
        assert_eq!(
            go_duration(Duration::from_micros(279_028_579)),
            "4m39.028579s"
        );
        assert_eq!(go_duration(Duration::from_secs(3723)), "1h2m3s");
        assert_eq!(go_duration(Duration::from_nanos(1500)), "1.5µs");
    }
}
