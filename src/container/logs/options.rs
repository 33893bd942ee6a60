//! `--log-driver` and `--log-opt`: which drivers exist, which options each
//! takes (docker's lists), and their values checked at create, so that a
//! monitor never meets a bad one. Also docker's `tag` templates.

use anyhow::{Result, anyhow, bail};
use std::collections::BTreeMap;
use std::time::Duration;

/// The drivers skiff has.
pub const DRIVERS: &[&str] = &[
    "json-file",
    "k8s-file",
    "journald",
    "syslog",
    "fluentd",
    "none",
    "passthrough",
];

/// docker's default tag template (`loggerutils.DefaultTemplate`).
pub const DEFAULT_TAG: &str = "{{.ID}}";

/// What docker calls "extra attributes": `labels`, `env` and their
/// regex forms, accepted by every driver that sends records.
const EXTRA_OPTS: &[&str] = &["labels", "labels-regex", "env", "env-regex"];

fn allowed(driver: &str) -> &'static [&'static str] {
    match driver {
        "json-file" => &["max-size", "max-file", "compress", "tag"],
        "k8s-file" => &["max-size", "max-file", "tag"],
        "journald" => &["tag"],
        "syslog" => &[
            "syslog-address",
            "syslog-facility",
            "syslog-format",
            "syslog-tls-ca-cert",
            "syslog-tls-cert",
            "syslog-tls-key",
            "syslog-tls-skip-verify",
            "tag",
        ],
        "fluentd" => &[
            "fluentd-address",
            "fluentd-async",
            "fluentd-async-connect",
            "fluentd-buffer-limit",
            "fluentd-retry-wait",
            "fluentd-max-retries",
            "fluentd-sub-second-precision",
            "fluentd-request-ack",
            "tag",
        ],
        _ => &[],
    }
}

/// Where a network driver sends its messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// A stream socket (`unix://`).
    Unix(std::path::PathBuf),
    /// A datagram socket (`unixgram://`).
    Unixgram(std::path::PathBuf),
    Tcp(String),
    Udp(String),
    /// syslog's default: the local `/dev/log` (datagram, else stream).
    Local,
}

/// syslog's line formats (`syslog-format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyslogFormat {
    /// docker's default: `<PRI>Mmm dd hh:mm:ss TAG[PID]: MSG`.
    Unix,
    Rfc3164,
    Rfc5424,
    Rfc5424Micro,
}

/// A driver's options, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Settings {
    File {
        k8s: bool,
        max_size: Option<u64>,
        max_file: u32,
        compress: bool,
    },
    Journald,
    Syslog {
        address: Address,
        facility: u8,
        format: SyslogFormat,
    },
    Fluentd {
        address: Address,
        buffer_limit: usize,
        retry_wait: Duration,
        max_retries: u64,
        sub_second: bool,
    },
    None,
    Passthrough,
}

/// The checked options of one container's driver.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub settings: Settings,
    /// The `tag` template (docker's default when not given).
    pub tag: String,
}

