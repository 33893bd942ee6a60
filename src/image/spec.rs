//! The JSON documents of the OCI image spec and docker's image format, as
//! lenient serde types: unknown fields are ignored, absent ones default.
//! Image IDs are digests of the *stored bytes* of a config, so these types
//! are for reading; we never re-serialize a config we did not create.

use super::digest::Digest;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub mod media {
    pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
    pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
    pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
    pub const OCI_LAYER: &str = "application/vnd.oci.image.layer.v1.tar";
    pub const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
    pub const OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
    pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
    pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
    pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
    pub const DOCKER_LAYER: &str = "application/vnd.docker.image.rootfs.diff.tar";
    pub const DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    pub const DOCKER_FOREIGN_LAYER_GZIP: &str =
        "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
    pub const DOCKER_SCHEMA1: &str = "application/vnd.docker.distribution.manifest.v1+json";
    pub const DOCKER_SCHEMA1_SIGNED: &str =
        "application/vnd.docker.distribution.manifest.v1+prettyjws";

    pub fn is_index(m: &str) -> bool {
        m == OCI_INDEX || m == DOCKER_LIST
    }

    pub fn is_manifest(m: &str) -> bool {
        m == OCI_MANIFEST || m == DOCKER_MANIFEST
    }
}

/// A content descriptor (OCI image spec, descriptor.md).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: String,
    pub digest: Digest,
    #[serde(default)]
    pub size: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Platform {
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(
        rename = "os.version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_version: Option<String>,
}

impl Platform {
    /// `os/arch[/variant]` (docker's `--platform`), with architecture
    /// aliases normalised (`x86_64` → `amd64`, `aarch64` → `arm64`).
    pub fn parse(s: &str) -> anyhow::Result<Platform> {
        let parts: Vec<&str> = s.split('/').collect();
        let (os, arch, variant) = match parts.as_slice() {
            [os, arch] => (*os, *arch, None),
            [os, arch, v] => (*os, *arch, Some(*v)),
            _ => anyhow::bail!("invalid platform {s:?}: expected OS/ARCH[/VARIANT]"),
        };
        if os.is_empty() || arch.is_empty() || variant == Some("") {
            anyhow::bail!("invalid platform {s:?}: expected OS/ARCH[/VARIANT]");
        }
        let (architecture, variant) = Platform::normalize_arch(arch, variant);
        Ok(Platform {
            architecture,
            os: os.to_lowercase(),
            variant,
            os_version: None,
        })
    }

    /// containerd's normalisation of architecture names and variants.
    pub fn normalize_arch(arch: &str, variant: Option<&str>) -> (String, Option<String>) {
        let arch = arch.to_lowercase();
        let variant = variant.map(str::to_lowercase);
        match arch.as_str() {
            "i386" | "i686" => ("386".into(), None),
            "x86_64" | "x86-64" | "amd64" => ("amd64".into(), variant.filter(|v| v != "v1")),
            "aarch64" | "arm64" => (
                "arm64".into(),
                match variant.as_deref() {
                    None | Some("8" | "v8") => Some("v8".into()),
                    Some(_) => variant,
                },
            ),
            "armhf" => ("arm".into(), Some("v7".into())),
            "armel" => ("arm".into(), Some("v6".into())),
            "arm" => (
                "arm".into(),
                match variant.as_deref() {
                    None | Some("7" | "v7") => Some("v7".into()),
                    Some("5" | "6" | "8") => variant.map(|v| format!("v{v}")),
                    Some(_) => variant,
                },
            ),
            _ => (arch, variant),
        }
    }
}

/// An image manifest: OCI or docker schema 2 (same shape).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub schema_version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub config: Descriptor,
    #[serde(default)]
    pub layers: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// An image index or docker manifest list.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Index {
    pub schema_version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    #[serde(default)]
    pub manifests: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// The image configuration (OCI config.md, plus docker's extra fields).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ImageConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(
        rename = "os.version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<ContainerConfig>,
    #[serde(default)]
    pub rootfs: RootFs,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<History>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub diff_ids: Vec<Digest>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct History {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub empty_layer: bool,
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// The runtime defaults an image carries (`config` in config.md). Field
/// names are docker's (PascalCase).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct ContainerConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposed_ports: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_escaped: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_build: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shell: Option<Vec<String>>,
}

impl ImageConfig {
    pub fn parse(data: &[u8]) -> anyhow::Result<ImageConfig> {
        let c: ImageConfig = serde_json::from_slice(data)
            .map_err(|e| anyhow::anyhow!("invalid image configuration: {e}"))?;
        if c.rootfs.kind != "layers" && !c.rootfs.kind.is_empty() {
            anyhow::bail!(
                "invalid image configuration: rootfs type {:?} (want \"layers\")",
                c.rootfs.kind
            );
        }
        Ok(c)
    }

    pub fn container(&self) -> ContainerConfig {
        self.config.clone().unwrap_or_default()
    }
}

/// The chain IDs of a stack of diff IDs (OCI config.md "Layer ChainID"):
/// `ChainID(L0) = DiffID(L0)`, `ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln))`.
pub fn chain_ids(diff_ids: &[Digest]) -> Vec<Digest> {
    let mut out: Vec<Digest> = Vec::with_capacity(diff_ids.len());
    for d in diff_ids {
        let next = match out.last() {
            None => d.clone(),
            Some(prev) => Digest::of(format!("{prev} {d}").as_bytes()),
        };
        out.push(next);
    }
    out
}

/// The host's platform in OCI terms (`amd64`, `arm64` with variant `v8`...).
pub fn host_platform() -> Platform {
    let (arch, variant) = match std::env::consts::ARCH {
        "x86_64" => ("amd64", None),
        "aarch64" => ("arm64", Some("v8")),
        "x86" => ("386", None),
        "arm" => ("arm", Some("v7")),
        "powerpc64" => ("ppc64le", None),
        "s390x" => ("s390x", None),
        "riscv64" => ("riscv64", None),
        other => (other, None),
    };
    Platform {
        architecture: arch.to_string(),
        os: "linux".into(),
        variant: variant.map(str::to_string),
        os_version: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_parse_and_normalise() {
        let p = Platform::parse("linux/aarch64").unwrap();
        assert_eq!(
            (p.architecture.as_str(), p.variant.as_deref()),
            ("arm64", Some("v8"))
        );
        let p = Platform::parse("linux/arm/v6").unwrap();
        assert_eq!(p.variant.as_deref(), Some("v6"));
        assert_eq!(
            Platform::parse("linux/x86_64").unwrap().architecture,
            "amd64"
        );
        for bad in ["", "linux", "linux/", "/amd64", "a/b/c/d", "linux/arm/"] {
            assert!(Platform::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn chain_ids_follow_the_spec() {
        let a = Digest::of(b"a");
        let b = Digest::of(b"b");
        let c = chain_ids(&[a.clone(), b.clone()]);
        assert_eq!(c[0], a);
        assert_eq!(c[1], Digest::of(format!("{a} {b}").as_bytes()));
    }

    #[test]
    fn config_parsing_is_lenient_but_typed() {
        let c = ImageConfig::parse(br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]},"unknown":1,"config":{"Cmd":null,"Env":["A=1"]}}"#).unwrap();
        assert_eq!(c.container().env.unwrap(), vec!["A=1"]);
        assert!(ImageConfig::parse(b"[1,2]").is_err());
        assert!(
            ImageConfig::parse(br#"{"rootfs":{"type":"layers","diff_ids":["nope"]}}"#).is_err()
        );
        assert!(ImageConfig::parse(br#"{"rootfs":{"type":"zfs"}}"#).is_err());
    }
}
