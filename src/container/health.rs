//! Healthchecks: what to run and how often (the image's HEALTHCHECK or the
//! `--health-*` flags), and what the results say (`starting → healthy →
//! unhealthy`), kept in the container's state. The container's monitor
//! runs the checks (`runtime::health`); `healthcheck run` runs one by hand.

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// docker's defaults.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_RETRIES: u32 = 3;
/// docker's default `--health-start-interval`.
pub const DEFAULT_START_INTERVAL: Duration = Duration::from_secs(5);
/// docker keeps this much of a check's output, and this many results.
pub const MAX_OUTPUT: usize = 4096;
pub const MAX_LOG: usize = 5;

/// What a container does when it turns unhealthy (podman's
/// `--health-on-failure`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnFailure {
    #[default]
    None,
    Kill,
    Restart,
    Stop,
}

impl OnFailure {
    pub fn parse(s: &str) -> Result<OnFailure> {
        Ok(match s {
            "" | "none" => OnFailure::None,
            "kill" => OnFailure::Kill,
            "restart" => OnFailure::Restart,
            "stop" => OnFailure::Stop,
            _ => bail!(
                "invalid on-failure action {s:?} for health check: supported actions are none,kill,restart,stop"
            ),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OnFailure::None => "none",
            OnFailure::Kill => "kill",
            OnFailure::Restart => "restart",
            OnFailure::Stop => "stop",
        }
    }
}

/// A container's healthcheck, durations in nanoseconds as docker's
/// config has them (0: unset, the default applies; an interval of 0 with
/// `interval_disabled` means no automatic checks).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthConfig {
    /// `["CMD", arg...]` or `["CMD-SHELL", script]`.
    pub test: Vec<String>,
    #[serde(default)]
    pub interval: u64,
    #[serde(default)]
    pub timeout: u64,
    #[serde(default)]
    pub start_period: u64,
    #[serde(default)]
    pub start_interval: u64,
    #[serde(default)]
    pub retries: u32,
    /// `--health-interval disable`: only `healthcheck run` checks.
    #[serde(default)]
    pub interval_disabled: bool,
    #[serde(default)]
    pub on_failure: OnFailure,
}

/// The `--health-*` flags as given.
#[derive(Clone, Debug, Default)]
pub struct HealthFlags {
    pub cmd: Option<String>,
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub retries: Option<u32>,
    pub start_period: Option<String>,
    pub start_interval: Option<String>,
    pub on_failure: Option<String>,
    pub none: bool,
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

/// A Go duration flag; podman's message when it is not one.
fn duration(flag: &str, v: &str) -> Result<Duration> {
    if v.trim_start().starts_with('-') {
        bail!("{flag} must be 0 seconds or greater");
    }
    crate::util::time::parse_go_duration(v)
        .ok_or_else(|| anyhow::anyhow!("invalid {flag}: time: invalid duration {v:?}"))
}

impl HealthConfig {
    /// The image's `Healthcheck` (docker's JSON); None for none or NONE.
    pub fn from_image(v: &serde_json::Value) -> Option<HealthConfig> {
        let test: Vec<String> = v["Test"]
            .as_array()?
            .iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect();
        let kind = test.first()?;
        if kind == "NONE" || !(kind == "CMD" || kind == "CMD-SHELL") || test.len() < 2 {
            return None;
        }
        let n = |k: &str| v[k].as_u64().unwrap_or(0);
        Some(HealthConfig {
            test,
            interval: n("Interval"),
            timeout: n("Timeout"),
            start_period: n("StartPeriod"),
            start_interval: n("StartInterval"),
            retries: u32::try_from(n("Retries")).unwrap_or(u32::MAX),
            interval_disabled: false,
            on_failure: OnFailure::None,
        })
    }

