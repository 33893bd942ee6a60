//! version, info, system, completion.

use super::Globals;
use super::format;
use anyhow::{Context, Result};
use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct VersionArgs {
    /// Format output with a Go template or 'json'
    #[arg(short, long)]
    pub format: Option<String>,
}

pub fn version(a: &VersionArgs) -> Result<i32> {
    let obj = crate::engine::system::version_json();
    let v = &obj["Client"];
    match a.format.as_deref().map(str::trim) {
        Some("json") => format::outln(&serde_json::to_string(&obj)?),
        Some(t) => {
            let c = format::compile(&t.replace("\\n", "\n").replace("\\t", "\t"))?;
            format::outln(&format::render(&c, &obj)?);
        }
        None => format::out(&format!(
            "Client:       skiff\nVersion:      {}\nAPI Version:  {}\nBuilt:        {}\nOS/Arch:      {}\n",
            v["Version"].as_str().unwrap_or_default(),
            v["APIVersion"].as_str().unwrap_or_default(),
            v["BuiltTime"].as_str().unwrap_or_default(),
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
    /// Serve the Docker Engine API on a socket (for docker, docker-compose, SDKs)
    Service(ServiceArgs),
    /// Show skiff events
    Events(EventsArgs),
    /// Show skiff disk usage
    Df(DfArgs),
    /// Remove unused data
    Prune(SystemPruneArgs),
    /// Reset skiff storage
    Reset(ResetArgs),
}

pub fn dispatch(g: &Globals, c: SystemCommand) -> Result<i32> {
    match c {
        SystemCommand::Df(a) => df(g, &a),
        SystemCommand::Prune(a) => system_prune(g, &a),
        SystemCommand::Reset(a) => reset(g, &a),
        SystemCommand::Info(a) => info(g, &a),
        SystemCommand::Service(a) => service(g, &a),
        SystemCommand::Events(a) => events(g, &a),
    }
}

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Filter output (container=, event=, image=, label=, network=, pod=, type=, volume=)
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Format the output with a Go template or 'json'
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate the output (the default)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub no_trunc: bool,
    /// Show the events since this time (a timestamp or a duration before now)
    #[arg(long)]
    pub since: Option<String>,
    /// Keep following new events (--stream=false: print what is logged and exit)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub stream: bool,
    /// Show the events until this time
    #[arg(long)]
    pub until: Option<String>,
}

/// `events`: podman's lines, JSON or a template per event.
pub fn events(g: &Globals, a: &EventsArgs) -> Result<i32> {
    use crate::util::time::Timestamp;
    let time = |flag: &str, v: &Option<String>| -> Result<Option<Timestamp>> {
        v.as_deref()
            .map(|s| {
                Timestamp::parse_user_time(s).ok_or_else(|| {
                    crate::error::classified(
                        crate::error::Kind::Invalid,
                        format!("invalid --{flag} value {s:?}: want a timestamp or a duration"),
                    )
                })
            })
            .transpose()
    };
    let r = crate::engine::events::EventsRequest {
        filters: a.filter.clone(),
        since: time("since", &a.since)?,
        until: time("until", &a.until)?,
        stream: a.stream,
        history: true,
    };
    let e = crate::engine::Engine::open(g)?;
    let mut stream = e.events(&r)?;
    let fmt = a.format.as_deref().map(str::trim);
    let template = match fmt {
        None | Some("json") => None,
        Some(t) => Some(format::compile(
            &t.replace("\\n", "\n").replace("\\t", "\t"),
        )?),
    };
    loop {
        let mut text = String::new();
        for ev in stream.next_batch() {
            let line = match (fmt, &template) {
                (Some("json"), _) => serde_json::to_string(&ev)?,
                (_, Some(t)) => {
                    let mut v = serde_json::to_value(&ev)?;
                    v["Time"] = serde_json::json!(ev.timestamp().go_string_local());
                    format::render(t, &v)?
                }
                _ => event_line(&ev),
            };
            text.push_str(&line);
            text.push('\n');
        }
        if !text.is_empty() {
            format::out(&text);
        }
        if stream.done() {
            return Ok(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// podman's human-readable event line.
fn event_line(e: &crate::storage::events::Event) -> String {
    use crate::storage::events::Type;
    let head = format!(
        "{} {} {}",
        e.timestamp().go_string_local(),
        e.kind.as_str(),
        e.status
    );
    match e.kind {
        Type::Container | Type::Pod => {
            let mut s = format!("{head} {} (image={}, name={}", e.id, e.image, e.name);
            for (k, v) in e.attributes.iter().filter(|(k, _)| *k != "execCommand") {
                s.push_str(&format!(", {k}={v}"));
            }
            if let Some(h) = &e.health_status {
                s.push_str(&format!(", health_status={h}"));
            }
            s.push(')');
            s
        }
        Type::Network => format!(
            "{head} {} (container={}, name={})",
            e.id,
            e.attributes.get("container").map_or("", String::as_str),
            e.name
        ),
        Type::Image => format!("{head} {} {}", e.id, e.name),
        Type::Volume => format!("{head} {}", e.name),
        Type::System if e.name.is_empty() => head,
        Type::System => format!("{head} {}", e.name),
    }
}

#[derive(Args, Debug)]
pub struct ServiceArgs {
    /// Seconds without connections before the service exits (0: never)
    #[arg(short, long, value_name = "SECONDS", default_value_t = 5)]
    pub time: u64,
    /// Where to listen: unix:///path (default: /run/skiff/skiff.sock, or $XDG_RUNTIME_DIR/skiff/skiff.sock) or tcp://HOST:PORT
    #[arg(value_name = "URI")]
    pub uri: Option<String>,
}

/// The service's own socket: the URI given, or the user's default.
fn bind_service(a: &ServiceArgs, uid: u32) -> Result<crate::api::Listener> {
    let endpoint = match &a.uri {
        Some(u) => crate::api::Endpoint::parse(u)?,
        None => crate::api::Endpoint::default_for(uid)?,
    };
    if let crate::api::Endpoint::Tcp(addr) = &endpoint
        && !addr.starts_with("127.0.0.1:")
        && !addr.starts_with("[::1]:")
        && !addr.starts_with("localhost:")
    {
        crate::warn!(
            "the API has no authentication: anyone who reaches {addr} controls this engine"
        );
    }
    let l = crate::api::Listener::bind(&endpoint, uid != 0)?;
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        format::outln(&format!("DOCKER_HOST={}", endpoint.docker_host()));
    }
    Ok(l)
}

/// `system service`: listen (or take systemd's socket), and serve each
/// connection in a process of its own (see `api`).
fn service(g: &Globals, a: &ServiceArgs) -> Result<i32> {
    let uid = nix::unistd::getuid().as_raw();
    // systemd's socket is systemd's to remove; one bound here is ours.
    let (listener, ours) = if let Some(l) = crate::api::Listener::from_systemd() {
        (l, false)
    } else {
        (bind_service(a, uid)?, true)
    };
    // Each connection is served by a fork of this single-threaded
    // acceptor, which ends in _exit: no new binary to load and no
    // command line or configuration to read again (an exec'd process per
    // connection cost 2.5 ms more).
    let listening = std::os::fd::AsRawFd::as_raw_fd(&listener.fd());
    let spawn = |conn: std::os::fd::OwnedFd| -> Result<i32> {
        let input = std::fs::File::from(conn.try_clone()?);
        let output = std::fs::File::from(conn);
        let pid = crate::runtime::sys::fork_run(move || {
            crate::runtime::sys::close_raw(listening);
            let open = |userns: bool| {
                if userns {
                    crate::engine::Engine::open_in_userns(g)
                } else {
                    crate::engine::Engine::open(g)
                }
            };
            match crate::api::handle_socket(&open, input, output) {
                Ok(()) => 0,
                Err(e) => {
                    crate::warn!("serving a connection: {e:#}");
                    1
                }
            }
        })
        .context("forking for a connection")?;
        Ok(pid.as_raw())
    };
    let idle = (a.time > 0).then(|| std::time::Duration::from_secs(a.time));
    let served = crate::api::serve(&listener, idle, &spawn);
    if ours {
        listener.remove_socket();
    }
    served?;
    Ok(0)
}

/// Go's field names for podman's info keys (what `--format` templates
/// say: `{{.Host.OCIRuntime.Name}}`). Maps with data keys (graphStatus,
/// graphOptions, registries) keep theirs.
fn go_names(v: &serde_json::Value) -> serde_json::Value {
    fn name(k: &str) -> String {
        match k {
            "cgroupVersion" => "CgroupsVersion".into(),
            "cpus" => "CPUs".into(),
            "cpuUtilization" => "CPUUtilization".into(),
            "idMappings" => "IDMappings".into(),
            "gidmap" => "GIDMap".into(),
            "uidmap" => "UIDMap".into(),
            "container_id" => "ContainerID".into(),
            "host_id" => "HostID".into(),
            "ociRuntime" => "OCIRuntime".into(),
            "os" => "OS".into(),
            "capabilities" => "DefaultCapabilities".into(),
            "apparmorEnabled" => "AppArmorEnabled".into(),
            "seccompEnabled" => "SECCOMPEnabled".into(),
            "seccompProfilePath" => "SECCOMPProfilePath".into(),
            "selinuxEnabled" => "SELinuxEnabled".into(),
            "slirp4netns" => "Slirp4NetNS".into(),
            other => {
                let mut c = other.chars();
                c.next().map_or_else(String::new, |f| {
                    f.to_uppercase().collect::<String>() + c.as_str()
                })
            }
        }
    }
    fn walk(v: &serde_json::Value, keep: bool) -> serde_json::Value {
        match v {
            serde_json::Value::Object(m) => m
                .iter()
                .map(|(k, x)| {
                    let data = matches!(k.as_str(), "graphStatus" | "graphOptions" | "registries");
                    (if keep { k.clone() } else { name(k) }, walk(x, data))
                })
                .collect::<serde_json::Map<_, _>>()
                .into(),
            serde_json::Value::Array(a) => a.iter().map(|x| walk(x, keep)).collect(),
            other => other.clone(),
        }
    }
    walk(v, false)
}

pub fn info(g: &Globals, a: &InfoArgs) -> Result<i32> {
    let obj = crate::engine::Engine::open(g)?.info()?;
    match a.format.as_deref().map(str::trim) {
        // podman's YAML has its keys sorted (its JSON keeps the structs'
        // order).
        None | Some("" | "yaml") => {
            // ... and an empty line after it.
            let mut text = super::yaml::to_string(&super::yaml::sort_keys(&obj));
            text.push('\n');
            format::out(&text);
        }
        Some("json") => format::out(&format::json_indented(&obj, 2)?),
        Some(t) => {
            let c = format::compile(&t.replace("\\n", "\n").replace("\\t", "\t"))?;
            // The version block keeps its Go names as JSON keys already.
            let mut tv = go_names(&obj);
            tv["Version"] = obj["version"].clone();
            format::outln(&format::render(&c, &tv)?);
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
    /// Join the rootless network namespace too (where the store's bridge
    /// networks live)
    #[arg(long)]
    pub rootless_netns: bool,
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
    let paths = crate::engine::system::enter_unshare(g, a.rootless_netns)?;
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
    let n = std::io::stdin()
        .read_line(&mut line)
        .context("reading the answer")?;
    if n == 0 {
        // No answer at all (stdin at its end): podman says EOF.
        format::out("\n");
        anyhow::bail!("EOF");
    }
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

#[derive(Args, Debug)]
pub struct DfArgs {
    /// Pretty-print images using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Show detailed information on disk usage
    #[arg(short, long)]
    pub verbose: bool,
}

const DF_COLUMNS: format::Columns<'static> = format::Columns {
    default: &[
        ("Type", "TYPE"),
        ("Total", "TOTAL"),
        ("Active", "ACTIVE"),
        ("Size", "SIZE"),
        ("Reclaimable", "RECLAIMABLE"),
    ],
    extra: &[],
};

/// podman's RECLAIMABLE: the size and its share of the whole.
fn reclaimable(free: u64, size: u64) -> String {
    let pct = (free * 100).checked_div(size).unwrap_or(0);
    format!("{} ({pct}%)", crate::util::units::human_size_compact(free))
}

/// `system df`: podman's summary table (`-v`: every image, container and
/// volume); `--format json`: one object per type, docker's way.
pub fn df(g: &Globals, a: &DfArgs) -> Result<i32> {
    use crate::util::{time, units};
    let e = crate::engine::Engine::open(g)?;
    let du = e.disk_usage()?;
    if a.verbose {
        if a.format.is_some() {
            anyhow::bail!("cannot combine --format and --verbose flags");
        }
        let mut t = String::from(
            "REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\tSHARED SIZE\tUNIQUE SIZE\tCONTAINERS\n",
        );
        for i in &du.images {
            let r = &i.image.record;
            let created = r
                .created
                .as_deref()
                .and_then(time::Timestamp::parse_rfc3339)
                .map_or_else(String::new, |c| time::human_duration(c.elapsed()));
            let names: Vec<(String, String)> = if r.names.is_empty() {
                vec![("<none>".into(), "<none>".into())]
            } else {
                r.names
                    .iter()
                    .map(|n| match n.rsplit_once(':') {
                        Some((repo, tag)) if !tag.contains('/') => (repo.into(), tag.into()),
                        _ => (n.clone(), "<none>".into()),
                    })
                    .collect()
            };
            for (repo, tag) in names {
                t.push_str(&format!(
                    "{repo}\t{tag}\t{}\t{created}\t{}\t{}\t{}\t{}\n",
                    &r.id.hex()[..12],
                    units::human_size_compact(r.size),
                    units::human_size_compact(i.shared),
                    units::human_size_compact(i.unique),
                    i.image.containers
                ));
            }
        }
        let mut c = String::from(
            "CONTAINER ID\tIMAGE\tCOMMAND\tLOCAL VOLUMES\tSIZE\tCREATED\tSTATUS\tNAMES\n",
        );
        for u in &du.containers {
            let (cfg, st) = (&u.listed.config, &u.listed.state);
            let created = time::Timestamp::parse_rfc3339(&cfg.created)
                .map_or_else(String::new, |t| time::human_duration(t.elapsed()));
            c.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{created}\t{}\t{}\n",
                &cfg.id[..12],
                &cfg.image_id.hex()[..12],
                cfg.process.args.join(" "),
                u.volumes,
                units::human_size_compact(u.listed.size.map_or(0, |s| s.0)),
                st.status.as_str(),
                cfg.name
            ));
        }
        let mut v = String::from("VOLUME NAME\tLINKS\tSIZE\n");
        for u in &du.volumes {
            v.push_str(&format!(
                "{}\t{}\t{}\n",
                u.volume["Name"].as_str().unwrap_or_default(),
                u.links,
                units::human_size_compact(u.size)
            ));
        }
        format::out(&format!(
            "Images space usage:\n\n{}\nContainers space usage:\n\n{}\nLocal Volumes space usage:\n\n{}",
            format::tabwrite(&t),
            format::tabwrite(&c),
            format::tabwrite(&v)
        ));
        return Ok(0);
    }
    let rows: Vec<serde_json::Value> = du
        .summary()
        .iter()
        .map(|(kind, total, active, size, free)| {
            serde_json::json!({
                "Type": kind,
                "Total": total,
                "Active": active,
                "Size": units::human_size_compact(*size),
                "Reclaimable": reclaimable(*free, *size),
                "RawSize": size,
                "RawReclaimable": free,
            })
        })
        .collect();
    format::print_rows(
        &format::Format::parse(a.format.as_deref()),
        &rows,
        &DF_COLUMNS,
        false,
    )?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct SystemPruneArgs {
    /// Remove all unused data
    #[arg(short, long)]
    pub all: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>')
    #[arg(long)]
    pub filter: Vec<String>,
    /// Do not prompt for confirmation.  The default is false
    #[arg(short, long)]
    pub force: bool,
    /// Prune volumes
    #[arg(long)]
    pub volumes: bool,
}

/// `system prune`: podman's question and report.
pub fn system_prune(g: &Globals, a: &SystemPruneArgs) -> Result<i32> {
    if !a.force {
        let mut q = String::from(
            "WARNING! This command removes:\n\t- all stopped containers\n\t- all networks not used by at least one container\n",
        );
        if a.volumes {
            q.push_str("\t- all volumes not used by at least one container\n");
        }
        q.push_str(if a.all {
            "\t- all images without at least one container associated with them\n\t- all build cache\n"
        } else {
            "\t- all dangling images\n\t- all dangling build cache\n"
        });
        q.push_str("\nAre you sure you want to continue? [y/N] ");
        if !confirm(&q)? {
            return Ok(0);
        }
    }
    let e = crate::engine::Engine::open(g)?;
    let r = e.system_prune(a.all, a.volumes, &a.filter)?;
    let mut text = String::new();
    for (title, list) in [
        ("Deleted Containers", &r.containers),
        ("Deleted Volumes", &r.volumes),
        ("Deleted Networks", &r.networks),
        ("Deleted Images", &r.images),
    ] {
        if !list.is_empty() {
            text.push_str(title);
            text.push('\n');
            for x in list {
                text.push_str(x);
                text.push('\n');
            }
        }
    }
    text.push_str(&format!(
        "Total reclaimed space: {}\n",
        crate::util::units::human_size_compact(r.reclaimed)
    ));
    format::out(&text);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ResetArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
}

/// `system reset`: everything of this store goes.
pub fn reset(g: &Globals, a: &ResetArgs) -> Result<i32> {
    let e = crate::engine::Engine::open(g)?;
    if !a.force {
        let p = &e.containers.paths;
        let q = format!(
            "WARNING! This will remove:\n        - all containers\n        - all pods\n        - all images\n        - all networks\n        - all build cache\n        - all machines\n        - all volumes\n        - the graphRoot directory: {:?}\n        - the runRoot directory: {:?}\nAre you sure you want to continue? [y/N] ",
            p.root.display().to_string(),
            p.runroot.display().to_string()
        );
        match confirm(&q) {
            Ok(true) => {}
            // podman: no answer is a no, logged.
            Ok(false) => return Ok(0),
            Err(err) => {
                crate::warn!("{err:#}");
                return Ok(0);
            }
        }
    }
    e.system_reset()?;
    Ok(0)
}
