//! version, info, system, completion.

use super::Globals;
use super::format;
use crate::image::store::ImageStore;
use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Args, Debug)]
pub struct VersionArgs {
    /// Format output with a Go template or 'json'
    #[arg(short, long)]
    pub format: Option<String>,
}

fn version_info() -> serde_json::Value {
    let arch = crate::image::spec::host_platform().architecture;
    json!({
        "Version": env!("CARGO_PKG_VERSION"),
        "APIVersion": env!("CARGO_PKG_VERSION"),
        "GitCommit": option_env!("SKIFF_GIT_COMMIT").unwrap_or(""),
        "Os": "linux",
        "Arch": arch,
        "OsArch": format!("linux/{arch}"),
    })
}

pub fn version(a: &VersionArgs) -> Result<i32> {
    let v = version_info();
    let obj = json!({"Client": v, "Server": v});
    match a.format.as_deref() {
        Some("json") => format::out(&format::json_pretty(&obj)?),
        Some(t) => {
            let c = format::compile(&t.replace("\\n", "\n").replace("\\t", "\t"))?;
            format::outln(&format::render(&c, &obj)?);
        }
        None => format::out(&format!(
            "Version:      {}\nAPI Version:  {}\nOS/Arch:      {}\n",
            v["Version"].as_str().unwrap_or_default(),
            v["APIVersion"].as_str().unwrap_or_default(),
            v["OsArch"].as_str().unwrap_or_default(),
        )),
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    /// Format output with a Go template or 'json'
    #[arg(short, long)]
    pub format: Option<String>,
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum SystemCommand {
    /// Display system-wide information
    Info(InfoArgs),
}

pub fn dispatch(g: &Globals, c: SystemCommand) -> Result<i32> {
    match c {
        SystemCommand::Info(a) => info(g, &a),
    }
}

fn os_release() -> (String, String, String) {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let get = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    (get("PRETTY_NAME"), get("ID"), get("VERSION_ID"))
}

fn mem_total() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

pub fn info(g: &Globals, a: &InfoArgs) -> Result<i32> {
    let paths = g.paths()?;
    let store = ImageStore::open(&paths)?;
    let images = store.images()?.len();
    let containers = crate::container::ContainerStore::open(&paths)?;
    let (mut running, mut paused, mut stopped) = (0u64, 0u64, 0u64);
    let entries = containers.list()?;
    for e in &entries {
        match crate::container::ops::state(&containers, &e.id).map(|s| s.status) {
            Ok(crate::container::Status::Running | crate::container::Status::Restarting) => {
                running += 1;
            }
            Ok(crate::container::Status::Paused) => paused += 1,
            _ => stopped += 1,
        }
    }
    let total = entries.len();
    let registries = crate::registry::conf::RegistriesConf::load()
        .map(|c| c.search_registries())
        .unwrap_or_default();
    let uts = nix::sys::utsname::uname().context("uname")?;
    let kernel = uts.release().to_string_lossy().into_owned();
    let hostname = uts.nodename().to_string_lossy().into_owned();
    let machine = uts.machine().to_string_lossy().into_owned();
    let (pretty, distro, distro_version) = os_release();
    let cgroup = match crate::runtime::cgroups::version() {
        crate::runtime::cgroups::Version::V1 => "1",
        crate::runtime::cgroups::Version::V2 => "2",
    };
    let ncpu = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mem = mem_total();
    let v = version_info();
    let mut security = vec!["name=seccomp,profile=default".to_string()];
    if paths.rootless {
        security.push("name=rootless".into());
    }
    let obj = json!({
        "Host": {
            "Arch": v["Arch"],
            "CgroupManager": "cgroupfs",
            "CgroupsVersion": format!("v{cgroup}"),
            "CPUs": ncpu,
            "Distribution": {"Distribution": distro, "Version": distro_version},
            "Hostname": hostname,
            "Kernel": kernel,
            "MemTotal": mem,
            "OS": "linux",
            "Security": {"Rootless": paths.rootless, "SECCOMPEnabled": true},
        },
        "Store": {
            "GraphRoot": paths.root,
            "RunRoot": paths.runroot,
            "GraphDriverName": "overlay",
            "ImageStore": {"Number": images},
            "ContainerStore": {"Number": total, "Paused": paused, "Running": running, "Stopped": stopped},
        },
        "Version": v,
        "Registries": {"Search": registries},
        "Containers": total,
        "ContainersRunning": running,
        "ContainersPaused": paused,
        "ContainersStopped": stopped,
        "Images": images,
        "Driver": "overlay",
        "DockerRootDir": paths.root,
        "KernelVersion": kernel,
        "OperatingSystem": pretty,
        "OSType": "linux",
        "Architecture": machine,
        "NCPU": ncpu,
        "MemTotal": mem,
        "Name": hostname,
        "ServerVersion": env!("CARGO_PKG_VERSION"),
        "CgroupDriver": "cgroupfs",
        "CgroupVersion": cgroup,
        "SecurityOptions": security,
        "Rootless": paths.rootless,
    });
    match a.format.as_deref() {
        Some("json") => format::out(&format::json_pretty(&obj)?),
        Some(t) => {
            let c = format::compile(&t.replace("\\n", "\n").replace("\\t", "\t"))?;
            format::outln(&format::render(&c, &obj)?);
        }
        None => {
            let s = |k: &str| obj[k].to_string().trim_matches('"').to_string();
            format::out(&format!(
                "Server:\n Containers: {total}\n  Running: {running}\n  Paused: {paused}\n  Stopped: {stopped}\n Images: {images}\n Server Version: {}\n Storage Driver: overlay\n Cgroup Driver: cgroupfs\n Cgroup Version: {cgroup}\n Security Options:\n{} Kernel Version: {}\n Operating System: {}\n OSType: linux\n Architecture: {}\n CPUs: {ncpu}\n Total Memory: {}\n Name: {}\n Rootless: {}\n Root Dir: {}\n Run Root: {}\n Registries: {}\n",
                s("ServerVersion"),
                security
                    .iter()
                    .map(|o| format!("  {o}\n"))
                    .collect::<String>(),
                s("KernelVersion"),
                s("OperatingSystem"),
                s("Architecture"),
                crate::util::units::human_size_binary(mem),
                s("Name"),
                paths.rootless,
                paths.root.display(),
                paths.runroot.display(),
                registries.join(", "),
            ));
        }
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct CompletionArgs {
    /// The shell: bash, zsh, fish, elvish or powershell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn completion(a: &CompletionArgs) -> Result<i32> {
    let mut cmd = super::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "skiff", &mut buf);
    format::out(&String::from_utf8_lossy(&buf));
    Ok(0)
}

#[derive(Args, Debug)]
pub struct UnshareArgs {
    /// Command to run (default: $SHELL)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

/// podman `unshare`: run a command as root in the rootless user namespace
/// (to inspect or remove files owned by subordinate IDs).
pub fn unshare(g: &Globals, a: &UnshareArgs) -> Result<i32> {
    use std::os::unix::process::CommandExt;
    let paths = g.paths()?;
    if !paths.rootless {
        anyhow::bail!("please use unshare with rootless");
    }
    crate::runtime::userns::enter_rootless(&paths)?;
    // A mount namespace of the session's own (owned by the user namespace):
    // `skiff mount` works in it, and its mounts go with it.
    if !crate::runtime::userns::in_unshare() {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
            .context("creating a mount namespace")?;
    }
    let mut argv = a.command.clone();
    if argv.is_empty() {
        argv.push(std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into()));
    }
    let err = std::process::Command::new(&argv[0])
        .args(&argv[1..])
        .env("CONTAINERS_GRAPHROOT", &paths.root)
        .env("CONTAINERS_RUNROOT", &paths.runroot)
        .env("SKIFF_ROOT", &paths.root)
        .env("SKIFF_RUNROOT", &paths.runroot)
        .env(crate::storage::UNSHARE_UID_ENV, paths.uid.to_string())
        .env(crate::storage::UNSHARE_GID_ENV, paths.gid.to_string())
        .exec();
    let code = if err.kind() == std::io::ErrorKind::NotFound {
        crate::error::EXIT_NOT_FOUND
    } else {
        crate::error::EXIT_CANNOT_INVOKE
    };
    Err(anyhow::Error::new(crate::error::ExitError::new(
        code,
        format!("{}: {err}", argv[0]),
    )))
}

/// Ask a yes/no question on the terminal; anything but y/yes is no.
pub fn confirm(question: &str) -> Result<bool> {
    format::out(question);
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("reading the answer")?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
