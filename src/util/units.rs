//! Sizes as docker prints and parses them (go-units).

/// go-units `HumanSizeWithPrecision(size, 3)` as podman vendors it
/// (v0.5): decimal units, three significant digits, Go's `%g` rules, a
/// space before the unit ("4.26 MB", "123 B", "1e+03 kB").
pub fn human_size(size: u64) -> String {
    human_size_prec(size as f64, 3)
}

/// go-units `HumanSize` as podman 4.3 vendors it: four significant
/// digits, no space ("2.141MB", "0B"), as `stats` and `system df` print.
pub fn human_size_compact(size: u64) -> String {
    human_size4(size).replace(' ', "")
}

/// `HumanSizeWithPrecision(size, 4)`, used by docker for VirtualSize.
pub fn human_size4(size: u64) -> String {
    human_size_prec(size as f64, 4)
}

fn human_size_prec(mut size: f64, precision: usize) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    let mut i = 0;
    while size >= 1000.0 && i < UNITS.len() - 1 {
        size /= 1000.0;
        i += 1;
    }
    format!("{} {}", format_g(size, precision), UNITS[i])
}

/// Go's `%.*g`: `precision` significant digits, exponent form when the
/// exponent is < -4 or >= precision, trailing zeros removed.
pub fn format_g(v: f64, precision: usize) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let p = precision.max(1);
    // Round to p significant digits first, then decide on the form by the
    // exponent of the rounded value (as Go's strconv does).
    let sci = format!("{:.*e}", p - 1, v);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= p as i32 {
        let m = trim_zeros(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{v:.decimals$}")).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// go-units `RAMInBytes`/`FromHumanSize` for flags like `--memory 512m`,
/// `--shm-size 64m`, `tmpfs size=1g`: binary multiples for k/m/g/t/p (with
/// or without a trailing `b`/`ib`), plain numbers are bytes.
pub fn parse_size(s: &str) -> Option<u64> {
    let t = s.trim().to_ascii_lowercase();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().ok()?;
    let mult: u64 = match unit.trim() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        "p" | "pb" | "pib" => 1 << 50,
        _ => return None,
    };
    let v = n * mult as f64;
    if !v.is_finite() || v < 0.0 || v > u64::MAX as f64 {
        return None;
    }
    Some(v as u64)
}

/// go-units `BytesSize`: binary units ("23.4GiB"), as `docker info` prints
/// total memory.
pub fn human_size_binary(size: u64) -> String {
    const UNITS: [&str; 9] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
    let mut s = size as f64;
    let mut i = 0;
    while s >= 1024.0 && i < UNITS.len() - 1 {
        s /= 1024.0;
        i += 1;
    }
    format!("{}{}", format_g(s, 4), UNITS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes_match_go_units() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(123), "123 B");
        assert_eq!(human_size(1000), "1 kB");
        assert_eq!(human_size(2_140_160), "2.14 MB");
        assert_eq!(human_size(4_261_234), "4.26 MB");
        assert_eq!(human_size(999_999), "1e+03 kB");
        assert_eq!(human_size(77_800_000), "77.8 MB");
        assert_eq!(human_size4(4_261_234), "4.261 MB");
    }

    #[test]
    fn parse_sizes() {
        assert_eq!(parse_size("512m"), Some(512 << 20));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("1.5k"), Some(1536));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("-1"), None);
    }
}
