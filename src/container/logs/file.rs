//! The file drivers' files: writing with docker's rotation (`max-size`,
//! `max-file`, `compress`: `<log>`, then `<log>.1`, `<log>.2`, ... oldest
//! last, gzipped as `<log>.N.gz`; with one file, the file is truncated as
//! conmon does for `log_size_max`), and reading every kept file back,
//! oldest first, following the current one across rotations.

use super::{Record, parse_line};
use anyhow::{Context, Result};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

pub struct FileSink {
    path: PathBuf,
    file: std::fs::File,
    size: u64,
    max_size: Option<u64>,
    max_file: u32,
    compress: bool,
}

fn open_append(path: &Path) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening log {}", path.display()))
}

fn rotated(path: &Path, n: u32, gz: bool) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{n}{}", if gz { ".gz" } else { "" }));
    PathBuf::from(s)
}

impl FileSink {
    pub fn open(path: &Path, max_size: Option<u64>, max_file: u32, compress: bool) -> Result<Self> {
        let file = open_append(path)?;
        let size = file.metadata().map_or(0, |m| m.len());
        Ok(FileSink {
            path: path.to_path_buf(),
            file,
            size,
            max_size,
            max_file: max_file.max(1),
            compress,
        })
    }

    pub fn file(&self) -> &std::fs::File {
        &self.file
    }

    /// Append one batch of records (whole lines), rotating first when it
    /// would pass `max-size`.
    pub fn write(&mut self, out: &[u8]) {
        let Some(max) = self.max_size else {
            self.append(out);
            return;
        };
        // As many whole records as fit, then a rotation, and so on (a
        // record larger than max-size gets a file of its own).
        let mut rest = out;
        while !rest.is_empty() {
            let room = max.saturating_sub(self.size);
            let mut take = 0usize;
            for (i, b) in rest.iter().enumerate() {
                if *b == b'\n' {
                    if (i + 1) as u64 > room {
                        break;
                    }
                    take = i + 1;
                }
            }
            if take == 0 {
                if self.size > 0 {
                    if let Err(e) = self.rotate() {
                        crate::warn!("rotating log {}: {e:#}", self.path.display());
                        self.append(rest);
                        return;
                    }
                    continue;
                }
                take = rest
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(rest.len(), |i| i + 1);
            }
            self.append(&rest[..take]);
            rest = &rest[take..];
        }
    }

    fn append(&mut self, out: &[u8]) {
        // One write per batch: O_APPEND keeps concurrent readers sane.
        if self.file.write_all(out).is_ok() {
            self.size += out.len() as u64;
        }
    }

    fn rotate(&mut self) -> Result<()> {
        if self.max_file <= 1 {
            // One file: start it over (conmon's log_size_max).
            self.file.set_len(0).context("truncating")?;
            self.size = 0;
            return Ok(());
        }
        let n = self.max_file - 1;
        for gz in [false, true] {
            let _ = std::fs::remove_file(rotated(&self.path, n, gz));
        }
        for k in (1..n).rev() {
            for gz in [false, true] {
                let from = rotated(&self.path, k, gz);
                if from.exists() {
                    std::fs::rename(&from, rotated(&self.path, k + 1, gz))
                        .with_context(|| format!("renaming {}", from.display()))?;
                }
            }
        }
        let first = rotated(&self.path, 1, false);
        std::fs::rename(&self.path, &first).context("renaming the log")?;
        self.file = open_append(&self.path)?;
        self.size = 0;
        if self.compress {
            gzip(&first)?;
        }
        Ok(())
    }
}

/// `f` → `f.gz` (then `f` goes).
fn gzip(f: &Path) -> Result<()> {
    let mut gz_name = f.as_os_str().to_owned();
    gz_name.push(".gz");
    let tmp = {
        let mut t = gz_name.clone();
        t.push(".tmp");
        PathBuf::from(t)
    };
    let mut input = std::fs::File::open(f).with_context(|| format!("reading {}", f.display()))?;
    let out = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let mut enc = flate2::write::GzEncoder::new(out, flate2::Compression::fast());
    std::io::copy(&mut input, &mut enc).context("compressing")?;
    enc.finish().context("compressing")?;
    std::fs::rename(&tmp, &gz_name).context("renaming the compressed log")?;
    std::fs::remove_file(f).context("removing the rotated log")?;
    Ok(())
}

/// The rotated files of `path` that exist, oldest first.
pub fn rotated_files(path: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Vec::new();
    };
    let prefix = format!("{}.", name.to_string_lossy());
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    let rest = n.strip_prefix(&prefix)?;
                    let num = rest.strip_suffix(".gz").unwrap_or(rest);
                    Some((num.parse::<u32>().ok()?, e.path()))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by_key(|x| std::cmp::Reverse(x.0));
    found.into_iter().map(|(_, p)| p).collect()
}

fn parse_all(data: &[u8], out: &mut Vec<Record>) {
    for line in data.split(|&b| b == b'\n') {
        if let Some(r) = parse_line(line) {
            out.push(r);
        }
    }
}

