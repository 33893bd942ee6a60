#!/usr/bin/env bash
# Install skiff on Debian 12 from this checkout: runtime packages, a Rust
# toolchain if needed, a release build in /usr/local/bin, completions and
# man pages. Run as root (or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends \
    ca-certificates curl build-essential pkg-config git python3 \
    uidmap busybox-static passt slirp4netns nftables iproute2
bash scripts/install-rust.sh
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release --locked
install -m 0755 target/release/skiff /usr/local/bin/skiff
install -d /usr/local/share/man/man1 /usr/share/bash-completion/completions \
    /usr/share/zsh/vendor-completions /usr/share/fish/vendor_completions.d
install -m 0644 man/*.1 /usr/local/share/man/man1/
install -m 0644 completions/skiff.bash /usr/share/bash-completion/completions/skiff
install -m 0644 completions/_skiff /usr/share/zsh/vendor-completions/_skiff
install -m 0644 completions/skiff.fish /usr/share/fish/vendor_completions.d/skiff.fish
# The API's socket activation units (not enabled: see README).
install -d /usr/local/lib/systemd/system /usr/local/lib/systemd/user
install -m 0644 contrib/systemd/system/skiff.socket contrib/systemd/system/skiff.service \
    /usr/local/lib/systemd/system/
install -m 0644 contrib/systemd/user/skiff.socket contrib/systemd/user/skiff.service \
    /usr/local/lib/systemd/user/
echo "installed $(skiff --version) in /usr/local/bin"
