//! `pull`, `push`, `login`, `logout`, `search`.

use super::Globals;
use super::format;
use crate::engine::image::{PullRequest, PushRequest};
use crate::engine::registry::{self, LoggedOut, Verified};
use crate::engine::{Engine, views};
use crate::image::spec::Platform;
use crate::registry::auth::{AuthFiles, Credentials};
use crate::registry::client::ClientOptions;
use crate::registry::progress::Progress;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;

// Flags every command that talks to a registry has. (Not a doc comment:
// a flattened struct's doc would replace the about of the deferred
// subcommands that include it.)
#[derive(Args, Debug, Clone, Default)]
pub struct RegistryFlags {
    /// Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
    /// Directory with certificates (*.crt) and client keys (*.cert, *.key) for the registry
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Credentials (USERNAME[:PASSWORD]) to use with the registry
    #[arg(long, value_name = "USERNAME[:PASSWORD]")]
    pub creds: Option<String>,
    /// Require HTTPS and verify certificates (false also allows plain HTTP)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
}

impl RegistryFlags {
    pub fn client_options(&self) -> Result<ClientOptions> {
        let creds = match &self.creds {
            None => None,
            Some(c) if c.contains(':') => Some(Credentials::parse_creds(c)?),
            Some(user) => {
                let pass = read_password(&format!("Password for {user}: "))?;
                Some(Credentials::password(user, &pass))
            }
        };
        Ok(ClientOptions {
            tls_verify: self.tls_verify,
            cert_dir: self.cert_dir.clone(),
            creds,
            auth: AuthFiles::new(self.authfile.as_deref()),
        })
    }
}

// `--platform`, `--os`, `--arch`, `--variant` (not a doc comment, as above).
#[derive(Args, Debug, Clone, Default)]
pub struct PlatformFlags {
    /// Pull the image for this platform (os/arch[/variant]) instead of the host's
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
    /// Use this architecture instead of the host's
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Use this operating system instead of the host's
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Use this architecture variant instead of the host's
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
}

impl PlatformFlags {
    /// The platform asked for, or `None` for the host's.
    pub fn platform(&self) -> Result<Option<Platform>> {
        if self.platform.is_none()
            && self.arch.is_none()
            && self.os.is_none()
            && self.variant.is_none()
        {
            return Ok(None);
        }
        if self.platform.is_some() && (self.arch.is_some() || self.os.is_some()) {
            bail!("--platform cannot be combined with --arch or --os");
        }
        let mut p = match &self.platform {
            Some(s) => Platform::parse(s)?,
            None => crate::image::spec::host_platform(),
        };
        if let Some(os) = &self.os {
            p.os.clone_from(os);
        }
        if let Some(a) = &self.arch {
            let (arch, variant) = Platform::normalize_arch(a, None);
            p.architecture = arch;
            p.variant = variant;
        }
        if let Some(v) = &self.variant {
            p.variant = Some(v.clone());
        }
        Ok(Some(p))
    }
}

#[derive(Args, Debug)]
pub struct PullArgs {
    /// Images to pull: NAME[:TAG|@DIGEST], docker://NAME, docker-archive:PATH, oci-archive:PATH, oci:DIR
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
    /// Pull every tagged image of the repository
    #[arg(short, long)]
    pub all_tags: bool,
    /// Print only the image IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Accepted for docker compatibility (signatures are not checked)
    #[arg(long, hide = true)]
    pub disable_content_trust: bool,
    #[command(flatten)]
    pub registry: RegistryFlags,
    #[command(flatten)]
    pub platform: PlatformFlags,
}

