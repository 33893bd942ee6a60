//! The syslog driver's lines, exactly as docker's (its `syslog` driver on
//! RackSec's srslog): priority = facility * 8 + severity (6 for stdout, 3
//! for stderr), the monitor's pid where docker puts the daemon's, local
//! time, every message ending in a newline; streams (unix, tcp) carry them
//! unframed, as docker does without TLS.

use super::options::SyslogFormat;
use crate::util::time::Timestamp;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// (year, month, day, hour, minute, second) of `secs` (already shifted to
/// the zone).
fn civil(secs: i64) -> (i64, usize, i64, i64, i64, i64) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (
        y,
        usize::try_from(m - 1).unwrap_or(0),
        d,
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60,
    )
}

/// Go's `Z07:00`.
fn zone(offset: i64) -> String {
    if offset == 0 {
        return "Z".into();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let o = offset.unsigned_abs();
    format!("{sign}{:02}:{:02}", o / 3600, (o % 3600) / 60)
}

/// One message. `offset` is the local zone's offset from UTC in seconds.
#[allow(clippy::too_many_arguments)]
pub fn format(
    fmt: SyslogFormat,
    priority: u8,
    now: Timestamp,
    offset: i64,
    hostname: &str,
    tag: &str,
    pid: u32,
    msg: &[u8],
) -> Vec<u8> {
    let (y, mo, d, h, mi, s) = civil(now.secs + offset);
    // Go's time.Stamp: "Jan _2 15:04:05".
    let stamp = format!("{} {d:>2} {h:02}:{mi:02}:{s:02}", MONTHS[mo]);
    let head = match fmt {
        SyslogFormat::Unix => format!("<{priority}>{stamp} {tag}[{pid}]: "),
        SyslogFormat::Rfc3164 => format!("<{priority}>{stamp} {hostname} {tag}[{pid}]: "),
        SyslogFormat::Rfc5424 | SyslogFormat::Rfc5424Micro => {
            let frac = if fmt == SyslogFormat::Rfc5424Micro {
                format!(".{:06}", now.nanos / 1000)
            } else {
                String::new()
            };
            format!(
                "<{priority}>1 {y:04}-{:02}-{d:02}T{h:02}:{mi:02}:{s:02}{frac}{} {hostname} {tag} {pid} {tag} - ",
                mo + 1,
                zone(offset)
            )
        }
    };
    let mut out = head.into_bytes();
    out.extend_from_slice(msg);
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Timestamp {
        // 2024-03-05T07:08:09.123456789Z
        let mut t = Timestamp::parse_rfc3339("2024-03-05T07:08:09.123456789Z").unwrap();
        t.nanos = 123_456_789;
        t
    }

    #[test]
    fn docker_line_formats() {
        let f = |fmt, off| {
            String::from_utf8(format(fmt, 30, t(), off, "host", "abc", 42, b"hello")).unwrap()
        };
        assert_eq!(
            f(SyslogFormat::Unix, 0),
            "<30>Mar  5 07:08:09 abc[42]: hello\n"
        );
        assert_eq!(
            f(SyslogFormat::Rfc3164, 0),
            "<30>Mar  5 07:08:09 host abc[42]: hello\n"
        );
        assert_eq!(
            f(SyslogFormat::Rfc5424, 0),
            "<30>1 2024-03-05T07:08:09Z host abc 42 abc - hello\n"
        );
        assert_eq!(
            f(SyslogFormat::Rfc5424Micro, 0),
            "<30>1 2024-03-05T07:08:09.123456Z host abc 42 abc - hello\n"
        );
        assert_eq!(
            f(SyslogFormat::Rfc5424, 3600 + 1800),
            "<30>1 2024-03-05T08:38:09+01:30 host abc 42 abc - hello\n"
        );
        assert_eq!(
            f(SyslogFormat::Rfc3164, -7200),
            "<30>Mar  5 05:08:09 host abc[42]: hello\n"
        );
        assert_eq!(civil(0), (1970, 0, 1, 0, 0, 0));
    }
}