/// Parse `KEY=VALUE` options (`--log-opt`, repeatable) into a map; the
/// last of a key wins (docker).
pub fn parse_pairs(opts: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for o in opts {
        let Some((k, v)) = o.split_once('=') else {
            bail!("invalid log option {o:?}: must be KEY=VALUE");
        };
        if k.is_empty() {
            bail!("invalid log option {o:?}: must be KEY=VALUE");
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

fn size(v: &str) -> Result<u64> {
    crate::util::units::parse_size(v).ok_or_else(|| anyhow!("invalid size: '{v}'"))
}

fn boolean(key: &str, v: &str) -> Result<bool> {
    // Go's strconv.ParseBool.
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(false),
        _ => bail!("invalid value {v:?} for log option {key}: not a boolean"),
    }
}

/// docker's `syslog-facility` names (or a number 0-23).
pub fn facility(name: &str) -> Option<u8> {
    const NAMES: &[(&str, u8)] = &[
        ("kern", 0),
        ("user", 1),
        ("mail", 2),
        ("daemon", 3),
        ("auth", 4),
        ("syslog", 5),
        ("lpr", 6),
        ("news", 7),
        ("uucp", 8),
        ("cron", 9),
        ("authpriv", 10),
        ("ftp", 11),
        ("local0", 16),
        ("local1", 17),
        ("local2", 18),
        ("local3", 19),
        ("local4", 20),
        ("local5", 21),
        ("local6", 22),
        ("local7", 23),
    ];
    if let Some((_, n)) = NAMES.iter().find(|(n, _)| *n == name) {
        return Some(*n);
    }
    name.parse::<u8>().ok().filter(|n| *n <= 23)
}

/// `host:port` with a default port; `[v6]:port` kept as it is.
fn host_port(s: &str, default_port: u16) -> Result<String> {
    if s.is_empty() {
        bail!("missing host");
    }
    let has_port = if s.starts_with('[') {
        s.contains("]:")
    } else {
        s.contains(':')
    };
    let hp = if has_port {
        s.to_string()
    } else {
        format!("{s}:{default_port}")
    };
    let port = hp.rsplit(':').next().unwrap_or_default();
    if port.parse::<u16>().is_err() {
        bail!("invalid port {port:?}");
    }
    Ok(hp)
}

fn syslog_address(v: &str) -> Result<Address> {
    let bad = |why: &str| anyhow!("invalid syslog-address {v:?}: {why}");
    if v.is_empty() {
        return Ok(Address::Local);
    }
    let Some((scheme, rest)) = v.split_once("://") else {
        return Err(bad(
            "must be unix://, unixgram://, tcp:// or udp:// followed by an address",
        ));
    };
    Ok(match scheme {
        "unix" | "unixgram" if rest.starts_with('/') => {
            let p = std::path::PathBuf::from(rest);
            if scheme == "unix" {
                Address::Unix(p)
            } else {
                Address::Unixgram(p)
            }
        }
        "unix" | "unixgram" => return Err(bad("the socket path must be absolute")),
        "tcp" => Address::Tcp(host_port(rest, 514).map_err(|e| bad(&e.to_string()))?),
        "udp" => Address::Udp(host_port(rest, 514).map_err(|e| bad(&e.to_string()))?),
        "tcp+tls" => return Err(bad("tcp+tls is not supported by skiff")),
        _ => return Err(bad(&format!("unsupported scheme {scheme:?}"))),
    })
}

fn fluentd_address(v: &str) -> Result<Address> {
    let bad = |why: &str| anyhow!("invalid fluentd-address {v:?}: {why}");
    if v.is_empty() {
        return Ok(Address::Tcp("127.0.0.1:24224".into()));
    }
    if let Some(p) = v.strip_prefix("unix://") {
        if !p.starts_with('/') {
            return Err(bad("the socket path must be absolute"));
        }
        return Ok(Address::Unix(p.into()));
    }
    let rest = match v.split_once("://") {
        Some(("tcp", r)) => r,
        Some((s, _)) => return Err(bad(&format!("unsupported scheme {s:?}"))),
        None => v,
    };
    Ok(Address::Tcp(
        host_port(rest, 24224).map_err(|e| bad(&e.to_string()))?,
    ))
}

/// Check a driver and its options; an error names the first problem in
/// docker's words.
pub fn parse(driver: &str, opts: &BTreeMap<String, String>) -> Result<Parsed> {
    if !DRIVERS.contains(&driver) {
        bail!(
            "unsupported log driver {driver:?} (json-file, k8s-file, journald, syslog, fluentd, none, passthrough)"
        );
    }
    let ok = allowed(driver);
    let sends = !matches!(driver, "none" | "passthrough");
    for k in opts.keys() {
        if !(ok.contains(&k.as_str()) || sends && EXTRA_OPTS.contains(&k.as_str())) {
            bail!("unknown log opt '{k}' for {driver} log driver");
        }
    }
    for k in ["labels-regex", "env-regex"] {
        if let Some(v) = opts.get(k) {
            regex::Regex::new(v).map_err(|e| anyhow!("invalid {k} {v:?}: {e}"))?;
        }
    }
    let get = |k: &str| opts.get(k).map(String::as_str);
    let tag = get("tag").unwrap_or(DEFAULT_TAG).to_string();
    check_tag(&tag)?;
    let settings = match driver {
        "json-file" | "k8s-file" => {
            let max_size = get("max-size").map(size).transpose()?.filter(|n| *n > 0);
            let max_file = match get("max-file") {
                None => 1,
                Some(v) => {
                    let n: i64 = v
                        .parse()
                        .map_err(|_| anyhow!("invalid max-file {v:?}: not a number"))?;
                    if n < 1 {
                        bail!("max-file cannot be less than 1");
                    }
                    u32::try_from(n.min(1000)).unwrap_or(1000)
                }
            };
            let compress = get("compress")
                .map(|v| boolean("compress", v))
                .transpose()?
                .unwrap_or(false);
            if compress && (max_file < 2 || max_size.is_none()) {
                bail!(
                    "compress cannot be true when max-file is less than 2 or max-size is not set"
                );
            }
            Settings::File {
                k8s: driver == "k8s-file",
                max_size,
                max_file,
                compress,
            }
        }
        "journald" => Settings::Journald,
        "syslog" => {
            for k in ["syslog-tls-ca-cert", "syslog-tls-cert", "syslog-tls-key"] {
                if opts.contains_key(k) {
                    bail!("log opt '{k}': syslog over TLS is not supported by skiff");
                }
            }
            if let Some(v) = get("syslog-tls-skip-verify") {
                boolean("syslog-tls-skip-verify", v)?;
            }
            let address = syslog_address(get("syslog-address").unwrap_or(""))?;
            let facility = match get("syslog-facility") {
                None => 3,
                Some(f) => facility(f).ok_or_else(|| anyhow!("invalid syslog facility {f:?}"))?,
            };
            let format = match get("syslog-format").unwrap_or("") {
                "" => SyslogFormat::Unix,
                "rfc3164" => SyslogFormat::Rfc3164,
                "rfc5424" => SyslogFormat::Rfc5424,
                "rfc5424micro" => SyslogFormat::Rfc5424Micro,
                f => bail!("invalid syslog format: {f:?}"),
            };
            Settings::Syslog {
                address,
                facility,
                format,
            }
        }
        "fluentd" => {
            let address = fluentd_address(get("fluentd-address").unwrap_or(""))?;
            for k in [
                "fluentd-async",
                "fluentd-async-connect",
                "fluentd-request-ack",
            ] {
                if let Some(v) = get(k) {
                    boolean(k, v)?;
                }
            }
            let sub_second = get("fluentd-sub-second-precision")
                .map(|v| boolean("fluentd-sub-second-precision", v))
                .transpose()?
                .unwrap_or(false);
            let buffer_limit = match get("fluentd-buffer-limit") {
                None => DEFAULT_BUFFER,
                Some(v) => usize::try_from(size(v)?).unwrap_or(usize::MAX).max(1),
            };
            let retry_wait = match get("fluentd-retry-wait") {
                None => Duration::from_secs(1),
                Some(v) => crate::util::time::parse_go_duration(v)
                    .ok_or_else(|| anyhow!("invalid fluentd-retry-wait {v:?}: not a duration"))?,
            };
            let max_retries = match get("fluentd-max-retries") {
                None => u64::from(i32::MAX as u32),
                Some(v) => v.parse().map_err(|_| {
                    anyhow!("invalid fluentd-max-retries {v:?}: not a non-negative number")
                })?,
            };
            Settings::Fluentd {
                address,
                buffer_limit,
                retry_wait,
                max_retries,
                sub_second,
            }
        }
        "none" => Settings::None,
        _ => Settings::Passthrough,
    };
    Ok(Parsed { settings, tag })
}

/// What a network driver may hold in memory while its peer is away.
pub const DEFAULT_BUFFER: usize = 1024 * 1024;

/// What tag templates are expanded from.
#[derive(Clone, Debug, Default)]
pub struct TagInfo {
    pub id: String,
    pub name: String,
    pub image_name: String,
    /// `sha256:<hex>`.
    pub image_id: String,
}

const FIELDS: &[&str] = &[
    "ID",
    "FullID",
    "Name",
    "ImageName",
    "ImageID",
    "ImageFullID",
    "DaemonName",
];

fn field(name: &str, i: &TagInfo) -> Option<String> {
    let short = |s: &str| s.chars().take(12).collect::<String>();
    Some(match name {
        "ID" => short(&i.id),
        "FullID" => i.id.clone(),
        "Name" => i.name.trim_start_matches('/').to_string(),
        "ImageName" => i.image_name.clone(),
        "ImageID" => short(i.image_id.strip_prefix("sha256:").unwrap_or(&i.image_id)),
        "ImageFullID" => i.image_id.clone(),
        "DaemonName" => "skiff".to_string(),
        _ => return None,
    })
}

/// Expand `{{.Field}}` actions (docker's `logger.Info` fields that skiff
/// has); anything else in braces is an error.
pub fn render_tag(tmpl: &str, info: &TagInfo) -> Result<String> {
    let mut out = String::new();
    let mut rest = tmpl;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            bail!("invalid tag template {tmpl:?}: unclosed action");
        };
        let action = after[..end]
            .trim()
            .trim_start_matches('-')
            .trim_end_matches('-');
        let action = action.trim();
        let value = action
            .strip_prefix('.')
            .and_then(|f| field(f, info))
            .ok_or_else(|| {
                anyhow!(
                    "invalid tag template {tmpl:?}: {{{{{action}}}}} is not one of {}",
                    FIELDS
                        .iter()
                        .map(|f| format!("{{{{.{f}}}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
        out.push_str(&value);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn check_tag(tmpl: &str) -> Result<()> {
    render_tag(tmpl, &TagInfo::default()).map(|_| ())
}

/// docker's extra attributes: the `labels`/`env` options pick container
/// labels and environment variables (by name, or by regex) to send along.
pub fn extra_attributes(
    opts: &BTreeMap<String, String>,
    labels: &BTreeMap<String, String>,
    env: &[String],
) -> Vec<(String, String)> {
    let mut out = BTreeMap::new();
    let names = |k: &str| -> Vec<String> {
        opts.get(k)
            .map(|v| {
                v.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let re = |k: &str| opts.get(k).and_then(|v| regex::Regex::new(v).ok());
    let envs: Vec<(&str, &str)> = env.iter().filter_map(|e| e.split_once('=')).collect();
    for n in names("labels") {
        if let Some(v) = labels.get(&n) {
            out.insert(n, v.clone());
        }
    }
    if let Some(r) = re("labels-regex") {
        for (k, v) in labels {
            if r.is_match(k) {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    for n in names("env") {
        if let Some((_, v)) = envs.iter().find(|(k, _)| *k == n) {
            out.insert(n, (*v).to_string());
        }
    }
    if let Some(r) = re("env-regex") {
        for (k, v) in &envs {
            if r.is_match(k) {
                out.insert((*k).to_string(), (*v).to_string());
            }
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[&str]) -> BTreeMap<String, String> {
        parse_pairs(&pairs.iter().map(ToString::to_string).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn file_options() {
        let p = parse(
            "json-file",
            &opts(&["max-size=10k", "max-file=3", "compress=true"]),
        )
        .unwrap();
        assert_eq!(
            p.settings,
            Settings::File {
                k8s: false,
                max_size: Some(10 * 1024),
                max_file: 3,
                compress: true
            }
        );
        assert_eq!(p.tag, DEFAULT_TAG);
        let err = |d: &str, o: &[&str]| format!("{:#}", parse(d, &opts(o)).unwrap_err());
        assert_eq!(err("json-file", &["max-size=abc"]), "invalid size: 'abc'");
        assert_eq!(
            err("json-file", &["max-file=0"]),
            "max-file cannot be less than 1"
        );
        assert!(err("json-file", &["max-size=1m", "compress=true"]).contains("compress"));
        assert_eq!(
            err("json-file", &["bogus=1"]),
            "unknown log opt 'bogus' for json-file log driver"
        );
        assert_eq!(
            err("k8s-file", &["compress=true"]),
            "unknown log opt 'compress' for k8s-file log driver"
        );
        assert_eq!(
            err("none", &["tag=x"]),
            "unknown log opt 'tag' for none log driver"
        );
        assert!(err("gelf", &[]).starts_with("unsupported log driver \"gelf\""));
        assert!(parse_pairs(&["novalue".to_string()]).is_err());
    }

    #[test]
    fn network_options() {
        let p = parse(
            "syslog",
            &opts(&[
                "syslog-address=udp://127.0.0.1:5514",
                "syslog-facility=local3",
                "syslog-format=rfc5424micro",
            ]),
        )
        .unwrap();
        assert_eq!(
            p.settings,
            Settings::Syslog {
                address: Address::Udp("127.0.0.1:5514".into()),
                facility: 19,
                format: SyslogFormat::Rfc5424Micro
            }
        );
        let p = parse("syslog", &opts(&["syslog-address=tcp://localhost"])).unwrap();
        assert!(
            matches!(p.settings, Settings::Syslog { address: Address::Tcp(a), .. } if a == "localhost:514")
        );
        for bad in [
            "syslog-address=http://x",
            "syslog-address=unix://relative",
            "syslog-facility=nope",
            "syslog-format=rfc9999",
            "syslog-address=tcp://host:notaport",
        ] {
            assert!(parse("syslog", &opts(&[bad])).is_err(), "{bad}");
        }
        let p = parse(
            "fluentd",
            &opts(&[
                "fluentd-address=unix:///run/f.sock",
                "fluentd-buffer-limit=2m",
                "fluentd-retry-wait=250ms",
                "fluentd-max-retries=3",
                "fluentd-async=true",
            ]),
        )
        .unwrap();
        assert_eq!(
            p.settings,
            Settings::Fluentd {
                address: Address::Unix("/run/f.sock".into()),
                buffer_limit: 2 << 20,
                retry_wait: Duration::from_millis(250),
                max_retries: 3,
                sub_second: false,
            }
        );
        let p = parse("fluentd", &BTreeMap::new()).unwrap();
        assert!(
            matches!(p.settings, Settings::Fluentd { address: Address::Tcp(a), .. } if a == "127.0.0.1:24224")
        );
        let p = parse("fluentd", &opts(&["fluentd-address=example:1234"])).unwrap();
        assert!(
            matches!(p.settings, Settings::Fluentd { address: Address::Tcp(a), .. } if a == "example:1234")
        );
        for bad in [
            "fluentd-async=maybe",
            "fluentd-retry-wait=soon",
            "fluentd-max-retries=-1",
            "fluentd-buffer-limit=lots",
            "fluentd-address=udp://x:1",
        ] {
            assert!(parse("fluentd", &opts(&[bad])).is_err(), "{bad}");
        }
        assert!(parse("journald", &opts(&["labels=a,b", "env-regex=^X"])).is_ok());
        assert!(parse("journald", &opts(&["env-regex=("])).is_err());
    }

    #[test]
    fn tag_templates() {
        let info = TagInfo {
            id: "0123456789abcdef0123".into(),
            name: "web".into(),
            image_name: "busybox".into(),
            image_id: "sha256:fedcba9876543210aa".into(),
        };
        assert_eq!(render_tag(DEFAULT_TAG, &info).unwrap(), "0123456789ab");
        assert_eq!(
            render_tag(
                "{{.DaemonName}}/{{.Name}}/{{ .ImageName }}/{{.ImageID}}/{{.FullID}}",
                &info
            )
            .unwrap(),
            "skiff/web/busybox/fedcba987654/0123456789abcdef0123"
        );
        assert_eq!(
            render_tag("{{.ImageFullID}}", &info).unwrap(),
            "sha256:fedcba9876543210aa"
        );
        assert_eq!(render_tag("plain", &info).unwrap(), "plain");
        assert!(render_tag("{{.Bad}}", &info).is_err());
        assert!(render_tag("{{.ID", &info).is_err());
        assert!(parse("journald", &opts(&["tag={{.Nope}}"])).is_err());
    }

    #[test]
    fn extra_attributes_pick_labels_and_env() {
        let labels: BTreeMap<String, String> =
            [("a".into(), "1".into()), ("b".into(), "2".into())].into();
        let env = vec!["X_1=one".to_string(), "Y=two".to_string()];
        let got = extra_attributes(&opts(&["labels=a,zz", "env-regex=^X"]), &labels, &env);
        assert_eq!(
            got,
            vec![
                ("X_1".to_string(), "one".to_string()),
                ("a".to_string(), "1".to_string())
            ]
        );
    }
}
