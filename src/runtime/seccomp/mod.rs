//! Seccomp profiles in docker's JSON format, resolved for a container's
//! capabilities and the host architecture, and compiled to BPF.
//!
//! The default profile (`default.json`, written in the same format) allows
//! what docker's default profile allows, with podman's default action:
//! ENOSYS instead of EPERM, so that libc falls back from system calls the
//! profile does not know (clone3 on older libcs).

pub mod bpf;
mod syscalls;

use anyhow::{Context, Result, anyhow, bail};
use bpf::{Action, Cond, Filter, Op, Rule};
use serde::Deserialize;
use std::collections::BTreeMap;

const DEFAULT_PROFILE: &str = include_str!("default.json");

/// docker's seccomp profile (`docker run --security-opt seccomp=FILE`).
#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub default_action: String,
    #[serde(default)]
    pub default_errno_ret: Option<u16>,
    #[serde(default)]
    pub syscalls: Vec<SyscallRule>,
    #[serde(default)]
    pub architectures: Vec<String>,
    #[serde(default)]
    pub arch_map: Vec<serde_json::Value>,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SyscallRule {
    #[serde(default)]
    pub names: Vec<String>,
    /// Old profiles name one syscall per entry.
    #[serde(default)]
    pub name: Option<String>,
    pub action: String,
    #[serde(default)]
    pub errno_ret: Option<u16>,
    #[serde(default)]
    pub args: Option<Vec<Arg>>,
    #[serde(default)]
    pub includes: Filter2,
    #[serde(default)]
    pub excludes: Filter2,
}

#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub struct Filter2 {
    #[serde(default)]
    pub caps: Vec<String>,
    #[serde(default)]
    pub arches: Vec<String>,
    #[serde(default)]
    pub min_kernel: Option<String>,
}

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Arg {
    pub index: u8,
    pub value: u64,
    #[serde(default)]
    pub value_two: u64,
    pub op: String,
}

impl Profile {
    pub fn default_profile() -> Profile {
        serde_json::from_str(DEFAULT_PROFILE).expect("the built-in seccomp profile is valid JSON")
    }

    pub fn parse(data: &[u8]) -> Result<Profile> {
        serde_json::from_slice(data).context("invalid seccomp profile")
    }
}

/// The host architecture: (docker/Go name, audit arch, syscall table).
type SyscallTable = &'static [(&'static str, u32)];

fn host_arch() -> Result<(&'static str, u32, SyscallTable)> {
    match std::env::consts::ARCH {
        "x86_64" => Ok(("amd64", bpf::AUDIT_ARCH_X86_64, syscalls::X86_64)),
        "aarch64" => Ok(("arm64", bpf::AUDIT_ARCH_AARCH64, syscalls::AARCH64)),
        other => bail!("seccomp filters are not supported on {other}"),
    }
}

fn syscall_number(table: &[(&str, u32)], name: &str) -> Option<u32> {
    table
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| table[i].1)
}

fn action(name: &str, errno: Option<u16>, default_errno: u16) -> Result<Action> {
    Ok(match name {
        "SCMP_ACT_ALLOW" => Action::Allow,
        "SCMP_ACT_ERRNO" => Action::Errno(errno.unwrap_or(default_errno)),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => Action::KillThread,
        "SCMP_ACT_KILL_PROCESS" => Action::KillProcess,
        "SCMP_ACT_TRAP" => Action::Trap,
        "SCMP_ACT_LOG" => Action::Log,
        "SCMP_ACT_TRACE" => Action::Trace(errno.unwrap_or(0)),
        other => bail!("unsupported seccomp action {other:?}"),
    })
}

fn cond(a: &Arg) -> Result<Cond> {
    if a.index > 5 {
        bail!("seccomp argument index {} out of range (0-5)", a.index);
    }
    let op = match a.op.as_str() {
        "SCMP_CMP_NE" => Op::Ne,
        "SCMP_CMP_LT" => Op::Lt,
        "SCMP_CMP_LE" => Op::Le,
        "SCMP_CMP_EQ" => Op::Eq,
        "SCMP_CMP_GE" => Op::Ge,
        "SCMP_CMP_GT" => Op::Gt,
        "SCMP_CMP_MASKED_EQ" => Op::MaskedEq { mask: a.value },
        other => bail!("unsupported seccomp comparison {other:?}"),
    };
    let value = if matches!(op, Op::MaskedEq { .. }) {
        a.value_two
    } else {
        a.value
    };
    Ok(Cond {
        arg: a.index,
        op,
        value,
    })
}

/// `5.15.0-1-amd64` → (5, 15).
fn kernel_version() -> (u32, u32) {
    let rel = nix::sys::utsname::uname()
        .map(|u| u.release().to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut it = rel
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty());
    let major = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let minor = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    (major, minor)
}

fn parse_version(s: &str) -> Option<(u32, u32)> {
    let mut it = s.split('.');
    Some((
        it.next()?.parse().ok()?,
        it.next().unwrap_or("0").parse().ok()?,
    ))
}