pub fn pull(g: &Globals, a: &PullArgs) -> Result<i32> {
    let engine = Engine::open_in_userns(g)?;
    let req = PullRequest {
        client: a.registry.client_options()?,
        platform: a.platform.platform()?,
        all_tags: a.all_tags,
    };
    let progress = Progress::new(a.quiet);
    // Like podman: every image is tried; the failures are reported at the
    // end.
    let mut errors = Vec::new();
    for input in &a.images {
        match engine.pull(input, &req, &progress) {
            Ok(images) => {
                let mut ids = String::new();
                for img in images {
                    ids.push_str(img.id.hex());
                    ids.push('\n');
                }
                format::out(&ids);
            }
            Err(e) => errors.push(e),
        }
    }
    match errors.len() {
        0 => Ok(0),
        1 => Err(errors.remove(0)),
        n => bail!(
            "{n} images failed to pull: {}",
            errors
                .iter()
                .map(|e| format!("{e:#}"))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

/// Read a password from the terminal without echo, or a line from stdin
/// when it is not a terminal.
pub fn read_password(prompt: &str) -> Result<String> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = String::new();
        stdin.read_line(&mut line).context("reading the password")?;
        return Ok(line.trim_end_matches(['\n', '\r']).to_string());
    }
    use nix::sys::termios::{self, LocalFlags, SetArg};
    use std::io::Write;
    let _ = std::io::stderr().write_all(prompt.as_bytes());
    let saved = termios::tcgetattr(&stdin).context("reading terminal settings")?;
    let mut quiet = saved.clone();
    quiet.local_flags.remove(LocalFlags::ECHO);
    quiet.local_flags.insert(LocalFlags::ECHONL);
    termios::tcsetattr(&stdin, SetArg::TCSANOW, &quiet).context("turning off echo")?;
    let mut line = String::new();
    let r = stdin.read_line(&mut line);
    let _ = termios::tcsetattr(&stdin, SetArg::TCSANOW, &saved);
    r.context("reading the password")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// Read a line from the terminal (with echo), for prompts like "Username: ".
pub fn read_line(prompt: &str) -> Result<String> {
    use std::io::Write;
    let _ = std::io::stderr().write_all(prompt.as_bytes());
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("reading from the terminal")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

#[derive(Args, Debug)]
pub struct PushArgs {
    /// The local image
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Where to push: [docker://]REGISTRY/NAME[:TAG], docker-archive:PATH or oci-archive:PATH (default: the image's name)
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
    /// Compress layers with this algorithm: gzip or zstd
    #[arg(long, value_name = "ALGORITHM")]
    pub compression_format: Option<String>,
    /// Recompress layers that are compressed with another algorithm
    #[arg(long)]
    pub force_compression: bool,
    /// Manifest format: oci or v2s2 (default: as stored)
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write the digest of the pushed manifest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    /// Print nothing while pushing
    #[arg(short, long)]
    pub quiet: bool,
    /// Accepted for podman compatibility (signatures are never copied)
    #[arg(long)]
    pub remove_signatures: bool,
    /// Accepted for docker compatibility (signatures are not made)
    #[arg(long, hide = true)]
    pub disable_content_trust: bool,
    /// Push every tag of the repository IMAGE names (docker's -a)
    #[arg(short, long)]
    pub all_tags: bool,
    /// Compress layers when pushing to a directory (podman's dir
    /// transport, which skiff does not write)
    #[arg(long)]
    pub compress: bool,
    #[command(flatten)]
    pub registry: RegistryFlags,
}

pub fn push(g: &Globals, a: &PushArgs) -> Result<i32> {
    use crate::registry::push::{ManifestFormat, parse_compression};
    if a.compress {
        bail!(crate::error::classified(
            crate::error::Kind::Invalid,
            "--compress can only be used when pushing to a directory (dir:PATH), which skiff does not write"
        ));
    }
    let req = PushRequest {
        image: a.image.clone(),
        destination: a.destination.clone(),
        all_tags: a.all_tags,
        client: a.registry.client_options()?,
        format: a.format.as_deref().map(ManifestFormat::parse).transpose()?,
        compression: a
            .compression_format
            .as_deref()
            .map(parse_compression)
            .transpose()?,
        force_compression: a.force_compression,
    };
    let digests = Engine::open(g)?.push(&req, &Progress::new(a.quiet))?;
    if let (Some(p), [digest]) = (&a.digestfile, digests.as_slice())
        && !a.all_tags
    {
        format::write_file(p, digest.as_str().as_bytes())
            .with_context(|| format!("writing --digestfile {}", p.display()))?;
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// What to look for: TERM, or REGISTRY/TERM to search only that registry
    #[arg(value_name = "TERM")]
    pub term: String,
    /// Results per registry (default 25)
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    /// Filter results: stars=N, is-official[=BOOL], is-automated[=BOOL]
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format output with a Go template (fields .Index .Name .Description .Stars .Official .Automated .Tag) or json
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate descriptions
    #[arg(long)]
    pub no_trunc: bool,
    /// List the tags of the repository TERM names
    #[arg(long)]
    pub list_tags: bool,
    /// Also show the STARS, OFFICIAL and AUTOMATED columns (docker's table)
    #[arg(long)]
    pub compatible: bool,
    #[command(flatten)]
    pub registry: RegistryFlags,
}

const SEARCH_COLUMNS: format::Columns<'static> = format::Columns {
    default: &[("Name", "NAME"), ("Description", "DESCRIPTION")],
    extra: &[
        ("Index", "INDEX"),
        ("Stars", "STARS"),
        ("Official", "OFFICIAL"),
        ("Automated", "AUTOMATED"),
        ("Tag", "TAG"),
    ],
};

const SEARCH_COMPAT_COLUMNS: format::Columns<'static> = format::Columns {
    default: &[
        ("Name", "NAME"),
        ("Description", "DESCRIPTION"),
        ("Stars", "STARS"),
        ("Official", "OFFICIAL"),
        ("Automated", "AUTOMATED"),
    ],
    extra: &[("Index", "INDEX"), ("Tag", "TAG")],
};

const TAG_COLUMNS: format::Columns<'static> = format::Columns {
    default: &[("Name", "NAME"), ("Tag", "TAG")],
    extra: &[],
};

pub fn search(_g: &Globals, a: &SearchArgs) -> Result<i32> {
    let client = a.registry.client_options()?;
    let fmt = format::Format::parse(a.format.as_deref());
    if a.list_tags {
        if !a.filter.is_empty() {
            bail!("filters are not applicable to list tags result");
        }
        let (name, tags) = registry::list_tags(&client, &a.term, a.limit)?;
        let rows = views::tag_rows(&name, &tags, fmt == format::Format::Json);
        if fmt == format::Format::Json {
            format::out(&format::json_pretty(&rows)?);
            return Ok(0);
        }
        format::print_rows(&fmt, &rows, &TAG_COLUMNS, false)?;
        return Ok(0);
    }
    let hits = registry::search(&client, &a.term, a.limit, &a.filter)?;
    if hits.is_empty() {
        return Ok(0);
    }
    let rows: Vec<serde_json::Value> = hits
        .iter()
        .map(|h| views::search_row(h, a.no_trunc || fmt == format::Format::Json))
        .collect();
    if fmt == format::Format::Json {
        format::out(&format::json_pretty(&rows)?);
        return Ok(0);
    }
    let cols = if a.compatible {
        &SEARCH_COMPAT_COLUMNS
    } else {
        &SEARCH_COLUMNS
    };
    format::print_rows(&fmt, &rows, cols, false)?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct LoginArgs {
    /// The registry (default: the first unqualified-search registry, else docker.io); REGISTRY/NAMESPACE for per-namespace credentials
    #[arg(value_name = "REGISTRY")]
    pub registry: Option<String>,
    /// Username
    #[arg(short, long)]
    pub username: Option<String>,
    /// Password (prefer --password-stdin)
    #[arg(short, long)]
    pub password: Option<String>,
    /// Read the password from stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Print the username stored for the registry
    #[arg(long)]
    pub get_login: bool,
    /// Print where the credentials were written
    #[arg(short, long)]
    pub verbose: bool,
    /// Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
    /// Directory with certificates (*.crt) and client keys for the registry
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Require HTTPS and verify certificates (false also allows plain HTTP)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
}

pub fn login(_g: &Globals, a: &LoginArgs) -> Result<i32> {
    let target = registry::auth_target(a.registry.as_deref(), a.authfile.as_deref())?;
    let (key, host) = (&target.key, &target.host);
    let existing = target.files.lookup(key)?;
    if a.get_login {
        return match existing {
            Some(c) if !c.username.is_empty() => {
                format::outln(&c.username);
                Ok(0)
            }
            _ => bail!("not logged into {key}"),
        };
    }
    if a.password.is_some() && a.password_stdin {
        bail!("Can't specify both --password-stdin and --password");
    }
    if a.password_stdin && a.username.is_none() {
        bail!("Must provide --username with --password-stdin");
    }
    if a.username.is_none()
        && a.password.is_none()
        && !a.password_stdin
        && let Some(c) = &existing
    {
        crate::log::status(&format!(
            "Authenticating with existing credentials for {key}"
        ));
        match registry::verify_login(&target, a.tls_verify, a.cert_dir.clone(), c)? {
            Verified::Valid => {
                format::outln(&format!(
                    "Existing credentials are valid. Already logged in to {host}"
                ));
                return Ok(0);
            }
            Verified::Invalid => crate::log::status(
                "Existing credentials are invalid, please enter valid username and password",
            ),
        }
    }
    let username = if let Some(u) = &a.username {
        u.clone()
    } else {
        if !std::io::stdin().is_terminal() {
            bail!(
                "getting username and password: no username given and stdin is not a terminal (use --username)"
            );
        }
        read_line("Username: ")?
    };
    if username.is_empty() {
        bail!("getting username and password: the username is empty");
    }
    let password = if a.password_stdin {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .context("reading the password from stdin")?;
        s.trim_end_matches(['\n', '\r']).to_string()
    } else if let Some(p) = &a.password {
        p.clone()
    } else {
        if !std::io::stdin().is_terminal() {
            bail!(
                "getting username and password: cannot read a password: stdin is not a terminal (use --password-stdin)"
            );
        }
        read_password("Password: ")?
    };
    let creds = Credentials::password(&username, &password);
    if registry::verify_login(&target, a.tls_verify, a.cert_dir.clone(), &creds)?
        == Verified::Invalid
    {
        bail!("logging into {key:?}: invalid username/password");
    }
    let path = registry::store_login(&target, &creds)?;
    if a.verbose {
        format::outln(&format!("Used: {}", path.display()));
    }
    format::outln("Login Succeeded!");
    Ok(0)
}

#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// The registry (default: the first unqualified-search registry, else docker.io)
    #[arg(value_name = "REGISTRY")]
    pub registry: Option<String>,
    /// Remove the credentials of every registry
    #[arg(short, long)]
    pub all: bool,
    /// Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
}

pub fn logout(_g: &Globals, a: &LogoutArgs) -> Result<i32> {
    if a.all {
        if a.registry.is_some() {
            bail!("--all takes no arguments");
        }
        registry::logout_all(a.authfile.as_deref())?;
        format::outln("Removed login credentials for all registries");
        return Ok(0);
    }
    let target = registry::auth_target(a.registry.as_deref(), a.authfile.as_deref())?;
    let key = &target.key;
    match registry::logout(&target)? {
        LoggedOut::Removed => format::outln(&format!("Removed login credentials for {key}")),
        LoggedOut::Elsewhere => format::outln(&format!(
            "Not logged into {key} with current tool. Existing credentials were established via docker login. Please use docker logout instead."
        )),
    }
    Ok(0)
}
