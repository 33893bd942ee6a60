//! A build context that arrives as a stream (`build -`, and the body of
//! the Docker API's `POST /build`): a tar archive (plain, gzip or zstd)
//! unpacked into a directory, or else the Dockerfile itself, with an
//! empty context.

use anyhow::{Context, Result};
use std::io::Read;
use std::path::Path;

/// Read `input` to its end into `dir` (which exists and is empty): the
/// Dockerfile's text when the stream was not an archive.
pub fn from_stream(mut input: impl Read, dir: &Path) -> Result<Option<String>> {
    let ctx = dir.join("context");
    std::fs::create_dir(&ctx).with_context(|| format!("creating {}", ctx.display()))?;
    let file = dir.join("stream");
    let mut f =
        std::fs::File::create(&file).with_context(|| format!("creating {}", file.display()))?;
    std::io::copy(&mut input, &mut f).context("reading the build context")?;
    drop(f);
    let result = if super::layer::is_archive(&file)? {
        let stream = crate::image::layer::decompress(std::fs::File::open(&file)?)?;
        super::layer::unpack_into(stream, &ctx, false).context("unpacking the build context")?;
        None
    } else {
        let text = std::fs::read_to_string(&file)
            .context("reading the Dockerfile: it is neither a tar archive nor text")?;
        Some(text)
    };
    let _ = std::fs::remove_file(&file);
    Ok(result)
}

/// Where [`from_stream`] puts the context in `dir`.
pub fn dir_of(dir: &Path) -> std::path::PathBuf {
    dir.join("context")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_and_dockerfiles() {
        let d = tempfile::tempdir().unwrap();
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(13);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, "Dockerfile", &b"FROM scratch\n"[..])
            .unwrap();
        let tar = b.into_inner().unwrap();
        assert_eq!(from_stream(&tar[..], d.path()).unwrap(), None);
        assert_eq!(
            std::fs::read_to_string(dir_of(d.path()).join("Dockerfile")).unwrap(),
            "FROM scratch\n"
        );
        let d = tempfile::tempdir().unwrap();
        assert_eq!(
            from_stream(&b"FROM busybox\n"[..], d.path())
                .unwrap()
                .as_deref(),
            Some("FROM busybox\n")
        );
        assert!(
            std::fs::read_dir(dir_of(d.path()))
                .unwrap()
                .next()
                .is_none()
        );
        let d = tempfile::tempdir().unwrap();
        assert!(from_stream(&[0xffu8, 0xfe, 0x00][..], d.path()).is_err());
    }
}