    /// The container's healthcheck: the flags over the image's; None when
    /// there is none (or `--no-healthcheck`, `--health-cmd none`).
    pub fn resolve(image: Option<&serde_json::Value>, f: &HealthFlags) -> Result<Option<Self>> {
        if f.none && f.cmd.is_some() {
            bail!("cannot specify both --no-healthcheck and --health-cmd");
        }
        let on_failure = OnFailure::parse(f.on_failure.as_deref().unwrap_or(""))?;
        let mut h = match f.cmd.as_deref().map(str::trim) {
            _ if f.none => return Ok(None),
            Some(c) if c.eq_ignore_ascii_case("none") => return Ok(None),
            Some("") => bail!("must define a healthcheck command for all containers"),
            Some(c) => {
                // podman: a JSON array is the exec form.
                let test = match serde_json::from_str::<Vec<String>>(c) {
                    Ok(v) if c.starts_with('[') && !v.is_empty() => {
                        if v[0] == "CMD" || v[0] == "CMD-SHELL" {
                            v
                        } else {
                            std::iter::once("CMD".to_string()).chain(v).collect()
                        }
                    }
                    _ => vec!["CMD-SHELL".to_string(), c.to_string()],
                };
                HealthConfig {
                    test,
                    ..Default::default()
                }
            }
            None => {
                let Some(h) = image.and_then(HealthConfig::from_image) else {
                    if on_failure != OnFailure::None {
                        bail!(
                            "cannot set on-failure action to {} without a health check",
                            on_failure.as_str()
                        );
                    }
                    return Ok(None);
                };
                h
            }
        };
        if let Some(v) = &f.interval {
            if v == "disable" {
                h.interval = 0;
                h.interval_disabled = true;
            } else {
                h.interval = nanos(duration("healthcheck-interval", v)?);
            }
        }
        if let Some(v) = &f.timeout {
            let d = duration("healthcheck-timeout", v)?;
            if d.is_zero() {
                bail!("healthcheck-timeout must be at least 1 second");
            }
            h.timeout = nanos(d);
        }
        if let Some(v) = &f.start_period {
            h.start_period = nanos(duration("healthcheck-start-period", v)?);
        }
        if let Some(v) = &f.start_interval {
            h.start_interval = nanos(duration("healthcheck-start-interval", v)?);
        }
        if let Some(r) = f.retries {
            if r == 0 {
                bail!("healthcheck-retries must be greater than 0");
            }
            h.retries = r;
        }
        // podman writes the defaults into the config.
        if h.interval == 0 && !h.interval_disabled {
            h.interval = nanos(DEFAULT_INTERVAL);
        }
        if h.timeout == 0 {
            h.timeout = nanos(DEFAULT_TIMEOUT);
        }
        if h.retries == 0 {
            h.retries = DEFAULT_RETRIES;
        }
        h.on_failure = on_failure;
        Ok(Some(h))
    }

    /// The process to run: `CMD-SHELL` through `/bin/sh -c`.
    pub fn command(&self) -> Vec<String> {
        match self.test.split_first() {
            Some((k, rest)) if k == "CMD-SHELL" => {
                vec!["/bin/sh".into(), "-c".into(), rest.join(" ")]
            }
            Some((_, rest)) => rest.to_vec(),
            None => Vec::new(),
        }
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_nanos(if self.timeout == 0 {
            nanos(DEFAULT_TIMEOUT)
        } else {
            self.timeout
        })
    }

    /// How long until the next automatic check, `since_start` after the
    /// container started; None when checks only run by hand.
    pub fn next_interval(&self, since_start: Duration) -> Option<Duration> {
        if self.interval_disabled {
            return None;
        }
        let interval = Duration::from_nanos(self.interval.max(1));
        if since_start < Duration::from_nanos(self.start_period) {
            let si = if self.start_interval == 0 {
                DEFAULT_START_INTERVAL
            } else {
                Duration::from_nanos(self.start_interval)
            };
            return Some(si.min(interval));
        }
        Some(interval)
    }

    /// docker's `Config.Healthcheck` (podman's key order).
    pub fn docker_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({ "Test": self.test });
        if self.start_period > 0 {
            v["StartPeriod"] = self.start_period.into();
        }
        if self.start_interval > 0 {
            v["StartInterval"] = self.start_interval.into();
        }
        if self.interval > 0 {
            v["Interval"] = self.interval.into();
        }
        v["Timeout"] = self.timeout.into();
        v["Retries"] = self.retries.into();
        v
    }
}

/// docker's health states.
pub const STARTING: &str = "starting";
pub const HEALTHY: &str = "healthy";
pub const UNHEALTHY: &str = "unhealthy";

/// One check's result (docker's `State.Health.Log` entry).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthResult {
    #[serde(rename = "Start")]
    pub start: String,
    #[serde(rename = "End")]
    pub end: String,
    #[serde(rename = "ExitCode")]
    pub exit_code: i32,
    #[serde(rename = "Output")]
    pub output: String,
}

/// `State.Health`, kept in the container's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    #[serde(rename = "Status")]
    pub status: String,
    #[serde(rename = "FailingStreak")]
    pub failing_streak: u32,
    #[serde(rename = "Log")]
    pub log: Vec<HealthResult>,
}

impl Health {
    /// A started container's: starting, the earlier results kept.
    pub fn restart(&mut self) {
        self.status = STARTING.into();
        self.failing_streak = 0;
    }

    /// Add a result; `in_start_period`: failures do not count yet (docker:
    /// until a check has passed). Returns whether the status changed.
    pub fn record(
        &mut self,
        r: HealthResult,
        config: &HealthConfig,
        in_start_period: bool,
    ) -> bool {
        let before = self.status.clone();
        if r.exit_code == 0 {
            self.failing_streak = 0;
            self.status = HEALTHY.into();
        } else if !(in_start_period && self.status != HEALTHY) {
            self.failing_streak += 1;
            if self.failing_streak >= config.retries.max(1) {
                self.status = UNHEALTHY.into();
            }
        }
        if self.status.is_empty() {
            self.status = STARTING.into();
        }
        self.log.push(r);
        if self.log.len() > MAX_LOG {
            let extra = self.log.len() - MAX_LOG;
            self.log.drain(..extra);
        }
        self.status != before
    }
}

