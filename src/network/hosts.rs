//! Name resolution on a network: every container's `/etc/hosts` (the
//! file skiff bind-mounts from the container's userdata) lists the other
//! containers on its networks by name and alias. The entries are
//! rewritten whenever a container joins or leaves, under the address
//! lock, for every container concerned. The file is rewritten in place:
//! the bind mount pins its inode.

use anyhow::{Context, Result};
use std::io::{Seek, Write};
use std::net::IpAddr;
use std::path::Path;

/// The marker before the entries skiff manages; what comes before it is
/// the static part written at start.
const MARK: &str = "# skiff: containers on the same networks\n";

/// One host entry: an address and its names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub ip: IpAddr,
    pub names: Vec<String>,
}

/// Replace the managed entries of a hosts file.
pub fn set_entries(path: &Path, entries: &[Entry]) -> Result<()> {
    let old = match std::fs::read_to_string(path) {
        Ok(s) => s,
        // The container is gone (its runroot too): nothing to update.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let base = old.split(MARK).next().unwrap_or("");
    let mut text = base.to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if !entries.is_empty() {
        text.push_str(MARK);
        for e in entries {
            text.push_str(&format!("{}\t{}\n", e.ip, e.names.join(" ")));
        }
    }
    if text == old {
        return Ok(());
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.set_len(text.len() as u64))
        .and_then(|()| f.rewind())
        .with_context(|| format!("writing {}", path.display()))
}

/// Add a line to the static part (the container's own entry).
pub fn add_static(path: &Path, line: &str) -> Result<()> {
    let old =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let (base, managed) = match old.find(MARK) {
        Some(i) => old.split_at(i),
        None => (old.as_str(), ""),
    };
    let mut text = base.to_string();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    text.push_str(managed);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.set_len(text.len() as u64))
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_replace_the_managed_part_only() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("hosts");
        std::fs::write(&p, "127.0.0.1\tlocalhost\n").unwrap();
        let e = |ip: [u8; 4], n: &str| Entry {
            ip: IpAddr::V4(std::net::Ipv4Addr::from(ip)),
            names: vec![n.to_string()],
        };
        set_entries(&p, &[e([10, 0, 0, 2], "db"), e([10, 0, 0, 3], "web")]).unwrap();
        set_entries(&p, &[e([10, 0, 0, 3], "web")]).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            format!("127.0.0.1\tlocalhost\n{MARK}10.0.0.3\tweb\n")
        );
        set_entries(&p, &[]).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "127.0.0.1\tlocalhost\n"
        );
        set_entries(&d.path().join("gone"), &[]).unwrap();
    }
}