/// Resolve a profile for a container with capabilities `caps` (names like
/// `CAP_SYS_ADMIN`) into a filter for this host.
pub fn resolve(profile: &Profile, caps: &[String]) -> Result<Filter> {
    let (arch_name, audit_arch, table) = host_arch()?;
    let default_errno = profile.default_errno_ret.unwrap_or(libc::EPERM as u16);
    let default = action(
        &profile.default_action,
        profile.default_errno_ret,
        default_errno,
    )?;
    let kernel = kernel_version();
    let has_cap = |c: &String| caps.iter().any(|x| x.eq_ignore_ascii_case(c));
    let arch_matches = |arches: &[String]| {
        arches.iter().any(|a| {
            a == arch_name
                || (arch_name == "amd64" && a == "x86_64")
                || (arch_name == "arm64" && a == "aarch64")
        })
    };
    let mut conditional: BTreeMap<u32, Vec<Rule>> = BTreeMap::new();
    let mut plain: BTreeMap<u32, Vec<Rule>> = BTreeMap::new();
    for s in &profile.syscalls {
        let inc = &s.includes;
        let exc = &s.excludes;
        if !inc.caps.iter().all(has_cap)
            || (!inc.arches.is_empty() && !arch_matches(&inc.arches))
            || inc
                .min_kernel
                .as_deref()
                .and_then(parse_version)
                .is_some_and(|v| kernel < v)
            || (!exc.caps.is_empty() && exc.caps.iter().any(has_cap))
            || (!exc.arches.is_empty() && arch_matches(&exc.arches))
        {
            continue;
        }
        let act = action(&s.action, s.errno_ret, default_errno)?;
        let conds = s
            .args
            .iter()
            .flatten()
            .map(cond)
            .collect::<Result<Vec<_>>>()?;
        let names = s.names.iter().chain(s.name.iter());
        for name in names {
            // Names unknown on this architecture are skipped, as libseccomp
            // does for profiles written for several architectures.
            let Some(nr) = syscall_number(table, name) else {
                continue;
            };
            let rule = Rule {
                conds: conds.clone(),
                action: act,
            };
            // Argument rules are tried before unconditional ones, so an
            // unconditional rule never hides a more specific one.
            let list = if rule.conds.is_empty() {
                plain.entry(nr).or_default()
            } else {
                conditional.entry(nr).or_default()
            };
            if !list.contains(&rule) {
                list.push(rule);
            }
        }
    }
    let mut rules = conditional;
    for (nr, mut r) in plain {
        rules.entry(nr).or_default().append(&mut r);
    }
    Ok(Filter {
        arch: audit_arch,
        default,
        rules,
    })
}

/// Compile a profile for `caps` into BPF instructions.
pub fn compile(profile: &Profile, caps: &[String]) -> Result<Vec<bpf::SockFilter>> {
    let f = resolve(profile, caps)?;
    let prog = bpf::compile(&f);
    if prog.len() > 4096 {
        return Err(anyhow!(
            "seccomp profile compiles to {} instructions (the kernel allows 4096)",
            prog.len()
        ));
    }
    Ok(prog)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nr(name: &str) -> u32 {
        syscall_number(host_arch().unwrap().2, name).unwrap()
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for t in [syscalls::X86_64, syscalls::AARCH64] {
            assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }

    #[test]
    fn default_profile_allows_docker_set_and_denies_the_rest() {
        let caps: Vec<String> = ["CAP_CHOWN", "CAP_KILL"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        let f = resolve(&Profile::default_profile(), &caps).unwrap();
        let p = bpf::compile(&f);
        let arch = f.arch;
        let allow = bpf::Action::Allow.ret();
        let enosys = bpf::Action::Errno(38).ret();
        let run = |name: &str, args: [u64; 6]| bpf::run(&p, arch, nr(name), args);
        assert_eq!(run("read", [0; 6]), allow);
        assert_eq!(run("execve", [0; 6]), allow);
        assert_eq!(run("mount", [0; 6]), enosys);
        assert_eq!(run("unshare", [0; 6]), enosys);
        assert_eq!(run("clone3", [0; 6]), enosys);
        // clone for threads is fine, with CLONE_NEWUSER it is not.
        assert_eq!(run("clone", [0x003d_0f00, 0, 0, 0, 0, 0]), allow);
        assert_eq!(run("clone", [0x1000_0000, 0, 0, 0, 0, 0]), enosys);
        assert_eq!(run("socket", [2, 1, 0, 0, 0, 0]), allow);
        assert_eq!(run("socket", [40, 1, 0, 0, 0, 0]), enosys);
        assert_eq!(run("personality", [8, 0, 0, 0, 0, 0]), allow);
        assert_eq!(run("personality", [1, 0, 0, 0, 0, 0]), enosys);
        // With CAP_SYS_ADMIN mount is allowed.
        let caps = vec!["CAP_SYS_ADMIN".to_string()];
        let p = bpf::compile(&resolve(&Profile::default_profile(), &caps).unwrap());
        assert_eq!(bpf::run(&p, arch, nr("mount"), [0; 6]), allow);
        assert!(p.len() < 4096);
    }

    #[test]
    fn docker_profiles_parse_and_bad_ones_are_errors() {
        let p = Profile::parse(br#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"name":"mkdir","action":"SCMP_ACT_ERRNO"}]}"#).unwrap();
        let f = resolve(&p, &[]).unwrap();
        let prog = bpf::compile(&f);
        assert_eq!(
            bpf::run(&prog, f.arch, nr("mkdir"), [0; 6]),
            bpf::Action::Errno(1).ret()
        );
        assert_eq!(
            bpf::run(&prog, f.arch, nr("read"), [0; 6]),
            bpf::Action::Allow.ret()
        );
        assert!(Profile::parse(b"{").is_err());
        let bad = Profile::parse(br#"{"defaultAction":"SCMP_ACT_NOTIFY"}"#).unwrap();
        assert!(resolve(&bad, &[]).is_err());
        let bad = Profile::parse(br#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW","args":[{"index":9,"value":1,"op":"SCMP_CMP_EQ"}]}]}"#).unwrap();
        assert!(resolve(&bad, &[]).is_err());
    }
}