/// `output` cut to what docker keeps (at a character boundary).
pub fn clip_output(output: &[u8]) -> String {
    let s = String::from_utf8_lossy(output);
    if s.len() <= MAX_OUTPUT {
        return s.into_owned();
    }
    let mut end = MAX_OUTPUT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(cmd: &str) -> HealthFlags {
        HealthFlags {
            cmd: Some(cmd.into()),
            ..Default::default()
        }
    }

    #[test]
    fn flags_over_the_image() {
        let image = serde_json::json!({"Test": ["CMD", "true"], "Interval": 1_000_000_000u64, "Retries": 5});
        let h = HealthConfig::resolve(Some(&image), &HealthFlags::default())
            .unwrap()
            .unwrap();
        assert_eq!(h.test, ["CMD", "true"]);
        assert_eq!((h.interval, h.retries), (1_000_000_000, 5));
        assert_eq!(h.timeout, 30_000_000_000);
        let h = HealthConfig::resolve(Some(&image), &flags("test -f /ok"))
            .unwrap()
            .unwrap();
        assert_eq!(h.command(), ["/bin/sh", "-c", "test -f /ok"]);
        assert_eq!(h.retries, 3);
        let h = HealthConfig::resolve(None, &flags(r#"["/bin/true","x"]"#))
            .unwrap()
            .unwrap();
        assert_eq!(h.test, ["CMD", "/bin/true", "x"]);
        assert!(
            HealthConfig::resolve(Some(&image), &flags("none"))
                .unwrap()
                .is_none()
        );
        let none = HealthFlags {
            none: true,
            ..Default::default()
        };
        assert!(
            HealthConfig::resolve(Some(&image), &none)
                .unwrap()
                .is_none()
        );
        let nonejson = serde_json::json!({"Test": ["NONE"]});
        assert!(
            HealthConfig::resolve(Some(&nonejson), &HealthFlags::default())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn bad_flags_are_refused_with_podmans_messages() {
        let mut f = flags("true");
        f.retries = Some(0);
        let e = HealthConfig::resolve(None, &f).unwrap_err().to_string();
        assert_eq!(e, "healthcheck-retries must be greater than 0");
        let mut f = flags("true");
        f.start_period = Some("-1s".into());
        let e = HealthConfig::resolve(None, &f).unwrap_err().to_string();
        assert_eq!(e, "healthcheck-start-period must be 0 seconds or greater");
        let mut f = flags("true");
        f.interval = Some("foo".into());
        let e = HealthConfig::resolve(None, &f).unwrap_err().to_string();
        assert_eq!(
            e,
            "invalid healthcheck-interval: time: invalid duration \"foo\""
        );
        let mut f = flags("true");
        f.on_failure = Some("foo".into());
        assert!(HealthConfig::resolve(None, &f).is_err());
        let mut f = flags("true");
        f.none = true;
        assert!(HealthConfig::resolve(None, &f).is_err());
    }

    #[test]
    fn status_goes_starting_healthy_unhealthy() {
        let c = HealthConfig {
            test: vec!["CMD".into(), "x".into()],
            retries: 2,
            ..Default::default()
        };
        let mut h = Health::default();
        h.restart();
        let fail = HealthResult {
            exit_code: 1,
            ..Default::default()
        };
        let ok = HealthResult::default();
        // A failure in the start period does not count.
        assert!(!h.record(fail.clone(), &c, true));
        assert_eq!((h.status.as_str(), h.failing_streak), (STARTING, 0));
        assert!(!h.record(fail.clone(), &c, false));
        assert_eq!(h.failing_streak, 1);
        assert!(h.record(fail.clone(), &c, false));
        assert_eq!(h.status, UNHEALTHY);
        assert!(h.record(ok.clone(), &c, false));
        assert_eq!((h.status.as_str(), h.failing_streak), (HEALTHY, 0));
        // Once healthy, failures count even in the start period.
        h.record(fail.clone(), &c, true);
        assert_eq!(h.failing_streak, 1);
        for _ in 0..10 {
            h.record(ok.clone(), &c, false);
        }
        assert_eq!(h.log.len(), MAX_LOG);
    }

    #[test]
    fn intervals() {
        let c = HealthConfig {
            interval: 30_000_000_000,
            start_period: 10_000_000_000,
            start_interval: 1_000_000_000,
            ..Default::default()
        };
        assert_eq!(
            c.next_interval(Duration::ZERO),
            Some(Duration::from_secs(1))
        );
        assert_eq!(
            c.next_interval(Duration::from_secs(11)),
            Some(Duration::from_secs(30))
        );
        let d = HealthConfig {
            interval_disabled: true,
            ..c
        };
        assert_eq!(d.next_interval(Duration::ZERO), None);
        assert_eq!(clip_output(&[b'a'; 5000]).len(), MAX_OUTPUT);
    }
}