/// Reads a file driver's log: the rotated files once, then the current
/// file, following it when asked.
pub struct Follower {
    path: PathBuf,
    file: Option<std::fs::File>,
    ino: u64,
    offset: u64,
    started: bool,
}

impl Follower {
    pub fn new(path: &Path) -> Follower {
        Follower {
            path: path.to_path_buf(),
            file: None,
            ino: 0,
            offset: 0,
            started: false,
        }
    }

    /// Complete lines from the open file past the offset.
    fn drain(&mut self, out: &mut Vec<Record>) -> Result<()> {
        let Some(f) = &mut self.file else {
            return Ok(());
        };
        f.seek(std::io::SeekFrom::Start(self.offset))?;
        let mut data = Vec::new();
        f.read_to_end(&mut data)?;
        let end = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        parse_all(&data[..end], out);
        self.offset += end as u64;
        Ok(())
    }

    fn open_current(&mut self) -> Result<()> {
        match std::fs::File::open(&self.path) {
            Ok(f) => {
                self.ino = f.metadata().map_or(0, |m| m.ino());
                self.file = Some(f);
                self.offset = 0;
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e).with_context(|| format!("opening {}", self.path.display())),
        }
    }

    /// The records written since the last call (all of them, rotated
    /// files included, on the first).
    pub fn read(&mut self) -> Result<Vec<Record>> {
        let mut out = Vec::new();
        if !self.started {
            self.started = true;
            for p in rotated_files(&self.path) {
                let mut data = Vec::new();
                let Ok(f) = std::fs::File::open(&p) else {
                    continue;
                };
                let ok = if p.extension().is_some_and(|e| e == "gz") {
                    flate2::read::MultiGzDecoder::new(f)
                        .read_to_end(&mut data)
                        .is_ok()
                } else {
                    std::io::BufReader::new(f).read_to_end(&mut data).is_ok()
                };
                if ok {
                    parse_all(&data, &mut out);
                }
            }
            self.open_current()?;
        }
        if self.file.is_none() {
            self.open_current()?;
        }
        // Rotations since the last look: finish the old file, then go on
        // with the new one (a truncated file starts over).
        for _ in 0..4 {
            self.drain(&mut out)?;
            match std::fs::metadata(&self.path) {
                Ok(m) if m.ino() == self.ino => {
                    if m.len() < self.offset {
                        self.offset = 0;
                        continue;
                    }
                    break;
                }
                Ok(_) => {
                    self.drain(&mut out)?;
                    self.open_current()?;
                }
                Err(_) => break,
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{LogWriter, Stream};
    use super::*;

    fn texts(r: &[Record]) -> Vec<String> {
        r.iter()
            .map(|x| String::from_utf8_lossy(&x.text).into_owned())
            .collect()
    }

    fn writer(p: &Path, opts: &[(&str, &str)], driver: &str) -> LogWriter {
        let opts = opts
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        LogWriter::with_options(p, driver, &opts, &Default::default()).unwrap()
    }

    #[test]
    fn rotation_keeps_max_file_files_and_reads_them_in_order() {
        for compress in ["false", "true"] {
            let dir = tempfile::tempdir().unwrap();
            let p = dir.path().join("ctr.log");
            let mut w = writer(
                &p,
                &[
                    ("max-size", "1k"),
                    ("max-file", "3"),
                    ("compress", compress),
                ],
                "json-file",
            );
            let mut follower = Follower::new(&p);
            let mut followed = Vec::new();
            for i in 0..200 {
                w.write(Stream::Stdout, format!("line {i}\n").as_bytes());
                if i % 7 == 0 {
                    followed.extend(texts(&follower.read().unwrap()));
                }
            }
            w.flush();
            followed.extend(texts(&follower.read().unwrap()));
            let files = rotated_files(&p);
            assert_eq!(files.len(), 2, "{files:?}");
            assert_eq!(
                files[0].extension().is_some_and(|e| e == "gz"),
                compress == "true"
            );
            for f in files.iter().chain([&p]) {
                let len = std::fs::metadata(f).unwrap().len();
                assert!(compress == "true" || len <= 1024, "{} {len}", f.display());
            }
            // Every line the follower saw, in order, none twice.
            let want: Vec<String> = (0..200).map(|i| format!("line {i}\n")).collect();
            assert_eq!(followed, want);
            // A fresh reader sees the kept tail: consecutive, ending last.
            let all = texts(&Follower::new(&p).read().unwrap());
            assert_eq!(all.last().unwrap(), "line 199\n");
            let first: usize = all[0]
                .trim()
                .strip_prefix("line ")
                .unwrap()
                .parse()
                .unwrap();
            assert!(first > 0);
            assert_eq!(all, want[first..].to_vec());
        }
    }

    #[test]
    fn one_file_is_truncated() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ctr.log");
        let mut w = writer(&p, &[("max-size", "200")], "k8s-file");
        for i in 0..50 {
            w.write(Stream::Stderr, format!("l{i}\n").as_bytes());
        }
        assert!(rotated_files(&p).is_empty());
        assert!(std::fs::metadata(&p).unwrap().len() <= 200);
        let all = texts(&Follower::new(&p).read().unwrap());
        assert_eq!(all.last().unwrap(), "l49\n");
    }
}
